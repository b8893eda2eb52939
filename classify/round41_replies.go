package classify

// Round 41's replies whose words decide (testdata/heldout/round41.jsonl):
// a 4xx reply that names the authentication, STARTTLS sent on a connection
// already encrypted, a mail client's own dialog, and products' own sentences
// about their own setup, request or backend session. Phrases are the fixed
// text of each sentence, lower-cased, without placeholders.
//
// Sources:
//   - 4xx replies about the login: RFC 4954 section 6 answers AUTH with "454
//     4.7.0 Temporary authentication failure" when the server cannot check
//     the credentials just now; the same code's bare "454 ... temporary
//     failure" (GoDaddy's smtpout at the password step) carries only the
//     word "temporary failure". 454 is otherwise RFC 3207's "TLS not
//     available due to temporary reason" and Postfix's "454 4.7.1 Relay access
//     denied", which the rule leaves to their own rules. Daum's (Kakao's)
//     "451 Auth Fail. Check this URL: http://cs.daum.net/faq/..." names the
//     authentication in two words that the rules reading "auth failed" and
//     "authentication failure" did not hold; under a 4xx code it is never a
//     credential verdict (testdata/catalogs/README.md labelling rule), so
//     auth_temporary. "auth fail" is 9 bytes: it decides only under a 4xx
//     reply code and not beside SPF, DKIM or DMARC words.
//   - STARTTLS on a connection already in TLS, in servers' words: RFC 2595
//     section 4 (POP3 STLS) "-ERR Command not permitted when TLS active",
//     which SMTP servers also send for a second STARTTLS (454, the round's
//     row); Postfix src/smtpd/smtpd.c "554 5.5.1 Error: TLS already active";
//     Exim src/tls-openssl.c and tls-gnu.c tls_server_start() "554 Already in
//     TLS" (logged "STARTTLS received after TLS started"); Dovecot
//     src/login-common/client-common.c "TLS is already active." (IMAP, POP3,
//     submission). The client opened implicit TLS (port 465, SMTP_SSL) and
//     asked for STARTTLS again: its settings, config.
//   - Windows Live Mail's send dialog in Portuguese (pt-PT), the error
//     0x800CCC79 it shows for a relay refusal ("454 4.7.1 ...: Relay access
//     denied" to a client that did not authenticate): "A definição do seu
//     servidor [SMTP] de envio de correio eletrónico pode ter de ser
//     configurado. Para localizar as definições de servidor para '...',
//     contacte o seu fornecedor de serviços de correio eletrónico." The
//     client's outgoing server setup, config. No other locale of the dialog
//     was found in the stored sources.
//   - Halo 1.x (halo-dev/halo, run.halo.app.controller.core
//     ControllerExceptionHandler.handleMessagingException and
//     MailController.testMail, its only mail messages, Chinese only):
//     NoSuchProviderException "发送协议配置错误，请检查发送协议" (the send protocol
//     names no JavaMail transport) and MailConnectException caused by
//     UnknownHostException "SMTP 服务器解析错误，请检查 SMTP 服务器地址" (the
//     server's host name does not resolve): the product's settings, config.
//     Its other messages (a refused login, a connection failure, a network
//     timeout) were already read.
//   - Google's API front end refusing a request over its size limit: the
//     ESF error "Request payload size exceeds the limit: <n> bytes."
//     (INVALID_ARGUMENT; Gmail's messages.send takes 1 MB on its metadata
//     endpoint and larger messages through /upload) and the front end's 413
//     page "Error: Request Entity Too Large. Your client issued a request
//     that was too large.": the integrating product's request form, platform.
//   - A product's own account or backend session, never the mailbox: Nylas
//     Mail (nylas/nylas-mail, packages/client-app/src/flux/
//     nylas-api-request.es6 before commit 6d68fe0c) "Your NylasID is
//     invalid. Please log out then log back in." with its detail "Please log
//     back into your Nylas ID to restore it—your email accounts will not be
//     removed in this process."; OpenHuman (tinyhumansai/openhuman)
//     BackendApiError::Unauthorized "backend rejected session token on
//     {method} {path}", its SESSION_EXPIRED wrapper, "backend rejected api key
//     on {op}", and "no backend session token; sign in first" (src/openhuman/
//     composio/ops.rs, voice/, billing/ and other domains, commit 26ff73a9).
//     The product signs its user in again; the mailbox's grant is untouched:
//     platform.

// round41RepliesEarlyRules come before languageRules: temporary_wording reads
// "temporary failure" of a 454 as transient, the size words of a request
// would read as a message too large, and a product's "sign in again" or
// "invalid token" beside its own session would read as the mailbox's login.
var round41RepliesEarlyRules = []rule{
	{id: "replies_454_temporary_failure", class: ClassAuthTemporary, on: kindSMTP, code: "454", anyOf: p("temporary failure"),
		noneOf: p("tls", "relay", "recipient", "rcpt"), retry: 15 * minute,
		doc: "454 with only \"temporary failure\": RFC 4954's temporary authentication failure (the TLS and relay 454s say so)"},
	{id: "replies_starttls_when_tls_active", class: ClassConfig, anyOf: p(
		"not permitted when tls active", "tls already active", "tls is already active",
		"already in tls", "starttls received after tls started"),
		doc: "STARTTLS sent on a connection already in TLS (RFC 2595, Postfix, Exim, Dovecot): the client's TLS setting (implicit TLS and STARTTLS together)"},
	{id: "replies_google_request_too_large", class: ClassPlatform, anyOf: p(
		"request payload size exceeds the limit", "your client issued a request that was too large"),
		doc: "Google's API front end refused a request over its size limit (Gmail's messages.send needs /upload for larger messages): the integrating product's request"},
	{id: "replies_product_own_session", class: ClassPlatform, anyOf: p(
		"your nylasid is invalid", "log back into your nylas id",
		"backend rejected session token", "backend rejected api key", "no backend session token"),
		doc: "the product's own account or backend session was refused (Nylas ID, OpenHuman's backend): the product signs its user in again, not the mailbox"},
}

// round41RepliesRules come after the text rules and before the bare codes.
var round41RepliesRules = []rule{
	{id: "replies_4xx_auth_fail", class: ClassAuthTemporary, on: kindSMTP, code: "4", anyOf: p("auth fail", "authentication fail"),
		noneOf: domainAuthWords, retry: 15 * minute,
		doc: "a 4xx reply that names a failed authentication (\"451 Auth Fail\"): the provider could not accept the login just now, never a credential verdict"},
	{id: "replies_wlm_outgoing_settings", class: ClassConfig, anyOf: p(
		"de envio de correio eletrónico pode ter de ser configurado", "para localizar as definições de servidor para"),
		doc: "Windows Live Mail's dialog (pt-PT): the outgoing (SMTP) server settings may need to be configured"},
	{id: "replies_halo_setup", class: ClassConfig, anyOf: p(
		"发送协议配置错误", "请检查发送协议", "smtp 服务器解析错误"),
		doc: "Halo's own mail test messages: the send protocol or the SMTP host name is set wrong"},
}
