package classify

import "testing"

// Held-out round 82's misses as families, on composed texts (none is a
// held-out text).
func TestRound82Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Gmail or Outlook not connected for a user or member, a saved
		// sign-in the provider no longer accepts, a sign-in asked for to
		// authorize the mailbox, no delegated refresh token stored.
		{"Outlook not connected yet; sequences will wait", ClassRevoked, "prompts_not_connected"},
		{"Gmail is not connected for this seat", ClassRevoked, "prompts_not_connected"},
		{"Google no longer accepts the saved sign-in for the shared mailbox", ClassRevoked, "prompts_not_connected"},
		{"Please sign in to authorize access to your Outlook inbox", ClassRevoked, "prompts_not_connected"},
		{"Mailbox sync: no delegated refresh token for user 12", ClassRevoked, "refresh_token_missing"},
		// A revoked token asked to reconnect is no refused password.
		{"Authentication error: the token has been revoked, reconnect the Gmail account", ClassRevoked, ""},
		// The product's OAuth flow: a callback it cannot take, a state it
		// cannot verify, a PKCE verifier missing, its app in testing mode.
		{"Invalid callback received from Microsoft", ClassPlatform, "oauth_code_exchange_failed"},
		{"Login callback: state cannot be verified", ClassPlatform, "oauth_code_exchange_failed"},
		{"Sign-in stopped: missing code verifier", ClassPlatform, "oauth_code_exchange_failed"},
		{"Google sign-in blocked: the app is in testing mode", ClassPlatform, "api_wrong_audience"},
		// The product's OAuth client: none given, to be set, Spanish "son
		// requeridos", its configuration not found.
		{"No client id provided for the Graph mailer", ClassPlatform, "oauth_client_unset"},
		{"The Azure client secret must be set first", ClassPlatform, "oauth_client_unset"},
		{"Client ID y client secret son requeridos", ClassPlatform, "oauth_client_unset"},
		{"Desktop OAuth client configuration missing from the app folder", ClassPlatform, "oauth_client_unset"},
		// Settings: no sender or account, no IMAP credentials, a library not
		// installed, a mailbox connected elsewhere; Spanish, Argentine and
		// Polish wordings.
		{"Send aborted: no sender specified", ClassConfig, "settings_unset"},
		{"No account configured for the digest job", ClassConfig, "settings_unset"},
		{"Inbox 4 has no SMTP creds yet", ClassConfig, "settings_unset"},
		{"The msal package is not installed", ClassConfig, "settings_unset"},
		{"That inbox is already connected to another team", ClassConfig, "settings_unset"},
		{"La configuración IMAP está incompleta", ClassConfig, "settings_unset"},
		{"Primero configurá una cuenta de correo", ClassConfig, "settings_unset"},
		{"Brak hasła w konfiguracji konta", ClassConfig, "settings_unset"},
		{"Uzupełnij pola serwera SMTP", ClassConfig, "settings_unset"},
		{"Moduł imaplib nie jest zainstalowany", ClassConfig, "settings_unset"},
		// The product's own two-factor sign-in, an AI service's quota, a
		// product's dry-run mode: no mailbox setting, recipient or block.
		{"Two-factor authentication setup is required for admins", ClassUnknown, ""},
		{"Anthropic quota exceeded or rate limited, retrying", ClassRateLimited, ""},
		{"Outgoing mail is disabled in dry-run mode", ClassUnknown, ""},
	})
}
