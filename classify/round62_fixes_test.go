package classify

import "testing"

// Held-out round 62's misses as families, on composed texts (none is a
// held-out text).
func TestRound62Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Products' words for the mailbox's grant to renew.
		{"Try re-connecting your mailbox to continue", ClassRevoked, "product_reconnect_asked"},
		{"Sync stopped: please try reconnecting your email account.", ClassRevoked, "product_reconnect_asked"},
		{"This Gmail account may need re-authentication", ClassRevoked, "provider_reauth_needed"},
		{"The refresh token is wrong or expired", ClassRevoked, "refresh_token_damaged"},
		{"The stored refresh token was corrupted, please sign in again", ClassRevoked, "refresh_token_damaged"},
		// Not the mailbox's: a product's own session, a step-up sign-in, another service's token.
		{"Your session may need re-authentication before you change the mailbox settings", ClassUnknown, ""},
		{"Slack: the refresh token is wrong, reinstall the app", ClassUnknown, ""},
		// Desktop software's own accounts.
		{"Zotero: could not authenticate your account, re-enter your details", ClassConfig, "other_service_login"},
		{"Joplin Cloud: your credentials are invalid, please login", ClassConfig, "other_service_login"},
		{"Steam: InvalidPassword", ClassConfig, "other_service_login"},
		{"Epic Games: invalid refresh token, please log in again", ClassConfig, "other_service_login"},
		{"Xbox: this Microsoft account is banned", ClassConfig, "other_service_login"},
		{"The payment gateway rejected the merchant login ID or password", ClassConfig, "other_service_login"},
		// A Microsoft account's own grant with no other service named keeps its reading.
		{"AADSTS50173: The provided grant has expired due to it being revoked. Sign in to your Microsoft account again.", ClassRevoked, ""},
	})
}
