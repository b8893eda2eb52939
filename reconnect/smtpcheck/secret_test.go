package smtpcheck_test

import (
	"testing"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/smtpcheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A server that quotes the client's SASL response in its rejection (raw and
// base64) cannot carry the password or token into the returned error.
func TestSecretNeverInError(t *testing.T) {
	p := testPKI(t)
	const (
		user = "ana@example.com"
		pw   = "Pa55-w0rd-Echoed"
		tok  = "ya29.echoed-token-value"
	)
	cases := []struct {
		name   string
		mech   string
		creds  reconnect.Credentials
		secret string
	}{
		{"PLAIN", "PLAIN", password(pw), pw},
		{"XOAUTH2", "XOAUTH2", token(tok), tok},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			be := newBackend(tc.mech, echoMech())
			srv := startServer(t, implicitTLS, p.local, be)
			tester := smtpcheck.New(&smtpcheck.Options{
				Server: serverFor(srv.endpoint(provider.ImplicitTLS)), TLSConfig: p.clientTLS(),
			})
			c := tc.creds
			c.RefreshToken = reconnect.NewSecret("1//refresh-token-value")
			err := within(t, testDeadline, tester, reconnect.Mailbox{Email: user}, c)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "[redacted]", "the echo was scrubbed, not lost")
			assert.Contains(t, err.Error(), "Authentication failed for")
			noSecret(t, err, tc.secret, "1//refresh-token-value")
		})
	}
}

// Secrets stay out of errors that happen before any server is reached.
func TestSecretNotInEarlyErrors(t *testing.T) {
	const pw = "early-secret-pw"
	tester := smtpcheck.New(&smtpcheck.Options{
		Server: serverFor(reconnect.Endpoint{Host: "127.0.0.1", Port: 1, Security: provider.Plain}),
	})
	err := tester.Test(t.Context(), reconnect.Mailbox{Email: "ana@example.com"}, password(pw))
	require.ErrorIs(t, err, smtpcheck.ErrInsecureAuth)
	noSecret(t, err, pw)
}
