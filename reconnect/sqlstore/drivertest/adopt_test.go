package drivertest

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
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
			var drop []string
			for _, name := range storeTables {
				drop = append(drop, `DROP TABLE `+first.Table(name))
			}
			for _, q := range append(drop,
				`CREATE TABLE mailboxes (id INTEGER PRIMARY KEY, owner TEXT NOT NULL)`,
				`INSERT INTO mailboxes (id, owner) VALUES (7, 'the application')`,
				`CREATE TABLE schema_migrations (version BIGINT NOT NULL PRIMARY KEY, dirty BOOLEAN NOT NULL)`,
				`INSERT INTO schema_migrations (version, dirty) VALUES (20240101120000, false)`,
			) {
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
			assert.ErrorContains(t, err, "version 6 of this package")
		})
	}
}

// openerEnv makes this test binary a process that opens the SQLite files
// named on its standard input (TestSQLiteOpener).
const openerEnv = "SQLSTORE_TEST_OPEN_SQLITE"

// openerRoundsEnv overrides how many rounds
// TestNewSQLiteFileOpenedByManyProcessesAtOnce runs.
const openerRoundsEnv = "SQLSTORE_TEST_OPENER_ROUNDS"

// TestNewSQLiteFileOpenedByManyProcessesAtOnce: eight processes open one new
// file at the same moment and write to it at once, round after round. None
// fails: the switch to WAL mode, which SQLite refuses with SQLITE_BUSY while
// another connection holds a lock (the busy timeout does not cover it), is
// retried.
//
// The processes start once and wait on their standard input; each round the
// parent sends every one of them the new file's path together, and waits for
// every answer before the next round, so the openings overlap instead of being
// spread over the processes' start-up times. The store before the retry
// (journal_mode(WAL) in the DSN, no retry) failed this test in 4 runs of 4,
// at rounds 13 to 41, with SQLITE_BUSY from its migration; a harness with that
// DSN saw 15 of 300 rounds fail with 8 processes and 12 of 200 with 16, so 100
// rounds catch it about 99 times in 100.
func TestNewSQLiteFileOpenedByManyProcessesAtOnce(t *testing.T) {
	if os.Getenv(openerEnv) != "" {
		t.Skip("child process")
	}
	const procs = 8
	rounds := 100
	if testing.Short() {
		rounds = 25
	}
	if v := os.Getenv(openerRoundsEnv); v != "" {
		var err error
		rounds, err = strconv.Atoi(v)
		require.NoError(t, err, openerRoundsEnv)
	}
	paths := make([]io.WriteCloser, procs)
	answers := make([]*bufio.Reader, procs)
	for i := range paths {
		c := exec.Command(os.Args[0], "-test.run", "^TestSQLiteOpener$", "-test.count=1")
		c.Env = append(os.Environ(), openerEnv+"=1", "SQLSTORE_TEST_OPENER_ID="+fmt.Sprint(i))
		var stderr bytes.Buffer
		c.Stderr = &stderr
		var err error
		paths[i], err = c.StdinPipe()
		require.NoError(t, err)
		out, err := c.StdoutPipe()
		require.NoError(t, err)
		answers[i] = bufio.NewReader(out)
		require.NoError(t, c.Start())
		t.Cleanup(func() {
			paths[i].Close()
			if err := c.Wait(); err != nil {
				t.Errorf("process %d: %v\n%s", i, err, stderr.String())
			}
		})
	}
	dir := t.TempDir()
	for round := 0; round < rounds; round++ {
		path := filepath.Join(dir, fmt.Sprintf("round%03d.db", round))
		for _, p := range paths {
			_, err := io.WriteString(p, path+"\n")
			require.NoError(t, err)
		}
		for i, a := range answers { // the sync point: every process is done
			line, err := a.ReadString('\n')
			require.NoError(t, err, "round %d, process %d", round, i)
			require.Equal(t, "ok\n", line, "round %d, process %d", round, i)
		}
		var mode string
		s, err := sqlstore.OpenSQLite(ctx, path, nil)
		require.NoError(t, err)
		require.NoError(t, s.DB().QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode))
		n, err := s.Count(ctx, reconnect.Filter{})
		s.Close()
		require.NoError(t, err)
		require.Equal(t, "wal", mode)
		require.Equal(t, procs, n, "round %d", round)
	}
}

// TestSQLiteOpener is a child of TestNewSQLiteFileOpenedByManyProcessesAtOnce:
// for each path on its standard input it opens the file, stores one mailbox,
// closes the store and answers "ok" or the error on one line.
func TestSQLiteOpener(t *testing.T) {
	if os.Getenv(openerEnv) == "" {
		t.Skip("run by TestNewSQLiteFileOpenedByManyProcessesAtOnce")
	}
	paths := bufio.NewScanner(os.Stdin)
	for paths.Scan() {
		s, err := sqlstore.OpenSQLite(ctx, paths.Text(), nil)
		if err == nil {
			_, err = s.Put(ctx, rec("m"+os.Getenv("SQLSTORE_TEST_OPENER_ID"), "w1"))
			err = firstErr(err, s.Close())
		}
		if err != nil {
			fmt.Println(strings.ReplaceAll(err.Error(), "\n", " "))
		} else {
			fmt.Println("ok")
		}
	}
	require.NoError(t, paths.Err())
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
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
