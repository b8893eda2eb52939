package oauthcheck_test

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/oauthcheck"
	"github.com/mailreconnect/sdk/reconnect/smtpcheck"
	"github.com/mailreconnect/sdk/reconnect/testertest"
)

// mailServer serves be on 127.0.0.1: over implicit TLS with httptest's
// certificate when tlsOn, else in plain text (AUTH offered, no STARTTLS).
func mailServer(t *testing.T, be smtp.Backend, tlsOn bool) reconnect.Endpoint {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	s := smtp.NewServer(be)
	s.Domain = "mx.test"
	s.ErrorLog = log.New(io.Discard, "", 0)
	var ln net.Listener = l
	sec := provider.StartTLS // a STARTTLS endpoint whose STARTTLS was stripped
	if tlsOn {
		hs := httptest.NewTLSServer(http.NotFoundHandler()) // only for its certificate
		cert := hs.TLS.Certificates[0]
		hs.Close()
		ln, sec = tls.NewListener(l, &tls.Config{Certificates: []tls.Certificate{cert}}), provider.ImplicitTLS
	} else {
		s.AllowInsecureAuth = true
	}
	go func() { _ = s.Serve(ln) }()
	t.Cleanup(func() { _ = s.Close() })
	return reconnect.Endpoint{Host: "127.0.0.1", Port: l.Addr().(*net.TCPAddr).Port, Security: sec}
}

// oauthHarness tests with an oauthcheck.Tester: a token endpoint on 127.0.0.1
// (answering a new token, invalid_grant, 5xx, or never) and an XOAUTH2 mail
// server reached through smtpcheck.
func oauthHarness(t *testing.T, c testertest.Case) (testertest.Setup, bool) {
	const fresh = "ya29.fresh-access-token"
	be := &xoauth2Backend{valid: map[string]bool{fresh: true, c.Secret: true}}
	var token http.HandlerFunc
	var done chan struct{} // closed at cleanup: releases a hanging token request
	creds := reconnect.Credentials{Method: provider.MethodOAuth, Username: c.User,
		AccessToken: reconnect.NewSecret("ya29.expired-" + c.Secret), RefreshToken: reconnect.NewSecret(c.Secret)}
	trust := &tls.Config{RootCAs: x509.NewCertPool()} // trusts nothing: only the untrusted case speaks TLS
	var mail reconnect.Endpoint
	switch c.Behaviour {
	case testertest.Accepts:
		token = jsonReply(200, map[string]any{"access_token": fresh, "token_type": "Bearer", "expires_in": 3599})
		mail = mailServer(t, be, false)
		mail.Security = provider.Plain
	case testertest.Silent:
		done = make(chan struct{})
		token = func(_ http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-done:
			}
		}
	case testertest.RejectsCredentials:
		// Google's answer for a revoked grant, quoting the token as a careless
		// endpoint might.
		token = jsonReply(400, map[string]any{"error": "invalid_grant",
			"error_description": fmt.Sprintf("Token has been expired or revoked: %q", c.Secret)})
	case testertest.BackendDown:
		token = func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprint(w, "<html><body>503 Service Unavailable</body></html>")
		}
	case testertest.StripsStartTLS, testertest.UntrustedCert:
		// A valid access token: no refresh, straight to the mail server.
		creds.AccessToken, creds.RefreshToken = reconnect.NewSecret(c.Secret), reconnect.NewSecret(c.Secret+"-refresh")
		creds.AccessTokenExpiry = time.Now().Add(time.Hour)
		mail = mailServer(t, be, c.Behaviour == testertest.UntrustedCert)
	default:
		return testertest.Setup{}, false
	}
	if token == nil {
		token = func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusInternalServerError) }
	}
	e := newEndpoint(t, token)
	if done != nil {
		t.Cleanup(func() { close(done) }) // runs before the endpoint's Close, which waits for handlers
	}
	login := smtpcheck.New(&smtpcheck.Options{
		Server:            func(reconnect.Mailbox) (reconnect.Endpoint, error) { return mail, nil },
		TLSConfig:         trust,
		LocalName:         "client.example.org",
		AllowInsecureAuth: true, // the accepts case only: the others never reach a Plain endpoint
	})
	if mail.Host == "" {
		login = smtpcheck.New(&smtpcheck.Options{Dial: testertest.FailDial(t)})
	}
	return testertest.Setup{
		Tester:      &oauthcheck.Tester{Refresher: refresher(e), Login: login},
		Mailbox:     reconnect.Mailbox{ID: "mb_1", Email: c.User, SMTPHost: "smtp.gmail.com"},
		Credentials: creds,
		Received:    func() []byte { return []byte(strings.Join(be.tokens(), "\n")) },
	}, true
}

func TestConformance(t *testing.T) {
	testertest.Run(t, testertest.HarnessFunc(oauthHarness))
}
