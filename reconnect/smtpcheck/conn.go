package smtpcheck

import (
	"context"
	"errors"
	"net"
	"time"
)

// boundConn is a connection no deadline can push past limit. go-smtp takes no
// context: before each command it sets its own deadline (CommandTimeout, five
// minutes by default) and clears it afterwards. Through boundConn every one of
// those deadlines, including the ones crypto/tls sets through it, is clamped
// to the test's deadline, so a server that never greets or stalls mid-AUTH
// costs at most the time left.
//
// boundConn is used by one goroutine, except Close, which the context's
// AfterFunc may call at any time.
type boundConn struct {
	net.Conn
	limit time.Time
}

// closeGrace is how long after ctx's deadline a connection is closed, in case
// it ignores deadlines. A working connection has failed by then with a timeout,
// which says more than "use of closed network connection".
const closeGrace = 50 * time.Millisecond

// bind wraps conn so that it never outlives ctx: its deadlines are clamped to
// ctx's deadline (which the caller must have set), and it is closed as soon as
// ctx is cancelled (closeGrace after the deadline). The returned stop function
// ends the watch.
func bind(ctx context.Context, conn net.Conn) (*boundConn, func() bool) {
	limit, _ := ctx.Deadline()
	c := &boundConn{Conn: conn, limit: limit}
	_ = conn.SetDeadline(limit)
	stop := context.AfterFunc(ctx, func() {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			time.AfterFunc(closeGrace, func() { _ = conn.Close() })
			return
		}
		_ = conn.Close()
	})
	return c, stop
}

func (c *boundConn) clamp(t time.Time) time.Time {
	if c.limit.IsZero() || (!t.IsZero() && t.Before(c.limit)) {
		return t
	}
	return c.limit
}

// SetDeadline sets the deadline, or the test's deadline if that is sooner or t
// is zero.
func (c *boundConn) SetDeadline(t time.Time) error { return c.Conn.SetDeadline(c.clamp(t)) }

// SetReadDeadline is SetDeadline for reads.
func (c *boundConn) SetReadDeadline(t time.Time) error { return c.Conn.SetReadDeadline(c.clamp(t)) }

// SetWriteDeadline is SetDeadline for writes.
func (c *boundConn) SetWriteDeadline(t time.Time) error {
	return c.Conn.SetWriteDeadline(c.clamp(t))
}

// tighten brings the limit forward to t (if sooner), for steps that deserve
// less than the time left, such as QUIT after a successful login.
func (c *boundConn) tighten(t time.Time) {
	if c.limit.IsZero() || t.Before(c.limit) {
		c.limit = t
	}
	_ = c.Conn.SetDeadline(c.limit)
}
