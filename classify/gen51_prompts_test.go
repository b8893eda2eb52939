package classify

import (
	"testing"
)

// Generic vocabulary 51, "prompts" (gen51_prompts.go): products' own prompts
// asking the owner to reconnect a mail connection, with look-alikes from the
// same products (button labels, the product's own session, other channels).
func TestGen51PromptsFamilies(t *testing.T) {
	assertCatalogClasses(t, "client_reconnect_prompts")
	assertTextRules(t, []textCase{
		// The defect: a reconnect status must not read as a provider block.
		{"Sending paused: mailbox needs reconnection", ClassRevoked, "prompts_needs_reconnection"},
		{"Warmup paused: this inbox requires reconnection", ClassRevoked, "prompts_needs_reconnection"},
		{"Sending paused for this account", ClassBlocked, ""},
		{"Reconnecting to the mailbox...", ClassUnknown, ""},
		// Multilingual "reconnect your <mail account>".
		{"Please reconnect your Google account", ClassRevoked, "prompts_reconnect_account"},
		{"Merci de reconnecter votre compte Microsoft.", ClassRevoked, ""},
		{"Reconnect your Google account to sync your calendar", ClassUnknown, ""},
		{"Please reconnect your Google Drive account", ClassUnknown, ""},
		{"Bitte verbinden Sie Ihren Google-Kalender erneut, um das Google-Konto erneut zu verbinden", ClassUnknown, ""},
		// Stale mail grant, ru and zh.
		{"Доступ к почте user@example.com устарел. Пожалуйста, авторизуйтесь заново", ClassRevoked, "prompts_mail_grant_stale_l10n"},
		// Consent given without every mail scope.
		{"Microsoft did not grant all required permissions. Please reconnect and approve every requested permission.", ClassPlatform, "prompts_consent_incomplete"},
		// Look-alikes.
		{"Your session has expired, please log in again", ClassUnknown, ""},
		{"Lost connection to server, will reconnect in 5 seconds", ClassTransient, ""},
		{"Your Google Calendar connection has expired. Please reconnect.", ClassUnknown, ""},
		{"Your session is no longer valid. Please sign in again.", ClassUnknown, "prompts_own_session_invalid"},
		{"Wino is disconnected from the network. Click reconnect to restore connection.", ClassTransient, "prompts_network_offline"},
	})
}

// The late prompts rules read a request to reconnect, or a revoked
// authorization, apart from the mail word, in sentences no earlier rule
// holds; the look-alikes beside them (a network reconnect, the product's own
// session, another service's grant) keep their own reading.
func TestGen51PromptsLateRules(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Token refresh failed for this Gmail inbox; reconnect required", ClassRevoked, "prompts_reconnect_request"},
		{"Your email account needs to reconnect before campaigns can send.", ClassRevoked, "prompts_reconnect_request"},
		{"Please reconnect this Office 365 sender to keep sending.", ClassRevoked, "prompts_reconnect_request"},
		{"Google authorization has been revoked for sender@example.com", ClassRevoked, "prompts_authorization_revoked"},
		{"Outlook consent was revoked by the mailbox owner", ClassRevoked, "prompts_authorization_revoked"},
		{"Gmail account not connected", ClassRevoked, "prompts_not_connected"},
		{"There is no connected email account for this sequence.", ClassRevoked, "prompts_not_connected"},
		{"No access token found for the Outlook mailbox of user 42", ClassRevoked, "prompts_not_connected"},
		{"No refresh token found for profile 7", ClassRevoked, "refresh_token_missing"},
		// Earlier rules hold these; the late ones do not change them.
		{"Sync stopped. Please reconnect your Outlook mailbox to resume.", ClassRevoked, "prompts_reconnect_account"},
		{"Re-authorize the Microsoft account in Settings > Mailboxes", ClassRevoked, "oauth_invalid_grant"},
		// Look-alikes.
		{"Lost connection to the server. Please reconnect your VPN.", ClassTransient, ""},
		{"Connection lost to the IMAP server; will reconnect your inbox in 30 seconds", ClassTransient, ""},
		{"Please reconnect your Google Calendar to keep events in sync", ClassUnknown, ""},
		{"Please reconnect your Stripe account to send invoice emails", ClassUnknown, ""},
		{"Your session expired. Please reconnect to continue to your inbox.", ClassUnknown, ""},
		{"Slack authorization was revoked; email digests will stop", ClassUnknown, ""},
		{"Google Sheets authorization has been revoked", ClassUnknown, ""},
		{"Google Calendar account not connected", ClassUnknown, ""},
		{"Slack account is not connected; email alerts only", ClassUnknown, ""},
		{"IMAP account not connected to the server yet", ClassUnknown, ""},
		{"No access token available", ClassUnknown, ""},
	})
}
