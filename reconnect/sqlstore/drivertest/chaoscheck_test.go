package drivertest

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/internal/wire/leaktest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// What TestConcurrentMachinesOnOneStore checks once its goroutines are done.

// checkSettled brings every mailbox's holds to what its record wants with
// Reconcile, then checks each against the host and the state it was
// registered with (initial), and returns how many are flagged.
func (c *chaos) checkSettled(t *testing.T, initial map[string]reconnect.Snapshot) int {
	for _, bx := range chaosBoxes {
		c.settle(t, bx.id)
	}
	flagged := 0
	for _, bx := range chaosBoxes {
		r := c.get(t, bx.id)
		if r.Flagged() {
			flagged++
		}
		c.checkHeld(t, r, bx.owner)
		assert.Equal(t, r.Flagged(), r.NeedsReconnect(), "%s: NeedsReconnect and the flag disagree: %+v", bx.id, r.Mailbox)
		want := restored(initial[bx.id])
		if r.Flagged() {
			assert.Contains(t, []reconnect.Snapshot{initial[bx.id], want}, r.Flag.Before, "%s: the state kept to restore", bx.id)
			if r.Holds.Warmup.Ours && r.Flag.Before.WarmupStatus != reconnect.WarmupOff {
				assert.Equal(t, reconnect.WarmupPaused, r.WarmupStatus, "%s: warmup held by the Machine", bx.id)
			}
		} else {
			assert.Equal(t, want, snapshot(r), "%s: unflagged state", bx.id)
		}
	}
	return flagged
}

// settle reconciles mailbox id, through each instance in turn, until nothing
// is left for its hooks: every hold as wanted, none failing, no worker named.
func (c *chaos) settle(t *testing.T, id string) {
	for round := 0; ; round++ {
		r := c.get(t, id)
		left := r.Holds.Worker != ""
		for _, k := range chaosHolds {
			h := r.Holds.Of(k)
			left = left || h.Want != h.Applied || h.Failures != 0
		}
		if !left {
			return
		}
		require.Less(t, round, 2*chaosInstances, "%s: holds not settled by Reconcile: %+v", id, r.Holds)
		require.NoError(t, c.ms[round%chaosInstances].Reconcile(ctx, id), "%s: Reconcile with every hook up", id)
	}
}

// get reads mailbox id through every instance: they must agree.
func (c *chaos) get(t *testing.T, id string) reconnect.Record {
	var first reconnect.Record
	for i, s := range c.stores {
		r, err := s.Get(ctx, id)
		require.NoError(t, err, id)
		if i == 0 {
			first = r
		} else {
			require.Equal(t, first, r, "%s: instances read different records", id)
		}
	}
	return first
}

// checkHeld checks a settled record against the host: every hold wanted and
// applied if and only if the record is flagged, the Machine's own (Ours)
// unless another cause held it already, and the host holding exactly that.
func (c *chaos) checkHeld(t *testing.T, r reconnect.Record, owner reconnect.HoldKind) {
	for _, k := range chaosHolds {
		h := r.Holds.Of(k)
		f := r.Flagged()
		assert.Equal(t, reconnect.Hold{Want: f, Applied: f, Ours: f && k != owner, Cursor: h.Cursor}, h, "%s %s: flagged %v", r.ID, k, f)
		assert.Equal(t, f || k == owner, c.host.isHeld(k, r.ID), "%s %s: held on the host; flagged %v, owner %q", r.ID, k, f, owner)
	}
	assert.Empty(t, r.Holds.Worker, "%s: a worker is left", r.ID)
}

// finalClear passes a flagged mailbox's test with the right password: every
// hold the Machine took is released on the host, and the state from before
// the flag is back, minus what said it needs reconnecting.
func (c *chaos) finalClear(t *testing.T, id string, owner reconnect.HoldKind) {
	r := c.get(t, id)
	if !r.Flagged() {
		return
	}
	before := r.Flag.Before
	require.NoError(t, c.ms[0].UpdateCredentials(ctx, id,
		reconnect.Credentials{Method: provider.MethodPassword, Username: c.email[id], Password: reconnect.NewSecret(c.good[id])}))
	r = c.get(t, id)
	assert.False(t, r.Flagged(), id)
	assert.False(t, r.NeedsReconnect(), "%s: %+v", id, r.Mailbox)
	assert.Equal(t, restored(before), snapshot(r), "%s: restored from %+v", id, before)
	assert.Empty(t, r.LastError, id)
	assert.Equal(t, reconnect.Holds{}, r.Holds, id)
	for _, k := range chaosHolds {
		assert.Equal(t, k == owner, c.host.isHeld(k, id), "%s %s: held on the host after the clear", id, k)
	}
	assert.Empty(t, c.host.wrongCursors(), "inbox sync resumed at another position than it stopped")
}

// restored is the state a clear leaves from the state s before the flag: s,
// except a status of error or needs_reauth (or none) becomes active and a
// reconnect pause reason goes.
func restored(s reconnect.Snapshot) reconnect.Snapshot {
	switch s.Status {
	case "", reconnect.StatusError, reconnect.StatusNeedsReauth:
		s.Status = reconnect.StatusActive
	}
	if s.PauseReason.Pause() {
		s.PauseReason = ""
	}
	return s
}

func snapshot(r reconnect.Record) reconnect.Snapshot {
	return reconnect.Snapshot{Status: r.Status, PauseReason: r.PauseReason, WarmupStatus: r.WarmupStatus}
}

// checkSecrets looks for every password, right or wrong, in every form, in
// the records, their histories (whose positions must run 1, 2, 3, …), the
// events emitted and the errors returned.
func (c *chaos) checkSecrets(t *testing.T) {
	all := append([]string(nil), c.outputs...)
	events := 0
	for _, bx := range chaosBoxes {
		r := c.get(t, bx.id)
		js, _ := json.Marshal(r)
		all = append(all, string(js), fmt.Sprintf("%+v", r))
		h, err := c.stores[1].History(ctx, bx.id)
		require.NoError(t, err)
		for i, e := range h {
			require.Equal(t, int64(i+1), e.Seq, "%s: history positions", bx.id)
		}
		events += len(h)
		js, _ = json.Marshal(h)
		all = append(all, string(js))
	}
	text := strings.Join(all, "\n")
	forms := map[string]string{}
	for _, bx := range chaosBoxes {
		for _, pw := range append([]string{c.good[bx.id]}, chaosWrong...) {
			for _, f := range leaktest.Forms(c.email[bx.id], pw) {
				forms[f] = pw
			}
		}
	}
	for f, pw := range forms {
		if strings.Contains(text, f) {
			t.Errorf("password %q in the output as %q", pw, f)
		}
	}
	t.Logf("secret check: %d forms over %d events and %d kB of output", len(forms), events, len(text)/1024)
}
