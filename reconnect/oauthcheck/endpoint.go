package oauthcheck

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// DefaultTenant is the Microsoft tenant used when [Refresher.Tenant] is nil
// or returns "": "common" accepts work, school and personal accounts.
const DefaultTenant = "common"

// providerOf names the provider of a mailbox from its SMTP host, IMAP host and
// address, without DNS lookups (see provider.Detect). A custom domain hosted by
// Google or Microsoft is recognised only by its hosts.
func providerOf(m reconnect.Mailbox) provider.ID {
	d, _ := provider.Detect(context.Background(), provider.Mailbox{
		SMTPHost: hostOnly(m.SMTPHost),
		IMAPHost: hostOnly(m.IMAPHost),
		Email:    m.Email,
	}, nil)
	return d.ID
}

// hostOnly drops a ":port" suffix.
func hostOnly(h string) string {
	if host, _, err := net.SplitHostPort(h); err == nil {
		return host
	}
	return h
}

// isMicrosoft reports whether p signs in with the Microsoft identity platform.
func isMicrosoft(p provider.ID) bool {
	return p == provider.Microsoft365 || p == provider.OutlookPersonal
}

// tokenURL returns the token endpoint for m: the override, or the registry's
// endpoint with "{tenant}" filled in.
func (r *Refresher) tokenURL(m reconnect.Mailbox, p provider.ID) (string, error) {
	if r.TokenURL != nil {
		return r.TokenURL(m)
	}
	info, ok := provider.Lookup(p)
	if !ok || info.OAuth == nil || info.OAuth.TokenURL == "" {
		return "", fmt.Errorf("%w (provider %s)", ErrNoTokenURL, p)
	}
	u := info.OAuth.TokenURL
	if strings.Contains(u, "{tenant}") {
		tenant := ""
		if r.Tenant != nil {
			tenant = r.Tenant(m)
		}
		if tenant == "" {
			tenant = DefaultTenant
		}
		u = strings.ReplaceAll(u, "{tenant}", url.PathEscape(tenant))
	}
	return u, nil
}

// app returns the OAuth client to use for provider p.
func (r *Refresher) app(p provider.ID) (App, error) {
	a := App{ClientID: r.ClientID, ClientSecret: r.ClientSecret}
	if r.Apps != nil {
		var err error
		if a, err = r.Apps(p); err != nil {
			return App{}, err
		}
	}
	if a.ClientID == "" {
		return App{}, fmt.Errorf("%w (provider %s)", ErrNoClient, p)
	}
	return a, nil
}

// scopes returns the scopes to send with the refresh.
func (r *Refresher) scopes(m reconnect.Mailbox, p provider.ID) []string {
	if r.Scopes != nil {
		return r.Scopes(m)
	}
	if info, ok := provider.Lookup(p); ok && isMicrosoft(p) && info.OAuth != nil {
		return info.OAuth.Scopes
	}
	return nil
}

// scopeTransport adds a scope parameter to the token request's form when it
// has none. x/oauth2 sends none when refreshing; Microsoft's endpoint documents
// scope as required, and without it may issue a token for another resource
// than outlook.office.com, which IMAP and SMTP reject.
type scopeTransport struct {
	base  http.RoundTripper
	scope string
}

func (t *scopeTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Method != http.MethodPost || req.Body == nil || req.Body == http.NoBody {
		return t.base.RoundTrip(req)
	}
	b, err := io.ReadAll(req.Body)
	req.Body.Close()
	if err != nil {
		return nil, err
	}
	form, err := url.ParseQuery(string(b))
	if err != nil {
		return nil, fmt.Errorf("oauthcheck: token request form: %w", err)
	}
	if form.Get("scope") == "" {
		form.Set("scope", t.scope)
	}
	body := form.Encode()
	out := req.Clone(req.Context())
	out.Body = io.NopCloser(strings.NewReader(body))
	out.ContentLength = int64(len(body))
	out.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(body)), nil }
	return t.base.RoundTrip(out)
}

// httpClient returns the client for one refresh, adding scopes if any.
func (r *Refresher) httpClient(scopes []string) *http.Client {
	hc := r.HTTPClient
	if hc == nil {
		hc = http.DefaultClient
	}
	if len(scopes) == 0 {
		return hc
	}
	c := *hc
	base := c.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	c.Transport = &scopeTransport{base: base, scope: strings.Join(scopes, " ")}
	return &c
}
