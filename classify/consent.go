package classify

// The owner declined or cancelled the consent screen when the product asked
// for access to the mailbox (RFC 6749 section 4.1.2.1: error=access_denied,
// "the resource owner or authorization server denied the request"), in the
// words products write for it ("The user denied the authorization request",
// "Some requested permissions were declined: Mail.Send"): the mailbox is not
// connected until the owner grants it, as oauth_invalid_grant reads a bare
// access_denied. An administrator's approval and another service's consent
// are not the mailbox's, nor is ASP.NET Web API's 401 body "Authorization
// has been denied for this request" (any bearer token refused).
var consentRules = []rule{
	{id: "consent_declined", class: ClassRevoked,
		anyOf: p("denied the authorization", "authorization request denied", "authorization request was denied", "authorization was denied",
			"did not provide authorization", "permissions were declined", "declined permissions",
			"declined the consent", "consent was declined", "consent was denied", "denied consent", "refused consent",
			"cancelled the authorization", "canceled the authorization", "authorization was cancelled", "authorization was canceled"),
		noneOf: append(p("admin", "administrator"), gen51OtherAPIs...),
		doc:    "the owner declined or cancelled the consent screen for the mailbox: it is not connected until the owner grants access"},
}
