package regrant

import (
	"context"
	"errors"
	"fmt"
	"html"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/internal/wire/leaktest"
)

// rotatingTester is a reconnect.RenewingTester that, like an OAuth refresh
// at a provider that rotates refresh tokens, answers the test with new
// tokens.
type rotatingTester struct{ seen chan reconnect.Credentials }

const rotated = "1//rotated-refresh-token"

func (rotatingTester) Test(context.Context, reconnect.Mailbox, reconnect.Credentials) error {
	return errors.New("rotatingTester: TestRenew must be used")
}

func (r rotatingTester) TestRenew(_ context.Context, _ reconnect.Mailbox, c reconnect.Credentials) (reconnect.Credentials, error) {
	r.seen <- c
	c.AccessToken, c.RefreshToken = reconnect.NewSecret("ya29.renewed-access-token"), reconnect.NewSecret(rotated)
	return c, nil
}

func TestRotatedRefreshTokenIsStored(t *testing.T) {
	op := newTestOP(t)
	tester := rotatingTester{seen: make(chan reconnect.Credentials, 1)}
	fx := opFixture(t, op, tester, nil)
	fx.add(t, gmailBox)
	res, err := fx.signIn(t, op, gmailBox, op.srv.URL, nil)
	require.NoError(t, err)
	assert.Equal(t, OutcomeReconnected, res.Outcome)
	assert.Equal(t, op.refresh, (<-tester.seen).RefreshToken.Reveal(), "the grant's own token was tested")
	puts := fx.vault.Puts()
	require.Len(t, puts, 1, "stored once")
	assert.Equal(t, rotated, puts[0].RefreshToken.Reveal(), "the rotated refresh token, never the old one")
	assert.Equal(t, "ya29.renewed-access-token", puts[0].AccessToken.Reveal())
}

// TestRepeatConsentWithoutRefreshToken: Google and Microsoft may answer a
// repeat consent without a refresh token (RFC 6749 section 5.1 makes it
// optional); the stored one is kept with the new access token, and with
// none stored nothing is saved.
func TestRepeatConsentWithoutRefreshToken(t *testing.T) {
	t.Run("keeps the stored one", func(t *testing.T) {
		op := newTestOP(t)
		op.refresh = ""
		fx := opFixture(t, op, nil, func(o *Options) {
			o.Tokens = TokensFunc(func(_ context.Context, id string) (reconnect.Secret, error) {
				if id != gmailBox.ID {
					return reconnect.Secret{}, fmt.Errorf("unexpected mailbox %s", id)
				}
				return reconnect.NewSecret("1//stored-refresh-token"), nil
			})
		})
		fx.add(t, gmailBox)
		res, err := fx.signIn(t, op, gmailBox, op.srv.URL, nil)
		require.NoError(t, err)
		assert.Equal(t, OutcomeReconnected, res.Outcome)
		puts := fx.vault.Puts()
		require.Len(t, puts, 1)
		assert.Equal(t, "1//stored-refresh-token", puts[0].RefreshToken.Reveal())
		assert.Equal(t, op.access, puts[0].AccessToken.Reveal())
	})
	t.Run("none stored", func(t *testing.T) {
		op := newTestOP(t)
		op.refresh = ""
		fx := opFixture(t, op, nil, func(o *Options) {
			o.Tokens = TokensFunc(func(context.Context, string) (reconnect.Secret, error) { return reconnect.Secret{}, nil })
		})
		before := fx.add(t, gmailBox)
		res, err := fx.signIn(t, op, gmailBox, op.srv.URL, nil)
		assertRefused(t, fx, op, before, res, err, ErrNoRefreshToken)
	})
}

// TestTokenEndpointFailures: a token endpoint that errs, answers HTML (an
// error page of a proxy, echoing the request) or hangs past Options.Timeout
// is the platform's problem: never a flag, nothing stored, and neither the
// code, the verifier nor the client secret in the error.
func TestTokenEndpointFailures(t *testing.T) {
	echo := func(status int, ctype string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			r.ParseForm()
			w.Header().Set("Content-Type", ctype)
			w.WriteHeader(status)
			fmt.Fprintf(w, "<html><body><h1>Error</h1><pre>%s\n%s</pre></body></html>", r.PostForm.Encode(), html.EscapeString(fmt.Sprint(r.PostForm)))
		}
	}
	tests := []struct {
		name string
		hook http.HandlerFunc
	}{
		{"503 HTML page echoing the form", echo(http.StatusServiceUnavailable, "text/html")},
		{"500 JSON without error code", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusInternalServerError)
			w.Write([]byte(`{}`))
		}},
		{"200 with an HTML body", echo(http.StatusOK, "text/html; charset=utf-8")},
		{"hangs past the timeout", func(w http.ResponseWriter, r *http.Request) {
			<-r.Context().Done() // until the flow gives up and closes the connection
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			op := newTestOP(t)
			op.hook = func(w http.ResponseWriter, r *http.Request) {
				r.ParseForm()
				op.mu.Lock()
				op.issued = append(op.issued, r.PostForm.Get("code"), r.PostForm.Get("code_verifier"))
				op.mu.Unlock()
				tc.hook(w, r)
			}
			fx := opFixture(t, op, nil, func(o *Options) { o.Timeout = 300 * time.Millisecond })
			before := fx.add(t, gmailBox)
			res, err := fx.signIn(t, op, gmailBox, op.srv.URL, nil)
			require.Error(t, err)
			assert.Equal(t, OutcomePlatform, res.Outcome)
			assert.Equal(t, classify.ClassPlatform, res.Verdict.Class)
			assert.False(t, res.Verdict.NeedsReconnect)
			assertUntouched(t, fx, before)
			assert.Empty(t, fx.vault.Puts())
			require.Len(t, op.secrets(), 5, "the endpoint saw the code and the verifier")
			leaktest.CheckError(t, err, before.Email, op.secrets()...)
			leaktest.Check(t, fmt.Sprintf("%+v", res), before.Email, op.secrets()...)
		})
	}
}

// TestDefaultEndpointOpenIDIssuers pins the issuers and key sets of the
// providers' published OpenID configurations: accounts.google.com/.well-known/openid-configuration,
// learn.microsoft.com/en-us/entra/identity-platform/v2-protocols-oidc, and
// Yahoo's developer.yahoo.com/oauth2/guide/openid_connect/discovery.html.
// AOL publishes none: its mailboxes need Options.Endpoint.
func TestDefaultEndpointOpenIDIssuers(t *testing.T) {
	yahoo := reconnect.Record{Mailbox: reconnect.Mailbox{ID: "y", Email: "ana@yahoo.com"}, Provider: provider.Yahoo}
	tests := []struct {
		rec                    reconnect.Record
		tenant                 string
		issuer, keys, tenantID string
	}{
		{gmailBox, "", "https://accounts.google.com", "https://www.googleapis.com/oauth2/v3/certs", ""},
		{m365Box, "", "https://login.microsoftonline.com/{tenantid}/v2.0", "https://login.microsoftonline.com/organizations/discovery/v2.0/keys", ""},
		{m365Box, tenantA, "https://login.microsoftonline.com/{tenantid}/v2.0", "https://login.microsoftonline.com/" + tenantA + "/discovery/v2.0/keys", tenantA},
		{m365Box, "contoso.com", "https://login.microsoftonline.com/{tenantid}/v2.0", "https://login.microsoftonline.com/contoso.com/discovery/v2.0/keys", ""},
		{outlookBox, "", "https://login.microsoftonline.com/{tenantid}/v2.0", "https://login.microsoftonline.com/consumers/discovery/v2.0/keys", "9188040d-6c67-4c5b-b112-36a304b66dad"},
		{yahoo, "", "https://api.login.yahoo.com", "https://api.login.yahoo.com/openid/v1/certs", ""},
	}
	for _, tc := range tests {
		e, err := DefaultEndpoint(tc.rec, tc.tenant)
		require.NoError(t, err, tc.rec.Email)
		assert.Equal(t, tc.issuer, e.Issuer, tc.rec.Email)
		assert.Equal(t, tc.keys, e.KeysURL, tc.rec.Email)
		assert.Equal(t, tc.tenantID, e.TenantID, tc.rec.Email)
	}
	e, _ := DefaultEndpoint(yahoo, "")
	assert.Equal(t, []string{"openid", "email"}, e.Scopes[:2], "Yahoo's email claim needs the email scope")
	_, err := DefaultEndpoint(reconnect.Record{Mailbox: reconnect.Mailbox{ID: "a", Email: "ana@aol.com"}, Provider: provider.AOL}, "")
	assert.ErrorIs(t, err, ErrNoOpenID)
}
