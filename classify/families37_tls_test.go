package classify

import (
	"testing"
)

// Round 37's TLS family (classify/round37_tls.go): the round's texts, other
// messages of the same TLS stacks' vocabularies (OpenSSL's reason strings as
// Python, Ruby and Node print them, Go crypto/tls, Java JSSE, Windows
// SChannel), and look-alikes that speak of credentials or authentication but
// are a TLS handshake, next to real refused logins that must stay auth.
func TestRound37TLSFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// OpenSSL reasons: the round's DH group and legacy renegotiation,
		// and sibling reasons in each binding's form.
		{"Error with SMTP notification: ERROR: [SSL: DH_KEY_TOO_SMALL] dh key too small (_ssl.c:997)", ClassConfig, "tls_openssl_reasons"},
		{"TransportError: HTTPSConnectionPool(host='webmail.serv.domain', port=443): Max retries exceeded with url: /EWS/Exchange.asmx (Caused by SSLError(SSLError(1\n, '[SSL: UNSAFE_LEGACY_RENEGOTIATION_DISABLED] unsafe legacy renegotiation disabled (_ssl.c:1000)')))", ClassConfig, "tls_openssl_reasons"},
		{"SSL_connect returned=1 errno=0 peeraddr=198.51.100.7:587 state=error: no protocols available", ClassConfig, "tls_openssl_reasons"},
		{"imaplib: [SSL: TLSV1_ALERT_INSUFFICIENT_SECURITY] tlsv1 alert insufficient security (_ssl.c:992)", ClassConfig, "tls_openssl_reasons"},
		{"Net::SMTP: SSL_connect returned=1 errno=0 peeraddr=198.51.100.7:465 state=error: unsupported protocol", ClassConfig, "tls_openssl_reasons"},
		{"Error: write EPROTO code: 'ERR_SSL_VERSION_TOO_LOW'", ClassConfig, "tls_openssl_reasons"},
		{"[SSL: EE_KEY_TOO_SMALL] ee key too small (_ssl.c:1010)", ClassConfig, "tls_openssl_reasons"},
		// Windows SChannel: the round's common-algorithm message and its
		// siblings.
		{"The client and server cannot communicate, because they do not possess a common algorithm.", ClassConfig, "schannel_handshake_refused"},
		{"Exception Details: System.ComponentModel.Win32Exception: The client and server cannot communicate, because they do not possess a common algorithm", ClassConfig, "schannel_handshake_refused"},
		{"Win32Exception (0x80090326): The message received was unexpected or badly formatted", ClassConfig, "schannel_handshake_refused"},
		{"Win32Exception (0x80090322): The target principal name is incorrect", ClassConfig, "schannel_handshake_refused"},
		{"schannel: next InitializeSecurityContext failed: SEC_E_UNTRUSTED_ROOT (0x80090325)", ClassConfig, "schannel_handshake_refused"},
		// Java JSSE: the round's kickstart failure and sibling refusals.
		{"[info] javax.net.ssl|ERROR|2A|http-nio-8080-exec-1|2022-06-10 12:52:47.272 UTC|TransportContext.java:345|Fatal (HANDSHAKE_FAILURE): Couldn't kickstart handshaking (", ClassConfig, "tls_jsse"},
		{"Fatal (PROTOCOL_VERSION): The server selected protocol version TLS11 is not accepted by client preferences [TLS12]", ClassConfig, "tls_jsse"},
		{"MessagingException: No negotiable cipher suite", ClassConfig, "tls_jsse"},
		{"No name matching imap.example.org found", ClassConfig, "tls_jsse"},
		// Go crypto/tls: an alert the server sent, no common suite.
		{"smtp: remote error: tls: insufficient security level", ClassConfig, "tls_go_tls"},
		{"dial: tls: server chose an unconfigured cipher suite", ClassConfig, "tls_go_tls"},
		// A handshake cut by the network stays transient.
		{"SSL_connect SYSCALL returned=5 errno=0 peeraddr=198.51.100.7:993 state=SSLv3/TLS write client hello", ClassTransient, "ruby_tls_handshake_cut"},
		// Look-alikes: credentials, a token, authentication, an unexpected
		// error, all about the TLS handshake.
		{"Win32Exception (0x8009030D): The credentials supplied to the package were not recognized", ClassConfig, "tls_sspi_credential_words"},
		{"Win32Exception (0x8009030E): No credentials are available in the security package", ClassConfig, "tls_sspi_credential_words"},
		{"Win32Exception (0x80090308): The token supplied to the function is invalid", ClassConfig, "tls_sspi_credential_words"},
		{"Authentication failed because the remote party sent a TLS alert: 'IllegalParameter'.", ClassConfig, "tls_sspi_credential_words"},
		{"Unexpected error: java.security.InvalidAlgorithmParameterException: the trustAnchors parameter must be non-empty", ClassConfig, "tls_sspi_credential_words"},
		// Real refused logins and dropped connections keep their class.
		{"535 5.7.8 Username and Password not accepted", ClassAuth, ""},
		{"javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful", ClassAuth, ""},
		{"ssl.SSLEOFError: EOF occurred in violation of protocol (_ssl.c:2393)", ClassTransient, ""},
	})
	assertNotClasses(t, []string{
		"System.ComponentModel.Win32Exception: The credentials supplied to the package were not recognized",
		"The token supplied to the function is invalid",
		"Authentication failed because the remote party sent a TLS alert: 'HandshakeFailure'.",
		"remote error: tls: bad certificate",
		"OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 state=error: tlsv1 alert access denied",
	}, ClassAuth, ClassRevoked)
}
