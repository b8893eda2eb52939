package classify

// Round 42's self-hosted mail servers (testdata/heldout/round42.jsonl, rows
// h42b-): each server's own words for a login, account or limit failure,
// taken with the sibling sentences the same code gives. Every product ships
// its server messages in English only; Outlook's Japanese dialog is the one
// translated text. Phrases are the fixed text, lower-cased, without
// placeholders.
//
// Sources:
//   - mjl-/mox 1c95876: smtpserver/server.go and imapserver/server.go log
//     "refusing connection due to many auth failures" before answering "421
//     4.7.0 too many auth failures" / "* BYE too many auth failures": the
//     IP-based limiter after repeated failed logins (auth_temporary; the
//     replies already read so). imapserver "authentication with authorization
//     for different user not supported" (535 5.7.8 in smtpserver) is the
//     client's use of an authorization identity (config).
//   - dovecot/core f28b5a92: src/lib/hash.c i_panic("key not found from
//     hash") as logged by the auth process ("auth: Panic: ..."), and the
//     auth client's "Disconnected from auth service", "Failed to connect to
//     auth service", "Handshake with auth service failed", and the auth
//     worker's "Worker process died unexpectedly": the server's own auth
//     service failing, not a verdict on the password (auth_temporary).
//   - jetmore/swaks 8a05259 (swaks): "Host did not advertise
//     authentication", "Host did not advertise STARTTLS", "Auth not
//     attempted, no advertised types available", "Auth not attempted,
//     requested type not available", "Auth advertised but not supported
//     locally": no login was tried (config). Outlook's account test, in
//     Japanese, "このクライアントでサポートされている認証方法が、サーバーでサポート
//     されていません。" (0x800CCC80, "None of the authentication methods
//     supported by this client are supported by your server.", read already).
//     emersion/go-imap v1 server/cmd_noauth.go (the IMAP server maddy
//     foxcpp/maddy 837b1b8 embeds): ErrAuthDisabled "Authentication
//     disabled" (LOGINDISABLED before STARTTLS; matched as its NO reply, since
//     T-Online's "Toid authentication disabled" is a login verdict) and "TLS
//     support not enabled" (config).
//   - smtpd/qpsmtpd df5b04d8 lib/Qpsmtpd/Auth.pm: 535 "Authentication invalid
//     for $user" and "Authentication invalid ($loginas)" (an AUTH PLAIN
//     authorization identity differing from the user, or a malformed blob;
//     the password is never checked), with mox's sentence above and Mailu's
//     "failed: badip: token-N" (Mailu/Mailu bbb1c206
//     core/admin/mailu/internal/nginx.py: a valid token used from an address
//     outside the token's allowed networks): the client's setup (config).
//   - iredmail/iRedAPD 60b2eed4 libs/__init__.py SMTP_ACTIONS:
//     reject_quota_exceeded "Throttling quota exceeded" and
//     reject_max_rcpts_exceeded "Too many recipients in single message" (the
//     throttle plugin, rate_limited; Postfix prefixes them "Sender address
//     rejected:", which sender_not_owned would read as config);
//     reject_not_authorized "REJECT Not authorized" from the mailing-list and
//     alias access-policy plugins and reject_to_hostname (recipient).
//   - Mailu/Mailu bbb1c206 core/admin/mailu/internal/nginx.py
//     check_credentials: "failed: password ok, but a token is required"
//     (AUTH_REQUIRE_TOKENS) and "failed: badauth: <hash>" (auth; "failed:
//     account disabled" already reads blocked). stalwartlabs/stalwart
//     d72608f3 crates/common/src/auth/authentication.rs and access_token.rs
//     reasons "Credential has expired", "Credential expired or removed.",
//     "MFA token required", "Credential not found for account", "Account not
//     found for credential", and crates/trc's description of MfaRequired
//     "Missing MFA token for authentication" (auth).
//   - MySQL's ER_ACCESS_DENIED_ERROR "Access denied for user 'u'@'h' (using
//     password: YES|NO)" as a mail server's user database answers its own
//     login (Courier authdaemond "failed to connect to mysql server", Dovecot
//     lib-sql "Connect failed to database", Postfix dict_mysql.c "connect to
//     mysql server"): the server's setup, never the mailbox owner's password
//     (config).
//   - Gmail's "Send mail as" test of an external SMTP server: "Missed upload
//     deadline (N s) (state SENT_EHLO)", a timeout at a protocol state
//     (transient).

// round42ServersEarlyRules come before catalogRules and mailpileEarlyRules:
// credentials_rejected reads mox's "many auth failures" as a refused login,
// code_535 and enhanced_5.7.8 read qpsmtpd's and mox's authorization-identity
// replies as one, recipient_over_quota reads iRedAPD's "quota exceeded" as a
// full mailbox, sender_not_owned its Postfix-prefixed throttle reply, and
// l10n_mailpile_connect_failed reads authdaemond's database login as a
// connection failure.
var round42ServersEarlyRules = []rule{
	{id: "servers_auth_service_tempfail", class: ClassAuthTemporary, anyOf: p(
		"due to many auth failures",
		"auth: panic:", "disconnected from auth service", "failed to connect to auth service",
		"handshake with auth service failed", "worker process died unexpectedly",
	),
		doc: "a mail server refuses the address for a while after many failed logins (mox), or its own authentication service crashed or cannot be reached (Dovecot); try later"},
	{id: "servers_auth_not_offered", class: ClassConfig, anyOf: p(
		"host did not advertise authentication", "host did not advertise starttls",
		"auth not attempted, no advertised types", "auth not attempted, requested type not available",
		"auth advertised but not supported locally",
		"このクライアントでサポートされている認証方法", "認証方法が、サーバーでサポートされていません",
		"no authentication disabled", "tls support not enabled",
	),
		doc: "the server offered no login method the client can use on this connection (no AUTH or STARTTLS advertised, login disabled before TLS); the connection's security or mechanism setting, not the password"},
	{id: "servers_auth_identity_setup", class: ClassConfig, anyOf: p(
		"authentication invalid for ", "authentication invalid (",
		"authorization for different user not supported",
		"failed: badip: token",
	),
		doc: "the server refused the login for how the client used it (an authorization identity other than the user, a token used outside its allowed networks), not for the password"},
	{id: "servers_policy_throttle", class: ClassRateLimited, anyOf: p(
		"throttling quota exceeded", "too many recipients in single message",
	),
		doc: "iRedAPD's throttle plugin: the sender's message, size or recipient quota set by the administrator is used up"},
	{id: "servers_list_not_authorized", class: ClassRecipient, anyOf: p(
		"reject not authorized",
	), noneOf: p("relay"),
		doc: "iRedAPD's mailing-list and alias access policy: the sender may not mail that list, alias or host name; the recipient's own restriction"},
	{id: "servers_token_or_second_factor", class: ClassAuth, anyOf: p(
		"password ok, but a token is required", "failed: badauth",
		"mfa token required", "missing mfa token",
		"credential has expired", "credential expired or removed",
		"credential not found for account", "account not found for credential",
	), noneOf: p("refresh token", "oauth", "aadsts"),
		doc: "a mail server refused the credential: the password is right but the account needs an authentication token or its second factor, the app password expired, or the password or token is wrong (Mailu, Stalwart)"},
	{id: "servers_user_database_denied", class: ClassConfig, anyOf: p(
		"(using password: yes)", "(using password: no)",
	),
		doc: "the mail server's user database (MySQL) refused the server's own login: its database credentials are misconfigured, so every mailbox login fails whatever its password"},
	{id: "servers_sendas_upload_deadline", class: ClassTransient, anyOf: p(
		"missed upload deadline",
	),
		doc: "Gmail's Send mail as check timed out waiting for the external SMTP server at a protocol state; a timeout or port problem, try again"},
}

// round42ServersRules: none; every rule of this round must come early.
var round42ServersRules = []rule{}
