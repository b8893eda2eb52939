package memstore_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
)

// TestSharedValuesRoundTrip checks that events and records which differ in
// one field only, including fields of the same length (which the Store's
// cache of labels indexes alike), read back exactly as written: sharing
// never hands one mailbox's value to another.
func TestSharedValuesRoundTrip(t *testing.T) {
	ctx := context.Background()
	at := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	v := classify.Verdict{Class: classify.ClassAuth, Reason: classify.ReasonAuthFailure, NeedsReconnect: true, Code: 535, Enhanced: "5.7.8", Provider: "gmail", Rule: "gmail.bad_credentials"}
	v2 := v
	v2.Code = 534 // same lengths, other value
	base := reconnect.Event{At: at, Kind: reconnect.EventHoldApplied, Source: reconnect.SourceSend, Reason: classify.ReasonAuthFailure,
		Verdict: v, Hold: reconnect.HoldWarmup, Detail: "d", Provider: provider.Gmail, AuthMethod: provider.MethodPassword,
		Action: provider.ActionUpdateAppPassword, Actor: provider.ActorOwner}
	variants := []func(*reconnect.Event){
		func(*reconnect.Event) {},
		func(e *reconnect.Event) { e.Source = "sent" },
		func(e *reconnect.Event) { e.Verdict = v2 },
		func(e *reconnect.Event) { e.Verdict = classify.Verdict{} },
		func(e *reconnect.Event) { e.Kind = "hold_applieD" },
		func(e *reconnect.Event) { e.Hold = "wArmup" },
		func(e *reconnect.Event) { e.Provider = "gmaiL" },
		func(e *reconnect.Event) { e.AuthMethod = "" },
		func(e *reconnect.Event) { e.Actor = "" },
		func(e *reconnect.Event) { e.Detail = "" },
		func(e *reconnect.Event) { e.At = at.In(time.FixedZone("X", 3600)) },
	}
	var s memstore.Store
	want := map[string][]reconnect.Event{}
	for _, id := range []string{"a", "b"} {
		r, err := s.Put(ctx, reconnect.Record{Mailbox: reconnect.Mailbox{ID: id}})
		require.NoError(t, err)
		for round := 0; round < 3; round++ {
			var batch []reconnect.Event
			for i, f := range variants {
				if (i+round)%2 == 0 || id == "b" {
					e := base
					f(&e)
					batch = append(batch, e)
				}
			}
			r, err = s.Put(ctx, r, batch...)
			require.NoError(t, err)
			for _, e := range batch {
				e.MailboxID, e.Seq = id, int64(len(want[id])+1)
				want[id] = append(want[id], e)
			}
		}
	}
	for id, w := range want {
		got, err := s.History(ctx, id)
		require.NoError(t, err)
		assert.Equal(t, w, got, id)
	}

	full := reconnect.Record{Workspace: "w", Provider: provider.Gmail, Mailbox: reconnect.Mailbox{ID: "c", Email: "c@example.com",
		SMTPHost: "smtp.gmail.com", IMAPHost: "imap.gmail.com", AuthMethod: provider.MethodPassword, Status: reconnect.StatusNeedsReauth,
		LastError: "535 5.7.8", PauseReason: classify.ReasonAuthFailure, WarmupStatus: reconnect.WarmupPaused, LastVerdict: v},
		Flag: reconnect.Flag{Reason: classify.ReasonAuthFailure, Verdict: v2, Source: reconnect.SourceSend, At: at, Action: provider.ActionUpdateAppPassword,
			Actor: provider.ActorOwner, Before: reconnect.Snapshot{Status: reconnect.StatusActive, WarmupStatus: reconnect.WarmupActive}},
		Suspect: v, TempAuth: []time.Time{at, at.Add(time.Minute)}, LastSource: reconnect.SourceWarmup, LastAt: at,
		Holds:     reconnect.Holds{InboxSync: reconnect.Hold{Want: true, Applied: true, Ours: true, Cursor: "uid:1"}, Source: reconnect.SourceSend, Worker: "w-1", Until: at},
		UpdatedAt: at}
	got, err := s.Put(ctx, full)
	require.NoError(t, err)
	full.Version = 1
	assert.Equal(t, full, got)
	got.TempAuth[0] = time.Time{} // the caller's copy, not the Store's
	again, err := s.Get(ctx, "c")
	require.NoError(t, err)
	assert.Equal(t, full, again)

	full.Flag, full.Suspect, full.Holds, full.TempAuth = reconnect.Flag{}, classify.Verdict{}, reconnect.Holds{}, nil
	full.LastVerdict = v2
	got, err = s.Put(ctx, full)
	require.NoError(t, err)
	full.Version = 2
	assert.Equal(t, full, got)
}

// TestLongHistory writes histories of every length up to a few blocks, in
// writes of 1 to 7 events, and reads each back whole and in order, also
// after its mailbox was deleted with its history kept and registered again.
func TestLongHistory(t *testing.T) {
	ctx := context.Background()
	at := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	s := memstore.New()
	rec := reconnect.Record{Mailbox: reconnect.Mailbox{ID: "m", Email: "m@example.com", SMTPHost: "smtp.example.com",
		AuthMethod: provider.MethodPassword, Status: reconnect.StatusActive, WarmupStatus: reconnect.WarmupActive}}
	var written []reconnect.Event
	for size := 1; len(written) < 150; size = size%7 + 1 {
		batch := make([]reconnect.Event, size)
		for i := range batch {
			batch[i] = reconnect.Event{At: at.Add(time.Duration(len(written)+i) * time.Second), Kind: reconnect.EventTestFailed,
				Source: reconnect.SourceSend, Detail: string(rune('a' + (len(written)+i)%26))}
		}
		var err error
		rec, err = s.Put(ctx, rec, batch...)
		require.NoError(t, err)
		written = append(written, batch...)
		got, err := s.History(ctx, "m")
		require.NoError(t, err)
		require.Len(t, got, len(written))
		for i, e := range got {
			require.Equal(t, int64(i+1), e.Seq)
			require.Equal(t, written[i].At, e.At, "event %d", i)
			require.Equal(t, written[i].Detail, e.Detail, "event %d", i)
		}
	}
	require.NoError(t, s.Delete(ctx, "m", true))
	rec.Version = 0
	_, err := s.Put(ctx, rec, reconnect.Event{At: at, Kind: reconnect.EventCleared, Source: reconnect.SourceSend})
	require.NoError(t, err)
	got, err := s.History(ctx, "m")
	require.NoError(t, err)
	require.Len(t, got, len(written)+1)
	assert.Equal(t, written[len(written)-1].At, got[len(written)-1].At)
	assert.Equal(t, reconnect.EventCleared, got[len(written)].Kind)
}
