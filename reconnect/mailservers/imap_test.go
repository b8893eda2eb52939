package mailservers

import (
	"bufio"
	"context"
	"crypto/x509"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/imapcheck"
)

// testIMAP runs imapcheck against the server at address with password and
// returns the result and every byte the tester wrote to the network. adjust,
// if not nil, changes the options and the dialer first.
func (s *servers) testIMAP(t *testing.T, address string, sec provider.Security, password string, adjust func(*imapcheck.Options, *tap)) (error, []byte) {
	t.Helper()
	host, port := splitAddr(t, address)
	tp := &tap{}
	o := &imapcheck.Options{
		Server: func(reconnect.Mailbox) (reconnect.Endpoint, error) {
			return reconnect.Endpoint{Host: host, Port: port, Security: sec}, nil
		},
		Dial:      tp.dial,
		TLSConfig: s.tlsConfig(),
		Timeout:   10 * time.Second,
	}
	if adjust != nil {
		adjust(o, tp)
	}
	m := reconnect.Mailbox{ID: "mb_real", Email: s.user}
	c := reconnect.Credentials{Method: provider.MethodPassword, Username: s.user, Password: reconnect.NewSecret(password)}
	err := imapcheck.New(o).Test(context.Background(), m, c)
	sent := tp.bytes()
	assertNoPassword(t, "what the IMAP tester sent", sent, s.user, password)
	if err != nil {
		assert.NotContains(t, err.Error(), password, "the error holds the password")
	}
	return err, sent
}

func imapAddr(t *testing.T, name string) string { return mustEnv(t, "IMAP_"+name) }

// TestIMAPPassword logs in to Dovecot with the right and a wrong password over
// implicit TLS (RFC 8314) and STARTTLS (RFC 9051 section 6.2.1). Dovecot
// refuses a wrong password with NO [AUTHENTICATIONFAILED] (RFC 5530 section
// 3: "Authentication failed for some reason on which the server is unwilling
// to elaborate"): the owner must give a new password.
func TestIMAPPassword(t *testing.T) {
	s := need(t)
	for _, tc := range []struct {
		name   string
		server string
		sec    provider.Security
	}{
		{"ImplicitTLS", "TLS", provider.ImplicitTLS},
		{"STARTTLS", "STARTTLS", provider.StartTLS},
	} {
		t.Run(tc.name+"/Right", func(t *testing.T) {
			err, _ := s.testIMAP(t, imapAddr(t, tc.server), tc.sec, s.password, nil)
			assert.NoError(t, err)
		})
		t.Run(tc.name+"/Wrong", func(t *testing.T) {
			err, _ := s.testIMAP(t, imapAddr(t, tc.server), tc.sec, s.password+"-wrong", nil)
			v := assertClass(t, err, classify.ClassAuth)
			assert.True(t, v.NeedsReconnect)
			var ie *imap.Error
			if assert.ErrorAs(t, err, &ie) {
				assert.Equal(t, imap.ResponseCodeAuthenticationFailed, ie.Code)
			}
		})
	}
}

// TestIMAPBadCertificate: a certificate for another name, or from a CA the
// tester does not trust, fails the test before any password is sent: config.
func TestIMAPBadCertificate(t *testing.T) {
	s := need(t)
	for _, tc := range []struct {
		name, server string
		sec          provider.Security
		want         any
	}{
		{"WrongName/ImplicitTLS", "WRONG_NAME_TLS", provider.ImplicitTLS, new(x509.HostnameError)},
		{"WrongName/STARTTLS", "WRONG_NAME_STARTTLS", provider.StartTLS, new(x509.HostnameError)},
		{"UntrustedCA/ImplicitTLS", "UNTRUSTED_TLS", provider.ImplicitTLS, new(x509.UnknownAuthorityError)},
		{"UntrustedCA/STARTTLS", "UNTRUSTED_STARTTLS", provider.StartTLS, new(x509.UnknownAuthorityError)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err, sent := s.testIMAP(t, imapAddr(t, tc.server), tc.sec, s.password, nil)
			assertClass(t, err, classify.ClassConfig)
			assert.ErrorAs(t, err, tc.want)
			assert.NotContains(t, strings.ToUpper(string(sent)), "LOGIN")
		})
	}
}

// TestIMAPAuthBackendDown: Dovecot whose password database fails answers
// NO [UNAVAILABLE] (RFC 5530 section 3: "Temporary failure because a
// subsystem is down"). The password may be right: never a reconnect.
func TestIMAPAuthBackendDown(t *testing.T) {
	s := need(t)
	for _, tc := range []struct {
		name, server string
		sec          provider.Security
	}{
		{"ImplicitTLS", "AUTH_DOWN_TLS", provider.ImplicitTLS},
		{"STARTTLS", "AUTH_DOWN_STARTTLS", provider.StartTLS},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err, _ := s.testIMAP(t, imapAddr(t, tc.server), tc.sec, s.password, nil)
			v := assertClass(t, err, classify.ClassAuthTemporary, classify.ClassTransient)
			assert.False(t, v.NeedsReconnect)
			var ie *imap.Error
			if assert.ErrorAs(t, err, &ie) {
				assert.Equal(t, imap.ResponseCodeUnavailable, ie.Code)
			}
		})
	}
}

// TestIMAPStartTLSStripped: a man in the middle that removes STARTTLS from
// the capabilities and refuses the command (as Dovecot does with ssl = no:
// "BAD TLS support isn't enabled.") gets no password, and the owner is told
// the server's settings are wrong (config).
func TestIMAPStartTLSStripped(t *testing.T) {
	s := need(t)
	proxy := stripStartTLS(t, imapAddr(t, "STARTTLS"), imapProto)
	err, _ := s.testIMAP(t, proxy.addr, provider.StartTLS, s.password, nil)
	assertNoPassword(t, "what the stripping proxy saw", proxy.seen(), s.user, s.password)
	assertClass(t, err, classify.ClassConfig)
}

// TestIMAPLoginDisabled: Dovecot counts a connection from its own address as
// secure, so the tester dials from 127.0.0.2; Dovecot then announces
// LOGINDISABLED before TLS (disable_plaintext_auth = yes; RFC 9051 section
// 6.2.3: the client MUST NOT send LOGIN).
func TestIMAPLoginDisabled(t *testing.T) {
	s := need(t)
	from := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 2)}
	address := imapAddr(t, "STARTTLS")
	require.Contains(t, greeting(t, address, from), "LOGINDISABLED",
		"Dovecot announces no LOGINDISABLED to 127.0.0.2; the test proves nothing")
	fromOther := func(o *imapcheck.Options, tp *tap) { tp.from = from }

	t.Run("AfterSTARTTLS", func(t *testing.T) {
		err, _ := s.testIMAP(t, address, provider.StartTLS, s.password, fromOther)
		assert.NoError(t, err)
	})
	t.Run("PlainWithAllowInsecureAuth", func(t *testing.T) {
		err, sent := s.testIMAP(t, address, provider.Plain, s.password, func(o *imapcheck.Options, tp *tap) {
			fromOther(o, tp)
			o.AllowInsecureAuth = true
		})
		assertClass(t, err, classify.ClassConfig)
		assert.NotContains(t, strings.ToUpper(string(sent)), " LOGIN ")
	})
}

// greeting returns Dovecot's greeting line to a client dialling from from.
func greeting(t *testing.T, address string, from *net.TCPAddr) string {
	t.Helper()
	d := net.Dialer{LocalAddr: from, Timeout: 5 * time.Second}
	c, err := d.Dial("tcp", address)
	require.NoError(t, err)
	defer c.Close()
	require.NoError(t, c.SetDeadline(time.Now().Add(5*time.Second)))
	line, err := bufio.NewReader(c).ReadString('\n')
	require.NoError(t, err)
	_, _ = c.Write([]byte("a LOGOUT\r\n"))
	return line
}
