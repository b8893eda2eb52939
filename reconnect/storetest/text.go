package storetest

import (
	"testing"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/reconnect"
)

// untrustedText: provider replies and host-kept cursors are bytes, not text.
// Latin-1 (invalid UTF-8), NUL bytes and control characters in every text
// field of a record and of an event come back byte for byte.
func untrustedText(t *testing.T, s reconnect.Store) {
	// A German server's Latin-1 reply ("ü" is 0xFC), cut by a NUL.
	const latin1 = "535 5.7.8 Authentifizierung f\xfcr m\xfcller fehlgeschlagen\x00tail"
	const cursor = "uid:4242\x00\xff\xfe\x1b[binary]" // an inbox-sync position, opaque
	r := mailbox("bytes", "w1")
	r.Status, r.LastError = reconnect.StatusError, latin1
	r.Email, r.SMTPHost = "m\xfcller@example.com", "smtp.\x00example.com"
	v := classify.Verdict{Class: classify.ClassAuth, Reason: classify.ReasonAuthFailure, Code: 535, Enhanced: "5.7.8", Rule: "rule\xfc\x00"}
	r.Flag = reconnect.Flag{Reason: classify.ReasonAuthFailure, Verdict: v, Source: reconnect.SourceSend, At: at}
	r.Suspect = v
	r.Holds.InboxSync = reconnect.Hold{Applied: true, Ours: true, Cursor: cursor}
	r.Holds.Warmup = reconnect.Hold{Failures: 1, LastError: "hook: \xe9chec\x00"}
	ev := reconnect.Event{At: at, Kind: reconnect.EventFlagged, Source: reconnect.SourceSend, Verdict: v,
		Reason: classify.ReasonAuthFailure, Detail: latin1}
	stored := mustPut(t, s, r, ev)
	got, err := s.Get(ctx, "bytes")
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	want := r
	want.Version = 1
	if !equalRecords(got, want) || !equalRecords(stored, want) {
		t.Fatalf("record with untrusted text:\n got %#v\nwant %#v", got, want)
	}
	h, err := s.History(ctx, "bytes")
	if err != nil || len(h) != 1 {
		t.Fatalf("History: %v, %v", h, err)
	}
	if h[0].Detail != latin1 || h[0].Verdict != v {
		t.Fatalf("event with untrusted text:\n got %#v\nwant %#v", h[0], ev)
	}
	if l, err := s.List(ctx, reconnect.Filter{Workspace: "w1"}); err != nil || len(l) != 1 || l[0].Holds.InboxSync.Cursor != cursor {
		t.Fatalf("List lost the cursor: %#v, %v", l, err)
	}
}
