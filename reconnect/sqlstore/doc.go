// Package sqlstore is a reconnect.Store on database/sql, for SQLite and
// PostgreSQL, so mailbox state survives restarts and several application
// instances can share it.
//
// # Drivers
//
// The package imports no database driver: the program links the one it
// chooses, and nothing else. For SQLite, import modernc.org/sqlite (pure Go,
// registered as "sqlite"); for PostgreSQL, github.com/jackc/pgx/v5/stdlib
// (registered as "pgx"), each for its side effect:
//
//	import _ "modernc.org/sqlite"
//
//	store, err := sqlstore.OpenSQLite(ctx, "/var/lib/app/reconnect.db", nil)
//
// # Opening
//
// [OpenSQLite] opens (or creates) a database file; [OpenPostgres] connects to
// a server, with a pool of [DefaultPoolSize] connections kept open between
// uses; [Open] takes a driver name and a DSN; [New] adopts a *sql.DB the
// application configured, from any driver (a pgxpool.Pool through pgx's
// stdlib.OpenDBFromPool, say). Each applies the schema migrations shipped in
// the package before returning: they are versioned in the store's own
// migrations table, applied in one transaction, and safe to run from several
// processes at once (PostgreSQL serialises them with an advisory lock, SQLite
// with its write lock). A database a newer version of the package migrated is
// refused, with both versions in the error.
//
// # Tables beside the application's
//
// Every table and index name starts with [Options].Prefix, by default
// [DefaultPrefix] ("mailreconnect_"): mailreconnect_mailboxes,
// mailreconnect_events, the incident guard's four tables (below) and
// mailreconnect_migrations, so an application's own mailboxes table or
// golang-migrate's schema_migrations table is left alone.
// On PostgreSQL, [Options].Schema puts them in a schema of their own.
// [Store.Table] gives a table's full name for the application's own queries.
//
// # Text and identifiers
//
// Mailbox IDs and workspaces are checked with reconnect.ValidateID and
// reconnect.ValidateWorkspace (at most reconnect.MaxIDLen bytes of UTF-8
// without NUL), as every store does. Any other text (a provider's reply in
// Latin-1, a NUL byte, an opaque inbox-sync cursor) is stored byte for byte
// on both engines: a string that is valid UTF-8, holds no NUL and does not
// begin with ESC (U+001B) is stored as itself; any other is stored as ESC
// followed by its Go-quoted form (strconv.Quote), in columns and in JSON
// alike, and read back exactly.
//
// # Schema
//
// One row of the mailboxes table per reconnect.Record: the Mailbox fields as
// columns, the flag, holds, suspect verdict and temp_auth times as JSON, the
// optimistic-concurrency version, and a needs_reconnect column that holds
// reconnect.NeedsReconnect computed in Go when the row is written. Partial
// indexes on the rows needing reconnection make listing and counting one
// workspace's flagged mailboxes cost what the answer costs, not what the
// table does. Events go to the append-only events table, keyed by (mailbox_id,
// seq). Times are stored as fixed-width UTC RFC 3339 text with nanoseconds, so
// a record reads back exactly as it was written. needs_reconnect is computed
// by the reconnect package linked into the writer; after upgrading it to a
// version whose rules changed, run [Store.RecomputeNeeds].
//
// # Concurrency
//
// Put is one transaction: an UPDATE guarded by the version (or an INSERT that
// does nothing if the ID exists) and the appended events, so a stale write
// returns reconnect.ErrConflict and appends nothing. On SQLite the store uses
// one connection, WAL and a busy timeout, and opens write transactions with
// BEGIN IMMEDIATE, so several Stores (or processes) on one file wait for each
// other instead of failing.
//
// # Deleting
//
// *Store implements reconnect.Deleter: Delete removes a mailbox's row and,
// unless asked to keep it, its events, in one transaction.
//
// # Leases
//
// *Store implements reconnect.Leaser, so several recheck.Runner instances (each
// with its own Holder) share the health checks of the flagged and suspect
// mailboxes: a lease is a holder name and an expiry in the mailbox row. Claim renews the holder's leases and takes free
// or expired ones (with SELECT ... FOR UPDATE SKIP LOCKED on PostgreSQL, in a
// write transaction on SQLite); a crashed instance's leases expire and are
// taken over. Times always come from the caller: the store never reads a
// clock, its own or the database's.
//
// # Provider incidents
//
// *Store implements reconnect.IncidentStore, so the Machines of every
// instance sharing the database count one set of reports for the provider
// incident guard: a threshold of 10 workspaces trips at the 10th failing
// customer however the reports are spread over instances, not at the 10th
// seen by one of them. A fleet (a provider, or the SMTP host of custom
// mailboxes) has a row in incident_fleets; incident_seen keeps each
// workspace's last report in the fleet, incident_fails its last failure per
// classifier rule, and incidents the open incidents. ObserveIncident is one
// transaction that first writes the fleet's row, which locks it (on
// PostgreSQL the row lock, taken at READ COMMITTED whatever the server's
// default; on SQLite the write lock), so the observations of one fleet run
// one after the other and each counts every one before it. In that
// transaction it closes the fleet's incidents whose rule had no failure for a
// whole window, deletes the fleet's reports and failures older than the
// window, records the report and counts distinct workspaces. OpenIncident is
// one INSERT that does nothing when the incident is open, so it opens once
// whichever instance asks first. The window's cutoff is the caller's report
// time minus the caller's window: as everywhere, the store reads no clock. A
// fleet's old rows are deleted when the fleet next reports, so the tables hold
// about a window's reports per fleet (a fleet that stopped reporting keeps its
// last window's rows).
package sqlstore
