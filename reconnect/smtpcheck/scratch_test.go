package smtpcheck

import (
	"fmt"
	"testing"

	"github.com/mailreconnect/sdk/classify"
)

func TestScratch(t *testing.T) {
	for _, s := range []string{
		"smtpcheck: auth: EOF",
		"smtpcheck: auth: connection closed by server: EOF",
		"smtpcheck: hello: short response: \x00garbage",
		"smtpcheck: hello: invalid response code: HTTP/1.1 400",
		"smtpcheck: server doesn't support STARTTLS",
		"smtpcheck: server doesn't support AUTH",
		"smtpcheck: auth: unsupported mechanism: server offers CRAM-MD5",
		"smtpcheck: mailbox has no SMTP host",
		"smtpcheck: no SMTP host: wrong host name",
		"smtpcheck: tls handshake: tls: failed to verify certificate: x509: certificate is valid for other.example, not 127.0.0.1",
		"smtpcheck: refusing to send credentials over an unencrypted connection",
		"smtpcheck: hello: read tcp 127.0.0.1:1->127.0.0.1:2: i/o timeout",
		"smtpcheck: auth: XOAUTH2 error challenge {\"status\":\"400\",\"schemes\":\"Bearer\",\"scope\":\"https://mail.google.com/\"}: connection closed by server: EOF",
		"smtpcheck: dial: context deadline exceeded",
		"smtpcheck: auth: context canceled: use of closed network connection",
		"smtpcheck: auth: sasl: unexpected server challenge",
		"smtpcheck: test message: SMTP error 550: 5.7.1 nope",
	} {
		v := classify.Text(s)
		fmt.Printf("%-60.60q %s %s %v\n", s, v.Class, v.Rule, v.NeedsReconnect)
	}
}
