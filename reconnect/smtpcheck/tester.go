package smtpcheck

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"strings"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/internal/wire"
)

// Defaults, documented on the fields of Options.
const (
	DefaultTimeout = 30 * time.Second // Options.Timeout
	// quitTimeout bounds the polite QUIT after a successful test.
	quitTimeout = 2 * time.Second
)

// Options configures a Tester. The zero Options (or nil) gives the documented
// defaults: the endpoint from the mailbox's SMTP host and the provider
// registry, system dialing and certificate roots, a 30-second limit, no test
// message.
type Options struct {
	// Server chooses the endpoint of a mailbox. If nil, [DefaultServer].
	Server func(m reconnect.Mailbox) (reconnect.Endpoint, error)

	// Dial opens the TCP connection. It must honour ctx. If nil, a
	// net.Dialer's DialContext.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)

	// TLSConfig is cloned for every connection; its ServerName, if empty, is
	// set to the endpoint's host. Certificates are verified as it says. If
	// nil, the system roots and Go's defaults (TLS 1.2 or later).
	TLSConfig *tls.Config

	// Timeout bounds every test; a sooner deadline of the test's context is
	// kept. If 0, DefaultTimeout (30 seconds, the timeout of Go's own SMTP
	// dialer).
	Timeout time.Duration

	// LocalName is the name the tester gives in every EHLO (and HELO), the
	// one before STARTTLS included: the client's fully-qualified domain name
	// (RFC 5321 section 4.1.1.1). It must be one word, or the test fails
	// with ErrLocalName before dialing. If "", [DefaultLocalName]: the
	// machine's name when it has a dot, else the address literal of the
	// connection's local end, never "localhost" (which Postfix refuses with
	// reject_non_fqdn_helo_hostname, failing good credentials).
	LocalName string

	// AllowInsecureAuth lets the tester log in over an unencrypted connection,
	// on an endpoint whose Security is provider.Plain. It is meant only for
	// tests against servers on loopback (and local bridges on the same host):
	// anywhere else it sends the password or token in clear text. It never
	// relaxes a STARTTLS endpoint: one that does not offer STARTTLS fails with
	// ErrStartTLSUnsupported before anything secret is sent. If false, a Plain
	// endpoint fails with ErrInsecure before dialing.
	AllowInsecureAuth bool

	// SendTest, after a successful login, sends a short test message from the
	// mailbox to itself, marked with the [TestHeader] header. It proves the
	// mailbox may send, not only log in (a provider can accept the login and
	// still refuse the sender). If false, the test stops after AUTH.
	SendTest bool

	// Now stamps the test message's Date header. If nil, time.Now.
	Now func() time.Time
}

// Tester proves SMTP credentials work by logging in to the mailbox's SMTP
// server (and optionally sending a test message). It implements
// reconnect.Tester. The zero Tester works and uses the default Options, as
// New(nil) does. A Tester is safe for concurrent use by multiple goroutines;
// each test uses its own connection.
type Tester struct {
	o Options
}

var _ reconnect.Tester = (*Tester)(nil)

// New returns a Tester. opts may be nil for the defaults; it is copied.
func New(opts *Options) *Tester { return &Tester{o: wire.Options(opts)} }

// Test logs in to mailbox m's SMTP server with credentials c and returns nil
// when the server accepts them. The user name is c.Username, or m.Email when
// that is empty. OAuth credentials are tested with c.AccessToken as it is:
// refresh it first.
//
// Every step, from dialing to QUIT, ends by ctx's deadline (and
// Options.Timeout) and as soon as ctx is cancelled. A failure is an [*Error]
// wrapping the value the server, the network or the TLS stack returned, so
// classify.Error gives its class: a rejected password is auth, a tenant
// policy admin, a timeout transient, a wrong certificate config. No error
// holds a secret of c, in any form.
func (t *Tester) Test(ctx context.Context, m reconnect.Mailbox, c reconnect.Credentials) error {
	ctx, cancel, user := wire.Begin(ctx, t.o.Timeout, DefaultTimeout, c.Username, m.Email)
	defer cancel()
	c.Username = user
	r := &run{t: t, m: m, c: c, oauth: c.UsesOAuth()}
	r.AddCredentials(c.Username, c.Password.Reveal(), c.AccessToken.Reveal(), c.RefreshToken.Reveal())
	return r.test(ctx)
}

// run is the state of one test.
type run struct {
	t     *Tester
	m     reconnect.Mailbox
	c     reconnect.Credentials
	oauth bool
	ep    reconnect.Endpoint
	wire.Attempt
}

// fail wraps err as the failure of step.
func (r *run) fail(ctx context.Context, step Step, err error) error {
	err, msg := r.Failed(ctx, "smtpcheck", string(step), err, isReply)
	return &Error{Step: step, Endpoint: r.ep, Mechanism: r.Mechanism, Challenge: r.Challenge, Err: err, msg: msg}
}

// isReply reports whether err carries the server's reply.
func isReply(err error) bool {
	var se *smtp.SMTPError
	return errors.As(err, &se)
}

func (r *run) test(ctx context.Context) error {
	if (r.oauth && r.c.AccessToken.IsZero()) || (!r.oauth && r.c.Password.IsZero()) {
		return r.fail(ctx, StepSetup, ErrNoSecret)
	}
	if !oneWord(r.t.o.LocalName) {
		return r.fail(ctx, StepSetup, ErrLocalName)
	}
	from := ""
	if r.t.o.SendTest {
		var err error
		if from, err = testAddress(r.m, r.c.Username); err != nil {
			return r.fail(ctx, StepSetup, err)
		}
	}
	ep, err := wire.Choose(provider.SMTP, r.t.o.Server, DefaultServer, r.m, ErrNoHost, ErrInsecureAuth, r.t.o.AllowInsecureAuth)
	r.ep = ep
	if err != nil {
		return r.fail(ctx, StepEndpoint, err)
	}

	conn, err := wire.Dial(ctx, r.t.o.Dial, r.ep.String())
	if err != nil {
		return r.fail(ctx, StepDial, err)
	}
	defer conn.Close()

	client, err := r.open(ctx, conn)
	if err != nil {
		return err
	}
	defer client.Close()

	if err := r.auth(ctx, client); err != nil {
		return err
	}
	if r.t.o.SendTest {
		now := time.Now
		if r.t.o.Now != nil {
			now = r.t.o.Now
		}
		if err := sendTest(client, from, now()); err != nil {
			return r.fail(ctx, StepSend, err)
		}
	}
	conn.Tighten(time.Now().Add(quitTimeout))
	_ = client.Quit() // the credentials passed; a lost QUIT changes nothing
	return nil
}

// open sets up TLS as the endpoint says and says EHLO, with the local name
// every time.
func (r *run) open(ctx context.Context, conn *wire.Conn) (*smtp.Client, error) {
	name := r.localName(conn.LocalAddr())
	cfg := wire.TLSConfig(r.t.o.TLSConfig, r.ep.Host)
	step := StepHello
	var cc *clientConn
	switch r.ep.Security {
	case provider.ImplicitTLS:
		tc := tls.Client(conn, cfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			return nil, r.fail(ctx, StepTLS, err)
		}
		cc = &clientConn{Conn: tc}
	case provider.StartTLS:
		c, failed, err := r.startTLS(ctx, conn, name, cfg)
		if err != nil {
			return nil, r.fail(ctx, failed, err)
		}
		cc, step = c, StepStartTLS
	default: // provider.Plain, allowed by AllowInsecureAuth
		cc = &clientConn{Conn: conn}
	}
	client := smtp.NewClient(cc)
	if err := client.Hello(name); err != nil {
		_ = client.Close()
		return nil, r.fail(ctx, step, err)
	}
	return client, nil
}

// auth picks a mechanism from the server's AUTH list and logs in.
func (r *run) auth(ctx context.Context, client *smtp.Client) error {
	ok, params := client.Extension("AUTH")
	if !ok {
		return r.fail(ctx, StepAuth, ErrAuthUnsupported)
	}
	mech, err := chooseMechanism(r.oauth, strings.Fields(params))
	if err != nil {
		return r.fail(ctx, StepAuth, err)
	}
	inner := newClient(mech, r.c.Username, r.c, r.ep)
	err = client.Auth(wire.Recorder{Client: inner, S: &r.Scrubber})
	if err == nil {
		return nil
	}
	if ch, ok := inner.(challenger); ok {
		if text, got := ch.Challenge(); got {
			err = r.Challenged(mech, text, err)
		}
	}
	return r.fail(ctx, StepAuth, err)
}
