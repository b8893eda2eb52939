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

	// The provider incident guard: when, within IncidentWindow, at least
	// IncidentMin mailboxes of one provider, and at least IncidentShare of that
	// provider's mailboxes that reported anything in the window, fail with the
	// same rule, those failures are held back as suspect instead of flagged.
	// Defaults: 10 mailboxes, half of them, within 10 minutes; a provider
	// authentication outage that answers every login with a credential error
	// trips it, while a single customer's dozen mailboxes on a busy provider do
	// not. IncidentMin < 0 turns the guard off.
	IncidentMin    int
	IncidentShare  float64
	IncidentWindow time.Duration

	// HookAttempts is how many times a failing hook is called before the
	// Machine records it as failed (and retries on Reconcile). If 0, 3.
	HookAttempts int

	// Hooks to the host application; nil hooks are skipped (and their holds
	// count as applied).
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
	// OnIncident is called when a provider incident is first suspected.
	OnIncident func(Incident)
}

// Incident describes a suspected provider incident. Its JSON keys are
// provider, host, rule, failing, seen and since.
type Incident struct {
	Provider provider.ID `json:"provider"`       // the provider whose mailboxes fail
	Host     string      `json:"host,omitempty"` // for provider.Custom: the SMTP host the failing mailboxes share
	Rule     string      `json:"rule"`           // the classifier's rule ID ([classify.Verdict.Rule]) the failures share
	Failing  int         `json:"failing"`        // mailboxes failing with the rule within the window
	Seen     int         `json:"seen"`           // mailboxes of the provider that reported within the window
	Since    time.Time   `json:"since"`          // when the guard tripped
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
	return out
}
