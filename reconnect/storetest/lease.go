package storetest

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/reconnect"
)

// RunLeaser runs the conformance suite of the optional [reconnect.Leaser]
// extension. newStore is called once per subtest, must return an empty store
// that implements reconnect.Leaser, and registers any teardown with t.Cleanup.
// Like Run, it uses only the standard testing package.
func RunLeaser(t *testing.T, newStore func(t *testing.T) reconnect.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s reconnect.Store, l reconnect.Leaser)
	}{
		{"ClaimTakesOnlyFlaggedMailboxes", claimFlaggedOnly},
		{"ClaimTakesSuspectMailboxes", claimSuspects},
		{"SuspectKeepsItsLeaseUntilNoLongerLeasable", suspectLeaseFollowsPuts},
		{"ClaimTakesOnlyFreeLeasesUpToLimit", claimFreeUpToLimit},
		{"ClaimRenewsHeldLeases", claimRenews},
		{"ExpiredLeasesAreTakenOverNotBefore", claimTakesOverExpired},
		{"ReleaseFreesOnlyTheHoldersLease", releaseFrees},
		{"PutThatClearsTheFlagEndsTheLease", putClearingEndsLease},
		{"ClaimLeavesVersionsAlone", claimKeepsVersion},
		{"ClaimRejectsEmptyHolderAndTTL", claimRejectsBadArgs},
		{"ConcurrentClaimsNeverShareAMailbox", concurrentClaims},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newStore(t)
			l, ok := s.(reconnect.Leaser)
			if !ok {
				t.Fatalf("%T does not implement reconnect.Leaser", s)
			}
			tc.fn(t, s, l)
		})
	}
}

const ttl = 30 * time.Second

// flaggedMailbox is a record the Machine flagged: status needs_reauth, with the
// flag that says so.
func flaggedMailbox(id, workspace string) reconnect.Record {
	r := mailbox(id, workspace)
	r.Status, r.PauseReason = reconnect.StatusNeedsReauth, classify.ReasonProviderBlock
	r.LastError = "554 5.7.1 [BL21] account has been suspended"
	r.Flag = reconnect.Flag{Reason: classify.ReasonProviderBlock, Source: reconnect.SourceSend, At: at,
		Before: reconnect.Snapshot{Status: reconnect.StatusActive, WarmupStatus: reconnect.WarmupActive}}
	return r
}

// suspectMailbox is a record whose reconnect-class failure the Machine's
// incident guard held back: Suspect is set, nothing else says it needs
// reconnecting, and it is not flagged.
func suspectMailbox(id, workspace string) reconnect.Record {
	r := mailbox(id, workspace)
	// Gmail's reply to a wrong password (Google's SMTP error reference,
	// support.google.com/a/answer/3726730).
	r.Suspect = classify.Verdict{Class: classify.ClassAuth, Reason: classify.ReasonAuthFailure, NeedsReconnect: true,
		Code: 535, Enhanced: "5.7.8"}
	return r
}

func mustClaim(t *testing.T, l reconnect.Leaser, holder string, now time.Time, limit int) []string {
	t.Helper()
	recs, err := l.Claim(ctx, holder, now, ttl, limit)
	if err != nil {
		t.Fatalf("Claim(%s): %v", holder, err)
	}
	ids := idsOf(recs)
	if !slices.IsSorted(ids) {
		t.Fatalf("Claim(%s) returned %v, not ordered by ID", holder, ids)
	}
	return ids
}

func putFlagged(t *testing.T, s reconnect.Store, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		mustPut(t, s, flaggedMailbox(fmt.Sprintf("f%d", i), "w1"))
	}
}

func claimFlaggedOnly(t *testing.T, s reconnect.Store, l reconnect.Leaser) {
	putFlagged(t, s, 2)
	mustPut(t, s, mailbox("healthy", "w1"))
	// Needs reconnecting by its status, but the Machine never flagged it: there
	// is nothing for a health check to clear, so it is not leased.
	imported := mailbox("imported", "w1")
	imported.Status = reconnect.StatusNeedsReauth
	mustPut(t, s, imported)
	if got := mustClaim(t, l, "a", at, 10); !slices.Equal(got, []string{"f0", "f1"}) {
		t.Fatalf("claimed %v, want [f0 f1]", got)
	}
}

func claimSuspects(t *testing.T, s reconnect.Store, l reconnect.Leaser) {
	putFlagged(t, s, 1)
	mustPut(t, s, suspectMailbox("s0", "w1"))
	mustPut(t, s, mailbox("healthy", "w1"))
	// Neither flagged nor suspect: a temporary failure counted toward
	// escalation leaves a health check nothing to decide.
	counting := mailbox("counting", "w1")
	counting.TempAuth = []time.Time{at}
	mustPut(t, s, counting)
	if got := mustClaim(t, l, "a", at, 10); !slices.Equal(got, []string{"f0", "s0"}) {
		t.Fatalf("claimed %v, want [f0 s0]", got)
	}
	recs, err := l.Claim(ctx, "a", at.Add(time.Second), ttl, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[1].Suspect == (classify.Verdict{}) || recs[1].Flagged() {
		t.Fatalf("renewal returned %+v, want s0 as stored: suspect and not flagged", recs)
	}
}

// suspectLeaseFollowsPuts: a suspect the Machine then flags is still leasable
// and keeps its lease; a suspicion cleared ends it.
func suspectLeaseFollowsPuts(t *testing.T, s reconnect.Store, l reconnect.Leaser) {
	mustPut(t, s, suspectMailbox("s0", "w1"))
	s1 := mustPut(t, s, suspectMailbox("s1", "w1"))
	mustClaim(t, l, "a", at, 10)
	confirmed := flaggedMailbox("s0", "w1")
	confirmed.Version = 1
	mustPut(t, s, confirmed)
	s1.Suspect = classify.Verdict{}
	mustPut(t, s, s1)
	if got := mustClaim(t, l, "a", at.Add(time.Second), 0); !slices.Equal(got, []string{"s0"}) {
		t.Fatalf("a holds %v, want [s0] (flagged now) without s1 (cleared)", got)
	}
	if got := mustClaim(t, l, "b", at.Add(2*ttl), 10); !slices.Equal(got, []string{"s0"}) {
		t.Fatalf("b took %v after a's lease expired, want [s0]", got)
	}
}

func claimFreeUpToLimit(t *testing.T, s reconnect.Store, l reconnect.Leaser) {
	putFlagged(t, s, 5)
	a := mustClaim(t, l, "a", at, 3)
	if len(a) != 3 {
		t.Fatalf("a claimed %v, want 3 leases", a)
	}
	b := mustClaim(t, l, "b", at, 10)
	if len(b) != 2 {
		t.Fatalf("b claimed %v, want the 2 free leases", b)
	}
	if all := slices.Sorted(slices.Values(append(slices.Clone(a), b...))); !slices.Equal(all, []string{"f0", "f1", "f2", "f3", "f4"}) {
		t.Fatalf("a %v and b %v overlap or miss a mailbox", a, b)
	}
	if got := mustClaim(t, l, "c", at, 0); len(got) != 0 {
		t.Fatalf("limit 0 took %v", got)
	}
}

func claimRenews(t *testing.T, s reconnect.Store, l reconnect.Leaser) {
	putFlagged(t, s, 2)
	a := mustClaim(t, l, "a", at, 10)
	// a renews at ttl/2: its leases now last until at+1.5ttl, so b finds none
	// free just after the first ttl.
	if got := mustClaim(t, l, "a", at.Add(ttl/2), 0); !slices.Equal(got, a) {
		t.Fatalf("renewal returned %v, want %v", got, a)
	}
	if got := mustClaim(t, l, "b", at.Add(ttl+time.Second), 10); len(got) != 0 {
		t.Fatalf("b took renewed leases %v", got)
	}
}

func claimTakesOverExpired(t *testing.T, s reconnect.Store, l reconnect.Leaser) {
	putFlagged(t, s, 2)
	mustClaim(t, l, "a", at, 10)
	if got := mustClaim(t, l, "b", at.Add(ttl), 10); len(got) != 0 {
		t.Fatalf("b took %v at the instant a's leases end; they last through it", got)
	}
	if got := mustClaim(t, l, "b", at.Add(ttl+time.Millisecond), 10); !slices.Equal(got, []string{"f0", "f1"}) {
		t.Fatalf("b took %v after a's leases expired, want [f0 f1]", got)
	}
	if got := mustClaim(t, l, "a", at.Add(ttl+time.Second), 0); len(got) != 0 {
		t.Fatalf("a still holds %v after b took them over", got)
	}
}

func releaseFrees(t *testing.T, s reconnect.Store, l reconnect.Leaser) {
	putFlagged(t, s, 2)
	mustClaim(t, l, "a", at, 10)
	for _, r := range []struct{ holder, id string }{{"b", "f0"}, {"a", "nope"}, {"a", "f0"}} {
		if err := l.Release(ctx, r.holder, r.id); err != nil {
			t.Fatalf("Release(%s, %s): %v", r.holder, r.id, err)
		}
	}
	if got := mustClaim(t, l, "b", at.Add(time.Second), 10); !slices.Equal(got, []string{"f0"}) {
		t.Fatalf("b took %v, want only the released f0", got)
	}
}

func putClearingEndsLease(t *testing.T, s reconnect.Store, l reconnect.Leaser) {
	putFlagged(t, s, 2)
	mustClaim(t, l, "a", at, 10)
	r, err := s.Get(ctx, "f0")
	if err != nil {
		t.Fatal(err)
	}
	r.LastError = "554 5.7.1 [BL21] account has been suspended (again)"
	r = mustPut(t, s, r)
	if got := mustClaim(t, l, "a", at.Add(time.Second), 0); !slices.Equal(got, []string{"f0", "f1"}) {
		t.Fatalf("a write that keeps the flag lost a lease: a holds %v", got)
	}
	r.Status, r.PauseReason, r.LastError, r.Flag = reconnect.StatusActive, "", "", reconnect.Flag{}
	mustPut(t, s, r)
	if got := mustClaim(t, l, "a", at.Add(2*time.Second), 0); !slices.Equal(got, []string{"f1"}) {
		t.Fatalf("after f0 cleared, a holds %v, want [f1]", got)
	}
}

func claimKeepsVersion(t *testing.T, s reconnect.Store, l reconnect.Leaser) {
	putFlagged(t, s, 1)
	mustClaim(t, l, "a", at, 10)
	mustClaim(t, l, "a", at.Add(time.Second), 10)
	if err := l.Release(ctx, "a", "f0"); err != nil {
		t.Fatal(err)
	}
	if r, err := s.Get(ctx, "f0"); err != nil || r.Version != 1 {
		t.Fatalf("after claims: version %d, %v; want 1", r.Version, err)
	}
}

func claimRejectsBadArgs(t *testing.T, s reconnect.Store, l reconnect.Leaser) {
	putFlagged(t, s, 1)
	if _, err := l.Claim(ctx, "", at, ttl, 1); err == nil {
		t.Fatal("Claim with an empty holder succeeded")
	}
	if _, err := l.Claim(ctx, "a", at, 0, 1); err == nil {
		t.Fatal("Claim with a zero TTL succeeded")
	}
	if got := mustClaim(t, l, "b", at, 1); !slices.Equal(got, []string{"f0"}) {
		t.Fatalf("a rejected claim took a lease: b got %v", got)
	}
}

// concurrentClaims races holders for 60 mailboxes; no mailbox may end up
// leased by two of them.
func concurrentClaims(t *testing.T, s reconnect.Store, l reconnect.Leaser) {
	const n, holders = 60, 6
	for i := 0; i < n; i++ {
		mustPut(t, s, flaggedMailbox(fmt.Sprintf("m%03d", i), fmt.Sprintf("w%d", i%7)))
	}
	got := make([][]string, holders)
	errs := make([]error, holders)
	var wg sync.WaitGroup
	for h := 0; h < holders; h++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				recs, err := l.Claim(ctx, fmt.Sprintf("h%d", h), at, time.Minute, 3)
				if err != nil {
					errs[h] = err
					return
				}
				got[h] = idsOf(recs)
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	owner := map[string]int{}
	for h, ids := range got {
		for _, id := range ids {
			if prev, ok := owner[id]; ok {
				t.Errorf("%s leased by h%d and h%d", id, prev, h)
			}
			owner[id] = h
		}
	}
	if len(owner) != min(n, holders*5*3) {
		t.Errorf("%d mailboxes leased, want %d", len(owner), min(n, holders*5*3))
	}
}

// listLeasable: Filter.Leasable selects what Record.Leasable says (flagged
// and needing reconnection, or suspect), alone and with the other fields.
func listLeasable(t *testing.T, s reconnect.Store) {
	hostWritten := mailbox("c-host", "w1") // needs reconnecting, but no flag: the Machine did not set it
	hostWritten.Status = reconnect.StatusNeedsReauth
	for _, r := range []reconnect.Record{suspectMailbox("b-suspect", "w1"), mailbox("d-healthy", "w1"), hostWritten,
		flaggedMailbox("e-flagged", "w2"), flaggedMailbox("a-flagged", "w1")} {
		if !r.Leasable() != (r.ID == "c-host" || r.ID == "d-healthy") {
			t.Fatalf("%s: Leasable() = %v", r.ID, r.Leasable())
		}
		mustPut(t, s, r)
	}
	got, err := s.List(ctx, reconnect.Filter{Leasable: true})
	if err != nil {
		t.Fatal(err)
	}
	if ids := idsOf(got); !slices.Equal(ids, []string{"a-flagged", "b-suspect", "e-flagged"}) {
		t.Fatalf("List leasable = %v", ids)
	}
	for _, c := range []struct {
		f    reconnect.Filter
		want int
	}{
		{reconnect.Filter{Leasable: true}, 3},
		{reconnect.Filter{Leasable: true, Workspace: "w1"}, 2},
		{reconnect.Filter{Leasable: true, NeedsReconnect: true}, 2},
		{reconnect.Filter{NeedsReconnect: true}, 3},
	} {
		if n, err := s.Count(ctx, c.f); err != nil || n != c.want {
			t.Fatalf("Count(%+v) = %d, %v; want %d", c.f, n, err, c.want)
		}
	}
}
