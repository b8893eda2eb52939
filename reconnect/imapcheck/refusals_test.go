package imapcheck_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect/imapcheck"
	"github.com/mailreconnect/sdk/reconnect/testertest"
)

// recorder keeps every byte a test server's connections receive.
type recorder = testertest.Recorder

// Dovecot with ssl=no answers STARTTLS with "BAD TLS support isn't enabled."
// (src/imap-login/imap-login-commands.c): the endpoint's security setting is
// wrong, which the owner fixes in the settings, not by reconnecting.
func TestStartTLSRefusedIsConfig(t *testing.T) {
	p := newPKI(t, "127.0.0.1")
	ep := rawServer(t, "* OK [CAPABILITY IMAP4rev1 LOGINDISABLED] Dovecot ready.\r\n", "S1 BAD TLS support isn't enabled.\r\n")
	{
		err := tester(ep, p).Test(context.Background(), mailbox, password(goodPassword))
		require.ErrorIs(t, err, imapcheck.ErrStartTLSUnsupported)
		v := classify.Error(err)
		assert.Equal(t, classify.ClassConfig, v.Class, "%v", err)
		assert.False(t, v.NeedsReconnect)
		assert.Contains(t, err.Error(), "993", "the message says what to change")
		assert.Contains(t, err.Error(), "TLS support isn't enabled.", "the server's words are kept")
	}
}

// A server that announces LOGINDISABLED (RFC 9051 section 6.2.3) and offers no
// AUTHENTICATE PLAIN on this connection gets no LOGIN, even with
// AllowInsecureAuth: the password would cross in clear to be refused.
func TestLoginDisabledSendsNoLogin(t *testing.T) {
	rec := &recorder{}
	ep := startMem(t, memConfig{security: provider.Plain, tlsOnly: true, rec: rec}, goodPassword, goodToken)
	err := tester(ep, pki{}, func(o *imapcheck.Options) { o.AllowInsecureAuth = true }).
		Test(context.Background(), mailbox, password(goodPassword))
	require.ErrorIs(t, err, imapcheck.ErrLoginDisabled)
	v := classify.Error(err)
	assert.Equal(t, classify.ClassConfig, v.Class, "%v", err)
	assert.False(t, v.NeedsReconnect)
	raw := rec.Bytes()
	assert.NotContains(t, string(raw), goodPassword)
	assert.NotContains(t, string(raw), " LOGIN ")
}
