package oauthcheck

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"golang.org/x/oauth2"
)

// Sentinel errors. Refresh returns them wrapped; check with errors.Is.
var (
	// ErrNoRefreshToken means the credentials hold no refresh token. Nothing
	// was sent.
	ErrNoRefreshToken = errors.New("oauthcheck: the credentials hold no refresh token")
	// ErrNoTokenURL means no token endpoint is known for the mailbox: its
	// provider offers no OAuth for mail in the registry, or is not recognised
	// from the mailbox's hosts and address. Set [Refresher.TokenURL].
	ErrNoTokenURL = errors.New("oauthcheck: no OAuth token endpoint is known for this mailbox")
	// ErrNoClient means no OAuth client ID is configured for the provider.
	ErrNoClient = errors.New("oauthcheck: no OAuth client ID is configured for this provider")
)

// maxBody bounds the response body kept in a returned *oauth2.RetrieveError
// (and so in the error's text): an HTML error page can be large, and the start
// is what tells what it is.
const maxBody = 2 << 10

// secrets lists the values that must never appear in an error.
type secrets []string

// add records v, and its form-encoded spelling (an endpoint may echo the
// request's form), if it is long enough to be recognised safely.
func (s *secrets) add(v string) {
	if len(v) < 4 {
		return
	}
	*s = append(*s, v)
	if q := url.QueryEscape(v); q != v {
		*s = append(*s, q)
	}
}

// scrub replaces every secret in t with "[redacted]".
func (s secrets) scrub(t string) string {
	for _, v := range s {
		if strings.Contains(t, v) {
			t = strings.ReplaceAll(t, v, "[redacted]")
		}
	}
	return t
}

// wrap returns err prefixed with "oauthcheck: what: ", keeping it in the chain
// (an *oauth2.RetrieveError stays one, for classify.Error). Secrets are
// removed first. A RetrieveError, which this refresh created and nobody else
// holds yet, is cleaned in place: secrets scrubbed from its fields, its body
// truncated to maxBody, and the request dropped from its response (the request
// could replay the form holding the refresh token and the client secret). Any
// other error whose text holds a secret is replaced by a plain error with the
// scrubbed text.
func wrap(what string, err error, sec secrets) error {
	var re *oauth2.RetrieveError
	if errors.As(err, &re) {
		if len(re.Body) > maxBody {
			re.Body = re.Body[:maxBody]
		}
		re.Body = []byte(sec.scrub(string(re.Body)))
		re.ErrorCode = sec.scrub(re.ErrorCode)
		re.ErrorDescription = sec.scrub(re.ErrorDescription)
		re.ErrorURI = sec.scrub(re.ErrorURI)
		if re.Response != nil {
			resp := *re.Response
			resp.Request = nil
			resp.Body = http.NoBody
			re.Response = &resp
		}
	}
	if msg := err.Error(); sec.scrub(msg) != msg {
		err = errors.New(sec.scrub(msg))
	}
	return fmt.Errorf("oauthcheck: %s: %w", what, err)
}
