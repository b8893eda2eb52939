package app

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"html"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// auditPages opens every page of the app in the browser and checks each the
// same way as auditPage. typed are the secrets the journey typed into forms.
func auditPages(t *testing.T, ctx context.Context, a *App, typed []string) {
	pages := []string{"/", "/mailboxes", "/mailboxes?filter=needs_reconnect", "/sim"}
	for _, m := range a.seed {
		pages = append(pages, "/mailboxes/"+m.ID)
	}
	for _, p := range pages {
		do(t, ctx, "open "+p, chromedp.Navigate(a.URL+p), chromedp.WaitReady(chromedp.CSS("main")))
		auditPage(t, ctx, a, p, typed)
	}
}

// checkCSP checks a Content-Security-Policy header (CSP Level 3,
// https://www.w3.org/TR/CSP3/): scripts only from the app's own origin, no
// inline script or eval, nothing else loaded by default, no framing, no
// <base> rewriting, and forms posted only to the app (and the sign-in
// provider).
func checkCSP(t *testing.T, where, csp string) {
	t.Helper()
	dirs := map[string][]string{}
	for _, d := range strings.Split(csp, ";") {
		if f := strings.Fields(d); len(f) > 0 {
			dirs[f[0]] = f[1:]
		}
	}
	assert.Equal(t, []string{"'self'"}, dirs["script-src"], "%s: script-src %q", where, csp)
	assert.Equal(t, []string{"'none'"}, dirs["default-src"], "%s: default-src", where)
	assert.Equal(t, []string{"'none'"}, dirs["frame-ancestors"], "%s: frame-ancestors", where)
	assert.Equal(t, []string{"'none'"}, dirs["base-uri"], "%s: base-uri", where)
	assert.NotContains(t, csp, "unsafe-", where)
	assert.NotContains(t, csp, "*", where)
	assert.NotContains(t, csp, "data:", where)
	require.NotEmpty(t, dirs["form-action"], where)
	assert.Equal(t, "'self'", dirs["form-action"][0], where)
}

// auditPage checks the page in the tab:
//   - its Content-Security-Policy header is strict (checkCSP), and the
//     browser refuses inline script on it (enforced, not only sent);
//   - every form that posts carries the CSRF token; the one GET form (the
//     Mailboxes filter) changes nothing and must not carry it, as a token in a
//     URL leaks through history and logs (OWASP CSRF Prevention Cheat Sheet);
//   - no secret is in its HTML (the DOM, and the bytes the server sent for a
//     GET) in any form: as is, HTML-, URL- or JSON-escaped, or base64;
//   - every control has an accessible name in Chromium's accessibility tree,
//     and Tab reaches every one of them.
func auditPage(t *testing.T, ctx context.Context, a *App, where string, typed []string) {
	t.Helper()
	blocked := eval[bool](t, ctx, `(() => {
		window.__inlineRan = false;
		const s = document.createElement("script");
		s.textContent = "window.__inlineRan = true";
		document.head.appendChild(s);
		s.remove();
		return !window.__inlineRan;
	})()`)
	assert.True(t, blocked, "%s: an inline script ran", where)

	type form struct{ Method, Action, Token string }
	forms := eval[[]form](t, ctx, `Array.from(document.forms).map(f => ({
		Method: f.method, Action: new URL(f.action).pathname,
		Token: (f.querySelector('input[type=hidden][name=csrf]') || {value: ""}).value}))`)
	for _, f := range forms {
		switch f.Method {
		case "post":
			assert.NotEmpty(t, f.Token, "%s: form to %s has no CSRF token", where, f.Action)
			assert.Equal(t, forms[0].Token, f.Token, "%s: one token per page", where)
		default:
			assert.Equal(t, "/mailboxes", f.Action, "%s: a GET form other than the filter", where)
			assert.Empty(t, f.Token, "%s: a token in a GET form ends up in the URL", where)
		}
	}

	// The page's address again, as the browser fetches it: the header, and
	// for a GET page the bytes the server sent.
	type fetched struct {
		Status    int
		CSP, Body string
	}
	f := get(t, ctx, chromedp.Evaluate[fetched](`fetch(location.href, {credentials: "same-origin"}).then(r => r.text().then(b => ({
		Status: r.status, CSP: r.headers.get("content-security-policy") || "", Body: b})))`, chromedp.EvalAwaitPromise))
	checkCSP(t, where, f.CSP)
	dom := get(t, ctx, chromedp.OuterHTML(chromedp.CSS("html")))
	raw := ""
	if !strings.HasPrefix(where, "after ") {
		require.Equal(t, 200, f.Status, where)
		raw = f.Body
	}
	for _, s := range secrets(t, ctx, a, typed) {
		for _, form := range encodings(s) {
			if strings.Contains(dom, form) || strings.Contains(raw, form) {
				t.Errorf("%s: a secret (%d characters) is in the page's HTML", where, len(s))
			}
		}
	}
	checkKeyboard(t, ctx, where)
}

// secrets is every secret the app or its providers hold: the passwords and
// tokens the local servers accept, the seed's stored passwords, the vault's
// credentials, what the journey typed, the OAuth client secret, and the
// browser's cookies (the CSRF session and the sign-in binding).
func secrets(t *testing.T, ctx context.Context, a *App, typed []string) []string {
	out := slices.Clone(typed)
	for _, ms := range a.servers {
		ms.mu.Lock()
		for _, v := range ms.accounts {
			out = append(out, v)
		}
		for _, v := range ms.tokens {
			out = append(out, v)
		}
		ms.mu.Unlock()
	}
	for _, m := range a.seed {
		out = append(out, m.Password)
	}
	a.lib.vault.mu.Lock()
	for _, c := range a.lib.vault.m {
		out = append(out, c.Password.Reveal(), c.AccessToken.Reveal(), c.RefreshToken.Reveal())
	}
	a.lib.vault.mu.Unlock()
	out = append(out, a.op.ClientSecret)
	cookies, err := chromedp.Call(ctx, network.GetCookies, network.GetCookiesParams{})
	require.NoError(t, err)
	for _, c := range cookies.Cookies {
		out = append(out, c.Value)
	}
	return slices.DeleteFunc(out, func(s string) bool { return len(s) < 8 })
}

// encodings are the forms a secret could be rendered in.
func encodings(s string) []string {
	j, _ := json.Marshal(s)
	forms := []string{s, html.EscapeString(s), url.QueryEscape(s), url.PathEscape(s), strings.Trim(string(j), `"`),
		base64.StdEncoding.EncodeToString([]byte(s)), base64.RawURLEncoding.EncodeToString([]byte(s))}
	if strings.Contains(s, " ") { // an app password is also pasted without its spaces
		forms = append(forms, strings.ReplaceAll(s, " ", ""))
	}
	return forms
}

// controlRoles are the roles a person acts through.
var controlRoles = []string{"link", "button", "textbox", "checkbox", "radio", "combobox", "DisclosureTriangle"}

// checkKeyboard checks that every control has an accessible name (Chromium's
// computation, https://www.w3.org/TR/accname-1.2/) and that pressing Tab
// reaches every control: links, buttons, inputs, selects and summaries.
func checkKeyboard(t *testing.T, ctx context.Context, where string) {
	t.Helper()
	tree, err := chromedp.Call(ctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
	require.NoError(t, err)
	controls := 0
	for _, n := range tree.Nodes {
		if n.Ignored || n.Role == nil || !slices.Contains(controlRoles, strings.Trim(string(n.Role.Value), `"`)) {
			continue
		}
		controls++
		name := ""
		if n.Name != nil {
			json.Unmarshal(n.Name.Value, &name)
		}
		assert.NotEmpty(t, strings.TrimSpace(name), "%s: a %s without an accessible name", where, n.Role.Value)
	}
	assert.Positive(t, controls, where)

	n := eval[int](t, ctx, `(() => {
		const els = document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary');
		els.forEach((e, i) => e.setAttribute("data-audit", i));
		document.activeElement && document.activeElement.blur();
		return els.length;
	})()`)
	reached := map[string]bool{}
	for range n + 5 {
		do(t, ctx, "Tab", chromedp.KeyEvent("\t"))
		reached[eval[string](t, ctx, `document.activeElement.getAttribute("data-audit") || ""`)] = true
	}
	delete(reached, "")
	assert.Len(t, reached, n, "%s: Tab reaches %d of %d controls", where, len(reached), n)
}
