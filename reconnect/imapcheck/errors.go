package imapcheck

import (
	"context"
	"errors"

	"github.com/emersion/go-imap/v2"

	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/internal/wire"
)

// Sentinel errors. Test returns them wrapped in an [*Error]; check with
// errors.Is.
var (
	// ErrInsecureAuth means the endpoint is unencrypted and
	// [Options.AllowInsecureAuth] is off, so no credentials were sent. Its
	// wording classifies as config.
	ErrInsecureAuth = errors.New("imapcheck: refusing to send credentials over an unencrypted connection")
	// ErrNoSecret means the credentials hold no password (password methods) or
	// no access token (OAuth). Nothing was sent.
	ErrNoSecret = errors.New("imapcheck: the credentials hold no password or access token to test")
	// ErrNoHost means the mailbox has no IMAP host and no [Options.Server] is set.
	ErrNoHost = errors.New("imapcheck: the mailbox has no IMAP host")
	// ErrPreAuth means the server greeted with PREAUTH: it logged the client in
	// without credentials, so they could not be tested.
	ErrPreAuth = errors.New("imapcheck: the server sent PREAUTH, so the credentials were not tested")
)

// Step names the stage of a test that failed.
type Step string

// Steps, in the order a test runs them.
const (
	StepSetup        Step = "setup"        // checking the credentials
	StepEndpoint     Step = "endpoint"     // choosing the server (Options.Server or DefaultServer)
	StepDial         Step = "dial"         // opening the TCP connection
	StepTLS          Step = "tls"          // the TLS handshake (implicit TLS, or after STARTTLS)
	StepStartTLS     Step = "starttls"     // the STARTTLS command
	StepGreeting     Step = "greeting"     // the server's greeting
	StepLogin        Step = "login"        // LOGIN (passwords)
	StepAuthenticate Step = "authenticate" // AUTHENTICATE XOAUTH2 (OAuth), or PLAIN under LOGINDISABLED
	StepID           Step = "id"           // the RFC 2971 ID command
	StepSelect       Step = "select"       // SELECT or EXAMINE of the mailbox
)

// Error is a failed test: the step, the endpoint (zero before one was chosen)
// and the cause: the server's *imap.Error (for NO, BAD and BYE responses), a
// network or TLS error, or one of this package's sentinels, joined with the
// context's error when the test's deadline passed or its context was
// cancelled, so classify.Error and errors.Is/As see both. When XOAUTH2 got an
// error challenge, Mechanism and Challenge hold it (Google sends JSON such as
// {"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}); the
// tester answered with the empty response the mechanism asks for, so Err is
// the server's final reply.
//
// Its message is "imapcheck: <step>: <the cause's message>". Neither the
// message nor anything Err unwraps to holds a secret of the tested
// credentials, in any form: a cause that echoed one is replaced by a scrubbed
// copy (an *imap.Error keeps its type and code).
type Error struct {
	Step      Step
	Endpoint  reconnect.Endpoint
	Mechanism string // "XOAUTH2" when it got an error challenge
	Challenge string // the decoded error challenge, printable ASCII, at most 200 bytes
	Err       error  // the cause, never nil
	msg       string
}

// Error returns "imapcheck: <step>: <cause>".
func (e *Error) Error() string { return e.msg }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// attempt is the state of one test that a failure reports.
type attempt struct {
	ep reconnect.Endpoint
	wire.Attempt
}

// fail builds the Error for step.
func (a *attempt) fail(ctx context.Context, step Step, err error) *Error {
	err, msg := a.Failed(ctx, "imapcheck", string(step), err, nil, scrubIMAP)
	return &Error{Step: step, Endpoint: a.ep, Mechanism: a.Mechanism, Challenge: a.Challenge, Err: err, msg: msg}
}

// scrubIMAP returns a scrubbed copy of the *imap.Error in err's chain, or nil.
func scrubIMAP(err error, scrub func(string) string) error {
	var ie *imap.Error
	if !errors.As(err, &ie) {
		return nil
	}
	c := *ie
	c.Text = scrub(c.Text)
	return &c
}

// Configuration refusals. Test returns them wrapped in an [*Error], with the
// server's *imap.Error where there is one; check with errors.Is.
var (
	// ErrStartTLSUnsupported means the server answered STARTTLS with BAD
	// (RFC 9051 section 6.2.1), as Dovecot does with "TLS support isn't
	// enabled": the endpoint's security setting is wrong. Nothing secret was
	// sent. Its wording classifies as config.
	ErrStartTLSUnsupported = errors.New("imapcheck: server doesn't support STARTTLS: use implicit TLS (port 993), or enable TLS on the server")
	// ErrLoginDisabled means the server announced LOGINDISABLED (RFC 9051
	// section 6.2.3) and offers no AUTHENTICATE PLAIN on the connection, so
	// the password was not sent. Its wording classifies as config.
	ErrLoginDisabled = errors.New("imapcheck: logging in is disabled on this connection (LOGINDISABLED): use implicit TLS (port 993) or STARTTLS")
)
