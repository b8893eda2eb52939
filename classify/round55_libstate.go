package classify

// Round 55's mail client libraries' own checks of protocol state, server
// capabilities and arguments, raised before (or instead of) any verdict of
// the server: the server lacks a capability the call needs, a command is
// used in the wrong state, the library does not implement the mechanism, an
// argument is empty or of the wrong type. Each library's error definitions
// were read whole; the messages are in
// testdata/catalogs/mail_library_state_checks.jsonl. All read 2026-12-05.
// The libraries of round 53 (classify/round53_libchecks.go) and round 50
// (classify/round50_imaplibs.go) are not repeated.
//
// Sources, and why each class:
//   - bamthomas/aioimaplib aioimaplib/aioimaplib.py (83128c82): Abort
//     "server has not IDLE|MOVE|NAMESPACE|ENABLE capability", "EXPUNGE with
//     uids is only valid with UIDPLUS capability", "command UID only
//     possible with COPY, FETCH, ...", Error "server not IMAP4 compliant":
//     config (its "command X illegal in state Y" already reads so).
//   - cole/aiosmtplib src/aiosmtplib/smtp.py and api.py (320180ee):
//     _validate_config's "password and oauth_token_generator are mutually
//     exclusive" and the socket options, send_message's "No From header
//     provided in message" and "No recipient headers provided in message",
//     send()'s "Recipients/Sender must be provided with raw messages":
//     config. "Server not connected" (SMTPServerDisconnected) already reads
//     transient.
//   - ikvk/imap_tools (f2290be3) mailbox.py "Port 993 requires IMAP4_SSL",
//     idle.py's 29-minute IDLE limit, folder.py "current folder is unset":
//     config. MailboxLoginError carries the server's NO: auth, as read.
//   - mjs/imapclient (248f09af) imapclient.py IllegalStateError, the stream
//     options, "cannot EXPUNGE by ID when not using uids"; config.py "don't
//     know where to refresh OAUTH2 token for": config. LoginError carries
//     the server's NO: auth.
//   - emersion/go-imap v1 client (999137ed): ErrLoginDisabled "Login is
//     disabled in current state" (LOGINDISABLED before STARTTLS),
//     ErrTLSAlreadyEnabled, ErrAlreadyLoggedIn, ErrNoMailboxSelected,
//     ErrExtensionUnsupported: config; Idle's "disconnected while idling"
//     (the connection closed under IDLE): transient.
//   - Enough-Software/enough_mail (e5e665d7) imap_client.dart "No mailbox
//     selected.", "idleStart failed: user not logged in", mail_client.dart
//     "Threading not supported by server", "POP does not support ...",
//     mail_authentication.dart "unsupported MailAuthentication type":
//     config; "idleStart failed: client is not connected" and "idleDone():
//     not connected or logged in!" (the socket under a logged-in session is
//     gone): transient.
//   - michaelspiss/imap_client (Dart, 1591e701) imap_client.dart "Using
//     LOGIN is forbidden by server", "AUTHENTICATE called with unsupported
//     sasl mechanism", "STARTTLS is not enabled by the server", "Trying to
//     use \"X\" in (un)authenticated state."; imap_commandable.dart "engine
//     is not connected or not set" (never connected); imap_folder.dart
//     "Server does not support the idle command", "Trying to end IDLE, but
//     command is not active": config.
//   - allanvc/mRpostman (R, cff714f8) config-con-handle-and-params.R: one
//     authentication method, password or xoauth2_bearer, each a string, the
//     URL's form; "No folder previously selected."; assert-capability.R "The
//     IMAP server does not advertise the ... capability ... This is a server
//     limitation, not an error in your call": config. "The connection handle
//     is dead" (curl's handle failed; the real error is swallowed): transient;
//     response-error-handling.R "Resolving timeout" already transient and
//     "Login denied: the server returned an authentication error" auth.
//     "Request error: the server returned an error." names nothing: unknown.
//   - Miksus/red-mail (01c175e1) "Email must have a subject", "Either body
//     or template must be specified but not both.": config.
//   - playframework/play-mailer (1654ef9a) SMTPConfiguration.scala "host
//     needs to be set in order to use this plugin": config.
//   - apache/commons-net (c66d035a): IMAPClient's "STATUS command requires
//     at least one data item name": config; POP3.sendCommand's
//     IllegalStateException "Socket is not connected" (no writer: closed or
//     dropped), like Java's own SocketException: transient.
//   - jtdaugherty/HaskellNet (34e3ec8f) SMTP/Internal.hs NoRecipients "No
//     recipients were specified": config; AuthNegotiationFailed carries the
//     server's code and words, which decide.
//   - mirage/colombe (c796663d) sendmail_with_starttls.ml: "STARTTLS
//     unavailable" (credentials set, EHLO without STARTTLS: not sent in
//     clear) and "Weak mechanism" (the server's 534 to AUTH): config.
//   - plobbes/mail-imapclient (Mail::IMAPClient, 3de59396): its
//     Authmechanism, Uid and NAMESPACE checks already read config and "NO
//     not connected" transient.
//   - fayland/Net-SMTP-TLS (Net::SMTP::TLS::ButMaintained, bda9606b): "Server
//     did not return AUTH in capabilities": config ("Unsupported
//     Authentication mechanism" already so); "Auth failed: 535 ..." is the
//     server's refusal: auth.
//   - azanov/imapx (8b567884) PlainCredentials/OAuth2Credentials "Login and
//     password|auth token cannot be empty", "The selected authentication
//     mechanism is not supported", ImapBase's InvalidStateException ("already
//     connected. Please disconnect first", settings changed on a live
//     connection), Gmail labels on another server: config.
//   - ruby/net-smtp lib/net/smtp.rb (a0075eb8) "SMTPS and STARTTLS is
//     exclusive", "SMTP session already started", "mail destination not
//     given": config. ruby/net-imap (7cc1dd0a) "not during IDLE", "already
//     using SSL", "missing oauth2_token": config. emersion/go-smtp client.go
//     (ab24fe7c) "Hello called after other methods", "server does not
//     support REQUIRETLS": config.
// A server's own "530 5.7.0 Must issue a STARTTLS command first" and a NO
// with "Invalid credentials" keep their readings; "No mailbox selected" must
// come before recipient_mailbox_disabled, which reads "no mailbox" as the
// recipient's.

// round55LibstateEarlyRules come before languageRules and textRules:
// recipient_mailbox_disabled reads "no mailbox", credentials_rejected reads
// a wrapper's "login failed" around go-imap's "Already logged in".
var round55LibstateEarlyRules = []rule{
	{id: "libstate_capability_missing", class: ClassConfig, anyOf: p(
		// aioimaplib
		"server has not idle capability", "server has not move capability",
		"server has not namespace capability", "server has not enable capability",
		"only valid with uidplus capability", "server not imap4 compliant",
		// go-imap v1, enough_mail, imap_client (Dart)
		"login is disabled in current state", "the required extension is not supported by the server",
		"threading not supported by server", "pop does not support storing flags", "pop does not support fetching message parts",
		"using login is forbidden by server", "called with unsupported sasl mechanism",
		"starttls is not enabled by the server", "server does not support the idle command",
		// mRpostman, Net::SMTP::TLS, ImapX, colombe, go-smtp
		"imap server does not advertise the", "server limitation, not an error in your call",
		"server did not return auth in capabilities",
		"the selected authentication mechanism is not supported", "google mail labels are not supported on this server",
		"starttls unavailable", "weak mechanism", "smtp: server does not support requiretls"),
		doc: "a mail library refuses a call the server's capabilities do not allow (no IDLE, MOVE, UIDPLUS, STARTTLS or AUTH, LOGINDISABLED, a mechanism not offered) or that it does not implement: the integrating code or its settings"},
	{id: "libstate_session_state", class: ClassConfig, anyOf: p(
		// imap_client (Dart), go-imap v1, ImapX, ruby net-smtp and net-imap, go-smtp
		`" in authenticated state`, "in unauthenticated state", "engine is not connected or not set",
		"trying to end idle, but command is not active", "tls is already enabled", "already using ssl",
		"already logged in", "the client is already connected. please disconnect first",
		"cannot be changed after the connection has been established",
		"smtp session already started", "smtp: hello called after other methods", "not during idle",
		// go-imap v1, enough_mail, mRpostman, imap_tools, IMAPClient, aioimaplib
		"no mailbox selected", "no folder previously selected", "current folder is unset",
		"cannot expunge by id when not using uids", "command uid only possible with"),
		noneOf: p("another session", "elsewhere"),
		doc:    "a mail library refuses a command in the wrong session state (before login or select, after login, TLS twice, IDLE not running) or a setting changed on a live connection: the integrating code's use of the library"},
	{id: "libstate_arguments", class: ClassConfig, anyOf: p(
		// ImapX, mRpostman
		"login and password cannot be empty", "login and auth token cannot be empty", "the credentials cannot be null",
		"only one authentication method allowed: supply an oauth2 token", "choose at least one authentication method: supply an oauth2 token",
		`argument "password" must be a string`, `argument "username" must be a string`,
		`argument "xoauth2_bearer" must be a string`, `argument "url" must be a string`, "invalid url! try the following format",
		// Red Mail, play-mailer
		"email must have a subject", "either body or template must be specified but not both",
		"host needs to be set in order to use this plugin",
		// aiosmtplib
		"password and oauth_token_generator are mutually exclusive", "if using a socket, port is not required",
		"if using a socket with tls, hostname is required", "either a socket or a socket path must be provided",
		"no from header provided in message", "no recipient headers provided in message",
		"recipients must be provided with raw messages", "sender must be provided with raw messages",
		// ruby net-smtp and net-imap, imap_tools, IMAPClient
		"smtps and starttls is exclusive", "mail destination not given", "missing oauth2_token",
		"port 993 requires imap4_ssl", "advised to terminate the idle and re-issue it",
		"can't set 'port' when 'stream' true", "can't use 'ssl' when 'stream' is true",
		"don't know where to refresh oauth2 token for",
		// HaskellNet, enough_mail, Commons Net
		"no recipients were specified", "unsupported mailauthentication type",
		"status command requires at least one data item name"),
		doc: "a mail library refuses its arguments or settings: credentials or token empty or of the wrong type, two authentication methods or none, no subject, host or recipients, options that exclude each other"},
}

// round55LibstateRules come late: a server's reason in the same text, or an
// earlier rule's reading of it, decides first.
var round55LibstateRules = []rule{
	{id: "libstate_connection_gone", class: ClassTransient, anyOf: p(
		// mRpostman, enough_mail, go-imap v1, Commons Net
		"connection handle is dead", "idlestart failed: client is not connected",
		"idledone(): not connected or logged in", "disconnected while idling",
		"socket is not connected"),
		doc: "a mail library's connection under the call is gone (a dead handle, a socket closed under IDLE): a new connection recovers"},
}
