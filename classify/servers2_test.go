package classify

import (
	"testing"
)

// TestServers2Replies checks the rules added for Sendmail 8.18.0.2
// (hrs-allbsd/sendmail commit 19036c0d) and Apache James (apache/james-project
// commit 20bf8083) on replies as each server composes them. Labels come from
// the servers' source (testdata/catalogs/server_sendmail.jsonl,
// server_james.jsonl), not from the rules.
func TestServers2Replies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Sendmail srvrsmtp.c CMDSTLS: "503 5.5.0 TLS not available" when
		// STARTTLS is not configured; the 454 forms are temporary.
		{"503 5.5.0 TLS not available", ClassConfig, "server_tls_not_offered"},
		// proto.m4 tls_client: $#error $@ 4.7.0 $: 454 " encryption too weak "
		// ${cipher_bits} " less than " <required bits>, for a client that sent
		// MAIL without STARTTLS to a server whose access map has TLS_Clt ENCR:128.
		{"454 4.7.0 encryption too weak 0 less than 128", ClassConfig, "server_tls_required"},
		// proto.m4 FEATURE(conncontrol): _CONN_CONTROL_REPLY (452, or 421 with
		// "terminate") "Too many open connections." with DSN 4.3.2.
		{"452 4.3.2 Too many open connections.", ClassRateLimited, "connection_limits"},
		// proto.m4 FEATURE(require_rdns) TEMP: "451 Client IP address " $&{client_addr} " does not resolve".
		{"451 4.1.8 Client IP address 203.0.113.5 does not resolve", ClassRejected, "server_client_ip_unresolved"},
		// James POP3 AuthCmdHandler AUTH_REQUIRES_TLS (also PassCmdHandler).
		{"-ERR Authentication requires TLS.", ClassConfig, "server_tls_required"},
		// James IMAP: StatusResponseEncoder writes tag, NO, the command name and
		// the HumanReadableText ("failed. Plain login / authentication are disabled.").
		{"a1 NO LOGIN failed. Plain login / authentication are disabled.", ClassConfig, "server_tls_required"},
		{"a1 NO AUTHENTICATE failed. Authentication mechanism is unsupported.", ClassConfig, "server_auth_client_error"},
		// James SMTP AuthCmdHandler AUTH_ABORTED: 501 + DSNStatus 5.7.1.
		{"501 5.7.1 Authentication aborted", ClassConfig, "server_auth_client_error"},
		// James AllowedUnauthenticatedSender: 550 5.7.1 "Sender <" + sender +
		// "> is not allowed for unauthenticated connection from " + remote IP.
		{"550 5.7.1 Sender <anna@example.com> is not allowed for unauthenticated connection from 203.0.113.5", ClassConfig, "server_sender_needs_login"},
		// James IMAP AbstractAuthProcessor GENERIC_FAILURE_DURING_PROCESSING.
		{"a1 NO LOGIN processing failed.", ClassTransient, "server_auth_processing_failed"},
		// James IMAP manageFailureCount(): the BYE replaces the NO of the third
		// refused login in a session; no lockout, so a refused login.
		{"* BYE Login failed too many times.", ClassAuth, "credentials_rejected"},
		// The replies that already classified: Sendmail's LOGAUTHFAIL and James's
		// IMAP INVALID_CREDENTIALS.
		{"535 5.7.0 authentication failed", ClassAuth, ""},
		{"a1 NO LOGIN failed. Invalid credentials.", ClassAuth, ""},
	})
	// Look-alikes: they name authentication, but no credential was refused.
	assertNotClasses(t, []string{
		// James AbstractSenderAuthIdentifyVerificationHook INVALID_AUTH: the
		// login worked, the MAIL FROM address is not the user's.
		"503 5.7.1 Incorrect Authentication for Specified Email Address",
		// James AbstractAuthProcessor: the delegation target of a PLAIN authzid.
		"a1 NO AUTHENTICATE User does not exist",
		"a1 NO LOGIN Delegation is forbidden.",
		// James DNSRBLHandler (default deny code 554; InetAddress.toString()).
		"554 5.7.1 Rejected: unauthenticated e-mail from /203.0.113.5 is restricted.  Contact the postmaster for details.",
		// Sendmail STARTTLS: tls_client refused the client's certificate.
		"503 5.7.0 Authentication required.",
		// Sendmail relay refusal with AUTH configured (proto.m4 confRELAY_MSG).
		"550 5.7.1 <bob@example.org>... Relaying denied. Proper authentication required.",
	}, ClassAuth, ClassRevoked, ClassBlocked)
}
