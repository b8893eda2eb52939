package imapcheck_test

import (
	"context"
	"errors"
	"net"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/imapcheck"
	"github.com/mailreconnect/sdk/reconnect/testertest"
)

const (
	goodPassword = "correct-horse-battery-staple"
	badPassword  = "Tr0ub4dor&3-wrong"
	goodToken    = "ya29.good-access-token"
	badToken     = "ya29.expired-access-token"
)

var mailbox = reconnect.Mailbox{ID: "mb_1", Email: "ana@example.org", IMAPHost: "imap.example.org"}

func password(p string) reconnect.Credentials {
	return reconnect.Credentials{Method: provider.MethodAppPassword, Username: "ana@example.org", Password: reconnect.NewSecret(p)}
}

func token(tok string) reconnect.Credentials {
	return reconnect.Credentials{Method: provider.MethodOAuth, Username: "ana@example.org", AccessToken: reconnect.NewSecret(tok), RefreshToken: reconnect.NewSecret("1//refresh-token-value")}
}

// tester reaches ep and trusts p's CA; edit, if any, changes its options.
func tester(ep reconnect.Endpoint, p pki, edit ...func(*imapcheck.Options)) *imapcheck.Tester {
	o := &imapcheck.Options{
		TLSConfig: p.clientConfig(),
		Server:    func(reconnect.Mailbox) (reconnect.Endpoint, error) { return ep, nil },
		Timeout:   10 * time.Second,
	}
	for _, f := range edit {
		f(o)
	}
	return imapcheck.New(o)
}

// assertNoSecret checks that no secret of c is in err's text or in the text of
// any error in its chain.
func assertNoSecret(t *testing.T, err error, c reconnect.Credentials) {
	t.Helper()
	var walk func(error)
	walk = func(e error) {
		for _, s := range []reconnect.Secret{c.Password, c.AccessToken, c.RefreshToken} {
			if v := s.Reveal(); v != "" {
				assert.NotContains(t, e.Error(), v)
			}
		}
		switch u := e.(type) {
		case interface{ Unwrap() []error }:
			for _, x := range u.Unwrap() {
				walk(x)
			}
		case interface{ Unwrap() error }:
			if x := u.Unwrap(); x != nil {
				walk(x)
			}
		}
	}
	if err != nil {
		walk(err)
	}
}

func TestPassword(t *testing.T) {
	p := newPKI(t, "127.0.0.1")
	for _, sec := range []provider.Security{provider.ImplicitTLS, provider.StartTLS} {
		t.Run(string(sec), func(t *testing.T) {
			ep := startMem(t, memConfig{security: sec, pki: p}, goodPassword, goodToken)
			tt := tester(ep, p)

			require.NoError(t, tt.Test(context.Background(), mailbox, password(goodPassword)))

			c := password(badPassword)
			err := tt.Test(context.Background(), mailbox, c)
			require.Error(t, err)
			v := classify.Error(err)
			assert.Equal(t, classify.ClassAuth, v.Class, "%v", err)
			assert.True(t, v.NeedsReconnect)
			var ie *imap.Error
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, imap.ResponseCodeAuthenticationFailed, ie.Code)
			var e *imapcheck.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, imapcheck.StepLogin, e.Step)
			assert.Contains(t, err.Error(), "imap: NO [AUTHENTICATIONFAILED]")
			assertNoSecret(t, err, c)
		})
	}
}

func TestReadOnlyAndPlainLoopback(t *testing.T) {
	ep := startMem(t, memConfig{security: provider.Plain}, goodPassword, goodToken)
	tt := imapcheck.New(&imapcheck.Options{
		Server:            func(reconnect.Mailbox) (reconnect.Endpoint, error) { return ep, nil },
		AllowInsecureAuth: true,
		ReadOnly:          true,
	})
	require.NoError(t, tt.Test(context.Background(), mailbox, password(goodPassword)))
}

func TestPlainRefusedWithoutAllowInsecureAuth(t *testing.T) {
	ep := reconnect.Endpoint{Host: "127.0.0.1", Port: 143, Security: provider.Plain}
	tt := imapcheck.New(&imapcheck.Options{
		Server: func(reconnect.Mailbox) (reconnect.Endpoint, error) { return ep, nil },
		Dial:   testertest.FailDial(t),
	})
	err := tt.Test(context.Background(), mailbox, password(goodPassword))
	require.ErrorIs(t, err, imapcheck.ErrInsecureAuth)
	assert.Equal(t, classify.ClassConfig, classify.Error(err).Class)
}

func TestXOAUTH2(t *testing.T) {
	p := newPKI(t, "127.0.0.1")
	ep := startMem(t, memConfig{security: provider.ImplicitTLS, pki: p}, goodPassword, goodToken)
	tt := tester(ep, p)

	require.NoError(t, tt.Test(context.Background(), mailbox, token(goodToken)))

	c := token(badToken)
	err := tt.Test(context.Background(), mailbox, c)
	require.Error(t, err)
	assert.Equal(t, classify.ClassAuth, classify.Error(err).Class, "%v", err)
	var e *imapcheck.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, imapcheck.StepAuthenticate, e.Step)
	var ce *imapcheck.Error
	require.ErrorAs(t, err, &ce)
	assert.JSONEq(t, `{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}`, ce.Challenge)
	var ie *imap.Error
	require.ErrorAs(t, err, &ie, "the final reply stays in the chain")
	assert.Equal(t, imap.ResponseCodeAuthenticationFailed, ie.Code)
	assertNoSecret(t, err, c)
}

// A strict server (Dovecot) refuses "=" as an empty continuation response; the
// tester sends an empty line, so the bad token gets its NO, not a BAD.
func TestXOAUTH2EmptyResponseIsEmptyLine(t *testing.T) {
	p := newPKI(t, "127.0.0.1")
	s := &script{user: "ana@example.org", token: goodToken}
	tt := tester(s.start(t, p), p)

	require.NoError(t, tt.Test(context.Background(), mailbox, token(goodToken)))

	err := tt.Test(context.Background(), mailbox, token(badToken))
	require.Error(t, err)
	var ie *imap.Error
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, imap.StatusResponseTypeNo, ie.Type, "%v", err)
	assert.Equal(t, classify.ClassAuth, classify.Error(err).Class)
}

func TestNetEaseRequiresID(t *testing.T) {
	p := newPKI(t, "127.0.0.1")
	s := &script{user: "ana@163.com", pass: goodPassword, requireID: true}
	ep := s.start(t, p)
	c := password(goodPassword)
	c.Username = "ana@163.com"

	t.Run("without ID the provider's refusal is returned", func(t *testing.T) {
		err := tester(ep, p).Test(context.Background(), mailbox, c)
		require.Error(t, err)
		var e *imapcheck.Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, imapcheck.StepSelect, e.Step)
		v := classify.Error(err)
		assert.Equal(t, classify.ClassConfig, v.Class, "%v", err)
		assert.Equal(t, "netease_unsafe_login", v.Rule)
		assert.False(t, v.NeedsReconnect)
	})
	t.Run("SendID", func(t *testing.T) {
		tt := tester(ep, p, func(o *imapcheck.Options) { o.SendID = true })
		require.NoError(t, tt.Test(context.Background(), mailbox, c))
	})
	t.Run("NetEase host sends ID by itself, after login", func(t *testing.T) {
		before := s.ids.Load()
		m := reconnect.Mailbox{ID: "mb_2", Email: "ana@163.com", IMAPHost: "imap.163.com"}
		require.NoError(t, tester(ep, p).Test(context.Background(), m, c))
		assert.Equal(t, before+1, s.ids.Load())
		cmds := s.commands()
		login, id := -1, -1
		for i, n := range cmds {
			switch n {
			case "LOGIN":
				login = i
			case "ID":
				id = i
			}
		}
		assert.True(t, login >= 0 && id > login, "ID after LOGIN: %v", cmds)
	})
	t.Run("NetEase address sends ID by itself", func(t *testing.T) {
		m := reconnect.Mailbox{ID: "mb_3", Email: "ana@126.com", IMAPHost: "mail.example.org"}
		require.NoError(t, tester(ep, p).Test(context.Background(), m, c))
	})
}

func TestNeverGreets(t *testing.T) {
	p := newPKI(t, "127.0.0.1")

	// A TCP server that accepts and says nothing: no TLS handshake (993), no
	// greeting (143).
	ln := listen(t)
	hold := make(chan struct{})
	t.Cleanup(func() { close(hold) })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() { <-hold; c.Close() }()
		}
	}()
	silent := &script{silent: true} // completes TLS, then says nothing
	silentEP := silent.start(t, p)

	cases := []struct {
		name string
		ep   reconnect.Endpoint
	}{
		{"no TLS handshake", reconnect.Endpoint{Host: "127.0.0.1", Port: port(ln), Security: provider.ImplicitTLS}},
		{"no greeting before STARTTLS", reconnect.Endpoint{Host: "127.0.0.1", Port: port(ln), Security: provider.StartTLS}},
		{"no greeting after TLS", silentEP},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
			defer cancel()
			start := time.Now()
			err := tester(tc.ep, p).Test(ctx, mailbox, password(goodPassword))
			elapsed := time.Since(start)
			require.Error(t, err)
			assert.Less(t, elapsed, 3*time.Second, "the deadline was not respected")
			assert.ErrorIs(t, err, context.DeadlineExceeded)
			v := classify.Error(err)
			assert.Equal(t, classify.ClassTransient, v.Class, "%v", err)
			assert.False(t, v.NeedsReconnect)
		})
	}
	t.Run("Timeout without a context deadline", func(t *testing.T) {
		tt := tester(silentEP, p, func(o *imapcheck.Options) { o.Timeout = 200 * time.Millisecond })
		start := time.Now()
		err := tt.Test(context.Background(), mailbox, password(goodPassword))
		require.Error(t, err)
		assert.Less(t, time.Since(start), 3*time.Second)
		assert.Equal(t, classify.ClassTransient, classify.Error(err).Class, "%v", err)
	})
	t.Run("cancel", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(100*time.Millisecond, cancel)
		start := time.Now()
		err := tester(silentEP, p).Test(ctx, mailbox, password(goodPassword))
		require.Error(t, err)
		assert.Less(t, time.Since(start), 3*time.Second)
		assert.ErrorIs(t, err, context.Canceled)
		assert.Equal(t, classify.ClassTransient, classify.Error(err).Class, "%v", err)
	})
}

func TestTemporaryFailureIsNotReconnect(t *testing.T) {
	p := newPKI(t, "127.0.0.1")
	unavailable := &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeUnavailable, Text: "Temporary authentication failure"}
	ep := startMem(t, memConfig{security: provider.ImplicitTLS, pki: p, loginErr: unavailable}, goodPassword, goodToken)
	for _, c := range []reconnect.Credentials{password(goodPassword), token(goodToken)} {
		err := tester(ep, p).Test(context.Background(), mailbox, c)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "imap: NO [UNAVAILABLE] Temporary authentication failure")
		v := classify.Error(err)
		assert.Equal(t, classify.ClassAuthTemporary, v.Class, "%v", err)
		assert.False(t, v.NeedsReconnect)
	}
}

func TestSecretEchoedByServerIsScrubbed(t *testing.T) {
	p := newPKI(t, "127.0.0.1")
	s := &script{user: "ana@example.org", pass: goodPassword, loginNo: "[AUTHENTICATIONFAILED] wrong password " + badPassword}
	c := password(badPassword)
	err := tester(s.start(t, p), p).Test(context.Background(), mailbox, c)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "[redacted]")
	assertNoSecret(t, err, c)
	var ie *imap.Error
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, imap.ResponseCodeAuthenticationFailed, ie.Code)
	assert.Equal(t, classify.ClassAuth, classify.Error(err).Class)
}

func TestNoSecret(t *testing.T) {
	tt := imapcheck.New(&imapcheck.Options{Dial: func(context.Context, string, string) (net.Conn, error) {
		t.Fatal("dialled without a secret")
		return nil, nil
	}})
	for _, c := range []reconnect.Credentials{
		{Method: provider.MethodPassword, Username: "ana@example.org"},
		{Method: provider.MethodOAuth, Username: "ana@example.org", Password: reconnect.NewSecret("not a token")},
	} {
		err := tt.Test(context.Background(), mailbox, c)
		assert.ErrorIs(t, err, imapcheck.ErrNoSecret)
	}
}

func TestDefaultServer(t *testing.T) {
	cases := []struct {
		host string
		want reconnect.Endpoint
	}{
		{"imap.gmail.com", reconnect.Endpoint{Host: "imap.gmail.com", Port: 993, Security: provider.ImplicitTLS}},
		{"IMAP.Gmail.com.", reconnect.Endpoint{Host: "IMAP.Gmail.com", Port: 993, Security: provider.ImplicitTLS}},
		{"outlook.office365.com", reconnect.Endpoint{Host: "outlook.office365.com", Port: 993, Security: provider.ImplicitTLS}},
		{"imap.mail.ru:143", reconnect.Endpoint{Host: "imap.mail.ru", Port: 143, Security: provider.StartTLS}},
		{"imap.163.com", reconnect.Endpoint{Host: "imap.163.com", Port: 993, Security: provider.ImplicitTLS}},
		{"mail.example.org", reconnect.Endpoint{Host: "mail.example.org", Port: 993, Security: provider.ImplicitTLS}},
		{"mail.example.org:143", reconnect.Endpoint{Host: "mail.example.org", Port: 143, Security: provider.StartTLS}},
		// Only 993 is IMAP's implicit-TLS port (RFC 8314 section 3.3); another
		// explicit port gets STARTTLS, which must be offered before login.
		{"mail.example.org:1993", reconnect.Endpoint{Host: "mail.example.org", Port: 1993, Security: provider.StartTLS}},
	}
	for _, tc := range cases {
		t.Run(tc.host, func(t *testing.T) {
			got, err := imapcheck.DefaultServer(reconnect.Mailbox{IMAPHost: tc.host})
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
	_, err := imapcheck.DefaultServer(reconnect.Mailbox{})
	assert.True(t, errors.Is(err, imapcheck.ErrNoHost))
	_, err = imapcheck.DefaultServer(reconnect.Mailbox{IMAPHost: "mail.example.org:imaps"})
	assert.ErrorContains(t, err, "invalid port")
}
