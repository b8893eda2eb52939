package imapcheck

import (
	"context"
	"fmt"
	"net"
	"strconv"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
)

// Endpoint is the IMAP server a test connects to.
type Endpoint struct {
	Host     string            // host name or IP address; the TLS server name unless Options.TLSConfig names one
	Port     int               // TCP port; 0 means 993, or 143 for STARTTLS and Plain
	Security provider.Security // provider.ImplicitTLS, provider.StartTLS or provider.Plain; "" means ImplicitTLS
}

// String returns "host:port".
func (e Endpoint) String() string { return net.JoinHostPort(e.Host, strconv.Itoa(e.Port)) }

// normalize fills in e's defaults.
func (e Endpoint) normalize() Endpoint {
	if e.Security == "" {
		e.Security = provider.ImplicitTLS
	}
	if e.Port == 0 {
		e.Port = portIMAPS
		if e.Security != provider.ImplicitTLS {
			e.Port = portIMAP
		}
	}
	return e
}

// Well-known IMAP ports.
const (
	portIMAPS = 993 // implicit TLS (RFC 8314)
	portIMAP  = 143 // plain, upgraded with STARTTLS
)

// DefaultServer picks the endpoint of mailbox m from m.IMAPHost (a host name,
// optionally with ":port") and the provider registry. It is what a Tester uses
// when [Options.Server] is nil.
//
//   - A host the registry lists (imap.gmail.com, imap.mail.ru) takes the port
//     and security listed for it, the preferred entry first; with an explicit
//     port, the entry with that port.
//   - Another host of a known provider takes the provider's preferred IMAP
//     port and security.
//   - Any other host is implicit TLS on 993. An explicit port 143 means
//     STARTTLS, and any other explicit port implicit TLS: the result never
//     sends anything in plain text.
//
// It returns [ErrNoHost] when m.IMAPHost is empty.
func DefaultServer(m reconnect.Mailbox) (Endpoint, error) {
	host, port, err := provider.ParseHost(m.IMAPHost)
	if err != nil {
		return Endpoint{}, fmt.Errorf("imapcheck: %w", err)
	}
	if host == "" {
		return Endpoint{}, ErrNoHost
	}
	if s, ok := provider.KnownServer(provider.IMAP, host, port); ok {
		return Endpoint{Host: host, Port: s.Port, Security: s.Security}, nil
	}
	ep := Endpoint{Host: host, Port: port, Security: provider.ImplicitTLS}
	info, _ := provider.Lookup(provider.DetectHost(host))
	switch {
	case port == portIMAP:
		ep.Security = provider.StartTLS
	case port != 0:
		// implicit TLS on any other explicit port
	case len(info.IMAP) > 0:
		ep.Port, ep.Security = info.IMAP[0].Port, info.IMAP[0].Security
	default:
		ep.Port = portIMAPS
	}
	if ep.Security == provider.Plain {
		// The registry lists plain IMAP only for local bridges; another host
		// of that provider is not local.
		ep.Security = provider.StartTLS
	}
	return ep, nil
}

// needsID reports whether the mailbox's provider refuses clients that do not
// send the RFC 2971 ID command. NetEase (163.com, 126.com, yeah.net) answers
// SELECT with "Unsafe Login" until the client identifies itself.
func needsID(m reconnect.Mailbox, ep Endpoint) bool {
	if provider.DetectHost(ep.Host) == provider.NetEase {
		return true
	}
	imapHost := m.IMAPHost
	if h, _, err := net.SplitHostPort(imapHost); err == nil {
		imapHost = h
	}
	// Without a resolver Detect does no I/O.
	d, _ := provider.Detect(context.Background(), provider.Mailbox{SMTPHost: m.SMTPHost, IMAPHost: imapHost, Email: m.Email}, nil)
	return d.ID == provider.NetEase
}
