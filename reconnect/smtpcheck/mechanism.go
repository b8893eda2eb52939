package smtpcheck

import (
	"fmt"
	"strings"

	"github.com/emersion/go-sasl"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/internal/wire"
)

// SASL mechanism names.
const (
	MechPlain       = "PLAIN"               // RFC 4616, for passwords
	MechLogin       = "LOGIN"               // draft-murchison-sasl-login, for passwords (Microsoft 365)
	MechXOAuth2     = wire.XOAuth2Mechanism // Google's and Microsoft's bearer-token mechanism
	MechOAuthBearer = "OAUTHBEARER"         // RFC 7628, for bearer tokens
)

// chooseMechanism picks the SASL mechanism for credentials of the given kind
// among those the server advertised (the parameters of its AUTH extension).
//
// Tokens use XOAUTH2, which Google and Microsoft both accept, unless only
// OAUTHBEARER (RFC 7628) is offered. Passwords use PLAIN (RFC 4616), else
// LOGIN, the only password mechanism Microsoft 365 offers.
func chooseMechanism(oauth bool, advertised []string) (string, error) {
	offered := map[string]bool{}
	for _, m := range advertised {
		offered[strings.ToUpper(m)] = true
	}
	prefs := []string{MechPlain, MechLogin}
	if oauth {
		prefs = []string{MechXOAuth2, MechOAuthBearer}
	}
	for _, m := range prefs {
		if offered[m] {
			return m, nil
		}
	}
	return "", fmt.Errorf("%w: the server offers AUTH %s; %s credentials need %s",
		ErrNoMechanism, strings.Join(advertised, " "), kind(oauth), strings.Join(prefs, " or "))
}

func kind(oauth bool) string {
	if oauth {
		return "OAuth"
	}
	return "password"
}

// challenger is a mechanism that can receive an error challenge.
type challenger interface {
	// Challenge returns the error challenge the server sent, if any.
	Challenge() (string, bool)
}

// newClient returns the SASL client for mech.
func newClient(mech, user string, c reconnect.Credentials, ep reconnect.Endpoint) sasl.Client {
	switch mech {
	case MechLogin:
		return newLoginClient(user, c.Password.Reveal())
	case MechXOAuth2:
		return &wire.XOAuth2{User: user, Token: c.AccessToken.Reveal()}
	case MechOAuthBearer:
		return newOAuthBearerClient(&sasl.OAuthBearerOptions{
			Username: user, Token: c.AccessToken.Reveal(), Host: ep.Host, Port: ep.Port,
		})
	}
	return sasl.NewPlainClient("", user, c.Password.Reveal())
}
