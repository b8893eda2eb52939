package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/mailreconnect/sdk/reconnect"
)

// Dialect names the SQL flavour of a database.
type Dialect string

// Dialects.
const (
	SQLite   Dialect = "sqlite"   // SQLite 3.35 or later
	Postgres Dialect = "postgres" // PostgreSQL 12 or later
)

// Valid reports whether d is a known dialect.
func (d Dialect) Valid() bool { return d == SQLite || d == Postgres }

// Defaults of Options.
const (
	// DefaultPrefix starts the name of every table and index the store
	// creates: mailreconnect_mailboxes, mailreconnect_events, the incident
	// guard's mailreconnect_incident_fleets, mailreconnect_incident_seen,
	// mailreconnect_incident_fails and mailreconnect_incidents, and
	// mailreconnect_migrations (the applied schema versions).
	DefaultPrefix = "mailreconnect_"
	// DefaultBusyTimeout is how long a SQLite statement waits for another
	// connection's write lock before failing.
	DefaultBusyTimeout = 10 * time.Second
	// DefaultPoolSize is the PostgreSQL pool Open sets up: at most this many
	// connections, all kept idle between uses. It matches recheck.Runner's
	// default of 64 concurrent health checks, each a read and a write, so a
	// busy Runner reuses connections instead of opening and closing them.
	DefaultPoolSize = 64
)

// Options configures Open and New. The zero Options (or nil) gives the
// defaults.
type Options struct {
	// Dialect of the database, for Open. If "", it follows from the driver
	// name: "sqlite" is SQLite; "pgx", "pgx/v5" and "postgres" are PostgreSQL.
	Dialect Dialect
	// Prefix starts the name of every table and index the store creates, so
	// they sit beside the application's own (its own mailboxes table, a
	// golang-migrate schema_migrations table). Lower-case letters, digits and
	// underscores, starting with a letter or an underscore. If "",
	// DefaultPrefix.
	Prefix string
	// Schema is the PostgreSQL schema holding the tables, created if missing.
	// If "", the connection's search_path decides (usually public). SQLite
	// ignores it. Same spelling rules as Prefix.
	Schema string
	// BusyTimeout is SQLite's busy timeout, set by Open. If 0,
	// DefaultBusyTimeout. New also waits up to it for the switch to WAL mode.
	BusyTimeout time.Duration
	// PoolSize is the PostgreSQL pool Open sets up (maximum open and idle
	// connections). If 0, DefaultPoolSize. New leaves a caller's pool alone.
	PoolSize int
}

func (o *Options) withDefaults() Options {
	var out Options
	if o != nil {
		out = *o
	}
	if out.Prefix == "" {
		out.Prefix = DefaultPrefix
	}
	if out.BusyTimeout <= 0 {
		out.BusyTimeout = DefaultBusyTimeout
	}
	if out.PoolSize <= 0 {
		out.PoolSize = DefaultPoolSize
	}
	return out
}

// identifier is what Prefix and Schema may be: names that need no quoting.
var identifier = regexp.MustCompile(`^[a-z_][a-z0-9_]{0,39}$`)

// Store is a reconnect.Store, a reconnect.Deleter, a reconnect.Leaser and a
// reconnect.IncidentStore over a SQL database. A Store is safe for concurrent use by multiple goroutines,
// and several Stores, in one process or many, may share one database.
type Store struct {
	db      *sql.DB
	dialect Dialect
	owned   bool // Close closes db
	o       Options
	q       queries
	iq      incidentQueries
}

var (
	_ reconnect.Store   = (*Store)(nil)
	_ reconnect.Leaser  = (*Store)(nil)
	_ reconnect.Deleter = (*Store)(nil)
)

// OpenSQLite opens the SQLite database file at path with the driver
// registered as "sqlite" (modernc.org/sqlite: import it for its side effect),
// creating the file if needed, and migrates it.
func OpenSQLite(ctx context.Context, path string, opts *Options) (*Store, error) {
	return Open(ctx, "sqlite", path, opts)
}

// OpenPostgres connects to the PostgreSQL database dsn names with the driver
// registered as "pgx" (import github.com/jackc/pgx/v5/stdlib for its side
// effect) and migrates it.
func OpenPostgres(ctx context.Context, dsn string, opts *Options) (*Store, error) {
	return Open(ctx, "pgx", dsn, opts)
}

// Open opens a database with the named database/sql driver, which the program
// registers by importing it (this package imports none), and migrates it.
// opts may be nil. For the "sqlite" driver (modernc.org/sqlite), dsn is a file
// path or a file: URI to which Open adds the busy timeout and immediate write
// transactions unless dsn sets them. For PostgreSQL, Open sizes the pool with
// Options.PoolSize.
func Open(ctx context.Context, driverName, dsn string, opts *Options) (*Store, error) {
	o := opts.withDefaults()
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
	if d == SQLite && driverName == "sqlite" {
		dsn = sqliteDSN(dsn, o.BusyTimeout)
	}
	db, err := sql.Open(driverName, dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: open: %w", err)
	}
	if d == Postgres {
		db.SetMaxOpenConns(o.PoolSize)
		db.SetMaxIdleConns(o.PoolSize)
	}
	o.Dialect = d
	s, err := New(ctx, db, d, &o)
	if err != nil {
		db.Close()
		return nil, err
	}
	s.owned = true
	return s, nil
}

// New returns a Store over db, an open database of dialect d, after migrating
// it. opts may be nil. Any driver works: pass a pool configured your way, for
// example one built on a pgxpool.Pool with pgx's stdlib.OpenDBFromPool.
//
// For SQLite, New limits db to one connection (SQLite has one writer at a
// time; one connection queues the store's writes instead of failing them) and
// switches the file to WAL mode, retrying while another process holds the lock
// for up to Options.BusyTimeout. When several processes share the file, open
// it with a busy timeout and write transactions that begin IMMEDIATE (Open
// does, for modernc.org/sqlite). Close does not close db.
func New(ctx context.Context, db *sql.DB, d Dialect, opts *Options) (*Store, error) {
	if !d.Valid() {
		return nil, fmt.Errorf("sqlstore: unknown dialect %q", d)
	}
	o := opts.withDefaults()
	o.Dialect = d
	if !identifier.MatchString(o.Prefix) {
		return nil, fmt.Errorf("sqlstore: table prefix %q: want lower-case letters, digits and underscores", o.Prefix)
	}
	if o.Schema != "" && !identifier.MatchString(o.Schema) {
		return nil, fmt.Errorf("sqlstore: schema %q: want lower-case letters, digits and underscores", o.Schema)
	}
	if d == SQLite {
		db.SetMaxOpenConns(1)
		if err := walMode(ctx, db, o.BusyTimeout); err != nil {
			return nil, err
		}
	}
	q := buildQueries(d, o)
	s := &Store{db: db, dialect: d, o: o, q: q, iq: buildIncidentQueries(q)}
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

// Table returns the name of one of the store's tables as queries must write
// it, schema included: Table("mailboxes") is "mailreconnect_mailboxes" with the
// default Options. The tables are "mailboxes", "events", "incident_fleets",
// "incident_seen", "incident_fails", "incidents" and "migrations".
func (s *Store) Table(name string) string { return s.q.table(name) }

// sqliteDSN adds the settings the store needs to a modernc.org/sqlite DSN,
// keeping those it already has. WAL mode is not among them: New switches it
// once, under a retry loop (the switch needs an exclusive lock that the busy
// timeout does not wait for).
func sqliteDSN(dsn string, busy time.Duration) string {
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
	if q.Get("_txlock") == "" {
		q.Set("_txlock", "immediate")
	}
	return path + "?" + q.Encode()
}

// wrap prefixes a database error, keeping it for errors.Is and errors.As.
func wrap(op string, err error) error {
	if err == nil || errors.Is(err, reconnect.ErrNotFound) || errors.Is(err, reconnect.ErrConflict) ||
		errors.Is(err, reconnect.ErrInvalidID) {
		return err
	}
	return fmt.Errorf("sqlstore: %s: %w", op, err)
}
