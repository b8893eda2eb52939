package reconnect_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/internal/wire"
	"github.com/mailreconnect/sdk/reconnect/internal/wire/leaktest"
	"github.com/mailreconnect/sdk/reconnect/memstore"
	"github.com/stretchr/testify/require"
)

// failingVault refuses to store, echoing the secret as a careless Vault's
// driver error might.
type failingVault struct {
	echo func(reconnect.Credentials) string
}

func (v failingVault) Put(_ context.Context, _ string, c reconnect.Credentials) error {
	return errors.New("vault: insert failed: " + v.echo(c))
}

// rotatingTester rotates the refresh token, then fails echoing the rotated
// token (and the given password) in every form.
type rotatingTester struct{ user string }

func (rotatingTester) Test(context.Context, reconnect.Mailbox, reconnect.Credentials) error {
	return nil
}
func (r rotatingTester) TestRenew(_ context.Context, _ reconnect.Mailbox, c reconnect.Credentials) (reconnect.Credentials, error) {
	c.RefreshToken = reconnect.NewSecret("rotated-" + c.Password.Reveal())
	return c, fmt.Errorf("535 5.7.8 authentication failed: %s %s", leaktest.Echo(r.user, c.RefreshToken.Reveal()), leaktest.Echo(r.user, c.Password.Reveal()))
}

// TestSecretsNeverLeakThroughTheMachine feeds awkward passwords (quotes,
// backslashes, non-ASCII, 2 bytes) through every Machine path that sees a
// secret: a failing credential test and health check whose error echoes it
// in every form (%q, JSON-escaped, base64 of AUTH PLAIN, LOGIN and XOAUTH2),
// a token rotated by a renewing tester that then fails, and a Vault error.
// No record, event, history or returned error holds any form of them.
func TestSecretsNeverLeakThroughTheMachine(t *testing.T) {
	const user = "ana@example.com"
	for _, pw := range leaktest.Passwords {
		t.Run(fmt.Sprintf("%q", pw), func(t *testing.T) {
			var (
				mu     sync.Mutex
				events []reconnect.Event
			)
			st := memstore.New()
			echo := func(_ context.Context, _ reconnect.Mailbox, c reconnect.Credentials) error {
				return fmt.Errorf("535 5.7.8 Error: authentication failed: %s", leaktest.Echo(user, c.Password.Reveal()))
			}
			o := &reconnect.Options{IncidentMin: -1, Tester: reconnect.TesterFunc(echo),
				OnEvent: func(e reconnect.Event) { mu.Lock(); defer mu.Unlock(); events = append(events, e) }}
			m := reconnect.New(st, o)
			_, err := m.Register(ctx, reconnect.Record{Mailbox: reconnect.Mailbox{ID: "mb1", Email: user, SMTPHost: "mail.example.com"}, Workspace: "w"})
			require.NoError(t, err)
			c := reconnect.Credentials{Method: provider.MethodPassword, Username: user, Password: reconnect.NewSecret(pw)}

			var errs []error
			errs = append(errs, m.UpdateCredentials(ctx, "mb1", c), m.HealthCheck(ctx, "mb1", c))

			rot := reconnect.New(st, &reconnect.Options{IncidentMin: -1, Tester: rotatingTester{user}, OnEvent: o.OnEvent})
			errs = append(errs, rot.UpdateCredentials(ctx, "mb1", c), rot.HealthCheck(ctx, "mb1", c))

			vaultEcho := func(c reconnect.Credentials) string {
				return leaktest.Echo(user, c.Password.Reveal())
			}
			saving := reconnect.New(st, &reconnect.Options{IncidentMin: -1, OnEvent: o.OnEvent,
				Tester: reconnect.TesterFunc(passing), Vault: failingVault{vaultEcho}})
			errs = append(errs, saving.UpdateCredentials(ctx, "mb1", c))

			secrets := []string{pw, "rotated-" + pw}
			for i, err := range errs {
				require.Error(t, err, "path %d", i)
				leaktest.CheckError(t, err, user, secrets...)
			}
			rec, err := st.Get(ctx, "mb1")
			require.NoError(t, err)
			hist, err := st.History(ctx, "mb1")
			require.NoError(t, err)
			for _, v := range []any{rec, hist, events} {
				js, err := json.Marshal(v)
				require.NoError(t, err)
				leaktest.Check(t, string(js), user, secrets...)
				leaktest.Check(t, fmt.Sprintf("%+v", v), user, secrets...)
			}
			require.True(t, strings.Contains(rec.LastError, wire.Redacted) || len(pw) < 4, "the echo was scrubbed, not dropped: %s", rec.LastError)
		})
	}
}
