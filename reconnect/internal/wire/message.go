package wire

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Cause returns err, joined with ctx's error when ctx is done or its deadline
// has passed (the connection's deadline is the context's and may fire a moment
// before the context's own timer). An err that already is the context's error,
// or carries a server reply (keep is true for it), is returned as it is: the
// server's answer, not the clock, is what happened.
func Cause(ctx context.Context, err error, keep func(error) bool) error {
	cerr := ctx.Err()
	if d, ok := ctx.Deadline(); ok && cerr == nil && !time.Now().Before(d) {
		cerr = context.DeadlineExceeded
	}
	if cerr == nil || errors.Is(err, cerr) || (keep != nil && keep(err)) {
		return err
	}
	return fmt.Errorf("%w (%w)", err, cerr)
}

// Message returns "<pkg>: <step>: <err's text>", err's own "<pkg>: " prefix
// dropped so it is not said twice, with every secret of s removed.
func Message(pkg, step string, err error, s *Scrubber) string {
	msg := strings.TrimPrefix(err.Error(), pkg+": ")
	return s.Scrub(pkg + ": " + step + ": " + msg)
}

// Attempt is what every login test keeps for its errors: the secrets to
// remove and the OAuth mechanism's error challenge, if one came.
type Attempt struct {
	Scrubber
	Mechanism string // the OAuth mechanism that got an error challenge
	Challenge string // that challenge, printable
}

// Failed returns the cause and message of a failed step: err joined with the
// context's error (see [Cause]), secrets removed (see [Scrubber.Error]), and
// the message "<pkg>: <step>: <cause>" (see [Message]).
func (a *Attempt) Failed(ctx context.Context, pkg, step string, err error, isReply func(error) bool, leaves ...func(error, func(string) string) error) (error, string) {
	err = a.Error(Cause(ctx, err, isReply), leaves...)
	return err, Message(pkg, step, err, &a.Scrubber)
}

// Challenged records an OAuth mechanism's error challenge and returns err
// prefixed with it.
func (a *Attempt) Challenged(mech, challenge string, err error) error {
	a.Mechanism, a.Challenge = mech, challenge
	return fmt.Errorf("%s error challenge %s: %w", mech, challenge, err)
}
