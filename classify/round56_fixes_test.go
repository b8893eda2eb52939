package classify

import "testing"

// Held-out round 56's false reconnects, as families (round56_fixes.go and
// the rules it names): each sentence below read as a mailbox to reconnect
// before this change. The sentences are composed in the sources' words, not
// copied from the held-out rows.
func TestRound56Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// RFC 6749's invalid_client description and a failed code exchange
		// are the product's OAuth client and flow.
		{"oauth2: token endpoint: client authentication failed (unknown client)", ClassPlatform, "oauth_invalid_client"},
		{"level=error msg=\"clientauth: client authentication failed\" client_id=web", ClassPlatform, "oauth_invalid_client"},
		{"callback: failed to exchange authorization code for tokens", ClassPlatform, "oauth_invalid_client"},
		// NetEase's and QQ's authorization code (their app password) keeps
		// its reading.
		{"535 Error: authentication failed, please use the authorization code to log in", ClassAuth, ""},
		// The product's own session refresh tokens.
		{"Refresh token not found in the request cookies; the session cannot be refreshed", ClassUnknown, ""},
		{"No refresh token stored for the Gmail mailbox sales@example.com", ClassRevoked, "refresh_token_missing"},
		// A Matrix homeserver's login is another service's.
		{"login failed: POST https://matrix.example.org/_matrix/client/v3/login: M_FORBIDDEN (HTTP 403): Invalid username or password", ClassUnknown, ""},
		// Graph naming the mail permission the app lacks; Graph's bare
		// ErrorAccessDenied stays a tenant's policy.
		{"Graph sendMail returned 403: the app does not have the Mail.Send permission granted. Access is denied.", ClassPlatform, "graph_app_permission"},
		{"Missing Mail.ReadWrite permission in the app registration (Graph 403)", ClassPlatform, "graph_app_permission"},
		{"ErrorAccessDenied: Access is denied. Check credentials and try again.", ClassAdmin, "api_mailbox_not_enabled"},
		// PEAR Net_SMTP's login step failing at STARTTLS.
		{"Failed to send: authentication failure [SMTP: STARTTLS failed (code: 454, response: TLS not available due to temporary reason)]", ClassConfig, "starttls_before_login"},
		{"SMTP Error (535): Authentication failed: 535 5.7.8 Error: authentication failed: authentication failure", ClassAuth, ""},
	})
}
