// Package app is the example dashboard: a workspace's mailboxes, the
// reconnect banner and badges, each mailbox's plan, holds and history, and the
// actions that reconnect it, over the mailreconnect library, with local
// provider-like mail servers so nothing outside the machine is needed.
package app

import (
	"context"
	"embed"
	"errors"
	"html/template"
	"io/fs"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/mailreconnect/sdk/examples/oauth/devop"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Config configures the app. The zero Config serves on a random port of
// 127.0.0.1 with its database in a new temporary directory, in real time.
type Config struct {
	Addr        string        // listen address; "" for 127.0.0.1:0
	Dir         string        // database directory; "" for a temporary one, removed by Close
	Speed       float64       // app clock speed; 0 or 1 for real time (tests run faster)
	Propagation time.Duration // how long a tenant setting takes to apply; 0 for 20 s
}

// App is a running dashboard.
type App struct {
	URL string // where it serves, http://127.0.0.1:port

	clock   *clock
	host    *host
	lib     *library
	servers map[string]*mailServer // local server name -> server
	hostOf  map[string]string      // SMTP host -> local server name
	tenants *tenants
	seed    []seedMailbox
	broker  *broker
	csrf    *csrf
	pages   map[string]*template.Template
	srv     *http.Server
	op      *devop.Server
	csp     string
	cancel  context.CancelFunc
	done    chan error
	tmpDir  string
}

// Start seeds the workspace, starts the local mail servers and the health
// checks, and serves the dashboard.
func Start(ctx context.Context, cfg Config) (*App, error) {
	a := &App{clock: newClock(cfg.Speed), seed: seedWorkspace(), broker: newBroker(), csrf: newCSRF(),
		servers: map[string]*mailServer{}, hostOf: map[string]string{}, done: make(chan error, 1)}
	if cfg.Propagation == 0 {
		cfg.Propagation = 20 * time.Second
	}
	a.tenants = &tenants{now: a.clock.Now, propagation: cfg.Propagation, state: map[string]tenantSMTP{}}
	a.host = newHost(a.seed, seedCampaigns())
	ok := false
	defer func() {
		if !ok {
			a.Close()
		}
	}()
	for name, reply := range serverReplies {
		ms, err := startMailServer(name, reply)
		if err != nil {
			return nil, err
		}
		a.servers[name] = ms
	}
	a.servers["microsoft"].gate = a.tenants.gate
	for _, m := range a.seed {
		a.hostOf[m.SMTPHost] = m.Server
	}
	addr := cfg.Addr
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	a.URL = "http://" + l.Addr().String()
	defer func() {
		if !ok {
			l.Close()
		}
	}()
	if a.op, err = startProvider(a.URL+"/oauth/callback", a.seed); err != nil {
		return nil, err
	}
	a.op.Set(devop.Behaviour{Consent: true}) // the owner chooses the account and allows or cancels
	a.servers["microsoft"].verify = userinfoVerifier(a.op.UserinfoURL)
	a.servers["gmail"].verify = a.servers["microsoft"].verify
	// Forms post here only; the sign-in form's answer redirects to the provider.
	a.csp = strings.Replace(contentSecurityPolicy, "form-action 'self'", "form-action 'self' "+a.op.Issuer, 1)
	dir := cfg.Dir
	if dir == "" {
		d, err := os.MkdirTemp("", "mailreconnect-dashboard-")
		if err != nil {
			return nil, err
		}
		dir, a.tmpDir = d, d
	}
	a.lib, err = openLibrary(ctx, dir, a.clock, a.host, func(h string) string {
		if ms := a.servers[a.hostOf[h]]; ms != nil {
			return ms.addr
		}
		return ""
	}, a.broker.publish)
	if err != nil {
		return nil, err
	}
	if err := a.lib.startFlow(a.URL, a.op); err != nil {
		return nil, err
	}
	if err := a.seedAll(ctx); err != nil {
		return nil, err
	}
	if a.pages, err = parsePages(); err != nil {
		return nil, err
	}
	a.srv = &http.Server{Handler: a.routes(), ReadHeaderTimeout: 10 * time.Second}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	a.cancel = cancel
	go func() { a.done <- a.lib.run(runCtx) }()
	go a.srv.Serve(l)
	ok = true
	return a, nil
}

// seedAll registers the workspace and replays what broke before the app
// started: each provider-side change, then the send that met its reply.
func (a *App) seedAll(ctx context.Context) error {
	a.tenants.state["contoso.example"] = tenantSMTP{Enabled: false}
	a.tenants.state["fabrikam.example"] = tenantSMTP{Enabled: true}
	for _, m := range a.seed {
		ms := a.servers[m.Server]
		secret := m.Password
		if m.Method == "oauth" {
			secret = newSecret()
			ms.setToken(m.Email, secret)
		} else {
			ms.setPassword(m.Email, secret)
		}
		if err := a.lib.register(ctx, m, secret); err != nil {
			return err
		}
		var err error
		switch m.Failure {
		case "password_changed":
			ms.setPassword(m.Email, newSecret()) // reset at the provider; the stored one is stale
			err = a.lib.reportSend(ctx, m.ID)
		case "web_login":
			ms.refuseAlways(m.Email, webLoginReply)
			err = a.lib.reportSend(ctx, m.ID)
		case "tenant_off":
			err = a.lib.reportSend(ctx, m.ID)
		case "grant_revoked":
			ms.setToken(m.Email, "")
			err = a.lib.reportText(ctx, m.ID, grantRevoked[m.Server])
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// Close stops the server, the health checks and the mail servers.
func (a *App) Close() error {
	var errs []error
	if a.srv != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		a.srv.Shutdown(ctx)
	}
	if a.cancel != nil {
		a.cancel()
		if err := <-a.done; err != nil && !errors.Is(err, context.Canceled) {
			errs = append(errs, err)
		}
	}
	for _, ms := range a.servers {
		ms.close()
	}
	if a.op != nil {
		a.op.Close()
	}
	if a.lib != nil {
		errs = append(errs, a.lib.close())
	}
	if a.tmpDir != "" {
		errs = append(errs, os.RemoveAll(a.tmpDir))
	}
	return errors.Join(errs...)
}

func parsePages() (map[string]*template.Template, error) {
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		base := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if base == "layout" {
			continue
		}
		t, err := template.New("layout.html").ParseFS(templateFS, "templates/layout.html", n)
		if err != nil {
			return nil, err
		}
		pages[base] = t
	}
	return pages, nil
}
