package app

// Every call into the library is in this file (and the hooks in host.go), so
// the rest of the app deals only in its own view types.

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mailreconnect/sdk/classify"
	"github.com/mailreconnect/sdk/examples/oauth/devop"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/recheck"
	"github.com/mailreconnect/sdk/reconnect/regrant"
	"github.com/mailreconnect/sdk/reconnect/smtpcheck"
	"github.com/mailreconnect/sdk/reconnect/sqlstore"

	_ "modernc.org/sqlite" // the SQLite driver the store opens through
)

const workspace = "acme"

// library is the app's handle on the reconnection library: the SQLite store,
// the Machine, the health-check runner and the credential vault.
type library struct {
	store   *sqlstore.Store
	machine *reconnect.Machine
	sched   *recheck.Scheduler
	runner  *recheck.Runner
	vault   *vault
	tester  *smtpcheck.Tester
	flow    *regrant.Flow
	now     func() time.Time
	emails  sync.Map // id -> address, for campaign notes
}

// vault keeps credentials that passed their test, in memory. A real app would
// encrypt them at rest; the library only ever hands it reconnect.Secret values.
type vault struct {
	mu sync.Mutex
	m  map[string]reconnect.Credentials
}

func (v *vault) Put(_ context.Context, id string, c reconnect.Credentials) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.m[id] = c
	return nil
}

// RefreshToken is the stored refresh token, for a repeat consent that
// returns none.
func (v *vault) RefreshToken(_ context.Context, id string) (reconnect.Secret, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.m[id].RefreshToken, nil
}

func (v *vault) Credentials(_ context.Context, id string) (reconnect.Credentials, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	c, ok := v.m[id]
	if !ok {
		return c, fmt.Errorf("dashboard: no stored credentials for %s", id)
	}
	return c, nil
}

// openLibrary opens the store in dir and builds the Machine and the runner.
// servers maps a mailbox's SMTP host to the local server answering for it.
func openLibrary(ctx context.Context, dir string, clk *clock, h *host, servers func(smtpHost string) string, onChange func(id string)) (*library, error) {
	st, err := sqlstore.OpenSQLite(ctx, filepath.Join(dir, "dashboard.db"), nil)
	if err != nil {
		return nil, err
	}
	l := &library{store: st, vault: &vault{m: map[string]reconnect.Credentials{}}, now: clk.Now}
	l.tester = smtpcheck.New(&smtpcheck.Options{
		Server: func(m reconnect.Mailbox) (reconnect.Endpoint, error) {
			host, port, err := splitPort(servers(m.SMTPHost))
			return reconnect.Endpoint{Host: host, Port: port, Security: provider.Plain}, err
		},
		AllowInsecureAuth: true, // the local servers listen on 127.0.0.1 only
		Timeout:           10 * time.Second,
	})
	l.sched = recheck.New(nil) // the documented policies: tenant switch every 30 s
	l.machine = reconnect.New(st, &reconnect.Options{
		Now: clk.Now, Tester: l.tester, Vault: l.vault,
		Warmup: hostWarmup{h}, PeerPool: hostPeerPool{h}, Campaigns: hostCampaigns{h}, InboxSync: hostInboxSync{h},
		OnEvent: func(e reconnect.Event) {
			l.runner.Observe(e)
			onChange(e.MailboxID)
		},
	})
	l.runner = &recheck.Runner{Scheduler: l.sched, Machine: l.machine, Store: st, Credentials: l.vault,
		Now: clk.Now, After: clk.After, Workers: 8}
	return l, nil
}

// startFlow sets up the OAuth re-grant ("Reconnect with Microsoft", "Sign in
// with Google") against the local OpenID provider op.
func (l *library) startFlow(appURL string, op *devop.Server) error {
	key := make([]byte, regrant.MinKeyLen)
	rand.Read(key)
	var err error
	l.flow, err = regrant.New(l.machine, l.store, &regrant.Options{
		Key:         key,
		RedirectURL: appURL + "/oauth/callback",
		Apps: func(provider.ID) (regrant.App, error) {
			return regrant.App{ClientID: op.ClientID, ClientSecret: reconnect.NewSecret(op.ClientSecret)}, nil
		},
		// The registry's scopes and parameters, at the local provider's URLs.
		Endpoint: func(rec reconnect.Record, tenant string) (regrant.Endpoint, error) {
			e, err := regrant.DefaultEndpoint(rec, tenant)
			e.AuthURL, e.TokenURL, e.Issuer, e.KeysURL = op.AuthURL, op.TokenURL, op.Issuer, op.KeysURL
			return e, err
		},
		Tokens:         l.vault,
		InsecureCookie: true, // plain HTTP on 127.0.0.1
	})
	return err
}

// startOAuth begins mailbox id's sign-in and returns the provider's URL.
func (l *library) startOAuth(w http.ResponseWriter, r *http.Request, id string) (string, error) {
	rec, err := l.store.Get(r.Context(), id)
	if errors.Is(err, reconnect.ErrNotFound) {
		return "", errNotFound
	}
	if err != nil {
		return "", err
	}
	s, err := l.flow.StartHTTP(w, r, rec)
	return s.URL, err
}

// finishOAuth completes a sign-in: the grant is tested and stored, and the
// flag cleared, or the failure says why not and what to do.
func (l *library) finishOAuth(r *http.Request) (id string, f *failure) {
	res, _ := l.flow.Finish(r.Context(), r) // the error repeats res for logs
	if res.Outcome == regrant.OutcomeReconnected {
		return res.MailboxID, nil
	}
	f = &failure{Verdict: res.Message}
	if res.Plan != nil {
		f.Plan = planOf(*res.Plan)
	}
	return res.MailboxID, f
}

func splitPort(addr string) (string, int, error) {
	i := strings.LastIndexByte(addr, ':')
	if i < 0 {
		return "", 0, fmt.Errorf("dashboard: no local server for this host")
	}
	p, err := strconv.Atoi(addr[i+1:])
	return addr[:i], p, err
}

// register stores a mailbox and the credentials it was connected with.
func (l *library) register(ctx context.Context, m seedMailbox, secret string) error {
	l.emails.Store(m.ID, m.Email)
	_, err := l.machine.Register(ctx, reconnect.Record{Workspace: workspace, Mailbox: reconnect.Mailbox{
		ID: m.ID, Email: m.Email, SMTPHost: m.SMTPHost, IMAPHost: m.IMAPHost,
		AuthMethod: provider.AuthMethod(m.Method), Status: reconnect.StatusActive, WarmupStatus: reconnect.WarmupActive,
	}})
	if err != nil {
		return err
	}
	return l.vault.Put(ctx, m.ID, credentials(m.Email, m.Method, secret))
}

func credentials(email, method, secret string) reconnect.Credentials {
	c := reconnect.Credentials{Method: provider.AuthMethod(method), Username: email}
	if method == "oauth" {
		c.AccessToken = reconnect.NewSecret(secret)
	} else {
		c.Password = reconnect.NewSecret(secret)
	}
	return c
}

// reportSend tests the stored credentials as the send pipeline would use them
// and reports the provider's refusal, which flags the mailbox.
func (l *library) reportSend(ctx context.Context, id string) error {
	rec, err := l.store.Get(ctx, id)
	if err != nil {
		return err
	}
	c, err := l.vault.Credentials(ctx, id)
	if err != nil {
		return err
	}
	terr := l.tester.Test(ctx, rec.Mailbox, c)
	if terr == nil {
		return nil
	}
	_, err = l.machine.ReportFailure(ctx, id, reconnect.SourceSend, terr)
	return err
}

// reportText reports a failure known as logged text (the token job's log).
func (l *library) reportText(ctx context.Context, id, text string) error {
	_, err := l.machine.ReportFailureText(ctx, id, reconnect.SourceTokenRefresh, text)
	return err
}

// run loads the flagged mailboxes and runs health checks until ctx ends.
func (l *library) run(ctx context.Context) error {
	if err := l.runner.Load(ctx); err != nil {
		return err
	}
	return l.runner.Run(ctx)
}

// nudge asks for a health check now: the owner says the admin fixed it.
func (l *library) nudge(id string) { l.sched.Nudge(id, l.now()) }

// count returns how many mailboxes need reconnecting, and how many there are.
func (l *library) count(ctx context.Context) (needs, total int, err error) {
	if needs, err = l.store.Count(ctx, reconnect.Filter{Workspace: workspace, NeedsReconnect: true}); err != nil {
		return 0, 0, err
	}
	total, err = l.store.Count(ctx, reconnect.Filter{Workspace: workspace})
	return needs, total, err
}

// list returns the workspace's mailboxes, or only those needing reconnection.
func (l *library) list(ctx context.Context, needsOnly bool) ([]mailboxRow, error) {
	recs, err := l.store.List(ctx, reconnect.Filter{Workspace: workspace, NeedsReconnect: needsOnly})
	if err != nil {
		return nil, err
	}
	rows := make([]mailboxRow, len(recs))
	for i, r := range recs {
		rows[i] = row(r)
	}
	return rows, nil
}

func row(r reconnect.Record) mailboxRow {
	d := reconnect.NeedsReconnect(r.Mailbox)
	info, _ := provider.Lookup(r.Provider)
	out := mailboxRow{ID: r.ID, Email: r.Email, Provider: info.Name, ProviderID: string(r.Provider),
		Method: methodLabel(string(r.AuthMethod)), Needs: d.Needs, Reason: reasonLabel(string(d.Reason))}
	return out
}

// page returns everything the mailbox page shows.
func (l *library) page(ctx context.Context, h *host, id string) (mailboxPage, error) {
	r, err := l.store.Get(ctx, id)
	if errors.Is(err, reconnect.ErrNotFound) {
		return mailboxPage{}, errNotFound
	}
	if err != nil {
		return mailboxPage{}, err
	}
	p := mailboxPage{mailboxRow: row(r), LastError: r.LastError}
	if p.Needs {
		v := r.Flag.Verdict
		if v.Class == "" { // flagged by the stored status alone
			v = classify.Verdict{Class: classify.ClassAuth, Reason: r.PauseReason, NeedsReconnect: true}
		}
		p.Verdict = verdictLine(v)
		if plan, ok := provider.PlanFor(r.Provider, r.AuthMethod, v); ok {
			p.Plan = planOf(plan)
		}
		if !r.Flag.At.IsZero() {
			p.Since = r.Flag.At.Format(time.DateTime)
		}
	}
	p.Holds = l.holds(r, h)
	evs, err := l.store.History(ctx, id)
	if err != nil {
		return p, err
	}
	for i := len(evs) - 1; i >= 0; i-- {
		p.History = append(p.History, eventLine(evs[i]))
	}
	return p, nil
}

// holds describes what is held while the mailbox is flagged.
func (l *library) holds(r reconnect.Record, h *host) []string {
	var out []string
	_, _, _, cursor := h.state(r.ID)
	if r.Holds.Warmup.Applied {
		if r.Holds.Warmup.Ours {
			out = append(out, "Warmup paused until the mailbox is reconnected.")
		} else {
			out = append(out, "Warmup was already paused by you; it stays paused after reconnecting.")
		}
	}
	if r.Holds.PeerPool.Applied {
		out = append(out, "Out of the warmup peer pool, so other senders' warmup mail does not bounce off it.")
	}
	if r.Holds.Campaigns.Applied {
		out = append(out, h.campaignNotes(r.ID, l.email)...)
	}
	if r.Holds.InboxSync.Applied {
		out = append(out, fmt.Sprintf("Inbox sync paused at %s; the next sync after reconnecting picks up everything since.", r.Holds.InboxSync.Cursor))
	} else if !r.Flagged() {
		out = append(out, fmt.Sprintf("Inbox sync running (last message seen: UID %d).", cursor))
	}
	return out
}

func (l *library) email(id string) string {
	if v, ok := l.emails.Load(id); ok {
		return v.(string)
	}
	return id
}

// updatePassword tests a new password or app password and stores it only if
// the provider accepts it. A refusal comes back as the verdict and the plan.
func (l *library) updatePassword(ctx context.Context, id, secret string) (*failure, error) {
	r, err := l.store.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	method := r.AuthMethod
	if method == provider.MethodOAuth || method == "" {
		method = provider.MethodPassword
	}
	err = l.machine.UpdateCredentials(ctx, id, credentials(r.Email, string(method), secret))
	var te *reconnect.TestError
	if errors.As(err, &te) {
		f := &failure{Verdict: verdictLine(te.Verdict), Reply: te.Err.Error()}
		if plan, ok := te.Plan(); ok {
			f.Plan = planOf(plan)
		}
		return f, nil
	}
	return nil, err
}

// newSecret returns a random value shaped like a Google app password.
func newSecret() string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	b := make([]byte, 16)
	rand.Read(b)
	var s strings.Builder
	for i, c := range b {
		if i > 0 && i%4 == 0 {
			s.WriteByte(' ')
		}
		s.WriteByte(letters[int(c)%len(letters)])
	}
	return s.String()
}

func (l *library) close() error { return l.store.Close() }

func planOf(p provider.Plan) *planView {
	return &planView{Action: string(p.Action), Actor: actorLabel(string(p.Actor)), Steps: p.Steps, Links: p.Links,
		Prerequisites: p.Prerequisites, WillNotWork: p.WillNotWork, ClearWithin: p.ClearWithin,
		AppPassword: p.AppPasswordRequired, Provider: string(p.Provider)}
}

func verdictLine(v classify.Verdict) string {
	s := classLabel(string(v.Class))
	if v.Code != 0 {
		s += fmt.Sprintf(" (reply %d", v.Code)
		if v.Enhanced != "" {
			s += " " + v.Enhanced
		}
		s += ")"
	}
	return s
}

func eventLine(e reconnect.Event) historyLine {
	h := historyLine{At: e.At.Format(time.DateTime), What: eventLabel(string(e.Kind), string(e.Hold)), Detail: e.Detail}
	if e.Hold == "" {
		h.Source = sourceLabel(string(e.Source))
	}
	if e.Verdict.Class != "" {
		h.Verdict = verdictLine(e.Verdict)
	}
	return h
}
