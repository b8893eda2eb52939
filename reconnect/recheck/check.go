package recheck

import (
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
)

// Check is one health check to run. Its JSON keys are id, provider, reason,
// suspect, due and group.
type Check struct {
	ID       string          `json:"id"`
	Provider provider.ID     `json:"provider"`
	Reason   classify.Reason `json:"reason,omitempty"` // the flag's pause reason; empty for a suspect
	// Suspect is set for a mailbox that is not flagged but whose
	// reconnect-class failure the Machine's incident guard held back: the check
	// decides (a failure flags it, a pass clears the suspicion). Suspects follow
	// Options.SuspectPolicy.
	Suspect bool      `json:"suspect,omitempty"`
	Due     time.Time `json:"due"`             // when it was due; Start - Due is its lateness
	Group   string    `json:"group,omitempty"` // tenant group key, "" when not grouped
}

// Outcome is what a check found. Its JSON keys are passed and verdict.
type Outcome struct {
	Passed  bool             `json:"passed"`  // the credentials work: the flag is cleared
	Verdict classify.Verdict `json:"verdict"` // the failure, when not passed
}

// failedLogin reports whether a failed check counts against the provider's
// failed-login budget: the provider refused the credentials themselves (what
// lockouts count). A tenant switch or a block refuses good credentials and
// does not count.
func (o Outcome) failedLogin() bool {
	return o.Verdict.Class == classify.ClassAuth || o.Verdict.Class == classify.ClassAuthTemporary
}
