package classify

import "testing"

// Held-out round 89's misses as families, on composed texts (none is a
// held-out text).
func TestRound89Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Other services' tokens and logins are no mailbox's: a CRM's or
		// a video call's token, Nextcloud's own login flow, a weather API's
		// key, a file-scanning API's key; a product's own sign-in that caught
		// a refresh token used twice.
		{"Salesforce token expired, reconnect it under Integrations", ClassUnknown, ""},
		{"Could not refresh the access token: reconnect Google Meet to add call links", ClassUnknown, ""},
		{"NC: login with Nextcloud failed for the files sync", ClassUnknown, ""},
		{"Weather API authentication failed: the key is invalid", ClassConfig, "other_service_login"},
		{"Attachment scan skipped: VirusTotal quota used up", ClassUnknown, ""},
		{"401: refresh token rejected (reuse detected), signing you out", ClassUnknown, ""},
		// A mailbox grant not held: not authenticated with Google or
		// Microsoft, the account to link first, the OAuth grant not
		// authorized, none authorized yet; Vietnamese "Google token not
		// found", Italian "no refresh token available".
		{"Mailer: not authenticated with Microsoft, open Settings to connect", ClassRevoked, "prompts_not_connected"},
		{"Sending failed: please link your Outlook account first", ClassRevoked, "prompts_not_connected"},
		{"Could not log in to Gmail. Please link your Gmail account first.", ClassRevoked, "prompts_not_connected"},
		{"Outlook OAuth not authorized for this workspace", ClassRevoked, "prompts_not_connected"},
		{"No Outlook mailbox account is authorized yet", ClassRevoked, "prompts_not_connected"},
		{"Lỗi: không tìm thấy Gmail token của hộp thư", ClassRevoked, "tokens_mailbox_token_state"},
		{"Accesso scaduto: nessun refresh token salvato per l'account", ClassRevoked, "refresh_token_missing"},
		// The server refused the login, in more words: "was rejected",
		// Turkish "authentication failed".
		{"IMAP authentication has been rejected by mail.example.org", ClassAuth, "credentials_rejected"},
		{"SMTP kimlik doğrulama başarısız: 535", ClassAuth, ""},
		// The product's OAuth flow: a code verifier or the callback's code
		// not found, Turkish "no code from the authorization"; a client ID
		// missing (Turkish "eksik").
		{"PKCE: cannot find code verifier in the session store", ClassPlatform, "oauth_code_exchange_failed"},
		{"Microsoft sign-in: authorization code not found in callback URL", ClassPlatform, "oauth_code_exchange_failed"},
		{"Outlook yetkilendirmesinden kod alınamadı", ClassPlatform, "oauth_code_exchange_failed"},
		{"Microsoft OAuth client id eksik", ClassPlatform, ""},
		// Settings: no active account to send from, one inactive or
		// missing, settings incomplete, a PHP extension or SASL mechanism
		// missing, no mail app on the device.
		{"No active Outlook account. Add one under Mailboxes.", ClassConfig, "settings_unset"},
		{"Sender SMTP account is inactive or missing", ClassConfig, "settings_unset"},
		{"IMAP: settings are not complete (host)", ClassConfig, "settings_unset"},
		{"The imap extension is not installed on this server", ClassConfig, "settings_unset"},
		{"SMTP: no supported SASL mechanism offered", ClassConfig, "settings_unset"},
		{"Cannot send: no email client found on this device", ClassConfig, "settings_unset"},
		// Temporary: the provider's token endpoint out of reach, Turkish
		// "response timeout"; a quota exhausted or to renew.
		{"Refresh failed: failed to reach Microsoft login endpoint", ClassTransient, "service_unavailable_now"},
		{"SMTP yanıt zaman aşımı (30 sn)", ClassTransient, ""},
		{"Mailbox pool exhausted quota for today", ClassRateLimited, "rate_limited"},
		{"Sending stopped until your plan's quota renews", ClassRateLimited, "rate_limited"},
		// The recipient: none valid.
		{"Cannot queue: no valid email recipient in the list", ClassRecipient, "recipient_mailbox_disabled"},
	})
}
