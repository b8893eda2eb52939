package classify

import (
	"testing"
)

// Round 50's self-hosted mail-server bundles (round50_mailservers.go): the
// SASL layer's and Postfix's own sentences behind the round's rows, their
// siblings in the same source files, and look-alikes that keep their reading
// (a wrong password stays auth).
func TestRound50MailserversFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Cyrus SASL lib/checkpw.c: the password-check daemon (saslauthd,
		// pwcheck, Courier authdaemond) cannot be reached or answers
		// garbage, as Postfix logs it.
		{"warning: SASL authentication failure: cannot connect to saslauthd server: No such file or directory", ClassConfig, "mailservers_sasl_backend"},
		{"Jun 3 10:00:01 mail postfix/smtpd[123]: warning: SASL authentication failure: cannot connect to saslauthd server: Permission denied", ClassConfig, "mailservers_sasl_backend"},
		{"warning: SASL authentication failure: cannot open door to saslauthd server: No such file or directory", ClassConfig, "mailservers_sasl_backend"},
		{"warning: SASL authentication failure: door call to saslauthd server failed: Bad file number", ClassConfig, "mailservers_sasl_backend"},
		{"warning: SASL authentication failure: bad response from saslauthd", ClassConfig, "mailservers_sasl_backend"},
		{"warning: SASL authentication failure: saslauthd sent an overly long response", ClassConfig, "mailservers_sasl_backend"},
		{"warning: SASL authentication failure: cannot connect to pwcheck server", ClassConfig, "mailservers_sasl_backend"},
		{"warning: SASL authentication failure: cannot connect to Courier authdaemond: No such file or directory", ClassConfig, "mailservers_sasl_backend"},
		// Cyrus SASL's password store and verifier setup (sasldb drivers,
		// lib/server.c, lib/auxprop.c).
		{"warning: SASL authentication problem: unable to open Berkeley db /etc/sasldb2: Permission denied", ClassConfig, "mailservers_sasl_backend"},
		{"warning: SASL authentication failure: Could not open db `/etc/sasldb2': Permission denied", ClassConfig, "mailservers_sasl_backend"},
		{"warning: SASL authentication failure: Could not open /etc/sasldb2: gdbm_errno=3", ClassConfig, "mailservers_sasl_backend"},
		{"warning: SASL authentication failure: No Database Driver", ClassConfig, "mailservers_sasl_backend"},
		{"warning: SASL authentication failure: no users in secrets db", ClassConfig, "mailservers_sasl_backend"},
		{"warning: SASL authentication problem: unknown password verifier(s) saslauthd", ClassConfig, "mailservers_sasl_backend"},
		{"warning: SASL authentication problem: no plaintext password verifier?", ClassConfig, "mailservers_sasl_backend"},
		{"warning: SASL authentication problem: could not find auxprop plugin, was searching for sql", ClassConfig, "mailservers_sasl_backend"},
		// Postfix smtpd XCLIENT and XFORWARD from a proxy it does not
		// trust (Mailu's nginx front), as nginx logs it and bare.
		{`upstream sent invalid response: "550 5.7.0 Error: insufficient authorization" while reading response from upstream`, ClassConfig, "mailservers_postfix_xclient_denied"},
		{"550 5.7.0 Error: insufficient authorization", ClassConfig, "mailservers_postfix_xclient_denied"},
		// Postfix dict_sockmap.c: a socketmap server (Mailu's podop) that
		// cannot be reached or gives no definite answer; the lookup is
		// retried (DICT_ERR_RETRY, or DICT_ERR_CONFIG answered 4xx).
		{"warning: table socketmap:unix:/tmp/podop.socket:transport lookup error: No such file or directory", ClassTransient, "mailservers_postfix_socketmap_error"},
		{"warning: table socketmap:unix:/tmp/podop.socket:domain lookup error: unexpected end-of-file", ClassTransient, "mailservers_postfix_socketmap_error"},
		{"warning: table socketmap:inet:127.0.0.1:8080:sender lookup error: timeout", ClassTransient, "mailservers_postfix_socketmap_error"},
		{"warning: socketmap:unix:/tmp/podop.socket:alias socketmap server temporary error: database is locked", ClassTransient, "mailservers_postfix_socketmap_error"},
		{"warning: socketmap:unix:/tmp/podop.socket:alias socketmap server timeout error", ClassTransient, "mailservers_postfix_socketmap_error"},
		{"warning: socketmap:unix:/tmp/podop.socket:alias socketmap server unknown error: BUSY", ClassTransient, "mailservers_postfix_socketmap_error"},
		{"warning: socketmap:unix:/tmp/podop.socket:alias socketmap server permanent error: bad query", ClassTransient, "mailservers_postfix_socketmap_error"},
		// Roundcube's smtpautherror after a 250 (EHLO, no AUTH offered),
		// as ISPConfig's Roundcube users paste it without the colon.
		{"SMTP Error (250) Authentication is failed", ClassConfig, "mailservers_roundcube_auth_250"},
		{"SMTP Error (250) Authentication failed.", ClassConfig, "mailservers_roundcube_auth_250"},
		{"SMTP Error (250): Authentication failed.", ClassConfig, ""},
		// Look-alikes: a refused password stays auth, the SASL layer's
		// other readings stay, other 250 and 5.7.x sentences keep theirs.
		{"warning: SASL authentication failure: Password verification failed", ClassAuth, ""},
		{"warning: unknown[203.0.113.9]: SASL PLAIN authentication failed: authentication failure", ClassAuth, ""},
		{"warning: unknown[203.0.113.9]: SASL LOGIN authentication failed: UGFzc3dvcmQ6", ClassAuth, ""},
		{"535 5.7.8 Error: authentication failed: authentication failure", ClassAuth, ""},
		{"saslauthd[1119]: : auth failure: [user=josephmalone] [service=smtp] [realm=] [mech=pam] [reason=PAM auth error]", ClassAuth, ""},
		{"535 5.7.8 Error: authentication failed: generic failure", ClassAuthTemporary, ""},
		{"warning: SASL authentication failure: saslauthd internal error", ClassTransient, ""},
		{"warning: SASL authentication failure: realm changed: authentication aborted", ClassConfig, ""},
		{"warning: SASL authentication failure: No worthy mechs found", ClassConfig, ""},
		{"warning: SASL: Connect to private/auth failed: No such file or directory", ClassConfig, "servers_postfix_sasl_setup"},
		{"SMTP Error (535): Authentication failed.", ClassAuth, ""},
		{"SMTP Error (250) Connection to server failed.", ClassTransient, ""},
		{"554 5.7.1 <host.example.net[203.0.113.5]>: Client host rejected: Access denied", ClassRejected, ""},
		{"Error: insufficient authorization for this operation", ClassUnknown, ""},
		{"553 5.7.0 Error: insufficient authorization", ClassRejected, ""},
		{"451 4.3.0 <user@example.com>: Temporary lookup failure", ClassTransient, ""},
		{"table socketmap:unix:/tmp/podop.socket:transport has changed -- restarting", ClassUnknown, ""},
	})
}
