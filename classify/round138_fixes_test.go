package classify

import "testing"

// Round 138's misses, as families, on composed texts (none equal to or
// holding a held-out text), and where each family stops.
func TestRound138Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A server that rejected authentication; "check the login and
		// password" as "check the username and password".
		{"The mail server rejected authentication for ops@example.org", ClassAuth, "credentials_rejected"},
		{"Sending failed. Please check your login/password for the IMAP account", ClassAuth, ""},
		{"IMAP sync stopped: check the login and password of the account", ClassAuth, "credentials_check_asked"},
		// No mail program to send with, in several languages, and Postfix's
		// SASL password map missing; a refusal a mail program quotes is
		// still the refusal.
		{"mailx not found: the nightly report was not sent", ClassConfig, "setup_words"},
		{"Kein Mailprogramm gefunden: bitte das Paket »mailx« installieren", ClassConfig, "setup_words"},
		{"No mail program configured for disk alerts", ClassConfig, "setup_words"},
		{"Could not find /etc/postfix/sasl_passwd on this host", ClassConfig, "setup_words"},
		{"mailx: 535 5.7.8 Authentication credentials invalid", ClassAuth, ""},
		// A mail server not available.
		{"Outgoing mail server not available (port 465)", ClassTransient, "business_server_unreachable"},
		// Chinese "cannot be empty" in its other wording (不可为空).
		{"SMTP服务器地址不可为空", ClassConfig, "settings_unset"},
		// A form that asks to specify the SMTP server.
		{"Please specify an SMTP host and port", ClassConfig, "forms_cms_mail_form"},
		// Connections too frequent, in Chinese: a limit.
		{"服务器拒绝：连接过于频繁，请稍后再试", ClassRateLimited, "lang_connections_too_frequent"},
		// A mail server congested, in Japanese; a timeout, in Korean.
		{"メールサーバーが混雑しているため送信できませんでした", ClassTransient, "l10n_client_connection"},
		{"SMTP 서버 응답 타임아웃", ClassTransient, "l10n_client_connection"},
	})
}
