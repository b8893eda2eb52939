package classify

import "time"

// Class is the kind of failure. Its values are stored by host applications, so they
// never change.
type Class string

// Classes.
const (
	ClassAuth          Class = "auth"           // credentials rejected: new password or app password, or sign in again
	ClassAdmin         Class = "admin"          // an administrator or tenant policy blocks authentication
	ClassBlocked       Class = "blocked"        // the provider suspended or blocked the account or its outgoing mail
	ClassRevoked       Class = "revoked"        // OAuth grant revoked or expired, consent withdrawn, account deleted or disabled
	ClassAuthTemporary Class = "auth_temporary" // temporary authentication trouble (too many attempts, 454 4.7.0)
	ClassRateLimited   Class = "rate_limited"   // sending quota, throttling, too many connections
	ClassTransient     Class = "transient"      // other temporary failures (4xx, timeouts, resets, greylisting)
	ClassRecipient     Class = "recipient"      // the recipient address or mailbox is the problem
	ClassRejected      Class = "rejected"       // message refused for content, policy or reputation
	ClassConfig        Class = "config"         // the client is misconfigured
	ClassPlatform      Class = "platform"       // the integrating application's own OAuth client is wrong
	ClassUnknown       Class = "unknown"        // nothing recognisable
)

// Valid reports whether c is one of the classes above or empty (no error).
func (c Class) Valid() bool {
	switch c {
	case "", ClassAuth, ClassAdmin, ClassBlocked, ClassRevoked, ClassAuthTemporary,
		ClassRateLimited, ClassTransient, ClassRecipient, ClassRejected, ClassConfig,
		ClassPlatform, ClassUnknown:
		return true
	}
	return false
}

// Reconnect reports whether failures of class c need the mailbox owner (or an
// administrator) to act before the mailbox can work again.
func (c Class) Reconnect() bool {
	return c == ClassAuth || c == ClassAdmin || c == ClassBlocked || c == ClassRevoked
}

// Temporary reports whether failures of class c are expected to pass on their own.
func (c Class) Temporary() bool {
	return c == ClassAuthTemporary || c == ClassRateLimited || c == ClassTransient
}

// Reason is a structured pause reason. Its values are stored by host applications,
// so they never change. The empty Reason means none.
type Reason string

// Pause reasons.
const (
	ReasonAuthFailure         Reason = "auth_failure"              // credentials rejected
	ReasonAuthErrors          Reason = "auth_errors"               // repeated temporary auth failures (never from one error)
	ReasonTenantSMTPDisabled  Reason = "tenant_smtp_disabled"      // an administrator or tenant policy blocks authentication
	ReasonProviderBlock       Reason = "provider_block"            // the provider blocked the account or its sending
	ReasonHostingerReauth     Reason = "hostinger_reauth_required" // Hostinger rejected the credentials (set by package provider's Refine, never by this package)
	ReasonMailboxDisconnected Reason = "mailbox_disconnected"      // the OAuth grant is gone or the account deleted or disabled
)

// Reasons lists every pause reason, in a fixed order.
func Reasons() []Reason {
	return []Reason{ReasonAuthFailure, ReasonAuthErrors, ReasonTenantSMTPDisabled,
		ReasonProviderBlock, ReasonHostingerReauth, ReasonMailboxDisconnected}
}

// Valid reports whether r is one of the pause reasons above or empty.
func (r Reason) Valid() bool {
	return r == "" || r.Pause()
}

// Pause reports whether r is a pause reason (not empty and known).
func (r Reason) Pause() bool {
	switch r {
	case ReasonAuthFailure, ReasonAuthErrors, ReasonTenantSMTPDisabled,
		ReasonProviderBlock, ReasonHostingerReauth, ReasonMailboxDisconnected:
		return true
	}
	return false
}

// Verdict is the result of classifying one failure. The zero Verdict means "no
// error". Verdict holds only comparable fields, so verdicts compare with ==.
//
// In JSON a Verdict is an object with snake_case keys, as the field tags say;
// RetryAfter is written as "retry_after_seconds", a whole number of seconds
// (see [Verdict.MarshalJSON]).
type Verdict struct {
	Class          Class         `json:"class"`           // kind of failure
	Reason         Reason        `json:"reason"`          // pause reason, "" when the failure needs none
	NeedsReconnect bool          `json:"needs_reconnect"` // whether the owner or an admin must act (Class.Reconnect)
	Code           int           `json:"code"`            // SMTP basic code, or HTTP status for token endpoint errors; 0 if none
	Enhanced       string        `json:"enhanced"`        // RFC 3463 enhanced status code, "" if none
	Provider       string        `json:"provider"`        // provider ID when the text reveals it (package provider adds the host's), else ""
	Rule           string        `json:"rule"`            // ID of the rule that decided; see [Rules]
	RetryAfter     time.Duration `json:"-"`               // for temporary classes, a suggested wait before retrying
}

// Reason returns the pause reason of class c: auth_failure for [ClassAuth],
// tenant_smtp_disabled for [ClassAdmin], provider_block for [ClassBlocked],
// mailbox_disconnected for [ClassRevoked], and "" for every other class. It is
// the one mapping from classes to reasons; package provider refines it for one
// provider (an auth failure on Hostinger is hostinger_reauth_required), and
// package reconnect escalates repeated auth_temporary failures to auth_errors.
func (c Class) Reason() Reason {
	switch c {
	case ClassAuth:
		return ReasonAuthFailure
	case ClassAdmin:
		return ReasonTenantSMTPDisabled
	case ClassBlocked:
		return ReasonProviderBlock
	case ClassRevoked:
		return ReasonMailboxDisconnected
	}
	return ""
}
