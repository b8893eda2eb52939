package imapcheck_test

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"fmt"
	"net"
	"sync"
	"testing"

	"github.com/emersion/go-imap/v2"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/imapcheck"
	"github.com/mailreconnect/sdk/reconnect/testertest"
)

// silentServer accepts connections on 127.0.0.1 and never writes, until the
// test ends.
func silentServer(t *testing.T) reconnect.Endpoint {
	ln := listen(t)
	done := make(chan struct{})
	var wg sync.WaitGroup
	t.Cleanup(func() {
		close(done)
		ln.Close()
		wg.Wait()
	})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func(c net.Conn) {
				defer wg.Done()
				<-done
				c.Close()
			}(c)
		}
	}()
	return reconnect.Endpoint{Host: "127.0.0.1", Port: port(ln), Security: provider.ImplicitTLS}
}

// imapHarness serves each behaviour with go-imap's server (or a scripted one)
// on 127.0.0.1.
func imapHarness(t *testing.T, c testertest.Case) (testertest.Setup, bool) {
	p := newPKI(t, "127.0.0.1")
	rec, heard := &recorder{}, &recorder{}
	var ep reconnect.Endpoint
	trust := p.clientConfig()
	switch c.Behaviour {
	case testertest.Accepts:
		ep = startMem(t, memConfig{security: provider.StartTLS, pki: p, heard: heard}, c.Secret, "")
	case testertest.Silent:
		ep = silentServer(t)
	case testertest.RejectsCredentials:
		// Refused, quoting the password raw and in base64.
		s := &script{loginNo: fmt.Sprintf("[AUTHENTICATIONFAILED] Authentication failed for %q (%s)",
			c.Secret, base64.StdEncoding.EncodeToString([]byte(c.Secret)))}
		ep = s.start(t, p)
	case testertest.BackendDown:
		// Dovecot's reply when its passdb is unreachable.
		down := &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeUnavailable, Text: "Temporary authentication failure."}
		ep = startMem(t, memConfig{security: provider.ImplicitTLS, pki: p, loginErr: down, heard: heard}, c.Secret, "")
	case testertest.StripsStartTLS:
		ep = startMem(t, memConfig{security: provider.Plain, rec: rec, heard: heard}, c.Secret, "")
		ep.Security = provider.StartTLS
	case testertest.UntrustedCert:
		ep = startMem(t, memConfig{security: provider.ImplicitTLS, pki: p, heard: heard}, c.Secret, "")
		trust = &tls.Config{RootCAs: x509.NewCertPool()}
	default:
		return testertest.Setup{}, false
	}
	tt := imapcheck.New(&imapcheck.Options{
		Server:    func(reconnect.Mailbox) (reconnect.Endpoint, error) { return ep, nil },
		TLSConfig: trust,
	})
	return testertest.Setup{
		Tester:      tt,
		Mailbox:     reconnect.Mailbox{ID: "mb_1", Email: c.User, IMAPHost: "127.0.0.1"},
		Credentials: reconnect.Credentials{Method: provider.MethodPassword, Username: c.User, Password: reconnect.NewSecret(c.Secret)},
		Received:    func() []byte { return append(rec.Bytes(), heard.Bytes()...) },
	}, true
}

func TestConformance(t *testing.T) {
	testertest.Run(t, testertest.HarnessFunc(imapHarness))
}
