// Package tally counts, for the provider incident guard, which workspaces of
// each fleet (a provider, or the SMTP host of custom mailboxes) reported and
// which failed with which rule within a sliding window, and which incidents
// are open. It is the in-memory state behind reconnect's own guard and
// memstore's reconnect.IncidentStore. A Tally is not safe for concurrent use:
// its owner locks.
package tally

import "time"

// Fleet names a group of mailboxes: a provider ID, and the SMTP host for
// custom mailboxes.
type Fleet struct{ Provider, Host string }

// Tally is the guard's state. The zero Tally is empty and ready to use.
type Tally struct {
	fleets map[Fleet]*fleet
}

type fleet struct {
	seen   map[string]time.Time            // workspace -> last report
	fails  map[string]map[string]time.Time // rule -> workspace -> last failure
	open   map[string]*span                // rule -> its open incident
	pruned time.Time                       // last full prune
}

// span is when an incident opened and when its rule last failed.
type span struct{ since, last time.Time }

// Counts is what Observe returns for a fleet and rule.
type Counts struct {
	Failing int       // workspaces failing with the rule within the window
	Seen    int       // workspaces that reported within the window
	Since   time.Time // when the rule's open incident opened; zero if none
}

// Observe records that workspace of f reported at at, failing with rule ("":
// not a failure that counts), forgets what is older than window (an incident
// whose rule has no failure left in the window closes), and returns the
// counts for rule.
func (t *Tally) Observe(f Fleet, workspace, rule string, at time.Time, window time.Duration) Counts {
	fl := t.fleet(f)
	fl.prune(at, window)
	if last, ok := fl.seen[workspace]; !ok || at.After(last) {
		fl.seen[workspace] = at
	}
	if rule == "" {
		return Counts{Seen: len(fl.seen)}
	}
	ws := fl.fails[rule]
	if ws == nil {
		ws = map[string]time.Time{}
		fl.fails[rule] = ws
	}
	if last, ok := ws[workspace]; !ok || at.After(last) {
		ws[workspace] = at
	}
	c := Counts{Failing: len(ws), Seen: len(fl.seen)}
	if sp := fl.open[rule]; sp != nil {
		if at.After(sp.last) {
			sp.last = at
		}
		c.Since = sp.since
	}
	return c
}

// Open opens an incident on f's rule at since unless one is open, and
// reports whether it did.
func (t *Tally) Open(f Fleet, rule string, since time.Time) bool {
	fl := t.fleet(f)
	if _, ok := fl.open[rule]; ok {
		return false
	}
	fl.open[rule] = &span{since: since, last: since}
	return true
}

// Incident is an open incident with its counts.
type Incident struct {
	Fleet
	Rule string
	Counts
}

// Incidents returns the incidents open at now, with their counts within
// window, in no particular order.
func (t *Tally) Incidents(now time.Time, window time.Duration) []Incident {
	var out []Incident
	for id, fl := range t.fleets {
		fl.prune(now, window)
		for rule, sp := range fl.open {
			out = append(out, Incident{Fleet: id, Rule: rule, Counts: Counts{Failing: len(fl.fails[rule]), Seen: len(fl.seen), Since: sp.since}})
		}
	}
	return out
}

func (t *Tally) fleet(f Fleet) *fleet {
	if t.fleets == nil {
		t.fleets = map[Fleet]*fleet{}
	}
	fl := t.fleets[f]
	if fl == nil {
		fl = &fleet{seen: map[string]time.Time{}, fails: map[string]map[string]time.Time{}, open: map[string]*span{}}
		t.fleets[f] = fl
	}
	return fl
}

// prune forgets what is older than window before now. An incident closes
// when its rule has had no failure for a whole window.
func (fl *fleet) prune(now time.Time, window time.Duration) {
	for rule, sp := range fl.open {
		if now.Sub(sp.last) >= window {
			delete(fl.open, rule)
			delete(fl.fails, rule)
		}
	}
	// Forgetting old reports costs a pass over the fleet: do it at most ten
	// times per window.
	if now.Sub(fl.pruned) < window/10 {
		return
	}
	fl.pruned = now
	for ws, t := range fl.seen {
		if now.Sub(t) >= window {
			delete(fl.seen, ws)
		}
	}
	for rule, m := range fl.fails {
		for ws, t := range m {
			if now.Sub(t) >= window {
				delete(m, ws)
			}
		}
		if len(m) == 0 {
			delete(fl.fails, rule)
		}
	}
}
