package recheck_test

import (
	"context"
	"sync"
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

// gmailBadCredentials is Gmail's reply to a wrong password (Google's SMTP
// error reference, support.google.com/a/answer/3726730): the owner must
// reconnect, reason auth_failure.
var gmailBadCredentials = &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8},
	Message: "Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials"}

// TestLeasingRunnerDecidesSuspects: with a Holder (several instances sharing
// a memstore), mailboxes whose failure the incident guard held back are
// leased and health-checked like flagged ones. The one whose login now works
// is cleared and its lease freed; the one whose password is still refused is
// flagged, keeps its lease, and from then on follows auth_failure's policy
// (no polling with a secret known to be wrong), not the suspect policy.
func TestLeasingRunnerDecidesSuspects(t *testing.T) {
	ctx := context.Background()
	var mu sync.Mutex
	now := t0
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(to time.Time) { mu.Lock(); defer mu.Unlock(); now = to }
	logins := map[string]int{}
	store := memstore.New()
	// IncidentMin 1: every reconnect failure of a send is held back as a
	// suspected provider incident, so both mailboxes become suspects.
	m := reconnect.New(store, &reconnect.Options{Now: clock, IncidentMin: 1,
		Tester: reconnect.TesterFunc(func(_ context.Context, mb reconnect.Mailbox, _ reconnect.Credentials) error {
			mu.Lock()
			defer mu.Unlock()
			logins[mb.ID]++
			if mb.ID == "refused" {
				return gmailBadCredentials
			}
			return nil
		})})
	for _, id := range []string{"works", "refused"} {
		_, err := m.Register(ctx, reconnect.Record{Mailbox: reconnect.Mailbox{ID: id, Email: id + "@gmail.com",
			SMTPHost: "smtp.gmail.com", Status: reconnect.StatusActive}, Workspace: "w-" + id})
		require.NoError(t, err)
		out, err := m.ReportFailure(ctx, id, reconnect.SourceSend, gmailBadCredentials)
		require.NoError(t, err)
		require.True(t, out.Suspect, "%s: held back by the guard", id)
		require.False(t, out.Flagged, id)
	}

	runner := &recheck.Runner{Scheduler: recheck.New(nil), Machine: m, Store: store, Credentials: noCredentials,
		Holder: "a", Now: clock}
	held, err := recheck.Claim(ctx, runner)
	require.NoError(t, err)
	assert.Equal(t, 2, held, "both suspects are leased")
	other := &recheck.Runner{Scheduler: recheck.New(nil), Machine: m, Store: store, Credentials: noCredentials,
		Holder: "b", Now: clock}
	held, err = recheck.Claim(ctx, other)
	require.NoError(t, err)
	assert.Zero(t, held, "a suspect is leased to one instance at a time")

	// The suspect policy checks them once an outage could have passed.
	due, ok := runner.Scheduler.Next()
	require.True(t, ok, "the suspects are scheduled")
	assert.False(t, due.Before(t0.Add(8*time.Minute)), "checked %v after the failure", due.Sub(t0))
	advance(due.Add(3 * time.Minute)) // past both suspects' jittered first checks
	ran, err := runner.RunOnce(ctx)
	require.NoError(t, err)
	assert.Equal(t, 2, ran)

	works, err := store.Get(ctx, "works")
	require.NoError(t, err)
	assert.Equal(t, classify.Verdict{}, works.Suspect, "a pass clears the suspicion")
	assert.False(t, works.Flagged())
	assert.False(t, works.NeedsReconnect())
	refused, err := store.Get(ctx, "refused")
	require.NoError(t, err)
	assert.True(t, refused.Flagged(), "a failed check confirms the suspect")
	assert.Equal(t, classify.ReasonAuthFailure, refused.Flag.Reason)
	assert.Equal(t, reconnect.SourceHealthCheck, refused.Flag.Source)
	assert.Equal(t, provider.Gmail, refused.Provider)
	assert.Equal(t, classify.Verdict{}, refused.Suspect)

	// The cleared mailbox's lease is gone; the flagged one's stays with a.
	advance(clock().Add(time.Second))
	held, err = recheck.Claim(ctx, runner)
	require.NoError(t, err)
	assert.Equal(t, 1, held, "a keeps the confirmed mailbox only")
	held, err = recheck.Claim(ctx, other)
	require.NoError(t, err)
	assert.Zero(t, held, "nothing is free for b")

	// Flagged auth_failure is not polled: an hour on, a's claims renew its
	// lease and no check runs, so the refused password is not tried again.
	for i := 0; i < 6; i++ {
		advance(clock().Add(10 * time.Minute))
		_, err = recheck.Claim(ctx, runner)
		require.NoError(t, err)
		ran, err = runner.RunOnce(ctx)
		require.NoError(t, err)
		assert.Zero(t, ran, "check after %d minutes", 10*(i+1))
	}
	mu.Lock()
	defer mu.Unlock()
	assert.Equal(t, map[string]int{"works": 1, "refused": 1}, logins)
}
