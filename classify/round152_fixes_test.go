package classify

import "testing"

// Round 152's misses as families, on composed texts (none equal to or
// holding a held-out text).
func TestRound152Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A refused login in more of each language's words: Hebrew "not
		// correct" and the older spelling of password, Arabic "not sound",
		// Korean "wrong" as a noun, Catalan "clau de pas", German "faulty".
		{"שם המשתמש או הסיסמא לשרת הדואר לא נכונים", ClassAuth, "l10n_words_refused_login"},
		{"פרטי ההתחברות לשרת הדואר אינם נכונים", ClassAuth, "l10n_words_refused_login"},
		{"اسم المستخدم لخادم البريد غير سليم", ClassAuth, "l10n_words_refused_login"},
		{"메일 서버 비밀번호가 틀림", ClassAuth, "l10n_words_refused_login"},
		{"La clau de pas del servidor de correu és incorrecta", ClassAuth, "l10n_words_refused_login"},
		{"Fehlerhaftes Passwort für den Mailserver", ClassAuth, "l10n_words_refused_login"},
		// A key's password in Arabic's other word stays a product's secret,
		// and the forum's own sign-in in Hebrew its own account.
		{"كلمة السر للمفتاح غير صحيحة", ClassUnknown, ""},
		{"שם משתמש, דואר אלקטרוני או סיסמה לא נכונים", ClassUnknown, "l10n_discourse_own_login"},
		// Settings: a field that must not be empty in more languages, a
		// setting not yet made, a value to supply, something the product
		// "doesn't support", French "mandatory", Catalan "is required", the
		// product's configuration file named.
		{"Le nom de l'expéditeur ne peut pas être vide", ClassConfig, "settings_unset"},
		{"Der SMTP-Port darf nicht leer sein", ClassConfig, ""},
		{"El asunto no puede estar vacío", ClassConfig, "settings_unset"},
		{"Mail transport not yet configured", ClassConfig, "settings_unset"},
		{"You must supply a relay host name", ClassConfig, "settings_unset"},
		{"This plan doesn't support custom sender domains", ClassConfig, "settings_unset"},
		{"Adresse de l'expéditeur obligatoire", ClassConfig, "settings_unset"},
		{"Es requereix el port del servidor", ClassConfig, "settings_unset"},
		{"The digest mailer's configuration file has no relay host", ClassConfig, "config_file_setting"},
		// A grant missing its refresh token, OAuth 2.0's tokens and MSAL's
		// silent token acquisition with a request to authenticate again.
		{"The mailbox grant is missing a refresh token; connect it again", ClassRevoked, "refresh_token_missing"},
		{"Stored OAuth2 tokens for the shared inbox were refused, re-authenticate", ClassRevoked, "provider_reauth_needed"},
		{"Token acquisition failed for the mailbox. Re-authenticate.", ClassRevoked, "provider_reauth_needed"},
		// A refresh that cannot start because the product's OAuth set-up is
		// not configured is no dead grant.
		{"Could not refresh token because the Gmail OAuth keys are not configured", ClassConfig, "mailer_not_configured"},
	})
}
