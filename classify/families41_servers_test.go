package classify

import "testing"

// Round 41's mail servers' own wording (round41_servers.go): each family's
// round text, siblings from the same source that the round does not hold, and
// look-alikes that must keep their own class. The Dovecot lines are built
// from the format strings of src/login-common/client-common.c (2.3's
// "Aborted login"/"Disconnected (reason)" and 2.4's "Login aborted: ...
// (reason, N attempts in N secs) (event_reason)").
func TestRound41ServersFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Dovecot: the passdb disabled the user or its login.
		{"Oct 23 14:49:19 gator3200 dovecot: imap-login: Aborted login (user disabled): user=<yanet@mtybuilders.com>, method=PLAIN, rip=74.95.218.150, lip=192.254.190.184, TLS, session=<nIZNNpmVGNBKX9qW>", ClassBlocked, "servers_dovecot_login_disabled"},
		{"dovecot: pop3-login: Disconnected (user disabled): user=<bob@example.org>, method=PLAIN, rip=203.0.113.5, lip=192.0.2.10, TLS", ClassBlocked, "servers_dovecot_login_disabled"},
		{"dovecot: imap-login: Login aborted: Logged out (user disabled, 1 attempts in 2 secs) (user_disabled): user=<bob@example.org>, method=PLAIN, rip=203.0.113.5", ClassBlocked, "servers_dovecot_login_disabled"},
		{"dovecot: imap-login: Disconnected (login disabled): user=<bob@example.org>, method=PLAIN, rip=203.0.113.5", ClassBlocked, "servers_dovecot_login_disabled"},
		// Dovecot: the client's login method, TLS or certificate.
		{"dovecot: imap-login: Login aborted: Logged out (tried to use disallowed cleartext auth, 1 attempts in 0 secs) (cleartext_auth_disabled): user=<>, rip=203.0.113.5", ClassConfig, "servers_dovecot_login_setup"},
		{"dovecot: imap-login: Disconnected (tried to use unsupported auth mechanism): user=<>, method=CRAM-MD5, rip=203.0.113.5", ClassConfig, "servers_dovecot_login_setup"},
		{"dovecot: imap-login: Disconnected (cert required, client didn't start TLS): user=<>, rip=203.0.113.5", ClassConfig, "servers_dovecot_login_setup"},
		{"dovecot: imap-login: Disconnected (authorization failed, 1 attempts in 0 secs): user=<bob@example.org>, method=PLAIN, rip=203.0.113.5", ClassConfig, "servers_dovecot_login_setup"},
		// Dovecot: the session dropped during the login, or the server's
		// auth process failed.
		{"dovecot: imap-login: Disconnected (disconnected before auth was ready, waited 0 secs): user=<>, rip=203.0.113.5", ClassTransient, "servers_session_dropped"},
		{"dovecot: imap-login: Disconnected (client didn't finish SASL auth, waited 0 secs): user=<>, method=PLAIN, rip=203.0.113.5", ClassTransient, "servers_session_dropped"},
		{"dovecot: imap-login: Disconnected (internal failure, 1 successful auths): user=<bob@example.org>, method=PLAIN", ClassTransient, "servers_session_dropped"},
		// Dovecot: the auth service's temporary trouble.
		{"dovecot: pop3-login: Disconnected (auth process communication failure): user=<bob@example.org>, method=PLAIN", ClassAuthTemporary, "servers_dovecot_auth_tempfail"},
		{"dovecot: imap-login: Disconnected (auth service reported temporary failure): user=<bob@example.org>, method=PLAIN, rip=203.0.113.5", ClassAuthTemporary, "servers_dovecot_auth_tempfail"},
		// Dovecot look-alikes that keep their rules: a refused password, an
		// expired one, the per-user connection limit.
		{"dovecot: imap-login: Aborted login (auth failed, 1 attempts in 2 secs): user=<bob@example.org>, method=PLAIN, rip=203.0.113.5", ClassAuth, "server_auth_log"},
		{"dovecot: imap-login: Login aborted: Connection closed (auth failed, 1 attempts in 2 secs) (auth_failed): user=<bob@example.org>, method=PLAIN", ClassAuth, "server_auth_log"},
		{"dovecot: imap-login: Disconnected (password expired): user=<bob@example.org>, method=PLAIN", ClassAuth, ""},
		// Dovecot's login processes at their limit: no login was tried.
		{"dovecot: imap-login: Disconnected: Connection queue full (no auth attempts in 0 secs): user=<>, rip=203.0.113.5, lip=192.0.2.10", ClassTransient, "server_overloaded"},
		{"-ERR Server too busy", ClassTransient, "server_overloaded"},
		{"dovecot: imap-login: Maximum number of connections from user+IP exceeded (mail_max_userip_connections=10): user=<bob@example.org>, method=PLAIN", ClassRateLimited, "connection_limits"},
		{"-ERR [AUTH] Login disabled for this user", ClassBlocked, "server_login_disabled"},
		// The provider refuses to send for a compromised account.
		{"Net::SMTP=GLOB(0x58fdc88)<<< 554 5.7.1 <mail@bellakabelky.sk>: Sender address rejected: Your mail account (mail@bellakabelky.sk) was compromised. Please change your password immediately after next login and contact technical support.", ClassBlocked, "servers_sender_account_compromised"},
		{"status=bounced (host mail4-1.hostmaster.sk[192.0.2.4] said: 554 5.7.1 <bob@example.sk>: Sender address rejected: Your mail account (bob@example.sk) was compromised. Please change your password immediately after next login and contact technical support. (in reply to RCPT TO command))", ClassBlocked, "servers_sender_account_compromised"},
		{"SMTP Error: data not accepted. SMTP server error: MAIL FROM command failed Detail: Sender address rejected: Your mail account has been compromised SMTP code: 554 Additional SMTP info: 5.7.1", ClassBlocked, "servers_sender_account_compromised"},
		// Look-alikes: a sender the login may not use stays config; a
		// complaint block stays blocked by its own rule.
		{"553 5.7.1 <a@b.example>: Sender address rejected: not owned by user c@b.example", ClassConfig, "sender_not_owned"},
		{"550 5.7.1 [SB01] Your email address has been blocked due to complaints", ClassBlocked, "account_blocked"},
		// cPanel Exim's ratelimit ACL.
		{"Wed 2018-07-18 11:26:05: <-- 451-The server has reached its limit for processing requests from your host.", ClassRateLimited, "servers_exim_host_ratelimit"},
		{"451-The server has reached its limit for processing requests from your host.\n451 Please try again later.", ClassRateLimited, "servers_exim_host_ratelimit"},
		{"SMTP error from remote mail server after RCPT TO:<bob@example.org>: 451-The server has reached its limit for processing requests from your host.\n451 Please try again later.", ClassRateLimited, "servers_exim_host_ratelimit"},
		{"550 Domain example.com has exceeded the max emails per hour (100/100 (100%)) allowed.  Message discarded.", ClassRateLimited, ""},
		// The destination refused the recipient address.
		{"2017-07-26 04:59 oxse3.privateemail.com 1daDU8-0000Od-0y mail.mts.syn-alias.com mtyleung@mymts.net fredmer.card@fmerando.com REJECTED\nRecipient address rejected by destination", ClassRecipient, "servers_recipient_rejected_by_destination"},
		{"Email address rejected by destination", ClassRecipient, "servers_recipient_rejected_by_destination"},
		{"Failure type: Email address rejected by destination (550 5.1.1 No such user here)", ClassRecipient, ""},
		// Exchange's IMAP4 service answering BAD.
		{"* BAD Command Error. 12", ClassConfig, "servers_exchange_imap_bad_command"},
		{"Error: Error while executing request: Command Error. 10\n[ 'A8', 'BAD', 'Command Error. 10' ]", ClassConfig, "servers_exchange_imap_bad_command"},
		{"ERROR: 520 BAD Command Argument Error. 11 at /usr/share/perl5/vendor_perl/Mail/IMAPClient.pm line 1364.", ClassConfig, "servers_exchange_imap_bad_command"},
		{"imaplib.error: FETCH command error: BAD [b'Command Argument Error. 11']", ClassConfig, "servers_exchange_imap_bad_command"},
		{"IMAP command \"TAG5 UID FETCH 2 ()\" failed. Response: \"TAG5 BAD Command Argument Error. 11\"", ClassConfig, "servers_exchange_imap_bad_command"},
		{"IMAP Failure: 1 BAD Command received in Invalid state.", ClassConfig, ""},
		// POP3 servers that cannot read one message.
		{"poplib.error_proto: b'-ERR Message can not load'", ClassTransient, "servers_session_dropped"},
		{"-ERR Can't open the message file - it's gone!", ClassTransient, "servers_session_dropped"},
		{"javax.mail.MessagingException: error fetching POP3 content;\n  nested exception is: java.io.EOFException: -ERR Message can not load", ClassTransient, "servers_session_dropped"},
	})
	assertNotClasses(t, []string{
		"dovecot: imap-login: Disconnected (no auth attempts in 0 secs): user=<>, rip=203.0.113.5, TLS handshaking: SSL_accept() failed",
		"dovecot: imap-login: Disconnected (aborted authentication): user=<>, method=PLAIN, rip=203.0.113.5",
		"dovecot: imap-login: Disconnected (client sent an invalid cert): user=<>, rip=203.0.113.5",
		"* BAD Command Error. 10",
		"-ERR Message can not load",
		"Recipient address rejected by destination",
		"451 The server has reached its limit for processing requests from your host. Please try again later.",
	}, ClassAuth, ClassRevoked)
}
