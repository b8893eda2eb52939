package smtpcheck_test

import (
	"crypto/tls"
	"io"
	"log"
	"net"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/testertest"
)

// mechFunc makes the server side of one SASL exchange. conn is the client's
// connection, for servers that misbehave with it.
type mechFunc func(conn *smtp.Conn) sasl.Server

// backend is an in-process go-smtp backend: it offers the mechanisms in mechs,
// records what clients did, and keeps the messages it receives.
type backend struct {
	mechs map[string]mechFunc
	order []string // advertised order

	mailErr error // if set, MAIL FROM is refused with it

	authTries atomic.Int32 // AUTH commands that reached a mechanism
	mu        sync.Mutex
	tried     []string // mechanisms clients used
	msgs      []received
}

// received is one message the backend accepted.
type received struct {
	from string
	to   []string
	data []byte
}

// newBackend returns a backend offering the mechanisms given as name, server
// pairs, advertised in that order.
func newBackend(pairs ...any) *backend {
	b := &backend{mechs: map[string]mechFunc{}}
	for i := 0; i+1 < len(pairs); i += 2 {
		name := pairs[i].(string)
		b.order = append(b.order, name)
		b.mechs[name] = pairs[i+1].(mechFunc)
	}
	return b
}

func (b *backend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	return &session{b: b, c: c}, nil
}

func (b *backend) mechanismsTried() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.tried...)
}

func (b *backend) messages() []received {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]received(nil), b.msgs...)
}

type session struct {
	b      *backend
	c      *smtp.Conn
	authed atomic.Bool
	from   string
	to     []string
}

func (s *session) AuthMechanisms() []string { return s.b.order }

func (s *session) Auth(mech string) (sasl.Server, error) {
	f, ok := s.b.mechs[mech]
	if !ok {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	s.b.authTries.Add(1)
	s.b.mu.Lock()
	s.b.tried = append(s.b.tried, mech)
	s.b.mu.Unlock()
	return &tracked{Server: f(s.c), ok: &s.authed}, nil
}

func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	if !s.authed.Load() {
		return smtp.ErrAuthRequired
	}
	if s.b.mailErr != nil {
		return s.b.mailErr
	}
	s.from = from
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.to = append(s.to, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.b.mu.Lock()
	s.b.msgs = append(s.b.msgs, received{from: s.from, to: s.to, data: data})
	s.b.mu.Unlock()
	return nil
}

func (s *session) Reset()        { s.from, s.to = "", nil }
func (s *session) Logout() error { return nil }

// tracked marks the session authenticated when its mechanism succeeds.
type tracked struct {
	sasl.Server
	ok *atomic.Bool
}

func (t *tracked) Next(resp []byte) ([]byte, bool, error) {
	ch, done, err := t.Server.Next(resp)
	if done && err == nil {
		t.ok.Store(true)
	}
	return ch, done, err
}

// mode is how a test server protects its connections.
type mode int

const (
	implicitTLS mode = iota // TLS from the first byte (465)
	startTLS                // STARTTLS offered (587)
	noTLS                   // plain text; AUTH offered anyway
)

// server is a running in-process SMTP server on 127.0.0.1.
type server struct {
	port int
	be   *backend
	rec  *recorder
}

// endpoint returns the server's endpoint with the given security.
func (s *server) endpoint(sec provider.Security) reconnect.Endpoint {
	return reconnect.Endpoint{Host: "127.0.0.1", Port: s.port, Security: sec}
}

// serverFor returns an Options.Server that always answers ep.
func serverFor(ep reconnect.Endpoint) func(reconnect.Mailbox) (reconnect.Endpoint, error) {
	return func(reconnect.Mailbox) (reconnect.Endpoint, error) { return ep, nil }
}

// startServer runs a go-smtp server with backend be on 127.0.0.1, presenting
// cert (for implicitTLS and startTLS), until the test ends.
func startServer(t *testing.T, m mode, cert tls.Certificate, be *backend) *server {
	t.Helper()
	srv := startBackend(t, m, cert, be)
	srv.be = be
	return srv
}

// startBackend is startServer with any go-smtp backend; the server's be is nil.
func startBackend(t *testing.T, m mode, cert tls.Certificate, be smtp.Backend) *server {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{Listener: l}
	s := smtp.NewServer(be)
	s.Domain = "mx.test"
	s.ErrorLog = log.New(io.Discard, "", 0)
	s.ReadTimeout, s.WriteTimeout = 10*time.Second, 10*time.Second
	var ln net.Listener = rec
	switch m {
	case implicitTLS:
		ln = tls.NewListener(rec, serverTLS(cert))
	case startTLS:
		s.TLSConfig = serverTLS(cert)
	case noTLS:
		s.AllowInsecureAuth = true
	}
	go func() { _ = s.Serve(ln) }()
	t.Cleanup(func() { _ = s.Close() })
	return &server{port: l.Addr().(*net.TCPAddr).Port, rec: rec}
}

// recorder keeps every byte a test server's connections receive.
type recorder = testertest.Recorder

// startRaw runs a TCP server on 127.0.0.1 that hands each connection to
// handle, until the test ends; it returns the port.
func startRaw(t *testing.T, handle func(net.Conn)) int {
	t.Helper()
	return testertest.Serve(t, handle).Port
}
