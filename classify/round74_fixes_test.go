package classify

import "testing"

// Held-out round 74's misses as families, on composed texts (none is a
// held-out text).
func TestRound74Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A grant to renew, in a product's own words.
		{"[outlook] Re-auth required: grant revoked", ClassRevoked, "oauth_invalid_grant"},
		{"No active Outlook connection found. Connect the inbox again.", ClassRevoked, "prompts_not_connected"},
		{"No saved credentials for mailbox 'support'", ClassRevoked, "prompts_not_connected"},
		{"The cached token does not cover the scopes needed by the Gmail sync", ClassRevoked, "prompts_not_connected"},
		{"Outlook auth expired for sales@example.com", ClassRevoked, "prompts_not_connected"},
		// An e-mail service provider refused the key; never an SMTP relay
		// refusing a sender that did not log in.
		{"MailerSend responded: Unauthenticated.", ClassAuth, "esp_key_rejected"},
		{"Resend: check that your Resend API key is correct", ClassAuth, "esp_key_rejected"},
		{"smtp.sendgrid.net: 550 Unauthenticated senders not allowed", ClassConfig, ""},
		// A JMAP server refused the login.
		{"GET https://mail.example.net/jmap/session: 401 Unauthorized", ClassAuth, "jmap_session_unauthorized"},
		// Keys, tokens and passwords the settings lack, or of a wrong form.
		{"profile \"work\" is missing password", ClassConfig, "settings_unset"},
		{"MAILGUN_API_TOKEN not set", ClassConfig, "settings_unset"},
		{"apiKey must be a non-empty string", ClassConfig, "settings_unset"},
		{"Key should be valid: it must start with 'SG.'", ClassConfig, "settings_unset"},
		{"Transport option \"oauth\" is not supported by this relay: method not supported", ClassConfig, ""},
		// The product's OAuth client file, state and code exchange.
		{"Unrecognised OAuth client credentials file", ClassPlatform, "oauth_client_unset"},
		{"Callback rejected: tampered OAuth state", ClassPlatform, "oauth_state_failed"},
		{"Microsoft login did not return an access token", ClassPlatform, "oauth_code_exchange_failed"},
		// A server the product could not reach, a connection dropped.
		{"Could not reach the SMTP2GO API server.", ClassTransient, "service_unavailable_now"},
		{"IMAP server dropped the connection after LOGIN", ClassTransient, ""},
		// Validators' verdicts on the recipient.
		{"example.org does not accept email (null MX)", ClassRecipient, "recipient_domain_takes_no_mail"},
		{"The recipient mailbox has run out of space", ClassRecipient, ""},
		// A verification service's key is not a mailbox's.
		{"ZeroBounce: invalid API key", ClassConfig, "other_service_login"},
	})
}
