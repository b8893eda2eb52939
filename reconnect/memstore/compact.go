package memstore

import (
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// The Store keeps each mailbox as one entry, about a third of a
// reconnect.Record: its ID is the map key, the parts only a flagged mailbox
// has live behind one pointer, and the values a fleet repeats (the verdicts
// and the labels of events) are kept once per Store and shared.

// entry is one mailbox: its record and its history.
type entry struct {
	email, smtpHost, imapHost string
	lastError, workspace      string
	method                    provider.AuthMethod
	status                    reconnect.Status
	pause                     classify.Reason
	warmup                    reconnect.WarmupStatus
	provider                  provider.ID
	lastSource                reconnect.Source
	lastVerdict               *classify.Verdict // nil for the zero Verdict
	version                   int64
	lastAt, updatedAt         time.Time
	tempAuth                  []time.Time
	flagged                   *flagged // nil while Flag, Suspect and Holds are all zero
	history                   history
}

// flagged is the part of a record that only a flagged (or suspect, or still
// releasing) mailbox has.
type flagged struct {
	reason  classify.Reason
	verdict *classify.Verdict
	source  reconnect.Source
	at      time.Time
	action  provider.Action
	actor   provider.Actor
	before  reconnect.Snapshot
	suspect *classify.Verdict
	holds   reconnect.Holds
}

// event is one history entry. The mailbox ID and the sequence number are
// implied by where it is kept; everything but its time and detail is in its
// label, shared by every event that has the same.
type event struct {
	at     time.Time
	detail string
	label  *label
}

// label is the part of an event that repeats across events and mailboxes.
type label struct {
	kind     reconnect.EventKind
	source   reconnect.Source
	reason   classify.Reason
	hold     reconnect.HoldKind
	provider provider.ID
	method   provider.AuthMethod
	action   provider.Action
	actor    provider.Actor
	verdict  classify.Verdict
}

// history is a mailbox's events, oldest first, in blocks of at most
// blockEvents: the first block is as long as the first write needs and grows
// as append grows a slice, later ones are made full size. Appending copies at
// most one block's events, where one slice would copy the whole history each
// time it doubled.
type history [][]event

const blockEvents = 32

func (h history) len() int {
	if len(h) == 0 {
		return 0
	}
	return (len(h)-1)*blockEvents + len(h[len(h)-1])
}

// maxShared bounds each table of shared values: past it, new values are
// kept on their own, unshared, so odd input cannot grow a table without end.
const maxShared = 4096

// shared keeps one copy of each value of T it was given.
type shared[T comparable] struct {
	m    map[T]*T
	last *T // the value returned last, checked before the map
}

// get returns the shared copy of v, making it when v is new. prev, a copy
// the caller holds already (or nil), is returned when it equals v, which
// spares the lookup for a value that did not change.
func (s *shared[T]) get(v T, prev *T) *T {
	if prev != nil && *prev == v {
		return prev
	}
	if s.last != nil && *s.last == v {
		return s.last
	}
	p, ok := s.m[v]
	if !ok {
		p = new(T) // not &v, which would move v to the heap on every call
		*p = v
		if s.m == nil {
			s.m = map[T]*T{}
		}
		if len(s.m) < maxShared {
			s.m[v] = p
		}
	}
	s.last = p
	return p
}

// verdict returns the shared copy of v, or nil for the zero Verdict.
func (s *Store) verdict(v classify.Verdict, prev *classify.Verdict) *classify.Verdict {
	if v == (classify.Verdict{}) {
		return nil
	}
	return s.verdicts.get(v, prev)
}

// deref returns *v, or the zero Verdict for nil.
func deref(v *classify.Verdict) classify.Verdict {
	if v == nil {
		return classify.Verdict{}
	}
	return *v
}

// set stores rec in e (its ID aside), sharing verdicts; s.mu is held.
func (s *Store) set(e *entry, rec *reconnect.Record) {
	m := &rec.Mailbox
	e.email, e.smtpHost, e.imapHost, e.lastError, e.workspace = m.Email, m.SMTPHost, m.IMAPHost, m.LastError, rec.Workspace
	e.method, e.status, e.pause, e.warmup = m.AuthMethod, m.Status, m.PauseReason, m.WarmupStatus
	e.provider, e.lastSource, e.lastAt, e.updatedAt = rec.Provider, rec.LastSource, rec.LastAt, rec.UpdatedAt
	e.lastVerdict = s.verdict(m.LastVerdict, e.lastVerdict)
	e.version = rec.Version
	e.tempAuth = append(e.tempAuth[:0:0], rec.TempAuth...)
	f := &rec.Flag
	if *f == (reconnect.Flag{}) && rec.Suspect == (classify.Verdict{}) && rec.Holds == (reconnect.Holds{}) {
		if e.flagged != nil {
			*e.flagged = flagged{}
			s.spare, e.flagged = e.flagged, nil
		}
		return
	}
	fl := e.flagged // changed in place: no one outside the Store holds it
	if fl == nil {
		fl, s.spare = s.spare, nil
		if fl == nil {
			fl = new(flagged)
		}
		e.flagged = fl
	}
	*fl = flagged{reason: f.Reason, verdict: s.verdict(f.Verdict, fl.verdict), source: f.Source, at: f.At,
		action: f.Action, actor: f.Actor, before: f.Before, suspect: s.verdict(rec.Suspect, fl.suspect), holds: rec.Holds}
}

// record returns the record e keeps for mailbox id.
func (e *entry) record(id string) reconnect.Record {
	r := reconnect.Record{Mailbox: e.mailbox(id), Workspace: e.workspace, Provider: e.provider, Version: e.version,
		LastSource: e.lastSource, LastAt: e.lastAt, UpdatedAt: e.updatedAt}
	if len(e.tempAuth) > 0 {
		r.TempAuth = append([]time.Time(nil), e.tempAuth...)
	}
	if f := e.flagged; f != nil {
		r.Flag = reconnect.Flag{Reason: f.reason, Verdict: deref(f.verdict), Source: f.source, At: f.at,
			Action: f.action, Actor: f.actor, Before: f.before}
		r.Suspect, r.Holds = deref(f.suspect), f.holds
	}
	return r
}

// mailbox returns the mailbox e keeps for id.
func (e *entry) mailbox(id string) reconnect.Mailbox {
	return reconnect.Mailbox{ID: id, Email: e.email, SMTPHost: e.smtpHost, IMAPHost: e.imapHost, AuthMethod: e.method,
		Status: e.status, LastError: e.lastError, PauseReason: e.pause, WarmupStatus: e.warmup, LastVerdict: deref(e.lastVerdict)}
}

// leasable reports whether health checks may lease e (what
// reconnect.Record.Leasable says of its record): the Machine flagged it and
// it still needs reconnecting, or it is a suspect.
func (e *entry) leasable(id string) bool {
	f := e.flagged
	return f != nil && (f.suspect != nil || (f.reason != "" && reconnect.NeedsReconnect(e.mailbox(id)).Needs))
}

// appendEvents appends events to h, sharing their labels; s.mu is held.
func (s *Store) appendEvents(h history, events []reconnect.Event) history {
	for i := range events {
		left := len(events) - i // events still to append, this one included
		switch n := len(h); {
		case n == 0:
			h = append(h, make([]event, 0, min(left, blockEvents)))
		case len(h[n-1]) == blockEvents:
			h = append(h, make([]event, 0, blockEvents))
		case len(h[n-1]) == cap(h[n-1]):
			last := h[n-1]
			h[n-1] = append(make([]event, 0, min(max(2*len(last), len(last)+left), blockEvents)), last...)
		}
		ev, last := &events[i], &h[len(h)-1]
		*last = append(*last, event{at: ev.At, detail: ev.Detail, label: s.label(label{kind: ev.Kind, source: ev.Source,
			reason: ev.Reason, hold: ev.Hold, provider: ev.Provider, method: ev.AuthMethod, action: ev.Action,
			actor: ev.Actor, verdict: ev.Verdict})})
	}
	return h
}

// label returns the shared copy of l. A small cache, indexed by a hash of a
// few lengths and bytes that is much cheaper than the table's, answers the
// labels seen lately (comparing equal strings that share their bytes is
// quick).
func (s *Store) label(l label) *label {
	h := len(l.kind)*7 + len(l.hold)*5 + len(l.source)*3 + len(l.provider) + len(l.verdict.Rule)*11 +
		last(string(l.kind))*13 + first(string(l.hold))*17 + first(string(l.source))*19 + first(string(l.provider))*23
	slot := &s.recent[h%len(s.recent)]
	if *slot != nil && **slot == l {
		return *slot
	}
	*slot = s.labels.get(l, nil)
	return *slot
}

// first returns the first byte of s, 0 if s is empty.
func first(s string) int {
	if s == "" {
		return 0
	}
	return int(s[0])
}

// last returns the last byte of s, 0 if s is empty.
func last(s string) int {
	if s == "" {
		return 0
	}
	return int(s[len(s)-1])
}

// events returns h as the events of mailbox id.
func events(id string, h history) []reconnect.Event {
	out := make([]reconnect.Event, 0, h.len())
	for _, block := range h {
		for _, e := range block {
			l := e.label
			out = append(out, reconnect.Event{MailboxID: id, Seq: int64(len(out) + 1), At: e.at, Kind: l.kind, Source: l.source,
				Reason: l.reason, Verdict: l.verdict, Hold: l.hold, Detail: e.detail, Provider: l.provider, AuthMethod: l.method,
				Action: l.action, Actor: l.actor})
		}
	}
	return out
}
