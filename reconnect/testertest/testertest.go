package testertest

import (
	"context"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/internal/wire/leaktest"
)

// Behaviour is how the servers of one case behave.
type Behaviour string

// Behaviours a Harness is asked for, one per subtest.
const (
	// Accepts accepts Case.Secret for Case.User: the control that proves the
	// harness's servers and tester work at all.
	Accepts Behaviour = "accepts"
	// Silent accepts TCP connections and never sends a byte (or, for an
	// OAuth tester, a token endpoint that never answers).
	Silent Behaviour = "silent"
	// RejectsCredentials refuses Case.Secret as a wrong password or a revoked
	// grant, and quotes what the client sent in its reply, as careless
	// servers do.
	RejectsCredentials Behaviour = "rejects_credentials"
	// BackendDown is a server whose authentication backend is down: IMAP
	// NO [UNAVAILABLE], SMTP 454 4.7.0 (RFC 4954 section 6), a token
	// endpoint's 5xx.
	BackendDown Behaviour = "backend_down"
	// StripsStartTLS is a STARTTLS endpoint from which STARTTLS was removed,
	// as a stripping proxy does: the server offers to log in in clear.
	StripsStartTLS Behaviour = "strips_starttls"
	// UntrustedCert speaks TLS with a certificate from an authority the
	// tester does not trust.
	UntrustedCert Behaviour = "untrusted_cert"
)

// Behaviours lists every Behaviour, in the order Run tries them.
func Behaviours() []Behaviour {
	return []Behaviour{Accepts, Silent, RejectsCredentials, BackendDown, StripsStartTLS, UntrustedCert}
}

// Case is what a Harness sets up.
type Case struct {
	Behaviour Behaviour
	User      string // the login name the credentials carry
	Secret    string // the password or token to put in the credentials
}

// Setup is a tester pointed at servers behaving as a Case asks.
type Setup struct {
	Tester      reconnect.Tester
	Mailbox     reconnect.Mailbox
	Credentials reconnect.Credentials // carrying Case.Secret; every secret in them is checked for leaks
	// Received returns every byte the servers read, in plain text: recorded
	// above TLS where a server speaks TLS. Run checks it for the secrets
	// when TLS was stripped or not trusted. Nil skips those checks.
	Received func() []byte
}

// Harness starts the servers of a case on 127.0.0.1 and builds the tester
// under test pointed at them. Start registers the servers' teardown with
// t.Cleanup; it returns false when the behaviour does not apply to the
// tester (the subtest is then skipped).
type Harness interface {
	Start(t *testing.T, c Case) (Setup, bool)
}

// HarnessFunc adapts a function to a Harness.
type HarnessFunc func(t *testing.T, c Case) (Setup, bool)

// Start calls f.
func (f HarnessFunc) Start(t *testing.T, c Case) (Setup, bool) { return f(t, c) }

// Timing of the silent case: the test's deadline, and how late Test may
// return after it (scheduling, a connection closed after its deadline).
const (
	SilentDeadline = time.Second
	Slack          = 750 * time.Millisecond
)

// testDeadline bounds every case but Silent.
const testDeadline = 10 * time.Second

// User is the login name of every case.
const User = "ana@example.org"

// GoodSecret is the secret of the cases but RejectsCredentials, which tries
// each of leaktest's awkward secrets (quotes, backslashes, non-ASCII, short).
const GoodSecret = `s3cret"with\quote-and-more`

// Run runs the conformance suite against the testers h builds: one subtest
// per Behaviour, named after it. Checks:
//
//   - Accepts: Test returns nil.
//   - Silent: Test returns within SilentDeadline + Slack with an error
//     classify reads as transient.
//   - RejectsCredentials: an error with an auth verdict
//     (classify.Error(err).NeedsReconnect, class auth or revoked).
//   - BackendDown: an error that is never a reconnect.
//   - StripsStartTLS and UntrustedCert: an error that is not a reconnect,
//     and no secret among the bytes the servers received.
//   - Every case: no secret of the credentials in any error, in any form
//     (as is, %q-quoted, JSON-escaped, URL-escaped, base64, inside SASL
//     PLAIN and XOAUTH2 payloads), through the whole chain, with every verb.
func Run(t *testing.T, h Harness) {
	t.Helper()
	for _, b := range Behaviours() {
		t.Run(string(b), func(t *testing.T) {
			secrets := []string{GoodSecret}
			if b == RejectsCredentials {
				secrets = leaktest.Passwords
			}
			for _, s := range secrets {
				runCase(t, h, Case{Behaviour: b, User: User, Secret: s})
			}
		})
	}
}

func runCase(t *testing.T, h Harness, c Case) {
	t.Helper()
	s, ok := h.Start(t, c)
	if !ok {
		t.Skipf("the harness does not set up %s", c.Behaviour)
	}
	deadline := testDeadline
	if c.Behaviour == Silent {
		deadline = SilentDeadline
	}
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	start := time.Now()
	err := s.Tester.Test(ctx, s.Mailbox, s.Credentials)
	took := time.Since(start)
	v := classify.Error(err)

	secrets := []string{c.Secret, s.Credentials.Password.Reveal(), s.Credentials.AccessToken.Reveal(), s.Credentials.RefreshToken.Reveal()}
	leaktest.CheckError(t, err, c.User, nonEmpty(secrets)...)

	if (c.Behaviour == StripsStartTLS || c.Behaviour == UntrustedCert) && s.Received != nil {
		leaktest.Check(t, string(s.Received()), c.User, nonEmpty(secrets)...)
	}
	if c.Behaviour != Accepts && err == nil {
		t.Fatalf("%s: Test returned nil", c.Behaviour)
	}
	switch c.Behaviour {
	case Accepts:
		if err != nil {
			t.Fatalf("good credentials refused: %v", err)
		}
	case Silent:
		if took > deadline+Slack {
			t.Errorf("Test returned %v after its %v deadline", took-deadline, deadline)
		}
		if v.Class != classify.ClassTransient {
			t.Errorf("a silent server gave class %q, want transient: %v", v.Class, err)
		}
	case RejectsCredentials:
		if !v.NeedsReconnect || (v.Class != classify.ClassAuth && v.Class != classify.ClassRevoked) {
			t.Errorf("refused credentials gave %+v, want a reconnect with class auth or revoked: %v", v, err)
		}
	case BackendDown:
		if v.NeedsReconnect {
			t.Errorf("an authentication backend outage asks for a reconnect (%+v): %v", v, err)
		}
	case StripsStartTLS, UntrustedCert:
		if v.NeedsReconnect {
			t.Errorf("%s asks for a reconnect (%+v): %v", c.Behaviour, v, err)
		}
	}
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
