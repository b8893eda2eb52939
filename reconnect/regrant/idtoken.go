package regrant

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
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

// signingAlgs are the ID token signatures accepted: RS256 (Google's and
// Microsoft's, per their discovery documents' id_token_signing_alg_values_supported)
// and ES256 (Yahoo's too: developer.yahoo.com/oauth2/guide/openid_connect/discovery.html).
// Without this list go-oidc accepts RS256 only.
var signingAlgs = []string{oidc.RS256, oidc.ES256}

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
	v := oidc.NewVerifier(e.Issuer, ks, &oidc.Config{ClientID: clientID, Now: f.o.Now, SkipIssuerCheck: perTenant,
		SupportedSigningAlgs: signingAlgs})
	tok, err := v.Verify(oidc.ClientContext(ctx, f.o.HTTPClient), raw)
	if err != nil {
		return identity{}, fmt.Errorf("%w: %s", ErrIDToken, scrubJWT(err.Error(), raw))
	}
	var id identity
	if err := tok.Claims(&id); err != nil {
		return identity{}, fmt.Errorf("%w: claims: %s", ErrIDToken, scrubJWT(err.Error(), raw))
	}
	if perTenant {
		if err := f.checkTenant(ctx, e, tok.Issuer, id.TenantID); err != nil {
			return identity{}, err
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

// tenantGUID matches a tenant ID: a GUID, as Microsoft's "tid" always is.
var tenantGUID = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// isTenantID reports whether tenant is a tenant ID rather than a domain or
// one of the multi-tenant names.
func isTenantID(tenant string) bool { return tenantGUID.MatchString(tenant) }

// checkTenant validates a Microsoft ID token's issuer the way Microsoft
// documents for tokens from the multi-tenant endpoints, whose "iss" names
// the signing-in user's tenant: the "tid" claim must be a GUID, and the
// issuer must be the template with "{tenantid}" replaced by that tid
// (learn.microsoft.com/en-us/entra/identity-platform/access-tokens, "Validate
// the issuer"; id-token-claims-reference, "iss" and "tid"). When the sign-in
// was at one tenant (Endpoint.TenantID, or a tenant domain whose ID its
// OpenID configuration names), tid must be that tenant: a token issued by
// another tenant is refused.
func (f *Flow) checkTenant(ctx context.Context, e Endpoint, iss, tid string) error {
	if !isTenantID(tid) {
		return fmt.Errorf("%w: the tid claim is not a tenant ID", ErrIDToken)
	}
	if iss != strings.ReplaceAll(e.Issuer, "{tenantid}", tid) {
		return fmt.Errorf("%w: issuer %q is not the one of the token's tenant %s", ErrIDToken, iss, tid)
	}
	want := e.TenantID
	if want == "" && e.Tenant != "" && !isTenantID(e.Tenant) {
		switch e.Tenant {
		case TenantOrganizations, TenantCommon:
		default:
			var err error
			if want, err = f.tenantIDOf(ctx, e); err != nil {
				return err
			}
		}
	}
	if want != "" && !strings.EqualFold(tid, want) {
		return fmt.Errorf("%w: signed in at tenant %s, not at the mailbox's tenant %s", ErrIDToken, tid, want)
	}
	return nil
}

// tenantIDOf reads the tenant ID of e.Tenant, a verified domain, from the
// issuer of that tenant's OpenID configuration
// (https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration,
// whose "issuer" is https://login.microsoftonline.com/{tenant ID}/v2.0:
// learn.microsoft.com/en-us/entra/identity-platform/v2-protocols-oidc).
func (f *Flow) tenantIDOf(ctx context.Context, e Endpoint) (string, error) {
	base := strings.ReplaceAll(e.Issuer, "{tenantid}", url.PathEscape(e.Tenant))
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/.well-known/openid-configuration", nil)
	if err != nil {
		return "", fmt.Errorf("%w: tenant configuration: %v", ErrIDToken, err)
	}
	resp, err := f.o.HTTPClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("%w: tenant configuration: %v", ErrIDToken, err)
	}
	defer resp.Body.Close()
	var meta struct {
		Issuer string `json:"issuer"`
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("%w: tenant configuration: HTTP %d", ErrIDToken, resp.StatusCode)
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&meta); err != nil {
		return "", fmt.Errorf("%w: tenant configuration: %v", ErrIDToken, err)
	}
	pre, post, _ := strings.Cut(e.Issuer, "{tenantid}")
	id, ok := strings.CutPrefix(meta.Issuer, pre)
	if id, ok2 := strings.CutSuffix(id, post); ok && ok2 && isTenantID(id) {
		return id, nil
	}
	return "", fmt.Errorf("%w: tenant configuration names no tenant ID", ErrIDToken)
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
