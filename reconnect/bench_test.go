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
// applied and four released, ten events. It rotates over 1,000 mailboxes, and
// after histPasses passes over them (histories of 50 events) it starts them
// over with empty histories, outside the timer: a history that grows without
// bound across hundreds of thousands of flags is no mailbox's, and its
// growth would be measured instead of the Machine. cpu-ns/op is the process's
// CPU time (user and system, garbage collection included) per operation while
// the timer runs, which a loaded machine does not inflate as it does wall
// time.
func BenchmarkFlagAndClear(b *testing.B) {
	const histPasses = 5
	store := memstore.New()
	m, ids := benchMachineOn(b, store, 1000)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := startCPU(b)
	for i := 0; i < b.N; i++ {
		if i > 0 && i%(len(ids)*histPasses) == 0 {
			cpu.stop()
			for _, id := range ids {
				if err := store.Delete(context.Background(), id, false); err != nil {
					b.Fatal(err)
				}
			}
			registerAll(b, m, ids)
			cpu.start()
		}
		id := ids[i%len(ids)]
		if _, err := m.ReportFailure(context.Background(), id, reconnect.SourceSend, gmailBadCredentials); err != nil {
			b.Fatal(err)
		}
		if err := m.UpdateCredentials(context.Background(), id, reconnect.Credentials{}); err != nil {
			b.Fatal(err)
		}
	}
	cpu.report()
}

// cpuClock counts the process's CPU time while a benchmark's timer runs.
type cpuClock struct {
	b     *testing.B
	since time.Duration // CPU time when the timer last started
	spent time.Duration // CPU time while it ran, before that
}

// startCPU starts counting; the timer must be running.
func startCPU(b *testing.B) *cpuClock { return &cpuClock{b: b, since: cpuTime()} }

// stop stops the timer and the count.
func (c *cpuClock) stop() {
	c.b.StopTimer()
	c.spent += cpuTime() - c.since
}

// start starts the count and the timer again.
func (c *cpuClock) start() {
	c.since = cpuTime()
	c.b.StartTimer()
}

// report stops the timer and reports the CPU time counted per operation as
// cpu-ns/op.
func (c *cpuClock) report() {
	c.stop()
	c.b.ReportMetric(float64(c.spent)/float64(c.b.N), "cpu-ns/op")
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
	return benchMachineOn(b, memstore.New(), n)
}

// benchMachineOn returns a Machine over store with no-op hooks and n
// registered Gmail mailboxes, and their IDs.
func benchMachineOn(b *testing.B, store reconnect.Store, n int) (*reconnect.Machine, []string) {
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	m := reconnect.New(store, &reconnect.Options{
		Now: func() time.Time { return now }, IncidentMin: -1,
		Warmup: noop{}, PeerPool: noop{}, Campaigns: noop{}, InboxSync: noopSync{},
		Tester: reconnect.TesterFunc(func(context.Context, reconnect.Mailbox, reconnect.Credentials) error { return nil }),
	})
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("mb%04d", i)
	}
	registerAll(b, m, ids)
	return m, ids
}

// registerAll registers a healthy Gmail mailbox for each of ids.
func registerAll(b *testing.B, m *reconnect.Machine, ids []string) {
	for _, id := range ids {
		if _, err := m.Register(context.Background(), reconnect.Record{Mailbox: reconnect.Mailbox{ID: id, SMTPHost: "smtp.gmail.com", Status: reconnect.StatusActive}}); err != nil {
			b.Fatal(err)
		}
	}
}
