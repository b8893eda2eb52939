package smtpcheck

import (
	"errors"

	"github.com/emersion/go-sasl"
)

// xoauth2Client is Google's and Microsoft's XOAUTH2 mechanism, which go-sasl
// dropped: https://developers.google.com/gmail/imap/xoauth2-protocol.
//
// The initial response is "user=" + user + "\x01auth=Bearer " + token +
// "\x01\x01". A rejected token is answered with a 334 challenge holding a
// base64 JSON error; the client replies with an empty line, as the protocol
// asks, so the server sends its final 535 (or 454), and keeps the JSON for the
// error it returns.
type xoauth2Client struct {
	user, token string
	errChal     []byte
	got         bool
}

func newXOAuth2Client(user, token string) sasl.Client {
	return &xoauth2Client{user: user, token: token}
}

func (a *xoauth2Client) Start() (string, []byte, error) {
	return MechXOAuth2, []byte("user=" + a.user + "\x01auth=Bearer " + a.token + "\x01\x01"), nil
}

func (a *xoauth2Client) Next(challenge []byte) ([]byte, error) {
	if a.got {
		return nil, sasl.ErrUnexpectedServerChallenge
	}
	a.got = true
	a.errChal = append([]byte(nil), challenge...)
	return []byte{}, nil // an empty line: "send me the final reply"
}

func (a *xoauth2Client) challenge() (string, bool) {
	return string(a.errChal), a.got && len(a.errChal) > 0
}

// oauthBearerClient wraps go-sasl's OAUTHBEARER client (RFC 7628). go-sasl
// turns an error challenge into an error, which makes go-smtp cancel the
// exchange with "*" and drop the server's final reply; this wrapper answers
// with the dummy response %x01 instead (RFC 7628 section 3.2.3) so the final
// reply comes back, and keeps the challenge.
type oauthBearerClient struct {
	sasl.Client
	errChal []byte
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
	a.errChal = append([]byte(nil), challenge...)
	return []byte{0x01}, nil
}

func (a *oauthBearerClient) challenge() (string, bool) {
	return string(a.errChal), a.got && len(a.errChal) > 0
}
