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

// HTTP 5xx from an API or token endpoint, and a mail server's name that
// did not resolve, read only when nothing else spoke (unavailableLateRules).
func TestServiceTroubleLate(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Microsoft token endpoint answered HTTP 502", ClassTransient, "http_5xx"},
		{"graph sendMail failed with HTTP 504 from the gateway", ClassTransient, "http_5xx"},
		// The grant's own error beside a 5xx decides elsewhere, not here.
		{"token refresh: HTTP 503 then invalid_grant", ClassRevoked, "oauth_invalid_grant"},
		{"SMTP host mail.example.org could not be resolved", ClassTransient, "dns_unresolved"},
		{"IMAP: host lookup for imap.example.net failed", ClassTransient, "dns_unresolved"},
		// A password whose name could not be resolved is no network trouble:
		// the OS keyring that holds it is a setting (stop 52, as the
		// keychain).
		{"The SMTP password could not be resolved from the keyring", ClassConfig, "settings_unset"},
	})
}
