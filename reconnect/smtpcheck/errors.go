package smtpcheck

import (
	"encoding/base64"
	"errors"
	"slices"
	"strings"
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
	// ErrInsecure means the endpoint is not encrypted and
	// Options.AllowInsecureAuth is not set. Nothing was sent (class config).
	ErrInsecure = errors.New("smtpcheck: refusing to send credentials over an unencrypted connection: use TLS or STARTTLS")
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
	StepTLS      Step = "tls"      // the implicit-TLS handshake
	StepStartTLS Step = "starttls" // greeting, EHLO, STARTTLS and its handshake
	StepHello    Step = "hello"    // greeting and EHLO (implicit TLS or plain)
	StepAuth     Step = "auth"     // choosing a mechanism and logging in
	StepSend     Step = "send"     // the test message (Options.SendTest)
)

// Error is a failed test: the step, the endpoint, and the error the server,
// the network or the TLS stack returned, unchanged (an *smtp.SMTPError, a
// net.Error, an x509 or tls error, one of this package's sentinels), so that
// classify.Error and errors.As see it. When the test's context ended first,
// Err also wraps the context's error.
//
// Its message is "smtpcheck: <step>: <the error's message>", with every secret
// of the tested credentials (and the base64 form of everything the SASL
// mechanism sent) replaced by "[redacted]", in case a server echoed one back.
type Error struct {
	Step     Step
	Endpoint Endpoint
	Err      error
	msg      string
}

// Error returns the message, free of the tested secrets.
func (e *Error) Error() string { return e.msg }

// Unwrap returns e.Err.
func (e *Error) Unwrap() error { return e.Err }

// ChallengeError is an OAuth mechanism's failure (XOAUTH2 or OAUTHBEARER): the
// server answered the token with an error challenge, decoded here (for Google,
// JSON such as {"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}).
// The tester answered as RFC 7628 asks, so Err is the server's final reply
// (usually an *smtp.SMTPError), or the network error if none came.
type ChallengeError struct {
	Mechanism string // "XOAUTH2" or "OAUTHBEARER"
	Challenge string // the decoded challenge
	Err       error
}

// Error returns the mechanism, the challenge and the final reply.
func (e *ChallengeError) Error() string {
	s := "smtpcheck: " + e.Mechanism + " error challenge " + e.Challenge
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns e.Err.
func (e *ChallengeError) Unwrap() error { return e.Err }

const redacted = "[redacted]"

// scrubber replaces secrets in error text.
type scrubber struct{ secrets []string }

// add registers a secret value and its base64 forms.
func (s *scrubber) add(v string) {
	if len(v) < 4 { // too short to tell from ordinary text
		return
	}
	s.secrets = append(s.secrets, v,
		base64.StdEncoding.EncodeToString([]byte(v)),
		base64.RawStdEncoding.EncodeToString([]byte(v)))
}

// addBlob registers something sent to the server in its wire (base64) form.
func (s *scrubber) addBlob(b []byte) {
	if len(b) == 0 {
		return
	}
	s.secrets = append(s.secrets,
		base64.StdEncoding.EncodeToString(b),
		strings.TrimRight(base64.StdEncoding.EncodeToString(b), "="))
}

// scrub returns text with every registered secret replaced, longest first, so
// a whole echoed SASL blob goes rather than only the part that encodes a
// secret on its own.
func (s *scrubber) scrub(text string) string {
	secrets := slices.Clone(s.secrets)
	slices.SortFunc(secrets, func(a, b string) int { return len(b) - len(a) })
	for _, v := range secrets {
		if len(v) >= 4 && strings.Contains(text, v) {
			text = strings.ReplaceAll(text, v, redacted)
		}
	}
	return text
}
