package classify

import "testing"

// Round 155's and 156's misses as families, on composed texts (none equal
// to or holding a held-out text).
func TestRound155Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A request to specify or set the user name or password, or a
		// server not specified, in Chinese, Japanese, Korean and
		// Vietnamese: a setting left empty, never a refused login.
		{"错误: 请指定 IMAP 用户名", ClassConfig, "settings_unset"},
		{"錯誤: 你必須指定 SMTP 密碼", ClassConfig, "settings_unset"},
		{"エラー: 送信サーバーのパスワードを指定して下さい", ClassConfig, "settings_unset"},
		{"오류: 메일 서버 암호를 설정해야 합니다", ClassConfig, "settings_unset"},
		{"Lỗi: Gửi thư phải có địa chỉ máy chủ", ClassConfig, "settings_unset"},
		{"未指定 IMAP 端口", ClassConfig, "settings_unset"},
		// A password refused, in Vietnamese and Korean.
		{"Lỗi mật khẩu khi đăng nhập máy chủ thư", ClassAuth, ""},
		{"메일 서버 password를 증명하는데 실패했습니다", ClassAuth, "lang_auth_failed"},
		// Settings: left blank, to be specified, not entered, Chinese
		// "settings incomplete".
		{"The SMTP password cannot be left blank", ClassConfig, "settings_unset"},
		{"A relay host needs to be specified", ClassConfig, "settings_unset"},
		{"Your SMTP server has not been entered", ClassConfig, "settings_unset"},
		{"邮件服务器设置不完整", ClassConfig, "settings_unset"},
		// An option that cannot be used without another (round 156).
		{"error: --digest cannot be used without --relay-host", ClassConfig, "settings_unset"},
		// A connection to the Internet that failed.
		{"A connection to the internet failed while syncing", ClassTransient, "network_dropped"},
	})
}
