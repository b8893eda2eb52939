package classify

import "testing"

// Held-out round 105's misses as families, on composed texts (none is a
// held-out text).
func TestRound105Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A token revoked or expired with a reconnection asked; a calendar's
		// token is not the mailbox's.
		{"Outlook token was revoked - reconnection required", ClassRevoked, "token_invalid_reauthenticate"},
		{"Gmail token has expired (reconnect needed)", ClassRevoked, "token_invalid_reauthenticate"},
		{"Calendar token revoked: reconnect required", ClassUnknown, ""},

		// "login information" is no format: a refused login in those words;
		// the login a browser stored stays the product's.
		{"The IMAP server rejected your login information", ClassAuth, "credential_words"},
		{"Login information saved by your browser is invalid", ClassUnknown, ""},
		{"Password format: 8 characters or more", ClassUnknown, ""},

		// Settings: a host to enter first, no password saved, no From address,
		// no method the server supports, an incomplete or absent mail
		// configuration.
		{"Enter the IMAP host before testing", ClassConfig, "settings_unset"},
		{"No password saved for this mailbox, enter the app password first", ClassConfig, "settings_unset"},
		{"Cannot send: no from address configured", ClassConfig, "settings_unset"},
		{"Server does not support any auth method we know", ClassConfig, "settings_unset"},
		{"Incomplete IMAP configuration for ana@example.org", ClassConfig, "settings_unset"},
		{"No mail configuration for this workspace", ClassConfig, "settings_unset"},

		// TLS: STARTTLS required, a secure connection that failed.
		{"imap.example.org requires STARTTLS on port 143", ClassConfig, "libs_tls_required"},
		{"Secure connection failed: the server has no TLS on 465", ClassConfig, "libs_tls_required"},

		// The network, limits.
		{"No response received from the IMAP server", ClassTransient, "network_dropped"},
		{"Outlook sending quota was reached for today", ClassRateLimited, "sending_quota_exceeded"},
		{"已达到速率限制，请稍后重试", ClassRateLimited, "l10n_words_limits"},
		{"今日发送邮件过多", ClassRateLimited, "l10n_words_limits"},

		// The administrator's switch asked for by name.
		{"Ask your admin to enable Authenticated SMTP for ana@example.org", ClassAdmin, "smtp_auth_disabled"},
		{"Login blocked: enable SMTP AUTH for this user in Microsoft 365", ClassAdmin, "smtp_auth_disabled"},

		// Languages: Spanish "the wait time ran out" on connecting (a
		// session that ended so stays the product's), Chinese "app
		// password", a message over the server's size limit in Korean and
		// Italian.
		{"Tiempo de espera agotado al conectar con el servidor IMAP", ClassTransient, "lang_connection_failed"},
		{"Se agotó el tiempo de espera del servidor SMTP", ClassTransient, "lang_connection_failed"},
		{"该邮箱需要使用 app 密码登录", ClassAuth, "lang_app_password"},
		{"첨부 파일이 서버의 크기 제한을 넘습니다", ClassRejected, "message_rejected"},
		{"Il messaggio è più grande del limite del server SMTP", ClassRejected, "message_rejected"},
	})
}
