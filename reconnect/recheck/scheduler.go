package recheck

import (
	"container/heap"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

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
	index     int      // in the queue or the heap it waits in; -1 when in none
	wait      waitKind // where it waits
	urgent    bool     // asked for by Nudge (or its tenant passed): runs first, not held by the budget
	refused   bool     // a probe of it met a credential refusal: its secret is bad until nudged
	running   bool
}

// Scheduler decides which flagged mailboxes to test and when. It holds only
// flagged mailboxes, a few dozen bytes each, in a heap ordered by due time. It
// never reads the clock: callers pass the time. A Scheduler is safe for
// concurrent use; [Runner] drives one against a Machine.
type Scheduler struct {
	mu     sync.Mutex
	o      Options
	rng    *rand.Rand
	byID   map[string]*entry
	queue  dueHeap
	groups map[string]map[string]*entry // group -> members
	reps   map[string]*entry            // group -> representative
	caps   map[provider.ID]*providerCaps
	spends map[string]bool // IDs of running checks that may be refused
	wake   chan struct{}
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
		caps: map[provider.ID]*providerCaps{}, spends: map[string]bool{}, wake: make(chan struct{}, 1)}
}

// Track starts watching a flagged or suspect mailbox (again), by the policy
// of its flag's reason or the suspect policy; tracking it again with the same
// reason (or as a suspect again) changes nothing. A record that is neither is
// untracked.
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
		s.schedule(e, due)
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
// after a Nudge. A nudged check runs ahead of the queue (as soon as its
// provider has a free slot) and is not held by the failed-login budget; if a
// check of the mailbox is running, another follows it at once. Nudging any
// mailbox of a tenant probes the tenant through its representative, except a
// mailbox whose own credentials a probe found refused: it is tested itself.
func (s *Scheduler) Nudge(id string, now time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.byID[id]
	if e == nil {
		return
	}
	if rep := s.reps[e.group]; e.group != "" && rep != nil && !e.refused {
		e = rep
	}
	e.since, e.failures, e.urgent, e.refused = now, 0, true, false
	s.schedule(e, now)
}

// Len reports how many mailboxes are tracked.
func (s *Scheduler) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.byID)
}

// Next returns when the earliest queued check is due (a check waiting for a
// provider slot that is now free counts as due now).
func (s *Scheduler) Next() (time.Time, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	next, ok := time.Time{}, false
	if len(s.queue) > 0 {
		next, ok = s.queue[0].due, true
	}
	earlier := func(d time.Time) {
		if !ok || d.Before(next) {
			next, ok = d, true
		}
	}
	for _, c := range s.caps {
		if len(c.parked) > 0 && c.running < s.o.MaxConcurrent {
			earlier(c.parked[0].due)
		}
		switch {
		case len(c.reserved) == 0:
		case len(c.failures)+c.spending < s.o.MaxFailedLogins:
			earlier(c.reserved[0].due)
		case len(c.failures) > 0:
			earlier(c.failures[0].Add(s.o.FailedLoginWindow)) // a refusal leaving the window frees a share
		}
	}
	return next, ok
}

// Due returns up to limit checks due at now, respecting each provider's
// concurrency cap and failed-login budget: a check over the cap waits for a
// slot, one over the budget until the budget allows it. The caller runs each
// and reports it with Done.
func (s *Scheduler) Due(now time.Time, limit int) []Check {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dues++
	s.wakesSinceDue = 0
	select {
	case <-s.wake: // a wake-up sent before this call is answered by it
	default:
	}
	s.unpark(now)
	var out []Check
	var postponed []*entry
	for len(s.queue) > 0 && len(out) < limit && !s.queue[0].due.After(now) {
		e := heap.Pop(&s.queue).(*entry)
		c := s.capsOf(e.provider)
		if c.running >= s.o.MaxConcurrent {
			c.hold(e, waitSlot)
			continue
		}
		spends := !s.policy(e).Probe || e.refused
		if spends && !e.urgent {
			switch free, at := c.budget(now, s.o.MaxFailedLogins, s.o.FailedLoginWindow); {
			case !at.IsZero():
				e.due = at // exactly when enough refusals have left the window
				postponed = append(postponed, e)
				continue
			case free <= 0:
				c.hold(e, waitReserve) // until a check that may be refused ends
				continue
			}
		}
		if spends {
			c.spending++
			s.spends[e.id] = true
		}
		e.running, e.urgent = true, false
		c.running++
		out = append(out, Check{ID: e.id, Provider: e.provider, Reason: e.reason, Suspect: e.suspect, Due: e.wanted, Group: e.group})
	}
	for _, e := range postponed {
		heap.Push(&s.queue, e)
	}
	return out
}

// Done records the outcome of a check returned by Due.
func (s *Scheduler) Done(ch Check, o Outcome, now time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.capsOf(ch.Provider)
	if c.running > 0 {
		c.running--
	}
	if s.spends[ch.ID] {
		delete(s.spends, ch.ID)
		c.spending--
	}
	if len(c.parked) > 0 || len(c.reserved) > 0 {
		s.signal() // a slot or some budget is free for a waiting check
	}
	if !o.Passed && o.failedLogin() {
		c.refused(now, s.o.FailedLoginWindow)
	}
	e := s.byID[ch.ID]
	if o.Passed {
		if e != nil { // (the Machine's cleared event may have untracked it already)
			e.running = false
			s.remove(e)
		}
		// The tenant's switch is back: test every other mailbox of it now.
		for _, m := range s.groups[ch.Group] {
			if !m.refused { // (a refused secret waits for new credentials)
				m.urgent = true
				s.schedule(m, now)
			}
		}
		return
	}
	if e == nil {
		return
	}
	e.running = false
	if e.urgent { // nudged while it ran: the nudge gets a check of its own
		s.schedule(e, now)
		return
	}
	e.failures++
	p := s.policy(e)
	if p.Probe && o.failedLogin() {
		// The probe's own secret was refused: probing with it again only feeds
		// the lockout. Another mailbox of the tenant probes it instead.
		e.refused = true
		if s.reps[e.group] == e {
			s.handOver(e)
		}
		return // wait for new credentials
	}
	if !p.Poll || e.refused {
		return // wait for new credentials
	}
	d := p.interval(now.Sub(e.since), e.failures)
	if p.Jitter > 0 {
		d += time.Duration((s.rng.Float64()*2 - 1) * p.Jitter * float64(d))
	}
	s.schedule(e, now.Add(d))
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
func (s *Scheduler) schedule(e *entry, due time.Time) {
	if e.running {
		return // Done will reschedule it
	}
	s.push(e, due)
	s.signal()
}

func (s *Scheduler) push(e *entry, due time.Time) {
	if e.wait != waitDue {
		s.capsOf(e.provider).release(e)
	}
	e.due, e.wanted = due, due
	if e.index >= 0 {
		heap.Fix(&s.queue, e.index)
		return
	}
	heap.Push(&s.queue, e)
}

// unpark moves waiting checks back to the queue: per provider, as many as it
// has free slots, nudged ones first, and as many as its budget affords.
func (s *Scheduler) unpark(now time.Time) {
	for _, c := range s.caps {
		for free := s.o.MaxConcurrent - c.running; free > 0 && len(c.parked) > 0; free-- {
			s.requeue(heap.Pop(&c.parked).(*entry))
		}
		if len(c.reserved) > 0 {
			free, _ := c.budget(now, s.o.MaxFailedLogins, s.o.FailedLoginWindow)
			for ; free > 0 && len(c.reserved) > 0; free-- {
				s.requeue(heap.Pop(&c.reserved).(*entry))
			}
		}
	}
}

func (s *Scheduler) requeue(e *entry) {
	e.wait = waitDue
	heap.Push(&s.queue, e)
}

// remove forgets e, handing its tenant to another representative.
func (s *Scheduler) remove(e *entry) {
	delete(s.byID, e.id)
	switch {
	case e.wait != waitDue:
		s.capsOf(e.provider).release(e)
	case e.index >= 0:
		heap.Remove(&s.queue, e.index)
	}
	if e.group == "" {
		return
	}
	delete(s.groups[e.group], e.id)
	if s.reps[e.group] != e {
		return
	}
	if !s.handOver(e) {
		delete(s.reps, e.group)
		delete(s.groups, e.group)
	}
}

// policy returns the policy that schedules e.
func (s *Scheduler) policy(e *entry) Policy { return s.policyOf(e.reason, e.suspect) }

func (s *Scheduler) policyOf(reason classify.Reason, suspect bool) Policy {
	if suspect {
		return *s.o.SuspectPolicy
	}
	return s.o.Policies[reason]
}
