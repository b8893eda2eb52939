package classify

import "testing"

// Held-out round 73's misses as families, on composed texts (none is a
// held-out text).
func TestRound73Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// An e-mail service provider refused the key the product holds.
		{"Invalid Mailgun API key for domain mg.example.com", ClassAuth, "esp_key_rejected"},
		{"SparkPost error: Unauthorized while sending the campaign", ClassAuth, "esp_key_rejected"},
		{"Mailjet rejected the request: the API key and Secret key do not match", ClassAuth, "esp_key_rejected"},
		{"Postmark authentication error: check the server token", ClassAuth, "esp_key_rejected"},
		{"Forbidden - invalid domain or API key (mg.example.org)", ClassAuth, "esp_key_pair_rejected"},
		// Never a key the settings lack, a permission, an unverified
		// sender or Mailgun's endpoint setting.
		{"No API key defined for Mailgun", ClassConfig, "settings_unset"},
		{"You have to provide a server token to use the Postmark backend", ClassConfig, "settings_unset"},
		{"SparkPost: permission denied, the API key is not authorized for this request", ClassUnknown, ""},
		{"Invalid Mailgun API endpoint; check MAILGUN_API_URL", ClassConfig, ""},
		// A login answer without a key is not a setting.
		{"Signed in, but no API key was returned by the server", ClassUnknown, ""},
		// HTTP 429 by its name.
		{"Graph batch item failed: TooManyRequests", ClassRateLimited, "http_429"},
		// The product's OAuth client, required or mismatched.
		{"app-only mode requires MS_CLIENT_ID and MS_CLIENT_SECRET", ClassPlatform, "oauth_client_unset"},
		{"OAuth setup: mismatch between the client ID and the registered domain", ClassPlatform, "oauth_client_unset"},
		// A local callback port already taken.
		{"OAuth callback server: listen tcp 127.0.0.1:8080: bind: address already in use", ClassConfig, "settings_unset"},
		// A refresh token missing from the code exchange's answer is the
		// product's request (no offline access), not a lost grant.
		{"No refresh token found in the response from Google", ClassUnknown, ""},
		// A Google or Microsoft account not linked, soft-revoked, or with
		// no valid tokens.
		{"No Microsoft account linked for team 12; relink this Outlook account", ClassRevoked, "prompts_not_connected"},
		{"Gmail user carol@example.com is soft-revoked", ClassRevoked, "prompts_not_connected"},
		{"No valid Google tokens. Please authenticate in the dashboard.", ClassRevoked, "prompts_not_connected"},
		// Refusals the grant does not explain: the client's IP, the
		// sender's From.
		{"access_denied: IP address is not allowed for this client", ClassConfig, ""},
		{"The From address mismatches with the mailbox you authorized. Please reauthorize.", ClassConfig, "settings_unset"},
	})
}
