package drivertest

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

// The lease behaviour is checked by storetest.RunLeaser (store_test.go); this
// file adds what only a SQL database can show: holders on separate connections.

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
