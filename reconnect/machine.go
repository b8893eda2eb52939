package reconnect

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"hash/maphash"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
)

// Machine is the one place a host application reports to and asks: its send
// pipeline, warmup engine, inbox sync and OAuth token job report failures and
// successes; its UI saves new credentials. The Machine flags mailboxes that need
// reconnecting, holds everything that depends on them through the host's hooks,
// and restores it exactly when a verified success clears the flag.
//
// A Machine is safe for concurrent use by multiple goroutines, and several
// Machines (in several processes) may share one Store: each report is one read
// and one conditional write of the whole next record, retried on ErrConflict,
// so no update is lost; hooks run after that write, for one call at a time per
// mailbox (see [Machine.Reconcile]).
//
// New is the only way to make a working Machine. The zero Machine, and one
// made by New with a nil Store, have no Store: every method returns
// [ErrNoStore] and nothing panics.
type Machine struct {
	store     Store
	incidents IncidentStore // the Store's, or this Machine's own
	o         Options
	name      string        // names this Machine in hook leases
	calls     atomic.Uint64 // numbers hook leases
	seed      maphash.Seed
	stripes   [64]sync.Mutex // serialise the writes of one mailbox within this process
	eventBufs sync.Pool      // of *eventBuf, see getEvents
}

// ErrNoStore is returned by every method of a Machine that has no Store: the
// zero Machine, or one New made with a nil Store.
var ErrNoStore = errors.New("reconnect: Machine has no Store")

// New returns a Machine over store. opts may be nil for the defaults. With a
// nil store, the Machine's methods return ErrNoStore.
func New(store Store, opts *Options) *Machine {
	m := &Machine{store: store, o: opts.withDefaults(), seed: maphash.MakeSeed(), name: rand.Text()[:10]}
	if is, ok := store.(IncidentStore); ok {
		m.incidents = is
	} else {
		m.incidents = &MemoryIncidents{}
	}
	return m
}

// ready returns ErrNoStore when m cannot work.
func (m *Machine) ready() error {
	if m == nil || m.store == nil {
		return ErrNoStore
	}
	return nil
}

// Outcome is what a report did to a mailbox.
type Outcome struct {
	Verdict classify.Verdict // the classified failure (zero for a success)
	Record  Record           // the record after the report
	Flagged bool             // the mailbox is flagged after the report
	Suspect bool             // the failure was held back by the incident guard
}

// Register stores a new mailbox, detecting its provider from its hosts and
// address when rec.Provider is empty. Its last error is cleaned (see
// [MaxErrorLen]) and classified once. A mailbox registered in a state that
// already needs reconnecting ([NeedsReconnect]: a pause reason written by the
// host's warmup engine, status needs_reauth, an authentication error) is
// flagged at once, with source register, and its holds are applied, so that
// for every mailbox the Machine manages the flag and the predicate agree.
// Registering an ID that exists returns the stored record unchanged.
func (m *Machine) Register(ctx context.Context, rec Record) (Record, error) {
	if err := m.ready(); err != nil {
		return Record{}, err
	}
	if rec.ID == "" {
		return Record{}, errors.New("reconnect: Register needs a mailbox ID")
	}
	if rec.Provider == "" {
		d, _ := provider.Detect(ctx, provider.Mailbox{SMTPHost: rec.SMTPHost, IMAPHost: rec.IMAPHost, Email: rec.Email}, nil)
		rec.Provider = d.ID
	}
	now := m.o.Now()
	rec.Version, rec.UpdatedAt = 0, now
	rec.LastError = cleanText(rec.LastError)
	if rec.LastError == "" {
		rec.LastVerdict = classify.Verdict{}
	} else if rec.LastVerdict.Class == "" {
		rec.LastVerdict = provider.Refine(classify.Text(rec.LastError), rec.host())
	}
	next, events, _ := transition(rec, input{kind: inRegister, at: now, source: SourceRegister}, &m.o)
	token := m.claim(&next, now, false)
	stored, err := m.store.Put(ctx, next, events...)
	if errors.Is(err, ErrConflict) {
		return m.store.Get(ctx, rec.ID)
	}
	if err != nil {
		return stored, err
	}
	m.emit(events)
	if token != "" {
		return m.runHolds(ctx, stored, token)
	}
	return stored, nil
}

// ReportFailure records a failure of mailbox id seen by src and classifies err.
// A reconnect class (auth, admin, blocked, revoked) flags the mailbox and holds
// everything that depends on it, unless the incident guard holds the failure
// back; auth_temporary failures are counted and escalate to auth_errors; any
// other failure is only recorded as the last error. Reporting the same failure
// twice is harmless. Failures reported by SourceHealthCheck bypass the incident
// guard: a health check is the confirmation it waits for.
func (m *Machine) ReportFailure(ctx context.Context, id string, src Source, err error) (Outcome, error) {
	if err == nil {
		return Outcome{}, errors.New("reconnect: ReportFailure with a nil error")
	}
	return m.failure(ctx, id, src, classify.Error(err), err.Error(), Credentials{})
}

// ReportFailureText is ReportFailure for a failure known only as logged text.
func (m *Machine) ReportFailureText(ctx context.Context, id string, src Source, text string) (Outcome, error) {
	return m.failure(ctx, id, src, classify.Text(text), text, Credentials{})
}

func (m *Machine) failure(ctx context.Context, id string, src Source, v classify.Verdict, text string, c Credentials) (Outcome, error) {
	var out Outcome
	if err := m.ready(); err != nil {
		return out, err
	}
	text = cleanText(c.scrub(text))
	var (
		decided, suspect bool
		tripped          *Incident
	)
	rec, err := m.report(ctx, id, func(r Record, now time.Time) (input, error) {
		out.Verdict = provider.Refine(v, r.host())
		if !decided && src != SourceHealthCheck { // a health check is the confirmation the guard waits for
			decided = true
			rule := ""
			if out.Verdict.NeedsReconnect {
				rule = out.Verdict.Rule
			}
			var err error
			if suspect, tripped, err = m.observe(ctx, &r, rule, now); err != nil {
				return input{}, err
			}
		}
		return input{kind: inFailure, at: now, source: src, verdict: out.Verdict, text: text, suspect: suspect}, nil
	})
	if tripped != nil && m.o.OnIncident != nil {
		m.o.OnIncident(*tripped)
	}
	out.Record, out.Flagged, out.Suspect = rec, rec.Flagged(), rec.Suspect.Class != ""
	return out, err
}

// ReportSuccess records that src used mailbox id successfully. It resets the
// temporary failure count and any suspicion, but never clears a flag: only a
// verified credential test or health check does.
func (m *Machine) ReportSuccess(ctx context.Context, id string, src Source) (Outcome, error) {
	if err := m.ready(); err != nil {
		return Outcome{}, err
	}
	decided := false
	rec, err := m.report(ctx, id, func(r Record, now time.Time) (input, error) {
		if !decided {
			decided = true
			if _, _, err := m.observe(ctx, &r, "", now); err != nil {
				return input{}, err
			}
		}
		return input{kind: inSuccess, at: now, source: src}, nil
	})
	return Outcome{Record: rec, Flagged: rec.Flagged()}, err
}

// TestError is returned when new credentials or a health check fail: the
// classified verdict, and the mailbox's provider and auth method, from which
// [TestError.Plan] renders the plan for the owner. Its message and Err never
// hold the tested secrets.
type TestError struct {
	Verdict    classify.Verdict
	Provider   provider.ID
	AuthMethod provider.AuthMethod
	Err        error
}

// Plan renders the plan for the failed test. It reports false when the failure
// needs no plan (a recipient or content rejection, an unknown error).
func (e *TestError) Plan() (provider.Plan, bool) {
	return renderPlan(e.Provider, e.AuthMethod, "", e.Verdict)
}

func (e *TestError) Error() string {
	return fmt.Sprintf("reconnect: credential test failed (%s, rule %s): %v", e.Verdict.Class, e.Verdict.Rule, e.Err)
}

func (e *TestError) Unwrap() error { return e.Err }

// UpdateCredentials tests new credentials for mailbox id before anything is
// stored. On success they go to the Vault (if set), the mailbox's auth method
// is updated, and the flag clears at once, releasing every hold. On failure
// nothing stored changes (but the history gains a test_failed event) and the
// error is a *TestError with the verdict and the plan. Use it as well after a
// successful OAuth sign-in, with the new grant's tokens.
func (m *Machine) UpdateCredentials(ctx context.Context, id string, c Credentials) error {
	return m.test(ctx, id, c, SourceOwner, true)
}

// HealthCheck tests mailbox id with its stored credentials c. A pass clears the
// flag (and any suspicion) like UpdateCredentials; a failure is reported with
// SourceHealthCheck, so it flags even during a suspected incident, and is
// returned as a *TestError.
func (m *Machine) HealthCheck(ctx context.Context, id string, c Credentials) error {
	return m.test(ctx, id, c, SourceHealthCheck, false)
}

func (m *Machine) test(ctx context.Context, id string, c Credentials, src Source, save bool) error {
	if err := m.ready(); err != nil {
		return err
	}
	if m.o.Tester == nil {
		return errors.New("reconnect: no Tester configured")
	}
	rec, err := m.store.Get(ctx, id)
	if err != nil {
		return err
	}
	var terr error
	given, renewed := c, Credentials{} // renewed may hold a token rotated during a test that then failed
	if rt, ok := m.o.Tester.(RenewingTester); ok {
		if renewed, terr = rt.TestRenew(ctx, rec.Mailbox, c); terr == nil {
			c = renewed
		}
	} else {
		terr = m.o.Tester.Test(ctx, rec.Mailbox, c)
	}
	if terr != nil {
		v := provider.Refine(classify.Error(terr), rec.host())
		terr = given.scrubber(renewed).Error(terr) // the error may echo a secret, in any form
		text := cleanText(terr.Error())
		te := &TestError{Verdict: v, Provider: rec.Provider, AuthMethod: rec.AuthMethod, Err: terr}
		if save {
			_, err = m.report(ctx, id, func(_ Record, now time.Time) (input, error) {
				return input{kind: inTestFailed, at: now, source: src, verdict: v, text: text}, nil
			})
		} else {
			_, err = m.failure(ctx, id, src, v, text, Credentials{})
		}
		return errors.Join(te, err)
	}
	if save && m.o.Vault != nil {
		if err := m.o.Vault.Put(ctx, id, c); err != nil {
			return fmt.Errorf("reconnect: storing credentials: %w", given.scrubber(renewed).Error(err))
		}
	}
	_, err = m.reportFrom(ctx, id, &rec, func(_ Record, now time.Time) (input, error) { // the test's read is the report's
		in := input{kind: inVerified, at: now, source: src}
		if save {
			in.method = c.Method
		}
		return in, nil
	})
	return err
}

// Reconcile runs the hooks of mailbox id until its holds match what its record
// wants: applied while it is flagged, released once it is not. Reports run
// them already; call Reconcile after a hook failed (the record's
// [Hold.Failures] and [Hold.LastError] say which), for instance from the
// health-check runner. While another call is running the mailbox's hooks,
// Reconcile leaves them to it and returns nil.
func (m *Machine) Reconcile(ctx context.Context, id string) error {
	if err := m.ready(); err != nil {
		return err
	}
	for {
		r, err := m.store.Get(ctx, id)
		if err != nil {
			return err
		}
		now := m.o.Now()
		if !pending(&r.Holds, &m.o, false) || !claimable(&r.Holds, now) {
			return nil
		}
		token := m.claim(&r, now, true)
		stored, err := m.store.Put(ctx, r)
		if errors.Is(err, ErrConflict) {
			continue
		}
		if err != nil {
			return err
		}
		_, err = m.runHolds(ctx, stored, token)
		return err
	}
}

// Incidents returns the provider incidents the guard currently suspects,
// from the Store when it is an [IncidentStore].
func (m *Machine) Incidents(ctx context.Context) ([]Incident, error) {
	if err := m.ready(); err != nil {
		return nil, err
	}
	return m.incidents.OpenIncidents(ctx, m.o.Now(), m.o.IncidentWindow)
}

// report runs one report on mailbox id: one read, the transition mk's input
// calls for, and one conditional write of the whole next record (retried on
// ErrConflict). When the record wants hooks run and no one is running them,
// the same write names this call the worker, and it runs them after. Events
// are emitted only after the store accepted them, outside any lock.
func (m *Machine) report(ctx context.Context, id string, mk func(Record, time.Time) (input, error)) (Record, error) {
	return m.reportFrom(ctx, id, nil, mk)
}

// reportFrom is report starting from first, a record of mailbox id the
// caller read already (nil: read it). A stale first costs one ErrConflict
// and a fresh read, as any concurrent write does.
func (m *Machine) reportFrom(ctx context.Context, id string, first *Record, mk func(Record, time.Time) (input, error)) (Record, error) {
	mu := &m.stripes[maphash.String(m.seed, id)%uint64(len(m.stripes))]
	for {
		if err := ctx.Err(); err != nil {
			return Record{}, err
		}
		mu.Lock()
		var (
			r   Record
			err error
		)
		if first != nil {
			r, first = *first, nil
		} else if r, err = m.store.Get(ctx, id); err != nil {
			mu.Unlock()
			return r, err
		}
		now := m.o.Now()
		in, err := mk(r, now)
		if err != nil {
			mu.Unlock()
			return r, err
		}
		next, buf := r, m.getEvents()
		events, changed := transitionInto(&next, &in, &m.o, buf[:0])
		token := m.claim(&next, now, false)
		if !changed && token == "" {
			mu.Unlock()
			m.putEvents(buf, len(events))
			return r, nil
		}
		next.UpdatedAt = now
		stored, err := m.store.Put(ctx, next, events...)
		mu.Unlock()
		if err == nil {
			m.emit(events)
		}
		m.putEvents(buf, len(events))
		if errors.Is(err, ErrConflict) {
			runtime.Gosched() // another process wrote first: read again
			continue
		}
		if err != nil {
			return r, err
		}
		if token != "" {
			return m.runHolds(ctx, stored, token)
		}
		return stored, nil
	}
}

// claim names a new call of m the worker of r when r has hooks to run (that
// have not failed, unless retryFailed) and no one is running them, and returns its token ("" when
// it did not).
func (m *Machine) claim(r *Record, now time.Time, retryFailed bool) string {
	if !claimable(&r.Holds, now) || !pending(&r.Holds, &m.o, !retryFailed) {
		return ""
	}
	var buf [32]byte
	token := string(strconv.AppendUint(append(append(buf[:0], m.name...), '-'), m.calls.Add(1), 36))
	r.Holds.Worker, r.Holds.Until = token, now.Add(m.o.HookLease)
	return token
}

// emit calls OnEvent with each event.
func (m *Machine) emit(events []Event) {
	if m.o.OnEvent != nil {
		for _, e := range events {
			m.o.OnEvent(e)
		}
	}
}
