package classify

import "testing"

// Held-out round 118's misses as families, on composed texts (none is a
// held-out text).
func TestRound118Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A setting that must not be null.
		{"smtpPort must not be null", ClassConfig, "settings_unset"},
		// No DNS record for the mail server.
		{"Could not find DNS record for the IMAP server", ClassTransient, "network_dropped"},
		// A recipient refused.
		{"Delivery stopped: bad recipient in the To list", ClassRecipient, "recipient_mailbox_disabled"},
	})
}
