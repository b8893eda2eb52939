package classify

import "testing"

// Stop 51's families of earlier rounds' misses, on composed texts (none
// equal to or holding a held-out text), and where each family stops.
func TestStop51Families(t *testing.T) {
	assertTextRules(t, []textCase{
		// The sender's From address named, nothing else recognised: the
		// product's sender setting; a relay that refused it is decided by
		// its reply first.
		{"notifications: from_email points to a domain this relay does not serve", ClassConfig, "sender_address_setting"},
		{"The From email address must belong to a verified domain", ClassConfig, ""},
		{"553 5.7.1 <a@b.example>: Sender address rejected: not owned by user; check the from_address setting", ClassConfig, ""},
		{"550 5.7.1 Message rejected as spam; from_email=news@shop.example", ClassRejected, ""},
		// The product's configuration file named: its settings; a file it
		// cannot decrypt is not.
		{"No SMTP relay named in /etc/notifier/config file", ClassConfig, "config_file_setting"},
		{"Set the SMTP port in the config file and restart", ClassConfig, "config_file_setting"},
		{"cannot decrypt the config file: wrong master key", ClassUnknown, ""},
		// A mail client asking again because the mailbox's password changed.
		{"IMAP: your password has changed on the server; enter it again", ClassAuth, "l10n_words_password_prompt"},
		// A requirement when authentication is enabled, PHP's IMAP
		// extension, a sending restriction of the account or plan: settings.
		{"A user name is needed when authentication is enabled on the relay", ClassConfig, "settings_unset"},
		{"Install the IMAP extension for PHP to fetch replies", ClassConfig, "settings_unset"},
		{"On this plan you can only send from the workspace domain", ClassConfig, "settings_unset"},
		{"This server does not support the LIST-STATUS extension", ClassConfig, "settings_unset"},
		// A value required when another is set, a number that must be
		// greater than a bound, an address that must take a form, the OS
		// keychain, the SOCKS5 proxy: settings.
		{"A port is required when the host is set", ClassConfig, "settings_unset"},
		{"poll_interval must be greater than 30 seconds", ClassConfig, "settings_unset"},
		{"The reply-from email address must be a full address", ClassConfig, "settings_unset"},
		{"The mail password could not be read from the login keychain", ClassConfig, "settings_unset"},
		{"socks5://127.0.0.1:1080 answered with an unknown reply", ClassConfig, "settings_unset"},
		// The product's Entra app registration named: its own OAuth app;
		// a grant that expired is not.
		{"Check the app registration's API permissions for Mail.Read", ClassPlatform, "app_registration_named"},
		// Japanese "timeout".
		{"IMAP サーバーの応答がタイムアウトしました (30 秒)", ClassTransient, "l10n_client_connection"},
		// A text that also says a verdict is left to it.
		{"IMAP extension loaded; login failed: invalid credentials", ClassAuth, ""},
	})
}
