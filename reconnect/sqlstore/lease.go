package sqlstore

import (
	"context"
	"errors"
	"time"

	"github.com/mailreconnect/sdk/reconnect"
)

// Claim implements reconnect.Leaser. In one transaction it renews every lease
// holder has until now+ttl, takes up to limit leases of leasable mailboxes
// (reconnect.Record.Leasable: flagged by the Machine and needing reconnection,
// or suspect) whose lease is free or expired before now (oldest expiry first;
// on PostgreSQL rows another instance is claiming at the same moment are
// skipped, not waited for), and returns the records of every mailbox holder
// leases, ordered by ID. now comes from the caller's clock: the store reads
// none.
//
// A lease ends when holder releases it, when it expires, or when a Put leaves
// the mailbox not leasable.
func (s *Store) Claim(ctx context.Context, holder string, now time.Time, ttl time.Duration, limit int) ([]reconnect.Record, error) {
	if holder == "" {
		return nil, errors.New("sqlstore: claim: empty holder")
	}
	if ttl <= 0 {
		return nil, errors.New("sqlstore: claim: lease TTL must be positive")
	}
	until := formatTime(now.Add(ttl))
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, wrap("claim", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, s.q.renew, holder, until); err != nil {
		return nil, wrap("claim: renew", err)
	}
	if limit > 0 {
		if _, err := tx.ExecContext(ctx, s.q.take, holder, until, formatTime(now), limit); err != nil {
			return nil, wrap("claim: take", err)
		}
	}
	rows, err := tx.QueryContext(ctx, s.q.held, holder)
	if err != nil {
		return nil, wrap("claim", err)
	}
	defer rows.Close()
	var out []reconnect.Record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, wrap("claim", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap("claim", err)
	}
	rows.Close()
	return out, wrap("claim: commit", tx.Commit())
}

// Release implements reconnect.Leaser: it gives up holder's lease on mailbox id.
// Releasing a lease holder does not have is a no-op.
func (s *Store) Release(ctx context.Context, holder, id string) error {
	_, err := s.db.ExecContext(ctx, s.q.release, id, holder)
	return wrap("release", err)
}
