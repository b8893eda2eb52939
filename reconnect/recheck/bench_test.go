package recheck

import (
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
)

// BenchmarkScheduler100k runs the fleet simulation of fleet_test.go (100,000
// flagged mailboxes, 2,000 tenants flagged within 5 minutes, fixes at random
// times, refused logins spending the budget) for a simulated day with 64
// workers, and logs per reason the worst and 99th-percentile lateness of
// checks and time from a fix to the clear:
//
//	go test -run '^$' -bench Scheduler100k -benchtime 1x ./reconnect/recheck
//
// It fails when a promise is missed: a tenant clears within 60 seconds of the
// admin's change; a saved password or new grant clears within 5 seconds.
// Metrics: checks/s (real time), B/mailbox held by the Scheduler, and the
// worst tenant and save times.
func BenchmarkScheduler100k(b *testing.B) {
	perMailbox := bytesPerMailbox(100_000)
	for b.Loop() {
		b.ReportMetric(perMailbox, "B/mailbox")
		start := time.Now()
		st := simulateFleet(7, 64, 24*time.Hour)
		b.ReportMetric(float64(st.checks)/time.Since(start).Seconds(), "checks/s")
		b.ReportMetric(float64(st.checks), "sim-checks")
		tenant := pct(st.toClear[classify.ReasonTenantSMTPDisabled], 100)
		save := max(pct(st.toClear[classify.ReasonAuthFailure], 100), pct(st.toClear[classify.ReasonHostingerReauth], 100),
			pct(st.toClear[classify.ReasonMailboxDisconnected], 100))
		b.ReportMetric(tenant.Seconds(), "tenant-clear-max-s")
		b.ReportMetric(save.Seconds(), "save-clear-max-s")
		b.Logf("simulated 24 h, 64 workers, 300-700 ms logins\n%s", st.table())
		if tenant > time.Minute {
			b.Errorf("a tenant mailbox cleared %v after the admin's change", tenant)
		}
		if save > 5*time.Second {
			b.Errorf("a saved password or new grant cleared %v after the save", save)
		}
		if n := st.fixed[classify.ReasonTenantSMTPDisabled]; len(st.toClear[classify.ReasonTenantSMTPDisabled]) != n {
			b.Errorf("%d of %d fixed tenant mailboxes cleared", len(st.toClear[classify.ReasonTenantSMTPDisabled]), n)
		}
	}
}

// bytesPerMailbox is the memory a Scheduler holds per tracked mailbox.
func bytesPerMailbox(n int) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	s := New(nil)
	for i := 0; i < n; i++ {
		s.Track(flagged(fmt.Sprintf("mb%06d", i), fmt.Sprintf("u%d@tenant%04d.example", i, i%2000), provider.Microsoft365,
			classify.ReasonTenantSMTPDisabled, t0), t0)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(s)
	return float64(after.HeapAlloc-before.HeapAlloc) / float64(n)
}
