package wire

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"sync"
	"time"
)

// DialFunc opens a connection; it must honour ctx. net.Dialer's DialContext
// is one.
type DialFunc func(ctx context.Context, network, addr string) (net.Conn, error)

// closeGrace is how long after ctx's deadline a connection is closed, in case
// it ignores deadlines. A working connection has failed by then with a
// timeout, which says more than "use of closed network connection".
const closeGrace = 50 * time.Millisecond

// Conn is a TCP connection that never outlives a context. Mail client
// libraries take no context (go-smtp) or set deadlines of their own
// (go-smtp's five-minute CommandTimeout, imapclient's 30 seconds, crypto/tls
// during a handshake): through Conn every deadline set is cut to the
// context's deadline, and the connection is closed as soon as the context is
// cancelled (closeGrace after its deadline). A server that never greets or
// stalls mid-command costs at most the time left.
//
// Conn is used by one goroutine, except Close, which may be called at any
// time.
type Conn struct {
	net.Conn
	mu    sync.Mutex
	limit time.Time // zero: no limit
	stop  func() bool
}

// Dial opens a connection to addr with dial (a net.Dialer if nil) and binds
// it to ctx.
func Dial(ctx context.Context, dial DialFunc, addr string) (*Conn, error) {
	if dial == nil {
		var d net.Dialer
		dial = d.DialContext
	}
	raw, err := dial(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	return Bind(ctx, raw), nil
}

// Bind binds conn to ctx: its deadline is set to ctx's at once, every later
// deadline is clamped to it, and conn is closed when ctx ends.
func Bind(ctx context.Context, conn net.Conn) *Conn {
	limit, _ := ctx.Deadline()
	c := &Conn{Conn: conn, limit: limit}
	_ = conn.SetDeadline(limit)
	c.stop = context.AfterFunc(ctx, func() {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			time.AfterFunc(closeGrace, func() { _ = conn.Close() })
			return
		}
		_ = conn.Close()
	})
	return c
}

// Close stops watching the context and closes the connection.
func (c *Conn) Close() error {
	c.stop()
	return c.Conn.Close()
}

func (c *Conn) clamp(t time.Time) time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.limit.IsZero() && (t.IsZero() || t.After(c.limit)) {
		return c.limit
	}
	return t
}

// SetDeadline sets the deadline, or the context's if that is sooner or t is
// zero.
func (c *Conn) SetDeadline(t time.Time) error { return c.Conn.SetDeadline(c.clamp(t)) }

// SetReadDeadline is SetDeadline for reads.
func (c *Conn) SetReadDeadline(t time.Time) error { return c.Conn.SetReadDeadline(c.clamp(t)) }

// SetWriteDeadline is SetDeadline for writes.
func (c *Conn) SetWriteDeadline(t time.Time) error { return c.Conn.SetWriteDeadline(c.clamp(t)) }

// Tighten brings the limit forward to t if that is sooner, for steps that
// deserve less than the time left, such as the polite goodbye after a test
// passed.
func (c *Conn) Tighten(t time.Time) {
	c.mu.Lock()
	if c.limit.IsZero() || t.Before(c.limit) {
		c.limit = t
	}
	limit := c.limit
	c.mu.Unlock()
	_ = c.Conn.SetDeadline(limit)
}

// TLSConfig returns a copy of base (an empty config if nil) for a connection
// to host: ServerName is set to host unless base names a server, and
// NextProtos to protos unless base sets them. Certificates are verified as
// base says (system roots by default).
func TLSConfig(base *tls.Config, host string, protos ...string) *tls.Config {
	cfg := base.Clone()
	if cfg == nil {
		cfg = &tls.Config{}
	}
	if cfg.ServerName == "" {
		cfg.ServerName = host
	}
	if cfg.NextProtos == nil && len(protos) > 0 {
		cfg.NextProtos = protos
	}
	return cfg
}

// Begin starts one test of a tester: ctx bounded by timeout (def if timeout
// is not positive; a sooner deadline of ctx is kept), and the login name,
// user or, when that is empty, the mailbox's address email.
func Begin(ctx context.Context, timeout, def time.Duration, user, email string) (context.Context, context.CancelFunc, string) {
	if timeout <= 0 {
		timeout = def
	}
	if user == "" {
		user = email
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	return ctx, cancel, user
}

// Options returns a copy of *opts, or the zero O (the documented defaults)
// when opts is nil: how every tester's New takes its options.
func Options[O any](opts *O) O {
	if opts == nil {
		var zero O
		return zero
	}
	return *opts
}
