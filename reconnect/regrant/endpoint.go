package regrant

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"strings"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// Scopes requested from Microsoft and Google. Sources:
// learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
// ("Get an access token"), developers.google.com/gmail/imap/xoauth2-protocol,
// openid.net/specs/openid-connect-core-1_0.html section 5.4 (openid, email,
// profile) and learn.microsoft.com/en-us/entra/identity-platform/scopes-oidc
// (offline_access).
const (
	ScopeMicrosoftIMAP = "https://outlook.office.com/IMAP.AccessAsUser.All"
	ScopeMicrosoftSMTP = "https://outlook.office.com/SMTP.Send"
	ScopeGoogleMail    = "https://mail.google.com/"
	ScopeOfflineAccess = "offline_access"
)

// openIDScopes name who signed in (OpenID Connect Core 1.0 section 5.4).
var openIDScopes = [...]string{"openid", "email", "profile"}

// Microsoft tenants of the identity platform's v2.0 endpoints
// (learn.microsoft.com/en-us/entra/identity-platform/v2-protocols#endpoints).
const (
	TenantOrganizations = "organizations" // work or school accounts of any tenant
	TenantConsumers     = "consumers"     // personal Microsoft accounts
	TenantCommon        = "common"        // either
)

// Endpoint is where and how a mailbox signs in.
type Endpoint struct {
	AuthURL  string // authorization endpoint
	TokenURL string // token endpoint
	// Issuer is the ID token's expected "iss". "{tenantid}" in it is
	// replaced by the token's "tid" claim (Microsoft's multi-tenant
	// endpoints issue tokens under the signing-in user's tenant).
	Issuer string
	// KeysURL is the provider's JSON Web Key Set. If "", it is discovered
	// from Issuer (OpenID Connect Discovery 1.0).
	KeysURL string
	// Scopes are requested, in this order.
	Scopes []string
	// Required are the scopes the grant must hold to log in to the mailbox;
	// a consent that leaves one out is refused with OutcomeScopesMissing.
	Required []string
	// Params are extra authorization request parameters.
	Params url.Values
	// Tenant is the Microsoft tenant in the URLs, for the admin-consent URL.
	Tenant string
	// TenantID, with a per-tenant Issuer, is the tenant ID (a GUID) the ID
	// token's "tid" must name. If "" and Tenant is a verified domain, it is
	// read from that tenant's OpenID configuration (its issuer names the
	// tenant ID); if "" otherwise (organizations, common), any tenant signs
	// in.
	TenantID string
}

// ConsumerTenantID is the tenant ID of every personal Microsoft account
// ("tid" and the issuer of their ID tokens): learn.microsoft.com/en-us/entra/identity-platform/id-token-claims-reference
// ("iss": "the GUID that indicates that the user is a consumer user from a
// Microsoft account is 9188040d-6c67-4c5b-b112-36a304b66dad").
const ConsumerTenantID = "9188040d-6c67-4c5b-b112-36a304b66dad"

// Protocols reports which of IMAP and SMTP a mailbox uses: those whose host
// is set, or both when neither is.
func Protocols(m reconnect.Mailbox) (imap, smtp bool) {
	imap, smtp = m.IMAPHost != "", m.SMTPHost != ""
	if !imap && !smtp {
		return true, true
	}
	return imap, smtp
}

// DefaultEndpoint returns the provider registry's endpoints for rec, whose
// provider is rec.Provider or, when empty, detected from its hosts and
// address.
//
//   - Microsoft 365: https://login.microsoftonline.com/{tenant}/oauth2/v2.0/
//     with the given tenant, or "organizations" when tenant is "".
//     Outlook.com, Hotmail and Live: the "consumers" tenant. Scopes:
//     openid email profile offline_access and the IMAP and/or SMTP scope.
//   - Google: https://accounts.google.com/o/oauth2/v2/auth with scopes
//     openid email profile https://mail.google.com/, access_type=offline
//     and prompt=consent, so every consent returns a refresh token
//     (developers.google.com/identity/protocols/oauth2/web-server#creatingclient).
//     include_granted_scopes is not sent: the grant then holds exactly the
//     scopes asked here, and the "scope" Google returns lists only those, so
//     a box left unticked on Google's granular consent screen shows.
//   - Yahoo: its registry endpoints and mail scope, with openid and email.
//
// Other providers (AOL among them: no public OpenID Connect configuration
// documents its issuer) have no OpenID Connect issuer here: set
// Options.Endpoint to their authorization and token URLs, issuer and keys.
func DefaultEndpoint(rec reconnect.Record, tenant string) (Endpoint, error) {
	p := providerOf(rec)
	info, ok := provider.Lookup(p)
	if !ok || info.OAuth == nil || info.OAuth.AuthURL == "" {
		return Endpoint{}, fmt.Errorf("%w (provider %s)", ErrNoOAuth, p)
	}
	imap, smtp := Protocols(rec.Mailbox)
	e := Endpoint{AuthURL: info.OAuth.AuthURL, TokenURL: info.OAuth.TokenURL, Params: url.Values{}}
	switch p {
	case provider.Microsoft365, provider.OutlookPersonal:
		if p == provider.OutlookPersonal {
			tenant = TenantConsumers
		} else if tenant == "" {
			tenant = TenantOrganizations
		}
		t := url.PathEscape(tenant)
		e.AuthURL = strings.ReplaceAll(e.AuthURL, "{tenant}", t)
		e.TokenURL = strings.ReplaceAll(e.TokenURL, "{tenant}", t)
		e.Tenant = tenant
		// learn.microsoft.com/en-us/entra/identity-platform/id-token-claims-reference
		// ("iss": https://login.microsoftonline.com/{tid}/v2.0) and
		// v2-protocols-oidc (jwks_uri).
		e.Issuer = "https://login.microsoftonline.com/{tenantid}/v2.0"
		e.KeysURL = "https://login.microsoftonline.com/" + t + "/discovery/v2.0/keys"
		switch {
		case tenant == TenantConsumers:
			e.TenantID = ConsumerTenantID
		case isTenantID(tenant):
			e.TenantID = strings.ToLower(tenant)
		}
		if imap {
			e.Required = append(e.Required, ScopeMicrosoftIMAP)
		}
		if smtp {
			e.Required = append(e.Required, ScopeMicrosoftSMTP)
		}
		e.Scopes = append(append(openIDScopes[:], ScopeOfflineAccess), e.Required...)
	case provider.Gmail, provider.GoogleWorkspace:
		// accounts.google.com/.well-known/openid-configuration.
		e.Issuer = "https://accounts.google.com"
		e.KeysURL = "https://www.googleapis.com/oauth2/v3/certs"
		e.Required = []string{ScopeGoogleMail}
		e.Scopes = append(openIDScopes[:], ScopeGoogleMail)
		e.Params.Set("access_type", "offline")
		e.Params.Set("prompt", "consent")
	case provider.Yahoo:
		// Yahoo's discovery document, developer.yahoo.com/oauth2/guide/openid_connect/discovery.html:
		// "issuer": "https://api.login.yahoo.com", "jwks_uri":
		// "https://api.login.yahoo.com/openid/v1/certs", scopes openid and
		// email (the "email" claim names who signed in).
		e.Issuer = "https://api.login.yahoo.com"
		e.KeysURL = "https://api.login.yahoo.com/openid/v1/certs"
		e.Required = info.OAuth.Scopes
		e.Scopes = append([]string{"openid", "email"}, info.OAuth.Scopes...)
	default:
		return Endpoint{}, fmt.Errorf("%w (provider %s)", ErrNoOpenID, p)
	}
	return e, nil
}

// providerOf is rec.Provider, or the provider detected from rec's hosts and
// address without DNS.
func providerOf(rec reconnect.Record) provider.ID {
	if rec.Provider != "" && rec.Provider != provider.Custom {
		return rec.Provider
	}
	d, _ := provider.Detect(context.Background(), provider.Mailbox{
		SMTPHost: hostOnly(rec.SMTPHost), IMAPHost: hostOnly(rec.IMAPHost), Email: rec.Email,
	}, nil)
	return d.ID
}

// hostOnly drops a ":port" suffix.
func hostOnly(h string) string {
	if host, _, err := net.SplitHostPort(h); err == nil {
		return host
	}
	return h
}

// AdminConsentURL is the page where an administrator of tenant grants the
// app tenant-wide consent (learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent,
// "Construct the URL for granting tenant-wide admin consent"). tenant is a
// tenant ID or verified domain; the multi-tenant names cannot take consent.
func AdminConsentURL(tenant, clientID string) string {
	return "https://login.microsoftonline.com/" + url.PathEscape(tenant) +
		"/adminconsent?client_id=" + url.QueryEscape(clientID)
}
