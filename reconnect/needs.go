package reconnect

import (
	"strings"
	"unicode/utf8"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
)

// Condition names which condition of [NeedsReconnect] held. It is not the
// classifier's rule ([classify.Verdict.Rule], which names the pattern that
// classified an error): a Condition says why a stored mailbox needs
// reconnecting.
type Condition string

// The four conditions, tried in this order.
const (
	ConditionNone              Condition = ""                    // no condition holds
	ConditionStatusNeedsReauth Condition = "status_needs_reauth" // status is needs_reauth
	ConditionStatusErrorAuth   Condition = "status_error_auth"   // status is error and the last error is an authentication problem
	ConditionPauseReason       Condition = "pause_reason"        // the stored pause reason is one of the six
	ConditionWarmupAuth        Condition = "warmup_auth"         // warmup is paused or in error and the last error is an authentication problem
)

// Decision is the answer of [NeedsReconnect]. Its JSON keys are needs,
// condition, reason and verdict.
type Decision struct {
	Needs bool `json:"needs"` // the mailbox needs its owner (or an admin) to reconnect it
	// Condition is the first condition that held, ConditionNone when Needs is
	// false.
	Condition Condition `json:"condition"`

	// Reason is the pause reason to show: the stored one when it is valid, else
	// the one the last error classifies to (possibly empty).
	Reason classify.Reason `json:"reason"`

	// Verdict is the classification of the last error refined by the SMTP host;
	// the zero Verdict when there is no last error. Its Rule is the
	// classifier's rule ID.
	Verdict classify.Verdict `json:"verdict"`
}

// NeedsReconnect reports whether m needs reconnecting, and which condition says
// so.
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
// library does not know satisfy neither condition 1 nor condition 2.
// The last error's verdict is m.LastVerdict when one is stored (the Machine
// stores it with the error); only a mailbox with a last error and no stored
// verdict has its error classified here. NeedsReconnect does no I/O and
// allocates nothing. With a stored verdict, or no last error, it takes tens
// of nanoseconds; classifying the text takes about a microsecond. Every
// record the Machine writes has its verdict stored (Register classifies a
// host-written last error once), so only a Mailbox the Machine never wrote
// (one the host built or changed itself, or one read back from a Store that
// does not keep LastVerdict) pays for classifying, on every call.
func NeedsReconnect(m Mailbox) (d Decision) { // d is the result itself: no copy of it on return
	if m.LastError != "" {
		if d.Verdict = m.LastVerdict; d.Verdict.Class == "" {
			d.Verdict = provider.Refine(classify.Text(m.LastError), m.host())
		}
	}
	var hasReason bool
	if d.Reason, hasReason = pauseReason(m.PauseReason); !hasReason {
		d.Reason = d.Verdict.Reason
	}
	authProblem := d.Verdict.NeedsReconnect
	switch status := statusOf(m.Status); {
	case status == StatusNeedsReauth:
		d.Condition = ConditionStatusNeedsReauth
	case authProblem && status == StatusError:
		d.Condition = ConditionStatusErrorAuth
	case hasReason:
		d.Condition = ConditionPauseReason
	case authProblem && warmupHeld(m.WarmupStatus):
		d.Condition = ConditionWarmupAuth
	}
	d.Needs = d.Condition != ConditionNone
	return d
}

// statusOf returns StatusNeedsReauth or StatusError when s is one of them,
// written in any case and with white space around, and "" for any other
// status.
func statusOf(s Status) Status {
	switch s {
	case StatusNeedsReauth, StatusError:
		return s
	case "", StatusActive, StatusPaused:
		return ""
	}
	switch t := strings.TrimSpace(string(s)); {
	case folds(t, string(StatusNeedsReauth)):
		return StatusNeedsReauth
	case folds(t, string(StatusError)):
		return StatusError
	}
	return ""
}

// folds reports whether t equals known, lower-case ASCII, under Unicode
// case folding. Text that folds to known is at least as long: a letter
// outside ASCII takes two bytes or more.
func folds(t, known string) bool {
	return len(t) >= len(known) && strings.EqualFold(t, known)
}

// warmupHeld reports whether warmup status w is paused or error, in any case.
func warmupHeld(w WarmupStatus) bool {
	switch w {
	case WarmupPaused, WarmupError:
		return true
	case "", WarmupActive, WarmupOff:
		return false
	}
	t := strings.TrimSpace(string(w))
	return folds(t, string(WarmupPaused)) || folds(t, string(WarmupError))
}

// is compares a stored value with a known one, ignoring case and surrounding
// white space, as databases written by hand hold them.
func is(stored, known string) bool {
	if stored == known {
		return true
	}
	switch stored {
	case "", "active", "paused", "needs_reauth", "error", "off":
		return false // another value, written as the library writes it
	}
	if len(stored) < len(known) {
		return false
	}
	return strings.EqualFold(strings.TrimSpace(stored), known)
}

// pauseReasons are the six pause reasons, as pauseReason looks for them.
var pauseReasons = [...]classify.Reason{classify.ReasonAuthFailure, classify.ReasonAuthErrors,
	classify.ReasonTenantSMTPDisabled, classify.ReasonProviderBlock, classify.ReasonHostingerReauth,
	classify.ReasonMailboxDisconnected}

// maxReasonLen bounds the pause reasons' length (TestPauseReasonsFitTheBuffer
// checks that each fits).
const maxReasonLen = 32

// pauseReason recognises a stored pause reason, written in any case and with
// white space around. Text in ASCII is lower-cased once into a buffer and
// compared; other text (Unicode folds a few letters, such as the Kelvin
// sign, to ASCII ones) is compared with each reason by strings.EqualFold.
func pauseReason(r classify.Reason) (classify.Reason, bool) {
	if r == "" {
		return "", false
	}
	if r.Pause() {
		return r, true
	}
	t := strings.TrimSpace(string(r))
	var buf [maxReasonLen]byte
	ascii := true
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if i >= len(buf) {
			return "", false // longer than any reason, and in ASCII: not one
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	for _, known := range pauseReasons {
		if ascii && string(buf[:len(t)]) == string(known) || !ascii && strings.EqualFold(t, string(known)) {
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
