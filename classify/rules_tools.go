package classify

// toolRules read the own sentences of command-line mail tools, MTAs relaying
// as SMTP clients and SDKs, which name the step that failed and often drop the
// server's reply (the rows of testdata/catalogs/client_tools.jsonl name each
// file). They come after libraryRules and before the generic wording of
// rules.go, whose broader phrases ("authentication required", "temporary",
// "tls not available") would read these sentences the wrong way.
var toolRules = []rule{
	// A sentence the tool prints for a refused login and for other failures
	// alike: NeoMutt after every authenticator failed or none was usable
	// (neomutt/neomutt imap/auth.c), fetchmail's skipped poll, its "unknown"
	// login error and an authorization failure on a poll that had authorized
	// before, which driver.c itself calls "probably another failure mode
	// (such as busy server)" (fetchmail driver.c, fetchmail.c), sendmail's
	// EX_TEMPFAIL from AUTH (sendmail deliver.c: no usable mechanism or a
	// 4xx), and curl's
	// CURLE_LOGIN_DENIED, which lib/curl_sasl.c returns both when the server
	// refuses and when no mechanism could be chosen. Only the trace tells; the
	// bare text stays temporary and escalates if it repeats.
	{id: "tool_login_ambiguous", class: ClassAuthTemporary,
		anyOf:  p("no authenticators available or wrong credentials", "(previously authorized)", "failed authentication or too many timeouts", "unknown login or authentication error", "(67) login denied", "temporary failure, connection abort"),
		noneOf: p("sasl: no", "< 535", "< 534", "< 530"),
		retry:  15 * minute,
		doc:    "a tool's sentence that covers a refused login and a missing mechanism or timeout alike (NeoMutt, fetchmail, sendmail, curl): temporary until it repeats"},
	// Refused logins in the tools' own words: fetchmail's PS_AUTHFAIL report
	// (driver.c), Exim's smtp transport when every authenticator got a 5xx
	// (src/src/transports/smtp.c, "authentication required but
	// authentication attempt(s) failed"), and gen_smtp's auth_failed, thrown
	// when no offered mechanism ended in 235 (gen-smtp/gen_smtp
	// src/gen_smtp_client.erl), as Swoosh passes it on.
	{id: "tool_login_refused", class: ClassAuth,
		anyOf: p("authorization failure on", "authentication attempt(s) failed", "auth_failed}"),
		doc:   "a mail tool's own report of a login the server refused (fetchmail, Exim's smtp transport, gen_smtp and Swoosh)"},
	// Setup the tool checks before or instead of sending credentials: no AUTH
	// or no common mechanism (msmtp src/smtp.c, fetchmail pop3.c and imap.c,
	// aerc worker/imap/connect.go, nullmailer protocols/smtp.cc, curl
	// lib/curl_sasl.c's verbose "SASL: no ..." lines, sendmail usersmtp.c's
	// SASL_NOMECH and missing AuthInfo, gen_smtp's missing_requirement,
	// Net::SMTP without Authen::SASL), TLS the configuration requires but the server does not give (msmtp
	// msmtp.c, NeoMutt send/smtp.c, Exim hosts_require_tls, ssmtp ssmtp.c,
	// imaplib2 starttls, gen_smtp tls_failed, dma crypto.c when STARTTLS gets
	// a 5xx, UW c-client src/c-client/imap4r1.c and smtp.c), LOGINDISABLED
	// (NeoMutt imap/auth_login.c, OfflineIMAP offlineimap/imapserver.py,
	// c-client), and the same checks in isync's src/drv_imap.c (no acceptable
	// mechanism, SASL plugin missing, no LOGIN in the clear) and S-nail's
	// src/mx/net-smtp.c ("*smtp-config* settings do not work out").
	{id: "tool_setup", class: ClassConfig,
		anyOf: p("cannot find a usable authentication method", "required login capability not supported",
			"run out of allowed authenticators", "no auth method supported", "does not advertise any supported authentication",
			"sasl: no auth mechanism", "sasl: no overlap between offered", "do not fulfill requirements", "authinfo failed", "authinfo tempfailed",
			"missing_requirement", "need mime::base64 and authen::sasl",
			"does not support tls via the starttls command", "tls is mandatory for this session", "could not negotiate tls connection",
			"encrypted connection unavailable", "a tls session is required, but", "starttls not working", "tls not supported by server",
			"tls_failed}", "starttls not available: 5",
			"login disabled on this server", "imap login is disabled by server", "server disables login",
			"supports no acceptable authentication mechanism", "sasl mechanism(s) not available", "not using login because connection is not encrypted",
			"smtp authentication not available", "unable to negotiate tls", "settings do not work out"),
		doc: "a mail tool stopped before sending credentials: no AUTH or no common mechanism, required TLS not offered, LOGIN disabled"},
	// No password configured: msmtp's "authentication method PLAIN needs a
	// password" (src/smtp.c) and isync's "Skipping account work, no password"
	// (src/drv_imap.c), each read with both halves so that a provider's
	// "needs a password reset" stays with the credential rules.
	{id: "tool_credentials_unset", class: ClassConfig,
		anyOf:   p("needs a password", "needs a user name", "skipping account"),
		alsoAny: p("authentication method", ", no password"),
		doc:     "a mail tool has no user name or password configured (msmtp, isync): nothing was sent"},
	// Host names that do not resolve and connections refused, in the tools'
	// words (NeoMutt conn/raw.c, curl lib/vdns/hostip.c and its
	// CURLE_COULDNT_CONNECT text, OfflineIMAP offlineimap/imapserver.py).
	{id: "tool_host_not_found", class: ClassConfig,
		anyOf: p("could not find the host", "could not resolve host:", "could not resolve name"),
		doc:   "a mail tool could not resolve the configured server name"},
	{id: "tool_connect_failed", class: ClassTransient,
		anyOf: p("ms: could not connect to server", "lock-busy error", "server busy error on"),
		doc:   "a mail tool could not connect, or the server was busy or the maildrop locked (curl, fetchmail)"},
	{id: "tool_connection_refused", class: ClassTransient, allOf: p("connection to host", "was refused"),
		doc: "OfflineIMAP: the connection to the server was refused"},
	// Recipient refusals the tool reports without the reply: curl's "RCPT
	// failed: 550" (lib/smtp.c; RFC 5321 550 is a mailbox unavailable) and
	// fetchmail's local listener refusing the forwarding address (sink.c).
	{id: "tool_recipient_refused", class: ClassRecipient,
		anyOf: p("rcpt failed: 550", "listener doesn't like recipient", "listener doesn't really like recipient"),
		doc:   "a mail tool's report of a recipient the server refused"},
	// google-auth refuses to refresh credentials that lack the refresh token
	// or client fields (googleapis/google-auth-library-python
	// google/oauth2/credentials.py): the product stored them incompletely.
	{id: "tool_oauth_client_incomplete", class: ClassPlatform,
		anyOf: p("necessary fields need to refresh"),
		doc:   "google-auth: the stored credentials lack the fields a refresh needs (the product's integration)"},
}
