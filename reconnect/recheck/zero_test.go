package recheck_test

import (
	"context"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
	"github.com/mailreconnect/sdk/reconnect/recheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var t0 = time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)

var noCredentials = recheck.CredentialsFunc(func(context.Context, string) (reconnect.Credentials, error) {
	return reconnect.Credentials{}, nil
})

// TestIncompleteRunnerReturnsErrors: a Runner missing a required field (the
// zero Runner, for one) never panics; Load, Run and RunOnce name what is
// missing and Observe ignores events.
func TestIncompleteRunnerReturnsErrors(t *testing.T) {
	store := memstore.New()
	m := reconnect.New(store, nil)
	for _, tc := range []struct {
		name, want string
		r          *recheck.Runner
	}{
		{"zero", "recheck: Runner has no Scheduler", &recheck.Runner{}},
		{"nil", "recheck: nil Runner", nil},
		{"no machine", "recheck: Runner has no Machine", &recheck.Runner{Scheduler: recheck.New(nil)}},
		{"no store", "recheck: Runner has no Store", &recheck.Runner{Scheduler: recheck.New(nil), Machine: m}},
		{"no credentials", "recheck: Runner has no Credentials", &recheck.Runner{Scheduler: recheck.New(nil), Machine: m, Store: store}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			assert.EqualError(t, tc.r.Load(ctx), tc.want)
			assert.EqualError(t, tc.r.Run(ctx), tc.want)
			n, err := tc.r.RunOnce(ctx)
			assert.EqualError(t, err, tc.want)
			assert.Zero(t, n)
			tc.r.Observe(reconnect.Event{Kind: reconnect.EventFlagged, MailboxID: "mb1"})
		})
	}
}

// leaselessStore is a reconnect.Store that cannot lease.
type leaselessStore struct{ reconnect.Store }

// TestHolderNeedsALeaser: a Runner with a Holder over a store that is no
// reconnect.Leaser refuses to run instead of checking mailboxes other
// instances also check.
func TestHolderNeedsALeaser(t *testing.T) {
	store := leaselessStore{memstore.New()}
	r := &recheck.Runner{Scheduler: recheck.New(nil), Machine: reconnect.New(store, nil), Store: store,
		Credentials: noCredentials, Holder: "host-a"}
	err := r.Run(context.Background())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "does not implement reconnect.Leaser")
}
