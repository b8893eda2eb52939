package classify

import "testing"

// Held-out round 102's misses as families, on composed texts (none is a
// held-out text).
func TestRound102Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Spanish "connect the mailbox again"; Indonesian "authentication
		// error"; "conditional access" in Spanish and Portuguese.
		{"Caducó la autorización: vuelva a conectar el buzón de ventas", ClassRevoked, "lang_reconnect_asked"},
		{"Gagal autentikasi ke server SMTP", ClassAuth, "lang_auth_failed"},
		{"Bloqueado por una directiva de acceso condicional de la organización", ClassAdmin, "entra_device_policy"},
		{"A política de acesso condicional bloqueou o login", ClassAdmin, "entra_device_policy"},
		// A token expired with a request to reconnect is the product's
		// grant, not KSMTP's refused token.
		{"Outlook token expired; please reconnect the mailbox", ClassRevoked, ""},
		// No mailbox verdict: the product's own automatic sign-in; a Google
		// OAuth code is no app password.
		{"Signed up, but auto-login did not work: sign in with your password", ClassUnknown, ""},
		{"The Google authorization code could not be exchanged for tokens", ClassPlatform, "oauth_code_exchange_failed"},
		// A mail host's name not resolved.
		{"Failed to resolve host smtp.example.org", ClassTransient, ""},
		// Settings: no credentials found, French "SMTP required", Chinese
		// "configuration conflict"; Indonesian "sending limit".
		{"No credentials found for the SMTP profile", ClassConfig, "settings_unset"},
		{"Port SMTP requis", ClassConfig, "settings_unset"},
		{"IMAP 配置冲突，请检查端口", ClassConfig, "settings_unset"},
		{"Batas pengiriman per jam sudah tercapai", ClassRateLimited, "l10n_words_limits"},
	})
}
