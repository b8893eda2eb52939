package reconnect

import (
	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
)

// Status is a mailbox's connection status as the host application stores it.
// Applications may store other values; they count as neither flagged nor
// errored.
type Status string

// Statuses the library knows.
const (
	StatusActive      Status = "active"       // working
	StatusPaused      Status = "paused"       // paused by its owner or the application
	StatusNeedsReauth Status = "needs_reauth" // flagged: the owner must reconnect
	StatusError       Status = "error"        // the last operation failed
)

// WarmupStatus is the state of a mailbox's warmup.
type WarmupStatus string

// Warmup statuses.
const (
	WarmupActive WarmupStatus = "active"
	WarmupPaused WarmupStatus = "paused"
	WarmupError  WarmupStatus = "error"
	WarmupOff    WarmupStatus = "off"
)

// Mailbox is a connected mailbox as the host application stores it. Its JSON form
// uses exactly the keys id, email, smtp_host, imap_host, auth_method, status,
// last_error, pause_reason and warmup_status, and last_verdict when one is
// stored. The zero Mailbox is a healthy mailbox that needs nothing.
//
// LastVerdict is the classification of LastError, kept with it so that
// [NeedsReconnect] need not classify the text again: the Machine writes both
// together. The zero LastVerdict means none is stored, and NeedsReconnect then
// classifies LastError itself; a host that writes LastError by hand leaves
// LastVerdict zero (or sets it from [classify.Text]).
//
// Mailbox holds no secret: credentials travel separately, as [Credentials].
type Mailbox struct {
	ID           string              `json:"id"`
	Email        string              `json:"email"`
	SMTPHost     string              `json:"smtp_host"`
	IMAPHost     string              `json:"imap_host"`
	AuthMethod   provider.AuthMethod `json:"auth_method"`
	Status       Status              `json:"status"`
	LastError    string              `json:"last_error"`
	PauseReason  classify.Reason     `json:"pause_reason"`
	WarmupStatus WarmupStatus        `json:"warmup_status"`
	LastVerdict  classify.Verdict    `json:"last_verdict,omitzero"`
}
