package smtpcheck_test

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log"
	"net"

	"github.com/emersion/go-smtp"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
	"github.com/mailreconnect/sdk/reconnect/smtpcheck"
)

// The Machine tests new credentials with the Tester before it stores them and
// clears the flag. Here a stand-in for smtp.gmail.com:465 runs in-process on
// 127.0.0.1; in production leave Options.Server and Options.TLSConfig nil.
func Example() {
	gmail, roots, stop := fakeGmail("ana@gmail.com", "new-app-password")
	defer stop()

	tester := smtpcheck.New(&smtpcheck.Options{
		Server:    func(reconnect.Mailbox) (reconnect.Endpoint, error) { return gmail, nil },
		TLSConfig: &tls.Config{RootCAs: roots},
	})
	store := memstore.New()
	m := reconnect.New(store, &reconnect.Options{Tester: tester})
	ctx := context.Background()
	mb := reconnect.Mailbox{ID: "mb_42", Email: "ana@gmail.com", SMTPHost: "smtp.gmail.com", Status: reconnect.StatusActive}
	if _, err := m.Register(ctx, reconnect.Record{Mailbox: mb}); err != nil {
		log.Fatal(err)
	}
	creds := func(pw string) reconnect.Credentials {
		return reconnect.Credentials{Method: provider.MethodAppPassword, Username: mb.Email, Password: reconnect.NewSecret(pw)}
	}

	// Gmail refuses the revoked app password; the send pipeline reports it.
	sendErr := tester.Test(ctx, mb, creds("revoked-app-password"))
	out, _ := m.ReportFailure(ctx, mb.ID, reconnect.SourceSend, sendErr)
	fmt.Println("flagged:", out.Flagged, out.Verdict.Reason)

	// The owner pastes the old password again: tested, refused, nothing stored.
	err := m.UpdateCredentials(ctx, mb.ID, creds("revoked-app-password"))
	var te *reconnect.TestError
	if errors.As(err, &te) {
		fmt.Println("refused:", te.Verdict.Class)
	}

	// The new app password passes the test: the flag clears at once.
	if err := m.UpdateCredentials(ctx, mb.ID, creds("new-app-password")); err != nil {
		log.Fatal(err)
	}
	rec, _ := store.Get(ctx, mb.ID)
	fmt.Println("flagged:", rec.Flagged(), rec.Status)
	// Output:
	// flagged: true auth_failure
	// refused: auth
	// flagged: false active
}

// fakeGmail runs an implicit-TLS server on 127.0.0.1 that accepts one user and
// password and answers anything else with Gmail's BadCredentials reply.
func fakeGmail(user, pass string) (reconnect.Endpoint, *x509.CertPool, func()) {
	p, err := newPKI()
	if err != nil {
		log.Fatal(err)
	}
	bad := &smtp.SMTPError{Code: 535, EnhancedCode: smtp.NoEnhancedCode, Message: "5.7.8 Username and Password not accepted. For more information, go to\n" +
		"5.7.8  https://support.google.com/mail/?p=BadCredentials af79cd13be357-794f3061475sm18893085a.74 - gsmtp"}
	be := newBackend("PLAIN", plainMech(func(u, pw string) error {
		if u == user && pw == pass {
			return nil
		}
		return bad
	}))
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	s := smtp.NewServer(be)
	s.ErrorLog = log.New(io.Discard, "", 0)
	go func() { _ = s.Serve(tls.NewListener(l, serverTLS(p.local))) }()
	ep := reconnect.Endpoint{Host: "127.0.0.1", Port: l.Addr().(*net.TCPAddr).Port, Security: provider.ImplicitTLS}
	return ep, p.roots, func() { _ = s.Close() }
}
