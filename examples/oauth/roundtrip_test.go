package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/examples/oauth/devop"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/regrant"
)

const owner, other = "ana@contoso.com", "bob@contoso.com"

var box = reconnect.Record{Mailbox: reconnect.Mailbox{ID: "mb_42", Email: owner, SMTPHost: "smtp.office365.com"},
	Workspace: "ws_1", Provider: provider.Microsoft365}

func setup(t *testing.T) *rig {
	t.Helper()
	r, err := newRig(owner, other)
	require.NoError(t, err)
	t.Cleanup(r.Close)
	require.NoError(t, r.addFlagged(context.Background(), box))
	return r
}

func record(t *testing.T, r *rig) reconnect.Record {
	t.Helper()
	rec, err := r.store.Get(context.Background(), box.ID)
	require.NoError(t, err)
	return rec
}

func TestRoundTripReconnects(t *testing.T) {
	r := setup(t)
	require.True(t, record(t, r).Flagged())
	res, err := r.reconnect(box.ID)
	require.NoError(t, err)
	assert.Equal(t, regrant.OutcomeReconnected, res.Outcome, res.Message)
	assert.Equal(t, owner, res.Account)
	assert.Equal(t, classify.Verdict{}, res.Verdict)
	assert.Equal(t, owner, <-r.mail.Logins(), "the grant was tested with an XOAUTH2 login")
	rec := record(t, r)
	assert.False(t, rec.Flagged())
	assert.Equal(t, reconnect.StatusActive, rec.Status)
	assert.Equal(t, provider.MethodOAuth, rec.AuthMethod)
	c := r.vault.Get(box.ID)
	assert.False(t, c.AccessToken.IsZero())
	assert.False(t, c.RefreshToken.IsZero(), "offline_access gave a refresh token")
	assert.Equal(t, owner, c.Username)
}

func TestWrongAccountStoresNothing(t *testing.T) {
	r := setup(t)
	before := record(t, r)
	r.op.Set(devop.Behaviour{SignInAs: other})
	res, err := r.reconnect(box.ID)
	require.NoError(t, err)
	assert.Equal(t, regrant.OutcomeWrongAccount, res.Outcome)
	assert.Contains(t, res.Message, owner)
	assert.Contains(t, res.Message, other)
	assert.Equal(t, other, res.Account)
	assert.Equal(t, before, record(t, r), "the mailbox is untouched")
	assert.Empty(t, r.vault.m, "nothing stored")
}

// TestProviderErrorAnswers: the provider redirects back with an error; the
// mailbox stays as it was. Codes as in regrant's TestCallbackErrorAnswers.
func TestProviderErrorAnswers(t *testing.T) {
	for _, tc := range []struct {
		b       devop.Behaviour
		want    regrant.Outcome
		consent string
	}{
		{devop.Behaviour{Error: "access_denied", Description: "AADSTS65004: User declined to consent to access the app."}, regrant.OutcomeCancelled, ""},
		{devop.Behaviour{Error: "interaction_required"}, regrant.OutcomeConsentRequired, ""},
		{devop.Behaviour{Error: "access_denied", Description: "AADSTS90094: The grant requires admin permission."}, regrant.OutcomeAdminConsent,
			"https://login.microsoftonline.com/contoso.com/adminconsent?client_id=regrant-dev-client"},
		{devop.Behaviour{DropScope: regrant.ScopeMicrosoftSMTP}, regrant.OutcomeScopesMissing, ""},
	} {
		t.Run(string(tc.want), func(t *testing.T) {
			r := setup(t)
			before := record(t, r)
			r.op.Set(tc.b)
			res, err := r.reconnect(box.ID)
			require.NoError(t, err)
			assert.Equal(t, tc.want, res.Outcome, res.Message)
			assert.Equal(t, tc.consent, res.AdminConsentURL)
			if tc.want == regrant.OutcomeScopesMissing {
				assert.Equal(t, []string{regrant.ScopeMicrosoftSMTP}, res.Missing)
				assert.Contains(t, res.Message, "Send emails from mailboxes using SMTP AUTH.")
			}
			if tc.want == regrant.OutcomeAdminConsent {
				require.NotNil(t, res.Plan)
				assert.Equal(t, provider.ActorAdmin, res.Plan.Actor)
			}
			assert.Equal(t, before, record(t, r))
			assert.Empty(t, r.vault.m)
		})
	}
}

func TestFailingTokenEndpointIsThePlatforms(t *testing.T) {
	r := setup(t)
	before := record(t, r)
	r.op.Set(devop.Behaviour{FailToken: http.StatusInternalServerError})
	res, err := r.reconnect(box.ID)
	require.NoError(t, err)
	assert.Equal(t, regrant.OutcomePlatform, res.Outcome)
	assert.Equal(t, classify.ClassPlatform, res.Verdict.Class)
	assert.False(t, res.Verdict.NeedsReconnect)
	assert.Equal(t, before, record(t, r))
}

func TestRepeatConsentWithoutRefreshTokenKeepsTheStoredOne(t *testing.T) {
	r := setup(t)
	res, err := r.reconnect(box.ID)
	require.NoError(t, err)
	require.Equal(t, regrant.OutcomeReconnected, res.Outcome)
	<-r.mail.Logins()
	first := r.vault.Get(box.ID)

	r.op.Set(devop.Behaviour{NoRefreshToken: true})
	res, err = r.reconnect(box.ID)
	require.NoError(t, err)
	require.Equal(t, regrant.OutcomeReconnected, res.Outcome, res.Message)
	<-r.mail.Logins()
	second := r.vault.Get(box.ID)
	assert.Equal(t, first.RefreshToken.Reveal(), second.RefreshToken.Reveal(), "the stored refresh token is kept")
	assert.NotEqual(t, first.AccessToken.Reveal(), second.AccessToken.Reveal(), "with the new access token")
}

// callbackURL runs a sign-in in browser b up to the provider's redirect to
// the callback, and returns that URL without following it.
func callbackURL(t *testing.T, r *rig, b *http.Client) string {
	t.Helper()
	c := *b
	var cb string
	c.CheckRedirect = func(req *http.Request, _ []*http.Request) error {
		if req.URL.Path == "/callback" {
			cb = req.URL.String()
			return http.ErrUseLastResponse
		}
		return nil
	}
	resp, err := c.Get(r.app.URL + "/start?mailbox=" + box.ID)
	require.NoError(t, err)
	resp.Body.Close()
	require.NotEmpty(t, cb)
	return cb
}

func open(t *testing.T, b *http.Client, u string) regrant.Result {
	t.Helper()
	resp, err := b.Get(u)
	require.NoError(t, err)
	defer resp.Body.Close()
	var res regrant.Result
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&res))
	return res
}

func TestStateFromAnotherBrowserIsRefused(t *testing.T) {
	r := setup(t)
	cb := callbackURL(t, r, r.browser)
	jar, _ := cookiejar.New(nil)
	res := open(t, &http.Client{Jar: jar}, cb)
	assert.Equal(t, regrant.OutcomeInvalidState, res.Outcome)
	assert.True(t, record(t, r).Flagged())
	// The right browser can still use it once, and only once.
	assert.Equal(t, regrant.OutcomeReconnected, open(t, r.browser, cb).Outcome)
	<-r.mail.Logins()
	assert.Equal(t, regrant.OutcomeInvalidState, open(t, r.browser, cb).Outcome)
}

func TestForgedStateIsRefused(t *testing.T) {
	r := setup(t)
	u, _ := url.Parse(callbackURL(t, r, r.browser))
	q := u.Query()
	q.Set("state", strings.Replace(q.Get("state"), ".", ".x", 1))
	u.RawQuery = q.Encode()
	assert.Equal(t, regrant.OutcomeInvalidState, open(t, r.browser, u.String()).Outcome)
}

// TestNoSecretInAnyOutput runs every path and looks for the code, the
// tokens and the client secret in every result, error and event.
func TestNoSecretInAnyOutput(t *testing.T) {
	r := setup(t)
	var out bytes.Buffer
	var codes []string
	for _, b := range []devop.Behaviour{{SignInAs: other}, {FailToken: 400}, {DropScope: regrant.ScopeMicrosoftSMTP}, {}, {NoRefreshToken: true}} {
		r.op.Set(b)
		cb := callbackURL(t, r, r.browser)
		u, _ := url.Parse(cb)
		codes = append(codes, u.Query().Get("code"))
		rec := httptestRecorder(t, r, cb)
		out.WriteString(rec)
		_, err := r.flow.Callback(context.Background(), u.Query(), "") // replayed, from no browser
		out.WriteString(err.Error())
	}
	close(r.events)
	for e := range r.events {
		j, _ := json.Marshal(e)
		out.Write(j)
	}
	c := r.vault.Get(box.ID)
	secrets := append(codes, c.AccessToken.Reveal(), c.RefreshToken.Reveal(), r.op.ClientSecret)
	for _, s := range secrets {
		require.GreaterOrEqual(t, len(s), 8)
		assert.NotContains(t, out.String(), s)
	}
}

// httptestRecorder opens cb in the rig's browser and returns the body.
func httptestRecorder(t *testing.T, r *rig, cb string) string {
	t.Helper()
	res := open(t, r.browser, cb)
	if res.Outcome == regrant.OutcomeReconnected {
		<-r.mail.Logins()
	}
	j, err := json.Marshal(res)
	require.NoError(t, err)
	return string(j)
}

func TestDemoPrintsEachStep(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, demo(context.Background(), &out))
	for _, want := range []string{"wrong_account", "signed in as ana@contoso.com: reconnected",
		"XOAUTH2 login for ana@contoso.com", `status "active", flagged false, method oauth, refresh token stored true`} {
		assert.Contains(t, out.String(), want)
	}
}

func TestPrintURL(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, printURL(&out, urlRequest{Email: "ana@gmail.com"}))
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	for _, want := range []string{"provider=gmail", "endpoint=https://accounts.google.com/o/oauth2/v2/auth",
		"access_type=offline", "prompt=consent", "login_hint=ana@gmail.com", "code_challenge_method=S256",
		"scope=openid email profile https://mail.google.com/", "client_id=example-client-id"} {
		assert.Contains(t, lines, want)
	}
	err := printURL(&out, urlRequest{Email: "ana@example.org"})
	assert.True(t, errors.Is(err, regrant.ErrNoOAuth), "%v", err)
}
