package classify

import "testing"

// Held-out round 77's misses as families, on composed texts (none is a
// held-out text).
func TestRound77Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A grant that is not there, or malformed.
		{"Outlook account sales@ has no OAuth token yet", ClassRevoked, "prompts_not_connected"},
		{"Zoho mailbox: access token not available, connect it again", ClassRevoked, "prompts_not_connected"},
		{"Sync stopped: no valid refresh token for bob@example.com", ClassRevoked, "refresh_token_missing"},
		{"Malformed refresh token for the Gmail sender; authorize again", ClassRevoked, "refresh_token_missing"},
		{"Access token expired and no refresh token stored for the mailbox", ClassRevoked, "refresh_token_missing"},
		// A malformed product token is no garbled server answer.
		{"Malformed invitation token in the link", ClassUnknown, ""},
		// A refused login asked to be checked; a client's own sentence
		// keeps its rule.
		{"Sync error (401). Check username and password of the account.", ClassAuth, "credentials_check_asked"},
		// An OAuth browser flow not finished, client files and states.
		// (Config until stop 45, as settings read it; the OAuth code is the
		// product's exchange: oauth_code_invalid, platform.)
		{"Authorization code is required: finish the browser flow and retry", ClassPlatform, "oauth_code_invalid"},
		{"Gmail credentials file not found: download it from the Cloud console", ClassPlatform, "oauth_client_unset"},
		{"OAuth keys file missing, put gcp-oauth.keys.json next to the binary", ClassPlatform, "oauth_client_unset"},
		{"Callback: received invalid state from the browser", ClassPlatform, "oauth_state_failed"},
		{"OAuth callback error: no code in callback URL", ClassPlatform, "oauth_code_exchange_failed"},
		// Settings empty, blank, or not found.
		{"smtp-password-command must be set when auth = plain", ClassConfig, "settings_unset"},
		{"api-token must not be empty", ClassConfig, "settings_unset"},
		{"Outgoing SMTP settings not found.", ClassConfig, "settings_unset"},
		{"Account 7 has no password configured", ClassConfig, "settings_unset"},
		{"subject and body must be set before sending", ClassUnknown, ""},
		// Gateways down, sockets failing, a client reconnecting.
		{"Mail API returned Bad gateway error", ClassTransient, "service_unavailable_now"},
		{"IMAP socket exception on idle", ClassTransient, "service_unavailable_now"},
		{"Scheduling reconnect for the inbox in 10s", ClassTransient, "service_unavailable_now"},
		{"Превышено время ожидания ответа почтового сервера", ClassTransient, "service_unavailable_now"},
	})
}
