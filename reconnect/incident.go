package reconnect

import (
	"context"
	"sort"
	"sync"
	"time"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect/internal/tally"
)

// IncidentStore is an optional extension of a [Store] that keeps the provider
// incident guard's counts, so that every application instance sharing the
// store judges the same counts (with per-process counts, N instances would
// each see a share of the failures, and the guard would trip N times later).
// A Machine finds it by type assertion on its Store; without it, each Machine
// counts the reports it sees. memstore implements it, and a SQL store should;
// package storetest's RunIncidents checks an implementation.
// Implementations must be safe for concurrent use, never read the clock (times
// come from the caller), and make each method one atomic step.
type IncidentStore interface {
	// ObserveIncident records that a mailbox of workspace o.Workspace in the
	// fleet o names (o.Provider, and o.Host for custom mailboxes) reported at
	// o.At, failing with rule o.Rule ("" for a report that is no reconnect
	// failure); forgets reports older than window before o.At (an open
	// incident whose rule has had no failure for a whole window closes); and
	// returns the fleet's counts for o.Rule within the window: Failing, the
	// distinct workspaces failing with the rule, and Seen, the distinct
	// workspaces that reported anything. Since is when the rule's open
	// incident opened, zero if none is open.
	ObserveIncident(ctx context.Context, o Observation, window time.Duration) (Incident, error)
	// OpenIncident opens inc (named by its Provider, Host and Rule, opened at
	// its Since) unless an incident is open on that fleet and rule, and
	// reports whether this call opened it.
	OpenIncident(ctx context.Context, inc Incident) (bool, error)
	// OpenIncidents returns the incidents open at now, with their counts
	// within window, ordered by provider, host and rule.
	OpenIncidents(ctx context.Context, now time.Time, window time.Duration) ([]Incident, error)
}

// Observation is one report as the incident guard counts it.
type Observation struct {
	Provider  provider.ID // the mailbox's provider
	Host      string      // for provider.Custom: the SMTP host, in lower case
	Workspace string      // the mailbox's workspace (customer)
	Rule      string      // the classifier's rule of a reconnect failure; "" for any other report
	At        time.Time
}

// observe records a report of r with the guard and says whether a
// reconnect-class failure with rule must be held back. rule is "" for a report
// that is not such a failure. When this report opened an incident, it also
// returns the incident.
func (m *Machine) observe(ctx context.Context, r *Record, rule string, now time.Time) (suspect bool, opened *Incident, err error) {
	if m.o.IncidentMin < 0 {
		return false, nil, nil
	}
	o := Observation{Provider: r.Provider, Workspace: r.Workspace, Rule: rule, At: now}
	if o.Workspace == "" {
		o.Workspace = "mailbox:" + r.ID // a mailbox without a workspace is a customer of its own
	}
	switch {
	case r.Provider != "" && r.Provider != provider.Custom:
	case r.SMTPHost != "":
		o.Provider, o.Host = provider.Custom, lower(r.SMTPHost)
	default:
		return false, nil, nil // nothing to group it with
	}
	inc, err := m.incidents.ObserveIncident(ctx, o, m.o.IncidentWindow)
	if err != nil || rule == "" {
		return false, nil, err
	}
	if !inc.Since.IsZero() {
		return true, nil, nil
	}
	if inc.Failing < m.o.IncidentMin || float64(inc.Failing) < m.o.IncidentShare*float64(inc.Seen) {
		return false, nil, nil
	}
	inc.Since = now
	ok, err := m.incidents.OpenIncident(ctx, inc)
	if err != nil {
		return false, nil, err
	}
	if ok {
		opened = &inc
	}
	return true, opened, nil
}

// lower returns s in lower case (ASCII), without allocating when it is
// already.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// MemoryIncidents is an [IncidentStore] in memory. A Machine whose Store is
// not an IncidentStore keeps its guard's counts in one of its own (so they
// cover only the reports that Machine sees); memstore keeps one for all the
// Machines sharing it. The zero MemoryIncidents is empty and ready to use. A
// MemoryIncidents is safe for concurrent use by multiple goroutines.
type MemoryIncidents struct {
	mu sync.Mutex
	t  tally.Tally
}

var _ IncidentStore = (*MemoryIncidents)(nil)

// ObserveIncident implements [IncidentStore].
func (l *MemoryIncidents) ObserveIncident(ctx context.Context, o Observation, window time.Duration) (Incident, error) {
	if err := ctx.Err(); err != nil {
		return Incident{}, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	c := l.t.Observe(tally.Fleet{Provider: string(o.Provider), Host: o.Host}, o.Workspace, o.Rule, o.At, window)
	return Incident{Provider: o.Provider, Host: o.Host, Rule: o.Rule, Failing: c.Failing, Seen: c.Seen, Since: c.Since}, nil
}

// OpenIncident implements [IncidentStore].
func (l *MemoryIncidents) OpenIncident(ctx context.Context, inc Incident) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.t.Open(tally.Fleet{Provider: string(inc.Provider), Host: inc.Host}, inc.Rule, inc.Since), nil
}

// OpenIncidents implements [IncidentStore].
func (l *MemoryIncidents) OpenIncidents(ctx context.Context, now time.Time, window time.Duration) ([]Incident, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []Incident
	for _, i := range l.t.Incidents(now, window) {
		out = append(out, Incident{Provider: provider.ID(i.Provider), Host: i.Host, Rule: i.Rule, Failing: i.Failing, Seen: i.Seen, Since: i.Since})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Provider != b.Provider {
			return a.Provider < b.Provider
		}
		if a.Host != b.Host {
			return a.Host < b.Host
		}
		return a.Rule < b.Rule
	})
	return out, nil
}
