// Package reconnect decides when a connected mailbox must be reconnected by its
// owner, holds everything that depends on it meanwhile, and restores it exactly
// once it works again.
//
// # The predicate
//
// [NeedsReconnect] is the pure predicate a host application runs over the
// mailbox state it stores ([Mailbox]): status needs_reauth; status error with an
// authentication problem; one of the six pause reasons; or warmup paused or in
// error with an authentication problem. It says which [Condition] held (not to
// be confused with the classifier's rule, [classify.Verdict.Rule]) and which pause
// reason to show, does no I/O and allocates nothing.
//
// # The Machine
//
// A [Machine] is what the host's send pipeline, warmup engine, inbox sync and
// OAuth token job report to, and what its UI calls:
//
//   - [Machine.ReportFailure] classifies the failure. A reconnect class (auth,
//     admin, blocked, revoked) flags the mailbox: status needs_reauth, the pause
//     reason, the verdict and its rule are kept, with a snapshot of the state to
//     restore. auth_temporary failures are counted and escalate to auth_errors
//     after [Options.EscalateAfter] within [Options.EscalationWindow]. Anything
//     else is recorded as the last error and changes nothing else.
//     The same failure reported again by the same source within
//     [Options.DuplicateWindow] (one minute) is a duplicate and counts once.
//   - [Machine.Register] stores a mailbox; one registered in a state that
//     already needs reconnecting is flagged at once (source register).
//   - [Machine.ReportSuccess] resets the temporary counters. It never clears a
//     flag.
//   - [Machine.UpdateCredentials] tests new credentials with the [Tester] first.
//     If they pass they are stored (through the [Vault]) and the flag clears at
//     once; if not, nothing stored changes and the caller gets a [*TestError]
//     with the verdict and the remediation plan. After an OAuth sign-in, call it
//     with the new grant. [Machine.HealthCheck] clears the same way.
//   - The provider incident guard: when mailboxes of many workspaces
//     (customers) of one provider fail with the same rule at once (a provider
//     outage that answers every login with a credential error), their
//     failures are held back as suspect, reported once through
//     [Options.OnIncident], and confirmed or cleared one by one by health
//     checks, so a fleet never tells thousands of owners to reconnect for
//     nothing. A suspect failure changes nothing the predicate reads. Its
//     counts live in the Store when it implements [IncidentStore], so every
//     instance sees the same counts.
//
// After a passing test or health check, [NeedsReconnect] is false, whatever
// set the condition (the Machine, or the host's own warmup engine); for every
// mailbox the Machine manages, NeedsReconnect and the flag agree.
//
// # Concurrency
//
// A Machine is safe for concurrent use, and any number of Machines, in any
// number of processes, may share one Store. Each report is one read and one
// conditional write: the transition function computes the whole next record,
// the holds it wants included, and the write carries the record's Version, so
// a concurrent writer makes it fail with [ErrConflict] and it is computed
// again from a fresh read; no update is lost. Events are emitted only after the
// Store accepted them, and never under a lock. Hooks run after the write, by
// one call at a time per mailbox (named in the record, with a lease of
// [Options.HookLease] so a crashed instance's work is taken over); other
// reports leave their wishes in the record for it, and it loops until the
// holds match. A hook's answers are facts merged into the record: a hold stays
// the Machine's once a hook said it changed something.
//
// # Holds and exact restore
//
// While a mailbox is flagged the Machine applies four holds through small hooks
// the host implements: [Warmup] paused, out of the [PeerPool], excluded by
// [Campaigns] (which rotate to their other healthy mailboxes with [NextSender],
// and pause, with a [PauseSet] cause, when none is left), and [InboxSync]
// suspended with its position kept. The holds a flag wants are written with
// the flag, before any hook runs, and each is applied on its own: one failing
// hook does not keep the others from running. A hook reports whether it changed anything,
// so holds stack with other causes: a warmup its owner paused stays paused after
// a reconnect. When the flag clears the holds are released in reverse order,
// inbox sync resumes from the kept position, and the pre-flag state is
// restored, except what said the mailbox needs reconnecting (a reconnect
// pause reason, an error status, the last error). A failing hook is retried
// with backoff, recorded on its hold and reported as an event; the record
// always says exactly which holds are in place, and [Machine.Reconcile] (or
// the health-check runner) finishes the job later. A hold's failure details
// go once it matches what the record wants. Nothing is deleted: the record, its history, the
// host's warmup history and campaign membership all stay.
//
// # Defaults
//
// See [Options]: 4 auth_temporary failures within 2 hours escalate, duplicates
// within a minute counting once; the incident guard trips at 10 workspaces and
// half of a provider's reporting workspaces within 10 minutes; hooks get 3
// attempts, 50 ms apart and doubling. Error text is stored valid UTF-8 and at
// most [MaxErrorLen] (512) bytes, cut on a rune boundary.
//
// # JSON
//
// Records, events, decisions and incidents marshal with snake_case keys.
// Times are RFC 3339 timestamps. Durations are written in whole seconds: a
// verdict's suggested wait ([classify.Verdict.RetryAfter]) is
// "retry_after_seconds"; no other duration is stored.
//
// # Trust
//
// The library never sends email to ask an owner to reconnect: the state it
// computes is meant for the host application's own interface, which is the only
// place an owner should be asked to act. Anyone asking by email to "reconnect a
// mailbox" should be treated as phishing. Secrets travel only as [Secret], which
// prints, logs and marshals as "[redacted]"; text a server echoes back is
// scrubbed of the tested secrets before it is stored or returned.
package reconnect
