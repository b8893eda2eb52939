package oauthcheck

import (
	"errors"
	"fmt"

	"golang.org/x/oauth2"

	"github.com/mailreconnect/sdk/reconnect/internal/wire"
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

// wrap returns err prefixed with "oauthcheck: what: ", keeping it in the chain
// (an *oauth2.RetrieveError stays one, for classify.Error). Secrets are
// removed first, in every form (wire.Scrubber): a RetrieveError is replaced by
// a scrubbed copy with its body truncated to maxBody and the request dropped
// from its response (the request could replay the form holding the refresh
// token and the client secret); any other error whose text holds a secret by
// a scrubbed copy.
func wrap(what string, err error, sec *wire.Scrubber) error {
	var re *oauth2.RetrieveError
	if errors.As(err, &re) {
		c := wire.ScrubRetrieveError(re, sec.Scrub)
		if len(c.Body) > maxBody {
			c.Body = c.Body[:maxBody]
		}
		err = c
	}
	return fmt.Errorf("oauthcheck: %s: %w", what, sec.Error(err))
}
