package reconnect_test

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/internal/wire/leaktest"
	"github.com/mailreconnect/sdk/reconnect/memstore"
	"pgregory.net/rapid"
)

// The model-based test: random sequences of registrations, failure and
// success reports from every source, credential updates and health checks
// passing and failing, hooks going down and coming back, run one at a time
// and in concurrent batches from several goroutines and two Machines over one
// store. After every step it checks the Machine against a small reference
// model:
//
//   - for every mailbox the Machine manages, NeedsReconnect equals the flag;
//   - what the host holds equals what the record says, and once reconciled
//     (hooks up) every hold is in place if and only if the mailbox is flagged;
//   - a clear restores the state from before the flag, minus whatever said
//     the mailbox needs reconnecting;
//   - the flag is what the model predicts for steps run one at a time;
//   - no secret appears in any record, event, history or error.
//
// In CI it runs with a fixed seed, 120 checks (about
// 100,000 steps; 25 checks under -race); run longer with -rapid.checks=N
// (and -rapid.seed=0 for a random seed). It logs the number of steps run.
func TestMachineAgainstModel(t *testing.T) {
	set := map[string]bool{}
	flag.Visit(func(f *flag.Flag) { set[f.Name] = true })
	setDefault := func(name, v string) {
		if !set[name] {
			_ = flag.Set(name, v)
		}
	}
	setDefault("rapid.seed", "20261127")
	checks := "120"
	if raceBuild {
		checks = "25" // about 20,000 steps
	}
	setDefault("rapid.checks", checks)
	setDefault("rapid.steps", "500")
	setDefault("rapid.nofailfile", "true")
	if testing.Short() {
		_ = flag.Set("rapid.checks", "20")
	}
	var steps atomic.Int64
	rapid.Check(t, func(rt *rapid.T) { newModel(rt, &steps).run(rt) })
	t.Logf("model-based test: %d steps", steps.Load())
}

// The failures the model reports, with the flag each must give (judged from
// the providers' documentation, as the classifier's own tests are).
var modelFailures = []struct {
	text  string
	flags bool // a reconnect class: flags at once
	temp  bool // auth_temporary: counts toward escalation
}{
	// Gmail 535 5.7.8 BadCredentials (https://support.google.com/mail/?p=BadCredentials).
	{"535 5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials", true, false},
	// Gmail 454 4.7.0 login rate limit: temporary.
	{"454 4.7.0 Too many login attempts, please try again later.", false, true},
	// A connection that timed out: transient, no reconnect.
	{"dial tcp 142.250.0.109:465: i/o timeout", false, false},
	// Gmail's DMARC rejection is about the message, not the login.
	{"550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.", false, false},
}

var modelSources = []reconnect.Source{reconnect.SourceSend, reconnect.SourceWarmup, reconnect.SourceTokenRefresh,
	reconnect.SourceInboxSync, reconnect.SourceHealthCheck, reconnect.SourceOwner}

// modelBox is what the model knows of one mailbox.
type modelBox struct {
	registered bool
	flagged    bool
	ownerHeld  map[reconnect.HoldKind]bool // held by another cause before the Machine
	unflagged  reconnect.Snapshot          // the state while not flagged
	before     reconnect.Snapshot          // the state to restore, while flagged
	temps      []time.Time                 // counted temporary failures, nil when unknown
	tempsKnown bool
	last       struct {
		src  reconnect.Source
		text string
		at   time.Time
	}
}

type model struct {
	st      *memstore.Store
	host    *stateHost
	ms      [2]*reconnect.Machine
	clock   *clock
	boxes   map[string]*modelBox
	good    map[string]string // the password each mailbox's server accepts
	secrets []string
	outMu   sync.Mutex
	outputs []string // events and errors, for the secret check
	steps   *atomic.Int64
}

var modelIDs = []string{"mb0", "mb1", "mb2"}

func newModel(rt *rapid.T, steps *atomic.Int64) *model {
	md := &model{st: memstore.New(), host: newStateHost(), clock: &clock{now: t0}, boxes: map[string]*modelBox{},
		good: map[string]string{}, steps: steps}
	for _, id := range modelIDs {
		md.boxes[id] = &modelBox{ownerHeld: map[reconnect.HoldKind]bool{}}
		md.good[id] = `g"\o-` + id
	}
	tester := reconnect.TesterFunc(func(_ context.Context, m reconnect.Mailbox, c reconnect.Credentials) error {
		if c.Password.Reveal() == md.good[m.ID] {
			return nil
		}
		// A careless server echoes what it was sent.
		return fmt.Errorf("535 5.7.8 Username and Password not accepted. %s", leaktest.Echo(m.Email, c.Password.Reveal()))
	})
	for i := range md.ms {
		o := reconnect.Options{Now: md.clock.Now, IncidentMin: -1, HookAttempts: 1, HookBackoff: -1, Tester: tester,
			OnEvent: func(e reconnect.Event) { md.output(e) }}
		md.ms[i] = reconnect.New(md.st, md.host.options(o))
	}
	return md
}

func (md *model) output(v any) {
	js, _ := json.Marshal(v)
	s := string(js)
	if err, ok := v.(error); ok {
		s = fmt.Sprintf("%v %+v %q", err, err, err)
	}
	md.outMu.Lock()
	md.outputs = append(md.outputs, s)
	md.outMu.Unlock()
}

func (md *model) run(rt *rapid.T) {
	rt.Repeat(map[string]func(*rapid.T){
		"register": func(t *rapid.T) { md.register(t) },
		"report": func(t *rapid.T) {
			md.do(t, md.pickReport(t))
		},
		"batch": func(t *rapid.T) { md.batch(t) },
		"hook": func(t *rapid.T) {
			k := rapid.SampledFrom(allHolds).Draw(t, "hold")
			md.host.SetDown(k, rapid.Bool().Draw(t, "down"))
		},
		"clock": func(t *rapid.T) {
			md.clock.Add(time.Duration(rapid.IntRange(1, 40).Draw(t, "minutes")) * time.Minute)
		},
		"": func(t *rapid.T) { md.check(t) },
	})
}

// The initial states a host registers a mailbox with, and whether each needs
// reconnecting by the seed's four conditions.
var modelInitial = []struct {
	name  string
	mod   func(*reconnect.Record)
	owner reconnect.HoldKind // held by its owner on the host, "" for none
	needs bool
}{
	{"healthy", nil, "", false},
	{"host pause reason auth_failure", func(r *reconnect.Record) { r.PauseReason = classify.ReasonAuthFailure }, "", true},
	{"warmup paused by its owner", func(r *reconnect.Record) { r.WarmupStatus = reconnect.WarmupPaused }, reconnect.HoldWarmup, false},
	{"status error, authentication error", func(r *reconnect.Record) {
		r.Status, r.LastError = reconnect.StatusError, modelFailures[0].text
	}, "", true},
	{"warmup error, authentication error", func(r *reconnect.Record) {
		r.WarmupStatus, r.LastError = reconnect.WarmupError, modelFailures[0].text
	}, "", true},
	{"status needs_reauth", func(r *reconnect.Record) { r.Status = reconnect.StatusNeedsReauth }, "", true},
	{"paused for a vacation", func(r *reconnect.Record) {
		r.Status, r.PauseReason = reconnect.StatusPaused, "vacation"
	}, reconnect.HoldCampaigns, false},
}

func (md *model) register(t *rapid.T) {
	id := rapid.SampledFrom(modelIDs).Draw(t, "id")
	b := md.boxes[id]
	if b.registered {
		return
	}
	init := rapid.SampledFrom(modelInitial).Draw(t, "initial")
	if init.owner != "" {
		md.host.HoldByOwner(init.owner, id)
		b.ownerHeld[init.owner] = true
	}
	r := gmailBox(id, init.mod)
	_, err := md.ms[rapid.IntRange(0, 1).Draw(t, "machine")].Register(ctx, r)
	md.note(err)
	b.registered = true
	snap := reconnect.Snapshot{Status: r.Status, PauseReason: r.PauseReason, WarmupStatus: r.WarmupStatus}
	if init.needs {
		md.flag(b, snap)
	} else {
		b.unflagged, b.tempsKnown, b.temps = snap, true, nil
	}
}

func (md *model) flag(b *modelBox, snap reconnect.Snapshot) {
	b.flagged, b.before, b.temps, b.tempsKnown = true, snap, nil, true
}

func (md *model) clear(b *modelBox) {
	if b.flagged {
		b.unflagged = restored(b.before)
	} else {
		b.unflagged = restored(b.unflagged)
	}
	b.flagged, b.temps, b.tempsKnown = false, nil, true
	b.last.src, b.last.text = "", ""
}

// restored is the state a clear leaves, from the state s before the flag:
// s, except what said the mailbox needs reconnecting.
func restored(s reconnect.Snapshot) reconnect.Snapshot {
	switch s.Status {
	case "", reconnect.StatusError, reconnect.StatusNeedsReauth:
		s.Status = reconnect.StatusActive
	}
	if s.PauseReason.Pause() {
		s.PauseReason = ""
	}
	return s
}

// a report is one call to a Machine, with what the model expects of it.
type report struct {
	id      string
	machine int
	kind    int // 0 failure, 1 success, 2 update credentials, 3 health check
	src     reconnect.Source
	failure int
	pass    bool
}

func (md *model) pickReport(t *rapid.T) report {
	return report{
		id:      rapid.SampledFrom(modelIDs).Draw(t, "id"),
		machine: rapid.IntRange(0, 1).Draw(t, "machine"),
		kind:    rapid.IntRange(0, 3).Draw(t, "kind"),
		src:     rapid.SampledFrom(modelSources).Draw(t, "source"),
		failure: rapid.IntRange(0, len(modelFailures)-1).Draw(t, "failure"),
		pass:    rapid.Bool().Draw(t, "pass"),
	}
}

// call makes the report's call.
func (md *model) call(r report) error {
	m := md.ms[r.machine]
	pw := md.good[r.id]
	if !r.pass {
		pw = fmt.Sprintf(`w"r\ong-%s-%d`, r.id, md.steps.Load())
	}
	md.outMu.Lock()
	md.secrets = append(md.secrets, pw)
	md.outMu.Unlock()
	c := reconnect.Credentials{Method: provider.MethodAppPassword, Username: r.id + "@gmail.com", Password: reconnect.NewSecret(pw)}
	var err error
	switch r.kind {
	case 0:
		_, err = m.ReportFailureText(ctx, r.id, r.src, modelFailures[r.failure].text)
	case 1:
		_, err = m.ReportSuccess(ctx, r.id, r.src)
	case 2:
		err = m.UpdateCredentials(ctx, r.id, c)
	default:
		err = m.HealthCheck(ctx, r.id, c)
	}
	return err
}

// do makes one report alone and moves the model as it predicts.
func (md *model) do(t *rapid.T, r report) {
	err := md.call(r)
	md.note(err)
	b := md.boxes[r.id]
	if !b.registered {
		if !errors.Is(err, reconnect.ErrNotFound) {
			t.Fatalf("report on an unregistered mailbox: %v", err)
		}
		return
	}
	now := md.clock.Now()
	switch r.kind {
	case 0:
		f := modelFailures[r.failure]
		dup := b.last.src == r.src && b.last.text == f.text && now.Sub(b.last.at) < reconnect.DefaultDuplicateWindow
		b.last.src, b.last.text, b.last.at = r.src, f.text, now
		switch {
		case b.flagged:
		case f.flags:
			md.flag(b, b.unflagged)
		case f.temp && !dup && b.tempsKnown:
			var keep []time.Time
			for _, at := range b.temps {
				if now.Sub(at) < reconnect.DefaultEscalationWindow {
					keep = append(keep, at)
				}
			}
			b.temps = append(keep, now)
			if len(b.temps) >= reconnect.DefaultEscalateAfter {
				md.flag(b, b.unflagged)
			}
		case f.temp && !dup:
			md.resync(t, b, r.id) // the count is unknown after a concurrent batch
		}
	case 1:
		b.temps, b.tempsKnown = nil, true
	case 2:
		if r.pass {
			md.clear(b)
		}
	default:
		if r.pass {
			md.clear(b)
		} else {
			b.last.src, b.last.text, b.last.at = reconnect.SourceHealthCheck, "", now
			if !b.flagged {
				md.flag(b, b.unflagged)
			}
		}
	}
}

// batch runs 2 to 6 reports at once, from several goroutines and both
// Machines. Their order is not known, so the model takes the outcome from the
// store (after checking it against the invariants).
func (md *model) batch(t *rapid.T) {
	n := rapid.IntRange(2, 6).Draw(t, "batch")
	rs := make([]report, n)
	for i := range rs {
		rs[i] = md.pickReport(t)
	}
	var wg sync.WaitGroup
	for _, r := range rs {
		wg.Add(1)
		go func(r report) {
			defer wg.Done()
			md.note(md.call(r))
		}(r)
	}
	wg.Wait()
	md.steps.Add(int64(n - 1))
	for _, id := range modelIDs {
		if b := md.boxes[id]; b.registered {
			md.resync(t, b, id)
		}
	}
}

// resync takes what the model cannot predict from the store.
func (md *model) resync(t *rapid.T, b *modelBox, id string) {
	r, err := md.st.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	b.flagged, b.tempsKnown, b.temps = r.Flagged(), false, nil
	b.last.src, b.last.text, b.last.at = r.LastSource, r.LastError, r.LastAt
	if b.flagged {
		b.before = r.Flag.Before
	} else {
		b.unflagged = reconnect.Snapshot{Status: r.Status, PauseReason: r.PauseReason, WarmupStatus: r.WarmupStatus}
	}
}

func (md *model) note(err error) {
	if err != nil {
		md.output(err)
	}
}

// check is run after every step.
func (md *model) check(t *rapid.T) {
	md.steps.Add(1)
	for _, id := range modelIDs {
		b := md.boxes[id]
		if !b.registered {
			continue
		}
		r, err := md.st.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if r.NeedsReconnect() != r.Flagged() {
			t.Fatalf("%s: NeedsReconnect %v but flagged %v: %+v", id, r.NeedsReconnect(), r.Flagged(), r.Mailbox)
		}
		if r.Flagged() != b.flagged {
			t.Fatalf("%s: flagged %v, the model says %v (%+v)", id, r.Flagged(), b.flagged, r)
		}
		if !b.flagged {
			got := reconnect.Snapshot{Status: r.Status, PauseReason: r.PauseReason, WarmupStatus: r.WarmupStatus}
			if got != b.unflagged {
				t.Fatalf("%s: unflagged state %+v, the model says %+v", id, got, b.unflagged)
			}
		} else if r.Flag.Before != b.before {
			t.Fatalf("%s: state kept to restore %+v, the model says %+v", id, r.Flag.Before, b.before)
		}
		md.checkHost(t, r, b, false)
	}
	// Once hooks are up and reconciled, held iff flagged.
	down := map[reconnect.HoldKind]bool{}
	for _, k := range allHolds {
		down[k] = md.host.IsDown(k)
		md.host.SetDown(k, false)
	}
	for _, id := range modelIDs {
		b := md.boxes[id]
		if !b.registered {
			continue
		}
		if err := md.ms[0].Reconcile(ctx, id); err != nil {
			t.Fatalf("%s: Reconcile with every hook up: %v", id, err)
		}
		r, _ := md.st.Get(ctx, id)
		md.checkHost(t, r, b, true)
	}
	for k, d := range down {
		md.host.SetDown(k, d)
	}
	md.checkSecrets(t)
}

// checkHost compares the host's holds with the record's. reconciled adds:
// every hold applied if and only if flagged, none failing, no worker left.
func (md *model) checkHost(t *rapid.T, r reconnect.Record, b *modelBox, reconciled bool) {
	for _, k := range allHolds {
		h := r.Holds.Of(k)
		held := md.host.Held(k, r.ID)
		if h.Applied && !held {
			t.Fatalf("%s %s: the record says applied, the host does not hold it", r.ID, k)
		}
		if !h.Applied && !b.ownerHeld[k] && held {
			t.Fatalf("%s %s: the host holds it, the record says not applied", r.ID, k)
		}
		if !reconciled {
			continue
		}
		if h.Applied != r.Flagged() || h.Want != r.Flagged() || h.Failures != 0 {
			t.Fatalf("%s %s: reconciled hold %+v on a record flagged %v", r.ID, k, h, r.Flagged())
		}
		if h.Applied && h.Ours == b.ownerHeld[k] {
			t.Fatalf("%s %s: ours %v, but held by its owner %v", r.ID, k, h.Ours, b.ownerHeld[k])
		}
		if held != (r.Flagged() || b.ownerHeld[k]) {
			t.Fatalf("%s %s: host holds %v; flagged %v, owner %v", r.ID, k, held, r.Flagged(), b.ownerHeld[k])
		}
	}
	if reconciled && r.Holds.Worker != "" {
		t.Fatalf("%s: a worker is left after reconciling: %+v", r.ID, r.Holds)
	}
}

func (md *model) checkSecrets(t *rapid.T) {
	md.outMu.Lock()
	defer md.outMu.Unlock()
	var all []string
	all = append(all, md.outputs...)
	for _, id := range modelIDs {
		if r, err := md.st.Get(ctx, id); err == nil {
			js, _ := json.Marshal(r)
			all = append(all, string(js))
		}
	}
	text := strings.Join(all, "\n")
	for _, id := range modelIDs {
		secrets := append([]string{md.good[id]}, md.secrets...)
		for _, s := range secrets {
			for _, f := range leaktest.Forms(id+"@gmail.com", s) {
				if strings.Contains(text, f) {
					t.Fatalf("secret %q in the output as %q", s, f)
				}
			}
		}
	}
	md.secrets, md.outputs = md.secrets[:0], md.outputs[:0]
}
