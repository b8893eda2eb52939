package regrant

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/mailreconnect/sdk/provider"
)

// State errors, returned wrapped in an *Error with OutcomeInvalidState; check
// with errors.Is.
var (
	ErrStateForged   = errors.New("regrant: state signature does not verify")
	ErrStateExpired  = errors.New("regrant: state expired")
	ErrStateReplayed = errors.New("regrant: state already used")
	ErrStateBrowser  = errors.New("regrant: state was started in another browser")
	ErrStateMissing  = errors.New("regrant: callback carries no state")
)

// maxState bounds the state parameter accepted back.
const maxState = 1024

// claims is what the signed state carries. It holds identifiers, never a
// secret: the state travels in URLs.
type claims struct {
	ID        string      `json:"i"` // random, names the flow (single use)
	Mailbox   string      `json:"m"`
	Workspace string      `json:"w,omitempty"`
	Provider  provider.ID `json:"p"`
	Tenant    string      `json:"t,omitempty"`
	Expires   int64       `json:"e"` // unix seconds
	Browser   string      `json:"b"` // keyed hash of the browser-binding value
}

// mac returns HMAC-SHA256 of the parts under key, each part length-prefixed
// by a NUL separator so no two part lists collide.
func mac(key []byte, label string, parts ...string) []byte {
	h := hmac.New(sha256.New, key)
	io.WriteString(h, label)
	for _, p := range parts {
		h.Write([]byte{0})
		io.WriteString(h, p)
	}
	return h.Sum(nil)
}

var b64 = base64.RawURLEncoding

// browserTag is the state's binding to the browser: a keyed hash, so the
// state (seen in URLs and logs) does not reveal the cookie's value.
func browserTag(key []byte, browser string) string {
	return b64.EncodeToString(mac(key, "regrant browser", browser)[:16])
}

// verifier is the flow's PKCE code verifier (RFC 7636 section 4.1): 256 bits
// derived from the key, the flow's random ID and the browser-binding value.
// It is never stored nor sent to the browser; only a server holding the key,
// given the callback of the browser that started the flow, can redeem the
// authorization code.
func verifier(key []byte, c claims, browser string) string {
	return b64.EncodeToString(mac(key, "regrant pkce", c.ID, browser))
}

// nonce is the flow's OpenID Connect nonce (Core 1.0 section 3.1.2.1).
func nonce(key []byte, c claims) string {
	return b64.EncodeToString(mac(key, "regrant nonce", c.ID)[:24])
}

// seal returns the signed state: base64url(JSON) "." base64url(HMAC).
func seal(key []byte, c claims) string {
	body, _ := json.Marshal(c) // plain strings and ints cannot fail
	p := b64.EncodeToString(body)
	return p + "." + b64.EncodeToString(mac(key, "regrant state", p))
}

// open checks a state's signature, expiry and browser binding, in that
// order, and returns its claims. It does not consume it.
func open(key []byte, state, browser string, now time.Time) (claims, error) {
	if state == "" {
		return claims{}, ErrStateMissing
	}
	p, sig, ok := strings.Cut(state, ".")
	got, err := b64.DecodeString(sig)
	if !ok || len(state) > maxState || err != nil || !hmac.Equal(got, mac(key, "regrant state", p)) {
		return claims{}, ErrStateForged
	}
	body, err := b64.DecodeString(p)
	var c claims
	if err != nil || json.Unmarshal(body, &c) != nil || c.ID == "" || c.Mailbox == "" {
		return claims{}, ErrStateForged // signed by us, so never: but do not trust it
	}
	if !now.Before(time.Unix(c.Expires, 0)) {
		return c, ErrStateExpired
	}
	if browser == "" || subtle.ConstantTimeCompare([]byte(browserTag(key, browser)), []byte(c.Browser)) != 1 {
		return c, ErrStateBrowser
	}
	return c, nil
}

// Replay remembers which states were used, so each is accepted once.
// Implementations must be safe for concurrent use. With several instances of
// the application, all must share one Replay (a database table with a unique
// key, or a Redis SET NX with an expiry): an instance-local one would let a
// state be redeemed once per instance.
type Replay interface {
	// Claim records id as used until expires (after which the state is
	// refused as expired anyway, so the entry may be dropped). It reports
	// false when id was claimed before.
	Claim(ctx context.Context, id string, expires time.Time) (first bool, err error)
}

// MemoryReplay is an in-process Replay. The zero MemoryReplay is ready to use.
// It is safe for concurrent use by multiple goroutines, and right only for a
// single instance of the application.
type MemoryReplay struct {
	// Now is the clock used to drop expired entries. If nil, time.Now.
	Now func() time.Time

	mu    sync.Mutex
	used  map[string]time.Time
	prune int // size at which expired entries are dropped next
}

var _ Replay = (*MemoryReplay)(nil)

// Claim implements Replay. Expired entries are dropped whenever the set has
// doubled since the last sweep, so memory stays proportional to the states
// started within one StateTTL.
func (r *MemoryReplay) Claim(_ context.Context, id string, expires time.Time) (bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.used == nil {
		r.used = map[string]time.Time{}
	}
	if _, seen := r.used[id]; seen {
		return false, nil
	}
	if len(r.used) >= r.prune {
		now := time.Now
		if r.Now != nil {
			now = r.Now
		}
		t := now()
		for k, exp := range r.used {
			if !t.Before(exp) {
				delete(r.used, k)
			}
		}
		r.prune = max(64, 2*len(r.used))
	}
	r.used[id] = expires
	return true, nil
}
