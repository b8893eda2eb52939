package classify

import (
	"testing"
)

// Round 55's mail client libraries' own checks of protocol state, server
// capabilities and arguments (round55_libstate.go). The catalog
// mail_library_state_checks.jsonl holds the libraries' messages as their
// source raises them; here are the forms apps log them in, and look-alikes
// that must keep their reading.
func TestRound55LibstateFamilies(t *testing.T) {
	assertCatalogClasses(t, "mail_library_state_checks")

	assertTextRules(t, []textCase{
		// The server lacks a capability, or the library the mechanism.
		{"ERROR:root:listing namespaces failed: server has not NAMESPACE capability (imap.example.org)", ClassConfig, "libstate_capability_missing"},
		{"Traceback (most recent call last):\n  File \"sync.py\", line 88, in archive\n    await client.move(uid, 'Archive')\naioimaplib.aioimaplib.Abort: server has not MOVE capability", ClassConfig, "libstate_capability_missing"},
		{"could not connect mailbox: aioimaplib.aioimaplib.Error: server not IMAP4 compliant", ClassConfig, "libstate_capability_missing"},
		{"level=error msg=\"imap login\" err=\"Login is disabled in current state\" host=mail.example.org:143", ClassConfig, "libstate_capability_missing"},
		{"2026/03/02 10:11:12 move messages: The required extension is not supported by the server", ClassConfig, "libstate_capability_missing"},
		{"Sync error: MailException: Threading not supported by server", ClassConfig, "libstate_capability_missing"},
		{"Unhandled exception:\nAUTHENTICATE called with unsupported sasl mechanism \"CRAM-MD5\"", ClassConfig, "libstate_capability_missing"},
		{"Error: The IMAP server does not advertise the \"MOVE\" capability (RFC 6851), which is required by the \"move_msg\" command.", ClassConfig, "libstate_capability_missing"},
		{"System.NotSupportedException: Google Mail labels are not supported on this server!\n   at ImapX.Collections.GMailMessageLabelCollection.Add(String label)", ClassConfig, "libstate_capability_missing"},
		{"mail delivery failed: STARTTLS unavailable", ClassConfig, "libstate_capability_missing"},
		{"smtp send: smtp: server does not support REQUIRETLS", ClassConfig, "libstate_capability_missing"},

		// A command in the wrong state.
		{"imap sync: fetch: No mailbox selected", ClassConfig, "libstate_session_state"},
		{"[MailService] InvalidArgumentException: No mailbox selected.", ClassConfig, "libstate_session_state"},
		{"Unhandled exception:\nStateException: Trying to use \"STARTTLS\" in authenticated state.", ClassConfig, "libstate_session_state"},
		{"E/flutter: Trying to execute command, but engine is not connected or not set.", ClassConfig, "libstate_session_state"},
		{"level=warn msg=\"starttls\" err=\"TLS is already enabled\"", ClassConfig, "libstate_session_state"},
		{"imap authenticate: Already logged in", ClassConfig, "libstate_session_state"},
		{"ImapX.Exceptions.InvalidStateException: The SSL protocol cannot be changed after the connection has been established. Please disconnect first.", ClassConfig, "libstate_session_state"},
		{"/usr/lib/ruby/3.2.0/net/smtp.rb:667:in `do_start': SMTP session already started (IOError)", ClassConfig, "libstate_session_state"},
		{"net-imap: Net::IMAP::Error: not during IDLE", ClassConfig, "libstate_session_state"},
		{"Error in fetch_text(con, msg_id = ids) : No folder previously selected.", ClassConfig, "libstate_session_state"},

		// Arguments and settings refused.
		{"Error in ImapCon$new(url = \"imaps://imap.example.org\", username = \"me@example.org\",  : \n  Argument \"password\" must be a string, e.g. \"my_pass\".", ClassConfig, "libstate_arguments"},
		{"ValueError: password and oauth_token_generator are mutually exclusive\n\nDuring handling of the above exception, another exception occurred:", ClassConfig, "libstate_arguments"},
		{"Failed to send report: No From header provided in message", ClassConfig, "libstate_arguments"},
		{"mailer.rb:12:in `deliver': mail destination not given (ArgumentError)", ClassConfig, "libstate_arguments"},
		{"imap_tools: ValueError: Port 993 requires IMAP4_SSL. Use MailBox class for SSL/TLS connection.", ClassConfig, "libstate_arguments"},
		{"sendMail failed: SMTPException: No recipients were specified", ClassConfig, "libstate_arguments"},
		{"ArgumentError: missing oauth2_token\n\tfrom lib/net/imap/sasl/oauthbearer_authenticator.rb:183", ClassConfig, "libstate_arguments"},

		// The connection under the call is gone.
		{"E/ImapClient: ImapException: idleStart failed: client is not connected", ClassTransient, "libstate_connection_gone"},
		{"poller: idle: disconnected while idling", ClassTransient, "libstate_connection_gone"},
		{"java.net.SocketException: Socket is not connected\n\tat java.base/sun.nio.ch.NioSocketImpl.ensureOpenAndConnected", ClassTransient, "libstate_connection_gone"},

		// Look-alikes: a server's verdicts keep their reading.
		{"530 5.7.0 Must issue a STARTTLS command first. d9443c01a7336-21f4a0b1c2sm1234567b3 - gsmtp", ClassConfig, ""},
		{"imap_tools.errors.MailboxLoginError: Response status \"OK\" expected, but \"NO\" received. Data: [b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)']", ClassAuth, ""},
		{"imapclient.exceptions.LoginError: b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'", ClassAuth, ""},
		{"Auth failed: 535 5.7.8 Error: authentication failed: authentication failure", ClassAuth, ""},
		{"550 5.1.1 <bob@example.net>: Recipient address rejected: no mailbox here by that name", ClassRecipient, ""},
		{"Could not examine: 43 NO [NONEXISTENT] Unknown Mailbox: Archive (now in authenticated state) (Failure)", ClassConfig, ""},
		{"-ERR You are already logged in.", ClassConfig, ""},
		{"smtplib.SMTPServerDisconnected: please run connect() first", ClassTransient, ""},
		{"aiosmtplib.errors.SMTPServerDisconnected: Server not connected", ClassTransient, ""},
		{"org.apache.commons.net.smtp.SMTPConnectionClosedException: Connection closed without indication.", ClassTransient, ""},
		{"454 4.7.0 Temporary authentication failure", ClassAuthTemporary, ""},
	})
}
