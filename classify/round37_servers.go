package classify

// Round 37's mail-server setup faults (testdata/heldout/round37.jsonl, rows
// h37d- and h37a-): what a mail server logs or answers when its own
// authentication setup is broken, so that every login fails whatever the
// owner types. Phrases are the fixed text of each message, lower-cased,
// without placeholders; catalog: testdata/catalogs/server_auth_setup.jsonl.
//
// Sources:
//   - dovecot/core f28b5a92 (2.3 wording checked at tag 2.3.21):
//     src/auth/passdb-pam.c try_pam_auth() "(/etc/pam.d/<service> missing?)",
//     logged at error level when the PAM service file does not exist;
//     src/auth/auth-request.c and src/auth/passdb.c "Password data is not
//     valid for scheme", "Unknown scheme", "Invalid password in passdb",
//     "Requested <x> scheme, but we have only <y>"; src/lib-auth/
//     password-scheme.c, password-scheme-crypt.c, password-scheme-pbkdf2.c,
//     the reasons password_verify() gives ("Not a valid MD5-CRYPT or
//     PLAIN-MD5 password", "Weak password scheme ... used and refused", "SSHA
//     password is too short", "Invalid PBKDF2 passdb entry format", ...). The
//     stored hash or the scheme setting is wrong (PASSDB_RESULT_INTERNAL_FAILURE
//     or SCHEME_NOT_AVAILABLE): config, which must come before
//     auth_backend_down (catalogRules) and dovecot_passdb_unknown_user.
//   - vdukhovni/postfix 17830e5c: src/xsasl/xsasl_dovecot_server.c "SASL:
//     Connect to Dovecot auth socket '%s' failed" (older "SASL: Connect to %s
//     failed"), "Connected to wrong auth socket", "Protocol version mismatch";
//     src/xsasl/xsasl_cyrus_server.c "no applicable SASL mechanisms", "SASL
//     per-connection server initialization"; src/xsasl/xsasl_server.c
//     "unsupported SASL server implementation"; src/smtpd/smtpd_sasl_glue.c
//     "no SASL authentication mechanisms", "SASL per-connection
//     initialization failed", "SASL per-process initialization failed",
//     "discards all mechanisms in": smtpd cannot offer AUTH at all (config).
//   - hmailserver/hmailserver 4d11f81d: src/Server/POP3/POP3Connection.cpp,
//     the inbox that GetInboxMessages() could not load after the password was
//     accepted ("+ERR Server error: Failed to fetch messages in Inbox." at
//     PASS, "-ERR Unable to access mailbox." at RSET): transient.
//   - Zimbra/zm-mailbox ImapHandler.java doLIST(): "<LIST|LSUB|XLIST> failed:
//     wildcards not permitted in username" (RFC 2342 5, a wildcard in the
//     Other Users' namespace owner), sent after a successful login: the
//     client's request (config), never a refused login.
//   - Foundry376/Mailspring d93a0d7f: app/src/mailsync-process.ts
//     LocalizedErrorStrings.ErrorParse "Parsing Error", shown with the
//     service as "Parsing Error (IMAP)" / "(SMTP)"; MailCore2's own sentence
//     for the same code (src/core/basetypes/MCErrorMessage.cpp, MCOErrorParse)
//     "Unable to parse response from server.": the client cannot read the
//     server's replies, a client/server incompatibility (config).
//   - ProtonMail/proton-bridge internal/services/smtp, the smtpErrRules error
//     mapper (2026 revision as stored in the search index): "The sender or
//     recipient address is not valid" (ErrInvalidReturnPath and
//     ErrInvalidRecipient), "You cannot send from this address"
//     (ErrCannotSendFromAddress), "The sender address is not valid for this
//     account" (ErrSenderAddressNotOwned), "the email client sent a malformed
//     message" (ErrValidationFailed), "uses an unsupported message format"
//     (ErrUnsupportedOutgoingMIME): the mail client's sender or message, not
//     the Bridge password (config).
//   - sisimai/p5-sisimai lib/Sisimai/Reason/RequirePTR.pm: the receiving
//     server's check of the sending IP ("domain X mismatches client ip",
//     "service permits ... unverifyable sending ips"; its "access denied. ip
//     name lookup failed" is left out, Sendmail says "Relaying denied. IP name
//     lookup failed" for a relay refusal, config), and the PHP bounce handlers' rule 0104 "MAIL FROM
//     [...] mismatches client IP" (antispam): the message is refused for its
//     sending host (rejected), never the account.

// round37ServersEarlyRules come before catalogRules: auth_backend_down reads
// every Dovecot passdb error line as a temporary backend failure, and
// credential_words reads "failed ... username" as a refused login.
var round37ServersEarlyRules = []rule{
	{id: "servers_dovecot_passdb_setup", class: ClassConfig, anyOf: p(
		"(/etc/pam.d/",
		"password data is not valid for scheme", "): unknown scheme ", "scheme, but we have only",
		"invalid password in passdb", "not a valid md5-crypt or plain-md5 password",
		"password is not blowfish password", "invalid pbkdf2 passdb entry", "pbkdf2 hash not 160bit hex-encoded"),
		doc: "Dovecot's auth logs a PAM service file that is missing or a stored password hash it cannot read for the configured scheme: the server's setup, whatever the password"},
	{id: "servers_postfix_sasl_setup", class: ClassConfig, anyOf: p(
		"sasl: connect to ", "connected to wrong auth socket", "sasl: protocol version mismatch",
		"no applicable sasl mechanisms", "sasl per-connection server initialization", "unsupported sasl server implementation",
		"no sasl authentication mechanisms", "sasl per-connection initialization failed", "sasl per-process initialization failed",
		"smtpd_sasl_security_options discards all mechanisms"),
		doc: "Postfix's smtpd cannot reach or start its SASL server (Dovecot's auth socket, Cyrus SASL) and offers no AUTH: the server's setup"},
	{id: "servers_pop3_inbox_load_failed", class: ClassTransient, anyOf: p(
		"failed to fetch messages in inbox", "-err unable to access mailbox"),
		doc: "hMailServer accepted the POP3 password but could not load the inbox from its store: a server-side failure, not the credentials"},
	{id: "servers_imap_list_wildcard_owner", class: ClassConfig, anyOf: p(
		"failed: wildcards not permitted in username"),
		doc: "Zimbra refuses a LIST/LSUB pattern with a wildcard in another user's namespace, after a successful login: the client's request"},
	{id: "servers_imap_reply_unparsed", class: ClassConfig, anyOf: p(
		"parsing error (imap)", "parsing error (smtp)", "unable to parse response from server"),
		doc: "Mailspring and MailCore2 could not parse the server's reply: a client/server incompatibility, the login was not refused"},
	{id: "servers_bridge_sender_refused", class: ClassConfig, anyOf: p(
		"the sender or recipient address is not valid", "you cannot send from this address", "the sender address is not valid for this account",
		"the email client sent a malformed message", "uses an unsupported message format"),
		doc: "Proton Mail Bridge refuses the mail client's sender address or message: the client's settings, not the Bridge password"},
	{id: "servers_sending_ip_mismatch", class: ClassRejected, anyOf: p(
		"mismatches client ip", "unverifyable sending ips"),
		doc: "a receiving server refuses the message for its sending IP (the sender's domain does not match it, or it is not verifiable): the message, never the account"},
}
