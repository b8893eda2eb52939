package regrant

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// ErrNoRefreshToken means the provider returned no refresh token and none is
// stored for the mailbox (or Options.Tokens is nil): the grant would stop
// working within the hour, so it is not saved.
var ErrNoRefreshToken = errors.New("regrant: no refresh token returned or stored")

// Complete hands a verified grant to the Machine's UpdateCredentials, which
// tests it (an XOAUTH2 login with the new access token, through the
// Machine's Tester) and, when it passes, stores it in the Vault, sets the
// mailbox's method to oauth and clears the flag and every hold at once. A
// failed test stores nothing and returns an *Error with OutcomeTestFailed,
// the verdict and the owner's plan.
//
// When the provider returned no refresh token (a repeat consent can do that),
// the one stored now, read through Options.Tokens, goes with the new access
// token, so the stored grant is never wiped. When the Tester renews the grant
// while testing it (a reconnect.RenewingTester such as oauthcheck's
// Refresher, which persists a rotated refresh token before anything else),
// the Machine stores the renewed credentials, not the ones given here.
func (f *Flow) Complete(ctx context.Context, g Grant) (Result, error) {
	res := Result{MailboxID: g.MailboxID, Workspace: g.Workspace, Provider: g.Provider, Account: g.Account}
	refresh := g.RefreshToken
	if refresh.IsZero() && f.o.Tokens != nil {
		stored, err := f.o.Tokens.RefreshToken(ctx, g.MailboxID)
		if err != nil {
			res.Outcome, res.Message = OutcomePlatform, msgPlatform
			res.Verdict = platformVerdict("regrant_tokens", g.Provider)
			return res, &Error{Result: res, Err: fmt.Errorf("regrant: reading the stored refresh token: %w", err)}
		}
		refresh = stored
	}
	if refresh.IsZero() {
		res.Outcome, res.Message = OutcomePlatform, msgNoRefresh
		res.Verdict = platformVerdict("regrant_no_refresh_token", g.Provider)
		return res, &Error{Result: res, Err: ErrNoRefreshToken}
	}
	err := f.machine.UpdateCredentials(ctx, g.MailboxID, reconnect.Credentials{
		Method:       provider.MethodOAuth,
		Username:     g.Email,
		AccessToken:  g.AccessToken,
		RefreshToken: refresh,
	})
	var te *reconnect.TestError
	switch {
	case errors.As(err, &te):
		res.Outcome, res.Message = OutcomeTestFailed, fmt.Sprintf(msgTestFailed, providerName(g.Provider))
		res.Verdict = te.Verdict
		if p, ok := te.Plan(); ok {
			res.Plan = &p
		}
		return res, &Error{Result: res, Err: err}
	case err != nil:
		res.Outcome, res.Message = OutcomePlatform, msgPlatform
		res.Verdict = platformVerdict("regrant_update", g.Provider)
		return res, &Error{Result: res, Err: err}
	}
	res.Outcome, res.Message = OutcomeReconnected, fmt.Sprintf(msgReconnected, g.Email)
	return res, nil
}

// StartHTTP is Start for a net/http handler: it reads the browser-binding
// cookie from r (making a new value when absent), sets the cookie on w
// (HttpOnly, Secure unless Options.InsecureCookie, SameSite=Lax so it comes
// back with the provider's top-level redirect) and returns the Start. The
// caller redirects to Start.URL after checking that the signed-in user may
// manage rec.
func (f *Flow) StartHTTP(w http.ResponseWriter, r *http.Request, rec reconnect.Record) (Start, error) {
	browser := ""
	if ck, err := r.Cookie(f.o.CookieName); err == nil {
		browser = ck.Value
	}
	s, err := f.Start(r.Context(), rec, browser)
	if err != nil {
		return Start{}, err
	}
	http.SetCookie(w, &http.Cookie{
		Name: f.o.CookieName, Value: s.Browser, Path: "/", Expires: s.Expires,
		HttpOnly: true, Secure: !f.o.InsecureCookie, SameSite: http.SameSiteLaxMode,
	})
	return s, nil
}

// Finish runs Callback and Complete for a net/http callback handler, reading
// the query and the browser-binding cookie from r, and always returns a
// Result to show; the error, if any, is the *Error behind it, for logs. The
// caller should check that the signed-in user may manage Result.MailboxID in
// Result.Workspace before showing details.
func (f *Flow) Finish(ctx context.Context, r *http.Request) (Result, error) {
	browser := ""
	if ck, err := r.Cookie(f.o.CookieName); err == nil {
		browser = ck.Value
	}
	g, err := f.Callback(ctx, r.URL.Query(), browser)
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			return e.Result, err
		}
		return Result{Outcome: OutcomePlatform, Message: msgPlatform}, err
	}
	return f.Complete(ctx, g)
}
