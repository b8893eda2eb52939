package reconnect

import (
	"fmt"
	"log/slog"
	"strings"
)

// redacted is what a Secret prints as, in every format.
const redacted = "[redacted]"

// Secret holds a password, app password or token. It prints, logs and marshals
// as "[redacted]" in every format (%v, %+v, %#v, %s, %q, JSON, text, slog), and
// its value sits behind a pointer, so even printing a struct that holds a Secret
// in an unexported field shows an address, never the value. Only [Secret.Reveal]
// returns it. The zero Secret is empty.
type Secret struct{ v *string }

// NewSecret wraps s.
func NewSecret(s string) Secret { return Secret{v: &s} }

// Reveal returns the secret value, for the code that must send it to a server.
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

// MarshalText returns "[redacted]".
func (s Secret) MarshalText() ([]byte, error) { return []byte(redacted), nil }

// UnmarshalText sets the secret, so credentials can be read from a request body.
func (s *Secret) UnmarshalText(b []byte) error {
	*s = NewSecret(string(b))
	return nil
}

// Credentials are what a mailbox logs in with. Only the secret fields are
// secret; Username is an address and prints as it is.
type Credentials struct {
	Method       AuthMethod // password, app_password or oauth
	Username     string     // login name, usually the address
	Password     Secret     // password or app password (Method password or app_password)
	AccessToken  Secret     // OAuth access token (Method oauth)
	RefreshToken Secret     // OAuth refresh token (Method oauth)
}

// scrub replaces every secret value of c found in s with "[redacted]", so that
// text a server or tester echoed back cannot carry a secret into records, events
// or errors.
func (c Credentials) scrub(s string) string {
	for _, sec := range [...]Secret{c.Password, c.AccessToken, c.RefreshToken} {
		if v := sec.Reveal(); len(v) >= 4 && strings.Contains(s, v) {
			s = strings.ReplaceAll(s, v, redacted)
		}
	}
	return s
}
