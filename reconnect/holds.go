package reconnect

import (
	"context"
	"errors"
)

// reconcile makes the holds of mailbox id match its flag: every hold applied
// while it is flagged, every hold released once it is not. Hooks run outside any
// lock, after the store accepted the state that calls for them; each result is
// written back through transition. A hook that keeps failing is recorded (and
// reported as an event) and retried on the next reconcile, so the record always
// says exactly which holds are in place.
func (m *Machine) reconcile(ctx context.Context, id string) error {
	var errs []error
	// Each pass moves at least one hold or stops; a flag that flips meanwhile
	// only adds passes.
	for pass := 0; pass < 4*len(holdKinds); pass++ {
		rec, err := m.store.Get(ctx, id)
		if err != nil {
			return err
		}
		step, ok := m.nextHoldStep(rec)
		if !ok {
			return errors.Join(errs...)
		}
		var in input
		if step.release {
			in, err = m.releaseHold(ctx, id, step.kind, *rec.Holds.get(step.kind))
		} else {
			in, err = m.applyHold(ctx, id, step.kind)
		}
		in.at, in.hold, in.source = m.o.Now(), step.kind, SourceHealthCheck
		if _, werr := m.write(ctx, id, func(r Record) (Record, []Event, bool) { return transition(r, in, &m.o) }); werr != nil {
			return werr
		}
		if err != nil {
			errs = append(errs, err)
			return errors.Join(errs...) // leave the rest for the next reconcile
		}
	}
	return errors.Join(errs...)
}

// holdStep is one thing reconcile does: apply a hold, or release it.
type holdStep struct {
	kind    HoldKind
	release bool // release the hold; false: apply it
}

// nextHoldStep picks the next hold to apply (in order, while r is flagged) or
// to release (in reverse order, once it is not), skipping holds whose hook is
// not configured. It reports false when the holds already match the flag.
func (m *Machine) nextHoldStep(r Record) (holdStep, bool) {
	if r.Flagged() {
		for _, k := range holdKinds {
			if m.hooked(k) && !r.Holds.get(k).Applied {
				return holdStep{kind: k}, true
			}
		}
		return holdStep{}, false
	}
	for i := len(holdKinds) - 1; i >= 0; i-- {
		k := holdKinds[i]
		if r.Holds.get(k).Applied {
			return holdStep{kind: k, release: true}, true
		}
	}
	return holdStep{}, false
}

func (m *Machine) hooked(k HoldKind) bool {
	switch k {
	case HoldWarmup:
		return m.o.Warmup != nil
	case HoldPeerPool:
		return m.o.PeerPool != nil
	case HoldCampaigns:
		return m.o.Campaigns != nil
	default:
		return m.o.InboxSync != nil
	}
}

// applyHold calls the hook that applies hold k, with retries.
func (m *Machine) applyHold(ctx context.Context, id string, k HoldKind) (input, error) {
	var (
		changed bool
		cursor  string
	)
	err := m.retry(ctx, func() (err error) {
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
		return err
	})
	if err != nil {
		return input{kind: inHookFailed, text: err.Error()}, err
	}
	return input{kind: inHoldApplied, changed: changed, cursor: cursor}, nil
}

// releaseHold calls the hook that releases hold h of kind k, with retries. A
// hold that changed nothing when applied is released without calling the hook,
// so what was paused for another reason stays paused.
func (m *Machine) releaseHold(ctx context.Context, id string, k HoldKind, h Hold) (input, error) {
	if !h.Ours || !m.hooked(k) {
		return input{kind: inHoldReleased}, nil
	}
	err := m.retry(ctx, func() error {
		switch k {
		case HoldWarmup:
			return m.o.Warmup.Resume(ctx, id)
		case HoldPeerPool:
			return m.o.PeerPool.Join(ctx, id)
		case HoldCampaigns:
			return m.o.Campaigns.Include(ctx, id)
		default:
			return m.o.InboxSync.Resume(ctx, id, h.Cursor)
		}
	})
	if err != nil {
		return input{kind: inHookFailed, text: err.Error()}, err
	}
	return input{kind: inHoldReleased}, nil
}

// retry calls f up to HookAttempts times while it fails.
func (m *Machine) retry(ctx context.Context, f func() error) error {
	var err error
	for i := 0; i < m.o.HookAttempts; i++ {
		if err = f(); err == nil || ctx.Err() != nil {
			return err
		}
	}
	return err
}
