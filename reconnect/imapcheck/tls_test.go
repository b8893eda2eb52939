package imapcheck_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/imapcheck"
)

func TestCertificateForAnotherName(t *testing.T) {
	p := newPKI(t, "mail.example.org")
	ep := startMem(t, memConfig{security: provider.ImplicitTLS, pki: p}, goodPassword, goodToken)
	err := tester(ep, p).Test(context.Background(), mailbox, password(goodPassword))
	require.Error(t, err)
	var e *imapcheck.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, imapcheck.StepTLS, e.Step)
	v := classify.Error(err)
	assert.Equal(t, classify.ClassConfig, v.Class, "%v", err)
	assert.False(t, v.NeedsReconnect)

	// An unknown authority fails the same way: certificates are verified.
	ep2 := startMem(t, memConfig{security: provider.StartTLS, pki: newPKI(t, "127.0.0.1")}, goodPassword, goodToken)
	err = tester(ep2, p).Test(context.Background(), mailbox, password(goodPassword))
	require.Error(t, err)
	assert.Equal(t, classify.ClassConfig, classify.Error(err).Class, "%v", err)
}

// rawServer answers one connection on loopback with a fixed script: it writes
// greeting, and on the first line received, reply.
func rawServer(t *testing.T, greeting, reply string) reconnect.Endpoint {
	t.Helper()
	ln := listen(t)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		_, _ = c.Write([]byte(greeting))
		buf := make([]byte, 512)
		if _, err := c.Read(buf); err != nil {
			return
		}
		_, _ = c.Write([]byte(reply))
		_, _ = c.Read(buf) // wait for the client to hang up
	}()
	return reconnect.Endpoint{Host: "127.0.0.1", Port: port(ln), Security: provider.StartTLS}
}

func TestStartTLSHardening(t *testing.T) {
	p := newPKI(t, "127.0.0.1")
	cases := []struct {
		name, greeting, reply string
		step                  imapcheck.Step
		want                  string
	}{
		{"plain-text data after the OK", "* OK ready\r\n", "S1 OK Begin TLS negotiation now\r\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n", imapcheck.StepStartTLS, "after its STARTTLS reply"},
		{"PREAUTH before TLS", "* PREAUTH logged in\r\n", "", imapcheck.StepGreeting, "PREAUTH"},
		{"STARTTLS refused", "* OK ready\r\n", "S1 BAD STARTTLS not supported\r\n", imapcheck.StepStartTLS, "imap: BAD STARTTLS not supported"},
		{"BYE greeting", "* BYE [UNAVAILABLE] Server shutting down\r\n", "", imapcheck.StepGreeting, "imap: BYE [UNAVAILABLE]"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ep := rawServer(t, tc.greeting, tc.reply)
			err := tester(ep, p).Test(context.Background(), mailbox, password(goodPassword))
			require.Error(t, err)
			var e *imapcheck.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tc.step, e.Step)
			assert.Contains(t, err.Error(), tc.want)
			assert.False(t, classify.Error(err).NeedsReconnect, "%v", err)
		})
	}
}
