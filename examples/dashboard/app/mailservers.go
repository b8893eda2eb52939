package app

import (
	"bytes"
	"errors"
	"io"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// mailServer is a provider-like SMTP server on 127.0.0.1. It knows which
// password (or OAuth access token) each account signs in with and refuses
// anything else with its provider's own reply, so the library's tester and
// classifier meet the same replies they meet in production. It accepts
// messages and throws them away: nothing ever leaves the machine.
type mailServer struct {
	name string // provider ID whose replies it mimics
	addr string // 127.0.0.1:port
	srv  *smtp.Server

	mu       sync.Mutex
	accounts map[string]string          // username -> accepted password
	tokens   map[string]string          // username -> accepted OAuth access token
	refusals map[string]*smtp.SMTPError // username -> reply that refuses every login (a sign-in challenge)
	refuse   *smtp.SMTPError            // reply to a wrong password or token
	gate     func(user string) *smtp.SMTPError
	verify   func(user, token string) bool // accepts tokens the sign-in provider issued
}

// startMailServer starts a server mimicking provider name, refusing wrong
// credentials with refuse.
func startMailServer(name string, refuse *smtp.SMTPError) (*mailServer, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	ms := &mailServer{name: name, addr: l.Addr().String(), refuse: refuse,
		accounts: map[string]string{}, tokens: map[string]string{}, refusals: map[string]*smtp.SMTPError{}}
	ms.srv = smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &mailSession{ms: ms}, nil }))
	ms.srv.Domain = name + ".localhost"
	ms.srv.AllowInsecureAuth = true // loopback only; the tester is told so
	ms.srv.ReadTimeout, ms.srv.WriteTimeout = 30*time.Second, 30*time.Second
	go ms.srv.Serve(l)
	return ms, nil
}

// setPassword makes user's password pw (the provider-side change: a new app
// password, a reset).
func (ms *mailServer) setPassword(user, pw string) {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	ms.accounts[strings.ToLower(user)] = pw
	delete(ms.refusals, strings.ToLower(user))
}

// setToken makes tok the access token the server accepts for user.
func (ms *mailServer) setToken(user, tok string) {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	ms.tokens[strings.ToLower(user)] = tok
}

// refuseAlways makes every login of user fail with reply until its password
// is set again.
func (ms *mailServer) refuseAlways(user string, reply *smtp.SMTPError) {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	ms.refusals[strings.ToLower(user)] = reply
}

// check decides a login.
func (ms *mailServer) check(user, password, token string) error {
	user = strings.ToLower(user)
	ms.mu.Lock()
	gate, refusal, verify := ms.gate, ms.refusals[user], ms.verify
	pw, okPW := ms.accounts[user]
	tok, okTok := ms.tokens[user]
	ms.mu.Unlock()
	if gate != nil {
		if r := gate(user); r != nil {
			return r
		}
	}
	if refusal != nil {
		return refusal
	}
	if (token == "" && okPW && password == pw) || (token != "" && okTok && token == tok) {
		return nil
	}
	if token != "" && verify != nil && verify(user, token) {
		return nil
	}
	return ms.refuse
}

func (ms *mailServer) close() error { return ms.srv.Close() }

// mailSession is one SMTP session.
type mailSession struct{ ms *mailServer }

func (s *mailSession) AuthMechanisms() []string { return []string{sasl.Plain, "XOAUTH2"} }

func (s *mailSession) Auth(mech string) (sasl.Server, error) {
	if mech == "XOAUTH2" {
		return &xoauth2Server{check: s.ms.check}, nil
	}
	return sasl.NewPlainServer(func(_, user, pw string) error { return s.ms.check(user, pw, "") }), nil
}

func (s *mailSession) Mail(string, *smtp.MailOptions) error { return nil }
func (s *mailSession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *mailSession) Data(r io.Reader) error               { _, err := io.Copy(io.Discard, r); return err }
func (s *mailSession) Reset()                               {}
func (s *mailSession) Logout() error                        { return nil }

// xoauth2Server is the server side of Google's and Microsoft's XOAUTH2 SASL
// mechanism: "user=" user ^A "auth=Bearer " token ^A ^A
// (https://developers.google.com/gmail/imap/xoauth2-protocol). go-sasl ships no
// XOAUTH2 server.
type xoauth2Server struct {
	check func(user, password, token string) error
	done  bool
}

func (x *xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	if x.done || resp == nil {
		return nil, false, errors.New("dashboard: XOAUTH2 needs an initial response")
	}
	x.done = true
	var user, token string
	for _, f := range bytes.Split(resp, []byte{1}) {
		k, v, _ := strings.Cut(string(f), "=")
		switch k {
		case "user":
			user = v
		case "auth":
			token, _ = strings.CutPrefix(v, "Bearer ")
		}
	}
	if token == "" {
		return nil, true, &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 3}, Message: "Authentication unsuccessful"}
	}
	return nil, true, x.check(user, "", token)
}

// tenants is the simulated Microsoft 365 tenant setting "Authenticated SMTP"
// (SMTP AUTH) per domain, with Microsoft's propagation delay: a change takes
// effect Propagation after it is saved
// (https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission).
type tenants struct {
	mu          sync.Mutex
	now         func() time.Time
	propagation time.Duration
	state       map[string]tenantSMTP // domain -> setting
}

type tenantSMTP struct {
	Enabled bool
	SavedAt time.Time
}

// set saves the setting of domain.
func (t *tenants) set(domain string, enabled bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.state[domain] = tenantSMTP{Enabled: enabled, SavedAt: t.now()}
}

// get returns the saved setting of domain.
func (t *tenants) get(domain string) tenantSMTP {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.state[domain]
}

// known reports whether domain is a simulated tenant.
func (t *tenants) known(domain string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	_, ok := t.state[domain]
	return ok
}

// effective reports whether SMTP AUTH is allowed for domain now, after
// propagation. Before propagation the old value holds: the opposite of the
// saved one.
func (t *tenants) effective(domain string) bool {
	s := t.get(domain)
	if t.now().Sub(s.SavedAt) < t.propagation {
		return !s.Enabled
	}
	return s.Enabled
}

// gate is the Microsoft-like server's tenant check. Its reply is Exchange
// Online's for a tenant with SMTP AUTH off (https://aka.ms/smtp_auth_disabled).
func (t *tenants) gate(user string) *smtp.SMTPError {
	_, domain, _ := strings.Cut(user, "@")
	if !t.known(domain) || t.effective(domain) {
		return nil
	}
	return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 139},
		Message: "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."}
}
