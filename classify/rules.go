package classify

import (
	"slices"
	"sync"
	"time"
)

// The rule table. Rules are tried in order and the first that matches decides, so
// precise provider texts and look-alikes come before generic wording, and wording
// comes before bare codes. Each rule names its source; fixtures in
// testdata/errors/*.jsonl exercise every rule.
//
// Rule IDs are stable: they are stored with pause reasons and shown to support
// staff. Rename one only with a new ID.

// p is shorthand for a phrase list.
func p(phrases ...string) []string { return phrases }

const (
	minute = time.Minute
	hour   = time.Hour
)

// httpMarkers show that a text came from an OAuth token endpoint, so a three-digit
// code in it is an HTTP status, not an SMTP reply.
var httpMarkers = p("oauth2:", "http error", "get token", "token request", "msalserviceexception", "doctype html", "<html", "refresherror", "tokenrefresh", "cannot fetch token", "error_description",
	// A JSON "error" member is a token endpoint's only when it holds an RFC 6749
	// (section 5.2) or OpenID Connect error code; structured logs put any error
	// under that key. An "error" object with a "code" member is an HTTP API's
	// error body (Google's, https://google.aip.dev/193; Microsoft Graph's,
	// https://learn.microsoft.com/graph/errors).
	`"error":{"code":`, `"error": {"code":`,
	`"error":"invalid_request"`, `"error": "invalid_request"`, `"error":"invalid_client"`, `"error": "invalid_client"`, `"error":"invalid_grant"`, `"error": "invalid_grant"`, `"error":"unauthorized_client"`, `"error": "unauthorized_client"`, `"error":"unsupported_grant_type"`, `"error": "unsupported_grant_type"`, `"error":"invalid_scope"`, `"error": "invalid_scope"`, `"error":"access_denied"`, `"error": "access_denied"`, `"error":"server_error"`, `"error": "server_error"`, `"error":"temporarily_unavailable"`, `"error": "temporarily_unavailable"`, `"error":"interaction_required"`, `"error": "interaction_required"`, `"error":"consent_required"`, `"error": "consent_required"`, `"error":"login_required"`, `"error": "login_required"`, `"error":"invalid_token"`, `"error": "invalid_token"`, `"error":"expired_token"`, `"error": "expired_token"`, `"error":"authorization_pending"`, `"error": "authorization_pending"`, `"error":"slow_down"`, `"error": "slow_down"`,
	"aadsts", "invalid_grant", "/oauth2/", "token endpoint", "http status", "status code",
	// RFC 5321 has no 401 reply; "401 Unauthorized" is HTTP's (RFC 9110 15.5.2),
	// as is an HTTP client's error wording.
	"401 unauthorized", "(401) unauthorized", "401: unauthorized", "status: 401", "http client error")

// markers reveal the provider from distinctive text (URLs, codes, trace names),
// never from an address that could be anybody's.
var markers = []marker{
	{phrase: "smtpclientauthentication", provider: "microsoft365"},
	{phrase: "aka.ms/", provider: "microsoft365"},
	{phrase: "aadsts", provider: "microsoft365"},
	{phrase: "login.microsoftonline.com", provider: "microsoft365"},
	{phrase: "storedrv", provider: "microsoft365"},
	{phrase: "prod.outlook.com", provider: "microsoft365"},
	{phrase: "protection.outlook.com", provider: "microsoft365"},
	{phrase: "outlook.office365.com", provider: "microsoft365"},
	{phrase: "gsmtp", provider: "gmail"},
	{phrase: "support.google.com", provider: "gmail"},
	{phrase: "accounts.google.com", provider: "gmail"},
	{phrase: "oauth2.googleapis.com", provider: "gmail"},
	{phrase: "auth005", provider: "yahoo"},
	{phrase: "senders.yahooinc.com", provider: "yahoo"},
	{phrase: "help.yahoo.com", provider: "yahoo"},
	{phrase: "yahoo.com/", provider: "yahoo"},
	{phrase: "login.aol.com", provider: "aol"},
	{phrase: "help.aol.com", provider: "aol"},
	{phrase: "support.apple.com", provider: "icloud"},
	{phrase: "icloud.com", provider: "icloud"},
	{phrase: "zoho.com", provider: "zoho"},
	{phrase: "zoho.eu", provider: "zoho"},
	{phrase: "zoho.in", provider: "zoho"},
	{phrase: "hostinger", provider: "hostinger"},
	{phrase: "titan.email", provider: "titan"},
	{phrase: "fastmail", provider: "fastmail"},
	{phrase: "messagingengine.com", provider: "fastmail"},
	{phrase: "secureserver.net", provider: "godaddy"},
	{phrase: "yandex", provider: "yandex"},
	{phrase: "help.mail.ru", provider: "mailru"},
	{phrase: "parol prilozheniya", provider: "mailru"},
	{phrase: "mail.qq.com", provider: "qq"},
	{phrase: "188.com", provider: "netease"},
	{phrase: "help.163.com", provider: "netease"},
	{phrase: "mail.163.com", provider: "netease"},
	{phrase: "gmx.net", provider: "gmx"},
	{phrase: "gmx.com", provider: "gmx"},
	{phrase: "web.de", provider: "webde"},
	{phrase: "ionos", provider: "ionos"},
	{phrase: "emailsrvr.com", provider: "rackspace"},
	{phrase: "privateemail.com", provider: "namecheap"},
	{phrase: "proton.me", provider: "protonmail"},
	{phrase: "protonmail", provider: "protonmail"},
	{phrase: "awsapps.com", provider: "amazon_workmail"},
	{phrase: "amazonses.com", provider: "amazon_ses"},
	{phrase: "email-smtp.", provider: "amazon_ses"},
	{phrase: "sendgrid", provider: "sendgrid"},
	{phrase: "mailgun", provider: "mailgun"},
	{phrase: "postmarkapp", provider: "postmark"},
	{phrase: "brevo", provider: "brevo"},
	{phrase: "sendinblue", provider: "brevo"},
}

// Phrase groups used by several rules.
var (
	// Receiving servers that refuse a message for SPF, DKIM or DMARC use the word
	// "authentication" for the sender's domain, not for our credentials.
	domainAuthWords = p("dmarc", "spf", "dkim", "sender policy framework", "domainkeys",
		"unauthenticated email", "unauthenticated mail", "unauthenticated message",
		"sender is unauthenticated", "authentication-results", "authentication checks",
		"not authenticated with", "fails authentication", "failed authentication checks",
		"arc validation", "anti-spoofing")
)

// headRules hold token endpoint, Microsoft and Google texts known exactly.
var headRules = []rule{
	// An IMAP server's tagged BAD answers a command it could not parse or did
	// not expect (RFC 9051 7.1.5): a client's bug or setting, never a verdict
	// on the credentials, however the client words its wrapper ("Authentication
	// failed: A0002 BAD AUTHENTICATE Command syntax error"; imaplib's
	// "AUTHENTICATE command error: BAD [...]"). Exchange Online's "BAD User is
	// authenticated but not connected" is the exception: it answers a login to
	// a mailbox the account cannot open.
	// Also "BAD LOGIN failed. Illegal arguments.", "BAD Mate, try AUTHENTICATE
	// <mechanism>" and "BAD malformed command"; a BAD that says the login was
	// wrong ("BAD Login incorrect") stays a refused login.
	{id: "imap_bad_response", class: ClassConfig, anyOf: p("illegal arguments", "try authenticate <mechanism>", "bad malformed command", "bad login failed", "bad authenticate ", "authenticate command error: bad", "login command error: bad", "'bad' response", "command syntax error", "client aborted authenticate", "bad error in imap command", "bad [clientbug]", "bad argument given to authenticate", "bad invalid characters"),
		noneOf: p("authenticated but not connected"),
		doc:    "an IMAP server answered BAD: it could not parse the client's command, which says nothing of the credentials"},
	// ---- Token endpoint transport: status first (RFC 6749 5.2; x/oauth2 RetrieveError).
	{id: "oauth_html_body", class: ClassTransient, on: kindHTTP, anyOf: p("<html", "doctype html", "<head", "<body"),
		doc: "token endpoint answered an HTML page (proxy or outage), not an OAuth error"},
	{id: "oauth_http_429", class: ClassRateLimited, on: kindHTTP, code: "429",
		doc: "token endpoint answered 429 Too Many Requests"},
	// A product's JSON error that wraps an SMTP reply ("Net::SMTPAuthenticationError:
	// 535-5.7.8") looks like an HTTP body, but its code is the mail server's.
	// Likewise a connector's 5xx around a token endpoint's error: RFC 6749 5.2
	// returns invalid_grant, invalid_client, unauthorized_client, invalid_scope
	// and unsupported_grant_type with 400 (or 401), so the 5xx is the wrapper's
	// and the inner error decides.
	{id: "oauth_http_5xx", class: ClassTransient, on: kindHTTP, code: "5", noneOf: p("smtp", "invalid_grant", "invalid_client", "unauthorized_client", "invalid_scope", "unsupported_grant_type"),
		doc: "token endpoint answered a 5xx server error"},
	{id: "oauth_http_408", class: ClassTransient, on: kindHTTP, code: "408",
		doc: "token endpoint answered 408 Request Timeout"},

	// ---- OAuth 2.0 error codes (RFC 6749 5.2, Google and Microsoft token endpoints).
	{id: "oauth_admin_policy", class: ClassAdmin, anyOf: p("access_not_configured", "admin_policy_enforced"), provider: "gmail",
		doc: "Google: a Workspace administrator restricted this app (API controls)"},
	// An error while exchanging an authorization code or asserting a service
	// account is the integrating product's (RFC 6749 4.1.3, RFC 7636 4.6,
	// RFC 7523 3.1): Google's "Malformed auth code", Entra's code and PKCE codes,
	// Zoho's "grant token" exchange, Yahoo's INVALID_AUTHORIZATION_CODE.
	{id: "oauth_code_exchange", class: ClassPlatform, on: kindHTTP, anyOf: p("has already been used", "malformed auth code", "invalid_authorization_code", "invalid authorization code",
		"authorization code is invalid", "authorization code was already redeemed", "code was already redeemed", "code_verifier", "code verifier", "code_challenge",
		"the 'code' parameter", "for the 'code' parameter", "the code has expired", "from grant token", "invalid_redirect_uri", "redirect uri", "reply uri", "reply address",
		"invalid grant: account not found", "invalid jwt", "no valid verifier found for issuer", "short-lived token", "activate-service-account",
		// Entra's answer to a malformed token request (round 110).
		"request is malformed or invalid"),
		doc: "token endpoint: an authorization-code exchange (code, PKCE verifier, redirect URI) or a service account's JWT assertion failed; the integrating product's request, never the mailbox"},
	{id: "oauth_invalid_client", class: ClassPlatform, anyOf: p(
		// Asked to check the app's registration (round 91).
		"check your app registration",
		// A client assertion is the app's own credential, a JWT it signs
		// with its certificate (RFC 7523; Entra's AADSTS700027 "Client
		// assertion failed signature validation"; round 141: an e-mail
		// gateway's Graph profile).
		"client assertion contains", "client assertion failed", "client assertion is invalid", "invalid client assertion",
		// Spanish "OAuth client deleted", Portuguese "OAuth credentials
		// invalid", "redirect URI does not match" (round 90).
		"cliente oauth eliminado", "credenciais oauth inválidas", "redirect uri não corresponde",
		// Products' and libraries' words for a failed code exchange or a
		// client set up wrong (oauthlib's MismatchingStateError, Nylas's token
		// exchange errors, Google's 400 for a request with no client).
		// Google's sign-in page refusing an embedded browser (its
		// disallowed_useragent policy), MSAL.NET's broker without a parent
		// window (aka.ms/msal-net-wam), Entra's AADSTS50194 for a
		// single-tenant app signed in through /common, and Spring Security's
		// token endpoint answering 401 (RFC 6749 5.2: the client's own
		// authentication failed).
		// RFC 6749 section 5.2's own description of invalid_client
		// ("Client authentication failed (e.g., unknown client, no client
		// authentication included, or unsupported authentication method)"),
		// as OAuth servers and libraries log it: the product's OAuth client.
		"client authentication failed", "clientauth: ",
		// The product's callback failing to exchange the authorization code
		// it received (RFC 6749 section 4.1.3): its own flow.
		"could not exchange authorization code", "failed to exchange authorization code", "unable to exchange authorization code",
		"error exchanging authorization code", "failed to exchange the authorization code", "could not exchange the authorization code",
		"this browser or app may not be secure", "a window handle must be configured", "is not supported over the /common or /consumers endpoints", "access token response: 401",
		// The Microsoft account sign-in for an app registered for other
		// audiences than the endpoint it calls (the app registration's
		// userAudience setting, round 148).
		"'useraudience' configuration",
		"exchange oauth code", "exchange the authorization code", "please specify a valid request", "please specify a valid client", "invalid code challenge", "token exchange failed", "refresh_token using code", "mismatching_state", "state not equal in request and response", "invalid oauth state", "oauth state parameter", "invalid state parameter",
		// Yahoo's authorize page for a client it does not know ("Please
		// specify a valid client") or a request without PKCE ("invalid code
		// challenge or method"), round 32.
		// Google's redirect rules by client type and its unverified-app
		// screen (developers.google.com/identity/protocols/oauth2), Entra's
		// tenant and client ID checks as products word them.
		"client id for native application", "not allowed for the web client type", "has not yet been verified by google", "no service namespace named", "clientid is not a guid", "client id is not a guid",
		"could not determine client id", "client secrets path", "please verify application configuration", "app settings could not be verified", "does not allow direct password entry",
		"missing client secrets", "missing signing certificate", "is not a valid client id", "is not a valid client secret", "alazureadcodegrantflow", "client secret is either expired", "enable the gmail api", "grant all gmail permissions", "did not grant all required permissions", "rejected the requested permissions", "invalid oauth keys file", "client id and secret", "requiredresourceaccess", "disallowed_useragent", "no refresh token found in response", "offline_access scope", "was not found in the directory",
		// AADSTS700016's second sentence, as products quote it without the
		// code (learn.microsoft.com/entra/identity-platform/reference-error-codes:
		// "UnauthorizedClient_DoesNotMatchRequest ... This can happen if the
		// application has not been installed by the administrator of the
		// tenant or consented to by any user in the tenant") (round 114).
		"not been installed by the administrator of the tenant", "neither a valid dns name, nor a valid external domain", "invalid jwt", "gmail api not enabled", "redirect_uri_mismatch", "redirect uri mismatch", "unauthorized redirect uri", "app is single-tenant", "oauth client is invalid", "authorization code may have expired", "access blocked: this app", "s request is invalid", "has not completed the google verification", "failed to complete the google verification", "has not been verified yet by google", "google hasn't verified this app", "this app isn't verified", "this app is not verified", "temporarily disabled for this app", `required parameter not passed: "`, "client id cannot be empty", "client id is required", "client_id is required", "missing client id", "no client authentication included", "given you access to this app", "app is currently being tested", "this app has been blocked", "tried to access sensitive data", "scope has changed from", "robot is disabled", "this app is blocked", "this app tried to access sensitive info", "invalid_request", "invalid_client", "unauthorized_client", "deleted_client", "unsupported_grant_type", "invalid_scope",
		// Zoho's APIs name a token without the scope the call needs
		// INVALID_OAUTHSCOPE ("Error For missing Scopes", zoho.com/social/api/oauth-authentication.html).
		"invalid_oauthscope", "org_internal", "disabled_client", "the oauth client was not found", "the oauth client was deleted"),
		// OpenAI's 401 for its own API key (invalid_request_error) is no OAuth
		// client: other_services.go reads it as config.
		noneOf: p("you can find your api key at https://platform.openai.com"),
		doc:    "token endpoint: the integrating product's OAuth client is unknown, disabled, unverified or not allowed, or its OAuth library refused to send a request missing a parameter"},
	// Entra's AADSTS90002 as products word it ("Tenant '<id>' not found"):
	// the tenant the product was set up with does not exist.
	{id: "oauth_tenant_not_found", class: ClassPlatform, allOf: p("tenant '", "not found"),
		doc: "the integrating product's tenant ID names no Entra tenant"},
	{id: "oauth_temporary", class: ClassTransient, anyOf: p("service_not_available", "service is unavailable", "temporarily_unavailable", "server_error", "internal_failure", "backend error"), noneOf: p("authentication backend", "x509"),
		doc: "token endpoint: temporarily unavailable or server error"},
	// Exchange Web Services answering 401 to the mailbox's credentials: the EWS
	// Managed API wraps it as "The request failed. The remote server returned
	// an error: (401) Unauthorized." (OfficeDev/ews-managed-api Strings.cs,
	// ServiceRequestFailed, often wrapped across console lines), other
	// clients name the /EWS/Exchange.asmx endpoint with the status. EWS refuses the user's password (or basic
	// authentication altogether, learn.microsoft.com exchange
	// deprecation-of-basic-authentication-exchange-online): the owner signs in
	// again. An OAuth token's own diagnostics (x-ms-diagnostics, bearer) go to
	// the rules below.
	{id: "ews_unauthorized", class: ClassAuth, anyOf: p("the request failed. the remote server", "/ews/exchange.asmx"),
		alsoAny: p("(401)", "401:", "401 unauthorized", "error 401", "status 401"), noneOf: p("x-ms-diagnostics", "bearer", "token", "graph"),
		doc: "Exchange Web Services answered 401 Unauthorized to the mailbox's credentials"},
	{id: "oauth_slow_down", class: ClassRateLimited, anyOf: p("aadsts50196", "throttled", "too many requests", "slow_down", "rate_limit_exceeded", "ratelimitexceeded"),
		doc: "token endpoint: slow down, rate limit exceeded"},
	// A resource server (Outlook REST and EWS's x-ms-diagnostics 2000008, Graph's
	// "Either scp or roles claim need to be present in the token") refusing an
	// access token that carries no permission it accepts: the app registration
	// grants none, whatever error_category the header adds.
	{id: "api_token_no_permissions", class: ClassPlatform, anyOf: p("token contains no permissions", "permissions can not be understood", "scp or roles claim", "oauth_scope_mismatch", "invalid oauth scope to access"),
		doc: "Outlook REST, EWS, Graph: the access token carries no permission (scope or role) the API accepts: the product's app registration"},
	// A grant to an API other than mail, named in the error: accounting,
	// payment and file services that business software also connects
	// (QuickBooks's "re-authorize your integrated application", a payroll
	// app's Xero invalid_grant, round 26). No mailbox is reconnected for it.
	{id: "other_api_grant", class: ClassUnknown, anyOf: p("quickbooks", "xero", "myob", "freshbooks", "stripe", "shopify", "dropbox", "docusign"),
		alsoAny: p("invalid_grant", "invalid grant", "re-authorize", "reauthorize", "re-authorise", "reauthorise", "refresh token", "access token", "denied access"),
		noneOf:  p("xerox", "imap", "smtp", "pop3", "gmail", "outlook", "office 365", "microsoft 365", "exchange", "mailbox", "email account", "e-mail account", "mail account"),
		doc:     "the grant of a named non-mail API (accounting, payments, files) failed: not the mailbox's"},
	// A one-time code typed wrong at a product's own two-factor sign-in (a
	// mail archiver's "Invalid authentication code. Please try again.",
	// round 26; Laravel Fortify's "The provided two factor authentication
	// code was invalid."), and a UPS monitor's login to its own daemon: no
	// mailbox is involved.
	{id: "own_login_code", class: ClassUnknown, anyOf: p("invalid authentication code", "two factor authentication code was invalid",
		"authentifizierungscode", // German: a one-time code (round 81)
		"[err access-denied]"),   // Network UPS Tools' protocol: upsmon's login to upsd (networkupstools.org developer guide, network protocol), round 26
		doc: "a one-time code of the product's own sign-in was wrong, or a device refused its own daemon's login: no mailbox is involved"},
	// A monitoring tool's own API refusing the tool's user (Zabbix's API:
	// "Incorrect user name or password or account is temporarily blocked.",
	// raised through pyzabbix's ZabbixAPIException, round 33): no mailbox
	// is involved.
	{id: "monitoring_api_login", class: ClassUnknown, anyOf: p("login to zabbix web ui has failed", "zabbixapiexception", "incorrect user name or password or account is temporarily blocked"),
		doc: "a monitoring tool's own API refused the tool's user: no mailbox is involved"},
	// A product's own password-change form refusing the old password (Tuta's
	// "Altes Passwort nicht korrekt", round 28; AfterLogic's and grommunio's
	// password-change messages, taken whole in their catalogs): the mailbox's
	// login is not what failed.
	{id: "own_password_change", class: ClassUnknown, anyOf: p("altes passwort nicht korrekt", "altes passwort ist falsch", "old password incorrect", "old password is incorrect", "current password is incorrect",
		// The same form in other words (held-out round 130).
		"incorrect current password", "wrong current password", "current password is wrong",
		"current password is invalid", "invalid old password", "incorrect old password", "wrong old password", "old password is wrong",
		"old password is invalid"),
		doc: "a product's own password-change form refused the old password: no mailbox login failed"},
	// A product that holds no grant for the account ("This Microsoft account is
	// not yet authorized. Please click \"Authorize with Microsoft\" ... first",
	// "has no OAuth refresh token. Please authorize the account first": a
	// mail archiver, round 26) asks the owner to authorize it, as for a
	// revoked one.
	{id: "oauth_invalid_grant", class: ClassRevoked, anyOf: p("token has expired or been revoked", "lost access to your google account", "lost access to your microsoft account", "lost access to your gmail", "lost access to your outlook", "expired or was revoked", "account is not yet authorized", "account is not yet authorised", "authorize the account first", "authorise the account first", "has no oauth refresh token",
		"grant to be revoked", "grant was revoked", "grant has been revoked", "grant revoked", "reauthorization required", "re-authorization required", "reauthentication required", "re-authentication required", "requires reauthorization", "requires re-authorization", "needs reauthorization", "needs re-authorization", "access revoked", "access was revoked", "access has been revoked", "access to your account was revoked", "permission revoked", "permissions revoked", "permissions were revoked", "permissions have been revoked", "ask the user to re-authenticate", "please reconnect the connection", "reconnect this outlook connection", "reconnect this gmail connection", "re-grant", "authorization expired", "access not granted or expired", "disconnect and reconnect", "userrecoverableauthexception", "grant is no longer valid", "tokens are no longer valid", "token is no longer valid", "can't create new access token", "refresh token is not set", "invalid_grant", "invalid_refresh_token", "invalid refresh token", "invalid_code", "msaluirequiredexception", "user interaction is required",
		// MSAL's interaction-required error as MSAL.js (InteractionRequiredAuthError),
		// MSAL for iOS and macOS (MSALErrorInteractionRequired) and apps built on
		// them word it: the token cannot be renewed without the owner signing in.
		"interactionrequiredautherror", "msalerrorinteractionrequired", "ui interaction required", "authentication requires user interaction", "invalid_rapt", "token has been expired or revoked", "invalid grant", "consent_required", "interaction_required", "login_required", "access_denied", "account_deleted", "account_disabled", "is disabled in microsoft entra", "disabled in azure active directory", "disabled in azure ad",
		"requires re-consent", "sign-in is no longer valid", // round 111
		// "Re-auth" for short, and the two states joined by a slash
		// (held-out round 132).
		"reauth required", "re-auth required", "reauth needed", "re-auth needed", "expired/revoked", "revoked/expired",
		"expired or has been revoked", "expired or revoked", "revoked or expired", "due to sign-in frequency checks", "revoked or has expired", "authentication expired", "authentication has expired",
		"refresh token expired", "refresh token has expired", "refresh token is expired", "refresh token is invalid", "refresh token invalid",
		"refresh token inválido", "refresh token expirado", // Spanish (round 90)
		// A refresh token the token endpoint rejected (RFC 6749 5.2's
		// invalid_grant: "invalid, expired, revoked"), in more words.
		"refresh token was rejected", "refresh token has been rejected", "rejected the refresh token",
		// Interactive re-authentication required, a user's consent
		// required (round 92).
		"interactive re-authentication", "interactive reauthentication", "user consent is required",
		// Proton Mail's saved session, which is the mailbox's own sign-in (round 91).
		"proton mail session expired", "proton session is expired", "proton session expired", "refresh token was revoked", "refresh token has been revoked",
		"has revoked access", "user revoked", "revoked by the user", "needs to be reconnected", "need to be reconnected", "reauthorize", "re-authorize", "reconnect your account", "reconnect the account", "needs re-authentication", "needs reauthentication", "requires re-authentication",
		"requiere una nueva autenticación", "requer uma nova autenticação", "требует повторной аутентификации", "nécessite une nouvelle authentification", "erfordert eine erneute authentifizierung", "richiede una nuova autenticazione", "authorization has expired", "did not provide a valid response to refresh", "inbox is disconnected", "account is disconnected", "account has been disconnected"),
		// Another service's grant (Slack, a drive, an accounting API) is not
		// the mailbox's (round 52). OmniAuth's callback only redeems an
		// authorization code, and MSAL.js's invalid_code_challenge_method is
		// the product's PKCE setup (oauthlibs_code_exchange_failed,
		// oauthlibs_pkce).
		noneOf: slices.Concat(p("token was refreshed", "invalid grant type",
			// A product's own sign-in that caught a refresh token used twice
			// (refresh token rotation's reuse detection; round 89).
			"reuse detected",
			// The product's own login access revoked by its administrator
			// (round 101).
			"login access",
			// A CLI's account that already exists, re-authorized on request
			// (round 91).
			"already exists", "nats: authentication expired", "nats: account authentication expired", "grant: account not found", "check oauth2 client configuration", "invalid_credentials: oauth2::error", "invalid_code_challenge_method", "but is currently not allowed",
			// A suggestion beside another cause ("multiple failures ... you may
			// want to reconnect your account": round 54) is no verdict.
			"may want to reconnect", "might want to reconnect",
			// An address the grant does not cover: the client's IP, the
			// sender's From (round 73).
			"ip address not allowed", "ip address is not allowed", "ip not allowed", "ip is not allowed", "address mismatches with",
			// A product's own sign-in code exchange (Appwrite's OAuth2
			// callback, NextAuth's OAUTH_CALLBACK_ERROR) and an open-banking
			// consent (GoCardless's AccessExpiredError, its End User
			// Agreement) are no mailbox grant (round59_signins.go).
			"failed to obtain access token. the ", "oauth2 provider returned an error: ", "[next-auth][error][oauth_callback_error]",
			"accessexpirederror", "end user agreement",
			"couldn't complete sign-in", "could not complete sign-in", "couldn't complete sign in", "could not complete sign in", "sso=failed"), gen51OtherAPIs),
		doc: "token endpoint: the grant is expired, revoked or needs a new sign-in; a product saying the connected account must be reconnected or reauthorized"},
	// A grant made for another account than the mailbox's: the owner signed
	// in with the wrong account when authorizing (Got Your Back's gyb.py
	// doesTokenMatchEmail; Nylas's "Office 365 returned us an email address
	// different from the one that started the authentication process",
	// rounds 12 and 26). The owner signs in again, with the right account.
	{id: "grant_other_account", class: ClassAuth, anyOf: p("did not authorize the oauth token in the browser with the", "logged in to the correct account when authorizing", "email address different from the one that started the authentication"),
		doc: "the grant belongs to another account than the mailbox: the owner authorizes again with the right one"},
	{id: "oauth_missing_token", class: ClassTransient, anyOf: p("cannot parse json", "server response missing access_token"),
		doc: "x/oauth2: a 200 response without an access token (proxy or outage)"},
	{id: "xoauth2_rejected", class: ClassAuth, anyOf: p("xoauth authorization error", "xoauth autorization error", "xoauth2 authorization", `"schemes":"bearer"`, `"schemes": "bearer"`, "eyjzdgf0dxmioi", "oauthbearer authentication error", "xoauth2 authentication failed"),
		doc: "XOAUTH2/OAUTHBEARER: the mail server rejected the access token (its JSON challenge, also base64); the owner signs in again"},

	// ---- Microsoft 365 and Outlook.com SMTP (learn.microsoft.com authenticated-client-smtp-submission; NDR pages).
	{id: "ms_smtp_auth_disabled_tenant", class: ClassAdmin, anyOf: p("smtpclientauthentication is disabled for the tenant"), provider: "microsoft365",
		doc: "Microsoft 365: SMTP AUTH is turned off for the whole tenant (5.7.139)"},
	// Both 5.7.139 replies end "Visit https://aka.ms/smtp_auth_disabled for
	// more information"; the link alone reads as the mailbox's switch.
	{id: "ms_smtp_auth_disabled_mailbox", class: ClassAdmin, anyOf: p("smtpclientauthentication is disabled for the mailbox", "aka.ms/smtp_auth_disabled"), provider: "microsoft365",
		doc: "Microsoft 365: SMTP AUTH (Authenticated SMTP) is turned off for this mailbox (5.7.139)"},
	// The same switch in other words: Microsoft calls it "Authenticated SMTP" in
	// the admin center and "SMTP AUTH" in its docs (learn.microsoft.com
	// exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission).
	{id: "smtp_auth_disabled", class: ClassAdmin, anyOf: p("smtp relay is not enabled for this account", "smtp auth is disabled", "smtp auth has been disabled", "smtp auth disabled", "smtp authentication is disabled", "smtp authentication has been disabled", "authenticated smtp is disabled", "authenticated smtp has been disabled", "authenticated smtp disabled",
		// Asked to turn it on (round 105).
		"enable \"authenticated smtp\"", "enable authenticated smtp", "enable smtp auth for",
		// Turned off, in a product's words (round 154).
		"\"authenticated smtp\" turned off", "authenticated smtp turned off",
		// Microsoft's setting by its own name (Set-CASMailbox
		// -SmtpClientAuthenticationDisabled, Set-TransportConfig): the tenant's
		// or the mailbox's switch, an administrator's either way, also where a
		// client cut the reply before "for the Tenant" (Alpine keeps 80 bytes).
		"smtpclientauthentication is disabled"),
		doc: "SMTP AUTH (Authenticated SMTP) is turned off for the mailbox or organisation by its administrator"},
	{id: "ms_security_defaults", class: ClassAdmin, anyOf: p("security defaults policy", "security defaults"), provider: "microsoft365",
		doc: "Microsoft 365: Entra security defaults block basic authentication for this user (5.7.139)"},
	{id: "ms_policy_criteria", class: ClassAdmin, anyOf: p("approved by an office 365 administrator", "approved by a microsoft 365 administrator", "organization configuration doesn't allow", "organization configuration doesn’t allow", "atendeu aos crit", "did not meet the criteria to be authenticated", "organization configuration does not allow", "user or tenant not allowed", "federated sts url does not support https", "need admin approval", "only an admin can grant"), provider: "microsoft365",
		doc: "Microsoft 365: a Conditional Access or organisation policy refuses the sign-in (5.7.139), or Entra's consent page says only an admin may grant the app (AADSTS90094)"},
	{id: "ms_federated_sts_unreachable", class: ClassTransient, anyOf: p("federated sts service was unreachable"), provider: "microsoft365",
		doc: "Microsoft 365: the federation service (AD FS) did not answer (5.7.139)"},
	{id: "ms_basic_auth_disabled", class: ClassAuth, anyOf: p("basic authentication is disabled", "basic authentication is not supported", "basic auth is disabled", "basicauthblocked", "basic authentication is blocked", "basic authentication disabled", "basic auth disabled", "basic authentication is not enabled"),
		doc: "Microsoft: password (basic) authentication is off; the owner must sign in with Microsoft (OAuth)"},
	{id: "ms_credentials_incorrect", class: ClassAuth, anyOf: p("the user credentials were incorrect"), provider: "microsoft365",
		doc: "Microsoft 365: wrong password (5.7.139)"},
	{id: "ms_client_not_authenticated", class: ClassConfig, anyOf: p("not authenticated to send anonymous mail"), provider: "microsoft365",
		doc: "Microsoft 365: mail was sent without logging in first (5.7.57)"},
	{id: "ms_send_as_denied", class: ClassConfig, anyOf: p("sendasdenied", "not have permissions to send as", "permission to send as", "send as this sender", "sendasdeniedexception", "send on behalf", "right to send mail on behalf of"),
		doc: "Microsoft 365: the mailbox may not send as this From address (5.7.60, SendAsDenied; Graph sendMail's ErrorSendAsDenied, learn.microsoft.com/graph/errors)"},
	{id: "ms_restricted_sender", class: ClassBlocked, anyOf: p("bad outbound sender", "ungültiger ausgehender absender", "restricted entities", "weren't recognized as a valid sender"),
		doc: "Microsoft 365: the user is on the Restricted entities list for outbound spam (5.1.8)"},
	{id: "ms_outbound_spam", class: ClassBlocked, noneOf: p("due to a transient error", "verdict is transienterror"), anyOf: p("outboundspamexception", "wascl useraction verdict"), provider: "microsoft365",
		doc: "Outlook.com/Microsoft 365: sending suspended as suspected spam until the owner verifies the account"},
	{id: "ms_tenant_blocked", class: ClassBlocked, anyOf: p("traffic not accepted from this ip", "tenant has exceeded threshold", "blocked from sending from unregistered domains", "tenant exceeded"),
		doc: "Microsoft 365: the tenant is blocked from sending (5.7.705, 5.7.750)"},
	{id: "ms_submission_quota", class: ClassRateLimited, anyOf: p("submissionquotaexceeded", "recipientratelimitexceeded", "messageratelimitexceeded", "message rate limit exceeded", "recipient rate limit exceeded", "submission quota", "sender thread limit exceeded", "concurrent connections limit exceeded", "messagesubmissionquota"), retry: hour,
		doc: "Microsoft 365: sending rate or daily recipient limit exceeded"},
	// Entra's smart lockout answers 5.7.139 with "Account Locked" for a while
	// after failed sign-ins (learn.microsoft.com entra identity authentication
	// howto-password-smart-lockout); it lifts by itself.
	{id: "ms_account_locked", class: ClassAuthTemporary, on: kindSMTP, enhanced: "5.7.*", allOf: p("authentication unsuccessful", "account locked"), provider: "microsoft365", retry: 30 * minute,
		doc: "Microsoft 365: the account is locked for a while after failed sign-ins (smart lockout)"},
	{id: "ms_auth_unsuccessful", class: ClassAuth, on: kindSMTP, enhanced: "5.7.*", anyOf: p("authentication unsuccessful"),
		doc: "Microsoft 365: authentication unsuccessful (5.7.3, 5.7.139): wrong password or token not accepted"},
}

// msCodeRules are Microsoft's enhanced codes with three-digit details.
var msCodeRules = []rule{
	// Microsoft enhanced codes with three-digit details are precise, so they come
	// before generic wording such as "service unavailable".
	{id: "enhanced_5.7.139", class: ClassAuth, on: kindSMTP, enhanced: "5.7.139", doc: "Microsoft 5.7.139 authentication unsuccessful"},
	{id: "enhanced_5.7.57", class: ClassConfig, on: kindSMTP, enhanced: "5.7.57", doc: "Microsoft 5.7.57 client not authenticated"},
	{id: "enhanced_5.7.60", class: ClassConfig, on: kindSMTP, enhanced: "5.7.60", doc: "Microsoft 5.7.60 no permission to send as this sender"},
	{id: "enhanced_5.7.30", class: ClassAuth, on: kindSMTP, enhanced: "5.7.30", anyOf: p("basic auth", "client submission"), doc: "Microsoft 5.7.30 basic authentication not supported"},
	{id: "enhanced_5.7.501", class: ClassBlocked, on: kindSMTP, enhanced: "5.7.501", doc: "Microsoft 5.7.501: the sending account is banned for spam activity"},
	{id: "enhanced_5.7.5xx_ms_spam", class: ClassRejected, on: kindSMTP, enhanced: "5.7.5xx", doc: "Microsoft 5.7.5xx: message or sender refused as spam"},
	{id: "enhanced_5.7.6xx_ms_ip", class: ClassRejected, on: kindSMTP, enhanced: "5.7.6xx", doc: "Microsoft 5.7.6xx: sending IP refused"},
	// Two codes inside the ranges above that mean something else: 5.7.703 is the
	// sender's own Tenant Allow/Block List refusing these recipients, and
	// 5.2.252 throttles a sender that keeps failing "Send As" (support.microsoft.com
	// "NDR error codes 550 5.7.703, 5.7.705, 5.7.708 and 550 5.7.750";
	// learn.microsoft.com exchange mail-flow-best-practices
	// continuous-error-throttling-smtp-auth-submissions).
	{id: "enhanced_5.7.703", class: ClassRejected, on: kindSMTP, enhanced: "5.7.703", doc: "Microsoft 5.7.703: the organization's Tenant Allow/Block List blocks these recipients"},
	{id: "enhanced_5.2.252", class: ClassConfig, on: kindSMTP, enhanced: "5.2.252", doc: "Microsoft 5.2.252: sending throttled after repeated Send As denials: the sender address is not the mailbox's to use"},
	{id: "enhanced_5.7.7xx_ms_tenant", class: ClassBlocked, on: kindSMTP, enhanced: "5.7.7xx", doc: "Microsoft 5.7.7xx: the tenant is blocked from sending"},
	{id: "enhanced_4.7.500", class: ClassRateLimited, on: kindSMTP, enhanced: "4.7.500", anyOf: p("server busy"), retry: 15 * minute, doc: "Microsoft 4.7.500 server busy (throttling)"},
	{id: "enhanced_4.7.66", class: ClassConfig, on: kindSMTP, enhanced: "4.7.66", doc: "Microsoft 4.7.66: TLS 1.0 and 1.1 are refused; the client must use TLS 1.2"},
	{id: "ms_authenticated_not_connected", class: ClassAuth, anyOf: p("authenticated but not connected"), provider: "microsoft365",
		doc: "Microsoft 365 IMAP: the OAuth token belongs to another account or has no access to this mailbox"},
	// Products that send through a connected mailbox show its state in their
	// own words when the grant or login stopped working ("Mailbox
	// Disconnected", "Authorization lost. Click Reconnect"): the owner connects
	// it again. A server or a network that dropped the connection is not that.
	{id: "product_disconnected", class: ClassRevoked,
		anyOf: p("trennen sie ihr gmail-konto und verbinden sie es erneut", "koppel uw gmail-account los en maak opnieuw verbinding", "odłącz i ponownie podłącz swoje konto", "déconnectez et reconnectez votre compte", "desconecte y vuelva a conectar su cuenta", "access expired", "access has expired", "disconnected", "authorization lost", "authorisation lost", "click reconnect", "reauthorise", "re-authorise",
			// The Gmail account itself deleted (round 104).
			"gmail account has been deleted", "gmail has been deleted"),
		alsoAny: p("mailbox", "account", "inbox", "gmail", "outlook", "reconnect", "restore access"),
		// A non-mail API's access (an open-banking consent, a chat workspace) is
		// not the mailbox's (held-out round 59).
		noneOf: slices.Concat(notTheGrant, p("idle", "inactivity", "unexpectedly", "try again", "bye", "logout", "logged out", "auto-reconnect", "auto reconnect", "successfully"), gen51OtherAPIs),
		doc:    "a product says the connected mailbox was disconnected or lost its authorization and must be connected again"},
	// Mail apps that say the OAuth sign-in they hold is gone: macOS Mail's
	// "Google Password Required" for a Google internet account
	// (lionheart/openradar-mirror#18112) and Mailspring's sync engine, which
	// no longer refreshes a token on its server ("XOAuth2 token expired and
	// Mailspring no longer does server-side token refresh",
	// Foundry376/Mailspring-Sync MailSync/XOAuth2TokenManager.cpp).
	// A connection the owner never made, in a product's words (lemlist's
	// "My email provider – Not connected", a calendar_not_connected code,
	// Gong's "you have not connected Gong to your email & calendar
	// provider" and "you haven't authorized Gong to access your emails":
	// rounds 24 and 31): the setup is not done; nothing was refused or
	// revoked. A connection that was there and is gone says so.
	{id: "never_connected", class: ClassConfig, anyOf: p("have not connected", "haven't connected", "has not connected", "provider - not connected", "_not_connected", "have not authorized", "haven't authorized"),
		// A member who has not connected their Gmail or Outlook: revoked in
		// round 84's three texts (prompts_not_connected); another
		// service's or a calendar's stays here.
		noneOf: p("anymore", "any more", "no longer", "disconnected", "again", "revoked", "expired",
			"connected gmail", "connected their gmail", "connected outlook", "connected their outlook"),
		doc: "the owner never connected the mailbox or never authorized the product: its setup, not a refusal"},
	{id: "app_signin_lost", class: ClassRevoked, anyOf: p("google password required", "no longer does server-side token refresh"),
		doc: "a mail app says its OAuth sign-in to the account is gone: the owner signs in again"},
	// A product that asks the owner in so many words to reconnect the mailbox
	// (HubSpot's "Your inbox was disconnected ... Please reconnect your inbox
	// and try again"): "try again" after the request does not make it the
	// network's.
	{id: "product_reconnect_asked", class: ClassRevoked,
		anyOf: p("reconnect this account", "reconnect this mailbox", "reconnect your mailbox", "reconnect your inbox", "reconnect your account", "reconnect your email account", "reauthenticate your email", "reauthenticate your mailbox", "delete the token and obtain it again", "obtain the token again", "integration needs attention",
			// Outlook Google Calendar Sync (round 30): "Google has revoked your
			// authentication token. Account requires reauthorising."
			"revoked your authentication token", "revoked your token",
			// The hyphenated and "the email" forms (Warmbly's "Please
			// re-authorize your email account", ActingOffice CRM's "need to
			// re-authenticate the email link": round 31).
			"re-authenticate your email", "re-authenticate the email", "reauthenticate the email", "re-authenticate your mailbox", "re-authenticate the mailbox", "re-authorize your email", "reauthorize your email", "re-authorise your email", "reauthorise your email", "requires reauthorising", "requires reauthorizing", "requires re-authorising", "requires re-authorizing", "disconnect and re-authenticate",
			// The gerund (held-out round 62: "Please try re-connecting your email account").
			"reconnecting your mailbox", "reconnecting your inbox", "reconnecting your email", "reconnecting your account", "reconnecting this account",
			"re-connecting your mailbox", "re-connecting your inbox", "re-connecting your email", "re-connecting your account",
			// Xiaomi's mail app (held-out round 64: "Sign in to Gmail again").
			"sign in to gmail again", "sign in again to gmail", "sign in to outlook again", "sign in again to outlook"),
		noneOf: notTheGrant,
		doc:    "a product asks the owner to reconnect the mailbox: the owner connects it again"},
	// Mailbox platforms that products send and sync through report a grant
	// the owner must authorize again in their own codes: Nylas v3's
	// grant.expired notification
	// (developer.nylas.com/docs/reference/notifications/grants/grant-expired/),
	// Cronofy's profile_disconnected
	// (docs.cronofy.com/developers/faqs/profile-reconnection-process/), AI
	// Inbx's mailbox.needs_reauth webhook
	// (docs.aiinbx.com/webhooks/events/mailbox-needs-reauth) and Unipile's
	// provider/invalid_authorization
	// (developer.unipile.com/v2.0/reference/error-responses); and, from the
	// catalogs of testdata/catalogs/mail_platforms.jsonl, Nylas
	// grant.not_found, grant.refresh_token_invalid and grant.deleted,
	// Unipile v1's CREDENTIALS status ("invalid or missing credentials
	// required for retrieving new data") and Cronofy's 423 Locked (no
	// credentials available for the underlying provider).
	{id: "mail_platform_grant_gone", class: ClassRevoked, anyOf: p("grant.expired", "grant_expired", "grant expired", "grant has expired", "needs_reauth", "needs reauth", "needs_reauthentication", "reauth_required", "profile_disconnected", "credential_revoked", "credentials_revoked", "grant_revoked", "provider/invalid_authorization",
		"grant.not_found", "grant.refresh_token_invalid", "grant.deleted", "invalid or missing credentials required for retrieving new data", "do not have credentials available for the underlying provider"),
		doc: "a mailbox platform (Nylas, Cronofy, Unipile, AI Inbx) says the mailbox's grant expired, was deleted or needs a new authorization: the owner connects it again"},
	// A product that could not refresh the mailbox's OAuth access token and
	// names no other cause: the refresh token no longer works (a refresh
	// that the provider refused for another reason says so, and a network
	// or server failure names itself; noneOf). Evolution's "failed to
	// refresh it" is l10n_words_token_renewal.
	{id: "oauth_refresh_failed", class: ClassRevoked,
		anyOf: p("token refresh failed", "token refresh error", "access token refresh error", "access token refresh failed", "oauth token refresh failed", "oauth refresh failed",
			"failed to refresh access token", "failed to refresh the access token", "failed to refresh token", "failed to refresh the token", "failed to refresh oauth token", "failed to refresh the oauth token",
			"unable to refresh token", "unable to refresh the token", "unable to refresh access token", "unable to refresh the access token", "unable to refresh oauth token", "unable to refresh the oauth token",
			"could not refresh token", "could not refresh the token", "could not refresh access token", "could not refresh the access token", "could not refresh oauth token", "could not refresh the oauth token",
			"cannot refresh access token", "cannot refresh token", "error refreshing access token", "error refreshing the access token", "error refreshing token", "error refreshing oauth token",
			"refreshing the access token failed", "refreshing access token failed", "refresh of the access token failed", "refresh token failed"),
		noneOf: slices.Concat(notTheGrant, p("non-oauth", "dial tcp", "i/o", "try again", "unavailable", "too many", "rate limit", "throttl", "econn", "resolve", "dns", "proxy", "ssl", "tls", "certificate",
			// A name that did not resolve, as Node and libc say it.
			"enotfound", "getaddrinfo", "eai_again", "no such host",
			"invalid_client", "unauthorized_client", "client secret", "client_secret", "redirect_uri", "invalid_scope", "internal error", "bad gateway", " 500", " 502", " 503", " 504",
			// Dittofeed: its own Google OAuth client is missing (business_oauth_client_missing).
			"client id or secret is not configured",
			// Its OAuth set-up not configured at all, so no refresh can
			// start (round 152).
			"not configured",
			// google-auth-library-java's wrapper with no cause (oauthlibs_unexpected_wrapper).
			"unexpected error refreshing")),
		doc: "a product could not refresh the mailbox's OAuth access token and names no network, server or client-setup cause: the grant is gone, the owner signs in again"},
	// A product that says the stored token is no longer valid and asks the
	// owner to authenticate the mailbox again (ClientSpace's Graph
	// integration: "The access token is invalid. Please use the cloud icon
	// ... to reauthenticate your email mailbox").
	{id: "token_invalid_reauthenticate", class: ClassRevoked,
		// The token revoked or expired, a reconnection asked (round 105).
		anyOf: p("token is invalid", "token revoked", "token was revoked", "token has been revoked", "token expired", "token has expired"),
		alsoAny: p("reauthenticate", "reconnect required", "reconnect recommended", "reconnect needed", "reconnection required", "reconnection needed",
			"manual refresh"), // marked for a manual refresh: a new sign-in (round 154)
		// A calendar's or contacts' token is not the mailbox's (round 69).
		noneOf: p("calendar", "contacts"),
		doc:    "a product says the mailbox's token is invalid, revoked or expired and asks the owner to authenticate or connect again"},
	// Integration platforms call the grant a connection ("Connection expired.
	// Reconnect Gmail", UiPath's "Connection is currently inactive, please
	// click fix connection"): the owner connects it again.
	{id: "integration_connection_expired", class: ClassRevoked,
		anyOf:   p("connection expired", "connection has expired", "connection is currently inactive", "fix connection", "fix the connection"),
		alsoAny: p("reconnect gmail", "reconnect outlook", "reconnect google", "reconnect microsoft", "reconnect your", "reconnect the account", "fix connection", "fix the connection"),
		noneOf:  p("timeout", "timed out", "socket", "idle", "server", "network", "tls", "ssl", "try reconnecting"),
		doc:     "an integration platform's connection to the mailbox expired or went inactive: the owner reconnects it"},
	// Entra's wording for a user the tenant has not assigned to the
	// application (AADSTS50105) and a tenant's access policy, logged
	// without a code.
	// A consent screen that says the organization's administrator must
	// approve the product's app first (Entra's "Your administrator hasn't
	// approved this app", its "Does not have access to consent" when user
	// consent is off; Google Workspace's "This application is not allowed by
	// your administrator" under API access control,
	// support.google.com/a/answer/7281227): the tenant's policy, whichever
	// provider.
	{id: "admin_app_not_approved", class: ClassAdmin, anyOf: p("administrator hasn't approved this app", "administrator has not approved this app", "admin hasn't approved this app", "admin has not approved this app", "does not have access to consent", "doesn't have access to consent", "not allowed by your administrator", "not allowed by your admin", "admin consent required", "admin consent is required", "requires admin consent", "needs admin consent",
		// The tenant's administrator declined the consent; a Workspace
		// application blocked until the domain's review (round 109).
		"admin consent declined", "admin consent was declined", "application is currently blocked"),
		doc: "the organization's administrator must approve the product's app before any user can connect a mailbox to it (Entra consent, Google Workspace API access control)"},
	{id: "entra_tenant_policy_wording", class: ClassAdmin, anyOf: p("requires admin approval", "tenant-wide consent", "grant consent for the app", "grant consent for this app", "you can't get there from here", "is not assigned to a role for the application", "organization's access policy blocks"), provider: "microsoft365",
		doc: "Microsoft 365: the tenant has not assigned the user to the application, or its access policy blocks it"},
	// ---- Google (support.google.com/a/answer/3726730, support.google.com/accounts/answer/185833).
	// Each reply ends with a help link whose p= names the case
	// (?p=BadCredentials, ?p=InvalidSecondFactor): the link alone decides
	// when a client cut the words off.
	{id: "google_app_password_required", class: ClassAuth, anyOf: p("application-specific password required", "?p=invalidsecondfactor"), provider: "gmail",
		doc: "Google: the account has 2-Step Verification; an app password is needed (534 5.7.9)"},
	{id: "google_web_login_required", class: ClassAuth, anyOf: p("requires completing authentication in", "with your web browser and try again", "log in via your web browser", "log in with your web browser", "login via your web browser", "weblogin", "web login required"),
		doc: "Google: sign in through a web browser first (534 5.7.14 WebLoginRequired)"},
	{id: "google_bad_credentials", class: ClassAuth, anyOf: p("answer=14257", "username and password not accepted", "?p=badcredentials"), provider: "gmail",
		doc: "Google: user name and password not accepted (535 5.7.8 BadCredentials)"},
	{id: "imap_disabled_by_admin", class: ClassAdmin, anyOf: p("api アクセスが有効になっていません", "yet to enable imap", "yet to enable pop", "administrator has disabled the selected configuration", "access policy defined on the server", "imap support is not enabled", "imap access is not allowed", "userdisabledforsync", "device has been quarantined", "please enable imap access", "restricted by policies within your organization", "it department has blocked your email access", "email access has been blocked", "contact your domain administrator", "not enabled for imap use", "imap access is disabled for your domain", "imap access is disabled", "imap access is turned off", "does not have imap access enabled", "imap is disabled for your domain", "imap use is disabled"), noneOf: p("policy that prohibits"),
		doc: "IMAP access is turned off for this account or domain by its administrator"},
	// Servers that switch a protocol off for one account say so with the
	// protocol's name (Courier "POP3 access disabled for this account", Zimbra
	// "pop access not enabled for account", vpopmail "pop access denied",
	// Kopano "imap feature disabled", mox "login disabled for account").
	{id: "protocol_access_disabled", class: ClassAdmin,
		anyOf: p("pop access", "pop3 access", "imap access", "imap4 access", "imap feature", "pop3 feature", "pop feature", "login disabled for account", "imap login disabled", "pop3 login disabled", "imap is disabled", "imap has been disabled", "pop3 is disabled", "pop3 is not enabled", "pop is disabled",
			"imap is not enabled", "imap not enabled", "imap service is not enabled", "smtp service is not enabled", "imap protocol access", "pop protocol access",
			// Chinese providers' own words: the IMAP, POP3 or SMTP service
			// ("功能", "服务") not switched on ("未启用", "未开启") in the
			// mailbox's settings (round 56 quoted two).
			"imap功能未", "smtp功能未", "pop3功能未", "imap服务未", "smtp服务未", "pop3服务未", "imap/smtp服务未", "pop3/smtp服务未",
			"未开启imap", "未开启smtp", "未开启pop3", "未启用imap", "未启用smtp", "未啟用imap", "未啟用smtp"),
		alsoAny: p("disabled", "not enabled", "denied", "not allowed", "not permitted", "turned off", "未启用", "未开启", "未啟用", "未開啟"),
		noneOf: p("temporar", "try again", "too many", "throttl", "password", "credential", "username", "user name", "settings",
			// A list of possible causes of a timeout; MailCore's own
			// sentence for Gmail (library_imap_disabled).
			"timed out", "timeout", "超时", "可能原因", "possible cause", "for this gmail account"),
		doc: "the server has IMAP or POP switched off for this account"},
	// Apps Script's daily quotas, as a script that sends through the
	// owner's Gmail meets them (developers.google.com/apps-script/guides/
	// services/quotas: "Service invoked too many times for one day",
	// "Service using too much computer time for one day").
	{id: "sending_quota_exceeded", class: ClassRateLimited, anyOf: p("too many simultaneous invocations", "remaining quota is only", "每日上限", "已到达每日", "次数已达上限", "too many reconnection attempts", "too many reconnect attempts", "exceeded the gmail quota", "usage limit hit", "email quota for this address exceeded", "account email quota exceeded", "api request quota", "policy rejection- quota exceeded", "submission rate", "send limit", "limit for sending", "limiting requests", "daily user sending quota exceeded", "daily send limit", "quota exceeded for quota metric", "download exceed", "daily sending quota exceeded", "reached a limit for sending mail", "sending limit exceeded", "daily sending limit", "email quota reached", "sending quota reached", "daily quota reached", "sending quota was reached", "maximum sending rate exceeded",
		// A send rate over the relay's limit, and a provider that limited
		// access for the traffic (round 124), however the product words the
		// wait that follows ("retry later").
		"send rate exceeded", "sending rate exceeded", "limited our access to your account due to high traffic", "daily message quota exceeded", "sending quota exceeded", "sending quota or rate", "maximum credits exceeded", "daily limit", "invoked too many times for one day", "too much computer time for one day", "reached your message limit", "reached the message limit",
		// Products' own words for the sending limit they keep per mailbox or
		// plan (cold email and warmup tools pause the mailbox until the next
		// day or month; held-out round 52).
		"email limit reached", "daily email limit", "monthly email limit", "hourly email limit", "monthly sending limit", "hourly sending limit",
		"sending cap", "cap reached", "cap has been reached", "daily send quota", "monthly send quota", "warmup limit reached", "plan's email limit", "plan's sending limit"), retry: 24 * hour,
		doc: "the sending account reached its sending quota (Gmail 5.4.5, SES, SendGrid credits), or a download or API quota"},
	{id: "too_many_login_attempts", class: ClassAuthTemporary, noneOf: p("bye login failed too many times"), anyOf: p("locked due to failed login", // round 113
		"exceeded the login limit", // a POP3 server's logins per period (round 117)
		"ログインの試行回数が超過", "試行回数が超過しました", "too many authentification failures", "too many authentification attempts", "too many failed authentification", "temporarily blocked logins", "intrusion prevention", "limit for logins", "too many failures", "bad login attempts", "too many password errors", "authenticate too many times", "too many times", "too much fail authentication", "too many failed", "too many login attempts", "too many bad auth attempts", "auth005", "too many failed login", "too many authentication failures", "too many failed authentication", "too many invalid authentication", "too many auth failures", "too many auth attempts", "login frozen", "invalid logon attempts", "too many authentication attempts", "too many auth commands", "too many authentication errors",
		// Windows' and products' other words for a login (held-out round 131).
		"too many logon attempts", "too many sign-in attempts", "too many sign in attempts", "too many signin attempts", "too many log-in attempts",
		// gromox IMAP and POP3 (grommunio/gromox mra/imap/resource.cpp 1901,
		// mra/pop3/resource.cpp 1717, commit 1892eb3d): user_filter refused the
		// name, its ban after repeated failures or its login rate limit
		// (doc/user_filter.4gx).
		"access denied by user filter",
		// Zimbra (Zimbra/zm-mailbox commit 2b7f9787, LdapProvisioning.java):
		// the audit log's AuthFailedServiceException reason when
		// LdapLockoutPolicy has locked the account out after failed logins.
		"], account lockout",
		// Too many wrong passwords or failed logins, in other words
		// (held-out round 126).
		"too many incorrect password", "too many incorrect login", "too many wrong password", "too many invalid password",
		"too many auth error", "too many unsuccessful login", "too many unsuccessful sign"), retry: hour,
		doc: "too many login attempts: the provider locks logins for a while (Gmail 454 4.7.0, Yahoo #AUTH005)"},

	// ---- Temporary authentication trouble (RFC 4954 454 4.7.0; Dovecot; IMAP RFC 5530).
	{id: "auth_temporary_failure", class: ClassAuthTemporary, anyOf: p("cannot authenticate due to temporary", "authenticate due to temporary", "temporary authentication failure", "temporarily unable to authenticate", "authentication temporarily unavailable", "temporary auth failure", "authentication service is unavailable", "authentication server is unavailable", "auth service unavailable", "try again later to authenticate", "unable to authenticate at present", "login temporarily not permitted", "login is temporarily",
		// GMX's web and mail login from an address it holds back for a while
		// ("Login vorübergehend nicht möglich", round 122).
		"login temporarily not possible", "login vorübergehend nicht möglich", "anmeldung vorübergehend nicht möglich"), retry: 15 * minute,
		doc: "temporary authentication failure: the provider's login service is having trouble"},
}

// notTheGrant are the words that make a product's "disconnected" or
// "reconnect" about the network, the server or a password the owner types,
// not about a grant the owner must connect again.
var notTheGrant = p("server", "connection", "network", "socket", "timeout", "timed out", "by peer", "temporar", "automatically", "credential", "password")

// table is the rule table, and walk (walk.go) and neteaseFamilies
// (netease.go) what is built from it; load builds them on first use.
var (
	table    *compiled
	loadOnce sync.Once
)

// compiledSteps returns rules as compiled in the table, in their order.
func compiledSteps(rules []rule) []*rule {
	steps := make([]*rule, 0, len(rules))
	for _, r := range rules {
		steps = append(steps, ruleByID(r.id))
	}
	return steps
}

// load builds the rule table once, on the first call of a function that
// needs it. Building takes about a third of a second and 48 MB that the
// collector then frees, so a program that imports the package without
// classifying does not pay for it, nor does its start.
func load() {
	loadOnce.Do(func() {
		table = compile(slices.Concat(outlookNumberRules, mailPlatformRules, round38HubSpotEarlyRules, googleconsentRules, round50GoogleEarlyRules, round37APIsEarlyRules, round45EWSEarlyRules, round47MailtoolsEarlyRules, round48AutomationEarlyRules, round48HelpdeskEarlyRules, gen51PromptsEarlyRules, headRules, exchangeRules, webframeworksEarlyRules, groupware2EarlyRules, round47OauthappsEarlyRules, msCodeRules, round37APIsRules, round45IdentityEarlyRules, gen51GrantsEarlyRules, round56EarlyRules, apiRules, dynamicsRules, dynamicsL10nRules, round37ServersEarlyRules, round42ServersEarlyRules, round50MailserversEarlyRules, catalogRules, mailCatalogRules, imapsyncFAQRules, gromoxRules, citadelRules, zimbraServerRules, postalRules, neteaseRules, sogoEarlyRules, zimbraEarlyRules, mailcowEarlyRules, bitrixEarlyRules, frappeEarlyRules, mailpileEarlyRules, adminpanelsEarlyRules, erpEarlyRules, discourseEarlyRules, odooRules, aospEmailEarlyRules, zammadRules, webframeworksRules, afterlogicEarlyRules, egroupwareEarlyRules, znunyEarlyRules, sabnzbdEarlyRules, round41ServersEarlyRules, round40CommunityEarlyRules, round40OrgEarlyRules, round40InfraEarlyRules, round40CMSEarlyRules, round39BusinessEarlyRules, round36ClientsEarlyRules, round39ClientsEarlyRules, round48ClientsEarlyRules, round35AppsEarlyRules, round35GnomeEarlyRules, round35PHPEarlyRules, round46CRMEarlyRules, round35UnixEarlyRules, round36LibsEarlyRules, round43HelpdeskEarlyRules, round37OAuthEarlyRules, round38ToolsRules, round36BusinessEarlyRules, round36CommunityEarlyRules, round37TLSEarlyRules, round44TLSEarlyRules, round41MicrosoftEarlyRules, round41RepliesEarlyRules, round42M365EarlyRules, round42TutaEarlyRules, round42AppsEarlyRules, round43DocsEarlyRules, round44IMAPEarlyRules, round44ProvidersEarlyRules, round44PortsEarlyRules, round45AppsEarlyRules, round44MailspringEarlyRules, round47RelayapisEarlyRules, round45AsiaEarlyRules, round46GroupwareEarlyRules, round46NotifiersEarlyRules, round46ClientsEarlyRules, round47IdentityEarlyRules, round47FrameworksEarlyRules, round47HomeassistantEarlyRules, round47ProvidersEarlyRules, round48MarketingEarlyRules, round48AppsEarlyRules, round49ShopsEarlyRules, round49SchoolsEarlyRules, round50CjkEarlyRules, round50ImaplibsEarlyRules, round50ExchangeEarlyRules, round50AppsEarlyRules, round50GatewaysEarlyRules, round50RelaysEarlyRules, gen51RefusalsEarlyRules, otherServicesEarlyRules, round59SigninsEarlyRules, round63EarlyRules, round65EarlyRules, espMailRules, recipientListRules, consentRules, providerReauthRules, activeSyncOffRules, licenceRules, serviceAccountRules, status429Rules, espKeyRules, espKeyWordRules, jmapRules, oauthClientEarlyRules, round57FormsEarlyRules, round57PromptsEarlyRules, round56CJKTokensEarlyRules, round56CodeigniterEarlyRules, round55NotifyEarlyRules, round55GapiEarlyRules, round55GaiaEarlyRules, round55LibstateEarlyRules, round55RelaysEarlyRules, round55MailappsEarlyRules, gen55OSAccountsEarlyRules, gen55TokensEarlyRules, round53LibchecksEarlyRules, round53KeyringsEarlyRules, round52PromptsEarlyRules, round52SettingsEarlyRules, round52OauthlibsEarlyRules, languageRules, l10nRules, l10nClientEarlyRules, openxchangeEarlyRules, ewsEarlyRules, l10nEarlyRules, fairEmailEarlyRules, desktopEarlyRules, setupRules, libraryRules, relayRules, toolRules, logRules, unixclientsEarlyRules, textRules, thunderbirdKeyRules, phpmailerRules, round42ServersRules, round41ServersRules, round40CommunityRules, round40OrgRules, round40InfraRules, round40CMSRules, round39ClientsRules, round39DevtoolsRules, round36ClientsRules, round36LibsRules, round39LibsRules, round41RepliesRules, round42M365Rules, round42TutaRules, round42AppsRules, round37OAuthRules, round41MicrosoftRules, round37TLSRules, round44TLSRules, round35PHPRules, round35UnixRules, round36BusinessRules, round39BusinessRules, round36CommunityRules, sabnzbdRules, round35GnomeRules, afterlogicRules, groupware2Rules, egroupwareRules, discourseRules, chatappsRules, frappeRules, mailpileRules, openxchangeRules, adminpanelsRules, ewsRules, erpRules, aospEmailRules, unixclientsRules, helpdeskRules, thunderbirdAndroidRules, languageAuthRules, l10nAuthRules, l10nClientAuthRules, thunderbirdAuthRules, desktopAuthRules, trojitaRules, sogoRules, snappyMailRules, mailspringRules, round44MailspringRules, nextcloudRules, bitrixRules, hordeRules, cyphtRules, zimbraRules, mailcowRules, espocrmRules, rainLoopRules, fairEmailAuthRules, clientWrapperRules, l10nWordAuthRules, l10nWordMechanismRules, round48ClientsRules, libraryFallbackRules, round44AddressesRules, round44ProvidersRules, round47IdentityRules, oauthAppLateRules, codeRules, round45AsiaRules, phpmailerLateRules, chatappsLateRules, znunyLateRules, odooLateRules, aospEmailLateRules, helpdeskLateRules, round43HelpdeskRules, erpLateRules, discourseLateRules, round43DocsRules, round46NotifiersRules, mailpileConnectionRules, imapsyncFAQLateRules, round35UnixLateRules, l10nConnectionRules, fairEmailConnectionRules, nextcloudConnectionRules, bitrixConnectionRules, cyphtConnectionRules, l10nWordConnectionRules, l10nClientLateRules, zimbraLateRules, mailcowLateRules, desktopLateRules, round35AppsRules, round38SettingsRules, round44IMAPRules, round45AppsRules, round46GroupwareRules, round46ClientsRules, round46CRMRules, round47FrameworksRules, round47HomeassistantRules, round48AutomationRules, round48AppsRules, round49SchoolsRules, round50ImaplibsRules, round50ExchangeRules, gen51PromptsLateRules, round52PromptsLateRules, round52SettingsRules, round53PromptsLateRules, round53LibchecksRules, gen55SettingsRules, gen55TokensRules, round55LibstateRules, round55MailappsRules, round55NotifyRules, round57FormsRules, round57PromptsRules, round56CodeigniterRules, round58LateRules, round59FieldsRules, round62LateRules, round65LateRules, recipientDomainRules, senderPolicyRules, credentialCheckLateRules, mfaReconnectLateRules, unavailableLateRules, outlookReplyNumberRules, otherSubjectsLastRules, settingsLastRules), markers, httpMarkers)
		walk = newRuleWalk(table.rules)
		neteaseFamilies = ruleByID("netease_rejected").anyMask
		otherSubjectSteps = compiledSteps(otherSubjectsLastRules)
		settingsSteps = compiledSteps(settingsLastRules)
	})
}
