package reconnect_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// One test per defect of the Machine's concurrency and state promises. Each
// failed on the Machine before the one-write-per-report redesign.

var t0 = time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)

func passing(context.Context, reconnect.Mailbox, reconnect.Credentials) error { return nil }

func stateMachine(t *testing.T, st reconnect.Store, h *stateHost, mod func(*reconnect.Options)) *reconnect.Machine {
	t.Helper()
	c := &clock{now: t0}
	o := reconnect.Options{Now: c.Now, IncidentMin: -1, Tester: reconnect.TesterFunc(passing)}
	if mod != nil {
		mod(&o)
	}
	return reconnect.New(st, h.options(o))
}

func gmailBox(id string, mod func(*reconnect.Record)) reconnect.Record {
	r := reconnect.Record{Mailbox: reconnect.Mailbox{ID: id, Email: id + "@gmail.com", SMTPHost: "smtp.gmail.com",
		AuthMethod: provider.MethodAppPassword, Status: reconnect.StatusActive, WarmupStatus: reconnect.WarmupActive}, Workspace: "w1"}
	if mod != nil {
		mod(&r)
	}
	return r
}

// checkHostMatches asserts that the host holds exactly what the record says
// the Machine holds, given what other causes hold (ownerHeld).
func checkHostMatches(t *testing.T, h *stateHost, r reconnect.Record, ownerHeld map[reconnect.HoldKind]bool) {
	t.Helper()
	for _, k := range allHolds {
		hd := r.Holds.Of(k)
		want := ownerHeld[k] || (hd.Applied && hd.Ours)
		assert.Equal(t, want, h.Held(k, r.ID), "%s %s: record %+v", r.ID, k, hd)
		assert.Equal(t, r.Flagged(), hd.Applied, "%s %s applied iff flagged: %+v", r.ID, k, hd)
	}
}

// Defect 1: a passing test or health check clears NeedsReconnect whatever set
// it, and a release never puts back a reconnect pause reason.
func TestPassingTestClearsWhateverSetTheCondition(t *testing.T) {
	cases := []struct {
		name string
		mod  func(*reconnect.Record)
		fail bool // flag it with a 535 first
	}{
		// The seed: "These are written by the warmup engine, the campaign send
		// pipeline, and the OAuth token refresh job".
		{"pause reason written by the host", func(r *reconnect.Record) { r.PauseReason = classify.ReasonAuthFailure }, false},
		{"warmup error with an authentication last error", func(r *reconnect.Record) {
			r.WarmupStatus, r.LastError = reconnect.WarmupError, "535 5.7.8 Username and Password not accepted."
		}, false},
		{"status needs_reauth written by the host", func(r *reconnect.Record) { r.Status = reconnect.StatusNeedsReauth }, false},
		{"reconnect pause reason saved before the flag", func(r *reconnect.Record) { r.PauseReason = classify.ReasonProviderBlock }, true},
	}
	for _, tc := range cases {
		for _, how := range []string{"UpdateCredentials", "HealthCheck"} {
			t.Run(tc.name+"/"+how, func(t *testing.T) {
				h := newStateHost()
				st := memstore.New()
				m := stateMachine(t, st, h, nil)
				_, err := m.Register(ctx, gmailBox("mb1", tc.mod))
				require.NoError(t, err)
				if tc.fail {
					_, err = m.ReportFailure(ctx, "mb1", reconnect.SourceSend, gmailBadCredentials)
					require.NoError(t, err)
				}
				if how == "HealthCheck" {
					require.NoError(t, m.HealthCheck(ctx, "mb1", reconnect.Credentials{}))
				} else {
					require.NoError(t, m.UpdateCredentials(ctx, "mb1", reconnect.Credentials{Method: provider.MethodAppPassword}))
				}
				r, _ := st.Get(ctx, "mb1")
				assert.False(t, r.NeedsReconnect(), "%+v", r.Mailbox)
				assert.False(t, r.PauseReason.Pause(), "no reconnect pause reason after a pass: %q", r.PauseReason)
				assert.False(t, r.Flagged())
				checkHostMatches(t, h, r, nil)
			})
		}
	}
}

// Defect 2: concurrent duplicate reports, from many goroutines and two
// Machines on one store, never lose hold ownership: after the clear every hold
// is released on the host.
func TestConcurrentDuplicateReportsKeepHoldOwnership(t *testing.T) {
	st, h := memstore.New(), newStateHost()
	a, b := stateMachine(t, st, h, nil), stateMachine(t, st, h, nil)
	const n, each = 30, 6
	for i := 0; i < n; i++ {
		_, err := a.Register(ctx, gmailBox(fmt.Sprintf("mb%02d", i), nil))
		require.NoError(t, err)
	}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		for k := 0; k < each; k++ {
			wg.Add(1)
			go func(id string, m *reconnect.Machine) {
				defer wg.Done()
				_, _ = m.ReportFailure(ctx, id, reconnect.SourceSend, gmailBadCredentials)
			}(fmt.Sprintf("mb%02d", i), []*reconnect.Machine{a, b}[k%2])
		}
	}
	wg.Wait()
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("mb%02d", i)
		require.NoError(t, a.Reconcile(ctx, id))
		r, _ := st.Get(ctx, id)
		require.True(t, r.Flagged())
		checkHostMatches(t, h, r, nil)
		require.NoError(t, b.UpdateCredentials(ctx, id, reconnect.Credentials{}))
		require.NoError(t, a.Reconcile(ctx, id))
		r, _ = st.Get(ctx, id)
		checkHostMatches(t, h, r, nil)
	}
}

// Defect 3: a warmup hold applied after a concurrent clear does not leave the
// unflagged record saying paused, and the next flag saves active as the
// state to restore.
func TestWarmupStatusDoesNotDriftOnAConcurrentClear(t *testing.T) {
	st, h := memstore.New(), newStateHost()
	m := stateMachine(t, st, h, nil)
	_, err := m.Register(ctx, gmailBox("mb1", nil))
	require.NoError(t, err)
	var once sync.Once
	h.onHold = func(k reconnect.HoldKind, id string) {
		if k == reconnect.HoldWarmup {
			// The owner saves a working password while the warmup hold is on its way.
			once.Do(func() { assert.NoError(t, m.UpdateCredentials(ctx, id, reconnect.Credentials{})) })
		}
	}
	_, _ = m.ReportFailure(ctx, "mb1", reconnect.SourceSend, gmailBadCredentials)
	h.onHold = nil
	require.NoError(t, m.Reconcile(ctx, "mb1"))
	r, _ := st.Get(ctx, "mb1")
	require.False(t, r.Flagged())
	assert.Equal(t, reconnect.WarmupActive, r.WarmupStatus)
	checkHostMatches(t, h, r, nil)

	_, err = m.ReportFailure(ctx, "mb1", reconnect.SourceSend, gmailBadCredentials)
	require.NoError(t, err)
	r, _ = st.Get(ctx, "mb1")
	assert.Equal(t, reconnect.WarmupActive, r.Flag.Before.WarmupStatus)
}

// The other side of defect 3: a flag that finds the Machine's warmup hold
// still in place (its release after a clear failed, or has not run yet) says
// warmup paused, as a flag whose hook pauses it does, and still keeps active
// as the state to restore.
func TestWarmupStatusSaysPausedWhenAFlagFindsItHeld(t *testing.T) {
	st, h := memstore.New(), newStateHost()
	m := stateMachine(t, st, h, func(o *reconnect.Options) { o.HookBackoff = -1 })
	_, err := m.Register(ctx, gmailBox("mb1", nil))
	require.NoError(t, err)
	_, err = m.ReportFailure(ctx, "mb1", reconnect.SourceSend, gmailBadCredentials)
	require.NoError(t, err)
	h.SetDown(reconnect.HoldWarmup, true)
	assert.Error(t, m.UpdateCredentials(ctx, "mb1", reconnect.Credentials{}), "the warmup release fails")
	r, _ := st.Get(ctx, "mb1")
	require.False(t, r.Flagged())
	require.True(t, r.Holds.Warmup.Applied && r.Holds.Warmup.Ours && h.Held(reconnect.HoldWarmup, "mb1"))

	_, err = m.ReportFailure(ctx, "mb1", reconnect.SourceSend, gmailBadCredentials)
	require.NoError(t, err)
	r, _ = st.Get(ctx, "mb1")
	require.True(t, r.Flagged())
	assert.Equal(t, reconnect.WarmupPaused, r.WarmupStatus, "the host's warmup is paused by the Machine")
	assert.Equal(t, reconnect.WarmupActive, r.Flag.Before.WarmupStatus)

	h.SetDown(reconnect.HoldWarmup, false)
	require.NoError(t, m.UpdateCredentials(ctx, "mb1", reconnect.Credentials{}))
	r, _ = st.Get(ctx, "mb1")
	assert.Equal(t, reconnect.WarmupActive, r.WarmupStatus)
	checkHostMatches(t, h, r, nil)
}

// Defect 4: one failing hook does not block the others; Reconcile finishes it
// once the service is back.
func TestOneFailingHookDoesNotBlockTheRest(t *testing.T) {
	st, h := memstore.New(), newStateHost()
	m := stateMachine(t, st, h, nil)
	_, err := m.Register(ctx, gmailBox("mb1", nil))
	require.NoError(t, err)
	h.SetDown(reconnect.HoldWarmup, true)
	_, err = m.ReportFailure(ctx, "mb1", reconnect.SourceSend, gmailBadCredentials)
	require.Error(t, err, "the hook failure is reported")
	r, _ := st.Get(ctx, "mb1")
	assert.True(t, r.Flagged())
	assert.False(t, r.Holds.Warmup.Applied)
	assert.Positive(t, r.Holds.Warmup.Failures)
	assert.Contains(t, r.Holds.Warmup.LastError, "warmup service unavailable")
	for _, k := range allHolds[1:] {
		assert.True(t, h.Held(k, "mb1"), "%s is held although warmup is down", k)
		assert.True(t, r.Holds.Of(k).Applied, k)
	}
	h.SetDown(reconnect.HoldWarmup, false)
	require.NoError(t, m.Reconcile(ctx, "mb1"))
	r, _ = st.Get(ctx, "mb1")
	checkHostMatches(t, h, r, nil)
	assert.Zero(t, r.Holds.Warmup.Failures)
}

// Defect 5: failed-hook details do not outlive the clear on a healthy mailbox.
func TestFailedHookDetailsClearedOnHealthyMailbox(t *testing.T) {
	st, h := memstore.New(), newStateHost()
	m := stateMachine(t, st, h, nil)
	_, err := m.Register(ctx, gmailBox("mb1", nil))
	require.NoError(t, err)
	h.SetDown(reconnect.HoldCampaigns, true)
	_, err = m.ReportFailure(ctx, "mb1", reconnect.SourceSend, gmailBadCredentials)
	require.Error(t, err)
	require.NoError(t, m.UpdateCredentials(ctx, "mb1", reconnect.Credentials{}))
	r, _ := st.Get(ctx, "mb1")
	assert.Equal(t, reconnect.Holds{}, r.Holds, "a healthy mailbox keeps no hook failure")
	checkHostMatches(t, h, r, nil)
}

// Defect 6: the same failure reported twice (same source, same text, within
// DefaultDuplicateWindow) counts once toward escalation.
func TestDuplicateReportsCountOnceTowardEscalation(t *testing.T) {
	f := newFixture(t, func(o *reconnect.Options) { o.IncidentMin = -1 })
	f.register(t, "mb1", nil)
	for i := 0; i < reconnect.DefaultEscalateAfter-1; i++ {
		for dup := 0; dup < 3; dup++ { // the send pipeline and its retry both report it
			out, err := f.m.ReportFailure(ctx, "mb1", reconnect.SourceSend, gmailTooMany)
			require.NoError(t, err)
			assert.False(t, out.Flagged, "failure %d, duplicate %d", i, dup)
			f.clock.Add(time.Second)
		}
		f.clock.Add(15 * time.Minute)
	}
	assert.Len(t, f.get(t, "mb1").TempAuth, reconnect.DefaultEscalateAfter-1)
	// The same text from another source is another report.
	out, err := f.m.ReportFailure(ctx, "mb1", reconnect.SourceWarmup, gmailTooMany)
	require.NoError(t, err)
	assert.True(t, out.Flagged)
}

// Defect 7: the incident guard counts distinct workspaces, and two Machines
// on one store see the same counts.
func TestIncidentGuardCountsWorkspacesAcrossMachines(t *testing.T) {
	t.Run("one workspace's team-wide reset is not an incident", func(t *testing.T) {
		st, h := memstore.New(), newStateHost()
		m := stateMachine(t, st, h, func(o *reconnect.Options) { o.IncidentMin = 0 })
		for i := 0; i < 12; i++ {
			id := fmt.Sprintf("mb%02d", i)
			_, err := m.Register(ctx, gmailBox(id, func(r *reconnect.Record) {
				r.SMTPHost, r.Email, r.Workspace = "mail.acme.example", id+"@acme.example", "acme"
			}))
			require.NoError(t, err)
			out, err := m.ReportFailureText(ctx, id, reconnect.SourceSend, "535 5.7.8 Error: authentication failed")
			require.NoError(t, err)
			assert.True(t, out.Flagged, id)
			assert.False(t, out.Suspect, id)
		}
	})
	t.Run("an outage across customers seen by two instances trips", func(t *testing.T) {
		st, h := memstore.New(), newStateHost()
		var mu sync.Mutex
		var incidents []reconnect.Incident
		mod := func(o *reconnect.Options) {
			o.IncidentMin = 0
			o.OnIncident = func(i reconnect.Incident) { mu.Lock(); defer mu.Unlock(); incidents = append(incidents, i) }
		}
		ms := []*reconnect.Machine{stateMachine(t, st, h, mod), stateMachine(t, st, h, mod)}
		suspect := 0
		for i := 0; i < 14; i++ {
			id := fmt.Sprintf("mb%02d", i)
			m := ms[i%2]
			_, err := m.Register(ctx, gmailBox(id, func(r *reconnect.Record) { r.Workspace = fmt.Sprintf("customer%02d", i) }))
			require.NoError(t, err)
			out, err := m.ReportFailure(ctx, id, reconnect.SourceSend, gmailBadCredentials)
			require.NoError(t, err)
			if out.Suspect {
				suspect++
			}
		}
		// Ten customers failing alike, all of those seen: the tenth and later are held back.
		assert.Equal(t, 5, suspect)
		assert.Len(t, incidents, 1, "one instance reports the incident")
		for _, m := range ms {
			open, err := m.Incidents(ctx)
			require.NoError(t, err)
			assert.Len(t, open, 1, "both instances see the incident")
		}
	})
}

// Defect 8: a failure held back by the guard does not make the predicate fire:
// for mailboxes the Machine manages, NeedsReconnect and the flag agree.
func TestSuspectFailureLeavesThePredicateFalse(t *testing.T) {
	st, h := memstore.New(), newStateHost()
	m := stateMachine(t, st, h, func(o *reconnect.Options) { o.IncidentMin = 0 })
	for i := 0; i < 20; i++ {
		id := fmt.Sprintf("mb%02d", i)
		_, err := m.Register(ctx, gmailBox(id, func(r *reconnect.Record) {
			r.Workspace = fmt.Sprintf("customer%02d", i)
			r.WarmupStatus = reconnect.WarmupPaused // paused by its owner
		}))
		require.NoError(t, err)
		_, err = m.ReportFailure(ctx, id, reconnect.SourceSend, gmailBadCredentials)
		require.NoError(t, err)
	}
	flagged, err := st.List(ctx, reconnect.Filter{})
	require.NoError(t, err)
	nFlagged, nSuspect := 0, 0
	for _, r := range flagged {
		if r.Flagged() {
			nFlagged++
		}
		if r.Suspect.Class != "" {
			nSuspect++
		}
		assert.Equal(t, r.Flagged(), r.NeedsReconnect(), "%s: predicate and flag agree", r.ID)
	}
	n, err := st.Count(ctx, reconnect.Filter{NeedsReconnect: true})
	require.NoError(t, err)
	assert.Equal(t, nFlagged, n)
	assert.Positive(t, nSuspect)
}

// Defect 10: last_error is capped on a rune boundary and valid UTF-8 before
// it reaches the store.
func TestLastErrorIsCappedAndValidUTF8(t *testing.T) {
	st, h := memstore.New(), newStateHost()
	m := stateMachine(t, st, h, nil)
	_, err := m.Register(ctx, gmailBox("mb1", nil))
	require.NoError(t, err)
	huge := "421 4.7.0 Try again later " + strings.Repeat("é\xff", 1<<19)
	_, err = m.ReportFailureText(ctx, "mb1", reconnect.SourceSend, huge)
	require.NoError(t, err)
	r, _ := st.Get(ctx, "mb1")
	assert.LessOrEqual(t, len(r.LastError), reconnect.MaxErrorLen)
	assert.True(t, utf8.ValidString(r.LastError))
	assert.True(t, strings.HasPrefix(r.LastError, "421 4.7.0 Try again later é"))

	_, err = m.ReportFailureText(ctx, "mb1", reconnect.SourceSend, "535 5.7.8 Username and Password not accepted. \xc3"+strings.Repeat("x", 1<<20))
	require.NoError(t, err)
	r, _ = st.Get(ctx, "mb1")
	assert.True(t, r.Flagged())
	assert.LessOrEqual(t, len(r.LastError), reconnect.MaxErrorLen)
	assert.True(t, utf8.ValidString(r.LastError))
	hist, _ := st.History(ctx, "mb1")
	for _, e := range hist {
		assert.LessOrEqual(t, len(e.Detail), reconnect.MaxErrorLen)
		assert.True(t, utf8.ValidString(e.Detail))
	}
}
