package reconnect

import (
	"context"
	"sync"
	"time"
)

// leaseCtx is the context a worker runs hooks under: its caller's, ending
// when the worker's lease does (so hooks stop before another call may take
// the lease over). It is context.WithDeadline made lazily: the channel Done
// returns, and the timer that closes it, are made only when a hook asks for
// them, so a hook that returns without watching its context costs neither.
// It also holds detached, the caller's context without its cancellation, for
// the writes that record what the hooks did.
type leaseCtx struct {
	parent   context.Context
	deadline time.Time
	detached detachedCtx

	mu      sync.Mutex
	inner   context.Context // made by Done: WithDeadline(parent, deadline)
	cancel  context.CancelFunc
	stopped bool // stop was called: the context is canceled
}

var _ context.Context = (*leaseCtx)(nil)

// newLeaseCtx returns the context of a worker whose lease lasts lease from
// now, on the real clock (as context.WithTimeout).
func newLeaseCtx(parent context.Context, lease time.Duration) *leaseCtx {
	c := &leaseCtx{parent: parent, deadline: time.Now().Add(lease)}
	c.detached.parent = parent
	return c
}

// Deadline returns the earlier of the lease's end and the parent's deadline.
func (c *leaseCtx) Deadline() (time.Time, bool) {
	if d, ok := c.parent.Deadline(); ok && d.Before(c.deadline) {
		return d, true
	}
	return c.deadline, true
}

// Done returns a channel closed when the lease ends, the parent is done, or
// the worker stopped.
func (c *leaseCtx) Done() <-chan struct{} { return c.made().Done() }

// made returns the context.WithDeadline c stands for, making it on first use.
func (c *leaseCtx) made() context.Context {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.inner == nil {
		c.inner, c.cancel = context.WithDeadline(c.parent, c.deadline)
		if c.stopped {
			c.cancel()
		}
	}
	return c.inner
}

// Err returns why the context is done, or nil, consistently with Done.
func (c *leaseCtx) Err() error {
	c.mu.Lock()
	inner, stopped := c.inner, c.stopped
	c.mu.Unlock()
	switch {
	case inner != nil:
		return inner.Err()
	case c.parent.Err() != nil:
		return c.parent.Err()
	case stopped:
		return context.Canceled
	case !time.Now().Before(c.deadline):
		return context.DeadlineExceeded
	}
	return nil
}

// Value returns the value for key of the context.WithDeadline c stands for
// (making it: context.Cause finds its cancellation through Value).
func (c *leaseCtx) Value(key any) any { return c.made().Value(key) }

// stop cancels the context and frees its timer, if Done made one.
func (c *leaseCtx) stop() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stopped = true
	if c.cancel != nil {
		c.cancel()
	}
}

// detachedCtx is context.WithoutCancel(parent), kept inside a leaseCtx to
// spare an allocation.
type detachedCtx struct{ parent context.Context }

var _ context.Context = (*detachedCtx)(nil)

func (*detachedCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (*detachedCtx) Done() <-chan struct{}       { return nil }
func (*detachedCtx) Err() error                  { return nil }
func (c *detachedCtx) Value(key any) any         { return c.parent.Value(key) }
