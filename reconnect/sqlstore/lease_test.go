package sqlstore

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/reconnect"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ids(rs []reconnect.Record) []string {
	out := []string{}
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

func TestClaim(t *testing.T) {
	const ttl = 30 * time.Second
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			open := b.fresh(t)
			s := open.must(t)
			for i := 0; i < 5; i++ {
				_, err := s.Put(ctx, flagged(fmt.Sprintf("f%d", i), "w1"))
				require.NoError(t, err)
			}
			_, err := s.Put(ctx, rec("healthy", "w1"))
			require.NoError(t, err)
			// Needs reconnecting by its status, but the Machine never flagged it:
			// there is nothing for a health check to clear, so it is not leased.
			unflagged := rec("imported", "w1")
			unflagged.Status = reconnect.StatusNeedsReauth
			_, err = s.Put(ctx, unflagged)
			require.NoError(t, err)

			a, err := s.Claim(ctx, "a", t0, ttl, 3)
			require.NoError(t, err)
			assert.Equal(t, []string{"f0", "f1", "f2"}, ids(a))
			bb, err := s.Claim(ctx, "b", t0, ttl, 10)
			require.NoError(t, err)
			assert.Equal(t, []string{"f3", "f4"}, ids(bb), "b takes only free leases")

			// a renews; nothing is left to take.
			a, err = s.Claim(ctx, "a", t0.Add(ttl/2), ttl, 10)
			require.NoError(t, err)
			assert.Equal(t, []string{"f0", "f1", "f2"}, ids(a))

			// b stops renewing: its leases expire and a takes them over, but not
			// a moment before.
			a, err = s.Claim(ctx, "a", t0.Add(ttl), ttl, 10)
			require.NoError(t, err)
			assert.Len(t, a, 3, "b's leases last until t0+ttl")
			a, err = s.Claim(ctx, "a", t0.Add(ttl+time.Nanosecond), ttl, 10)
			require.NoError(t, err)
			assert.Equal(t, []string{"f0", "f1", "f2", "f3", "f4"}, ids(a))
			bb, err = s.Claim(ctx, "b", t0.Add(ttl+time.Second), ttl, 10)
			require.NoError(t, err)
			assert.Empty(t, bb, "b lost its leases")

			// Release frees one mailbox; releasing another holder's lease does nothing.
			require.NoError(t, s.Release(ctx, "b", "f0"))
			require.NoError(t, s.Release(ctx, "a", "f0"))
			require.NoError(t, s.Release(ctx, "a", "nope"))
			bb, err = s.Claim(ctx, "b", t0.Add(ttl+time.Second), ttl, 10)
			require.NoError(t, err)
			assert.Equal(t, []string{"f0"}, ids(bb))

			// A write that keeps the mailbox flagged keeps its lease; one that
			// clears it ends the lease.
			r, err := s.Get(ctx, "f1")
			require.NoError(t, err)
			r.LastError = "554 5.7.1 [BL21] account has been suspended (again)"
			r, err = s.Put(ctx, r)
			require.NoError(t, err)
			a, err = s.Claim(ctx, "a", t0.Add(ttl+2*time.Second), ttl, 0)
			require.NoError(t, err)
			assert.Equal(t, []string{"f1", "f2", "f3", "f4"}, ids(a))
			r.Status, r.PauseReason, r.LastError, r.Flag = reconnect.StatusActive, "", "", reconnect.Flag{}
			_, err = s.Put(ctx, r)
			require.NoError(t, err)
			a, err = s.Claim(ctx, "a", t0.Add(ttl+3*time.Second), ttl, 0)
			require.NoError(t, err)
			assert.Equal(t, []string{"f2", "f3", "f4"}, ids(a))

			// Claims never change a record's version.
			r, err = s.Get(ctx, "f2")
			require.NoError(t, err)
			assert.EqualValues(t, 1, r.Version)

			_, err = s.Claim(ctx, "", t0, ttl, 1)
			assert.Error(t, err)
			_, err = s.Claim(ctx, "a", t0, 0, 1)
			assert.Error(t, err)
		})
	}
}

// TestConcurrentClaimsNeverShareAMailbox races many holders, each on its own
// Store (its own connection), for 200 flagged mailboxes.
func TestConcurrentClaimsNeverShareAMailbox(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			open := b.fresh(t)
			s := open.must(t)
			const n, holders = 200, 6
			for i := 0; i < n; i++ {
				_, err := s.Put(ctx, flagged(fmt.Sprintf("m%03d", i), fmt.Sprintf("w%d", i%7)))
				require.NoError(t, err)
			}
			got := make([][]reconnect.Record, holders)
			var wg sync.WaitGroup
			for h := 0; h < holders; h++ {
				st := open.must(t)
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := 0; i < 10; i++ {
						recs, err := st.Claim(ctx, fmt.Sprintf("h%d", h), t0, time.Minute, 7)
						if !assert.NoError(t, err) {
							return
						}
						got[h] = recs
					}
				}()
			}
			wg.Wait()
			owner := map[string]int{}
			for h, recs := range got {
				assert.LessOrEqual(t, len(recs), 70)
				for _, r := range recs {
					if prev, ok := owner[r.ID]; ok {
						t.Errorf("%s leased by h%d and h%d", r.ID, prev, h)
					}
					owner[r.ID] = h
				}
			}
			assert.Len(t, owner, min(n, holders*70))
		})
	}
}
