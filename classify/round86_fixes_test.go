package classify

import "testing"

// Held-out round 86's misses as families, on composed texts (none is a
// held-out text).
func TestRound86Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// No refused mailbox login: an ERP's own user and database login,
		// an environment variable for the app password not set, a Google
		// sign-in's ID token, a product's own two-factor setup in Japanese
		// and Korean, a stored password it cannot find (Russian).
		{"Odoo user authentication failed for the connector", ClassUnknown, ""},
		{"ERP connector: password or db invalid", ClassUnknown, ""},
		{"MAIL_PASSWORD not set: set it to your app password", ClassConfig, ""},
		{"The Google token id is not valid for this session", ClassUnknown, ""},
		{"管理者の2FA設定に失敗しました", ClassUnknown, ""},
		{"관리자 2단계 인증 설정에 실패했습니다", ClassUnknown, ""},
		{"Не удалось найти пароль для экземпляра", ClassUnknown, ""},
		// The product's OAuth flow and client in Indonesian.
		{"Microsoft tidak mengembalikan kode otorisasi", ClassPlatform, "oauth_code_exchange_failed"},
		{"Client Secret Outlook tidak valid", ClassPlatform, "oauth_client_unset"},
		{"Client ID belum diisi di pengaturan", ClassPlatform, "oauth_client_unset"},
		// Python's smtplib refusing the recipients, a server that dropped
		// the connection before the message was sent, a server the product
		// cannot connect to.
		{"send failed: Recipients refused: ['x@example.org']", ClassRecipient, "all_recipients_refused"},
		{"Relay disconnected before sendmail finished", ClassTransient, "service_unavailable_now"},
		{"Cannot connect to email server right now", ClassTransient, "service_unavailable_now"},
		// Daily limits: requests for today, Russian and Korean.
		{"You used the number of requests for today", ClassRateLimited, "rate_limited"},
		{"Дневной лимит писем исчерпан", ClassRateLimited, "l10n_words_limits"},
		{"메일 요청 한도 초과", ClassRateLimited, "l10n_words_limits"},
		// A config file not found.
		{"Mailer config file not found at ./mail.json", ClassConfig, "settings_unset"},
	})
}
