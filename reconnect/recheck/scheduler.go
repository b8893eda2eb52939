package recheck

import (
	"container/heap"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// Defaults for Options.
const (
	DefaultMaxConcurrent     = 32
	DefaultMaxFailedLogins   = 30
	DefaultFailedLoginWindow = 10 * time.Minute
	capRetry                 = time.Second // how long a check waits when its provider is at its concurrency cap
)

// Options configures a Scheduler. The zero Options gives the defaults.
type Options struct {
	// Policies by pause reason. If nil, DefaultPolicies(). A reason missing
	// from the map is tested only when nudged.
	Policies map[classify.Reason]Policy
	// SuspectPolicy is the policy for suspects (see [Check.Suspect]). If nil,
	// DefaultSuspectPolicy().
	SuspectPolicy *Policy
	// MaxConcurrent caps the checks running at once per provider. If 0, 32: a
	// login each is light for a provider, and 32 in flight with a second per
	// login still re-checks 2,000 tenants well inside 30 seconds.
	MaxConcurrent int
	// MaxFailedLogins caps the failed logins per provider within
	// FailedLoginWindow; past it, that provider's checks wait. If 0, 30 within
	// 10 minutes: well under the per-IP lockout thresholds providers apply, so
	// a fleet never trips them.
	MaxFailedLogins   int
	FailedLoginWindow time.Duration
	// Seed seeds the jitter, for reproducible tests. If 0, the jitter is
	// seeded randomly, so instances started together do not check in step.
	Seed uint64
}

// Check is one health check to run. Its JSON keys are id, provider, reason,
// suspect, due and group.
type Check struct {
	ID       string          `json:"id"`
	Provider provider.ID     `json:"provider"`
	Reason   classify.Reason `json:"reason,omitempty"` // the flag's pause reason; empty for a suspect
	// Suspect is set for a mailbox that is not flagged but whose
	// reconnect-class failure the Machine's incident guard held back: the check
	// decides (a failure flags it, a pass clears the suspicion). Suspects follow
	// Options.SuspectPolicy.
	Suspect bool      `json:"suspect,omitempty"`
	Due     time.Time `json:"due"`             // when it was due; Start - Due is its lateness
	Group   string    `json:"group,omitempty"` // tenant group key, "" when not grouped
}

// Outcome is what a check found. Its JSON keys are passed and verdict.
type Outcome struct {
	Passed  bool             `json:"passed"`  // the credentials work: the flag is cleared
	Verdict classify.Verdict `json:"verdict"` // the failure, when not passed
}

// failedLogin reports whether a failed check counts against the provider's
// failed-login budget: the provider refused the credentials themselves (what
// lockouts count). A tenant switch or a block refuses good credentials and
// does not count.
func (o Outcome) failedLogin() bool {
	return o.Verdict.Class == classify.ClassAuth || o.Verdict.Class == classify.ClassAuthTemporary
}

// entry is one tracked (flagged) mailbox.
type entry struct {
	id, group string
	provider  provider.ID
	reason    classify.Reason // the flag's pause reason; "" for a suspect
	suspect   bool
	since     time.Time // flagged or last nudged
	due       time.Time // heap order: when it may run
	wanted    time.Time // when the policy wanted it; due may be later when a cap postponed it
	failures  int
	index     int // in the heap; -1 when not queued
	running   bool
}

// Scheduler decides which flagged mailboxes to test and when. It holds only
// flagged mailboxes, a few dozen bytes each, in a heap ordered by due time. It
// never reads the clock: callers pass the time. A Scheduler is safe for
// concurrent use; [Runner] drives one against a Machine.
type Scheduler struct {
	mu       sync.Mutex
	o        Options
	rng      *rand.Rand
	byID     map[string]*entry
	queue    dueHeap
	groups   map[string]map[string]*entry // group -> members
	reps     map[string]*entry            // group -> representative
	running  map[provider.ID]int          // provider -> checks running
	failures map[provider.ID][]time.Time  // provider -> recent failed logins
	wake     chan struct{}
	// Counters for tests' sync points (export_test.go): calls of Due, and
	// wake-ups sent since the last Due.
	dues, wakesSinceDue int
}

// New returns a Scheduler. opts may be nil.
func New(opts *Options) *Scheduler {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Policies == nil {
		o.Policies = DefaultPolicies()
	}
	if o.MaxConcurrent == 0 {
		o.MaxConcurrent = DefaultMaxConcurrent
	}
	if o.MaxFailedLogins == 0 {
		o.MaxFailedLogins = DefaultMaxFailedLogins
	}
	if o.FailedLoginWindow == 0 {
		o.FailedLoginWindow = DefaultFailedLoginWindow
	}
	if o.SuspectPolicy == nil {
		p := DefaultSuspectPolicy()
		o.SuspectPolicy = &p
	}
	seed := o.Seed
	if seed == 0 {
		seed = rand.Uint64() // math/rand/v2's top-level source is randomly seeded
	}
	return &Scheduler{o: o, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		byID: map[string]*entry{}, groups: map[string]map[string]*entry{}, reps: map[string]*entry{},
		running: map[provider.ID]int{}, failures: map[provider.ID][]time.Time{}, wake: make(chan struct{}, 1)}
}

// Track starts watching a flagged mailbox (again). A record that is not flagged
// is untracked.
func (s *Scheduler) Track(r reconnect.Record, now time.Time) {
	reason, since, suspect := r.Flag.Reason, r.Flag.At, false
	if !r.Flagged() {
		if r.Suspect.Class == "" {
			s.Untrack(r.ID)
			return
		}
		// Held back by the incident guard: a health check confirms or clears it.
		reason, since, suspect = "", now, true
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if e := s.byID[r.ID]; e != nil {
		if e.reason == reason && e.suspect == suspect {
			return
		}
		s.remove(e)
	}
	if since.IsZero() || since.After(now) {
		since = now
	}
	e := &entry{id: r.ID, provider: r.Provider, reason: reason, suspect: suspect, since: since, index: -1}
	p := s.policy(e)
	if p.Group {
		e.group = groupKey(r)
	}
	s.byID[e.id] = e
	if e.group != "" {
		if s.groups[e.group] == nil {
			s.groups[e.group] = map[string]*entry{}
		}
		s.groups[e.group][e.id] = e
		if s.reps[e.group] != nil {
			return // the representative speaks for the tenant
		}
		s.reps[e.group] = e
	}
	if p.Poll {
		d := p.interval(now.Sub(since), 0)
		due := since.Add(d)
		if due.Before(now) {
			// Flagged long ago (loaded after a restart): due now, but spread over
			// one interval so a fleet does not all log in at the same moment.
			due = now.Add(time.Duration(s.rng.Float64() * float64(d)))
		}
		s.schedule(e, due, now)
	}
}

// Untrack stops watching a mailbox (its flag cleared). A tenant that loses its
// representative gets another.
func (s *Scheduler) Untrack(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e := s.byID[id]; e != nil {
		s.remove(e)
	}
}

// Nudge asks for a check of id now, restarting its fast phase: call it when
// the mailbox's credentials or grant change, or when its owner says an
// administrator fixed the problem. Reasons that are not polled are tested only
// after a Nudge.
func (s *Scheduler) Nudge(id string, now time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e := s.byID[id]; e != nil {
		e.since, e.failures = now, 0
		s.schedule(e, now, now)
	}
}

// Len reports how many mailboxes are tracked.
func (s *Scheduler) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.byID)
}

// Next returns when the earliest queued check is due.
func (s *Scheduler) Next() (time.Time, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.queue) == 0 {
		return time.Time{}, false
	}
	return s.queue[0].due, true
}

// Due returns up to limit checks due at now, respecting each provider's
// concurrency cap and failed-login budget; checks that must wait are
// postponed. The caller runs each and reports it with Done.
func (s *Scheduler) Due(now time.Time, limit int) []Check {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dues++
	s.wakesSinceDue = 0
	select {
	case <-s.wake: // a wake-up sent before this call is answered by it
	default:
	}
	var out []Check
	var postponed []*entry
	for len(s.queue) > 0 && len(out) < limit && !s.queue[0].due.After(now) {
		e := heap.Pop(&s.queue).(*entry)
		if s.running[e.provider] >= s.o.MaxConcurrent || !s.budget(e.provider, now) {
			postponed = append(postponed, e)
			continue
		}
		e.running = true
		s.running[e.provider]++
		out = append(out, Check{ID: e.id, Provider: e.provider, Reason: e.reason, Suspect: e.suspect, Due: e.wanted, Group: e.group})
	}
	for _, e := range postponed {
		wait := now.Add(capRetry)
		if f := s.failures[e.provider]; len(f) > 0 && len(f)+s.running[e.provider] >= s.o.MaxFailedLogins {
			wait = f[0].Add(s.o.FailedLoginWindow) // when the oldest failure leaves the window
		}
		e.due = maxTime(e.due, wait)
		heap.Push(&s.queue, e)
	}
	return out
}

// Done records the outcome of a check returned by Due.
func (s *Scheduler) Done(c Check, o Outcome, now time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.running[c.Provider] > 0 {
		s.running[c.Provider]--
	}
	if !o.Passed && o.failedLogin() {
		s.failures[c.Provider] = append(s.recentFailures(c.Provider, now), now)
	}
	e := s.byID[c.ID]
	if o.Passed {
		if e != nil { // (the Machine's cleared event may have untracked it already)
			e.running = false
			s.remove(e)
		}
		// The tenant's switch is back: test every other mailbox of it now.
		for _, m := range s.groups[c.Group] {
			s.schedule(m, now, now)
		}
		return
	}
	if e == nil {
		return
	}
	e.running = false
	e.failures++
	p := s.policy(e)
	if !p.Poll {
		return // wait for new credentials
	}
	d := p.interval(now.Sub(e.since), e.failures)
	if p.Jitter > 0 {
		d += time.Duration((s.rng.Float64()*2 - 1) * p.Jitter * float64(d))
	}
	s.schedule(e, now.Add(d), now)
	s.signal()
}

// Wake returns a channel that receives when the queue changed, for runners that
// sleep until the next due check.
func (s *Scheduler) Wake() <-chan struct{} { return s.wake }

func (s *Scheduler) signal() {
	select {
	case s.wake <- struct{}{}:
		s.wakesSinceDue++
	default:
	}
}

// schedule (re)queues e at due.
func (s *Scheduler) schedule(e *entry, due, now time.Time) {
	if e.running {
		return // Done will reschedule it
	}
	s.push(e, due)
	s.signal()
}

func (s *Scheduler) push(e *entry, due time.Time) {
	e.due, e.wanted = due, due
	if e.index >= 0 {
		heap.Fix(&s.queue, e.index)
		return
	}
	heap.Push(&s.queue, e)
}

// remove forgets e, handing its tenant to another representative.
func (s *Scheduler) remove(e *entry) {
	delete(s.byID, e.id)
	if e.index >= 0 {
		heap.Remove(&s.queue, e.index)
	}
	if e.group == "" {
		return
	}
	delete(s.groups[e.group], e.id)
	if s.reps[e.group] != e {
		return
	}
	delete(s.reps, e.group)
	for _, m := range s.groups[e.group] {
		s.reps[e.group] = m
		if m.index < 0 && !m.running {
			s.push(m, e.due)
			s.signal()
		}
		return
	}
	delete(s.groups, e.group)
}

// policy returns the policy that schedules e.
func (s *Scheduler) policy(e *entry) Policy {
	if e.suspect {
		return *s.o.SuspectPolicy
	}
	return s.o.Policies[e.reason]
}

// budget reports whether provider p can afford another login now: recent
// failed logins plus the checks in flight (each may fail) stay under the cap.
func (s *Scheduler) budget(p provider.ID, now time.Time) bool {
	s.failures[p] = s.recentFailures(p, now)
	return len(s.failures[p])+s.running[p] < s.o.MaxFailedLogins
}

func (s *Scheduler) recentFailures(p provider.ID, now time.Time) []time.Time {
	f := s.failures[p]
	i := 0
	for i < len(f) && now.Sub(f[i]) >= s.o.FailedLoginWindow {
		i++
	}
	return f[i:]
}

// groupKey is the tenant of a record: its provider and its address's domain.
func groupKey(r reconnect.Record) string {
	_, domain, ok := strings.Cut(r.Email, "@")
	if !ok || domain == "" {
		return ""
	}
	return string(r.Provider) + "/" + strings.ToLower(domain)
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// dueHeap orders entries by due time.
type dueHeap []*entry

func (h dueHeap) Len() int           { return len(h) }
func (h dueHeap) Less(i, j int) bool { return h[i].due.Before(h[j].due) }
func (h dueHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i]; h[i].index = i; h[j].index = j }
func (h *dueHeap) Push(x any)        { e := x.(*entry); e.index = len(*h); *h = append(*h, e) }
func (h *dueHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	e.index = -1
	return e
}
