package smtpcheck

import (
	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/internal/wire"
)

// DefaultServer picks the endpoint of mailbox m from m.SMTPHost and the
// provider registry. It is what a Tester uses when [Options.Server] is nil.
//
// A host the registry knows gets the port and security of the provider's
// first SMTP server with that host name (smtp.gmail.com: 465, implicit TLS;
// smtp.office365.com: 587, STARTTLS). A host given as "host:port" keeps its
// port, with the registry's security for that port, else implicit TLS on 465
// and STARTTLS on any other port (the rule of [reconnect.Endpoint]). Another
// host of a known provider gets the provider's preferred SMTP server's port
// and security, and any other host port 587 with STARTTLS (RFC 6409). It
// returns [ErrNoHost] when m has no SMTP host.
func DefaultServer(m reconnect.Mailbox) (reconnect.Endpoint, error) {
	s, err := wire.DefaultServer(provider.SMTP, m.SMTPHost, ErrNoHost)
	return reconnect.Endpoint(s), err
}
