package reconnect

import "context"

// Tester proves that credentials work, by logging in (and optionally sending a
// test message). It returns nil on success; a failure is returned as the
// provider's error (an *smtp.SMTPError, an *oauth2.RetrieveError, a network
// error), which the Machine classifies. Subpackages provide SMTP, IMAP and OAuth
// testers.
type Tester interface {
	Test(ctx context.Context, m Mailbox, c Credentials) error
}

// TesterFunc adapts a function to a Tester.
type TesterFunc func(ctx context.Context, m Mailbox, c Credentials) error

// Test calls f.
func (f TesterFunc) Test(ctx context.Context, m Mailbox, c Credentials) error { return f(ctx, m, c) }

var _ Tester = TesterFunc(nil)

// RenewingTester is a Tester that may renew the credentials while it tests
// them, as an OAuth refresh does when the provider rotates the refresh token.
// The Machine stores the credentials it returns, not the ones it was given, so
// a rotated token is never overwritten by the old one.
type RenewingTester interface {
	Tester
	TestRenew(ctx context.Context, m Mailbox, c Credentials) (Credentials, error)
}

// Vault stores credentials once they have passed a test. The Machine never keeps
// secrets in its records.
type Vault interface {
	Put(ctx context.Context, mailboxID string, c Credentials) error
}

// The host application's subsystems, reached through one small interface each.
// A hold method reports whether it changed anything: false when the thing was
// already paused for another reason, in which case the Machine will not undo it
// on release. Every method must be idempotent: the Machine retries failed calls.
type (
	// Warmup pauses and resumes a mailbox's warmup.
	Warmup interface {
		Pause(ctx context.Context, mailboxID string) (changed bool, err error)
		Resume(ctx context.Context, mailboxID string) error
	}
	// PeerPool takes a mailbox out of the warmup peer pool and puts it back,
	// so peers' warmup mail does not bounce off it.
	PeerPool interface {
		Leave(ctx context.Context, mailboxID string) (changed bool, err error)
		Join(ctx context.Context, mailboxID string) error
	}
	// Campaigns stops new sends from a mailbox and lets them start again. The
	// campaign scheduler rotates to the campaign's other healthy mailboxes (see
	// [NextSender]) and pauses a campaign left with none (see [PauseSet]).
	Campaigns interface {
		Exclude(ctx context.Context, mailboxID string) (changed bool, err error)
		Include(ctx context.Context, mailboxID string) error
	}
	// InboxSync suspends a mailbox's inbox sync, returning the position it
	// stopped at, and resumes from that position so mail that arrived during
	// the gap is picked up.
	InboxSync interface {
		Suspend(ctx context.Context, mailboxID string) (cursor string, changed bool, err error)
		Resume(ctx context.Context, mailboxID string, cursor string) error
	}
)

// Sender is one of a campaign's mailboxes, for [NextSender].
type Sender struct {
	ID      string
	Healthy bool // false while the mailbox is flagged or otherwise unusable
}

// NextSender picks the campaign sender to use after the one with ID last,
// rotating in order and skipping unhealthy mailboxes. It returns false when no
// sender is healthy: the campaign must pause until one is back.
func NextSender(senders []Sender, last string) (string, bool) {
	start := 0
	for i, s := range senders {
		if s.ID == last {
			start = i + 1
			break
		}
	}
	for k := 0; k < len(senders); k++ {
		s := senders[(start+k)%len(senders)]
		if s.Healthy {
			return s.ID, true
		}
	}
	return "", false
}

// PauseSet is the set of causes that keep something (a campaign, a warmup)
// paused. Causes stack: the thing runs again only when the last cause is
// removed, so a campaign paused by its owner stays paused when its mailbox is
// reconnected. The zero (nil) PauseSet is empty (running); Add allocates it.
// A PauseSet is a map, so a copy shares its causes with the original (clone it
// with maps.Clone to keep one apart), and it is not safe for concurrent
// mutation.
type PauseSet map[string]bool

// Add adds cause and reports whether the thing was running before.
func (p *PauseSet) Add(cause string) (wasRunning bool) {
	if *p == nil {
		*p = PauseSet{}
	}
	wasRunning = len(*p) == 0
	(*p)[cause] = true
	return wasRunning
}

// Remove removes cause and reports whether the thing may run now.
func (p PauseSet) Remove(cause string) (running bool) {
	delete(p, cause)
	return len(p) == 0
}

// Paused reports whether any cause holds.
func (p PauseSet) Paused() bool { return len(p) > 0 }
