package classify

// Held-out round 56's false reconnects, as families (testdata/heldout/
// README.md, round 56). Read 2026-12-05.
//
//   - Microsoft Graph names the permission an app registration lacks
//     ("Ensure Mail.Send permission is granted"): the permissions an app is
//     consented for are the integrating product's (Microsoft Graph
//     permissions reference, learn.microsoft.com/graph/permissions-reference:
//     Mail.Send, Mail.ReadWrite, Mail.Read, as application or delegated
//     permissions the app requests), not a tenant's policy on the mailbox
//     (api_mailbox_not_enabled reads Graph's bare ErrorAccessDenied as that).
//   - PEAR's Net_SMTP (pear/Net_SMTP, Net/SMTP.php auth()) wraps a failed
//     STARTTLS in its "authentication failure" before any credential is
//     sent ("authentication failure [SMTP: STARTTLS failed (code: 220,
//     response: TLS go ahead)]"): the TLS setup, not the password.
//     credentials_rejected leaves "starttls failed" alone, and this rule
//     reads it.
//
// round56EarlyRules come just before apiRules, whose api_mailbox_not_enabled
// reads Graph's "Access is denied" as a tenant's policy.
var round56EarlyRules = []rule{
	{id: "graph_app_permission", class: ClassPlatform,
		anyOf: p("mail.send permission", "mail.readwrite permission", "mail.read permission", "mail.send application permission",
			"mail.send delegated permission", "mail.readwrite application permission", "mail.read application permission",
			"permission mail.send", "permission mail.readwrite", "permission mail.read ", "permissions mail.send"),
		alsoAny: p("grant", "consent", "missing", "ensure", "require", "lacks", "not have", "doesn't have", "does not have"),
		doc:     "Microsoft Graph names a mail permission (Mail.Send, Mail.ReadWrite, Mail.Read) that the product's app registration lacks or was not consented for: the integrating product's app"},
	{id: "starttls_before_login", class: ClassConfig,
		anyOf:   p("starttls failed"),
		alsoAny: p("authentication failure", "authentication failed", "auth failed"),
		doc:     "a library's login step failed at STARTTLS, before any credential was sent (PEAR Net_SMTP): the connection's TLS settings"},
}
