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
