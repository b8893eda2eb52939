package classify

import "testing"

// Held-out round 75's misses as families, on composed texts (none is a
// held-out text).
func TestRound75Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// The product's OAuth set-up named as a whole; K-9 Mail's own
		// sentence stays config.
		{"Outlook OAuth is not configured on this server", ClassPlatform, ""},
		{"Sign-in: the OAuth2 provider is not configured for tenant 4", ClassPlatform, "oauth_client_not_configured"},
		{"Cannot add the account: OAuth credentials not configured", ClassPlatform, "oauth_client_not_configured"},
		{"Invalid OAuth configuration: no token endpoint set", ClassPlatform, "oauth_client_unset"},
		{"Invalid or expired OAuth state on the Microsoft callback", ClassPlatform, "oauth_state_failed"},
		// The mailbox not connected, no tokens held for it.
		{"Email not connected. Connect Gmail from the Inbox page.", ClassRevoked, "prompts_not_connected"},
		{"No active mailbox connected for workspace 9", ClassRevoked, "prompts_not_connected"},
		{"No access token for the mailbox of user 12", ClassRevoked, "prompts_not_connected"},
		{"No cached MSAL account for the sender; sign in again", ClassRevoked, "prompts_not_connected"},
		{"No Google Tasks list connected. Connect your Google account first.", ClassUnknown, ""},
		// Settings the product lacks.
		{"No SMTP password for mailbox ops@", ClassConfig, "settings_unset"},
		{"mailer: no username given for relay", ClassConfig, "settings_unset"},
		{"Transport must be set to smtp or api", ClassConfig, "settings_unset"},
		// Receiving servers' policy words.
		{"550 rejected: bad karma score -30", ClassRejected, "sender_policy_refused"},
		{"access plugin: that sender cannot send mail here", ClassRejected, "sender_policy_refused"},
		{"mx.example.org [192.0.2.1]: you are not allowed to connect", ClassRejected, "sender_policy_refused"},
		{"delivery refused: poor IP reputation of 192.0.2.8", ClassRejected, ""},
		{"see ip_reputation: 192.0.2.8 is listed", ClassRejected, "sender_policy_refused"},
		{"DEFER: SMTP traffic quota reached for this sender", ClassRateLimited, "rate_limited"},
		{"451 sender <a@example.com> SPF temporary error", ClassTransient, ""},
		{"552 5.3.4 Error: exceeded storage allocation", ClassRejected, "message_too_big_storage"},
		{"552 5.2.2 Mailbox exceeded storage allocation", ClassRecipient, ""},
		// A product's password change is not a refused login.
		{"Failed changing password for the API user", ClassUnknown, ""},
	})
}
