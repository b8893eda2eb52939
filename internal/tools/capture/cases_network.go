package main

import (
	"context"
	"crypto/tls"
	"net"
	netsmtp "net/smtp"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// networkCases are the network cases.
func networkCases(ct *certs, dnsAddr string) []caseDef {
	resolver := fakeResolver(dnsAddr)
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
	}
}
