package classify

import "testing"

// Round 126's misses, as families, on composed texts (none equal to or
// holding a held-out text).
func TestRound126Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Too many wrong passwords or failed logins, in other words than
		// the lockout phrases before: the login is held back a while.
		{"Too many wrong password attempts for this mailbox, wait and retry", ClassAuthTemporary, "too_many_login_attempts"},
		{"Too many auth errors from this address", ClassAuthTemporary, "too_many_login_attempts"},
		{"Too many incorrect login attempts; the account is held for an hour", ClassAuthTemporary, "too_many_login_attempts"},
		{"Too many unsuccessful sign-in attempts on the IMAP account", ClassAuthTemporary, "too_many_login_attempts"},
		// Chinese "too often" and "for the time being": a login held back,
		// no credential verdict.
		{"登录失败：账号登录频繁，请稍后再试", ClassUnknown, ""},
		{"登陆失败：当前登录频繁", ClassUnknown, ""},
		// A verification code the product could not send for its own
		// sign-in is no mailbox's password.
		{"Bestätigungscode konnte nicht gesendet werden, Authentifizierung prüfen", ClassUnknown, ""},
		{"Falha: código de verificação não enviado, verifique a autenticação", ClassUnknown, ""},
		// The refusals they sit beside still read as refusals.
		{"Authentifizierung fehlgeschlagen: Passwort falsch", ClassAuth, ""},
		{"登录失败，密码错误", ClassAuth, ""},
	})
}
