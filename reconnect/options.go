package reconnect

import (
	"time"

	"github.com/mailreconnect/sdk/provider"
)

// Defaults, documented on the fields of Options.
const (
	DefaultEscalateAfter    = 4
	DefaultEscalationWindow = 2 * time.Hour
	DefaultIncidentMin      = 10
	DefaultIncidentShare    = 0.5
	DefaultIncidentWindow   = 10 * time.Minute
	DefaultHookAttempts     = 3
	DefaultHookBackoff      = 50 * time.Millisecond
	DefaultHookLease        = time.Minute
	DefaultDuplicateWindow  = time.Minute
)

// Options configures a Machine. The zero Options (or nil) gives the documented
// defaults.
type Options struct {
	// Now is the clock. If nil, time.Now.
	Now func() time.Time

	// EscalateAfter auth_temporary failures within EscalationWindow escalate to
	// auth_errors. If 0, 4 failures within 2 hours: a lockout that outlasts four
	// attempts spaced by the classifier's 15-minute retry hint is not a blip,
	// while Gmail's and Yahoo's login lockouts usually lift sooner.
	EscalateAfter    int
	EscalationWindow time.Duration

	// DuplicateWindow: a failure reported again by the same source with the
	// same text within DuplicateWindow of the last one is a duplicate (a send
	// and its retry, two workers seeing one reply) and counts once toward
	// escalation. If 0, one minute.
	DuplicateWindow time.Duration

	// The provider incident guard: when, within IncidentWindow, mailboxes of
	// at least IncidentMin workspaces (customers) of one provider, and of at
	// least IncidentShare of the workspaces with mailboxes of that provider
	// that reported anything in the window, fail with the same rule, those
	// failures are held back as suspect instead of flagged. Workspaces are
	// counted, not mailboxes: one customer's team-wide password reset is not
	// an outage, however many mailboxes it has. A record without a Workspace
	// counts as a workspace of its own. Defaults: 10 workspaces, half of them,
	// within 10 minutes. IncidentMin < 0 turns the guard off. The guard's
	// counts live in the Store when it implements [IncidentStore], so every
	// instance sharing the store sees the same counts; otherwise each Machine
	// counts the reports it sees.
	IncidentMin    int
	IncidentShare  float64
	IncidentWindow time.Duration

	// HookAttempts is how many times a failing hook is called before the
	// Machine records it as failed (and retries on Reconcile). If 0, 3.
	HookAttempts int
	// HookBackoff is the wait before the second attempt of a failing hook,
	// doubled before each further one. If 0, 50 ms; if negative, no wait.
	HookBackoff time.Duration
	// HookLease is how long one Machine call may run a mailbox's hooks before
	// another may take over (after a crash); the hooks' context ends then. If
	// 0, one minute.
	HookLease time.Duration

	// Hooks to the host application; a nil hook's hold is never wanted.
	// Machines that share a Store must have the same hooks.
	Warmup    Warmup
	PeerPool  PeerPool
	Campaigns Campaigns
	InboxSync InboxSync

	// Tester tests new credentials and health checks. Required for
	// UpdateCredentials and HealthCheck.
	Tester Tester
	// Vault stores credentials that passed their test. If nil, the caller
	// stores them after UpdateCredentials returns nil.
	Vault Vault

	// OnEvent is called with every event after the store accepted it, never
	// under a lock. It must not block for long.
	OnEvent func(Event)
	// OnIncident is called when a provider incident is first suspected: once,
	// by the instance whose report opened it.
	OnIncident func(Incident)

	plans *planCache // set by withDefaults
}

// Incident describes a suspected provider incident. Its JSON keys are
// provider, host, rule, failing, seen and since.
type Incident struct {
	Provider provider.ID `json:"provider"`       // the provider whose mailboxes fail
	Host     string      `json:"host,omitempty"` // for provider.Custom: the SMTP host the failing mailboxes share
	Rule     string      `json:"rule"`           // the classifier's rule ID ([classify.Verdict.Rule]) the failures share
	Failing  int         `json:"failing"`        // workspaces with a mailbox failing with the rule within the window
	Seen     int         `json:"seen"`           // workspaces with a mailbox of the provider that reported within the window
	Since    time.Time   `json:"since"`          // when the guard tripped
}

// hooked reports whether o has the hook of hold k.
func (o *Options) hooked(k HoldKind) bool {
	switch k {
	case HoldWarmup:
		return o.Warmup != nil
	case HoldPeerPool:
		return o.PeerPool != nil
	case HoldCampaigns:
		return o.Campaigns != nil
	default:
		return o.InboxSync != nil
	}
}

// withDefaults returns o with every zero field set to its default.
func (o *Options) withDefaults() Options {
	var out Options
	if o != nil {
		out = *o
	}
	if out.Now == nil {
		out.Now = time.Now
	}
	if out.EscalateAfter == 0 {
		out.EscalateAfter = DefaultEscalateAfter
	}
	if out.EscalationWindow == 0 {
		out.EscalationWindow = DefaultEscalationWindow
	}
	if out.IncidentMin == 0 {
		out.IncidentMin = DefaultIncidentMin
	}
	if out.IncidentShare == 0 {
		out.IncidentShare = DefaultIncidentShare
	}
	if out.IncidentWindow == 0 {
		out.IncidentWindow = DefaultIncidentWindow
	}
	if out.HookAttempts == 0 {
		out.HookAttempts = DefaultHookAttempts
	}
	if out.HookBackoff == 0 {
		out.HookBackoff = DefaultHookBackoff
	}
	if out.HookLease == 0 {
		out.HookLease = DefaultHookLease
	}
	if out.DuplicateWindow == 0 {
		out.DuplicateWindow = DefaultDuplicateWindow
	}
	out.plans = &planCache{}
	return out
}
