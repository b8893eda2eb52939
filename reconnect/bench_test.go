package reconnect_test

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
)

// BenchmarkReportTransient measures a report that only records a failure.
func BenchmarkReportTransient(b *testing.B) {
	m, ids := benchMachine(b, 1000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := m.ReportFailureText(context.Background(), ids[i%len(ids)], reconnect.SourceSend, "421 4.7.0 Try again later, closing connection."); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFlagAndClear measures a flagging report followed by a passing
// credential test that clears it, holds included (no-op hooks): four holds
// applied and four released. cpu-ns/op is the process's CPU time (user and
// system, garbage collection included) per operation, which a loaded machine
// does not inflate as it does wall time.
func BenchmarkFlagAndClear(b *testing.B) {
	m, ids := benchMachine(b, 1000)
	b.ReportAllocs()
	b.ResetTimer()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		id := ids[i%len(ids)]
		if _, err := m.ReportFailure(context.Background(), id, reconnect.SourceSend, gmailBadCredentials); err != nil {
			b.Fatal(err)
		}
		if err := m.UpdateCredentials(context.Background(), id, reconnect.Credentials{}); err != nil {
			b.Fatal(err)
		}
	}
}

// reportCPU starts counting the process's CPU time; the function it returns
// reports it per operation as cpu-ns/op.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() {
		b.StopTimer()
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
	}
}

// cpuTime returns the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

type noop struct{}

func (noop) Pause(context.Context, string) (bool, error)           { return true, nil }
func (noop) Resume(context.Context, string) error                  { return nil }
func (noop) Leave(context.Context, string) (bool, error)           { return true, nil }
func (noop) Join(context.Context, string) error                    { return nil }
func (noop) Exclude(context.Context, string) (bool, error)         { return true, nil }
func (noop) Include(context.Context, string) error                 { return nil }
func (noop) Suspend(context.Context, string) (string, bool, error) { return "uid:1", true, nil }

type noopSync struct{ noop }

func (noopSync) Resume(context.Context, string, string) error { return nil }

func benchMachine(b *testing.B, n int) (*reconnect.Machine, []string) {
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	m := reconnect.New(memstore.New(), &reconnect.Options{
		Now: func() time.Time { return now }, IncidentMin: -1,
		Warmup: noop{}, PeerPool: noop{}, Campaigns: noop{}, InboxSync: noopSync{},
		Tester: reconnect.TesterFunc(func(context.Context, reconnect.Mailbox, reconnect.Credentials) error { return nil }),
	})
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("mb%04d", i)
		if _, err := m.Register(context.Background(), reconnect.Record{Mailbox: reconnect.Mailbox{ID: ids[i], SMTPHost: "smtp.gmail.com", Status: reconnect.StatusActive}}); err != nil {
			b.Fatal(err)
		}
	}
	return m, ids
}
