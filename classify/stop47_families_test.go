package classify

import "testing"

// Families of earlier rounds' misses found at stop 47, grouped by shared
// words over every held-out round: each reads only texts no other rule
// recognised.

// TLS or SSL named as a word, and nothing else recognised: the
// connection's security, a setting of the mail account.
func TestMailTLSSetting(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Outgoing relay: TLS is switched off, enable it to send", ClassConfig, "mail_tls_setting"},
		{"mailer config: smtp_ssl must be true when the port is 465", ClassConfig, "mail_tls_setting"},
		{"This IMAP server does not offer SSL on the port you chose", ClassConfig, "mail_tls_setting"},
		{"Le serveur sortant n'accepte pas TLS.", ClassConfig, "mail_tls_setting"},
		// A failure of TLS itself, or of the connection, is not a setting.
		{"TLS handshake with the relay did not complete", ClassUnknown, ""},
		{"SSL error while reading from the IMAP socket", ClassUnknown, ""},
		// Inside a word the letters are no name: Swedish "misslyckades"
		// (failed), Dutch "versleutelingssleutel" (encryption key).
		{"Synkningen misslyckades", ClassUnknown, ""},
		{"Geen toegang tot de versleutelingssleutel", ClassUnknown, ""},
	})
}

// A mail server's host, port or server setting named with a word that says
// its value is wrong, missing or empty.
func TestMailServerFieldInvalid(t *testing.T) {
	assertTextRules(t, []textCase{
		{"The IMAP port you entered is wrong", ClassConfig, "mail_server_field_invalid"},
		{"smtp_host is null in mailer.yml", ClassConfig, "mail_server_field_invalid"},
		{"Outgoing SMTP server: value missing", ClassConfig, "mail_server_field_invalid"},
		{"Le port SMTP est invalide", ClassConfig, "mail_server_field_invalid"},
		{"IMAP-Server fehlt in den Einstellungen", ClassConfig, "mail_server_field_invalid"},
		{"SMTP 服务器地址无效", ClassConfig, "mail_server_field_invalid"},
		// Another service's key beside the mail words is that service's.
		{"Email server apikey: wrong format", ClassUnknown, ""},
		// A refusal by the server is read before, as the refusal it is.
		{"SMTP server said: 535 5.7.8 invalid credentials", ClassAuth, ""},
	})
}

// A product that asks the owner to reconnect the mail account by what it
// calls it ("reconnect the sender", "the profile"), beside the provider's
// name: the grant is the mailbox's (prompts_reconnect_request).
func TestReconnectTheNamedAccount(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Outlook sign-in for this sender expired: reconnect the sender in Settings", ClassRevoked, "prompts_reconnect_request"},
		{"Gmail no longer accepts our access, reconnect the workspace user", ClassRevoked, "prompts_reconnect_request"},
		// Another service by name stays out, and so does a network reconnect.
		{"Google Drive access expired, reconnect the folder", ClassUnknown, ""},
		{"IMAP connection lost, trying to reconnect the session", ClassTransient, ""},
	})
}

// A mail setting named (the SMTP configuration, the sender, the mail
// account's password) as missing, not found, invalid or disabled, and
// nothing else recognised.
func TestMailSettingMissingNamed(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Mailer transport: none chosen, mail_transport missing", ClassConfig, "mail_setting_missing_named"},
		{"No SMTP profile selected for this workspace", ClassConfig, "mail_setting_missing_named"},
		{"Outgoing: smtp_password is null", ClassConfig, "mail_setting_missing_named"},
		{"Configuração de e-mail não encontrada para a empresa", ClassConfig, "mail_setting_missing_named"},
		{`{"level":"error","msg":"No Gmail sender set for tenant 7"}`, ClassConfig, "mail_setting_missing_named"},
		// An error or a failure the text reports decides, or nothing does;
		// a server's host not found is .NET's wrapper for any connection.
		{"An error occurred while loading the SMTP profile", ClassUnknown, ""},
		{"The IMAP host was not found.", ClassUnknown, ""},
	})
}
