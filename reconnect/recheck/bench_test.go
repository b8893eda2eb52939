package recheck

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
)

// BenchmarkScheduler100k runs the scheduler over 100,000 flagged mailboxes, 20%
// of them tenant-disabled across 2,000 Microsoft 365 tenants, for one simulated
// hour. Checks run on a simulated pool of 64 workers with a fake tester whose
// latency is 300-700 ms (a real SMTP login). Time is simulated, so the
// benchmark measures the scheduler's own cost and the lateness its policies and
// caps produce, not the machine's sleeping. It reports:
//
//   - checks/s: scheduler throughput in real time (Due + Done per second);
//   - B/mailbox: memory held per tracked mailbox;
//   - max-late-s: the longest a tenant-disabled check started after its due time;
//   - sim-checks: checks run in the simulated hour.
func BenchmarkScheduler100k(b *testing.B) {
	const (
		n       = 100_000
		tenants = 2000
		workers = 64
		horizon = time.Hour
	)
	reasons := []classify.Reason{classify.ReasonAuthFailure, classify.ReasonMailboxDisconnected,
		classify.ReasonProviderBlock, classify.ReasonAuthErrors, classify.ReasonHostingerReauth}
	providers := []provider.ID{provider.Gmail, provider.Yahoo, provider.Zoho, provider.Hostinger, provider.Microsoft365}
	for i := 0; i < b.N; i++ {
		rng := rand.New(rand.NewPCG(7, 7))
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		s := New(nil)
		for j := 0; j < n; j++ {
			id := fmt.Sprintf("mb%06d", j)
			if j%5 == 0 { // 20%: tenant-disabled, 2,000 tenants
				s.Track(flagged(id, fmt.Sprintf("u%d@tenant%04d.example", j, j/5%tenants), provider.Microsoft365, classify.ReasonTenantSMTPDisabled, t0.Add(-time.Duration(rng.IntN(3600))*time.Second)), t0)
				continue
			}
			s.Track(flagged(id, fmt.Sprintf("u%d@d%d.example", j, j), providers[j%len(providers)], reasons[j%len(reasons)], t0.Add(-time.Duration(rng.IntN(7200))*time.Second)), t0)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)

		var (
			flight   doneHeap
			checks   int
			maxLate  time.Duration
			busy     int
			start    = time.Now()
			now      = t0
			deadline = t0.Add(horizon)
		)
		for !now.After(deadline) {
			for len(flight) > 0 && !flight[0].at.After(now) {
				d := heap.Pop(&flight).(done)
				busy--
				s.Done(d.c, tenantFail, d.at)
			}
			for _, c := range s.Due(now, workers-busy) {
				checks++
				busy++
				if c.Reason == classify.ReasonTenantSMTPDisabled {
					maxLate = max(maxLate, now.Sub(c.Due))
				}
				latency := 300*time.Millisecond + time.Duration(rng.IntN(400))*time.Millisecond
				heap.Push(&flight, done{c: c, at: now.Add(latency)})
			}
			next := deadline.Add(time.Second)
			if nd, ok := s.Next(); ok && nd.Before(next) {
				next = nd
			}
			if len(flight) > 0 && flight[0].at.Before(next) {
				next = flight[0].at
			}
			if busy == workers && len(flight) > 0 {
				next = flight[0].at
			}
			now = now.Add(time.Millisecond)
			if next.After(now) {
				now = next
			}
		}
		elapsed := time.Since(start)
		b.ReportMetric(float64(checks)/elapsed.Seconds(), "checks/s")
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n, "B/mailbox")
		b.ReportMetric(maxLate.Seconds(), "max-late-s")
		b.ReportMetric(float64(checks), "sim-checks")
		if maxLate > time.Minute {
			b.Errorf("a tenant-disabled mailbox waited %v past its due time", maxLate)
		}
	}
}

type done struct {
	c  Check
	at time.Time
}

type doneHeap []done

func (h doneHeap) Len() int           { return len(h) }
func (h doneHeap) Less(i, j int) bool { return h[i].at.Before(h[j].at) }
func (h doneHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *doneHeap) Push(x any)        { *h = append(*h, x.(done)) }
func (h *doneHeap) Pop() any {
	old := *h
	d := old[len(old)-1]
	*h = old[:len(old)-1]
	return d
}
