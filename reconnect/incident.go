package reconnect

import (
	"sync"
	"time"

	"github.com/mailreconnect/sdk/provider"
)

// guard is the provider incident guard. It watches, per fleet (a provider, or
// the SMTP host of custom mailboxes), which mailboxes reported and which failed
// with which rule, within a sliding window. Its state is in memory: each Machine
// (each process) judges the reports it sees.
type guard struct {
	mu     sync.Mutex
	fleets map[fleetID]*fleet
}

// fleetID is what the guard groups mailboxes by: a provider, or, for custom
// mailboxes, the SMTP host. The zero fleetID groups nothing.
type fleetID struct {
	provider provider.ID
	host     string // for provider.Custom only
}

type fleet struct {
	seen   map[string]time.Time            // mailbox -> last report
	fails  map[string]map[string]time.Time // rule -> mailbox -> last failure
	active map[string]*span                // rule -> the incident on that rule
	pruned time.Time                       // last prune
}

// span is when an incident started and when its rule last failed.
type span struct{ since, last time.Time }

// observe records a report and says whether a reconnect-class failure with rule
// must be held back. rule is "" for a report that is not such a failure. When
// this report trips the guard, it also returns the incident.
func (g *guard) observe(o *Options, id fleetID, mailbox, rule string, now time.Time) (suspect bool, tripped *Incident) {
	if o.IncidentMin < 0 || id == (fleetID{}) {
		return false, nil
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.fleets == nil {
		g.fleets = map[fleetID]*fleet{}
	}
	f := g.fleets[id]
	if f == nil {
		f = &fleet{seen: map[string]time.Time{}, fails: map[string]map[string]time.Time{}, active: map[string]*span{}}
		g.fleets[id] = f
	}
	f.prune(now, o.IncidentWindow)
	f.seen[mailbox] = now
	if rule == "" {
		return false, nil
	}
	if f.fails[rule] == nil {
		f.fails[rule] = map[string]time.Time{}
	}
	f.fails[rule][mailbox] = now
	if sp, ok := f.active[rule]; ok {
		sp.last = now
		return true, nil
	}
	failing, seen := len(f.fails[rule]), len(f.seen)
	if failing >= o.IncidentMin && float64(failing) >= o.IncidentShare*float64(seen) {
		f.active[rule] = &span{since: now, last: now}
		return true, &Incident{Provider: id.provider, Host: id.host, Rule: rule, Failing: failing, Seen: seen, Since: now}
	}
	return false, nil
}

// prune forgets what is older than the window; an incident passes when its
// rule has had no failure for a whole window.
func (f *fleet) prune(now time.Time, window time.Duration) {
	for rule, sp := range f.active {
		if now.Sub(sp.last) >= window {
			delete(f.active, rule)
		}
	}
	// Forgetting old reports costs a pass over the fleet: do it at most ten
	// times per window.
	if now.Sub(f.pruned) < window/10 {
		return
	}
	f.pruned = now
	for id, t := range f.seen {
		if now.Sub(t) >= window {
			delete(f.seen, id)
		}
	}
	for rule, m := range f.fails {
		for id, t := range m {
			if now.Sub(t) >= window {
				delete(m, id)
			}
		}
		if len(m) == 0 {
			delete(f.fails, rule)
		}
	}
}

// Incidents returns the incidents the guard currently holds, for dashboards.
func (g *guard) incidents(now time.Time, window time.Duration) []Incident {
	g.mu.Lock()
	defer g.mu.Unlock()
	var out []Incident
	for id, f := range g.fleets {
		f.prune(now, window)
		for rule, sp := range f.active {
			out = append(out, Incident{Provider: id.provider, Host: id.host, Rule: rule, Failing: len(f.fails[rule]), Seen: len(f.seen), Since: sp.since})
		}
	}
	return out
}
