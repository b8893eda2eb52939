package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver

	"github.com/mailreconnect/sdk/reconnect"
)

// Dialect names the SQL flavour of a database.
type Dialect string

// Dialects.
const (
	SQLite   Dialect = "sqlite"   // SQLite 3.35 or later (modernc.org/sqlite)
	Postgres Dialect = "postgres" // PostgreSQL 12 or later (pgx's stdlib driver)
)

// Valid reports whether d is a known dialect.
func (d Dialect) Valid() bool { return d == SQLite || d == Postgres }

// DefaultBusyTimeout is how long a SQLite statement waits for another
// connection's write lock before failing.
const DefaultBusyTimeout = 10 * time.Second

// Options configures Open. The zero Options (or nil) gives the defaults.
type Options struct {
	// Dialect of the database. If "", it follows from the driver name: "sqlite"
	// is SQLite; "pgx", "pgx/v5" and "postgres" are PostgreSQL.
	Dialect Dialect
	// BusyTimeout is SQLite's busy timeout. If 0, DefaultBusyTimeout.
	BusyTimeout time.Duration
	// MaxOpenConns bounds a PostgreSQL pool. If 0, database/sql's default (no
	// limit). SQLite always uses one connection.
	MaxOpenConns int
}

// Store is a reconnect.Store and a reconnect.Leaser over a SQL database. A Store
// is safe for concurrent use by multiple goroutines, and several Stores, in one
// process or many, may share one database.
type Store struct {
	db      *sql.DB
	dialect Dialect
	owned   bool // Close closes db
	q       queries
}

var (
	_ reconnect.Store  = (*Store)(nil)
	_ reconnect.Leaser = (*Store)(nil)
)

// OpenSQLite opens the SQLite database file at path, creating it if needed,
// in WAL mode with the default busy timeout, and migrates it.
func OpenSQLite(ctx context.Context, path string) (*Store, error) {
	return Open(ctx, "sqlite", path, nil)
}

// OpenPostgres connects to the PostgreSQL database dsn names (a URL or
// key=value pairs, as pgx accepts) and migrates it.
func OpenPostgres(ctx context.Context, dsn string) (*Store, error) {
	return Open(ctx, "pgx", dsn, nil)
}

// Open opens a database with the named database/sql driver and migrates it.
// opts may be nil. For SQLite, dsn is a file path (or a file: URI) to which
// Open adds the busy timeout, WAL mode and immediate transactions unless dsn
// sets them.
func Open(ctx context.Context, driverName, dsn string, opts *Options) (*Store, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	d := o.Dialect
	if d == "" {
		switch driverName {
		case "sqlite":
			d = SQLite
		case "pgx", "pgx/v5", "postgres":
			d = Postgres
		default:
			return nil, fmt.Errorf("sqlstore: unknown dialect of driver %q: set Options.Dialect", driverName)
		}
	}
	if !d.Valid() {
		return nil, fmt.Errorf("sqlstore: unknown dialect %q", d)
	}
	if d == SQLite {
		dsn = sqliteDSN(dsn, o.BusyTimeout)
	}
	db, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: open: %w", err)
	}
	if o.MaxOpenConns > 0 {
		db.SetMaxOpenConns(o.MaxOpenConns)
	}
	s, err := New(ctx, db, d)
	if err != nil {
		db.Close()
		return nil, err
	}
	s.owned = true
	return s, nil
}

// New returns a Store over db, an open database of dialect d, after migrating
// it. For SQLite it limits db to one connection (SQLite has one writer at a
// time; one connection queues the store's writes instead of failing them);
// open the database with write transactions that begin IMMEDIATE and a busy
// timeout (Open does) when several processes share the file. Close does not
// close db.
func New(ctx context.Context, db *sql.DB, d Dialect) (*Store, error) {
	if !d.Valid() {
		return nil, fmt.Errorf("sqlstore: unknown dialect %q", d)
	}
	if d == SQLite {
		db.SetMaxOpenConns(1)
	}
	s := &Store{db: db, dialect: d, q: buildQueries(d)}
	if err := s.migrate(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// Close closes the database if Open opened it.
func (s *Store) Close() error {
	if !s.owned {
		return nil
	}
	return s.db.Close()
}

// DB returns the underlying database, for queries of the application's own
// (reports on the mailboxes table, say).
func (s *Store) DB() *sql.DB { return s.db }

// Dialect returns the store's dialect.
func (s *Store) Dialect() Dialect { return s.dialect }

// sqliteDSN adds the settings the store needs to a SQLite DSN, keeping those
// it already has.
func sqliteDSN(dsn string, busy time.Duration) string {
	if busy <= 0 {
		busy = DefaultBusyTimeout
	}
	path, query, _ := strings.Cut(dsn, "?")
	q, err := url.ParseQuery(query)
	if err != nil {
		return dsn // let the driver report it
	}
	has := func(pragma string) bool {
		for _, p := range q["_pragma"] {
			if strings.HasPrefix(strings.ToLower(strings.TrimSpace(p)), pragma) {
				return true
			}
		}
		return false
	}
	if !has("busy_timeout") && q.Get("_busy_timeout") == "" && q.Get("_timeout") == "" {
		q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busy.Milliseconds()))
	}
	if !has("journal_mode") && q.Get("_journal_mode") == "" && q.Get("_journal") == "" {
		q.Add("_pragma", "journal_mode(WAL)")
	}
	if q.Get("_txlock") == "" {
		q.Set("_txlock", "immediate")
	}
	return path + "?" + q.Encode()
}

// wrap prefixes a database error, keeping it for errors.Is and errors.As.
func wrap(op string, err error) error {
	if err == nil || errors.Is(err, reconnect.ErrNotFound) || errors.Is(err, reconnect.ErrConflict) {
		return err
	}
	return fmt.Errorf("sqlstore: %s: %w", op, err)
}
