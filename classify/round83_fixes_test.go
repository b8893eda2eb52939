package classify

import "testing"

// Held-out round 83's misses as families, on composed texts (none is a
// held-out text).
func TestRound83Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Gmail permissions needed or declined, access expired and to be
		// renewed, a permission to renew, Gmail or Outlook not
		// authenticated, a plugin's notice that it is not connected.
		{"Outlook permissions needed before the digest can run", ClassRevoked, "prompts_not_connected"},
		{"The owner declined to grant Outlook access; ask again", ClassRevoked, "prompts_not_connected"},
		{"Your Outlook access for ops@example.org has expired and needs to be renewed", ClassRevoked, "prompts_not_connected"},
		{"The mailbox needs renewed permission from Google", ClassRevoked, "prompts_not_connected"},
		{"Outlook is not authenticated for this workspace", ClassRevoked, "prompts_not_connected"},
		{"Inbox sync: not connected. Open settings and sign in with Google", ClassRevoked, "prompts_not_connected"},
		// A relay's refused password; an SSH login and an OAuth error are
		// not the mailbox's password.
		{"Relay login: the password was rejected by smtp.example.org", ClassAuth, "credentials_rejected"},
		{"Backup host: SSH authentication failed for user deploy", ClassUnknown, ""},
		{"Microsoft returned an OAuth error during sign-in", ClassUnknown, ""},
		// The product's OAuth flow and app: a Google auth state invalid or
		// expired, its client secret expired, its client file missing, a
		// client ID to enter, the Gmail API perhaps not enabled.
		{"Callback rejected: invalid or expired Microsoft auth state", ClassPlatform, "oauth_state_failed"},
		{"The Azure client secret has expired; create another", ClassPlatform, "oauth_client_credentials_invalid"},
		{"Cannot start: OAuth client file not found at ./secret.json", ClassPlatform, "oauth_client_unset"},
		{"Please enter the client ID in the connector", ClassPlatform, "oauth_client_unset"},
		{"404 from the API: the Gmail API may not be enabled for the project", ClassPlatform, "api_wrong_audience"},
		// Settings: incomplete, a port not valid, negative or taken,
		// credentials missing a field; Portuguese and German wordings.
		{"smtp relay config is incomplete: no host", ClassConfig, "settings_unset"},
		{"99999 is not a valid port for SMTP", ClassConfig, "settings_unset"},
		{"IMAP port must be a positive number", ClassConfig, "settings_unset"},
		{"Another service is already using port 587", ClassConfig, "settings_unset"},
		{"SMTP credentials must include a user name", ClassConfig, "settings_unset"},
		{"O servidor SMTP não foi fornecido", ClassConfig, "settings_unset"},
		{"Bitte SMTP-Einstellungen konfigurieren", ClassConfig, "settings_unset"},
		// A contact suppressed is the recipient.
		{"This contact is suppressed after a hard bounce", ClassRecipient, "recipient_mailbox_disabled"},
	})
}
