// Package registry holds the provider facts shared by the classify and provider
// packages: the provider table, and which server hosts, address domains and MX
// hosts belong to which provider. Package provider exposes it; classify uses it
// to name the provider behind a host.
package registry

import "strings"

// index maps host, domain and MX suffixes to provider IDs. It is built once from
// the table and never changes.
type index struct {
	hosts, domains, mx map[string]ID
}

// table is built once and never changed; callers get copies.
var (
	table = registry()
	idx   = buildIndex(table)
)

func buildIndex(table []Info) index {
	x := index{hosts: map[string]ID{}, domains: map[string]ID{}, mx: map[string]ID{}}
	for _, in := range table {
		for _, h := range in.Hosts {
			x.hosts[h] = in.ID
		}
		for _, d := range in.Domains {
			x.domains[d] = in.ID
		}
		for _, m := range in.MX {
			x.mx[m] = in.ID
		}
	}
	return x
}

// Table returns a copy of the provider table.
func Table() []Info {
	out := make([]Info, len(table))
	for i, in := range table {
		out[i] = in.clone()
	}
	return out
}

// Lookup returns a copy of the entry of id.
func Lookup(id ID) (Info, bool) {
	for _, in := range table {
		if in.ID == id {
			return in.clone(), true
		}
	}
	return Info{}, false
}

// clone deep-copies an entry.
func (in Info) clone() Info {
	in.SMTP = append([]Server(nil), in.SMTP...)
	in.IMAP = append([]Server(nil), in.IMAP...)
	in.Mechanisms = append([]string(nil), in.Mechanisms...)
	in.AppPasswordPrereqs = append([]string(nil), in.AppPasswordPrereqs...)
	in.Hosts = append([]string(nil), in.Hosts...)
	in.Domains = append([]string(nil), in.Domains...)
	in.MX = append([]string(nil), in.MX...)
	if in.OAuth != nil {
		o := *in.OAuth
		o.Scopes = append([]string(nil), o.Scopes...)
		in.OAuth = &o
	}
	return in
}

// clean lower-cases a host or domain and drops a trailing dot.
func clean(s string) string {
	return strings.TrimSuffix(strings.ToLower(strings.TrimSpace(s)), ".")
}

// longestSuffix returns the ID of the longest suffix of name (at a label
// boundary) that m holds.
func longestSuffix(m map[string]ID, name string) ID {
	for name != "" {
		if id, ok := m[name]; ok {
			return id
		}
		i := strings.IndexByte(name, '.')
		if i < 0 {
			return ""
		}
		name = name[i+1:]
	}
	return ""
}

// ProviderForHost returns the provider that runs the IMAP or SMTP server host,
// or "" when unknown. Amazon SES endpoints (email-smtp.<region>.amazonaws.com)
// are recognised by their pattern.
func ProviderForHost(host string) ID {
	host = clean(host)
	if strings.HasPrefix(host, "email-smtp.") && strings.HasSuffix(host, ".amazonaws.com") {
		return AmazonSES
	}
	return longestSuffix(idx.hosts, host)
}

// ProviderForDomain returns the provider of a consumer address domain such as
// gmail.com, or "" for custom domains.
func ProviderForDomain(domain string) ID {
	return idx.domains[clean(domain)]
}

// ProviderForMX returns the provider whose MX host name this is, or "".
func ProviderForMX(mx string) ID {
	return longestSuffix(idx.mx, clean(mx))
}
