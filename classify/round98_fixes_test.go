package classify

import "testing"

// Held-out round 98's misses as families, on composed texts (none is a
// held-out text).
func TestRound98Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// No refused login: the product's session expired in German, its
		// password reset in Turkish.
		{"Sitzung abgelaufen, bitte neu anmelden", ClassUnknown, ""},
		{"Şifre sıfırlama başarısız oldu", ClassUnknown, ""},
		// A provider's authorization code exchanged for tokens is the
		// product's OAuth flow, not an app password refused.
		{"Could not exchange the Outlook authorization code for tokens", ClassPlatform, "oauth_code_exchange_failed"},
		// Settings: Dutch "not complete", German "credentials missing".
		{"SMTP instellingen niet compleet", ClassConfig, ""},
		{"SMTP-Anmeldedaten fehlen", ClassConfig, ""},
	})
}
