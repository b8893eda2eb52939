package classify

// logRules read the wording of mail-server logs and of MTA and language
// clients that relay through a mailbox, tried after the library rules and
// before the generic wording of rules.go.
var logRules = []rule{
	// Dynamics 365 server-side synchronization names the mailbox's state in
	// its alerts (learn.microsoft.com troubleshoot power-platform dataverse
	// email-exchange-synchronization): an Office 365 administrator's approval
	// of the mailbox (OutgoingEmailS2SApprovalNeeded) is the tenant's to give,
	// and a server location, a mailbox location or an impersonation right
	// (EWS ErrorImpersonateUserDenied) is the profile's configuration.
	{id: "d365_admin_approval", class: ClassAdmin, anyOf: p("requires an approval by an office 365 administrator", "s2sapprovalneeded"),
		doc: "Dynamics 365: the mailbox's email address needs an Office 365 administrator's approval"},
	{id: "d365_profile_settings", class: ClassConfig, anyOf: p("email server location", "mailbox location could not be determined", "permission to impersonate"),
		doc: "Dynamics 365, EWS: the email server profile's location, port or impersonation right is wrong"},
	// Postfix's SMTP client (src/smtp/smtp_sasl_glue.c in postfix/postfix) says
	// "SASL authentication failed; server X said: ..." when the server refused
	// the login, and "SASL authentication failed; cannot authenticate to server
	// X: <reason>" when its own SASL library failed before the server answered
	// (Cyrus SASL "generic failure", "no mechanism available"): configuration.
	// Cyrus SASL's client says "No worthy mechs found" when none of the
	// server's mechanisms is installed or allowed by the client's security
	// options (cyrusimap/cyrus-sasl lib/client.c, sasl_client_start,
	// SASL_NOMECH), before any credential is sent.
	{id: "mta_sasl_client_failure", class: ClassConfig, anyOf: p("using 0 possible authenticators", "no sasl mechanism", "cannot authenticate to server", "no mechanism available", "no worthy mechs"),
		doc: "the relaying MTA's own SASL library failed before the server answered (missing mechanism plugins): configuration"},
	// Ruby net/smtp (lib/net/smtp.rb check_auth_args in ruby/net-smtp) raises
	// "SMTP-AUTH requested but missing user name" / "... missing secret phrase"
	// before contacting the server; products check the same before AUTH in
	// their own words ("cannot use PLAIN auth, password not defined", coder/coder
	// coderd/notifications/dispatch/smtp.go; Peppermint's "IMAP configuration is
	// missing a password", Peppermint-Lab/peppermint
	// apps/api/src/lib/services/imap.service.ts). Likewise a desktop secret
	// store that did not give the password: KDE's IMAP resource "Could not
	// read the password: user rejected wallet access" (kdepim-runtime
	// resources/imap), a Secret Service D-Bus cannot start ("The name ... was
	// not provided by any .service files", dbus-daemon's ServiceUnknown), and
	// products whose own settings lack what the login needs (Delta Chat's
	// "IMAP Connect without configured params", chatmail/core src/imap.rs;
	// EmailEngine's "Authentication server requested but not set"), and
	// Alibaba Mail's SMTP reply 524 "username or passwd is NULL" (its SMTP
	// error table: the client sent an empty user name or password).
	{id: "auth_settings_missing", class: ClassConfig, anyOf: p("missing secret phrase", "missing user name", "is missing a password", "could not read the password", "rejected wallet access", "not provided by any .service files", "connect without configured params", "passwd is null", "server requested but not set", "missing password for", "password not defined", "username not defined", "user name not defined"),
		doc: "the product asked for SMTP AUTH without a user name or password configured, or its secret store gave none: nothing was sent"},
	// Gmail's POP answer when POP is off in the account's own settings
	// (support.google.com/mail/answer/7104828).
	{id: "pop_disabled_in_settings", class: ClassConfig, anyOf: p("not enabled for pop access"),
		doc: "POP is turned off in the mailbox's own settings: turn it on, no new sign-in"},
	// Mail-server logs of a refused login: Dovecot's passdb ("Password mismatch"),
	// PAM ("pam_unix(dovecot:auth): check pass; user unknown"), Plesk's SASL daemon,
	// Openwave/Synchronoss ("AcctBadPswd"), OTRS's fetcher ("Auth for user ... failed!"),
	// Stalwart's tracing (smtp::inbound::auth: event="authenticate" result="failed"),
	// Dovecot's disconnect reason "(auth failed, N attempts in M secs)" (dovecot/core
	// src/login-common/client-common.c), which stays a refused login when the
	// client then drops the connection.
	{id: "server_auth_log", class: ClassAuth, anyOf: p("password mismatch", "acctbadpswd", "mail authenticatication attempt", "mail authentication attempt", "pam_unix(", "check pass;", `event="authenticate" result="failed"`, "(auth failed, ", "auth failure (", "sasl(-13)"),
		doc: "a mail server's log line for a refused login (Dovecot, PAM, Plesk, Openwave)"},
	// Dovecot's passdb lookups log "driver(user,ip): unknown user" for a
	// login name no user database holds (auth_verbose; dovecot/core
	// src/auth/auth-request.c): a refused login, never a recipient.
	{id: "dovecot_passdb_unknown_user", class: ClassAuth, anyOf: dovecotPassdbs(""), alsoAny: p("): unknown user"),
		doc: "a Dovecot passdb lookup found no such login: a refused login, not a recipient"},
	// OpenSMTPD logs every AUTH it refuses with its result ("smtp
	// event=authentication user=... result=permfail", older "smtp
	// authentication user=... result=permfail"; openbsd/src usr.sbin/smtpd/
	// smtp_session.c): a refused login.
	{id: "opensmtpd_auth_refused", class: ClassAuth, allOf: p("authentication", "result=permfail"),
		doc: "OpenSMTPD's log of an AUTH it refused"},
	{id: "fetcher_auth_failed", class: ClassAuth, allOf: p("auth for user", "failed"),
		doc: "a mail fetcher's log line for a refused login (OTRS: 'Auth for user ... failed!')"},
}

// dovecotPassdbs returns, each after prefix, how Dovecot's passdb drivers
// open a log line about one lookup ("sql(user,ip): ...", dovecot/core
// src/auth/passdb-*.c).
func dovecotPassdbs(prefix string) []string {
	drivers := p("sql(", "passwd-file(", "ldap(", "pam(", "checkpassword(", "passwd(", "lua(")
	for i, d := range drivers {
		drivers[i] = prefix + d
	}
	return drivers
}
