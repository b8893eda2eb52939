package classify

import "slices"

// Rules for whole published catalogs, tried after the OAuth, Microsoft and
// Google rules of rules.go and before its look-alikes and generic wording.
// Each group names the catalog it covers (testdata/catalogs/*.jsonl).
var catalogRules = []rule{
	// ---- Codes against words: what the words say overrides the code.
	{id: "auth_backend_down", class: ClassAuthTemporary, anyOf: slices.Concat(p("connection lost to authentication server", "authentication server is down", "auth server is down", "authentication backend", "auth backend", "authentication service is temporarily",
		// Cyrus SASL's sasl_errstring (cyrusimap/cyrus-sasl lib/common.c) as
		// Postfix and Cyrus IMAP relay it: SASL_UNAVAIL, and SASL_FAIL, the
		// library's own failure rather than a verdict on the password.
		"remote authentication server unavailable", "failed: generic failure", "authenticating: generic failure",
		// courier-authlib reports a failed authdaemond call as EIO ("authentication
		// error: Input/output error"); PAM_AUTHINFO_UNAVAIL's pam_strerror text is
		// "Authentication service cannot retrieve authentication info" (pam(3)).
		"authentication error: input/output error", "cannot retrieve authentication info"),
		// Dovecot's passdb drivers log a lookup that failed (a database,
		// directory or file it could not read) at error level, and answer the
		// client "Temporary authentication failure" (dovecot/core
		// src/auth/passdb.c, PASSDB_RESULT_INTERNAL_FAILURE).
		dovecotPassdbs("error: ")), retry: 15 * minute,
		doc: "the server could not reach its authentication backend (Postfix with Dovecot or Cyrus SASL, Cyrus IMAP): temporary, whatever the code"},
	// An AUTH refused for want of encryption (X.7.10 "Encryption Needed",
	// RFC 5248's registry; 538 5.7.11, RFC 4954 section 6) is the client's
	// connection setting, whatever wrapper says "AUTH failed" around it
	// (chasquid's "503 5.7.10 You feel vulnerable").
	{id: "enhanced_5.7.10", class: ClassConfig, on: kindSMTP, enhanced: "5.7.10", doc: "5.7.10 encryption needed"},
	{id: "enhanced_5.7.11", class: ClassConfig, on: kindSMTP, enhanced: "5.7.11", doc: "5.7.11 encryption required for the mechanism"},
	{id: "relay_not_for_you", class: ClassConfig, anyOf: p("authentication not allowed on", "allowed to be relayed thru", "relayed thru this", "not subscribed to the outgoing mail service", "not subscribed to outgoing", "this is an inbound (mx) server", "use the submission host", "use submission for outgoing", "use the submission port", "inbound server only", "not an outgoing server", "not subscribed to smtp", "not subscribed to the smtp", "inbound-only server", "inbound only server", "is an inbound server", "is an inbound mx"),
		doc: "the host is not the account's sending server (an inbound MX, or a relay the account has no subscription to): configuration, whatever the code"},
	// Exchange Online's 550 5.7.13 for a mail-enabled public folder that takes
	// mail from authenticated (internal) senders only (learn.microsoft.com
	// troubleshoot exchange, round 29): the message's sender is refused, no
	// account is disabled.
	{id: "public_folder_auth_required", class: ClassRejected, anyOf: p("authenticationrequiredforpublicfolder"),
		doc: "Exchange Online: a public folder that takes mail only from authenticated senders refused this one"},
	{id: "recipient_account_disabled", class: ClassRecipient, on: kindSMTP, code: "550", enhanced: "5.7.13",
		doc: "550 5.7.13 at a receiving server (Google: 'The user account is disabled'): the recipient's account"},
	{id: "auth_results_header", class: ClassUnknown, anyOf: p("authentication-results: "), noneOf: p("550", "554", "5.7."),
		doc: "an Authentication-Results header (RFC 8601) pasted without a reply: it reports the message's SPF/DKIM/DMARC, not a failure"},

	// ---- IMAP response codes (RFC 5530 3): the code in brackets decides.
	// Outlook.com sends AUTHORIZATIONFAILED for an account it will not serve
	// over IMAP until the owner signs in on the web ("Login to your account
	// via a web browser", MailCore/mailcore2#1314): the owner's sign-in.
	{id: "imap_code_config", class: ClassConfig, anyOf: p("[authorizationfailed]", "[noperm]", "[alreadyexists]", "[nonexistent]", "[cannot]", " no unknown mailbox: ", "folder name conflicts with existing folder"), noneOf: p("via a web browser"),
		doc: "IMAP (RFC 5530): the client asked for something it may not do or that does not exist (AUTHORIZATIONFAILED, NOPERM, ALREADYEXISTS, NONEXISTENT)"},
	{id: "imap_code_contactadmin", class: ClassAdmin, anyOf: p("[contactadmin]"), noneOf: p("locked", "suspended", "disabled", "abuse"),
		doc: "IMAP (RFC 5530 CONTACTADMIN): the user must contact the system administrator"},
	{id: "imap_code_quota", class: ClassRateLimited, anyOf: p("[overquota]", "[limit]", "storage limit has been exceeded"), retry: hour,
		doc: "IMAP (RFC 5530 OVERQUOTA, LIMIT): a quota or an administrative limit was hit"},
	{id: "imap_code_transient", class: ClassTransient, anyOf: p("[expungeissued]", "[corruption]", "[tempfail]"),
		doc: "IMAP (RFC 5530 EXPUNGEISSUED, CORRUPTION): the operation may succeed when repeated"},

	// ---- Exchange Online NDRs (learn.microsoft.com non-delivery-reports-in-exchange-online).
	{id: "ms_destination_tls", class: ClassRecipient, anyOf: p("destination mail server must support tls", "destination mail server's certificate", "failed dane validation", "returned invalid dnssec records", "remote certificate must have a common name"),
		doc: "Exchange Online 4/5.7.321-325: the destination server's TLS, certificate, DANE or DNSSEC is broken"},
	{id: "ms_generic_error", class: ClassRejected, on: kindSMTP, enhanced: "5.0.350",
		doc: "Exchange Online 5.0.350: generic error or an oversized x-dg-ref header"},
	{id: "ms_message_expired", class: ClassRecipient, on: kindSMTP, enhanced: "5.4.300",
		doc: "Exchange Online 5.4.300: the message expired before the destination accepted it"},
	{id: "ms_bare_linefeeds", class: ClassConfig, on: kindSMTP, enhanced: "5.6.11",
		doc: "Exchange Online 5.6.11: invalid characters (bare line feeds) from the client"},
	{id: "ms_recipient_not_authorized", class: ClassRecipient, on: kindSMTP, enhanced: "5.7.1", anyOf: p("delivery not authorized"), noneOf: p("message refused"),
		doc: "Exchange Online 5.7.1: the recipient's restrictions do not allow this sender"},
	{id: "mail_config_refused", class: ClassConfig, anyOf: p("journaling", "routing loop", "email loop", "exceeded 50 hops", "multiple destination domains per transaction", "smtp protocol violation", "too many unauthenticated commands", "no smtp service here",
		// Exim (src/src/smtp_in.c) and Postfix (smtpd_sasl_glue.c) protocol errors.
		"smtp synchronization error", "too many nonmail commands", "sasl response limit",
		// Postal (app/lib/smtp_server/client.rb finished): more than four
		// Received headers name its own host ("550 Loop detected").
		"loop detected"),
		doc: "the sending setup is wrong: routing loops, journaling, protocol misuse, direct sending instead of the relay (Exchange, Google, RFC 5321)"},

	// ---- Google Workspace SMTP errors (support.google.com/a/answer/3726730).
	{id: "google_unsolicited_rate", class: ClassRateLimited, on: kindSMTP, code: "4", anyOf: p("unusual rate of unsolicited", "unusual amount of unsolicited", "exceeded the quota for sending messages that have the same message-id"), retry: hour,
		doc: "Google 421 4.7.28: sending is rate limited for an unusual rate of unsolicited mail or repeated Message-IDs"},
	{id: "google_relay_limit", class: ClassRateLimited, anyOf: p("relay limit exceeded", "relay sending limits", "smtp-relay-dienst-höchstbeschränkung"), retry: hour,
		doc: "Google SMTP relay: the peak or daily relay limit is exceeded"},
	{id: "dmarc_dns_temporary", class: ClassTransient, anyOf: p("temporary dns failures prevent"),
		doc: "Google 4.7.26: DMARC could not be checked for a temporary DNS failure"},
	{id: "message_malformed", class: ClassRejected, anyOf: p("message is malformed", "maximum allowed line length", "line length exceeded", "line too long", "malformed header", "not rfc 5322 compliant", "wasn't sent over a tls connection", "ip not in whitelist", "not rfc compliant", "rfc compliance failures", "excessive user complaints", "excessive unknown recipients"),
		// Gmail's 421 4.7.29 says the same of TLS as its 550 5.7.29 but
		// defers: "has been rate limited" (Google's SMTP error reference).
		noneOf: p("rate limited"),
		doc:    "the receiving server refused the message's form or the sender's practices (RFC 5322, TLS for bulk senders, allowlists, complaints; Google, Yahoo)"},
	{id: "google_relay_sending_denied", class: ClassBlocked, anyOf: p("email sending denied"), provider: "gmail",
		doc: "Google SMTP relay 5.7.0: sending is denied for this account"},

	// ---- Yandex non-delivery reports (yandex.com/support/mail/bounces).
	// ---- Mail server source texts (testdata/catalogs/server_*.jsonl).
	{id: "server_login_disabled", class: ClassBlocked, anyOf: p("login disabled for this user"),
		doc: "Dovecot (src/login-common/client-common-auth.c): the account's logins are disabled by its administrator"},
	{id: "server_client_refused", class: ClassRejected, anyOf: p("error: access denied for"),
		doc: "Postfix (src/smtpd/smtpd.c): the client host was refused at connect and every later command is denied"},
	{id: "server_account_not_authorized", class: ClassAdmin, anyOf: p("this app has been disabled", "your ip is not in the scope of this white list", "not authorized to operate on the specified resource", "contact your master account to activate", "you do not have permission to send internet mail", "need to be validated to enter", "not authorized to use this service", "access to requested service disabled"),
		doc: "Stalwart (crates/smtp/src/inbound/auth.rs): the account's role lacks the permission to use the service; WildDuck (nodemailer/wildduck lib/user-handler.js): the protocol is in the user's disabledScopes; Citadel (mingodad/citadel serv_smtp.c, room_ops.c): the administrator has not granted the user Internet mail, or has not validated the new account yet; an administrator's setting"},
	// WildDuck (nodemailer/wildduck commit 08c58047, lib/user-handler.js
	// authenticate()): a temporary (reset) password used before its validAfter
	// time; it is never valid for IMAP, POP3 or SMTP anyway, so the owner must
	// set a password. Before account_blocked, which reads "not yet activated".
	{id: "server_temp_password_not_valid", class: ClassAuth, anyOf: p("temporary password is not yet activated"),
		doc: "WildDuck: the temporary password is not valid yet (and never for mail protocols): the owner must set a password"},
	// WildDuck's ZoneMTA plugin (nodemailer/zonemta-wildduck index.js getUser()):
	// '550 User "<name>" is currently disabled' for the authenticated sender
	// whose account is disabled or suspended.
	{id: "server_sender_account_disabled", class: ClassBlocked, anyOf: p(`" is currently disabled`), noneOf: p("recipient", "rcpt"),
		doc: "WildDuck/ZoneMTA: the sending account is disabled or suspended"},
	{id: "server_master_user_authz", class: ClassConfig, anyOf: p("[auth] authorization failed", "delegation is forbidden", "no authenticate user does not exist",
		// mox (mjl-/mox smtpserver/server.go cmdAuth): a PLAIN authorization
		// identity other than the user name, answered 535 5.7.8.
		"cannot assume other role"),
		doc: "Dovecot POP3: a master user may not log in as the requested user; mox: an authorization identity other than the login; Apache James IMAP (AbstractAuthProcessor DELEGATION_FORBIDDEN, USER_DOES_NOT_EXIST for the delegation target): the login succeeded but may not act as the requested user (authorization, not authentication)"},
	// Sendmail 8.18.0.2 (hrs-allbsd/sendmail commit 19036c0d: sendmail/srvrsmtp.c,
	// cf/m4/proto.m4) and Apache James (apache/james-project commit 20bf8083:
	// protocols/smtp, protocols/imap, server/protocols/protocols-pop3); rows in
	// server_sendmail.jsonl and server_james.jsonl.
	{id: "server_tls_required", class: ClassConfig, anyOf: p("encryption too weak 0 less than", "authentication requires tls", "plain login / authentication are disabled"),
		doc: "TLS settings: Sendmail's access map's TLS_Clt ENCR requirement met by a client without STARTTLS (cipher bits 0); James's POP3 AUTH_REQUIRES_TLS and IMAP DISABLED_LOGIN (plain authentication only over TLS)"},
	{id: "server_tls_not_offered", class: ClassConfig, code: "503", anyOf: p("tls not available"),
		doc: "Sendmail (srvrsmtp.c CMDSTLS): STARTTLS is not configured on this server, a permanent 503; the client must not require STARTTLS here (the 454 forms are temporary)"},
	{id: "server_auth_client_error", class: ClassConfig, anyOf: p("authentication aborted", "authentication mechanism is unsupported", "too many bad commands; closing connection",
		// Postal (app/lib/smtp_server/client.rb auth_plain): the decoded AUTH PLAIN
		// string lacks the user name or password part.
		"authenticated failed - protocol error"),
		doc: "the client's own protocol use: a SASL exchange it cancelled (Postfix, Dovecot, James), a mechanism the server does not offer (James IMAP), Sendmail's MAXBADCOMMANDS"},
	{id: "server_sender_needs_login", class: ClassConfig, anyOf: p("incorrect authentication for specified email address", "not allowed for unauthenticated connection from"),
		doc: "James: MAIL FROM an address the logged-in user does not own (AbstractSenderAuthIdentifyVerificationHook), or a sender that must log in first (AllowedUnauthenticatedSender): the sender setting, not the password"},
	{id: "server_client_ip_unresolved", class: ClassRejected, allOf: p("client ip address", "does not resolve"),
		doc: "Sendmail FEATURE(require_rdns): the client IP has no reverse DNS, as 'Fix reverse DNS for'"},
	{id: "server_auth_processing_failed", class: ClassTransient, anyOf: p("problem on spf lookup", "no login processing failed", "no authenticate processing failed"),
		doc: "James: a server fault while logging in (GENERIC_FAILURE_DURING_PROCESSING) or a temporary SPF lookup failure (SPFHandler)"},
	{id: "pop3_login_delay", class: ClassRateLimited, anyOf: p("[login-delay]"), retry: 15 * minute,
		doc: "POP3 LOGIN-DELAY (RFC 2449 8.1.1; Cyrus pop3d popminpoll): logins are too frequent"},

	{id: "yandex_recipient", class: ClassRecipient, noneOf: p("mail command failed"), anyOf: p("bad recipient address syntax", "bad address mailbox syntax", "no correct recipients", "mailbox size exceeded", "bad destination system address", "dns: no such domain", "possible version mismatch", "host or domain name not found"),
		doc: "Yandex: the destination address, domain or mailbox is the problem"},
}

// exchangeRules come before Microsoft's generic 5.7.5xx code rules in rules.go.
var exchangeRules = []rule{
	// Microsoft's 5.7.5xx and 5.7.6xx replies that name the sending IP or its
	// range ("Spam abuse detected from IP range", "banned sending IP") refuse
	// the IP's reputation, delisted at sender.office.com
	// (learn.microsoft.com exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online
	// fix-error-code-5-7-606-through-5-7-649), not the sending account.
	{id: "ms_ip_range_banned", class: ClassRejected, on: kindSMTP, enhanced: "5.7.5xx", anyOf: p("from ip range", "banned sending ip"),
		doc: "Microsoft 5.7.5xx naming the sending IP range: the IP's reputation, not the account"},
	{id: "ms_banned_sender", class: ClassBlocked, on: kindSMTP, enhanced: "5.7.50x", anyOf: p("banned sender"),
		doc: "Microsoft 5.7.501-5.7.503: access denied, banned sender (the sending account is banned)"},
	{id: "ms_recipient_restriction", class: ClassRecipient, anyOf: p("sender was not authenticated", "sender not authenticated for", "sender not in allowed-senders list", "recipient address rejected: access denied", "banned recipient", "does not accept email over ipv6"),
		doc: "Exchange Online 5.7.12, 5.7.13x, 5.7.124, 5.7.504-510: the recipient accepts mail only from authenticated internal or listed senders, or not at all"},
	{id: "ms_bad_helo", class: ClassConfig, anyOf: p("access denied, bad helo"),
		doc: "Exchange Online 5.7.506: the client's HELO is refused"},
	{id: "ms_ip_limits", class: ClassRateLimited, anyOf: p("has exceeded permitted limits"), retry: hour,
		doc: "Exchange Online 5.7.508: the sending IP exceeded its permitted limits"},
}
