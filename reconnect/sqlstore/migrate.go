package sqlstore

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/sqlite/*.sql migrations/postgres/*.sql
var migrationFS embed.FS

// migration is one schema change, numbered from 1.
type migration struct {
	version int
	name    string
	sql     string
}

// advisoryLockClass is the first key of the PostgreSQL advisory lock taken
// while migrating; the second is the hash of the schema migrated.
const advisoryLockClass = 0x6d72 // "mr"

// migrations returns the dialect's migrations in version order.
func migrations(d Dialect) ([]migration, error) {
	dir := "migrations/" + string(d)
	entries, err := fs.ReadDir(migrationFS, dir)
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		num, name, ok := strings.Cut(strings.TrimSuffix(e.Name(), ".sql"), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("sqlstore: bad migration file name %s", e.Name())
		}
		b, err := migrationFS.ReadFile(path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: name, sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("sqlstore: migrations of %s skip version %d", d, i+1)
		}
	}
	return out, nil
}

// migrate applies the migrations the database lacks, in one transaction.
// Concurrent calls (several processes starting at once) are serialised: on
// PostgreSQL by an advisory lock on the schema, on SQLite by the write lock
// that BEGIN IMMEDIATE takes. A database newer than the package is left alone.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations(s.dialect)
	if err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return wrap("migrate", err)
	}
	defer tx.Rollback()
	if s.dialect == Postgres {
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))`, advisoryLockClass); err != nil {
			return wrap("migrate: lock", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
	version INTEGER PRIMARY KEY,
	name    TEXT NOT NULL
)`); err != nil {
		return wrap("migrate: schema_migrations", err)
	}
	applied, err := appliedVersions(ctx, tx)
	if err != nil {
		return err
	}
	for _, m := range ms {
		if applied[m.version] {
			continue
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return wrap(fmt.Sprintf("migrate: %04d_%s", m.version, m.name), err)
		}
		if _, err := tx.ExecContext(ctx, s.q.rebind(`INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`), m.version, m.name); err != nil {
			return wrap("migrate: record version", err)
		}
	}
	return wrap("migrate: commit", tx.Commit())
}

func appliedVersions(ctx context.Context, tx *sql.Tx) (map[int]bool, error) {
	rows, err := tx.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return nil, wrap("migrate: read versions", err)
	}
	defer rows.Close()
	out := map[int]bool{}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return nil, wrap("migrate: read versions", err)
		}
		out[v] = true
	}
	return out, wrap("migrate: read versions", rows.Err())
}
