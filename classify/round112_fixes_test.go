package classify

import "testing"

// Held-out round 112's misses as families, on composed texts (none is a
// held-out text).
func TestRound112Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Other services' logins: a web server's, an FTP server's, a
		// download client's.
		{"Authentification par Apache refusée", ClassUnknown, ""},
		{"Sync job: FTP auth failed for backup.example.net", ClassUnknown, ""},
		{"Could not log in to Deluge: wrong password", ClassUnknown, ""},
		// Settings that name a password or a token are no refusal.
		{"Relay login: missing smtp username or password", ClassConfig, ""},
		{"invalid mail configuration: password file unreadable", ClassConfig, "settings_unset"},
		{"Gmail mailbox token invalid: no token provider configured", ClassConfig, "settings_unset"},
		// A refusal that names another possible cause is still a refusal.
		{"Your login credentials are incorrect, or the provider blocked the SMTP connection", ClassAuth, "credentials_rejected"},
		// The network.
		{"Could not establish connection with the POP3 service", ClassTransient, "network_dropped"},
		{"Fout bij verbinden met imap.example.nl", ClassTransient, "network_dropped"},
		// The product's OAuth client: its secret or ID nil, its redirect URI,
		// token endpoint or scopes missing.
		{"OAuth: client_secret can not be nil for this tenant", ClassPlatform, "oauth_client_unset"},
		{"Microsoft login: redirect_uri is missing", ClassPlatform, "oauth_client_unset"},
		{"Missing token endpoint URI for the mail provider", ClassPlatform, "oauth_client_unset"},
		{"Gmail connector: scopes missing", ClassPlatform, "oauth_client_unset"},
		// Recipients.
		{"Skipped <x>: bad address format", ClassRecipient, "recipient_mailbox_disabled"},
		{"No mail server for carol@example.org", ClassRecipient, "recipient_mailbox_disabled"},
		{"example.net is not configured to accept email", ClassRecipient, "recipient_mailbox_disabled"},
		{"Contact 42 does not have an email address", ClassRecipient, "recipient_mailbox_disabled"},
		// A TLS context not configured is no rejected message.
		{"TLS context wasn't configured, and SMTPS is mandatory here", ClassConfig, "settings_unset"},
		// Settings.
		{"smtp.port cannot be greater than 65535", ClassConfig, "settings_unset"},
		{"sender cannot be nil", ClassConfig, "settings_unset"},
		{"MAIL_URL was set incorrectly", ClassConfig, "settings_unset"},
		{"invalid mail configuration: no sender", ClassConfig, "settings_unset"},
		{"EMAIL_BACKEND is smtp, but no related configuration was found", ClassConfig, "settings_unset"},
		{"Invalid SMTP_SECURE value 'yes'", ClassConfig, "settings_unset"},
		{"Invalid secure prefix 'tls1'", ClassConfig, "settings_unset"},
		{"No provider for category: \"Mail\"", ClassConfig, "settings_unset"},
		{"notification: email provider credentials not found for profile 2", ClassConfig, "settings_unset"},
		{"messaging provider config \"port\" is empty", ClassConfig, "settings_unset"},
		{"No transport provider for protocol smtps", ClassConfig, "settings_unset"},
		{"Relay does not support ESMTP, so no login can be sent", ClassConfig, "settings_unset"},
		{"Contact forms are off: no valid email setup", ClassConfig, "settings_unset"},
		{"Notifier: missing smtp relay settings", ClassConfig, "settings_unset"},
		{"De e-mailfunctie is uitgeschakeld op deze site.", ClassConfig, "settings_unset"},
		{"De mail() functie is gedeactiveerd.", ClassConfig, "settings_unset"},
		{"De PHP extensie IMAP is niet geladen.", ClassConfig, "settings_unset"},
		{"無法找到郵件配置，請聯繫管理員", ClassConfig, "settings_unset"},
		{"메일 보안 방식을 선택해 주세요", ClassConfig, "settings_unset"},
		{"请检查邮件驱动", ClassConfig, "settings_unset"},
		{"проблема с параметрами конфигурации почты", ClassConfig, "settings_unset"},
		{"mail.username must be set when XOAUTH2 is used", ClassConfig, "settings_unset"},
		{"Bad from address in notification settings", ClassConfig, "settings_unset"},
		{"Relay does not support AUTH extension", ClassConfig, ""},
		{"Mail must be enabled and configured first", ClassConfig, "settings_unset"},
		{"Mail URL should start with smtp:// or smtps://", ClassConfig, "settings_unset"},
		{"Unknown mail driver 'ses'. Supported values: smtp, log", ClassConfig, "settings_unset"},
	})
}
