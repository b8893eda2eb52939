package regrant

import (
	"context"
	"crypto/rand"
	"errors"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// Defaults, documented on the fields of Options.
const (
	DefaultStateTTL   = 10 * time.Minute
	DefaultCookieName = "regrant_browser"
	DefaultTimeout    = 30 * time.Second
	// MinKeyLen is the shortest accepted Options.Key: 32 bytes, the output
	// size of SHA-256 (RFC 2104 section 3 advises keys no shorter than it).
	MinKeyLen = 32
)

// App is the integrating product's OAuth client registration at one provider.
type App struct {
	ClientID     string
	ClientSecret reconnect.Secret // empty for public clients
}

// Records reads mailbox records. A reconnect.Store implements it.
type Records interface {
	Get(ctx context.Context, id string) (reconnect.Record, error)
}

// Tokens reads the refresh token a mailbox holds now, from wherever the host
// keeps credentials (usually the reconnect.Vault). Google and Microsoft may
// answer a repeat consent without a new refresh token; the flow then hands
// the stored one to the Machine with the new access token, instead of
// wiping it. It returns a zero Secret (and no error) when none is stored.
// Implementations must be safe for concurrent use.
type Tokens interface {
	RefreshToken(ctx context.Context, mailboxID string) (reconnect.Secret, error)
}

// TokensFunc adapts a function to Tokens.
type TokensFunc func(ctx context.Context, mailboxID string) (reconnect.Secret, error)

// RefreshToken calls f.
func (f TokensFunc) RefreshToken(ctx context.Context, mailboxID string) (reconnect.Secret, error) {
	return f(ctx, mailboxID)
}

var _ Tokens = TokensFunc(nil)

// Options configures a Flow. Key, RedirectURL and Apps are required.
type Options struct {
	// Key signs the state parameter (HMAC-SHA256) and derives each flow's
	// PKCE verifier. At least MinKeyLen random bytes, kept secret, the same
	// on every instance that may receive a callback.
	Key []byte
	// RedirectURL is the callback URL registered with every provider's app.
	RedirectURL string
	// Apps returns the OAuth client for a provider (a product usually
	// registers one app with Google and another with Microsoft).
	Apps func(p provider.ID) (App, error)
	// Tenant, if set, returns the Microsoft Entra tenant (ID or verified
	// domain) of a Microsoft 365 mailbox, when the host knows it. If nil or
	// "", the "organizations" endpoint is used. Outlook.com mailboxes always
	// use "consumers".
	Tenant func(rec reconnect.Record) string
	// Endpoint, if set, replaces DefaultEndpoint: it returns where and how a
	// mailbox signs in. Tests use it to point the flow at a local provider.
	Endpoint func(rec reconnect.Record, tenant string) (Endpoint, error)
	// Replay remembers used states. If nil, a MemoryReplay of this Flow:
	// right for one instance only. Several instances behind a load balancer
	// need one shared Replay, or a state could be redeemed once per instance.
	Replay Replay
	// Tokens reads a mailbox's stored refresh token for a repeat consent that
	// returns none. If nil, such a consent fails with OutcomePlatform and
	// nothing is stored.
	Tokens Tokens
	// StateTTL is how long a started sign-in may take. If 0, DefaultStateTTL.
	StateTTL time.Duration
	// CookieName names the browser-binding cookie of StartHTTP and
	// CallbackHTTP. If "", DefaultCookieName.
	CookieName string
	// InsecureCookie drops the cookie's Secure attribute, for plain-HTTP
	// development servers on loopback only.
	InsecureCookie bool
	// HTTPClient sends token requests and fetches the provider's keys. If
	// nil, http.DefaultClient.
	HTTPClient *http.Client
	// Timeout bounds the code exchange and the key fetch. If 0, DefaultTimeout.
	Timeout time.Duration
	// Now is the clock. If nil, time.Now.
	Now func() time.Time
	// Rand is the source of random bytes. If nil, crypto/rand.Reader.
	Rand io.Reader
}

// Flow runs the OAuth re-grant of mailboxes: [Flow.Start] builds the
// authorization URL, [Flow.Callback] checks the provider's answer and
// [Flow.Complete] hands the verified grant to the Machine.
//
// A Flow is safe for concurrent use by multiple goroutines.
type Flow struct {
	machine *reconnect.Machine
	records Records
	o       Options

	mu   sync.Mutex
	keys map[string]oidc.KeySet // remote key sets by URL; go-oidc caches keys in each
}

// Configuration errors of New.
var (
	ErrShortKey    = errors.New("regrant: Options.Key is shorter than MinKeyLen")
	ErrNoRedirect  = errors.New("regrant: Options.RedirectURL is empty")
	ErrNoApps      = errors.New("regrant: Options.Apps is nil")
	ErrNoMachine   = errors.New("regrant: nil Machine or Records")
	ErrNoClient    = errors.New("regrant: no OAuth client ID is configured for this provider")
	ErrNoOAuth     = errors.New("regrant: the mailbox's provider offers no OAuth sign-in for mail")
	ErrNoOpenID    = errors.New("regrant: no OpenID Connect issuer is known for this provider")
	ErrNotAMailbox = errors.New("regrant: the record has no ID or no address")
)

// New returns a Flow that saves grants through machine and reads records from
// records (a reconnect.Store). opts is required: see Options.
func New(machine *reconnect.Machine, records Records, opts *Options) (*Flow, error) {
	if machine == nil || records == nil {
		return nil, ErrNoMachine
	}
	var o Options
	if opts != nil {
		o = *opts
	}
	switch {
	case len(o.Key) < MinKeyLen:
		return nil, ErrShortKey
	case o.RedirectURL == "":
		return nil, ErrNoRedirect
	case o.Apps == nil:
		return nil, ErrNoApps
	}
	o.Key = append([]byte(nil), o.Key...)
	if o.Replay == nil {
		o.Replay = &MemoryReplay{Now: o.Now}
	}
	if o.StateTTL <= 0 {
		o.StateTTL = DefaultStateTTL
	}
	if o.CookieName == "" {
		o.CookieName = DefaultCookieName
	}
	if o.HTTPClient == nil {
		o.HTTPClient = http.DefaultClient
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Rand == nil {
		o.Rand = rand.Reader
	}
	return &Flow{machine: machine, records: records, o: o, keys: map[string]oidc.KeySet{}}, nil
}

// app returns the OAuth client for provider p.
func (f *Flow) app(p provider.ID) (App, error) {
	a, err := f.o.Apps(p)
	if err != nil {
		return App{}, err
	}
	if a.ClientID == "" {
		return App{}, ErrNoClient
	}
	return a, nil
}

// keySet returns the cached remote key set at url.
func (f *Flow) keySet(url string) oidc.KeySet {
	f.mu.Lock()
	defer f.mu.Unlock()
	ks, ok := f.keys[url]
	if !ok {
		// go-oidc fetches keys with the context given here, for the key
		// set's whole life: detach it from any request.
		ks = oidc.NewRemoteKeySet(oidc.ClientContext(context.Background(), f.o.HTTPClient), url)
		f.keys[url] = ks
	}
	return ks
}
