// Package recheck re-tests flagged mailboxes so a flag clears as soon as the
// mailbox works again, without hammering any provider.
//
// A [Scheduler] holds the flagged mailboxes in a heap ordered by due time and
// applies a [Policy] per pause reason ([DefaultPolicies]):
//
//   - tenant_smtp_disabled: one probe per tenant (one domain of one provider),
//     through a representative mailbox; when it passes, the others are tested
//     at once. The probe runs every 45 seconds (±10%) for 24 hours after the
//     flag or after [Scheduler.Nudge] (the owner says the admin fixed it), then
//     every 4 minutes while flagged: about 80 probes per tenant an hour, then
//     15. So the flag clears within 60 seconds of the admin's change for the
//     first day and within 5 minutes after it, and a nudge is answered at once.
//   - mailbox_disconnected: never polled with a dead grant; tested at once when a
//     new grant is stored (Nudge).
//   - auth_failure and hostinger_reauth_required: a rejected secret is never
//     retried; tested when the credentials change (Nudge).
//   - provider_block and auth_errors: from 15 minutes, doubling to 6 hours, with
//     jitter.
//   - suspects ([Check.Suspect]): mailboxes whose failure the Machine's
//     incident guard held back, so they are not flagged and have no pause
//     reason. [DefaultSuspectPolicy] checks them 10 minutes later and every 15
//     minutes until a check decides (a failure flags them, a pass clears the
//     suspicion).
//
// Per provider, checks in flight and credential refusals within a window are
// capped ([Options]), so a fleet never trips a provider's lockout: a check over
// the concurrency cap starts when a slot frees (nudged checks first), and one
// over the failed-login budget waits exactly until a refusal leaves the window
// or a running check gives its share back. Only refusals spend the budget;
// tenant and block checks ([Policy.Probe]), which send no secret known to be
// wrong, and nudged checks are never held by it. The Scheduler never reads the
// clock; a [Runner] drives it against a reconnect.Machine with an injected
// clock, and stops cleanly, cancelling checks in flight, when its context
// ends. With a Holder, Runners of several instances share the fleet through
// leases (reconnect.Leaser), each holding at most [Runner.MaxLeases].
//
// BenchmarkScheduler100k simulates a day of 100,000 flagged mailboxes (2,000
// tenants flagged within 5 minutes, owners saving passwords, blocks and
// lockouts lifting at random times) with 64 workers and 300-700 ms logins, and
// logs per reason the lateness of checks and the time from each fix to the
// clear.
package recheck
