package imapcheck_test

import (
	"bytes"
	"crypto/tls"
	"net"
	"sync"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
	"github.com/stretchr/testify/require"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// memServer is an in-process go-imap v2 server over imapmemserver users, with
// XOAUTH2 and a switch that makes every login fail with a given error.
type memServer struct {
	users    map[string]*imapmemserver.User
	tokens   map[string]string // user name → valid access token
	loginErr error             // if set, every login fails with it
	heard    *recorder         // if set, keeps every password and SASL response received
}

// memConfig configures startMem.
type memConfig struct {
	security provider.Security // ImplicitTLS, StartTLS or Plain
	pki      pki               // server certificate (TLS and STARTTLS)
	loginErr error
	// tlsOnly refuses to authenticate without TLS even on a Plain endpoint:
	// the server announces LOGINDISABLED and no AUTH= mechanism.
	tlsOnly bool
	rec     *recorder // if set, keeps every byte the server receives
	heard   *recorder // if set, keeps every password and SASL response the server decoded
}

// startMem serves one user (ana@example.org, password and token as given) on
// 127.0.0.1 until the test ends and returns the endpoint to reach it.
func startMem(t *testing.T, cfg memConfig, password, token string) reconnect.Endpoint {
	t.Helper()
	ep, stop, err := serveMem(cfg, password, token)
	require.NoError(t, err)
	t.Cleanup(stop)
	return ep
}

// serveMem is startMem without a test: stop ends the server.
func serveMem(cfg memConfig, password, token string) (ep reconnect.Endpoint, stop func(), err error) {
	u := imapmemserver.NewUser("ana@example.org", password)
	if err := u.Create("INBOX", nil); err != nil {
		return ep, nil, err
	}
	ms := &memServer{
		users:    map[string]*imapmemserver.User{"ana@example.org": u},
		tokens:   map[string]string{"ana@example.org": token},
		loginErr: cfg.loginErr,
		heard:    cfg.heard,
	}
	opts := &imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &memSession{srv: ms}, nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}},
		Logger:       discard{},
		InsecureAuth: cfg.security == provider.Plain && !cfg.tlsOnly,
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return ep, nil, err
	}
	var l net.Listener = ln
	if cfg.rec != nil {
		cfg.rec.Listener = ln
		l = cfg.rec
	}
	switch cfg.security {
	case provider.ImplicitTLS:
		l = tls.NewListener(l, cfg.pki.serverConfig())
	case provider.StartTLS:
		opts.TLSConfig = cfg.pki.serverConfig()
	}
	srv := imapserver.New(opts)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		_ = srv.Serve(l)
	}()
	stop = func() {
		srv.Close()
		ln.Close()
		wg.Wait()
	}
	return reconnect.Endpoint{Host: "127.0.0.1", Port: port(ln), Security: cfg.security}, stop, nil
}

type discard struct{}

func (discard) Printf(string, ...any) {}

// memSession logs users in from memServer and serves their mailboxes.
type memSession struct {
	*imapmemserver.UserSession // nil until logged in
	srv                        *memServer
}

var _ imapserver.SessionSASL = (*memSession)(nil)

func (s *memSession) Login(username, password string) error {
	s.srv.heard.Keep([]byte(password))
	if s.srv.loginErr != nil {
		return s.srv.loginErr
	}
	u := s.srv.users[username]
	if u == nil {
		return imapserver.ErrAuthFailed
	}
	if err := u.Login(username, password); err != nil {
		return err
	}
	s.UserSession = imapmemserver.NewUserSession(u)
	return nil
}

func (s *memSession) AuthenticateMechanisms() []string { return []string{"PLAIN", "XOAUTH2"} }

func (s *memSession) Authenticate(mech string) (sasl.Server, error) {
	switch mech {
	case "PLAIN":
		return sasl.NewPlainServer(func(_, username, password string) error {
			return s.Login(username, password)
		}), nil
	case "XOAUTH2":
		return &xoauth2Server{s: s}, nil
	}
	return nil, &imap.Error{Type: imap.StatusResponseTypeNo, Text: "SASL mechanism not supported"}
}

// xoauth2Server plays Gmail's side of XOAUTH2: a bad token gets the JSON error
// challenge, the client's empty response then gets NO [AUTHENTICATIONFAILED].
type xoauth2Server struct {
	s      *memSession
	failed bool
}

func (x *xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	x.s.srv.heard.Keep(resp)
	switch {
	case x.failed:
		if len(resp) != 0 {
			return nil, false, &imap.Error{Type: imap.StatusResponseTypeBad, Text: "expected an empty response"}
		}
		return nil, false, &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeAuthenticationFailed, Text: "Invalid credentials (Failure)"}
	case resp == nil:
		return nil, false, nil // ask for the initial response
	}
	if x.s.srv.loginErr != nil {
		return nil, false, x.s.srv.loginErr
	}
	user, token, ok := parseXOAUTH2(resp)
	if u := x.s.srv.users[user]; ok && u != nil && token == x.s.srv.tokens[user] {
		x.s.UserSession = imapmemserver.NewUserSession(u)
		return nil, true, nil
	}
	x.failed = true
	return []byte(`{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}`), false, nil
}

// parseXOAUTH2 reads "user=U\x01auth=Bearer T\x01\x01".
func parseXOAUTH2(b []byte) (user, token string, ok bool) {
	parts := bytes.Split(b, []byte{1})
	if len(parts) != 4 || len(parts[2]) != 0 || len(parts[3]) != 0 {
		return "", "", false
	}
	u, ok1 := bytes.CutPrefix(parts[0], []byte("user="))
	tok, ok2 := bytes.CutPrefix(parts[1], []byte("auth=Bearer "))
	return string(u), string(tok), ok1 && ok2
}
