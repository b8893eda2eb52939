package classify

import "testing"

// Held-out round 67's misses as families, on composed texts (none is a
// held-out text).
func TestRound67Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Google or Microsoft asked for again, no password: the grant.
		{"Your Outlook connection failed. Please reauthenticate to continue syncing.", ClassRevoked, "provider_reauth_needed"},
		{"Google sign-in expired for ops@example.com: sign in again from the Accounts page", ClassRevoked, "provider_reauth_needed"},
		// With a password it is the password.
		{"Gmail: wrong password. Please sign in again with your app password.", ClassAuth, ""},
		// HTTP's 429 in an API client's log is a limit.
		{"Graph API request failed with status 429 (retry-after 30)", ClassRateLimited, "http_429"},
		{"sendMail: Request failed (429)", ClassRateLimited, "http_429"},
		// A sending tool's own pause is no full mailbox.
		{"Quota exceeded for the warmup inbox, paused until tomorrow", ClassRateLimited, ""},
		// ActiveSync switched off for the account.
		{"Sync refused: the user is disabled for Z-Push on this server", ClassAdmin, "activesync_disabled"},
		{"ActiveSync access is disabled for this mailbox", ClassAdmin, "activesync_disabled"},
		// The product's own SSO, sign-in button, page session, reset mail and
		// app password page are no mailbox.
		{"Admin console: SSO login failed, the identity provider said no", ClassUnknown, ""},
		{"Login failed: reload the page to get a new session token", ClassUnknown, ""},
		{"Could not send the password reset email: authentication failed", ClassUnknown, ""},
		{"Settings: failed to delete app password 'phone'", ClassUnknown, ""},
		// A server without the LOGIN capability was never given a password.
		{"IMAP error: auth failed, missing capability AUTH=PLAIN", ClassUnknown, ""},
	})
}
