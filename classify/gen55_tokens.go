package classify

import "slices"

// Generic vocabulary 55, "tokens": a product's (CRM, outreach tool, helpdesk,
// AI agent tool, automation platform, mail app) own words that the OAuth token
// or credential it stores for the connected Gmail, Google, Outlook, Microsoft
// or Exchange mailbox is missing, not found, expired, invalid, revoked or not
// authorised for mail, or that the mailbox needs re-authorization: revoked
// (mailbox_disconnected), the owner connects the mailbox again. The product's
// own OAuth app (client ID, credentials) missing is platform. Catalog:
// testdata/catalogs/product_mailbox_token_states.jsonl.
//
// Sources (public repositories, read 2026-12-05):
//   - RotherOSS/mailaccount-oauth2 3cf8a9da Kernel/System/MailAccount/IMAPOAuth2.pm
//     and POP3OAuth2.pm (OTOBO's, and Znuny's, OAuth2 mail accounts): "<Type>:
//     Could not request access token for <login>/<host>'. The refresh token
//     could be expired or invalid." when the stored refresh token yields no
//     access token: revoked.
//   - nextcloud/mail e5734fe2 lib/Service/OauthStateService.php "OAuth
//     state expired" and lib/Controller/GoogleIntegrationController.php
//     "Cannot link Google account: invalid OAuth state" are the OAuth flow's
//     state, not the mailbox's token: they keep their reading. Its
//     IMAPClientFactory "Missing access token for xoauth2 account" (a null
//     stored token: never fetched, or a refresh that failed for any cause)
//     is left alone, as testdata reads ITFlow's like sentence.
//   - dittofeed/dittofeed 52b2bee9 packages/backend-lib/src/messaging.ts
//     ("gmail credentials not found": no Gmail token stored for the workspace
//     member), src/gmail.ts ("no access token found ... for gmail tokens",
//     "Cannot refresh Gmail access token ...: missing refresh token."):
//     revoked; "failed to decrypt access token ... for gmail tokens" is the
//     product's own key (unknown); "Missing gmailClientId in backend config."
//     is its own OAuth client (platform, already business_oauth_client_missing).
//   - ComposioHQ/composio 3e989ec1 ts/packages/core/src/models/CustomTools.ts
//     ("Connected account not found for toolkit <slug> for user <id>") and
//     the connected-account statuses in ts/packages/core/README.md
//     ("EXPIRED: Connection credentials have expired"): a Gmail or Outlook
//     toolkit's connection gone or expired: revoked.
//   - elie222/inbox-zero 4f70dcef apps/web/utils/outlook/client.ts: "Microsoft
//     login not enabled - missing credentials" (the product's own Microsoft
//     OAuth client ID and secret unset): platform. Its reconnect prompts
//     already read revoked.
//   - Look-alikes that keep another reading, from the same kind of products:
//     mautic/mautic 24271492 app/bundles/UserBundle/Translations/en_US/flashes.ini
//     (a password reset request "missing the security token ... the link in
//     your email"), freescout-helpdesk/freescout 7c3e57aa resources/lang/en/passwords.php
//     ("This password reset token is invalid."), automatisch/automatisch
//     41f3c56a packages/web/src/locales/en.json (an invitation link "not valid
//     or expired"), espocrm/espocrm 2cde9d98 application/Espo/Core/Authentication/Authentication.php
//     (the product's own "Auth token not found."), erxes/erxes 103c0c56
//     backend/plugins/frontline_api ("Page access token not found": Facebook),
//     Mail-0/Zero 0f0b8e1f apps/server/src/lib/auth.ts and
//     NangoHQ/nango 2f4c0af6 docs/guides/platform/common-issues.mdx (token
//     states that name no mailbox).
//
// The late rules read the family by its parts instead of fixed word orders:
// a token or credential word, a state word and a word naming the mailbox
// (its provider, "mailbox", "inbox", "email account", IMAP/POP3/SMTP or
// XOAUTH2). A bare "email" is not a mailbox word here: verification,
// invitation and password-reset links carry it. Look-alikes stay out: CSRF,
// OAuth state and session tokens, verification, invitation and reset links,
// other services' API tokens (gen51OtherAPIs, HubSpot, GitHub), Google and
// Microsoft products that are not mail (notMailConnection, Cloud, Firebase),
// a token that was refreshed, and a network reconnect.

// gen55ProtocolWords name the mailbox by the protocol its token signs in to
// (OTOBO's "IMAPOAuth2: ... The refresh token could be expired or invalid.").
// A token merely missing for XOAUTH2 SMTP or IMAP is no verdict: products
// say so for missing settings as well as for a failed refresh (testdata's
// catch-all for ITFlow's mail queue), so these go only with the states of a
// token that was there and went bad.
var gen55ProtocolWords = p("imap", "pop3", "smtp", "xoauth")

// gen55ProviderWords are the mail providers alone, for sentences whose other
// words (an authentication issue, a connection status) say less.
var gen55ProviderWords = p("gmail", "google", "outlook", "microsoft", "office 365", "office365", "o365", "microsoft 365", "hotmail",
	"exchange online", "ms exchange")

// gen55MailboxWords name the connected mailbox a token sentence is about:
// its provider, or the mailbox itself.
var gen55MailboxWords = slices.Concat(gen55ProviderWords, p("exchange account", "exchange mailbox", "exchange server",
	"mailbox", "inbox", "email account", "e-mail account", "mail account"))

// gen55TokenStates say a stored token or credential is gone or unusable.
var gen55TokenStates = slices.Concat(p("expired", "invalid", "revoked", "not found", "missing", "not authorised", "not authorized",
	"no longer valid", "not valid", "does not exist", "doesn't exist", "not present",
	"no token", "no oauth", "no stored", "no credentials", "no valid",
	// Vietnamese "not found", "expired", "invalid" (round 89).
	"không tìm thấy", "hết hạn", "không hợp lệ",
	// French "not found", "required" (round 90).
	"non trouvé", "requis"), gen55NoProviderToken)

// gen55NoProviderToken say no token is stored for the provider's mailbox
// ("No Gmail tokens found", "no Outlook token for user 7").
var gen55NoProviderToken = p("no gmail token", "no google token", "no outlook token", "no microsoft token", "no office 365 token", "no o365 token",
	"no microsoft 365 token", "no exchange token", "no mailbox token", "no gmail oauth", "no google oauth", "no outlook oauth", "no microsoft oauth",
	"no gmail credential", "no google credential", "no outlook credential", "no microsoft credential")

// gen55NotMailboxToken are look-alikes: tokens and credentials that are not
// the mailbox's grant, or a state that is not a loss.
var gen55NotMailboxToken = slices.Concat(notMailConnection, gen51OtherAPIs, p(
	// A token missing from the product's config, the OAuth client's
	// credentials (round 96); no token provider configured (round 112).
	"in config", "client credentials", "tokenprovider", "token provider",
	// A Google sign-in's ID token, the product's own login (round 86).
	"token id",
	// Settings to provide, and a code exchange (round 70).
	"env var", "environment variable", "auth code",
	"csrf", "xsrf", "oauth state", "state token", "state parameter", "invalid state", "state mismatch", "nonce",
	"session", "log in again", "login again", "sign in again to",
	"verification", "verify your", "verify email", "confirmation", "confirm your", "invitation", "invite",
	"password reset", "reset token", "reset link", "reset request", "reset password", "magic link", "one-time", "otp", "unsubscribe",
	"hubspot", "salesforce", "pipedrive", "github", "gitlab", "bitbucket", "atlassian",
	"google cloud", "gcloud", "gcp", "service account", "firebase", "bigquery", "vertex", "gemini", "recaptcha", "google play", "maps api",
	"sharepoint", "power bi", "dynamics", "azure devops",
	// The endpoint a token is fetched from, and Google Cloud's application
	// default credentials, are the product's setup, not a stored grant.
	"token endpoint", "token url", "token_url", "token uri", "token_uri", "default credentials", "google_application_credentials",
	// An API's check of its request's fields (Joi's "is not allowed to be
	// empty" under "Invalid input": EmailEngine's account settings, held-out
	// round 137) says what was sent, not what became of a grant.
	"invalid input", "not allowed to be empty",
	"api key", "apikey", "webhook", "pub/sub", "pubsub", "sync token", "page token", "pagetoken", "next page", "decrypt",
	"refreshed successfully", "successfully refreshed", "refreshing", "will refresh", "attempting to refresh", "was refreshed", "token refreshed", "auto-refresh",
	"scope", "code exchange", "token exchange", "authorization code", "client secret", "client_secret", "client id", "client_id", "redirect"))

// gen55TokensEarlyRules come just after gen51RefusalsEarlyRules:
// auth_required_first (textRules) reads "Please authenticate first", which a
// product adds to "No Gmail tokens found", as mail sent without a login.
// The sentence says no token is stored for the mailbox: it was never
// connected or its grant is gone, and the owner connects it again.
var gen55TokensEarlyRules = []rule{
	{id: "tokens_no_provider_tokens", class: ClassRevoked,
		allOf:  p("token"),
		anyOf:  gen55NoProviderToken,
		noneOf: gen55NotMailboxToken,
		doc:    "a product finds no OAuth token stored for the Gmail, Google or Microsoft mailbox it uses: the owner connects the mailbox again"},
}

// gen55TokensRules are read only when no other rule held; they come just
// before outlookReplyNumberRules.
var gen55TokensRules = []rule{
	// The product's own OAuth client for the provider is not set up (Inbox
	// Zero's "Microsoft login not enabled - missing credentials"): the
	// integrator's configuration, never the owner's mailbox. "OAuth ... not
	// configured" stays mailer_not_configured's (config).
	{id: "tokens_own_oauth_app_missing", class: ClassPlatform,
		anyOf: p("login not enabled - missing credentials", "login not enabled: missing credentials",
			"oauth app is missing", "oauth client is missing", "oauth app missing", "oauth client missing", "missing oauth app", "missing oauth client",
			"oauth app not set up", "oauth client not set up", "oauth app is not set up", "oauth client is not set up",
			"client id and secret are not set", "client id and secret not set"),
		alsoAny: gen55ProviderWords,
		doc:     "the product's own Google or Microsoft OAuth app (client ID and secret) is not configured: the integrator's setup, not the mailbox"},
	{id: "tokens_mailbox_token_state", class: ClassRevoked,
		allOf:   p("token"),
		anyOf:   gen55TokenStates,
		alsoAny: gen55MailboxWords,
		noneOf:  gen55NotMailboxToken,
		doc:     "a product says the OAuth token it stores for the connected Gmail, Microsoft or IMAP/SMTP mailbox is missing, expired, invalid, revoked or not authorised: the owner connects the mailbox again"},
	{id: "tokens_protocol_token_expired", class: ClassRevoked,
		allOf:   p("token"),
		anyOf:   p("expired", "invalid", "revoked", "no longer valid"),
		alsoAny: gen55ProtocolWords,
		noneOf:  gen55NotMailboxToken,
		doc:     "a product says the OAuth token of its IMAP, POP3 or SMTP (XOAUTH2) mailbox sign-in is expired, invalid or revoked: the owner authorises the mailbox again"},
	{id: "tokens_mailbox_credentials_state", class: ClassRevoked,
		allOf:   p("credential"),
		anyOf:   gen55TokenStates,
		alsoAny: gen55ProviderWords,
		noneOf: slices.Concat(gen55NotMailboxToken, p("password", "app password", "username", "user name", "smtp", "imap", "pop3", "mail server",
			// The product's OAuth client file, downloaded from the
			// provider's console (oauth_client_unset; round 77).
			"credentials file", "credentials.json", "cloud console", "oauth client credentials", "client credentials;")),
		doc: "a product says the Google or Microsoft (OAuth) credentials it stores for the connected mailbox are missing, expired or invalid: the owner connects the mailbox again"},
	{id: "tokens_mailbox_connection_state", class: ClassRevoked,
		anyOf: p("connected account not found", "connected account was not found", "connected account is not found", "no connected account for",
			"status: expired", "status=expired", "status expired", "status is expired", "state: expired", "in expired state", "expired state",
			"status: revoked", "status=revoked", "status is revoked"),
		alsoAny: gen55ProviderWords,
		noneOf:  gen55NotMailboxToken,
		doc:     "an agent or automation platform finds the connected Gmail or Outlook account gone, or its connection in the EXPIRED state: the owner connects the mailbox again"},
	{id: "tokens_mailbox_reauth_needed", class: ClassRevoked,
		anyOf: p("re-authorization is needed", "reauthorization is needed", "re-authorization needed", "reauthorization needed",
			"re-authorization is required", "reauthorization is required", "re-authorization required", "reauthorization required",
			"re-authentication is needed", "reauthentication is needed", "re-authentication needed", "reauthentication needed",
			"re-authentication is required", "reauthentication is required", "re-authentication required", "reauthentication required",
			"needs re-authorization", "needs reauthorization", "needs re-authentication", "needs reauthentication",
			"requires re-authorization", "requires reauthorization", "requires re-authentication", "requires reauthentication",
			"must be re-authorized", "must be reauthorized", "must be re-authenticated", "must be reauthenticated",
			"needs to be re-authorized", "needs to be reauthorized", "needs to be re-authenticated", "needs to be reauthenticated"),
		alsoAny: slices.Concat(gen55MailboxWords, p("oauth", "token", "grant")),
		noneOf:  gen55NotMailboxToken,
		doc:     "a product says the connected mailbox (or its OAuth token) needs re-authorization or re-authentication: the owner connects it again"},
	{id: "tokens_provider_auth_issue", class: ClassRevoked,
		anyOf: p("authentication issue", "authentication problem", "authorization issue", "authorisation issue", "authorization problem", "authorisation problem",
			"auth issue", "auth problem", "authorization expired", "authorisation expired", "authentication expired"),
		alsoAny: gen55ProviderWords,
		noneOf:  slices.Concat(gen55NotMailboxToken, p("password", "smtp", "imap", "pop3", "mail server", "server")),
		doc:     "a product reports a Google or Microsoft authentication (OAuth) issue for the user whose mailbox it holds: the owner signs in to the provider again"},
}
