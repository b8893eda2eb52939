package reconnect

import (
	"strings"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
)

// Rule names which condition of [NeedsReconnect] held.
type Rule string

// The four conditions of SPEC R2, tried in this order.
const (
	RuleNone              Rule = ""                    // no condition holds
	RuleStatusNeedsReauth Rule = "status_needs_reauth" // status is needs_reauth
	RuleStatusErrorAuth   Rule = "status_error_auth"   // status is error and the last error is an authentication problem
	RulePauseReason       Rule = "pause_reason"        // the stored pause reason is one of the six
	RuleWarmupAuth        Rule = "warmup_auth"         // warmup is paused or in error and the last error is an authentication problem
)

// Decision is the answer of [NeedsReconnect].
type Decision struct {
	Needs bool // the mailbox needs its owner (or an admin) to reconnect it
	Rule  Rule // the first condition that held, RuleNone when Needs is false

	// Reason is the pause reason to show: the stored one when it is valid, else
	// the one the last error classifies to (possibly empty).
	Reason classify.Reason

	// Verdict is the classification of the last error refined by the SMTP host;
	// the zero Verdict when there is no last error.
	Verdict classify.Verdict
}

// NeedsReconnect reports whether m needs reconnecting, and which rule says so.
// A mailbox needs reconnecting when, in this order:
//  1. its status is needs_reauth;
//  2. its status is error and its last error is an authentication problem;
//  3. its pause reason is one of the six pause reasons;
//  4. its warmup is paused or in error and its last error is an authentication
//     problem.
//
// "Authentication problem" means the classifier puts the last error in a
// reconnect class (auth, admin, blocked, revoked). A stale error on an active
// mailbox with active warmup needs nothing. Statuses are compared without regard
// to case or surrounding white space, and so are pause reasons; statuses the
// library does not know satisfy neither rule 1 nor rule 2.
// NeedsReconnect does no I/O and allocates nothing.
func NeedsReconnect(m Mailbox) Decision {
	var d Decision
	if m.LastError != "" {
		d.Verdict = provider.Refine(classify.Text(m.LastError), m.host())
	}
	stored, hasReason := pauseReason(m.PauseReason)
	d.Reason = stored
	if !hasReason {
		d.Reason = d.Verdict.Reason
	}
	authProblem := d.Verdict.NeedsReconnect
	switch {
	case is(string(m.Status), string(StatusNeedsReauth)):
		d.Rule = RuleStatusNeedsReauth
	case is(string(m.Status), string(StatusError)) && authProblem:
		d.Rule = RuleStatusErrorAuth
	case hasReason:
		d.Rule = RulePauseReason
	case (is(string(m.WarmupStatus), string(WarmupPaused)) || is(string(m.WarmupStatus), string(WarmupError))) && authProblem:
		d.Rule = RuleWarmupAuth
	}
	d.Needs = d.Rule != RuleNone
	return d
}

// is compares a stored value with a known one, ignoring case and surrounding
// white space, as databases written by hand hold them.
func is(stored, known string) bool {
	return strings.EqualFold(strings.TrimSpace(stored), known)
}

// pauseReason recognises a stored pause reason, written in any case.
func pauseReason(r classify.Reason) (classify.Reason, bool) {
	if r.Pause() {
		return r, true
	}
	for _, known := range [...]classify.Reason{classify.ReasonAuthFailure, classify.ReasonAuthErrors,
		classify.ReasonTenantSMTPDisabled, classify.ReasonProviderBlock, classify.ReasonHostingerReauth,
		classify.ReasonMailboxDisconnected} {
		if is(string(r), string(known)) {
			return known, true
		}
	}
	return "", false
}

// host is the server that names the mailbox's provider: the SMTP host, else the
// IMAP host.
func (m Mailbox) host() string {
	if m.SMTPHost != "" {
		return m.SMTPHost
	}
	return m.IMAPHost
}
