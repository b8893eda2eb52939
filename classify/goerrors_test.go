package classify

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	netsmtp "net/smtp"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/google"
)

// These tests produce real Go error values on loopback and check that Error on
// the value and Text on its message agree, and match the expected class.

// rejectingBackend is a go-smtp server backend whose AUTH always fails with a
// fixed reply.
type rejectingBackend struct{ reply *smtp.SMTPError }

func (b rejectingBackend) NewSession(*smtp.Conn) (smtp.Session, error) {
	return &rejectingSession{b.reply}, nil
}

type rejectingSession struct{ reply *smtp.SMTPError }

func (s *rejectingSession) AuthMechanisms() []string { return []string{sasl.Plain} }
func (s *rejectingSession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, _, _ string) error { return s.reply }), nil
}
func (s *rejectingSession) Mail(string, *smtp.MailOptions) error { return nil }
func (s *rejectingSession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *rejectingSession) Data(io.Reader) error                 { return nil }
func (s *rejectingSession) Reset()                               {}
func (s *rejectingSession) Logout() error                        { return nil }

// smtpServer starts a plain-text go-smtp server on 127.0.0.1 that rejects
// every login with reply.
func smtpServer(t *testing.T, reply *smtp.SMTPError) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	s := smtp.NewServer(rejectingBackend{reply})
	s.Domain = "localhost"
	s.AllowInsecureAuth = true
	go s.Serve(l)
	t.Cleanup(func() { s.Close() })
	return l.Addr().String()
}

func TestGoSMTPAndNetSMTPErrors(t *testing.T) {
	reply := &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 139},
		Message: "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."}
	addr := smtpServer(t, reply)

	// go-smtp client.
	c, err := smtp.Dial(addr)
	require.NoError(t, err)
	defer c.Close()
	err = c.Auth(sasl.NewPlainClient("", "owner@example.com", "not-the-secret"))
	var se *smtp.SMTPError
	require.True(t, errors.As(err, &se), "%T %v", err, err)
	wrapped := fmt.Errorf("campaign 7 step 2: %w", err)
	v := Error(wrapped)
	assert.Equal(t, ClassAdmin, v.Class)
	assert.Equal(t, "5.7.139", v.Enhanced)
	assert.Equal(t, 535, v.Code)
	assert.Equal(t, v.Class, Text(wrapped.Error()).Class, "logged %q", wrapped.Error())
	assert.Equal(t, v.Rule, Text(wrapped.Error()).Rule)

	// net/smtp client: *textproto.Error.
	nc, err := netsmtp.Dial(addr)
	require.NoError(t, err)
	defer nc.Close()
	err = nc.Auth(netsmtp.PlainAuth("", "owner@example.com", "not-the-secret", "127.0.0.1"))
	require.Error(t, err)
	v = Error(err)
	assert.Equal(t, ClassAdmin, v.Class, "%T %v", err, err)
	assert.Equal(t, v.Rule, Text(err.Error()).Rule, "logged %q", err.Error())
}

func TestSMTPErrorDepthAndJoin(t *testing.T) {
	base := &smtp.SMTPError{Code: 454, EnhancedCode: smtp.EnhancedCode{4, 7, 0}, Message: "Too many login attempts, please try again later."}
	deep := fmt.Errorf("a: %w", fmt.Errorf("b: %w", fmt.Errorf("c: %w", base)))
	joined := errors.Join(errors.New("cleanup failed"), deep)
	for _, err := range []error{base, deep, joined} {
		v := Error(err)
		assert.Equal(t, ClassAuthTemporary, v.Class)
		assert.Equal(t, "4.7.0", v.Enhanced)
		assert.False(t, v.NeedsReconnect)
	}
	assert.Equal(t, Verdict{}, Error(nil))
	assert.Equal(t, ClassUnknown, Error(errors.New("something odd")).Class)
}

func TestOAuthRetrieveErrors(t *testing.T) {
	tests := []struct {
		name        string
		status      int
		contentType string
		body        string
		want        Class
	}{
		{"invalid_grant", 400, "application/json", `{"error":"invalid_grant","error_description":"Token has been expired or revoked."}`, ClassRevoked},
		{"aadsts700082", 400, "application/json", `{"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity."}`, ClassRevoked},
		{"invalid_client", 401, "application/json", `{"error":"invalid_client","error_description":"AADSTS7000222: The provided client secret keys for app are expired."}`, ClassPlatform},
		{"502 html", 502, "text/html", "<html><body><h1>502 Bad Gateway</h1>invalid unauthorized</body></html>", ClassTransient},
		{"429", 429, "text/plain", "Too Many Requests", ClassRateLimited},
		{"503 json", 503, "application/json", `{"error":"temporarily_unavailable"}`, ClassTransient},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tc.contentType)
				w.WriteHeader(tc.status)
				io.WriteString(w, tc.body)
			}))
			defer srv.Close()
			conf := &oauth2.Config{ClientID: "app", ClientSecret: "s", Endpoint: oauth2.Endpoint{TokenURL: srv.URL + "/token"}}
			_, err := conf.TokenSource(context.Background(), &oauth2.Token{RefreshToken: "r"}).Token()
			var re *oauth2.RetrieveError
			require.True(t, errors.As(err, &re), "%T %v", err, err)
			v := Error(fmt.Errorf("refresh mailbox 9: %w", err))
			assert.Equal(t, tc.want, v.Class)
			assert.Equal(t, tc.status, v.Code)
			assert.Equal(t, tc.want, Text(err.Error()).Class, "logged %q", err.Error())

			// An HTTP client built by oauth2 returns the same error inside *url.Error.
			_, uerr := conf.Client(context.Background(), &oauth2.Token{RefreshToken: "r"}).Get(srv.URL + "/api")
			var ue *url.Error
			require.True(t, errors.As(uerr, &ue), "%T %v", uerr, uerr)
			assert.Equal(t, tc.want, Error(uerr).Class)

			// The google package wraps the same error in *google.AuthenticationError.
			creds, cerr := google.CredentialsFromJSON(context.Background(), []byte(`{"type":"authorized_user","client_id":"app","client_secret":"s","refresh_token":"r","token_uri":"`+srv.URL+`/token"}`))
			require.NoError(t, cerr)
			_, gerr := creds.TokenSource.Token()
			var ae *google.AuthenticationError
			require.True(t, errors.As(gerr, &ae), "%T %v", gerr, gerr)
			assert.Equal(t, tc.want, Error(gerr).Class)
		})
	}
}

func TestNetworkErrors(t *testing.T) {
	// Connection refused: a port that was just closed.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	l.Close()
	_, refused := net.Dial("tcp", addr)
	require.Error(t, refused)

	// A server that accepts and never greets: read deadline.
	silent, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer silent.Close()
	go func() {
		for {
			c, err := silent.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()
	conn, err := net.Dial("tcp", silent.Addr().String())
	require.NoError(t, err)
	conn.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	_, timeout := conn.Read(make([]byte, 1))
	conn.Close()
	require.Error(t, timeout)

	// TLS to a server whose certificate names another host.
	tlsSrv := httptest.NewTLSServer(http.NotFoundHandler())
	defer tlsSrv.Close()
	pool := tlsSrv.Client().Transport.(*http.Transport).TLSClientConfig.RootCAs
	_, mismatch := tls.Dial("tcp", tlsSrv.Listener.Addr().String(), &tls.Config{ServerName: "smtp.example.test", RootCAs: pool})
	require.Error(t, mismatch)
	_, unknownCA := tls.Dial("tcp", tlsSrv.Listener.Addr().String(), &tls.Config{ServerName: "example.com"})
	require.Error(t, unknownCA)

	// TLS to a plain-text SMTP server (wrong port).
	plain := smtpServer(t, &smtp.SMTPError{Code: 535, Message: "no"})
	_, wrongPort := tls.Dial("tcp", plain, &tls.Config{ServerName: "localhost", InsecureSkipVerify: true})
	require.Error(t, wrongPort)

	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()

	tests := []struct {
		name string
		err  error
		want Class
		rule string
	}{
		{"refused", refused, ClassTransient, "network_dropped"},
		{"read timeout", timeout, ClassTransient, "network_timeout"},
		{"hostname mismatch", mismatch, ClassConfig, "tls_certificate"},
		{"unknown authority", unknownCA, ClassConfig, "tls_certificate"},
		{"tls to plain port", wrongPort, ClassConfig, "tls_wrong_port"},
		{"context deadline", ctx.Err(), ClassTransient, "network_timeout"},
		{"context canceled", context.Canceled, ClassTransient, "network_timeout"},
		{"dns not found", &net.DNSError{Err: "no such host", Name: "smtp.example.invalid", IsNotFound: true}, ClassConfig, "dns_not_found"},
		{"dns timeout", &net.DNSError{Err: "i/o timeout", Name: "smtp.example.test", IsTimeout: true}, ClassTransient, "network_timeout"},
		{"sasl oauthbearer", &sasl.OAuthBearerError{Status: "invalid_token", Schemes: "bearer"}, ClassAuth, "xoauth2_rejected"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wrapped := fmt.Errorf("health check mb_1: %w", tc.err)
			v := Error(wrapped)
			assert.Equal(t, tc.want, v.Class, "%T: %v", tc.err, tc.err)
			assert.Equal(t, tc.rule, v.Rule)
			assert.Equal(t, v.Rule, Text(wrapped.Error()).Rule, "logged %q", wrapped.Error())
			assert.False(t, v.NeedsReconnect && tc.want.Temporary())
		})
	}
}

// typedOnly is an error whose message says nothing, so only its type tells.
type typedOnly struct{ timeout bool }

func (e typedOnly) Error() string   { return "opaque failure" }
func (e typedOnly) Timeout() bool   { return e.timeout }
func (e typedOnly) Temporary() bool { return true }

func TestTypedFallbacks(t *testing.T) {
	assert.Equal(t, "network_timeout", Error(typedOnly{timeout: true}).Rule)
	assert.Equal(t, "temporary_wording", Error(typedOnly{}).Rule)
	v := Error(fmt.Errorf("opaque: %w", &net.DNSError{Err: "opaque", Name: "x.invalid", IsNotFound: true}))
	assert.Equal(t, ClassConfig, v.Class)
	assert.True(t, strings.HasPrefix(v.Rule, "dns"))
}
