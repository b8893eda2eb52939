package recheck_test

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
	"github.com/mailreconnect/sdk/reconnect/recheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var tenantDisabled = &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 139},
	Message: "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."}

// fakeClock is a clock whose After fires when Advance passes its deadline. It
// counts the waits begun (afters) and, when Advance fires a wait, how many the
// waiter must have begun before it can be idle again (wantAfters): the test's
// sync point.
type fakeClock struct {
	mu                sync.Mutex
	now               time.Time
	waiters           []waiter
	afters, wantAfter int
}

// waited reports whether every wait Advance ended has been followed by a new
// one: the loop went round and is waiting again.
func (c *fakeClock) waited() bool { c.mu.Lock(); defer c.mu.Unlock(); return c.afters >= c.wantAfter }

// afterCount is how many waits the loop began.
func (c *fakeClock) afterCount() int { c.mu.Lock(); defer c.mu.Unlock(); return c.afters }

type waiter struct {
	at  time.Time
	ch  chan time.Time
	seq int // which wait this is; only the latest is one the loop still selects on
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.afters++
	ch := make(chan time.Time, 1)
	if d <= 0 {
		ch <- c.now
		return ch
	}
	c.waiters = append(c.waiters, waiter{c.now.Add(d), ch, c.afters})
	return ch
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	kept := c.waiters[:0]
	for _, w := range c.waiters {
		if !w.at.After(c.now) {
			w.ch <- c.now
			if w.seq == c.afters {
				c.wantAfter = c.afters + 1
			}
		} else {
			kept = append(kept, w)
		}
	}
	c.waiters = kept
}

// TestRunnerClearsTenantMailboxesAfterTheAdminFix runs the real loop against a
// Machine: ten mailboxes of one tenant are flagged by a real 5.7.139 reply, an
// admin flips the switch, and every flag clears within a minute of simulated
// time, with every hold released.
func TestRunnerClearsTenantMailboxesAfterTheAdminFix(t *testing.T) {
	clock := &fakeClock{now: time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)}
	store := memstore.New()
	var tenantOn atomic.Bool
	var logins atomic.Int64
	// Sync point: the loop is idle when no check is running (the scheduler's
	// count, and finished counts OnCheck, the last thing a check does), no
	// wake-up was sent since its last Due, it began waiting after that Due (one
	// After per Due), and it began a new wait after Advance ended its last one.
	var finished, checksSeen atomic.Int64
	sched := recheck.New(nil)
	runner := &recheck.Runner{Scheduler: sched, Store: store, Now: clock.Now, After: clock.After,
		OnCheck: func(recheck.Check, error) { finished.Add(1) },
		Credentials: recheck.CredentialsFunc(func(context.Context, string) (reconnect.Credentials, error) {
			return reconnect.Credentials{Method: provider.MethodOAuth, AccessToken: reconnect.NewSecret("tok")}, nil
		})}
	m := reconnect.New(store, &reconnect.Options{Now: clock.Now, OnEvent: runner.Observe, IncidentMin: -1,
		Tester: reconnect.TesterFunc(func(context.Context, reconnect.Mailbox, reconnect.Credentials) error {
			checksSeen.Add(1)
			logins.Add(1)
			if tenantOn.Load() {
				return nil
			}
			return tenantDisabled
		})})
	runner.Machine = m
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for i := 0; i < 10; i++ {
		id := fmt.Sprintf("mb%d", i)
		_, err := m.Register(ctx, reconnect.Record{Mailbox: reconnect.Mailbox{ID: id, Email: id + "@contoso.example",
			SMTPHost: "smtp.office365.com", AuthMethod: provider.MethodOAuth, Status: reconnect.StatusActive}, Workspace: "w"})
		require.NoError(t, err)
		_, err = m.ReportFailure(ctx, id, reconnect.SourceSend, tenantDisabled)
		require.NoError(t, err)
	}
	require.Equal(t, 10, sched.Len())

	done := make(chan error, 1)
	go func() { done <- runner.Run(ctx) }()
	idle := func() bool {
		dues, quiet := recheck.Quiet(sched)
		return quiet && dues > 0 && clock.afterCount() == dues && clock.waited() && finished.Load() == checksSeen.Load()
	}
	waitIdle := func() {
		deadline := time.Now().Add(10 * time.Second) // a guard against a hang, not a wait
		for !idle() {
			require.True(t, time.Now().Before(deadline), "the runner never settled")
			runtime.Gosched()
		}
	}
	step := func(d time.Duration) {
		for i := 0; i < int(d/time.Second); i++ {
			waitIdle()
			clock.Advance(time.Second)
		}
		waitIdle()
	}
	step(5 * time.Minute)
	assert.Less(t, logins.Load(), int64(15), "one representative probes the tenant")
	tenantOn.Store(true)
	fixed := clock.Now()
	deadline := time.Now().Add(10 * time.Second)
	for {
		n, err := store.Count(ctx, reconnect.Filter{NeedsReconnect: true})
		require.NoError(t, err)
		if n == 0 {
			break
		}
		require.True(t, time.Now().Before(deadline), "flags did not clear")
		step(time.Second)
	}
	assert.LessOrEqual(t, clock.Now().Sub(fixed), time.Minute)
	cancel()
	select {
	case err := <-done:
		assert.True(t, errors.Is(err, context.Canceled))
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop on cancel")
	}
	assert.Zero(t, sched.Len())
}

// TestRunnerShutdownCancelsChecksInFlight cancels the context while a check
// hangs: the check sees the cancellation and Run returns.
func TestRunnerShutdownCancelsChecksInFlight(t *testing.T) {
	store := memstore.New()
	started := make(chan struct{}, 1)
	m := reconnect.New(store, &reconnect.Options{IncidentMin: -1,
		Tester: reconnect.TesterFunc(func(ctx context.Context, _ reconnect.Mailbox, _ reconnect.Credentials) error {
			started <- struct{}{}
			<-ctx.Done()
			return ctx.Err()
		})})
	sched := recheck.New(nil)
	runner := &recheck.Runner{Scheduler: sched, Machine: m, Store: store,
		Credentials: recheck.CredentialsFunc(func(context.Context, string) (reconnect.Credentials, error) { return reconnect.Credentials{}, nil })}
	ctx, cancel := context.WithCancel(context.Background())
	_, err := m.Register(ctx, reconnect.Record{Mailbox: reconnect.Mailbox{ID: "mb", SMTPHost: "smtp.mail.yahoo.com", Status: reconnect.StatusActive}})
	require.NoError(t, err)
	_, err = m.ReportFailureText(ctx, "mb", reconnect.SourceSend, "535 5.7.0 (#AUTH005) Too many bad auth attempts.")
	require.NoError(t, err)
	// auth_temporary does not flag by itself: flag it for real with a block.
	_, err = m.ReportFailureText(ctx, "mb", reconnect.SourceSend, "554 5.7.1 [BL21] account has been suspended")
	require.NoError(t, err)
	require.NoError(t, runner.Load(ctx))
	require.Equal(t, 1, sched.Len())
	sched.Nudge("mb", time.Now())
	done := make(chan error, 1)
	go func() { done <- runner.Run(ctx) }()
	<-started
	cancel()
	select {
	case err := <-done:
		assert.ErrorIs(t, err, context.Canceled)
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	rec, _ := store.Get(context.Background(), "mb")
	assert.True(t, rec.Flagged(), "a cancelled check clears nothing")
	assert.Equal(t, classify.ReasonProviderBlock, rec.Flag.Reason)
}

// TestLoadTracksSuspects: after a restart, Load picks up the mailboxes the
// incident guard held back (suspect, not flagged) as well as the flagged
// ones, so their confirming health check still runs.
func TestLoadTracksSuspects(t *testing.T) {
	ctx := context.Background()
	store := memstore.New()
	base := reconnect.Record{Mailbox: reconnect.Mailbox{SMTPHost: "smtp.gmail.com", Status: reconnect.StatusActive,
		WarmupStatus: reconnect.WarmupActive}, Workspace: "w"}
	suspect, healthy := base, base
	suspect.ID, healthy.ID = "suspect", "healthy"
	// Gmail's reply to a wrong password (support.google.com/a/answer/3726730).
	suspect.Suspect = classify.Text("535 5.7.8 Username and Password not accepted.")
	require.True(t, suspect.Suspect.NeedsReconnect)
	for _, r := range []reconnect.Record{suspect, healthy} {
		_, err := store.Put(ctx, r)
		require.NoError(t, err)
	}
	m := reconnect.New(store, &reconnect.Options{IncidentMin: -1})
	_, err := m.Register(ctx, reconnect.Record{Mailbox: reconnect.Mailbox{ID: "flagged", SMTPHost: "smtp.mail.yahoo.com",
		Status: reconnect.StatusActive}, Workspace: "w"})
	require.NoError(t, err)
	_, err = m.ReportFailureText(ctx, "flagged", reconnect.SourceSend, "554 5.7.1 [BL21] account has been suspended")
	require.NoError(t, err)
	sched := recheck.New(nil)
	runner := &recheck.Runner{Scheduler: sched, Machine: m, Store: store,
		Credentials: recheck.CredentialsFunc(func(context.Context, string) (reconnect.Credentials, error) { return reconnect.Credentials{}, nil })}
	require.NoError(t, runner.Load(ctx))
	assert.Equal(t, 2, sched.Len(), "the flagged mailbox and the suspect")
}
