package classify

import (
	"testing"
)

// Round 44's TLS family (classify/round44_tls.go): the round's texts, the
// sibling messages of each TLS stack's own error table (rustls, BoringSSL as
// Dart prints it, Haskell tls, mbedTLS, BearSSL under ESP Mail Client,
// wolfSSL, GnuTLS, Erlang/OTP ssl, Apple Secure Transport, Windows
// SChannel, Perl's Email::Sender and IO::Socket::SSL), and look-alikes: a
// refused login must stay a refused login, a TLS message behind "login
// failed: " must not become one, a 4xx to STARTTLS stays temporary, and the
// stacks' non-TLS numbers stay unread.
func TestRound44TLSFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// The round's four rows.
		{"HandshakeException (HandshakeException: Handshake error in client (OS Error: \n\tWRONG_VERSION_NUMBER(tls_record.cc:242)))", ClassConfig, "tls_not_a_record"},
		{"Uncaught InvalidData: received corrupt message of type InvalidContentType", ClassConfig, "tls_not_a_record"},
		{"*** Exception: HandshakeFailed (Error_Packet_Parsing \"Failed reading: invalid header type: 50\\nFrom:\\theader\\n\\n\")", ClassConfig, "tls_not_a_record"},
		{"ERROR [Wed Mar 22 12:11:53 2023] can't STARTTLS: 2.0.0 Ready to start TLS", ClassConfig, "tls_perl_starttls"},

		// rustls: the other corrupt-message types, and its handshake
		// refusals; the peer closing without close_notify is the network.
		{"received corrupt message of type UnknownProtocolVersion", ClassConfig, "tls_not_a_record"},
		{"error: InvalidData: received corrupt message", ClassConfig, "tls_not_a_record"},
		{"received unexpected message: got ApplicationData when expecting Handshake", ClassConfig, "tls_handshake_refused"},
		{"received unexpected handshake message: got Certificate when expecting ServerHello", ClassConfig, "tls_handshake_refused"},
		{"peer is incompatible: NoCipherSuitesInCommon", ClassConfig, "tls_handshake_refused"},
		{"peer is incompatible: ServerDoesNotSupportTls12Or13", ClassConfig, "tls_handshake_refused"},
		{"peer misbehaved: SelectedUnofferedCipherSuite", ClassConfig, "tls_handshake_refused"},
		{"cannot decrypt peer's message", ClassConfig, "tls_handshake_refused"},
		{"peer sent excess record size", ClassConfig, "tls_handshake_refused"},
		{"presented server name type wasn't supported", ClassConfig, "tls_handshake_refused"},
		{"received fatal alert: HandshakeFailure", ClassConfig, ""},
		{"invalid peer certificate: UnknownIssuer", ClassConfig, ""},
		{"peer closed connection without sending TLS close_notify: https://docs.rs/rustls/latest/rustls/manual/_03_howto/index.html#unexpected-eof", ClassTransient, "tls_handshake_cut"},

		// BoringSSL's reason names as Dart's HandshakeException prints them.
		{"HandshakeException: Handshake error in client (OS Error: \n\tTLSV1_ALERT_PROTOCOL_VERSION(tls_record.cc:594))", ClassConfig, "tls_handshake_refused"},
		{"HandshakeException: Handshake error in client (OS Error: \n\tNO_SHARED_CIPHER(handshake.cc:349))", ClassConfig, "tls_handshake_refused"},
		{"HandshakeException: Handshake error in client (OS Error: \n\tUNSUPPORTED_PROTOCOL(handshake_client.cc:706))", ClassConfig, "tls_handshake_refused"},
		{"HandshakeException: Handshake error in client (OS Error: \n\tCERTIFICATE_VERIFY_FAILED: unable to get local issuer certificate(handshake.cc:393))", ClassConfig, ""},
		{"HandshakeException: Connection terminated during handshake", ClassTransient, ""},

		// Haskell tls: the newer parse failure, protocol errors, an alert,
		// and the peer closing the socket.
		{"HandshakeFailed (Error_Packet_Parsing \"unknown protocol type\")", ClassConfig, "tls_not_a_record"},
		{"HandshakeFailed (Error_Protocol (\"expecting server hello, got alert : [(AlertLevel_Fatal,HandshakeFailure)]\",True,HandshakeFailure))", ClassConfig, "tls_handshake_refused"},
		{"HandshakeFailed (Error_Protocol \"TLS11 is not supported\" IllegalParameter)", ClassConfig, "tls_handshake_refused"},
		{"HandshakeFailed (Error_Protocol \"server choose unknown cipher\" IllegalParameter)", ClassConfig, "tls_handshake_refused"},
		{"HandshakeFailed (Error_Packet_unexpected \"Alert [(AlertLevel_Fatal,HandshakeFailure)]\" \" expected: change cipher\")", ClassConfig, "tls_handshake_refused"},
		{"HandshakeFailed (Error_HandshakePolicy \"client: no support for TLS13\")", ClassConfig, "tls_handshake_refused"},
		{"HandshakeFailed Error_EOF", ClassTransient, "tls_handshake_cut"},

		// mbedTLS as ESP32's ssl_client prints it.
		{"[E][ssl_client.cpp:37] _handle_error(): [start_ssl_client():273]: (-29184) SSL - An invalid SSL record was received", ClassConfig, "tls_not_a_record"},
		{"(-30592) SSL - A fatal alert message was received from our peer", ClassConfig, "tls_embedded_stacks"},
		{"SSL - An unexpected message was received from our peer", ClassConfig, "tls_embedded_stacks"},
		{"SSL - The server has no ciphersuites in common with the client", ClassConfig, "tls_embedded_stacks"},
		{"SSL - Handshake protocol not within min/max boundaries", ClassConfig, "tls_embedded_stacks"},
		{"SSL - The handshake negotiation failed", ClassConfig, "tls_embedded_stacks"},
		{"SSL - Processing of the ServerHello handshake message failed", ClassConfig, "tls_embedded_stacks"},
		{"SSL - A message could not be parsed due to a syntactic error", ClassConfig, "tls_embedded_stacks"},
		{"SSL - Verification of the message MAC failed", ClassConfig, "tls_embedded_stacks"},
		{"SSL - Verification of our peer failed", ClassConfig, "tls_embedded_stacks"},
		{"SSL - No CA Chain is set, but required to operate", ClassConfig, "tls_embedded_stacks"},
		{"(-9984) X509 - Certificate verification failed, e.g. CRL, CA or signature check failed", ClassConfig, ""},
		{"(-29312) SSL - The connection indicated an EOF", ClassTransient, "tls_handshake_cut"},
		{"SSL - The peer notified us that the connection is going to be closed", ClassTransient, "tls_handshake_cut"},
		{"NET - Connection was reset by peer", ClassTransient, "tls_handshake_cut"},
		{"NET - Reading information from the socket failed", ClassTransient, "tls_handshake_cut"},
		{"NET - Sending information through the socket failed", ClassTransient, "tls_handshake_cut"},

		// BearSSL's texts as ESP Mail Client prints them.
		{"Incoming protocol or record version is unsupported.", ClassConfig, "tls_not_a_record"},
		{"Incoming record version does not match the expected version.", ClassConfig, "tls_not_a_record"},
		{"Incoming record type is unknown.", ClassConfig, "tls_not_a_record"},
		{"Incoming record length is invalid.", ClassConfig, "tls_not_a_record"},
		{"Incoming record or message has wrong type with regards to the current engine state.", ClassConfig, "tls_embedded_stacks"},
		{"Incoming handshake message decoding failed.", ClassConfig, "tls_embedded_stacks"},
		{"SSL received fatal alert - Chain could not be linked to a trust anchor.", ClassConfig, "tls_embedded_stacks"},
		{"Expected server name was not found in the chain.", ClassConfig, "tls_embedded_stacks"},
		{"Server wants to use a cipher suite that we did not claim to support. This is also reported if we tried to advertise a cipher suite that we do not support.", ClassConfig, "tls_embedded_stacks"},
		{"I/O error or premature close on transport stream.", ClassTransient, "tls_handshake_cut"},

		// wolfSSL.
		{"SSL_connect failed with error -326: record layer version error", ClassConfig, "tls_not_a_record"},
		{"wolfSSL error -312: unknown type in record hdr", ClassConfig, "tls_not_a_record"},
		{"wolfSSL error -313: received alert fatal error", ClassConfig, "tls_embedded_stacks"},
		{"wolfSSL error -501: can't match cipher suite", ClassConfig, "tls_embedded_stacks"},
		{"wolfSSL error -322: peer subject name mismatch", ClassConfig, "tls_embedded_stacks"},
		{"wolfSSL error -188: ASN no signer error to confirm failure", ClassConfig, "tls_embedded_stacks"},
		{"wolfSSL error -397: Peer closed underlying transport Error", ClassTransient, "tls_handshake_cut"},
		{"wolfSSL error -308: error state on socket", ClassTransient, "tls_handshake_cut"},

		// GnuTLS, current and older wordings.
		{"gnutls_handshake() failed: An unexpected TLS packet was received.", ClassConfig, "tls_not_a_record"},
		{"gnutls_handshake() failed: A TLS packet with unexpected length was received.", ClassConfig, "tls_not_a_record"},
		{"TLS handshake failed: Error decoding the received TLS packet.", ClassConfig, "tls_not_a_record"},
		{"A TLS record packet with invalid length was received.", ClassConfig, "tls_not_a_record"},
		{"A packet with illegal or unsupported version was received.", ClassConfig, "tls_not_a_record"},
		{"A record packet with illegal version was received.", ClassConfig, "tls_not_a_record"},
		{"An unexpected TLS handshake packet was received.", ClassConfig, "tls_embedded_stacks"},
		{"A TLS fatal alert has been received.", ClassConfig, "tls_embedded_stacks"},
		{"Could not negotiate a supported cipher suite.", ClassConfig, "tls_embedded_stacks"},
		{"No supported cipher suites have been found.", ClassConfig, "tls_embedded_stacks"},
		{"The Diffie-Hellman prime sent by the server is not acceptable (not long enough).", ClassConfig, "tls_embedded_stacks"},
		{"msmtp: TLS handshake failed: The TLS connection was non-properly terminated.", ClassTransient, "tls_handshake_cut"},
		{"TLS handshake failed: Error in the pull function.", ClassTransient, "tls_handshake_cut"},
		{"Error in the push function.", ClassTransient, "tls_handshake_cut"},
		{"Peer has terminated the connection", ClassTransient, "tls_handshake_cut"},

		// Erlang/OTP ssl's alert texts.
		{"TLS client: In state hello at tls_record.erl:564 generated CLIENT ALERT: Fatal - Unexpected Message\n - {unsupported_record_type,50}", ClassConfig, "tls_wrong_port"},
		{"TLS client: In state certify received SERVER ALERT: Fatal - Handshake Failure", ClassConfig, "tls_handshake_refused"},
		{"TLS client: In state certify at ssl_handshake.erl:2000 generated CLIENT ALERT: Fatal - Unknown CA", ClassConfig, "tls_handshake_refused"},
		{"TLS client: In state hello received SERVER ALERT: Fatal - Protocol Version", ClassConfig, "tls_handshake_refused"},

		// Apple Secure Transport: names and numbers.
		{"SSLHandshake failed: errSSLProtocol (-9800)", ClassConfig, "tls_apple_secure_transport"},
		{"errSSLPeerProtocolVersion", ClassConfig, "tls_apple_secure_transport"},
		{"errSSLXCertChainInvalid", ClassConfig, "tls_apple_secure_transport"},
		{"Error Domain=NSOSStatusErrorDomain Code=-9836 \"(null)\"", ClassConfig, "tls_apple_secure_transport"},
		{"The operation couldn’t be completed. (OSStatus error -9824.)", ClassConfig, "tls_apple_secure_transport"},
		{"Error Domain=NSOSStatusErrorDomain Code=-9806 \"(null)\" UserInfo={_kCFStreamErrorCodeKey=-9806, _kCFStreamErrorDomainKey=3}", ClassTransient, "tls_handshake_cut"},
		{"errSSLClosedAbort", ClassTransient, "tls_handshake_cut"},
		{"errSSLClosedNoNotify", ClassTransient, "tls_handshake_cut"},
		{"The operation couldn’t be completed. (OSStatus error -9816.)", ClassTransient, "tls_handshake_cut"},

		// Windows SChannel: the number decides in any display language.
		{"System.ComponentModel.Win32Exception (0x80090302): The function requested is not supported", ClassConfig, "schannel_sec_e_refused"},
		{"System.ComponentModel.Win32Exception (0x8009030F): The message or signature supplied for verification has been altered", ClassConfig, "schannel_sec_e_refused"},
		{"System.ComponentModel.Win32Exception (0x80090326): Die empfangene Nachricht war unerwartet oder wies ein falsches Format auf.", ClassConfig, "schannel_sec_e_refused"},
		{"System.ComponentModel.Win32Exception (0x80090331): Le client et le serveur ne peuvent pas communiquer car ils ne possèdent pas d'algorithme commun.", ClassConfig, "schannel_sec_e_refused"},
		{"schannel: SEC_E_UNTRUSTED_ROOT (0x80090325)", ClassConfig, ""},

		// Perl: Email::Sender's STARTTLS failure and IO::Socket::SSL.
		{"can't STARTTLS: 5.5.1 Unrecognized command", ClassConfig, ""},
		{"SSL connect attempt failed hostname verification failed", ClassConfig, "tls_perl_starttls"},

		// Look-alikes: TLS messages behind credential words stay TLS.
		{"SMTP authentication failed: HandshakeException: Handshake error in client (OS Error: WRONG_VERSION_NUMBER(tls_record.cc:242))", ClassConfig, "tls_not_a_record"},
		{"Login failed: received corrupt message of type InvalidContentType", ClassConfig, "tls_not_a_record"},
		{"Error, login failed: Incoming record version does not match the expected version.", ClassConfig, "tls_not_a_record"},
		// ...and real refused logins, a 4xx to STARTTLS, and the stacks'
		// numbers that are no TLS refusal keep their reading.
		{"535 5.7.8 Username and Password not accepted", ClassAuth, ""},
		{"* NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)", ClassAuth, ""},
		{"System.ComponentModel.Win32Exception (0x8009030C): The logon attempt failed", ClassAuth, ""},
		{"can't STARTTLS: 4.7.0 TLS not available due to local problem", ClassTransient, ""},
		{"Error Domain=NSOSStatusErrorDomain Code=-9803 \"(null)\"", ClassUnknown, ""},
		{"SEC_E_INTERNAL_ERROR (0x80090304)", ClassUnknown, ""},
		{"MessageException: Received corrupt message: {type: ping}", ClassUnknown, ""},
		{"header parse error: invalid header type: text/plain", ClassUnknown, ""},
	})
	assertNotClasses(t, []string{
		"Authentication failed: HandshakeFailed (Error_Packet_Parsing \"Failed reading: invalid header type: 50\")",
		"login failed: (-29184) SSL - An invalid SSL record was received",
		"IMAP login error: errSSLPeerProtocolVersion",
		"Login failed: SSL_connect failed with error -326: record layer version error",
		"Authentication error: TLS client: In state certify received SERVER ALERT: Fatal - Handshake Failure",
	}, ClassAuth, ClassRevoked)
}
