package classify

import "testing"

// Held-out round 109's misses as families, on composed texts (none is a
// held-out text).
func TestRound109Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A wrong login or password named as the cause, in Italian, Spanish
		// and German.
		{"Accesso negato: login o di una password errati per mario@example.it", ClassAuth, "lang_auth_failed"},
		{"Invio non riuscito (password errata)", ClassAuth, "lang_auth_failed"},
		{"No se pudo enviar: contraseña incorrecta para el buzón", ClassAuth, "lang_auth_failed"},
		{"Versand abgebrochen wegen falscher Zugangsdaten", ClassAuth, "lang_auth_failed"},
		// A client library's type for a refused login, named beside a
		// failed connection.
		{"notify: could not connect to mail server (SMTPAuthenticationError)", ClassAuth, "library_auth_exception"},
		// Python's SSLError as the cause of exhausted retries stays TLS.
		{"HTTPSConnectionPool(host='mail.example.net', port=443): Max retries exceeded with url: /EWS/Exchange.asmx (Caused by SSLError(SSLError(1, '[SSL: UNSAFE_LEGACY_RENEGOTIATION_DISABLED]')))", ClassConfig, ""},
		// The tenant's administrator declined the consent; a Workspace
		// application blocked until the domain's review.
		{"Microsoft says: admin consent was declined for this connector", ClassAdmin, "admin_app_not_approved"},
		{"Google sign-in: This application is currently blocked for your organisation.", ClassAdmin, "admin_app_not_approved"},
		// The network: a socket call, no reply, retries used up.
		{"smtp: recv() failed after STARTTLS", ClassTransient, "network_dropped"},
		{"Alert mail: no reply from smtp.example.net within 60 s", ClassTransient, "network_dropped"},
		{"Outbox: 3 messages not sent, retries exceeded", ClassTransient, "network_dropped"},
		// No refused login: a mechanism the client does not support, a
		// password command's output not read, a connector's mandatory
		// argument.
		{"SMTP: login failed, unsupported auth mechanism CRAM-MD5", ClassConfig, "auth_mechanism_unsupported"},
		{"mbsync: cannot read output of 'gpg -dq ~/.mailpass.gpg' (password denied)", ClassConfig, "settings_unset"},
		{"EWS-3: server URL is mandatory argument", ClassConfig, "settings_unset"},
		// The product's settings.
		{"Report mailer: no outgoing mail server defined", ClassConfig, "settings_unset"},
		{"Invalid protocol 'imap4s' for account 'inbox'", ClassConfig, "settings_unset"},
		{"Relay setup: unknown auth method 'basic'", ClassConfig, "settings_unset"},
		{"check_pop: only authtype APOP allowed", ClassConfig, "settings_unset"},
		{"Sync stopped: host is empty", ClassConfig, "settings_unset"},
		{"Mail folder missing or empty in channel settings", ClassConfig, "settings_unset"},
		{"Please enter correct SMTP server name.", ClassConfig, "settings_unset"},
		{"Please type a valid mail server address.", ClassConfig, "settings_unset"},
		{"The alert sender address does not seem to be correct.", ClassConfig, "settings_unset"},
		{"Cannot notify: no sender defined for this channel", ClassConfig, "settings_unset"},
		{"Alert channel: from address required", ClassConfig, "settings_unset"},
		{"Username not present in asset configuration", ClassConfig, "settings_unset"},
		{"告警邮箱信息不完整", ClassConfig, "settings_unset"},
		{"通知渠道未正确配置", ClassConfig, "settings_unset"},
		// A receiver's address is the recipient's.
		{"The receiver's email address is not valid.", ClassRecipient, "recipient_mailbox_disabled"},
	})
}
