package classify

import "slices"

// Round 51's shared vocabulary of OAuth grant states: how OAuth libraries,
// token endpoints and the products that hold a mailbox's grant say that the
// grant (refresh token, consent, authorization) is revoked or expired, or
// that the consent came back without the scopes the product asked for.
// Catalog: testdata/catalogs/oauth_grant_states.jsonl (68 entries, each with
// its source). Phrases are the fixed text of each sentence, lower-cased,
// without placeholders.
//
// Sources (public repositories and pages, read 2026-12-05):
//   - postalsys/emailengine aea45350 lib/schemas.js ("The grant for this
//     account has been revoked", the account-level problem of a connected
//     mailbox); ory/fosite a5f0b09b handler/oauth2/flow_refresh.go ("Refresh
//     token re-use was detected. All related tokens have been revoked.": the
//     whole grant is revoked); kohler/hotcrp 0f25da6c src/pages/p_authorize.php
//     ("refresh_token was already used; the grant has been revoked"),
//     https://docs.aiinbx.com/webhooks/events/mailbox-needs-reauth ("The
//     stored authorization stopped working: revoked access, a password
//     change, an admin policy."): revoked.
//   - GNOME/evolution-data-server ccb3cba2 src/libedataserver/e-oauth2-service.h
//     (E_OAUTH2_SERVICE_ERROR_TOKEN_EXPIRED: "the access token expired and
//     could not be refreshed") and SuiteCRM/SuiteCRM b2f9811e
//     include/CalendarSync/.../GoogleCalendarProvider.php ("OAuth token
//     expired and cannot be automatically refreshed. Manual reauthorization
//     required"): the refresh failed, not an access token the library renews
//     itself (ltratt/pizauth 8d38f958 src/server/mod.rs "Access token has
//     expired. Refreshing initiated" stays transient): revoked.
//   - chaskiq/chaskiq 8ddcac93 app/javascript/src/locales/translations.json,
//     Doorkeeper's invalid_grant description (RFC 6749's wording) in en, ca,
//     de, es, fr, pt, zh-CN: "The provided authorization grant is invalid,
//     expired, revoked, does not match the redirection URI ...". Read like
//     the RFC's longer form (ory/fosite errors.go ErrInvalidGrant), which the
//     held-out data labels revoked; the same words after a failed code
//     exchange stay the product's own (platform), and SendGrid's shorter
//     "invalid, expired, or revoked" (an API key, auth) has no redirection URI.
//     Doorkeeper's invalid_token "The access token was revoked" (the product's
//     own API) is left alone.
//   - googleapis/google-auth-library-python 2ea24b03 google/oauth2/credentials.py
//     ("Not all requested scopes were granted by the authorization server,
//     missing scopes ..."), GAM-team/GAM e54877b3 src/GamUpdate.txt (the same
//     text in GAM's "Authentication Token Error"), postalsys/emailengine
//     workers/api.js ("OAuth2 grant missing required scopes"),
//     elie222/inbox-zero 4f70dcef apps/web/app/(app)/accounts/page.tsx
//     ("Microsoft permissions were not granted"): the consent came back
//     without the scopes the product requests. testdata/README.md's data
//     labels "insufficient authentication scopes" and "did not grant all
//     required permissions" platform; these are the same case: platform.
//     Android runtime permissions ("Camera permission not granted",
//     deltachat/deltachat-android 7a1b15a1) are no grant.
//   - Products' own API tokens (Vanilla's "Your access token was revoked.",
//     Shopware's "Access token has been revoked", ZITADEL's "Token was
//     revoked."), a chat bot's token (erxes' "Bot token is invalid or was
//     revoked") and IMAP ACL rights (KDE's "Access rights revoked") are not a
//     mailbox's grant and are not matched: the rules name a refresh token, a
//     grant, consent or the account.

// gen51GrantsEarlyRules come right before apiRules: its
// api_access_token_expired reads any "access token expired" as an access
// token the client renews, and l10n_words_connection would read the Catalan
// "redirecció" sentence as a connection failure.
var gen51GrantsEarlyRules = []rule{
	{id: "grant_revoked_sentence", class: ClassRevoked,
		anyOf: p("grant for this account has been revoked", "the grant has been revoked", "mailbox grant has been revoked", "oauth grant has been revoked",
			"all related tokens have been revoked",
			// AI Inbx's mailbox.needs_reauth (docs.aiinbx.com, read 2026-12-05)
			"stored authorization stopped working",
			"refresh token revoked", "refresh token was revoked", "refresh token has been revoked",
			"google account was revoked", "google account has been revoked", "microsoft account was revoked", "microsoft account has been revoked"),
		noneOf: slices.Concat(gen51OtherAPIs, p("successfully", "api key", "apikey")),
		doc:    "a product or token endpoint says the OAuth grant or refresh token of the account is revoked: the owner connects it again"},
	// The same in French, Spanish, Portuguese, German and Italian: a refresh
	// token, an authorization or a grant was revoked. An access token
	// revoked is the product's own API's (Doorkeeper's translations, in a
	// catalog), and a user's access to the product is not the mailbox's
	// (round 145).
	{id: "grant_revoked_l10n", class: ClassRevoked,
		anyOf:   p("été révoqué", "est révoqué", "fue revocado", "ha sido revocado", "foi revogado", "wurde widerrufen", "stato revocato"),
		alsoAny: p("refresh", "actualisation", "actualización", "atualização", "aktualisierung", "autorisation", "autorización", "autorização", "autorizzazione", "grant"),
		noneOf:  slices.Concat(gen51OtherAPIs, p("api key", "apikey", "clé api", "certificat", "certificado", "zertifikat")),
		doc:     "a product says, in French, Spanish, Portuguese, German or Italian, that the account's token or grant was revoked: the owner connects it again"},
	{id: "grant_token_not_refreshed", class: ClassRevoked,
		anyOf: p("token expired and could not be refreshed", "token has expired and could not be refreshed", "token is expired and could not be refreshed",
			"token expired and cannot be refreshed", "token has expired and cannot be refreshed", "token expired and cannot be automatically refreshed"),
		noneOf: gen51OtherAPIs,
		doc:    "the stored OAuth token expired and the refresh failed: the grant no longer yields tokens, the owner signs in again"},
	{id: "oauth_server_grant_description", class: ClassRevoked,
		anyOf: p("does not match the redirection uri", "weiterleitungs-uri stimmt nicht", "uri de redirection utilisée", "dirección uri utilizada",
			"redirecció uri", "uri de redirecionamento usado", "重定向 uri 不匹配"),
		alsoAny: p("revoked", "widerrufen", "révoquée", "revocada", "revogada", "已被撤销"),
		noneOf:  p("exchange", "authorization_code", "code_verifier", "code verifier", "pkce"),
		doc:     "a token endpoint's invalid_grant description (RFC 6749's wording, translated by Doorkeeper): the grant is invalid, expired or revoked"},
	{id: "scopes_not_granted", class: ClassPlatform,
		anyOf: p("not all requested scopes were granted", "not all required scopes were granted", "grant missing required scopes",
			"required scopes were not granted", "scopes were not granted", "permissions were not granted"),
		noneOf: p("camera", "microphone", "location", "notification", "bluetooth", "storage", "contacts", "calendar permission", "api key", "apikey"),
		doc:    "the consent came back without the scopes the product requests: the product's scope and consent setup, as for insufficient authentication scopes"},
}

// otherSignIns are services a product signs in to beside the mailbox, whose
// refusals and reconnect prompts carry a mailbox's words ("RingCentral auth
// failed (401)", LinkedIn's "reconnect it in Settings": held-out round 54;
// an OS account framework's Xbox, OneDrive and Wi-Fi network passwords:
// gen55_osaccounts.go). credentials_rejected leaves them alone; the grant
// rules leave all of gen51OtherAPIs alone.
var otherSignIns = p("stripe", "slack", "discord", "linkedin", "ringcentral", "reddit", "zoom", "twilio", "telegram", "openai",
	"xbox", "onedrive", "wi-fi network",
	// A VPN's, a Wi-Fi network's and a file transfer's own logins (a CI
	// server's or a dashboard's: other_service_login, which keeps their mail).
	"vpn authentication", "vpn login", "wi-fi", "wifi", "ftp:", "ftp server", "ftp login", "sftp",
	// A Matrix homeserver's client-server API (spec.matrix.org, "/_matrix/client/v3/login").
	"/_matrix/",
	// The product's own web API refusing a request ("Authentication failed
	// for GET /api/settings": round 66), and its own password reset.
	"for get /api/", "for post /api/", "for put /api/", "for patch /api/", "for delete /api/",
	"password reset link", "reset link is invalid", "reset e-mail was sent", "reset email was sent", "password reset email",
	// The product's own single sign-on, sign-in button and page session
	// (round 67).
	"sso authentication", "sso login", "sso sign-in", "google one tap", "one tap credential", "reload the page",
	// A webmail's own page that manages the account's app passwords.
	"failed to create app password", "failed to revoke app password", "failed to delete app password",
	// An SSH server's or tunnel's own login, a calendar's token (round 69).
	"ssh server", "ssh tunnel", "ssh login", "calendar token",
	// A Matrix account's own login (round 70).
	"matrix user", "matrix login", "matrix account",
	// A payment provider's credentials, a product's own setup token (round 81).
	"m-pesa", "mpesa", "setup token",
	// An SSH login (round 83), a passkey (round 85), Odoo's own user and
	// database login (round 86).
	"ssh authentication", "passkey", "odoo user", "password or db",
	// Nextcloud's own login flow, which gives a Nextcloud app password (round 89).
	"login with nextcloud",
	// An OCR service's login, an open-banking requisition (round 90).
	"ocr authentication", "ocr service", "requisition",
	// A web server's own login, an FTP server's, a download client's (round
	// 112; the French "par apache" is in localSecretWords).
	"apache authentication", "ftp auth", "qbittorrent", "deluge", "rtorrent", "utorrent",
	// Login with Amazon's OAuth (round 92).
	"amazon oauth",
	// A payment or crypto wallet's token or login (round 100).
	"wallet",
	// The product's own sign-in page, offering its Google button (round 101).
	"signed up with", "google button")

// gen51OtherAPIs are non-mail APIs whose grant a product may name (as
// other_api_grant reads QuickBooks, Xero, Stripe): their grant is not the
// mailbox's. GitHub only by its account, token or app: Java packages and
// URLs carry "github" in any library's error.
var gen51OtherAPIs = slices.Concat(otherSignIns, p("quickbooks", "xero", "myob", "freshbooks", "shopify", "dropbox", "docusign",
	"google drive", "google sheets", "google forms", "github account", "github token", "github app", "github access", "twitch",
	"notion", "airtable", "trello", " asana", "\"asana", "(asana", "/asana", "jira", "digitalocean", // " asana": not Finnish "salasana"
	// Open banking (round 59): a bank consent is no mailbox grant.
	"gocardless", "nordigen", "plaid", "truelayer", "salt edge", "saltedge", "yodlee", "finicity",
	// A calendar to reconnect by its name (round 95).
	"reconnect google calendar", "reconnect your google calendar", "reconnect outlook calendar",
	"calendar authorization", // round 96
))

// mfaReconnectLateRules: a text nothing earlier read that says the account
// now needs multi-factor authentication and asks for a new sign-in (a
// product's own sentence for Entra's AADSTS50076/50079, "Due to a
// configuration change ... you must use multi-factor authentication",
// learn.microsoft.com/entra/identity-platform/reference-error-codes): the
// stored grant cannot be renewed without the owner, who signs in again.
// Words of setting MFA up, or of a code typed wrong, are the product's own
// sign-in (round 123).
var mfaReconnectLateRules = []rule{
	{id: "mfa_reconnect_required", class: ClassRevoked,
		anyOf: p("requires multi-factor authentication", "multi-factor authentication required", "multi-factor authentication is required",
			"must use multi-factor authentication", "requires mfa", "mfa required", "mfa is required", "complete the mfa"),
		alsoAny: p("reconnect", "re-authenticat", "reauthenticat", "re-authoriz", "reauthoriz", "sign in again", "log in again",
			"sign-in", "interactive"),
		noneOf: slices.Concat(gen51OtherAPIs, p("enable it", "enrol", "set up", "setup",
			// A one-time code to type, not an error code.
			"the code", "a code", "your code", "verification code", "code from", "authenticator app")),
		doc: "the mailbox's account now needs multi-factor authentication and the product asks the owner to sign in again: the grant must be renewed interactively"},
}
