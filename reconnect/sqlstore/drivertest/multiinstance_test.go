package drivertest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/recheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	fleet    = 40                     // flagged mailboxes
	leaseTTL = 300 * time.Millisecond // Runner.LeaseTTL (fake time); leases renew every 100 ms
	every    = 150 * time.Millisecond // a blocked mailbox is checked this often (fake time)
	horizon  = time.Hour              // fake time after which a scenario has failed
)

// blocked is Yahoo's reply to a suspended account, as a client logs it.
var blocked = errors.New("554 5.7.1 [BL21] account has been suspended")

// checkLog records every health check: which instance ran it, on which
// mailbox, at what (fake) time, and whether it passed.
type checkLog struct {
	mu    sync.Mutex
	calls map[string][]call
}

type call struct {
	by     string
	at     time.Time
	passed bool
}

func (l *checkLog) add(id string, c call) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.calls == nil {
		l.calls = map[string][]call{}
	}
	l.calls[id] = append(l.calls[id], c)
}

// by returns the checks of each mailbox run by instance name (all if "").
func (l *checkLog) by(name string) map[string][]call {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := map[string][]call{}
	for id, cs := range l.calls {
		for _, c := range cs {
			if name == "" || c.by == name {
				out[id] = append(out[id], c)
			}
		}
	}
	return out
}

// cleared reports how many mailboxes passed a check.
func (l *checkLog) cleared() int {
	n := 0
	for _, cs := range l.by("") {
		for _, c := range cs {
			if c.passed {
				n++
				break
			}
		}
	}
	return n
}

// instance is one application instance: its own Store (connection pool),
// Machine, Scheduler and Runner over the shared database, on the shared fake
// clock.
type instance struct {
	name    string
	sched   *recheck.Scheduler
	running atomic.Int64 // checks between their Credentials call and OnCheck
	cancel  context.CancelFunc
	done    chan error
}

// parked reports whether the instance's Run loop waits for the clock with
// nothing left to do before then: see fakeClock.
func (in *instance) parked(c *fakeClock) bool {
	return c.parked(in.name) && in.running.Load() == 0 && len(in.sched.Wake()) == 0
}

// start runs an instance whose health checks pass when pass is true and
// otherwise find the mailbox still blocked, and returns once its Run loop is
// parked.
func start(t *testing.T, open opener, clock *fakeClock, name string, log *checkLog, pass bool, claimLimit int) *instance {
	store := open.must(t)
	in := &instance{name: name, done: make(chan error, 1)}
	in.sched = recheck.New(&recheck.Options{Seed: 1, Policies: map[classify.Reason]recheck.Policy{
		classify.ReasonProviderBlock: {Poll: true, Steps: []recheck.Step{{Every: every}}},
	}})
	runner := &recheck.Runner{Scheduler: in.sched, Store: store, Holder: name, Now: clock.Now, After: clock.after(name),
		LeaseTTL: leaseTTL, ClaimLimit: claimLimit, MaxLeases: claimLimit, Workers: 8,
		Credentials: recheck.CredentialsFunc(func(context.Context, string) (reconnect.Credentials, error) {
			in.running.Add(1)
			return reconnect.Credentials{Method: provider.MethodPassword, Username: "u", Password: reconnect.NewSecret("p")}, nil
		}),
		OnCheck: func(recheck.Check, error) { in.running.Add(-1); clock.poke() }}
	runner.Machine = reconnect.New(store, &reconnect.Options{IncidentMin: -1, OnEvent: runner.Observe, Now: clock.Now,
		Tester: reconnect.TesterFunc(func(_ context.Context, m reconnect.Mailbox, _ reconnect.Credentials) error {
			log.add(m.ID, call{by: name, at: clock.Now(), passed: pass})
			if pass {
				return nil
			}
			return blocked
		})})
	ctx, cancel := context.WithCancel(context.Background())
	in.cancel = cancel
	go func() { in.done <- runner.Run(ctx) }()
	t.Cleanup(func() { in.stop(t, clock) })
	clock.waitUntil(t, name+" parked after its first claim", func() bool { return in.parked(clock) })
	return in
}

// stop cancels the instance and waits for its Run to return (Run waits for
// its checks in flight).
func (in *instance) stop(t *testing.T, clock *fakeClock) {
	in.cancel()
	select {
	case err := <-in.done:
		if err != nil {
			assert.ErrorIs(t, err, context.Canceled)
		}
		in.done <- nil // later stops return at once
	case <-time.After(30 * time.Second): // a hang guard, not a wait
		t.Errorf("instance %s did not stop", in.name)
	}
	clock.forget(in.name)
}

// runUntil moves the fake clock from deadline to deadline, each time once
// every instance is parked, until done holds (checked while all are parked)
// or the clock passes until. It returns whether done held.
func runUntil(t *testing.T, clock *fakeClock, ins []*instance, until time.Time, done func() bool) bool {
	t.Helper()
	for {
		clock.waitUntil(t, "every instance parked", func() bool {
			for _, in := range ins {
				if !in.parked(clock) {
					return false
				}
			}
			return true
		})
		if done() {
			return true
		}
		if clock.Now().After(until) {
			return false
		}
		clock.jump()
	}
}

// flagFleet registers and flags the fleet through a Machine of its own, as a
// send pipeline would on real provider replies.
func flagFleet(t *testing.T, s *Store, clock *fakeClock) {
	m := reconnect.New(s, &reconnect.Options{IncidentMin: -1, Now: clock.Now})
	for i := 0; i < fleet; i++ {
		id := fmt.Sprintf("mb%02d", i)
		_, err := m.Register(ctx, reconnect.Record{Mailbox: reconnect.Mailbox{ID: id, Email: id + "@yahoo.example",
			SMTPHost: "smtp.mail.yahoo.com", AuthMethod: provider.MethodPassword, Status: reconnect.StatusActive},
			Workspace: "w", Provider: provider.Yahoo})
		require.NoError(t, err)
		out, err := m.ReportFailure(ctx, id, reconnect.SourceSend, blocked)
		require.NoError(t, err)
		require.Equal(t, classify.ReasonProviderBlock, out.Record.Flag.Reason)
	}
}

func needing(t *testing.T, s *Store) int {
	n, err := s.Count(ctx, reconnect.Filter{NeedsReconnect: true})
	require.NoError(t, err)
	return n
}

// TestRunnersShareHealthChecks runs recheck.Runner instances, each with its
// own Store, Machine and Scheduler, against one database, on one fake clock
// with 300 ms leases. The test moves the clock only while every instance's
// Run loop waits for it (see fakeClock), so no real time passes in between.
func TestRunnersShareHealthChecks(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			t.Run("EveryDueCheckRunsExactlyOnce", func(t *testing.T) { everyCheckOnce(t, b) })
			t.Run("CancelledInstanceHandsOverItsLeases", func(t *testing.T) { handover(t, b) })
		})
	}
}

// everyCheckOnce: both instances pass every check. Each holds at most 10
// leases (Runner.MaxLeases), so both get work; every mailbox is checked exactly once,
// by one of them, and all flags clear.
func everyCheckOnce(t *testing.T, b backend) {
	open := b.fresh(t)
	s := open.must(t)
	clock := newFakeClock(t0)
	flagFleet(t, s, clock)
	log := &checkLog{}
	a := start(t, open, clock, "a", log, true, 10)
	bb := start(t, open, clock, "b", log, true, 10)
	require.True(t, runUntil(t, clock, []*instance{a, bb}, t0.Add(horizon), func() bool { return log.cleared() == fleet }),
		"flags left after an hour: %d", needing(t, s))
	a.stop(t, clock)
	bb.stop(t, clock)

	assert.Zero(t, needing(t, s), "every flag cleared")
	all := log.by("")
	require.Len(t, all, fleet, "every mailbox was checked")
	for id, calls := range all {
		assert.Len(t, calls, 1, "mailbox %s checked %d times: %v", id, len(calls), calls)
	}
	assert.NotEmpty(t, log.by("a"), "instance a checked some")
	assert.NotEmpty(t, log.by("b"), "instance b checked some")
	t.Logf("checks: a %d, b %d, in %v of fake time", len(log.by("a")), len(log.by("b")), clock.Now().Sub(t0))
}

// handover: instance a leases the whole fleet and keeps finding it blocked,
// checking each mailbox once per round; b, started later, gets nothing while
// a renews. Cancelling a's context stops its renewals; once its leases expire
// b takes them over and checks (and clears) every mailbox, exactly once each.
func handover(t *testing.T, b backend) {
	open := b.fresh(t)
	s := open.must(t)
	clock := newFakeClock(t0)
	flagFleet(t, s, clock)
	log := &checkLog{}
	a := start(t, open, clock, "a", log, false, 1000)
	twice := func() bool {
		byA := log.by("a")
		if len(byA) < fleet {
			return false
		}
		for _, c := range byA {
			if len(c) < 2 {
				return false
			}
		}
		return true
	}
	require.True(t, runUntil(t, clock, []*instance{a}, t0.Add(horizon), twice), "a checked every mailbox twice")

	bb := start(t, open, clock, "b", log, true, 1000)
	bStarted := clock.Now()
	// Two lease lifetimes: b claims about six times meanwhile.
	runUntil(t, clock, []*instance{a, bb}, bStarted.Add(2*leaseTTL), func() bool { return false })
	require.Empty(t, log.by("b"), "b checked mailboxes a holds")
	require.Zero(t, bb.sched.Len(), "b tracks mailboxes a holds")

	a.stop(t, clock)
	stopped := clock.Now()
	var expiry string // a's leases all end at its last renewal plus the TTL
	err := s.DB().QueryRowContext(ctx, rebind(s, `SELECT MAX(lease_until) FROM {mailboxes} WHERE lease_holder = $1`), "a").Scan(&expiry)
	require.NoError(t, err, "a's leases outlive its stop")
	expires, err := time.Parse(timeLayout, expiry)
	require.NoError(t, err)
	require.True(t, expires.After(stopped), "a's leases end at %v, not after its stop at %v", expires, stopped)

	require.True(t, runUntil(t, clock, []*instance{bb}, stopped.Add(horizon), func() bool { return len(log.by("b")) == fleet && needing(t, s) == 0 }),
		"b cleared every flag")
	bb.stop(t, clock)

	byA, byB := log.by("a"), log.by("b")
	require.Len(t, byB, fleet, "b checked every mailbox a held")
	for id, calls := range byB {
		assert.Len(t, calls, 1, "b checked %s %d times", id, len(calls))
		assert.False(t, calls[0].at.Before(expires), "b checked %s at %v, before a's lease expired at %v", id, calls[0].at, expires)
	}
	for id, calls := range byA {
		for i, c := range calls {
			assert.False(t, c.at.After(stopped), "a checked %s after it stopped", id)
			// One check per round: consecutive checks of a mailbox are a
			// policy interval apart, never two in one round.
			if i > 0 {
				assert.GreaterOrEqual(t, c.at.Sub(calls[i-1].at), every, "a checked %s twice in one round", id)
			}
		}
	}
	t.Logf("a's leases expired %v after it stopped; b's first check %v after that",
		expires.Sub(stopped), firstCheck(byB).Sub(expires))
}

func firstCheck(m map[string][]call) time.Time {
	var first time.Time
	for _, cs := range m {
		for _, c := range cs {
			if first.IsZero() || c.at.Before(first) {
				first = c.at
			}
		}
	}
	return first
}
