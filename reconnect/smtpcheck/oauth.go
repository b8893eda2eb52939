package smtpcheck

import (
	"errors"

	"github.com/emersion/go-sasl"
	"github.com/mailreconnect/sdk/reconnect/internal/wire"
)

// oauthBearerClient wraps go-sasl's OAUTHBEARER client (RFC 7628). go-sasl
// turns an error challenge into an error, which makes go-smtp cancel the
// exchange with "*" and drop the server's final reply; this wrapper answers
// with the dummy response %x01 instead (RFC 7628 section 3.2.3) so the final
// reply comes back, and keeps the challenge.
type oauthBearerClient struct {
	sasl.Client
	errChal string
	got     bool
}

func newOAuthBearerClient(opts *sasl.OAuthBearerOptions) sasl.Client {
	return &oauthBearerClient{Client: sasl.NewOAuthBearerClient(opts)}
}

func (a *oauthBearerClient) Next(challenge []byte) ([]byte, error) {
	if a.got {
		return nil, sasl.ErrUnexpectedServerChallenge
	}
	_, err := a.Client.Next(challenge)
	var bearerErr *sasl.OAuthBearerError
	if err != nil && !errors.As(err, &bearerErr) {
		return nil, err // not JSON: give up
	}
	a.got = true
	a.errChal = wire.Printable(string(challenge))
	return []byte{0x01}, nil
}

// Challenge returns the error challenge the server sent, if any.
func (a *oauthBearerClient) Challenge() (string, bool) { return a.errChal, a.got }
