package classify

// Held-out round 65's misses, as families.
//
// A proxy between the product and the mail server refusing the product's
// own proxy credentials (PySocks' "SOCKS5 authentication failed",
// golang.org/x/net's "socks connect ...: username/password authentication
// failed", proxy-agents' "Proxy authentication failed with status 407",
// px's Kerberos password, stunnel's NTLM): the proxy settings are wrong
// (config), whatever mail server the tunnel was for.
//
// A mail tool's own sentence for the mailbox's token it no longer has
// (zeroclaw's "no OAuth2 token available", a warmup tool's "Failed to
// refresh Gmail access token."): the owner connects the mailbox again;
// refresh_token_missing leaves another service's token alone.
var round65EarlyRules = []rule{
	{id: "proxy_credentials", class: ClassConfig,
		anyOf: p("socks5 authentication failed", "socks connect tcp", "socks5 authentication method", "offered socks5 authentication methods",
			"proxy authentication failed", "proxy authentication error", "proxy authentication required", "received http code 407 from proxy",
			"ntlm authorization request rejected", "kerberos: wrong password", "px_password"),
		alsoAny: p("authenticat", "password", "407", "ntlm", "rejected", "method"),
		noneOf:  p("535", "5.7.", "[authenticationfailed]"),
		doc:     "a proxy between the product and the mail server refuses the product's own proxy credentials (SOCKS5, HTTP 407, NTLM, Kerberos)"},
}

var round65LateRules = []rule{
	{id: "mail_token_missing", class: ClassRevoked,
		anyOf: p("failed to refresh gmail access token", "failed to refresh outlook access token", "no oauth2 token available for",
			"missing or invalid refresh_token"),
		noneOf: otherSignIns,
		doc:    "a mail tool no longer has the mailbox's OAuth token: the owner connects it again"},
}
