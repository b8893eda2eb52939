package classify

import "testing"

// Held-out round 76's misses as families, on composed texts (none is a
// held-out text).
func TestRound76Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// The product's OAuth client credentials: its OAuth app, not a
		// refused mailbox login.
		{"Token request failed: client credentials invalid, check your client ID and client secret", ClassPlatform, "oauth_client_credentials_invalid"},
		{"Could not generate the authorization URL. Check your credentials in Settings.", ClassPlatform, "oauth_client_credentials_invalid"},
		{"Define MS_GRAPH_CLIENT_ID and MS_GRAPH_CLIENT_SECRET: both must be defined", ClassPlatform, "oauth_client_unset"},
		{"OAuth credentials are missing from the server environment", ClassPlatform, "oauth_client_unset"},
		// A Google or Microsoft API client holding no grant.
		{"Outlook authentication required before the campaign can start", ClassRevoked, "prompts_not_connected"},
		{"The Gmail client is not authenticated. Please login again.", ClassRevoked, "prompts_not_connected"},
		{"No Outlook accounts connected for this workspace", ClassRevoked, "prompts_not_connected"},
		// Stored credentials found corrupted: enter them again.
		{"Saved IMAP credentials are invalid or corrupted. Re-save the password.", ClassConfig, "stored_password_undecryptable"},
		// Another Google service's grant.
		{"No refresh token found. Please reconnect Google Calendar.", ClassUnknown, ""},
		// An API quota is a limit, not a full mailbox.
		{"Graph API quota exceeded for mailbox 41", ClassRateLimited, ""},
		// The network, and an AI service's key.
		{"Network connectivity issue while polling the inbox", ClassTransient, "service_unavailable_now"},
		{"AI service authentication failed: check the key", ClassConfig, "other_service_login"},
	})
}
