package regrant

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// Query is the provider's redirect back to the application, parsed
// (RFC 6749 sections 4.1.2 and 4.1.2.1).
type Query struct {
	Code             string // the authorization code (secret: never logged)
	State            string
	Error            string // error code, "" on success
	ErrorDescription string
	Scope            string // granted scopes, when the provider reports them here (Google)
}

// Limits on what a callback may carry. Microsoft's codes run to about 1.5 KB;
// the state this package makes is under 400 bytes.
const (
	maxCode        = 8 << 10
	maxDescription = 2 << 10
	maxToken       = 256
)

// ErrBadQuery means the callback's query is malformed: a parameter repeated,
// too long, or holding control characters, or neither a code nor an error.
var ErrBadQuery = errors.New("regrant: malformed callback query")

// ParseQuery reads a callback's query. It refuses repeated parameters (a
// second code or state smuggled in), oversized values and control
// characters, and a query with neither code nor error. Its errors never
// quote the code.
func ParseQuery(q url.Values) (Query, error) {
	one := func(name string, limit int) (string, error) {
		vs := q[name]
		switch {
		case len(vs) == 0:
			return "", nil
		case len(vs) > 1:
			return "", fmt.Errorf("%w: %s repeated", ErrBadQuery, name)
		case len(vs[0]) > limit:
			return "", fmt.Errorf("%w: %s too long", ErrBadQuery, name)
		case strings.ContainsFunc(vs[0], func(r rune) bool { return r < 0x20 || r == 0x7f }):
			return "", fmt.Errorf("%w: control character in %s", ErrBadQuery, name)
		}
		return vs[0], nil
	}
	var out Query
	var err error
	for _, f := range []struct {
		name  string
		limit int
		dst   *string
	}{
		{"code", maxCode, &out.Code},
		{"state", maxState, &out.State},
		{"error", maxToken, &out.Error},
		{"error_description", maxDescription, &out.ErrorDescription},
		{"scope", maxDescription, &out.Scope},
	} {
		if *f.dst, err = one(f.name, f.limit); err != nil {
			return Query{}, err
		}
	}
	if out.Error != "" && !isErrorCode(out.Error) {
		return Query{}, fmt.Errorf("%w: error is not an error code", ErrBadQuery)
	}
	if out.Code == "" && out.Error == "" {
		return Query{}, fmt.Errorf("%w: neither code nor error", ErrBadQuery)
	}
	return out, nil
}

// isErrorCode reports whether s is made of the characters RFC 6749 allows in
// an error code (%x20-21 / %x23-5B / %x5D-7E), without spaces, so that it
// can be echoed safely.
func isErrorCode(s string) bool {
	for _, r := range s {
		if r <= 0x20 || r == '"' || r == '\\' || r > 0x7e {
			return false
		}
	}
	return true
}
