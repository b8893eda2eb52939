package reconnect

import (
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
)

// inputKind is what happened to a mailbox.
type inputKind int

const (
	inRegister   inputKind = iota // the mailbox is registered (flagged at once if it needs reconnecting)
	inFailure                     // a send, warmup, sync or token failure
	inSuccess                     // a send, warmup, sync or token success
	inVerified                    // a credential test or health check passed
	inTestFailed                  // a credential test failed (nothing changes but history)
	inHolds                       // hooks ran: their results
)

// input is one thing that happened, with everything transition needs to know.
type input struct {
	kind    inputKind
	at      time.Time
	source  Source
	verdict classify.Verdict
	text    string // failure text, scrubbed of secrets and cleaned (cleanText)
	suspect bool   // the incident guard holds this failure back
	method  provider.AuthMethod
	results []holdResult // for inHolds
}

// eventBuf is the room for the events of one write: at most one per hold.
// A Machine keeps them in a pool, so a write allocates no events (Store.Put
// retains none), and each goes back once the events are emitted.
type eventBuf [len(holdKinds)]Event

// getEvents returns an empty event buffer from m's pool.
func (m *Machine) getEvents() *eventBuf {
	if b, ok := m.eventBufs.Get().(*eventBuf); ok {
		return b
	}
	return new(eventBuf)
}

// putEvents clears the n events of b that were used (so the pool keeps no
// text alive) and gives b back to m's pool.
func (m *Machine) putEvents(b *eventBuf, n int) {
	clear(b[:min(n, len(b))]) // n is larger only if events outgrew b (then they were allocated)
	m.eventBufs.Put(b)
}

// holdResult is what one hook call did.
type holdResult struct {
	kind    HoldKind
	release bool   // a release (else an apply)
	changed bool   // the apply changed something on the host
	cursor  string // inbox sync position
	err     string // the hook's error, cleaned; "" on success
}

// transition is the only place a record changes. It returns the whole next
// record, holds wanted included, the events to append with it, and whether
// anything changed (false: nothing to write). It is pure: no I/O, no clock.
// r is its own copy: the helpers below change it in place.
func transition(r Record, in input, o *Options) (Record, []Event, bool) {
	events, changed := transitionInto(&r, &in, o, nil)
	return r, events, changed
}

// transitionInto is transition changing *r in place; it appends the events to evs
// (the buffer of a write, see eventBuf) and returns them.
func transitionInto(r *Record, in *input, o *Options, evs []Event) ([]Event, bool) {
	switch in.kind {
	case inRegister:
		d := NeedsReconnect(r.Mailbox)
		if !d.Needs {
			return nil, true
		}
		// The host registered a mailbox that already needs reconnecting: the
		// Machine takes it over, so the flag and the predicate agree.
		reason := d.Reason
		if !reason.Pause() {
			reason = classify.ReasonAuthFailure // status needs_reauth with nothing more said
		}
		in.verdict = d.Verdict
		flag(r, reason, in, o)
		return append(evs, event(r, in, EventFlagged, o)), true
	case inFailure:
		return failure(r, in, o, evs)
	case inSuccess:
		if len(r.TempAuth) == 0 && r.Suspect.Class == "" {
			return nil, false
		}
		r.TempAuth, r.Suspect = nil, classify.Verdict{}
		return nil, true
	case inVerified:
		return verified(r, in, o, evs)
	case inTestFailed:
		e := event(r, in, EventTestFailed, o)
		e.Detail = in.text
		return append(evs, e), true
	case inHolds:
		return holdResults(r, in.at, in.results, evs)
	}
	return nil, false
}

// failure is transition for a reported failure.
func failure(r *Record, in *input, o *Options, evs []Event) ([]Event, bool) {
	v := in.verdict
	if v.NeedsReconnect && in.suspect && !r.Flagged() {
		// Held back: nothing the predicate reads changes, so it stays false.
		if r.Suspect.Class != "" {
			return nil, false
		}
		r.Suspect = v
		e := event(r, in, EventIncidentSuspected, o)
		e.Detail = in.text
		return append(evs, e), true
	}
	dup := in.source == r.LastSource && in.text == r.LastError && !in.at.Before(r.LastAt) && in.at.Sub(r.LastAt) < o.DuplicateWindow
	r.LastError, r.LastVerdict, r.LastSource, r.LastAt = in.text, v, in.source, in.at
	switch {
	case r.Flagged():
		// Already flagged: a repeated report only refreshes the last error.
	case v.NeedsReconnect:
		flag(r, v.Reason, in, o)
		return append(evs, event(r, in, EventFlagged, o)), true
	case v.Class == classify.ClassAuthTemporary && !dup:
		r.TempAuth = append(recent(r.TempAuth, in.at, o.EscalationWindow), in.at)
		if len(r.TempAuth) >= o.EscalateAfter {
			flag(r, classify.ReasonAuthErrors, in, o)
			return append(evs, event(r, in, EventEscalated, o)), true
		}
	}
	return nil, true
}

// verified is transition for a passing credential test or health check:
// whatever made the mailbox need reconnecting is gone, whoever set it.
func verified(r *Record, in *input, o *Options, evs []Event) ([]Event, bool) {
	if !r.Flagged() {
		before := *r
		r.TempAuth, r.Suspect = nil, classify.Verdict{}
		if in.method != "" {
			r.AuthMethod = in.method
		}
		restore(r, Snapshot{Status: r.Status, PauseReason: r.PauseReason, WarmupStatus: r.WarmupStatus})
		if len(before.TempAuth) == 0 && before.Suspect == (classify.Verdict{}) && before.Mailbox == r.Mailbox {
			*r = before
			return nil, false
		}
		return nil, true
	}
	r.TempAuth, r.Suspect = nil, classify.Verdict{}
	if in.method != "" {
		r.AuthMethod = in.method
	}
	e := event(r, in, EventCleared, o)
	restore(r, r.Flag.Before)
	r.Flag = Flag{}
	r.Holds.want(false, in.source, o)
	return append(evs, e), true
}

// restore puts back the state s, except what said the mailbox needs
// reconnecting: a status of error or needs_reauth (or none) becomes active, a
// reconnect pause reason is dropped, and the last error goes. NeedsReconnect
// is false on the result.
func restore(r *Record, s Snapshot) {
	r.Status, r.PauseReason, r.WarmupStatus = s.Status, s.PauseReason, s.WarmupStatus
	if r.Status == "" || is(string(r.Status), string(StatusError)) || is(string(r.Status), string(StatusNeedsReauth)) {
		r.Status = StatusActive
	}
	if _, reconnectReason := pauseReason(r.PauseReason); reconnectReason {
		r.PauseReason = ""
	}
	r.LastError, r.LastVerdict, r.LastSource, r.LastAt = "", classify.Verdict{}, "", time.Time{}
}

// flag marks r as needing reconnection for reason, keeping the state to
// restore, and wants every configured hold.
func flag(r *Record, reason classify.Reason, in *input, o *Options) {
	r.Flag = Flag{Reason: reason, Verdict: in.verdict, Source: in.source, At: in.at,
		Before: Snapshot{Status: r.Status, PauseReason: r.PauseReason, WarmupStatus: r.WarmupStatus}}
	r.Flag.Action, r.Flag.Actor = o.plans.ref(r.Provider, r.AuthMethod, reason, in.verdict)
	r.Status, r.PauseReason = StatusNeedsReauth, reason
	r.Suspect, r.TempAuth = classify.Verdict{}, nil
	// The Machine's warmup hold may still be in place: its release after a
	// clear failed or has not run.
	pauseWarmup(r)
	r.Holds.want(true, in.source, o)
}

// pauseWarmup says warmup is paused while r is flagged and the Machine's own
// warmup hold is in place, unless warmup is off. The flag's snapshot keeps
// the state a clear restores.
func pauseWarmup(r *Record) {
	if w := r.Holds.Warmup; r.Flagged() && w.Applied && w.Ours && !is(string(r.WarmupStatus), string(WarmupOff)) {
		r.WarmupStatus = WarmupPaused
	}
}

// want sets the holds wanted: every configured one (on), or none. A hold
// whose wish now matches what the host has loses its failure details; one
// that was never applied and is no longer wanted is forgotten whole.
func (h *Holds) want(on bool, src Source, o *Options) {
	for _, k := range holdKinds {
		hd := h.get(k)
		hd.Want = on && o.hooked(k)
		switch {
		case !hd.Want && !hd.Applied:
			*hd = Hold{}
		case hd.Want == hd.Applied:
			hd.Failures, hd.LastError = 0, ""
		}
	}
	h.Source = src
	if h.idle() {
		h.Source = ""
	}
}

// holdResults is transition for hook results. They are facts about the host
// and are recorded whatever the record wants now: a hold applied after a
// concurrent clear is recorded as applied (and released next), and once a
// hook said it changed something, the hold stays ours. The events are
// appended to events.
func holdResults(r *Record, at time.Time, results []holdResult, events []Event) ([]Event, bool) {
	for _, res := range results {
		h := r.Holds.get(res.kind)
		kind := EventHoldApplied
		switch {
		case res.err != "":
			if h.Want != h.Applied { // else a concurrent change made the call moot
				h.Failures++
				h.LastError = res.err
			}
			kind = EventHookFailed
		case res.release:
			*h = Hold{Want: h.Want}
			kind = EventHoldReleased
		default:
			h.Applied, h.Ours = true, h.Ours || res.changed
			if res.changed || h.Cursor == "" {
				h.Cursor = res.cursor
			}
			h.Failures, h.LastError = 0, ""
		}
		events = append(events, Event{MailboxID: r.ID, At: at, Kind: kind, Source: r.Holds.Source,
			Reason: r.Flag.Reason, Hold: res.kind, Detail: res.err, Provider: r.Provider, AuthMethod: r.AuthMethod})
	}
	pauseWarmup(r)
	if r.Holds.idle() {
		r.Holds.Source = ""
	}
	return events, len(results) > 0
}

// event returns an event of kind k about r, naming its plan for the events
// that have one.
func event(r *Record, in *input, k EventKind, o *Options) Event {
	e := Event{MailboxID: r.ID, At: in.at, Kind: k, Source: in.source, Verdict: in.verdict,
		Reason: r.Flag.Reason, Provider: r.Provider, AuthMethod: r.AuthMethod}
	switch k {
	case EventFlagged, EventEscalated:
		e.Action, e.Actor = r.Flag.Action, r.Flag.Actor
	case EventIncidentSuspected:
		e.Action, e.Actor = o.plans.ref(r.Provider, r.AuthMethod, "", in.verdict)
	case EventTestFailed:
		e.Action, e.Actor = o.plans.ref(r.Provider, r.AuthMethod, "", in.verdict)
	}
	return e
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
