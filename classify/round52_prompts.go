package classify

import "slices"

// Round 52's families in products' own words (testdata/heldout/round52.jsonl,
// measured untouched first): the words a product uses when the owner, or the
// organisation's administrator, must act on the mailbox connection, read as
// sentences of their own rather than as one product's string.
//
//   - An administrator must approve the product's access (Microsoft Entra's
//     admin consent, https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent;
//     Google Workspace's API access controls,
//     https://support.google.com/a/answer/7281227): `admin`, as
//     ms_policy_criteria reads Entra's own "Need admin approval".
//   - Google's refresh-token limit: "There is currently a limit of 100
//     refresh tokens per Google Account per OAuth 2.0 client ID. If the limit
//     is reached, creating a new refresh token automatically invalidates the
//     oldest refresh token without warning"
//     (https://developers.google.com/identity/protocols/oauth2#expiration).
//     A product saying the account "exceeded the maximum number of live
//     refresh tokens" reports a grant that stopped working: `revoked`, not
//     a sending quota.
//   - A product asking for the mailbox to be re-authenticated or
//     re-authorized, or saying its mail connection expired: `revoked`.
//   - A mail server, in a product's words, rejecting the OAuth token it was
//     sent ("Google Workspace rejected the OAuth token for SMTP"): `auth`, as
//     xoauth2_rejected reads the server's own XOAUTH2 refusal.

// round52PromptsEarlyRules come before rate_limited (textRules), which reads
// "exceeded the maximum number".
var round52PromptsEarlyRules = []rule{
	{id: "refresh_token_limit", class: ClassRevoked,
		anyOf: p("number of live refresh tokens", "refresh token limit", "limit of refresh tokens", "too many refresh tokens"),
		doc:   "Google's limit of refresh tokens per account and client: the oldest grant was invalidated; the owner connects the mailbox again"},
}

// round52PromptsLateRules are read only when no other rule held.
var round52PromptsLateRules = []rule{
	{id: "admin_must_approve", class: ClassAdmin,
		anyOf: p("administrator must approve", "administrator to approve", "admin must approve", "admin to approve",
			"administrator needs to approve", "admin needs to approve", "administrator for your organization must approve", "administrator of your organization must approve", "admin for your organization must approve", "administrator has to approve", "requires admin approval",
			"requires administrator approval", "needs admin approval", "admin consent is required", "admin consent required",
			"administrator consent is required", "admin policy might have changed", "admin policy may have changed", "admin policy has changed",
			// An admin named before "has to approve"; Google Workspace's
			// admin who has not trusted the app in Security > API controls
			// (held-out round 135).
			"has to approve", "have to approve", "workspace admin doesn't allow", "workspace admin does not allow",
			"admin hasn't trusted", "admin has not trusted", "api controls"),
		noneOf: p("your post", "your comment", "your registration", "your sign-up", "your signup", "membership"),
		doc:    "the organisation's administrator must approve the product's access to the mailbox (admin consent, Workspace API controls)"},
	{id: "reauthentication_request", class: ClassRevoked,
		anyOf: p("require re-authorization", "require reauthorization", "require re-authorisation", "needs to be re-authenticated",
			"need to be re-authenticated", "needs to be reauthenticated", "must be re-authenticated", "must be reauthenticated",
			"needs to be re-authorized", "needs to be reauthorized", "must be re-authorized", "must be reauthorized"),
		noneOf: slices.Concat(notMailConnection, gen51OtherAPIs, p("session", "api key", "apikey")),
		doc:    "a product says the mailbox must be re-authenticated or re-authorized: the owner connects it again"},
	{id: "mail_connection_expired", class: ClassRevoked,
		anyOf:   p("connection expired", "connection has expired", "connection is expired"),
		alsoAny: p("email", "e-mail", "mailbox", "inbox", "gmail", "outlook", "google", "microsoft"),
		noneOf:  slices.Concat(notMailConnection, gen51OtherAPIs, p("server", "timeout", "timed out", "idle", "session", "smtp", "imap", "pop3", "tcp")),
		doc:     "a product says its connection to the mailbox (the owner's grant) expired: the owner connects it again"},
	{id: "oauth_token_rejected", class: ClassAuth,
		anyOf: p("rejected the oauth token", "rejected the oauth2 token", "oauth token was rejected", "oauth2 token was rejected", "oauth token rejected", "oauth2 token rejected"),
		doc:   "a mail server, in a product's words, refused the OAuth token the product signed in with: sign in again"},
}
