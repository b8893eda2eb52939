package oauthcheck_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/oauth2"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/oauthcheck"
)

const (
	clientSecret = "GOCSPX-client-secret-value"
	refreshToken = "1//0g-refresh-token-value"
	oldAccess    = "ya29.old-access-token"
)

var (
	gmailBox = reconnect.Mailbox{ID: "mb_g", Email: "ana@gmail.com", IMAPHost: "imap.gmail.com", SMTPHost: "smtp.gmail.com"}
	m365Box  = reconnect.Mailbox{ID: "mb_m", Email: "ana@contoso.com", IMAPHost: "outlook.office365.com", SMTPHost: "smtp.office365.com"}
)

func creds() reconnect.Credentials {
	return reconnect.Credentials{
		Method:       provider.MethodOAuth,
		Username:     "ana@gmail.com",
		AccessToken:  reconnect.NewSecret(oldAccess),
		RefreshToken: reconnect.NewSecret(refreshToken),
	}
}

// request is what the token endpoint received.
type request struct {
	path string
	form url.Values
}

// endpoint is a token endpoint on 127.0.0.1 answering with reply.
type endpoint struct {
	*httptest.Server
	hits atomic.Int32
	mu   sync.Mutex
	reqs []request
}

func newEndpoint(t *testing.T, reply http.HandlerFunc) *endpoint {
	t.Helper()
	e := &endpoint{}
	e.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		e.hits.Add(1)
		require.NoError(t, r.ParseForm())
		e.mu.Lock()
		e.reqs = append(e.reqs, request{path: r.URL.Path, form: r.PostForm})
		e.mu.Unlock()
		reply(w, r)
	}))
	t.Cleanup(e.Close)
	return e
}

func (e *endpoint) last() request {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.reqs[len(e.reqs)-1]
}

// jsonReply answers status with a JSON body.
func jsonReply(status int, body any) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(body)
	}
}

// refresher sends every request to e; Microsoft-style tenant paths are kept.
func refresher(e *endpoint) *oauthcheck.Refresher {
	return &oauthcheck.Refresher{
		ClientID:     "app.apps.googleusercontent.com",
		ClientSecret: reconnect.NewSecret(clientSecret),
		TokenURL:     func(reconnect.Mailbox) (string, error) { return e.URL + "/token", nil },
		HTTPClient:   e.Client(),
	}
}

// assertClean checks that no token or secret is in the error's text or its
// chain's.
func assertClean(t *testing.T, err error, extra ...string) {
	t.Helper()
	for e := err; e != nil; e = errors.Unwrap(e) {
		for _, s := range append([]string{clientSecret, refreshToken, oldAccess}, extra...) {
			assert.NotContains(t, e.Error(), s)
		}
		var re *oauth2.RetrieveError
		if errors.As(e, &re) {
			for _, s := range append([]string{clientSecret, refreshToken, oldAccess}, extra...) {
				assert.NotContains(t, string(re.Body), s)
			}
			if re.Response != nil {
				assert.Nil(t, re.Response.Request, "the request could replay the form")
			}
		}
	}
}

func TestGoogleSuccess(t *testing.T) {
	e := newEndpoint(t, jsonReply(200, map[string]any{
		"access_token": "ya29.new-access-token", "expires_in": 3599, "token_type": "Bearer", "scope": "https://mail.google.com/",
	}))
	r := refresher(e)
	r.Persist = func(context.Context, string, reconnect.Credentials) error {
		t.Error("Persist called without rotation")
		return nil
	}
	got, err := r.Refresh(context.Background(), gmailBox, creds())
	require.NoError(t, err)
	assert.Equal(t, "ya29.new-access-token", got.AccessToken.Reveal())
	assert.Equal(t, refreshToken, got.RefreshToken.Reveal(), "refresh token unchanged")
	assert.Equal(t, provider.MethodOAuth, got.Method)

	f := e.last().form
	assert.Equal(t, "refresh_token", f.Get("grant_type"))
	assert.Equal(t, refreshToken, f.Get("refresh_token"))
	assert.Equal(t, "app.apps.googleusercontent.com", f.Get("client_id"))
	assert.Equal(t, clientSecret, f.Get("client_secret"))
	assert.Empty(t, f.Get("scope"), "Google refreshes keep the grant's scopes")

	require.NoError(t, r.Test(context.Background(), gmailBox, creds()))
}

func TestRotation(t *testing.T) {
	e := newEndpoint(t, jsonReply(200, map[string]any{
		"access_token": "eyJ0eXAi.new-access", "refresh_token": "0.AXYA-rotated-refresh", "expires_in": 3600, "token_type": "Bearer",
	}))

	t.Run("Persist gets the new token before Refresh returns", func(t *testing.T) {
		r := refresher(e)
		var persisted []reconnect.Credentials
		var ids []string
		r.Persist = func(_ context.Context, id string, c reconnect.Credentials) error {
			persisted = append(persisted, c)
			ids = append(ids, id)
			return nil
		}
		got, err := r.Refresh(context.Background(), m365Box, creds())
		require.NoError(t, err)
		assert.Equal(t, "0.AXYA-rotated-refresh", got.RefreshToken.Reveal())
		assert.Equal(t, "eyJ0eXAi.new-access", got.AccessToken.Reveal())
		require.Len(t, persisted, 1)
		assert.Equal(t, []string{"mb_m"}, ids)
		assert.Equal(t, "0.AXYA-rotated-refresh", persisted[0].RefreshToken.Reveal())
		assert.Equal(t, "eyJ0eXAi.new-access", persisted[0].AccessToken.Reveal())
	})
	t.Run("a failed Persist fails Refresh", func(t *testing.T) {
		r := refresher(e)
		r.Persist = func(context.Context, string, reconnect.Credentials) error {
			return errors.New("vault: connection refused")
		}
		got, err := r.Refresh(context.Background(), m365Box, creds())
		require.Error(t, err)
		assert.Equal(t, reconnect.Credentials{}, got, "no token on a failed Persist")
		assert.Contains(t, err.Error(), "vault: connection refused")
		assert.False(t, classify.Error(err).NeedsReconnect)
		assertClean(t, err, "0.AXYA-rotated-refresh", "eyJ0eXAi.new-access")
	})
}

func TestMicrosoftTenant(t *testing.T) {
	e := newEndpoint(t, jsonReply(200, map[string]any{"access_token": "eyJ0eXAi.ms", "token_type": "Bearer", "expires_in": 3600}))
	base, err := url.Parse(e.URL)
	require.NoError(t, err)
	// Send login.microsoftonline.com to the test endpoint: the registry's URL
	// and its tenant path are what is under test.
	hc := e.Client()
	inner := hc.Transport
	hc.Transport = roundTripFunc(func(req *http.Request) (*http.Response, error) {
		require.Equal(t, "login.microsoftonline.com", req.URL.Host)
		req = req.Clone(req.Context())
		req.URL.Scheme, req.URL.Host = base.Scheme, base.Host
		return inner.RoundTrip(req)
	})

	cases := []struct {
		name   string
		m      reconnect.Mailbox
		tenant func(reconnect.Mailbox) string
		path   string
	}{
		{"tenant from the option", m365Box, func(reconnect.Mailbox) string { return "contoso.onmicrosoft.com" }, "/contoso.onmicrosoft.com/oauth2/v2.0/token"},
		{"default common", m365Box, nil, "/common/oauth2/v2.0/token"},
		{"personal accounts use consumers", reconnect.Mailbox{ID: "mb_o", Email: "ana@outlook.com", IMAPHost: "outlook.office365.com"}, nil, "/consumers/oauth2/v2.0/token"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := &oauthcheck.Refresher{ClientID: "00000000-app", ClientSecret: reconnect.NewSecret(clientSecret), Tenant: tc.tenant, HTTPClient: hc}
			_, err := r.Refresh(context.Background(), tc.m, creds())
			require.NoError(t, err)
			req := e.last()
			assert.Equal(t, tc.path, req.path)
			assert.Contains(t, req.form.Get("scope"), "https://outlook.office.com/IMAP.AccessAsUser.All")
			assert.Contains(t, req.form.Get("scope"), "offline_access")
			assert.Equal(t, refreshToken, req.form.Get("refresh_token"))
		})
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestSingleFlight(t *testing.T) {
	release := make(chan struct{})
	first := make(chan struct{}, 1)
	e := newEndpoint(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case first <- struct{}{}:
		default:
		}
		<-release
		jsonReply(200, map[string]any{"access_token": "ya29.shared", "refresh_token": "1//rotated-once", "token_type": "Bearer", "expires_in": 3599})(w, r)
	})
	r := refresher(e)
	var persists atomic.Int32
	r.Persist = func(context.Context, string, reconnect.Credentials) error {
		persists.Add(1)
		return nil
	}

	const n = 20
	joined := make(chan struct{}, n)
	oauthcheck.OnJoin(r, func() { joined <- struct{}{} })
	var wg sync.WaitGroup
	results := make([]reconnect.Credentials, n)
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = r.Refresh(context.Background(), gmailBox, creds())
		}()
	}
	<-first
	for range n { // every caller has joined the flight
		<-joined
	}
	close(release)
	wg.Wait()

	assert.Equal(t, int32(1), e.hits.Load(), "one request for one mailbox")
	assert.Equal(t, int32(1), persists.Load(), "one Persist for one rotation")
	for i := range n {
		require.NoError(t, errs[i])
		assert.Equal(t, "ya29.shared", results[i].AccessToken.Reveal())
		assert.Equal(t, "1//rotated-once", results[i].RefreshToken.Reveal())
	}

	// Another mailbox is not held up by this one, and a later call refreshes
	// again.
	oauthcheck.OnJoin(r, nil)
	_, err := r.Refresh(context.Background(), m365Box, creds())
	require.NoError(t, err)
	assert.Equal(t, int32(2), e.hits.Load())
}

// A caller that gives up returns at once; the refresh it started still
// completes and a rotated token still reaches Persist.
func TestCallerCancelDoesNotLoseRotation(t *testing.T) {
	release := make(chan struct{})
	e := newEndpoint(t, func(w http.ResponseWriter, r *http.Request) {
		<-release
		jsonReply(200, map[string]any{"access_token": "ya29.late", "refresh_token": "1//rotated-late", "token_type": "Bearer"})(w, r)
	})
	r := refresher(e)
	persisted := make(chan string, 1)
	r.Persist = func(_ context.Context, _ string, c reconnect.Credentials) error {
		persisted <- c.RefreshToken.Reveal()
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := r.Refresh(ctx, gmailBox, creds())
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Less(t, time.Since(start), 2*time.Second)
	assert.Equal(t, classify.ClassTransient, classify.Error(err).Class, "%v", err)
	close(release)
	select {
	case rt := <-persisted:
		assert.Equal(t, "1//rotated-late", rt)
	case <-time.After(5 * time.Second):
		t.Fatal("the rotated token never reached Persist")
	}
}

func TestAppsPerProvider(t *testing.T) {
	e := newEndpoint(t, jsonReply(200, map[string]any{"access_token": "tok", "token_type": "Bearer"}))
	r := refresher(e)
	r.ClientID, r.ClientSecret = "", reconnect.Secret{}
	r.Apps = func(p provider.ID) (oauthcheck.App, error) {
		if p == provider.Gmail {
			return oauthcheck.App{ClientID: "google-app", ClientSecret: reconnect.NewSecret(clientSecret)}, nil
		}
		return oauthcheck.App{ClientID: "microsoft-app", ClientSecret: reconnect.NewSecret("ms-secret")}, nil
	}
	_, err := r.Refresh(context.Background(), gmailBox, creds())
	require.NoError(t, err)
	assert.Equal(t, "google-app", e.last().form.Get("client_id"))
	_, err = r.Refresh(context.Background(), m365Box, creds())
	require.NoError(t, err)
	assert.Equal(t, "microsoft-app", e.last().form.Get("client_id"))
	assert.Equal(t, "ms-secret", e.last().form.Get("client_secret"))
}
