package classify

// Round 44's TLS family (testdata/heldout/round44.jsonl, rows
// h44a-enoughmail-gmail-587-wrong-version-number,
// h44a-denomailer-brevo-587-tls-corrupt-message,
// h44a-haskell-smtp-mail-tls-on-starttls-port,
// h44a-perl-email-sender-cant-starttls): TLS spoken to a port that speaks
// plain text first (or the reverse), and other refused TLS handshakes, as
// the TLS stacks under mail libraries in other languages word them. Each
// stack's own error table was read whole and each message labelled from its
// own meaning: a plain greeting read as a TLS record, no common version or
// cipher, an alert from the peer, a certificate that fails verification is
// the client's or the server's TLS setup (`config`, testdata/README.md:
// "STARTTLS required, wrong port or host, ... certificate for another
// name"); the connection ending, reset or timing out in the middle of the
// handshake is `transient` ("timeouts, connection resets"). Messages about
// the library's own state (memory, bad arguments, would-block, internal
// errors) are left alone. Phrases are the fixed text of each message,
// lower-cased, without placeholders.
//
// Sources (read 2026-12-05):
//   - rustls/rustls, rustls/src/error.rs at v/0.19.1 (3c390ef7),
//     v/0.20.9 (d1345fc3), v/0.21.12 (3633152c), v/0.23.43 (fcf61cdb) and
//     rustls/src/error/mod.rs at 6868ee84: impl Display for Error. "received
//     corrupt message" (0.19/0.20 CorruptMessage) and "received corrupt
//     message of type {InvalidMessage:?}" (InvalidContentType,
//     UnknownProtocolVersion, MessageTooLarge...: bytes that are no TLS
//     record, the plain "220 " greeting of a STARTTLS port; Deno prints it
//     as "InvalidData: ..."; the bare 0.19/0.20 sentence is matched only
//     after that kind, as other programs say "received corrupt message"
//     of their own messages), "received unexpected message: got ... when
//     expecting ...", "received unexpected handshake message", "peer is
//     incompatible: " (no common cipher suite, version, group), "peer
//     misbehaved: ", "cannot decrypt peer's message", "peer sent excess
//     record size", "presented server name type wasn't supported": config.
//     rustls/src/conn.rs (v/0.23.43) UNEXPECTED_EOF_MESSAGE "peer closed
//     connection without sending TLS close_notify": transient. ("received
//     fatal alert", "invalid peer certificate", "peer sent no certificates"
//     already read config.)
//   - google/boringssl a0689af2 crypto/err/ssl.errordata (the SSL reason
//     names; ssl/tls_record.cc raises WRONG_VERSION_NUMBER when a record's
//     version byte is not 3, as for "220 ..."), printed by Dart's dart:io
//     (dart-lang/sdk runtime/bin/secure_socket_utils.cc 1d8b8128
//     FetchErrorString: "\n\tREASON(file.cc:line)"; runtime/bin/
//     secure_socket_filter.cc 0404a126 SSLFilter::Handshake:
//     HandshakeException "Handshake error in client" / "in server" with
//     "OS Error: " and those reasons, raised only for a BoringSSL error):
//     config. sdk/lib/io/secure_socket.dart 045bd762 "Connection terminated
//     during handshake" already reads transient.
//   - haskell-tls/hs-tls: core/Network/TLS/Packet.hs at 8e9c495e (tls < 2.0)
//     getHeaderType fails "invalid header type: N" (N = 50, the ASCII "2"
//     of "220"; binary's Get prints "Failed reading: " before it);
//     tls/Network/TLS/Error.hs at 14eb8c75: TLSException HandshakeFailed
//     with TLSError Error_Packet_Parsing, Error_Packet,
//     Error_Packet_unexpected, Error_Protocol, Error_Certificate,
//     Error_HandshakePolicy (shown by derived Show): config;
//     HandshakeFailed/PostHandshake Error_EOF (the peer closed the socket):
//     transient.
//   - Mbed-TLS/mbedtls v2.28.10 (2fc8413b) library/error.c and v3.6.6
//     (0bebf8b8) include/mbedtls/ssl.h (the comments generate_errors.pl turns
//     into "SSL - ..." strings, as ESP32's ssl_client and mail clients built
//     on it print them): INVALID_RECORD -0x7200, UNEXPECTED_MESSAGE,
//     FATAL_ALERT_MESSAGE, PEER_VERIFY_FAILED, NO_CIPHER_CHOSEN,
//     BAD_PROTOCOL_VERSION / BAD_HS_PROTOCOL_VERSION, HANDSHAKE_FAILURE,
//     BAD_HS_* / "Processing of the ... handshake message failed",
//     DECODE_ERROR, INVALID_MAC, NO_USABLE_CIPHERSUITE, ILLEGAL_PARAMETER,
//     UNKNOWN_CIPHER, CA_CHAIN_REQUIRED, UNSUPPORTED_EXTENSION: config;
//     CONN_EOF, PEER_CLOSE_NOTIFY, TIMEOUT and the NET - reset, read and
//     send failures: transient.
//   - mobizt/ESP-Mail-Client b95f6785 src/client/SSLClient/client/
//     BSSL_SSL_Client.cpp getLastSSLError (BearSSL's BR_ERR_* texts, as the
//     ESP32/ESP8266 mail client prints them): record version unsupported or
//     unexpected, unknown record type, invalid record length, wrong message
//     type, bad handshake message, cipher suite not offered, invalid
//     algorithm, bad MAC, no trust anchor, server name not in the chain,
//     "SSL received fatal alert - ", "SSL sent fatal alert - ": config;
//     BR_ERR_IO "I/O error or premature close on transport stream":
//     transient.
//   - wolfSSL/wolfssl wolfcrypt/src/error.c, wolfSSL_ERR_reason_error_string
//     (stored copy "Copyright (C) 2006-2026"): VERSION_ERROR "record layer
//     version error", UNKNOWN_RECORD_TYPE "unknown type in record hdr",
//     LENGTH_ERROR "record layer length error", FATAL_ERROR "received alert
//     fatal error", MATCH_SUITE_ERROR "can't match cipher suite",
//     DOMAIN_NAME_MISMATCH "peer subject name mismatch", ASN_NO_SIGNER_E
//     "ASN no signer error to confirm failure": config;
//     SOCKET_PEER_CLOSED_E "Peer closed underlying transport Error",
//     SOCKET_ERROR_E "error state on socket": transient.
//   - gnutls/gnutls lib/errors.c at f8971291, and at 3b22f305^ (before 2017)
//     and 6378c46c^ (before 2014) for the older wordings of the same codes:
//     UNEXPECTED_PACKET, UNEXPECTED_PACKET_LENGTH ("A TLS packet with
//     unexpected length was received.", now "Error decoding the received TLS
//     packet."), RECORD_OVERFLOW, UNSUPPORTED_VERSION_PACKET,
//     UNEXPECTED_HANDSHAKE_PACKET, FATAL_ALERT_RECEIVED,
//     UNKNOWN_CIPHER_SUITE, NO_CIPHER_SUITES, UNWANTED_ALGORITHM,
//     DH_PRIME_UNACCEPTABLE: config; PREMATURE_TERMINATION, PULL_ERROR,
//     PUSH_ERROR, SESSION_EOF: transient. The repository ships no
//     translations (po/ holds only POTFILES.in; catalogs come from the
//     Translation Project at release time), so English only.
//   - erlang/otp 092f4847 lib/ssl/src/ssl_alert.erl own_alert_txt /
//     alert_txt: "... generated CLIENT ALERT: Fatal - <description>" and
//     "received SERVER ALERT: Fatal - <description>": config.
//   - apple-oss-distributions/Security db15acbe base/SecBase.h, the errSSL*
//     OSStatus codes -9800...-9859 with their comments (the source of
//     SecErrorMessages.strings): protocol error, negotiation failure, fatal
//     alert, certificate chain and root failures, the peer's alerts, host
//     name mismatch, record overflow, bad configuration, handshake or decode
//     failure: config; errSSLClosedGraceful, ClosedAbort, ClosedNoNotify,
//     ConnectionRefused ("peer dropped connection before responding"),
//     TransportReset, NetworkTimeout: transient; would-block, session,
//     crypto, internal, module attach, buffer, user cancelled, the non-fatal
//     results and DTLS records are left alone. Names as logged, and the
//     numbers in NSOSStatusErrorDomain's and OSStatus's forms.
//   - Windows SChannel's SEC_E_* HRESULTs (learn.microsoft.com/windows/
//     win32/com/com-error-codes-4, "COM Error Codes (Security and Setup)",
//     read 2026-12-05): .NET's Win32Exception prints "(0x8009xxxx): " before
//     the text in the system's own language, so the number decides in every
//     locale. ILLEGAL_MESSAGE, ALGORITHM_MISMATCH, WRONG_PRINCIPAL,
//     UNTRUSTED_ROOT, CERT_UNKNOWN, CERT_EXPIRED, DECRYPT_FAILURE,
//     MESSAGE_ALTERED, UNSUPPORTED_FUNCTION (TLS version switched off),
//     and the TLS credential handle's UNKNOWN_CREDENTIALS, NO_CREDENTIALS,
//     INVALID_TOKEN (round 37's reading): config. SEC_E_LOGON_DENIED (a
//     refused Windows logon) and SEC_E_INTERNAL_ERROR (the Local Security
//     Authority, also Kerberos) are left alone.
//   - rjbs/Email-Sender 1e29a769 lib/Email/Sender/Transport/SMTP.pm: "can't
//     STARTTLS: " . $smtp->message when Net::SMTP's starttls() fails
//     (steve-m-hay/perl-libnet 16bf1cad lib/Net/SMTP.pm: the STARTTLS
//     command refused, or IO::Socket::SSL's start_SSL failing after "220
//     Ready to start TLS", the error left in $@): config, unless the reply
//     is a 4xx ("4.7.0 TLS not available due to local problem", RFC 3207
//     454), which stays transient. noxxi/p5-io-socket-ssl 70c236e6
//     lib/IO/Socket/SSL.pm "hostname verification failed": config.

// round44TLSEarlyRules come before languageRules: a product that logs
// "login failed: " or "authentication failed: " before the TLS stack's
// message would otherwise read as a refused password (as round 37's
// credential-worded TLS messages did), and msmtp's "TLS handshake failed: "
// before GnuTLS's premature-termination message would read config.
var round44TLSEarlyRules = []rule{
	{id: "tls_handshake_cut", class: ClassTransient, anyOf: p(
		// rustls
		"peer closed connection without sending tls close_notify",
		// hs-tls
		"handshakefailed error_eof", "posthandshake error_eof",
		// mbedTLS
		"ssl - the connection indicated an eof", "ssl - the peer notified us that the connection is going to be closed",
		"net - connection was reset by peer", "net - reading information from the socket failed",
		"net - sending information through the socket failed",
		// BearSSL (ESP Mail Client)
		"i/o error or premature close on transport stream",
		// wolfSSL
		"peer closed underlying transport error", "error state on socket",
		// GnuTLS
		"the tls connection was non-properly terminated", "error in the pull function", "error in the push function",
		"peer has terminated the connection",
		// Apple Secure Transport
		"errsslclosedgraceful", "errsslclosedabort", "errsslclosednonotify", "errsslconnectionrefused",
		"errssltransportreset", "errsslnetworktimeout",
		"code=-9805", "code=-9806", "code=-9816", "code=-9844", "code=-9852", "code=-9853",
		"osstatus error -9805", "osstatus error -9806", "osstatus error -9816", "osstatus error -9844",
		"osstatus error -9852", "osstatus error -9853",
	),
		doc: "a TLS stack says the connection ended, was reset or timed out in the middle of the TLS exchange (rustls, Haskell tls, mbedTLS, BearSSL, wolfSSL, GnuTLS, Apple Secure Transport): the network, not a setting"},
	{id: "tls_not_a_record", class: ClassConfig, anyOf: p(
		// BoringSSL/OpenSSL reason name (Dart, Flutter)
		"wrong_version_number",
		// rustls (Rust's io::Error and Deno print the InvalidData kind first)
		"received corrupt message of type ", "invaliddata: received corrupt message",
		// hs-tls (binary's Get failure: "Failed reading: ...")
		"failed reading: invalid header type: ", "handshakefailed (error_packet_parsing",
		// mbedTLS
		"ssl - an invalid ssl record was received",
		// BearSSL (ESP Mail Client)
		"incoming protocol or record version is unsupported", "incoming record version does not match the expected version",
		"incoming record type is unknown", "incoming record length is invalid",
		// wolfSSL
		"record layer version error", "unknown type in record hdr", "record layer length error",
		// GnuTLS
		"an unexpected tls packet was received", "a tls packet with unexpected length was received",
		"error decoding the received tls packet", "a tls record packet with invalid length was received",
		"a packet with illegal or unsupported version was received", "a record packet with illegal version was received",
	),
		doc: "a TLS stack read bytes that are no TLS record (a plain-text greeting on a STARTTLS or plain port, or TLS expected on the wrong port): the port or its security setting is wrong (BoringSSL in Dart, rustls in Rust and Deno, Haskell tls, mbedTLS, BearSSL, wolfSSL, GnuTLS)"},
	{id: "tls_handshake_refused", class: ClassConfig, anyOf: p(
		// Dart dart:io over BoringSSL (any reason: the other bindings'
		// forms of the same reasons are read by tls_openssl_reasons)
		"handshake error in client (os error:", "handshake error in server (os error:",
		// rustls
		"received unexpected message: got ", "received unexpected handshake message: got ", "peer is incompatible: ",
		"peer misbehaved: ", "cannot decrypt peer's message", "peer sent excess record size",
		"presented server name type wasn't supported",
		// hs-tls
		"handshakefailed (error_protocol", "handshakefailed (error_packet", "handshakefailed (error_certificate",
		"handshakefailed (error_handshakepolicy",
		// Erlang/OTP ssl
		"generated client alert: fatal - ", "received server alert: fatal - ",
	), noneOf: p(
		// Erlang's alert for a plain greeting read as a record is left to
		// tls_wrong_port, which names the port.
		"unsupported_record_type",
	),
		doc: "the TLS handshake was refused: no common version or cipher, an alert from the peer, a message out of order (Dart over BoringSSL, rustls, Haskell tls, Erlang/OTP ssl): the TLS setup of the client or the server"},
	{id: "tls_embedded_stacks", class: ClassConfig, anyOf: p(
		// mbedTLS
		"ssl - an unexpected message was received from our peer", "ssl - a fatal alert message was received from our peer",
		"ssl - verification of our peer failed", "ssl - the server has no ciphersuites in common with the client",
		"ssl - handshake protocol not within min/max boundaries", "ssl - the handshake negotiation failed",
		"ssl - processing of the ", "ssl - a message could not be parsed due to a syntactic error",
		"ssl - verification of the message mac failed", "ssl - none of the common ciphersuites is usable",
		"ssl - a field in a message was incorrect or inconsistent", "ssl - an unknown cipher was received",
		"ssl - no ca chain is set, but required to operate", "ssl - client received an extended server hello containing an unsupported extension",
		// BearSSL (ESP Mail Client)
		"ssl received fatal alert - ", "ssl sent fatal alert - ",
		"incoming record or message has wrong type with regards to the current engine state",
		"incoming handshake message decoding failed", "server wants to use a cipher suite that we did not claim to support",
		"unsupported or invalid algorithm (ecdhe curve", "decryption found an invalid padding, or the record mac is not correct",
		"chain could not be linked to a trust anchor", "expected server name was not found in the chain",
		// wolfSSL
		"received alert fatal error", "can't match cipher suite", "peer subject name mismatch",
		"asn no signer error to confirm failure",
		// GnuTLS
		"an unexpected tls handshake packet was received", "a tls fatal alert has been received",
		"could not negotiate a supported cipher suite", "no supported cipher suites have been found",
		"an algorithm that is not enabled was negotiated", "the diffie-hellman prime sent by the server is not acceptable",
	),
		doc: "the TLS handshake or the server's certificate was refused by an embedded or C TLS stack (mbedTLS and BearSSL under ESP32 mail clients, wolfSSL, GnuTLS): no common cipher or version, an alert from the peer, no trusted chain or another name: the TLS setup"},
	{id: "tls_apple_secure_transport", class: ClassConfig, anyOf: p(
		"errsslprotocol", "errsslnegotiation", "errsslfatalalert", "errsslxcertchaininvalid", "errsslbadcert",
		"errsslunknownrootcert", "errsslnorootcert", "errsslcertexpired", "errsslcertnotyetvalid",
		"errsslpeerunexpectedmsg", "errsslpeerbadrecordmac", "errsslpeerdecryptionfail", "errsslpeerrecordoverflow",
		"errsslpeerdecompressfail", "errsslpeerhandshakefail", "errsslpeerbadcert", "errsslpeerunsupportedcert",
		"errsslpeercertrevoked", "errsslpeercertexpired", "errsslpeercertunknown", "errsslillegalparam",
		"errsslpeerunknownca", "errsslpeeraccessdenied", "errsslpeerdecodeerror", "errsslpeerdecrypterror",
		"errsslpeerexportrestriction", "errsslpeerprotocolversion", "errsslpeerinsufficientsecurity",
		"errsslpeerinternalerror", "errsslpeernorenegotiation", "errsslhostnamemismatch", "errssldecryptionfail",
		"errsslbadrecordmac", "errsslrecordoverflow", "errsslbadconfiguration", "errsslweakpeerephemeraldhkey",
		"errsslconfigurationfailed", "errsslunsupportedextension", "errsslunexpectedmessage",
		"errssldecompressfail", "errsslhandshakefail", "errssldecodeerror",
		"nsosstatuserrordomain code=-98", "osstatus error -98",
	), noneOf: p(
		// Secure Transport numbers that are no TLS refusal: would block,
		// session not found, crypto, internal, module attach, buffer,
		// user cancelled, non-fatal results, DTLS records, SNI received.
		"-9803", "-9804", "-9809", "-9810", "-9811", "-9817", "-9839", "-9841", "-9842", "-9849", "-9851",
	),
		doc: "Apple Secure Transport (errSSL* names, OSStatus -98xx numbers) refused the TLS handshake or the server's certificate: a protocol error, no common cipher or version, an alert from the peer, an untrusted or expired chain, another host name: the TLS setup"},
}

// round44TLSRules come right after round37TLSRules, which name some of the
// same SChannel messages by their English text.
var round44TLSRules = []rule{
	{id: "schannel_sec_e_refused", class: ClassConfig, anyOf: p(
		"0x80090326", "0x80090331", "0x80090322", "0x80090325", "0x80090327", "0x80090328", "0x80090330",
		"0x8009030f", "0x80090302", "0x8009030d", "0x8009030e", "0x80090308",
		"sec_e_illegal_message", "sec_e_algorithm_mismatch", "sec_e_wrong_principal", "sec_e_untrusted_root",
		"sec_e_cert_unknown", "sec_e_cert_expired", "sec_e_decrypt_failure", "sec_e_message_altered",
		"sec_e_unsupported_function", "supplied for verification has been altered",
	),
		doc: "Windows SChannel refused the TLS handshake or the server's certificate (SEC_E_* names, and the 0x8009xxxx numbers .NET prints before the text in any display language): the TLS setup"},
	{id: "tls_perl_starttls", class: ClassConfig, anyOf: p(
		"can't starttls: ", "hostname verification failed",
	), noneOf: p("can't starttls: 4.", "temporar"),
		doc: "Perl: Email::Sender could not start TLS over Net::SMTP (the STARTTLS command refused, or the TLS setup after the server's 220), or IO::Socket::SSL found the certificate made out to another host: the connection's TLS setting"},
}
