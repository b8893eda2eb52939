package recheck

import (
	"fmt"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jump runs due checks from from to limit like simulate (each check takes one
// second), but jumps from one due time to the next, for simulations of days.
func jump(s *Scheduler, from, limit time.Time, outcome func(c Check, now time.Time) Outcome) (checks []Check, times []time.Time) {
	for now := from; !now.After(limit); {
		for _, c := range s.Due(now, 1000) {
			checks = append(checks, c)
			times = append(times, now)
			s.Done(c, outcome(c, now), now.Add(time.Second))
		}
		next, ok := s.Next()
		if s.Len() == 0 || !ok {
			return
		}
		now = now.Add(time.Second)
		if next.After(now) {
			now = next
		}
	}
	return
}

func tenantOf(s *Scheduler, n int, at time.Time) {
	for i := 0; i < n; i++ {
		s.Track(flagged(fmt.Sprintf("mb%d", i), fmt.Sprintf("u%d@contoso.example", i), provider.Microsoft365, classify.ReasonTenantSMTPDisabled, at), at)
	}
}

// TestTenantClearsWithinAMinuteOfTheAdminsChange: Microsoft 365 applies an
// admin's SMTP AUTH change to the tenant's mailboxes (Set-TransportConfig
// -SmtpClientAuthenticationDisabled, learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission).
// For any change made in the first 24 hours after the flag, every mailbox of
// the tenant clears within 60 seconds of it; later, within 5 minutes. The
// changes land at many phases of the probe cycle, with checks lasting a second.
func TestTenantClearsWithinAMinuteOfTheAdminsChange(t *testing.T) {
	tests := []struct {
		age    time.Duration // from the flag to the admin's change
		within time.Duration
	}{
		{0, time.Minute},
		{7*time.Minute + 13*time.Second, time.Minute},
		{40 * time.Minute, time.Minute},
		{3*time.Hour + 11*time.Second, time.Minute},
		{15*time.Hour + 2*time.Second, time.Minute},
		{23*time.Hour + 55*time.Minute, time.Minute}, // + phase: up to 23 h 58 m 53 s
		{24*time.Hour + 30*time.Second, 5 * time.Minute},
		{30 * time.Hour, 5 * time.Minute},
		{71*time.Hour + 17*time.Second, 5 * time.Minute},
	}
	for i, tc := range tests {
		t.Run(tc.age.String(), func(t *testing.T) {
			for phase := time.Duration(0); phase < 4*time.Minute; phase += 7 * time.Second {
				s := New(&Options{Seed: uint64(i + 1)})
				tenantOf(s, 3, t0)
				fix := t0.Add(tc.age + phase)
				jump(s, t0, fix.Add(-time.Nanosecond), func(Check, time.Time) Outcome { return tenantFail })
				_, times := jump(s, fix, fix.Add(time.Hour), func(Check, time.Time) Outcome { return pass })
				require.Zero(t, s.Len(), "never cleared")
				cleared := times[len(times)-1].Add(time.Second) // the last check's end
				require.LessOrEqual(t, cleared.Sub(fix), tc.within, "change at %v after the flag", tc.age+phase)
			}
		})
	}
}

// TestTenantProbeRate: with the jitter off, a flagged tenant is probed every
// 45 seconds for 24 hours, then every 4 minutes, and never stops.
func TestTenantProbeRate(t *testing.T) {
	p := DefaultPolicies()[classify.ReasonTenantSMTPDisabled]
	p.Jitter = 0
	s := New(&Options{Policies: map[classify.Reason]Policy{classify.ReasonTenantSMTPDisabled: p}})
	tenantOf(s, 4, t0)
	checks, times := jump(s, t0, t0.Add(72*time.Hour), func(Check, time.Time) Outcome { return tenantFail })
	gap := func(at time.Duration) time.Duration {
		for i := 1; i < len(times); i++ {
			if times[i].Sub(t0) >= at {
				return times[i].Sub(times[i-1]) - time.Second // minus the check's own second
			}
		}
		t.Fatalf("no check after %v", at)
		return 0
	}
	assert.Equal(t, 45*time.Second, gap(time.Minute))
	assert.Equal(t, 45*time.Second, gap(23*time.Hour+50*time.Minute))
	assert.Equal(t, 4*time.Minute, gap(25*time.Hour))
	assert.Equal(t, 4*time.Minute, gap(71*time.Hour))
	assert.WithinDuration(t, t0.Add(72*time.Hour), times[len(times)-1], 5*time.Minute, "still probing after three days")
	for _, c := range checks {
		require.Equal(t, checks[0].ID, c.ID, "one probe per tenant")
	}
}

// TestNudgeIsAnsweredAtOnce: the owner says "my admin fixed it". The tenant is
// probed at once (not at its next 4-minute probe), through its representative
// whichever mailbox was nudged; ahead of the checks already waiting for a slot
// of a busy provider; and, if its probe is running, again right after it.
func TestNudgeIsAnsweredAtOnce(t *testing.T) {
	t.Run("old flag", func(t *testing.T) {
		s := New(nil)
		tenantOf(s, 3, t0)
		at := t0.Add(30 * time.Hour)
		jump(s, t0, at, func(Check, time.Time) Outcome { return tenantFail })
		s.Nudge("mb2", at)
		due := s.Due(at, 100)
		require.Len(t, due, 1, "one probe for the tenant")
		assert.Equal(t, s.reps[due[0].Group].id, due[0].ID)
	})
	t.Run("busy provider", func(t *testing.T) {
		s := New(&Options{MaxConcurrent: 4})
		for i := 0; i < 12; i++ {
			s.Track(flagged(fmt.Sprintf("t%02d", i), fmt.Sprintf("u@t%02d.example", i), provider.Microsoft365, classify.ReasonTenantSMTPDisabled, t0), t0)
		}
		now := t0.Add(time.Minute)
		running := s.Due(now, 100)
		require.Len(t, running, 4)
		s.Track(flagged("mb0", "u@contoso.example", provider.Microsoft365, classify.ReasonTenantSMTPDisabled, t0.Add(-30*time.Hour)), now)
		s.Nudge("mb0", now.Add(time.Second))
		assert.Empty(t, s.Due(now.Add(time.Second), 100), "no free slot")
		s.Done(running[0], tenantFail, now.Add(2*time.Second))
		next, ok := s.Next()
		require.True(t, ok)
		assert.Equal(t, now.Add(time.Second), next, "a slot is free and the nudge waits for it")
		due := s.Due(now.Add(2*time.Second), 100)
		require.Len(t, due, 1)
		assert.Equal(t, "mb0", due[0].ID, "the nudged check goes first")
	})
	t.Run("while its probe runs", func(t *testing.T) {
		s := New(nil)
		tenantOf(s, 1, t0)
		now := t0.Add(time.Minute)
		due := s.Due(now, 100)
		require.Len(t, due, 1)
		s.Nudge("mb0", now.Add(time.Second)) // the admin's change may come too late for the running probe
		s.Done(due[0], tenantFail, now.Add(2*time.Second))
		again := s.Due(now.Add(2*time.Second), 100)
		require.Len(t, again, 1, "the nudge gets a probe of its own")
	})
}

// TestProbeWithARefusedSecretHandsOverTheTenant: when the representative's
// own password is refused (5.7.8, not the tenant's 5.7.139), it is not probed
// again with that password, which would only feed a lockout every 45
// seconds; another mailbox of the tenant probes it at once, and the refused
// one is tested again only when its credentials change.
func TestProbeWithARefusedSecretHandsOverTheTenant(t *testing.T) {
	s := New(nil)
	tenantOf(s, 3, t0)
	now := t0.Add(45 * time.Second)
	due := s.Due(now, 10)
	require.Len(t, due, 1)
	bad := due[0].ID
	s.Done(due[0], authFail, now.Add(time.Second))
	checks, times := jump(s, now.Add(time.Second), now.Add(10*time.Minute), func(Check, time.Time) Outcome { return tenantFail })
	require.NotEmpty(t, checks)
	assert.Equal(t, now.Add(time.Second), times[0], "the tenant is handed over at once")
	for _, c := range checks {
		require.NotEqual(t, bad, c.ID, "probed again with a refused password")
	}
	// The tenant is fixed: the others clear; the refused one waits for its
	// owner, whose new password is tested at once.
	at := now.Add(11 * time.Minute)
	checks, _ = jump(s, at, at.Add(time.Minute), func(Check, time.Time) Outcome { return pass })
	require.NotEmpty(t, checks)
	assert.Equal(t, 1, s.Len(), "only the refused mailbox is still flagged")
	s.Nudge(bad, at.Add(2*time.Minute))
	due = s.Due(at.Add(2*time.Minute), 10)
	require.Len(t, due, 1)
	assert.Equal(t, bad, due[0].ID)
}
