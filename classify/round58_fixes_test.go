package classify

import "testing"

// Held-out round 58's misses, as families: MSAL's interaction-required
// error in the words MSAL.js, MSAL for iOS and the apps built on them use; a
// provider account that "needs re-login"; and the products' own step-up
// sign-in and password-strength policy, which name a password or a
// re-authentication without any mailbox refusing it. Composed in the
// sources' words, not copied from the held-out rows.
func TestRound58Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		{"InteractionRequiredAuthError: interaction_required: AADSTS50076", ClassRevoked, ""},
		{"MSALErrorInteractionRequired while refreshing the Outlook token", ClassRevoked, "oauth_invalid_grant"},
		{"sync: UI interaction required for the Microsoft account sales@example.com", ClassRevoked, "oauth_invalid_grant"},
		{"Token refresh failed: authentication requires user interaction", ClassRevoked, "oauth_invalid_grant"},
		{"Outlook account needs re-login before mail can sync", ClassRevoked, "provider_relogin"},
		{"Gmail re-login required for the shared inbox", ClassRevoked, "provider_relogin"},
		// The product's own session and forms keep their reading.
		{"Your session needs re-login", ClassUnknown, ""},
		{"Please re-authenticate to confirm account deletion", ClassUnknown, ""},
		{"The new password doesn't comply with the password policy: it requires at least 12 characters", ClassUnknown, ""},
		// A refused login keeps its reading.
		{"535 5.7.8 Error: authentication failed: bad password", ClassAuth, ""},
	})
}
