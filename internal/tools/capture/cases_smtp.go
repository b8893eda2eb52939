package main

import (
	"crypto/tls"
	"errors"
	"io"
	"net"
	netsmtp "net/smtp"
	"strings"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// smtpCases are the smtp cases.
func smtpCases(ct *certs) []caseDef {
	plainSMTP := func() string {
		return scriptedSMTP("220 smtp.example.test ESMTP Postfix", rule{prefix: "EHLO", reply: "250-smtp.example.test\n250-PIPELINING\n250 8BITMIME"})
	}
	return []caseDef{
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
	}
}
