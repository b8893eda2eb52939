// Package storetest is the conformance suite for reconnect.Store
// implementations. A store's tests call Run; it uses only the standard testing
// package, so implementations take on no test dependencies.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// Run runs the suite. newStore is called once per subtest and must return an
// empty store; it registers any teardown with t.Cleanup.
func Run(t *testing.T, newStore func(t *testing.T) reconnect.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s reconnect.Store)
	}{
		{"GetMissingReturnsErrNotFound", getMissing},
		{"PutCreatesAtVersionOne", putCreates},
		{"PutRoundTripsEveryField", putRoundTrips},
		{"CreateTwiceConflicts", createTwice},
		{"StaleVersionConflicts", staleVersion},
		{"UpdateOfMissingRecordIsNotFound", updateMissing},
		{"HistoryIsAppendOnlyAndOrdered", historyOrdered},
		{"RejectedPutAppendsNothing", rejectedPutAppendsNothing},
		{"HistoryOfMissingRecordIsNotFound", historyMissing},
		{"ConcurrentWritersLoseNoUpdate", concurrentWriters},
		{"ListAndCountNeedingReconnectPerWorkspace", listAndCount},
		{"ListPages", listPages},
		{"ListAndCountLeasable", listLeasable},
		{"CanceledContextFails", canceledContext},
	}
	for _, tc := range append(tests, moreTests()...) {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, newStore(t)) })
	}
}

var ctx = context.Background()

// at is a fixed instant: stores never read the clock.
var at = time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)

func mailbox(id, workspace string) reconnect.Record {
	return reconnect.Record{
		Mailbox: reconnect.Mailbox{ID: id, Email: id + "@example.com", SMTPHost: "smtp.example.com",
			Status: reconnect.StatusActive, WarmupStatus: reconnect.WarmupActive, AuthMethod: provider.MethodPassword},
		Workspace: workspace, Provider: provider.Custom, UpdatedAt: at,
	}
}

func mustPut(t *testing.T, s reconnect.Store, r reconnect.Record, ev ...reconnect.Event) reconnect.Record {
	t.Helper()
	out, err := s.Put(ctx, r, ev...)
	if err != nil {
		t.Fatalf("Put(%s v%d): %v", r.ID, r.Version, err)
	}
	return out
}

func getMissing(t *testing.T, s reconnect.Store) {
	if _, err := s.Get(ctx, "nope"); !errors.Is(err, reconnect.ErrNotFound) {
		t.Fatalf("Get missing: %v, want ErrNotFound", err)
	}
}

func putCreates(t *testing.T, s reconnect.Store) {
	r := mustPut(t, s, mailbox("a", "w1"))
	if r.Version != 1 {
		t.Fatalf("version after create = %d, want 1", r.Version)
	}
	got, err := s.Get(ctx, "a")
	if err != nil || got.Version != 1 || got.Email != "a@example.com" {
		t.Fatalf("Get after create = %+v, %v", got, err)
	}
}

func putRoundTrips(t *testing.T, s reconnect.Store) {
	r := mailbox("full", "w1")
	v := classify.Text("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.")
	r.Status, r.PauseReason, r.LastError = reconnect.StatusNeedsReauth, classify.ReasonTenantSMTPDisabled, "535 5.7.139 ..."
	r.IMAPHost, r.WarmupStatus = "imap.example.com", reconnect.WarmupPaused
	r.Flag = reconnect.Flag{Reason: classify.ReasonTenantSMTPDisabled, Verdict: v, Source: reconnect.SourceSend, At: at,
		Before: reconnect.Snapshot{Status: reconnect.StatusActive, WarmupStatus: reconnect.WarmupActive}}
	r.Suspect = classify.Text("535 5.7.8 Error: authentication failed")
	r.TempAuth = []time.Time{at, at.Add(time.Minute)}
	r.Holds.Warmup = reconnect.Hold{Applied: true, Ours: true}
	r.Holds.InboxSync = reconnect.Hold{Applied: true, Ours: true, Cursor: "uid:4242"}
	r.Holds.Campaigns = reconnect.Hold{Want: true, Failures: 2, LastError: "scheduler down"}
	r.Holds.Source, r.Holds.Worker, r.Holds.Until = reconnect.SourceSend, "worker-7", at.Add(30*time.Second)
	r.LastSource, r.LastAt = reconnect.SourceSend, at.Add(2*time.Minute)
	r.LastVerdict = classify.Text("535 5.7.8 Authentication failed") // kept so NeedsReconnect need not classify again
	stored := mustPut(t, s, r)
	got, err := s.Get(ctx, "full")
	if err != nil {
		t.Fatal(err)
	}
	want := r
	want.Version = 1
	if !equalRecords(got, want) || !equalRecords(stored, want) {
		t.Fatalf("round trip:\n got %+v\nwant %+v", got, want)
	}
}

// equalRecords compares records, times by instant.
func equalRecords(a, b reconnect.Record) bool {
	norm := func(r reconnect.Record) reconnect.Record {
		r.UpdatedAt, r.Flag.At, r.LastAt, r.Holds.Until = r.UpdatedAt.UTC(), r.Flag.At.UTC(), r.LastAt.UTC(), r.Holds.Until.UTC()
		for i := range r.TempAuth {
			r.TempAuth[i] = r.TempAuth[i].UTC()
		}
		if len(r.TempAuth) == 0 {
			r.TempAuth = nil
		}
		return r
	}
	return reflect.DeepEqual(norm(a), norm(b))
}

func createTwice(t *testing.T, s reconnect.Store) {
	mustPut(t, s, mailbox("a", "w1"))
	if _, err := s.Put(ctx, mailbox("a", "w1")); !errors.Is(err, reconnect.ErrConflict) {
		t.Fatalf("second create: %v, want ErrConflict", err)
	}
}

func staleVersion(t *testing.T, s reconnect.Store) {
	r := mustPut(t, s, mailbox("a", "w1"))
	r2 := r
	r2.LastError = "first writer"
	mustPut(t, s, r2)
	r.LastError = "stale writer"
	if _, err := s.Put(ctx, r); !errors.Is(err, reconnect.ErrConflict) {
		t.Fatalf("stale put: %v, want ErrConflict", err)
	}
	got, _ := s.Get(ctx, "a")
	if got.LastError != "first writer" || got.Version != 2 {
		t.Fatalf("after stale put: %q v%d", got.LastError, got.Version)
	}
}

func updateMissing(t *testing.T, s reconnect.Store) {
	r := mailbox("ghost", "w1")
	r.Version = 3
	if _, err := s.Put(ctx, r); !errors.Is(err, reconnect.ErrNotFound) {
		t.Fatalf("update of missing: %v, want ErrNotFound", err)
	}
}

func historyOrdered(t *testing.T, s reconnect.Store) {
	flagged := reconnect.Event{At: at, Kind: reconnect.EventFlagged, Reason: classify.ReasonTenantSMTPDisabled,
		Verdict:  classify.Text("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."),
		Provider: provider.Microsoft365, AuthMethod: provider.MethodOAuth, Action: provider.ActionAdminEnableSMTPAuth, Actor: provider.ActorAdmin}
	r := mustPut(t, s, mailbox("a", "w1"), flagged)
	r = mustPut(t, s, r, reconnect.Event{At: at.Add(time.Second), Kind: reconnect.EventHoldApplied, Hold: reconnect.HoldWarmup},
		reconnect.Event{At: at.Add(2 * time.Second), Kind: reconnect.EventHoldApplied, Hold: reconnect.HoldPeerPool})
	mustPut(t, s, r) // a write without events adds none
	h, err := s.History(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 3 {
		t.Fatalf("history has %d events, want 3", len(h))
	}
	for i, e := range h {
		if e.Seq != int64(i+1) || e.MailboxID != "a" {
			t.Fatalf("event %d: seq %d mailbox %q", i, e.Seq, e.MailboxID)
		}
	}
	if h[0].Kind != reconnect.EventFlagged || h[2].Hold != reconnect.HoldPeerPool {
		t.Fatalf("history out of order: %+v", h)
	}
	got := h[0]
	got.MailboxID, got.Seq, got.At = "", 0, got.At.UTC()
	if got != flagged {
		t.Fatalf("event not kept field for field:\n got %+v\nwant %+v", got, flagged)
	}
}

func rejectedPutAppendsNothing(t *testing.T, s reconnect.Store) {
	r := mustPut(t, s, mailbox("a", "w1"), reconnect.Event{At: at, Kind: reconnect.EventFlagged})
	mustPut(t, s, r)
	if _, err := s.Put(ctx, r, reconnect.Event{At: at, Kind: reconnect.EventCleared}); !errors.Is(err, reconnect.ErrConflict) {
		t.Fatalf("stale put: %v", err)
	}
	h, _ := s.History(ctx, "a")
	if len(h) != 1 {
		t.Fatalf("a rejected put appended events: %+v", h)
	}
	// A refused create (the ID exists) appends nothing either.
	if _, err := s.Put(ctx, mailbox("a", "w1"), reconnect.Event{At: at, Kind: reconnect.EventFlagged}); !errors.Is(err, reconnect.ErrConflict) {
		t.Fatalf("second create: %v, want ErrConflict", err)
	}
	if h, _ := s.History(ctx, "a"); len(h) != 1 {
		t.Fatalf("a refused create appended events: %+v", h)
	}
}

func historyMissing(t *testing.T, s reconnect.Store) {
	if _, err := s.History(ctx, "nope"); !errors.Is(err, reconnect.ErrNotFound) {
		t.Fatalf("History missing: %v, want ErrNotFound", err)
	}
}

// concurrentWriters runs many read-modify-write loops on one record; each
// appends one timestamp, so a lost update shows as a missing one.
func concurrentWriters(t *testing.T, s reconnect.Store) {
	mustPut(t, s, mailbox("hot", "w1"))
	const writers, each = 16, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				for {
					r, err := s.Get(ctx, "hot")
					if err != nil {
						errs <- err
						return
					}
					r.TempAuth = append(r.TempAuth, at.Add(time.Duration(w*each+i)*time.Second))
					_, err = s.Put(ctx, r, reconnect.Event{At: at, Kind: reconnect.EventHookFailed, Detail: fmt.Sprint(w, i)})
					if errors.Is(err, reconnect.ErrConflict) {
						continue
					}
					if err != nil {
						errs <- err
						return
					}
					break
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	r, _ := s.Get(ctx, "hot")
	if len(r.TempAuth) != writers*each || r.Version != writers*each+1 {
		t.Fatalf("after %d updates: %d kept, version %d", writers*each, len(r.TempAuth), r.Version)
	}
	h, _ := s.History(ctx, "hot")
	if len(h) != writers*each {
		t.Fatalf("history has %d events, want %d", len(h), writers*each)
	}
	checkSeqs(t, h)
}

func listAndCount(t *testing.T, s reconnect.Store) {
	flagged := func(id, ws string) reconnect.Record {
		r := mailbox(id, ws)
		r.Status = reconnect.StatusNeedsReauth
		return r
	}
	errored := func(id, ws, msg string) reconnect.Record {
		r := mailbox(id, ws)
		r.Status, r.LastError = reconnect.StatusError, msg
		return r
	}
	paused := func(id, ws string, reason classify.Reason) reconnect.Record {
		r := mailbox(id, ws)
		r.PauseReason = reason
		return r
	}
	for _, r := range []reconnect.Record{
		paused("w1-d", "w1", classify.ReasonProviderBlock), // out of order: List sorts by ID
		mailbox("w2-b", "w2"),
		errored("w1-b", "w1", "535 5.7.8 Error: authentication failed"),
		flagged("w2-a", "w2"),
		errored("w1-c", "w1", "421 4.7.0 Try again later, closing connection."),
		flagged("w1-a", "w1"),
		mailbox("w1-e", "w1"),
	} {
		mustPut(t, s, r)
	}
	got, err := s.List(ctx, reconnect.Filter{Workspace: "w1", NeedsReconnect: true})
	if err != nil {
		t.Fatal(err)
	}
	if ids := idsOf(got); !reflect.DeepEqual(ids, []string{"w1-a", "w1-b", "w1-d"}) {
		t.Fatalf("List w1 needing reconnect = %v", ids)
	}
	for _, c := range []struct {
		f    reconnect.Filter
		want int
	}{
		{reconnect.Filter{Workspace: "w1", NeedsReconnect: true}, 3},
		{reconnect.Filter{Workspace: "w2", NeedsReconnect: true}, 1},
		{reconnect.Filter{NeedsReconnect: true}, 4},
		{reconnect.Filter{Workspace: "w1"}, 5},
		{reconnect.Filter{}, 7},
		{reconnect.Filter{Workspace: "w3", NeedsReconnect: true}, 0},
	} {
		n, err := s.Count(ctx, c.f)
		if err != nil || n != c.want {
			t.Fatalf("Count(%+v) = %d, %v; want %d", c.f, n, err, c.want)
		}
	}
	// A cleared mailbox leaves the list.
	r, _ := s.Get(ctx, "w1-a")
	r.Status = reconnect.StatusActive
	mustPut(t, s, r)
	if n, _ := s.Count(ctx, reconnect.Filter{Workspace: "w1", NeedsReconnect: true}); n != 2 {
		t.Fatalf("count after clear = %d, want 2", n)
	}
}

func listPages(t *testing.T, s reconnect.Store) {
	for _, i := range []int{4, 1, 6, 0, 3, 5, 2} { // out of order: List sorts by ID
		mustPut(t, s, mailbox(fmt.Sprintf("m%02d", i), "w1"))
	}
	var all []string
	after := ""
	for {
		page, err := s.List(ctx, reconnect.Filter{Workspace: "w1", Limit: 3, After: after})
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		if len(page) > 3 {
			t.Fatalf("page of %d, limit 3", len(page))
		}
		all = append(all, idsOf(page)...)
		after = page[len(page)-1].ID
	}
	if want := []string{"m00", "m01", "m02", "m03", "m04", "m05", "m06"}; !reflect.DeepEqual(all, want) {
		t.Fatalf("paged list = %v", all)
	}
}

func idsOf(rs []reconnect.Record) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}
