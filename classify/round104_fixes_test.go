package classify

import "testing"

// Held-out round 104's misses as families, on composed texts (none is a
// held-out text).
func TestRound104Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// An authentication towards a named server that failed; a look-alike
		// of the product's own sign-in keeps no verdict.
		{"IMAP sync: authentication with imap.example.org failed for ana@example.org", ClassAuth, "credential_words"},
		{"Authentication against the outgoing server failed (smtp.example.org)", ClassAuth, "credential_words"},
		{"Could not authenticate with mail.example.net: credentials rejected", ClassAuth, ""},
		{"Authentication with the server timed out", ClassTransient, ""},

		// Settings: no server name, no sender mailbox, no user name or
		// password, the right port, an outgoing server not valid, the
		// encryption setting, the host field given an address, a
		// configuration error of SMTP, no supported method; Russian
		// "unsupported port", "must be configured".
		{"Outgoing mail: no server name set for this account", ClassConfig, "settings_unset"},
		{"No sender mailbox selected for this campaign", ClassConfig, "settings_unset"},
		{"There is no username for the IMAP account", ClassConfig, "settings_unset"},
		{"There is no password saved for smtp.example.org", ClassConfig, "settings_unset"},
		{"SSL did not start: check you chose the right port for SSL or STARTTLS", ClassConfig, "settings_unset"},
		{"Invalid incoming server name: no scheme allowed", ClassConfig, "settings_unset"},
		{"Handshake failed: the encryption setting does not match port 587", ClassConfig, "settings_unset"},
		{"This is an address, not a host: enter the server name instead", ClassConfig, "settings_unset"},
		{"SMTP configuration error: SMTP_PORT is not a number", ClassConfig, "settings_unset"},
		{"None of the supported authentication methods is offered by imap.example.org", ClassConfig, "settings_unset"},
		{"Неподдерживаемый порт IMAP: 26", ClassConfig, "settings_unset"},
		{"Параметры IMAP должны быть настроены в профиле", ClassConfig, "settings_unset"},
		// A server that offers no encryption, read before a port number
		// wrapped to a line's start; TLS negotiation, the encrypted handshake.
		{"smtp.example.org:25 does not offer an encrypted connection; use\n587 instead", ClassConfig, "libs_tls_required"},
		{"IMAP connection failed during TLS negotiation with imap.example.org", ClassConfig, "tls_handshake"},
		{"The encrypted handshake failed on port 993", ClassConfig, "tls_handshake"},

		// The network: a closed connection, no answer in time, an address
		// not found, a network error.
		{"IMAP: the server has closed the connection unexpectedly", ClassTransient, "network_dropped"},
		{"smtp.example.org did not respond in time", ClassTransient, "network_dropped"},
		{"Could not resolve IP of smtp.example.org", ClassTransient, "network_dropped"},
		{"Sync stopped: network error while fetching INBOX", ClassTransient, "network_dropped"},

		// Recipients: rejected, unsubscribed; Portuguese "refused all the
		// recipients", "recipient was not found".
		{"Send failed: 2 recipients rejected by the server", ClassRecipient, "all_recipients_refused"},
		{"The recipient has unsubscribed from this list", ClassRecipient, "all_recipients_refused"},
		{"O servidor recusou todos os destinatários da mensagem", ClassRecipient, "all_recipients_refused"},
		{"O destinatário não foi encontrado no servidor", ClassRecipient, "all_recipients_refused"},

		// The Gmail account itself deleted: the grant is gone.
		{"Sync failed: this Gmail has been deleted by its owner", ClassRevoked, "product_disconnected"},

		// The Gmail API: an API not enabled (ErrorInfo SERVICE_DISABLED) is
		// the product's project; domainPolicy is the Workspace admin's.
		{`{"error":{"code":403,"status":"PERMISSION_DENIED","details":[{"reason":"SERVICE_DISABLED"}]}}`, ClassPlatform, "api_wrong_audience"},
		{`403 {"reason": "domainPolicy", "message": "The domain administrators have disabled Gmail apps."}`, ClassAdmin, ""},
		{"Sending blocked: your administrator must allow this app to use Gmail", ClassAdmin, "api_mailbox_not_enabled"},

		// The product's OAuth client: its configuration to check, its
		// secret not there; a token from the authorization code not got.
		{"Could not start Outlook authorization. Check the OAuth configuration.", ClassPlatform, "oauth_client_unset"},
		{"There is no OUTLOOK_CLIENT_ID in the environment", ClassPlatform, "oauth_client_unset"},
		{"Failed to obtain an access token from the authorization code", ClassPlatform, "oauth_code_exchange_failed"},

		// Languages: Polish "expired or was invalidated", Turkish without its
		// diacritics and "app password", Ukrainian, Persian and Arabic
		// refused logins and connections, a Chinese form's "please fill in".
		{"Token dostępu wygasł lub został unieważniony", ClassRevoked, "lang_reconnect_asked"},
		{"Kullanıcı adı veya sifreniz hatalı", ClassAuth, "l10n_words_refused_login"},
		{"Outlook için uygulama şifresi gerekli", ClassAuth, "lang_app_password"},
		{"Сервер IMAP не зміг автентифікувати користувача: не вдалося", ClassAuth, "l10n_words_refused_login"},
		{"احراز هویت در سرور IMAP انجام نشد", ClassAuth, "l10n_words_refused_login"},
		{"لا يمكن المصادقة مع خادم IMAP", ClassAuth, "l10n_words_refused_login"},
		{"Неможливо під'єднатися до сервера IMAP", ClassTransient, "l10n_words_connection"},
		{"به سرور IMAP وصل نشد", ClassTransient, "l10n_words_connection"},
		{"فشل الإتصال بخادم IMAP", ClassTransient, "l10n_words_connection"},
		{"请填写邮箱账号和授权码后保存", ClassConfig, "settings_unset"},
	})
}
