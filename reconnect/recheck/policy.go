package recheck

import (
	"time"

	"github.com/mailreconnect/sdk/classify"
)

// Policy says when a flagged mailbox is tested again.
type Policy struct {
	// Poll is false for reasons whose stored secret is known to be bad (or whose
	// grant is gone): they are tested only when their credentials change.
	Poll bool
	// Steps gives the interval between checks by time since the mailbox was
	// flagged (or last nudged): the first step whose Until has not passed
	// applies; the last step applies for ever.
	Steps []Step
	// Backoff, when set, replaces Steps: the interval starts at Backoff.First and
	// doubles after every failed check up to Backoff.Max.
	Backoff *Backoff
	// Jitter spreads checks by up to this fraction of the interval, both ways,
	// so a fleet does not test in lockstep.
	Jitter float64
	// Group, when true, probes the mailboxes of one tenant (one domain of one
	// provider) through a single representative; when it passes, the others are
	// tested at once.
	Group bool
	// Probe, when true, says the check probes a state outside the secret (a
	// tenant's SMTP AUTH switch, a provider's block on the account) with
	// credentials the flag did not blame: it sends no secret known to be
	// wrong, so it is never held by the failed-login budget (a refusal it
	// meets is still counted).
	Probe bool
}

// Step is one phase of a stepped policy.
type Step struct {
	Until time.Duration // phase ends this long after the flag (0: never)
	Every time.Duration // interval during the phase
}

// Backoff is an exponential schedule.
type Backoff struct {
	First, Max time.Duration
}

// DefaultPolicies returns the policy for every pause reason:
//
//   - tenant_smtp_disabled: one probe per tenant (its mailboxes are probed
//     through one representative), every 45 seconds (±10% jitter, so at most
//     49.5 s apart) for 24 hours after the flag or after Nudge (the owner says
//     the admin fixed it), then every 4 minutes (at most 4 m 24 s apart) for as
//     long as the flag stays. So the flag clears within 60 seconds of the
//     admin's change taking effect for the first day, and within 5 minutes
//     after it; a nudge is answered at once. Per tenant that is about 80
//     probes an hour (1,920 in the first day), then 15 an hour. The probe
//     sends credentials that worked, so it is not held by the failed-login
//     budget ([Policy.Probe]).
//   - mailbox_disconnected: not polled (the grant is dead); tested at once when
//     a new grant is stored.
//   - auth_failure, hostinger_reauth_required: not polled (the stored secret was
//     rejected, and retrying it only feeds the provider's lockout); tested at once
//     when the credentials change.
//   - provider_block, auth_errors: from 15 minutes, doubling after each failure
//     up to 6 hours, with 20% jitter: blocks and lockouts lift on the provider's
//     clock (Microsoft: usually within an hour, at most 24 hours). A block
//     check is a [Policy.Probe] (the block, not the secret, was refused); an
//     auth_errors check, whose secret was refused again and again, waits for
//     the failed-login budget.
func DefaultPolicies() map[classify.Reason]Policy {
	return map[classify.Reason]Policy{
		classify.ReasonTenantSMTPDisabled: {Poll: true, Group: true, Probe: true, Jitter: 0.1, Steps: []Step{
			{Until: 24 * time.Hour, Every: 45 * time.Second},
			{Every: 4 * time.Minute},
		}},
		classify.ReasonMailboxDisconnected: {},
		classify.ReasonAuthFailure:         {},
		classify.ReasonHostingerReauth:     {},
		classify.ReasonProviderBlock:       {Poll: true, Probe: true, Jitter: 0.2, Backoff: &Backoff{First: 15 * time.Minute, Max: 6 * time.Hour}},
		classify.ReasonAuthErrors:          {Poll: true, Jitter: 0.2, Backoff: &Backoff{First: 15 * time.Minute, Max: 6 * time.Hour}},
	}
}

// DefaultSuspectPolicy returns the policy for suspects: mailboxes whose
// reconnect-class failure the Machine's incident guard held back, so they are
// not flagged (and have no pause reason) until a health check decides. They are
// checked 10 minutes after the failure, then every 15 minutes: long enough for
// a provider outage to pass, soon enough that a mailbox that really needs its
// owner is flagged within the quarter hour (a failed check flags it; a pass
// clears the suspicion).
func DefaultSuspectPolicy() Policy {
	return Policy{Poll: true, Jitter: 0.2, Steps: []Step{{Until: 10 * time.Minute, Every: 10 * time.Minute}, {Every: 15 * time.Minute}}}
}

// interval returns the wait before the next check of a mailbox flagged (or
// nudged) age ago that has failed failures checks in a row.
func (p Policy) interval(age time.Duration, failures int) time.Duration {
	if p.Backoff != nil {
		d := p.Backoff.First
		for i := 0; i < failures && d < p.Backoff.Max; i++ {
			d *= 2
		}
		return min(d, p.Backoff.Max)
	}
	for _, s := range p.Steps {
		if s.Until == 0 || age < s.Until {
			return s.Every
		}
	}
	return 15 * time.Minute
}
