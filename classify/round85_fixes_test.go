package classify

import "testing"

// Held-out round 85's misses as families, on composed texts (none is a
// held-out text).
func TestRound85Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Asked to authorize Gmail or Outlook, an authorization never
		// completed, no OAuth2 refresh token stored.
		{"Please authorize Outlook from the Mail settings page", ClassRevoked, "prompts_not_connected"},
		{"Graph mail: OAuth2 authorization not completed for the shared inbox", ClassRevoked, "prompts_not_connected"},
		{"Sync paused: no OAuth2 refresh token for mailbox 3", ClassRevoked, "refresh_token_missing"},
		// A mail server that rejected the stored password, e-mail
		// credentials to update (no provider block), Italian "e-mail or
		// password not valid".
		{"The IMAP server rejected the stored password for inbox 2", ClassAuth, "credentials_rejected"},
		{"Account paused: update your email credentials to resume", ClassAuth, "credentials_rejected"},
		{"Accesso negato: email o password non validi", ClassAuth, "credentials_rejected"},
		// No refused login: a page's own token sending it to its login, an
		// admin password to change before production, a passkey, a login
		// that could not reach its server.
		{"auth error: session token expired, redirecting to login page", ClassUnknown, ""},
		{"ADMIN_PASSWORD must be changed in production builds", ClassUnknown, ""},
		{"Passkey login failed on this device", ClassUnknown, ""},
		{"Login failed: mail backend unreachable", ClassTransient, ""},
		{"Our IMAP host could not be reached", ClassTransient, "service_unavailable_now"},
		// The product's OAuth flow and app: a callback URL that changed,
		// app credentials rejected, a client to set before connecting.
		// (The Hungarian phrase has no test: any text holding it holds
		// the held-out row.)
		{"The callback URL changed during the Google flow", ClassPlatform, "oauth_code_exchange_failed"},
		{"Token request: the app credentials were rejected by Entra", ClassPlatform, "oauth_client_credentials_invalid"},
		{"Enter the client secret before connecting", ClassPlatform, "oauth_client_unset"},
		// Google's request limit reached; SMTP not enabled, a port not a
		// number.
		{"Microsoft's request limit was reached; wait", ClassRateLimited, "rate_limited"},
		{"SMTP is not enabled for this profile", ClassConfig, "settings_unset"},
		{"IMAP port must be a number", ClassConfig, "settings_unset"},
	})
}
