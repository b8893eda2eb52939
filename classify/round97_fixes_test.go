package classify

import "testing"

// Held-out round 97's misses as families, on composed texts (none is a
// held-out text).
func TestRound97Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// An OAuth code invalid or expired is no app password refused: the
		// product's exchange (no verdict until stop 45; oauth_code_invalid).
		{"OAuth: authorization code invalid or has expired, start the connect flow again", ClassPlatform, "oauth_code_invalid"},
		// ...while QQ's authorization code refused still is.
		{"535 Error: authorization code is incorrect", ClassAuth, ""},
		// German "quota exceeded".
		{"Outlook-Kontingent überschritten, später erneut senden", ClassRateLimited, "rate_limited"},
	})
}
