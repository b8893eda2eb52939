package oauthcheck

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"sync"
	"time"

	"golang.org/x/oauth2"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/internal/wire"
)

// DefaultTimeout bounds one refresh when [Refresher.Timeout] is 0.
const DefaultTimeout = 30 * time.Second

// App is the integrating product's OAuth client registration at one provider.
type App struct {
	ClientID     string
	ClientSecret reconnect.Secret // empty for public clients
}

// Refresher refreshes mailboxes' OAuth access tokens with their refresh tokens
// (RFC 6749 section 6) through golang.org/x/oauth2, and tests grants that way:
// it implements [reconnect.Tester]. Only ClientID (or Apps) is required.
//
// A Refresher is safe for concurrent use by multiple goroutines; its fields
// must not change once it is in use, and it must not be copied after first
// use.
type Refresher struct {
	// ClientID and ClientSecret are the OAuth client used for every
	// provider, unless Apps is set.
	ClientID     string
	ClientSecret reconnect.Secret
	// Apps, if set, returns the OAuth client for a provider (a product
	// usually registers one app with Google and another with Microsoft). It
	// replaces ClientID and ClientSecret.
	Apps func(p provider.ID) (App, error)
	// TokenURL, if set, returns the token endpoint for a mailbox. If nil, the
	// provider registry's endpoint is used (Google
	// https://oauth2.googleapis.com/token, Microsoft
	// https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token, Yahoo,
	// AOL, Yandex, Mail.ru), the provider being named from the mailbox's
	// hosts and address.
	TokenURL func(m reconnect.Mailbox) (string, error)
	// Tenant, if set, returns the Microsoft Entra tenant (an ID or domain)
	// for a Microsoft 365 mailbox. If nil or "", DefaultTenant ("common").
	// Outlook.com and Hotmail mailboxes use "consumers", as the registry says.
	Tenant func(m reconnect.Mailbox) string
	// Scopes, if set, returns the scopes sent with a refresh. If nil, Microsoft
	// refreshes send the registry's IMAP and SMTP scopes and others send none
	// (the grant keeps the scopes it was given).
	Scopes func(m reconnect.Mailbox) []string
	// Persist, if set, stores credentials whose refresh token the provider
	// rotated. It is called once, as soon as the new token arrives and before
	// Refresh returns; if it fails, Refresh fails and returns no token. If
	// nil, the caller must store the credentials Refresh returns.
	Persist func(ctx context.Context, mailboxID string, c reconnect.Credentials) error
	// HTTPClient sends the token requests. If nil, http.DefaultClient.
	HTTPClient *http.Client
	// Timeout bounds one refresh, Persist included. If 0, DefaultTimeout.
	Timeout time.Duration

	mu      sync.Mutex
	flights map[string]*flight // refreshes in progress, by flightKey
	fpKey   []byte             // HMAC key of refresh-token fingerprints, random, made on first use
	joined  func()             // tests only: called when a caller has its flight
}

var _ reconnect.Tester = (*Refresher)(nil)

// flight is one refresh in progress, shared by every caller for its mailbox.
type flight struct {
	done chan struct{} // closed when c and err are set
	c    reconnect.Credentials
	err  error
}

// Refresh exchanges c's refresh token for a new access token and returns c
// with it and its expiry (AccessTokenExpiry, zero when the endpoint gave no
// expires_in), and with the new refresh token when the provider rotated it
// (after Persist stored it). Method is set to oauth when empty. Refresh always
// asks the token endpoint; [Tester] refreshes only when the token is due.
//
// Only one refresh per mailbox ID and refresh token runs at a time:
// concurrent callers for the same m.ID with the same refresh token wait for
// it and share its result (a mailbox with an empty ID is never shared). A
// caller with another refresh token (an owner who signed in again while the
// old grant was being refreshed) gets a refresh of its own. Flights are told
// apart by an HMAC-SHA256 fingerprint of the token under a random key of the
// Refresher; the token itself is never kept. The refresh itself is detached from the cancellation of the
// caller who started it and bounded by [Refresher.Timeout] instead: once a
// request is sent the provider may rotate the refresh token, and the new one
// must reach Persist even when that caller gave up. A caller whose ctx ends
// returns at once with ctx's error.
//
// A token endpoint's error is returned as *oauth2.RetrieveError, wrapped, so
// classify.Error reads it: invalid_grant and Entra AADSTS700082 or 50173 are
// revoked, invalid_client and AADSTS7000222 (the app's secret expired) are
// platform, 5xx and HTML pages transient, 429 rate_limited. Error text never
// holds a token or the client secret.
func (r *Refresher) Refresh(ctx context.Context, m reconnect.Mailbox, c reconnect.Credentials) (reconnect.Credentials, error) {
	if c.RefreshToken.IsZero() {
		return reconnect.Credentials{}, ErrNoRefreshToken
	}
	if err := ctx.Err(); err != nil {
		return reconnect.Credentials{}, wrap("refresh not started", err, nil)
	}
	if m.ID == "" {
		return r.wait(ctx, r.start(ctx, "", m, c))
	}
	r.mu.Lock()
	key, err := r.flightKey(m.ID, c.RefreshToken.Reveal())
	if err != nil {
		r.mu.Unlock()
		return reconnect.Credentials{}, wrap("refresh not started", err, nil)
	}
	f := r.flights[key]
	if f == nil {
		if r.flights == nil {
			r.flights = make(map[string]*flight)
		}
		f = r.start(ctx, key, m, c)
		r.flights[key] = f
	}
	if r.joined != nil {
		r.joined()
	}
	r.mu.Unlock()
	return r.wait(ctx, f)
}

// flightKey names the flight of mailbox id refreshing token: the ID and an
// HMAC-SHA256 of the token under the Refresher's random key, so that equal
// tokens meet, different ones do not, and the map never holds a token (nor a
// plain hash of one, which could be checked against a guessed token). r.mu
// must be held.
func (r *Refresher) flightKey(id, token string) (string, error) {
	if r.fpKey == nil {
		k := make([]byte, sha256.Size)
		if _, err := rand.Read(k); err != nil {
			return "", err
		}
		r.fpKey = k
	}
	h := hmac.New(sha256.New, r.fpKey)
	h.Write([]byte(token))
	return id + "\x00" + hex.EncodeToString(h.Sum(nil)), nil
}

// TestRenew refreshes like Refresh and returns the renewed credentials, so a
// reconnect.Machine stores the rotated refresh token (reconnect.RenewingTester).
func (r *Refresher) TestRenew(ctx context.Context, m reconnect.Mailbox, c reconnect.Credentials) (reconnect.Credentials, error) {
	return r.Refresh(ctx, m, c)
}

var _ reconnect.RenewingTester = (*Refresher)(nil)

// Test refreshes c's grant, which proves it is still valid, and discards the
// new access token. A rotated refresh token still goes to Persist, so a test
// never loses it; a reconnect.Machine calls TestRenew instead, which returns
// it.
func (r *Refresher) Test(ctx context.Context, m reconnect.Mailbox, c reconnect.Credentials) error {
	_, err := r.Refresh(ctx, m, c)
	return err
}

// start runs one refresh in its own goroutine. When key is not empty, the
// flight leaves r.flights before its result is published, so a later caller
// starts a fresh refresh.
func (r *Refresher) start(ctx context.Context, key string, m reconnect.Mailbox, c reconnect.Credentials) *flight {
	f := &flight{done: make(chan struct{})}
	timeout := r.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), timeout)
	go func() {
		defer cancel()
		f.c, f.err = r.refresh(fctx, m, c)
		if key != "" {
			r.mu.Lock()
			delete(r.flights, key)
			r.mu.Unlock()
		}
		close(f.done)
	}()
	return f
}

// wait returns f's result, or ctx's error if ctx ends first.
func (r *Refresher) wait(ctx context.Context, f *flight) (reconnect.Credentials, error) {
	select {
	case <-f.done:
		return f.c, f.err
	case <-ctx.Done():
		return reconnect.Credentials{}, wrap("waiting for the refresh", ctx.Err(), nil)
	}
}

// refresh performs one refresh: the token request, then Persist on rotation.
func (r *Refresher) refresh(ctx context.Context, m reconnect.Mailbox, c reconnect.Credentials) (reconnect.Credentials, error) {
	sec := &wire.Scrubber{}
	sec.AddCredentials(c.Username, c.Password.Reveal(), c.AccessToken.Reveal(), c.RefreshToken.Reveal())

	p := providerOf(m) // names the app, the endpoint and the scopes
	app, err := r.app(p)
	if err != nil {
		return reconnect.Credentials{}, wrap("client", err, sec)
	}
	sec.AddLogin(c.Username, app.ClientSecret.Reveal())
	tokenURL, err := r.tokenURL(m, p)
	if err != nil {
		return reconnect.Credentials{}, wrap("token endpoint", err, sec)
	}

	cfg := &oauth2.Config{
		ClientID:     app.ClientID,
		ClientSecret: app.ClientSecret.Reveal(),
		// In the form, not a Basic header: Google and Microsoft both take
		// it, and no second request is made to probe the style.
		Endpoint: oauth2.Endpoint{TokenURL: tokenURL, AuthStyle: oauth2.AuthStyleInParams},
	}
	hctx := context.WithValue(ctx, oauth2.HTTPClient, r.httpClient(r.scopes(m, p)))
	old := c.RefreshToken.Reveal()
	tok, err := cfg.TokenSource(hctx, &oauth2.Token{RefreshToken: old}).Token()
	if err != nil {
		return reconnect.Credentials{}, wrap("refreshing the access token", err, sec)
	}
	sec.AddCredentials(c.Username, tok.AccessToken, tok.RefreshToken)

	out := c
	if out.Method == "" {
		out.Method = provider.MethodOAuth
	}
	out.AccessToken = reconnect.NewSecret(tok.AccessToken)
	out.AccessTokenExpiry = tok.Expiry // zero when the endpoint gave no expires_in
	if tok.RefreshToken != "" && tok.RefreshToken != old {
		out.RefreshToken = reconnect.NewSecret(tok.RefreshToken)
		if r.Persist != nil {
			if err := r.Persist(ctx, m.ID, out); err != nil {
				return reconnect.Credentials{}, wrap("storing the rotated refresh token", err, sec)
			}
		}
	}
	return out, nil
}
