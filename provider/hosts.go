package provider

import "strings"

// index maps host, domain and MX suffixes to provider IDs. It is built once from
// the table and never changes.
type index struct {
	hosts, domains, mx map[string]ID
}

// The provider table and its index are built once and never changed; callers
// get copies.
var (
	infoTable = buildTable()
	hostIndex = buildIndex(infoTable)
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

// All returns every provider of the table, Custom last. The result is a copy:
// changing it changes nothing in the table.
func All() []Info {
	out := make([]Info, len(infoTable))
	for i, in := range infoTable {
		out[i] = in.clone()
	}
	return out
}

// Lookup returns the table's entry of id. The result is a copy: changing it
// changes nothing in the table.
func Lookup(id ID) (Info, bool) {
	for _, in := range infoTable {
		if in.ID == id {
			return in.clone(), true
		}
	}
	return Info{}, false
}

// Known reports whether id is a provider ID of the table.
func Known(id ID) bool {
	_, ok := Lookup(id)
	return ok
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

// hostProvider returns the provider that runs the IMAP or SMTP server host,
// or "" when unknown. Amazon SES endpoints (email-smtp.<region>.amazonaws.com)
// are recognised by their pattern.
func hostProvider(host string) ID {
	host = clean(host)
	if strings.HasPrefix(host, "email-smtp.") && strings.HasSuffix(host, ".amazonaws.com") {
		return AmazonSES
	}
	return longestSuffix(hostIndex.hosts, host)
}

// domainProvider returns the provider of a consumer address domain such as
// gmail.com, or "" for custom domains.
func domainProvider(domain string) ID {
	return hostIndex.domains[clean(domain)]
}

// mxProvider returns the provider whose MX host name this is, or "".
func mxProvider(mx string) ID {
	return longestSuffix(hostIndex.mx, clean(mx))
}
