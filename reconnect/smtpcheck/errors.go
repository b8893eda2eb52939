package smtpcheck

import (
	"errors"

	"github.com/mailreconnect/sdk/reconnect"
)

// Errors of the tester's own, returned wrapped in an [*Error]; check them with
// errors.Is. Their texts are worded so that classify.Error gives the class named
// in each comment.
var (
	// ErrNoHost means the mailbox has no SMTP host and Options.Server gave none
	// (class config).
	ErrNoHost = errors.New("smtpcheck: mailbox has no SMTP host: verify the outgoing server settings")
	// ErrStartTLSUnsupported means a STARTTLS endpoint did not offer STARTTLS.
	// Nothing secret was sent (class config).
	ErrStartTLSUnsupported = errors.New("smtpcheck: server doesn't support STARTTLS")
	// ErrInsecureAuth means the endpoint is not encrypted and
	// Options.AllowInsecureAuth is not set. Nothing was sent (class config).
	ErrInsecureAuth = errors.New("smtpcheck: refusing to send credentials over an unencrypted connection: use TLS or STARTTLS")
	// ErrAuthUnsupported means the server advertised no AUTH extension
	// (class config).
	ErrAuthUnsupported = errors.New("smtpcheck: server doesn't support AUTH")
	// ErrNoMechanism means the server offers none of the mechanisms that fit
	// the credentials (class config).
	ErrNoMechanism = errors.New("smtpcheck: unsupported mechanism")
	// ErrNoSecret means the credentials hold no password (or, for OAuth, no
	// access token). Nothing was dialled.
	ErrNoSecret = errors.New("smtpcheck: the credentials hold no password or access token")
	// ErrNoAddress means Options.SendTest is set but neither the mailbox nor
	// the user name is an email address to send the test message to.
	ErrNoAddress = errors.New("smtpcheck: no valid address to send the test message to")
)

// Step names the stage of a test that failed.
type Step string

// Steps, in the order a test runs them.
const (
	StepSetup    Step = "setup"    // checking the credentials (and the test message's address)
	StepEndpoint Step = "endpoint" // choosing the server (Options.Server or DefaultServer)
	StepDial     Step = "dial"     // opening the TCP connection
	StepTLS      Step = "tls"      // the TLS handshake (implicit TLS, or after STARTTLS)
	StepStartTLS Step = "starttls" // greeting, EHLO and STARTTLS in plain text, and the EHLO over TLS
	StepHello    Step = "hello"    // greeting and EHLO (implicit TLS or plain)
	StepAuth     Step = "auth"     // choosing a mechanism and logging in
	StepSend     Step = "send"     // the test message (Options.SendTest)
)

// Error is a failed test: the step, the endpoint, and the error the server,
// the network or the TLS stack returned (an *smtp.SMTPError, a net.Error, an
// x509 or tls error, one of this package's sentinels), so that classify.Error
// and errors.As see it. When the test's context ended first, Err also wraps
// the context's error. When an OAuth mechanism (XOAUTH2 or OAUTHBEARER) got an
// error challenge, Mechanism and Challenge hold it (for Google, JSON such as
// {"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}); the
// tester answered it as the protocols ask, so Err is the server's final reply.
//
// Its message is "smtpcheck: <step>: <the error's message>". Neither the
// message nor anything Err unwraps to holds a secret of the tested
// credentials, in any form: a cause that echoed one is replaced by a scrubbed
// copy.
type Error struct {
	Step      Step
	Endpoint  reconnect.Endpoint
	Mechanism string // the OAuth mechanism that got an error challenge, if any
	Challenge string // the decoded error challenge, printable ASCII
	Err       error
	msg       string
}

// Error returns the message, free of the tested secrets.
func (e *Error) Error() string { return e.msg }

// Unwrap returns e.Err.
func (e *Error) Unwrap() error { return e.Err }

// ErrLocalName means Options.LocalName is not one word: it would change the
// EHLO command. Nothing was dialled (class config).
var ErrLocalName = errors.New("smtpcheck: invalid local name for EHLO")
