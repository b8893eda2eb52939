// Package memstore is an in-memory reconnect.Store, for tests, demos and single
// process deployments that keep no state across restarts.
package memstore

import (
	"context"
	"sort"
	"sync"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/reconnect"
)

// Store is an in-memory reconnect.Store, reconnect.Leaser and
// reconnect.IncidentStore. The zero Store is empty and ready to
// use. A Store is safe for concurrent use by multiple goroutines. Records are
// copied in and out, so callers never share memory with the store.
//
// A mailbox takes about 360 bytes of heap unflagged and 780 flagged with its
// four holds (its strings aside: they are shared with the caller's), and each
// event of its history 48 bytes (its detail text aside): verdicts and the
// labels of events are kept once per Store. BenchmarkMemory measures it.
// The Store keeps the flagged part of the mailbox unflagged last (about 400
// bytes) for the next flag to reuse.
type Store struct {
	mu      sync.RWMutex
	records map[string]*entry  // mailbox ID -> its record and history
	kept    map[string]history // the history of mailboxes deleted with it kept
	leases  leases             // for reconnect.Leaser

	verdicts shared[classify.Verdict] // verdicts of records, kept once
	labels   shared[label]            // labels of events, kept once
	recent   [64]*label               // labels used lately, see Store.label
	spare    *flagged                 // the zeroed part of the mailbox unflagged last, for the next flag

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
	e, ok := s.records[id]
	if !ok {
		return reconnect.Record{}, reconnect.ErrNotFound
	}
	return e.record(id), nil
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
	cur, exists := s.records[rec.ID]
	switch {
	case rec.Version == 0 && exists:
		return reconnect.Record{}, reconnect.ErrConflict
	case rec.Version != 0 && !exists:
		return reconnect.Record{}, reconnect.ErrNotFound
	case exists && cur.version != rec.Version:
		return reconnect.Record{}, reconnect.ErrConflict
	}
	if !exists {
		if s.records == nil {
			s.records = map[string]*entry{}
		}
		cur = &entry{history: s.kept[rec.ID]}
		delete(s.kept, rec.ID)
		s.records[rec.ID] = cur
	}
	rec.Version++
	s.set(cur, &rec)
	cur.history = s.appendEvents(cur.history, events)
	s.leases.update(rec.ID, cur.leasable(rec.ID))
	// What set stored, which keeps every field as given; TempAuth is copied
	// so that the caller's slice and the returned one stay apart.
	if len(rec.TempAuth) > 0 {
		rec.TempAuth = append([]time.Time(nil), rec.TempAuth...)
	}
	return rec, nil
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
	if e, ok := s.records[id]; ok {
		return events(id, e.history), nil
	}
	if h, ok := s.kept[id]; ok {
		return events(id, h), nil
	}
	return nil, reconnect.ErrNotFound
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
	e, ok := s.records[id]
	if !ok {
		return reconnect.ErrNotFound
	}
	delete(s.records, id)
	s.leases.forget(id)
	if keepHistory && len(e.history) > 0 {
		if s.kept == nil {
			s.kept = map[string]history{}
		}
		s.kept[id] = e.history
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
	var ids []string
	for id, e := range s.records {
		if id > f.After && match(id, e, f) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	if f.Limit > 0 && len(ids) > f.Limit {
		ids = ids[:f.Limit]
	}
	var out []reconnect.Record
	if len(ids) > 0 {
		out = make([]reconnect.Record, len(ids))
	}
	for i, id := range ids {
		out[i] = s.records[id].record(id)
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
	for id, e := range s.records {
		if match(id, e, f) {
			n++
		}
	}
	return n, nil
}

func match(id string, e *entry, f reconnect.Filter) bool {
	return (f.Workspace == "" || e.workspace == f.Workspace) && (!f.NeedsReconnect || reconnect.NeedsReconnect(e.mailbox(id)).Needs) &&
		(!f.Leasable || e.leasable(id))
}
