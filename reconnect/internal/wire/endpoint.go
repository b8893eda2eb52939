package wire

import (
	"fmt"
	"strings"

	"github.com/mailreconnect/sdk/provider"
)

// Well-known ports.
const (
	PortSubmissions = 465 // SMTP submission over implicit TLS (RFC 8314 section 3.3)
	PortSubmission  = 587 // SMTP submission, STARTTLS (RFC 6409)
	PortIMAPS       = 993 // IMAP over implicit TLS (RFC 8314 section 3.3)
	PortIMAP        = 143 // IMAP, STARTTLS (RFC 9051 section 6.2.1)
)

// ImplicitTLSPort returns the implicit-TLS port of protocol p.
func ImplicitTLSPort(p provider.Protocol) int {
	if p == provider.IMAP {
		return PortIMAPS
	}
	return PortSubmissions
}

// PlainPort returns the port of protocol p that starts in plain text.
func PlainPort(p provider.Protocol) int {
	if p == provider.IMAP {
		return PortIMAP
	}
	return PortSubmission
}

// SecurityForPort is the rule for an endpoint that names a port and no
// security: the implicit-TLS ports (465 and 993, RFC 8314) mean implicit TLS,
// and every other port STARTTLS, which the testers require the server to
// offer before anything secret is sent. Port 0 means implicit TLS.
func SecurityForPort(port int) provider.Security {
	switch port {
	case 0, PortSubmissions, PortIMAPS:
		return provider.ImplicitTLS
	}
	return provider.StartTLS
}

// Resolve fills in an endpoint's zero fields for protocol p and checks it. An
// empty security is [SecurityForPort] of the port; port 0 is the protocol's
// port for the security (465 or 993 for implicit TLS, 587 or 143 otherwise).
// An endpoint without a host gets noHost, the caller's own error.
func Resolve(p provider.Protocol, e provider.Server, noHost error) (provider.Server, error) {
	if strings.TrimSpace(e.Host) == "" {
		return e, noHost
	}
	if e.Security == "" {
		e.Security = SecurityForPort(e.Port)
	}
	switch e.Security {
	case provider.ImplicitTLS, provider.StartTLS, provider.Plain:
	default:
		return e, fmt.Errorf("unknown security %q", e.Security)
	}
	if e.Port == 0 {
		e.Port = PlainPort(p)
		if e.Security == provider.ImplicitTLS {
			e.Port = ImplicitTLSPort(p)
		}
	}
	if e.Port < 0 || e.Port > 65535 {
		return e, fmt.Errorf("invalid port %d", e.Port)
	}
	return e, nil
}

// DefaultServer picks the p server of a mailbox whose host is hostport
// ("host" or "host:port"), from the provider registry. It returns an empty
// noHost, the caller's own error, when hostport names no host.
//
//   - A host the registry lists (smtp.gmail.com, imap.mail.ru) takes the port
//     and security listed for it, the preferred entry first; with an explicit
//     port, the entry with that port.
//   - Another host with an explicit port takes [SecurityForPort].
//   - Another host of a known provider takes the provider's preferred port
//     and security (never Plain, which the registry lists only for local
//     bridges: STARTTLS instead).
//   - Any other host takes the protocol's usual default: SMTP submission on
//     587 with STARTTLS (RFC 6409), IMAP on 993 with implicit TLS.
func DefaultServer(p provider.Protocol, hostport string, noHost error) (provider.Server, error) {
	host, port, err := provider.ParseHost(hostport)
	switch {
	case err != nil:
		return provider.Server{}, err
	case strings.TrimSpace(host) == "":
		return provider.Server{}, noHost
	}
	if s, ok := provider.KnownServer(p, host, port); ok {
		return provider.Server{Host: host, Port: s.Port, Security: s.Security}, nil
	}
	if port != 0 {
		return provider.Server{Host: host, Port: port, Security: SecurityForPort(port)}, nil
	}
	info, _ := provider.Lookup(provider.DetectHost(host))
	servers := info.SMTP
	if p == provider.IMAP {
		servers = info.IMAP
	}
	if len(servers) > 0 {
		s := provider.Server{Host: host, Port: servers[0].Port, Security: servers[0].Security}
		if s.Security == provider.Plain {
			s.Security = provider.StartTLS
		}
		return s, nil
	}
	if p == provider.IMAP {
		return provider.Server{Host: host, Port: PortIMAPS, Security: provider.ImplicitTLS}, nil
	}
	return provider.Server{Host: host, Port: PortSubmission, Security: provider.StartTLS}, nil
}

// Server is the shape of an endpoint: provider.Server and reconnect.Endpoint.
type Server interface {
	~struct {
		Host     string
		Port     int
		Security provider.Security
	}
}

// Choose is how every tester picks the endpoint of mailbox m: server's answer
// (def when server is nil), with its zero fields filled in by [Resolve], and
// provider.Plain refused with insecure unless allowInsecure.
func Choose[M any, E Server](p provider.Protocol, server, def func(M) (E, error), m M, noHost, insecure error, allowInsecure bool) (E, error) {
	if server == nil {
		server = def
	}
	e, err := server(m)
	if err != nil {
		return e, err
	}
	s, err := Resolve(p, provider.Server(e), noHost)
	if err == nil && s.Security == provider.Plain && !allowInsecure {
		err = insecure
	}
	return E(s), err
}
