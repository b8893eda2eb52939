package app

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"sync"

	"github.com/mailreconnect/sdk/reconnect"
)

// campaign is one of the workspace's campaigns: its senders in rotation order,
// the last one used, and the causes that keep it paused.
type campaign struct {
	Name    string
	Senders []string
	last    string
	paused  reconnect.PauseSet
}

// host is the demo application's own subsystems: warmup, the warmup peer pool,
// campaigns and inbox sync. The library holds and releases them through the
// four small hook interfaces; this is the state those hooks change. A host is
// safe for concurrent use.
type host struct {
	mu        sync.Mutex
	warmup    map[string]bool // mailbox -> warmup paused
	pool      map[string]bool // mailbox -> in the peer pool
	excluded  map[string]bool // mailbox -> skipped by campaigns
	cursor    map[string]int  // mailbox -> inbox sync position (last UID seen)
	suspended map[string]bool // mailbox -> inbox sync suspended
	campaigns []*campaign
}

func newHost(mailboxes []seedMailbox, campaigns []campaign) *host {
	h := &host{warmup: map[string]bool{}, pool: map[string]bool{}, excluded: map[string]bool{},
		cursor: map[string]int{}, suspended: map[string]bool{}}
	for _, m := range mailboxes {
		h.pool[m.ID], h.cursor[m.ID] = true, m.Cursor
	}
	for _, c := range campaigns {
		h.campaigns = append(h.campaigns, &c)
	}
	return h
}

// The hook adapters: one small type per subsystem, as the library asks.
type (
	hostWarmup    struct{ *host }
	hostPeerPool  struct{ *host }
	hostCampaigns struct{ *host }
	hostInboxSync struct{ *host }
)

var (
	_ reconnect.Warmup    = hostWarmup{}
	_ reconnect.PeerPool  = hostPeerPool{}
	_ reconnect.Campaigns = hostCampaigns{}
	_ reconnect.InboxSync = hostInboxSync{}
)

func (h hostWarmup) Pause(_ context.Context, id string) (bool, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	changed := !h.warmup[id]
	h.warmup[id] = true
	return changed, nil
}

func (h hostWarmup) Resume(_ context.Context, id string) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.warmup[id] = false
	return nil
}

func (h hostPeerPool) Leave(_ context.Context, id string) (bool, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	changed := h.pool[id]
	h.pool[id] = false
	return changed, nil
}

func (h hostPeerPool) Join(_ context.Context, id string) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.pool[id] = true
	return nil
}

// Exclude takes id out of every campaign's rotation; a campaign left without a
// healthy sender pauses, with the mailbox as the cause.
func (h hostCampaigns) Exclude(_ context.Context, id string) (bool, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	changed := !h.excluded[id]
	h.excluded[id] = true
	for _, c := range h.campaigns {
		if slices.Contains(c.Senders, id) {
			if _, ok := reconnect.NextSender(h.senders(c), c.last); !ok {
				c.paused.Add("mailbox " + id)
			}
		}
	}
	return changed, nil
}

func (h hostCampaigns) Include(_ context.Context, id string) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.excluded[id] = false
	for _, c := range h.campaigns {
		c.paused.Remove("mailbox " + id)
	}
	return nil
}

func (h hostInboxSync) Suspend(_ context.Context, id string) (string, bool, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	changed := !h.suspended[id]
	h.suspended[id] = true
	return "UID " + strconv.Itoa(h.cursor[id]), changed, nil
}

func (h hostInboxSync) Resume(_ context.Context, id, cursor string) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.suspended[id] = false
	if n, err := strconv.Atoi(cursor[len("UID "):]); err == nil {
		h.cursor[id] = n // the next sync cycle reads everything after n
	}
	return nil
}

// senders returns c's rotation with each sender's health. Callers hold h.mu.
func (h *host) senders(c *campaign) []reconnect.Sender {
	out := make([]reconnect.Sender, len(c.Senders))
	for i, id := range c.Senders {
		out[i] = reconnect.Sender{ID: id, Healthy: !h.excluded[id]}
	}
	return out
}

// campaignNotes says, for each campaign mailbox id belongs to, what happens to
// it now: which mailbox takes its sends, or that the campaign is paused.
func (h *host) campaignNotes(id string, email func(string) string) []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []string
	for _, c := range h.campaigns {
		if !slices.Contains(c.Senders, id) {
			continue
		}
		switch next, ok := reconnect.NextSender(h.senders(c), id); {
		case !h.excluded[id]:
			out = append(out, fmt.Sprintf("%s: sending from this mailbox in rotation.", c.Name))
		case ok:
			out = append(out, fmt.Sprintf("%s: still running; new sends rotate to %s.", c.Name, email(next)))
		default:
			out = append(out, fmt.Sprintf("%s: paused until this mailbox is reconnected (no other healthy mailbox).", c.Name))
		}
	}
	return out
}

// state reports the subsystems' view of mailbox id, for the page.
func (h *host) state(id string) (warmupPaused, inPool, suspended bool, cursor int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.warmup[id], h.pool[id], h.suspended[id], h.cursor[id]
}
