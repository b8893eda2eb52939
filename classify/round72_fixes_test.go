package classify

import "testing"

// Held-out round 72's misses as families, on composed texts (none is a
// held-out text).
func TestRound72Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A mailbox not connected, asked to authenticate: the grant, not
		// a login the client skipped.
		{"Outlook account is not connected. Please authenticate to continue sending.", ClassRevoked, "prompts_not_connected"},
		// A grant revoked or expired, in either order.
		{"Warmup paused: the token has been revoked or has expired", ClassRevoked, "oauth_invalid_grant"},
		{"Access token revoked or expired, sign in to Google again", ClassRevoked, ""},
		// Other services' sign-ins: never a reconnect. Their grants to
		// connect again are no verdict since round 100 (held-out rounds 60
		// to 100 label them so); a refused login stays a setting.
		{"Could not authenticate with Google Drive. Please link your Google account again.", ClassUnknown, "other_service_grant"},
		{"Nextcloud login failed for user anna", ClassConfig, "other_service_login"},
		{"Todoist token expired. Please reconnect your account.", ClassUnknown, "other_service_grant"},
		// No app password stored yet: the product's settings.
		{"No app password configured for mailbox sales@", ClassConfig, "settings_unset"},
		{"Cannot poll: app password is not set for this inbox", ClassConfig, "settings_unset"},
		// A rate limit asking to retry later is the limit, not greylisting.
		{"Outlook API rate limit exceeded. Please try again in a few minutes.", ClassRateLimited, ""},
		// No mail settings at all.
		{"This site has no email settings configured", ClassConfig, "settings_unset"},
		{"Missing SMTP server settings in the admin panel", ClassConfig, "settings_unset"},
		{"No SMTP configured for the tenant", ClassConfig, "settings_unset"},
		{"Custom IMAP settings are missing for this workspace", ClassConfig, "settings_unset"},
		{"There is no configuration for SmtpPort.", ClassConfig, "settings_unset"},
		{"Adresa odesílatele musí být vyplněna.", ClassConfig, "settings_unset"},
		// A stored password the product cannot decrypt; never a stored
		// token, a password just typed to unlock the product, or TLS.
		{"Stored SMTP password could not be decrypted. Re-enter it in settings.", ClassConfig, "stored_password_undecryptable"},
		{"Credential decryption failed for account 'Sales'.", ClassConfig, "stored_password_undecryptable"},
		{"Failed to decrypt IMAP password, please add it again", ClassConfig, "stored_password_undecryptable"},
		{"Failed to decrypt the vault. Make sure the entered password is correct.", ClassUnknown, ""},
		{"could not decrypt the stored access token for workspace 7", ClassUnknown, ""},
		{"SSL routines:ssl3_get_record:decryption failed or bad record mac", ClassConfig, "tls_handshake"},
		// Offline, unreachable, out of reconnection attempts.
		{"The mail server is unreachable, are you connected to the internet?", ClassTransient, "service_unavailable_now"},
		{"Max reconnection attempts reached for IMAP idle.", ClassTransient, "service_unavailable_now"},
		{"requests.exceptions.ConnectionError while posting to the mail API", ClassTransient, "service_unavailable_now"},
		{"Sync paused: currently offline", ClassTransient, "service_unavailable_now"},
		// The product's own OAuth redirect state and client file.
		{"OAuth state validation mismatch on callback", ClassPlatform, "oauth_state_failed"},
		{"Download your credentials.json from the Google Cloud Console and place it next to the script", ClassPlatform, "oauth_client_unset"},
	})
}
