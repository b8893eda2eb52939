package reconnect

import (
	"sync"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
)

// The Machine stores references to plans, never their text: a [Flag] and an
// [Event] keep the provider ID, the auth method, the classifier's verdict (with
// its rule ID) and the plan's action and actor. [Record.Plan], [Event.Plan] and
// [TestError.Plan] render the plan when they are called, from the provider
// package's current table, so a corrected plan reaches records and events
// written before the correction.

// planRef is what a stored flag or event keeps of a plan: its action and actor,
// for filtering and dashboards. Both are empty when there was no plan.
func planRef(id provider.ID, method provider.AuthMethod, reason classify.Reason, v classify.Verdict) (provider.Action, provider.Actor) {
	p, ok := renderPlan(id, method, reason, v)
	if !ok {
		return "", ""
	}
	return p.Action, p.Actor
}

// renderPlan returns the plan for a flag of pause reason reason raised by
// verdict v, on provider id with auth method method. When reason is empty or is
// the verdict's own reason, the plan is the verdict's ([provider.PlanFor], which
// refines it by the verdict's rule); otherwise (a flag escalated from repeated
// temporary failures) it is the reason's ([provider.PlanForReason]).
func renderPlan(id provider.ID, method provider.AuthMethod, reason classify.Reason, v classify.Verdict) (provider.Plan, bool) {
	if reason == "" || reason == v.Reason {
		return provider.PlanFor(id, method, v)
	}
	return provider.PlanForReason(id, method, reason)
}

// Plan renders the plan that tells the owner (or an administrator) how to clear
// the record's flag, from the record's provider, auth method and flag. It
// reports false when the record is not flagged. The plan is rendered on each
// call from the provider package's current table; nothing of it is stored.
func (r Record) Plan() (provider.Plan, bool) {
	if !r.Flagged() {
		return provider.Plan{}, false
	}
	return renderPlan(r.Provider, r.AuthMethod, r.Flag.Reason, r.Flag.Verdict)
}

// Plan renders the plan the event refers to: the plan for the verdict of a
// flagged, escalated, incident_suspected or test_failed event, on the provider
// and auth method the mailbox had then. It reports false when the event refers
// to no plan (its Action is empty). The plan is rendered on each call from the
// provider package's current table; nothing of it is stored.
func (e Event) Plan() (provider.Plan, bool) {
	if e.Action == "" {
		return provider.Plan{}, false
	}
	reason := e.Reason
	if e.Kind == EventTestFailed {
		reason = "" // the plan answers the failed test, not the flag it left in place
	}
	return renderPlan(e.Provider, e.AuthMethod, reason, e.Verdict)
}

// planCache remembers planRef's answers: rendering a plan builds its text,
// while a flag only keeps the action and actor. It holds at most
// maxCachedPlans answers (provider × method × reason × verdict is a small
// set in practice). A nil *planCache caches nothing.
type planCache struct {
	mu sync.Mutex
	m  map[planKey]planAnswer
}

const maxCachedPlans = 4096

type planKey struct {
	id      provider.ID
	method  provider.AuthMethod
	reason  classify.Reason
	verdict classify.Verdict
}

type planAnswer struct {
	action provider.Action
	actor  provider.Actor
}

// ref is planRef, cached.
func (c *planCache) ref(id provider.ID, method provider.AuthMethod, reason classify.Reason, v classify.Verdict) (provider.Action, provider.Actor) {
	if c == nil {
		return planRef(id, method, reason, v)
	}
	k := planKey{id, method, reason, v}
	c.mu.Lock()
	a, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return a.action, a.actor
	}
	a.action, a.actor = planRef(id, method, reason, v)
	c.mu.Lock()
	if c.m == nil {
		c.m = map[planKey]planAnswer{}
	}
	if len(c.m) < maxCachedPlans {
		c.m[k] = a
	}
	c.mu.Unlock()
	return a.action, a.actor
}
