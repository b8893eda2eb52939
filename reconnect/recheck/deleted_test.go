package recheck_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
	"github.com/mailreconnect/sdk/reconnect/recheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRunnerDropsADeletedMailbox flags a mailbox (Yahoo's "554 5.7.1 [BL21]"
// account block, polled by the default policies), deletes it through
// Machine.Delete while the Runner still has it scheduled, and runs the checks
// due over the next week. The first check finds the mailbox gone and drops it
// from the schedule: no check runs after it, and OnCheck reports the error
// once. The host's credentials store may have forgotten the mailbox first, so
// the case where Credentials fails for the deleted mailbox is run too.
func TestRunnerDropsADeletedMailbox(t *testing.T) {
	for _, c := range []struct {
		name     string
		credsErr error
	}{
		{"CredentialsStillThere", nil},
		{"CredentialsGoneFirst", errors.New("app: no credentials for this mailbox")},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
			clock := func() time.Time { return now }
			store := memstore.New()
			sched := recheck.New(&recheck.Options{Seed: 1})
			var checkErrs []error
			deleted := false
			runner := &recheck.Runner{Scheduler: sched, Store: store, Now: clock,
				OnCheck: func(_ recheck.Check, err error) { checkErrs = append(checkErrs, err) },
				Credentials: recheck.CredentialsFunc(func(context.Context, string) (reconnect.Credentials, error) {
					if deleted && c.credsErr != nil {
						return reconnect.Credentials{}, c.credsErr
					}
					return reconnect.Credentials{Method: provider.MethodPassword, Username: "u", Password: reconnect.NewSecret("p")}, nil
				})}
			tests := 0
			m := reconnect.New(store, &reconnect.Options{Now: clock, OnEvent: runner.Observe, IncidentMin: -1,
				Tester: reconnect.TesterFunc(func(context.Context, reconnect.Mailbox, reconnect.Credentials) error {
					tests++
					return errors.New("554 5.7.1 [BL21] account has been suspended")
				})})
			runner.Machine = m
			_, err := m.Register(ctx, reconnect.Record{Mailbox: reconnect.Mailbox{ID: "mb", Email: "mb@yahoo.example",
				SMTPHost: "smtp.mail.yahoo.com", AuthMethod: provider.MethodPassword, Status: reconnect.StatusActive},
				Workspace: "w", Provider: provider.Yahoo})
			require.NoError(t, err)
			out, err := m.ReportFailureText(ctx, "mb", reconnect.SourceSend, "554 5.7.1 [BL21] account has been suspended")
			require.NoError(t, err)
			require.Equal(t, classify.ReasonProviderBlock, out.Record.Flag.Reason)
			require.Equal(t, 1, sched.Len())

			// While it is flagged, the default policy checks it again.
			next, ok := sched.Next()
			require.True(t, ok)
			now = next
			n, err := runner.RunOnce(ctx)
			require.NoError(t, err)
			require.Equal(t, 1, n)
			require.Equal(t, 1, tests)
			require.Len(t, checkErrs, 1)
			require.Equal(t, 1, sched.Len(), "a failed check keeps the mailbox scheduled")

			require.NoError(t, m.Delete(ctx, "mb", false))
			deleted = true
			next, ok = sched.Next()
			require.True(t, ok)
			now = next
			n, err = runner.RunOnce(ctx)
			require.NoError(t, err)
			assert.Equal(t, 1, n, "the check due after the delete runs")
			require.Len(t, checkErrs, 2)
			assert.ErrorIs(t, checkErrs[1], reconnect.ErrNotFound)
			assert.Zero(t, sched.Len(), "the deleted mailbox is dropped from the schedule")
			_, ok = sched.Next()
			assert.False(t, ok, "nothing is queued")

			for range 7 * 24 {
				now = now.Add(time.Hour)
				n, err := runner.RunOnce(ctx)
				require.NoError(t, err)
				require.Zero(t, n, "a check ran at %v for a deleted mailbox", now)
			}
			assert.Len(t, checkErrs, 2, "errors reported after the drop")
			assert.Equal(t, 1, tests, "no test ran on the deleted mailbox")
		})
	}
}
