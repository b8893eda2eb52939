package app

import (
	"bytes"
	"errors"
	"io/fs"
	"net/http"
	"net/url"
)

// contentSecurityPolicy allows only the app's own script, style and requests:
// no inline script or style, no framing, forms post only here.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

func (a *App) routes() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(staticFS, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.Handle("GET /events", a.broker)
	mux.HandleFunc("GET /{$}", a.dashboard)
	mux.HandleFunc("GET /mailboxes", a.mailboxes)
	mux.HandleFunc("GET /mailboxes/{id}", a.mailbox)
	mux.HandleFunc("POST /mailboxes/{id}/credentials", a.saveCredentials)
	mux.HandleFunc("POST /mailboxes/{id}/admin-fixed", a.adminFixed)
	mux.HandleFunc("POST /mailboxes/{id}/oauth", a.startOAuth)
	mux.HandleFunc("GET /oauth/callback", a.oauthCallback)
	a.simRoutes(mux)
	return a.secure(mux)
}

// secure sets the security headers and refuses every POST without its CSRF
// token (and, through net/http's CrossOriginProtection, any cross-origin one).
func (a *App) secure(next http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(a.refuse))
	inner := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && !a.csrf.valid(r) {
			a.refuse(w, r)
			return
		}
		next.ServeHTTP(w, r)
	})
	protected := cop.Handler(inner)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", a.csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cache-Control", "no-store")
		protected.ServeHTTP(w, r)
	})
}

// page is what every template gets.
type page struct {
	Title   string
	CSRF    string
	Needs   int
	Total   int
	LiveURL string // the page the live updates re-read
	Notice  string
	Data    any
}

func (a *App) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	needs, total, err := a.lib.count(r.Context())
	if err != nil {
		a.fail(w, err)
		return
	}
	p.Needs, p.Total, p.CSRF = needs, total, a.csrf.token(w, r)
	if p.LiveURL == "" {
		p.LiveURL = r.URL.RequestURI()
	}
	var buf bytes.Buffer
	if err := a.pages[name].Execute(&buf, p); err != nil {
		a.fail(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func (a *App) fail(w http.ResponseWriter, err error) {
	http.Error(w, "Something went wrong: "+err.Error(), http.StatusInternalServerError)
}

func (a *App) refuse(w http.ResponseWriter, r *http.Request) {
	a.render(w, r, http.StatusForbidden, "refused", page{Title: "Request refused", LiveURL: "/"})
}

func (a *App) dashboard(w http.ResponseWriter, r *http.Request) {
	a.render(w, r, http.StatusOK, "dashboard", page{Title: "Dashboard"})
}

func (a *App) mailboxes(w http.ResponseWriter, r *http.Request) {
	needsOnly := r.URL.Query().Get("filter") == "needs_reconnect"
	rows, err := a.lib.list(r.Context(), needsOnly)
	if err != nil {
		a.fail(w, err)
		return
	}
	a.render(w, r, http.StatusOK, "mailboxes", page{Title: "Mailboxes", Data: struct {
		Rows      []mailboxRow
		NeedsOnly bool
	}{rows, needsOnly}})
}

// mailboxData is the mailbox page's data.
type mailboxData struct {
	mailboxPage
	Failure *failure
	Sim     string // the simulated provider page for this mailbox
}

func (a *App) mailboxData(r *http.Request, id string) (mailboxData, error) {
	p, err := a.lib.page(r.Context(), a.host, id)
	return mailboxData{mailboxPage: p, Sim: "/sim#" + id}, err
}

var notices = map[string]string{
	"saved":  "Saved. The provider accepted the new credentials, and the mailbox is connected again.",
	"nudged": "Thanks. We are checking the mailbox now, and again every 30 seconds for the next 15 minutes; the badge clears within a minute of the setting taking effect.",
}

func (a *App) mailbox(w http.ResponseWriter, r *http.Request) {
	d, err := a.mailboxData(r, r.PathValue("id"))
	if errors.Is(err, errNotFound) {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		a.fail(w, err)
		return
	}
	a.render(w, r, http.StatusOK, "mailbox", page{Title: d.Email, Notice: notices[r.URL.Query().Get("done")],
		LiveURL: "/mailboxes/" + url.PathEscape(d.ID), Data: d})
}

// saveCredentials tests the new password at once; only a pass is stored.
func (a *App) saveCredentials(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	secret := r.PostFormValue("password")
	var f *failure
	if secret == "" {
		f = &failure{Verdict: "Enter the new password or app password."}
	} else {
		var err error
		if f, err = a.lib.updatePassword(r.Context(), id, secret); err != nil {
			a.fail(w, err)
			return
		}
	}
	if f == nil {
		http.Redirect(w, r, "/mailboxes/"+url.PathEscape(id)+"?done=saved", http.StatusSeeOther)
		return
	}
	d, err := a.mailboxData(r, id)
	if err != nil {
		a.fail(w, err)
		return
	}
	f.Heading = "The sign-in did not reconnect this mailbox; nothing was changed"
	d.Failure = f
	a.render(w, r, http.StatusUnprocessableEntity, "mailbox", page{Title: d.Email, LiveURL: "/mailboxes/" + url.PathEscape(id), Data: d})
}

// adminFixed is the owner saying the administrator changed the setting:
// the health checks start again at once.
func (a *App) adminFixed(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	a.lib.nudge(id)
	http.Redirect(w, r, "/mailboxes/"+url.PathEscape(id)+"?done=nudged", http.StatusSeeOther)
}

// startOAuth sends the browser to the provider's sign-in.
func (a *App) startOAuth(w http.ResponseWriter, r *http.Request) {
	to, err := a.lib.startOAuth(w, r, r.PathValue("id"))
	if errors.Is(err, errNotFound) {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		a.fail(w, err)
		return
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
}

// oauthCallback is where the provider sends the browser back.
func (a *App) oauthCallback(w http.ResponseWriter, r *http.Request) {
	id, f := a.lib.finishOAuth(r)
	if f == nil {
		http.Redirect(w, r, "/mailboxes/"+url.PathEscape(id)+"?done=saved", http.StatusSeeOther)
		return
	}
	if id == "" {
		a.render(w, r, http.StatusBadRequest, "refused", page{Title: "Sign-in refused", Notice: f.Verdict, LiveURL: "/"})
		return
	}
	d, err := a.mailboxData(r, id)
	if err != nil {
		a.fail(w, err)
		return
	}
	f.Heading = "The sign-in did not reconnect this mailbox; nothing was changed"
	d.Failure = f
	a.render(w, r, http.StatusUnprocessableEntity, "mailbox", page{Title: d.Email, LiveURL: "/mailboxes/" + url.PathEscape(id), Data: d})
}
