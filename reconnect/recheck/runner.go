package recheck

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/reconnect"
)

// Credentials returns the stored credentials of a mailbox, for health checks.
type Credentials interface {
	Credentials(ctx context.Context, mailboxID string) (reconnect.Credentials, error)
}

// CredentialsFunc adapts a function to Credentials.
type CredentialsFunc func(ctx context.Context, mailboxID string) (reconnect.Credentials, error)

// Credentials calls f.
func (f CredentialsFunc) Credentials(ctx context.Context, id string) (reconnect.Credentials, error) {
	return f(ctx, id)
}

// Runner runs a Scheduler's checks against a Machine: each check is
// Machine.HealthCheck with the mailbox's stored credentials, so a pass clears
// the flag and releases every hold. Set Runner.Observe as the Machine's
// Options.OnEvent (or call it from yours) so newly flagged and cleared mailboxes
// are tracked.
//
// Scheduler, Machine, Store and Credentials are required. A Runner missing any
// of them (the zero Runner, for one) does nothing: Load, Run and RunOnce return
// an error naming the missing field, and Observe ignores events. Set the fields
// before the first call and do not change them while the Runner runs; Observe
// may then be called concurrently with Run.
type Runner struct {
	Scheduler   *Scheduler
	Machine     *reconnect.Machine
	Store       reconnect.Store
	Credentials Credentials
	// Workers bounds the checks running at once across all providers. If 0, 64.
	Workers int
	// Now is the clock. If nil, time.Now.
	Now func() time.Time
	// After waits for a duration. If nil, time.After. Tests pass a fake.
	After func(time.Duration) <-chan time.Time
	// OnCheck, if set, is called after every check with its error (nil: passed).
	OnCheck func(Check, error)

	// Holder, if set, makes this Runner one of several instances sharing the
	// work through their common Store, which must then implement
	// reconnect.Leaser (found by type assertion; Run returns an error if it does
	// not): the Runner checks only the mailboxes it leases (flagged ones and
	// suspects, see reconnect.Record.Leasable), as Holder, renewing the leases
	// every LeaseTTL/3. Holder must be unique per instance. If LeaseTTL is 0,
	// 30 seconds. Without a Holder, Load tracks every flagged mailbox.
	Holder   string
	LeaseTTL time.Duration
	// ClaimLimit bounds the leases taken per claim. If 0, 1000. A claim that
	// takes that many is followed at once by another, until MaxLeases.
	ClaimLimit int
	// MaxLeases bounds the leases this instance holds at once, so one
	// instance never hoards the fleet and a crashed instance's share is small
	// to take over. If 0, DefaultMaxLeases (10,000). Size it so MaxLeases times
	// the instances covers the flagged fleet with room for one instance to
	// fail: mailboxes beyond it stay unleased, and unchecked, until leases free.
	MaxLeases int

	leased map[string]tracked // the leased mailboxes, as last tracked
}

// tracked is what the Scheduler was told of a leased mailbox: the flag's
// reason, or that it is a suspect.
type tracked struct {
	reason  classify.Reason
	suspect bool
}

func trackedOf(rec *reconnect.Record) tracked {
	return tracked{rec.Flag.Reason, !rec.Flagged() && rec.Suspect != (classify.Verdict{})}
}

// ready reports which required field is missing, if any.
func (r *Runner) ready() error {
	switch {
	case r == nil:
		return errors.New("recheck: nil Runner")
	case r.Scheduler == nil:
		return errors.New("recheck: Runner has no Scheduler")
	case r.Machine == nil:
		return errors.New("recheck: Runner has no Machine")
	case r.Store == nil:
		return errors.New("recheck: Runner has no Store")
	case r.Credentials == nil:
		return errors.New("recheck: Runner has no Credentials")
	}
	return nil
}

// leaser returns the Store as a reconnect.Leaser when the Runner shares work
// (Holder is set); nil otherwise. It fails when Holder is set and the Store
// cannot lease.
func (r *Runner) leaser() (reconnect.Leaser, error) {
	if r.Holder == "" {
		return nil, nil
	}
	l, ok := r.Store.(reconnect.Leaser)
	if !ok {
		return nil, fmt.Errorf("recheck: Runner has a Holder but its Store (%T) does not implement reconnect.Leaser", r.Store)
	}
	return l, nil
}

func (r *Runner) leaseTTL() time.Duration {
	if r.LeaseTTL > 0 {
		return r.LeaseTTL
	}
	return 30 * time.Second
}

// DefaultMaxLeases is the default of Runner.MaxLeases.
const DefaultMaxLeases = 10_000

// claim renews and takes leases, up to MaxLeases held, and tracks exactly the
// leased mailboxes, as their records now stand: a leased suspect that a check
// confirmed is tracked again, by its flag's policy (Observe leaves leased
// mailboxes to claim). A claim that took ClaimLimit leases is followed by
// another at once, so an instance taking over a crashed one's share gets it in
// one go.
func (r *Runner) claim(ctx context.Context, l reconnect.Leaser) error {
	per := r.ClaimLimit
	if per <= 0 {
		per = 1000
	}
	bound := r.MaxLeases
	if bound <= 0 {
		bound = DefaultMaxLeases
	}
	for {
		limit := min(per, max(bound-len(r.leased), 0))
		recs, err := l.Claim(ctx, r.Holder, r.now(), r.leaseTTL(), limit)
		if err != nil {
			return err
		}
		now, taken := make(map[string]tracked, len(recs)), 0
		for i := range recs {
			rec := &recs[i]
			was, held := r.leased[rec.ID]
			is := trackedOf(rec)
			now[rec.ID] = is
			if !held {
				taken++
			}
			if !held || was != is {
				r.Scheduler.Track(*rec, r.now())
			}
		}
		for id := range r.leased {
			if _, held := now[id]; !held {
				r.Scheduler.Untrack(id) // lost the lease (expired while we were slow)
			}
		}
		r.leased = now
		if limit == 0 || taken < limit {
			return nil
		}
	}
}

func (r *Runner) now() time.Time {
	if r.Now != nil {
		return r.Now()
	}
	return time.Now()
}

// Load tracks every record of the store that health checks are for, page by
// page: flagged and needing reconnection, or suspect (a failure the incident
// guard held back), as Record.Leasable says.
func (r *Runner) Load(ctx context.Context) error {
	if err := r.ready(); err != nil {
		return err
	}
	after := ""
	for {
		page, err := r.Store.List(ctx, reconnect.Filter{Leasable: true, Limit: 1000, After: after})
		if err != nil {
			return err
		}
		for _, rec := range page {
			r.Scheduler.Track(rec, r.now())
		}
		if len(page) < 1000 {
			return nil
		}
		after = page[len(page)-1].ID
	}
}

// Observe keeps the scheduler in step with the Machine's events.
func (r *Runner) Observe(e reconnect.Event) {
	if r.ready() != nil {
		return
	}
	switch e.Kind {
	case reconnect.EventFlagged, reconnect.EventEscalated, reconnect.EventIncidentSuspected:
		if r.Holder != "" {
			return // the next claim leases it to one instance
		}
		if rec, err := r.Store.Get(context.Background(), e.MailboxID); err == nil {
			r.Scheduler.Track(rec, r.now())
		}
	case reconnect.EventCleared:
		r.Scheduler.Untrack(e.MailboxID)
	}
}

// Run runs due checks until ctx is done, then waits for the checks in flight
// (which see ctx cancelled) and returns ctx.Err(). It returns at once with an
// error when a required field is missing, or when Holder is set and the Store
// does not implement reconnect.Leaser.
func (r *Runner) Run(ctx context.Context) error {
	if err := r.ready(); err != nil {
		return err
	}
	leaser, err := r.leaser()
	if err != nil {
		return err
	}
	workers := r.Workers
	if workers == 0 {
		workers = 64
	}
	after := r.After
	if after == nil {
		after = time.After
	}
	sem := make(chan struct{}, workers)
	var wg sync.WaitGroup
	defer wg.Wait()
	var nextClaim time.Time
	for {
		if leaser != nil && !r.now().Before(nextClaim) {
			if err := r.claim(ctx, leaser); err != nil && ctx.Err() != nil {
				return ctx.Err()
			}
			nextClaim = r.now().Add(r.leaseTTL() / 3)
		}
		for _, c := range r.Scheduler.Due(r.now(), workers-len(sem)) {
			sem <- struct{}{}
			wg.Add(1)
			go func(c Check) {
				defer wg.Done()
				defer func() { <-sem }()
				r.check(ctx, c)
			}(c)
		}
		wait := time.Minute
		if next, ok := r.Scheduler.Next(); ok {
			wait = min(wait, max(next.Sub(r.now()), 0))
		}
		if len(sem) == workers {
			wait = min(wait, 100*time.Millisecond)
		}
		if leaser != nil {
			wait = min(wait, max(nextClaim.Sub(r.now()), 0))
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-r.Scheduler.Wake():
		case <-after(wait):
		}
	}
}

// RunOnce runs the checks due now and waits for them, for tests and cron-style
// use. It returns how many checks ran, or an error when a required field is
// missing.
func (r *Runner) RunOnce(ctx context.Context) (int, error) {
	if err := r.ready(); err != nil {
		return 0, err
	}
	checks := r.Scheduler.Due(r.now(), 1<<30)
	var wg sync.WaitGroup
	for _, c := range checks {
		wg.Add(1)
		go func(c Check) { defer wg.Done(); r.check(ctx, c) }(c)
	}
	wg.Wait()
	return len(checks), nil
}

// check runs one check and reports it to the scheduler.
func (r *Runner) check(ctx context.Context, c Check) {
	var err error
	creds, cerr := r.Credentials.Credentials(ctx, c.ID)
	if cerr != nil {
		err = cerr
		// The host may forget a deleted mailbox's credentials first: then the
		// mailbox's absence is the answer, so it leaves the schedule below.
		if _, gerr := r.Store.Get(ctx, c.ID); errors.Is(gerr, reconnect.ErrNotFound) {
			err = gerr
		}
	} else {
		err = r.Machine.HealthCheck(ctx, c.ID, creds)
	}
	var out Outcome
	var te *reconnect.TestError
	switch {
	case err == nil:
		out.Passed = true
	case errors.As(err, &te):
		out.Verdict = te.Verdict
	default:
		out.Verdict = classify.Error(err)
	}
	if errors.Is(err, reconnect.ErrNotFound) {
		r.Scheduler.Untrack(c.ID)
	}
	r.Scheduler.Done(c, out, r.now())
	if l, _ := r.leaser(); out.Passed && l != nil {
		l.Release(context.WithoutCancel(ctx), r.Holder, c.ID)
	}
	if r.OnCheck != nil {
		r.OnCheck(c, err)
	}
}
