package classify

// senderPolicyRules: a receiving server's policy plugins refusing the
// connection, the sender or its domain by reputation, in their own words
// (Haraka's karma, access and honeypot plugins; policy daemons' IP
// reputation checks). The message or its source is refused, not the
// login: rejected.
var senderPolicyRules = []rule{
	{id: "sender_policy_refused", class: ClassRejected,
		anyOf: p("karma score", "trapped by honeypo", "cannot send mail here", "not allowed to connect", "is not accepted here",
			"ip_reputation", "ip reputation"),
		noneOf: p("password", "login", "authenticat", "credential"),
		doc:    "a receiving server's policy refused the connection, the sender or its domain (reputation, access lists, a honeypot)"},
}
