package regrant

import (
	"fmt"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
)

// Outcome is what a sign-in came to. Its values may be stored and shown by host
// applications, so they never change.
type Outcome string

// Outcomes. Only OutcomeReconnected and OutcomeTestFailed reach the mailbox
// (through the Machine); every other outcome leaves it exactly as it was.
const (
	OutcomeReconnected     Outcome = "reconnected"            // the new grant passed its test and is stored; the flag and holds are cleared
	OutcomeCancelled       Outcome = "cancelled"              // the owner declined or closed the consent screen
	OutcomeConsentRequired Outcome = "consent_required"       // the provider wants the owner to sign in or consent interactively
	OutcomeAdminConsent    Outcome = "admin_consent_required" // an administrator must approve the app first
	OutcomeScopesMissing   Outcome = "scopes_missing"         // the owner left a permission unticked
	OutcomeWrongAccount    Outcome = "wrong_account"          // another account than the mailbox's signed in
	OutcomeInvalidState    Outcome = "invalid_state"          // forged, expired, replayed or from another browser
	OutcomePlatform        Outcome = "platform"               // the integrating product's setup failed (code exchange, ID token, provider error)
	OutcomeTestFailed      Outcome = "test_failed"            // the grant was valid but the mailbox login with it failed
)

// Valid reports whether o is one of the outcomes above.
func (o Outcome) Valid() bool {
	switch o {
	case OutcomeReconnected, OutcomeCancelled, OutcomeConsentRequired, OutcomeAdminConsent,
		OutcomeScopesMissing, OutcomeWrongAccount, OutcomeInvalidState, OutcomePlatform, OutcomeTestFailed:
		return true
	}
	return false
}

// Result is what a sign-in did, for the person who made it and for the
// application. It never holds a token, code or verifier.
type Result struct {
	Outcome   Outcome
	MailboxID string // "" when the state could not be read
	Workspace string
	Provider  provider.ID
	// Message says what happened and what to do next, in words for the
	// mailbox owner.
	Message string
	// Verdict is the technical classification: zero for a success and for
	// answers that say nothing about the mailbox (cancelled, wrong account,
	// invalid state); class platform for the product's own failures; the
	// provider's verdict for admin consent and failed tests.
	Verdict classify.Verdict
	// Plan is for whoever must act next: the administrator's steps for
	// OutcomeAdminConsent, the owner's for OutcomeTestFailed; else nil.
	Plan *provider.Plan
	// AdminConsentURL is the tenant's admin-consent page (OutcomeAdminConsent).
	AdminConsentURL string
	// Missing are the scopes the owner did not grant (OutcomeScopesMissing).
	Missing []string
	// Account is the address that signed in, once the ID token verified.
	Account string
	// ProviderError and ProviderDescription are the provider's error answer
	// (RFC 6749 section 4.1.2.1), when it sent one.
	ProviderError       string
	ProviderDescription string
}

// Error is a sign-in that did not reconnect the mailbox: its Result, and the
// technical cause for logs (never a secret).
type Error struct {
	Result Result
	Err    error
}

func (e *Error) Error() string {
	if e.Err == nil {
		return "regrant: " + string(e.Result.Outcome)
	}
	return fmt.Sprintf("regrant: %s: %v", e.Result.Outcome, e.Err)
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// platformVerdict is the verdict of the integrating product's own failures:
// class platform, which never flags a mailbox.
func platformVerdict(rule string, p provider.ID) classify.Verdict {
	return classify.Verdict{Class: classify.ClassPlatform, Provider: string(p), Rule: rule}
}

// Messages for the owner. %s are addresses or provider names, never secrets.
const (
	msgReconnected   = "Your mailbox %s is reconnected. Everything that was paused for it has started again."
	msgCancelled     = "You cancelled the sign-in, so nothing changed. Your mailbox still needs reconnecting: start again when you are ready and accept the permissions asked."
	msgConsent       = "%s needs you to sign in and approve the permissions yourself. Start the reconnection again and complete every step %s shows."
	msgAdminConsent  = "Your organisation lets only an administrator approve this app. Ask your %s administrator to approve it (the steps are below); once they have, reconnect again."
	msgScopes        = "You did not allow every permission this mailbox needs, so nothing was saved. Start again and tick the box \"%s\" on %s's consent screen."
	msgWrongAccount  = "You signed in as %s, but this mailbox is %s. Nothing was saved. Start again and choose %s (sign out of %s first if %s picks it by itself)."
	msgInvalidState  = "This sign-in link has expired or was already used, or was opened in another browser. Nothing changed: start the reconnection again from this browser."
	msgPlatform      = "The sign-in could not be completed because of a problem on our side. Nothing changed; please try again later. If it keeps failing, contact support."
	msgProviderError = "%s could not complete the sign-in just now. Nothing changed; please try again in a few minutes."
	msgTestFailed    = "You signed in, but %s still refused to let the mailbox log in with the new permission. Nothing was saved. See the steps below."
	msgNoRefresh     = "The sign-in did not return a lasting permission, so nothing was saved. Please try again; if it keeps failing, contact support."
)
