package classify

import "testing"

// Held-out round 69's misses as families, on composed texts (none is a
// held-out text).
func TestRound69Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// An SSH tunnel's and a calendar's own logins are no mailbox.
		{"Backup failed: authentication failed on the SSH server backup.example.com", ClassUnknown, ""},
		{"Sync error: calendar token expired, please re-authenticate", ClassUnknown, ""},
		// A settings form that wants the app password before anything is
		// sent, and a product's own token expiry setting.
		{"Please provide your email and password (an app password for Gmail)", ClassConfig, ""},
		{"API令牌已过期，请先修改过期时间", ClassUnknown, ""},
		// Daily limits and reconnect attempts.
		{"今日发送次数已到达每日上限", ClassRateLimited, "sending_quota_exceeded"},
		{"IMAP: too many reconnect attempts, giving up for now", ClassRateLimited, "sending_quota_exceeded"},
		// Settings incomplete or a combination the product does not take.
		{"Mail settings are incomplete: add the SMTP host", ClassConfig, ""},
		{"This mailbox does not support OAuth; use a password", ClassConfig, "settings_unset"},
		{"发送失败：请先配置SMTP服务器", ClassConfig, ""},
		{"请先开启邮箱的SMTP功能", ClassConfig, ""},
	})
}
