package mailservers

import (
	"bufio"
	"context"
	"crypto/x509"
	"net"
	"net/textproto"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/smtpcheck"
)

// fqdnName is an EHLO name Postfix's reject_non_fqdn_helo_hostname accepts.
const fqdnName = "tester.mailreconnect.test"

// testSMTP runs smtpcheck against the server at address with password and
// returns the result and every byte the tester wrote to the network.
// adjust, if not nil, changes the options first.
func (s *servers) testSMTP(t *testing.T, address string, sec provider.Security, password string, adjust func(*smtpcheck.Options)) (error, []byte) {
	t.Helper()
	host, port := splitAddr(t, address)
	tp := &tap{}
	o := &smtpcheck.Options{
		Server: func(reconnect.Mailbox) (reconnect.Endpoint, error) {
			return reconnect.Endpoint{Host: host, Port: port, Security: sec}, nil
		},
		Dial:      tp.dial,
		TLSConfig: s.tlsConfig(),
		LocalName: fqdnName,
		Timeout:   10 * time.Second,
	}
	if adjust != nil {
		adjust(o)
	}
	m := reconnect.Mailbox{ID: "mb_real", Email: s.user}
	c := reconnect.Credentials{Method: provider.MethodPassword, Username: s.user, Password: reconnect.NewSecret(password)}
	err := smtpcheck.New(o).Test(context.Background(), m, c)
	sent := tp.bytes()
	assertNoPassword(t, "what the SMTP tester sent", sent, s.user, password)
	if err != nil {
		assert.NotContains(t, err.Error(), password, "the error holds the password")
	}
	return err, sent
}

func smtpAddr(t *testing.T, name string) string { return mustEnv(t, "SMTP_"+name) }

// TestSMTPPassword logs in to Postfix (SASL through Dovecot) with the right
// and a wrong password over STARTTLS (RFC 3207) and implicit TLS (RFC 8314).
// Postfix refuses a wrong password with 535 5.7.8 (RFC 4954 section 6:
// "Authentication credentials invalid"): the owner must give a new password.
func TestSMTPPassword(t *testing.T) {
	s := need(t)
	for _, tc := range []struct {
		name   string
		server string
		sec    provider.Security
	}{
		{"STARTTLS", "STARTTLS", provider.StartTLS},
		{"ImplicitTLS", "TLS", provider.ImplicitTLS},
	} {
		t.Run(tc.name+"/Right", func(t *testing.T) {
			err, _ := s.testSMTP(t, smtpAddr(t, tc.server), tc.sec, s.password, nil)
			assert.NoError(t, err)
		})
		t.Run(tc.name+"/Wrong", func(t *testing.T) {
			wrong := s.password + "-wrong"
			err, _ := s.testSMTP(t, smtpAddr(t, tc.server), tc.sec, wrong, nil)
			v := assertClass(t, err, classify.ClassAuth)
			assert.True(t, v.NeedsReconnect)
			var se *smtp.SMTPError
			if assert.ErrorAs(t, err, &se) {
				assert.Equal(t, 535, se.Code)
			}
		})
	}
}

// TestSMTPAuthOnlyAfterTLS: the STARTTLS server (smtpd_tls_auth_only=yes)
// offers AUTH only once TLS is up (RFC 3207 section 4.2 lets a server do so),
// and the tester still logs in.
func TestSMTPAuthOnlyAfterTLS(t *testing.T) {
	s := need(t)
	address := smtpAddr(t, "STARTTLS")
	ext := plainEHLO(t, address)
	require.Contains(t, ext, "STARTTLS")
	require.NotContains(t, ext, "AUTH", "the server offers AUTH before TLS; the test proves nothing")
	err, _ := s.testSMTP(t, address, provider.StartTLS, s.password, nil)
	assert.NoError(t, err)
}

// TestSMTPAuthNotOffered: a server that offers no AUTH (smtpd_sasl_auth_enable
// = no) cannot test credentials; the mailbox's settings are wrong (config).
func TestSMTPAuthNotOffered(t *testing.T) {
	s := need(t)
	err, _ := s.testSMTP(t, smtpAddr(t, "NO_AUTH"), provider.StartTLS, s.password, nil)
	assertClass(t, err, classify.ClassConfig)
	assert.ErrorIs(t, err, smtpcheck.ErrAuthUnsupported)
}

// TestSMTPNonFQDNHelo: Postfix with reject_non_fqdn_helo_hostname refuses a
// HELO name without a dot (504 5.5.2). The tester must use its LocalName
// in every EHLO, before STARTTLS too, so good credentials pass.
func TestSMTPNonFQDNHelo(t *testing.T) {
	s := need(t)
	err, sent := s.testSMTP(t, smtpAddr(t, "FQDN_HELO"), provider.StartTLS, s.password, nil)
	assert.NoError(t, err)
	assert.NotContains(t, string(sent), "EHLO localhost")
}

// TestSMTPBadCertificate: a certificate for another name, or from a CA the
// tester does not trust, fails the test before any password is sent. The
// mailbox's server settings (or the server) are wrong: config.
func TestSMTPBadCertificate(t *testing.T) {
	s := need(t)
	for _, tc := range []struct {
		name, server string
		sec          provider.Security
		want         any
	}{
		{"WrongName/STARTTLS", "WRONG_NAME_STARTTLS", provider.StartTLS, new(x509.HostnameError)},
		{"WrongName/ImplicitTLS", "WRONG_NAME_TLS", provider.ImplicitTLS, new(x509.HostnameError)},
		{"UntrustedCA/STARTTLS", "UNTRUSTED_STARTTLS", provider.StartTLS, new(x509.UnknownAuthorityError)},
		{"UntrustedCA/ImplicitTLS", "UNTRUSTED_TLS", provider.ImplicitTLS, new(x509.UnknownAuthorityError)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err, sent := s.testSMTP(t, smtpAddr(t, tc.server), tc.sec, s.password, nil)
			assertClass(t, err, classify.ClassConfig)
			assert.ErrorAs(t, err, tc.want)
			assert.NotContains(t, string(sent), "AUTH")
		})
	}
}

// TestSMTPNoStartTLS: a server that offers no STARTTLS but offers AUTH in
// clear is refused before anything secret is sent (RFC 3207 section 4.1:
// the client decides whether to go on without TLS). Postfix logs every
// command from this client (debug_peer_list), so its log shows what was sent.
func TestSMTPNoStartTLS(t *testing.T) {
	s := need(t)
	address := smtpAddr(t, "NO_STARTTLS")
	ext := plainEHLO(t, address)
	require.Contains(t, ext, "AUTH", "the server offers no AUTH in clear; the test proves nothing")
	require.NotContains(t, ext, "STARTTLS")

	err, sent := s.testSMTP(t, address, provider.StartTLS, s.password, nil)
	assertClass(t, err, classify.ClassConfig)
	assert.ErrorIs(t, err, smtpcheck.ErrStartTLSUnsupported)
	assert.NotContains(t, string(sent), "AUTH")

	// A canary password sent by hand shows that the log records AUTH data;
	// once it is there, the tester's session is logged too.
	canary := "canary-" + strings.Repeat("x", 8) + time.Now().Format("150405.000000")
	plainAuth(t, address, s.user, canary)
	log := waitForLog(t, s.postfixLog, clearForms(s.user, canary)[3])
	assertNoPassword(t, "the log of the server without STARTTLS", log, s.user, s.password)
}

// TestSMTPStartTLSStripped: a man in the middle that removes STARTTLS from
// the EHLO reply (and refuses the command) gets no password.
func TestSMTPStartTLSStripped(t *testing.T) {
	s := need(t)
	proxy := stripStartTLS(t, smtpAddr(t, "STARTTLS"), smtpProto)
	err, _ := s.testSMTP(t, proxy.addr, provider.StartTLS, s.password, nil)
	assertClass(t, err, classify.ClassConfig)
	assertNoPassword(t, "what the stripping proxy saw", proxy.seen(), s.user, s.password)
}

// TestSMTPSASLSocketGone: Postfix whose Dovecot authentication socket is
// missing drops the connection once the client asks for its extensions
// ("fatal: no SASL authentication mechanisms"). That is the server's outage,
// never a reason to ask the owner for a new password.
func TestSMTPSASLSocketGone(t *testing.T) {
	s := need(t)
	err, _ := s.testSMTP(t, smtpAddr(t, "NO_SASL_SOCKET"), provider.StartTLS, s.password, nil)
	v := assertClass(t, err, classify.ClassTransient, classify.ClassAuthTemporary)
	assert.False(t, v.NeedsReconnect)
}

// plainEHLO says EHLO in clear and returns the extension lines.
func plainEHLO(t *testing.T, address string) string {
	t.Helper()
	c, err := net.DialTimeout("tcp", address, 5*time.Second)
	require.NoError(t, err)
	defer c.Close()
	require.NoError(t, c.SetDeadline(time.Now().Add(5*time.Second)))
	tc := textproto.NewConn(c)
	_, _, err = tc.ReadResponse(220)
	require.NoError(t, err)
	require.NoError(t, tc.PrintfLine("EHLO %s", fqdnName))
	_, msg, err := tc.ReadResponse(250)
	require.NoError(t, err)
	_ = tc.PrintfLine("QUIT")
	return msg
}

// plainAuth sends AUTH PLAIN with password in clear, as a careless client would.
func plainAuth(t *testing.T, address, user, password string) {
	t.Helper()
	c, err := net.DialTimeout("tcp", address, 5*time.Second)
	require.NoError(t, err)
	defer c.Close()
	require.NoError(t, c.SetDeadline(time.Now().Add(5*time.Second)))
	tc := textproto.NewConn(c)
	_, _, err = tc.ReadResponse(220)
	require.NoError(t, err)
	require.NoError(t, tc.PrintfLine("EHLO %s", fqdnName))
	_, _, err = tc.ReadResponse(250)
	require.NoError(t, err)
	require.NoError(t, tc.PrintfLine("AUTH PLAIN %s", clearForms(user, password)[3]))
	_, _, _ = tc.ReadResponse(235)
	_ = tc.PrintfLine("QUIT")
	_, _ = bufio.NewReader(c).ReadString('\n')
}
