package classify

import "testing"

// Round 121's misses, as families (testdata/heldout/README.md).
func TestRound121Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A user name left blank, as a SASL library says before any login:
		// the product's settings, no refused login.
		{"postfix/smtp: warning: SASL authentication failure: empty username", ClassConfig, "mail_username_blank"},
		{"sasl: client step failed: blank username for relay", ClassConfig, "mail_username_blank"},
		{"Authentication failed: All-whitespace username", ClassConfig, "mail_username_blank"},
		// Gmail's deferral for a message not sent over TLS is a rate
		// limit; its 550 refusal of the same stays a rejection.
		{"421-4.7.29 Your mail has been rate limited: it wasn't sent over a TLS connection", ClassRateLimited, ""},
		{"Gmail: rate limited because this message wasn't sent over a TLS connection", ClassRateLimited, ""},
		{"550 5.7.29 Refused: this message wasn't sent over a TLS connection", ClassRejected, ""},
		// A refused login with a user name stays one.
		{"SASL authentication failure: password check failed for user bob", ClassAuth, ""},
	})
}
