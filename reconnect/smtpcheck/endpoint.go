package smtpcheck

import (
	"fmt"
	"net"
	"strconv"
	"strings"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// Default submission settings for hosts the provider registry does not know.
const (
	DefaultPort     = 587               // RFC 6409 message submission
	DefaultSecurity = provider.StartTLS // RFC 3207 STARTTLS before login
)

// Endpoint is the SMTP server a Tester connects to.
type Endpoint struct {
	Host     string            // host name or IP address; also the TLS server name
	Port     int               // TCP port
	Security provider.Security // provider.ImplicitTLS, provider.StartTLS or provider.Plain; "" means StartTLS
}

// String returns "host:port".
func (e Endpoint) String() string { return net.JoinHostPort(e.Host, strconv.Itoa(e.Port)) }

// DefaultServer picks the endpoint of mailbox m from m.SMTPHost and the
// provider registry. It is what a Tester uses when [Options.Server] is nil.
//
// A host the registry knows gets the port and security of the provider's
// first SMTP server with that host name (smtp.gmail.com: 465 with implicit
// TLS; smtp.office365.com: 587 with STARTTLS). Any other host gets port 587 with
// STARTTLS. A host given as "host:port" keeps its port, with the registry's
// security for that port, else implicit TLS on 465 and STARTTLS on any other
// port. It returns [ErrNoHost] when m has no SMTP host.
func DefaultServer(m reconnect.Mailbox) (Endpoint, error) {
	host, port, err := provider.ParseHost(m.SMTPHost)
	if err != nil {
		return Endpoint{}, fmt.Errorf("smtpcheck: %w", err)
	}
	if host == "" {
		return Endpoint{}, ErrNoHost
	}
	if s, ok := provider.KnownServer(provider.SMTP, host, port); ok {
		return Endpoint{Host: host, Port: s.Port, Security: s.Security}, nil
	}
	switch port {
	case 0:
		return Endpoint{Host: host, Port: DefaultPort, Security: DefaultSecurity}, nil
	case 465:
		return Endpoint{Host: host, Port: port, Security: provider.ImplicitTLS}, nil
	}
	return Endpoint{Host: host, Port: port, Security: provider.StartTLS}, nil
}

// normalize checks e and fills in its default security.
func (e Endpoint) normalize() (Endpoint, error) {
	if e.Security == "" {
		e.Security = provider.StartTLS
	}
	switch {
	case strings.TrimSpace(e.Host) == "":
		return e, ErrNoHost
	case e.Port <= 0 || e.Port > 65535:
		return e, fmt.Errorf("smtpcheck: invalid port %d", e.Port)
	}
	switch e.Security {
	case provider.ImplicitTLS, provider.StartTLS, provider.Plain:
		return e, nil
	}
	return e, fmt.Errorf("smtpcheck: unknown security %q", e.Security)
}
