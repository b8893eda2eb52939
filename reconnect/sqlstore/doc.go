// Package sqlstore is a reconnect.Store on database/sql, for SQLite (embedded,
// through the pure-Go modernc.org/sqlite driver) and PostgreSQL (through
// pgx's stdlib driver), so mailbox state survives restarts and several
// application instances can share it.
//
// # Opening
//
// [OpenSQLite] opens (or creates) a database file; [OpenPostgres] connects to
// a server; [Open] takes a driver name ("sqlite" or "pgx") and a DSN; [New]
// adopts an existing *sql.DB. Each applies the schema migrations shipped in the
// package before returning: they are versioned in the schema_migrations table,
// applied in one transaction, and safe to run from several processes at once
// (PostgreSQL serialises them with an advisory lock, SQLite with its write
// lock).
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
// # Leases
//
// *Store implements reconnect.Leaser, so several recheck.Runner instances (each
// with its own Holder) share
// the health checks of the flagged mailboxes: a lease is a holder name and an
// expiry in the mailbox row. Claim renews the holder's leases and takes free
// or expired ones (with SELECT ... FOR UPDATE SKIP LOCKED on PostgreSQL, in a
// write transaction on SQLite); a crashed instance's leases expire and are
// taken over. Times always come from the caller: the store never reads a
// clock, its own or the database's.
package sqlstore
