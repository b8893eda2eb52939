package classify

// Replies of Zimbra Collaboration's mailbox server (Zimbra/zm-mailbox
// commit 2b7f9787 of 2024-10-24): its IMAP server
// (store/src/java/com/zimbra/cs/imap/ImapHandler.java, ImapConfig.java,
// ImapAuthenticatorUser.java), POP3 server (pop3/Pop3Handler.java,
// Pop3AuthenticatorUser.java, Pop3Config.java), LMTP server
// (lmtpserver/LmtpReply.java, raised in LmtpHandler.java and
// ZimbraLmtpBackend.java), the SASL authenticators (security/sasl/), the SOAP
// faults of the login path (account/AccountServiceException.java,
// service/AuthProvider.java) and the audit log lines LdapProvisioning.java
// and LdapLockoutPolicy.java write for a refused login.
// testdata/catalogs/server_zimbra.jsonl holds them.
//
// Phrases added to existing rules: imap_disabled_by_admin "does not have
// imap access enabled" (startSession(): zimbraImapEnabled off);
// account_blocked "account(or domain) status is locked" (the audit log's
// reason for an account the administrator locked);
// too_many_login_attempts "], account lockout" (the audit log's lockout
// reason); imap_folder_command_refused "rename of inbox not supported",
// "cannot rename mailbox to other user's namespace", "mailbox selected
// read-only"; auth_required_first "must be in authenticated or selected
// state", "this command is only valid after a login"; auth_mechanism_unsupported
// "malformed authentication request" (Authenticator.sendBadRequest()),
// "mechanism not specified" (POP3 AUTH without a mechanism);
// starttls_required "only valid after entering tls mode" (POP3
// checkIfLoginPermitted()), "server accepts messages only on tls connection"
// (LMTP TLS_REQUIRED); temporary_wording "closing connection; service busy"
// (the connection-rejected reply of a full thread pool);
// l10n_zimbra_password_must_change "must change password"
// (AccountServiceException.CHANGE_PASSWORD). The rules here cover the rest.

// zimbraServerRules come right after gromoxRules: Zimbra's sentences decide
// before the credential words of textRules ("login failed", "authentication
// failed for") and its account words ("account not active"), which would
// take a login sent to the wrong host, an account its administrator closed
// or an account in maintenance behind "authentication failed: " for a
// refused password or a provider's ban.
var zimbraServerRules = []rule{
	{id: "zimbra_login_other_host", class: ClassConfig, anyOf: p(
		// ImapHandler.startSession(): the password was accepted, but the
		// account's IMAP is served by other hosts; without LOGIN_REFERRALS
		// "<command> failed (wrong host)", with it an RFC 2221 referral.
		"login failed (wrong host)", "authenticate failed (wrong host)", "[referral imap://"),
		doc: "Zimbra's IMAP server accepted the password but the account is served by another host (ImapHandler.startSession(), Zimbra/zm-mailbox): the client's host setting, not the credentials"},
	{id: "zimbra_account_status_disabled", class: ClassRevoked, anyOf: p(
		// LdapProvisioning.checkAccountStatus(): AUTH_FAILED with the reason
		// "account(or domain) status is <status>" for a closed account.
		"account(or domain) status is closed",
		// AuthProvider.validateAuthToken(): AUTH_EXPIRED("account not active").
		"auth credentials have expired: account not active"),
		doc: "Zimbra refuses an account (or domain) its administrator closed, or a session token of an account no longer active (LdapProvisioning.checkAccountStatus(), AuthProvider, Zimbra/zm-mailbox): the account is disabled"},
	{id: "zimbra_account_maintenance", class: ClassTransient, anyOf: p(
		// Pop3Handler.authenticate() for MAINTENANCE_MODE, spelled so in the
		// code; AUTH PLAIN writes "authentication failed: " before it.
		"is having maintenance peformed"),
		doc: "Zimbra's POP3 server refuses a login while the account is in maintenance (Pop3Handler.java, Zimbra/zm-mailbox): temporary, the password was not judged"},
	{id: "zimbra_client_protocol", class: ClassConfig, anyOf: p(
		// Pop3Handler.doPASS() without USER, doSTLS() on the SSL port.
		"please specify username first with the user command", "command not valid over ssl"),
		doc: "Zimbra's POP3 server refuses the client's command sequence or STLS on its implicit-TLS port (Pop3Handler.java, Zimbra/zm-mailbox): the client's protocol use, not the credentials"},
}
