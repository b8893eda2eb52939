package classify

import "testing"

// Round 145's misses, as families, on composed texts (none equal to or
// holding a held-out text), and where each family stops.
func TestRound145Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A refresh token, an authorization or a grant revoked, in French,
		// Spanish, Portuguese, German and Italian; an access token of the
		// product's own API, or a user's access, is not the mailbox's.
		{"Votre jeton d'actualisation Gmail a été révoqué", ClassRevoked, "grant_revoked_l10n"},
		{"La autorización de Outlook fue revocada; el token de actualización ha sido revocado", ClassRevoked, "grant_revoked_l10n"},
		{"Die Autorisierung (Aktualisierungstoken) wurde widerrufen", ClassRevoked, "grant_revoked_l10n"},
		{"Il token di accesso API è stato revocato", ClassUnknown, ""},
		{"Seu acesso ao painel foi revogado pelo administrador", ClassUnknown, ""},
		// Chinese "the credentials invalid".
		{"IMAP 登录：凭据无效，请更新密码", ClassAuth, "lang_auth_failed"},
		// Japanese "destination mail address" without の.
		{"宛先メールアドレスが無効です", ClassRecipient, "lang_recipient_refused_jako"},
		// A threshold exceeded in Russian; the limit on messages sent in
		// Japanese.
		{"SMTP: превышен порог отправки, попробуйте позже", ClassRateLimited, "l10n_words_limits"},
		{"本日の送信数の制限を超えました", ClassRateLimited, "l10n_words_limits"},
		// "Unable to reach" without an article.
		{"Unable to reach Zoho's IMAP servers", ClassTransient, "service_unavailable_now"},
		// Settings said invalid; a value the user needs to specify.
		{"Mail settings are invalid, see the log", ClassConfig, "settings_unset"},
		{"You need to specify the sender name", ClassConfig, "settings_unset"},
		// The product's own mailboxes not configured are no recipient.
		{"No mailboxes configured for polling", ClassUnknown, ""},
		{"550 No mailbox here by that name", ClassRecipient, ""},
	})
}
