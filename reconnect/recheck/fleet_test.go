package recheck

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
)

// A fleet simulation: 100,000 flagged mailboxes, their owners, admins and
// providers, on a simulated clock, with a simulated pool of workers whose
// logins take 300-700 ms.
//
//   - 20,000 tenant_smtp_disabled mailboxes, ten per Microsoft 365 tenant,
//     flagged within the first 5 minutes; each tenant's admin turns SMTP AUTH
//     back on at a random time in the first six hours.
//   - 80,000 others of five providers, flagged up to two hours before the
//     start and loaded then (a restart). auth_failure (hostinger_reauth_required
//     at Hostinger) owners save a new password at a random time, a wrong one
//     first in 30% of cases (a refused login that spends the provider's budget)
//     and the right one two minutes later; mailbox_disconnected owners sign in
//     again (a new grant) at a random time; provider_block and auth_errors lift
//     on the provider's clock at a random time, and until then every check of
//     an auth_errors mailbox is a refused login that spends the budget. These
//     fixes fall anywhere in the simulated time.
//
// Saves and sign-ins call Nudge, as a host does. A fix is the admin's change,
// the right save, the new grant or the lift; a mailbox clears when a check of
// it passes (at the check's end).

type fleetEventKind int

const (
	evTrack fleetEventKind = iota // a tenant mailbox is flagged
	evSave                        // an owner saves credentials or signs in again: Nudge
	evDone                        // a check ends
)

type fleetEvent struct {
	at   time.Time
	kind fleetEventKind
	mb   int
	c    Check
	out  Outcome
}

type fleetEvents []fleetEvent

func (h fleetEvents) Len() int           { return len(h) }
func (h fleetEvents) Less(i, j int) bool { return h[i].at.Before(h[j].at) }
func (h fleetEvents) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *fleetEvents) Push(x any)        { *h = append(*h, x.(fleetEvent)) }
func (h *fleetEvents) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}

type fleetMailbox struct {
	id       string
	email    string
	provider provider.ID
	reason   classify.Reason
	flagged  time.Time
	tenant   int       // -1 when not a tenant mailbox
	fix      time.Time // the admin's change, the right save, the new grant or the lift
	good     bool      // the stored credentials work (for saved ones)
	cleared  time.Time // zero until a check of it passed
}

// fleetStats are the results of a simulation, per reason.
type fleetStats struct {
	late     map[classify.Reason][]time.Duration // check start - due, every check
	toClear  map[classify.Reason][]time.Duration // fix -> clear, every mailbox fixed and cleared
	fixed    map[classify.Reason]int             // fixed within the horizon
	checks   int
	refusals map[provider.ID][]time.Time // refused logins, by provider, in time order
}

// peakRefusals is the most refused logins of one provider within any
// window.
func (st fleetStats) peakRefusals(window time.Duration) (provider.ID, int) {
	var worst provider.ID
	peak := 0
	for p, ts := range st.refusals {
		for i, j := 0, 0; j < len(ts); j++ {
			for ts[j].Sub(ts[i]) >= window {
				i++
			}
			if j-i+1 > peak {
				worst, peak = p, j-i+1
			}
		}
	}
	return worst, peak
}

var lockedOut = classify.Text("535 5.7.0 (#AUTH005) Too many bad auth attempts.") // auth_temporary: counted by the budget

func simulateFleet(seed uint64, workers int, horizon time.Duration) fleetStats {
	const tenants, perTenant, others = 2000, 10, 80_000
	rng := rand.New(rand.NewPCG(seed, seed+1))
	randIn := func(from time.Time, d time.Duration) time.Time { return from.Add(time.Duration(rng.Int64N(int64(d)))) }
	s := New(&Options{Seed: seed})
	var mbs []*fleetMailbox
	var events fleetEvents
	tenantFix := make([]time.Time, tenants)
	for t := range tenantFix {
		tenantFix[t] = randIn(t0.Add(5*time.Minute), 6*time.Hour)
	}
	for t := 0; t < tenants; t++ {
		for k := 0; k < perTenant; k++ {
			m := &fleetMailbox{id: fmt.Sprintf("t%04d-%d", t, k), email: fmt.Sprintf("u%d@tenant%04d.example", k, t),
				provider: provider.Microsoft365, reason: classify.ReasonTenantSMTPDisabled, tenant: t,
				flagged: randIn(t0, 5*time.Minute), fix: tenantFix[t]}
			mbs = append(mbs, m)
			events = append(events, fleetEvent{at: m.flagged, kind: evTrack, mb: len(mbs) - 1})
		}
	}
	providers := []provider.ID{provider.Gmail, provider.Yahoo, provider.Zoho, provider.Hostinger, provider.Microsoft365}
	reasons := []classify.Reason{classify.ReasonAuthFailure, classify.ReasonMailboxDisconnected, classify.ReasonProviderBlock, classify.ReasonAuthErrors}
	for i := 0; i < others; i++ {
		m := &fleetMailbox{id: fmt.Sprintf("m%05d", i), provider: providers[rng.IntN(len(providers))],
			reason: reasons[rng.IntN(len(reasons))], tenant: -1, flagged: randIn(t0.Add(-2*time.Hour), 2*time.Hour),
			fix: randIn(t0, horizon)}
		m.email = fmt.Sprintf("u%d@%s.example", i, m.provider)
		if m.reason == classify.ReasonAuthFailure && m.provider == provider.Hostinger {
			m.reason = classify.ReasonHostingerReauth
		}
		mbs = append(mbs, m)
		s.Track(flagged(m.id, m.email, m.provider, m.reason, m.flagged), t0)
		switch m.reason {
		case classify.ReasonAuthFailure, classify.ReasonHostingerReauth:
			if rng.Float64() < 0.3 { // a wrong password first, then the right one
				events = append(events, fleetEvent{at: m.fix, kind: evSave, mb: len(mbs) - 1})
				m.fix = m.fix.Add(2 * time.Minute)
			}
			events = append(events, fleetEvent{at: m.fix, kind: evSave, mb: len(mbs) - 1})
		case classify.ReasonMailboxDisconnected:
			events = append(events, fleetEvent{at: m.fix, kind: evSave, mb: len(mbs) - 1})
		}
	}
	heap.Init(&events)
	byID := make(map[string]*fleetMailbox, len(mbs))
	for _, m := range mbs {
		byID[m.id] = m
	}
	st := fleetStats{late: map[classify.Reason][]time.Duration{}, toClear: map[classify.Reason][]time.Duration{}, fixed: map[classify.Reason]int{},
		refusals: map[provider.ID][]time.Time{}}
	end, busy := t0.Add(horizon), 0
	for now := t0; now.Before(end); {
		for len(events) > 0 && !events[0].at.After(now) {
			ev := heap.Pop(&events).(fleetEvent)
			switch ev.kind {
			case evTrack:
				m := mbs[ev.mb]
				s.Track(flagged(m.id, m.email, m.provider, m.reason, m.flagged), ev.at)
			case evSave:
				m := mbs[ev.mb]
				m.good = !ev.at.Before(m.fix)
				s.Nudge(m.id, ev.at)
			case evDone:
				busy--
				if m := byID[ev.c.ID]; ev.out.Passed && m.cleared.IsZero() {
					m.cleared = ev.at
				}
				if ev.out.failedLogin() {
					st.refusals[ev.c.Provider] = append(st.refusals[ev.c.Provider], ev.at)
				}
				s.Done(ev.c, ev.out, ev.at)
			}
		}
		for _, c := range s.Due(now, workers-busy) {
			busy++
			st.checks++
			st.late[c.Reason] = append(st.late[c.Reason], now.Sub(c.Due))
			m := byID[c.ID]
			out := Outcome{Passed: true}
			switch {
			case m.reason == classify.ReasonTenantSMTPDisabled && now.Before(m.fix):
				out = tenantFail
			case (m.reason == classify.ReasonAuthFailure || m.reason == classify.ReasonHostingerReauth) && !m.good:
				out = authFail
			case m.reason == classify.ReasonProviderBlock && now.Before(m.fix):
				out = blockFail
			case m.reason == classify.ReasonAuthErrors && now.Before(m.fix):
				out = Outcome{Verdict: lockedOut}
			case m.reason == classify.ReasonMailboxDisconnected && now.Before(m.fix):
				out = Outcome{Verdict: classify.OAuth(classify.GrantRefresh, 400, "invalid_grant", "Token has been expired or revoked.")}
			}
			heap.Push(&events, fleetEvent{at: now.Add(300*time.Millisecond + time.Duration(rng.IntN(400))*time.Millisecond), kind: evDone, c: c, out: out})
		}
		next := end
		if nd, ok := s.Next(); ok && nd.Before(next) && busy < workers {
			next = nd
		}
		if len(events) > 0 && events[0].at.Before(next) {
			next = events[0].at
		}
		now = now.Add(time.Millisecond)
		if next.After(now) {
			now = next
		}
	}
	for _, m := range mbs {
		if m.fix.Before(end) {
			st.fixed[m.reason]++
			if !m.cleared.IsZero() {
				st.toClear[m.reason] = append(st.toClear[m.reason], m.cleared.Sub(m.fix))
			}
		}
	}
	return st
}

// table renders the worst and 99th-percentile lateness and fix-to-clear time
// per reason.
func (st fleetStats) table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-26s %8s %9s %9s %8s %8s %10s %10s\n", "reason", "checks", "late p99", "late max", "fixed", "cleared", "clear p99", "clear max")
	for _, r := range []classify.Reason{classify.ReasonTenantSMTPDisabled, classify.ReasonAuthFailure, classify.ReasonHostingerReauth,
		classify.ReasonMailboxDisconnected, classify.ReasonProviderBlock, classify.ReasonAuthErrors} {
		fmt.Fprintf(&b, "%-26s %8d %9s %9s %8d %8d %10s %10s\n", r, len(st.late[r]), round(pct(st.late[r], 99)), round(pct(st.late[r], 100)),
			st.fixed[r], len(st.toClear[r]), round(pct(st.toClear[r], 99)), round(pct(st.toClear[r], 100)))
	}
	total := 0
	for _, ts := range st.refusals {
		total += len(ts)
	}
	p, peak := st.peakRefusals(DefaultFailedLoginWindow)
	fmt.Fprintf(&b, "checks %d; refused logins %d, at most %d of one provider (%s) within %v\n", st.checks, total, peak, p, DefaultFailedLoginWindow)
	return b.String()
}

// pct returns the p-th percentile of ds (100: the maximum).
func pct(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	ds = slices.Clone(ds)
	slices.Sort(ds)
	return ds[min(len(ds)-1, (len(ds)*p+99)/100-1)]
}

func round(d time.Duration) time.Duration {
	if d > time.Minute {
		return d.Round(time.Second)
	}
	return d.Round(10 * time.Millisecond)
}
