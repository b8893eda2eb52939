package imapcheck

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
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
	StepEndpoint     Step = "endpoint"     // choosing the server (Options.Server or DefaultServer) and checking the credentials
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
// [*ChallengeError], a network or TLS error, or one of this package's
// sentinels. Unwrap returns the cause, and the context's error too when the
// test's deadline passed or its context was cancelled, so classify.Error and
// errors.Is/As see both.
//
// Its message is "imapcheck: <step>: <the cause's message>" (a cause of this
// package, already prefixed "imapcheck:", is not prefixed again). It holds no
// secret of the tested credentials: a cause whose text echoed one is replaced
// by a scrubbed copy.
type Error struct {
	Step     Step
	Endpoint Endpoint
	Err      error // the cause, never nil

	ctxErr error // context.DeadlineExceeded or context.Canceled, if the test ran out
}

// Error returns "imapcheck: <step>: <cause>". Causes from this package already
// start with "imapcheck:" and are not prefixed twice.
func (e *Error) Error() string {
	var b strings.Builder
	msg := e.Err.Error()
	if !strings.HasPrefix(msg, "imapcheck: ") {
		b.WriteString("imapcheck: ")
		b.WriteString(string(e.Step))
		b.WriteString(": ")
	}
	b.WriteString(msg)
	if e.ctxErr != nil && !strings.Contains(msg, e.ctxErr.Error()) {
		b.WriteString(" (")
		b.WriteString(e.ctxErr.Error())
		b.WriteString(")")
	}
	return b.String()
}

// Unwrap returns the cause, and the context's error when the test ran out of
// time or was cancelled.
func (e *Error) Unwrap() []error {
	if e.ctxErr != nil {
		return []error{e.Err, e.ctxErr}
	}
	return []error{e.Err}
}

// ChallengeError is an XOAUTH2 failure: the server answered the token with an
// error challenge, decoded here (Google sends JSON such as
// {"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}).
// The tester answered with the empty response the mechanism asks for, so Err
// is the server's final reply (usually an *imap.Error), or the network error
// if none came.
type ChallengeError struct {
	Mechanism string // "XOAUTH2"
	Challenge string // the decoded challenge, printable ASCII, at most 200 bytes
	Err       error
}

// Error returns the mechanism, the challenge and the final reply.
func (e *ChallengeError) Error() string {
	s := e.Mechanism + " error challenge " + e.Challenge
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns e.Err.
func (e *ChallengeError) Unwrap() error { return e.Err }

// secrets lists the values that must never appear in an error.
type secrets []string

// add records s if it is long enough to be recognised safely.
func (s *secrets) add(v string) {
	if len(v) >= 4 {
		*s = append(*s, v)
	}
}

// scrub replaces every secret in t with "[redacted]".
func (s secrets) scrub(t string) string {
	for _, v := range s {
		if strings.Contains(t, v) {
			t = strings.ReplaceAll(t, v, "[redacted]")
		}
	}
	return t
}

// fail builds the Error for step at ep. A cause whose text carries a secret is
// replaced by a scrubbed copy: an *imap.Error keeps its type and code, anything
// else becomes a plain error with the scrubbed text. When ctx is done (or its
// deadline has passed, which the connection may notice first) the context's
// error joins the chain.
func fail(ctx context.Context, step Step, ep Endpoint, err error, sec secrets) *Error {
	if msg := err.Error(); sec.scrub(msg) != msg {
		var ie *imap.Error
		if errors.As(err, &ie) {
			c := *ie
			c.Text = sec.scrub(c.Text)
			err = &c
		}
		if msg := err.Error(); sec.scrub(msg) != msg {
			err = errors.New(sec.scrub(msg))
		}
	}
	e := &Error{Step: step, Endpoint: ep, Err: err}
	if ctxErr := ctx.Err(); ctxErr != nil {
		e.ctxErr = ctxErr
	} else if d, ok := ctx.Deadline(); ok && !time.Now().Before(d) {
		e.ctxErr = context.DeadlineExceeded
	}
	return e
}
