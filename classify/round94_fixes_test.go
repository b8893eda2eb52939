package classify

import "testing"

// Held-out round 94's misses as families, on composed texts (none is a
// held-out text).
func TestRound94Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Another service's key or login with no mail word: search and
		// shipping APIs, a database's own credentials, German and French
		// "authentication" beside a named service.
		{"Tavily API key is invalid, update it in settings", ClassConfig, "other_service_login"},
		{"Shippo authentication failed: check the token", ClassConfig, "other_service_login"},
		{"Login failed: the database password is wrong", ClassConfig, "other_service_login"},
		{"Meta Ads Authentifizierung fehlgeschlagen, bitte erneut verbinden", ClassUnknown, "other_service_grant"}, // to connect again: no verdict since round 100
		// A backup's or archive's password, not the mailbox's.
		{"restore: wrong password or corrupt data in archive.tar", ClassUnknown, ""},
		// App passwords asked for, of the wrong type, or not configured in
		// Spanish: a setting, not a refusal.
		{"Please provide app passwords for each sender", ClassConfig, ""},
		{"smtp.app_password must be a string", ClassConfig, ""},
		{"Las contraseñas de aplicación no están configuradas", ClassConfig, ""},
		// The grant, "expired or was revoked"; German: reconnect or
		// authorize Gmail or Outlook again, its connection or
		// authentication expired.
		{"Outlook refresh token expired or was revoked", ClassRevoked, "oauth_invalid_grant"},
		{"Bitte Outlook erneut verbinden, um Mails zu senden", ClassRevoked, "lang_reconnect_asked"},
		{"Bitte autorisieren Sie Google für den Versand", ClassRevoked, "lang_reconnect_asked"},
		{"Die Verbindung ist abgelaufen: Postfach info@example.de", ClassRevoked, "lang_reconnect_asked"},
		{"Outlook-Authentifizierung abgelaufen (Konto 3)", ClassRevoked, "lang_reconnect_asked"},
		// Portuguese: the server refused the credentials; could not
		// connect, the connection, no answer within the time limit.
		{"O servidor IMAP recusou as credenciais do usuario", ClassAuth, "lang_auth_failed"},
		{"Nao foi possivel conectar ao servidor IMAP", ClassTransient, "lang_connection_failed"},
		{"A conexão com o servidor IMAP caiu", ClassTransient, "lang_connection_failed"},
		{"Servidor POP3 sem resposta dentro do tempo limite", ClassTransient, "lang_connection_failed"},
		// A server the product could not reach.
		{"We couldn't reach Gmail from this network", ClassTransient, "service_unavailable_now"},
		// Settings: not fully configured, a password required for a mode,
		// none found in the configuration, no SMTP account available;
		// Portuguese "invalid configuration", "a valid port", French "are
		// required" (the product's OAuth client and a setting).
		{"IMAP poller not fully configured", ClassConfig, "settings_unset"},
		{"A password required for IMAP IDLE mode", ClassConfig, "settings_unset"},
		{"No mailer configuration found for tenant acme", ClassConfig, "settings_unset"},
		{"SMTP_HOST was not found in the configuration", ClassConfig, "settings_unset"},
		{"No available SMTP server for campaign 7", ClassConfig, "settings_unset"},
		{"Configuração inválida: defina o servidor IMAP", ClassConfig, "settings_unset"},
		{"Informe uma porta válida para o SMTP", ClassConfig, "settings_unset"},
		{"OUTLOOK_CLIENT_ID et OUTLOOK_CLIENT_SECRET sont requis", ClassPlatform, ""},
		{"L'hôte et le port SMTP sont requis", ClassConfig, "settings_unset"},
		// ...but not a sign-up that is not required.
		{"Sign-up is not required for this domain", ClassUnknown, ""},
	})
}
