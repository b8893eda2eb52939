// Command capture runs real Go network, TLS, x509, context, SMTP-client and
// OAuth code against servers it starts itself on the loopback interface
// (127.0.0.1 and ::1 only), and prints the exact err.Error() texts it gets as
// fixture lines for testdata/errors/network.jsonl.
//
// It lives under testdata, so `go test ./...` never builds it, and it needs
// modules the library does not require. Run it in a throw-away module, from
// the repository root:
//
//	rm -rf /tmp/capture && mkdir /tmp/capture && cp testdata/capture/main.go /tmp/capture/
//	(cd /tmp/capture && go mod init capture &&
//	  go get github.com/emersion/go-smtp@v0.25.1 github.com/emersion/go-sasl golang.org/x/oauth2@v0.38.0 &&
//	  go run .) > testdata/errors/network.jsonl 2> /tmp/capture-types.txt
//
// (or `cd testdata/capture && go mod init capture && go get ... && go run .`,
// then delete the go.mod and go.sum it leaves behind). A run takes about 25s.
//
// Standard output gets one fixture line per case. The id, class, reason, note
// and lookalike flag of each case are written below, next to the case; text,
// code and enhanced come from the Go value (code/enhanced from *smtp.SMTPError,
// *textproto.Error or *oauth2.RetrieveError.Response.StatusCode). Standard
// error gets, for each id, the chain of Go value types behind the text, for
// tests that rebuild the values. The program exits 1 if a case returns no
// error or hangs.
//
// Nothing leaves the machine:
//   - every server (SMTP, TLS, HTTP token endpoint, DNS) listens on 127.0.0.1
//     (the refused-connection cases also dial [::1], where nothing listens);
//   - every client dials an IP literal on loopback, except the DNS cases, which
//     use a net.Resolver with PreferGo and a Dial function that always dials the
//     fake DNS server on 127.0.0.1, whatever server /etc/resolv.conf names; the
//     "on <server>" part of a DNS error is still the first nameserver of
//     /etc/resolv.conf, because that is the name the resolver reports;
//   - looked-up names are under .invalid and .test;
//   - SSL_CERT_FILE is pointed at a throw-away CA written by this program, so
//     the "system" roots trust only that CA (go-smtp SendMail needs it).
//
// Ports, addresses and times inside the texts change from run to run.
package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"log"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	netsmtp "net/smtp"
	"net/textproto"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"golang.org/x/oauth2"
)

// ---------------------------------------------------------------------------
// Fixture output

type fixture struct {
	ID        string `json:"id"`
	Provider  string `json:"provider"`
	Protocol  string `json:"protocol"`
	Host      string `json:"host"`
	Code      int    `json:"code"`
	Enhanced  string `json:"enhanced"`
	Text      string `json:"text"`
	Class     string `json:"class"`
	Reason    string `json:"reason"`
	Source    string `json:"source"`
	Note      string `json:"note,omitempty"`
	Lookalike bool   `json:"lookalike,omitempty"`
}

// Package names used in `source`.
const (
	pkgNet     = "net"
	pkgTLS     = "crypto/tls"
	pkgCtx     = "context"
	pkgNetSMTP = "net/smtp"
	pkgGoSMTP  = "github.com/emersion/go-smtp"
	pkgSASL    = "github.com/emersion/go-sasl"
	pkgOAuth2  = "golang.org/x/oauth2"
	pkgHTTP    = "net/http"
)

type caseDef struct {
	name      string // case name; the fixture id is "go-" + name
	protocol  string // network, smtp, oauth
	pkg       string // package whose call returned the error
	class     string
	reason    string
	note      string
	lookalike bool
	run       func() error
}

var modVersions = map[string]string{}

func pkgWithVersion(p string) string {
	for mod, v := range modVersions {
		if p == mod || strings.HasPrefix(p, mod+"/") {
			return p + " " + v
		}
	}
	return p
}

func goVersion() string {
	return "Go " + strings.TrimPrefix(runtime.Version(), "go")
}

// typeChain describes the Go values behind err, outermost first.
func typeChain(err error) string {
	var parts []string
	for err != nil {
		s := fmt.Sprintf("%T", err)
		switch e := err.(type) {
		case *net.OpError:
			s += fmt.Sprintf("{Op:%q Net:%q}", e.Op, e.Net)
		case *os.SyscallError:
			s += fmt.Sprintf("{Syscall:%q}", e.Syscall)
		case syscall.Errno:
			s += fmt.Sprintf("(%d %s)", uintptr(e), errnoName(e))
		case *url.Error:
			s += fmt.Sprintf("{Op:%q URL:%q}", e.Op, e.URL)
		case *oauth2.RetrieveError:
			s += fmt.Sprintf("{Response.StatusCode:%d ErrorCode:%q ErrorDescription:%q ErrorURI:%q}", e.Response.StatusCode, e.ErrorCode, e.ErrorDescription, e.ErrorURI)
		case *smtp.SMTPError:
			s += fmt.Sprintf("{Code:%d EnhancedCode:%v Message:%q}", e.Code, e.EnhancedCode, e.Message)
		case *textproto.Error:
			s += fmt.Sprintf("{Code:%d Msg:%q}", e.Code, e.Msg)
		case *net.DNSError:
			s += fmt.Sprintf("{Err:%q Name:%q Server:%q IsTimeout:%v IsTemporary:%v IsNotFound:%v}", e.Err, e.Name, e.Server, e.IsTimeout, e.IsTemporary, e.IsNotFound)
		case *sasl.OAuthBearerError:
			s += fmt.Sprintf("{Status:%q Schemes:%q Scope:%q}", e.Status, e.Schemes, e.Scope)
		case *tls.CertificateVerificationError:
			s += fmt.Sprintf("{len(UnverifiedCertificates):%d}", len(e.UnverifiedCertificates))
		case x509.HostnameError:
			s += fmt.Sprintf("{Host:%q}", e.Host)
		case x509.CertificateInvalidError:
			s += fmt.Sprintf("{Reason:%d Detail:%q}", e.Reason, e.Detail)
		case x509.UnknownAuthorityError:
			s += "{hintErr set: " + fmt.Sprint(strings.Contains(e.Error(), "possibly because")) + "}"
		case tls.RecordHeaderError:
			s += fmt.Sprintf("{Msg:%q}", e.Msg)
		case textproto.ProtocolError:
			s += fmt.Sprintf("(%q)", string(e))
		}
		if err == io.EOF {
			s += " (io.EOF)"
		} else if err == io.ErrUnexpectedEOF {
			s += " (io.ErrUnexpectedEOF)"
		} else if err == context.Canceled {
			s += " (context.Canceled)"
		} else if err == context.DeadlineExceeded {
			s += " (context.DeadlineExceeded)"
		} else if err == os.ErrDeadlineExceeded {
			s += " (os.ErrDeadlineExceeded)"
		} else if err == net.ErrClosed {
			s += " (net.ErrClosed)"
		}
		if ne, ok := err.(net.Error); ok {
			s += fmt.Sprintf(" [net.Error Timeout()=%v]", ne.Timeout())
		}
		parts = append(parts, s)
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			var subs []string
			for _, e := range j.Unwrap() {
				subs = append(subs, typeChain(e))
			}
			parts = append(parts, "join["+strings.Join(subs, " | ")+"]")
			break
		}
		err = errors.Unwrap(err)
	}
	return strings.Join(parts, " -> ")
}

func errnoName(e syscall.Errno) string {
	switch e {
	case syscall.ECONNREFUSED:
		return "ECONNREFUSED"
	case syscall.ECONNRESET:
		return "ECONNRESET"
	case syscall.EPIPE:
		return "EPIPE"
	case syscall.ETIMEDOUT:
		return "ETIMEDOUT"
	}
	return "errno"
}

// codes derives `code` and `enhanced` from the Go value.
func codes(err error) (int, string) {
	var se *smtp.SMTPError
	if errors.As(err, &se) {
		enh := ""
		if se.EnhancedCode != smtp.NoEnhancedCode && se.EnhancedCode != (smtp.EnhancedCode{}) {
			enh = fmt.Sprintf("%d.%d.%d", se.EnhancedCode[0], se.EnhancedCode[1], se.EnhancedCode[2])
		}
		return se.Code, enh
	}
	var te *textproto.Error
	if errors.As(err, &te) {
		enh := ""
		if f := strings.Fields(te.Msg); len(f) > 0 && len(strings.Split(f[0], ".")) == 3 {
			enh = f[0]
		}
		return te.Code, enh
	}
	var re *oauth2.RetrieveError
	if errors.As(err, &re) && re.Response != nil {
		return re.Response.StatusCode, ""
	}
	return 0, ""
}

// ---------------------------------------------------------------------------
// Certificates

type certs struct {
	caPool     *x509.CertPool
	caPEMPath  string
	authPool   *x509.CertPool // trusts "SMTP Authentication CA"
	leafA      tls.Certificate
	leafMulti  tls.Certificate
	leafName   tls.Certificate // smtp.example.test only, no IP SAN
	leafOK     tls.Certificate // smtp.example.test + 127.0.0.1
	selfSigned tls.Certificate
	expired    tls.Certificate
	notYet     tls.Certificate
	legacyCN   tls.Certificate
	clientEKU  tls.Certificate
	forgedAuth tls.Certificate
	clientSelf tls.Certificate
}

var serial int64 = 100

func newKey() *ecdsa.PrivateKey {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		panic(err)
	}
	return k
}

func makeCert(tmpl *x509.Certificate, parent *x509.Certificate, parentKey *ecdsa.PrivateKey, key *ecdsa.PrivateKey) (tls.Certificate, *x509.Certificate) {
	serial++
	tmpl.SerialNumber = big.NewInt(serial)
	if tmpl.NotBefore.IsZero() {
		tmpl.NotBefore = time.Now().Add(-time.Hour)
	}
	if tmpl.NotAfter.IsZero() {
		tmpl.NotAfter = time.Now().Add(24 * time.Hour)
	}
	if parent == nil {
		parent, parentKey = tmpl, key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, &key.PublicKey, parentKey)
	if err != nil {
		panic(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		panic(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: c}, c
}

func caTemplate(cn string) *x509.Certificate {
	return &x509.Certificate{
		Subject:               pkix.Name{CommonName: cn, Organization: []string{"Capture Test"}},
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
		NotBefore:             time.Now().Add(-365 * 24 * time.Hour),
		NotAfter:              time.Now().Add(365 * 24 * time.Hour),
	}
}

func leafTemplate(cn string, dns []string, ips []net.IP) *x509.Certificate {
	return &x509.Certificate{
		Subject:     pkix.Name{CommonName: cn},
		DNSNames:    dns,
		IPAddresses: ips,
		KeyUsage:    x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
}

func makeCerts(dir string) *certs {
	c := &certs{}
	caKey := newKey()
	_, ca := makeCert(caTemplate("Capture Test Root CA"), nil, nil, caKey)
	c.caPool = x509.NewCertPool()
	c.caPool.AddCert(ca)
	c.caPEMPath = filepath.Join(dir, "ca.pem")
	if err := os.WriteFile(c.caPEMPath, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: ca.Raw}), 0o600); err != nil {
		panic(err)
	}
	loop := []net.IP{net.ParseIP("127.0.0.1"), net.ParseIP("::1")}

	c.leafA, _ = makeCert(leafTemplate("a.example", []string{"a.example"}, nil), ca, caKey, newKey())
	c.leafMulti, _ = makeCert(leafTemplate("mail.a.example", []string{"mail.a.example", "*.a.example"}, nil), ca, caKey, newKey())
	c.leafName, _ = makeCert(leafTemplate("smtp.example.test", []string{"smtp.example.test"}, nil), ca, caKey, newKey())
	c.leafOK, _ = makeCert(leafTemplate("smtp.example.test", []string{"smtp.example.test"}, loop), ca, caKey, newKey())
	c.selfSigned, _ = makeCert(leafTemplate("smtp.example.test", []string{"smtp.example.test"}, nil), nil, nil, newKey())

	exp := leafTemplate("smtp.example.test", []string{"smtp.example.test"}, nil)
	exp.NotBefore = time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	exp.NotAfter = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	c.expired, _ = makeCert(exp, ca, caKey, newKey())

	ny := leafTemplate("smtp.example.test", []string{"smtp.example.test"}, nil)
	ny.NotBefore = time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	ny.NotAfter = time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	c.notYet, _ = makeCert(ny, ca, caKey, newKey())

	c.legacyCN, _ = makeCert(leafTemplate("smtp.example.test", nil, nil), ca, caKey, newKey())

	eku := leafTemplate("smtp.example.test", []string{"smtp.example.test"}, nil)
	eku.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}
	c.clientEKU, _ = makeCert(eku, ca, caKey, newKey())

	// A trusted CA called "SMTP Authentication CA", and a leaf whose issuer
	// name is that CA but which was signed by another key.
	authKey := newKey()
	authTmpl := caTemplate("SMTP Authentication CA")
	authTmpl.SubjectKeyId = []byte{1, 2, 3, 4, 5, 6, 7, 8}
	_, authCA := makeCert(authTmpl, nil, nil, authKey)
	c.authPool = x509.NewCertPool()
	c.authPool.AddCert(authCA)
	forgerKey := newKey()
	forgerTmpl := caTemplate("SMTP Authentication CA")
	forgerTmpl.SubjectKeyId = []byte{1, 2, 3, 4, 5, 6, 7, 8}
	_, forger := makeCert(forgerTmpl, nil, nil, forgerKey)
	c.forgedAuth, _ = makeCert(leafTemplate("smtp.example.test", []string{"smtp.example.test"}, nil), forger, forgerKey, newKey())

	cl := leafTemplate("client.example.test", []string{"client.example.test"}, nil)
	cl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}
	c.clientSelf, _ = makeCert(cl, nil, nil, newKey())
	return c
}

// ---------------------------------------------------------------------------
// Loopback servers

var (
	cleanupMu sync.Mutex
	cleanups  []func()
)

func atExit(f func()) {
	cleanupMu.Lock()
	cleanups = append(cleanups, f)
	cleanupMu.Unlock()
}

// listen starts a TCP listener on loopback and runs handle for every connection.
func listen(network, addr string, handle func(net.Conn)) string {
	l, err := net.Listen(network, addr)
	if err != nil {
		panic(err)
	}
	atExit(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				handle(c)
			}()
		}
	}()
	return l.Addr().String()
}

func listenTCP(handle func(net.Conn)) string { return listen("tcp4", "127.0.0.1:0", handle) }

func resetConn(c net.Conn) {
	if tc, ok := c.(*net.TCPConn); ok {
		tc.SetLinger(0)
	}
	c.Close()
}

// rule answers a command line that starts with prefix (case-insensitive).
type rule struct {
	prefix string
	reply  string // raw reply, lines separated by \r\n (added if missing)
	action string // "", "close", "reset"
}

// scriptedSMTP is a hand-written SMTP server: it sends greeting, then answers
// every line with the first matching rule.
func scriptedSMTP(greeting string, rules ...rule) string {
	return listenTCP(func(c net.Conn) { runScript(c, greeting, rules) })
}

func runScript(c net.Conn, greeting string, rules []rule) {
	c.SetDeadline(time.Now().Add(20 * time.Second))
	if greeting != "" {
		io.WriteString(c, crlf(greeting))
	}
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		line = strings.TrimRight(line, "\r\n")
		matched := false
		for _, ru := range rules {
			if strings.HasPrefix(strings.ToUpper(line), strings.ToUpper(ru.prefix)) {
				matched = true
				switch ru.action {
				case "close":
					c.Close()
					return
				case "reset":
					resetConn(c)
					return
				}
				io.WriteString(c, crlf(ru.reply))
				break
			}
		}
		if !matched {
			switch {
			case strings.HasPrefix(strings.ToUpper(line), "QUIT"):
				io.WriteString(c, "221 2.0.0 Bye\r\n")
				return
			default:
				io.WriteString(c, "502 5.5.2 Error: command not recognized\r\n")
			}
		}
	}
}

func crlf(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.TrimSuffix(s, "\n")
	return strings.ReplaceAll(s, "\n", "\r\n") + "\r\n"
}

// tlsServer accepts TLS connections with cfg, then runs after on the TLS conn.
func tlsServer(cfg *tls.Config, after func(*tls.Conn)) string {
	return listenTCP(func(c net.Conn) {
		c.SetDeadline(time.Now().Add(20 * time.Second))
		tc := tls.Server(c, cfg)
		if err := tc.Handshake(); err != nil {
			return
		}
		if after != nil {
			after(tc)
		}
	})
}

func smtpOverTLS(tc *tls.Conn) {
	runScript(tc, "220 smtp.example.test ESMTP ready", []rule{{prefix: "EHLO", reply: "250-smtp.example.test\n250 AUTH PLAIN"}})
}

// go-smtp server with a backend.

type backend struct {
	mechs []string
	auth  func(mech string) (sasl.Server, error)
}

func (b *backend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	if b.auth == nil {
		return &plainSession{}, nil
	}
	return &authSession{b: b}, nil
}

type plainSession struct{}

func (s *plainSession) Reset()                                      {}
func (s *plainSession) Logout() error                               { return nil }
func (s *plainSession) Mail(from string, o *smtp.MailOptions) error { return nil }
func (s *plainSession) Rcpt(to string, o *smtp.RcptOptions) error   { return nil }
func (s *plainSession) Data(r io.Reader) error                      { _, err := io.Copy(io.Discard, r); return err }

type authSession struct {
	plainSession
	b *backend
}

func (s *authSession) AuthMechanisms() []string { return s.b.mechs }
func (s *authSession) Auth(mech string) (sasl.Server, error) {
	return s.b.auth(mech)
}

func goSMTPServer(be *backend, configure func(*smtp.Server)) string {
	s := smtp.NewServer(be)
	s.Domain = "smtp.example.test"
	s.ErrorLog = nopLogger{}
	s.ReadTimeout = 20 * time.Second
	s.WriteTimeout = 20 * time.Second
	if configure != nil {
		configure(s)
	}
	l, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go s.Serve(l)
	atExit(func() { s.Close() })
	return l.Addr().String()
}

type nopLogger struct{}

func (nopLogger) Printf(string, ...interface{}) {}
func (nopLogger) Println(...interface{})        {}

// ---------------------------------------------------------------------------
// Fake DNS server on 127.0.0.1 (UDP). The answer depends on the first label:
// "servfail..." -> SERVFAIL, "refused..." -> REFUSED, "nodata..." -> NOERROR
// without answers, "drop..." -> no answer at all, anything else -> NXDOMAIN.

func startDNS() string {
	pc, err := net.ListenPacket("udp4", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	atExit(func() { pc.Close() })
	go func() {
		buf := make([]byte, 1500)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			if resp := dnsAnswer(buf[:n]); resp != nil {
				pc.WriteTo(resp, from)
			}
		}
	}()
	return pc.LocalAddr().String()
}

func dnsAnswer(q []byte) []byte {
	if len(q) < 12 {
		return nil
	}
	// Walk the question name.
	i := 12
	var labels []string
	for i < len(q) && q[i] != 0 {
		l := int(q[i])
		if i+1+l > len(q) {
			return nil
		}
		labels = append(labels, string(q[i+1:i+1+l]))
		i += 1 + l
	}
	i++          // zero label
	end := i + 4 // qtype, qclass
	if end > len(q) || len(labels) == 0 {
		return nil
	}
	rcode := byte(3) // NXDOMAIN
	first := strings.ToLower(labels[0])
	switch {
	case strings.HasPrefix(first, "drop"):
		return nil
	case strings.HasPrefix(first, "servfail"):
		rcode = 2
	case strings.HasPrefix(first, "refused"):
		rcode = 5
	case strings.HasPrefix(first, "nodata"):
		rcode = 0
	}
	resp := make([]byte, 0, end)
	resp = append(resp, q[0], q[1])            // ID
	resp = append(resp, 0x80|0x04|(q[2]&0x01)) // QR, AA, RD copied
	resp = append(resp, 0x80|rcode)            // RA, RCODE
	resp = append(resp, 0, 1, 0, 0, 0, 0, 0, 0)
	resp = append(resp, q[12:end]...)
	return resp
}

func fakeResolver(dnsAddr string) *net.Resolver {
	return &net.Resolver{
		PreferGo: true,
		Dial: func(ctx context.Context, network, address string) (net.Conn, error) {
			// Ignore address (the resolv.conf server): always the loopback fake, over UDP.
			var d net.Dialer
			return d.DialContext(ctx, "udp", dnsAddr)
		},
	}
}

// ---------------------------------------------------------------------------
// A listener whose accept queue is full, so that connecting to it times out.

func fullBacklogAddr() string {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		panic(err)
	}
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		panic(err)
	}
	if err := syscall.Listen(fd, 0); err != nil {
		panic(err)
	}
	sa, _ := syscall.Getsockname(fd)
	port := sa.(*syscall.SockaddrInet4).Port
	atExit(func() { syscall.Close(fd) })
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	// Fill the queue; never accept.
	for i := 0; i < 8; i++ {
		c, err := net.DialTimeout("tcp4", addr, 300*time.Millisecond)
		if err != nil {
			break
		}
		atExit(func() { c.Close() })
	}
	return addr
}

// ---------------------------------------------------------------------------
// OAuth helpers

func tokenSourceErr(ctx context.Context, tokenURL string) error {
	conf := &oauth2.Config{
		ClientID:     "client-id.apps.example.test",
		ClientSecret: "client-secret",
		Endpoint:     oauth2.Endpoint{TokenURL: tokenURL, AuthStyle: oauth2.AuthStyleInParams},
		Scopes:       []string{"https://mail.example.test/"},
	}
	_, err := conf.TokenSource(ctx, &oauth2.Token{RefreshToken: "1//refresh-token"}).Token()
	return err
}

func tokenEndpoint(status int, contentType, body string) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if contentType != "" {
			w.Header().Set("Content-Type", contentType)
		}
		w.WriteHeader(status)
		io.WriteString(w, body)
	}))
	atExit(srv.Close)
	return srv.URL + "/token"
}

func hijackServer(f func(net.Conn, *bufio.ReadWriter)) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		c, rw, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		f(c, rw)
	}))
	atExit(srv.Close)
	return srv.URL + "/token"
}

func slowServer(d time.Duration) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(d):
		case <-r.Context().Done():
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"access_token":"late","token_type":"Bearer","expires_in":3599}`)
	}))
	atExit(srv.Close)
	return srv.URL + "/token"
}

// ---------------------------------------------------------------------------
// Cases

const (
	revokedReason = "mailbox_disconnected"
	authReason    = "auth_failure"
)

func bg() context.Context { return context.Background() }

func ctxTimeout(d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	atExit(cancel)
	return ctx
}

func cases(ct *certs, dnsAddr string) []caseDef {
	resolver := fakeResolver(dnsAddr)
	plainSMTP := func() string {
		return scriptedSMTP("220 smtp.example.test ESMTP Postfix", rule{prefix: "EHLO", reply: "250-smtp.example.test\n250-PIPELINING\n250 8BITMIME"})
	}
	pool := ct.caPool

	return []caseDef{
		// ---------------- connection refused / reset / timeouts ----------------
		{name: "network-dial-refused", protocol: "network", pkg: pkgNet, class: "transient",
			note: "nothing listens on 127.0.0.1:1; net.Dial",
			run:  func() error { _, err := net.Dial("tcp", "127.0.0.1:1"); return err }},
		{name: "network-dial-refused-port-587", protocol: "network", pkg: pkgGoSMTP, class: "transient", lookalike: true,
			note: "smtp.Dial to a submission port nobody listens on; 587 is a port, not a 5xx reply code",
			run:  func() error { _, err := smtp.Dial("127.0.0.1:587"); return err }},
		{name: "network-dial-refused-port-535", protocol: "network", pkg: pkgNetSMTP, class: "transient", lookalike: true,
			note: "net/smtp.SendMail to 127.0.0.1:535 (nothing listens); 535 is the port, not an SMTP authentication failure",
			run: func() error {
				return netsmtp.SendMail("127.0.0.1:535", netsmtp.PlainAuth("", "user@example.test", "secret", "127.0.0.1"), "user@example.test", []string{"rcpt@example.test"}, []byte("Subject: x\r\n\r\nx\r\n"))
			}},
		{name: "network-dial-refused-ipv6-port-550", protocol: "network", pkg: pkgGoSMTP, class: "transient", lookalike: true,
			note: "smtp.DialTLS to [::1]:550 (nothing listens); 550 is the port, not a mailbox-unavailable reply",
			run:  func() error { _, err := smtp.DialTLS("[::1]:550", nil); return err }},
		{name: "network-dial-timeout", protocol: "network", pkg: pkgNet, class: "transient",
			note: "net.Dialer{Timeout: 1s} to a loopback listener whose accept queue is full, so the SYN is never answered",
			run: func() error {
				addr := fullBacklogAddr()
				d := net.Dialer{Timeout: time.Second}
				_, err := d.Dial("tcp", addr)
				return err
			}},
		{name: "network-dial-canceled", protocol: "network", pkg: pkgNet, class: "transient",
			note: "net.Dialer.DialContext whose context is canceled while the connect hangs (full accept queue)",
			run: func() error {
				addr := fullBacklogAddr()
				ctx, cancel := context.WithCancel(bg())
				time.AfterFunc(300*time.Millisecond, cancel)
				var d net.Dialer
				_, err := d.DialContext(ctx, "tcp", addr)
				return err
			}},
		{name: "network-dial-context-deadline", protocol: "network", pkg: pkgNet, class: "transient",
			note: "net.Dialer.DialContext with a context deadline of 500ms, connect hangs (full accept queue)",
			run: func() error {
				addr := fullBacklogAddr()
				var d net.Dialer
				_, err := d.DialContext(ctxTimeout(500*time.Millisecond), "tcp", addr)
				return err
			}},
		{name: "network-read-reset-greeting", protocol: "network", pkg: pkgGoSMTP, class: "transient",
			note: "the server accepts and closes with SO_LINGER 0 (RST) before the greeting; returned by go-smtp Client.Hello",
			run: func() error {
				addr := listenTCP(func(c net.Conn) { time.Sleep(50 * time.Millisecond); resetConn(c) })
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Hello("client.example.test")
			}},
		{name: "network-write-reset", protocol: "network", pkg: pkgNet, class: "transient",
			note: "net.Conn.Write on a TCP connection the peer has reset (SO_LINGER 0): the first failing write",
			run: func() error {
				addr := listenTCP(func(c net.Conn) { time.Sleep(50 * time.Millisecond); resetConn(c) })
				c, err := net.Dial("tcp", addr)
				if err != nil {
					return err
				}
				defer c.Close()
				time.Sleep(100 * time.Millisecond)
				for i := 0; i < 100; i++ {
					if _, err := c.Write([]byte("EHLO client.example.test\r\n")); err != nil {
						return err
					}
					time.Sleep(10 * time.Millisecond)
				}
				return nil
			}},
		{name: "network-write-broken-pipe", protocol: "network", pkg: pkgNet, class: "transient",
			note: "as network-write-reset: the error of the next write after the first failing one",
			run: func() error {
				addr := listenTCP(func(c net.Conn) { time.Sleep(50 * time.Millisecond); resetConn(c) })
				c, err := net.Dial("tcp", addr)
				if err != nil {
					return err
				}
				defer c.Close()
				time.Sleep(100 * time.Millisecond)
				failed := 0
				for i := 0; i < 100; i++ {
					if _, err := c.Write([]byte("EHLO client.example.test\r\n")); err != nil {
						failed++
						if failed == 2 {
							return err
						}
					}
					time.Sleep(10 * time.Millisecond)
				}
				return nil
			}},
		{name: "network-read-timeout-no-greeting", protocol: "network", pkg: pkgGoSMTP, class: "transient",
			note: "the server accepts but never sends a greeting; go-smtp Client.CommandTimeout 500ms sets the read deadline; returned by Client.Hello",
			run: func() error {
				addr := listenTCP(func(c net.Conn) { time.Sleep(3 * time.Second) })
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				c.CommandTimeout = 500 * time.Millisecond
				return c.Hello("client.example.test")
			}},
		{name: "network-plaintext-to-implicit-tls-port", protocol: "network", pkg: pkgGoSMTP, class: "transient",
			note: "plain smtp.Dial to an implicit-TLS (465-style) listener: both sides wait, the greeting read times out; the text does not reveal the wrong port, so it stays transient",
			run: func() error {
				addr := tlsServer(&tls.Config{Certificates: []tls.Certificate{ct.leafOK}}, smtpOverTLS)
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				c.CommandTimeout = 500 * time.Millisecond
				return c.Hello("client.example.test")
			}},
		{name: "network-eof-greeting", protocol: "network", pkg: pkgGoSMTP, class: "transient",
			note: "the server accepts and closes the connection without a greeting; returned by go-smtp Client.Hello (io.EOF)",
			run: func() error {
				addr := listenTCP(func(c net.Conn) { c.Close() })
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Hello("client.example.test")
			}},
		{name: "network-eof-during-auth", protocol: "network", pkg: pkgGoSMTP, class: "transient",
			note: "the server closes the connection after reading AUTH PLAIN; returned by go-smtp Client.Auth",
			run: func() error {
				addr := scriptedSMTP("220 smtp.example.test ESMTP", rule{prefix: "EHLO", reply: "250-smtp.example.test\n250 AUTH PLAIN LOGIN"}, rule{prefix: "AUTH", action: "close"})
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Auth(sasl.NewPlainClient("", "user@example.test", "secret"))
			}},
		{name: "network-reset-during-auth", protocol: "network", pkg: pkgGoSMTP, class: "transient",
			note: "the server resets the connection (SO_LINGER 0) after reading AUTH PLAIN; returned by go-smtp Client.Auth",
			run: func() error {
				addr := scriptedSMTP("220 smtp.example.test ESMTP", rule{prefix: "EHLO", reply: "250-smtp.example.test\n250 AUTH PLAIN LOGIN"}, rule{prefix: "AUTH", action: "reset"})
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Auth(sasl.NewPlainClient("", "user@example.test", "secret"))
			}},
		{name: "network-use-of-closed-connection", protocol: "network", pkg: pkgNet, class: "transient",
			note: "net.Conn.Read after the same program closed the connection (e.g. a shutdown racing a read)",
			run: func() error {
				addr := listenTCP(func(c net.Conn) { time.Sleep(time.Second) })
				c, err := net.Dial("tcp", addr)
				if err != nil {
					return err
				}
				c.Close()
				_, err = c.Read(make([]byte, 10))
				return err
			}},
		{name: "network-pipe-deadline", protocol: "network", pkg: pkgNet, class: "transient",
			note: "net.Pipe read past its deadline: *net.OpError{Op: \"read\", Net: \"pipe\"} around os.ErrDeadlineExceeded (what in-memory test connections return)",
			run: func() error {
				a, b := net.Pipe()
				defer a.Close()
				defer b.Close()
				a.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
				_, err := a.Read(make([]byte, 1))
				return err
			}},
		{name: "network-context-deadline-exceeded", protocol: "network", pkg: pkgCtx, class: "transient",
			note: "ctx.Err() of a context.WithTimeout context after the timeout",
			run: func() error {
				ctx := ctxTimeout(10 * time.Millisecond)
				<-ctx.Done()
				return ctx.Err()
			}},
		{name: "network-context-canceled", protocol: "network", pkg: pkgCtx, class: "transient",
			note: "ctx.Err() of a canceled context.WithCancel context",
			run: func() error {
				ctx, cancel := context.WithCancel(bg())
				cancel()
				return ctx.Err()
			}},

		// ---------------- DNS ----------------
		{name: "network-dns-no-such-host", protocol: "network", pkg: pkgNet, class: "config",
			note: "net.Resolver{PreferGo} LookupHost; the fake DNS server answers NXDOMAIN: the host name is wrong",
			run:  func() error { _, err := resolver.LookupHost(bg(), "smtp.mailhost.invalid"); return err }},
		{name: "network-dns-no-such-host-dial", protocol: "network", pkg: pkgNet, class: "config", lookalike: true,
			note: "net.Dialer{Resolver} DialContext to smtp.example.test:587, NXDOMAIN; 587 is a port, the error is a wrong host name",
			run: func() error {
				d := net.Dialer{Resolver: resolver, Timeout: 5 * time.Second}
				_, err := d.DialContext(bg(), "tcp", "smtp.example.test:587")
				return err
			}},
		{name: "network-dns-nodata", protocol: "network", pkg: pkgNet, class: "config",
			note: "NOERROR without A or AAAA records; Go reports it as no such host",
			run:  func() error { _, err := resolver.LookupHost(bg(), "nodata-smtp.example.test"); return err }},
		{name: "network-dns-servfail", protocol: "network", pkg: pkgNet, class: "transient",
			note: "the fake DNS server answers SERVFAIL",
			run:  func() error { _, err := resolver.LookupHost(bg(), "servfail-smtp.example.test"); return err }},
		{name: "network-dns-refused", protocol: "network", pkg: pkgNet, class: "transient",
			note: "the fake DNS server answers REFUSED",
			run:  func() error { _, err := resolver.LookupHost(bg(), "refused-smtp.example.test"); return err }},
		{name: "network-dns-timeout", protocol: "network", pkg: pkgNet, class: "transient",
			note: "the fake DNS server never answers; LookupHost with a 30s context, so the resolver's own per-attempt timeout (resolv.conf; default 5s, 2 attempts) expires on the UDP read",
			run: func() error {
				_, err := resolver.LookupHost(ctxTimeout(30*time.Second), "drop-smtp.example.test")
				return err
			}},
		{name: "network-dns-timeout-dial", protocol: "network", pkg: pkgNet, class: "transient",
			note: "net.Dialer{Resolver, Timeout: 1.5s} DialContext; the fake DNS server never answers",
			run: func() error {
				d := net.Dialer{Resolver: resolver, Timeout: 1500 * time.Millisecond}
				_, err := d.DialContext(bg(), "tcp", "drop-smtp.example.test:465")
				return err
			}},

		// ---------------- TLS / x509 ----------------
		{name: "network-tls-hostname-mismatch", protocol: "network", pkg: pkgGoSMTP, class: "config",
			note: "smtp.DialTLS with ServerName smtp.example.test; the trusted certificate is for a.example",
			run: func() error {
				addr := tlsServer(&tls.Config{Certificates: []tls.Certificate{ct.leafA}}, smtpOverTLS)
				_, err := smtp.DialTLS(addr, &tls.Config{ServerName: "smtp.example.test", RootCAs: pool})
				return err
			}},
		{name: "network-tls-hostname-mismatch-starttls", protocol: "network", pkg: pkgGoSMTP, class: "config",
			note: "go-smtp server with STARTTLS and a certificate for mail.a.example and *.a.example; smtp.NewClientStartTLS with ServerName smtp.example.test; the error is returned by the next command (Client.Hello)",
			run: func() error {
				addr := goSMTPServer(&backend{}, func(s *smtp.Server) { s.TLSConfig = &tls.Config{Certificates: []tls.Certificate{ct.leafMulti}} })
				conn, err := net.Dial("tcp", addr)
				if err != nil {
					return err
				}
				c, err := smtp.NewClientStartTLS(conn, &tls.Config{ServerName: "smtp.example.test", RootCAs: pool})
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Hello("client.example.test")
			}},
		{name: "network-tls-no-ip-sans", protocol: "network", pkg: pkgGoSMTP, class: "config",
			note: "smtp.DialTLS to 127.0.0.1:port without ServerName; the certificate names smtp.example.test only",
			run: func() error {
				addr := tlsServer(&tls.Config{Certificates: []tls.Certificate{ct.leafName}}, smtpOverTLS)
				_, err := smtp.DialTLS(addr, &tls.Config{RootCAs: pool})
				return err
			}},
		{name: "network-tls-unknown-authority", protocol: "network", pkg: pkgGoSMTP, class: "config",
			note: "smtp.DialTLS with the system roots (SSL_CERT_FILE = the capture CA); the server's certificate is self-signed",
			run: func() error {
				addr := tlsServer(&tls.Config{Certificates: []tls.Certificate{ct.selfSigned}}, smtpOverTLS)
				_, err := smtp.DialTLS(addr, &tls.Config{ServerName: "smtp.example.test"})
				return err
			}},
		{name: "network-tls-unknown-authority-authentication-ca", protocol: "network", pkg: pkgTLS, class: "config", lookalike: true,
			note: "the leaf names a trusted CA called \"SMTP Authentication CA\" as issuer but was signed by another key; the words authentication and verification are about the certificate chain, not the credentials",
			run: func() error {
				addr := tlsServer(&tls.Config{Certificates: []tls.Certificate{ct.forgedAuth}}, smtpOverTLS)
				_, err := tls.Dial("tcp", addr, &tls.Config{ServerName: "smtp.example.test", RootCAs: ct.authPool})
				return err
			}},
		{name: "network-tls-expired", protocol: "network", pkg: pkgGoSMTP, class: "config", lookalike: true,
			note: "the server certificate expired on 2024-01-01; 'expired' is about the certificate, not an OAuth grant",
			run: func() error {
				addr := tlsServer(&tls.Config{Certificates: []tls.Certificate{ct.expired}}, smtpOverTLS)
				_, err := smtp.DialTLS(addr, &tls.Config{ServerName: "smtp.example.test", RootCAs: pool})
				return err
			}},
		{name: "network-tls-not-yet-valid", protocol: "network", pkg: pkgGoSMTP, class: "config",
			note: "the server certificate is valid from 2030-01-01",
			run: func() error {
				addr := tlsServer(&tls.Config{Certificates: []tls.Certificate{ct.notYet}}, smtpOverTLS)
				_, err := smtp.DialTLS(addr, &tls.Config{ServerName: "smtp.example.test", RootCAs: pool})
				return err
			}},
		{name: "network-tls-legacy-common-name", protocol: "network", pkg: pkgGoSMTP, class: "config",
			note: "the server certificate has CN=smtp.example.test and no SANs",
			run: func() error {
				addr := tlsServer(&tls.Config{Certificates: []tls.Certificate{ct.legacyCN}}, smtpOverTLS)
				_, err := smtp.DialTLS(addr, &tls.Config{ServerName: "smtp.example.test", RootCAs: pool})
				return err
			}},
		{name: "network-tls-incompatible-key-usage", protocol: "network", pkg: pkgGoSMTP, class: "config",
			note: "the server certificate allows only the clientAuth extended key usage",
			run: func() error {
				addr := tlsServer(&tls.Config{Certificates: []tls.Certificate{ct.clientEKU}}, smtpOverTLS)
				_, err := smtp.DialTLS(addr, &tls.Config{ServerName: "smtp.example.test", RootCAs: pool})
				return err
			}},
		{name: "network-tls-first-record-not-handshake", protocol: "network", pkg: pkgGoSMTP, class: "config",
			note: "smtp.DialTLS (implicit TLS) to a plain-text SMTP server that greets first: TLS to the STARTTLS/plain port",
			run: func() error {
				_, err := smtp.DialTLS(plainSMTP(), &tls.Config{ServerName: "smtp.example.test", RootCAs: pool})
				return err
			}},
		{name: "network-tls-handshake-failure-alert", protocol: "network", pkg: pkgGoSMTP, class: "config",
			note: "the client offers only an ECDHE-RSA suite, the server (TLS 1.2, ECDSA key) only an ECDHE-ECDSA suite; the server sends a handshake_failure alert",
			run: func() error {
				addr := tlsServer(&tls.Config{Certificates: []tls.Certificate{ct.leafOK}, MaxVersion: tls.VersionTLS12,
					CipherSuites: []uint16{tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256}}, smtpOverTLS)
				_, err := smtp.DialTLS(addr, &tls.Config{ServerName: "smtp.example.test", RootCAs: pool, MaxVersion: tls.VersionTLS12,
					CipherSuites: []uint16{tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}})
				return err
			}},
		{name: "network-tls-protocol-version-alert", protocol: "network", pkg: pkgGoSMTP, class: "config",
			note: "client MaxVersion TLS 1.2, server MinVersion TLS 1.3; the server sends a protocol_version alert",
			run: func() error {
				addr := tlsServer(&tls.Config{Certificates: []tls.Certificate{ct.leafOK}, MinVersion: tls.VersionTLS13}, smtpOverTLS)
				_, err := smtp.DialTLS(addr, &tls.Config{ServerName: "smtp.example.test", RootCAs: pool, MaxVersion: tls.VersionTLS12})
				return err
			}},
		{name: "network-tls-bad-certificate-alert", protocol: "network", pkg: pkgGoSMTP, class: "config", lookalike: true,
			note: "the server requires a client certificate; the client sends one from the trusted CA but made for serverAuth only, so the server's verification fails with an incompatible key usage and it sends a bad_certificate alert, which with TLS 1.3 reaches the client on the first read (go-smtp Client.Hello). Nothing to do with the mailbox password",
			run: func() error {
				addr := tlsServer(&tls.Config{Certificates: []tls.Certificate{ct.leafOK}, ClientAuth: tls.RequireAndVerifyClientCert, ClientCAs: pool}, smtpOverTLS)
				c, err := smtp.DialTLS(addr, &tls.Config{ServerName: "smtp.example.test", RootCAs: pool,
					GetClientCertificate: func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return &ct.leafOK, nil }})
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Hello("client.example.test")
			}},
		{name: "network-tls-unknown-ca-alert", protocol: "network", pkg: pkgGoSMTP, class: "config",
			note: "the server requires a client certificate from its own CA; the client sends a self-signed one; the server's unknown_ca alert reaches the client on the first read (go-smtp Client.Hello)",
			run: func() error {
				addr := tlsServer(&tls.Config{Certificates: []tls.Certificate{ct.leafOK}, ClientAuth: tls.RequireAndVerifyClientCert, ClientCAs: pool}, smtpOverTLS)
				c, err := smtp.DialTLS(addr, &tls.Config{ServerName: "smtp.example.test", RootCAs: pool,
					GetClientCertificate: func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return &ct.clientSelf, nil }})
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Hello("client.example.test")
			}},
		{name: "network-tls-certificate-required-alert", protocol: "network", pkg: pkgGoSMTP, class: "config",
			note: "the server requires a client certificate, the client sends none (TLS 1.3): certificate_required alert on the first read (go-smtp Client.Hello)",
			run: func() error {
				addr := tlsServer(&tls.Config{Certificates: []tls.Certificate{ct.leafOK}, ClientAuth: tls.RequireAndVerifyClientCert, ClientCAs: pool}, smtpOverTLS)
				c, err := smtp.DialTLS(addr, &tls.Config{ServerName: "smtp.example.test", RootCAs: pool})
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Hello("client.example.test")
			}},
		{name: "network-tls-handshake-eof", protocol: "network", pkg: pkgGoSMTP, class: "transient",
			note: "the server reads the ClientHello and closes the connection; smtp.DialTLS returns io.EOF from the handshake",
			run: func() error {
				addr := listenTCP(func(c net.Conn) { c.Read(make([]byte, 4096)); c.Close() })
				_, err := smtp.DialTLS(addr, &tls.Config{ServerName: "smtp.example.test", RootCAs: pool})
				return err
			}},
		{name: "network-tls-handshake-unexpected-eof", protocol: "network", pkg: pkgGoSMTP, class: "transient",
			note: "the server reads the ClientHello, writes 3 bytes of a TLS record header and closes; smtp.DialTLS returns io.ErrUnexpectedEOF",
			run: func() error {
				addr := listenTCP(func(c net.Conn) { c.Read(make([]byte, 4096)); c.Write([]byte{0x16, 0x03, 0x03}); c.Close() })
				_, err := smtp.DialTLS(addr, &tls.Config{ServerName: "smtp.example.test", RootCAs: pool})
				return err
			}},
		{name: "network-tls-handshake-reset", protocol: "network", pkg: pkgGoSMTP, class: "transient",
			note: "the server reads the ClientHello and resets the connection (SO_LINGER 0), as some middleboxes do",
			run: func() error {
				addr := listenTCP(func(c net.Conn) { c.Read(make([]byte, 4096)); resetConn(c) })
				_, err := smtp.DialTLS(addr, &tls.Config{ServerName: "smtp.example.test", RootCAs: pool})
				return err
			}},
		{name: "network-tls-handshake-timeout", protocol: "network", pkg: pkgTLS, class: "transient",
			note: "tls.Dialer{NetDialer: &net.Dialer{Timeout: 500ms}}; the server accepts and never answers the ClientHello",
			run: func() error {
				addr := listenTCP(func(c net.Conn) { time.Sleep(3 * time.Second) })
				d := tls.Dialer{NetDialer: &net.Dialer{Timeout: 500 * time.Millisecond}, Config: &tls.Config{ServerName: "smtp.example.test", RootCAs: pool}}
				_, err := d.Dial("tcp", addr)
				return err
			}},

		// ---------------- SMTP clients ----------------
		{name: "smtp-gosmtp-535-auth-failed", protocol: "smtp", pkg: pkgGoSMTP, class: "auth", reason: authReason,
			note: "go-smtp server whose PLAIN authenticator returns smtp.ErrAuthFailed (535 5.7.8); go-smtp Client.Auth",
			run: func() error {
				addr := goSMTPServer(&backend{mechs: []string{sasl.Plain}, auth: func(string) (sasl.Server, error) {
					return sasl.NewPlainServer(func(identity, username, password string) error { return smtp.ErrAuthFailed }), nil
				}}, func(s *smtp.Server) { s.AllowInsecureAuth = true })
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Auth(sasl.NewPlainClient("", "user@example.test", "wrong-password"))
			}},
		{name: "smtp-gosmtp-535-multiline", protocol: "smtp", pkg: pkgGoSMTP, class: "auth", reason: authReason,
			note: "scripted reply \"535-5.7.8 Username and Password not accepted.\\r\\n535 5.7.8 Check the user name and password.\" (composed server text); go-smtp strips the repeated enhanced code from each line",
			run: func() error {
				addr := scriptedSMTP("220 smtp.example.test ESMTP", rule{prefix: "EHLO", reply: "250-smtp.example.test\n250-ENHANCEDSTATUSCODES\n250 AUTH LOGIN PLAIN"},
					rule{prefix: "AUTH", reply: "535-5.7.8 Username and Password not accepted.\n535 5.7.8 Check the user name and password."})
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Auth(sasl.NewPlainClient("", "user@example.test", "wrong-password"))
			}},
		{name: "smtp-gosmtp-454-temporary-auth-failure", protocol: "smtp", pkg: pkgGoSMTP, class: "auth_temporary",
			note: "go-smtp server whose PLAIN authenticator returns a plain error; the server turns it into 454 4.7.0 with the error text",
			run: func() error {
				addr := goSMTPServer(&backend{mechs: []string{sasl.Plain}, auth: func(string) (sasl.Server, error) {
					return sasl.NewPlainServer(func(identity, username, password string) error {
						return errors.New("Temporary authentication failure")
					}), nil
				}}, func(s *smtp.Server) { s.AllowInsecureAuth = true })
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Auth(sasl.NewPlainClient("", "user@example.test", "secret"))
			}},
		{name: "smtp-gosmtp-523-tls-required", protocol: "smtp", pkg: pkgGoSMTP, class: "config",
			note: "go-smtp server with STARTTLS and AllowInsecureAuth false; the client sends AUTH before STARTTLS",
			run: func() error {
				addr := goSMTPServer(&backend{mechs: []string{sasl.Plain}, auth: func(string) (sasl.Server, error) {
					return sasl.NewPlainServer(func(identity, username, password string) error { return nil }), nil
				}}, func(s *smtp.Server) { s.TLSConfig = &tls.Config{Certificates: []tls.Certificate{ct.leafOK}} })
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Auth(sasl.NewPlainClient("", "user@example.test", "secret"))
			}},
		{name: "smtp-gosmtp-504-unsupported-mechanism", protocol: "smtp", pkg: pkgGoSMTP, class: "config", lookalike: true,
			note: "go-smtp server offering only PLAIN; the client tries LOGIN; the server's session returns smtp.ErrAuthUnknownMechanism. Mentions authentication but no credentials were judged",
			run: func() error {
				addr := goSMTPServer(&backend{mechs: []string{sasl.Plain}, auth: func(mech string) (sasl.Server, error) {
					if mech != sasl.Plain {
						return nil, smtp.ErrAuthUnknownMechanism
					}
					return sasl.NewPlainServer(func(identity, username, password string) error { return nil }), nil
				}}, func(s *smtp.Server) { s.AllowInsecureAuth = true })
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Auth(sasl.NewLoginClient("user@example.test", "secret"))
			}},
		{name: "smtp-gosmtp-no-starttls", protocol: "smtp", pkg: pkgGoSMTP, class: "config",
			note: "go-smtp SendMail (always STARTTLS) to a go-smtp server without TLS",
			run: func() error {
				addr := goSMTPServer(&backend{}, nil)
				return smtp.SendMail(addr, sasl.NewPlainClient("", "user@example.test", "secret"), "user@example.test", []string{"rcpt@example.test"}, strings.NewReader("Subject: x\r\n\r\nx\r\n"))
			}},
		{name: "smtp-gosmtp-no-auth", protocol: "smtp", pkg: pkgGoSMTP, class: "config",
			note: "go-smtp SendMail with a SASL client to a go-smtp server with STARTTLS (certificate for 127.0.0.1 from the capture CA) that advertises no AUTH",
			run: func() error {
				addr := goSMTPServer(&backend{}, func(s *smtp.Server) { s.TLSConfig = &tls.Config{Certificates: []tls.Certificate{ct.leafOK}} })
				return smtp.SendMail(addr, sasl.NewPlainClient("", "user@example.test", "secret"), "user@example.test", []string{"rcpt@example.test"}, strings.NewReader("Subject: x\r\n\r\nx\r\n"))
			}},
		{name: "smtp-gosmtp-oauthbearer-invalid-token", protocol: "smtp", pkg: pkgSASL, class: "auth", reason: authReason,
			note: "go-smtp server with sasl.NewOAuthBearerServer whose authenticator rejects the token with status invalid_token; the client (sasl.NewOAuthBearerClient via go-smtp Client.Auth) returns *sasl.OAuthBearerError. The access token was refused by the mail server: the owner must sign in again",
			run: func() error {
				addr := goSMTPServer(&backend{mechs: []string{sasl.OAuthBearer}, auth: func(string) (sasl.Server, error) {
					return sasl.NewOAuthBearerServer(func(o sasl.OAuthBearerOptions) *sasl.OAuthBearerError {
						return &sasl.OAuthBearerError{Status: "invalid_token", Schemes: "bearer", Scope: "https://mail.example.test/"}
					}), nil
				}}, func(s *smtp.Server) { s.AllowInsecureAuth = true })
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Auth(sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{Username: "user@example.test", Token: "ya29.expired", Host: "smtp.example.test", Port: 587}))
			}},
		{name: "smtp-gosmtp-oauthbearer-status-401", protocol: "smtp", pkg: pkgSASL, class: "auth", reason: authReason,
			note: "scripted server answering AUTH OAUTHBEARER with 334 and the base64 of {\"status\":\"401\",\"schemes\":\"bearer\",\"scope\":\"https://mail.example.test/\"} (composed), then 535 after the client's \"*\"; go-smtp Client.Auth returns the *sasl.OAuthBearerError, not the 535",
			run: func() error {
				ch := "eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZXhhbXBsZS50ZXN0LyJ9"
				addr := scriptedSMTP("220 smtp.example.test ESMTP", rule{prefix: "EHLO", reply: "250-smtp.example.test\n250 AUTH OAUTHBEARER XOAUTH2"},
					rule{prefix: "AUTH", reply: "334 " + ch}, rule{prefix: "*", reply: "535 5.7.8 Authentication credentials invalid"})
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Auth(sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{Username: "user@example.test", Token: "ya29.expired", Host: "smtp.example.test", Port: 587}))
			}},
		{name: "smtp-gosmtp-greeting-421", protocol: "smtp", pkg: pkgGoSMTP, class: "transient",
			note: "scripted greeting \"421 4.3.2 Service not available\" (composed); go-smtp Client.Hello",
			run: func() error {
				addr := scriptedSMTP("421 4.3.2 Service not available")
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Hello("client.example.test")
			}},
		{name: "smtp-gosmtp-pop3-banner", protocol: "smtp", pkg: pkgGoSMTP, class: "config",
			note: "the SMTP client was pointed at a POP3 port: scripted greeting \"+OK Dovecot ready.\"; net/textproto.ProtocolError returned through go-smtp Client.Hello",
			run: func() error {
				addr := scriptedSMTP("+OK Dovecot ready.")
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Hello("client.example.test")
			}},
		{name: "smtp-gosmtp-imap-banner", protocol: "smtp", pkg: pkgGoSMTP, class: "config",
			note: "the SMTP client was pointed at an IMAP port: scripted greeting \"* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN] Dovecot ready.\"",
			run: func() error {
				addr := scriptedSMTP("* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN] Dovecot ready.")
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Hello("client.example.test")
			}},
		{name: "network-eof-ssh-banner", protocol: "network", pkg: pkgGoSMTP, class: "transient",
			note: "the SMTP client was pointed at an SSH port: scripted banner \"SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13.5\"; textproto takes the '-' for a continuation line and keeps reading, so the invalid response code is never reported; the server gives up after 1s (as sshd does after its login grace time) and go-smtp Client.Hello returns io.EOF. The text cannot show the wrong port",
			run: func() error {
				addr := listenTCP(func(c net.Conn) {
					io.WriteString(c, "SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13.5\r\n")
					time.Sleep(time.Second)
				})
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Hello("client.example.test")
			}},
		{name: "smtp-gosmtp-ftp-banner", protocol: "smtp", pkg: pkgGoSMTP, class: "config",
			note: "the SMTP client was pointed at an FTP port: scripted greeting \"220 (vsFTPd 3.0.5)\" is accepted, EHLO and HELO get \"500 Unknown command.\"; go-smtp falls back to HELO and returns its SMTPError",
			run: func() error {
				addr := scriptedSMTP("220 (vsFTPd 3.0.5)", rule{prefix: "", reply: "500 Unknown command."})
				c, err := smtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Hello("client.example.test")
			}},
		{name: "smtp-netsmtp-535", protocol: "smtp", pkg: pkgNetSMTP, class: "auth", reason: authReason,
			note: "net/smtp.SendMail with PlainAuth; scripted reply \"535 5.7.8 Error: authentication failed: authentication failure\" (Postfix/Cyrus-style, composed); net/smtp returns the *textproto.Error unchanged",
			run: func() error {
				addr := scriptedSMTP("220 smtp.example.test ESMTP Postfix", rule{prefix: "EHLO", reply: "250-smtp.example.test\n250-AUTH PLAIN LOGIN\n250 ENHANCEDSTATUSCODES"},
					rule{prefix: "AUTH", reply: "535 5.7.8 Error: authentication failed: authentication failure"})
				return netsmtp.SendMail(addr, netsmtp.PlainAuth("", "user@example.test", "wrong-password", "127.0.0.1"), "user@example.test", []string{"rcpt@example.test"}, []byte("Subject: x\r\n\r\nx\r\n"))
			}},
		{name: "smtp-netsmtp-535-multiline", protocol: "smtp", pkg: pkgNetSMTP, class: "auth", reason: authReason,
			note: "net/smtp Client.Auth; scripted two-line reply \"535-5.7.8 Username and Password not accepted.\\r\\n535 5.7.8 Check the user name and password.\" (composed); textproto keeps the enhanced code on the second line",
			run: func() error {
				addr := scriptedSMTP("220 smtp.example.test ESMTP", rule{prefix: "EHLO", reply: "250-smtp.example.test\n250-ENHANCEDSTATUSCODES\n250 AUTH LOGIN PLAIN"},
					rule{prefix: "AUTH", reply: "535-5.7.8 Username and Password not accepted.\n535 5.7.8 Check the user name and password."})
				c, err := netsmtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Auth(netsmtp.PlainAuth("", "user@example.test", "wrong-password", "127.0.0.1"))
			}},
		{name: "smtp-netsmtp-454", protocol: "smtp", pkg: pkgNetSMTP, class: "auth_temporary",
			note: "net/smtp Client.Auth; scripted reply \"454 4.7.0 Temporary authentication failure\" (composed)",
			run: func() error {
				addr := scriptedSMTP("220 smtp.example.test ESMTP", rule{prefix: "EHLO", reply: "250-smtp.example.test\n250 AUTH PLAIN"},
					rule{prefix: "AUTH", reply: "454 4.7.0 Temporary authentication failure"})
				c, err := netsmtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Auth(netsmtp.PlainAuth("", "user@example.test", "secret", "127.0.0.1"))
			}},
		{name: "smtp-netsmtp-530-starttls-first", protocol: "smtp", pkg: pkgNetSMTP, class: "config",
			note: "net/smtp Client.Mail; scripted reply \"530 5.7.0 Must issue a STARTTLS command first\" (Postfix-style, composed)",
			run: func() error {
				addr := scriptedSMTP("220 smtp.example.test ESMTP Postfix", rule{prefix: "EHLO", reply: "250-smtp.example.test\n250 STARTTLS"},
					rule{prefix: "MAIL", reply: "530 5.7.0 Must issue a STARTTLS command first"})
				c, err := netsmtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Mail("user@example.test")
			}},
		{name: "smtp-netsmtp-no-auth", protocol: "smtp", pkg: pkgNetSMTP, class: "config",
			note: "net/smtp.SendMail with PlainAuth to a server whose EHLO lists no AUTH",
			run: func() error {
				return netsmtp.SendMail(plainSMTP(), netsmtp.PlainAuth("", "user@example.test", "secret", "127.0.0.1"), "user@example.test", []string{"rcpt@example.test"}, []byte("Subject: x\r\n\r\nx\r\n"))
			}},
		{name: "smtp-netsmtp-unencrypted-connection", protocol: "smtp", pkg: pkgNetSMTP, class: "config",
			note: "net/smtp PlainAuth refuses to send the password over a connection without TLS to a host that is not localhost (NewClient(conn, \"smtp.example.test\"))",
			run: func() error {
				addr := scriptedSMTP("220 smtp.example.test ESMTP", rule{prefix: "EHLO", reply: "250-smtp.example.test\n250 AUTH PLAIN LOGIN"})
				conn, err := net.Dial("tcp", addr)
				if err != nil {
					return err
				}
				c, err := netsmtp.NewClient(conn, "smtp.example.test")
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Auth(netsmtp.PlainAuth("", "user@example.test", "secret", "smtp.example.test"))
			}},
		{name: "smtp-netsmtp-wrong-host-name", protocol: "smtp", pkg: pkgNetSMTP, class: "config",
			note: "net/smtp PlainAuth created for smtp.example.test used on a client connected to 127.0.0.1",
			run: func() error {
				addr := scriptedSMTP("220 smtp.example.test ESMTP", rule{prefix: "EHLO", reply: "250-smtp.example.test\n250 AUTH PLAIN LOGIN"})
				c, err := netsmtp.Dial(addr)
				if err != nil {
					return err
				}
				defer c.Close()
				return c.Auth(netsmtp.PlainAuth("", "user@example.test", "secret", "smtp.example.test"))
			}},

		// ---------------- OAuth token endpoint ----------------
		{name: "oauth-invalid-grant-400", protocol: "oauth", pkg: pkgOAuth2, class: "revoked", reason: revokedReason,
			note: "refresh against an httptest token endpoint answering 400 {\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"} (composed body)",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(400, "application/json", `{"error":"invalid_grant","error_description":"Token has been expired or revoked."}`))
			}},
		{name: "oauth-invalid-grant-form-encoded", protocol: "oauth", pkg: pkgOAuth2, class: "revoked", reason: revokedReason,
			note: "token endpoint answering 400 with Content-Type application/x-www-form-urlencoded: error=invalid_grant&error_description=The+refresh+token+is+invalid. (composed body)",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(400, "application/x-www-form-urlencoded", `error=invalid_grant&error_description=The+refresh+token+is+invalid.`))
			}},
		{name: "oauth-invalid-grant-status-200", protocol: "oauth", pkg: pkgOAuth2, class: "revoked", reason: revokedReason,
			note: "an unorthodox token endpoint answering 200 with {\"error\":\"invalid_grant\",\"error_description\":\"Bad Request\"} (composed body); x/oauth2 still returns *oauth2.RetrieveError",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(200, "application/json", `{"error":"invalid_grant","error_description":"Bad Request"}`))
			}},
		{name: "oauth-invalid-client-401", protocol: "oauth", pkg: pkgOAuth2, class: "platform", lookalike: true,
			note: "401 {\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed.\"} (composed body): the integrator's client credentials, not the owner's password",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(401, "application/json", `{"error":"invalid_client","error_description":"Client authentication failed."}`))
			}},
		{name: "oauth-invalid-client-secret-expired-401", protocol: "oauth", pkg: pkgOAuth2, class: "platform", lookalike: true,
			note: "401 invalid_client whose description says the client secret expired, with an error_uri (composed body); 'expired' is the app's secret, not the owner's grant",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(401, "application/json", `{"error":"invalid_client","error_description":"The provided client secret has expired.","error_uri":"https://login.example.test/error?code=7000222"}`))
			}},
		{name: "oauth-unauthorized-client-400", protocol: "oauth", pkg: pkgOAuth2, class: "platform", lookalike: true,
			note: "400 {\"error\":\"unauthorized_client\",...} (composed body): the OAuth client is not allowed this grant; 'unauthorized' is about the app, not the owner",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(400, "application/json", `{"error":"unauthorized_client","error_description":"The client is not authorized to use this grant type."}`))
			}},
		{name: "oauth-502-html", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "502 with an HTML page in the form of nginx's default error page (composed); RetrieveError.Error() prints the status line and the raw body",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(502, "text/html", "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"))
			}},
		{name: "oauth-502-html-invalid-unauthorized", protocol: "oauth", pkg: pkgOAuth2, class: "transient", lookalike: true,
			note: "502 HTML proxy page (composed) whose text contains 'invalid' and 'Unauthorized': still a gateway failure",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(502, "text/html; charset=iso-8859-1", "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>502 Proxy Error</title>\n</head><body>\n<h1>Proxy Error</h1>\n<p>The proxy server received an invalid\nresponse from an upstream server.<br />\nThe proxy server could not handle the request <em><a href=\"/token\">POST&nbsp;/token</a></em>.</p>\n<p>Unauthorized access to this gateway is logged.</p>\n</body></html>\n"))
			}},
		{name: "oauth-503-temporarily-unavailable", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "503 {\"error\":\"temporarily_unavailable\",...} (composed body)",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(503, "application/json", `{"error":"temporarily_unavailable","error_description":"The service is temporarily unavailable. Please try again later."}`))
			}},
		{name: "oauth-500-server-error", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "500 {\"error\":\"server_error\",...} (composed body)",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(500, "application/json", `{"error":"server_error","error_description":"An internal error occurred."}`))
			}},
		{name: "oauth-504-empty-body", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "504 with an empty body",
			run:  func() error { return tokenSourceErr(bg(), tokenEndpoint(504, "", "")) }},
		{name: "oauth-408-request-timeout", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "408 with a text/plain body",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(408, "text/plain; charset=utf-8", "Request Timeout"))
			}},
		{name: "oauth-429-plain", protocol: "oauth", pkg: pkgOAuth2, class: "rate_limited",
			note: "429 with a text/plain body (x/oauth2 parses text/plain as a query string; no error code is found)",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(429, "text/plain; charset=utf-8", "Too Many Requests"))
			}},
		{name: "oauth-429-empty-body", protocol: "oauth", pkg: pkgOAuth2, class: "rate_limited",
			note: "429 with an empty body",
			run:  func() error { return tokenSourceErr(bg(), tokenEndpoint(429, "", "")) }},
		{name: "oauth-missing-access-token", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "200 {\"access_token\":\"\",\"token_type\":\"Bearer\",\"expires_in\":3599}",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(200, "application/json", `{"access_token":"","token_type":"Bearer","expires_in":3599}`))
			}},
		{name: "oauth-400-non-json", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "400 with Content-Type application/json but body \"Bad Request\" (not JSON): no error code to judge by; not a 5xx, not HTML. Relabelled transient on review: a 4xx without an RFC 6749 error code comes from infrastructure in front of the token endpoint (stacklok/toolhive PR #5170), so it is retried, never a reconnect.",
			run:  func() error { return tokenSourceErr(bg(), tokenEndpoint(400, "application/json", "Bad Request")) }},
		{name: "oauth-400-html", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "400 with an HTML page (composed) from a front end; README: a token endpoint answering an HTML page is transient",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(400, "text/html; charset=UTF-8", "<!DOCTYPE html>\n<html lang=en>\n<title>Error 400 (Bad Request)!!1</title>\n<p><b>400.</b> <ins>That’s an error.</ins>\n<p>Your client has issued a malformed or illegal request.  <ins>That’s all we know.</ins>\n"))
			}},
		{name: "oauth-200-html-cannot-parse-json", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "200 with an HTML page (a captive portal or proxy login page); x/oauth2 fails to parse it as JSON",
			run: func() error {
				return tokenSourceErr(bg(), tokenEndpoint(200, "text/html", "<html><head><title>Sign in to the network</title></head><body>Please sign in.</body></html>"))
			}},
		{name: "oauth-truncated-body", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "200 with Content-Length 200 but only part of the JSON body sent before the connection closes",
			run: func() error {
				return tokenSourceErr(bg(), hijackServer(func(c net.Conn, rw *bufio.ReadWriter) {
					rw.WriteString("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"access_token\":\"ya29.a0")
					rw.Flush()
					c.Close()
				}))
			}},
		{name: "oauth-context-deadline", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "token endpoint that answers after 3s; TokenSource context with a 300ms deadline; *url.Error wrapping context.DeadlineExceeded",
			run:  func() error { return tokenSourceErr(ctxTimeout(300*time.Millisecond), slowServer(3*time.Second)) }},
		{name: "oauth-client-timeout", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "http.Client{Timeout: 300ms} passed with oauth2.HTTPClient; the endpoint answers after 3s",
			run: func() error {
				ctx := context.WithValue(bg(), oauth2.HTTPClient, &http.Client{Timeout: 300 * time.Millisecond})
				return tokenSourceErr(ctx, slowServer(3*time.Second))
			}},
		{name: "oauth-context-canceled", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "the TokenSource context is canceled while the request waits",
			run: func() error {
				ctx, cancel := context.WithCancel(bg())
				time.AfterFunc(300*time.Millisecond, cancel)
				return tokenSourceErr(ctx, slowServer(3*time.Second))
			}},
		{name: "oauth-connection-refused", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "TokenURL http://127.0.0.1:1/token, nothing listens",
			run:  func() error { return tokenSourceErr(bg(), "http://127.0.0.1:1/token") }},
		{name: "oauth-eof", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "the token endpoint reads the request and closes the connection without a response",
			run: func() error {
				return tokenSourceErr(bg(), hijackServer(func(c net.Conn, rw *bufio.ReadWriter) { c.Close() }))
			}},
		{name: "oauth-connection-reset", protocol: "oauth", pkg: pkgOAuth2, class: "transient",
			note: "the token endpoint reads the request and resets the connection (SO_LINGER 0)",
			run: func() error {
				return tokenSourceErr(bg(), hijackServer(func(c net.Conn, rw *bufio.ReadWriter) { resetConn(c) }))
			}},
		{name: "oauth-https-to-http-server", protocol: "oauth", pkg: pkgOAuth2, class: "config",
			note: "TokenURL with https:// pointing at a plain HTTP endpoint",
			run: func() error {
				u := tokenEndpoint(200, "application/json", `{"access_token":"x","token_type":"Bearer"}`)
				return tokenSourceErr(bg(), strings.Replace(u, "http://", "https://", 1))
			}},
		{name: "oauth-tls-unknown-authority", protocol: "oauth", pkg: pkgOAuth2, class: "config",
			note: "httptest.NewTLSServer token endpoint whose certificate is not trusted by the client",
			run: func() error {
				srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
				srv.Config.ErrorLog = nil
				srv.Config.ErrorLog = quietLog()
				atExit(srv.Close)
				return tokenSourceErr(bg(), srv.URL+"/token")
			}},
		{name: "oauth-dns-no-such-host", protocol: "oauth", pkg: pkgOAuth2, class: "config",
			note: "TokenURL https://login.example.test/oauth2/token; the http.Transport dials through net.Dialer{Resolver} with the fake DNS server (NXDOMAIN)",
			run: func() error {
				d := &net.Dialer{Resolver: resolver, Timeout: 5 * time.Second}
				hc := &http.Client{Transport: &http.Transport{DialContext: d.DialContext}}
				ctx := context.WithValue(bg(), oauth2.HTTPClient, hc)
				return tokenSourceErr(ctx, "https://login.example.test/oauth2/token")
			}},
	}
}

func quietLog() *log.Logger { return log.New(io.Discard, "", 0) }

func main() {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			v := d.Version
			if d.Replace != nil {
				v = d.Replace.Version
			}
			modVersions[d.Path] = v
		}
	}
	dir, err := os.MkdirTemp("", "capture-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	ct := makeCerts(dir)
	// The "system" roots are read lazily, on first use: from now on they are
	// only the capture CA.
	os.Setenv("SSL_CERT_FILE", ct.caPEMPath)
	os.Setenv("SSL_CERT_DIR", dir)
	dnsAddr := startDNS()

	seen := map[string]bool{}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	failed := 0
	for _, c := range cases(ct, dnsAddr) {
		id := "go-" + c.name
		if seen[id] {
			fmt.Fprintf(os.Stderr, "DUPLICATE id %s\n", id)
			failed++
			continue
		}
		seen[id] = true
		done := make(chan error, 1)
		go func() { done <- c.run() }()
		var err error
		select {
		case err = <-done:
		case <-time.After(30 * time.Second):
			fmt.Fprintf(os.Stderr, "TIMEOUT case %s\n", c.name)
			failed++
			continue
		}
		if err == nil {
			fmt.Fprintf(os.Stderr, "NO ERROR case %s\n", c.name)
			failed++
			continue
		}
		code, enh := codes(err)
		note := c.note
		var se *smtp.SMTPError
		if errors.As(err, &se) && enh != "" && !strings.Contains(err.Error(), enh) {
			note += "; enhanced is SMTPError.EnhancedCode, which SMTPError.Error() does not print"
		}
		var te *textproto.Error
		if errors.As(err, &te) {
			note += "; textproto.Error.Error() prints the code, then the message quoted with %q"
		}
		var de *net.DNSError
		if errors.As(err, &de) && de.Server != "" {
			note += "; the server after 'on' is the first nameserver of /etc/resolv.conf, which the resolver names, but the query went to the fake DNS server on 127.0.0.1"
		}
		f := fixture{
			ID: id, Provider: "", Protocol: c.protocol, Host: "", Code: code, Enhanced: enh,
			Text: err.Error(), Class: c.class, Reason: c.reason,
			Source:    fmt.Sprintf("captured: %s %s, testdata/capture/main.go case %s", goVersion(), pkgWithVersion(c.pkg), c.name),
			Note:      note,
			Lookalike: c.lookalike,
		}
		if err := enc.Encode(f); err != nil {
			panic(err)
		}
		fmt.Fprintf(os.Stderr, "%s\t%s\n", id, typeChain(err))
	}
	cleanupMu.Lock()
	for i := len(cleanups) - 1; i >= 0; i-- {
		cleanups[i]()
	}
	cleanupMu.Unlock()
	if failed > 0 {
		fmt.Fprintf(os.Stderr, "%d case(s) failed\n", failed)
		os.Exit(1)
	}
}
