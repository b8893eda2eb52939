// Package memstore is an in-memory reconnect.Store, for tests, demos and single
// process deployments that keep no state across restarts.
package memstore

import (
	"context"
	"sort"
	"sync"

	"github.com/mailreconnect/sdk/reconnect"
)

// Store is an in-memory reconnect.Store, reconnect.Leaser and
// reconnect.IncidentStore. The zero Store is empty and ready to
// use. A Store is safe for concurrent use by multiple goroutines. Records are
// copied in and out, so callers never share memory with the store.
type Store struct {
	mu      sync.RWMutex
	records map[string]reconnect.Record
	history map[string][]reconnect.Event
	leases  leases // for reconnect.Leaser

	incidents reconnect.MemoryIncidents // for reconnect.IncidentStore
}

var (
	_ reconnect.Store   = (*Store)(nil)
	_ reconnect.Leaser  = (*Store)(nil)
	_ reconnect.Deleter = (*Store)(nil)
)

// New returns an empty Store.
func New() *Store { return &Store{} }

// Get returns the record of mailbox id, or reconnect.ErrNotFound.
func (s *Store) Get(ctx context.Context, id string) (reconnect.Record, error) {
	if err := ctx.Err(); err != nil {
		return reconnect.Record{}, err
	}
	if err := reconnect.ValidateID(id); err != nil {
		return reconnect.Record{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	r, ok := s.records[id]
	if !ok {
		return reconnect.Record{}, reconnect.ErrNotFound
	}
	return clone(r), nil
}

// Put creates or updates rec with optimistic concurrency and appends events to
// its history, atomically.
func (s *Store) Put(ctx context.Context, rec reconnect.Record, events ...reconnect.Event) (reconnect.Record, error) {
	if err := ctx.Err(); err != nil {
		return reconnect.Record{}, err
	}
	if err := reconnect.ValidateRecord(rec); err != nil {
		return reconnect.Record{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.records == nil {
		s.records = map[string]reconnect.Record{}
		s.history = map[string][]reconnect.Event{}
	}
	cur, exists := s.records[rec.ID]
	switch {
	case rec.Version == 0 && exists:
		return reconnect.Record{}, reconnect.ErrConflict
	case rec.Version != 0 && !exists:
		return reconnect.Record{}, reconnect.ErrNotFound
	case exists && cur.Version != rec.Version:
		return reconnect.Record{}, reconnect.ErrConflict
	}
	rec = clone(rec)
	rec.Version++
	s.records[rec.ID] = rec
	h := s.history[rec.ID]
	for _, e := range events {
		e.MailboxID = rec.ID
		e.Seq = int64(len(h) + 1)
		h = append(h, e)
	}
	if len(h) > 0 {
		s.history[rec.ID] = h
	}
	s.leases.update(rec)
	return clone(rec), nil
}

// History returns the events of mailbox id, oldest first: those of a
// mailbox deleted with its history kept too.
func (s *Store) History(ctx context.Context, id string) ([]reconnect.Event, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := reconnect.ValidateID(id); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	_, exists := s.records[id]
	if _, kept := s.history[id]; !exists && !kept {
		return nil, reconnect.ErrNotFound
	}
	out := make([]reconnect.Event, len(s.history[id]))
	copy(out, s.history[id]) // events hold no pointers or slices
	return out, nil
}

// Delete removes the record of mailbox id and, unless keepHistory, its
// events; see reconnect.Deleter.
func (s *Store) Delete(ctx context.Context, id string, keepHistory bool) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := reconnect.ValidateID(id); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.records[id]; !ok {
		return reconnect.ErrNotFound
	}
	delete(s.records, id)
	s.leases.forget(id)
	if !keepHistory || len(s.history[id]) == 0 {
		delete(s.history, id)
	}
	return nil
}

// List returns the records matching f, ordered by ID.
func (s *Store) List(ctx context.Context, f reconnect.Filter) ([]reconnect.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []reconnect.Record
	for id, r := range s.records {
		if id > f.After && match(r, f) {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	for i := range out {
		out[i] = clone(out[i])
	}
	return out, nil
}

// Count returns how many records match f.
func (s *Store) Count(ctx context.Context, f reconnect.Filter) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	n := 0
	for _, r := range s.records {
		if match(r, f) {
			n++
		}
	}
	return n, nil
}

func match(r reconnect.Record, f reconnect.Filter) bool {
	return (f.Workspace == "" || r.Workspace == f.Workspace) && (!f.NeedsReconnect || r.NeedsReconnect())
}

// clone deep-copies a record (its TempAuth slice).
func clone(r reconnect.Record) reconnect.Record {
	r.TempAuth = append(r.TempAuth[:0:0], r.TempAuth...)
	return r
}
