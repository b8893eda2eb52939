package regrant

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/coreos/go-oidc/v3/oidc"
)

// ID token errors, returned wrapped in an *Error; check with errors.Is.
var (
	ErrNoIDToken    = errors.New("regrant: the token response holds no ID token")
	ErrIDToken      = errors.New("regrant: the ID token does not verify")
	ErrNonce        = errors.New("regrant: the ID token was not issued for this sign-in (nonce)")
	ErrNoAccount    = errors.New("regrant: the ID token names no email address")
	ErrWrongAccount = errors.New("regrant: another account than the mailbox's signed in")
)

// identity is what the verified ID token says about who signed in.
type identity struct {
	Email             string `json:"email"`
	EmailVerified     *bool  `json:"email_verified"`
	PreferredUsername string `json:"preferred_username"` // Microsoft: the sign-in name, usually the address
	TenantID          string `json:"tid"`                // Microsoft: the user's tenant
}

// address returns the signed-in address: "email", or Microsoft's
// "preferred_username" when the token has no email claim (email is an
// optional claim there: learn.microsoft.com/en-us/entra/identity-platform/id-token-claims-reference).
// It is compared with the mailbox's address only to refuse a mismatch, never
// to grant access.
func (id identity) address() string {
	if id.Email != "" {
		return id.Email
	}
	if strings.Contains(id.PreferredUsername, "@") {
		return id.PreferredUsername
	}
	return ""
}

// verifyID checks the ID token with go-oidc: signature against the
// provider's published keys, issuer, audience (the client ID) and expiry;
// then the nonce and, when the token carries at_hash, that it belongs to the
// access token (OpenID Connect Core 1.0 sections 3.1.3.7 and 3.1.3.8).
func (f *Flow) verifyID(ctx context.Context, e Endpoint, clientID, raw, accessToken, wantNonce string) (identity, error) {
	ks, err := f.keysFor(ctx, e)
	if err != nil {
		return identity{}, err
	}
	perTenant := strings.Contains(e.Issuer, "{tenantid}")
	v := oidc.NewVerifier(e.Issuer, ks, &oidc.Config{ClientID: clientID, Now: f.o.Now, SkipIssuerCheck: perTenant})
	tok, err := v.Verify(oidc.ClientContext(ctx, f.o.HTTPClient), raw)
	if err != nil {
		return identity{}, fmt.Errorf("%w: %s", ErrIDToken, scrubJWT(err.Error(), raw))
	}
	var id identity
	if err := tok.Claims(&id); err != nil {
		return identity{}, fmt.Errorf("%w: claims: %s", ErrIDToken, scrubJWT(err.Error(), raw))
	}
	if perTenant {
		want := strings.ReplaceAll(e.Issuer, "{tenantid}", id.TenantID)
		if id.TenantID == "" || strings.ContainsAny(id.TenantID, "/?#") || tok.Issuer != want {
			return identity{}, fmt.Errorf("%w: issuer %q is not the token's tenant's", ErrIDToken, tok.Issuer)
		}
	}
	if tok.Nonce != wantNonce {
		return identity{}, ErrNonce
	}
	if tok.AccessTokenHash != "" {
		if err := tok.VerifyAccessToken(accessToken); err != nil {
			return identity{}, fmt.Errorf("%w: at_hash does not match the access token", ErrIDToken)
		}
	}
	if id.EmailVerified != nil && !*id.EmailVerified {
		return identity{}, fmt.Errorf("%w: the provider has not verified %s", ErrNoAccount, id.Email)
	}
	if id.address() == "" {
		return identity{}, ErrNoAccount
	}
	return id, nil
}

// keysFor returns the key set of e: at KeysURL, or discovered from Issuer.
func (f *Flow) keysFor(ctx context.Context, e Endpoint) (oidc.KeySet, error) {
	if e.KeysURL != "" {
		return f.keySet(e.KeysURL), nil
	}
	if strings.Contains(e.Issuer, "{") {
		return nil, fmt.Errorf("%w: a per-tenant issuer needs KeysURL", ErrIDToken)
	}
	p, err := oidc.NewProvider(oidc.ClientContext(ctx, f.o.HTTPClient), e.Issuer)
	if err != nil {
		return nil, fmt.Errorf("%w: discovery: %v", ErrIDToken, err)
	}
	var meta struct {
		JWKS string `json:"jwks_uri"`
	}
	if err := p.Claims(&meta); err != nil || meta.JWKS == "" {
		return nil, fmt.Errorf("%w: discovery names no jwks_uri", ErrIDToken)
	}
	return f.keySet(meta.JWKS), nil
}

// scrubJWT removes the raw token (and its three parts) from go-oidc's error
// text, which may quote a malformed token.
func scrubJWT(s, raw string) string {
	if raw == "" {
		return s
	}
	s = strings.ReplaceAll(s, raw, "[redacted]")
	for _, part := range strings.Split(raw, ".") {
		if len(part) >= 8 {
			s = strings.ReplaceAll(s, part, "[redacted]")
		}
	}
	return s
}

// sameAddress reports whether two addresses name one mailbox: compared
// without case (providers treat addresses so), and for gmail.com and
// googlemail.com also without dots in the local part and with either domain,
// as Gmail delivers them (support.google.com/mail/answer/7436150: dots do not
// matter; googlemail.com is the same service's other domain).
func sameAddress(a, b string) bool {
	a, b = canonical(a), canonical(b)
	return a != "" && a == b
}

func canonical(addr string) string {
	addr = strings.ToLower(strings.TrimSpace(addr))
	local, domain, ok := strings.Cut(addr, "@")
	if !ok {
		return addr
	}
	if domain == "gmail.com" || domain == "googlemail.com" {
		return strings.ReplaceAll(local, ".", "") + "@gmail.com"
	}
	return addr
}
