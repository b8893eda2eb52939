package storetest

import (
	"errors"
	"testing"

	"github.com/mailreconnect/sdk/reconnect"
)

// deleter returns s as a reconnect.Deleter, or skips t.
func deleter(t *testing.T, s reconnect.Store) reconnect.Deleter {
	d, ok := s.(reconnect.Deleter)
	if !ok {
		t.Skip("the store does not implement reconnect.Deleter")
	}
	return d
}

// deleteRecord: Delete removes the record and its history; the ID is free
// again, and its history starts over.
func deleteRecord(t *testing.T, s reconnect.Store) {
	d := deleter(t, s)
	mustPut(t, s, mailbox("a", "w1"), reconnect.Event{At: at, Kind: reconnect.EventFlagged})
	mustPut(t, s, mailbox("b", "w1"), reconnect.Event{At: at, Kind: reconnect.EventFlagged})
	if err := d.Delete(ctx, "a", false); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if _, err := s.Get(ctx, "a"); !errors.Is(err, reconnect.ErrNotFound) {
		t.Fatalf("Get after Delete: %v, want ErrNotFound", err)
	}
	if _, err := s.History(ctx, "a"); !errors.Is(err, reconnect.ErrNotFound) {
		t.Fatalf("History after Delete: %v, want ErrNotFound", err)
	}
	if err := d.Delete(ctx, "a", false); !errors.Is(err, reconnect.ErrNotFound) {
		t.Fatalf("second Delete: %v, want ErrNotFound", err)
	}
	if n, _ := s.Count(ctx, reconnect.Filter{Workspace: "w1"}); n != 1 {
		t.Fatalf("Count after Delete = %d, want 1", n)
	}
	if h, _ := s.History(ctx, "b"); len(h) != 1 {
		t.Fatalf("Delete touched another mailbox's history: %+v", h)
	}
	r := mustPut(t, s, mailbox("a", "w1"), reconnect.Event{At: at, Kind: reconnect.EventCleared})
	if r.Version != 1 {
		t.Fatalf("re-created record at version %d, want 1", r.Version)
	}
	if h, _ := s.History(ctx, "a"); len(h) != 1 || h[0].Seq != 1 || h[0].Kind != reconnect.EventCleared {
		t.Fatalf("history of a re-created mailbox: %+v", h)
	}
}

// deleteKeepsHistory: with keepHistory the events stay readable, and a
// mailbox created again under the ID continues their sequence.
func deleteKeepsHistory(t *testing.T, s reconnect.Store) {
	d := deleter(t, s)
	r := mustPut(t, s, mailbox("a", "w1"), reconnect.Event{At: at, Kind: reconnect.EventFlagged})
	mustPut(t, s, r, reconnect.Event{At: at, Kind: reconnect.EventCleared})
	if err := d.Delete(ctx, "a", true); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if _, err := s.Get(ctx, "a"); !errors.Is(err, reconnect.ErrNotFound) {
		t.Fatalf("Get after Delete: %v, want ErrNotFound", err)
	}
	h, err := s.History(ctx, "a")
	if err != nil || len(h) != 2 || h[1].Kind != reconnect.EventCleared {
		t.Fatalf("kept history: %+v, %v", h, err)
	}
	if l, _ := s.List(ctx, reconnect.Filter{}); len(l) != 0 {
		t.Fatalf("List after Delete: %d records", len(l))
	}
	mustPut(t, s, mailbox("a", "w1"), reconnect.Event{At: at, Kind: reconnect.EventFlagged})
	h, _ = s.History(ctx, "a")
	if len(h) != 3 {
		t.Fatalf("history after re-create: %d events, want 3", len(h))
	}
	checkSeqs(t, h)
}
