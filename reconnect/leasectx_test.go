package reconnect

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type ctxKey struct{}

// TestLeaseCtxBehavesAsWithDeadline checks the lazily made lease context
// against what context.WithDeadline promises: Err is nil until the lease
// ends, then DeadlineExceeded, consistently with Done; values and an earlier
// parent deadline come through; stop cancels it.
func TestLeaseCtxBehavesAsWithDeadline(t *testing.T) {
	parent := context.WithValue(context.Background(), ctxKey{}, "v")

	c := newLeaseCtx(parent, time.Hour)
	require.NoError(t, c.Err())
	d, ok := c.Deadline()
	assert.True(t, ok)
	assert.WithinDuration(t, time.Now().Add(time.Hour), d, time.Minute)
	assert.Equal(t, "v", c.Value(ctxKey{}))
	select {
	case <-c.Done():
		t.Fatal("done before the lease ended")
	default:
	}
	c.stop()
	<-c.Done()
	assert.ErrorIs(t, c.Err(), context.Canceled)

	short := newLeaseCtx(parent, time.Millisecond)
	<-short.Done() // closed by the lease's end
	assert.ErrorIs(t, short.Err(), context.DeadlineExceeded)
	short.stop()
	assert.ErrorIs(t, short.Err(), context.DeadlineExceeded, "stop after the deadline keeps the first cause")

	expired := newLeaseCtx(parent, -time.Second) // Err before Done was ever asked for
	assert.ErrorIs(t, expired.Err(), context.DeadlineExceeded)
	<-expired.Done()
	assert.ErrorIs(t, expired.Err(), context.DeadlineExceeded)
	expired.stop()

	stopped := newLeaseCtx(parent, time.Hour)
	stopped.stop() // before Done was asked for
	assert.ErrorIs(t, stopped.Err(), context.Canceled)
	<-stopped.Done()

	earlier, cancel := context.WithTimeout(parent, time.Minute)
	defer cancel()
	c = newLeaseCtx(earlier, time.Hour)
	d, _ = c.Deadline()
	want, _ := earlier.Deadline()
	assert.Equal(t, want, d)
	cancel()
	assert.True(t, errors.Is(c.Err(), context.Canceled))
	<-c.Done()
	c.stop()

	det := &newLeaseCtx(parent, time.Hour).detached
	assert.Nil(t, det.Done())
	assert.NoError(t, det.Err())
	assert.Equal(t, "v", det.Value(ctxKey{}))
}
