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
//   - [Machine.ReportSuccess] resets the temporary counters. It never clears a
//     flag.
//   - [Machine.UpdateCredentials] tests new credentials with the [Tester] first.
//     If they pass they are stored (through the [Vault]) and the flag clears at
//     once; if not, nothing stored changes and the caller gets a [*TestError]
//     with the verdict and the remediation plan. After an OAuth sign-in, call it
//     with the new grant. [Machine.HealthCheck] clears the same way.
//   - The provider incident guard: when many mailboxes of one provider fail with
//     the same rule at once (a provider outage that answers every login with a
//     credential error), their failures are held back as suspect, reported once
//     through [Options.OnIncident], and confirmed or cleared one by one by health
//     checks, so a fleet never tells thousands of owners to reconnect for nothing.
//
// Every change goes through one transition function, is written with optimistic
// concurrency (a stale write gets [ErrConflict] and is retried, so concurrent
// writers never lose an update), and emits its events only after the [Store]
// accepted them.
//
// # Holds and exact restore
//
// While a mailbox is flagged the Machine applies four holds through small hooks
// the host implements: [Warmup] paused, out of the [PeerPool], excluded by
// [Campaigns] (which rotate to their other healthy mailboxes with [NextSender],
// and pause, with a [PauseSet] cause, when none is left), and [InboxSync]
// suspended with its position kept. A hook reports whether it changed anything,
// so holds stack with other causes: a warmup its owner paused stays paused after
// a reconnect. When the flag clears the holds are released in reverse order,
// inbox sync resumes from the kept position, and the pre-flag state is
// restored. A failing hook is retried, recorded and reported as an event; the
// record always says exactly which holds are in place, and [Machine.Reconcile]
// finishes the job later. Nothing is deleted: the record, its history, the
// host's warmup history and campaign membership all stay.
//
// # Defaults
//
// See [Options]: 4 auth_temporary failures within 2 hours escalate; the incident
// guard trips at 10 mailboxes and half of a provider's reporting mailboxes within
// 10 minutes; hooks get 3 attempts.
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
