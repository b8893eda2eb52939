package app

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// The simulated provider consoles: what the owner or the administrator would
// do at the provider, done against the local servers. They are part of the
// demo's fake providers, not of the app.

// simAccount is one account on a simulated provider.
type simAccount struct {
	ID, Email, Provider string
	AppPassword         bool
}

// simTenant is one simulated Microsoft 365 organisation.
type simTenant struct {
	Domain  string
	Enabled bool
	SavedAt string
	Applied bool // the saved setting has propagated
}

func (a *App) simRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /sim", a.simIndex)
	mux.HandleFunc("POST /sim/tenants/{domain}", a.simTenant)
	mux.HandleFunc("POST /sim/accounts/{id}/password", a.simPassword)
}

type simData struct {
	Tenants  []simTenant
	Accounts []simAccount
	NewFor   string // account whose new password is shown once
	New      string
	Saved    string // tenant whose setting was just saved
}

func (a *App) simData() simData {
	var d simData
	for _, dom := range []string{"contoso.example", "fabrikam.example"} {
		s := a.tenants.get(dom)
		t := simTenant{Domain: dom, Enabled: s.Enabled, Applied: a.tenants.effective(dom) == s.Enabled}
		if !s.SavedAt.IsZero() {
			t.SavedAt = s.SavedAt.Format("15:04:05")
		}
		d.Tenants = append(d.Tenants, t)
	}
	for _, m := range a.seed {
		if m.Method == "oauth" {
			continue
		}
		d.Accounts = append(d.Accounts, simAccount{ID: m.ID, Email: m.Email, Provider: m.Server, AppPassword: m.Method == "app_password"})
	}
	return d
}

func (a *App) simIndex(w http.ResponseWriter, r *http.Request) {
	d := a.simData()
	d.Saved = r.URL.Query().Get("saved")
	a.render(w, r, http.StatusOK, "sim", page{Title: "Simulated provider consoles", LiveURL: "/sim", Data: d})
}

// simTenant saves the tenant's Authenticated SMTP setting.
func (a *App) simTenant(w http.ResponseWriter, r *http.Request) {
	dom := r.PathValue("domain")
	if !a.tenants.known(dom) {
		http.NotFound(w, r)
		return
	}
	a.tenants.set(dom, r.PostFormValue("smtp_auth") == "on")
	http.Redirect(w, r, "/sim?saved="+url.QueryEscape(dom)+"#tenant-"+dom, http.StatusSeeOther)
}

// simPassword makes a new password (or app password) at the provider and shows
// it once, as Google's app-password page does.
func (a *App) simPassword(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	i := slices.IndexFunc(a.seed, func(m seedMailbox) bool { return m.ID == id && m.Method != "oauth" })
	if i < 0 {
		http.NotFound(w, r)
		return
	}
	m := a.seed[i]
	pw := newSecret()
	if m.Method != "app_password" {
		pw = strings.ReplaceAll(pw, " ", "-")
	}
	a.servers[m.Server].setPassword(m.Email, pw)
	d := a.simData()
	d.NewFor, d.New = id, pw
	a.render(w, r, http.StatusOK, "sim", page{Title: "Simulated provider consoles", LiveURL: "/sim", Data: d})
}
