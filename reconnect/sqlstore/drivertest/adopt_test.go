package drivertest

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/sqlstore"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAdoptsBesideTheApplicationsTables: an application that already has a
// mailboxes table of its own and golang-migrate's schema_migrations table
// (version bigint, dirty boolean: golang-migrate's database/postgres and
// database/sqlite drivers create it so) opens the store beside them; its
// tables are left as they were.
func TestAdoptsBesideTheApplicationsTables(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			open := b.fresh(t)
			first := open.must(t) // only to reach the database; its tables are dropped below
			db := first.DB()
			for _, q := range []string{
				`DROP TABLE ` + first.Table("events"), `DROP TABLE ` + first.Table("mailboxes"), `DROP TABLE ` + first.Table("migrations"),
				`CREATE TABLE mailboxes (id INTEGER PRIMARY KEY, owner TEXT NOT NULL)`,
				`INSERT INTO mailboxes (id, owner) VALUES (7, 'the application')`,
				`CREATE TABLE schema_migrations (version BIGINT NOT NULL PRIMARY KEY, dirty BOOLEAN NOT NULL)`,
				`INSERT INTO schema_migrations (version, dirty) VALUES (20240101120000, false)`,
			} {
				_, err := db.ExecContext(ctx, q)
				require.NoError(t, err, q)
			}
			s := open.must(t)
			_, err := s.Put(ctx, rec("a", "w1"))
			require.NoError(t, err)
			got, err := s.Get(ctx, "a")
			require.NoError(t, err)
			assert.Equal(t, "a", got.ID)
			assert.Equal(t, "mailreconnect_mailboxes", sqlstore.DefaultPrefix+"mailboxes")
			assert.Equal(t, sqlstore.DefaultPrefix+"mailboxes", s.Table("mailboxes"))

			var owner string
			require.NoError(t, db.QueryRowContext(ctx, `SELECT owner FROM mailboxes WHERE id = 7`).Scan(&owner))
			assert.Equal(t, "the application", owner)
			var version int64
			var dirty bool
			require.NoError(t, db.QueryRowContext(ctx, `SELECT version, dirty FROM schema_migrations`).Scan(&version, &dirty))
			assert.Equal(t, int64(20240101120000), version)
			assert.False(t, dirty)
		})
	}
}

// TestPrefixAndSchemaOptions: two stores with different prefixes share a
// database without seeing each other's mailboxes; on PostgreSQL a store can
// keep its tables in a schema of its own.
func TestPrefixAndSchemaOptions(t *testing.T) {
	t.Run("SQLite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "app.db")
		a, err := sqlstore.OpenSQLite(ctx, path, &sqlstore.Options{Prefix: "tenant_a_"})
		require.NoError(t, err)
		defer a.Close()
		bb, err := sqlstore.OpenSQLite(ctx, path, &sqlstore.Options{Prefix: "tenant_b_"})
		require.NoError(t, err)
		defer bb.Close()
		_, err = a.Put(ctx, rec("m1", "w1"))
		require.NoError(t, err)
		n, err := bb.Count(ctx, reconnect.Filter{})
		require.NoError(t, err)
		assert.Zero(t, n)
		assert.Equal(t, "tenant_b_events", bb.Table("events"))
	})
	t.Run("Postgres", func(t *testing.T) {
		dsn, schema := postgresSchema(t)
		own := schema + "_own"
		s, err := sqlstore.OpenPostgres(ctx, withSearchPath(dsn, schema), &sqlstore.Options{Schema: own})
		require.NoError(t, err)
		defer s.Close()
		defer s.DB().Exec(`DROP SCHEMA ` + own + ` CASCADE`)
		_, err = s.Put(ctx, rec("m1", "w1"))
		require.NoError(t, err)
		assert.Equal(t, own+".mailreconnect_mailboxes", s.Table("mailboxes"))
		var n int
		require.NoError(t, s.DB().QueryRowContext(ctx, `SELECT COUNT(*) FROM `+own+`.mailreconnect_mailboxes`).Scan(&n))
		assert.Equal(t, 1, n)
		require.NoError(t, s.DB().QueryRowContext(ctx,
			`SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = $1`, schema).Scan(&n))
		assert.Zero(t, n, "nothing was created in the search path's schema")
	})
	_, err := sqlstore.New(ctx, &sql.DB{}, sqlstore.SQLite, &sqlstore.Options{Prefix: "Bad-Prefix"})
	assert.ErrorContains(t, err, "sqlstore: table prefix")
}

// TestNewerSchemaIsRefusedAtOpen: a database a newer version of the package
// migrated (version 99 recorded) is refused when opened, naming both
// versions, instead of failing later at Put.
func TestNewerSchemaIsRefusedAtOpen(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			open := b.fresh(t)
			s := open.must(t)
			_, err := s.DB().ExecContext(ctx, rebind(s, `INSERT INTO {migrations} (version, name) VALUES (99, 'from_the_future')`))
			require.NoError(t, err)
			_, err = open()
			require.Error(t, err)
			assert.ErrorContains(t, err, "version 99")
			assert.ErrorContains(t, err, "version 2 of this package")
		})
	}
}

// openerEnv makes this test binary a process that opens the SQLite file it
// names, stores one mailbox and exits (TestSQLiteOpener).
const openerEnv = "SQLSTORE_TEST_OPEN_SQLITE"

// TestNewSQLiteFileOpenedByFourProcessesAtOnce: four processes open one new
// file at the same moment, 30 times over. None fails: the switch to WAL mode,
// which SQLite refuses with SQLITE_BUSY while another connection holds a lock
// (the busy timeout does not cover it), is retried.
func TestNewSQLiteFileOpenedByFourProcessesAtOnce(t *testing.T) {
	if os.Getenv(openerEnv) != "" {
		t.Skip("child process")
	}
	dir := t.TempDir()
	for round := 0; round < 30; round++ {
		path := filepath.Join(dir, fmt.Sprintf("round%02d.db", round))
		cmds := make([]*exec.Cmd, 4)
		outs := make([]bytes.Buffer, 4)
		for i := range cmds {
			cmds[i] = exec.Command(os.Args[0], "-test.run", "^TestSQLiteOpener$", "-test.count=1")
			cmds[i].Env = append(os.Environ(), openerEnv+"="+path, "SQLSTORE_TEST_OPENER_ID="+fmt.Sprint(i))
			cmds[i].Stdout, cmds[i].Stderr = &outs[i], &outs[i]
			require.NoError(t, cmds[i].Start())
		}
		for i, c := range cmds {
			require.NoError(t, c.Wait(), "round %d, process %d:\n%s", round, i, outs[i].String())
		}
		var mode string
		s, err := sqlstore.OpenSQLite(ctx, path, nil)
		require.NoError(t, err)
		require.NoError(t, s.DB().QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode))
		n, err := s.Count(ctx, reconnect.Filter{})
		s.Close()
		require.NoError(t, err)
		require.Equal(t, "wal", mode)
		require.Equal(t, 4, n, "round %d", round)
	}
}

// TestSQLiteOpener is the child of TestNewSQLiteFileOpenedByFourProcessesAtOnce.
func TestSQLiteOpener(t *testing.T) {
	path := os.Getenv(openerEnv)
	if path == "" {
		t.Skip("run by TestNewSQLiteFileOpenedByFourProcessesAtOnce")
	}
	s, err := sqlstore.OpenSQLite(ctx, path, nil)
	require.NoError(t, err)
	defer s.Close()
	_, err = s.Put(ctx, rec("m"+os.Getenv("SQLSTORE_TEST_OPENER_ID"), "w1"))
	require.NoError(t, err)
}

// TestPostgresPoolKeepsConnectionsUnderLoad: 32 goroutines reading and
// writing at once (the documented concurrency of health checks) reuse the
// pool Open sets up: no connection is closed for want of an idle slot.
// database/sql's default keeps only 2 idle connections.
func TestPostgresPoolKeepsConnectionsUnderLoad(t *testing.T) {
	s := freshPostgres(t).must(t)
	for i := 0; i < 32; i++ {
		_, err := s.Put(ctx, rec(fmt.Sprintf("m%02d", i), "w1"))
		require.NoError(t, err)
	}
	var wg sync.WaitGroup
	for g := 0; g < 32; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := fmt.Sprintf("m%02d", g)
			for i := 0; i < 30; i++ {
				r, err := s.Get(context.Background(), id)
				if !assert.NoError(t, err) {
					return
				}
				r.LastError = fmt.Sprint("421 4.7.0 try again ", i)
				_, err = s.Put(context.Background(), r)
				if !assert.NoError(t, err) {
					return
				}
			}
		}()
	}
	wg.Wait()
	st := s.DB().Stats()
	assert.Equal(t, sqlstore.DefaultPoolSize, st.MaxOpenConnections)
	assert.Zero(t, st.MaxIdleClosed, "connections closed for want of an idle slot: %+v", st)
}
