package recheck

import (
	"fmt"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var t0 = time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)

func flagged(id, email string, p provider.ID, reason classify.Reason, at time.Time) reconnect.Record {
	return reconnect.Record{Mailbox: reconnect.Mailbox{ID: id, Email: email, Status: reconnect.StatusNeedsReauth, PauseReason: reason},
		Provider: p, Flag: reconnect.Flag{Reason: reason, At: at}}
}

var (
	tenantFail = Outcome{Verdict: classify.Text("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.")}
	authFail   = Outcome{Verdict: classify.Text("535 5.7.8 Error: authentication failed")}
	blockFail  = Outcome{Verdict: classify.Text("550 5.1.8 Access denied, bad outbound sender")}
	pass       = Outcome{Passed: true}
)

// step advances a simulated clock second by second, running due checks with a
// one-second latency, until the mailbox is no longer tracked or limit passes.
// It returns when the check that passed started.
func simulate(s *Scheduler, from, limit time.Time, outcome func(c Check, now time.Time) Outcome) (checks []Check, times []time.Time) {
	for now := from; !now.After(limit); now = now.Add(time.Second) {
		for _, c := range s.Due(now, 1000) {
			checks = append(checks, c)
			times = append(times, now)
			s.Done(c, outcome(c, now), now.Add(time.Second))
		}
		if s.Len() == 0 {
			return
		}
	}
	return
}

func TestTenantProbedThroughOneRepresentative(t *testing.T) {
	s := New(nil)
	for i := 0; i < 5; i++ {
		s.Track(flagged(fmt.Sprintf("mb%d", i), fmt.Sprintf("u%d@Contoso.example", i), provider.Microsoft365, classify.ReasonTenantSMTPDisabled, t0), t0)
	}
	s.Track(flagged("other", "x@fabrikam.example", provider.Microsoft365, classify.ReasonTenantSMTPDisabled, t0), t0)
	fix := t0.Add(10 * time.Minute)
	checks, times := simulate(s, t0, t0.Add(time.Hour), func(c Check, now time.Time) Outcome {
		if now.Before(fix) {
			return tenantFail
		}
		return pass
	})
	before := map[string]int{}
	for i, c := range checks {
		if times[i].Before(fix) {
			before[c.Group]++
		}
		assert.LessOrEqual(t, times[i].Sub(fix), time.Minute)
	}
	assert.Len(t, before, 2, "one representative per tenant")
	assert.InDelta(t, before["microsoft365/contoso.example"], before["microsoft365/fabrikam.example"], 2, "the tenant of five costs what a tenant of one costs")
	assert.Zero(t, s.Len(), "every mailbox of both tenants cleared")
}

func TestRejectedSecretsAreNeverRetried(t *testing.T) {
	for _, reason := range []classify.Reason{classify.ReasonAuthFailure, classify.ReasonHostingerReauth, classify.ReasonMailboxDisconnected} {
		t.Run(string(reason), func(t *testing.T) {
			s := New(nil)
			s.Track(flagged("mb1", "a@b.example", provider.Hostinger, reason, t0), t0)
			checks, _ := simulate(s, t0, t0.Add(48*time.Hour), func(Check, time.Time) Outcome { return authFail })
			assert.Empty(t, checks, "polled with a dead secret")
			// New credentials: checked at once, and not again after a failure.
			now := t0.Add(48 * time.Hour)
			s.Nudge("mb1", now)
			checks, _ = simulate(s, now, now.Add(48*time.Hour), func(Check, time.Time) Outcome { return authFail })
			assert.Len(t, checks, 1)
			now = now.Add(49 * time.Hour)
			s.Nudge("mb1", now)
			checks, times := simulate(s, now, now.Add(time.Hour), func(Check, time.Time) Outcome { return pass })
			require.Len(t, checks, 1)
			assert.Equal(t, now, times[0])
			assert.Zero(t, s.Len())
		})
	}
}

func TestBlocksBackOffWithJitter(t *testing.T) {
	s := New(&Options{Seed: 42})
	s.Track(flagged("mb1", "a@zoho.example", provider.Zoho, classify.ReasonProviderBlock, t0), t0)
	_, times := simulate(s, t0, t0.Add(48*time.Hour), func(Check, time.Time) Outcome { return blockFail })
	require.Greater(t, len(times), 6)
	assert.Equal(t, 15*time.Minute, times[0].Sub(t0), "first check after 15 minutes")
	want := 30 * time.Minute
	for i := 1; i < 6; i++ {
		gap := times[i].Sub(times[i-1]) - time.Second
		assert.InDelta(t, float64(min(want, 6*time.Hour)), float64(gap), 0.2*float64(min(want, 6*time.Hour))+float64(time.Second), "gap %d", i)
		want *= 2
	}
	last := times[len(times)-1].Sub(times[len(times)-2])
	assert.LessOrEqual(t, last, time.Duration(1.2*float64(6*time.Hour))+time.Second)
}

func TestProviderConcurrencyCap(t *testing.T) {
	s := New(&Options{MaxConcurrent: 3})
	for i := 0; i < 10; i++ {
		s.Track(flagged(fmt.Sprintf("mb%d", i), fmt.Sprintf("u@t%d.example", i), provider.Microsoft365, classify.ReasonTenantSMTPDisabled, t0), t0)
	}
	s.Track(flagged("g", "u@gmail.com", provider.Gmail, classify.ReasonProviderBlock, t0.Add(-time.Hour)), t0)
	now := t0.Add(31 * time.Second)
	due := s.Due(now.Add(time.Hour), 100)
	perProvider := map[provider.ID]int{}
	for _, c := range due {
		perProvider[c.Provider]++
	}
	assert.Equal(t, 3, perProvider[provider.Microsoft365])
	assert.Equal(t, 1, perProvider[provider.Gmail])
	s.Done(due[0], tenantFail, now)
	assert.Len(t, s.Due(now.Add(time.Hour), 100), 1, "one slot freed")
}

func TestUntrackHandsTheTenantToAnotherRepresentative(t *testing.T) {
	s := New(nil)
	s.Track(flagged("a", "a@contoso.example", provider.Microsoft365, classify.ReasonTenantSMTPDisabled, t0), t0)
	s.Track(flagged("b", "b@contoso.example", provider.Microsoft365, classify.ReasonTenantSMTPDisabled, t0), t0)
	s.Untrack("a") // its owner reconnected it some other way
	due := s.Due(t0.Add(time.Minute), 10)
	require.Len(t, due, 1)
	assert.Equal(t, "b", due[0].ID)
	// A record that is no longer flagged is untracked.
	s.Track(reconnect.Record{Mailbox: reconnect.Mailbox{ID: "b"}}, t0)
	assert.Zero(t, s.Len())
}

func TestSuspectsAreCheckedOnceTheOutageCanHavePassed(t *testing.T) {
	s := New(nil)
	r := reconnect.Record{Mailbox: reconnect.Mailbox{ID: "mb1", Email: "a@gmail.com"}, Provider: provider.Gmail,
		Suspect: classify.Text("535-5.7.8 Username and Password not accepted.")}
	s.Track(r, t0)
	require.Equal(t, 1, s.Len())
	due := s.Due(t0.Add(9*time.Minute), 10)
	assert.Empty(t, due, "not during the incident window")
	due = s.Due(t0.Add(12*time.Minute), 10)
	require.Len(t, due, 1)
	assert.True(t, due[0].Suspect)
	assert.Empty(t, due[0].Reason, "a suspect has no pause reason")
	s.Done(due[0], pass, t0.Add(12*time.Minute))
	assert.Zero(t, s.Len(), "a passing check clears the suspicion")
	// Once the Machine flags it, it follows the flag's policy instead.
	r.Flag = reconnect.Flag{Reason: classify.ReasonAuthFailure, At: t0}
	s.Track(r, t0)
	assert.Empty(t, s.Due(t0.Add(48*time.Hour), 10), "auth_failure is not polled")
}

// jitterTimes returns when a provider_block mailbox is checked over two days
// of failures, under opts.
func jitterTimes(opts *Options) []time.Time {
	s := New(opts)
	s.Track(flagged("mb1", "a@zoho.example", provider.Zoho, classify.ReasonProviderBlock, t0), t0)
	_, times := simulate(s, t0, t0.Add(48*time.Hour), func(Check, time.Time) Outcome { return blockFail })
	return times
}

// TestJitterIsSeededRandomlyByDefault: two schedulers with default options
// (two instances started together) do not check in step, while a set Seed
// reproduces a schedule exactly.
func TestJitterIsSeededRandomlyByDefault(t *testing.T) {
	a, b := jitterTimes(nil), jitterTimes(nil)
	require.Greater(t, len(a), 6)
	assert.NotEqual(t, a[1:], b[1:], "two default schedulers jitter alike")
	assert.Equal(t, jitterTimes(&Options{Seed: 42}), jitterTimes(&Options{Seed: 42}))
}
