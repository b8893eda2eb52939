package drivertest

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/sqlstore"
	"github.com/mailreconnect/sdk/reconnect/storetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	ctx = context.Background()
	t0  = time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
)

func TestConformance(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			storetest.Run(t, func(t *testing.T) reconnect.Store { return b.fresh(t).must(t) })
		})
	}
}

func TestLeaserConformance(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			storetest.RunLeaser(t, func(t *testing.T) reconnect.Store { return b.fresh(t).must(t) })
		})
	}
}

func TestMigrationsAreIdempotentAndVersioned(t *testing.T) {
	// The migrations shipped in the package's migrations directory.
	want := []struct {
		version int
		name    string
	}{{1, "tables"}, {2, "indexes"}, {3, "last_report"}, {4, "incidents"}, {5, "lease_suspects"}, {6, "last_verdict"}}
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			open := b.fresh(t)
			// Several processes starting at once on a new database.
			var wg sync.WaitGroup
			errs := make([]error, 4)
			for i := range errs {
				wg.Add(1)
				go func() {
					defer wg.Done()
					s, err := open()
					if err == nil {
						_, err = s.Count(ctx, reconnect.Filter{})
						s.Close()
					}
					errs[i] = err
				}()
			}
			wg.Wait()
			for _, err := range errs {
				require.NoError(t, err)
			}
			s := open.must(t)
			_, err := s.Put(ctx, rec("a", "w1"))
			require.NoError(t, err)
			s2 := open.must(t) // opening again changes nothing
			got, err := s2.Get(ctx, "a")
			require.NoError(t, err)
			assert.EqualValues(t, 1, got.Version)

			rows, err := s2.DB().QueryContext(ctx, rebind(s2, `SELECT version, name FROM {migrations} ORDER BY version`))
			require.NoError(t, err)
			defer rows.Close()
			var recorded []struct {
				version int
				name    string
			}
			for rows.Next() {
				var m struct {
					version int
					name    string
				}
				require.NoError(t, rows.Scan(&m.version, &m.name))
				recorded = append(recorded, m)
			}
			require.NoError(t, rows.Err())
			require.Len(t, recorded, len(want))
			for i, m := range want {
				assert.Equal(t, m.version, recorded[i].version)
				assert.Equal(t, m.name, recorded[i].name)
			}
		})
	}
}

func TestTimesRoundTripToTheNanosecond(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := b.fresh(t).must(t)
			at := time.Date(2026, 11, 27, 9, 0, 0, 123456789, time.FixedZone("CET", 3600))
			r := rec("a", "w1")
			r.UpdatedAt = at
			r.TempAuth = []time.Time{at, at.Add(time.Nanosecond)}
			_, err := s.Put(ctx, r, reconnect.Event{At: at, Kind: reconnect.EventHookFailed})
			require.NoError(t, err)
			got, err := s.Get(ctx, "a")
			require.NoError(t, err)
			assert.True(t, got.UpdatedAt.Equal(at), "updated_at %v", got.UpdatedAt)
			assert.True(t, got.TempAuth[1].Equal(at.Add(time.Nanosecond)))
			h, err := s.History(ctx, "a")
			require.NoError(t, err)
			assert.True(t, h[0].At.Equal(at), "event at %v", h[0].At)
			// The zero time stays the zero time.
			r = rec("z", "w1")
			r.UpdatedAt = time.Time{}
			_, err = s.Put(ctx, r)
			require.NoError(t, err)
			got, err = s.Get(ctx, "z")
			require.NoError(t, err)
			assert.True(t, got.UpdatedAt.IsZero())
		})
	}
}

func TestIDsSortAsGoStrings(t *testing.T) {
	ids := []string{"a-1", "a1", "B", "a", "a_2", "ä", "A"}
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := b.fresh(t).must(t)
			for _, id := range ids {
				_, err := s.Put(ctx, rec(id, "w1"))
				require.NoError(t, err)
			}
			got, err := s.List(ctx, reconnect.Filter{Workspace: "w1"})
			require.NoError(t, err)
			var order []string
			for _, r := range got {
				order = append(order, r.ID)
			}
			assert.Equal(t, []string{"A", "B", "a", "a-1", "a1", "a_2", "ä"}, order)
		})
	}
}

func TestRecomputeNeedsFixesStaleColumn(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := b.fresh(t).must(t)
			_, err := s.Put(ctx, flagged("f", "w1"))
			require.NoError(t, err)
			_, err = s.Put(ctx, rec("h", "w1"))
			require.NoError(t, err)
			// As if written by a version of the library whose rules differed.
			_, err = s.DB().ExecContext(ctx, rebind(s, `UPDATE {mailboxes} SET needs_reconnect = NOT needs_reconnect`))
			require.NoError(t, err)
			n, err := s.Count(ctx, reconnect.Filter{NeedsReconnect: true})
			require.NoError(t, err)
			require.Equal(t, 1, n)
			changed, err := s.RecomputeNeeds(ctx)
			require.NoError(t, err)
			assert.Equal(t, 2, changed)
			got, err := s.List(ctx, reconnect.Filter{NeedsReconnect: true})
			require.NoError(t, err)
			require.Len(t, got, 1)
			assert.Equal(t, "f", got[0].ID)
			changed, err = s.RecomputeNeeds(ctx)
			require.NoError(t, err)
			assert.Zero(t, changed)
		})
	}
}

func TestSQLiteStoresOnOneFileLoseNoUpdate(t *testing.T) {
	open := freshSQLite(t)
	stores := []*Store{open.must(t), open.must(t), open.must(t)}
	_, err := stores[0].Put(ctx, rec("hot", "w1"))
	require.NoError(t, err)
	const writers, each = 6, 20
	var wg sync.WaitGroup
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(s *Store) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				for {
					r, err := s.Get(ctx, "hot")
					if !assert.NoError(t, err) {
						return
					}
					r.TempAuth = append(r.TempAuth, t0)
					_, err = s.Put(ctx, r, reconnect.Event{At: t0, Kind: reconnect.EventHookFailed})
					if errors.Is(err, reconnect.ErrConflict) {
						continue
					}
					if !assert.NoError(t, err) {
						return
					}
					break
				}
			}
		}(stores[w%len(stores)])
	}
	wg.Wait()
	got, err := stores[1].Get(ctx, "hot")
	require.NoError(t, err)
	assert.Len(t, got.TempAuth, writers*each)
	h, err := stores[2].History(ctx, "hot")
	require.NoError(t, err)
	assert.Len(t, h, writers*each)
}

func TestOpenSQLiteInMemory(t *testing.T) {
	s, err := sqlstore.OpenSQLite(ctx, ":memory:", nil)
	require.NoError(t, err)
	defer s.Close()
	_, err = s.Put(ctx, rec("a", "w1"))
	require.NoError(t, err)
	got, err := s.Get(ctx, "a")
	require.NoError(t, err)
	assert.EqualValues(t, 1, got.Version)
	h, err := s.History(ctx, "a")
	require.NoError(t, err)
	assert.NotNil(t, h)
	assert.Empty(t, h)
}

func TestOpenRejectsUnknownDialect(t *testing.T) {
	_, err := sqlstore.Open(ctx, "mysql", "x", nil)
	assert.ErrorContains(t, err, "sqlstore: unknown dialect")
	_, err = sqlstore.Open(ctx, "sqlite", "x", &sqlstore.Options{Dialect: "oracle"})
	assert.ErrorContains(t, err, "sqlstore: unknown dialect")
}

// rec is a healthy mailbox.
func rec(id, workspace string) reconnect.Record {
	return reconnect.Record{
		Mailbox: reconnect.Mailbox{ID: id, Email: id + "@example.com", SMTPHost: "smtp.mail.yahoo.com",
			Status: reconnect.StatusActive, WarmupStatus: reconnect.WarmupActive, AuthMethod: provider.MethodPassword},
		Workspace: workspace, Provider: provider.Yahoo, UpdatedAt: t0,
	}
}

// flagged is a mailbox the Machine flagged for a provider block.
func flagged(id, workspace string) reconnect.Record {
	r := rec(id, workspace)
	v := provider.Refine(classify.Text("554 5.7.1 [BL21] account has been suspended"), r.SMTPHost)
	r.Flag = reconnect.Flag{Reason: v.Reason, Verdict: v, Source: reconnect.SourceSend, At: t0,
		Before: reconnect.Snapshot{Status: r.Status, WarmupStatus: r.WarmupStatus}}
	r.Status, r.PauseReason, r.LastError = reconnect.StatusNeedsReauth, v.Reason, "554 5.7.1 [BL21] account has been suspended"
	r.Holds.Warmup = reconnect.Hold{Applied: true, Ours: true}
	return r
}

func TestIncidentStoreConformance(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			storetest.RunIncidents(t, func(t *testing.T) reconnect.Store { return b.fresh(t).must(t) })
		})
	}
}
