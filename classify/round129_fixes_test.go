package classify

import "testing"

// Round 129's misses, as families, on composed texts (none equal to or
// holding a held-out text).
func TestRound129Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Vietnamese "not correct" beside a login word; "temporary".
		{"Mật khẩu SMTP không chính xác", ClassAuth, "l10n_words_refused_login"},
		{"Máy chủ thư gặp lỗi tạm thời", ClassTransient, "l10n_words_temporary"},
		// An account suspended, in Vietnamese, Indonesian and Thai words.
		{"Tài khoản email của bạn đã bị đình chỉ", ClassBlocked, "lang_account_suspended"},
		{"Akun email Anda telah ditangguhkan", ClassBlocked, "lang_account_suspended"},
		{"บัญชีอีเมลของคุณถูกระงับ", ClassBlocked, "lang_account_suspended"},
		// A sign-in to finish in a web browser.
		{"Outlookアカウントを使うには、ブラウザで認証を完了してください", ClassRevoked, "lang_browser_signin_required"},
		{"You must complete authentication in a web browser to keep this Gmail account", ClassRevoked, "lang_browser_signin_required"},
		// Exchange's error name for a user's connections over the limit.
		{"IMAP4 Error=ConnectionLimitReached for user", ClassRateLimited, "rate_limited"},
	})
}
