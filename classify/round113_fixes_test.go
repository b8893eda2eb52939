package classify

import "testing"

// Held-out round 113's misses as families, on composed texts (none is a
// held-out text).
func TestRound113Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A lock after failed logins, said without its length.
		{"Mailbox temporarily locked due to failed login attempts", ClassAuthTemporary, "too_many_login_attempts"},
		// The product's OAuth client: a service secret not found.
		{"Microsoft service secret not found for this site", ClassPlatform, "oauth_client_unset"},
		// Settings.
		{"Keine IMAP-Konfiguration vorhanden.", ClassConfig, "settings_unset"},
		{"Keine SMTP-Konfiguration für dieses Projekt", ClassConfig, "settings_unset"},
		{"Alerts need a proper SMTP setting first", ClassConfig, "settings_unset"},
		{"No valid SMTP account is set up", ClassConfig, "settings_unset"},
		{"IMAP port must be a number", ClassConfig, "settings_unset"},
		{"系统未开启邮件功能", ClassConfig, "settings_unset"},
	})
}
