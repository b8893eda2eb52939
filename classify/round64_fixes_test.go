package classify

import "testing"

// Held-out round 64's misses as families, on composed texts (none is a
// held-out text).
func TestRound64Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A directory test's bind DN, a product's own session, a registrar's
		// API, a phone maker's account, a device's wipe warning.
		{"Directory check: Invalid credentials (bad dn/password)", ClassConfig, "signins_directory_bind"},
		{"Admin panel: failed to authenticate your session, please log in again", ClassUnknown, ""},
		{"Failed to authenticate on the registrar API: credentials incorrect", ClassConfig, "other_service_login"},
		{"Неверный пароль Xiaomi аккаунта", ClassConfig, "other_service_login"},
		{"Wrong password. After 2 more attempts this device's data will be erased.", ClassUnknown, ""},
		// A mail app's prompt to sign in to the mailbox again.
		{"Your Gmail session ended. Sign in to Gmail again.", ClassRevoked, "product_reconnect_asked"},
		{"Sign in again to Outlook to keep syncing mail", ClassRevoked, "product_reconnect_asked"},
		// Kept: a DNS PTR refusal is no directory bind, a mailbox login in Russian stays.
		{"550 <bob@example.com>: Bad DNS PTR resource record", ClassRejected, ""},
		{"Неверный пароль почтового ящика", ClassAuth, ""},
	})
}
