package imapcheck

import (
	"context"
	"net"

	"github.com/mailreconnect/sdk/provider"
	"github.com/mailreconnect/sdk/reconnect"
	"github.com/mailreconnect/sdk/reconnect/internal/wire"
)

// DefaultServer picks the endpoint of mailbox m from m.IMAPHost (a host name,
// optionally with ":port") and the provider registry. It is what a Tester uses
// when [Options.Server] is nil.
//
//   - A host the registry lists (imap.gmail.com, imap.mail.ru) takes the port
//     and security listed for it, the preferred entry first; with an explicit
//     port, the entry with that port.
//   - Another host with an explicit port: implicit TLS on 993, STARTTLS on
//     any other port (the rule of [reconnect.Endpoint]), so the result never
//     sends anything in plain text.
//   - Another host of a known provider takes the provider's preferred IMAP
//     port and security.
//   - Any other host is implicit TLS on 993.
//
// It returns [ErrNoHost] when m.IMAPHost is empty.
func DefaultServer(m reconnect.Mailbox) (reconnect.Endpoint, error) {
	s, err := wire.DefaultServer(provider.IMAP, m.IMAPHost, ErrNoHost)
	return reconnect.Endpoint(s), err
}

// needsID reports whether the mailbox's provider refuses clients that do not
// send the RFC 2971 ID command. NetEase (163.com, 126.com, yeah.net) answers
// SELECT with "Unsafe Login" until the client identifies itself.
func needsID(m reconnect.Mailbox, ep reconnect.Endpoint) bool {
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
