package recheck

import (
	"time"

	"github.com/mailreconnect/sdk/classify"
)

// Defaults for Options.
const (
	DefaultMaxConcurrent     = 32
	DefaultMaxFailedLogins   = 30
	DefaultFailedLoginWindow = 10 * time.Minute
)

// Options configures a Scheduler. The zero Options gives the defaults.
type Options struct {
	// Policies by pause reason. If nil, DefaultPolicies(). A reason missing
	// from the map is tested only when nudged.
	Policies map[classify.Reason]Policy
	// SuspectPolicy is the policy for suspects (see [Check.Suspect]). If nil,
	// DefaultSuspectPolicy().
	SuspectPolicy *Policy
	// MaxConcurrent caps the checks running at once per provider. If 0, 32: a
	// login each is light for a provider, and 32 in flight with a second per
	// login still re-checks 2,000 tenants well inside 60 seconds. A check
	// waiting for a slot starts when one frees, nudged checks first.
	MaxConcurrent int
	// MaxFailedLogins caps the credential refusals (verdict class auth or
	// auth_temporary) per provider within FailedLoginWindow, so a fleet never
	// trips a provider's lockout. If 0, 30 within 10 minutes: well under the
	// per-IP lockout thresholds providers apply. Only refusals spend it; a
	// check that may be refused holds a share of it while it runs, given back
	// when it ends without a refusal. A check over it waits exactly until a
	// refusal leaves the window or a running check gives its share back.
	// Never held, and holding no share (but counted when refused): checks
	// under a policy with [Policy.Probe] set (tenant and block checks), which
	// send no secret known to be wrong. Never held (but holding a share and
	// counted): checks asked for by Nudge, an owner acting one click at a time.
	MaxFailedLogins   int
	FailedLoginWindow time.Duration
	// Seed seeds the jitter, for reproducible tests. If 0, the jitter is
	// seeded randomly, so instances started together do not check in step.
	Seed uint64
}
