package classify

import "testing"

// Round 37's mail-server setup faults and providers' replies
// (round37_servers.go): each family's round text, siblings from the same
// source that the round does not hold, and look-alikes that must stay apart.
func TestRound37ServersFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Dovecot passdb-pam.c: the PAM service file is missing.
		{"May  8 17:17:39 mail dovecot: auth-worker(2478): Error: pam(email@mydomain.com,127.0.0.1): pam_authenticate() failed: Authentication failure (/etc/pam.d/imap missing?)", ClassConfig, "servers_dovecot_passdb_setup"},
		{"auth-worker(77): Error: pam(carol,203.0.113.5): pam_authenticate() failed: Authentication failure (/etc/pam.d/pop3 missing?)", ClassConfig, "servers_dovecot_passdb_setup"},
		{"auth: Error: pam(dave,203.0.113.5): unknown user (/etc/pam.d/smtp missing?)", ClassConfig, "servers_dovecot_passdb_setup"},
		// Dovecot password schemes: the stored hash cannot be read.
		{"May 18 12:48:40 betalord dovecot: auth-worker(1709475): Error: sql(betalord@betalord.com,127.0.0.1,<GyrF5+ml+Jx/AAAB>): Invalid password in passdb: Not a valid MD5-CRYPT or PLAIN-MD5 password", ClassConfig, "servers_dovecot_passdb_setup"},
		{"auth: Error: ldap(erin,203.0.113.5): Invalid password in passdb: SMD5 password is too short", ClassConfig, "servers_dovecot_passdb_setup"},
		{"auth: Error: sql(erin@example.net,203.0.113.5): Password data is not valid for scheme BLF-CRYPT: Input isn't valid base64 encoded data", ClassConfig, "servers_dovecot_passdb_setup"},
		{"auth: Error: passwd-file(erin@example.net,203.0.113.5): Unknown scheme ARGON2", ClassConfig, "servers_dovecot_passdb_setup"},
		{"auth: Info: sql(erin@example.net,203.0.113.5): Requested DIGEST-MD5 scheme, but we have only BLF-CRYPT", ClassConfig, "servers_dovecot_passdb_setup"},
		// Postfix smtpd cannot reach or start its SASL server.
		{"Feb 09 05:33:28 MainServer postfix/smtps/smtpd[24431]: warning: SASL: Connect to private/auth failed: No such file or directory", ClassConfig, "servers_postfix_sasl_setup"},
		{"Feb 09 05:33:28 MainServer postfix/smtps/smtpd[24431]: fatal: no SASL authentication mechanisms", ClassConfig, "servers_postfix_sasl_setup"},
		{"postfix/submission/smtpd[901]: warning: SASL: Connect to Dovecot auth socket 'private/auth' failed: Connection refused", ClassConfig, "servers_postfix_sasl_setup"},
		{"postfix/submission/smtpd[901]: warning: xsasl_cyrus_server_get_mechanism_list: no applicable SASL mechanisms", ClassConfig, "servers_postfix_sasl_setup"},
		{"postfix/submission/smtpd[901]: fatal: SASL per-connection initialization failed", ClassConfig, "servers_postfix_sasl_setup"},
		// hMailServer: the inbox could not be loaded after the password.
		{"+ERR Server error: Failed to fetch messages in Inbox.", ClassTransient, "servers_pop3_inbox_load_failed"},
		{"-ERR Server error: Failed to fetch messages in Inbox.", ClassTransient, "servers_pop3_inbox_load_failed"},
		{"-ERR Unable to access mailbox.", ClassTransient, "servers_pop3_inbox_load_failed"},
		// Zimbra: a wildcard in the Other Users' namespace.
		{`{"Action":"Folders","Result":false,"ErrorCode":999,"ErrorMessage":"0 -  LIST failed: wildcards not permitted in username","ErrorMessageAdditional":"","epoch":1708002137}`, ClassConfig, "servers_imap_list_wildcard_owner"},
		{"A7 NO LSUB failed: wildcards not permitted in username", ClassConfig, "servers_imap_list_wildcard_owner"},
		{"NO XLIST failed: wildcards not permitted in username", ClassConfig, "servers_imap_list_wildcard_owner"},
		// Mailspring and MailCore2: the server's reply could not be parsed.
		{"Parsing Error (IMAP):", ClassConfig, "servers_imap_reply_unparsed"},
		{"Parsing Error (SMTP)", ClassConfig, "servers_imap_reply_unparsed"},
		{`Error Domain=MCOErrorDomain Code=3 "Unable to parse response from server." UserInfo={NSLocalizedDescription=Unable to parse response from server.}`, ClassConfig, "servers_imap_reply_unparsed"},
		// Proton Mail Bridge: the client's sender or message.
		{"(554, b'5.0.0 Error: The sender or recipient address is not valid. Review the addresses and resend the message')", ClassConfig, "servers_bridge_sender_refused"},
		{"554 5.0.0 Error: You cannot send from this address: bob@example.org. Check your email client and Bridge settings", ClassConfig, "servers_bridge_sender_refused"},
		{"The sender address is not valid for this account. Check your email client and Proton settings, or choose a different sender address", ClassConfig, "servers_bridge_sender_refused"},
		{"This message couldn't be sent because the email client sent a malformed message", ClassConfig, "servers_bridge_sender_refused"},
		// Sisimai RequirePTR: the sending IP does not fit the sender.
		{"Diagnostic-Code: smtp;550 domain [example.com] mismatches client ip 192.0.2.225. ", ClassRejected, "servers_sending_ip_mismatch"},
		{"554 Connection refused(mx). MAIL FROM [bob@example.org] mismatches client IP [203.0.113.9].", ClassRejected, "servers_sending_ip_mismatch"},
		{"550 Service permits only verified senders: unverifyable sending ips", ClassRejected, "servers_sending_ip_mismatch"},
		// Look-alikes that keep their own rules: a real refused login in the
		// same logs, a backend that is down, a relay refusal.
		{"auth: Info: pam(bob,203.0.113.5): pam_authenticate() failed: Authentication failure (Password mismatch?)", ClassAuth, "server_auth_log"},
		{"auth-worker(1668): sql(user@domain.com,192.0.2.8): unknown user (given password: XXX)", ClassAuth, "dovecot_passdb_unknown_user"},
		{"auth: Error: passwd-file(info,192.0.2.8,<U9qAxt6C>): stat(/etc/exim4/domains//passwd) failed: No such file or directory", ClassAuthTemporary, "auth_backend_down"},
		{"550 5.7.1 <bbb@qq.com>... Relaying denied. IP name lookup failed [192.0.2.242]", ClassConfig, ""},
		{"User Authentication failed. Please check the outgoing server configuration in your mail client and try again", ClassAuth, ""},
	})
	assertNotClasses(t, []string{
		"auth: Error: sql(bob@example.org,192.0.2.7): Invalid password in passdb: Weak password scheme 'MD5-CRYPT' used and refused",
		"postfix/smtpd[4410]: warning: SASL: Connected to wrong auth socket (auth-master instead of auth-client)",
		"postfix/smtpd[4410]: fatal: smtpd_sasl_security_options discards all mechanisms in 'PLAIN LOGIN'",
		"a2 NO LSUB failed: wildcards not permitted in username",
		"Parsing Error (IMAP): server replied with an empty flag",
	}, ClassAuth, ClassRevoked)
}
