package drivertest

import (
	"context"
	"errors"
	"fmt"
	"sync"
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
	leaseTTL = 300 * time.Millisecond // Runner.LeaseTTL; leases renew every 100 ms
	every    = 150 * time.Millisecond // a blocked mailbox is checked this often
)

// blocked is Yahoo's reply to a suspended account, as a client logs it.
var blocked = errors.New("554 5.7.1 [BL21] account has been suspended")

// checkLog records every health check: which instance ran it, on which
// mailbox, when (real clock).
type checkLog struct {
	mu    sync.Mutex
	calls map[string][]call
}

type call struct {
	by string
	at time.Time
}

func (l *checkLog) add(id, by string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.calls == nil {
		l.calls = map[string][]call{}
	}
	l.calls[id] = append(l.calls[id], call{by, time.Now()})
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

// instance is one application instance: its own Store (connection pool),
// Machine, Scheduler and Runner over the shared database.
type instance struct {
	name   string
	cancel context.CancelFunc
	done   chan error
}

// start runs an instance whose health checks pass when pass is true and
// otherwise find the mailbox still blocked.
func start(t *testing.T, open opener, name string, log *checkLog, pass bool, claimLimit int) *instance {
	store := open.must(t)
	sched := recheck.New(&recheck.Options{Policies: map[classify.Reason]recheck.Policy{
		classify.ReasonProviderBlock: {Poll: true, Steps: []recheck.Step{{Every: every}}},
	}})
	runner := &recheck.Runner{Scheduler: sched, Store: store, Holder: name,
		LeaseTTL: leaseTTL, ClaimLimit: claimLimit, MaxLeases: claimLimit, Workers: 8,
		Credentials: recheck.CredentialsFunc(func(context.Context, string) (reconnect.Credentials, error) {
			return reconnect.Credentials{Method: provider.MethodPassword, Username: "u", Password: reconnect.NewSecret("p")}, nil
		})}
	runner.Machine = reconnect.New(store, &reconnect.Options{IncidentMin: -1, OnEvent: runner.Observe,
		Tester: reconnect.TesterFunc(func(_ context.Context, m reconnect.Mailbox, _ reconnect.Credentials) error {
			log.add(m.ID, name)
			if pass {
				return nil
			}
			return blocked
		})})
	ctx, cancel := context.WithCancel(context.Background())
	in := &instance{name: name, cancel: cancel, done: make(chan error, 1)}
	go func() { in.done <- runner.Run(ctx) }()
	t.Cleanup(func() { in.stop(t) })
	return in
}

// stop cancels the instance and waits for its Run to return.
func (in *instance) stop(t *testing.T) {
	in.cancel()
	select {
	case err := <-in.done:
		if err != nil {
			assert.ErrorIs(t, err, context.Canceled)
		}
		in.done <- nil // later stops return at once
	case <-time.After(10 * time.Second):
		t.Errorf("instance %s did not stop", in.name)
	}
}

// flagFleet registers and flags the fleet through a Machine of its own, as a
// send pipeline would on real provider replies.
func flagFleet(t *testing.T, s *Store) {
	m := reconnect.New(s, &reconnect.Options{IncidentMin: -1})
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

// waitFor polls cond until it holds or 20 s pass.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func needing(t *testing.T, s *Store) int {
	n, err := s.Count(ctx, reconnect.Filter{NeedsReconnect: true})
	require.NoError(t, err)
	return n
}

// TestRunnersShareHealthChecks runs two recheck.Runner instances, each with
// its own Store, Machine and Scheduler, against one database, with a real
// clock and 300 ms leases.
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
	flagFleet(t, s)
	log := &checkLog{}
	a := start(t, open, "a", log, true, 10)
	bb := start(t, open, "b", log, true, 10)
	waitFor(t, "every flag to clear", func() bool { return needing(t, s) == 0 })
	a.stop(t)
	bb.stop(t)

	all := log.by("")
	require.Len(t, all, fleet, "every mailbox was checked")
	for id, calls := range all {
		assert.Len(t, calls, 1, "mailbox %s checked %d times: %v", id, len(calls), calls)
	}
	assert.NotEmpty(t, log.by("a"), "instance a checked some")
	assert.NotEmpty(t, log.by("b"), "instance b checked some")
	t.Logf("checks: a %d, b %d", len(log.by("a")), len(log.by("b")))
}

// handover: instance a leases the whole fleet and keeps finding it blocked,
// checking each mailbox once per round; b, started later, gets nothing while
// a renews. Cancelling a's context stops its renewals; once its leases expire
// b takes them over and checks (and clears) every mailbox, exactly once each.
func handover(t *testing.T, b backend) {
	open := b.fresh(t)
	s := open.must(t)
	flagFleet(t, s)
	log := &checkLog{}
	a := start(t, open, "a", log, false, 1000)
	waitFor(t, "a to check every mailbox twice", func() bool {
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
	})
	bb := start(t, open, "b", log, true, 1000)
	time.Sleep(2 * leaseTTL) // b claims about six times meanwhile
	require.Empty(t, log.by("b"), "b checked mailboxes a holds")

	a.stop(t)
	stopped := time.Now()
	var expiry string // a's leases all end at its last renewal plus the TTL
	err := s.DB().QueryRowContext(ctx, rebind(s, `SELECT MAX(lease_until) FROM {mailboxes} WHERE lease_holder = $1`), "a").Scan(&expiry)
	require.NoError(t, err, "a's leases outlive its stop")
	expires, err := time.Parse(timeLayout, expiry)
	require.NoError(t, err)

	waitFor(t, "b to clear every flag", func() bool { return needing(t, s) == 0 })
	bb.stop(t)

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
				assert.GreaterOrEqual(t, c.at.Sub(calls[i-1].at), every/2, "a checked %s twice in one round", id)
			}
		}
	}
	t.Logf("a's leases expired %v after it stopped; b's first check %v after that",
		expires.Sub(stopped).Round(time.Millisecond), firstCheck(byB).Sub(expires).Round(time.Millisecond))
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
