// Package registry holds the provider facts shared by the classify and provider
// packages: which server hosts, address domains and MX hosts belong to which
// provider.
package registry

import "strings"

// hostSuffixes maps IMAP/SMTP server host suffixes to provider IDs. The longest
// matching suffix wins.
var hostSuffixes = map[string]string{
	"smtp.gmail.com":        "gmail",
	"imap.gmail.com":        "gmail",
	"smtp.office365.com":    "microsoft365",
	"outlook.office365.com": "microsoft365",
	"smtp-mail.outlook.com": "outlook_personal",
	"hostinger.com":         "hostinger",
}

// ProviderForHost returns the provider ID that runs host, or "" when unknown.
func ProviderForHost(host string) string {
	host = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(host)), ".")
	for {
		if id, ok := hostSuffixes[host]; ok {
			return id
		}
		i := strings.IndexByte(host, '.')
		if i < 0 {
			return ""
		}
		host = host[i+1:]
	}
}
