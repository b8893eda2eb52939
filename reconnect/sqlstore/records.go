package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/mailreconnect/sdk/reconnect"
)

// Get returns the record of mailbox id, or reconnect.ErrNotFound.
func (s *Store) Get(ctx context.Context, id string) (reconnect.Record, error) {
	if err := reconnect.ValidateID(id); err != nil {
		return reconnect.Record{}, err
	}
	r, err := scanRecord(s.db.QueryRowContext(ctx, s.q.get, id))
	if errors.Is(err, sql.ErrNoRows) {
		return reconnect.Record{}, reconnect.ErrNotFound
	}
	if err != nil {
		return reconnect.Record{}, wrap("get", err)
	}
	return r, nil
}

// Put creates rec (when rec.Version is 0) or replaces it if the stored version
// is still rec.Version, and appends events to its history, in one
// transaction. It returns reconnect.ErrConflict when the record exists (on
// create) or changed since it was read, and reconnect.ErrNotFound when it is
// gone; then nothing is written.
func (s *Store) Put(ctx context.Context, rec reconnect.Record, events ...reconnect.Event) (reconnect.Record, error) {
	if err := ctx.Err(); err != nil {
		return reconnect.Record{}, err
	}
	if err := reconnect.ValidateRecord(rec); err != nil {
		return reconnect.Record{}, err
	}
	row, err := encodeRecord(rec)
	if err != nil {
		return reconnect.Record{}, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return reconnect.Record{}, wrap("put", err)
	}
	defer tx.Rollback()
	if rec.Version == 0 {
		row.args[3] = int64(1)
		res, err := tx.ExecContext(ctx, s.q.insert, row.args...)
		if err != nil {
			return reconnect.Record{}, wrap("put: insert", err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return reconnect.Record{}, firstErr(wrap("put: insert", err), reconnect.ErrConflict)
		}
	} else {
		res, err := tx.ExecContext(ctx, s.q.update, append(row.args, row.leasable)...)
		if err != nil {
			return reconnect.Record{}, wrap("put: update", err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return reconnect.Record{}, wrap("put: update", err)
		}
		if n == 0 { // gone, or a stale version
			var one int
			err := tx.QueryRowContext(ctx, s.q.exists, rec.ID).Scan(&one)
			switch {
			case errors.Is(err, sql.ErrNoRows):
				return reconnect.Record{}, reconnect.ErrNotFound
			case err != nil:
				return reconnect.Record{}, wrap("put", err)
			}
			return reconnect.Record{}, reconnect.ErrConflict
		}
	}
	if err := s.appendEvents(ctx, tx, rec.ID, events); err != nil {
		return reconnect.Record{}, err
	}
	if err := tx.Commit(); err != nil {
		return reconnect.Record{}, wrap("put: commit", err)
	}
	rec.Version++
	rec.TempAuth = append(rec.TempAuth[:0:0], rec.TempAuth...)
	return rec, nil
}

// appendEvents inserts events after the last of mailbox id's history. The
// caller's transaction holds the mailbox row, so no other Put appends at once.
func (s *Store) appendEvents(ctx context.Context, tx *sql.Tx, id string, events []reconnect.Event) error {
	if len(events) == 0 {
		return nil
	}
	var seq int64
	if err := tx.QueryRowContext(ctx, s.q.maxSeq, id).Scan(&seq); err != nil {
		return wrap("put: history", err)
	}
	const batch = 100
	for len(events) > 0 {
		n := min(len(events), batch)
		var b strings.Builder
		b.WriteString(`INSERT INTO ` + s.q.table("events") + ` (mailbox_id, seq, at, kind, payload) VALUES `)
		args := make([]any, 0, 5*n)
		for i, e := range events[:n] {
			payload, err := encodeEvent(e)
			if err != nil {
				return err
			}
			seq++
			args = append(args, id, seq, formatTime(e.At), storeText(string(e.Kind)), payload)
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("(")
			for j := 1; j <= 5; j++ {
				if j > 1 {
					b.WriteString(", ")
				}
				b.WriteString(s.q.placeholder(5*i + j))
			}
			b.WriteString(")")
		}
		if _, err := tx.ExecContext(ctx, b.String(), args...); err != nil {
			return wrap("put: history", err)
		}
		events = events[n:]
	}
	return nil
}

// History returns the events of mailbox id, oldest first (those of a mailbox
// deleted with its history kept too), or reconnect.ErrNotFound.
func (s *Store) History(ctx context.Context, id string) ([]reconnect.Event, error) {
	if err := reconnect.ValidateID(id); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, s.q.history, id)
	if err != nil {
		return nil, wrap("history", err)
	}
	defer rows.Close()
	var out []reconnect.Event
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, wrap("history", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap("history", err)
	}
	rows.Close()
	if len(out) == 0 {
		var one int
		err := s.db.QueryRowContext(ctx, s.q.exists, id).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, reconnect.ErrNotFound
		}
		if err != nil {
			return nil, wrap("history", err)
		}
		out = []reconnect.Event{} // a mailbox with no history yet, as memstore says it
	}
	return out, nil
}

// Delete removes the record of mailbox id and, unless keepHistory, its
// events, in one transaction; see reconnect.Deleter.
func (s *Store) Delete(ctx context.Context, id string, keepHistory bool) error {
	if err := reconnect.ValidateID(id); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return wrap("delete", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, s.q.deleteRecord, id)
	if err != nil {
		return wrap("delete", err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return firstErr(wrap("delete", err), reconnect.ErrNotFound)
	}
	if !keepHistory {
		if _, err := tx.ExecContext(ctx, s.q.deleteHistory, id); err != nil {
			return wrap("delete: history", err)
		}
	}
	return wrap("delete: commit", tx.Commit())
}

// List returns the records matching f, ordered by ID. Listing one
// workspace's mailboxes that need reconnecting reads only the partial index of
// those mailboxes.
func (s *Store) List(ctx context.Context, f reconnect.Filter) ([]reconnect.Record, error) {
	where, args := s.where(f, true)
	query := `SELECT ` + recordColumns + ` FROM ` + s.q.table("mailboxes") + where + ` ORDER BY id`
	if f.Limit > 0 {
		args = append(args, f.Limit)
		query += ` LIMIT ` + s.q.placeholder(len(args))
	}
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, wrap("list", err)
	}
	defer rows.Close()
	var out []reconnect.Record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, wrap("list", err)
		}
		out = append(out, r)
	}
	return out, wrap("list", rows.Err())
}

// Count returns how many records match f (Limit and After are ignored).
func (s *Store) Count(ctx context.Context, f reconnect.Filter) (int, error) {
	where, args := s.where(f, false)
	var n int64
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+s.q.table("mailboxes")+where, args...).Scan(&n); err != nil {
		return 0, wrap("count", err)
	}
	return int(n), nil
}

// where builds the WHERE clause of f. The needs_reconnect and leasable
// conditions are written literally (never as parameters) so the planners
// match them to the partial indexes.
func (s *Store) where(f reconnect.Filter, after bool) (string, []any) {
	var conds []string
	var args []any
	if f.Workspace != "" {
		args = append(args, f.Workspace)
		conds = append(conds, `workspace = `+s.q.placeholder(len(args)))
	}
	if f.NeedsReconnect {
		conds = append(conds, `needs_reconnect`)
	}
	if f.Leasable {
		conds = append(conds, leasable)
	}
	if after && f.After != "" {
		args = append(args, f.After)
		conds = append(conds, `id > `+s.q.placeholder(len(args)))
	}
	if len(conds) == 0 {
		return "", nil
	}
	return ` WHERE ` + strings.Join(conds, ` AND `), args
}

// RecomputeNeeds recomputes the needs_reconnect column of every mailbox with
// the reconnect.NeedsReconnect linked into this program, and returns how many
// rows changed. Writes keep the column current; run this once after upgrading
// the reconnect package to a version whose rules or classifier changed. Rows
// are read in pages and each is updated only if its version is unchanged
// (a concurrent Put computes the column itself), so it is safe while the
// application runs.
func (s *Store) RecomputeNeeds(ctx context.Context) (int, error) {
	const page = 1000
	changed, after := 0, ""
	for {
		type fix struct {
			id      string
			version int64
			needs   bool
		}
		var fixes []fix
		rows, err := s.db.QueryContext(ctx, s.q.recomputeScan, after, page)
		if err != nil {
			return changed, wrap("recompute", err)
		}
		n := 0
		for rows.Next() {
			var stored bool
			r, err := scanRecord(scanFunc(func(dest ...any) error { return rows.Scan(append(dest, &stored)...) }))
			if err != nil {
				rows.Close()
				return changed, wrap("recompute", err)
			}
			n, after = n+1, r.ID
			if needs := r.NeedsReconnect(); needs != stored {
				fixes = append(fixes, fix{r.ID, r.Version, needs})
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return changed, wrap("recompute", err)
		}
		for _, f := range fixes {
			res, err := s.db.ExecContext(ctx, s.q.recomputeSet, f.id, f.version, f.needs)
			if err != nil {
				return changed, wrap("recompute", err)
			}
			if k, _ := res.RowsAffected(); k > 0 {
				changed++
			}
		}
		if n < page {
			return changed, nil
		}
	}
}

// scanFunc adapts a function to scanner.
type scanFunc func(dest ...any) error

func (f scanFunc) Scan(dest ...any) error { return f(dest...) }

// firstErr returns the first non-nil error.
func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
