package imapcheck

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/internal/wire"
)

// Defaults, documented on the fields of Options.
const (
	DefaultTimeout       = 30 * time.Second // Options.Timeout
	DefaultMailbox       = "INBOX"          // Options.Mailbox
	DefaultClientName    = "mailreconnect"  // Options.ClientName
	DefaultClientVersion = "0"              // Options.ClientVersion
)

// Options configures a Tester. The zero Options (or nil) gives the documented
// defaults: the endpoint from the mailbox's IMAP host and the provider
// registry, system dialing and certificate roots, a 30-second limit, SELECT
// INBOX, ID only where the provider requires it.
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
	// kept. If 0, DefaultTimeout (30 seconds).
	Timeout time.Duration
	// AllowInsecureAuth lets the tester log in over an unencrypted
	// connection, to an endpoint whose Security is provider.Plain. It is
	// meant only for tests against servers on loopback and local bridges:
	// anywhere else it sends the password or token in clear text. It never
	// relaxes a STARTTLS endpoint. If false, a Plain endpoint fails with
	// [ErrInsecureAuth] before dialing.
	AllowInsecureAuth bool
	// SendID sends the RFC 2971 ID command after login to every server. If
	// false, ID is sent only where the provider requires it (NetEase, which
	// answers SELECT with "Unsafe Login" otherwise). A server that refuses ID
	// does not fail the test.
	SendID bool
	// ClientName and ClientVersion are what ID reports. If "",
	// DefaultClientName and DefaultClientVersion.
	ClientName, ClientVersion string
	// Mailbox is the mailbox opened to prove access. If "", DefaultMailbox.
	Mailbox string
	// ReadOnly opens the mailbox with EXAMINE, which changes no flags
	// (\Recent included), instead of SELECT.
	ReadOnly bool
}

// Tester proves IMAP credentials work: it connects, logs in, opens the inbox
// and logs out. It implements [reconnect.Tester]. The zero Tester works and
// uses the default Options, as New(nil) does. A Tester is safe for concurrent use by multiple goroutines;
// each test uses its own connection.
type Tester struct {
	o Options
}

var _ reconnect.Tester = (*Tester)(nil)

// New returns a Tester. opts may be nil for the defaults; it is copied.
func New(opts *Options) *Tester { return &Tester{o: wire.Options(opts)} }

// Test logs in to m's IMAP server with c and opens the mailbox. It returns nil
// when both succeed, and otherwise an [*Error] naming the step and wrapping
// the server's *imap.Error, the network or TLS error, or a sentinel, so
// classify.Error can classify it.
//
// The login name is c.Username, or m.Email when that is empty. Passwords
// (methods password and app_password, and an empty method) are sent with
// LOGIN, or AUTHENTICATE PLAIN when the server advertises LOGINDISABLED (and
// nothing, [ErrLoginDisabled], when it offers no PLAIN either); an
// OAuth access token with AUTHENTICATE XOAUTH2. Refresh the token first
// (package oauthcheck): Test does not. Every step is bounded by ctx and
// [Options.Timeout]: deadlines on the connection, and the connection is closed
// when ctx is cancelled.
func (t *Tester) Test(ctx context.Context, m reconnect.Mailbox, c reconnect.Credentials) error {
	ctx, cancel, user := wire.Begin(ctx, t.o.Timeout, DefaultTimeout, c.Username, m.Email)
	defer cancel()
	c.Username = user
	a := &attempt{}
	a.AddCredentials(c.Username, c.Password.Reveal(), c.AccessToken.Reveal(), c.RefreshToken.Reveal())

	oauth := c.UsesOAuth()
	if (oauth && c.AccessToken.IsZero()) || (!oauth && c.Password.IsZero()) {
		return a.fail(ctx, StepSetup, ErrNoSecret)
	}
	ep, err := wire.Choose(provider.IMAP, t.o.Server, DefaultServer, m, ErrNoHost, ErrInsecureAuth, t.o.AllowInsecureAuth)
	a.ep = ep
	if err != nil {
		return a.fail(ctx, StepEndpoint, err)
	}

	conn, dc, ferr := t.connect(ctx, a)
	if ferr != nil {
		return ferr
	}
	defer dc.Close()
	client := imapclient.New(conn, nil)
	defer client.Close()

	if err := client.WaitGreeting(); err != nil {
		return a.fail(ctx, StepGreeting, err)
	}
	if client.State() != imap.ConnStateNotAuthenticated {
		return a.fail(ctx, StepGreeting, ErrPreAuth)
	}

	if step, err := t.login(client, conn, c, a); err != nil {
		return a.fail(ctx, step, err)
	}
	if t.o.SendID || needsID(m, a.ep) {
		if _, err := client.ID(t.idData()).Wait(); err != nil {
			var ie *imap.Error
			if !errors.As(err, &ie) { // a NO or BAD only means ID is not supported
				return a.fail(ctx, StepID, err)
			}
		}
	}
	name := t.o.Mailbox
	if name == "" {
		name = DefaultMailbox
	}
	if _, err := client.Select(name, &imap.SelectOptions{ReadOnly: t.o.ReadOnly}).Wait(); err != nil {
		return a.fail(ctx, StepSelect, err)
	}
	// The credentials are proven; a failed LOGOUT changes nothing.
	_ = client.Logout().Wait()
	return nil
}

// login authenticates with the password or the access token.
func (t *Tester) login(client *imapclient.Client, conn *clientConn, c reconnect.Credentials, a *attempt) (Step, error) {
	if c.UsesOAuth() {
		x := &wire.XOAuth2{User: c.Username, Token: c.AccessToken.Reveal(), OnEmptyReply: func() { conn.emptyReply.Store(true) }}
		if err := client.Authenticate(wire.Recorder{Client: x, S: &a.Scrubber}); err != nil {
			if text, got := x.Challenge(); got {
				err = a.Challenged(wire.XOAuth2Mechanism, text, err)
			}
			return StepAuthenticate, err
		}
		return "", nil
	}
	if caps := client.Caps(); caps.Has(imap.CapLoginDisabled) {
		// LOGIN must not be sent (RFC 9051 section 6.2.3); PLAIN may be
		// offered, over TLS or by a server that allows it in clear.
		if !caps.Has(imap.AuthCap(sasl.Plain)) {
			return StepLogin, ErrLoginDisabled
		}
		return StepAuthenticate, client.Authenticate(wire.Recorder{Client: sasl.NewPlainClient("", c.Username, c.Password.Reveal()), S: &a.Scrubber})
	}
	return StepLogin, client.Login(c.Username, c.Password.Reveal()).Wait()
}

// idData is what the ID command reports.
func (t *Tester) idData() *imap.IDData {
	d := &imap.IDData{Name: t.o.ClientName, Version: t.o.ClientVersion}
	if d.Name == "" {
		d.Name = DefaultClientName
	}
	if d.Version == "" {
		d.Version = DefaultClientVersion
	}
	return d
}
