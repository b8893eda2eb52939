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
// while migrating; the second is the hash of the migrations table's name.
const advisoryLockClass = 0x6d72 // "mr"

// migrations returns the dialect's migrations in version order. Their SQL
// names tables {t}name and indexes {i}name; the store's queries fill those in.
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

// migrate applies the migrations the database lacks, in one transaction, and
// refuses a database a newer version of the package migrated. Concurrent
// calls (several processes starting at once) are serialised: on PostgreSQL by
// an advisory lock on the migrations table's name, on SQLite by the write lock
// that BEGIN IMMEDIATE takes.
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
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1, hashtext($2))`, advisoryLockClass, s.q.table("migrations")); err != nil {
			return wrap("migrate: lock", err)
		}
		if s.o.Schema != "" {
			if _, err := tx.ExecContext(ctx, `CREATE SCHEMA IF NOT EXISTS `+s.o.Schema); err != nil {
				return wrap("migrate: schema", err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, s.q.fill(`CREATE TABLE IF NOT EXISTS {t}migrations (
	version INTEGER PRIMARY KEY,
	name    TEXT NOT NULL
)`)); err != nil {
		return wrap("migrate: migrations table", err)
	}
	applied, err := s.appliedVersions(ctx, tx)
	if err != nil {
		return err
	}
	newest := 0
	for v := range applied {
		newest = max(newest, v)
	}
	if newest > len(ms) {
		return fmt.Errorf("sqlstore: the database's schema is at version %d, newer than version %d of this package: upgrade github.com/mailreconnect/sdk", newest, len(ms))
	}
	for _, m := range ms {
		if applied[m.version] {
			continue
		}
		if _, err := tx.ExecContext(ctx, s.q.fill(m.sql)); err != nil {
			return wrap(fmt.Sprintf("migrate: %04d_%s", m.version, m.name), err)
		}
		if _, err := tx.ExecContext(ctx, s.q.fill(`INSERT INTO {t}migrations (version, name) VALUES ($1, $2)`), m.version, m.name); err != nil {
			return wrap("migrate: record version", err)
		}
	}
	return wrap("migrate: commit", tx.Commit())
}

func (s *Store) appliedVersions(ctx context.Context, tx *sql.Tx) (map[int]bool, error) {
	rows, err := tx.QueryContext(ctx, s.q.fill(`SELECT version FROM {t}migrations`))
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
