package classify

import "testing"

// Held-out round 88's misses as families, on composed texts (none is a
// held-out text).
func TestRound88Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// The product's OAuth client: invalid client credentials in its
		// client file, a client ID required.
		{"Invalid client credentials found in ./google-client.json", ClassPlatform, "oauth_client_credentials_invalid"},
		{"OutlookClient: client id required", ClassPlatform, "oauth_client_unset"},
		// A tool's own short-lived trust token is no mailbox's token.
		{"Trust token expired; run the pairing command again", ClassUnknown, ""},
		// Settings: no accounts configured or found.
		{"mailsync: no accounts configured", ClassConfig, "settings_unset"},
		{"No mail account configured for notifications", ClassConfig, "settings_unset"},
		{"Setup: no email accounts found in the profile", ClassConfig, "settings_unset"},
	})
}
