package classify

import "testing"

// Rounds 132 and 133's misses, as families, on composed texts (none equal
// to or holding a held-out text), and where each family stops.
func TestRound132Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// "Re-auth" for short, and "expired/revoked" with a slash.
		{"Outlook mailbox: re-auth needed before the next sync", ClassRevoked, "oauth_invalid_grant"},
		{"gmail token revoked/expired, sign in again", ClassRevoked, "oauth_invalid_grant"},
		// A recipient's address the server does not know.
		{"550 <ops@example.net> address unknown here", ClassRecipient, "recipient_mailbox_disabled"},
		// The advice to check the user name and password with a slash.
		{"Could not log in. Check your username/password.", ClassAuth, ""},
		// MSAL's code exchange by its method's name: the product's.
		{"msal: acquire_token_by_authorization_code returned an error", ClassPlatform, "oauth_code_exchange_failed"},
		// Chinese "fill in" beside an authorization code: a form, not a
		// provider asking for an app password.
		{"请在设置中填写SMTP授权码", ClassConfig, ""},
		{"请使用授权码登录邮箱", ClassAuth, "lang_app_password"},
		// The product's own administrator role refused, with no mail word;
		// JMAP is a mail word.
		{"Wrong password: you are not signed in as an admin", ClassUnknown, "own_signin_subject"},
		{"JMAP login refused: wrong password for the admin user", ClassAuth, ""},
		// A device or app that cannot do it while offline.
		{"Cannot fetch new mail while offline", ClassTransient, "service_unavailable_now"},
	})
}
