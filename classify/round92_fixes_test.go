package classify

import "testing"

// Held-out round 92's misses as families, on composed texts (none is a
// held-out text).
func TestRound92Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// No refused mailbox login: a calendar's sign-in in another
		// language, the product's own form checking the current password,
		// Login with Amazon's token.
		{"Google Calendar 認証に失敗しました", ClassUnknown, ""},
		{"Google Calendar 로그인 실패", ClassUnknown, ""},
		{"Wrong password: enter your current password to save", ClassUnknown, ""},
		{"Amazon OAuth token invalid, please reauthenticate the access token", ClassUnknown, ""},
		// The grant: interactive re-authentication or a user's consent
		// required, Chinese "OAuth expired", a connection to re-establish.
		{"Outlook: interactive re-authentication needed after a policy change", ClassRevoked, "oauth_invalid_grant"},
		{"Mail.Send: user consent is required before sending", ClassRevoked, "oauth_invalid_grant"},
		{"Outlook OAuth 已过期，请重新授权", ClassRevoked, ""},
		{"Your Gmail mailbox needs to be re-established before sending", ClassRevoked, "prompts_needs_reconnection"},
		// The product's OAuth client file, in Japanese and by name.
		{"client_secret.json が見つかりません", ClassPlatform, "oauth_client_unset"},
		{"OAuth クライアント情報が見つかりません", ClassPlatform, "oauth_client_unset"},
		// Settings: a protocol that needs a password, a port that must be
		// a number, SSL and TLS both set, no valid configuration, Japanese
		// "server required", "settings required".
		{"SMTP needs a password for LOGIN", ClassConfig, "settings_unset"},
		{"IMAP port must be an integer", ClassConfig, "settings_unset"},
		{"mailer: cannot use SSL and TLS at the same time", ClassConfig, "settings_unset"},
		{"No valid email configuration for tenant 9", ClassConfig, "settings_unset"},
		{"受信サーバーが必要です", ClassConfig, ""},
		{"Outlook設定が必要です", ClassConfig, "settings_unset"},
		// A mail limit exceeded.
		{"Notifier exceeded limit for mail this hour", ClassRateLimited, "rate_limited"},
	})
}
