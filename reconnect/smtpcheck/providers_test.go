package smtpcheck_test

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
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

// testDeadline bounds every test against a well-behaved server.
const testDeadline = 5 * time.Second

// within runs tester.Test with a context of deadline d, checks that it
// returned within d plus a little scheduling slack, and returns its error.
func within(t *testing.T, d time.Duration, tester reconnect.Tester, mb reconnect.Mailbox, c reconnect.Credentials) error {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	start := time.Now()
	err := tester.Test(ctx, mb, c)
	took := time.Since(start)
	if err != nil {
		t.Logf("after %v: %v", took.Round(time.Millisecond), err)
	}
	assert.Less(t, took, d+700*time.Millisecond, "Test returned after its deadline")
	return err
}

// noSecret asserts that no form of the secrets appears in err's text.
func noSecret(t *testing.T, err error, secrets ...string) {
	t.Helper()
	if err == nil {
		return
	}
	for _, text := range []string{err.Error(), strings.Join([]string{
		fmt.Sprintf("%v", err), fmt.Sprintf("%+v", err), fmt.Sprintf("%#v", err), fmt.Sprintf("%q", err)}, "\n")} {
		for _, s := range secrets {
			for _, form := range []string{s, b64([]byte(s))} {
				assert.NotContains(t, text, form, "a secret leaked into the error")
			}
		}
	}
}

func password(s string) reconnect.Credentials {
	return reconnect.Credentials{Method: provider.MethodAppPassword, Password: reconnect.NewSecret(s)}
}

func token(s string) reconnect.Credentials {
	return reconnect.Credentials{Method: provider.MethodOAuth, AccessToken: reconnect.NewSecret(s)}
}

// A Gmail-like implicit-TLS (465) server: the revoked app password gets
// Gmail's real BadCredentials reply (auth), the new one passes.
func TestGmailImplicitTLS(t *testing.T) {
	p := testPKI(t)
	badCredentials := fixtureReply(t, "google.jsonl", "gmail-smtp-535-badcredentials-nodemailer")
	const (
		user     = "ana@gmail.com"
		current  = "wxyz abcd efgh ijkl"
		revoked  = "qrst uvwx yzab cdef"
		goodTok  = "ya29.a0AfB_good-token"
		staleTok = "ya29.a0AfB_stale-token"
	)
	pass := func(u, pw string) error {
		if u == user && pw == current {
			return nil
		}
		return badCredentials
	}
	bearer := func(u, tok string) error {
		if u == user && tok == goodTok {
			return nil
		}
		return badCredentials // Gmail answers a bad token's empty line with the same 535
	}
	// Gmail's order: AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH
	be := newBackend("LOGIN", loginMech(pass), "PLAIN", plainMech(pass), "XOAUTH2", xoauth2Mech(bearer),
		"OAUTHBEARER", oauthBearerMech(goodTok))
	srv := startServer(t, implicitTLS, p.local, be)
	tester := smtpcheck.New(&smtpcheck.Options{
		Server: serverFor(srv.endpoint(provider.ImplicitTLS)), TLSConfig: p.clientTLS(),
	})
	mb := reconnect.Mailbox{ID: "mb_gmail", Email: user, SMTPHost: "smtp.gmail.com"}

	t.Run("RevokedAppPasswordIsAuth", func(t *testing.T) {
		err := within(t, testDeadline, tester, mb, password(revoked))
		require.Error(t, err)
		var se *smtp.SMTPError
		require.ErrorAs(t, err, &se, "the provider's reply is returned unchanged")
		assert.Equal(t, 535, se.Code)
		assert.Equal(t, smtp.EnhancedCode{5, 7, 8}, se.EnhancedCode)
		assert.Contains(t, se.Message, "https://support.google.com/mail/?p=BadCredentials")
		assert.True(t, strings.HasPrefix(err.Error(), "smtpcheck: auth: "), err.Error())
		var te *smtpcheck.Error
		require.ErrorAs(t, err, &te)
		assert.Equal(t, smtpcheck.StepAuth, te.Step)

		v := classify.Error(err)
		assert.Equal(t, classify.ClassAuth, v.Class)
		assert.Equal(t, classify.ReasonAuthFailure, v.Reason)
		assert.True(t, v.NeedsReconnect)
		assert.Equal(t, "5.7.8", v.Enhanced)
		noSecret(t, err, revoked)
	})
	t.Run("NewAppPasswordPasses", func(t *testing.T) {
		require.NoError(t, within(t, testDeadline, tester, mb, password(current)))
	})
	t.Run("StaleTokenIsAuthWithChallenge", func(t *testing.T) {
		err := within(t, testDeadline, tester, mb, token(staleTok))
		require.Error(t, err)
		var ce *smtpcheck.Error
		require.ErrorAs(t, err, &ce)
		assert.Equal(t, smtpcheck.MechXOAuth2, ce.Mechanism)
		assert.JSONEq(t, googleChallenge, ce.Challenge)
		assert.Contains(t, err.Error(), `"schemes":"Bearer"`)
		assert.Equal(t, classify.ClassAuth, classify.Error(err).Class)
		noSecret(t, err, staleTok)
	})
	t.Run("FreshTokenPasses", func(t *testing.T) {
		require.NoError(t, within(t, testDeadline, tester, mb, token(goodTok)))
	})
	assert.Equal(t, []string{"PLAIN", "PLAIN", "XOAUTH2", "XOAUTH2"}, be.mechanismsTried())
}

// A Microsoft-365-like STARTTLS (587) server offering only LOGIN and XOAUTH2:
// the tenant's SMTP AUTH switch refuses everyone with the real 5.7.139 reply
// (admin) until an administrator flips it; then the same credentials pass.
func TestMicrosoft365TenantSwitch(t *testing.T) {
	p := testPKI(t)
	tenantOff := fixtureReply(t, "microsoft.jsonl", "microsoft365-smtp-5-7-139-tenant")
	unsuccessful := fixtureReply(t, "microsoft.jsonl", "microsoft365-smtp-5-7-3-oauth-mailkit")
	const (
		user = "ana@contoso.com"
		pw   = "Correct-Horse-7"
		tok  = "eyJ0eXAiOiJKV1QiLCJub25jZSI6-access"
	)
	var smtpAuthEnabled, tokenValid atomic.Bool
	login := func(u, p string) error {
		switch {
		case !smtpAuthEnabled.Load():
			return tenantOff
		case u == user && p == pw:
			return nil
		}
		return unsuccessful
	}
	xoauth2 := func(u, tk string) error {
		switch {
		case !smtpAuthEnabled.Load():
			return tenantOff
		case u == user && tk == tok && tokenValid.Load():
			return nil
		}
		return unsuccessful
	}
	be := newBackend("LOGIN", loginMech(login), "XOAUTH2", xoauth2Mech(xoauth2))
	srv := startServer(t, startTLS, p.local, be)
	tester := smtpcheck.New(&smtpcheck.Options{
		Server: serverFor(srv.endpoint(provider.StartTLS)), TLSConfig: p.clientTLS(),
	})
	mb := reconnect.Mailbox{ID: "mb_ms", Email: user, SMTPHost: "smtp.office365.com"}
	creds := reconnect.Credentials{Method: provider.MethodPassword, Username: user, Password: reconnect.NewSecret(pw)}

	err := within(t, testDeadline, tester, mb, creds)
	require.Error(t, err)
	v := provider.Refine(classify.Error(err), mb.SMTPHost)
	assert.Equal(t, classify.ClassAdmin, v.Class)
	assert.Equal(t, classify.ReasonTenantSMTPDisabled, v.Reason)
	assert.Equal(t, "ms_smtp_auth_disabled_tenant", v.Rule)
	assert.Equal(t, []string{"LOGIN"}, be.mechanismsTried(), "Microsoft 365 offers no PLAIN: LOGIN is used")
	noSecret(t, err, pw)

	smtpAuthEnabled.Store(true) // the administrator turns SMTP AUTH on
	require.NoError(t, within(t, testDeadline, tester, mb, creds))

	t.Run("XOAUTH2RejectedThenAccepted", func(t *testing.T) {
		c := token(tok)
		c.Username = user
		err := within(t, testDeadline, tester, mb, c)
		require.Error(t, err)
		var ce *smtpcheck.Error
		require.ErrorAs(t, err, &ce)
		assert.Contains(t, ce.Challenge, `{"status":"400","schemes":"Bearer"`)
		var se *smtp.SMTPError
		require.ErrorAs(t, err, &se)
		assert.Equal(t, 535, se.Code)
		assert.Equal(t, smtp.EnhancedCode{5, 7, 3}, se.EnhancedCode)
		v := provider.Refine(classify.Error(err), mb.SMTPHost)
		assert.Equal(t, classify.ClassAuth, v.Class)
		assert.Equal(t, classify.ReasonAuthFailure, v.Reason)
		noSecret(t, err, tok)

		tokenValid.Store(true) // the owner signed in again
		require.NoError(t, within(t, testDeadline, tester, mb, c))
	})
}

// A Hostinger-like implicit-TLS (465) server: its "authentication failed"
// means every mailbox of the domain needs a new password.
func TestHostingerReauth(t *testing.T) {
	p := testPKI(t)
	failed := fixtureReply(t, "hostinger.jsonl", "hostinger-smtp-535-authentication-failed")
	reject := func(string, string) error { return failed }
	be := newBackend("PLAIN", plainMech(reject), "LOGIN", loginMech(reject))
	srv := startServer(t, implicitTLS, p.local, be)
	tester := smtpcheck.New(&smtpcheck.Options{
		Server: serverFor(srv.endpoint(provider.ImplicitTLS)), TLSConfig: p.clientTLS(),
	})
	mb := reconnect.Mailbox{ID: "mb_h", Email: "sales@example.com", SMTPHost: "smtp.hostinger.com"}
	err := within(t, testDeadline, tester, mb, password("Old-Password-1"))
	require.Error(t, err)
	var se *smtp.SMTPError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, "Error: authentication failed", se.Message)
	v := provider.Refine(classify.Error(err), "smtp.hostinger.com")
	assert.Equal(t, classify.ClassAuth, v.Class)
	assert.Equal(t, classify.ReasonHostingerReauth, v.Reason)
	assert.True(t, v.NeedsReconnect)
}

// Mechanism selection against what servers advertise.
func TestMechanismSelection(t *testing.T) {
	p := testPKI(t)
	const tok = "bearer-token-123"
	accept := func(string, string) error { return nil }
	cases := []struct {
		name  string
		be    *backend
		creds reconnect.Credentials
		want  string
	}{
		{"PasswordPrefersPlain", newBackend("LOGIN", loginMech(accept), "PLAIN", plainMech(accept)), password("pw-1234"), "PLAIN"},
		{"PasswordFallsBackToLogin", newBackend("LOGIN", loginMech(accept), "XOAUTH2", xoauth2Mech(accept)), password("pw-1234"), "LOGIN"},
		{"TokenPrefersXOAUTH2", newBackend("OAUTHBEARER", oauthBearerMech(tok), "XOAUTH2", xoauth2Mech(accept)), token(tok), "XOAUTH2"},
		{"TokenUsesOAUTHBEARERAlone", newBackend("PLAIN", plainMech(accept), "OAUTHBEARER", oauthBearerMech(tok)), token(tok), "OAUTHBEARER"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := startServer(t, implicitTLS, p.local, tc.be)
			tester := smtpcheck.New(&smtpcheck.Options{
				Server: serverFor(srv.endpoint(provider.ImplicitTLS)), TLSConfig: p.clientTLS(),
			})
			mb := reconnect.Mailbox{Email: "ana@example.com"}
			require.NoError(t, within(t, testDeadline, tester, mb, tc.creds))
			assert.Equal(t, []string{tc.want}, tc.be.mechanismsTried())
		})
	}

	t.Run("RejectedOAUTHBEARERKeepsChallenge", func(t *testing.T) {
		be := newBackend("OAUTHBEARER", oauthBearerMech(tok))
		srv := startServer(t, implicitTLS, p.local, be)
		tester := smtpcheck.New(&smtpcheck.Options{
			Server: serverFor(srv.endpoint(provider.ImplicitTLS)), TLSConfig: p.clientTLS(),
		})
		err := within(t, testDeadline, tester, reconnect.Mailbox{Email: "ana@example.com"}, token("wrong-token"))
		var ce *smtpcheck.Error
		require.ErrorAs(t, err, &ce)
		assert.Equal(t, smtpcheck.MechOAuthBearer, ce.Mechanism)
		assert.Contains(t, ce.Challenge, `"status":"invalid_token"`)
		var se *smtp.SMTPError
		assert.ErrorAs(t, err, &se, "the server's final reply is kept")
		assert.True(t, classify.Error(err).NeedsReconnect)
		noSecret(t, err, "wrong-token")
	})
}
