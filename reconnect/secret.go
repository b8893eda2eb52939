package reconnect

import (
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect/internal/wire"
)

// redacted is what a Secret prints as, in every format.
const redacted = wire.Redacted

// ErrRedactedSecret is returned when "[redacted]", the text a Secret marshals
// to, is unmarshalled as a secret: the real value was never written, so
// reading the placeholder back would silently replace a password with it.
// Store secrets through [Secret.Reveal] (or [Credentials.Reveal]) instead.
var ErrRedactedSecret = errors.New(`reconnect: "[redacted]" is a placeholder, not a secret: store secrets with Reveal`)

// Secret holds a password, app password or token. It prints, logs and marshals
// as "[redacted]" in every format (%v, %+v, %#v, %s, %q, JSON, text, slog), and
// its value sits behind a pointer, so even printing a struct that holds a Secret
// in an unexported field shows an address, never the value. The zero Secret is
// empty. A Secret is immutable and safe to share between goroutines.
//
// # Persisting secrets
//
// Only [Secret.Reveal] returns the value. A Vault persists a secret by storing
// what Reveal returns (or the plain-string [RevealedCredentials] that
// [Credentials.Reveal] gives, which marshals to JSON with the values), never
// by marshalling a Secret or Credentials, which writes "[redacted]".
// Unmarshalling "[redacted]" fails with [ErrRedactedSecret], so a Vault that
// got this wrong fails loudly instead of replacing every password.
type Secret struct{ v *string }

// NewSecret wraps s.
func NewSecret(s string) Secret { return Secret{v: &s} }

// Reveal returns the secret value, for the code that must send it to a server
// or persist it in a Vault.
func (s Secret) Reveal() string {
	if s.v == nil {
		return ""
	}
	return *s.v
}

// IsZero reports whether s is empty.
func (s Secret) IsZero() bool { return s.Reveal() == "" }

// String returns "[redacted]".
func (s Secret) String() string { return redacted }

// GoString returns "[redacted]".
func (s Secret) GoString() string { return redacted }

// Format writes "[redacted]" for every verb.
func (s Secret) Format(f fmt.State, _ rune) { fmt.Fprint(f, redacted) }

// LogValue makes slog print "[redacted]".
func (s Secret) LogValue() slog.Value { return slog.StringValue(redacted) }

// MarshalText returns "[redacted]", whatever the value: marshalling never
// persists a secret (see "Persisting secrets" above).
func (s Secret) MarshalText() ([]byte, error) { return []byte(redacted), nil }

// UnmarshalText sets the secret, so credentials can be read from a request
// body. The placeholder "[redacted]" is refused with [ErrRedactedSecret].
func (s *Secret) UnmarshalText(b []byte) error {
	if string(b) == redacted {
		return ErrRedactedSecret
	}
	*s = NewSecret(string(b))
	return nil
}

// Credentials are what a mailbox logs in with. Only the secret fields are
// secret; Username is an address and prints as it is. They marshal to JSON in
// snake_case with the secrets as "[redacted]"; see [Credentials.Reveal] for
// the form a Vault stores.
type Credentials struct {
	Method       provider.AuthMethod `json:"method"`        // password, app_password or oauth
	Username     string              `json:"username"`      // login name, usually the address
	Password     Secret              `json:"password"`      // password or app password (Method password or app_password)
	AccessToken  Secret              `json:"access_token"`  // OAuth access token (Method oauth)
	RefreshToken Secret              `json:"refresh_token"` // OAuth refresh token (Method oauth)
	// AccessTokenExpiry is when AccessToken expires (the token endpoint's
	// expires_in, RFC 6749 section 5.1); zero when unknown. A tester that
	// refreshes does not refresh a token still valid well past now.
	AccessTokenExpiry time.Time `json:"access_token_expiry,omitzero"`
}

// UsesOAuth reports whether c logs in with an access token rather than a
// password: its method is oauth, or it has no method, no password and an
// access token. Every tester decides by it.
func (c Credentials) UsesOAuth() bool {
	return c.Method == provider.MethodOAuth || (c.Method == "" && c.Password.IsZero() && !c.AccessToken.IsZero())
}

// RevealedCredentials are [Credentials] with the secrets as plain strings, the
// form a Vault persists: its JSON holds the real values. Handle it as the
// secret it is, and turn it back with [RevealedCredentials.Credentials].
type RevealedCredentials struct {
	Method       provider.AuthMethod `json:"method"`
	Username     string              `json:"username"`
	Password     string              `json:"password,omitempty"`
	AccessToken  string              `json:"access_token,omitempty"`
	RefreshToken string              `json:"refresh_token,omitempty"`
	// AccessTokenExpiry is not secret; it is kept with the tokens.
	AccessTokenExpiry time.Time `json:"access_token_expiry,omitzero"`
}

// Reveal returns c with its secrets in plain text, for a Vault to persist.
func (c Credentials) Reveal() RevealedCredentials {
	return RevealedCredentials{
		Method: c.Method, Username: c.Username, Password: c.Password.Reveal(),
		AccessToken: c.AccessToken.Reveal(), RefreshToken: c.RefreshToken.Reveal(),
		AccessTokenExpiry: c.AccessTokenExpiry,
	}
}

// Credentials returns r as Credentials; empty strings give zero Secrets.
func (r RevealedCredentials) Credentials() Credentials {
	c := Credentials{Method: r.Method, Username: r.Username, AccessTokenExpiry: r.AccessTokenExpiry}
	for _, f := range []struct {
		v  string
		to *Secret
	}{{r.Password, &c.Password}, {r.AccessToken, &c.AccessToken}, {r.RefreshToken, &c.RefreshToken}} {
		if f.v != "" {
			*f.to = NewSecret(f.v)
		}
	}
	return c
}

// scrubber returns a scrubber for the secrets of c and of every other
// credentials given (a token rotated during a renewing test), in all their
// forms: plain, quoted, escaped, base64 and inside SASL payloads.
func (c Credentials) scrubber(more ...Credentials) *wire.Scrubber {
	var s wire.Scrubber
	for _, c := range append([]Credentials{c}, more...) {
		s.AddCredentials(c.Username, c.Password.Reveal(), c.AccessToken.Reveal(), c.RefreshToken.Reveal())
	}
	return &s
}

// scrub replaces every secret value of c found in s with "[redacted]", so that
// text a server or tester echoed back cannot carry a secret into records, events
// or errors.
func (c Credentials) scrub(s string) string {
	if c.Password.IsZero() && c.AccessToken.IsZero() && c.RefreshToken.IsZero() {
		return s // no secret to look for (a username alone is not one)
	}
	return c.scrubber().Scrub(s)
}
