package classify

import "testing"

// Round 137's misses, as families, on composed texts (none equal to or
// holding a held-out text), and where each family stops.
func TestRound137Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A code from 400 to 419 is an HTTP status, no SMTP reply: not
		// temporary by itself. HTTP's 408 is, and SMTP's 4xx replies stay so.
		{`{"statusCode":404,"error":"Not Found","message":"No route for this request"}`, ClassUnknown, ""},
		{"Request failed with status 403 from the reporting API", ClassUnknown, ""},
		{"Graph API error 408 for /me/sendMail", ClassTransient, "http_408_timeout"},
		{"421 4.3.2 Service shutting down, closing channel", ClassTransient, ""},
		// An API's check of its fields ("Invalid input", Joi's "is not
		// allowed to be empty") says what was sent, not a grant's state.
		{`{"statusCode":400,"message":"Invalid input","fields":[{"message":"\"imap.auth.pass\" is not allowed to be empty"},{"message":"\"auth\" has a conflict between pass and accessToken"}]}`, ClassConfig, ""},
		// A client's or check's "cannot authenticate to" a server, and
		// "SMTP authentication for ... rejected"; a broken connection or a
		// proxy is no refused login.
		{"Cannot authenticate to the outgoing SMTP server smtp.example.org", ClassAuth, "client_cannot_authenticate"},
		{"Can't authenticate against IMAP server imap.example.org", ClassAuth, "client_cannot_authenticate"},
		{"Cannot authenticate to IMAP server: network is unreachable", ClassTransient, ""},
		{"IMAP authentication for user 'ops' was rejected by imap.example.org", ClassAuth, "client_login_for_rejected"},
		{"POP3 authentication for jane refused", ClassAuth, "client_login_for_rejected"},
		// An auth mechanism unavailable or unsupported, none suitable.
		{"XOAUTH2 auth mechanism unsupported by imap.example.org", ClassConfig, "auth_mechanism_unsupported"},
		{"No suitable auth method offered by the SMTP relay", ClassConfig, "auth_mechanism_unsupported"},
		// A password file the tool cannot read.
		{"Could not read password from ~/.config/mailcheck/secret", ClassConfig, "forms_password_command_failed"},
		// A server that did not answer within a time limit, no mail server
		// available, a POP3 maildrop another session holds.
		{"IMAP server did not respond within 30 seconds", ClassTransient, "network_dropped"},
		{"Message queued: no mail server is available for delivery", ClassTransient, "network_dropped"},
		{"-ERR unable to lock maildrop, another session is active", ClassTransient, "temporary_wording"},
		// The recipient refused, in Korean and Japanese; a form asking for
		// it, a message's content refused, a collector "in error" stay out.
		{"수신자 주소가 잘못되었습니다", ClassRecipient, "lang_recipient_refused_jako"},
		{"受信者のアドレスが無効です", ClassRecipient, "lang_recipient_refused_jako"},
		{"受信者を入力してください", ClassUnknown, ""},
		{"受信者のサーバーにより添付ファイルが拒否されました", ClassRejected, ""},
		// A 5.1.x address status whose words say the sender was rejected
		// (an ISP's reputation block) is the message's, not a recipient's.
		{"550 5.1.0 <news@shop.example> sender rejected, see our AUP page", ClassRejected, "enhanced_5.1.x_sender_rejected"},
		{"550 5.1.1 <bob@example.net> recipient rejected", ClassRecipient, ""},
		// An account locked after too many failed attempts, in other
		// languages, is a login held back, not a provider's block.
		{"Обліковий запис заблоковано після надто багатьох невдалих спроб входу.", ClassUnknown, ""},
		{"Konto gesperrt nach mehreren Fehlversuchen", ClassUnknown, ""},
		{"Ihr Konto wurde gesperrt.", ClassBlocked, "lang_account_blocked"},
	})
}
