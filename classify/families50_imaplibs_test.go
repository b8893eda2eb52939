package classify

import (
	"testing"
)

// Round 50's IMAP, POP and SMTP client libraries (round50_imaplibs.go):
// the round's texts, the sibling sentences of the same source files
// (node-imap, imap-simple, ImapFlow, emailjs-imap-client, node-poplib,
// IMAPClient, rust-imap, aiosmtplib, litestar-email), each labelled by
// what it means, and look-alikes that must keep their reading. None of
// these libraries ships translated messages: English only.
func TestRound50ImaplibsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// The round's rows.
		{"Response: 'PASS BAD Unknown command g67mb393707070wme\\r\\n'", ClassConfig, ""},
		{"imapclient.exceptions.ProtocolError: Server replied with a response that violates the IMAP protocol", ClassTransient, ""},
		{"EmailConnectionError: SMTP connection error: Connection already using TLS", ClassConfig, ""},
		{"thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: BadResponse(\"Unknown command q4-v6mb43737048lth\")", ClassConfig, ""},
		{"[connection] Ended\n[connection] Error: Error: This socket has been ended by the other party", ClassTransient, ""},
		{"Error: Unexpected close\n    at ImapFlow.close (/root/app/node_modules/imapflow/lib/imap-flow.js:1344:23)\n    at Immediate.<anonymous> (/root/app/node_modules/imapflow/lib/imap-flow.js:1244:45)\n    at process.processImmediate (node:internal/timers:471:21) {\n  code: 'ClosedAfterConnectTLS'\n}", ClassTransient, ""},

		// An IMAP server's tagged BAD to a command it cannot parse: the
		// client's command (a POP3 client on an IMAP port, a malformed
		// command), never the password; rust-imap's Debug forms (old
		// BadResponse(String), new Bad(Bad { .. })).
		{"Response: 'USER BAD Unknown command g67mb393707070wme\\r\\n'", ClassConfig, ""},
		{"a1 BAD Unknown command z25mb566414419ook", ClassConfig, ""},
		{"BadResponse(\"Unknown command q4-v6mb43737048lth\")", ClassConfig, ""},
		{"Error: Bad(Bad { code: None, information: \"Unknown command q4-v6mb43737048lth\" })", ClassConfig, ""},
		{"Bad Response: Unknown command q4-v6mb43737048lth", ClassConfig, ""},

		// TLS asked for twice, or TLS settings that exclude each other.
		{"aiosmtplib.errors.SMTPException: Connection already using TLS", ClassConfig, ""},
		{"RuntimeError: Already using TLS.", ClassConfig, ""},
		{"ValueError: The start_tls and use_tls options are not compatible.", ClassConfig, ""},
		{"imaplib.IMAP4.abort: TLS session already established", ClassConfig, ""},
		{"Unable to execute STLS as TLS connection already established", ClassConfig, ""},
		{"Error: Misconfiguration: Cannot set both secure=true for TLS and doSTARTTLS=true for STARTTLS.", ClassConfig, ""},
		{"TLS was requested, but no TLS features are enabled", ClassConfig, ""},
		{"Error: Failed to receive greeting from server in required time. Maybe should use TLS?", ClassConfig, ""},

		// A capability the server lacks, or the library's own setup.
		{"Error: Server does not support ID", ClassConfig, ""},
		{"imapclient.exceptions.CapabilityError: Server does not support IDLE capability", ClassConfig, ""},
		{"imapclient.exceptions.CapabilityError: The server does not support b'REFERENCES' threading algorithm", ClassConfig, ""},
		{"APOP support not detected on remote server", ClassConfig, ""},
		{"Error: Authentication information not provided", ClassConfig, ""},
		{"aiosmtplib.errors.SMTPException: username is required when using oauth_token_generator", ClassConfig, ""},
		{"aiosmtplib.errors.SMTPException: SMTP instance is already connected", ClassConfig, ""},
		{"Error: Can not re-use ImapFlow instance", ClassConfig, ""},
		{"Error: Cannot call status on currently selected mailbox", ClassConfig, ""},

		// A connection that dropped or did not come up in time: no verdict.
		{"Error: This socket has been ended by the other party", ClassTransient, ""},
		{"Error: Unexpected close { code: 'ClosedAfterConnectText' }", ClassTransient, ""},
		{"Error: Connection ended unexpectedly", ClassTransient, ""},
		{"Error: Socket closed unexpectedly!", ClassTransient, ""},
		{"Error: Socket is already closed", ClassTransient, ""},
		{"Error: Can not send data after logged out", ClassTransient, ""},
		{"Error: Failed to establish connection in required time", ClassTransient, ""},
		{"Error: Failed to upgrade connection in required time", ClassTransient, ""},
		{"Error: Failed to receive greeting from server in required time", ClassTransient, ""},

		// A server answer the library could not follow, mid-session.
		{"imaplib.IMAP4.error: Unexpected IDLE response: b'+ Still here'", ClassTransient, ""},
		{"Error: Failed to parse the server response for this command", ClassTransient, ""},
		{"Error: Server sent a tagged response for a command that was not in flight", ClassTransient, ""},
		{"Error: STATUS poll failed", ClassTransient, ""},

		// Siblings already read right, that must keep their reading.
		{"Error: Logging in is disabled on this server", ClassConfig, ""},
		{"Error: No supported authentication method(s) available. Unable to login.", ClassConfig, ""},
		{"Error: Timed out while authenticating with server", ClassTransient, ""},
		{"Error: Socket timed out while talking to server", ClassTransient, ""},
		{"ConnectionTimeoutError: connection timed out", ClassTransient, ""},
		{"Error: Connection closed unexpectedly", ClassTransient, ""},
		{"Error: Connection not available", ClassTransient, ""},
		{"Error: Connection closed during TLS upgrade", ClassTransient, ""},
		{"Error: Socket timeout", ClassTransient, ""},
		{"Error: Server does not support STARTTLS", ClassConfig, ""},
		{"Error: Unsupported authentication mechanism", ClassConfig, ""},
		{"Error: Timeout connecting to server", ClassTransient, ""},
		{"Error:  Socket timed out!", ClassTransient, ""},
		{"Connection Lost", ClassTransient, ""},
		{"StartTls is not available on the server", ClassConfig, ""},
		{"aiosmtplib.errors.SMTPException: SMTP STARTTLS extension not supported by server.", ClassConfig, ""},
		{"aiosmtplib.errors.SMTPException: The SMTP AUTH extension is not supported by this server. Try connecting via TLS (or STARTTLS).", ClassConfig, ""},
		{"aiosmtplib.errors.SMTPServerDisconnected: Connection reset while upgrading transport", ClassTransient, ""},
		{"aiosmtplib.errors.SMTPConnectTimeoutError: Timed out waiting for server ready message", ClassTransient, ""},
		{"EmailAuthenticationError: SMTP authentication failed for user@example.com", ClassAuth, ""},
		{"Net::IMAP::BadResponseError: Unknown command z25mb566414419ook", ClassConfig, ""},

		// Look-alikes: a reason the server gave decides; generic words do not.
		{"Error: Received negative welcome: * BYE Too many connections", ClassRateLimited, ""},
		{"Error: Unexpected close { code: 'ClosedAfterConnectTLS', reason: 'Too many simultaneous connections' }", ClassRateLimited, ""},
		{"Bye Response: Too many simultaneous connections", ClassRateLimited, ""},
		{"imapclient.exceptions.LoginError: b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'", ClassAuth, ""},
		{"a1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)", ClassAuth, ""},
		{"500 5.5.1 Unknown command", ClassConfig, ""},
		{"Bad Response", ClassTransient, ""},
		{"Error: Unexpected close tag </div>", ClassUnknown, ""},
		{"[connection] Closed", ClassUnknown, ""},
		{"Server responded -ERR to AUTH CRAM-MD5", ClassUnknown, ""},
		{"Error: Invalid server response", ClassUnknown, ""},
		{"Error: Command failed", ClassUnknown, ""},
		// ImapFlow's first line alone (a log that keeps one line), and a
		// parser's close token, which is no dropped connection.
		{"Error: Unexpected close", ClassTransient, ""},
		{"Error: Unexpected close parenthesis", ClassUnknown, ""},
		{"Error: Unexpected close token )", ClassUnknown, ""},
	})
	assertCatalogClasses(t, "client_imap_libs50")
}
