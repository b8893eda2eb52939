package drivertest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/internal/wire/leaktest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Settings of TestConcurrentMachinesOnOneStore, overridable from the
// environment for longer runs.
const (
	chaosSeedEnv    = "MAILRECONNECT_CHAOS_SEED" // seed of the goroutines' random choices (default 1)
	chaosOpsEnv     = "MAILRECONNECT_CHAOS_OPS"  // operations per goroutine (default chaosOps, a quarter under -race)
	chaosOps        = 240
	chaosGoroutines = 8
	chaosInstances  = 3
)

// The failures reported, with what the providers document for them.
const (
	// Gmail's reply to a wrong password or app password
	// (https://support.google.com/mail/?p=BadCredentials; 5.7.8 is RFC
	// 4954's "authentication credentials invalid"): flags at once.
	chaosAuth = "535 5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials"
	// Gmail's login rate limit (4.7.0, RFC 3463: a temporary security
	// failure): counts toward escalation.
	chaosTemp = "454 4.7.0 Too many login attempts, please try again later."
	// A connection that timed out: nothing to reconnect.
	chaosTransient = "dial tcp 142.250.0.109:465: i/o timeout"
)

// chaosBoxes are the mailboxes, of several providers, registered in the
// states a host stores (as reconnect's model test registers them): needs says
// whether the state needs reconnecting by the predicate's four conditions,
// owner which hold another cause keeps on the host.
var chaosBoxes = []struct {
	id, host, domain string
	mod              func(*reconnect.Record)
	owner            reconnect.HoldKind
	needs            bool
}{
	{"gm-healthy", "smtp.gmail.com", "gmail.com", nil, "", false},
	{"gm-host-paused", "smtp.gmail.com", "gmail.com", func(r *reconnect.Record) { r.PauseReason = classify.ReasonAuthFailure }, "", true},
	{"ya-owner-warmup", "smtp.mail.yahoo.com", "yahoo.com", func(r *reconnect.Record) { r.WarmupStatus = reconnect.WarmupPaused }, reconnect.HoldWarmup, false},
	{"ms-status-error", "smtp.office365.com", "contoso.example", func(r *reconnect.Record) { r.Status, r.LastError = reconnect.StatusError, chaosAuth }, "", true},
	{"ol-warmup-error", "smtp-mail.outlook.com", "outlook.com", func(r *reconnect.Record) { r.WarmupStatus, r.LastError = reconnect.WarmupError, chaosAuth }, "", true},
	{"zo-needs-reauth", "smtp.zoho.com", "zohomail.com", func(r *reconnect.Record) { r.Status = reconnect.StatusNeedsReauth }, "", true},
	{"cu-vacation", "mail.example.org", "example.org", func(r *reconnect.Record) { r.Status, r.PauseReason = reconnect.StatusPaused, "vacation" }, reconnect.HoldCampaigns, false},
	{"fm-warmup-off", "smtp.fastmail.com", "fastmail.com", func(r *reconnect.Record) { r.WarmupStatus = reconnect.WarmupOff }, "", false},
}

var (
	chaosHolds   = []reconnect.HoldKind{reconnect.HoldWarmup, reconnect.HoldPeerPool, reconnect.HoldCampaigns, reconnect.HoldInboxSync}
	chaosSources = []reconnect.Source{reconnect.SourceSend, reconnect.SourceWarmup, reconnect.SourceTokenRefresh,
		reconnect.SourceInboxSync, reconnect.SourceHealthCheck}
	// chaosWrong are wrong passwords, awkward ones: quotes, backslashes,
	// non-ASCII, short.
	chaosWrong = append([]string{`w"r\ong-1`}, leaktest.Passwords...)
)

// TestConcurrentMachinesOnOneStore runs three application instances (three
// Stores on one database, a Machine each) with hooks into one host, and 8
// goroutines that each make a fixed number of random reports, credential
// updates, health checks and hook outages, over all three Machines at once.
// Once they are done and every hook is back, reconciling leaves every mailbox
// held on the host if and only if it is flagged, with the record saying
// exactly what the host holds; NeedsReconnect agrees with the flag; a right
// password releases every hold the Machine took and restores the state from
// before the flag; and no password is in any record, event or error.
func TestConcurrentMachinesOnOneStore(t *testing.T) {
	ops := uint64(chaosOps)
	if raceBuild {
		ops /= 4
	}
	seed, ops := chaosSetting(t, chaosSeedEnv, 1), chaosSetting(t, chaosOpsEnv, ops)
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) { newChaos(t, b.fresh(t)).run(t, seed, ops) })
	}
}

// chaosSetting returns the number in environment variable name, or def.
func chaosSetting(t *testing.T, name string, def uint64) uint64 {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.ParseUint(v, 10, 64)
	require.NoError(t, err, name)
	return n
}

// chaos is one run: the instances, the host, and what they output.
type chaos struct {
	stores  [chaosInstances]*Store
	ms      [chaosInstances]*reconnect.Machine
	host    *chaosHost
	good    map[string]string // the one password each mailbox's server accepts
	email   map[string]string
	outMu   sync.Mutex
	outputs []string // events and errors, for the secret check
	ops     atomic.Int64
}

func newChaos(t *testing.T, open opener) *chaos {
	c := &chaos{host: newChaosHost(), good: map[string]string{}, email: map[string]string{}}
	for i, bx := range chaosBoxes {
		c.good[bx.id] = fmt.Sprintf(`g"o\od-%d-пароль`, i)
		c.email[bx.id] = bx.id + "@" + bx.domain
	}
	tester := reconnect.TesterFunc(func(_ context.Context, m reconnect.Mailbox, cr reconnect.Credentials) error {
		if cr.Password.Reveal() == c.good[m.ID] {
			return nil
		}
		// A careless server echoes what it was sent, in every form.
		return fmt.Errorf("535 5.7.8 Username and Password not accepted. %s", leaktest.Echo(cr.Username, cr.Password.Reveal()))
	})
	for i := range c.ms {
		c.stores[i] = open.must(t)
		c.ms[i] = reconnect.New(c.stores[i], c.host.options(&reconnect.Options{HookAttempts: 2, HookBackoff: -1,
			Tester: tester, OnEvent: func(e reconnect.Event) { c.output(e) }}))
	}
	return c
}

func (c *chaos) output(v any) {
	var s string
	if err, ok := v.(error); ok {
		s = fmt.Sprintf("%v %+v %q", err, err, err)
	} else {
		js, _ := json.Marshal(v)
		s = string(js)
	}
	c.outMu.Lock()
	c.outputs = append(c.outputs, s)
	c.outMu.Unlock()
}

func (c *chaos) run(t *testing.T, seed, ops uint64) {
	start := time.Now()
	initial := map[string]reconnect.Snapshot{}
	for i, bx := range chaosBoxes {
		if bx.owner != "" {
			c.host.holdByOwner(bx.owner, bx.id)
		}
		r := reconnect.Record{Mailbox: reconnect.Mailbox{ID: bx.id, Email: c.email[bx.id], SMTPHost: bx.host,
			AuthMethod: provider.MethodPassword, Status: reconnect.StatusActive, WarmupStatus: reconnect.WarmupActive},
			Workspace: fmt.Sprintf("w%d", i/2)}
		if bx.mod != nil {
			bx.mod(&r)
		}
		initial[bx.id] = reconnect.Snapshot{Status: r.Status, PauseReason: r.PauseReason, WarmupStatus: r.WarmupStatus}
		got, err := c.ms[i%chaosInstances].Register(ctx, r)
		require.NoError(t, err, bx.id)
		require.Equal(t, bx.needs, got.Flagged(), "%s flagged at registration", bx.id)
	}

	t.Logf("seed %d (%s), %d goroutines x %d operations", seed, chaosSeedEnv, chaosGoroutines, ops)
	var wg sync.WaitGroup
	for g := range chaosGoroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(seed, uint64(g)))
			for range ops {
				c.op(t, rng)
				c.ops.Add(1)
			}
		}()
	}
	wg.Wait()
	chaotic := time.Since(start)

	c.host.allUp()
	flagged := c.checkSettled(t, initial)
	for _, bx := range chaosBoxes {
		c.finalClear(t, bx.id, bx.owner)
	}
	c.checkSecrets(t)
	t.Logf("%d operations in %v (%d hook calls), %d of %d mailboxes flagged at the end; settled, cleared and checked in %v",
		c.ops.Load(), chaotic.Round(time.Millisecond), c.host.callCount(), flagged, len(chaosBoxes), (time.Since(start) - chaotic).Round(time.Millisecond))
}

// op makes one random call on a random mailbox through a random instance.
func (c *chaos) op(t *testing.T, rng *rand.Rand) {
	id := chaosBoxes[rng.IntN(len(chaosBoxes))].id
	m := c.ms[rng.IntN(len(c.ms))]
	src := chaosSources[rng.IntN(len(chaosSources))]
	creds := func(right bool) reconnect.Credentials {
		pw := c.good[id]
		if !right {
			pw = chaosWrong[rng.IntN(len(chaosWrong))]
		}
		return reconnect.Credentials{Method: provider.MethodPassword, Username: c.email[id], Password: reconnect.NewSecret(pw)}
	}
	var (
		out reconnect.Outcome
		err error
	)
	switch n := rng.IntN(20); {
	case n < 5:
		out, err = m.ReportFailureText(ctx, id, src, chaosAuth)
		assert.True(t, out.Verdict.NeedsReconnect, "%s: %+v", id, out.Verdict)
	case n < 7:
		out, err = m.ReportFailureText(ctx, id, src, chaosTransient)
	case n < 9:
		out, err = m.ReportFailureText(ctx, id, src, chaosTemp)
	case n < 12:
		out, err = m.ReportSuccess(ctx, id, src)
	case n < 14:
		err = m.UpdateCredentials(ctx, id, creds(true))
	case n < 16:
		err = m.UpdateCredentials(ctx, id, creds(false))
		c.wantTestError(t, id, err)
	case n < 18:
		right := rng.IntN(2) == 0
		err = m.HealthCheck(ctx, id, creds(right))
		if !right {
			c.wantTestError(t, id, err)
		}
	case n < 19:
		c.host.toggle(chaosHolds[rng.IntN(len(chaosHolds))])
	default:
		err = m.Reconcile(ctx, id) // the health-check runner finishing holds
	}
	if err != nil {
		c.output(err)
		c.onlyExpected(t, id, err)
	}
	if out.Record.ID != "" {
		assert.Equal(t, out.Record.Flagged(), out.Record.NeedsReconnect(), "%s: a report left NeedsReconnect and the flag apart: %+v", id, out.Record)
	}
}

// wantTestError checks that a failed credential test returns a
// *reconnect.TestError with Gmail's verdict for a wrong password.
func (c *chaos) wantTestError(t *testing.T, id string, err error) {
	var te *reconnect.TestError
	if assert.ErrorAs(t, err, &te, "%s: a wrong password", id) {
		assert.Equal(t, classify.ReasonAuthFailure, te.Verdict.Reason, "%s: %v", id, err)
	}
}

// onlyExpected fails t for any error but a failed credential test or a hook
// that is down: the store must absorb the instances' concurrent writes.
func (c *chaos) onlyExpected(t *testing.T, id string, err error) {
	var te *reconnect.TestError
	switch {
	case errors.As(err, &te) && err == error(te):
	case isHookError(err):
	default:
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				c.onlyExpected(t, id, e)
			}
			return
		}
		t.Errorf("%s: unexpected error: %v", id, err)
	}
}

func isHookError(err error) bool {
	for _, k := range chaosHolds {
		if strings.HasPrefix(err.Error(), "reconnect: "+string(k)+" hook: ") && !strings.Contains(err.Error(), "\n") {
			return true
		}
	}
	return false
}
