package classify

import (
	"runtime"
	"strings"
	"testing"
)

// BenchmarkFixtures classifies every fixture of the corpus once per iteration and
// reports the cost per classified error.
func BenchmarkFixtures(b *testing.B) {
	fixtures := loadFixtures(b, "errors/*.jsonl")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, fx := range fixtures {
			_ = classifyFixture(fx)
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	n := float64(b.N * len(fixtures))
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/error")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/n, "allocs/error")
}

func BenchmarkText(b *testing.B) {
	s := "535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials d2-20020a05600c4b0200b00d4 - gsmtp"
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = Text(s)
	}
}

// BenchmarkTextMegabyte classifies a one-megabyte text that matches no rule:
// the worst case of a scan, which reads every byte.
func BenchmarkTextMegabyte(b *testing.B) {
	s := strings.Repeat("the quick brown fox jumps over the lazy dog 0123456789 ", 1<<20/55)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = Text(s)
	}
}
