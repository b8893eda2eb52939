package memstore

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/mailreconnect/sdk/reconnect"
)

// lease is one mailbox's lease: who holds it, and until when (inclusive).
type lease struct {
	holder string
	until  time.Time
}

// leases indexes the leases by mailbox and by holder, so a claim costs in
// proportion to what the holder leases, not to the store.
type leases struct {
	byID     map[string]lease               // mailbox ID -> its lease
	byHolder map[string]map[string]struct{} // holder -> IDs it leases
	leasable map[string]struct{}            // IDs of the records health checks may lease
}

// update follows a Put of record id, which health checks may lease when ok:
// a record no longer leasable loses its lease.
func (ls *leases) update(id string, ok bool) {
	if !ok {
		ls.forget(id)
		return
	}
	if ls.leasable == nil {
		ls.leasable = map[string]struct{}{}
	}
	ls.leasable[id] = struct{}{}
}

// forget drops id's lease and marks it not leasable.
func (ls *leases) forget(id string) {
	delete(ls.leasable, id)
	ls.drop(id)
}

func (ls *leases) set(id, holder string, until time.Time) {
	if ls.byID == nil {
		ls.byID, ls.byHolder = map[string]lease{}, map[string]map[string]struct{}{}
	}
	ls.drop(id)
	ls.byID[id] = lease{holder, until}
	if ls.byHolder[holder] == nil {
		ls.byHolder[holder] = map[string]struct{}{}
	}
	ls.byHolder[holder][id] = struct{}{}
}

// drop ends the lease on id, if any.
func (ls *leases) drop(id string) {
	l, ok := ls.byID[id]
	if !ok {
		return
	}
	delete(ls.byID, id)
	delete(ls.byHolder[l.holder], id)
	if len(ls.byHolder[l.holder]) == 0 {
		delete(ls.byHolder, l.holder)
	}
}

// Claim implements reconnect.Leaser: it renews holder's leases until now+ttl,
// takes up to limit free or expired leases of leasable mailboxes (free ones
// first, then the longest expired, then by ID), and returns the records of
// every mailbox holder leases, ordered by ID. Renewing costs in proportion to
// holder's leases; only taking (limit > 0) looks at the other leasable
// mailboxes (kept as a set by Put, so a claim never re-reads records).
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
	for id := range s.leases.byHolder[holder] {
		s.leases.byID[id] = lease{holder, until}
	}
	if limit > 0 {
		type candidate struct {
			id    string
			until time.Time // zero (never leased) sorts first
		}
		var free []candidate
		for id := range s.leases.leasable {
			if l, held := s.leases.byID[id]; !held || l.until.Before(now) {
				free = append(free, candidate{id, l.until})
			}
		}
		slices.SortFunc(free, func(a, b candidate) int {
			if c := a.until.Compare(b.until); c != 0 {
				return c
			}
			return strings.Compare(a.id, b.id)
		})
		for _, c := range free[:min(limit, len(free))] {
			s.leases.set(c.id, holder, until)
		}
	}
	ids := make([]string, 0, len(s.leases.byHolder[holder]))
	for id := range s.leases.byHolder[holder] {
		ids = append(ids, id)
	}
	slices.Sort(ids) // (sorting IDs, not records: records are large to move)
	out := make([]reconnect.Record, len(ids))
	for i, id := range ids {
		out[i] = s.records[id].record(id)
	}
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
	if l, ok := s.leases.byID[id]; ok && l.holder == holder {
		s.leases.drop(id)
	}
	return nil
}
