package recheck

import (
	"container/heap"
	"time"

	"github.com/mailreconnect/sdk/provider"
)

// providerCaps is what a Scheduler tracks per provider to respect its caps.
type providerCaps struct {
	running  int         // checks in flight
	spending int         // checks in flight that may be refused (not probes)
	failures []time.Time // credential refusals within the window, oldest first
	parked   dueHeap     // checks waiting for a slot
	reserved dueHeap     // checks waiting for a check that may be refused to end
}

// waitKind says where a queued entry waits.
type waitKind int

const (
	waitDue     waitKind = iota // in the Scheduler's queue, or not queued
	waitSlot                    // in its provider's parked heap
	waitReserve                 // in its provider's reserved heap
)

func (s *Scheduler) capsOf(p provider.ID) *providerCaps {
	c := s.caps[p]
	if c == nil {
		c = &providerCaps{}
		s.caps[p] = c
	}
	return c
}

// hold queues e in the heap of kind w.
func (c *providerCaps) hold(e *entry, w waitKind) {
	e.wait = w
	heap.Push(c.heap(w), e)
}

// release takes e out of the heap it waits in.
func (c *providerCaps) release(e *entry) {
	heap.Remove(c.heap(e.wait), e.index)
	e.wait = waitDue
}

func (c *providerCaps) heap(w waitKind) *dueHeap {
	if w == waitSlot {
		return &c.parked
	}
	return &c.reserved
}

// refused counts a credential refusal at now.
func (c *providerCaps) refused(now time.Time, window time.Duration) {
	c.prune(now, window)
	c.failures = append(c.failures, now)
}

// budget reports how many more logins that may be refused the provider can
// afford at now: max less the refusals within window and the checks in
// flight that may yet be refused. When the refusals alone fill it, it also
// returns when enough of them will have left the window.
func (c *providerCaps) budget(now time.Time, max int, window time.Duration) (free int, at time.Time) {
	c.prune(now, window)
	if n := len(c.failures); n >= max {
		return 0, c.failures[n-max].Add(window)
	}
	return max - len(c.failures) - c.spending, time.Time{}
}

func (c *providerCaps) prune(now time.Time, window time.Duration) {
	i := 0
	for i < len(c.failures) && now.Sub(c.failures[i]) >= window {
		i++
	}
	c.failures = c.failures[i:]
}

// dueHeap orders entries: nudged ones first, then by due time, then by when
// they were wanted.
type dueHeap []*entry

func (h dueHeap) Len() int { return len(h) }
func (h dueHeap) Less(i, j int) bool {
	if h[i].urgent != h[j].urgent {
		return h[i].urgent
	}
	if !h[i].due.Equal(h[j].due) {
		return h[i].due.Before(h[j].due)
	}
	return h[i].wanted.Before(h[j].wanted) // (postponed together: the longest waiting first)
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
