package classify

import "testing"

// Held-out round 70's misses as families, on composed texts (none is a
// held-out text).
func TestRound70Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// The owner refused or cancelled consent.
		{"Google sign-in failed: consent declined by the owner", ClassRevoked, "consent_declined"},
		{"The user refused to allow the app to read this Gmail account", ClassRevoked, "consent_declined"},
		// A grant that is not there.
		{"Outlook access token does not exist for this mailbox", ClassRevoked, ""},
		{"Gmail token store contains no valid tokens; connect the account again", ClassRevoked, ""},
		// Google or Microsoft sign-in asked for again; the grant's own tokens.
		{"Outlook: you are not logged in, open Outlook.com to sign in", ClassRevoked, "provider_reauth_needed"},
		{"No stored tokens for this mailbox. Please re-authenticate.", ClassRevoked, "provider_reauth_needed"},
		// A mail server's reply about the sender keeps its reading.
		{"553 5.7.1 Sender is not logged in as gmail.user@example.com", ClassConfig, ""},
		// Mechanisms and security modes the server or product does not take.
		{"SMTP: no supported AUTH mechanism available on mail.example.com", ClassConfig, ""},
		{"IMAP: the forced SASL mechanism is not supported by the server", ClassConfig, ""},
		{"Profile error: no accounts defined in the config", ClassConfig, ""},
		// Settings to provide, a retried call, another service's login.
		{"Gmail app password required: set MAIL_APP_PASSWORD env var", ClassConfig, ""},
		{"fetch failed: invalid_grant, the token was refreshed, call again", ClassUnknown, ""},
		{"Bot error: Matrix login refused for @bot:example.org", ClassUnknown, ""},
		// A code exchange.
		{"Invalid auth code while exchanging the Google authorization", ClassPlatform, ""},
	})
}
