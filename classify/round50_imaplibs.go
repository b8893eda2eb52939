package classify

// Round 50's IMAP, POP and SMTP client libraries (testdata/heldout/
// round50.jsonl, rows h50y-node-poplib-, h50y-imapclient-, h50y-litestar-,
// h50y-rust-imap-, h50y-nodeimap-, h50y-imapflow-): the libraries' own
// error sentences, read whole from their source files, with the sibling
// sentences of the same files, each labelled by what it means. None of
// these libraries ships translated messages (English only). Phrases are the
// fixed text of each sentence, lower-cased, without placeholders.
//
// Sources (repository, commit, path):
//   - mscdex/node-imap 9918f08b lib/Connection.js: the socket 'error'
//     handler logs "[connection] Error: " + err; Node's own EPIPE "This
//     socket has been ended by the other party" is the server having closed
//     the socket under a write (transient). Siblings: "Server does not
//     support ID" (id() without the ID capability) and "Cannot call status
//     on currently selected mailbox" (a caller's misuse): config.
//   - chadxz/imap-simple 1ae21833 lib/imapSimple.js: "Connection ended
//     unexpectedly" on node-imap's 'end' before ready: transient.
//   - postalsys/imapflow 99a9db37 lib/imap-flow.js: close() before the
//     greeting rejects "Unexpected close" with code ClosedAfterConnectTLS or
//     ClosedAfterConnectText (the server dropped the socket after connect;
//     a server BYE reason rides along as err.reason and decides first when
//     logged; "Error: Unexpected close" alone is matched too, for a log that
//     keeps only the first line, but not a parser's "unexpected close tag",
//     "token" or "parenthesis"); NoConnection "Socket is already closed", StateLogout "Can
//     not send data after logged out", CONNECT_TIMEOUT "Failed to establish
//     connection in required time", UPGRADE_TIMEOUT "Failed to upgrade
//     connection in required time", GREETING_TIMEOUT "Failed to receive
//     greeting from server in required time": transient. The greeting
//     timeout on a plaintext socket adds ". Maybe should use TLS?", the
//     library's own diagnosis of a plaintext connection to a TLS port
//     (config), as does "Misconfiguration: Cannot set both secure=true for
//     TLS and doSTARTTLS=true for STARTTLS." and "Can not re-use ImapFlow
//     instance" (a caller's misuse). "Failed to parse the server response
//     for this command", UnexpectedTag "Server sent a tagged response for a
//     command that was not in flight" and lib/commands/idle.js PollFailed
//     "STATUS poll failed": a server answer the session could not follow,
//     which a new connection recovers (transient, as the round labels
//     IMAPClient's ProtocolError). "Invalid server response" and "Command
//     failed" carry no verdict and are left alone.
//   - emailjs/emailjs-imap-client e5a39f3c src/imap.js "Socket closed
//     unexpectedly!" (transient); src/client.js "Authentication information
//     not provided" (no credentials configured: config).
//   - ditesh/node-poplib be1e7265 main.js: "APOP support not detected on
//     remote server" and "Unable to execute STLS as TLS connection already
//     established": config. The round's row is the IMAP server's answer to
//     node-poplib's POP3 PASS line on an IMAP port, "PASS BAD Unknown
//     command": a tagged BAD to a command the server cannot parse (RFC 9051
//     7.1.3), the client's command or setting, never the password — the
//     reading rules_text.go's imap_bad_command gives go-imap and Ruby's
//     net-imap.
//   - mjs/imapclient 248f09af imapclient/util.py assert_imap_protocol
//     raises ProtocolError "Server replied with a response that violates
//     the IMAP protocol"; imapclient.py "Unexpected IDLE response: ..."
//     (transient: the round's IDLE hiccup); "TLS session already
//     established" (starttls() called twice: config); CapabilityError
//     ("Server does not support %s capability", "The server does not
//     support %s threading algorithm"): a capability the client's use needs
//     is missing (config).
//   - jonhoo/rust-imap 9af11c94 src/error.rs: Error::Bad Display "Bad
//     Response: {}" (Debug "Bad(Bad { .. })"; before 5dd9dfe4 the variant
//     was BadResponse(String)): the server's BAD, config as above;
//     TlsNotConfigured "TLS was requested, but no TLS features are enabled"
//     (a build setting: config). "Connection Lost" already reads transient.
//   - cole/aiosmtplib 320180ee src/aiosmtplib/smtp.py starttls() "Connection
//     already using TLS" and protocol.py "Already using TLS." (STARTTLS on a
//     connection already upgraded), _validate_config "The start_tls and
//     use_tls options are not compatible.", "username is required when
//     using oauth_token_generator", "SMTP instance is already connected":
//     config. litestar-org/litestar-email 086f4c23 src/litestar_email/
//     backends/smtp.py wraps any of them as "SMTP connection error: {exc}"
//     (its own STARTTLS after aiosmtplib's: the round's row).

// round50ImaplibsEarlyRules come before languageRules and textRules:
// network_dropped reads "bad response" and "smtp connection error", and
// apps_connection_dropped reads imaplib's "imap4.abort", as a dropped
// connection.
var round50ImaplibsEarlyRules = []rule{
	{id: "imaplibs_imap_bad_command", class: ClassConfig, anyOf: p(
		// an IMAP server's tagged BAD, as logged raw (the POP3 PASS line
		// sent to an IMAP port) and as rust-imap prints it
		" bad unknown command", "bad response: unknown command",
		`badresponse("`, "bad(bad {",
	), noneOf: p("password", "credentials", "authenticationfailed", "authentication failed"),
		doc: "the IMAP server answered BAD to a command it cannot parse (rust-imap's Bad response, a POP3 client on an IMAP port): the client's command or setting"},
	{id: "imaplibs_tls_twice", class: ClassConfig, anyOf: p(
		// aiosmtplib, litestar-email
		"already using tls", "start_tls and use_tls options are not compatible",
		// IMAPClient, node-poplib
		"tls session already established", "stls as tls connection already established",
		// ImapFlow
		"cannot set both secure=true for tls and dostarttls=true", "in required time. maybe should use tls?",
		// rust-imap
		"tls was requested, but no tls features are enabled",
	),
		doc: "a mail library's TLS settings are wrong: STARTTLS on a connection already using TLS, implicit TLS and STARTTLS both set, or a plaintext connection to a TLS port"},
	{id: "imaplibs_client_setup", class: ClassConfig, anyOf: p(
		// IMAPClient's CapabilityError, node-imap's id(), node-poplib's apop()
		"capabilityerror", "server does not support id", "apop support not detected on remote server",
		// emailjs-imap-client, aiosmtplib, ImapFlow, node-imap
		"authentication information not provided", "username is required when using oauth_token_generator",
		"smtp instance is already connected", "can not re-use imapflow instance",
		"cannot call status on currently selected mailbox",
	),
		doc: "a mail library says the server lacks a capability the client's use needs, or the client's own setup is incomplete or misused"},
}

// round50ImaplibsRules come last but one: a reason the server gave with the
// close (ImapFlow's BYE reason, "too many connections") decides first.
var round50ImaplibsRules = []rule{
	{id: "imaplibs_connection_dropped", class: ClassTransient, anyOf: p(
		// Node's EPIPE under node-imap, imap-simple, emailjs-imap-client
		"this socket has been ended by the other party", "connection ended unexpectedly", "socket closed unexpectedly",
		// ImapFlow's codes and sentences
		"closedafterconnecttls", "closedafterconnecttext", "socket is already closed", "can not send data after logged out",
		"failed to establish connection in required time", "failed to upgrade connection in required time",
		"failed to receive greeting from server in required time",
		// ImapFlow's message itself, for a log that keeps only its first
		// line (a parser's "unexpected close tag" or "token" is no close)
		"error: unexpected close",
	), noneOf: p("close tag", "closing tag", "close token", "close parenthes", "close bracket", "close brace"),
		doc: "an IMAP library's connection dropped or did not come up in time, with no verdict from the server: retried later"},
	{id: "imaplibs_protocol_hiccup", class: ClassTransient, anyOf: p(
		// IMAPClient
		"violates the imap protocol", "unexpected idle response",
		// ImapFlow
		"failed to parse the server response for this command",
		"server sent a tagged response for a command that was not in flight", "status poll failed",
	),
		doc: "an IMAP library could not follow the server's answer mid-session (a split IDLE continuation, an unparsable line): a new connection recovers"},
}
