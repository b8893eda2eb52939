package reconnect

import (
	"context"
	"errors"
	"hash/maphash"
)

// Deleter is a Store that can remove a mailbox for good, for an owner who
// disconnects it. It is an optional capability, found by type assertion, and
// package storetest checks it when a store implements it.
//
// Delete removes the record of mailbox id, or returns ErrNotFound (ErrInvalidID
// for an invalid ID). With keepHistory its events stay: History still returns
// them, and a mailbox created again under the same ID continues the sequence
// after them. Without it the events go too, in the same atomic step.
type Deleter interface {
	Delete(ctx context.Context, id string, keepHistory bool) error
}

// ErrDeleteUnsupported means the Machine's Store does not implement Deleter.
var ErrDeleteUnsupported = errors.New("reconnect: the store cannot delete mailboxes")

// Delete removes mailbox id from the Machine's store, keeping its event history
// when keepHistory is true. The store must implement Deleter (memstore and
// sqlstore do); otherwise Delete returns ErrDeleteUnsupported.
//
// Delete calls no hook and releases no hold: a mailbox disconnected for good
// leaves the host's warmup, peer pool, campaigns and inbox sync as well, and
// the host removes it there itself. A report about the ID after Delete returns
// ErrNotFound.
func (m *Machine) Delete(ctx context.Context, id string, keepHistory bool) error {
	d, ok := m.store.(Deleter)
	if !ok {
		return ErrDeleteUnsupported
	}
	mu := &m.stripes[maphash.String(m.seed, id)%uint64(len(m.stripes))]
	mu.Lock()
	defer mu.Unlock()
	return d.Delete(ctx, id, keepHistory)
}
