package smtpcheck_test

import (
	"context"
	"testing"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/internal/wire/leaktest"
	"github.com/mailreconnect/sdk/reconnect/smtpcheck"
)

// A server that quotes the secret in every form (plain, %q, JSON, URL,
// base64, and the PLAIN, LOGIN and XOAUTH2 payloads) in its 535 leaves none
// of them in the error, for awkward passwords and tokens (quotes,
// backslashes, non-ASCII, short ones), through every mechanism.
func TestNoSecretFormInAnyError(t *testing.T) {
	p := testPKI(t)
	const user = "ana@example.com"
	for _, secret := range leaktest.Passwords {
		for _, mech := range []string{"PLAIN", "LOGIN", "XOAUTH2"} {
			t.Run(mech+"/"+secret, func(t *testing.T) {
				echo := mechFunc(func(*smtp.Conn) sasl.Server {
					return serverFunc(func(resp []byte) ([]byte, bool, error) {
						return nil, true, &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8},
							Message: "Authentication failed: " + leaktest.Echo(user, secret)}
					})
				})
				srv := startServer(t, implicitTLS, p.local, newBackend(mech, echo))
				tester := smtpcheck.New(&smtpcheck.Options{
					Server: serverFor(srv.endpoint(provider.ImplicitTLS)), TLSConfig: p.clientTLS(),
				})
				c := password(secret)
				if mech == "XOAUTH2" {
					c = token(secret)
				}
				c.Username = user
				err := within(t, testDeadline, tester, reconnect.Mailbox{Email: user}, c)
				require.Error(t, err)
				leaktest.CheckError(t, err, user, secret)
				assert.Contains(t, err.Error(), "[redacted]")
				assert.Equal(t, classify.ClassAuth, classify.Error(err).Class, "the scrubbed reply keeps its class: %v", err)
			})
		}
	}
}

// The zero Tester works as New(nil) does: it needs no constructor.
func TestZeroTester(t *testing.T) {
	var tester smtpcheck.Tester
	err := tester.Test(context.Background(), reconnect.Mailbox{}, password("pw-1234"))
	require.ErrorIs(t, err, smtpcheck.ErrNoHost, "the default endpoint chooser ran")
	var e *smtpcheck.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, smtpcheck.StepEndpoint, e.Step)
}
