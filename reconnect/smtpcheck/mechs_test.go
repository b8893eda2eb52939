package smtpcheck_test

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// googleChallenge is the JSON error challenge Google documents for a rejected
// XOAUTH2 token (developers.google.com/gmail/imap/xoauth2-protocol).
const googleChallenge = `{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}`

// plainMech is PLAIN, accepting what check accepts.
func plainMech(check func(user, pass string) error) mechFunc {
	return func(*smtp.Conn) sasl.Server {
		return sasl.NewPlainServer(func(_, user, pass string) error { return check(user, pass) })
	}
}

// loginMech is LOGIN as Microsoft 365 runs it: "Username:", "Password:".
func loginMech(check func(user, pass string) error) mechFunc {
	return func(*smtp.Conn) sasl.Server { return &loginServer{check: check} }
}

type loginServer struct {
	step  int
	user  string
	check func(user, pass string) error
}

func (s *loginServer) Next(resp []byte) ([]byte, bool, error) {
	s.step++
	switch s.step {
	case 1:
		if resp != nil { // initial response: the user name
			s.user, s.step = string(resp), 2
			return []byte("Password:"), false, nil
		}
		return []byte("Username:"), false, nil
	case 2:
		s.user = string(resp)
		return []byte("Password:"), false, nil
	case 3:
		return nil, true, s.check(s.user, string(resp))
	}
	return nil, true, sasl.ErrUnexpectedClientResponse
}

// xoauth2Mech is XOAUTH2 as Google documents it: a rejected token gets the
// JSON challenge, and after the client's empty line, the final error.
func xoauth2Mech(check func(user, token string) error) mechFunc {
	return func(*smtp.Conn) sasl.Server { return &xoauth2Server{check: check} }
}

type xoauth2Server struct {
	check  func(user, token string) error
	failed error
}

func (s *xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	if s.failed != nil {
		if len(resp) != 0 {
			return nil, true, errors.New("expected an empty response after the error challenge")
		}
		return nil, true, s.failed
	}
	if resp == nil {
		return []byte{}, false, nil
	}
	var user, token string
	for _, kv := range strings.Split(string(resp), "\x01") {
		switch {
		case strings.HasPrefix(kv, "user="):
			user = kv[len("user="):]
		case strings.HasPrefix(kv, "auth=Bearer "):
			token = kv[len("auth=Bearer "):]
		}
	}
	if !bytes.HasSuffix(resp, []byte("\x01\x01")) || user == "" || token == "" {
		return nil, true, &smtp.SMTPError{Code: 501, EnhancedCode: smtp.EnhancedCode{5, 5, 2}, Message: "malformed XOAUTH2"}
	}
	if err := s.check(user, token); err != nil {
		s.failed = err
		return []byte(googleChallenge), false, nil
	}
	return nil, true, nil
}

// oauthBearerMech is go-sasl's OAUTHBEARER server accepting the token good.
func oauthBearerMech(good string) mechFunc {
	return func(*smtp.Conn) sasl.Server {
		return sasl.NewOAuthBearerServer(func(o sasl.OAuthBearerOptions) *sasl.OAuthBearerError {
			if o.Token == good {
				return nil
			}
			return &sasl.OAuthBearerError{Status: "invalid_token", Schemes: "bearer"}
		})
	}
}

// dropMech closes the connection as soon as the client starts AUTH.
func dropMech() mechFunc {
	return func(c *smtp.Conn) sasl.Server {
		return serverFunc(func([]byte) ([]byte, bool, error) {
			_ = c.Conn().Close()
			return nil, true, errors.New("dropped")
		})
	}
}

// stallMech never answers AUTH, until release is closed.
func stallMech(release <-chan struct{}) mechFunc {
	return func(*smtp.Conn) sasl.Server {
		return serverFunc(func([]byte) ([]byte, bool, error) {
			<-release
			return nil, true, errors.New("stalled")
		})
	}
}

// echoMech rejects every login with a reply that quotes the client's SASL
// response, raw and in base64, as careless servers do.
func echoMech() mechFunc {
	return func(*smtp.Conn) sasl.Server {
		step := 0
		return serverFunc(func(resp []byte) ([]byte, bool, error) {
			step++
			if resp == nil && step == 1 {
				return []byte("Username:"), false, nil
			}
			return nil, true, &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8},
				Message: fmt.Sprintf("Authentication failed for %q (%s)", resp, b64(resp))}
		})
	}
}

// b64 is the standard base64 form of b, as SASL puts it on the wire.
func b64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

type serverFunc func(resp []byte) ([]byte, bool, error)

func (f serverFunc) Next(resp []byte) ([]byte, bool, error) { return f(resp) }

// fixture is one line of testdata/errors/*.jsonl.
type fixture struct {
	ID       string `json:"id"`
	Code     int    `json:"code"`
	Enhanced string `json:"enhanced"`
	Text     string `json:"text"`
	Class    string `json:"class"`
	Reason   string `json:"reason"`
}

// loadFixture returns the fixture with the given id from testdata/errors/file.
func loadFixture(t *testing.T, file, id string) fixture {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "errors", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var fx fixture
		if err := json.Unmarshal(sc.Bytes(), &fx); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if fx.ID == id {
			return fx
		}
	}
	t.Fatalf("%s: no fixture %q", file, id)
	return fixture{}
}

// fixtureReply turns a fixture into the reply a server sends, byte for byte
// as the provider does: the text from the enhanced code on, with every line of
// a multi-line reply carrying the enhanced code (Gmail's "535-5.7.8 ...").
func fixtureReply(t *testing.T, file, id string) *smtp.SMTPError {
	t.Helper()
	fx := loadFixture(t, file, id)
	i := strings.Index(fx.Text, fx.Enhanced+" ")
	if fx.Code == 0 || i < 0 {
		t.Fatalf("fixture %s has no %d %s reply", id, fx.Code, fx.Enhanced)
	}
	lines := strings.Split(fx.Text[i+len(fx.Enhanced)+1:], "\n")
	for k := range lines {
		for _, sep := range []string{" ", "-"} {
			lines[k] = strings.TrimPrefix(lines[k], fmt.Sprintf("%d%s%s ", fx.Code, sep, fx.Enhanced))
		}
		lines[k] = fx.Enhanced + " " + lines[k]
	}
	return &smtp.SMTPError{Code: fx.Code, EnhancedCode: smtp.NoEnhancedCode, Message: strings.Join(lines, "\n")}
}
