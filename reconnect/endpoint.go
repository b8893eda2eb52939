package reconnect

import (
	"net"
	"strconv"

	"github.com/mailreconnect/sdk/provider"
)

// Endpoint is the server a tester (smtpcheck, imapcheck) connects to. Its zero
// fields mean the same for every tester:
//
//   - Security "" follows the port: the implicit-TLS ports 465 and 993
//     (RFC 8314) and port 0 mean provider.ImplicitTLS, any other port
//     provider.StartTLS (which the testers require the server to offer before
//     anything secret is sent).
//   - Port 0 is the protocol's port for the security: 465 (SMTP) or 993
//     (IMAP) for implicit TLS, 587 (SMTP submission, RFC 6409) or 143 (IMAP)
//     for STARTTLS and Plain.
//
// So Endpoint{Host: "mail.example.org"} is implicit TLS on 465 or 993, and
// Endpoint{Host: "mail.example.org", Port: 587} is STARTTLS on 587. Host is
// required; it is also the TLS server name unless the tester's TLS
// configuration names one. provider.Plain is refused unless the tester allows
// insecure authentication.
type Endpoint struct {
	Host     string
	Port     int
	Security provider.Security
}

// String returns "host:port" as written, zero port included.
func (e Endpoint) String() string { return net.JoinHostPort(e.Host, strconv.Itoa(e.Port)) }
