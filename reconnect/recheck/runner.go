package recheck

import (
	"context"
	"errors"
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

// Leaser shares the health-check work of several application instances
// through their common store: each flagged mailbox is leased by one instance at
// a time, and a crashed instance's leases expire and are taken over. A SQL
// store implements it with a lease column (and FOR UPDATE SKIP LOCKED on
// PostgreSQL).
type Leaser interface {
	// Claim renews, until now+ttl, every lease holder has, takes up to limit
	// leases of flagged mailboxes whose lease is free or expired, and returns the
	// records of every mailbox holder now leases.
	Claim(ctx context.Context, holder string, now time.Time, ttl time.Duration, limit int) ([]reconnect.Record, error)
	// Release gives up holder's lease on mailbox id.
	Release(ctx context.Context, holder, id string) error
}

// Runner runs a Scheduler's checks against a Machine: each check is
// Machine.HealthCheck with the mailbox's stored credentials, so a pass clears
// the flag and releases every hold. Set Runner.Observe as the Machine's
// Options.OnEvent (or call it from yours) so newly flagged and cleared mailboxes
// are tracked.
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

	// Leaser, if set, makes this Runner one of several instances sharing the
	// work: it checks only the mailboxes it leases, as Holder, renewing the
	// leases every LeaseTTL/3. If LeaseTTL is 0, 30 seconds; Holder must be
	// unique per instance. Without a Leaser, Load tracks every flagged mailbox.
	Leaser   Leaser
	Holder   string
	LeaseTTL time.Duration
	// ClaimLimit bounds the leases taken per claim. If 0, 1000.
	ClaimLimit int

	leased map[string]bool
}

func (r *Runner) leaseTTL() time.Duration {
	if r.LeaseTTL > 0 {
		return r.LeaseTTL
	}
	return 30 * time.Second
}

// claim renews and takes leases, and tracks exactly the leased mailboxes.
func (r *Runner) claim(ctx context.Context) error {
	limit := r.ClaimLimit
	if limit == 0 {
		limit = 1000
	}
	recs, err := r.Leaser.Claim(ctx, r.Holder, r.now(), r.leaseTTL(), limit)
	if err != nil {
		return err
	}
	now := map[string]bool{}
	for _, rec := range recs {
		now[rec.ID] = true
		if !r.leased[rec.ID] {
			r.Scheduler.Track(rec, r.now())
		}
	}
	for id := range r.leased {
		if !now[id] {
			r.Scheduler.Untrack(id) // lost the lease (expired while we were slow)
		}
	}
	r.leased = now
	return nil
}

func (r *Runner) now() time.Time {
	if r.Now != nil {
		return r.Now()
	}
	return time.Now()
}

// Load tracks every record of the store that is flagged, page by page.
func (r *Runner) Load(ctx context.Context) error {
	after := ""
	for {
		page, err := r.Store.List(ctx, reconnect.Filter{NeedsReconnect: true, Limit: 1000, After: after})
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
	switch e.Kind {
	case reconnect.EventFlagged, reconnect.EventEscalated, reconnect.EventIncidentSuspected:
		if r.Leaser != nil {
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
// (which see ctx cancelled) and returns ctx.Err().
func (r *Runner) Run(ctx context.Context) error {
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
		if r.Leaser != nil && !r.now().Before(nextClaim) {
			if err := r.claim(ctx); err != nil && ctx.Err() != nil {
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
		if r.Leaser != nil {
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

// RunOnce runs the checks due now and waits for them; for tests and cron-style
// use.
func (r *Runner) RunOnce(ctx context.Context) int {
	checks := r.Scheduler.Due(r.now(), 1<<30)
	var wg sync.WaitGroup
	for _, c := range checks {
		wg.Add(1)
		go func(c Check) { defer wg.Done(); r.check(ctx, c) }(c)
	}
	wg.Wait()
	return len(checks)
}

// check runs one check and reports it to the scheduler.
func (r *Runner) check(ctx context.Context, c Check) {
	var err error
	creds, cerr := r.Credentials.Credentials(ctx, c.ID)
	if cerr != nil {
		err = cerr
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
	if out.Passed && r.Leaser != nil {
		r.Leaser.Release(context.WithoutCancel(ctx), r.Holder, c.ID)
	}
	if r.OnCheck != nil {
		r.OnCheck(c, err)
	}
}
