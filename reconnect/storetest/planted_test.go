package storetest_test

import (
	"context"
	"os"
	"os/exec"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
	"github.com/mailreconnect/sdk/reconnect/storetest"
)

// plantedEnv selects the defect TestPlantedDefect plants; the parent test
// sets it when it runs this test binary again.
const plantedEnv = "STORETEST_PLANTED_DEFECT"

// defects are stores each wrong in one way the suite must catch, all
// wrapping a correct memstore.
var defects = map[string]func() reconnect.Store{
	// Answers from memory even when the caller gave up.
	"ignores-canceled-context": func() reconnect.Store { return &ignoresContext{Store: memstore.New()} },
	// Checks the context only after writing.
	"writes-despite-canceled-context": func() reconnect.Store { return &writesThenChecks{Store: memstore.New()} },
	// Lists in insertion order, not by ID.
	"lists-in-insertion-order": func() reconnect.Store { return &insertionOrder{Store: memstore.New()} },
	// Appends the events of a create that is refused (the ID exists).
	"appends-on-refused-create": func() reconnect.Store { return &appendsOnRefusedCreate{Store: memstore.New()} },
	// Uses up sequence numbers on refused writes.
	"gaps-after-conflicts": func() reconnect.Store { return &gapsAfterConflicts{Store: memstore.New()} },
	// Keeps the caller's events slice as the history.
	"retains-events": func() reconnect.Store { return &retainsEvents{Store: memstore.New()} },
}

// caughtBy names the subtest that must fail for each planted defect.
var caughtBy = map[string]string{
	"ignores-canceled-context":        "CanceledContextFails",
	"writes-despite-canceled-context": "CanceledContextFails",
	"lists-in-insertion-order":        "ListPages",
	"appends-on-refused-create":       "RejectedPutAppendsNothing",
	"gaps-after-conflicts":            "SequenceHasNoGapsAfterConflicts",
	"retains-events":                  "PutRetainsNoEvents",
}

// TestPlantedDefectsFailTheSuite runs the suite against each planted-defect
// store in a child process (storetest.Run takes a *testing.T, whose failure
// fails the whole test binary) and expects each run to fail.
func TestPlantedDefectsFailTheSuite(t *testing.T) {
	if os.Getenv(plantedEnv) != "" {
		t.Skip("child process")
	}
	names := make([]string, 0, len(defects))
	for name := range defects {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			cmd := exec.Command(os.Args[0], "-test.run", "^TestPlantedDefect$", "-test.count=1")
			cmd.Env = append(os.Environ(), plantedEnv+"="+name)
			out, err := cmd.CombinedOutput()
			if err == nil {
				t.Fatalf("the suite passed a store that %s:\n%s", name, out)
			}
			if want := "--- FAIL: TestPlantedDefect/" + caughtBy[name] + " "; !strings.Contains(string(out), want) {
				t.Fatalf("subtest %s did not catch it:\n%s", caughtBy[name], out)
			}
			t.Logf("caught by:\n%s", failures(string(out)))
		})
	}
}

// TestPlantedDefect runs the suite against the store plantedEnv names; it
// does nothing in a normal run.
func TestPlantedDefect(t *testing.T) {
	name := os.Getenv(plantedEnv)
	if name == "" {
		t.Skip("run by TestPlantedDefectsFailTheSuite")
	}
	mk, ok := defects[name]
	if !ok {
		t.Fatalf("no planted defect %q", name)
	}
	storetest.Run(t, func(*testing.T) reconnect.Store { return mk() })
}

func failures(out string) string {
	var b strings.Builder
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "--- FAIL: TestPlantedDefect/") {
			b.WriteString(strings.TrimSpace(l) + "\n")
		}
	}
	return b.String()
}

type ignoresContext struct{ *memstore.Store }

func (s *ignoresContext) Get(_ context.Context, id string) (reconnect.Record, error) {
	return s.Store.Get(context.Background(), id)
}

type writesThenChecks struct{ *memstore.Store }

func (s *writesThenChecks) Put(ctx context.Context, rec reconnect.Record, events ...reconnect.Event) (reconnect.Record, error) {
	out, err := s.Store.Put(context.Background(), rec, events...)
	if ctx.Err() != nil {
		return reconnect.Record{}, ctx.Err()
	}
	return out, err
}

type insertionOrder struct {
	*memstore.Store
	mu    sync.Mutex
	order []string
}

func (s *insertionOrder) Put(ctx context.Context, rec reconnect.Record, events ...reconnect.Event) (reconnect.Record, error) {
	out, err := s.Store.Put(ctx, rec, events...)
	if err == nil && rec.Version == 0 {
		s.mu.Lock()
		s.order = append(s.order, rec.ID)
		s.mu.Unlock()
	}
	return out, err
}

func (s *insertionOrder) List(ctx context.Context, f reconnect.Filter) ([]reconnect.Record, error) {
	all, err := s.Store.List(ctx, reconnect.Filter{Workspace: f.Workspace, NeedsReconnect: f.NeedsReconnect, Leasable: f.Leasable})
	if err != nil {
		return nil, err
	}
	byID := map[string]reconnect.Record{}
	for _, r := range all {
		byID[r.ID] = r
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []reconnect.Record
	seen := f.After == ""
	for _, id := range s.order {
		r, ok := byID[id]
		if !ok {
			continue
		}
		if seen {
			out = append(out, r)
		}
		seen = seen || id == f.After
	}
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	return out, nil
}

// appendsOnRefusedCreate writes the events of a refused create through an
// update of the existing record, as a store that inserts events before
// checking the insert would.
type appendsOnRefusedCreate struct{ *memstore.Store }

func (s *appendsOnRefusedCreate) Put(ctx context.Context, rec reconnect.Record, events ...reconnect.Event) (reconnect.Record, error) {
	out, err := s.Store.Put(ctx, rec, events...)
	if err != nil && rec.Version == 0 && len(events) > 0 {
		if cur, gerr := s.Store.Get(ctx, rec.ID); gerr == nil {
			s.Store.Put(ctx, cur, events...)
		}
	}
	return out, err
}

// gapsAfterConflicts keeps its own sequence counter and advances it before
// knowing whether the write is accepted.
type gapsAfterConflicts struct {
	*memstore.Store
	mu   sync.Mutex
	next map[string]int64
	seqs map[string][]int64 // per mailbox, the seq of each stored event
}

func (s *gapsAfterConflicts) Put(ctx context.Context, rec reconnect.Record, events ...reconnect.Event) (reconnect.Record, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.next == nil {
		s.next, s.seqs = map[string]int64{}, map[string][]int64{}
	}
	var mine []int64
	for range events {
		s.next[rec.ID]++
		mine = append(mine, s.next[rec.ID])
	}
	out, err := s.Store.Put(ctx, rec, events...)
	if err == nil {
		s.seqs[rec.ID] = append(s.seqs[rec.ID], mine...)
	}
	return out, err
}

func (s *gapsAfterConflicts) History(ctx context.Context, id string) ([]reconnect.Event, error) {
	h, err := s.Store.History(ctx, id)
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range h {
		if i < len(s.seqs[id]) {
			h[i].Seq = s.seqs[id][i]
		}
	}
	return h, err
}

// retainsEvents keeps the events of each Put as given, sharing the caller's
// memory, and answers History from them.
type retainsEvents struct {
	*memstore.Store
	mu   sync.Mutex
	kept map[string][][]reconnect.Event
}

func (s *retainsEvents) Put(ctx context.Context, rec reconnect.Record, events ...reconnect.Event) (reconnect.Record, error) {
	out, err := s.Store.Put(ctx, rec, events...)
	if err == nil && len(events) > 0 {
		s.mu.Lock()
		if s.kept == nil {
			s.kept = map[string][][]reconnect.Event{}
		}
		s.kept[rec.ID] = append(s.kept[rec.ID], events)
		s.mu.Unlock()
	}
	return out, err
}

func (s *retainsEvents) History(ctx context.Context, id string) ([]reconnect.Event, error) {
	h, err := s.Store.History(ctx, id)
	if err != nil {
		return h, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	i := 0
	for _, events := range s.kept[id] {
		for _, e := range events {
			if i < len(h) {
				h[i] = e
				h[i].MailboxID, h[i].Seq = id, int64(i+1)
			}
			i++
		}
	}
	return h, nil
}

func (s *retainsEvents) Delete(ctx context.Context, id string, keepHistory bool) error {
	err := s.Store.Delete(ctx, id, keepHistory)
	if err == nil && !keepHistory {
		s.mu.Lock()
		delete(s.kept, id)
		s.mu.Unlock()
	}
	return err
}
