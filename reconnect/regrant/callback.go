package regrant

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"golang.org/x/oauth2"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// Grant is a verified new OAuth grant for one mailbox, ready for Complete.
// Its tokens are Secrets: it prints and logs without them.
type Grant struct {
	MailboxID    string
	Workspace    string
	Provider     provider.ID
	Email        string // the mailbox's address
	Account      string // the address that signed in (the same mailbox)
	AccessToken  reconnect.Secret
	RefreshToken reconnect.Secret // zero when the provider returned none
	Expiry       time.Time
	Scopes       []string // granted scopes, as the provider reported them
}

// ErrStateMailbox means the mailbox the state names is gone or moved to
// another workspace since the sign-in started.
var ErrStateMailbox = errors.New("regrant: the mailbox is gone or changed workspace")

// adminConsent matches the Microsoft Entra codes that mean only an
// administrator can consent: AADSTS65001 (no consent given), AADSTS90094
// (the grant requires admin permission) and AADSTS90095 (an admin consent
// request was sent). Source: learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes.
var adminConsent = regexp.MustCompile(`\bAADSTS(65001|90094|90095)\b`)

// Callback checks the provider's redirect back: the state's signature,
// expiry, single use, and binding to browser (the value Start returned) and
// to the mailbox's workspace; then the provider's error answer, if any; then
// it exchanges the code (with the PKCE verifier), verifies the ID token, and
// refuses a sign-in by another account or a consent missing a permission.
//
// Nothing is stored and the mailbox is never touched: every refusal is an
// *Error whose Result tells the owner what happened. An exchange or ID token
// failure is the integrating product's (class platform), never a flag.
func (f *Flow) Callback(ctx context.Context, query url.Values, browser string) (Grant, error) {
	q, err := ParseQuery(query)
	if err != nil {
		return Grant{}, &Error{Result: Result{Outcome: OutcomeInvalidState, Message: msgInvalidState}, Err: err}
	}
	c, err := open(f.o.Key, q.State, browser, f.o.Now())
	res := Result{MailboxID: c.Mailbox, Workspace: c.Workspace, Provider: c.Provider}
	if errors.Is(err, ErrStateForged) || errors.Is(err, ErrStateMissing) {
		res = Result{} // nothing in a forged state is to be believed
	}
	fail := func(o Outcome, msg string, err error) (Grant, error) {
		res.Outcome, res.Message = o, msg
		if o == OutcomePlatform && res.Verdict == (classify.Verdict{}) {
			res.Verdict = platformVerdict("regrant_platform", c.Provider)
		}
		return Grant{}, &Error{Result: res, Err: err}
	}
	if err != nil {
		return fail(OutcomeInvalidState, msgInvalidState, err)
	}
	first, err := f.o.Replay.Claim(ctx, c.ID, time.Unix(c.Expires, 0))
	if err != nil {
		return fail(OutcomePlatform, msgPlatform, fmt.Errorf("regrant: replay store: %w", err))
	}
	if !first {
		return fail(OutcomeInvalidState, msgInvalidState, ErrStateReplayed)
	}
	rec, err := f.records.Get(ctx, c.Mailbox)
	if errors.Is(err, reconnect.ErrNotFound) || err == nil && rec.Workspace != c.Workspace {
		return fail(OutcomeInvalidState, msgInvalidState, ErrStateMailbox)
	}
	if err != nil {
		return fail(OutcomePlatform, msgPlatform, fmt.Errorf("regrant: reading the mailbox: %w", err))
	}
	name := providerName(c.Provider)
	if q.Error != "" {
		res.ProviderError, res.ProviderDescription = q.Error, q.ErrorDescription
		return f.answer(res, c, rec, q, name)
	}

	e, err := f.endpointFor(rec, c.Tenant)
	if err != nil {
		return fail(OutcomePlatform, msgPlatform, err)
	}
	app, err := f.app(c.Provider)
	if err != nil {
		return fail(OutcomePlatform, msgPlatform, fmt.Errorf("regrant: provider %s: %w", c.Provider, err))
	}
	ctx, cancel := context.WithTimeout(ctx, f.o.Timeout)
	defer cancel()
	v := verifier(f.o.Key, c, browser)
	tok, err := f.config(app, e).Exchange(context.WithValue(ctx, oauth2.HTTPClient, f.o.HTTPClient), q.Code, oauth2.VerifierOption(v))
	if err != nil {
		res.Verdict = platformVerdict("regrant_exchange", c.Provider)
		return fail(OutcomePlatform, msgPlatform, exchangeError(err, q.Code, v, app.ClientSecret.Reveal()))
	}
	raw, _ := tok.Extra("id_token").(string)
	if raw == "" {
		res.Verdict = platformVerdict("regrant_id_token", c.Provider)
		return fail(OutcomePlatform, msgPlatform, ErrNoIDToken)
	}
	// Every ID token failure, a foreign nonce included, is the platform's:
	// PKCE already bound the code to this browser's sign-in, so a token that
	// does not verify comes from a misbehaving provider or setup, not from
	// the owner.
	id, err := f.verifyID(ctx, e, app.ClientID, raw, tok.AccessToken, nonce(f.o.Key, c))
	if err != nil {
		res.Verdict = platformVerdict("regrant_id_token", c.Provider)
		return fail(OutcomePlatform, msgPlatform, err)
	}
	res.Account = id.address()
	if !sameAddress(res.Account, rec.Email) {
		return fail(OutcomeWrongAccount, fmt.Sprintf(msgWrongAccount, res.Account, rec.Email, rec.Email, res.Account, name),
			fmt.Errorf("%w: signed in as %s, mailbox is %s", ErrWrongAccount, res.Account, rec.Email))
	}
	granted := scopeList(tok.Extra("scope"), q.Scope)
	if res.Missing = missing(e.Required, granted); len(res.Missing) > 0 {
		return fail(OutcomeScopesMissing, fmt.Sprintf(msgScopes, scopeLabel(res.Missing[0]), name),
			fmt.Errorf("regrant: scopes not granted: %s", strings.Join(res.Missing, " ")))
	}
	return Grant{
		MailboxID: rec.ID, Workspace: rec.Workspace, Provider: c.Provider, Email: rec.Email, Account: res.Account,
		AccessToken: reconnect.NewSecret(tok.AccessToken), RefreshToken: secretOrZero(tok.RefreshToken),
		Expiry: tok.Expiry, Scopes: granted,
	}, nil
}

// answer maps the provider's error answer (RFC 6749 section 4.1.2.1, OpenID
// Connect Core 1.0 section 3.1.2.6) to a Result. The mailbox is not touched.
func (f *Flow) answer(res Result, c claims, rec reconnect.Record, q Query, name string) (Grant, error) {
	cause := fmt.Errorf("regrant: the provider answered %s", q.Error)
	admin := adminConsent.MatchString(q.ErrorDescription) || q.Error == "admin_policy_enforced"
	switch {
	case admin:
		res.Outcome, res.Message = OutcomeAdminConsent, fmt.Sprintf(msgAdminConsent, name)
		res.Verdict = classify.OAuth(classify.GrantAuthorizationCode, 0, q.Error, q.ErrorDescription)
		if res.Verdict.Class != classify.ClassAdmin {
			// AADSTS65001 also ends refresh tokens, which classify reads as
			// revoked; here it is the consent an administrator must give,
			// which classify calls by its AADSTS90094 name.
			res.Verdict = classify.OAuth(classify.GrantAuthorizationCode, 0, "access_denied", "AADSTS90094")
		}
		if plan, ok := provider.PlanFor(c.Provider, provider.MethodOAuth, res.Verdict); ok {
			res.Plan = &plan
		}
		if c.Provider == provider.Microsoft365 {
			if app, err := f.app(c.Provider); err == nil {
				res.AdminConsentURL = AdminConsentURL(consentTenant(c.Tenant, rec.Email), app.ClientID)
			}
		}
	case q.Error == "access_denied":
		res.Outcome, res.Message = OutcomeCancelled, msgCancelled
	case q.Error == "consent_required" || q.Error == "interaction_required" ||
		q.Error == "login_required" || q.Error == "account_selection_required":
		res.Outcome, res.Message = OutcomeConsentRequired, fmt.Sprintf(msgConsent, name, name)
	case q.Error == "server_error" || q.Error == "temporarily_unavailable":
		res.Outcome, res.Message = OutcomePlatform, fmt.Sprintf(msgProviderError, name)
		res.Verdict = classify.Verdict{Class: classify.ClassTransient, Provider: string(c.Provider), Rule: "regrant_provider_unavailable"}
	default: // invalid_request, unauthorized_client, invalid_scope, ...: the app's setup
		res.Outcome, res.Message = OutcomePlatform, msgPlatform
		res.Verdict = platformVerdict("regrant_authorization_refused", c.Provider)
	}
	return Grant{}, &Error{Result: res, Err: cause}
}

// endpointFor is endpoint with the tenant the sign-in started with.
func (f *Flow) endpointFor(rec reconnect.Record, tenant string) (Endpoint, error) {
	if f.o.Endpoint != nil {
		return f.o.Endpoint(rec, tenant)
	}
	return DefaultEndpoint(rec, tenant)
}

// consentTenant is the tenant for the admin-consent URL: the known one, or
// the mailbox's domain (a verified domain names its tenant).
func consentTenant(tenant, email string) string {
	switch tenant {
	case "", TenantOrganizations, TenantCommon, TenantConsumers:
		if _, domain, ok := strings.Cut(email, "@"); ok {
			return strings.ToLower(domain)
		}
	}
	return tenant
}

// exchangeError returns the token endpoint's refusal as text without the
// code, the verifier or the client secret. The *oauth2.RetrieveError is not
// kept: its Response holds the request, whose form carries all three.
func exchangeError(err error, secrets ...string) error {
	msg := err.Error()
	var re *oauth2.RetrieveError
	if errors.As(err, &re) {
		msg = "token endpoint refused the code"
		if re.Response != nil {
			msg = fmt.Sprintf("token endpoint answered HTTP %d", re.Response.StatusCode)
		}
		if re.ErrorCode != "" {
			msg += ": " + re.ErrorCode
		}
		if re.ErrorDescription != "" {
			msg += ": " + re.ErrorDescription
		}
	}
	for _, s := range secrets {
		if len(s) >= 4 {
			msg = strings.ReplaceAll(msg, s, "[redacted]")
			msg = strings.ReplaceAll(msg, url.QueryEscape(s), "[redacted]")
		}
	}
	return fmt.Errorf("regrant: code exchange failed: %s", msg)
}

func secretOrZero(s string) reconnect.Secret {
	if s == "" {
		return reconnect.Secret{}
	}
	return reconnect.NewSecret(s)
}

// scopeList returns the granted scopes: the token response's "scope"
// (RFC 6749 section 5.1), else the callback's (Google adds it), else nil
// (the grant holds what was asked).
func scopeList(fromToken any, fromQuery string) []string {
	if s, _ := fromToken.(string); s != "" {
		return strings.Fields(s)
	}
	return strings.Fields(fromQuery)
}

// missing returns the required scopes absent from granted. An empty granted
// means the provider omitted "scope": granted as asked (RFC 6749 section 5.1).
func missing(required, granted []string) []string {
	if len(granted) == 0 {
		return nil
	}
	var out []string
	for _, r := range required {
		found := false
		for _, g := range granted {
			if strings.EqualFold(r, g) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, r)
		}
	}
	return out
}

// scopeLabel is the consent screen's wording of a scope, for telling the
// owner which box to tick. Google's wording is from
// developers.google.com/identity/protocols/oauth2/scopes (Gmail API),
// Microsoft's from learn.microsoft.com/en-us/graph/permissions-reference.
func scopeLabel(scope string) string {
	switch scope {
	case ScopeGoogleMail:
		return "Read, compose, send, and permanently delete all your email from Gmail"
	case ScopeMicrosoftIMAP:
		return "Read and write access to mailboxes via IMAP."
	case ScopeMicrosoftSMTP:
		return "Send emails from mailboxes using SMTP AUTH."
	}
	return scope
}

// providerName is a provider's display name, for messages.
func providerName(p provider.ID) string {
	switch p {
	case provider.Microsoft365, provider.OutlookPersonal:
		return "Microsoft"
	case provider.Gmail, provider.GoogleWorkspace:
		return "Google"
	}
	if info, ok := provider.Lookup(p); ok && info.Name != "" {
		return info.Name
	}
	return "The provider"
}
