package classify

// Round 37's TLS family (testdata/heldout/round37.jsonl, rows h37d- about a
// handshake or a certificate): what the TLS stacks under mail client
// libraries print when the handshake is refused, read from each stack's own
// vocabulary so a sibling message reads the same way. A refused handshake or
// certificate is the client's or the server's TLS setup (`config`); a TLS
// exchange cut by the network stays `transient` (testdata/README.md). The
// catalog testdata/catalogs/client_tls.jsonl holds the messages. Phrases are
// the fixed text of each message, lower-cased, without placeholders.
//
// Sources:
//   - openssl/openssl 008c92e1 crypto/err/openssl.txt, the SSL_R_* reason
//     strings (handshake, protocol version, cipher, DH key, signature
//     algorithm, renegotiation, received alerts "tlsv1 alert", "sslv3 alert",
//     OpenSSL 3's "ssl/tls alert"), as every binding prints them: Python's
//     Modules/_ssl.c "[SSL: REASON] reason (_ssl.c:N)", Ruby's
//     ext/openssl/ossl_ssl.c "SSL_connect returned=1 ... state=error: reason"
//     (returned=1 is SSL_ERROR_SSL, a refusal; "SSL_connect SYSCALL
//     returned=5" is the socket ending mid-handshake), Node's
//     "ERR_SSL_<REASON>" codes, .NET on Linux "SSL Handshake failed with
//     OpenSSL error" (dotnet/runtime System.Net.Security Strings.resx
//     net_ssl_handshake_failed_error);
//   - golang/go src/crypto/tls alert.go (an alert the server sent, printed
//     "remote error: tls: <alert>"), handshake_client.go and
//     handshake_server.go (no common cipher suite or version, ServerName
//     missing from tls.Config);
//   - openjdk/jdk sun.security.ssl: SSLSocketImpl "Couldn't kickstart
//     handshaking" / "Fail to begin handshake", ServerHello "... is not
//     accepted by client preferences", ClientHello "No negotiable cipher
//     suite" / "... is not enabled or supported in server context",
//     sun.security.util.HostnameChecker "No name matching ... found" / "No
//     subject alternative names ...", the cert path builder's "unable to find
//     valid certification path", AlgorithmChecker's "Algorithm constraints
//     check failed", DHKeyExchange's "Could not generate DH keypair",
//     java.security.cert.PKIXParameters "the trustAnchors parameter must be
//     non-empty" (an empty trust store);
//   - Windows SChannel's SEC_E_* texts as SslStream's Win32Exception shows
//     them (copied in pocoproject/poco NetSSL_Win/src/Utility.cpp):
//     SEC_E_ALGORITHM_MISMATCH, SEC_E_ILLEGAL_MESSAGE, SEC_E_WRONG_PRINCIPAL,
//     SEC_E_DECRYPT_FAILURE, and the three that speak of a token or
//     credentials (SEC_E_INVALID_TOKEN, SEC_E_UNKNOWN_CREDENTIALS,
//     SEC_E_NO_CREDENTIALS: the TLS credential handle, not a mailbox login);
//     curl/curl lib/vtls/schannel.c "next InitializeSecurityContext failed";
//     dotnet/runtime Strings.resx net_auth_tls_alert "Authentication failed
//     because the remote party sent a TLS alert" and net_ssl_io_renego;
//   - nodejs/node lib/_tls_wrap.js ERR_TLS_DH_PARAM_SIZE "DH parameter size
//     ... is less than ...".

// round37TLSEarlyRules come before languageRules: "credentials ... not
// recognized", "authentication failed" and "unexpected error" would read
// these TLS messages as a refused login or a server fault.
var round37TLSEarlyRules = []rule{
	{id: "tls_sspi_credential_words", class: ClassConfig, anyOf: p(
		"the credentials supplied to the package were not recognized",
		"no credentials are available in the security package",
		"the token supplied to the function is invalid",
		"remote party sent a tls alert",
		"trustanchors parameter must be non-empty",
	),
		doc: "Windows SChannel (SslStream) and Java's trust store speaking of credentials, a token, authentication or an unexpected error about the TLS handshake: the TLS setup, not the mailbox login"},
}

// round37TLSRules come right after round36LibsRules.
var round37TLSRules = []rule{
	{id: "tls_openssl_reasons", class: ClassConfig, noneOf: p("eof"), anyOf: p(
		"dh key too small", "bad dh value", "unsafe legacy renegotiation disabled",
		"no protocols available", "unsupported protocol", "version too low",
		"no ciphers available", "no shared cipher", "no shared signature algorithms", "no suitable signature algorithm",
		"legacy sigalg disallowed", "ca md too weak", "ca key too small", "ee key too small",
		"tlsv1 alert ", "tlsv13 alert ", "sslv3 alert ", "ssl/tls alert ",
		"ssl_connect returned=1", "err_ssl_", "handshake failed with openssl error",
	),
		doc: "OpenSSL refused the TLS handshake (no common version or cipher, a weak DH group or signature, legacy renegotiation, an alert from the peer), as Python, Ruby, Node, PHP and .NET print it"},
	{id: "tls_go_tls", class: ClassConfig, anyOf: p(
		"remote error: tls: ",
		"tls: server chose an unconfigured cipher suite", "tls: no cipher suite supported by both",
		"tls: either servername or insecureskipverify",
		"tls: insufficient security level", "tls: downgrade attempt detected",
	),
		doc: "Go crypto/tls: the server sent a TLS alert, or no cipher suite or version is common, or the tls.Config lacks the server name"},
	{id: "tls_jsse", class: ClassConfig, anyOf: p(
		"couldn't kickstart handshaking", "fail to begin handshake",
		"is not accepted by client preferences", "no negotiable cipher suite", "is not enabled or supported in server context",
		"no name matching", "no subject alternative names", "no subject alternative dns name",
		"valid certification path", "algorithm constraints check failed", "do not conform to algorithm constraints",
		"could not generate dh keypair",
	),
		doc: "Java JSSE refused the TLS handshake or the server's certificate (no enabled protocol or suite, another host name, no trusted path, a disabled algorithm, a DH group the JVM cannot use)"},
	{id: "schannel_handshake_refused", class: ClassConfig, anyOf: p(
		"do not possess a common algorithm", "the message received was unexpected or badly formatted",
		"the target principal name is incorrect", "the specified data could not be decrypted",
		"initializesecuritycontext failed", "requested renegotiation when allowrenegotiation",
		"dh parameter size",
	),
		doc: "Windows SChannel (SslStream, curl) refused the TLS handshake: no common algorithm, a fatal alert, a certificate for another name; Node's DH size check"},
	{id: "ruby_tls_handshake_cut", class: ClassTransient, anyOf: p(
		"ssl_connect syscall returned=",
	),
		doc: "Ruby's OpenSSL binding: the socket ended during the TLS handshake (SSL_ERROR_SYSCALL), a dropped connection"},
}
