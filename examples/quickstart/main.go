// Command quickstart runs the whole reconnection story on this machine, with no
// outside service: a local Gmail-like SMTP server (TLS on 127.0.0.1, answering
// with Gmail's real replies), the in-memory store, a mailbox flagged by a real
// provider reply, its warmup and inbox sync held, its campaign rotating to
// another mailbox, the plan shown to its owner, new credentials tested when
// saved, the flag cleared and every hold released.
//
//	go run ./examples/quickstart
package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/memstore"
	"github.com/mailreconnect/sdk/reconnect/smtpcheck"
)

// Gmail's reply to a revoked app password, as Gmail sends it (testdata/errors/google.jsonl).
var badCredentials = &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8},
	Message: "Username and Password not accepted. For more information, go to\nhttps://support.google.com/mail/?p=BadCredentials d2-20020a05600c4b0200b00d4 - gsmtp"}

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out := &printer{w: w}
	say := out.say

	// 1. A Gmail-like server on 127.0.0.1 that knows one valid app password.
	srv, err := startGmailLike("abcd efgh ijkl mnop")
	if err != nil {
		return err
	}
	say("1. Local Gmail-like SMTP server listening on %s (implicit TLS)", srv.addr)

	// 2. The host application: its campaign scheduler, warmup, peer pool and inbox sync.
	app := newApp(say)
	tester := smtpcheck.New(&smtpcheck.Options{
		TLSConfig: &tls.Config{RootCAs: srv.roots},
		Server: func(reconnect.Mailbox) (reconnect.Endpoint, error) {
			return reconnect.Endpoint{Host: "127.0.0.1", Port: srv.port, Security: provider.ImplicitTLS}, nil
		},
	})
	store := memstore.New()
	m := reconnect.New(store, &reconnect.Options{
		Warmup: app, PeerPool: app, Campaigns: app, InboxSync: inboxSync{app}, Tester: tester,
	})
	for _, id := range []string{"ana@gmail.com", "bo@gmail.com"} {
		if _, err := m.Register(ctx, reconnect.Record{Workspace: "acme", Mailbox: reconnect.Mailbox{
			ID: id, Email: id, SMTPHost: "smtp.gmail.com", AuthMethod: provider.MethodAppPassword,
			Status: reconnect.StatusActive, WarmupStatus: reconnect.WarmupActive}}); err != nil {
			return errors.Join(err, srv.close())
		}
	}
	say("2. Campaign %q sends from %s", "spring", strings.Join(app.senderIDs(), " and "))

	if err := story(ctx, say, m, store, tester, app); err != nil {
		return errors.Join(err, srv.close())
	}
	return errors.Join(srv.close(), out.err)
}

// story is steps 3 to 6: the failure, what the owner reads, a wrong and a
// right new app password.
func story(ctx context.Context, say func(string, ...any), m *reconnect.Machine,
	store *memstore.Store, tester reconnect.Tester, app *app) error {
	// 3. Ana changed her Google password, which revoked her app password: the
	// send pipeline's next login to Gmail is refused.
	old := reconnect.Credentials{Method: provider.MethodAppPassword, Username: "ana@gmail.com", Password: reconnect.NewSecret("wxyz wxyz wxyz wxyz")}
	loginErr := tester.Test(ctx, reconnect.Mailbox{ID: "ana@gmail.com", Email: "ana@gmail.com", SMTPHost: "smtp.gmail.com"}, old)
	if loginErr == nil {
		return errors.New("quickstart: the revoked app password was accepted")
	}
	say("3. The send pipeline logs in to Gmail as ana@gmail.com before sending; Gmail refuses the login. The error, every line of it:")
	for _, line := range strings.Split(loginErr.Error(), "\n") {
		say("     %s", line)
	}
	out, err := m.ReportFailure(ctx, "ana@gmail.com", reconnect.SourceSend, loginErr)
	if err != nil {
		return err
	}
	if !out.Flagged {
		return errors.New("quickstart: Gmail's reply did not flag the mailbox")
	}
	next, ok := reconnect.NextSender(app.senders(), "ana@gmail.com")
	if !ok {
		return errors.New("quickstart: no other mailbox to send from")
	}
	say("   ana@gmail.com now needs its owner; campaign %q keeps running from %s", "spring", next)
	say("   technical: class=%s reason=%s rule=%s source=%s", out.Verdict.Class, out.Verdict.Reason, out.Verdict.Rule, reconnect.SourceSend)

	// 4. What the owner reads in the product.
	rec, err := store.Get(ctx, "ana@gmail.com")
	if err != nil {
		return err
	}
	plan, ok := provider.PlanFor(rec.Provider, rec.AuthMethod, out.Verdict)
	if !ok {
		return fmt.Errorf("quickstart: no plan for %s, %s, %s", rec.Provider, rec.AuthMethod, out.Verdict.Reason)
	}
	info, ok := provider.Lookup(rec.Provider)
	if !ok {
		return fmt.Errorf("quickstart: unknown provider %s", rec.Provider)
	}
	say("4. Reconnect required: %s (%s) can no longer send or sync mail.", rec.Email, info.Name)
	say("   %s", whoActs(plan.Actor))
	for i, s := range plan.Steps {
		say("   %d) %s", i+1, s)
	}
	for _, s := range plan.WillNotWork {
		say("   This will not work: %s", s)
	}
	for _, l := range plan.Links {
		say("   Help: %s", l)
	}
	say("   When it clears: %s", plan.ClearWithin)
	say("   technical: provider=%s action=%s actor=%s", plan.Provider, plan.Action, plan.Actor)

	// 5. The owner pastes her old password by mistake: tested at save, nothing changes.
	err = m.UpdateCredentials(ctx, "ana@gmail.com", old)
	var te *reconnect.TestError
	if !errors.As(err, &te) {
		return fmt.Errorf("quickstart: expected a failed test, got %v", err)
	}
	if rec, err = store.Get(ctx, "ana@gmail.com"); err != nil {
		return err
	}
	say("5. Ana saves her old password by mistake: Gmail refuses it when it is tested, so nothing is saved and the mailbox still needs reconnecting.")
	say("   technical: rule=%s status=%s", te.Verdict.Rule, rec.Status)

	// 6. She pastes the new app password: the test passes and the flag clears at once.
	fresh := reconnect.Credentials{Method: provider.MethodAppPassword, Username: "ana@gmail.com", Password: reconnect.NewSecret("abcd efgh ijkl mnop")}
	app.arrive("ana@gmail.com", 3) // mail that arrived while she was disconnected
	say("6. Ana saves the new app password: Gmail accepts it when it is tested, and the mailbox is reconnected at once.")
	if err := m.UpdateCredentials(ctx, "ana@gmail.com", fresh); err != nil {
		return err
	}
	if rec, err = store.Get(ctx, "ana@gmail.com"); err != nil {
		return err
	}
	hist, err := store.History(ctx, "ana@gmail.com")
	if err != nil {
		return err
	}
	kinds := make([]string, len(hist))
	for i, e := range hist {
		kinds[i] = string(e.Kind)
	}
	say("   Secrets print as %v; the library never emails anyone to reconnect.", fresh.Password)
	say("   technical: status=%s warmup=%s needs_reconnect=%v history=%s", rec.Status, rec.WarmupStatus,
		reconnect.NeedsReconnect(rec.Mailbox).Needs, strings.Join(kinds, ","))
	return nil
}

// whoActs says, to the owner, who has to follow the steps.
func whoActs(a provider.Actor) string {
	switch a {
	case provider.ActorOwner:
		return "What you need to do:"
	case provider.ActorAdmin:
		return "Your email administrator needs to do this:"
	default:
		return "Our team is on it; there is nothing you need to do. What we do:"
	}
}

// printer writes lines to w and keeps the first write error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) say(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format+"\n", args...)
	}
}

// app is a tiny host application: it prints what the Machine asks of it.
type app struct {
	mu      sync.Mutex
	say     func(string, ...any)
	healthy map[string]bool
	order   []string
	uid     map[string]int // inbox sync position per mailbox
}

func newApp(say func(string, ...any)) *app {
	return &app{say: say, healthy: map[string]bool{"ana@gmail.com": true, "bo@gmail.com": true},
		order: []string{"ana@gmail.com", "bo@gmail.com"}, uid: map[string]int{"ana@gmail.com": 1042, "bo@gmail.com": 77}}
}

func (a *app) senderIDs() []string { return a.order }

func (a *app) senders() []reconnect.Sender {
	a.mu.Lock()
	defer a.mu.Unlock()
	var out []reconnect.Sender
	for _, id := range a.order {
		out = append(out, reconnect.Sender{ID: id, Healthy: a.healthy[id]})
	}
	return out
}

func (a *app) arrive(id string, n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.uid[id] += n
}

func (a *app) Pause(_ context.Context, id string) (bool, error) {
	a.say("   hold: warmup paused for %s", id)
	return true, nil
}
func (a *app) Resume(_ context.Context, id string) error {
	a.say("   release: warmup resumed for %s", id)
	return nil
}
func (a *app) Leave(_ context.Context, id string) (bool, error) {
	a.say("   hold: %s left the warmup peer pool", id)
	return true, nil
}
func (a *app) Join(_ context.Context, id string) error {
	a.say("   release: %s back in the warmup peer pool", id)
	return nil
}
func (a *app) Exclude(_ context.Context, id string) (bool, error) {
	a.mu.Lock()
	a.healthy[id] = false
	a.mu.Unlock()
	a.say("   hold: campaigns skip %s for new sends", id)
	return true, nil
}
func (a *app) Include(_ context.Context, id string) error {
	a.mu.Lock()
	a.healthy[id] = true
	a.mu.Unlock()
	a.say("   release: campaigns send from %s again", id)
	return nil
}

// inboxSync adapts app to reconnect.InboxSync, whose Resume takes a cursor.
type inboxSync struct{ *app }

func (s inboxSync) Suspend(_ context.Context, id string) (string, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.say("   hold: inbox sync suspended for %s at uid %d", id, s.uid[id])
	return fmt.Sprint(s.uid[id]), true, nil
}

func (s inboxSync) Resume(_ context.Context, id, cursor string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	from, err := strconv.Atoi(cursor)
	if err != nil {
		return fmt.Errorf("quickstart: inbox cursor %q: %w", cursor, err)
	}
	s.say("   release: inbox sync resumes for %s from uid %d (%d new messages picked up)", id, from, s.uid[id]-from)
	return nil
}

// gmailLike is the local provider-like server.
type gmailLike struct {
	addr  string
	port  int
	roots *x509.CertPool
	close func() error // stops the server and returns why it stopped, nil after a clean stop
}

func startGmailLike(valid string) (*gmailLike, error) {
	cert, roots, err := selfSigned()
	if err != nil {
		return nil, err
	}
	l, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{cert}})
	if err != nil {
		return nil, err
	}
	s := smtp.NewServer(backend{valid: valid})
	s.Domain = "smtp.gmail.com"
	served := make(chan error, 1)
	go func() { served <- s.Serve(l) }()
	stop := func() error {
		if err := s.Close(); err != nil {
			return err
		}
		if err := <-served; !errors.Is(err, smtp.ErrServerClosed) {
			return err
		}
		return nil
	}
	return &gmailLike{addr: l.Addr().String(), port: l.Addr().(*net.TCPAddr).Port, roots: roots, close: stop}, nil
}

type backend struct{ valid string }

func (b backend) NewSession(*smtp.Conn) (smtp.Session, error) { return &session{valid: b.valid}, nil }

type session struct{ valid string }

func (s *session) AuthMechanisms() []string { return []string{sasl.Login, sasl.Plain} }
func (s *session) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, _, password string) error {
		if password != s.valid {
			return badCredentials
		}
		return nil
	}), nil
}
func (s *session) Mail(string, *smtp.MailOptions) error { return nil }
func (s *session) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *session) Data(r io.Reader) error               { _, err := io.Copy(io.Discard, r); return err }
func (s *session) Reset()                               {}
func (s *session) Logout() error                        { return nil }

// selfSigned makes a throwaway certificate for 127.0.0.1 and a pool trusting it.
func selfSigned() (tls.Certificate, *x509.CertPool, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "quickstart"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, IsCA: true, BasicConstraintsValid: true}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	roots := x509.NewCertPool()
	roots.AddCert(leaf)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, roots, nil
}
