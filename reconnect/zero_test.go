package reconnect_test

import (
	"errors"
	"testing"

	"github.com/mailreconnect/sdk/reconnect"
	"github.com/stretchr/testify/assert"
)

// TestMachineWithoutStoreReturnsErrNoStore calls every method of the zero
// Machine, of New(nil, nil) and of a nil *Machine: none panics, each returns
// ErrNoStore.
func TestMachineWithoutStoreReturnsErrNoStore(t *testing.T) {
	for name, m := range map[string]*reconnect.Machine{
		"zero":          {},
		"New(nil, nil)": reconnect.New(nil, nil),
		"nil":           nil,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := m.Register(ctx, reconnect.Record{Mailbox: reconnect.Mailbox{ID: "mb1"}})
			assert.ErrorIs(t, err, reconnect.ErrNoStore)
			_, err = m.ReportFailure(ctx, "mb1", reconnect.SourceSend, errors.New("535 5.7.8 Error: authentication failed"))
			assert.ErrorIs(t, err, reconnect.ErrNoStore)
			_, err = m.ReportFailureText(ctx, "mb1", reconnect.SourceSend, "535 5.7.8 Error: authentication failed")
			assert.ErrorIs(t, err, reconnect.ErrNoStore)
			_, err = m.ReportSuccess(ctx, "mb1", reconnect.SourceSend)
			assert.ErrorIs(t, err, reconnect.ErrNoStore)
			assert.ErrorIs(t, m.UpdateCredentials(ctx, "mb1", reconnect.Credentials{}), reconnect.ErrNoStore)
			assert.ErrorIs(t, m.HealthCheck(ctx, "mb1", reconnect.Credentials{}), reconnect.ErrNoStore)
			assert.ErrorIs(t, m.Reconcile(ctx, "mb1"), reconnect.ErrNoStore)
			open, err := m.Incidents(ctx)
			assert.Nil(t, open)
			assert.ErrorIs(t, err, reconnect.ErrNoStore)
		})
	}
}

// TestZeroValues checks the zero values the package documents as usable.
func TestZeroValues(t *testing.T) {
	// The zero Mailbox is healthy.
	assert.False(t, reconnect.NeedsReconnect(reconnect.Mailbox{}).Needs)
	// The zero Record is not flagged and has no plan.
	var r reconnect.Record
	assert.False(t, r.Flagged())
	_, ok := r.Plan()
	assert.False(t, ok)
	// The zero Event refers to no plan.
	_, ok = reconnect.Event{}.Plan()
	assert.False(t, ok)
	// The zero PauseSet is running; Add allocates it.
	var p reconnect.PauseSet
	assert.False(t, p.Paused())
	assert.True(t, p.Add("owner"))
	assert.True(t, p.Paused())
	assert.True(t, p.Remove("owner"))
}

// TestPauseSetCopiesShareCauses pins down what the PauseSet doc says: it is a
// map, so a copy is the same set.
func TestPauseSetCopiesShareCauses(t *testing.T) {
	var p reconnect.PauseSet
	p.Add("owner")
	q := p
	q.Add("mailbox_flagged")
	assert.False(t, p.Remove("owner"), "the copy's cause holds the original paused")
}
