package oauthcheck_test

import (
	"context"
	"errors"
	"io"
	"log"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/oauthcheck"
	"github.com/mailreconnect/sdk/reconnect/smtpcheck"
)

// xoauth2Backend is a go-smtp server offering XOAUTH2 that accepts the tokens
// in valid and records every token it was given.
type xoauth2Backend struct {
	mu    sync.Mutex
	valid map[string]bool
	seen  []string
}

func (b *xoauth2Backend) NewSession(*smtp.Conn) (smtp.Session, error) { return &xoSession{b: b}, nil }

func (b *xoauth2Backend) tokens() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.seen...)
}

type xoSession struct{ b *xoauth2Backend }

func (s *xoSession) AuthMechanisms() []string { return []string{"XOAUTH2"} }
func (s *xoSession) Auth(string) (sasl.Server, error) {
	return xoServer(func(resp []byte) error {
		_, rest, _ := strings.Cut(string(resp), "auth=Bearer ")
		tok, _, _ := strings.Cut(rest, "\x01")
		s.b.mu.Lock()
		defer s.b.mu.Unlock()
		s.b.seen = append(s.b.seen, tok)
		if s.b.valid[tok] {
			return nil
		}
		// Gmail's reply to a refused token (https://support.google.com/a/answer/3726730).
		return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Username and Password not accepted"}
	}), nil
}
func (s *xoSession) Mail(string, *smtp.MailOptions) error { return nil }
func (s *xoSession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *xoSession) Data(io.Reader) error                 { return nil }
func (s *xoSession) Reset()                               {}
func (s *xoSession) Logout() error                        { return nil }

// xoServer checks the initial response with check, without error challenge.
type xoServer func(resp []byte) error

func (f xoServer) Next(resp []byte) ([]byte, bool, error) {
	if resp == nil {
		return []byte{}, false, nil
	}
	return nil, true, f(resp)
}

// plainSMTP serves be in plain text on 127.0.0.1 and returns a tester for it.
func plainSMTP(t *testing.T, be smtp.Backend) *smtpcheck.Tester {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	s := smtp.NewServer(be)
	s.Domain, s.AllowInsecureAuth = "mx.test", true
	s.ErrorLog = log.New(io.Discard, "", 0)
	go func() { _ = s.Serve(l) }()
	t.Cleanup(func() { _ = s.Close() })
	ep := reconnect.Endpoint{Host: "127.0.0.1", Port: l.Addr().(*net.TCPAddr).Port, Security: provider.Plain}
	return smtpcheck.New(&smtpcheck.Options{
		Server:            func(reconnect.Mailbox) (reconnect.Endpoint, error) { return ep, nil },
		AllowInsecureAuth: true, LocalName: "client.example.org",
	})
}

var now = time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)

func TestTesterUsesValidTokenAsIs(t *testing.T) {
	e := newEndpoint(t, jsonReply(200, map[string]any{"access_token": "ya29.refreshed", "token_type": "Bearer", "expires_in": 3599}))
	be := &xoauth2Backend{valid: map[string]bool{oldAccess: true, "ya29.refreshed": true}}
	tt := &oauthcheck.Tester{Refresher: refresher(e), Login: plainSMTP(t, be), Now: func() time.Time { return now }}

	c := creds()
	c.AccessTokenExpiry = now.Add(30 * time.Minute)
	got, err := tt.TestRenew(context.Background(), gmailBox, c)
	require.NoError(t, err)
	assert.Zero(t, e.hits.Load(), "a token valid for 30 minutes is not refreshed")
	assert.Equal(t, oldAccess, got.AccessToken.Reveal())

	c.AccessTokenExpiry = now.Add(2 * time.Minute) // within DefaultMinValidity
	got, err = tt.TestRenew(context.Background(), gmailBox, c)
	require.NoError(t, err)
	assert.Equal(t, int32(1), e.hits.Load())
	assert.Equal(t, "ya29.refreshed", got.AccessToken.Reveal())
	assert.WithinDuration(t, time.Now().Add(3599*time.Second), got.AccessTokenExpiry, time.Minute, "expires_in is kept")

	c.AccessTokenExpiry = time.Time{} // unknown: refreshed
	_, err = tt.TestRenew(context.Background(), gmailBox, c)
	require.NoError(t, err)
	assert.Equal(t, int32(2), e.hits.Load())
	assert.Equal(t, []string{oldAccess, "ya29.refreshed", "ya29.refreshed"}, be.tokens())
}

// A token revoked before its expiry is refused by the mail server; the Tester
// refreshes it and logs in again.
func TestTesterRefreshesRefusedToken(t *testing.T) {
	e := newEndpoint(t, jsonReply(200, map[string]any{"access_token": "ya29.refreshed", "token_type": "Bearer", "expires_in": 3599}))
	be := &xoauth2Backend{valid: map[string]bool{"ya29.refreshed": true}}
	tt := &oauthcheck.Tester{Refresher: refresher(e), Login: plainSMTP(t, be), Now: func() time.Time { return now }}
	c := creds()
	c.AccessTokenExpiry = now.Add(time.Hour)
	got, err := tt.TestRenew(context.Background(), gmailBox, c)
	require.NoError(t, err)
	assert.Equal(t, "ya29.refreshed", got.AccessToken.Reveal())
	assert.Equal(t, []string{oldAccess, "ya29.refreshed"}, be.tokens())
	assert.Equal(t, int32(1), e.hits.Load())
}

func TestTesterWithoutRefresher(t *testing.T) {
	err := (&oauthcheck.Tester{}).Test(context.Background(), gmailBox, creds())
	assert.True(t, errors.Is(err, oauthcheck.ErrNoRefresher))
}
