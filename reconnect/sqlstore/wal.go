package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// walMode switches a SQLite database to write-ahead logging, which lets
// readers work while one connection writes. The switch takes an exclusive
// lock, and SQLite answers SQLITE_BUSY at once when another connection holds
// any lock, without waiting for the busy timeout (see "journal_mode" at
// https://sqlite.org/pragma.html and https://sqlite.org/wal.html#concurrency).
// Several processes opening a new file at once race for it, so walMode retries
// a busy answer, with a growing pause, for up to timeout. An in-memory
// database reports "memory" and stays so.
func walMode(ctx context.Context, db *sql.DB, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	pause := time.Millisecond
	for {
		var mode string
		err := db.QueryRowContext(ctx, `PRAGMA journal_mode=WAL`).Scan(&mode)
		if err == nil {
			if mode = strings.ToLower(mode); mode != "wal" && mode != "memory" {
				return fmt.Errorf("sqlstore: SQLite stayed in journal mode %q, want wal", mode)
			}
			return nil
		}
		if !sqliteBusy(err) {
			return wrap("journal mode", err)
		}
		t := time.NewTimer(pause)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("sqlstore: switching to WAL mode: still locked after %v: %w", timeout, err)
		case <-t.C:
		}
		pause = min(2*pause, 50*time.Millisecond)
	}
}

// sqliteBusy reports whether err is SQLITE_BUSY or SQLITE_LOCKED (primary
// result codes 5 and 6, https://sqlite.org/rescode.html), read from a Code
// method (modernc.org/sqlite's *Error has one) or, for other drivers, from
// the message SQLite gives those codes.
func sqliteBusy(err error) bool {
	var coded interface{ Code() int }
	if errors.As(err, &coded) {
		c := coded.Code() & 0xff
		return c == 5 || c == 6
	}
	msg := err.Error()
	return strings.Contains(msg, "SQLITE_BUSY") || strings.Contains(msg, "database is locked") ||
		strings.Contains(msg, "SQLITE_LOCKED") || strings.Contains(msg, "database table is locked")
}
