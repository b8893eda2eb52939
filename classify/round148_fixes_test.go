package classify

import "testing"

// Round 148's misses, as families, on composed texts (none equal to or
// holding a held-out text), and where each family stops.
func TestRound148Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Microsoft 365's outbound spam notice in Chinese: the account is
		// blocked from sending.
		{"通知：li.lei@contoso.cn 被阻止发送出站邮件，请联系管理员", ClassBlocked, "lang_account_blocked"},
		{"管理员已阻止以下电子邮件帐户发送：li.lei@contoso.cn", ClassBlocked, "lang_account_blocked"},
		// A Microsoft account sign-in for an app registered for another
		// audience is the product's own registration.
		{"login.live.com: invalid for the application's 'userAudience' configuration (use /consumers)", ClassPlatform, "oauth_invalid_client"},
		// Chinese "not completely configured" is the settings; a setting
		// configured and refused is not.
		{"SMTP 发件账户未完整配置", ClassConfig, "settings_unset"},
		{"SMTP 服务器已配置，但连接超时", ClassTransient, ""},
	})
}
