package reconnect

import (
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
)

// inputKind is what happened to a mailbox.
type inputKind int

const (
	inFailure      inputKind = iota // a send, warmup, sync or token failure
	inSuccess                       // a send, warmup, sync or token success
	inVerified                      // a credential test or health check passed
	inTestFailed                    // a credential test failed (nothing changes but history)
	inHoldApplied                   // a hold hook succeeded
	inHoldReleased                  // a release hook succeeded
	inHookFailed                    // a hook failed after its attempts
)

// input is one thing that happened, with everything transition needs to know.
type input struct {
	kind    inputKind
	at      time.Time
	source  Source
	verdict classify.Verdict
	text    string // failure text, already scrubbed of secrets
	suspect bool   // the incident guard holds this failure back
	hold    HoldKind
	changed bool                // the hook changed something
	cursor  string              // inbox sync position
	method  provider.AuthMethod // for inVerified: the auth method of the credentials that passed
}

// transition is the only place a record changes. It returns the new record, the
// events to append with it, and whether anything changed (false: nothing to
// write). It is pure: no I/O, no clock.
func transition(r Record, in input, o *Options) (Record, []Event, bool) {
	ev := func(k EventKind) Event {
		e := Event{MailboxID: r.ID, At: in.at, Kind: k, Source: in.source, Verdict: in.verdict,
			Reason: r.Flag.Reason, Hold: in.hold, Provider: r.Provider, AuthMethod: r.AuthMethod}
		switch k {
		case EventFlagged, EventEscalated, EventIncidentSuspected:
			e.Action, e.Actor = planRef(r.Provider, r.AuthMethod, e.Reason, in.verdict)
		case EventTestFailed:
			e.Action, e.Actor = planRef(r.Provider, r.AuthMethod, "", in.verdict)
		}
		return e
	}
	switch in.kind {
	case inFailure:
		v := in.verdict
		r.LastError = in.text
		switch {
		case r.Flagged():
			// Already flagged: a repeated report only refreshes the last error.
		case v.NeedsReconnect && in.suspect:
			if r.Suspect.Class != "" {
				return r, nil, true
			}
			r.Suspect = v
			return r, []Event{ev(EventIncidentSuspected)}, true
		case v.NeedsReconnect:
			r = flag(r, v.Reason, in)
			return r, []Event{ev(EventFlagged)}, true
		case v.Class == classify.ClassAuthTemporary:
			r.TempAuth = append(recent(r.TempAuth, in.at, o.EscalationWindow), in.at)
			if len(r.TempAuth) >= o.EscalateAfter {
				r = flag(r, classify.ReasonAuthErrors, in)
				e := ev(EventEscalated)
				e.Reason = classify.ReasonAuthErrors
				return r, []Event{e}, true
			}
		}
		return r, nil, true
	case inSuccess:
		if len(r.TempAuth) == 0 && r.Suspect.Class == "" {
			return r, nil, false
		}
		r.TempAuth, r.Suspect = nil, classify.Verdict{}
		return r, nil, true
	case inVerified:
		r.TempAuth, r.Suspect = nil, classify.Verdict{}
		if in.method != "" {
			r.AuthMethod = in.method
		}
		if !r.Flagged() {
			if r.Status == StatusError || r.Status == StatusNeedsReauth {
				r.Status, r.LastError = StatusActive, ""
			}
			return r, nil, true
		}
		e := ev(EventCleared)
		before := r.Flag.Before
		r.Status, r.PauseReason, r.WarmupStatus = before.Status, before.PauseReason, before.WarmupStatus
		if r.Status == StatusError || r.Status == StatusNeedsReauth || r.Status == "" {
			r.Status = StatusActive
		}
		r.LastError, r.Flag = "", Flag{}
		return r, []Event{e}, true
	case inTestFailed:
		e := ev(EventTestFailed)
		e.Detail = in.text
		return r, []Event{e}, true
	case inHoldApplied:
		h := r.Holds.get(in.hold)
		*h = Hold{Applied: true, Ours: in.changed, Cursor: in.cursor}
		if in.hold == HoldWarmup && in.changed && r.WarmupStatus != WarmupOff {
			r.WarmupStatus = WarmupPaused
		}
		return r, []Event{ev(EventHoldApplied)}, true
	case inHoldReleased:
		*r.Holds.get(in.hold) = Hold{}
		return r, []Event{ev(EventHoldReleased)}, true
	case inHookFailed:
		h := r.Holds.get(in.hold)
		h.Failures++
		h.LastError = in.text
		e := ev(EventHookFailed)
		e.Detail = in.text
		return r, []Event{e}, true
	}
	return r, nil, false
}

// flag marks r as needing reconnection for reason, keeping the state to restore.
func flag(r Record, reason classify.Reason, in input) Record {
	r.Flag = Flag{Reason: reason, Verdict: in.verdict, Source: in.source, At: in.at,
		Before: Snapshot{Status: r.Status, PauseReason: r.PauseReason, WarmupStatus: r.WarmupStatus}}
	r.Flag.Action, r.Flag.Actor = planRef(r.Provider, r.AuthMethod, reason, in.verdict)
	r.Status, r.PauseReason = StatusNeedsReauth, reason
	r.Suspect, r.TempAuth = classify.Verdict{}, nil
	return r
}

// recent drops the times older than window before now.
func recent(ts []time.Time, now time.Time, window time.Duration) []time.Time {
	out := ts[:0:0]
	for _, t := range ts {
		if now.Sub(t) < window {
			out = append(out, t)
		}
	}
	return out
}
