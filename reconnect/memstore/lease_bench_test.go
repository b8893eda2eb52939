package memstore_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
)

// BenchmarkClaim measures one Claim by a holder of 20,000 leases in a store of
// 100,000 flagged mailboxes: renewing alone (the holder is at its bound), and
// renewing while taking 1,000 more.
func BenchmarkClaim(b *testing.B) {
	const n, held = 100_000, 20_000
	ctx := context.Background()
	at := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	s := memstore.New()
	for i := 0; i < n; i++ {
		r := reconnect.Record{Mailbox: reconnect.Mailbox{ID: fmt.Sprintf("mb%06d", i), Status: reconnect.StatusNeedsReauth,
			PauseReason: classify.ReasonProviderBlock}, Flag: reconnect.Flag{Reason: classify.ReasonProviderBlock, At: at}}
		if _, err := s.Put(ctx, r); err != nil {
			b.Fatal(err)
		}
	}
	for _, take := range []int{0, 1000} {
		b.Run(fmt.Sprintf("held=%d/take=%d", held, take), func(b *testing.B) {
			if _, err := s.Claim(ctx, "a", at, time.Hour, held); err != nil {
				b.Fatal(err)
			}
			now := at
			for b.Loop() {
				now = now.Add(time.Second)
				recs, err := s.Claim(ctx, "a", now, time.Hour, take)
				if err != nil {
					b.Fatal(err)
				}
				if len(recs) < held {
					b.Fatalf("holds %d leases", len(recs))
				}
				b.StopTimer()
				for _, r := range recs[held:] { // give back what this claim took
					if err := s.Release(ctx, "a", r.ID); err != nil {
						b.Fatal(err)
					}
				}
				b.StartTimer()
			}
		})
	}
}
