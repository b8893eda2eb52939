package classify

// Whether the product may reach the mailbox at all: the owner declined
// consent, Google or Microsoft asks for a sign-in again, ActiveSync is off,
// or the account has no mailbox licence.

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
			"cancelled the authorization", "canceled the authorization", "authorization was cancelled", "authorization was canceled",
			// More of the same (round 70).
			"consent declined", "you refused to allow", "you have refused to allow", "user refused to allow", "user denied authorization", "отказались разрешить", "отказались предоставить",
			// Consent not (yet) given for the mailbox (round 71).
			"have not granted consent", "has not granted consent", "grant permission to access your email"),
		noneOf: append(p("admin", "administrator"), gen51OtherAPIs...),
		doc:    "the owner declined or cancelled the consent screen for the mailbox: it is not connected until the owner grants access"},
}

// providerReauthRules read a product's request to sign in to Google or
// Microsoft again, with no word about a password: the product holds the
// mailbox's OAuth grant, and it is gone (revoked, not auth: there is no
// password to correct). The rounds label it so 15 times to none as auth.
// A missing scope or an OAuth client's error is the product's app
// (platform), a calendar's, a drive's or another service's grant is not the
// mailbox's, and an AADSTS code is decided by its table.
var providerReauthRules = []rule{
	{id: "provider_reauth_needed", class: ClassRevoked,
		anyOf: p("re-authenticate", "reauthenticate", "re-authentication", "reauthentication", "re-authorize", "reauthorize",
			"re-authorise", "reauthorise", "sign in again", "log in again", "login again", "sign out and sign in",
			"not logged in", "sign-in required",
			// The provider's sign-in expired (round 101).
			"sign-in has expired", "sign-in expired", "sign-in is expired"),
		alsoAny: p("gmail", "google", "outlook", "microsoft", "office 365", "office365", "hotmail",
			// The grant's own tokens, whoever issued them (round 70).
			"stored tokens", "access token", "oauth token", "refresh token",
			// OAuth 2.0's tokens, and MSAL's silent acquisition of a token,
			// which is its refresh (round 152).
			"oauth2 token", "token acquisition"),
		noneOf: append(p("already exists", "password", "client", "scope", "permission", "aadsts", "calendar", "drive", "teams", "sharepoint", "onedrive",
			"youtube", "analytics", "ads ", "session",
			// A mail server's reply about the sender (553 "sender not logged
			// in"), and a token the product damaged (round62_fixes.go).
			"553", "550", "530", "5.7.", "5.5.", "sender", "corrupt",
			// Re-authentication offered only for some accounts (round 95).
			"only supported"), gen51OtherAPIs...),
		doc: "a product asks the owner to sign in to Google or Microsoft again: the mailbox's OAuth grant is gone"},
}

// activeSyncOffRules: the server has the account's ActiveSync (mobile
// devices') access switched off (Z-Push with Kopano or grommunio: "User is
// disabled for Z-Push", "... for mobile device usage"; Exchange's
// "ActiveSync access is disabled"): an administrator's setting.
var activeSyncOffRules = []rule{
	{id: "activesync_disabled", class: ClassAdmin,
		anyOf: p("disabled for z-push", "disabled for mobile device", "activesync is disabled", "activesync access is disabled",
			"activesync has been disabled", "not enabled for activesync", "activesync is not enabled", "eas is disabled for"),
		doc: "the account's ActiveSync (mobile device) access is switched off by the administrator"},
}

// licenceRules: the account has no Exchange Online (or Microsoft 365)
// licence, or its mailbox is still on premises, so the cloud has no
// mailbox to sign in to or migrate ("does not have a product license for
// Exchange Online", "No license was found", "on-premises mailbox hasn't
// been migrated"): the tenant's administrator assigns one, as
// api_mailbox_not_enabled reads Graph's MailboxNotEnabledForRESTAPI. The
// catalogs and rounds label such texts admin.
var licenceRules = []rule{
	{id: "mailbox_licence_missing", class: ClassAdmin,
		anyOf: p("license for exchange online", "exchange online license", "licensed for exchange online", "no license was found",
			"mailbox hasn't been migrated", "mailbox has not been migrated",
			"mailbox hasn’t been migrated", "licence for exchange online", "exchange online licence"),
		noneOf: p("about to expire", "will expire", "trial"),
		doc:    "the account has no Exchange Online licence, or its mailbox is still on premises: the tenant's administrator acts"},
}
