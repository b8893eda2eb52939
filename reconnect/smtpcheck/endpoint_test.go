package smtpcheck_test

import (
	"context"
	"net"
	"os"
	"sync"
	"syscall"
	"testing"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/smtpcheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultServer(t *testing.T) {
	cases := []struct {
		host string
		want reconnect.Endpoint
	}{
		{"smtp.gmail.com", reconnect.Endpoint{Host: "smtp.gmail.com", Port: 465, Security: provider.ImplicitTLS}},
		{"SMTP.Gmail.com.", reconnect.Endpoint{Host: "SMTP.Gmail.com", Port: 465, Security: provider.ImplicitTLS}},
		{"smtp.gmail.com:587", reconnect.Endpoint{Host: "smtp.gmail.com", Port: 587, Security: provider.StartTLS}},
		{"smtp.office365.com", reconnect.Endpoint{Host: "smtp.office365.com", Port: 587, Security: provider.StartTLS}},
		{"smtp.hostinger.com", reconnect.Endpoint{Host: "smtp.hostinger.com", Port: 465, Security: provider.ImplicitTLS}},
		{" mail.example.org ", reconnect.Endpoint{Host: "mail.example.org", Port: 587, Security: provider.StartTLS}},
		{"mail.example.org:465", reconnect.Endpoint{Host: "mail.example.org", Port: 465, Security: provider.ImplicitTLS}},
		{"mail.example.org:2525", reconnect.Endpoint{Host: "mail.example.org", Port: 2525, Security: provider.StartTLS}},
	}
	for _, tc := range cases {
		t.Run(tc.host, func(t *testing.T) {
			got, err := smtpcheck.DefaultServer(reconnect.Mailbox{SMTPHost: tc.host})
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
	_, err := smtpcheck.DefaultServer(reconnect.Mailbox{Email: "ana@example.com"})
	assert.ErrorIs(t, err, smtpcheck.ErrNoHost)
	_, err = smtpcheck.DefaultServer(reconnect.Mailbox{SMTPHost: "mail.example.org:0"})
	assert.Error(t, err)
}

// dialRecorder is an Options.Dial that records addresses and refuses to
// connect, so the default endpoint can be checked without any network.
type dialRecorder struct {
	mu    sync.Mutex
	addrs []string
}

func (d *dialRecorder) dial(_ context.Context, network, addr string) (net.Conn, error) {
	d.mu.Lock()
	d.addrs = append(d.addrs, addr)
	d.mu.Unlock()
	return nil, &net.OpError{Op: "dial", Net: network, Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}
}

func (d *dialRecorder) dialled() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]string(nil), d.addrs...)
}

func TestTesterUsesDefaultServer(t *testing.T) {
	cases := []struct{ host, addr string }{
		{"smtp.gmail.com", "smtp.gmail.com:465"},
		{"smtp.office365.com", "smtp.office365.com:587"},
		{"mail.example.org", "mail.example.org:587"},
	}
	for _, tc := range cases {
		t.Run(tc.host, func(t *testing.T) {
			var d dialRecorder
			tester := smtpcheck.New(&smtpcheck.Options{Dial: d.dial})
			err := tester.Test(t.Context(), reconnect.Mailbox{SMTPHost: tc.host, Email: "ana@example.com"}, password("pw-123456"))
			assert.Equal(t, []string{tc.addr}, d.dialled())
			var te *smtpcheck.Error
			require.ErrorAs(t, err, &te)
			assert.Equal(t, smtpcheck.StepDial, te.Step)
			assert.Equal(t, tc.addr, te.Endpoint.String())
			assert.Equal(t, classify.ClassTransient, classify.Error(err).Class)
		})
	}
}

// Nothing is dialled when the test cannot go ahead safely.
func TestRefusesBeforeDialing(t *testing.T) {
	cases := []struct {
		name  string
		mb    reconnect.Mailbox
		creds reconnect.Credentials
		ep    *reconnect.Endpoint
		want  error
		class classify.Class
	}{
		{name: "NoHost", mb: reconnect.Mailbox{Email: "ana@example.com"}, creds: password("pw-123456"),
			want: smtpcheck.ErrNoHost, class: classify.ClassConfig},
		{name: "PlainEndpoint", mb: reconnect.Mailbox{SMTPHost: "bridge.local"}, creds: password("pw-123456"),
			ep:   &reconnect.Endpoint{Host: "127.0.0.1", Port: 1025, Security: provider.Plain},
			want: smtpcheck.ErrInsecureAuth, class: classify.ClassConfig},
		{name: "NoPassword", mb: reconnect.Mailbox{SMTPHost: "smtp.gmail.com"},
			creds: reconnect.Credentials{Method: provider.MethodPassword, Username: "ana@gmail.com"},
			want:  smtpcheck.ErrNoSecret},
		{name: "NoToken", mb: reconnect.Mailbox{SMTPHost: "smtp.gmail.com"},
			creds: reconnect.Credentials{Method: provider.MethodOAuth, Password: reconnect.NewSecret("not-a-token")},
			want:  smtpcheck.ErrNoSecret},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var d dialRecorder
			opts := &smtpcheck.Options{Dial: d.dial}
			if tc.ep != nil {
				opts.Server = serverFor(*tc.ep)
			}
			err := smtpcheck.New(opts).Test(t.Context(), tc.mb, tc.creds)
			require.ErrorIs(t, err, tc.want)
			assert.Empty(t, d.dialled())
			if tc.class != "" {
				assert.Equal(t, tc.class, classify.Error(err).Class)
			}
		})
	}
}

// AllowInsecureAuth lets a test log in to a plain-text server on loopback.
func TestAllowInsecureAuthOnLoopback(t *testing.T) {
	be := newBackend("PLAIN", plainMech(func(u, pw string) error { return nil }))
	srv := startServer(t, noTLS, testPKI(t).local, be)
	tester := smtpcheck.New(&smtpcheck.Options{
		Server:            serverFor(srv.endpoint(provider.Plain)),
		AllowInsecureAuth: true,
	})
	require.NoError(t, within(t, testDeadline, tester, reconnect.Mailbox{Email: "ana@example.com"}, password("pw-123456")))
	assert.Equal(t, []string{"PLAIN"}, be.mechanismsTried())
}
