package reconnect

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"runtime"
	"strings"
	"sync"

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
// Machines (in several processes) may share one Store: every change is an
// optimistic read-modify-write that is retried on ErrConflict, so no update is
// lost.
//
// New is the only way to make a working Machine. The zero Machine, and one
// made by New with a nil Store, have no Store: every method returns
// [ErrNoStore] (Incidents returns nil) and nothing panics.
type Machine struct {
	store   Store
	o       Options
	guard   guard
	seed    maphash.Seed
	stripes [64]sync.Mutex // serialise updates of one mailbox within this process
}

// ErrNoStore is returned by every method of a Machine that has no Store: the
// zero Machine, or one New made with a nil Store.
var ErrNoStore = errors.New("reconnect: Machine has no Store")

// New returns a Machine over store. opts may be nil for the defaults. With a
// nil store, the Machine's methods return ErrNoStore.
func New(store Store, opts *Options) *Machine {
	return &Machine{store: store, o: opts.withDefaults(), seed: maphash.MakeSeed()}
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
// address when rec.Provider is empty. Registering an ID that exists returns the
// stored record unchanged.
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
	rec.Version, rec.UpdatedAt = 0, m.o.Now()
	stored, err := m.store.Put(ctx, rec)
	if errors.Is(err, ErrConflict) {
		return m.store.Get(ctx, rec.ID)
	}
	return stored, err
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
	rec, err := m.update(ctx, id, func(r Record) input {
		out.Verdict = provider.Refine(v, r.host())
		return input{kind: inFailure, at: m.o.Now(), source: src, verdict: out.Verdict, text: c.scrub(text)}
	}, func(r Record, v classify.Verdict) (bool, *Incident) {
		rule := ""
		if v.NeedsReconnect {
			rule = v.Rule
		}
		if src == SourceHealthCheck {
			return false, nil
		}
		return m.guard.observe(&m.o, fleetKey(r), r.ID, rule, m.o.Now())
	})
	if err != nil {
		return out, err
	}
	out.Record, out.Flagged, out.Suspect = rec, rec.Flagged(), rec.Suspect.Class != ""
	return out, m.reconcile(ctx, id)
}

// ReportSuccess records that src used mailbox id successfully. It resets the
// temporary failure count and any suspicion, but never clears a flag: only a
// verified credential test or health check does.
func (m *Machine) ReportSuccess(ctx context.Context, id string, src Source) (Outcome, error) {
	if err := m.ready(); err != nil {
		return Outcome{}, err
	}
	rec, err := m.update(ctx, id, func(Record) input {
		return input{kind: inSuccess, at: m.o.Now(), source: src}
	}, func(r Record, _ classify.Verdict) (bool, *Incident) {
		m.guard.observe(&m.o, fleetKey(r), r.ID, "", m.o.Now())
		return false, nil
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
	var renewed Credentials // may hold a token rotated during a test that then failed
	if rt, ok := m.o.Tester.(RenewingTester); ok {
		if renewed, terr = rt.TestRenew(ctx, rec.Mailbox, c); terr == nil {
			c = renewed
		}
	} else {
		terr = m.o.Tester.Test(ctx, rec.Mailbox, c)
	}
	if terr != nil {
		v := provider.Refine(classify.Error(terr), rec.host())
		terr = c.scrubber(renewed).Error(terr) // the error may echo a secret, in any form
		text := terr.Error()
		te := &TestError{Verdict: v, Provider: rec.Provider, AuthMethod: rec.AuthMethod, Err: terr}
		if save {
			_, err = m.update(ctx, id, func(Record) input {
				return input{kind: inTestFailed, at: m.o.Now(), source: src, verdict: v, text: text}
			}, nil)
		} else {
			_, err = m.failure(ctx, id, src, v, text, c)
		}
		return errors.Join(te, err)
	}
	if save && m.o.Vault != nil {
		if err := m.o.Vault.Put(ctx, id, c); err != nil {
			return fmt.Errorf("reconnect: storing credentials: %w", c.scrubber().Error(err))
		}
	}
	_, err = m.update(ctx, id, func(r Record) input {
		in := input{kind: inVerified, at: m.o.Now(), source: src}
		if save {
			in.method = c.Method
		}
		return in
	}, nil)
	if err != nil {
		return err
	}
	return m.reconcile(ctx, id)
}

// Reconcile retries the hooks of mailbox id until its holds match its flag:
// applied while flagged, released once cleared. Reports call it already; call
// it again after a hook failed.
func (m *Machine) Reconcile(ctx context.Context, id string) error {
	if err := m.ready(); err != nil {
		return err
	}
	return m.reconcile(ctx, id)
}

// Incidents returns the provider incidents the guard currently suspects (none
// for a Machine without a Store).
func (m *Machine) Incidents() []Incident {
	if m.ready() != nil {
		return nil
	}
	return m.guard.incidents(m.o.Now(), m.o.IncidentWindow)
}

// update runs one transition on mailbox id. guardFn, if set, is consulted with
// the freshly read record and the verdict to set input.suspect.
func (m *Machine) update(ctx context.Context, id string, mk func(Record) input, guardFn func(Record, classify.Verdict) (bool, *Incident)) (Record, error) {
	var (
		tripped          *Incident
		decided, suspect bool
	)
	rec, err := m.write(ctx, id, func(r Record) (Record, []Event, bool) {
		in := mk(r)
		if guardFn != nil {
			if !decided { // observe each report once, even when the write is retried
				decided = true
				suspect, tripped = guardFn(r, in.verdict)
			}
			in.suspect = suspect
		}
		return transition(r, in, &m.o)
	})
	if tripped != nil && m.o.OnIncident != nil {
		m.o.OnIncident(*tripped)
	}
	return rec, err
}

// write is the optimistic read-modify-write loop. Events are emitted only after
// the store accepted them, outside any lock.
func (m *Machine) write(ctx context.Context, id string, f func(Record) (Record, []Event, bool)) (Record, error) {
	mu := &m.stripes[maphash.String(m.seed, id)%uint64(len(m.stripes))]
	for {
		if err := ctx.Err(); err != nil {
			return Record{}, err
		}
		mu.Lock()
		rec, err := m.store.Get(ctx, id)
		if err != nil {
			mu.Unlock()
			return rec, err
		}
		next, events, changed := f(rec)
		if !changed {
			mu.Unlock()
			return rec, nil
		}
		next.UpdatedAt = m.o.Now()
		stored, err := m.store.Put(ctx, next, events...)
		mu.Unlock()
		if errors.Is(err, ErrConflict) {
			runtime.Gosched() // another process wrote first: read again
			continue
		}
		if err != nil {
			return rec, err
		}
		if m.o.OnEvent != nil {
			for _, e := range events {
				m.o.OnEvent(e)
			}
		}
		return stored, nil
	}
}

// fleetKey is what the incident guard groups mailboxes by: the provider, or the
// SMTP host for custom mailboxes.
func fleetKey(r Record) fleetID {
	if r.Provider != "" && r.Provider != provider.Custom {
		return fleetID{provider: r.Provider}
	}
	if r.SMTPHost != "" {
		return fleetID{provider: provider.Custom, host: strings.ToLower(r.SMTPHost)}
	}
	return fleetID{}
}
