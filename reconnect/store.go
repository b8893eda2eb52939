package reconnect

import (
	"context"
	"errors"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
)

// Errors stores return, possibly wrapped; callers check with errors.Is.
var (
	// ErrNotFound means no mailbox has the ID.
	ErrNotFound = errors.New("reconnect: mailbox not found")
	// ErrConflict means the record changed since it was read: its Version is
	// stale. The Machine reads it again and retries.
	ErrConflict = errors.New("reconnect: record changed concurrently")
)

// Source is the part of the host application that reports an outcome.
type Source string

// Sources.
const (
	SourceSend         Source = "send"          // the campaign send pipeline
	SourceWarmup       Source = "warmup"        // the warmup engine
	SourceTokenRefresh Source = "token_refresh" // the OAuth token refresh job
	SourceInboxSync    Source = "inbox_sync"    // inbox sync (replies, opens, bounces)
	SourceHealthCheck  Source = "health_check"  // a health check or a credential test
	SourceOwner        Source = "owner"         // the owner, through the application's UI
	SourceRegister     Source = "register"      // the state the mailbox was registered with
)

// Flag is why and when the Machine flagged a mailbox. The zero Flag means the
// Machine has not flagged it.
type Flag struct {
	Reason  classify.Reason  `json:"reason"`
	Verdict classify.Verdict `json:"verdict"`
	Source  Source           `json:"source"`
	At      time.Time        `json:"at"`
	// Action and Actor are what the flag's plan asks and of whom, kept for
	// filtering; [Record.Plan] renders the plan itself. Both are empty when the
	// flag has no plan.
	Action provider.Action `json:"action,omitempty"`
	Actor  provider.Actor  `json:"actor,omitempty"`
	// Before is the mailbox state from before the flag, restored when it clears.
	Before Snapshot `json:"before"`
}

// Snapshot is the part of a mailbox's state that flagging changes.
type Snapshot struct {
	Status       Status          `json:"status"`
	PauseReason  classify.Reason `json:"pause_reason"`
	WarmupStatus WarmupStatus    `json:"warmup_status"`
}

// HoldKind names one of the things paused while a mailbox is flagged.
type HoldKind string

// Hold kinds, in the order they are applied (and released in reverse).
const (
	HoldWarmup    HoldKind = "warmup"     // warmup paused
	HoldPeerPool  HoldKind = "peer_pool"  // out of the warmup peer pool
	HoldCampaigns HoldKind = "campaigns"  // skipped by campaigns for new sends
	HoldInboxSync HoldKind = "inbox_sync" // inbox sync suspended, position kept
)

// holdKinds lists the holds in the order they are applied.
var holdKinds = [...]HoldKind{HoldWarmup, HoldPeerPool, HoldCampaigns, HoldInboxSync}

// Hold is the state of one hold on one mailbox: what the Machine wants (the
// outbox, written with the flag before any hook runs) and what the host
// confirmed.
type Hold struct {
	// Want says the hold should be in place: set for every configured hook in
	// the write that flags the mailbox, unset in the write that clears it. A
	// hold whose Want differs from Applied is work left for the hooks.
	Want    bool `json:"want,omitempty"`
	Applied bool `json:"applied"` // the host confirmed the hold is in place
	// Ours says applying the hold changed something. When the thing was already
	// paused for another reason (a warmup its owner paused), Ours is false and
	// releasing the hold leaves it paused. Once a hook answered that it changed
	// something, Ours stays set until the hold is released: a duplicate
	// report's "unchanged" never overwrites it.
	Ours      bool   `json:"ours"`
	Cursor    string `json:"cursor,omitempty"` // inbox sync position kept while suspended
	Failures  int    `json:"failures,omitempty"`
	LastError string `json:"last_error,omitempty"` // last hook error, if the hook failed
}

// Holds is the state of every hold of a mailbox, and who is applying them.
type Holds struct {
	Warmup    Hold `json:"warmup"`
	PeerPool  Hold `json:"peer_pool"`
	Campaigns Hold `json:"campaigns"`
	InboxSync Hold `json:"inbox_sync"`
	// Source is what caused the latest change of the holds wanted: the source
	// of the report that flagged the mailbox, or of the test that cleared it.
	// Hold events carry it.
	Source Source `json:"source,omitempty"`
	// Worker names the Machine call that is running the hooks, until Until;
	// other calls leave the hooks to it. Empty when no hook is running.
	Worker string    `json:"worker,omitempty"`
	Until  time.Time `json:"until,omitzero"`
}

// idle reports whether no hold is wanted, applied or failing.
func (h *Holds) idle() bool {
	return h.Warmup == Hold{} && h.PeerPool == Hold{} && h.Campaigns == Hold{} && h.InboxSync == Hold{}
}

// get returns a pointer to the hold of kind k.
// Of returns the hold of kind k.
func (h Holds) Of(k HoldKind) Hold { return *h.get(k) }

func (h *Holds) get(k HoldKind) *Hold {
	switch k {
	case HoldWarmup:
		return &h.Warmup
	case HoldPeerPool:
		return &h.PeerPool
	case HoldCampaigns:
		return &h.Campaigns
	default:
		return &h.InboxSync
	}
}

// Record is everything the Machine stores about one mailbox. It holds no secret.
type Record struct {
	Mailbox
	Workspace string      `json:"workspace"`
	Provider  provider.ID `json:"provider"`
	// Version is the optimistic-concurrency counter: 0 for a record never
	// stored; the store increments it on every accepted Put.
	Version int64 `json:"version"`
	Flag    Flag  `json:"flag"`
	// Suspect is set while a reconnect-class failure is held back because a
	// provider incident is suspected; a health check confirms or clears it.
	Suspect classify.Verdict `json:"suspect"`
	// TempAuth holds the times of recent auth_temporary failures, for escalation.
	TempAuth []time.Time `json:"temp_auth,omitempty"`
	// LastSource and LastAt are who reported LastError, and when: a report
	// with the same source and text within Options.DuplicateWindow is a
	// duplicate and counts once toward escalation.
	LastSource Source    `json:"last_source,omitempty"`
	LastAt     time.Time `json:"last_at,omitzero"`
	Holds      Holds     `json:"holds"`
	UpdatedAt  time.Time `json:"updated_at"`
}

// Flagged reports whether the Machine has flagged the record.
func (r Record) Flagged() bool { return r.Flag.Reason != "" }

// NeedsReconnect applies [NeedsReconnect] to the record's mailbox.
func (r Record) NeedsReconnect() bool { return NeedsReconnect(r.Mailbox).Needs }

// Leasable reports whether a health check has something to decide about the
// record, so a [Leaser] may lease it: the Machine flagged it and it still
// needs reconnecting (a pass clears the flag), or it is a suspect (a failure
// the incident guard held back, which a check confirms by flagging the
// mailbox, or clears).
func (r Record) Leasable() bool {
	return (r.Flagged() && r.NeedsReconnect()) || r.Suspect != (classify.Verdict{})
}

// EventKind names a transition.
type EventKind string

// Event kinds.
const (
	EventFlagged           EventKind = "flagged"            // the mailbox needs reconnecting
	EventEscalated         EventKind = "escalated"          // repeated temporary auth failures became auth_errors
	EventIncidentSuspected EventKind = "incident_suspected" // flagging held back: many mailboxes of the provider fail alike
	EventTestFailed        EventKind = "test_failed"        // new credentials or a health check failed
	EventCleared           EventKind = "cleared"            // the flag cleared after a verified success
	EventHoldApplied       EventKind = "hold_applied"       // a hold is in place
	EventHoldReleased      EventKind = "hold_released"      // a hold was released
	EventHookFailed        EventKind = "hook_failed"        // a host hook failed; it will be retried
)

// Event is one entry of a mailbox's append-only history. It never holds a
// secret, and it holds references, not prose: a plan is named by the
// provider, auth method and verdict it answers (and its action and actor),
// and [Event.Plan] renders it when asked.
type Event struct {
	MailboxID string           `json:"mailbox_id"`
	Seq       int64            `json:"seq"` // position in the mailbox's history, from 1; set by the store
	At        time.Time        `json:"at"`
	Kind      EventKind        `json:"kind"`
	Source    Source           `json:"source,omitempty"`
	Reason    classify.Reason  `json:"reason,omitempty"` // the flag's pause reason, if flagged
	Verdict   classify.Verdict `json:"verdict"`          // the classified failure (its Rule is the classifier's rule ID)
	Hold      HoldKind         `json:"hold,omitempty"`   // for hold events: which hold
	Detail    string           `json:"detail,omitempty"` // failure or hook error text, scrubbed of secrets

	// Provider and AuthMethod are the mailbox's when the event happened: with
	// Reason and Verdict they are all [Event.Plan] needs.
	Provider   provider.ID         `json:"provider,omitempty"`
	AuthMethod provider.AuthMethod `json:"auth_method,omitempty"`
	// Action and Actor name the plan the event refers to; both are empty when
	// it refers to none.
	Action provider.Action `json:"action,omitempty"`
	Actor  provider.Actor  `json:"actor,omitempty"`
}

// Filter selects records for listing.
type Filter struct {
	Workspace      string // "" for every workspace
	NeedsReconnect bool   // only records for which NeedsReconnect holds
	Leasable       bool   // only records for which Record.Leasable holds (flagged and needing it, or suspect)
	Limit          int    // at most this many; 0 for no limit
	After          string // list records whose ID sorts after this one (paging)
}

// Store keeps records and their event history. Implementations must be safe for
// concurrent use; package storetest checks one.
//
// Put writes a record and appends events to its history in one atomic step. It
// creates the record when rec.Version is 0 (ErrConflict if it exists) and
// otherwise replaces it only if the stored version equals rec.Version
// (ErrConflict if not, ErrNotFound if it is gone). It returns the record as
// stored, with Version incremented. Put must not retain events, nor any
// slice of them, after it returns (as io.Writer must not retain p): the
// Machine reuses their memory for its next write. Stores never call
// time.Now: the Machine stamps records and events.
type Store interface {
	Get(ctx context.Context, id string) (Record, error)
	Put(ctx context.Context, rec Record, events ...Event) (Record, error)
	// History returns a mailbox's events, oldest first.
	History(ctx context.Context, id string) ([]Event, error)
	// List returns records matching f, ordered by ID.
	List(ctx context.Context, f Filter) ([]Record, error)
	// Count returns how many records match f (Limit and After are ignored).
	Count(ctx context.Context, f Filter) (int, error)
}

// Leaser is an optional extension of a [Store] that shares the health-check
// work of several application instances through the store they have in
// common: each leasable mailbox ([Record.Leasable]) is leased to one instance
// (a holder) at a time, and a crashed instance's leases expire and are taken
// over. Callers find it by type assertion on a Store (recheck.Runner does when
// its Holder is set); package storetest's RunLeaser checks an implementation.
// Implementations must be safe for concurrent use, and never read the clock:
// now comes from the caller.
type Leaser interface {
	// Claim, in one atomic step, renews until now+ttl every lease holder has,
	// takes up to limit leases of leasable mailboxes whose lease is free or
	// expired before now (a lease is held through now+ttl inclusive), and
	// returns the records of every mailbox holder then leases, ordered by ID.
	// limit <= 0 takes none. Claiming never changes a record's Version. An
	// empty holder or a ttl <= 0 is an error.
	Claim(ctx context.Context, holder string, now time.Time, ttl time.Duration, limit int) ([]Record, error)
	// Release gives up holder's lease on mailbox id. Releasing a lease holder
	// does not have is not an error. A lease also ends when a Put leaves its
	// mailbox not leasable (neither flagged and needing reconnection nor
	// suspect); a Put that keeps it leasable (a suspect becoming flagged, say)
	// keeps the lease.
	Release(ctx context.Context, holder, id string) error
}
