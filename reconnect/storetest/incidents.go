package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// RunIncidents runs the conformance suite of reconnect.IncidentStore, the
// optional extension that shares the provider incident guard's counts between
// instances. newStore must return an empty store that implements it; the
// suite fails at once if it does not.
func RunIncidents(t *testing.T, newStore func(t *testing.T) reconnect.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s reconnect.IncidentStore)
	}{
		{"CountsDistinctWorkspacesNotMailboxes", countsWorkspaces},
		{"FleetsAndRulesAreApart", fleetsApart},
		{"ObservationsOlderThanTheWindowAreForgotten", windowForgets},
		{"OpenIncidentOpensOnce", opensOnce},
		{"IncidentClosesAfterAQuietWindow", closesWhenQuiet},
		{"ConcurrentObserversLoseNoCount", concurrentObservers},
		{"IncidentCanceledContextFails", incidentCanceled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, ok := newStore(t).(reconnect.IncidentStore)
			if !ok {
				t.Fatal("the store does not implement reconnect.IncidentStore")
			}
			tc.fn(t, s)
		})
	}
}

const window = 10 * time.Minute

func observe(t *testing.T, s reconnect.IncidentStore, o reconnect.Observation) reconnect.Incident {
	t.Helper()
	inc, err := s.ObserveIncident(ctx, o, window)
	if err != nil {
		t.Fatalf("ObserveIncident(%+v): %v", o, err)
	}
	return inc
}

const rule = "google_bad_credentials"

func countsWorkspaces(t *testing.T, s reconnect.IncidentStore) {
	// One workspace's dozen mailboxes failing is one customer; another
	// workspace only reporting success is seen, not failing.
	var inc reconnect.Incident
	for i := 0; i < 12; i++ {
		inc = observe(t, s, reconnect.Observation{Provider: provider.Gmail, Workspace: "acme", Rule: rule, At: at.Add(time.Duration(i) * time.Second)})
	}
	if inc.Failing != 1 || inc.Seen != 1 {
		t.Fatalf("after 12 failures of one workspace: failing %d seen %d, want 1 and 1", inc.Failing, inc.Seen)
	}
	observe(t, s, reconnect.Observation{Provider: provider.Gmail, Workspace: "globex", At: at.Add(20 * time.Second)})
	inc = observe(t, s, reconnect.Observation{Provider: provider.Gmail, Workspace: "initech", Rule: rule, At: at.Add(30 * time.Second)})
	if inc.Failing != 2 || inc.Seen != 3 || inc.Provider != provider.Gmail || inc.Rule != rule || !inc.Since.IsZero() {
		t.Fatalf("got %+v, want 2 failing of 3 seen, no incident open", inc)
	}
}

func fleetsApart(t *testing.T, s reconnect.IncidentStore) {
	observe(t, s, reconnect.Observation{Provider: provider.Gmail, Workspace: "a", Rule: rule, At: at})
	observe(t, s, reconnect.Observation{Provider: provider.Custom, Host: "mail.a.example", Workspace: "b", Rule: rule, At: at})
	observe(t, s, reconnect.Observation{Provider: provider.Custom, Host: "mail.b.example", Workspace: "c", Rule: rule, At: at})
	inc := observe(t, s, reconnect.Observation{Provider: provider.Gmail, Workspace: "d", Rule: "other_rule", At: at})
	if inc.Failing != 1 || inc.Seen != 2 {
		t.Fatalf("gmail other_rule: %+v, want 1 failing of 2 seen", inc)
	}
	inc = observe(t, s, reconnect.Observation{Provider: provider.Custom, Host: "mail.a.example", Workspace: "e", Rule: rule, At: at})
	if inc.Failing != 2 || inc.Seen != 2 || inc.Host != "mail.a.example" {
		t.Fatalf("custom host a: %+v, want 2 failing of 2 seen", inc)
	}
}

func windowForgets(t *testing.T, s reconnect.IncidentStore) {
	for i := 0; i < 5; i++ {
		observe(t, s, reconnect.Observation{Provider: provider.Gmail, Workspace: fmt.Sprint("old", i), Rule: rule, At: at})
	}
	later := at.Add(2 * window)
	inc := observe(t, s, reconnect.Observation{Provider: provider.Gmail, Workspace: "new", Rule: rule, At: later})
	if inc.Failing != 1 || inc.Seen != 1 {
		t.Fatalf("two windows later: %+v, want only the new workspace", inc)
	}
}

func opensOnce(t *testing.T, s reconnect.IncidentStore) {
	inc := observe(t, s, reconnect.Observation{Provider: provider.Gmail, Workspace: "a", Rule: rule, At: at})
	inc.Since = at
	for i, want := range []bool{true, false} {
		ok, err := s.OpenIncident(ctx, inc)
		if err != nil || ok != want {
			t.Fatalf("OpenIncident #%d = %v, %v; want %v", i+1, ok, err, want)
		}
	}
	got := observe(t, s, reconnect.Observation{Provider: provider.Gmail, Workspace: "b", Rule: rule, At: at.Add(time.Minute)})
	if !got.Since.Equal(at) {
		t.Fatalf("observe during the incident: Since %v, want %v", got.Since, at)
	}
	open, err := s.OpenIncidents(ctx, at.Add(time.Minute), window)
	if err != nil {
		t.Fatal(err)
	}
	if len(open) != 1 || open[0].Provider != provider.Gmail || open[0].Rule != rule || open[0].Failing != 2 || !open[0].Since.Equal(at) {
		t.Fatalf("OpenIncidents = %+v", open)
	}
}

func closesWhenQuiet(t *testing.T, s reconnect.IncidentStore) {
	inc := observe(t, s, reconnect.Observation{Provider: provider.Gmail, Workspace: "a", Rule: rule, At: at})
	inc.Since = at
	if ok, err := s.OpenIncident(ctx, inc); !ok || err != nil {
		t.Fatalf("OpenIncident = %v, %v", ok, err)
	}
	// A failure within the window keeps it open.
	observe(t, s, reconnect.Observation{Provider: provider.Gmail, Workspace: "b", Rule: rule, At: at.Add(window - time.Second)})
	if open, _ := s.OpenIncidents(ctx, at.Add(window+time.Second), window); len(open) != 1 {
		t.Fatalf("incident closed while its rule still failed within the window: %+v", open)
	}
	quiet := at.Add(2*window + time.Second)
	if open, _ := s.OpenIncidents(ctx, quiet, window); len(open) != 0 {
		t.Fatalf("incident still open after a quiet window: %+v", open)
	}
	got := observe(t, s, reconnect.Observation{Provider: provider.Gmail, Workspace: "c", Rule: rule, At: quiet})
	if !got.Since.IsZero() {
		t.Fatalf("a closed incident is reported open: %+v", got)
	}
	if ok, err := s.OpenIncident(ctx, reconnect.Incident{Provider: provider.Gmail, Rule: rule, Since: quiet}); !ok || err != nil {
		t.Fatalf("reopening after it closed = %v, %v", ok, err)
	}
}

func concurrentObservers(t *testing.T, s reconnect.IncidentStore) {
	const n = 64
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		opened int
	)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			inc, err := s.ObserveIncident(ctx, reconnect.Observation{Provider: provider.Gmail, Workspace: fmt.Sprint("w", i), Rule: rule, At: at}, window)
			if err != nil {
				t.Error(err)
				return
			}
			inc.Since = at
			ok, err := s.OpenIncident(ctx, inc)
			if err != nil {
				t.Error(err)
			}
			if ok {
				mu.Lock()
				opened++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	if opened != 1 {
		t.Fatalf("%d observers opened the incident, want exactly 1", opened)
	}
	open, err := s.OpenIncidents(ctx, at, window)
	if err != nil || len(open) != 1 || open[0].Failing != n || open[0].Seen != n {
		t.Fatalf("after %d concurrent observers: %+v, %v", n, open, err)
	}
	want := reconnect.Incident{Provider: provider.Gmail, Rule: rule, Failing: n, Seen: n, Since: at}
	got := open[0]
	got.Since = got.Since.UTC()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("incident = %+v, want %+v", got, want)
	}
}

func incidentCanceled(t *testing.T, s reconnect.IncidentStore) {
	c, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.ObserveIncident(c, reconnect.Observation{Provider: provider.Gmail, Workspace: "a", At: at}, window); err == nil {
		t.Fatal("ObserveIncident with a canceled context succeeded")
	}
	if _, err := s.OpenIncident(c, reconnect.Incident{Provider: provider.Gmail, Rule: rule, Since: at}); err == nil {
		t.Fatal("OpenIncident with a canceled context succeeded")
	}
	if _, err := s.OpenIncidents(c, at, window); !errors.Is(err, c.Err()) {
		t.Fatalf("OpenIncidents with a canceled context: %v", err)
	}
}
