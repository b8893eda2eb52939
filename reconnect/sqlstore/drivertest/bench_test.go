package drivertest

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/sqlstore"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// benchRowsEnv overrides the size of the benchmark's fleet.
const benchRowsEnv = "MAILRECONNECT_BENCH_ROWS"

const workspaces = 1000

// The queries the partial index serves, as List and Count build them.
const (
	countQuery = `SELECT COUNT(*) FROM {mailboxes} WHERE workspace = $1 AND needs_reconnect`
	listQuery  = `SELECT * FROM {mailboxes} WHERE workspace = $1 AND needs_reconnect ORDER BY id`
	// The rows Claim takes (its subquery, without FOR UPDATE SKIP LOCKED).
	freeLeasesQuery = `SELECT id FROM {mailboxes} WHERE ((needs_reconnect AND flag_reason <> '') OR suspect IS NOT NULL) AND lease_until < $1 ORDER BY lease_until LIMIT 1000`
)

// fleetRecord is mailbox i of a fleet spread over 1,000 workspaces. One block
// of 1,000 consecutive mailboxes in ten is flagged, so every workspace has one
// mailbox in ten needing reconnection.
func fleetRecord(i int) reconnect.Record {
	id, ws := fmt.Sprintf("mb%07d", i), workspaceOf(i)
	r := rec(id, ws)
	r.Provider, r.SMTPHost, r.Email = provider.Gmail, "smtp.gmail.com", id+"@gmail.example"
	r.Version = 1
	if (i/workspaces)%10 == 0 {
		r = flagged(id, ws)
		r.Version = 1
	}
	return r
}

func workspaceOf(i int) string { return fmt.Sprintf("ws%04d", i%workspaces) }

// loadFleet inserts mailboxes 0..n-1: it stores a flagged and a healthy
// template through Put, copies them n times with one INSERT ... SELECT over
// a generated series (each copy gets its own ID, workspace and address), and
// deletes the templates. Then it updates the planner's statistics (and, on
// PostgreSQL, the visibility map, as autovacuum would).
func loadFleet(ctx context.Context, s *Store, n int) error {
	tplFlagged, tplHealthy := fleetRecord(0), fleetRecord(workspaces)
	tplFlagged.ID, tplHealthy.ID = "tpl-flagged", "tpl-healthy"
	for _, r := range []reconnect.Record{tplFlagged, tplHealthy} {
		r.Version = 0
		if _, err := s.Put(ctx, r); err != nil {
			return err
		}
	}
	series, id, ws := `generate_series(0, $1 - 1) AS g(i)`, `'mb' || lpad(i::text, 7, '0')`, `'ws' || lpad((i % 1000)::text, 4, '0')`
	if s.Dialect() == sqlstore.SQLite {
		series = `(WITH RECURSIVE r(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM r WHERE i + 1 < $1) SELECT i FROM r) AS g`
		id, ws = `printf('mb%07d', i)`, `printf('ws%04d', i % 1000)`
	}
	_, err := s.DB().ExecContext(ctx, rebind(s, `INSERT INTO {mailboxes} (id, workspace, provider, version, email,
	smtp_host, imap_host, auth_method, status, last_error, pause_reason, warmup_status, flag, suspect,
	temp_auth, holds, updated_at, needs_reconnect, flag_reason)
SELECT `+id+`, `+ws+`, t.provider, 1, `+id+` || '@gmail.example', t.smtp_host, t.imap_host,
	t.auth_method, t.status, t.last_error, t.pause_reason, t.warmup_status, t.flag, t.suspect, t.temp_auth,
	t.holds, t.updated_at, t.needs_reconnect, t.flag_reason
FROM `+series+` JOIN {mailboxes} t
	ON t.id = CASE WHEN (i / 1000) % 10 = 0 THEN 'tpl-flagged' ELSE 'tpl-healthy' END`), n)
	if err != nil {
		return err
	}
	if _, err := s.DB().ExecContext(ctx, rebind(s, `DELETE FROM {mailboxes} WHERE id LIKE 'tpl-%'`)); err != nil {
		return err
	}
	analyze := `ANALYZE`
	if s.Dialect() == sqlstore.Postgres {
		analyze = `VACUUM ANALYZE ` + s.Table("mailboxes")
	}
	_, err = s.DB().ExecContext(ctx, analyze)
	return err
}

// TestPlansUseThePartialIndex loads 20,000 mailboxes and checks that listing
// and counting one workspace's mailboxes needing reconnection read the
// partial index mailboxes_needs_reconnect.
func TestPlansUseThePartialIndex(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := b.fresh(t).must(t)
			require.NoError(t, loadFleet(ctx, s, 20_000))
			n, err := s.Count(ctx, reconnect.Filter{Workspace: "ws0042", NeedsReconnect: true})
			require.NoError(t, err)
			assert.Equal(t, 2, n)
			for _, c := range []struct{ query, arg, index string }{
				{countQuery, "ws0042", sqlstore.DefaultPrefix + "mailboxes_needs_reconnect "},
				{listQuery, "ws0042", sqlstore.DefaultPrefix + "mailboxes_needs_reconnect "},
				{freeLeasesQuery, formatTime(t0), sqlstore.DefaultPrefix + "mailboxes_lease_free "},
			} {
				plan, err := explain(ctx, s, c.query, c.arg)
				require.NoError(t, err)
				assert.Contains(t, plan, c.index, "plan of %s:\n%s", c.query, plan)
				assert.NotContains(t, plan, "Seq Scan")
				assert.NotContains(t, plan, "SCAN "+s.Table("mailboxes")+"\n")
			}
		})
	}
}

// BenchmarkStore loads a fleet of MAILRECONNECT_BENCH_ROWS mailboxes (default
// 1,000,000; 10% needing reconnection across 1,000 workspaces) into SQLite and
// PostgreSQL (when MAILRECONNECT_POSTGRES_DSN is set), prints the plans of
// the list and count queries, and measures:
//
//   - Count and List: one workspace's mailboxes needing reconnection (100 of
//     its 1,000 at the default size);
//   - Report: Put of a changed record (a new last error), reports/s;
//   - Clear: Put that clears a flagged record, with its cleared event (the
//     row leaves the partial index), clears/s.
//
// Report and Clear keep the records in memory, so they time Put alone.
func BenchmarkStore(b *testing.B) {
	n := 1_000_000
	if v := os.Getenv(benchRowsEnv); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 10*workspaces {
			b.Fatalf("%s=%q: want a number of at least %d", benchRowsEnv, v, 10*workspaces)
		}
	}
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			s := be.fresh(b).must(b)
			start := time.Now()
			require.NoError(b, loadFleet(ctx, s, n))
			b.Logf("loaded %d mailboxes in %v", n, time.Since(start).Round(time.Millisecond))
			for _, c := range [][2]string{{countQuery, "ws0042"}, {listQuery, "ws0042"}, {freeLeasesQuery, formatTime(t0)}} {
				plan, err := explain(ctx, s, c[0], c[1])
				require.NoError(b, err)
				b.Logf("plan of %s:\n%s", c[0], plan)
			}
			benchQueries(b, s, n)
			benchWrites(b, s, n)
		})
	}
}

// reportCPU adds the client's CPU time per operation (cpu-µs/op) to b's
// results, measured from start: on a busy machine ns/op includes time spent
// waiting for a CPU, cpu-µs/op does not (nor does it include the server's).
func reportCPU(b *testing.B, start time.Duration, ok bool) {
	if end, ok2 := cpuTime(); ok && ok2 {
		b.ReportMetric(float64((end-start).Microseconds())/float64(b.N), "cpu-µs/op")
	}
}

func benchQueries(b *testing.B, s *Store, n int) {
	want := n / workspaces / 10
	b.Run("CountWorkspaceNeedingReconnect", func(b *testing.B) {
		start, ok := cpuTime()
		defer func() { reportCPU(b, start, ok) }()
		for i := 0; b.Loop(); i++ {
			got, err := s.Count(ctx, reconnect.Filter{Workspace: workspaceOf(i), NeedsReconnect: true})
			if err != nil || got != want {
				b.Fatalf("Count = %d, %v; want %d", got, err, want)
			}
		}
	})
	b.Run("ListWorkspaceNeedingReconnect", func(b *testing.B) {
		start, ok := cpuTime()
		defer func() { reportCPU(b, start, ok) }()
		for i := 0; b.Loop(); i++ {
			got, err := s.List(ctx, reconnect.Filter{Workspace: workspaceOf(i), NeedsReconnect: true})
			if err != nil || len(got) != want {
				b.Fatalf("List = %d records, %v; want %d", len(got), err, want)
			}
		}
	})
}

func benchWrites(b *testing.B, s *Store, n int) {
	// Healthy mailboxes get reports; flagged ones get cleared. Each keeps its
	// latest version in memory across the benchmark's runs.
	latest := map[int]reconnect.Record{}
	record := func(i int) reconnect.Record {
		if r, ok := latest[i]; ok {
			return r
		}
		return fleetRecord(i)
	}
	// healthy maps 0, 1, ... onto the healthy mailboxes: blocks of 1,000 whose
	// block number is not a multiple of ten.
	healthy := func(h int) int {
		block := h / workspaces
		return ((block/9)*10+block%9+1)*workspaces + h%workspaces
	}
	b.Run("Report", func(b *testing.B) {
		for k := 0; b.Loop(); k++ {
			i := healthy(k * 7919 % (n - n/10)) // spread over the table
			r := record(i)
			r.LastError = "421 4.7.0 Try again later, closing connection. " + strconv.Itoa(k)
			r.UpdatedAt = t0.Add(time.Duration(k) * time.Millisecond)
			stored, err := s.Put(ctx, r)
			if err != nil {
				b.Fatal(err)
			}
			latest[i] = stored
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "reports/s")
	})
	next := 0 // flagged mailboxes not yet cleared: the first n/10 blocks of i%10 == 0
	b.Run("Clear", func(b *testing.B) {
		for k := 0; b.Loop(); k++ {
			i := (next/workspaces)*10*workspaces + next%workspaces
			next = (next + 1) % (n / 10)
			r := record(i)
			ev := reconnect.Event{At: t0, Kind: reconnect.EventCleared, Source: reconnect.SourceHealthCheck, Reason: r.Flag.Reason}
			if r.Flagged() {
				r.Status, r.PauseReason, r.LastError, r.Flag = reconnect.StatusActive, "", "", reconnect.Flag{}
			} else { // every flagged mailbox was cleared: flag it again
				f := fleetRecord(i)
				f.Version = r.Version
				r, ev.Kind, ev.Reason = f, reconnect.EventFlagged, classify.ReasonProviderBlock
			}
			stored, err := s.Put(ctx, r, ev)
			if err != nil {
				b.Fatal(err)
			}
			latest[i] = stored
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "clears/s")
	})
}
