package provider

// This file and the table_*.go files hold the provider table behind [Lookup].
// Each entry's Source lists the public pages its facts come from: the
// provider's help pages and the Thunderbird ISPDB
// (https://autoconfig.thunderbird.net/v1.1/<domain>). Items that could not be
// checked against such a page are left out and named in a comment.
//
// Conventions used throughout the table:
//   - Servers are listed preferred first. Where a provider offers both, implicit
//     TLS (465/993) comes before STARTTLS (587/143), as RFC 8314 recommends
//     (https://www.rfc-editor.org/rfc/rfc8314#section-3).
//   - Mechanisms lists the SASL mechanisms a mail client can use for SMTP.
//     Providers that only take passwords are listed as PLAIN and LOGIN, which is
//     what the ISPDB's "password-cleartext" stands for.
//   - Hosts are server host names or suffixes that only the provider's servers
//     use. An address domain is a suffix only where every host under it is the
//     provider's (fastmail.com, zoho.com); gmail.com, aol.com and the like
//     appear only inside full server names.
//   - MX entries are suffixes of the MX hosts of custom domains hosted by the
//     provider. Detection should let the longest matching suffix win (Yahoo's
//     "yahoodns.net" against AOL's "gm0.yahoodns.net").
//   - HelpURL and AppPasswordURL are https pages on the provider's own domain.

// tlsAt is an implicit-TLS endpoint.
func tlsAt(host string, port int) Server {
	return Server{Host: host, Port: port, Security: ImplicitTLS}
}

// starttlsAt is an endpoint that needs STARTTLS before login.
func starttlsAt(host string, port int) Server {
	return Server{Host: host, Port: port, Security: StartTLS}
}

// plainLogin is the mechanism list of password-only providers.
func plainLogin() []string { return []string{"PLAIN", "LOGIN"} }

// googleOAuth is Google's OAuth for IMAP and SMTP. The scope is restricted:
// production apps need Google verification.
func googleOAuth() *OAuth {
	return &OAuth{
		AuthURL:  "https://accounts.google.com/o/oauth2/v2/auth",
		TokenURL: "https://oauth2.googleapis.com/token",
		Scopes:   []string{"https://mail.google.com/"},
	}
}

// microsoftOAuth is Microsoft identity platform OAuth for IMAP and SMTP for the
// given tenant ("{tenant}" for work or school accounts, "consumers" for
// personal Microsoft accounts).
func microsoftOAuth(tenant string) *OAuth {
	base := "https://login.microsoftonline.com/" + tenant + "/oauth2/v2.0/"
	return &OAuth{
		AuthURL:  base + "authorize",
		TokenURL: base + "token",
		Scopes: []string{
			"https://outlook.office.com/SMTP.Send",
			"https://outlook.office.com/IMAP.AccessAsUser.All",
			"offline_access",
		},
	}
}

// buildTable returns one Info per provider ID, in the order of the ID
// constants: the big consumer providers (table_consumer.go), hosted mailboxes
// (table_hosted.go), national providers (table_regional.go), hosted business
// mail (table_hosted.go), then sending relays and Custom (table_relays.go). It
// builds a new table on every call, so callers may change what it returns.
func buildTable() []Info {
	var out []Info
	for _, part := range [][]Info{consumerProviders(), hostedProviders(), regionalProviders(),
		businessProviders(), relayProviders()} {
		out = append(out, part...)
	}
	return out
}
