package drivertest

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	"github.com/mailreconnect/sdk/reconnect/sqlstore"
	"github.com/stretchr/testify/require"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// postgresDSNEnv names the environment variable with the DSN of a PostgreSQL
// database the tests may create schemas in. Unset, PostgreSQL is skipped.
const postgresDSNEnv = "MAILRECONNECT_POSTGRES_DSN"

// Store is the store under test.
type Store = sqlstore.Store

// backend makes fresh, empty databases of one dialect.
type backend struct {
	name string
	// fresh creates an empty database, torn down with tb's cleanup, and
	// returns what opens Stores on it.
	fresh func(tb testing.TB) opener
}

// opener opens a new Store on one database.
type opener func() (*Store, error)

// must opens a Store that tb's cleanup closes.
func (o opener) must(tb testing.TB) *Store {
	tb.Helper()
	s, err := o()
	require.NoError(tb, err)
	tb.Cleanup(func() { s.Close() })
	return s
}

// backends returns SQLite, and PostgreSQL when postgresDSNEnv is set. The
// PostgreSQL backend is present but skips when it is unset, so the skip shows
// in the test output.
func backends() []backend {
	return []backend{{"SQLite", freshSQLite}, {"Postgres", freshPostgres}}
}

func freshSQLite(tb testing.TB) opener {
	path := filepath.Join(tb.TempDir(), "reconnect.db")
	return func() (*Store, error) { return sqlstore.OpenSQLite(context.Background(), path, nil) }
}

// freshPostgres creates a schema of its own in the database of
// MAILRECONNECT_POSTGRES_DSN, opens stores with it as their search path, and
// drops it afterwards.
func freshPostgres(tb testing.TB) opener {
	dsn, schema := postgresSchema(tb)
	scoped := withSearchPath(dsn, schema)
	return func() (*Store, error) { return sqlstore.OpenPostgres(context.Background(), scoped, nil) }
}

// postgresSchema creates an empty schema that tb's cleanup drops, and returns
// the DSN of its database and the schema's name. It skips tb when
// MAILRECONNECT_POSTGRES_DSN is unset.
func postgresSchema(tb testing.TB) (dsn, schema string) {
	dsn = os.Getenv(postgresDSNEnv)
	if dsn == "" {
		tb.Skip(postgresDSNEnv + " is not set")
	}
	admin, err := sql.Open("pgx", dsn)
	require.NoError(tb, err)
	schema = fmt.Sprintf("sqlstore_test_%016x", rand.Uint64())
	_, err = admin.Exec(`CREATE SCHEMA ` + schema)
	require.NoError(tb, err)
	tb.Cleanup(func() {
		admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
		admin.Close()
	})
	return dsn, schema
}

// withSearchPath adds a search_path run-time parameter to a pgx DSN, in URL
// or key=value form.
func withSearchPath(dsn, schema string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err == nil {
			q := u.Query()
			q.Set("search_path", schema)
			u.RawQuery = q.Encode()
			return u.String()
		}
	}
	return dsn + " search_path=" + schema
}

// storeTables are the tables a store creates (Store.Table's names).
var storeTables = []string{"mailboxes", "events", "incident_fleets", "incident_seen", "incident_fails", "incidents", "migrations"}

// rebind writes a query's $n placeholders as SQLite's ?n on SQLite, and
// {mailboxes}-style table names as the store names them.
func rebind(s *Store, query string) string {
	for _, t := range storeTables {
		query = strings.ReplaceAll(query, "{"+t+"}", s.Table(t))
	}
	if s.Dialect() == sqlstore.SQLite {
		query = strings.ReplaceAll(query, "$", "?")
	}
	return query
}

// timeLayout is how the store writes times (its documented schema).
const timeLayout = "2006-01-02T15:04:05.000000000Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// explain returns the plan the database picks for query: EXPLAIN (ANALYZE) on
// PostgreSQL, EXPLAIN QUERY PLAN on SQLite.
func explain(ctx context.Context, s *Store, query string, args ...any) (string, error) {
	prefix := "EXPLAIN QUERY PLAN "
	if s.Dialect() == sqlstore.Postgres {
		prefix = "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) "
	}
	rows, err := s.DB().QueryContext(ctx, prefix+rebind(s, query), args...)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return "", err
		}
		// SQLite: id, parent, notused, detail; PostgreSQL: one text column.
		fmt.Fprintf(&b, "%s\n", vals[len(vals)-1])
	}
	return b.String(), rows.Err()
}
