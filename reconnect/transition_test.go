package reconnect

import (
	"context"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/stretchr/testify/assert"
)

// TestTransition drives the transition function directly, each input kind on
// an unflagged and a flagged record. Expectations follow the documented
// lifecycle (package doc, ReportFailure, ReportSuccess, UpdateCredentials,
// Reconcile), not the code's output.
func TestTransition(t *testing.T) {
	at := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	o := (&Options{Warmup: nopHooks{}, PeerPool: nopHooks{}, Campaigns: nopHooks{}, InboxSync: nopSync{}}).withDefaults()
	// Gmail's 535 5.7.8 BadCredentials reply
	// (https://support.google.com/mail/?p=BadCredentials): a reconnect class.
	auth := classify.Reply(535, "5.7.8", "Username and Password not accepted.")
	// Gmail's 454 4.7.0 "Too many login attempts": temporary.
	temp := classify.Reply(454, "4.7.0", "Too many login attempts, please try again later.")
	transient := classify.Text("dial tcp 142.250.0.109:465: i/o timeout")

	healthy := Record{Mailbox: Mailbox{ID: "mb", SMTPHost: "smtp.gmail.com", Status: StatusActive, WarmupStatus: WarmupActive,
		AuthMethod: provider.MethodAppPassword}, Provider: provider.Gmail}
	flagged, _, _ := transition(healthy, input{kind: inFailure, at: at, source: SourceSend, verdict: auth, text: "535 bad"}, &o)

	type want struct {
		changed bool
		events  []EventKind
		check   func(t *testing.T, r Record)
	}
	tests := []struct {
		name string
		from Record
		in   input
		want want
	}{
		{"reconnect failure flags", healthy, input{kind: inFailure, verdict: auth, text: "535 bad"}, want{true, []EventKind{EventFlagged}, func(t *testing.T, r Record) {
			assert.Equal(t, StatusNeedsReauth, r.Status)
			assert.Equal(t, classify.ReasonAuthFailure, r.PauseReason)
			assert.Equal(t, Snapshot{Status: StatusActive, WarmupStatus: WarmupActive}, r.Flag.Before)
			assert.Equal(t, provider.ActionUpdateAppPassword, r.Flag.Action)
			assert.Equal(t, "535 bad", r.LastError)
			assert.Equal(t, auth, r.LastVerdict)
			assert.True(t, r.Holds.Warmup.Want && r.Holds.InboxSync.Want, "the holds are wanted in the same write")
			assert.False(t, r.Holds.Warmup.Applied, "no hook ran yet")
		}}},
		{"reconnect failure on a flagged record only records the text", flagged, input{kind: inFailure, verdict: auth, text: "535 again"}, want{true, nil, func(t *testing.T, r Record) {
			assert.Equal(t, flagged.Flag, r.Flag)
			assert.Equal(t, "535 again", r.LastError)
		}}},
		{"suspect failure is held back", healthy, input{kind: inFailure, verdict: auth, suspect: true, text: "535 bad"}, want{true, []EventKind{EventIncidentSuspected}, func(t *testing.T, r Record) {
			assert.False(t, r.Flagged())
			assert.Empty(t, r.LastError, "the predicate must not count it")
			assert.Equal(t, auth, r.Suspect)
			assert.Equal(t, StatusActive, r.Status)
		}}},
		{"temporary failure is counted", healthy, input{kind: inFailure, verdict: temp}, want{true, nil, func(t *testing.T, r Record) {
			assert.False(t, r.Flagged())
			assert.Len(t, r.TempAuth, 1)
		}}},
		{"the fourth temporary failure escalates", func() Record {
			r := healthy
			r.TempAuth = []time.Time{at.Add(-3 * time.Minute), at.Add(-2 * time.Minute), at.Add(-time.Minute)}
			return r
		}(), input{kind: inFailure, verdict: temp}, want{true, []EventKind{EventEscalated}, func(t *testing.T, r Record) {
			assert.Equal(t, classify.ReasonAuthErrors, r.Flag.Reason)
			assert.Equal(t, classify.ReasonAuthErrors, r.PauseReason)
			assert.Empty(t, r.TempAuth)
		}}},
		{"other failure only records the text", healthy, input{kind: inFailure, verdict: transient, text: "timeout"}, want{true, nil, func(t *testing.T, r Record) {
			assert.Equal(t, StatusActive, r.Status)
			assert.Equal(t, "timeout", r.LastError)
		}}},
		{"success with nothing to reset writes nothing", healthy, input{kind: inSuccess}, want{false, nil, nil}},
		{"success never clears a flag", flagged, input{kind: inSuccess}, want{false, nil, func(t *testing.T, r Record) {
			assert.True(t, r.Flagged())
		}}},
		{"verified clears and restores", flagged, input{kind: inVerified, method: provider.MethodAppPassword}, want{true, []EventKind{EventCleared}, func(t *testing.T, r Record) {
			assert.False(t, r.Flagged())
			assert.Equal(t, StatusActive, r.Status)
			assert.Equal(t, WarmupActive, r.WarmupStatus)
			assert.Empty(t, r.PauseReason)
			assert.Empty(t, r.LastError)
		}}},
		{"verified on a healthy record writes nothing", healthy, input{kind: inVerified}, want{false, nil, func(t *testing.T, r Record) {
			assert.Equal(t, StatusActive, r.Status)
		}}},
		{"failed test only adds history", flagged, input{kind: inTestFailed, verdict: auth, text: "535 bad"}, want{true, []EventKind{EventTestFailed}, func(t *testing.T, r Record) {
			assert.Equal(t, flagged.Flag, r.Flag)
			assert.Equal(t, flagged.Status, r.Status)
		}}},
		{"hold applied by us pauses warmup", flagged, input{kind: inHolds, results: []holdResult{{kind: HoldWarmup, changed: true}}}, want{true, []EventKind{EventHoldApplied}, func(t *testing.T, r Record) {
			assert.Equal(t, Hold{Want: true, Applied: true, Ours: true}, r.Holds.Warmup)
			assert.Equal(t, WarmupPaused, r.WarmupStatus)
		}}},
		{"an unchanged answer never takes ownership back", func() Record { r := flagged; r.Holds.Warmup = Hold{Want: true, Applied: true, Ours: true}; return r }(),
			input{kind: inHolds, results: []holdResult{{kind: HoldWarmup}}}, want{true, []EventKind{EventHoldApplied}, func(t *testing.T, r Record) {
				assert.True(t, r.Holds.Warmup.Ours)
			}}},
		{"a hold applied after the clear is recorded, warmup status untouched", func() Record {
			r, _, _ := transition(flagged, input{kind: inVerified}, &o)
			return r
		}(), input{kind: inHolds, results: []holdResult{{kind: HoldWarmup, changed: true}}}, want{true, []EventKind{EventHoldApplied}, func(t *testing.T, r Record) {
			assert.Equal(t, Hold{Applied: true, Ours: true}, r.Holds.Warmup, "applied, not wanted: released next")
			assert.Equal(t, WarmupActive, r.WarmupStatus)
		}}},
		{"hold released", func() Record { r := healthy; r.Holds.PeerPool = Hold{Applied: true, Ours: true}; return r }(),
			input{kind: inHolds, results: []holdResult{{kind: HoldPeerPool, release: true}}}, want{true, []EventKind{EventHoldReleased}, func(t *testing.T, r Record) {
				assert.Equal(t, Hold{}, r.Holds.PeerPool)
			}}},
		{"hook failure is recorded", flagged, input{kind: inHolds, results: []holdResult{{kind: HoldCampaigns, err: "scheduler down"}}}, want{true, []EventKind{EventHookFailed}, func(t *testing.T, r Record) {
			assert.Equal(t, Hold{Want: true, Failures: 1, LastError: "scheduler down"}, r.Holds.Campaigns)
		}}},
		{"clear forgets a hold never applied, failure details included", func() Record {
			r := flagged
			r.Holds.Campaigns = Hold{Want: true, Failures: 2, LastError: "scheduler down"}
			return r
		}(), input{kind: inVerified}, want{true, []EventKind{EventCleared}, func(t *testing.T, r Record) {
			assert.Equal(t, Hold{}, r.Holds.Campaigns)
		}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.in.at = at
			got, events, changed := transition(tc.from, tc.in, &o)
			assert.Equal(t, tc.want.changed, changed)
			var kinds []EventKind
			for _, e := range events {
				kinds = append(kinds, e.Kind)
				assert.Equal(t, "mb", e.MailboxID)
				assert.Equal(t, at, e.At)
			}
			assert.Equal(t, tc.want.events, kinds)
			if tc.want.check != nil {
				tc.want.check(t, got)
			}
		})
	}
}

type nopHooks struct{}

func (nopHooks) Pause(context.Context, string) (bool, error)   { return true, nil }
func (nopHooks) Resume(context.Context, string) error          { return nil }
func (nopHooks) Leave(context.Context, string) (bool, error)   { return true, nil }
func (nopHooks) Join(context.Context, string) error            { return nil }
func (nopHooks) Exclude(context.Context, string) (bool, error) { return true, nil }
func (nopHooks) Include(context.Context, string) error         { return nil }

type nopSync struct{}

func (nopSync) Suspend(context.Context, string) (string, bool, error) { return "", true, nil }
func (nopSync) Resume(context.Context, string, string) error          { return nil }
