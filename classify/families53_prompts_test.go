package classify

import "testing"

// Round 53's families in products' own words (round53_prompts.go), and the
// connection and OAuth-state words round 53 showed missing elsewhere.
func TestRound53PromptsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		{"The stored token is invalid for sales@example.com; connect Gmail again", ClassRevoked, "stored_token_invalid"},
		{"Saved token has expired. Please sign in with Microsoft to send again.", ClassRevoked, "stored_token_invalid"},
		{"No google account was found for the mailbox support@example.org", ClassRevoked, "provider_account_missing"},
		{"Authorization state mismatch", ClassPlatform, "oauthlibs_state_check"},
		{"jakarta.mail.MessagingException: Connection dropped by server?", ClassTransient, "network_dropped"},
		{"korex.mail.MessagingException: connection failure", ClassTransient, "network_dropped"},
		// Look-alikes.
		{"The stored token is invalid: create a new Slack API token", ClassUnknown, ""},
		{"Saved token has expired for Google Calendar", ClassUnknown, ""},
		{"Invalid CSRF token: the saved token is invalid", ClassUnknown, ""},
		{"535 5.7.8 Error: authentication failed: connection failure to auth backend", ClassAuthTemporary, "auth_backend_down"},
	})
}
