// Package recheck re-tests flagged mailboxes so a flag clears as soon as the
// mailbox works again, without hammering any provider.
//
// A [Scheduler] holds the flagged mailboxes in a heap ordered by due time and
// applies a [Policy] per pause reason ([DefaultPolicies]):
//
//   - tenant_smtp_disabled: every 30 seconds for 15 minutes after the flag (or
//     after [Scheduler.Nudge], when the owner says the admin fixed it), so the flag
//     clears within a minute of the fix taking effect; then tapering to every
//     minute, 5 minutes and 15 minutes over hours, never stopping while flagged.
//     The mailboxes of one tenant (one domain of one provider) are probed
//     through one representative; when it passes, the others are tested at once.
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
// Per provider, checks in flight and failed logins within a window are capped
// ([Options]), so a fleet never trips a provider's lockout. The Scheduler never
// reads the clock; a [Runner] drives it against a reconnect.Machine with an
// injected clock, and stops cleanly, cancelling checks in flight, when its
// context ends.
//
// BenchmarkScheduler100k runs 100,000 flagged mailboxes (20% tenant-disabled
// across 2,000 tenants) for a simulated hour with 64 workers and 300-700 ms
// logins.
package recheck
