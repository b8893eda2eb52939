package smtpcheck

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// Defaults, documented on the fields of Options.
const (
	DefaultTimeout   = 30 * time.Second // Options.Timeout
	DefaultLocalName = "localhost"      // Options.LocalName
	// quitTimeout bounds the polite QUIT after a successful test.
	quitTimeout = 2 * time.Second
)

// Options configures a Tester. The zero Options (or nil) gives the documented
// defaults: the endpoint from the mailbox's SMTP host and the provider
// registry, system dialing and certificate roots, a 30-second limit, no test
// message.
type Options struct {
	// Server chooses the endpoint of a mailbox. If nil, [DefaultServer].
	Server func(m reconnect.Mailbox) (Endpoint, error)

	// Dial opens the TCP connection. It must honour ctx. If nil, a
	// net.Dialer's DialContext.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)

	// TLSConfig is cloned for every connection, and its ServerName is always
	// set to the endpoint's host. Certificates are verified as it says. If nil,
	// the system roots and Go's defaults (TLS 1.2 or later).
	TLSConfig *tls.Config

	// Timeout bounds a test whose context has no deadline. If 0,
	// DefaultTimeout (30 seconds, the timeout of Go's own SMTP dialer). A
	// context deadline, when set, is used as it is.
	Timeout time.Duration

	// LocalName is the name the tester gives in EHLO. If "", "localhost".
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
// reconnect.Tester. A Tester is safe for concurrent use by multiple
// goroutines; each test uses its own connection.
type Tester struct {
	o Options
}

var _ reconnect.Tester = (*Tester)(nil)

// New returns a Tester. opts may be nil for the defaults; it is copied.
func New(opts *Options) *Tester {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Server == nil {
		o.Server = DefaultServer
	}
	if o.Dial == nil {
		var d net.Dialer
		o.Dial = d.DialContext
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.LocalName == "" {
		o.LocalName = DefaultLocalName
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return &Tester{o: o}
}

// Test logs in to mailbox m's SMTP server with credentials c and returns nil
// when the server accepts them. The user name is c.Username, or m.Email when
// that is empty. OAuth credentials are tested with c.AccessToken as it is:
// refresh it first.
//
// Every step, from dialing to QUIT, ends by ctx's deadline (or
// Options.Timeout when ctx has none) and as soon as ctx is cancelled. A
// failure is an [*Error] wrapping the value the server, the network or the TLS
// stack returned, so classify.Error gives its class: a rejected password is
// auth, a tenant policy admin, a timeout transient, a wrong certificate config.
// No error text holds a secret of c.
func (t *Tester) Test(ctx context.Context, m reconnect.Mailbox, c reconnect.Credentials) error {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, t.o.Timeout)
		defer cancel()
	}
	r := &run{t: t, m: m, c: c, oauth: isOAuth(c)}
	r.s.add(c.Password.Reveal())
	r.s.add(c.AccessToken.Reveal())
	r.s.add(c.RefreshToken.Reveal())
	return r.test(ctx)
}

// run is the state of one test.
type run struct {
	t     *Tester
	m     reconnect.Mailbox
	c     reconnect.Credentials
	oauth bool
	ep    Endpoint
	s     scrubber
}

// fail wraps err as the failure of step.
func (r *run) fail(ctx context.Context, step Step, err error) error {
	cerr := ctx.Err()
	if d, ok := ctx.Deadline(); ok && cerr == nil && !time.Now().Before(d) {
		// The connection's deadline is the context's: it may fire a moment
		// before the context's own timer does.
		cerr = context.DeadlineExceeded
	}
	if cerr != nil && !errors.Is(err, cerr) {
		var se *smtp.SMTPError
		if !errors.As(err, &se) {
			err = fmt.Errorf("%w (%w)", err, cerr)
		}
	}
	msg := "smtpcheck: " + string(step) + ": " + strings.TrimPrefix(err.Error(), "smtpcheck: ")
	return &Error{Step: step, Endpoint: r.ep, Err: err, msg: r.s.scrub(msg)}
}

func (r *run) test(ctx context.Context) error {
	user := r.c.Username
	if user == "" {
		user = r.m.Email
	}
	if (r.oauth && r.c.AccessToken.IsZero()) || (!r.oauth && r.c.Password.IsZero()) {
		return r.fail(ctx, StepSetup, ErrNoSecret)
	}
	from := ""
	if r.t.o.SendTest {
		var err error
		if from, err = testAddress(r.m, user); err != nil {
			return r.fail(ctx, StepSetup, err)
		}
	}
	ep, err := r.t.o.Server(r.m)
	if err == nil {
		ep, err = ep.normalize()
	}
	r.ep = ep
	if err != nil {
		return r.fail(ctx, StepEndpoint, err)
	}
	if ep.Security == provider.Plain && !r.t.o.AllowInsecureAuth {
		return r.fail(ctx, StepEndpoint, ErrInsecure)
	}

	raw, err := r.t.o.Dial(ctx, "tcp", ep.String())
	if err != nil {
		return r.fail(ctx, StepDial, err)
	}
	conn, stop := bind(ctx, raw)
	defer stop()
	defer conn.Close()

	client, err := r.open(ctx, conn)
	if err != nil {
		return err
	}
	defer client.Close()

	if err := r.auth(ctx, client, user); err != nil {
		return err
	}
	if r.t.o.SendTest {
		if err := sendTest(client, from, r.t.o.Now()); err != nil {
			return r.fail(ctx, StepSend, err)
		}
	}
	conn.tighten(time.Now().Add(quitTimeout))
	_ = client.Quit() // the credentials passed; a lost QUIT changes nothing
	return nil
}

// open sets up TLS as the endpoint says and says EHLO.
func (r *run) open(ctx context.Context, conn *boundConn) (*smtp.Client, error) {
	cfg := r.t.o.TLSConfig.Clone()
	if cfg == nil {
		cfg = &tls.Config{}
	}
	cfg.ServerName = r.ep.Host

	var client *smtp.Client
	switch r.ep.Security {
	case provider.ImplicitTLS:
		tc := tls.Client(conn, cfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			_ = tc.Close()
			return nil, r.fail(ctx, StepTLS, err)
		}
		client = smtp.NewClient(tc)
	case provider.StartTLS:
		c, err := smtp.NewClientStartTLS(conn, cfg)
		if err != nil {
			var se *smtp.SMTPError
			if !errors.As(err, &se) && strings.Contains(err.Error(), "doesn't support STARTTLS") {
				err = ErrStartTLSUnsupported
			}
			return nil, r.fail(ctx, StepStartTLS, err)
		}
		client = c
		// The handshake runs with the EHLO that follows.
		if err := client.Hello(r.t.o.LocalName); err != nil {
			_ = client.Close()
			return nil, r.fail(ctx, StepStartTLS, err)
		}
		return client, nil
	default: // provider.Plain, allowed by AllowInsecureAuth
		client = smtp.NewClient(conn)
	}
	if err := client.Hello(r.t.o.LocalName); err != nil {
		_ = client.Close()
		return nil, r.fail(ctx, StepHello, err)
	}
	return client, nil
}

// auth picks a mechanism from the server's AUTH list and logs in.
func (r *run) auth(ctx context.Context, client *smtp.Client, user string) error {
	ok, params := client.Extension("AUTH")
	if !ok {
		return r.fail(ctx, StepAuth, ErrAuthUnsupported)
	}
	mech, err := chooseMechanism(r.oauth, strings.Fields(params))
	if err != nil {
		return r.fail(ctx, StepAuth, err)
	}
	inner := newClient(mech, user, r.c, r.ep)
	err = client.Auth(recorder{Client: inner, s: &r.s})
	if ch, ok := inner.(challenger); ok {
		if text, got := ch.challenge(); got {
			if err == nil {
				return nil // accepted after all
			}
			err = &ChallengeError{Mechanism: mech, Challenge: text, Err: err}
		}
	}
	if err != nil {
		return r.fail(ctx, StepAuth, err)
	}
	return nil
}
