package oauthcheck

import (
	"context"
	"errors"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/reconnect"
)

// DefaultMinValidity is how long an access token must still be valid to be
// used without a refresh, when [Tester.MinValidity] is 0.
const DefaultMinValidity = 5 * time.Minute

// Tester tests an OAuth mailbox the way it is used: it logs in to the mail
// server with the access token through Login (an smtpcheck or imapcheck
// Tester), and refreshes the token first with Refresher only when it is due:
// missing, of unknown expiry (zero AccessTokenExpiry), or expiring within
// MinValidity. A token still valid is used as it is, with no token request.
// If the mail server refuses a token that was not refreshed with an auth
// verdict (a provider may revoke a token before it expires), the token is
// refreshed and the login tried once more.
//
// Tester is a [reconnect.RenewingTester]: TestRenew returns the credentials
// with the new access token, its expiry and a rotated refresh token, for the
// Machine to store. Refresher is required; with a nil Login the test is a
// refresh alone (the grant is proven, not the mail server's access), made
// every time.
//
// A Tester is safe for concurrent use by multiple goroutines if Refresher and
// Login are; its fields must not change once it is in use.
type Tester struct {
	Refresher *Refresher
	Login     reconnect.Tester
	// MinValidity is the validity an access token must have left to be used
	// without a refresh. If 0, DefaultMinValidity (5 minutes).
	MinValidity time.Duration
	// Now tells the time. If nil, time.Now.
	Now func() time.Time
}

var _ reconnect.RenewingTester = (*Tester)(nil)

// ErrNoRefresher means a Tester has no Refresher.
var ErrNoRefresher = errors.New("oauthcheck: the Tester has no Refresher")

// Test is TestRenew without the renewed credentials; a rotated refresh token
// still reaches Refresher.Persist.
func (t *Tester) Test(ctx context.Context, m reconnect.Mailbox, c reconnect.Credentials) error {
	_, err := t.TestRenew(ctx, m, c)
	return err
}

// TestRenew refreshes c's access token if it is due, logs in with it, and
// returns the credentials tested (c itself when no refresh was needed).
func (t *Tester) TestRenew(ctx context.Context, m reconnect.Mailbox, c reconnect.Credentials) (reconnect.Credentials, error) {
	if t.Refresher == nil {
		return c, ErrNoRefresher
	}
	refreshed := false
	if t.Login == nil || t.due(c) {
		renewed, err := t.Refresher.Refresh(ctx, m, c)
		if err != nil {
			return c, err
		}
		c, refreshed = renewed, true
	}
	if t.Login == nil {
		return c, nil
	}
	err := t.Login.Test(ctx, m, c)
	if err == nil || refreshed || c.RefreshToken.IsZero() || !refused(err) {
		return c, err
	}
	renewed, rerr := t.Refresher.Refresh(ctx, m, c)
	if rerr != nil {
		return c, rerr
	}
	return renewed, t.Login.Test(ctx, m, renewed)
}

// due reports whether c's access token must be refreshed before use.
func (t *Tester) due(c reconnect.Credentials) bool {
	if c.AccessToken.IsZero() || c.AccessTokenExpiry.IsZero() {
		return true
	}
	now, minValid := time.Now, t.MinValidity
	if t.Now != nil {
		now = t.Now
	}
	if minValid <= 0 {
		minValid = DefaultMinValidity
	}
	return !now().Add(minValid).Before(c.AccessTokenExpiry)
}

// refused reports whether the mail server refused the token itself.
func refused(err error) bool {
	switch classify.Error(err).Class {
	case classify.ClassAuth, classify.ClassRevoked:
		return true
	}
	return false
}
