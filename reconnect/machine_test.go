package reconnect_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Real provider replies (sources in testdata/errors).
var (
	gmailBadCredentials = &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8},
		Message: "Username and Password not accepted. For more information, go to\nhttps://support.google.com/mail/?p=BadCredentials d2-20020a05600c4b0200b00d4 - gsmtp"}
	gmailTooMany = &smtp.SMTPError{Code: 454, EnhancedCode: smtp.EnhancedCode{4, 7, 0},
		Message: "Too many login attempts, please try again later. d2-20020a05600c4b0200b00d4 - gsmtp"}
	gmailDMARC = &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 7, 26},
		Message: "This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM."}
	msTenant = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."
)

var ctx = context.Background()

func TestFlagHoldAndExactRestore(t *testing.T) {
	f := newFixture(t, nil)
	f.register(t, "mb1", nil)
	f.host.cursor["mb1"] = "uid:100"

	out, err := f.m.ReportFailure(ctx, "mb1", reconnect.SourceSend, fmt.Errorf("send step: %w", gmailBadCredentials))
	require.NoError(t, err)
	assert.True(t, out.Flagged)
	assert.Equal(t, classify.ClassAuth, out.Verdict.Class)

	r := f.get(t, "mb1")
	assert.Equal(t, reconnect.StatusNeedsReauth, r.Status)
	assert.Equal(t, classify.ReasonAuthFailure, r.PauseReason)
	assert.Equal(t, "google_bad_credentials", r.Flag.Verdict.Rule)
	assert.Equal(t, reconnect.SourceSend, r.Flag.Source)
	assert.Equal(t, reconnect.WarmupPaused, r.WarmupStatus)
	assert.True(t, r.Holds.Warmup.Applied && r.Holds.PeerPool.Applied && r.Holds.Campaigns.Applied && r.Holds.InboxSync.Applied)
	assert.Equal(t, "uid:100", r.Holds.InboxSync.Cursor)
	assert.True(t, reconnect.NeedsReconnect(r.Mailbox).Needs)
	assert.Equal(t, []string{"warmup.pause:mb1", "pool.leave:mb1", "campaigns.exclude:mb1", "inbox.suspend:mb1"}, f.host.Calls())
	assert.Equal(t, []reconnect.EventKind{"flagged", "hold_applied", "hold_applied", "hold_applied", "hold_applied"}, f.kinds(t, "mb1"))
	h, _ := f.store.History(ctx, "mb1")
	assert.Equal(t, provider.ActionUpdateAppPassword, h[0].Action, "the event names its plan")
	assert.Equal(t, provider.Gmail, h[0].Provider)
	plan, ok := h[0].Plan()
	require.True(t, ok)
	assert.Equal(t, provider.ActionUpdateAppPassword, plan.Action)
	recPlan, ok := r.Plan()
	require.True(t, ok)
	assert.Equal(t, plan, recPlan, "the record renders the same plan as its flagged event")

	// Reporting the same failure again changes nothing but the last error.
	_, err = f.m.ReportFailure(ctx, "mb1", reconnect.SourceWarmup, gmailBadCredentials)
	require.NoError(t, err)
	assert.Len(t, f.kinds(t, "mb1"), 5)
	assert.Len(t, f.host.Calls(), 4)

	// A success never clears the flag.
	_, err = f.m.ReportSuccess(ctx, "mb1", reconnect.SourceInboxSync)
	require.NoError(t, err)
	assert.True(t, f.get(t, "mb1").Flagged())

	// New credentials that pass clear at once and release in reverse order.
	f.host.cursor["mb1"] = "uid:999" // mail arrived meanwhile; resume must use the kept position
	require.NoError(t, f.m.UpdateCredentials(ctx, "mb1", reconnect.Credentials{Method: provider.MethodAppPassword, Username: "mb1@gmail.com", Password: reconnect.NewSecret("abcd efgh ijkl mnop")}))
	r = f.get(t, "mb1")
	assert.False(t, r.Flagged())
	assert.Equal(t, reconnect.StatusActive, r.Status)
	assert.Equal(t, classify.Reason(""), r.PauseReason)
	assert.Equal(t, reconnect.WarmupActive, r.WarmupStatus)
	assert.Equal(t, reconnect.Holds{}, r.Holds)
	assert.Empty(t, r.LastError)
	assert.False(t, reconnect.NeedsReconnect(r.Mailbox).Needs)
	assert.Equal(t, []string{"inbox.resume:mb1", "campaigns.include:mb1", "pool.join:mb1", "warmup.resume:mb1"}, f.host.Calls()[4:])
	assert.Equal(t, "uid:100", f.host.resumedFrom["mb1"])
	assert.Contains(t, f.vault.saved, "mb1")
	assert.Equal(t, []reconnect.EventKind{"flagged", "hold_applied", "hold_applied", "hold_applied", "hold_applied",
		"cleared", "hold_released", "hold_released", "hold_released", "hold_released"}, f.kinds(t, "mb1"))
	// Events were emitted after the store accepted them, in the same order.
	assert.Len(t, *f.events, 10)
}

func TestHoldsStackWithOtherCauses(t *testing.T) {
	f := newFixture(t, nil)
	f.register(t, "mb1", func(r *reconnect.Record) { r.WarmupStatus = reconnect.WarmupPaused })
	f.host.warmupPaused["mb1"] = true // its owner paused warmup before the failure

	_, err := f.m.ReportFailureText(ctx, "mb1", reconnect.SourceSend, msTenant)
	require.NoError(t, err)
	r := f.get(t, "mb1")
	assert.Equal(t, classify.ReasonTenantSMTPDisabled, r.PauseReason)
	assert.True(t, r.Holds.Warmup.Applied)
	assert.False(t, r.Holds.Warmup.Ours)

	require.NoError(t, f.m.HealthCheck(ctx, "mb1", reconnect.Credentials{Method: provider.MethodOAuth}))
	r = f.get(t, "mb1")
	assert.False(t, r.Flagged())
	assert.Equal(t, reconnect.WarmupPaused, r.WarmupStatus, "the owner's pause is kept")
	assert.NotContains(t, f.host.Calls(), "warmup.resume:mb1")
	assert.True(t, f.host.warmupPaused["mb1"])
}

func TestNonReconnectFailuresOnlyRecord(t *testing.T) {
	f := newFixture(t, nil)
	f.register(t, "mb1", nil)
	for _, err := range []error{gmailDMARC, errors.New("dial tcp 142.250.0.109:465: i/o timeout"), errors.New("550 5.1.1 <x@example.com>: Recipient address rejected: User unknown")} {
		out, rerr := f.m.ReportFailure(ctx, "mb1", reconnect.SourceSend, err)
		require.NoError(t, rerr)
		assert.False(t, out.Flagged)
		r := f.get(t, "mb1")
		assert.Equal(t, reconnect.StatusActive, r.Status)
		assert.Equal(t, err.Error(), r.LastError)
	}
	assert.Empty(t, f.kinds(t, "mb1"))
	assert.Empty(t, f.host.Calls())
}

func TestEscalation(t *testing.T) {
	f := newFixture(t, nil)
	f.register(t, "mb1", nil)
	report := func() reconnect.Outcome {
		out, err := f.m.ReportFailure(ctx, "mb1", reconnect.SourceWarmup, gmailTooMany)
		require.NoError(t, err)
		return out
	}
	for i := 0; i < reconnect.DefaultEscalateAfter-1; i++ {
		assert.False(t, report().Flagged, "failure %d", i+1)
		f.clock.Add(15 * time.Minute)
	}
	// A success resets the count.
	_, err := f.m.ReportSuccess(ctx, "mb1", reconnect.SourceWarmup)
	require.NoError(t, err)
	assert.Empty(t, f.get(t, "mb1").TempAuth)
	for i := 0; i < reconnect.DefaultEscalateAfter-1; i++ {
		assert.False(t, report().Flagged)
		f.clock.Add(15 * time.Minute)
	}
	// Failures older than the window fall out.
	f.clock.Add(reconnect.DefaultEscalationWindow)
	assert.False(t, report().Flagged)
	for i := 0; i < reconnect.DefaultEscalateAfter-2; i++ {
		f.clock.Add(time.Minute)
		assert.False(t, report().Flagged)
	}
	f.clock.Add(time.Minute)
	out := report()
	assert.True(t, out.Flagged)
	r := f.get(t, "mb1")
	assert.Equal(t, classify.ReasonAuthErrors, r.PauseReason)
	assert.Equal(t, classify.ReasonAuthErrors, r.Flag.Reason)
	assert.Equal(t, "escalated", string(f.kinds(t, "mb1")[0]))
}

func TestFailedTestChangesNothing(t *testing.T) {
	f := newFixture(t, nil)
	f.register(t, "mb1", nil)
	_, err := f.m.ReportFailure(ctx, "mb1", reconnect.SourceSend, gmailBadCredentials)
	require.NoError(t, err)
	before := f.get(t, "mb1")

	*f.tester = func(context.Context, reconnect.Mailbox, reconnect.Credentials) error { return gmailBadCredentials }
	err = f.m.UpdateCredentials(ctx, "mb1", reconnect.Credentials{Method: provider.MethodPassword, Password: reconnect.NewSecret("my normal password")})
	var te *reconnect.TestError
	require.True(t, errors.As(err, &te))
	assert.Equal(t, classify.ClassAuth, te.Verdict.Class)
	plan, ok := te.Plan()
	require.True(t, ok)
	assert.Equal(t, provider.ActionUpdateAppPassword, plan.Action)
	assert.True(t, plan.AppPasswordRequired)

	after := f.get(t, "mb1")
	after.Version, after.UpdatedAt = before.Version, before.UpdatedAt
	assert.Equal(t, before, after, "a failed test changes no stored state")
	assert.Empty(t, f.vault.saved)
	assert.Equal(t, reconnect.EventTestFailed, f.kinds(t, "mb1")[5])
}

func TestHookFailureIsRetriedAndReported(t *testing.T) {
	f := newFixture(t, nil)
	f.register(t, "mb1", nil)
	f.host.fail["campaigns.exclude"] = -1
	_, err := f.m.ReportFailure(ctx, "mb1", reconnect.SourceSend, gmailBadCredentials)
	require.Error(t, err, "the hook failure is reported")
	r := f.get(t, "mb1")
	assert.True(t, r.Flagged())
	assert.True(t, r.Holds.Warmup.Applied && r.Holds.PeerPool.Applied)
	assert.False(t, r.Holds.Campaigns.Applied)
	assert.Equal(t, 1, r.Holds.Campaigns.Failures)
	assert.Contains(t, r.Holds.Campaigns.LastError, "scheduler unavailable")
	assert.True(t, r.Holds.InboxSync.Applied, "later holds do not wait for the failed one")
	calls := 0
	for _, c := range f.host.Calls() {
		if c == "campaigns.exclude:mb1" {
			calls++
		}
	}
	assert.Equal(t, reconnect.DefaultHookAttempts, calls)
	assert.Contains(t, f.kinds(t, "mb1"), reconnect.EventHookFailed)

	// Once the scheduler is back, Reconcile finishes the job.
	f.host.fail["campaigns.exclude"] = 0
	require.NoError(t, f.m.Reconcile(ctx, "mb1"))
	r = f.get(t, "mb1")
	assert.True(t, r.Holds.Campaigns.Applied && r.Holds.InboxSync.Applied)
	assert.Zero(t, r.Holds.Campaigns.Failures)

	// A release that fails twice succeeds on the third attempt.
	f.host.fail["pool.join"] = 2
	require.NoError(t, f.m.HealthCheck(ctx, "mb1", reconnect.Credentials{}))
	assert.Equal(t, reconnect.Holds{}, f.get(t, "mb1").Holds)
}

func TestIncidentGuard(t *testing.T) {
	var incidents []reconnect.Incident
	f := newFixture(t, func(o *reconnect.Options) {
		o.OnIncident = func(i reconnect.Incident) { incidents = append(incidents, i) }
	})
	const n = 30
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("mb%02d", i)
		f.register(t, id, func(r *reconnect.Record) { r.Workspace = "customer-" + id }) // the guard counts customers
		_, err := f.m.ReportSuccess(ctx, id, reconnect.SourceSend)
		require.NoError(t, err)
	}
	// Google answers every login with a credential error for a while.
	flagged, suspect := 0, 0
	for i := 0; i < 20; i++ {
		f.clock.Add(5 * time.Second)
		out, err := f.m.ReportFailure(ctx, fmt.Sprintf("mb%02d", i), reconnect.SourceSend, gmailBadCredentials)
		require.NoError(t, err)
		if out.Flagged {
			flagged++
		}
		if out.Suspect {
			suspect++
		}
	}
	// The guard trips when 10 customers fail and at least half of the 30 seen
	// have failed alike: 15 failures.
	assert.Equal(t, 14, flagged)
	assert.Equal(t, 6, suspect)
	require.Len(t, incidents, 1)
	assert.Equal(t, provider.Gmail, incidents[0].Provider)
	assert.Equal(t, "google_bad_credentials", incidents[0].Rule)
	open, err := f.m.Incidents(ctx)
	require.NoError(t, err)
	assert.Len(t, open, 1)
	r := f.get(t, "mb19")
	assert.False(t, r.Flagged())
	assert.Equal(t, classify.ClassAuth, r.Suspect.Class)
	assert.Contains(t, f.kinds(t, "mb19"), reconnect.EventIncidentSuspected)

	// A health check confirms one suspect and clears another.
	*f.tester = func(_ context.Context, m reconnect.Mailbox, _ reconnect.Credentials) error {
		if m.ID == "mb18" {
			return gmailBadCredentials
		}
		return nil
	}
	require.Error(t, f.m.HealthCheck(ctx, "mb18", reconnect.Credentials{}))
	assert.True(t, f.get(t, "mb18").Flagged())
	require.NoError(t, f.m.HealthCheck(ctx, "mb19", reconnect.Credentials{}))
	assert.Equal(t, classify.Verdict{}, f.get(t, "mb19").Suspect)

	// The incident passes after a quiet window; a new failure flags again.
	f.clock.Add(reconnect.DefaultIncidentWindow + time.Second)
	open, err = f.m.Incidents(ctx)
	require.NoError(t, err)
	assert.Empty(t, open)
	out, err := f.m.ReportFailure(ctx, "mb25", reconnect.SourceSend, gmailBadCredentials)
	require.NoError(t, err)
	assert.True(t, out.Flagged)
}

func TestConcurrentReportsLoseNoUpdate(t *testing.T) {
	f := newFixture(t, func(o *reconnect.Options) {
		o.EscalateAfter = 1 << 30 // count, never escalate
		o.EscalationWindow = 24 * time.Hour
		o.IncidentMin = -1
	})
	f.register(t, "hot", nil)
	// A second Machine over the same store, as another process would be.
	other := reconnect.New(f.store, &reconnect.Options{Now: f.clock.Now, EscalateAfter: 1 << 30, EscalationWindow: 24 * time.Hour, IncidentMin: -1})
	const n = 2000
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m := f.m
			if i%2 == 1 {
				m = other
			}
			// Distinct failures: a duplicate (same source and text within a minute) counts once.
			_, err := m.ReportFailureText(ctx, "hot", reconnect.SourceWarmup, fmt.Sprintf("454 4.7.0 Too many login attempts, please try again later. %d", i))
			assert.NoError(t, err)
		}(i)
	}
	wg.Wait()
	assert.Len(t, f.get(t, "hot").TempAuth, n)
	assert.Equal(t, int64(n+1), f.get(t, "hot").Version)
}

func TestConcurrentFlagAndClear(t *testing.T) {
	// Fifty mailboxes of one provider failing at once would trip the incident
	// guard; this test is about concurrent writers, so it is off.
	f := newFixture(t, func(o *reconnect.Options) { o.IncidentMin = -1 })
	const n = 50
	for i := 0; i < n; i++ {
		f.register(t, fmt.Sprintf("mb%d", i), nil)
	}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		for k := 0; k < 4; k++ {
			wg.Add(1)
			go func(id string, k int) {
				defer wg.Done()
				switch k {
				case 0, 1:
					f.m.ReportFailure(ctx, id, reconnect.SourceSend, gmailBadCredentials)
				case 2:
					f.m.ReportSuccess(ctx, id, reconnect.SourceInboxSync)
				default:
					f.m.ReportFailureText(ctx, id, reconnect.SourceWarmup, "421 4.7.0 Try again later, closing connection.")
				}
			}(fmt.Sprintf("mb%d", i), k)
		}
	}
	wg.Wait()
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("mb%d", i)
		require.NoError(t, f.m.Reconcile(ctx, id))
		r := f.get(t, id)
		assert.True(t, r.Flagged(), id)
		assert.True(t, r.Holds.Warmup.Applied && r.Holds.InboxSync.Applied, id)
		require.NoError(t, f.m.UpdateCredentials(ctx, id, reconnect.Credentials{}))
		assert.Equal(t, reconnect.Holds{}, f.get(t, id).Holds)
	}
}

func TestSecretsNeverLeak(t *testing.T) {
	const password = "Tr0ub4dor&3-known-secret"
	const token = "ya29.a0AfH6SMBknown-token"
	f := newFixture(t, nil)
	f.register(t, "mb1", nil)
	var logs bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(&logs, nil))
	// A tester whose error echoes the password, as a careless server might.
	*f.tester = func(_ context.Context, _ reconnect.Mailbox, c reconnect.Credentials) error {
		return fmt.Errorf("535 5.7.8 Error: authentication failed: bad password %q for %s", c.Password.Reveal(), c.Username)
	}
	c := reconnect.Credentials{Method: provider.MethodPassword, Username: "mb1@gmail.com",
		Password: reconnect.NewSecret(password), AccessToken: reconnect.NewSecret(token), RefreshToken: reconnect.NewSecret(token)}
	err := f.m.UpdateCredentials(ctx, "mb1", c)
	require.Error(t, err)
	herr := f.m.HealthCheck(ctx, "mb1", c)
	require.Error(t, herr)
	logger.Info("credentials", "c", c, "password", c.Password, "err", err)

	js, jerr := json.Marshal(c)
	require.NoError(t, jerr)
	h, _ := f.store.History(ctx, "mb1")
	hjs, _ := json.Marshal(h)
	rec := f.get(t, "mb1")
	rjs, _ := json.Marshal(rec)
	type wrapper struct{ c reconnect.Credentials } // an unexported field fmt cannot call methods on
	outputs := []string{
		err.Error(), herr.Error(), fmt.Sprintf("%v", err), fmt.Sprintf("%+v", err),
		string(js), string(hjs), string(rjs), logs.String(), fmt.Sprint(*f.events),
		fmt.Sprintf("%v", c), fmt.Sprintf("%+v", c), fmt.Sprintf("%#v", c), fmt.Sprintf("%s", c.Password),
		fmt.Sprintf("%q", c.Password), fmt.Sprintf("%x", c.Password), fmt.Sprintf("%#v", wrapper{c}), fmt.Sprintf("%+v", wrapper{c}),
		rec.LastError,
	}
	for i, s := range outputs {
		assert.NotContains(t, s, password, "output %d", i)
		assert.NotContains(t, s, token, "output %d", i)
	}
	assert.Contains(t, rec.LastError, "[redacted]")
	assert.Equal(t, password, c.Password.Reveal())

	var back reconnect.Credentials
	require.NoError(t, json.Unmarshal([]byte(`{"Password":"from-a-form"}`), &back))
	assert.Equal(t, "from-a-form", back.Password.Reveal())
}

func TestNextSenderAndPauseSet(t *testing.T) {
	senders := []reconnect.Sender{{ID: "a", Healthy: true}, {ID: "b", Healthy: false}, {ID: "c", Healthy: true}}
	next, ok := reconnect.NextSender(senders, "a")
	assert.True(t, ok)
	assert.Equal(t, "c", next, "b is flagged and skipped")
	next, _ = reconnect.NextSender(senders, "c")
	assert.Equal(t, "a", next)
	next, _ = reconnect.NextSender(senders, "")
	assert.Equal(t, "a", next)
	_, ok = reconnect.NextSender([]reconnect.Sender{{ID: "a"}}, "a")
	assert.False(t, ok, "a campaign whose only mailbox is flagged pauses")

	var p reconnect.PauseSet
	assert.True(t, p.Add("owner"))
	assert.False(t, p.Add("no_healthy_sender"))
	assert.False(t, p.Remove("no_healthy_sender"), "still paused by its owner")
	assert.True(t, p.Paused())
	assert.True(t, p.Remove("owner"))
	assert.False(t, p.Paused())
}

func TestRegisterDetectsProviderAndIsIdempotent(t *testing.T) {
	f := newFixture(t, nil)
	f.register(t, "mb1", func(r *reconnect.Record) { r.SMTPHost, r.Email = "smtp.hostinger.com", "a@shop.example" })
	assert.Equal(t, provider.Hostinger, f.get(t, "mb1").Provider)
	_, err := f.m.ReportFailureText(ctx, "mb1", reconnect.SourceSend, "535 5.7.8 Error: authentication failed")
	require.NoError(t, err)
	assert.Equal(t, classify.ReasonHostingerReauth, f.get(t, "mb1").PauseReason)
	r, err := f.m.Register(ctx, reconnect.Record{Mailbox: reconnect.Mailbox{ID: "mb1"}})
	require.NoError(t, err)
	assert.True(t, r.Flagged(), "registering again returns the stored record")
	_, err = f.m.ReportFailureText(ctx, "missing", reconnect.SourceSend, "x")
	assert.ErrorIs(t, err, reconnect.ErrNotFound)
	assert.True(t, strings.HasPrefix(reconnect.ErrNotFound.Error(), "reconnect:"))
}

// renewing is a tester that rotates the refresh token, as Microsoft and Google
// may do on every refresh.
type renewing struct{}

func (renewing) Test(context.Context, reconnect.Mailbox, reconnect.Credentials) error { return nil }
func (renewing) TestRenew(_ context.Context, _ reconnect.Mailbox, c reconnect.Credentials) (reconnect.Credentials, error) {
	c.AccessToken, c.RefreshToken = reconnect.NewSecret("new-access"), reconnect.NewSecret("rotated-refresh")
	return c, nil
}

func TestRotatedTokensAreWhatIsStored(t *testing.T) {
	f := newFixture(t, func(o *reconnect.Options) { o.Tester = renewing{} })
	f.register(t, "mb1", func(r *reconnect.Record) { r.AuthMethod = provider.MethodOAuth })
	_, err := f.m.ReportFailureText(ctx, "mb1", reconnect.SourceTokenRefresh, `oauth2: "invalid_grant" "Token has been expired or revoked."`)
	require.NoError(t, err)
	require.True(t, f.get(t, "mb1").Flagged())
	grant := reconnect.Credentials{Method: provider.MethodOAuth, RefreshToken: reconnect.NewSecret("fresh-grant")}
	require.NoError(t, f.m.UpdateCredentials(ctx, "mb1", grant))
	assert.False(t, f.get(t, "mb1").Flagged())
	assert.Equal(t, "rotated-refresh", f.vault.saved["mb1"].RefreshToken.Reveal())
}
