// Package smtpcheck proves that a mailbox's SMTP credentials work, by logging
// in to its SMTP server with them. Its [Tester] is the reconnect.Tester a
// reconnect.Machine runs before it stores new credentials and clears a flag,
// and for health checks:
//
//	tester := smtpcheck.New(nil) // registry endpoints, system roots, 30 s limit
//	m := reconnect.New(store, &reconnect.Options{Tester: tester, Vault: vault})
//
//	err := m.UpdateCredentials(ctx, "mb_42", reconnect.Credentials{
//		Method:   provider.MethodAppPassword,
//		Username: "ana@gmail.com",
//		Password: reconnect.NewSecret(fromForm),
//	})
//	var te *reconnect.TestError
//	if errors.As(err, &te) {
//		show(te.Verdict.Class, te.Plan) // e.g. "auth": the app password was refused
//	}
//
// A Tester can also be called directly: Test returns nil when the server
// accepts the credentials.
//
// # Endpoint
//
// [Options.Server] chooses the server. By default ([DefaultServer]) the
// mailbox's SMTP host is looked up in the provider registry and the port and
// security of that provider's server with the same host name are used
// (smtp.gmail.com: 465, implicit TLS; smtp.office365.com: 587, STARTTLS); any
// other host gets 587 with STARTTLS.
//
// # Encryption
//
// An implicit-TLS endpoint is spoken to over TLS from the first byte; a STARTTLS
// endpoint must offer STARTTLS, or the test fails with [ErrStartTLSUnsupported]
// before anything secret is sent. Certificates are verified against
// [Options.TLSConfig] (system roots by default) for the endpoint's host name. A
// password or token is never sent in clear text unless
// [Options.AllowInsecureAuth] is set, which is meant only for tests against
// servers on loopback.
//
// # EHLO name
//
// Every EHLO (and HELO) carries [Options.LocalName], the one before STARTTLS
// included, which this package sends itself rather than through go-smtp
// (whose STARTTLS helper always says "EHLO localhost"). By default the name is
// [DefaultLocalName]: the machine's name when it has a dot, else the address
// literal of the connection's local end (RFC 5321 section 4.1.4). Servers that
// refuse non-qualified names (Postfix's reject_non_fqdn_helo_hostname, 504
// 5.5.2) therefore do not refuse good credentials.
//
// # Mechanisms
//
// Passwords and app passwords use PLAIN, or LOGIN where the server offers no
// PLAIN (Microsoft 365 offers only LOGIN and XOAUTH2). OAuth access tokens use
// XOAUTH2, or OAUTHBEARER where the server offers only that. XOAUTH2 and LOGIN
// are implemented here (go-sasl dropped XOAUTH2); a rejected token's error
// challenge is answered as the protocols ask, so the server's final reply is
// returned, with the challenge in [Error.Challenge]. After a final reply the
// exchange is over: no "*" follows it (go-smtp would send one; see
// RFC 4954 section 4).
//
// # Deadlines
//
// go-smtp's client takes no context, so the tester binds the connection to the
// context itself: every deadline go-smtp or crypto/tls sets is cut to the
// context's deadline, and the connection is closed as soon as the context is
// cancelled. A server that never greets, stalls in the middle of AUTH or never
// finishes the TLS handshake costs at most the time left. [Options.Timeout]
// (30 seconds by default) bounds every test; a sooner context deadline wins.
//
// # Errors
//
// A failed test returns an [*Error] naming the [Step] that failed and wrapping
// the value the server, the network or the TLS stack returned, unchanged: an
// *smtp.SMTPError for a refused login, a net.Error for a timeout or a reset,
// an x509 or tls error for a bad certificate, or one of this package's
// sentinels. classify.Error reads them: Gmail's 535 5.7.8 is auth, Microsoft's
// 5.7.139 tenant reply admin, a timeout, a dropped connection or garbage is
// never a reconnect class, a wrong certificate or a missing STARTTLS or AUTH is
// config. Errors never hold the tested password or tokens: what a server
// echoes back is scrubbed, raw, quoted, escaped, base64 and inside the SASL
// payloads that carried it.
//
// # Zero values
//
// The zero [Tester] works like New(nil). [reconnect.Endpoint]'s zero Port and
// Security mean the same here as in imapcheck: an empty Security is implicit
// TLS on port 0, 465 and 993 and STARTTLS on any other port; port 0 is 465
// for implicit TLS and 587 otherwise.
//
// # Test message
//
// With [Options.SendTest], a successful login is followed by a short message
// from the mailbox to itself, marked with the [TestHeader] header, which proves
// the provider lets the mailbox send, not only log in.
//
// # Concurrency
//
// A Tester is safe for concurrent use by multiple goroutines; every test opens
// its own connection and closes it before Test returns.
package smtpcheck
