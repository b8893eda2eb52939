package memstore

import (
	"context"
	"errors"
	"sort"
	"time"

	"github.com/mailreconnect/sdk/reconnect"
)

// lease is one mailbox's lease: who holds it, and until when (inclusive).
type lease struct {
	holder string
	until  time.Time
}

// leasable reports whether health checks may lease r: the Machine flagged it
// and it still needs reconnecting.
func leasable(r reconnect.Record) bool { return r.Flagged() && r.NeedsReconnect() }

// Claim implements reconnect.Leaser: it renews holder's leases until now+ttl,
// takes up to limit free or expired leases of flagged mailboxes (free ones
// first, then the longest expired, then by ID), and returns the records of
// every mailbox holder leases, ordered by ID.
func (s *Store) Claim(ctx context.Context, holder string, now time.Time, ttl time.Duration, limit int) ([]reconnect.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if holder == "" {
		return nil, errors.New("memstore: claim: empty holder")
	}
	if ttl <= 0 {
		return nil, errors.New("memstore: claim: lease TTL must be positive")
	}
	until := now.Add(ttl)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.leases == nil {
		s.leases = map[string]lease{}
	}
	var free []string
	for id, r := range s.records {
		l, held := s.leases[id]
		switch {
		case held && l.holder == holder:
			s.leases[id] = lease{holder, until}
		case leasable(r) && (!held || l.until.Before(now)):
			free = append(free, id)
		}
	}
	sort.Slice(free, func(i, j int) bool {
		a, b := s.leases[free[i]].until, s.leases[free[j]].until // zero (never leased) sorts first
		if !a.Equal(b) {
			return a.Before(b)
		}
		return free[i] < free[j]
	})
	for i := 0; i < len(free) && i < limit; i++ {
		s.leases[free[i]] = lease{holder, until}
	}
	var out []reconnect.Record
	for id, l := range s.leases {
		if l.holder == holder {
			out = append(out, clone(s.records[id]))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Release implements reconnect.Leaser: it gives up holder's lease on mailbox
// id, if holder has it.
func (s *Store) Release(ctx context.Context, holder, id string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if l, ok := s.leases[id]; ok && l.holder == holder {
		delete(s.leases, id)
	}
	return nil
}
