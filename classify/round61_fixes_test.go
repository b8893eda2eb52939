package classify

import "testing"

// Held-out round 61's misses as families, on composed texts (none is a
// held-out text): more non-mail services named (AI, payment, commerce and
// social APIs, password managers), a password manager's master password in
// other languages, and Russian and Ukrainian "authentication failed".
func TestRound61Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Gemini API: invalid API key", ClassConfig, "other_service_login"},
		{"YouTube Data API: login required, invalid credentials", ClassConfig, "other_service_login"},
		{"Mollie API: authentication failed, check your API key", ClassConfig, "other_service_login"},
		{"Facebook: Error validating access token: the user has changed the password", ClassUnknown, ""},
		{"Неверный мастер-пароль", ClassUnknown, ""},
		{"마스터 비밀번호가 틀렸습니다", ClassUnknown, ""},
		{"Invalid master password. Try again.", ClassUnknown, ""},
		{"Аутентификация пользователя не удалась", ClassAuth, ""},
		{"Аутентифікація не вдалася", ClassAuth, ""},
		// Kept: a relay's key is the mailbox's, and a mail login in Russian.
		{"SendGrid: invalid API key, authentication failed", ClassAuth, ""},
		{"Неверный пароль почтового ящика", ClassAuth, ""},
	})
}
