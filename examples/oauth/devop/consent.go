package devop

import (
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/zitadel/oidc/v3/example/server/storage"
)

// consentData is what the sign-in page shows.
type consentData struct {
	Provider string   // whose sign-in the page stands in for
	Client   string   // the app asking
	Action   string   // where the form posts
	Accounts []string // the provider's accounts
	Hint     string   // the account the app asked for (login_hint)
	Scopes   []string // the permissions asked
}

// consentPage is the account chooser and consent screen of a Behaviour with
// Consent set. One form: pick an account, then Allow or Cancel. The form
// posts back to /login with the auth request's ID, an unguessable value the
// provider issued for this sign-in only.
func (s *Server) consentPage(w http.ResponseWriter, req *storage.AuthRequest, id string) {
	d := consentData{Provider: "Microsoft", Client: s.ClientID, Action: "/login?authRequestID=" + url.QueryEscape(id),
		Accounts: s.users, Hint: req.LoginHint, Scopes: req.Scopes}
	// Google's mail scope (developers.google.com/gmail/imap/xoauth2-protocol).
	if slices.Contains(req.Scopes, "https://mail.google.com/") {
		d.Provider = "Google"
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", "default-src 'none'; form-action 'self' "+callbackOrigin(req.CallbackURI)+"; frame-ancestors 'none'; base-uri 'none'")
	h.Set("Cache-Control", "no-store")
	consentTemplate.Execute(w, d)
}

// callbackOrigin is the scheme and host of the client's redirect URI, where
// the answer to the form redirects.
func callbackOrigin(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Host == "" || strings.ContainsAny(u.Host, " ;'") {
		return ""
	}
	return u.Scheme + "://" + u.Host
}

var consentTemplate = template.Must(template.New("consent").Parse(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sign in with {{.Provider}} (local stand-in)</title></head>
<body>
<main>
<h1>Sign in with {{.Provider}}</h1>
<p>Local stand-in for {{.Provider}}'s sign-in: nothing here leaves this machine.</p>
<form method="post" action="{{.Action}}" id="consent-form">
<fieldset>
<legend>Choose an account to continue to {{.Client}}</legend>
{{range $i, $a := .Accounts}}<div><input type="radio" name="account" id="account-{{$i}}" value="{{$a}}"{{if eq $a $.Hint}} checked{{end}} required>
<label for="account-{{$i}}">{{$a}}</label></div>
{{end}}</fieldset>
<p>{{.Client}} wants to:</p>
<ul id="scopes">{{range .Scopes}}<li>{{.}}</li>{{end}}</ul>
<button type="submit" name="action" value="allow" id="allow">Allow</button>
<button type="submit" name="action" value="cancel" id="cancel" formnovalidate>Cancel</button>
</form>
</main>
</body>
</html>
`))
