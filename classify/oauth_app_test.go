package classify

import "testing"

// The product's own OAuth app: scopes that do not cover the call, and a
// failed or missing authorization-code exchange (composed texts; none is a
// held-out text).
func TestOAuthAppLate(t *testing.T) {
	assertTextRules(t, []textCase{
		{"mail send: this command requires scope Mail.Send, run login with --scopes", ClassPlatform, "oauth_scope_missing"},
		{"Stored Google token lacks the scope gmail.send", ClassPlatform, "oauth_scope_missing"},
		{"OAuth callback: failed to exchange code for token (status 400)", ClassPlatform, "oauth_code_exchange_failed"},
		{"Callback error: no authorization code in the redirect", ClassPlatform, "oauth_code_exchange_failed"},
		// A timeout while exchanging is the network's.
		{"Failed to exchange code for token: request timed out", ClassTransient, ""},
		// A server's own API refusing a caller's token scope is not the
		// product's mail app.
		{"token has insufficient scope for this endpoint", ClassUnknown, ""},
	})
}
