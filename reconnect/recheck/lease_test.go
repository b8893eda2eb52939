package recheck_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
	"github.com/mailreconnect/sdk/reconnect/recheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// flagFleet stores n mailboxes flagged provider_block, as a Machine would.
func flagFleet(t testing.TB, s *memstore.Store, n int, at time.Time) {
	for i := 0; i < n; i++ {
		r := reconnect.Record{Mailbox: reconnect.Mailbox{ID: fmt.Sprintf("mb%05d", i), Email: fmt.Sprintf("u%d@yahoo.example", i),
			Status: reconnect.StatusNeedsReauth, PauseReason: classify.ReasonProviderBlock}, Provider: provider.Yahoo,
			Flag: reconnect.Flag{Reason: classify.ReasonProviderBlock, At: at}}
		_, err := s.Put(context.Background(), r)
		require.NoError(t, err)
	}
}

func leasingRunner(store *memstore.Store, holder string, now func() time.Time, claimLimit, maxLeases int) *recheck.Runner {
	return &recheck.Runner{Scheduler: recheck.New(nil), Machine: reconnect.New(store, nil), Store: store,
		Credentials: noCredentials, Holder: holder, Now: now, ClaimLimit: claimLimit, MaxLeases: maxLeases}
}

// TestInstancesHoldAtMostMaxLeases: an instance claiming again and again holds
// at most MaxLeases, so a second instance gets the rest, and the first never
// hoards the fleet.
func TestInstancesHoldAtMostMaxLeases(t *testing.T) {
	ctx := context.Background()
	store := memstore.New()
	flagFleet(t, store, 100, t0)
	now := t0
	clock := func() time.Time { return now }
	a := leasingRunner(store, "a", clock, 10, 40)
	b := leasingRunner(store, "b", clock, 10, 40)
	for i := 0; i < 10; i++ {
		now = now.Add(time.Second)
		held, err := recheck.Claim(ctx, a)
		require.NoError(t, err)
		require.LessOrEqual(t, held, 40, "claim %d", i)
	}
	assert.Equal(t, 40, a.Scheduler.Len(), "a tracks exactly its leases")
	held, err := recheck.Claim(ctx, b)
	require.NoError(t, err)
	assert.Equal(t, 40, held, "b takes its share in one claim, ten leases at a time")
	assert.Equal(t, 40, b.Scheduler.Len())
}

// TestTakeoverInOneClaim: when an instance stops renewing, another takes its
// share as soon as the leases expire, all of it at its next claim rather than
// ClaimLimit per LeaseTTL/3.
func TestTakeoverInOneClaim(t *testing.T) {
	ctx := context.Background()
	store := memstore.New()
	flagFleet(t, store, 3000, t0)
	now := t0
	clock := func() time.Time { return now }
	a := leasingRunner(store, "a", clock, 0, 0)
	held, err := recheck.Claim(ctx, a)
	require.NoError(t, err)
	require.Equal(t, 3000, held)
	now = now.Add(31 * time.Second) // a is gone; its 30-second leases expired
	b := leasingRunner(store, "b", clock, 0, 0)
	held, err = recheck.Claim(ctx, b)
	require.NoError(t, err)
	assert.Equal(t, 3000, held)
}

// BenchmarkRunnerClaim measures a Runner's claim, renewing its leases, when it
// holds its default bound of 10,000 in a store of 100,000 flagged mailboxes
// (go test -run x -bench RunnerClaim ./reconnect/recheck).
func BenchmarkRunnerClaim(b *testing.B) {
	ctx := context.Background()
	store := memstore.New()
	flagFleet(b, store, 100_000, t0)
	now := t0
	r := leasingRunner(store, "a", func() time.Time { return now }, 0, 0)
	if _, err := recheck.Claim(ctx, r); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		now = now.Add(time.Second)
		if _, err := recheck.Claim(ctx, r); err != nil {
			b.Fatal(err)
		}
	}
}
