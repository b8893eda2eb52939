package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"strconv"
	"sync"

	"github.com/mailreconnect/sdk/examples/oauth/devop"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
	"github.com/mailreconnect/sdk/reconnect/regrant"
	"github.com/mailreconnect/sdk/reconnect/smtpcheck"
)

// vault keeps credentials in memory: the Machine's Vault and the flow's Tokens.
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

func (v *vault) Get(id string) reconnect.Credentials {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.m[id]
}

func (v *vault) RefreshToken(_ context.Context, id string) (reconnect.Secret, error) {
	return v.Get(id).RefreshToken, nil
}

// rig is the whole round trip on 127.0.0.1: the provider (devop), a mail
// server that takes XOAUTH2, the application (its Start and Callback
// handlers over a reconnect.Machine) and a browser with a cookie jar.
type rig struct {
	op      *devop.Server
	mail    *devop.MailServer
	app     *httptest.Server
	store   *memstore.Store
	machine *reconnect.Machine
	vault   *vault
	flow    *regrant.Flow
	browser *http.Client
	events  chan reconnect.Event
}

func newRig(users ...string) (*rig, error) {
	r := &rig{store: memstore.New(), vault: &vault{m: map[string]reconnect.Credentials{}}, events: make(chan reconnect.Event, 64)}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	appURL := "http://" + l.Addr().String()
	if r.op, err = devop.Start(appURL+"/callback", users...); err != nil {
		l.Close()
		return nil, err
	}
	if r.mail, err = r.op.StartMail(); err != nil {
		r.Close()
		return nil, err
	}
	host, port, _ := net.SplitHostPort(r.mail.Addr)
	p, _ := strconv.Atoi(port)
	tester := smtpcheck.New(&smtpcheck.Options{
		Server: func(reconnect.Mailbox) (reconnect.Endpoint, error) {
			return reconnect.Endpoint{Host: host, Port: p, Security: provider.Plain}, nil
		},
		AllowInsecureAuth: true, // loopback only
	})
	r.machine = reconnect.New(r.store, &reconnect.Options{Tester: tester, Vault: r.vault,
		OnEvent: func(e reconnect.Event) {
			select {
			case r.events <- e:
			default:
			}
		}})
	r.flow, err = regrant.New(r.machine, r.store, &regrant.Options{
		Key:         []byte("example key: 32 bytes or longer!"),
		RedirectURL: appURL + "/callback",
		Apps: func(provider.ID) (regrant.App, error) {
			return regrant.App{ClientID: r.op.ClientID, ClientSecret: reconnect.NewSecret(r.op.ClientSecret)}, nil
		},
		// The registry's scopes and parameters for the mailbox, at the
		// local provider's URLs.
		Endpoint: func(rec reconnect.Record, tenant string) (regrant.Endpoint, error) {
			e, err := regrant.DefaultEndpoint(rec, tenant)
			e.AuthURL, e.TokenURL, e.Issuer, e.KeysURL = r.op.AuthURL, r.op.TokenURL, r.op.Issuer, r.op.KeysURL
			return e, err
		},
		Tokens:         r.vault,
		InsecureCookie: true, // plain HTTP on loopback
	})
	if err != nil {
		r.Close()
		return nil, err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /start", func(w http.ResponseWriter, req *http.Request) {
		rec, err := r.store.Get(req.Context(), req.URL.Query().Get("mailbox"))
		if err != nil {
			http.Error(w, "no such mailbox", http.StatusNotFound)
			return
		}
		s, err := r.flow.StartHTTP(w, req, rec)
		if err != nil {
			http.Error(w, "cannot start the sign-in", http.StatusInternalServerError)
			return
		}
		http.Redirect(w, req, s.URL, http.StatusFound)
	})
	mux.HandleFunc("GET /callback", func(w http.ResponseWriter, req *http.Request) {
		res, _ := r.flow.Finish(req.Context(), req)
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(res)
	})
	r.app = &httptest.Server{Listener: l, Config: &http.Server{Handler: mux}}
	r.app.Start()
	jar, _ := cookiejar.New(nil)
	r.browser = &http.Client{Jar: jar}
	return r, nil
}

// Close stops every server.
func (r *rig) Close() {
	if r.app != nil {
		r.app.Close()
	}
	if r.mail != nil {
		r.mail.Close()
	}
	r.op.Close()
}

// reconnect plays the owner clicking "Reconnect": the browser opens the
// application's start URL and follows every redirect, through the
// provider's sign-in, back to the callback, whose Result it returns.
func (r *rig) reconnect(mailboxID string) (regrant.Result, error) {
	resp, err := r.browser.Get(r.app.URL + "/start?mailbox=" + mailboxID)
	if err != nil {
		return regrant.Result{}, err
	}
	defer resp.Body.Close()
	if resp.Request.URL.Path != "/callback" {
		return regrant.Result{}, fmt.Errorf("the browser ended at %s (HTTP %d)", resp.Request.URL.Path, resp.StatusCode)
	}
	var res regrant.Result
	return res, json.NewDecoder(resp.Body).Decode(&res)
}

// addFlagged registers a mailbox and flags it as a dead grant would.
func (r *rig) addFlagged(ctx context.Context, rec reconnect.Record) error {
	if _, err := r.machine.Register(ctx, rec); err != nil {
		return err
	}
	out, err := r.machine.ReportFailureText(ctx, rec.ID, reconnect.SourceTokenRefresh,
		`oauth2: "invalid_grant" "AADSTS700082: The refresh token has expired due to inactivity."`)
	if err == nil && !out.Flagged {
		err = fmt.Errorf("mailbox %s was not flagged", rec.ID)
	}
	return err
}
