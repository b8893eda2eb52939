package classify

import (
	"testing"
)

// Generic vocabulary 55, "tokens" (gen55_tokens.go): a product's own words
// that the OAuth token or credential it stores for the connected Gmail,
// Google, Outlook, Microsoft or Exchange mailbox is missing, expired, invalid,
// revoked or not authorised, or that the mailbox needs re-authorization
// (revoked); the product's own OAuth app missing (platform). Beside the
// catalog: composed sentences in the words the products use, and look-alikes
// that must keep another reading.
func TestGen55TokensFamilies(t *testing.T) {
	assertCatalogClasses(t, "product_mailbox_token_states")
	assertTextRules(t, []textCase{
		// No token stored for the provider's mailbox; "Please authenticate
		// first" must not make it mail sent without a login.
		{"No Gmail tokens found. Please authenticate first.", ClassRevoked, "tokens_no_provider_tokens"},
		{"No Outlook tokens found for user 7", ClassRevoked, "tokens_no_provider_tokens"},
		{"no microsoft token stored for mailbox sales@example.com", ClassRevoked, "tokens_no_provider_tokens"},
		// A token word, a state word and a mail-account word, in any order.
		{"Gmail token not found for account 4", ClassRevoked, "tokens_mailbox_token_state"},
		{"Token for the Outlook mailbox has expired", ClassRevoked, "tokens_mailbox_token_state"},
		{"Invalid Gmail token for sender@example.com", ClassRevoked, "tokens_mailbox_token_state"},
		{"Google token revoked for sender@example.com", ClassRevoked, "tokens_mailbox_token_state"},
		{"Outlook token is not authorised for Mail.Send", ClassRevoked, "tokens_mailbox_token_state"},
		{"Microsoft token not authorized for mail access (user 12)", ClassRevoked, "tokens_mailbox_token_state"},
		{"Email account token invalid, sequence 88 paused", ClassRevoked, "tokens_mailbox_token_state"},
		{"SMTPOAuth2: Could not request access token for news@example.com/smtp.office365.com. The refresh token could be expired or invalid.", ClassRevoked, "tokens_mailbox_token_state"},
		{"IMAPOAuth2: Could not request access token for desk@example.org/imap.example.org. The refresh token could be expired or invalid.", ClassRevoked, "tokens_protocol_token_expired"},
		// A token merely missing for an XOAUTH2 sign-in is no verdict.
		{"Missing access token for xoauth2 account", ClassUnknown, ""},
		// Credentials of the provider.
		{"Invalid or expired Gmail credentials", ClassRevoked, "tokens_mailbox_credentials_state"},
		{"Outlook OAuth credentials not found for workspace 3", ClassRevoked, "tokens_mailbox_credentials_state"},
		// A connected account gone or expired, re-authorization needed, an
		// authentication issue with the provider.
		{"Connected account not found for toolkit gmail for user u1", ClassRevoked, "tokens_mailbox_connection_state"},
		{"Connection conn_8f2 (gmail) status: EXPIRED", ClassRevoked, "tokens_mailbox_connection_state"},
		{"Outlook connection is in EXPIRED state", ClassRevoked, "tokens_mailbox_connection_state"},
		{"Re-authorization is needed for this Gmail account", ClassRevoked, "tokens_mailbox_reauth_needed"},
		{"Re-authorization is required for the Outlook mailbox", ClassRevoked, "tokens_mailbox_reauth_needed"},
		{"Google authentication issue for user 42", ClassRevoked, "tokens_provider_auth_issue"},
		{"Outlook auth issue for user 9", ClassRevoked, "tokens_provider_auth_issue"},
		// The product's own OAuth app.
		{"Microsoft login not enabled - missing credentials", ClassPlatform, "tokens_own_oauth_app_missing"},
		{"Google OAuth client is missing for this workspace", ClassPlatform, "tokens_own_oauth_app_missing"},
		{"Google OAuth app is not configured on this server", ClassConfig, "mailer_not_configured"},
		// Look-alikes keep their reading.
		{"Invalid CSRF token", ClassUnknown, ""},
		{"Gmail OAuth state token is invalid or expired", ClassUnknown, ""},
		// The token endpoint and Google Cloud's default credentials are the
		// product's setup (the library's own oauthcheck.ErrNoTokenURL).
		{"oauthcheck: no OAuth token endpoint is known for this mailbox", ClassUnknown, ""},
		{"google.auth.exceptions.DefaultCredentialsError: Your default credentials were not found. To set up Application Default Credentials, see the Google Cloud docs.", ClassUnknown, ""},
		{"Email verification link is invalid or expired", ClassUnknown, ""},
		{"Your email verification token has expired", ClassUnknown, ""},
		{"Invitation token for inbox sharing is invalid", ClassUnknown, ""},
		{"Password reset token is invalid or has expired", ClassUnknown, ""},
		{"Your HubSpot token is invalid, emails will not be logged", ClassUnknown, ""},
		{"Slack token not found for inbox notifications", ClassUnknown, ""},
		{"Reddit token missing; email digest skipped", ClassUnknown, ""},
		{"Stripe credentials not found for Gmail receipts", ClassUnknown, ""},
		{"OpenAI token invalid for the Gmail assistant", ClassUnknown, ""},
		{"GitHub token not found; mailbox sync skipped", ClassUnknown, ""},
		{"Google Calendar token not found for user 4", ClassUnknown, ""},
		{"Google Cloud credentials not found for the Gmail add-on", ClassUnknown, ""},
		{"Your session token is invalid, please sign in to your inbox", ClassUnknown, ""},
		{"Gmail token refreshed successfully", ClassUnknown, ""},
		{"Gmail token expired, refreshing", ClassUnknown, ""},
		{"Outlook connection lost, reconnecting to the network", ClassTransient, ""},
		{"Connection request failed with status: EXPIRED", ClassUnknown, ""},
		{"Re-authorization is needed", ClassUnknown, ""},
		{"Google Sheets token not found", ClassUnknown, ""},
	})
}
