package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/mailreconnect/sdk/reconnect"
)

// canceledContext: every method fails with a canceled context, on a mailbox
// that exists (so a store that ignores the context would succeed), and a
// canceled Put writes nothing.
func canceledContext(t *testing.T, s reconnect.Store) {
	a := mustPut(t, s, mailbox("a", "w1"), reconnect.Event{At: at, Kind: reconnect.EventFlagged})
	c, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Get(c, "a"); err == nil {
		t.Error("Get with a canceled context succeeded")
	}
	if _, err := s.History(c, "a"); err == nil {
		t.Error("History with a canceled context succeeded")
	}
	if _, err := s.List(c, reconnect.Filter{}); err == nil {
		t.Error("List with a canceled context succeeded")
	}
	if _, err := s.Count(c, reconnect.Filter{}); err == nil {
		t.Error("Count with a canceled context succeeded")
	}
	if _, err := s.Put(c, mailbox("b", "w1")); err == nil {
		t.Error("Put (create) with a canceled context succeeded")
	}
	if _, err := s.Get(ctx, "b"); !errors.Is(err, reconnect.ErrNotFound) {
		t.Errorf("a create with a canceled context was stored: Get = %v, want ErrNotFound", err)
	}
	upd := a
	upd.LastError = "written with a canceled context"
	if _, err := s.Put(c, upd, reconnect.Event{At: at, Kind: reconnect.EventCleared}); err == nil {
		t.Error("Put (update) with a canceled context succeeded")
	}
	got, err := s.Get(ctx, "a")
	if err != nil || got.Version != a.Version || got.LastError != a.LastError {
		t.Errorf("an update with a canceled context was stored: %q v%d, %v", got.LastError, got.Version, err)
	}
	if h, _ := s.History(ctx, "a"); len(h) != 1 {
		t.Errorf("a Put with a canceled context appended events: %d, want 1", len(h))
	}
	if d, ok := s.(reconnect.Deleter); ok {
		if err := d.Delete(c, "a", false); err == nil {
			t.Error("Delete with a canceled context succeeded")
		}
		if _, err := s.Get(ctx, "a"); err != nil {
			t.Errorf("a Delete with a canceled context removed the record: %v", err)
		}
	}
}

// seqAfterConflicts: refused writes (a stale update, a repeated create) use up
// no sequence numbers; the next accepted events continue without a gap.
func seqAfterConflicts(t *testing.T, s reconnect.Store) {
	r := mustPut(t, s, mailbox("a", "w1"), reconnect.Event{At: at, Kind: reconnect.EventFlagged})
	stale := r
	r = mustPut(t, s, r, reconnect.Event{At: at, Kind: reconnect.EventHoldApplied, Hold: reconnect.HoldWarmup})
	for i := 0; i < 3; i++ {
		if _, err := s.Put(ctx, stale, reconnect.Event{At: at, Kind: reconnect.EventCleared}, reconnect.Event{At: at, Kind: reconnect.EventCleared}); !errors.Is(err, reconnect.ErrConflict) {
			t.Fatalf("stale put: %v, want ErrConflict", err)
		}
		if _, err := s.Put(ctx, mailbox("a", "w1"), reconnect.Event{At: at, Kind: reconnect.EventFlagged}); !errors.Is(err, reconnect.ErrConflict) {
			t.Fatalf("repeated create: %v, want ErrConflict", err)
		}
	}
	mustPut(t, s, r, reconnect.Event{At: at, Kind: reconnect.EventHoldApplied, Hold: reconnect.HoldPeerPool},
		reconnect.Event{At: at, Kind: reconnect.EventHoldApplied, Hold: reconnect.HoldCampaigns})
	h, err := s.History(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 4 {
		t.Fatalf("history has %d events, want 4", len(h))
	}
	checkSeqs(t, h)
	if h[3].Hold != reconnect.HoldCampaigns {
		t.Fatalf("last event %+v, want the campaigns hold", h[3])
	}
}

// checkSeqs fails t unless h is numbered 1, 2, 3, ...
func checkSeqs(t *testing.T, h []reconnect.Event) {
	t.Helper()
	for i, e := range h {
		if e.Seq != int64(i+1) {
			t.Fatalf("event %d has seq %d, want %d (sequence numbers must have no gaps)", i, e.Seq, i+1)
		}
	}
}
