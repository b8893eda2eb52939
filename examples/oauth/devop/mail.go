package devop

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// MailServer is an SMTP submission server on 127.0.0.1 that accepts XOAUTH2
// logins (developers.google.com/gmail/imap/xoauth2-protocol) whose bearer
// token the provider's userinfo endpoint accepts for the login's address,
// as Gmail and Exchange Online check the token against the account.
type MailServer struct {
	Addr   string // 127.0.0.1:port
	srv    *smtp.Server
	logins chan string
}

// Logins receives the address of each accepted login.
func (m *MailServer) Logins() <-chan string { return m.logins }

// Close stops the server.
func (m *MailServer) Close() { m.srv.Close() }

// StartMail runs a MailServer that checks tokens with op's userinfo endpoint.
func (s *Server) StartMail() (*MailServer, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	m := &MailServer{Addr: l.Addr().String(), logins: make(chan string, 16)}
	m.srv = smtp.NewServer(backend{op: s, m: m})
	m.srv.Domain = "localhost"
	m.srv.AllowInsecureAuth = true // loopback only
	m.srv.ReadTimeout, m.srv.WriteTimeout = 10*time.Second, 10*time.Second
	go m.srv.Serve(l)
	return m, nil
}

type backend struct {
	op *Server
	m  *MailServer
}

func (b backend) NewSession(*smtp.Conn) (smtp.Session, error) { return &session{b: b}, nil }

type session struct{ b backend }

func (s *session) AuthMechanisms() []string { return []string{"XOAUTH2"} }

func (s *session) Auth(mech string) (sasl.Server, error) {
	if mech != "XOAUTH2" {
		return nil, smtp.ErrAuthUnsupported
	}
	return xoauth2{check: s.check}, nil
}

var errRefused = &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Username and Password not accepted"}

// check asks the provider whose token it is.
func (s *session) check(user, token string) error {
	req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, s.b.op.UserinfoURL, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return &smtp.SMTPError{Code: 454, EnhancedCode: smtp.EnhancedCode{4, 7, 0}, Message: "Temporary authentication failure"}
	}
	defer resp.Body.Close()
	var info struct {
		Email string `json:"email"`
	}
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || json.Unmarshal(body, &info) != nil || !strings.EqualFold(info.Email, user) {
		return errRefused
	}
	s.b.m.logins <- user
	return nil
}

func (s *session) Mail(string, *smtp.MailOptions) error { return nil }
func (s *session) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *session) Data(r io.Reader) error               { _, err := io.Copy(io.Discard, r); return err }
func (s *session) Reset()                               {}
func (s *session) Logout() error                        { return nil }

// xoauth2 is the server side of XOAUTH2: one client message,
// "user=" user ^A "auth=Bearer " token ^A ^A.
type xoauth2 struct {
	check func(user, token string) error
}

func (x xoauth2) Next(resp []byte) ([]byte, bool, error) {
	if resp == nil {
		return nil, false, nil // ask for the initial response
	}
	var user, token string
	for _, part := range bytes.Split(resp, []byte{1}) {
		k, v, _ := strings.Cut(string(part), "=")
		switch k {
		case "user":
			user = v
		case "auth":
			token, _ = strings.CutPrefix(v, "Bearer ")
		}
	}
	if user == "" || token == "" {
		return nil, true, errors.New("malformed XOAUTH2 response")
	}
	return nil, true, x.check(user, token)
}
