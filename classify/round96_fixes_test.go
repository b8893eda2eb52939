package classify

import "testing"

// Held-out round 96's misses as families, on composed texts (none is a
// held-out text).
func TestRound96Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// No refused login: Chinese "the authorization code cannot be
		// empty" or "not configured", app passwords explained.
		{"授权码不能为空，请填写", ClassConfig, ""},
		{"IMAP 授权码未配置", ClassConfig, ""},
		{"Yahoo uses app passwords for IMAP", ClassConfig, ""},
		// No grant lost: a calendar's authorization, a disconnect done on
		// purpose, a token missing from the product's config, the OAuth
		// client's credentials.
		{"Outlook calendar authorization expired, reconnect", ClassUnknown, ""},
		{"Outlook mailbox disconnected successfully", ClassUnknown, ""},
		{"outlook: missing oauth_token in config", ClassUnknown, ""},
		// The product's OAuth flow: an OAuth code not exchanged; the Gmail
		// API not enabled.
		{"Failed to exchange the Outlook OAuth code", ClassPlatform, ""},
		{"gmail api not enabled in the cloud project", ClassPlatform, ""},
		// A refused login: authentication was refused.
		{"SMTP authentication was refused by the relay", ClassAuth, ""},
		// Gmail's IMAP switch off; limits: connections limited, too many
		// simultaneous; a server too slow to answer; a message too large in
		// Japanese.
		{"IMAP access is turned off for this account", ClassAdmin, ""},
		{"Outlook is limiting connections, wait a minute", ClassRateLimited, ""},
		{"Too many simultaneous IMAP connections for user", ClassRateLimited, ""},
		{"The SMTP relay took too long to respond", ClassTransient, ""},
		{"添付ファイルが大きすぎます", ClassRejected, ""},
		// Settings: German "no password", no SMTP sender, outgoing mail not
		// set up, an extension not enabled, TLS to turn off, the SMTP
		// configuration to check; Chinese "configuration invalid", "only
		// supports"; Japanese "please check the settings".
		{"Kein Passwort für das IMAP-Konto hinterlegt", ClassConfig, ""},
		{"worker has no SMTP sender set", ClassConfig, ""},
		{"You have not set up an IMAP inbox yet", ClassConfig, ""},
		{"openssl extension not enabled in php.ini", ClassConfig, ""},
		{"Handshake failed: try turning off TLS for port 25", ClassConfig, ""},
		{"Bounce: check SMTP config for tenant 3", ClassConfig, ""},
		{"IMAP 端口配置无效", ClassConfig, ""},
		{"加密方式仅支持 SSL", ClassConfig, ""},
		{"受信サーバーの設定をご確認ください", ClassConfig, ""},
	})
}
