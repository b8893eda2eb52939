package reconnect_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
	"github.com/stretchr/testify/require"
)

// clock is a fake clock.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// host is a fake host application: it records every hook call, can fail hooks,
// and knows which things were already paused for other reasons.
type host struct {
	mu           sync.Mutex
	calls        []string
	fail         map[string]int // hook name -> failures left (-1: always)
	ownerPaused  map[string]bool
	cursor       map[string]string
	resumedFrom  map[string]string
	warmupPaused map[string]bool
}

func newHost() *host {
	return &host{fail: map[string]int{}, ownerPaused: map[string]bool{}, cursor: map[string]string{},
		resumedFrom: map[string]string{}, warmupPaused: map[string]bool{}}
}

func (h *host) call(name, id string) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.calls = append(h.calls, name+":"+id)
	if n := h.fail[name]; n != 0 {
		if n > 0 {
			h.fail[name] = n - 1
		}
		return fmt.Errorf("%s: scheduler unavailable", name)
	}
	return nil
}

func (h *host) Pause(_ context.Context, id string) (bool, error) {
	if err := h.call("warmup.pause", id); err != nil {
		return false, err
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	was := h.warmupPaused[id]
	h.warmupPaused[id] = true
	return !was, nil
}
func (h *host) Resume(_ context.Context, id string) error {
	if err := h.call("warmup.resume", id); err != nil {
		return err
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.warmupPaused[id] = false
	return nil
}

type pool struct{ *host }

func (p pool) Leave(_ context.Context, id string) (bool, error) {
	return true, p.call("pool.leave", id)
}
func (p pool) Join(_ context.Context, id string) error { return p.call("pool.join", id) }

type campaigns struct{ *host }

func (c campaigns) Exclude(_ context.Context, id string) (bool, error) {
	return true, c.call("campaigns.exclude", id)
}
func (c campaigns) Include(_ context.Context, id string) error {
	return c.call("campaigns.include", id)
}

type inbox struct{ *host }

func (s inbox) Suspend(_ context.Context, id string) (string, bool, error) {
	if err := s.call("inbox.suspend", id); err != nil {
		return "", false, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cursor[id], true, nil
}
func (s inbox) Resume(_ context.Context, id, cursor string) error {
	if err := s.call("inbox.resume", id); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.resumedFrom[id] = cursor
	return nil
}

func (h *host) Calls() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]string(nil), h.calls...)
}

// vault records stored credentials.
type vault struct {
	mu    sync.Mutex
	saved map[string]reconnect.Credentials
}

func (v *vault) Put(_ context.Context, id string, c reconnect.Credentials) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.saved == nil {
		v.saved = map[string]reconnect.Credentials{}
	}
	v.saved[id] = c
	return nil
}

type fixture struct {
	m      *reconnect.Machine
	store  *memstore.Store
	clock  *clock
	host   *host
	vault  *vault
	events *[]reconnect.Event
	tester *reconnect.TesterFunc
}

func newFixture(t *testing.T, mod func(*reconnect.Options)) *fixture {
	t.Helper()
	f := &fixture{store: memstore.New(), clock: &clock{now: time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)}, host: newHost(), vault: &vault{}}
	var mu sync.Mutex
	events := []reconnect.Event{}
	f.events = &events
	tester := reconnect.TesterFunc(func(context.Context, reconnect.Mailbox, reconnect.Credentials) error { return nil })
	f.tester = &tester
	o := &reconnect.Options{
		Now: f.clock.Now, Warmup: f.host, PeerPool: pool{f.host}, Campaigns: campaigns{f.host}, InboxSync: inbox{f.host},
		Vault: f.vault,
		Tester: reconnect.TesterFunc(func(ctx context.Context, m reconnect.Mailbox, c reconnect.Credentials) error {
			return (*f.tester)(ctx, m, c)
		}),
		OnEvent: func(e reconnect.Event) { mu.Lock(); defer mu.Unlock(); events = append(events, e) },
	}
	if mod != nil {
		mod(o)
	}
	f.m = reconnect.New(f.store, o)
	return f
}

func (f *fixture) register(t *testing.T, id string, mod func(*reconnect.Record)) {
	t.Helper()
	r := reconnect.Record{Mailbox: reconnect.Mailbox{ID: id, Email: id + "@gmail.com", SMTPHost: "smtp.gmail.com",
		AuthMethod: provider.MethodAppPassword, Status: reconnect.StatusActive, WarmupStatus: reconnect.WarmupActive}, Workspace: "w1"}
	if mod != nil {
		mod(&r)
	}
	_, err := f.m.Register(context.Background(), r)
	require.NoError(t, err)
}

func (f *fixture) get(t *testing.T, id string) reconnect.Record {
	t.Helper()
	r, err := f.store.Get(context.Background(), id)
	require.NoError(t, err)
	return r
}

func (f *fixture) kinds(t *testing.T, id string) []reconnect.EventKind {
	h, err := f.store.History(context.Background(), id)
	require.NoError(t, err)
	var out []reconnect.EventKind
	for _, e := range h {
		out = append(out, e.Kind)
	}
	return out
}
