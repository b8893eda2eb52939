package memstore_test

import (
	"context"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
)

// memoryMailboxes is how many mailboxes BenchmarkMemory stores.
const memoryMailboxes = 10_000

// gmailBadCredentials is Gmail's reply to a wrong password, as documented in
// Google's SMTP error reference (https://support.google.com/a/answer/3726730).
const gmailBadCredentials = "535 5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials"

type noopHooks struct{}

func (noopHooks) Pause(context.Context, string) (bool, error)           { return true, nil }
func (noopHooks) Resume(context.Context, string) error                  { return nil }
func (noopHooks) Leave(context.Context, string) (bool, error)           { return true, nil }
func (noopHooks) Join(context.Context, string) error                    { return nil }
func (noopHooks) Exclude(context.Context, string) (bool, error)         { return true, nil }
func (noopHooks) Include(context.Context, string) error                 { return nil }
func (noopHooks) Suspend(context.Context, string) (string, bool, error) { return "uid:4711", true, nil }
func (noopSyncHooks) Resume(context.Context, string, string) error      { return nil }

type noopSyncHooks struct{ noopHooks }

// recordBytes returns the heap per mailbox that a second store takes for
// s's records alone, without their history.
func recordBytes(b *testing.B, s *memstore.Store, mbs []reconnect.Record) float64 {
	ctx := context.Background()
	records := memstore.New()
	base := heap()
	for _, r := range mbs {
		rec, err := s.Get(ctx, r.ID)
		if err != nil {
			b.Fatal(err)
		}
		rec.Version = 0
		if _, err := records.Put(ctx, rec); err != nil {
			b.Fatal(err)
		}
	}
	n := (float64(heap()) - float64(base)) / memoryMailboxes
	runtime.KeepAlive(records)
	runtime.KeepAlive(mbs)
	return n
}

// heap returns the live heap after a full collection.
func heap() uint64 {
	var ms runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// BenchmarkMemory measures memstore's heap per mailbox for 10,000 mailboxes:
// records registered healthy (no history), the same records once flagged by
// the Machine with its four holds applied (records only: copied into a
// second store without their events), and the history a flag and the clear
// that released its holds wrote (10 events: the heap of the store less that
// of a copy of its records). The strings a record holds are the caller's
// (each mailbox's ID, email and workspace are allocated before the baseline,
// the hosts and the error text are constants), so only what the Store adds
// is counted.
func BenchmarkMemory(b *testing.B) {
	ctx := context.Background()
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	var unflagged, flagged, history float64
	for range b.N {
		mbs := make([]reconnect.Record, memoryMailboxes)
		for i := range mbs {
			id := fmt.Sprintf("mb_%06d", i)
			mbs[i] = reconnect.Record{Workspace: fmt.Sprintf("ws_%04d", i/10), Mailbox: reconnect.Mailbox{
				ID: id, Email: id + "@example.com", SMTPHost: "smtp.gmail.com", IMAPHost: "imap.gmail.com",
				Status: reconnect.StatusActive, WarmupStatus: reconnect.WarmupActive}}
		}
		s := memstore.New()
		m := reconnect.New(s, &reconnect.Options{
			Now: func() time.Time { return now }, IncidentMin: -1,
			Warmup: noopHooks{}, PeerPool: noopHooks{}, Campaigns: noopHooks{}, InboxSync: noopSyncHooks{},
			Tester: reconnect.TesterFunc(func(context.Context, reconnect.Mailbox, reconnect.Credentials) error { return nil }),
		})
		base := heap()
		for _, r := range mbs {
			if _, err := m.Register(ctx, r); err != nil {
				b.Fatal(err)
			}
		}
		unflagged += float64(heap()-base) / memoryMailboxes

		for _, r := range mbs {
			out, err := m.ReportFailureText(ctx, r.ID, reconnect.SourceSend, gmailBadCredentials)
			if err != nil || out.Record.Flag.Reason != classify.ReasonAuthFailure || !out.Record.Holds.InboxSync.Applied {
				b.Fatalf("flag %s: %v %+v", r.ID, err, out.Record)
			}
		}
		flagged += recordBytes(b, s, mbs)

		for _, r := range mbs {
			if err := m.UpdateCredentials(ctx, r.ID, reconnect.Credentials{}); err != nil {
				b.Fatal(err)
			}
		}
		if h, err := s.History(ctx, mbs[0].ID); err != nil || len(h) != 10 {
			b.Fatalf("history: %v, %d events", err, len(h))
		}
		total := (float64(heap()) - float64(base)) / memoryMailboxes
		history += total - recordBytes(b, s, mbs)
		runtime.KeepAlive(m)
		runtime.KeepAlive(mbs) // its strings are the mailboxes'; the slice itself is not counted either
	}
	b.ReportMetric(unflagged/float64(b.N), "B/unflagged")
	b.ReportMetric(flagged/float64(b.N), "B/flagged")
	b.ReportMetric(history/float64(b.N), "B/history")
	b.ReportMetric(0, "ns/op")
}
