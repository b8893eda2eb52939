package regrant

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"

	"golang.org/x/oauth2"

	"github.com/mailreconnect/sdk/reconnect"
)

// Start is a sign-in in progress: where to send the browser, and what the
// host must keep until the callback.
type Start struct {
	// URL is the provider's authorization URL: redirect the browser there.
	URL string
	// Browser is the browser-binding value. Keep it in an HttpOnly, Secure,
	// SameSite=Lax cookie (StartHTTP does) or in the browser's server-side
	// session, and hand it back to Callback. It equals the value given to
	// Start when that was not empty. It is a random value, not a secret of
	// the mailbox, but treat it like a session identifier.
	Browser string
	// Expires is when the sign-in stops being accepted.
	Expires time.Time
}

// Start begins the re-grant of rec. browser is the browser-binding value the
// host already keeps for this browser, or "" to make a new one. The
// authorization URL asks for an authorization code with PKCE (S256), a state
// that is signed, expires after StateTTL, is accepted once and is bound to
// rec.ID, rec.Workspace and browser; login_hint is rec.Email, and a nonce
// binds the ID token to this sign-in. Nothing is stored.
func (f *Flow) Start(ctx context.Context, rec reconnect.Record, browser string) (Start, error) {
	if err := ctx.Err(); err != nil {
		return Start{}, err
	}
	if rec.ID == "" || rec.Email == "" {
		return Start{}, ErrNotAMailbox
	}
	tenant := ""
	if f.o.Tenant != nil {
		tenant = f.o.Tenant(rec)
	}
	e, err := f.endpointFor(rec, tenant)
	if err != nil {
		return Start{}, err
	}
	p := providerOf(rec)
	app, err := f.app(p)
	if err != nil {
		return Start{}, fmt.Errorf("regrant: provider %s: %w", p, err)
	}
	if browser == "" {
		if browser, err = f.random(32); err != nil {
			return Start{}, err
		}
	}
	id, err := f.random(16)
	if err != nil {
		return Start{}, err
	}
	exp := f.o.Now().Add(f.o.StateTTL).Truncate(time.Second)
	c := claims{ID: id, Mailbox: rec.ID, Workspace: rec.Workspace, Provider: p, Tenant: tenant,
		Expires: exp.Unix(), Browser: browserTag(f.o.Key, browser)}
	cfg := f.config(app, e)
	opts := []oauth2.AuthCodeOption{
		oauth2.S256ChallengeOption(verifier(f.o.Key, c, browser)),
		oauth2.SetAuthURLParam("login_hint", rec.Email),
		oauth2.SetAuthURLParam("nonce", nonce(f.o.Key, c)),
	}
	for k, vs := range e.Params {
		for _, v := range vs {
			opts = append(opts, oauth2.SetAuthURLParam(k, v))
		}
	}
	return Start{URL: cfg.AuthCodeURL(seal(f.o.Key, c), opts...), Browser: browser, Expires: exp}, nil
}

// config is the x/oauth2 configuration for one provider's app. The client
// secret goes in the token request's form (Google and Microsoft take it
// there), so no second request probes the style.
func (f *Flow) config(app App, e Endpoint) *oauth2.Config {
	return &oauth2.Config{
		ClientID:     app.ClientID,
		ClientSecret: app.ClientSecret.Reveal(),
		Endpoint:     oauth2.Endpoint{AuthURL: e.AuthURL, TokenURL: e.TokenURL, AuthStyle: oauth2.AuthStyleInParams},
		RedirectURL:  f.o.RedirectURL,
		Scopes:       e.Scopes,
	}
}

// random returns n random bytes from Options.Rand, base64url-encoded.
func (f *Flow) random(n int) (string, error) {
	b := make([]byte, n)
	if _, err := io.ReadFull(f.o.Rand, b); err != nil {
		return "", fmt.Errorf("regrant: reading random bytes: %w", err)
	}
	return b64.EncodeToString(b), nil
}

// AuthParams returns the query parameters of an authorization URL, one
// "name=value" a line in name order, for display (the -url mode of the
// example). It returns the URL itself when it cannot be parsed.
func AuthParams(authURL string) string {
	u, err := url.Parse(authURL)
	if err != nil {
		return authURL
	}
	q := u.Query()
	u.RawQuery = ""
	lines := []string{"endpoint=" + u.String()}
	for _, k := range sortedKeys(q) {
		for _, v := range q[k] {
			lines = append(lines, k+"="+v)
		}
	}
	return strings.Join(lines, "\n")
}

func sortedKeys(q url.Values) []string {
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
