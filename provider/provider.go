package provider

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
)

// Resolver looks up MX records. *net.Resolver implements it.
type Resolver interface {
	LookupMX(ctx context.Context, name string) ([]*net.MX, error)
}

var _ Resolver = (*net.Resolver)(nil)

// Mailbox is what detection looks at: the configured servers and the address.
// Any field may be empty.
type Mailbox struct {
	SMTPHost string `json:"smtp_host"` // the SMTP server's host name
	IMAPHost string `json:"imap_host"` // the IMAP server's host name
	Email    string `json:"email"`     // the mailbox's address
}

// Detection is the result of [Detect].
type Detection struct {
	ID ID     `json:"id"` // the provider, Custom when unknown
	By string `json:"by"` // what decided: "smtp_host", "imap_host", "domain", "mx" or "none"
}

// DetectHost returns the provider that runs an IMAP or SMTP server host, or
// Custom. Hosts shared by two providers name the consumer one (smtp.gmail.com
// is Gmail, outlook.office365.com is Microsoft 365); [Detect] tells them apart
// by the address.
func DetectHost(host string) ID {
	if id := hostProvider(host); id != "" {
		return id
	}
	return Custom
}

// Detect names the provider of a mailbox, in this order: the SMTP host, the IMAP
// host, the address's domain, and the MX records of the address's domain (only
// when r is not nil; pass net.DefaultResolver in production). It never guesses:
// what it does not know is Custom. A failed MX lookup also gives Custom, with
// the error; a domain without MX records gives Custom and no error.
//
// Google and Microsoft serve two providers from the same hosts: a Google host with
// an address outside gmail.com and googlemail.com is Google Workspace, and a
// Microsoft host with an Outlook.com, Hotmail or Live address is Outlook personal.
func Detect(ctx context.Context, m Mailbox, r Resolver) (Detection, error) {
	domain := ""
	if i := strings.LastIndexByte(m.Email, '@'); i >= 0 {
		domain = strings.ToLower(strings.TrimSpace(m.Email[i+1:]))
	}
	byDomain := domainProvider(domain)
	for _, h := range []struct{ host, by string }{{m.SMTPHost, "smtp_host"}, {m.IMAPHost, "imap_host"}} {
		if id := hostProvider(h.host); id != "" {
			return Detection{ID: splitSharedHosts(id, domain, byDomain), By: h.by}, nil
		}
	}
	if byDomain != "" {
		return Detection{ID: byDomain, By: "domain"}, nil
	}
	if domain == "" || r == nil {
		return Detection{ID: Custom, By: "none"}, nil
	}
	mxs, err := r.LookupMX(ctx, domain)
	if err != nil {
		var dnsErr *net.DNSError
		if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
			return Detection{ID: Custom, By: "none"}, nil
		}
		return Detection{ID: Custom, By: "none"}, err
	}
	for _, mx := range mxs {
		if id := mxProvider(mx.Host); id != "" {
			return Detection{ID: id, By: "mx"}, nil
		}
	}
	return Detection{ID: Custom, By: "none"}, nil
}

// splitSharedHosts splits the providers that share servers by the address's domain.
func splitSharedHosts(id ID, domain string, byDomain ID) ID {
	switch {
	case id == Gmail && domain != "" && byDomain != Gmail:
		return GoogleWorkspace
	case id == Microsoft365 && byDomain == OutlookPersonal:
		return OutlookPersonal
	}
	return id
}

// Protocol selects a provider's SMTP or IMAP servers.
type Protocol string

// Protocols.
const (
	SMTP Protocol = "smtp"
	IMAP Protocol = "imap"
)

// ParseHost splits a server as mailboxes store it, "host" or "host:port", into
// a host name (trailing dot removed) and a port (0 when absent).
func ParseHost(s string) (host string, port int, err error) {
	host = strings.TrimSpace(s)
	if h, p, splitErr := net.SplitHostPort(host); splitErr == nil {
		n, convErr := strconv.Atoi(p)
		if convErr != nil || n <= 0 || n > 65535 {
			return "", 0, fmt.Errorf("provider: invalid port in host %q", s)
		}
		host, port = h, n
	}
	return strings.TrimSuffix(host, "."), port, nil
}

// KnownServer returns the table's entry for host among the SMTP or IMAP
// servers of the provider that runs it: the first with that host name and, when
// port is not 0, that port.
func KnownServer(p Protocol, host string, port int) (Server, bool) {
	info, ok := Lookup(DetectHost(host))
	if !ok {
		return Server{}, false
	}
	servers := info.SMTP
	if p == IMAP {
		servers = info.IMAP
	}
	for _, s := range servers {
		if strings.EqualFold(s.Host, host) && (port == 0 || s.Port == port) {
			return s, true
		}
	}
	return Server{}, false
}
