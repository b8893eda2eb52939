package drivertest

import (
	"context"
	"fmt"
	"sync"

	"github.com/mailreconnect/sdk/reconnect"
)

// chaosHost is the host application the instances of
// TestConcurrentMachinesOnOneStore share: for each mailbox and hold kind it
// keeps whether its warmup, peer pool, campaigns or inbox sync hold the
// mailbox, for whatever cause. A hold reports a change only when the thing
// was running, as a host with stacking pause causes does. Inbox sync stops at
// a new position each time and checks it resumes from that one. A hook kind
// can be taken down: its calls fail and change nothing.
type chaosHost struct {
	mu     sync.Mutex
	held   map[chaosKey]bool
	cursor map[string]string // inbox sync: where each suspended mailbox stopped
	down   map[reconnect.HoldKind]bool
	calls  int
	wrong  []string // inbox sync resumes from a position it did not stop at
}

type chaosKey struct {
	kind reconnect.HoldKind
	id   string
}

func newChaosHost() *chaosHost {
	return &chaosHost{held: map[chaosKey]bool{}, cursor: map[string]string{}, down: map[reconnect.HoldKind]bool{}}
}

// hold applies hold k to mailbox id and reports whether that changed
// anything; for inbox sync it returns the position the sync stopped at.
func (h *chaosHost) hold(k reconnect.HoldKind, id string) (changed bool, cursor string, err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.calls++
	if h.down[k] {
		return false, "", fmt.Errorf("%s service unavailable", k)
	}
	key := chaosKey{k, id}
	changed = !h.held[key]
	h.held[key] = true
	if k == reconnect.HoldInboxSync && changed {
		h.cursor[id] = fmt.Sprintf("uid:%d", h.calls)
	}
	return changed, h.cursor[id], nil
}

// release releases hold k of mailbox id; inbox sync resumes from cursor.
func (h *chaosHost) release(k reconnect.HoldKind, id, cursor string) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.calls++
	if h.down[k] {
		return fmt.Errorf("%s service unavailable", k)
	}
	key := chaosKey{k, id}
	if k == reconnect.HoldInboxSync && h.held[key] && cursor != h.cursor[id] {
		h.wrong = append(h.wrong, fmt.Sprintf("%s: stopped at %q, resumed from %q", id, h.cursor[id], cursor))
	}
	h.held[key] = false
	return nil
}

// holdByOwner marks k held for mailbox id by another cause than the Machine.
func (h *chaosHost) holdByOwner(k reconnect.HoldKind, id string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.held[chaosKey{k, id}] = true
}

func (h *chaosHost) isHeld(k reconnect.HoldKind, id string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.held[chaosKey{k, id}]
}

// toggle takes hook kind k down, or brings it back.
func (h *chaosHost) toggle(k reconnect.HoldKind) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.down[k] = !h.down[k]
}

func (h *chaosHost) allUp() {
	h.mu.Lock()
	defer h.mu.Unlock()
	clear(h.down)
}

func (h *chaosHost) callCount() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.calls
}

func (h *chaosHost) wrongCursors() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]string(nil), h.wrong...)
}

// options returns o with the host's four hooks.
func (h *chaosHost) options(o *reconnect.Options) *reconnect.Options {
	o.Warmup, o.PeerPool, o.Campaigns, o.InboxSync = chaosWarmup{h}, chaosPool{h}, chaosCampaigns{h}, chaosSync{h}
	return o
}

type chaosWarmup struct{ h *chaosHost }

func (w chaosWarmup) Pause(_ context.Context, id string) (bool, error) {
	changed, _, err := w.h.hold(reconnect.HoldWarmup, id)
	return changed, err
}
func (w chaosWarmup) Resume(_ context.Context, id string) error {
	return w.h.release(reconnect.HoldWarmup, id, "")
}

type chaosPool struct{ h *chaosHost }

func (p chaosPool) Leave(_ context.Context, id string) (bool, error) {
	changed, _, err := p.h.hold(reconnect.HoldPeerPool, id)
	return changed, err
}
func (p chaosPool) Join(_ context.Context, id string) error {
	return p.h.release(reconnect.HoldPeerPool, id, "")
}

type chaosCampaigns struct{ h *chaosHost }

func (c chaosCampaigns) Exclude(_ context.Context, id string) (bool, error) {
	changed, _, err := c.h.hold(reconnect.HoldCampaigns, id)
	return changed, err
}
func (c chaosCampaigns) Include(_ context.Context, id string) error {
	return c.h.release(reconnect.HoldCampaigns, id, "")
}

type chaosSync struct{ h *chaosHost }

func (s chaosSync) Suspend(_ context.Context, id string) (string, bool, error) {
	changed, cursor, err := s.h.hold(reconnect.HoldInboxSync, id)
	return cursor, changed, err
}
func (s chaosSync) Resume(_ context.Context, id, cursor string) error {
	return s.h.release(reconnect.HoldInboxSync, id, cursor)
}
