package reconnect

import (
	"context"
	"errors"
	"time"
)

// The hold outbox. A report's one write records the holds it wants (Hold.Want)
// and, when hooks must run and no other call is running them, names itself
// the mailbox's worker (Holds.Worker, until Holds.Until). Only the worker
// calls hooks, after the write, from the stored record: each hold on its own,
// so one failing hook leaves the others to run. It records what the hooks did
// with conditional writes, and loops until the holds match what the record
// wants, so a concurrent report's wish (a clear while a hold was being
// applied) is picked up by the worker instead of racing it. A hook that keeps
// failing is recorded on its hold and left for Reconcile.

// maxRounds bounds a worker's rounds: a flag that flips faster than hooks run
// is left, consistent in the record, for the next report or Reconcile.
const maxRounds = 8

// pending reports whether hs has a hold whose hook o can run and that differs
// from what it wants. With fresh set it counts only holds that have not failed
// (a report does not retry a failing hook: Reconcile does).
func pending(hs *Holds, o *Options, fresh bool) bool {
	for _, k := range holdKinds {
		h := hs.get(k)
		if h.Want != h.Applied && (o.hooked(k) || !h.Want) && (!fresh || h.Failures == 0) {
			return true
		}
	}
	return false
}

// claimable reports whether a call may name itself the worker of holds hs at
// now: no one is, or the worker's lease ran out.
func claimable(hs *Holds, now time.Time) bool {
	return hs.Worker == "" || now.After(hs.Until)
}

// runHolds is the worker's loop; r is the stored record that names token as
// its worker. It returns the record after the last write and the hook errors.
func (m *Machine) runHolds(ctx context.Context, r Record, token string) (Record, error) {
	hctx := newLeaseCtx(ctx, m.o.HookLease)
	defer hctx.stop()
	var (
		errs   []error
		failed [len(holdKinds)]bool // holds whose hook failed in this call
	)
	for round := 0; ; round++ {
		var buf [len(holdKinds)]holdResult
		results := buf[:0]
		if round < maxRounds && r.Holds.Worker == token {
			order, n := m.order(&r)
			for _, i := range order[:n] {
				k := holdKinds[i]
				if failed[i] {
					continue
				}
				res := m.callHook(hctx, r.ID, k, *r.Holds.get(k))
				if res.err != "" {
					failed[i] = true
					errs = append(errs, errors.New("reconnect: "+string(k)+" hook: "+res.err))
				}
				results = append(results, res)
			}
		}
		var (
			done bool
			err  error
		)
		r, done, err = m.recordResults(&hctx.detached, r, results, token, &failed, round >= maxRounds)
		if err != nil || done {
			if len(errs) == 0 {
				return r, err
			}
			return r, errors.Join(append(errs, err)...)
		}
	}
}

// order returns the indexes in holdKinds of the holds to work on (the first
// n), applies in order and releases in reverse order.
func (m *Machine) order(r *Record) (out [len(holdKinds)]int, n int) {
	for i := len(holdKinds) - 1; i >= 0; i-- {
		if h := r.Holds.get(holdKinds[i]); !h.Want && h.Applied {
			out[n] = i
			n++
		}
	}
	for i, k := range holdKinds {
		if h := r.Holds.get(k); h.Want && !h.Applied && m.o.hooked(k) {
			out[n] = i
			n++
		}
	}
	return out, n
}

// recordResults writes results into r, the stored record (re-reading it on
// ErrConflict), and ends the worker's lease in the same write when nothing is
// left for it: every hold matches, or the ones that differ failed in this
// call, or stop is set. It reports done when the worker stops.
func (m *Machine) recordResults(ctx context.Context, r Record, results []holdResult, token string, failed *[len(holdKinds)]bool, stop bool) (Record, bool, error) {
	for {
		now := m.o.Now()
		next, buf := r, m.getEvents()
		events, _ := holdResults(&next, now, results, buf[:0]) // transition for inHolds, without results escaping through input
		ours := next.Holds.Worker == token
		done := !ours || stop || !m.workLeft(&next.Holds, failed)
		if ours && done {
			next.Holds.Worker, next.Holds.Until = "", time.Time{}
		}
		if len(events) == 0 && !(ours && done) {
			m.putEvents(buf, 0)
			return r, done, nil // nothing to write: go on with the stored record
		}
		next.UpdatedAt = now
		stored, err := m.store.Put(ctx, next, events...)
		if err == nil {
			m.emit(events)
		}
		m.putEvents(buf, len(events))
		if errors.Is(err, ErrConflict) {
			if r, err = m.store.Get(ctx, r.ID); err != nil {
				return r, true, err
			}
			continue
		}
		if err != nil {
			return r, true, err
		}
		return stored, done, nil
	}
}

// workLeft reports whether hs has a hold to work on that did not fail in this
// call.
func (m *Machine) workLeft(hs *Holds, failed *[len(holdKinds)]bool) bool {
	for i, k := range holdKinds {
		h := hs.get(k)
		if !failed[i] && h.Want != h.Applied && (m.o.hooked(k) || !h.Want) {
			return true
		}
	}
	return false
}

// callHook applies or releases hold k of mailbox id as r wants, with
// HookAttempts attempts and a doubling backoff between them. A hold that
// changed nothing when applied is released without calling the hook, so what
// was paused for another reason stays paused.
func (m *Machine) callHook(ctx context.Context, id string, k HoldKind, h Hold) holdResult {
	res := holdResult{kind: k, release: !h.Want}
	if res.release && (!h.Ours || !m.o.hooked(k)) {
		return res
	}
	var err error
	wait := m.o.HookBackoff
	for attempt := 0; attempt < m.o.HookAttempts; attempt++ {
		if attempt > 0 && wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
			case <-t.C:
			}
			wait *= 2
		}
		if attempt > 0 && ctx.Err() != nil {
			break
		}
		if res.release {
			err = m.release(ctx, id, k, h.Cursor)
		} else {
			res.changed, res.cursor, err = m.hold(ctx, id, k)
		}
		if err == nil {
			return res
		}
	}
	res.err = cleanText(err.Error())
	return res
}

// hold calls the hook that applies hold k.
func (m *Machine) hold(ctx context.Context, id string, k HoldKind) (changed bool, cursor string, err error) {
	switch k {
	case HoldWarmup:
		changed, err = m.o.Warmup.Pause(ctx, id)
	case HoldPeerPool:
		changed, err = m.o.PeerPool.Leave(ctx, id)
	case HoldCampaigns:
		changed, err = m.o.Campaigns.Exclude(ctx, id)
	default:
		cursor, changed, err = m.o.InboxSync.Suspend(ctx, id)
	}
	return changed, cursor, err
}

// release calls the hook that releases hold k.
func (m *Machine) release(ctx context.Context, id string, k HoldKind, cursor string) error {
	switch k {
	case HoldWarmup:
		return m.o.Warmup.Resume(ctx, id)
	case HoldPeerPool:
		return m.o.PeerPool.Join(ctx, id)
	case HoldCampaigns:
		return m.o.Campaigns.Include(ctx, id)
	default:
		return m.o.InboxSync.Resume(ctx, id, cursor)
	}
}
