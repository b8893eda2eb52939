package smtpcheck_test

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"sync"
	"testing"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/smtpcheck"
	"github.com/mailreconnect/sdk/reconnect/testertest"
)

// saslLog keeps every SASL response a server's mechanisms decoded: what the
// server read of the credentials, even under TLS.
type saslLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *saslLog) wrap(f mechFunc) mechFunc {
	return func(c *smtp.Conn) sasl.Server {
		inner := f(c)
		return serverFunc(func(resp []byte) ([]byte, bool, error) {
			l.mu.Lock()
			l.buf.Write(resp)
			l.buf.WriteByte('\n')
			l.mu.Unlock()
			return inner.Next(resp)
		})
	}
}

func (l *saslLog) bytes() []byte {
	l.mu.Lock()
	defer l.mu.Unlock()
	return bytes.Clone(l.buf.Bytes())
}

// smtpHarness serves each behaviour with go-smtp on 127.0.0.1.
func smtpHarness(t *testing.T, c testertest.Case) (testertest.Setup, bool) {
	p := testPKI(t)
	check := func(user, pass string) error {
		if user == c.User && pass == c.Secret {
			return nil
		}
		return badCredentials
	}
	var log saslLog
	opts := &smtpcheck.Options{TLSConfig: p.clientTLS(), LocalName: "client.example.org"}
	var srv *server
	var ep reconnect.Endpoint
	switch c.Behaviour {
	case testertest.Accepts:
		srv = startServer(t, startTLS, p.local, newBackend("PLAIN", log.wrap(plainMech(check))))
		ep = srv.endpoint(provider.StartTLS)
	case testertest.Silent:
		ep = rawEndpoint(startRaw(t, silent), provider.ImplicitTLS)
	case testertest.RejectsCredentials:
		// Refused, quoting the client's response raw and in base64.
		var echo mechFunc = func(*smtp.Conn) sasl.Server {
			return serverFunc(func(resp []byte) ([]byte, bool, error) {
				return nil, true, &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8},
					Message: fmt.Sprintf("Username and Password not accepted: %q (%s)", resp, b64(resp))}
			})
		}
		srv = startServer(t, implicitTLS, p.local, newBackend("PLAIN", log.wrap(echo)))
		ep = srv.endpoint(provider.ImplicitTLS)
	case testertest.BackendDown:
		// RFC 4954 section 6: "454 4.7.0 Temporary authentication failure".
		down := plainMech(func(string, string) error {
			return &smtp.SMTPError{Code: 454, EnhancedCode: smtp.EnhancedCode{4, 7, 0}, Message: "Temporary authentication failure"}
		})
		srv = startServer(t, implicitTLS, p.local, newBackend("PLAIN", log.wrap(down)))
		ep = srv.endpoint(provider.ImplicitTLS)
	case testertest.StripsStartTLS:
		srv = startServer(t, noTLS, p.local, newBackend("PLAIN", log.wrap(plainMech(check)), "LOGIN", log.wrap(loginMech(check))))
		ep = srv.endpoint(provider.StartTLS)
	case testertest.UntrustedCert:
		srv = startServer(t, implicitTLS, p.local, newBackend("PLAIN", log.wrap(plainMech(check))))
		ep = srv.endpoint(provider.ImplicitTLS)
		opts.TLSConfig = &tls.Config{RootCAs: x509.NewCertPool()}
	default:
		return testertest.Setup{}, false
	}
	opts.Server = serverFor(ep)
	s := testertest.Setup{
		Tester:      smtpcheck.New(opts),
		Mailbox:     reconnect.Mailbox{ID: "mb_1", Email: c.User, SMTPHost: "127.0.0.1"},
		Credentials: reconnect.Credentials{Method: provider.MethodPassword, Username: c.User, Password: reconnect.NewSecret(c.Secret)},
	}
	if srv != nil {
		s.Received = func() []byte { return append(srv.rec.Bytes(), log.bytes()...) }
	}
	return s, true
}

func TestConformance(t *testing.T) {
	testertest.Run(t, testertest.HarnessFunc(smtpHarness))
}
