// Package imapcheck tests a mailbox's IMAP credentials: a [reconnect.Tester]
// over github.com/emersion/go-imap/v2 that connects, logs in, opens the inbox
// and logs out, and returns the provider's own error when any of it fails.
//
// # What a test does
//
//  1. The endpoint: [Options.Server] if set, otherwise [DefaultServer], which
//     takes the port and security the provider registry lists for the
//     mailbox's IMAP host (implicit TLS on 993 or STARTTLS on 143), and
//     implicit TLS on 993 for hosts it does not know.
//  2. The connection, dialled with the caller's context. TLS certificates are
//     verified ([Options.TLSConfig]). STARTTLS is performed before anything
//     else is sent; PREAUTH on a plain connection and plain-text bytes after
//     the STARTTLS reply are refused, and a server that answers STARTTLS with
//     BAD (Dovecot: "TLS support isn't enabled") fails with
//     [ErrStartTLSUnsupported], a config verdict. Credentials never go over a
//     plain connection unless [Options.AllowInsecureAuth] is set.
//  3. Login: LOGIN with the password (AUTHENTICATE PLAIN when the server says
//     LOGINDISABLED, and nothing, [ErrLoginDisabled], when it offers no PLAIN
//     either), or AUTHENTICATE XOAUTH2 with the access token when c.Method is
//     provider.MethodOAuth.
//  4. The RFC 2971 ID command, for providers that require it (NetEase) or
//     when [Options.SendID] is set.
//  5. SELECT INBOX (EXAMINE with [Options.ReadOnly]): some providers accept a
//     login and refuse the mailbox (NetEase "Unsafe Login", disabled IMAP).
//  6. LOGOUT.
//
// Every step is bounded by the context's deadline and [Options.Timeout]: the
// deadline is set on the connection (and clamps the deadlines go-imap sets
// itself), and the connection is closed as soon as the context is cancelled.
//
// # Errors
//
// A failure is an [*Error] naming the step, wrapping the cause: go-imap's
// *imap.Error for a NO, BAD or BYE (it prints as
// "imap: NO [AUTHENTICATIONFAILED] Invalid credentials"), a network or TLS
// error, the context's error, or one of this package's sentinels. Pass it to
// classify.Error: a rejected password is auth, "[UNAVAILABLE] Temporary
// authentication failure" is auth_temporary, a timeout transient, a
// certificate for another name config. Error text never holds the tested
// password or token: what a server echoes back is scrubbed.
//
// # Concurrency
//
// A [Tester] is safe for concurrent use; each test uses its own connection.
package imapcheck
