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

// everyMinute polls auth_errors every minute with no jitter, so tests know
// when each check is due.
var everyMinute = map[classify.Reason]Policy{
	classify.ReasonAuthErrors:         {Poll: true, Steps: []Step{{Every: time.Minute}}},
	classify.ReasonAuthFailure:        {},
	classify.ReasonTenantSMTPDisabled: DefaultPolicies()[classify.ReasonTenantSMTPDisabled],
}

func trackN(s *Scheduler, prefix string, n int, p provider.ID, reason classify.Reason, at time.Time) {
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("%s%02d", prefix, i)
		s.Track(flagged(id, "u@"+id+".example", p, reason, at), at) // a tenant each
	}
}

// refuse spends n of provider p's failed-login budget, one refusal each at
// at, at+step, …: owners saving wrong passwords (a nudged auth_failure check
// runs whatever the budget).
func refuse(t *testing.T, s *Scheduler, p provider.ID, n int, at time.Time, step time.Duration) {
	t.Helper()
	trackN(s, "wrong", n, p, classify.ReasonAuthFailure, at)
	for i := 0; i < n; i++ {
		now := at.Add(time.Duration(i) * step)
		s.Nudge(fmt.Sprintf("wrong%02d", i), now)
		due := s.Due(now, 1)
		require.Len(t, due, 1)
		s.Done(due[0], authFail, now)
	}
}

// TestRunningProbesDoNotSpendTheBudget: tenant probes in flight take nothing
// from the failed-login budget; checks that may be refused (auth_errors) hold
// a share of it only while they run, and the next one starts as soon as one
// ends without a refusal, not when the window moves.
func TestRunningProbesDoNotSpendTheBudget(t *testing.T) {
	s := New(&Options{Policies: everyMinute, MaxFailedLogins: 5, MaxConcurrent: 64})
	trackN(s, "t", 40, provider.Microsoft365, classify.ReasonTenantSMTPDisabled, t0.Add(15*time.Second))
	trackN(s, "e", 8, provider.Microsoft365, classify.ReasonAuthErrors, t0)
	now := t0.Add(time.Minute)
	byReason := func(cs []Check) map[classify.Reason][]Check {
		m := map[classify.Reason][]Check{}
		for _, c := range cs {
			m[c.Reason] = append(m[c.Reason], c)
		}
		return m
	}
	due := byReason(s.Due(now, 100))
	assert.Len(t, due[classify.ReasonTenantSMTPDisabled], 40, "probes in flight spend nothing")
	require.Len(t, due[classify.ReasonAuthErrors], 5, "five logins that may be refused at once")
	s.Done(due[classify.ReasonAuthErrors][0], pass, now.Add(time.Second))
	next, ok := s.Next()
	require.True(t, ok)
	assert.False(t, next.After(now.Add(time.Second)))
	sixth := s.Due(now.Add(time.Second), 100)
	assert.Len(t, sixth, 1, "a check that passed gives its share back at once")
	s.Done(due[classify.ReasonAuthErrors][1], authFail, now.Add(2*time.Second))
	assert.Empty(t, s.Due(now.Add(2*time.Second), 100), "a refusal keeps its share for the window")
	s.Done(due[classify.ReasonAuthErrors][2], pass, now.Add(3*time.Second))
	assert.Len(t, s.Due(now.Add(3*time.Second), 100), 1)
}

// TestBudgetWaitIsExactlyAsLongAsNeeded: five refusals at 0, 1, 2, 3 and 4
// minutes fill a budget of five per 10 minutes; a check due at 5 minutes
// starts when the first refusal leaves the window (10 minutes), not later.
func TestBudgetWaitIsExactlyAsLongAsNeeded(t *testing.T) {
	s := New(&Options{Policies: everyMinute, MaxFailedLogins: 5})
	refuse(t, s, provider.Yahoo, 5, t0, time.Minute)
	s.Track(flagged("y", "y@yahoo.example", provider.Yahoo, classify.ReasonAuthErrors, t0.Add(4*time.Minute)), t0.Add(4*time.Minute))
	assert.Empty(t, s.Due(t0.Add(5*time.Minute), 100))
	next, ok := s.Next()
	require.True(t, ok)
	assert.Equal(t, t0.Add(10*time.Minute), next, "due when the oldest refusal leaves the window")
	assert.Empty(t, s.Due(t0.Add(10*time.Minute-time.Nanosecond), 100))
	due := s.Due(t0.Add(10*time.Minute), 100)
	require.Len(t, due, 1)
	assert.Equal(t, t0.Add(5*time.Minute), due[0].Due, "lateness is measured from when it was wanted")
	// Refused again: the budget holds five refusals (1, 2, 3, 4 and 10
	// minutes), so the next check waits for the one at 1 minute to leave.
	s.Done(due[0], authFail, t0.Add(10*time.Minute))
	assert.Empty(t, s.Due(t0.Add(11*time.Minute-time.Nanosecond), 100))
	assert.Len(t, s.Due(t0.Add(11*time.Minute), 100), 1)
}

// TestOneRefusalDoesNotHoldABusyProvider reproduces the 9-minute wait: one
// refused login and 40 tenant checks due at once for Microsoft 365. 32 run
// (the concurrency cap); the other 8 start as soon as slots free, not when the
// refusal leaves the 10-minute window.
func TestOneRefusalDoesNotHoldABusyProvider(t *testing.T) {
	s := New(nil)
	refuse(t, s, provider.Microsoft365, 1, t0, 0)
	trackN(s, "t", 40, provider.Microsoft365, classify.ReasonTenantSMTPDisabled, t0)
	now := t0.Add(45 * time.Second)
	first := s.Due(now, 100)
	require.Len(t, first, DefaultMaxConcurrent)
	for _, c := range first[:8] {
		s.Done(c, tenantFail, now.Add(time.Second))
	}
	next, ok := s.Next()
	require.True(t, ok)
	assert.False(t, next.After(now.Add(time.Second)), "the waiting checks are due when slots free")
	assert.Len(t, s.Due(now.Add(time.Second), 100), 8)
}

// TestTenantChecksAreNeverStarvedByTheBudget: a provider's budget spent by
// wrong passwords holds its auth_errors checks, never its tenant probes, which
// send credentials that worked.
func TestTenantChecksAreNeverStarvedByTheBudget(t *testing.T) {
	s := New(&Options{Policies: everyMinute, MaxConcurrent: 64})
	refuse(t, s, provider.Microsoft365, DefaultMaxFailedLogins, t0, time.Second)
	trackN(s, "t", 40, provider.Microsoft365, classify.ReasonTenantSMTPDisabled, t0)
	trackN(s, "e", 3, provider.Microsoft365, classify.ReasonAuthErrors, t0)
	due := s.Due(t0.Add(time.Minute), 100)
	byReason := map[classify.Reason]int{}
	for _, c := range due {
		byReason[c.Reason]++
	}
	assert.Equal(t, 40, byReason[classify.ReasonTenantSMTPDisabled])
	assert.Zero(t, byReason[classify.ReasonAuthErrors], "auth_errors checks wait for the budget")
	next, ok := s.Next()
	require.True(t, ok)
	assert.Equal(t, t0.Add(10*time.Minute), next, "until the first refusal leaves the window")
}
