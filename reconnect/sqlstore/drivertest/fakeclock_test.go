package drivertest

import (
	"sync"
	"testing"
	"time"
)

// fakeClock is the one clock of every instance, Machine and lease in the
// multi-instance test. Time moves only when the test jumps it to the earliest
// deadline an instance waits for, and only once every running instance is
// parked: its Run loop has asked After for a wait that has not ended, it has
// no check running and no wake-up of its Scheduler pending.
type fakeClock struct {
	mu      sync.Mutex
	now     time.Time
	latest  map[string]*fakeWait // each instance's latest wait: the one its loop selects on
	changed chan struct{}        // closed (and replaced) on every change, for waiters
}

type fakeWait struct {
	at    time.Time
	ch    chan time.Time
	ended bool
}

func newFakeClock(now time.Time) *fakeClock {
	return &fakeClock{now: now, latest: map[string]*fakeWait{}, changed: make(chan struct{})}
}

// Now is the instances' Runner.Now and the Machines' Options.Now.
func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// after returns instance name's Runner.After: a wait that ends when the
// clock reaches now+d (at once when d <= 0).
func (c *fakeClock) after(name string) func(time.Duration) <-chan time.Time {
	return func(d time.Duration) <-chan time.Time {
		c.mu.Lock()
		defer c.mu.Unlock()
		w := &fakeWait{at: c.now.Add(d), ch: make(chan time.Time, 1)}
		if d <= 0 {
			w.ch <- c.now
			w.ended = true
		}
		c.latest[name] = w
		c.changedLocked()
		return w.ch
	}
}

// changed wakes every goroutine waiting in waitUntil. Callers hold c.mu.
func (c *fakeClock) changedLocked() {
	close(c.changed)
	c.changed = make(chan struct{})
}

// poke tells waitUntil to look again (a check finished).
func (c *fakeClock) poke() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.changedLocked()
}

// forget drops a stopped instance's wait.
func (c *fakeClock) forget(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.latest, name)
	c.changedLocked()
}

// waitUntil returns once cond holds, re-evaluating it on every change of the
// clock. The real-time limit only turns a hang into a failure.
func (c *fakeClock) waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	limit := time.After(30 * time.Second)
	for {
		c.mu.Lock()
		ch := c.changed
		c.mu.Unlock()
		if cond() {
			return
		}
		select {
		case <-ch:
		case <-limit:
			t.Fatalf("never reached: %s", what)
		}
	}
}

// parked reports whether instance name waits for a time still to come.
func (c *fakeClock) parked(name string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	w := c.latest[name]
	return w != nil && !w.ended
}

// jump moves the clock to the earliest deadline the instances wait for and
// ends every wait due by then. It returns the new time.
func (c *fakeClock) jump() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	var next time.Time
	for _, w := range c.latest {
		if !w.ended && (next.IsZero() || w.at.Before(next)) {
			next = w.at
		}
	}
	if next.After(c.now) {
		c.now = next
	}
	for _, w := range c.latest {
		if !w.ended && !w.at.After(c.now) {
			w.ch <- c.now
			w.ended = true
		}
	}
	c.changedLocked()
	return c.now
}
