package classify

import "testing"

// Stop 52's families of earlier rounds' misses, on composed texts (none
// equal to or holding a held-out text), and where each family stops.
func TestStop52Families(t *testing.T) {
	assertTextRules(t, []textCase{
		// Something unsupported, nothing else recognised, is a setting the
		// product or the server does not take; a reply parser's complaint
		// is not.
		{"Unsupported delivery service: postal", ClassConfig, "unsupported_setting"},
		{"Unsupported mail API: jmap-push", ClassConfig, "unsupported_setting"},
		{"Unsupported 2nd reply code digit: 9", ClassUnknown, ""},
		// A value missing in the product's config: its settings file.
		{"No relay host set in config for the digest mailer", ClassConfig, "config_file_setting"},
		// A server that failed to respond, or does not: the connection.
		{"The relay failed to respond within 30 seconds", ClassTransient, "network_dropped"},
		{"POP3 server does not respond to USER", ClassTransient, "network_dropped"},
		// A feature enabled but its settings missing, and only one provider
		// supported: settings; a device enabled but not detected is not.
		{"Auto-forward enabled but no forwarding mailbox configured", ClassConfig, "settings_unset"},
		{"Only Gmail is supported as the sending provider", ClassConfig, "only_supported_setting"},
		{"Camera enabled but not detected", ClassUnknown, ""},
		// The OS keyring that holds the password, as the keychain.
		{"Could not read the mailbox password from the keyring", ClassConfig, "settings_unset"},
		// A form's bare fields required are the mail settings; a sign-in
		// form's are the product's own login.
		{"Password is required to verify the account", ClassConfig, "settings_unset"},
		{"Sender name and password are required", ClassConfig, "settings_unset"},
		{"Username is required before saving", ClassConfig, "settings_unset"},
		{"Email is required for the notification settings", ClassConfig, "settings_unset"},
		{"Email and password are required to log in", ClassUnknown, ""},
		{"Log in: Username is required", ClassUnknown, ""},
	})
}
