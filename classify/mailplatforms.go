package classify

// The published error catalogs of the mailbox platforms and CRMs that
// products send and sync mail through (testdata/catalogs/mail_platforms.jsonl,
// every row naming its page, read 2026-12-04):
//
//   - Nylas: the v3 error types table (developer.nylas.com/docs/api/errors/),
//     the 400-, 500- and 700-response pages, the sending errors table
//     (docs/v3/email/sending-errors/), the grant notifications
//     (docs/reference/notifications/grants/) and the v2 sync states;
//   - Unipile: the v2 error types (developer.unipile.com/v2.0/reference/
//     error-responses), the v2 connection status and the v1 status table and
//     error details;
//   - Cronofy: the API's common responses (docs.cronofy.com/developers/api/
//     error-codes/) and the authorization FAQs;
//   - HubSpot: the sequence enrollment errors, the sequences dashboard
//     messages, the IMAP connection errors and the unavailable-inbox and
//     Office 365 connection errors (knowledge.hubspot.com);
//   - EmailEngine: its authenticationError and connectError webhooks.
//
// The platforms' error types are dotted or slashed enumeration tokens
// (grant.scopes_conflict, api/invalid_auth_format) that no server reply
// carries, so they are phrases of their own; their sentences are the
// platforms' own wording. mailPlatformRules come first in the table, before
// the OAuth error words of headRules ("invalid_request" inside
// api.invalid_request_error, "grant" and "denied" inside
// grant.access_denied) and before the status-code rules, which would read a
// platform's "HTTP status 403 Unauthorized" or "Error 400 - Bad request" as a
// server's 4xx. Grants the platforms report gone extend
// mail_platform_grant_gone (rules.go); tenant consent stays with
// admin_app_not_approved.
var mailPlatformRules = []rule{
	// The integrating product's own client, key, plan or OAuth flow: Nylas
	// api.authentication_error (its 401 causes: the application's API key,
	// a grant of another application, the wrong region), token.unauthorized_access
	// ("Invalid API key."), the hosted-auth and connector setup
	// (callback_uri, login_id, provider field, scopes, gmail.com not allowed,
	// grant.access_denied: a grant without the scopes for the action), "Error
	// 400 - Authentication failed: Invalid or revoked refresh token." (the
	// product's Google refresh token lacks the required scopes), the redirect
	// URI (400, 701), v2's "Could not verify access credentials." (the client
	// secret not encoded); Unipile's expired hosted-auth link; Cronofy 401 (the
	// product's access token, to be refreshed), 402 (the product's plan), 403
	// (a scope to request), errors.unknown_or_used and invalid_grant on the
	// code exchange.
	{id: "mail_platform_product_client", class: ClassPlatform,
		anyOf: p("api.authentication_error", "token.unauthorized_access", "grant.callback_uri_not_allowed", "grant.login_id_invalid", "grant.provider_required", "grant.scopes_conflict", "grant.gmail_domain_invalid", "grant.access_denied",
			"authentication failed: invalid or revoked refresh token", "redirect uri is not https or localhost", "hasn't been registered in the nylas dashboard", "unauthorized: could not verify access credentials",
			"please return to the application and generate a new one",
			"provided authentication credentials were not recognized", "your plan does not include the required feature", "recognized but do not grant sufficient privileges",
			"errors.unknown_or_used", "the code is unrecognized or has already been used"),
		doc: "a mailbox platform (Nylas, Unipile, Cronofy) refused the integrating product's own API key, plan, scopes, redirect URI or code exchange: never the mailbox owner's to fix"},
	// The product's request or the mailbox's settings: Nylas
	// api.invalid_request_error, api.invalid_request_payload and its 400
	// sentences; Unipile api/invalid_auth_format (the account token's format),
	// its IMAP, SMTP and proxy settings refused; Cronofy 422; HubSpot's IMAP
	// settings, a Gmail folder hidden from IMAP (MISSING_DRAFTS_FOLDER and its
	// German heading) and an Office 365 account without a mailbox
	// (Portuguese heading).
	{id: "mail_platform_settings", class: ClassConfig,
		anyOf: p("api.invalid_request_error", "api.invalid_request_payload", "your request was not formed properly", "sent a request that this server could not understand",
			"api/invalid_auth_format", "the provided imap configuration is invalid", "the provided smtp configuration is invalid", "the provided proxy credentials are invalid",
			"processed due to it containing invalid parameters",
			"hubspot cannot connect to the corresponding imap server", "missing_drafts_folder", `ordner "entwürfe" oder "posteingang" fehlen in gmail`, "caixa de entrada do office 365 e calendário não encontrado"),
		doc: "a mailbox platform says the product's request or the mailbox's IMAP, SMTP, proxy or folder settings are wrong"},
	// The owner's credentials refused: Nylas grant.reauth_email_invalid (the
	// owner signed in to another account while re-authenticating) and its
	// sending 403 ("The server was not able to authenticate with the
	// provider. Re-authenticate the user"); EmailEngine's authenticationError.
	{id: "mail_platform_signin_refused", class: ClassAuth,
		anyOf: p("grant.reauth_email_invalid", "was not able to authenticate with the provider", "emailengine fails to authenticate an email account"),
		doc:   "a mailbox platform says the provider refused the owner's sign-in: the owner signs in again"},
	// Nylas api.resource_blocked: Nylas itself holds the resource blocked
	// until its support lifts the block ("contact administrator" is
	// Nylas's).
	{id: "mail_platform_resource_blocked", class: ClassBlocked, anyOf: p("api.resource_blocked"),
		doc: "Nylas blocked the resource (423) until its support lifts the block"},
	// Provider-side and platform-side failures: Nylas api.provider_error and
	// api.partial_success_error (504s forwarded from the provider), its 500
	// page; HubSpot's Send Failure ("connection issues", the advice to try
	// reconnecting is not a lost authorization); EmailEngine's connectError.
	{id: "mail_platform_provider_trouble", class: ClassTransient,
		anyOf: p("api.provider_error", "api.partial_success_error", "an error occurred on the nylas server", "email provider is either having connection issues", "emailengine fails to establish a connection"),
		doc:   "a mailbox platform reports a provider or platform failure or a connection problem: retry later"},
	// The contact, not the sender's inbox: HubSpot's sequence enrollment
	// codes (BLOCKED_ADDRESS, BLOCKED_DOMAIN, BOUNCED, the previously bounced
	// and spam-marked contacts, the opted-out ones) and the sequences
	// dashboard's Unsubscribed and Bounced messages.
	{id: "mail_platform_contact_state", class: ClassRecipient,
		anyOf: p("blocked_address", "blocked_domain", "bounced: the email sent by hubspot has bounced", "recipient_previously_bounced_on_portal", "recipient_previously_bounced_globally", "previously_marked_as_spam",
			"has opted-out of receiving", "your contact has chosen to stop receiving email", "your email bounced, probably because an email address"),
		doc: "a CRM refuses to send to a contact whose address is blocked, bounced, marked the mail as spam or opted out: the recipient"},
}
