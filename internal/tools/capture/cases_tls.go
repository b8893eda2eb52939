package main

import (
	"crypto/tls"
	"net"
	"time"

	"github.com/emersion/go-smtp"
)

// tlsCases are the tls cases.
func tlsCases(ct *certs) []caseDef {
	plainSMTP := func() string {
		return scriptedSMTP("220 smtp.example.test ESMTP Postfix", rule{prefix: "EHLO", reply: "250-smtp.example.test\n250-PIPELINING\n250 8BITMIME"})
	}
	pool := ct.caPool
	return []caseDef{
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
	}
}
