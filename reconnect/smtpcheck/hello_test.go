package smtpcheck_test

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"strings"
	"sync"
	"testing"

	"github.com/emersion/go-smtp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/smtpcheck"
	"github.com/mailreconnect/sdk/reconnect/testertest"
)

// fqdnBackend refuses a client whose EHLO/HELO name is not fully qualified,
// as Postfix does with reject_non_fqdn_helo_hostname: "504 5.5.2 <localhost>:
// Helo command rejected: need fully-qualified hostname"
// (https://www.postfix.org/postconf.5.html#reject_non_fqdn_helo_hostname).
type fqdnBackend struct {
	*backend
	mu    sync.Mutex
	names []string
}

func (b *fqdnBackend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	name := c.Hostname()
	b.mu.Lock()
	b.names = append(b.names, name)
	b.mu.Unlock()
	if !strings.Contains(name, ".") && !strings.HasPrefix(name, "[") {
		return nil, &smtp.SMTPError{Code: 504, EnhancedCode: smtp.EnhancedCode{5, 5, 2},
			Message: "<" + name + ">: Helo command rejected: need fully-qualified hostname"}
	}
	return b.backend.NewSession(c)
}

// helloLines returns the EHLO and HELO commands in raw, the bytes a server
// received in plain text.
func helloLines(raw []byte) []string {
	var out []string
	for _, l := range bytes.Split(raw, []byte("\r\n")) {
		if s := string(l); strings.HasPrefix(s, "EHLO ") || strings.HasPrefix(s, "HELO ") {
			out = append(out, s)
		}
	}
	return out
}

// Every EHLO carries Options.LocalName, the one before STARTTLS included: a
// Postfix that rejects non-FQDN HELO names must not refuse good credentials.
func TestLocalNameOnEveryHello(t *testing.T) {
	const name = "client.example.org"
	for _, sec := range []provider.Security{provider.StartTLS, provider.Plain} {
		t.Run(string(sec), func(t *testing.T) {
			m := startTLS
			if sec == provider.Plain {
				m = noTLS
			}
			be := &fqdnBackend{backend: newBackend("PLAIN", plainMech(func(string, string) error { return nil }))}
			srv := startBackend(t, m, testPKI(t).local, be)
			tester := smtpcheck.New(&smtpcheck.Options{
				Server: serverFor(srv.endpoint(sec)), TLSConfig: testPKI(t).clientTLS(),
				LocalName: name, AllowInsecureAuth: true,
			})
			require.NoError(t, within(t, testDeadline, tester, reconnect.Mailbox{Email: "ana@example.org"}, password("pw-123456")))
			assert.Equal(t, []string{"EHLO " + name}, helloLines(srv.rec.Bytes()), "the plain-text EHLO")
			be.mu.Lock()
			defer be.mu.Unlock()
			assert.Equal(t, []string{name}, be.names[:1], "the name the session was opened with")
		})
	}
}

// A server that refuses the EHLO name before STARTTLS gives its reply, which
// classify reads as configuration, and nothing secret is sent.
func TestRefusedHelloBeforeStartTLS(t *testing.T) {
	be := &fqdnBackend{backend: newBackend("PLAIN", plainMech(func(string, string) error { return nil }))}
	srv := startBackend(t, startTLS, testPKI(t).local, be)
	tester := smtpcheck.New(&smtpcheck.Options{
		Server: serverFor(srv.endpoint(provider.StartTLS)), TLSConfig: testPKI(t).clientTLS(),
		LocalName: "nodots",
	})
	err := within(t, testDeadline, tester, reconnect.Mailbox{Email: "ana@example.org"}, password("pw-123456"))
	var se *smtp.SMTPError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, 504, se.Code)
	var e *smtpcheck.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, smtpcheck.StepStartTLS, e.Step)
	assert.Zero(t, be.authTries.Load())
	// RFC 3463: 5.5.2 is a syntax error of the client's command, which the
	// owner cannot fix by reconnecting.
	assert.False(t, classify.Error(err).NeedsReconnect)
}

// A LocalName with a line break or a space would inject a command.
func TestLocalNameMustBeOneWord(t *testing.T) {
	for _, name := range []string{"a.example\r\nRSET", "a b.example"} {
		tester := smtpcheck.New(&smtpcheck.Options{
			Server:    serverFor(reconnect.Endpoint{Host: "127.0.0.1", Port: 1}),
			Dial:      testertest.FailDial(t),
			LocalName: name,
		})
		err := tester.Test(context.Background(), reconnect.Mailbox{Email: "ana@example.org"}, password("pw-123456"))
		assert.ErrorIs(t, err, smtpcheck.ErrLocalName, "%q", name)
	}
}

// The default name is never "localhost": it is the machine's name when that
// has a dot, else the address literal of the connection's local end
// (RFC 5321 section 4.1.4).
func TestDefaultLocalName(t *testing.T) {
	be := &fqdnBackend{backend: newBackend("PLAIN", plainMech(func(string, string) error { return nil }))}
	srv := startBackend(t, startTLS, testPKI(t).local, be)
	tester := smtpcheck.New(&smtpcheck.Options{Server: serverFor(srv.endpoint(provider.StartTLS)), TLSConfig: testPKI(t).clientTLS()})
	require.NoError(t, within(t, testDeadline, tester, reconnect.Mailbox{Email: "ana@example.org"}, password("pw-123456")))
	lines := helloLines(srv.rec.Bytes())
	require.Len(t, lines, 1)
	assert.NotEqual(t, "EHLO localhost", lines[0])
	be.mu.Lock()
	defer be.mu.Unlock()
	require.NotEmpty(t, be.names)
	assert.True(t, strings.Contains(be.names[0], ".") || be.names[0] == "[127.0.0.1]", be.names[0])
}

func TestDefaultLocalNameRule(t *testing.T) {
	v4 := &net.TCPAddr{IP: net.IPv4(192, 0, 2, 7), Port: 40000}
	v6 := &net.TCPAddr{IP: net.ParseIP("2001:db8::7"), Port: 40000}
	for _, tc := range []struct {
		host  string
		local net.Addr
		want  string
	}{
		{"worker-3.eu.example.net", v4, "worker-3.eu.example.net"},
		{"worker-3.eu.example.net.", v4, "worker-3.eu.example.net"},
		{"worker-3", v4, "[192.0.2.7]"}, // RFC 5321 section 4.1.3 address literal
		{"localhost", v6, "[IPv6:2001:db8::7]"},
		{"", nil, "[127.0.0.1]"},
	} {
		assert.Equal(t, tc.want, smtpcheck.DefaultLocalName(tc.host, tc.local), tc.host)
	}
}

// Bytes after the 220 to STARTTLS, sent in plain text, would be read as if
// they came over TLS (CVE-2011-0411, the Postfix STARTTLS injection): the
// test stops there, before the handshake and before any secret.
func TestStartTLSInjectionRefused(t *testing.T) {
	port := startRaw(t, func(c net.Conn) {
		br := bufio.NewReader(c)
		_, _ = c.Write([]byte("220 mx.test ESMTP\r\n"))
		_, _ = br.ReadString('\n')
		_, _ = c.Write([]byte("250-mx.test\r\n250 STARTTLS\r\n"))
		_, _ = br.ReadString('\n')
		_, _ = c.Write([]byte("220 2.0.0 Ready\r\n250-injected\r\n250 AUTH PLAIN\r\n"))
		_, _ = io.Copy(io.Discard, br)
	})
	tester := smtpcheck.New(&smtpcheck.Options{Server: serverFor(rawEndpoint(port, provider.StartTLS)), LocalName: "client.example.org"})
	err := within(t, testDeadline, tester, reconnect.Mailbox{Email: "ana@example.org"}, password("pw-123456"))
	var e *smtpcheck.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, smtpcheck.StepStartTLS, e.Step)
	assert.Contains(t, err.Error(), "plain text")
}
