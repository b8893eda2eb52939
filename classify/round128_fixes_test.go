package classify

import "testing"

// Round 128's misses, as families, on composed texts (none equal to or
// holding a held-out text).
func TestRound128Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// "Is mandatory" names a setting the product lacks; only a
		// message's own part (its subject) is the message refused.
		{"smtpPort is mandatory", ClassConfig, "settings_unset"},
		{"tenantId is mandatory for the connector", ClassConfig, "settings_unset"},
		{"clientId is mandatory", ClassPlatform, "oauth_client_unset"},
		{"550 5.2.1 Subject is mandatory here", ClassRejected, "message_rejected"},
		// Chinese: a mail account deleted, an account forbidden to send.
		{"邮箱账号已被删除", ClassRevoked, "lang_account_deleted"},
		{"您的帐号今日禁止发送邮件", ClassBlocked, "lang_account_sending_blocked"},
		// Japanese: the number of mails it may send reached; no reply from
		// the server; the SMTP server offers no login.
		{"本日の送信制限数に達しました", ClassRateLimited, "l10n_words_limits"},
		{"IMAP サーバーから応答がありません", ClassTransient, "l10n_words_connection"},
		{"このサーバーは認証をサポートしていません", ClassConfig, "l10n_words_settings"},
		// Spanish and Galician: the server offers no login, no login
		// method allowed.
		{"El servidor no soporta autenticación SMTP", ClassConfig, "l10n_words_settings"},
		{"No hay métodos de autenticación disponibles", ClassConfig, "l10n_words_settings"},
	})
}
