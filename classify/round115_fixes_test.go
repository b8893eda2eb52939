package classify

import "testing"

// Held-out round 115's misses as families, on composed texts (none is a
// held-out text).
func TestRound115Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// The login to a named SMTP or IMAP server or relay failed.
		{"Health check: error login to IMAP server mail.example.org with the stored account", ClassAuth, "credentials_rejected"},
		{"Relay test: authentication on the SMTP server failed for info@example.org", ClassAuth, "credentials_rejected"},
		// A form's passwords that do not match is no refused login.
		{"The IMAP passwords do not match, please type them again", ClassConfig, "settings_unset"},
		// A relay without implicit TLS.
		{"Outgoing relay: does not support implicit TLS on this port", ClassConfig, "auth_mechanism_unsupported"},
		// No connection to a mail server, the connection ended.
		{"Cannot connect to the mail server right now", ClassTransient, "network_dropped"},
		{"notifier: cannot connect to imap.example.net (refused)", ClassTransient, "network_dropped"},
		{"SMTPError: the connection has ended unexpectedly", ClassTransient, "network_dropped"},
		// An account sending too much mail.
		{"Mailbox is sending too much email, deferred", ClassRateLimited, "rate_limited"},
		// Settings.
		{"The mail server type is invalid", ClassConfig, "settings_unset"},
		{"25 is not a valid IMAP port for implicit TLS", ClassConfig, "settings_unset"},
		{"Empty value found in smtp.username", ClassConfig, "settings_unset"},
		{"No password available for the outgoing account", ClassConfig, "settings_unset"},
		{"Option SENDER is missing in configuration file", ClassConfig, "settings_unset"},
		{"Could not determine port for the SMTP server", ClassConfig, "settings_unset"},
		{"STARTTLS support is not available in this build", ClassConfig, "settings_unset"},
		{"mail.ini has no section [IMAP]", ClassConfig, "settings_unset"},
		{"alias@example.org is not a valid Send-As address for this account", ClassConfig, "settings_unset"},
		{"Missing .env entry for the notifier", ClassConfig, "settings_unset"},
		{"Invalid server URL for the IMAP account", ClassConfig, "settings_unset"},
		{"Archive failed: no Sent folder", ClassConfig, "settings_unset"},
		{"IMAP autoconfig returned: no configuration found", ClassConfig, "settings_unset"},
		{"The mail configuration may be broken", ClassConfig, "settings_unset"},
		{"Could not detect the mail server configuration automatically", ClassConfig, "settings_unset"},
		{"Invalid mailbox config: no host", ClassConfig, "settings_unset"},
	})
}
