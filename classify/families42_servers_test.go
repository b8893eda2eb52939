package classify

import "testing"

// Round 42's self-hosted mail servers' own words (round42_servers.go): each
// family's round text, siblings from the same code that the round does not
// hold, and look-alikes that must keep their own class. Log lines are built
// from the format strings of each server's source.
func TestRound42ServersFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// mox's limiter after many failed logins; Dovecot's auth service
		// failing.
		{"refusing connection due to many auth failures", ClassAuthTemporary, "servers_auth_service_tempfail"},
		{"l=debug m=\"refusing connection due to many auth failures\" pkg=imapserver remoteip=203.0.113.5 cid=18e2e026bb1", ClassAuthTemporary, "servers_auth_service_tempfail"},
		{"Dec 23 15:54:16 fe622512ddb5 mail.crit dovecot: auth: Panic: key not found from hash", ClassAuthTemporary, "servers_auth_service_tempfail"},
		{"dovecot: auth: Panic: file auth-request.c: line 212 (auth_request_unref): assertion failed: (request->refcount > 0)", ClassAuthTemporary, "servers_auth_service_tempfail"},
		{"dovecot: imap-login: Error: Disconnected from auth service", ClassAuthTemporary, "servers_auth_service_tempfail"},
		{"dovecot: submission-login: Error: Failed to connect to auth service", ClassAuthTemporary, "servers_auth_service_tempfail"},
		{"dovecot: auth: Error: auth worker: Aborted PASSL request for bob@example.org: Worker process died unexpectedly", ClassAuthTemporary, "servers_auth_service_tempfail"},
		// mox's replies and its refused login keep their rules.
		{"421 4.7.0 too many auth failures", ClassAuthTemporary, "too_many_login_attempts"},
		{"* BYE too many auth failures", ClassAuthTemporary, "too_many_login_attempts"},
		{"l=info m=\"failed authentication attempt\" pkg=smtpserver username=pippo remote=192.168.15.1 cid=18e2e026bb0 delta=1.307802432s", ClassAuth, ""},
		{"535 5.7.8 bad user/pass", ClassAuth, ""},
		// No usable login offered: swaks, Outlook's Japanese account test,
		// go-imap's LOGINDISABLED (maddy).
		{"*** Host did not advertise authentication", ClassConfig, "servers_auth_not_offered"},
		{"*** Host did not advertise STARTTLS", ClassConfig, "servers_auth_not_offered"},
		{"*** Auth not attempted, no advertised types available", ClassConfig, "servers_auth_not_offered"},
		{"*** Auth not attempted, requested type not available", ClassConfig, "servers_auth_not_offered"},
		{"*** Auth advertised but not supported locally", ClassConfig, "servers_auth_not_offered"},
		{"テスト電子メール メッセージの送信: このクライアントでサポートされている認証方法が、サーバーでサポートされていません。", ClassConfig, "servers_auth_not_offered"},
		{"このクライアントでサポートされている認証方法が、サーバーでサポートされていません。 アカウント: 'bob@example.jp', サーバー: 'mail.example.jp', プロトコル: SMTP, ポート: 25, セキュリティ保護 (SSL): なし, エラー番号: 0x800CCC80", ClassConfig, "servers_auth_not_offered"},
		{"01 NO Authentication disabled", ClassConfig, "servers_auth_not_offered"},
		{"a2 NO Authentication disabled", ClassConfig, "servers_auth_not_offered"},
		{"a1 NO TLS support not enabled", ClassConfig, "servers_auth_not_offered"},
		// T-Online's own "Toid authentication disabled" stays a login verdict.
		{"Toid authentication disabled. Es konnten keine Nachrichten abgerufen werden. Fehler: -16997", ClassAuth, ""},
		// The client's use of AUTH: qpsmtpd, mox, Mailu's token networks.
		{"Authentication invalid for $user", ClassConfig, "servers_auth_identity_setup"},
		{"535 Authentication invalid for bob@example.org", ClassConfig, "servers_auth_identity_setup"},
		{"535 Authentication invalid (admin@example.org)", ClassConfig, "servers_auth_identity_setup"},
		{"535 5.7.8 authentication with authorization for different user not supported", ClassConfig, "servers_auth_identity_setup"},
		{"Login attempt for: bob@example.org/smtp/465 from: 203.0.113.5/51234: failed: badip: token-3: 'phone'", ClassConfig, "servers_auth_identity_setup"},
		// qpsmtpd's refused password stays auth.
		{"535 PLAIN authentication failed for bob from 203.0.113.5 - auth_imap - invalid password for bob at imap.example.org", ClassAuth, ""},
		// iRedAPD's throttling and access policies.
		{"REJECT Throttling quota exceeded", ClassRateLimited, "servers_policy_throttle"},
		{"554 5.7.1 <bob@example.org>: Sender address rejected: Throttling quota exceeded", ClassRateLimited, "servers_policy_throttle"},
		{"554 5.7.1 <bob@example.org>: Sender address rejected: Too many recipients in single message", ClassRateLimited, "servers_policy_throttle"},
		{"REJECT Not authorized", ClassRecipient, "servers_list_not_authorized"},
		{"postfix/smtpd[2112]: NOQUEUE: reject: RCPT from mail.example.com[192.0.2.7]: 554 5.7.1 <all@example.org>: Recipient address rejected: REJECT Not authorized; from=<bob@example.com> to=<all@example.org>", ClassRecipient, "servers_list_not_authorized"},
		{"REJECT Sender is not same as SMTP authenticate username", ClassConfig, "sender_not_owned"},
		{"REJECT SMTP AUTH is required for users under this sender domain", ClassConfig, ""},
		{"Password expired or never changed, please change your password in webmail before sending email", ClassAuth, ""},
		// Mailu's and Stalwart's credential verdicts.
		{"Login attempt for: {user}/{protocol}/{auth_port} from: {ip}/{source_port}: failed: password ok, but a token is required", ClassAuth, "servers_token_or_second_factor"},
		{"admin-1 | INFO in nginx: Login attempt for: bob@example.org/imap/993 from: 203.0.113.5/51234: failed: password ok, but a token is required", ClassAuth, "servers_token_or_second_factor"},
		{"Login attempt for: {user}/{protocol}/{auth_port} from: {ip}/{source_port}: failed: badauth: {utils.truncated_pw_hash(password)}", ClassAuth, "servers_token_or_second_factor"},
		{"Login attempt for: 'bob@example.org'/imap/993 from: 203.0.113.5/51234: failed: account disabled", ClassBlocked, ""},
		{"Credential has expired", ClassAuth, "servers_token_or_second_factor"},
		{"MFA token required", ClassAuth, "servers_token_or_second_factor"},
		{"Missing MFA token for authentication", ClassAuth, "servers_token_or_second_factor"},
		{"Credential expired or removed.", ClassAuth, "servers_token_or_second_factor"},
		{"Account not found for credential", ClassAuth, "servers_token_or_second_factor"},
		{"Invalid credential secret", ClassAuth, ""},
		{"535 5.7.8 Authentication credentials invalid.", ClassAuth, ""},
		{"334 5.7.8 This account requires multi-factor authentication. Alternatively, you can use an app password if your account has one.", ClassAuth, ""},
		// A mail server's user database refusing the server's own login.
		{"Jan 29 01:27:23 localhost authdaemond: failed to connect to mysql server (server=127.0.0.1, userid=root): Access denied for user 'root'@'localhost' (using password: YES)", ClassConfig, "servers_user_database_denied"},
		{"dovecot: auth-worker(1234): Error: mysql(localhost): Connect failed to database (mailserver): Access denied for user 'mailuser'@'localhost' (using password: YES) - waiting for 1 seconds before retry", ClassConfig, "servers_user_database_denied"},
		{"postfix/proxymap[2233]: warning: connect to mysql server 127.0.0.1: Access denied for user 'postfix'@'localhost' (using password: NO)", ClassConfig, "servers_user_database_denied"},
		// Gmail's Send mail as check timing out.
		{"[Server response: Missed upload deadline (9.99s) (state SENT_EHLO) code(0) ]", ClassTransient, "servers_sendas_upload_deadline"},
		{"Authentication failed. Please check your username/password. [Server response: Missed upload deadline (10.00s) (state SENT_STARTTLS) code(0) ]", ClassTransient, "servers_sendas_upload_deadline"},
		{"[Server response: Missed upload deadline (9.98s) (state SENT_MAIL_FROM) code(0) ]", ClassTransient, "servers_sendas_upload_deadline"},
	})
	assertNotClasses(t, []string{
		"refusing connection due to many auth failures",
		"dovecot: auth: Panic: key not found from hash",
		"*** Host did not advertise authentication",
		"01 NO Authentication disabled",
		"Authentication invalid for $user",
		"REJECT Throttling quota exceeded",
		"REJECT Not authorized",
		"Access denied for user 'vmail'@'127.0.0.1' (using password: YES)",
		"[Server response: Missed upload deadline (9.99s) (state SENT_EHLO) code(0) ]",
		"REJECT Not authorized to relay",
	}, ClassAuth, ClassRevoked)
}
