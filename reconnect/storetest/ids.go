package storetest

import (
	"errors"
	"strings"
	"testing"

	"github.com/mailreconnect/sdk/reconnect"
)

// invalidIDs: every store refuses the same IDs and workspaces with
// reconnect.ErrInvalidID (never ErrNotFound) and stores nothing.
func invalidIDs(t *testing.T, s reconnect.Store) {
	long := strings.Repeat("x", reconnect.MaxIDLen+1)
	for _, c := range []struct{ name, id, workspace string }{
		{"empty ID", "", "w1"},
		{"ID one byte too long", long, "w1"},
		{"ID not UTF-8", "mb-\xff", "w1"},
		{"ID with NUL", "mb\x00", "w1"},
		{"workspace one byte too long", "ok", long},
		{"workspace not UTF-8", "ok", "w\xe9"},
		{"workspace with NUL", "ok", "w\x00"},
	} {
		r := mailbox(c.id, c.workspace)
		if _, err := s.Put(ctx, r); !errors.Is(err, reconnect.ErrInvalidID) || errors.Is(err, reconnect.ErrNotFound) {
			t.Errorf("Put with %s: %v, want ErrInvalidID", c.name, err)
		}
		if c.workspace != "w1" {
			continue
		}
		if _, err := s.Get(ctx, c.id); !errors.Is(err, reconnect.ErrInvalidID) {
			t.Errorf("Get with %s: %v, want ErrInvalidID", c.name, err)
		}
		if _, err := s.History(ctx, c.id); !errors.Is(err, reconnect.ErrInvalidID) {
			t.Errorf("History with %s: %v, want ErrInvalidID", c.name, err)
		}
		if d, ok := s.(reconnect.Deleter); ok {
			if err := d.Delete(ctx, c.id, false); !errors.Is(err, reconnect.ErrInvalidID) {
				t.Errorf("Delete with %s: %v, want ErrInvalidID", c.name, err)
			}
		}
	}
	if n, err := s.Count(ctx, reconnect.Filter{}); err != nil || n != 0 {
		t.Errorf("after refused puts Count = %d, %v; want 0", n, err)
	}
}

// longestIDs: an ID and a workspace of exactly MaxIDLen bytes, multi-byte
// characters included, are stored, listed and read back.
func longestIDs(t *testing.T, s reconnect.Store) {
	id := strings.Repeat("é", reconnect.MaxIDLen/2) + "x" // 255 bytes
	ws := strings.Repeat("w", reconnect.MaxIDLen)
	if len(id) != reconnect.MaxIDLen {
		t.Fatalf("test ID is %d bytes", len(id))
	}
	mustPut(t, s, mailbox(id, ws), reconnect.Event{At: at, Kind: reconnect.EventFlagged})
	got, err := s.Get(ctx, id)
	if err != nil || got.ID != id || got.Workspace != ws {
		t.Fatalf("Get of a %d-byte ID: %v", len(id), err)
	}
	l, err := s.List(ctx, reconnect.Filter{Workspace: ws})
	if err != nil || len(l) != 1 || l[0].ID != id {
		t.Fatalf("List of a %d-byte workspace: %d records, %v", len(ws), len(l), err)
	}
	if h, err := s.History(ctx, id); err != nil || len(h) != 1 || h[0].MailboxID != id {
		t.Fatalf("History of a %d-byte ID: %v, %v", len(id), h, err)
	}
}
