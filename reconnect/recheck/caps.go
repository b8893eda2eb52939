package recheck

import (
	"container/heap"
	"time"

	"github.com/mailreconnect/sdk/provider"
)

// providerCaps is what a Scheduler tracks per provider to respect its caps.
type providerCaps struct {
	running  int         // checks in flight
	failures []time.Time // credential refusals within the window, oldest first
	parked   dueHeap     // checks waiting for a slot
}

func (s *Scheduler) capsOf(p provider.ID) *providerCaps {
	c := s.caps[p]
	if c == nil {
		c = &providerCaps{}
		s.caps[p] = c
	}
	return c
}

// park queues e until the provider has a free slot.
func (c *providerCaps) park(e *entry) {
	e.parked = true
	heap.Push(&c.parked, e)
}

// unparkEntry takes e out of the parked heap.
func (c *providerCaps) unparkEntry(e *entry) {
	heap.Remove(&c.parked, e.index)
	e.parked = false
}

// refused counts a credential refusal at now.
func (c *providerCaps) refused(now time.Time, window time.Duration) {
	c.prune(now, window)
	c.failures = append(c.failures, now)
}

// budgetFree reports whether the provider can afford a login that may be
// refused at now: fewer than max refusals within window. If not, it returns
// when it can: when enough of the counted refusals have left the window.
func (c *providerCaps) budgetFree(now time.Time, max int, window time.Duration) (time.Time, bool) {
	c.prune(now, window)
	if len(c.failures) < max {
		return now, true
	}
	return c.failures[len(c.failures)-max].Add(window), false
}

func (c *providerCaps) prune(now time.Time, window time.Duration) {
	i := 0
	for i < len(c.failures) && now.Sub(c.failures[i]) >= window {
		i++
	}
	c.failures = c.failures[i:]
}

// dueHeap orders entries: nudged ones first, then by due time.
type dueHeap []*entry

func (h dueHeap) Len() int { return len(h) }
func (h dueHeap) Less(i, j int) bool {
	if h[i].urgent != h[j].urgent {
		return h[i].urgent
	}
	return h[i].due.Before(h[j].due)
}
func (h dueHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i]; h[i].index = i; h[j].index = j }
func (h *dueHeap) Push(x any)   { e := x.(*entry); e.index = len(*h); *h = append(*h, e) }
func (h *dueHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	e.index = -1
	return e
}
