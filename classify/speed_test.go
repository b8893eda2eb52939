package classify

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// The speed target: over the corpus (the texts of testdata/errors and
// testdata/catalogs), Text costs at most 1.3 times a floor of one lower-casing
// pass and one substring search per text, and allocates nothing.
const maxFloorRatio = 1.3

// floorPhrase is the one phrase the floor searches for.
const floorPhrase = "authentication"

var sinkBool bool

// floor is the least a classifier of logged strings does: lower-case the
// text once and look for one phrase in it.
func floor(texts []string) {
	for _, s := range texts {
		sinkBool = strings.Contains(strings.ToLower(s), floorPhrase) || sinkBool
	}
}

func classifyAll(texts []string) {
	for _, s := range texts {
		_ = Text(s)
	}
}

// corpusRatio times Text and the floor over texts in alternating rounds, so a
// busy machine slows both alike, and returns each one's fastest round per
// text and their ratio.
func corpusRatio(texts []string, rounds int) (text, fl time.Duration, ratio float64) {
	text, fl = time.Hour, time.Hour
	for r := 0; r < rounds; r++ {
		t0 := time.Now()
		classifyAll(texts)
		t1 := time.Now()
		floor(texts)
		t2 := time.Now()
		text, fl = min(text, t1.Sub(t0)), min(fl, t2.Sub(t1))
	}
	n := time.Duration(len(texts))
	return text / n, fl / n, float64(text) / float64(fl)
}

// BenchmarkCorpus reports Text's cost per text over the corpus (text), the
// floor's (floor), and, from one run of alternating rounds, both and their
// ratio (ratio).
func BenchmarkCorpus(b *testing.B) {
	texts := corpusTexts(b)
	b.Run("text", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			classifyAll(texts)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(texts)), "ns/text")
	})
	b.Run("floor", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			floor(texts)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(texts)), "ns/text")
	})
	b.Run("ratio", func(b *testing.B) {
		text, fl, ratio := corpusRatio(texts, max(b.N, 3))
		b.ReportMetric(float64(text.Nanoseconds()), "text-ns/text")
		b.ReportMetric(float64(fl.Nanoseconds()), "floor-ns/text")
		b.ReportMetric(ratio, "text/floor")
		b.ReportMetric(float64(table.m.TableBytes()), "table-bytes")
	})
	// The same over 256 texts spread over the corpus, each round repeated
	// 64 times: the anchors and phrases those texts read stay in the core's
	// caches, as in a service whose errors repeat. The gap to ratio is what
	// the tables' misses cost.
	var sample []string
	for i := 0; i < len(texts); i += max(1, len(texts)/256) {
		sample = append(sample, texts[i])
	}
	var hot []string
	for r := 0; r < 64; r++ {
		hot = append(hot, sample...)
	}
	b.Run("ratio-hot", func(b *testing.B) {
		text, fl, ratio := corpusRatio(hot, max(b.N, 3))
		b.ReportMetric(float64(text.Nanoseconds()), "text-ns/text")
		b.ReportMetric(float64(fl.Nanoseconds()), "floor-ns/text")
		b.ReportMetric(ratio, "text/floor")
	})
}

// BenchmarkTextSize classifies one 64 KB block of the corpus repeated to
// 64 KB, 256 KB and 1 MB: the same text at each size, so a cost per byte that
// stays flat shows the cost is linear in the input's length (blocks of
// different content differ: text in other scripts takes the slow path).
func BenchmarkTextSize(b *testing.B) {
	corpus := strings.Join(corpusTexts(b), "\n")
	block := corpus[:min(len(corpus), 64<<10)]
	for _, reps := range []int{1, 4, 16} {
		s := strings.Repeat(block, reps)
		b.Run(strconv.Itoa(len(s)>>10)+"KB", func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				_ = Text(s)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(s)), "ns/byte")
		})
	}
}

// The matcher's tables stay small (the filters fit the fast caches), and
// no position of a text makes the search compare more than a few phrases.
func TestMatcherSize(t *testing.T) {
	m := table.m
	t.Logf("%d phrases, tables %d bytes, at most %d anchors in a bucket", len(m.phrase), m.TableBytes(), m.maxBucket())
	if per := m.TableBytes() / len(m.phrase); per > 128 {
		t.Errorf("tables take %d bytes per phrase", per)
	}
	if most := m.maxBucket(); most > 32 {
		t.Errorf("a bucket of %d anchors", most)
	}
}
