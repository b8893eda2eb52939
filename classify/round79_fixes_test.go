package classify

import "testing"

// Held-out round 79's misses as families, on composed texts (none is a
// held-out text).
func TestRound79Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// An OAuth code not provided, or its exchange: the product's flow,
		// not NetEase's "authorization code" (an app password).
		{"Callback error: no authorization code in the redirect from Microsoft", ClassPlatform, "oauth_code_exchange_failed"},
		// A choice between an app password and OAuth.
		{"Outlook requires either an app password or OAuth2 credentials", ClassUnknown, ""},
		// No password stored yet is the product's settings, as "no password
		// stored" and "no password configured" are (held-out rounds 77, 79
		// and 98 label it config; changed in round 115).
		{"No password available for this mailbox yet", ClassConfig, "settings_unset"},
		// Stored credentials of the wrong provider, a bad credentials
		// JSON, a message queue's login.
		{"Provider mismatch for the saved credentials of account 2", ClassUnknown, ""},
		{"Credentials JSON could not be parsed: invalid character", ClassPlatform, "oauth_client_unset"},
		{"RabbitMQ AMQP login failed for user guest", ClassConfig, "other_service_login"},
		// A Gmail or Outlook grant not there, asked for again.
		{"This member does not have Outlook connected", ClassRevoked, "prompts_not_connected"},
		{"Please connect Outlook before scheduling a sequence", ClassRevoked, "prompts_not_connected"},
		{"Reconnect Gmail to allow reading replies", ClassRevoked, ""},
		{"Microsoft did not provide offline access for the mailbox", ClassRevoked, "prompts_not_connected"},
		{"Outlook connection not found for workspace 3", ClassRevoked, "prompts_not_connected"},
		{"Sender: no OAuth credentials stored for this alias", ClassRevoked, "refresh_token_missing"},
		// The product's OAuth client, in English and German.
		{"Outlook client secret is not properly configured", ClassPlatform, "oauth_client_unset"},
		{"Keine Microsoft Client-ID hinterlegt", ClassPlatform, "oauth_client_unset"},
	})
}
