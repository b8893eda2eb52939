package classify

import (
	"testing"
)

// TestZimbraServerReplies checks replies of Zimbra's mailbox server
// (Zimbra/zm-mailbox commit 2b7f9787), labelled from the code that sends
// each (testdata/catalogs/server_zimbra.jsonl), not from the rules. IMAP
// replies are composed as ImapHandler.sendNO()/sendBAD() write them: the
// tag ("a1"), "NO " or "BAD " and the text. POP3 replies are "-ERR " and
// the Pop3CmdException message; for AUTH PLAIN, Pop3AuthenticatorUser
// passes that message to sendFailed(msg), which writes "authentication
// failed: " before it. Audit lines are ZimbraLog.encodeAttrs() of
// {"cmd", "Auth", "account", name, "protocol", proto, "error",
// e.getMessage() + e.getReason(", %s")}, each pair written "name=value;".
func TestZimbraServerReplies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Pop3Handler.authenticate(): no account, AUTH_FAILED or
		// TWO_FACTOR_AUTH_FAILED.
		{"-ERR LOGIN failed", ClassAuth, ""},
		// The same through AUTH PLAIN (Pop3AuthenticatorUser.sendFailed(msg)).
		{"-ERR authentication failed: LOGIN failed", ClassAuth, ""},
		// AUTH PLAIN during maintenance (sendFailed(msg) prefix).
		{"-ERR authentication failed: your account is having maintenance peformed. please try again later", ClassTransient, "zimbra_account_maintenance"},
		// ImapHandler.startSession(): zimbraImapEnabled off.
		{"a1 NO account does not have IMAP access enabled", ClassAdmin, "imap_disabled_by_admin"},
		// startSession(): "%s failed (wrong host)" with command AUTHENTICATE.
		{"a1 NO AUTHENTICATE failed (wrong host)", ClassConfig, "zimbra_login_other_host"},
		// startSession(): "[REFERRAL imap://%s@%s/] %s failed" (LOGIN_REFERRALS).
		{"a1 NO [REFERRAL imap://anna%40example.com@mail2.example.com/] LOGIN failed", ClassConfig, "zimbra_login_other_host"},
		// LdapProvisioning.checkAccountStatus(): status closed, logged by authAccount().
		{"cmd=Auth; account=anna@example.com; protocol=imap; error=authentication failed for [anna@example.com], account(or domain) status is closed;", ClassRevoked, "zimbra_account_status_disabled"},
		// The same for an account the administrator locked.
		{"cmd=Auth; account=anna@example.com; protocol=imap; error=authentication failed for [anna@example.com], account(or domain) status is locked;", ClassBlocked, "account_blocked"},
		// AuthProvider: ServiceException.AUTH_EXPIRED("account not active").
		{"auth credentials have expired: account not active", ClassRevoked, "zimbra_account_status_disabled"},
		// LdapLockoutPolicy locked the account out (reason "account lockout").
		{"cmd=Auth; account=anna@example.com; protocol=pop3; error=authentication failed for [anna@example.com], account lockout;", ClassAuthTemporary, "too_many_login_attempts"},
		// AccountServiceException.CHANGE_PASSWORD as a SOAP fault.
		{"must change password", ClassAuth, "l10n_zimbra_password_must_change"},
		// Pop3Handler.checkIfLoginPermitted(): cleartext logins off.
		{"-ERR only valid after entering TLS mode", ClassConfig, "starttls_required"},
		// LmtpReply.TLS_REQUIRED.
		{"451 4.2.2 Server accepts messages only on TLS connection", ClassConfig, "starttls_required"},
		// Pop3Config.getConnectionRejected(): the thread pool is full.
		{"-ERR mail.example.com Zimbra POP3 server closing connection; service busy", ClassTransient, "temporary_wording"},
		// ImapHandler.doRENAME() for INBOX.
		{"a1 NO RENAME failed: RENAME of INBOX not supported", ClassConfig, "imap_folder_command_refused"},
		// Pop3Handler.doPASS() without USER.
		{"-ERR please specify username first with the USER command", ClassConfig, "zimbra_client_protocol"},
	})
	// Look-alikes: words of a refused login that are a host setting, the
	// client's TLS or SASL use, maintenance or a temporary lockout.
	assertNotClasses(t, []string{
		"a1 NO LOGIN failed (wrong host)",
		"a1 NO cleartext logins disabled",
		"a1 BAD malformed authentication request",
		"a1 BAD AUTHENTICATE failed; invalid base64 input",
		"-ERR please specify username first with the USER command",
		"-ERR your account is having maintenance peformed. please try again later",
		"cmd=Auth; account=anna@example.com; protocol=imap; error=authentication failed for [anna@example.com], account lockout;",
		"account is in maintenance mode",
	}, ClassAuth, ClassRevoked, ClassBlocked, ClassAdmin)
}
