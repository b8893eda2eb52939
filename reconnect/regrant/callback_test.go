package regrant

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// callbackErr runs Callback and returns its *Error.
func callbackErr(t *testing.T, fx *fixture, q url.Values, browser string) *Error {
	t.Helper()
	_, err := fx.flow.Callback(context.Background(), q, browser)
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.True(t, e.Result.Outcome.Valid())
	assert.NotEmpty(t, e.Result.Message)
	return e
}

// assertUntouched checks that the mailbox record is exactly as registered.
func assertUntouched(t *testing.T, fx *fixture, want reconnect.Record) {
	t.Helper()
	got, err := fx.store.Get(context.Background(), want.ID)
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

func TestCallbackRefusesBadStates(t *testing.T) {
	tests := []struct {
		name string
		mod  func(fx *fixture, q url.Values, browser *string)
		want error
	}{
		{"forged signature", func(_ *fixture, q url.Values, _ *string) {
			st := q.Get("state")
			q.Set("state", st[:len(st)-2]+"AA")
		}, ErrStateForged},
		{"forged payload", func(_ *fixture, q url.Values, _ *string) {
			p, sig, _ := strings.Cut(q.Get("state"), ".")
			body, _ := base64.RawURLEncoding.DecodeString(p)
			body = []byte(strings.Replace(string(body), `"m":"mb1"`, `"m":"mb9"`, 1))
			q.Set("state", base64.RawURLEncoding.EncodeToString(body)+"."+sig)
		}, ErrStateForged},
		{"signed with another key", func(_ *fixture, q url.Values, _ *string) {
			c, _ := open(testKey, q.Get("state"), "", time.Time{})
			q.Set("state", seal([]byte("another key, also 32 bytes long!"), c))
		}, ErrStateForged},
		{"missing", func(_ *fixture, q url.Values, _ *string) { q.Del("state") }, ErrStateMissing},
		{"expired", func(fx *fixture, _ url.Values, _ *string) { fx.now = fx.now.Add(DefaultStateTTL) }, ErrStateExpired},
		{"other browser", func(_ *fixture, _ url.Values, b *string) { *b = "another-browser" }, ErrStateBrowser},
		{"no cookie", func(_ *fixture, _ url.Values, b *string) { *b = "" }, ErrStateBrowser},
		{"mailbox moved workspace", func(fx *fixture, _ url.Values, _ *string) {
			rec, _ := fx.store.Get(context.Background(), "mb1")
			rec.Workspace = "ws2"
			fx.store.Put(context.Background(), rec)
		}, ErrStateMailbox},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fx := newFixture(t, nil)
			fx.add(t, m365Box)
			s, auth := fx.start(t, m365Box)
			q := url.Values{"code": {"the-authorization-code"}, "state": {auth.Get("state")}}
			browser := s.Browser
			tc.mod(fx, q, &browser)
			rec, _ := fx.store.Get(context.Background(), "mb1")
			e := callbackErr(t, fx, q, browser)
			assert.Equal(t, OutcomeInvalidState, e.Result.Outcome)
			assert.ErrorIs(t, e, tc.want)
			assert.Equal(t, classify.Verdict{}, e.Result.Verdict)
			assertUntouched(t, fx, rec)
			if errors.Is(tc.want, ErrStateForged) {
				assert.Empty(t, e.Result.MailboxID, "a forged state names nothing")
			}
		})
	}
}

func TestCallbackStateIsSingleUse(t *testing.T) {
	fx := newFixture(t, nil)
	fx.add(t, m365Box)
	s, auth := fx.start(t, m365Box)
	q := url.Values{"error": {"access_denied"}, "state": {auth.Get("state")}}
	assert.Equal(t, OutcomeCancelled, callbackErr(t, fx, q, s.Browser).Result.Outcome)
	e := callbackErr(t, fx, q, s.Browser)
	assert.Equal(t, OutcomeInvalidState, e.Result.Outcome)
	assert.ErrorIs(t, e, ErrStateReplayed)
}

func TestCallbackStateIsSingleUseUnderConcurrency(t *testing.T) {
	fx := newFixture(t, nil)
	fx.add(t, m365Box)
	s, auth := fx.start(t, m365Box)
	q := url.Values{"error": {"access_denied"}, "state": {auth.Get("state")}}
	var wg sync.WaitGroup
	outcomes := make(chan Outcome, 16)
	for range 16 {
		wg.Go(func() {
			_, err := fx.flow.Callback(context.Background(), q, s.Browser)
			var e *Error
			if errors.As(err, &e) {
				outcomes <- e.Result.Outcome
			}
		})
	}
	wg.Wait()
	close(outcomes)
	n := map[Outcome]int{}
	for o := range outcomes {
		n[o]++
	}
	assert.Equal(t, map[Outcome]int{OutcomeCancelled: 1, OutcomeInvalidState: 15}, n)
}

// TestCallbackErrorAnswers maps the authorization endpoint's error answers.
// Codes: RFC 6749 section 4.1.2.1, OpenID Connect Core 1.0 section 3.1.2.6,
// learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes
// (AADSTS65001 consent not given, 65004 user declined, 90094 admin permission
// required, 90095 admin consent request sent) and Google's
// admin_policy_enforced (developers.google.com/identity/protocols/oauth2/web-server).
func TestCallbackErrorAnswers(t *testing.T) {
	tests := []struct {
		name, code, desc string
		rec              reconnect.Record
		want             Outcome
		class            classify.Class
		consentURL       string
	}{
		{"owner cancelled (Google)", "access_denied", "", gmailBox, OutcomeCancelled, "", ""},
		{"owner declined (Entra 65004)", "access_denied", "AADSTS65004: User declined to consent to access the app.", m365Box, OutcomeCancelled, "", ""},
		{"consent required", "consent_required", "", m365Box, OutcomeConsentRequired, "", ""},
		{"interaction required", "interaction_required", "", outlookBox, OutcomeConsentRequired, "", ""},
		{"admin consent 65001", "consent_required", "AADSTS65001: The user or administrator has not consented to use the application with ID 'x'.", m365Box, OutcomeAdminConsent, classify.ClassAdmin,
			"https://login.microsoftonline.com/contoso.com/adminconsent?client_id=client-microsoft365"},
		{"admin consent 90094", "access_denied", "AADSTS90094: The grant requires admin permission.", m365Box, OutcomeAdminConsent, classify.ClassAdmin,
			"https://login.microsoftonline.com/contoso.com/adminconsent?client_id=client-microsoft365"},
		{"admin consent 90095", "access_denied", "AADSTS90095: Admin consent is required for the permissions requested by this application. An admin consent request may be sent to the admin.", m365Box, OutcomeAdminConsent, classify.ClassAdmin,
			"https://login.microsoftonline.com/contoso.com/adminconsent?client_id=client-microsoft365"},
		{"workspace admin blocks the app", "admin_policy_enforced", "", gmailBox, OutcomeAdminConsent, classify.ClassAdmin, ""},
		{"provider down", "temporarily_unavailable", "", gmailBox, OutcomePlatform, classify.ClassTransient, ""},
		{"app misconfigured", "unauthorized_client", "", gmailBox, OutcomePlatform, classify.ClassPlatform, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fx := newFixture(t, nil)
			rec := fx.add(t, tc.rec)
			s, auth := fx.start(t, tc.rec)
			q := url.Values{"error": {tc.code}, "state": {auth.Get("state")}}
			if tc.desc != "" {
				q.Set("error_description", tc.desc)
			}
			e := callbackErr(t, fx, q, s.Browser)
			assert.Equal(t, tc.want, e.Result.Outcome)
			assert.Equal(t, tc.class, e.Result.Verdict.Class)
			assert.Equal(t, tc.consentURL, e.Result.AdminConsentURL)
			assert.Equal(t, tc.code, e.Result.ProviderError)
			assert.Equal(t, tc.rec.ID, e.Result.MailboxID)
			if tc.want == OutcomeAdminConsent {
				require.NotNil(t, e.Result.Plan)
				assert.Equal(t, provider.ActorAdmin, e.Result.Plan.Actor)
			}
			assertUntouched(t, fx, rec)
		})
	}
}

func TestAdminConsentURLUsesTheKnownTenant(t *testing.T) {
	fx := newFixture(t, func(o *Options) {
		o.Tenant = func(reconnect.Record) string { return "0b6a1b8c-8f1d-4c47-9f0e-2d1d8a3c1e55" }
	})
	fx.add(t, m365Box)
	s, auth := fx.start(t, m365Box)
	e := callbackErr(t, fx, url.Values{"error": {"access_denied"}, "error_description": {"AADSTS90094: The grant requires admin permission."}, "state": {auth.Get("state")}}, s.Browser)
	assert.Equal(t, "https://login.microsoftonline.com/0b6a1b8c-8f1d-4c47-9f0e-2d1d8a3c1e55/adminconsent?client_id=client-microsoft365", e.Result.AdminConsentURL)
}

// TestExchangeFailureIsPlatformAndLeaksNothing: a token endpoint that fails
// (and echoes the request form, as some do in error pages) gives class
// platform, leaves the mailbox alone, and no code, verifier or client secret
// appears in the error or the Result.
func TestExchangeFailureIsPlatformAndLeaksNothing(t *testing.T) {
	for _, status := range []int{http.StatusBadRequest, http.StatusInternalServerError} {
		t.Run(fmt.Sprint(status), func(t *testing.T) {
			var form url.Values
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				b, _ := io.ReadAll(r.Body)
				form, _ = url.ParseQuery(string(b))
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(status)
				fmt.Fprintf(w, `{"error":"invalid_client","error_description":"bad request %s"}`, strings.ReplaceAll(string(b), `"`, ``))
			}))
			defer srv.Close()
			fx := newFixture(t, func(o *Options) {
				o.Endpoint = func(rec reconnect.Record, tenant string) (Endpoint, error) {
					e, err := DefaultEndpoint(rec, tenant)
					e.TokenURL = srv.URL
					return e, err
				}
			})
			rec := fx.add(t, gmailBox)
			s, auth := fx.start(t, gmailBox)
			code := "4/0AQlEd8x-the-authorization-code"
			e := callbackErr(t, fx, url.Values{"code": {code}, "state": {auth.Get("state")}}, s.Browser)
			assert.Equal(t, OutcomePlatform, e.Result.Outcome)
			assert.Equal(t, classify.ClassPlatform, e.Result.Verdict.Class)
			assert.False(t, e.Result.Verdict.NeedsReconnect)
			require.NotEmpty(t, form.Get("code_verifier"), "PKCE verifier sent")
			assert.Equal(t, code, form.Get("code"))
			text := e.Error() + fmt.Sprintf("%+v %#v", e.Result, e.Result)
			for _, secret := range []string{code, form.Get("code_verifier"), "client-secret-value", url.QueryEscape(code)} {
				assert.NotContains(t, text, secret)
			}
			assert.Contains(t, e.Error(), "invalid_client")
			assertUntouched(t, fx, rec)
		})
	}
}

func TestMemoryReplayDropsExpiredEntries(t *testing.T) {
	now := time.Unix(1000, 0)
	r := &MemoryReplay{Now: func() time.Time { return now }}
	ctx := context.Background()
	for i := range 100 {
		first, err := r.Claim(ctx, fmt.Sprint(i), now.Add(time.Minute))
		require.NoError(t, err)
		require.True(t, first)
	}
	first, _ := r.Claim(ctx, "5", now.Add(time.Minute))
	assert.False(t, first)
	now = now.Add(2 * time.Minute)
	for i := 100; i < 300; i++ {
		r.Claim(ctx, fmt.Sprint(i), now.Add(time.Minute))
	}
	assert.Less(t, len(r.used), 250, "expired entries were dropped")
}
