package classify

import "testing"

// Round 134's misses, as families, on composed texts (none equal to or
// holding a held-out text), and where each family stops.
func TestRound134Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Chinese "recipient" with a word of its refusal; the recipient left
		// unset in the settings is a setting.
		{"发送失败：收件人地址无效", ClassRecipient, "lang_recipient_refused"},
		{"对方服务器拒收该收件人", ClassRecipient, "lang_recipient_refused"},
		{"邮件通知的收件人未设置", ClassConfig, ""},
		// A server that would not take the AUTH command's mechanism.
		{"relay refused: it does not accept AUTH PLAIN over this port", ClassConfig, "auth_mechanism_unsupported"},
		// "OAuth config" for short: the product's OAuth client.
		{"Microsoft OAuth config is incomplete: client secret missing", ClassPlatform, ""},
		{"Outlook OAuth config missing", ClassPlatform, "oauth_client_unset"},
	})
}
