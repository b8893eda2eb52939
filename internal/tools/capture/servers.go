package main

import (
	"bufio"
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

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
