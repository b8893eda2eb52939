package reconnect_test

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/mailreconnect/sdk/reconnect"
)

// stateHost is a host application that keeps real state for each hook: which
// mailboxes its warmup, peer pool, campaigns and inbox sync hold. A hold call
// reports a change only when the thing was running, as a host with stacking
// pause causes does, and any hook can be taken down.
type stateHost struct {
	mu     sync.Mutex
	held   map[reconnect.HoldKind]map[string]bool
	down   map[reconnect.HoldKind]bool
	calls  int
	onHold func(k reconnect.HoldKind, id string) // called after a hold changed the state, outside the lock
}

func newStateHost() *stateHost {
	h := &stateHost{held: map[reconnect.HoldKind]map[string]bool{}, down: map[reconnect.HoldKind]bool{}}
	for _, k := range allHolds {
		h.held[k] = map[string]bool{}
	}
	return h
}

var allHolds = []reconnect.HoldKind{reconnect.HoldWarmup, reconnect.HoldPeerPool, reconnect.HoldCampaigns, reconnect.HoldInboxSync}

func (h *stateHost) hold(k reconnect.HoldKind, id string) (bool, error) {
	h.mu.Lock()
	h.calls++
	if h.down[k] {
		h.mu.Unlock()
		return false, fmt.Errorf("%s service unavailable", k)
	}
	changed := !h.held[k][id]
	h.held[k][id] = true
	cb := h.onHold
	h.mu.Unlock()
	runtime.Gosched() // widen the window between the host's change and the Machine's record of it
	if cb != nil && changed {
		cb(k, id)
	}
	return changed, nil
}

func (h *stateHost) release(k reconnect.HoldKind, id string) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.calls++
	if h.down[k] {
		return fmt.Errorf("%s service unavailable", k)
	}
	h.held[k][id] = false
	return nil
}

// Held reports whether the host holds k for mailbox id.
func (h *stateHost) Held(k reconnect.HoldKind, id string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.held[k][id]
}

// SetDown takes hook k down or brings it back.
func (h *stateHost) SetDown(k reconnect.HoldKind, down bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.down[k] = down
}

// IsDown reports whether hook k is down.
func (h *stateHost) IsDown(k reconnect.HoldKind) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.down[k]
}

// HoldByOwner marks k held for id by another cause, before the Machine.
func (h *stateHost) HoldByOwner(k reconnect.HoldKind, id string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.held[k][id] = true
}

// options returns Options with the host's four hooks.
func (h *stateHost) options(o reconnect.Options) *reconnect.Options {
	o.Warmup, o.PeerPool, o.Campaigns, o.InboxSync = hostWarmup{h}, hostPool{h}, hostCampaigns{h}, hostSync{h}
	return &o
}

type hostWarmup struct{ h *stateHost }

func (w hostWarmup) Pause(_ context.Context, id string) (bool, error) {
	return w.h.hold(reconnect.HoldWarmup, id)
}
func (w hostWarmup) Resume(_ context.Context, id string) error {
	return w.h.release(reconnect.HoldWarmup, id)
}

type hostPool struct{ h *stateHost }

func (p hostPool) Leave(_ context.Context, id string) (bool, error) {
	return p.h.hold(reconnect.HoldPeerPool, id)
}
func (p hostPool) Join(_ context.Context, id string) error {
	return p.h.release(reconnect.HoldPeerPool, id)
}

type hostCampaigns struct{ h *stateHost }

func (c hostCampaigns) Exclude(_ context.Context, id string) (bool, error) {
	return c.h.hold(reconnect.HoldCampaigns, id)
}
func (c hostCampaigns) Include(_ context.Context, id string) error {
	return c.h.release(reconnect.HoldCampaigns, id)
}

type hostSync struct{ h *stateHost }

func (s hostSync) Suspend(_ context.Context, id string) (string, bool, error) {
	changed, err := s.h.hold(reconnect.HoldInboxSync, id)
	return "uid:7", changed, err
}
func (s hostSync) Resume(_ context.Context, id, _ string) error {
	return s.h.release(reconnect.HoldInboxSync, id)
}
