package smtpcheck_test

import (
	"bytes"
	"net/mail"
	"regexp"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/smtpcheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// With SendTest, a short message goes from the mailbox to itself after AUTH,
// marked with the test header.
func TestSendTestMessage(t *testing.T) {
	p := testPKI(t)
	const addr = "ana@example.com"
	accept := func(u, pw string) error {
		if u == addr && pw == "right-password" {
			return nil
		}
		return smtp.ErrAuthFailed
	}
	be := newBackend("PLAIN", plainMech(accept))
	srv := startServer(t, startTLS, p.local, be)
	now := time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)
	tester := smtpcheck.New(&smtpcheck.Options{
		Server: serverFor(srv.endpoint(provider.StartTLS)), TLSConfig: p.clientTLS(),
		SendTest: true, Now: func() time.Time { return now },
	})
	mb := reconnect.Mailbox{ID: "mb_send", Email: addr}

	require.NoError(t, within(t, testDeadline, tester, mb, password("right-password")))
	require.NoError(t, within(t, testDeadline, tester, mb, password("right-password")))
	msgs := be.messages()
	require.Len(t, msgs, 2)

	ids := map[string]bool{}
	for _, m := range msgs {
		assert.Equal(t, addr, m.from, "MAIL FROM")
		assert.Equal(t, []string{addr}, m.to, "RCPT TO")
		msg, err := mail.ReadMessage(bytes.NewReader(m.data))
		require.NoError(t, err)
		for _, field := range []string{"From", "To"} {
			a, err := mail.ParseAddress(msg.Header.Get(field))
			require.NoError(t, err, field)
			assert.Equal(t, addr, a.Address, field)
		}
		id := msg.Header.Get(smtpcheck.TestHeader)
		assert.Regexp(t, regexp.MustCompile(`^[a-z2-7]{26}$`), id)
		ids[id] = true
		date, err := msg.Header.Date()
		require.NoError(t, err)
		assert.True(t, date.Equal(now))
		assert.Equal(t, "auto-generated", msg.Header.Get("Auto-Submitted"))
	}
	assert.Len(t, ids, 2, "every test message has its own ID")

	t.Run("WrongPasswordSendsNothing", func(t *testing.T) {
		err := within(t, testDeadline, tester, mb, password("wrong-password"))
		require.Error(t, err)
		assert.Len(t, be.messages(), 2)
	})
}

// A provider that accepts the login but refuses the sender: the send step
// fails with the provider's reply (config: send-as denied), which a login
// alone would not have shown.
func TestSendTestRefusedSender(t *testing.T) {
	p := testPKI(t)
	be := newBackend("PLAIN", plainMech(func(string, string) error { return nil }))
	be.mailErr = fixtureReply(t, "microsoft.jsonl", "microsoft365-smtp-5-7-60-send-as")
	srv := startServer(t, implicitTLS, p.local, be)
	tester := smtpcheck.New(&smtpcheck.Options{
		Server: serverFor(srv.endpoint(provider.ImplicitTLS)), TLSConfig: p.clientTLS(), SendTest: true,
	})
	err := within(t, testDeadline, tester, reconnect.Mailbox{Email: "ana@contoso.com"}, password("right-password"))
	require.Error(t, err)
	var te *smtpcheck.Error
	require.ErrorAs(t, err, &te)
	assert.Equal(t, smtpcheck.StepSend, te.Step)
	v := classify.Error(err)
	assert.Equal(t, classify.ClassConfig, v.Class, v.Rule)
	assert.False(t, v.NeedsReconnect)
	assert.Empty(t, be.messages())
}

// SendTest needs an address to send to.
func TestSendTestNeedsAddress(t *testing.T) {
	tester := smtpcheck.New(&smtpcheck.Options{
		Server:   serverFor(reconnect.Endpoint{Host: "127.0.0.1", Port: 1, Security: provider.ImplicitTLS}),
		SendTest: true,
	})
	c := password("pw-123456")
	c.Username = "ana"
	err := tester.Test(t.Context(), reconnect.Mailbox{}, c)
	assert.ErrorIs(t, err, smtpcheck.ErrNoAddress)
}
