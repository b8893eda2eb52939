package smtpcheck_test

import (
	"bytes"
	"context"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/smtpcheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// brokenDeadline is the deadline of tests against servers that hang.
const brokenDeadline = 300 * time.Millisecond

// silent accepts connections and never says anything.
func silent(c net.Conn) { _, _ = io.Copy(io.Discard, c) }

// garbage answers with bytes that are not SMTP, then waits.
func garbage(c net.Conn) {
	_, _ = c.Write([]byte("HTTP/1.1 400 Bad Request\x00\xff\xfe\x16\x03\x01\r\n"))
	silent(c)
}

// Servers that are broken in ways that are never the owner's fault: each
// failure is returned within the deadline and never classified as a reconnect
// class, and the secret appears in no error.
func TestBrokenServers(t *testing.T) {
	p := testPKI(t)
	const secret = "Sup3r-Secret-Pw"
	accept := func(string, string) error { return nil }

	type setup struct {
		ep   reconnect.Endpoint
		opts smtpcheck.Options
		srv  *server // the go-smtp server, if any
	}
	cases := []struct {
		name      string
		deadline  time.Duration
		start     func(t *testing.T) setup
		wantClass classify.Class
		check     func(t *testing.T, s setup, err error)
	}{
		{
			name: "NeverGreets", deadline: brokenDeadline, wantClass: classify.ClassTransient,
			start: func(t *testing.T) setup {
				return setup{ep: rawEndpoint(startRaw(t, silent), provider.StartTLS)}
			},
			check: func(t *testing.T, _ setup, err error) {
				assert.ErrorIs(t, err, context.DeadlineExceeded)
				var ne net.Error
				assert.ErrorAs(t, err, &ne, "the network error is kept")
			},
		},
		{
			name: "NeverAnswersTLSHandshake", deadline: brokenDeadline, wantClass: classify.ClassTransient,
			start: func(t *testing.T) setup {
				return setup{ep: rawEndpoint(startRaw(t, silent), provider.ImplicitTLS)}
			},
		},
		{
			name: "DropsConnectionMidAuth", deadline: testDeadline, wantClass: classify.ClassTransient,
			start: func(t *testing.T) setup {
				srv := startServer(t, implicitTLS, p.local, newBackend("PLAIN", dropMech()))
				return setup{ep: srv.endpoint(provider.ImplicitTLS), srv: srv}
			},
			check: func(t *testing.T, s setup, err error) {
				assert.Equal(t, int32(1), s.srv.be.authTries.Load())
				var te *smtpcheck.Error
				require.ErrorAs(t, err, &te)
				assert.Equal(t, smtpcheck.StepAuth, te.Step)
			},
		},
		{
			name: "StallsMidAuth", deadline: brokenDeadline, wantClass: classify.ClassTransient,
			start: func(t *testing.T) setup {
				release := make(chan struct{})
				srv := startServer(t, startTLS, p.local, newBackend("LOGIN", stallMech(release)))
				t.Cleanup(func() { close(release) })
				return setup{ep: srv.endpoint(provider.StartTLS), srv: srv}
			},
			check: func(t *testing.T, _ setup, err error) {
				assert.ErrorIs(t, err, context.DeadlineExceeded)
			},
		},
		{
			name: "AnswersGarbage", deadline: testDeadline,
			start: func(t *testing.T) setup {
				return setup{ep: rawEndpoint(startRaw(t, garbage), provider.StartTLS)}
			},
		},
		{
			name: "AnswersGarbageOnTLSPort", deadline: testDeadline, wantClass: classify.ClassConfig,
			start: func(t *testing.T) setup {
				return setup{ep: rawEndpoint(startRaw(t, garbage), provider.ImplicitTLS)}
			},
		},
		{
			name: "CertificateForAnotherName", deadline: testDeadline, wantClass: classify.ClassConfig,
			start: func(t *testing.T) setup {
				srv := startServer(t, implicitTLS, p.other, newBackend("PLAIN", plainMech(accept)))
				return setup{ep: srv.endpoint(provider.ImplicitTLS), srv: srv}
			},
			check: func(t *testing.T, s setup, err error) {
				var he x509.HostnameError
				require.ErrorAs(t, err, &he)
				assert.Zero(t, s.srv.be.authTries.Load())
			},
		},
		{
			name: "CertificateForAnotherNameAfterSTARTTLS", deadline: testDeadline, wantClass: classify.ClassConfig,
			start: func(t *testing.T) setup {
				srv := startServer(t, startTLS, p.other, newBackend("PLAIN", plainMech(accept)))
				return setup{ep: srv.endpoint(provider.StartTLS), srv: srv}
			},
			check: func(t *testing.T, s setup, err error) {
				var he x509.HostnameError
				require.ErrorAs(t, err, &he)
				assert.Zero(t, s.srv.be.authTries.Load())
			},
		},
		{
			name: "UnknownAuthority", deadline: testDeadline, wantClass: classify.ClassConfig,
			start: func(t *testing.T) setup {
				srv := startServer(t, implicitTLS, p.local, newBackend("PLAIN", plainMech(accept)))
				s := setup{ep: srv.endpoint(provider.ImplicitTLS), srv: srv}
				s.opts.TLSConfig = nil // system roots: the test CA is unknown
				return s
			},
			check: func(t *testing.T, _ setup, err error) {
				var ua x509.UnknownAuthorityError
				require.ErrorAs(t, err, &ua)
			},
		},
		{
			name: "NoSTARTTLSOffered", deadline: testDeadline, wantClass: classify.ClassConfig,
			start: func(t *testing.T) setup {
				srv := startServer(t, noTLS, p.local, newBackend("PLAIN", plainMech(accept), "LOGIN", loginMech(accept)))
				return setup{ep: srv.endpoint(provider.StartTLS), srv: srv}
			},
			check: func(t *testing.T, s setup, err error) {
				assert.ErrorIs(t, err, smtpcheck.ErrStartTLSUnsupported)
				assert.Zero(t, s.srv.be.authTries.Load(), "the server saw AUTH")
				got := s.srv.rec.Bytes()
				assert.Contains(t, string(got), "EHLO")
				assert.NotContains(t, string(got), "AUTH", "the client sent AUTH in clear text")
				assert.False(t, bytes.Contains(got, []byte(secret)))
			},
		},
		{
			name: "NoAUTHOffered", deadline: testDeadline, wantClass: classify.ClassConfig,
			start: func(t *testing.T) setup {
				srv := startServer(t, implicitTLS, p.local, newBackend())
				return setup{ep: srv.endpoint(provider.ImplicitTLS), srv: srv}
			},
			check: func(t *testing.T, _ setup, err error) {
				assert.ErrorIs(t, err, smtpcheck.ErrAuthUnsupported)
			},
		},
		{
			name: "NoUsableMechanism", deadline: testDeadline, wantClass: classify.ClassConfig,
			start: func(t *testing.T) setup {
				srv := startServer(t, implicitTLS, p.local, newBackend("CRAM-MD5", plainMech(accept)))
				return setup{ep: srv.endpoint(provider.ImplicitTLS), srv: srv}
			},
			check: func(t *testing.T, s setup, err error) {
				assert.ErrorIs(t, err, smtpcheck.ErrNoMechanism)
				assert.Zero(t, s.srv.be.authTries.Load())
			},
		},
		{
			name: "ConnectionRefused", deadline: testDeadline, wantClass: classify.ClassTransient,
			start: func(t *testing.T) setup {
				l, err := net.Listen("tcp", "127.0.0.1:0")
				require.NoError(t, err)
				port := l.Addr().(*net.TCPAddr).Port
				require.NoError(t, l.Close())
				return setup{ep: rawEndpoint(port, provider.ImplicitTLS)}
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.start(t)
			if s.opts.TLSConfig == nil && tc.name != "UnknownAuthority" {
				s.opts.TLSConfig = p.clientTLS()
			}
			s.opts.Server = serverFor(s.ep)
			tester := smtpcheck.New(&s.opts)
			mb := reconnect.Mailbox{ID: "mb_broken", Email: "ana@example.com", SMTPHost: "smtp.example.com"}

			err := within(t, tc.deadline, tester, mb, password(secret))
			require.Error(t, err)
			v := classify.Error(err)
			assert.False(t, v.NeedsReconnect, "a broken server flagged the mailbox: %+v", v)
			assert.False(t, v.Class.Reconnect())
			if tc.wantClass != "" {
				assert.Equal(t, tc.wantClass, v.Class, "rule %s", v.Rule)
			}
			noSecret(t, err, secret)
			if tc.check != nil {
				tc.check(t, s, err)
			}
		})
	}
}

func rawEndpoint(port int, sec provider.Security) reconnect.Endpoint {
	return reconnect.Endpoint{Host: "127.0.0.1", Port: port, Security: sec}
}

// Cancelling the context ends a test at once, even without a deadline.
func TestCancelStopsTest(t *testing.T) {
	port := startRaw(t, silent)
	tester := smtpcheck.New(&smtpcheck.Options{Server: serverFor(rawEndpoint(port, provider.StartTLS))})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	err := tester.Test(ctx, reconnect.Mailbox{Email: "ana@example.com"}, password("pw-123456"))
	assert.Less(t, time.Since(start), time.Second)
	require.Error(t, err)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Equal(t, classify.ClassTransient, classify.Error(err).Class)
}

// A context without a deadline gets Options.Timeout.
func TestDefaultTimeoutApplies(t *testing.T) {
	port := startRaw(t, silent)
	tester := smtpcheck.New(&smtpcheck.Options{
		Server:  serverFor(rawEndpoint(port, provider.ImplicitTLS)),
		Timeout: 200 * time.Millisecond,
	})
	start := time.Now()
	err := tester.Test(context.Background(), reconnect.Mailbox{Email: "ana@example.com"}, password("pw-123456"))
	assert.Less(t, time.Since(start), time.Second)
	require.Error(t, err)
	assert.True(t, errors.Is(err, context.DeadlineExceeded) || isTimeout(err), "%v", err)
	assert.Equal(t, classify.ClassTransient, classify.Error(err).Class)
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
