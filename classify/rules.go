package classify

import (
	"slices"
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
		"invalid grant: account not found", "invalid jwt", "no valid verifier found for issuer", "short-lived token", "activate-service-account"),
		doc: "token endpoint: an authorization-code exchange (code, PKCE verifier, redirect URI) or a service account's JWT assertion failed; the integrating product's request, never the mailbox"},
	{id: "oauth_invalid_client", class: ClassPlatform, anyOf: p(
		// Products' and libraries' words for a failed code exchange or a
		// client set up wrong (oauthlib's MismatchingStateError, Nylas's token
		// exchange errors, Google's 400 for a request with no client).
		"exchange oauth code", "exchange the authorization code", "please specify a valid request", "token exchange failed", "refresh_token using code", "mismatching_state", "state not equal in request and response",
		"could not determine client id", "client secrets path", "please verify application configuration", "app settings could not be verified", "does not allow direct password entry",
		"missing client secrets", "client secret is either expired", "enable the gmail api", "grant all gmail permissions", "did not grant all required permissions", "rejected the requested permissions", "invalid oauth keys file", "client id and secret", "requiredresourceaccess", "disallowed_useragent", "no refresh token found in response", "offline_access scope", "was not found in the directory", "neither a valid dns name, nor a valid external domain", "invalid jwt", "redirect_uri_mismatch", "access blocked: this app", "s request is invalid", "has not completed the google verification", "has not been verified yet by google", "google hasn't verified this app", "temporarily disabled for this app", `required parameter not passed: "`, "client id cannot be empty", "client id is required", "client_id is required", "missing client id", "no client authentication included", "given you access to this app", "app is currently being tested", "this app has been blocked", "tried to access sensitive data", "scope has changed from", "robot is disabled", "this app is blocked", "this app tried to access sensitive info", "invalid_request", "invalid_client", "unauthorized_client", "deleted_client", "unsupported_grant_type", "invalid_scope", "org_internal", "disabled_client", "the oauth client was not found", "the oauth client was deleted"),
		doc: "token endpoint: the integrating product's OAuth client is unknown, disabled, unverified or not allowed, or its OAuth library refused to send a request missing a parameter"},
	{id: "oauth_temporary", class: ClassTransient, anyOf: p("service_not_available", "service is unavailable", "temporarily_unavailable", "server_error", "internal_failure", "backend error"), noneOf: p("authentication backend"),
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
	{id: "api_token_no_permissions", class: ClassPlatform, anyOf: p("token contains no permissions", "permissions can not be understood", "scp or roles claim"),
		doc: "Outlook REST, EWS, Graph: the access token carries no permission (scope or role) the API accepts: the product's app registration"},
	{id: "oauth_invalid_grant", class: ClassRevoked, anyOf: p("grant to be revoked", "grant was revoked", "grant has been revoked", "ask the user to re-authenticate", "please reconnect the connection", "reconnect this outlook connection", "reconnect this gmail connection", "re-grant", "authorization expired", "access not granted or expired", "disconnect and reconnect", "userrecoverableauthexception", "grant is no longer valid", "tokens are no longer valid", "token is no longer valid", "can't create new access token", "refresh token is not set", "invalid_grant", "invalid_refresh_token", "invalid refresh token", "invalid_code", "msaluirequiredexception", "user interaction is required", "invalid_rapt", "token has been expired or revoked", "invalid grant", "consent_required", "interaction_required", "login_required", "access_denied", "account_deleted", "account_disabled", "is disabled in microsoft entra", "disabled in azure active directory", "disabled in azure ad",
		"expired or has been revoked", "expired or revoked", "authentication expired", "authentication has expired",
		"refresh token expired", "refresh token has expired", "refresh token is expired", "refresh token is invalid", "refresh token invalid", "refresh token was revoked", "refresh token has been revoked",
		"has revoked access", "needs to be reconnected", "need to be reconnected", "reauthorize", "re-authorize", "reconnect your account", "reconnect the account", "needs re-authentication", "needs reauthentication", "requires re-authentication",
		"requiere una nueva autenticación", "requer uma nova autenticação", "требует повторной аутентификации", "nécessite une nouvelle authentification", "erfordert eine erneute authentifizierung", "richiede una nuova autenticazione", "authorization has expired", "did not provide a valid response to refresh", "inbox is disconnected", "account is disconnected", "account has been disconnected"),
		noneOf: p("invalid grant type", "grant: account not found"),
		doc:    "token endpoint: the grant is expired, revoked or needs a new sign-in; a product saying the connected account must be reconnected or reauthorized"},
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
	{id: "smtp_auth_disabled", class: ClassAdmin, anyOf: p("smtp auth is disabled", "smtp auth has been disabled", "smtp auth disabled", "smtp authentication is disabled", "smtp authentication has been disabled", "authenticated smtp is disabled", "authenticated smtp has been disabled"),
		doc: "SMTP AUTH (Authenticated SMTP) is turned off for the mailbox or organisation by its administrator"},
	{id: "ms_security_defaults", class: ClassAdmin, anyOf: p("security defaults policy", "security defaults"), provider: "microsoft365",
		doc: "Microsoft 365: Entra security defaults block basic authentication for this user (5.7.139)"},
	{id: "ms_policy_criteria", class: ClassAdmin, anyOf: p("atendeu aos crit", "did not meet the criteria to be authenticated", "organization configuration does not allow", "user or tenant not allowed", "federated sts url does not support https", "need admin approval", "only an admin can grant"), provider: "microsoft365",
		doc: "Microsoft 365: a Conditional Access or organisation policy refuses the sign-in (5.7.139), or Entra's consent page says only an admin may grant the app (AADSTS90094)"},
	{id: "ms_federated_sts_unreachable", class: ClassTransient, anyOf: p("federated sts service was unreachable"), provider: "microsoft365",
		doc: "Microsoft 365: the federation service (AD FS) did not answer (5.7.139)"},
	{id: "ms_basic_auth_disabled", class: ClassAuth, anyOf: p("basic authentication is disabled", "basic authentication is not supported", "basic auth is disabled", "basicauthblocked", "basic authentication is blocked", "basic authentication disabled"),
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
		anyOf:   p("access expired", "access has expired", "disconnected", "authorization lost", "authorisation lost", "click reconnect", "reconnect this account", "reconnect this mailbox", "reconnect your mailbox", "reconnect your inbox", "reauthorise", "re-authorise"),
		alsoAny: p("mailbox", "account", "inbox", "gmail", "outlook", "reconnect", "restore access"),
		noneOf:  p("server", "connection", "network", "socket", "timeout", "timed out", "idle", "inactivity", "by peer", "unexpectedly", "temporar", "try again", "automatically", "bye", "logout", "logged out", "credential", "password"),
		doc:     "a product says the connected mailbox was disconnected or lost its authorization and must be connected again"},
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
	{id: "entra_tenant_policy_wording", class: ClassAdmin, anyOf: p("requires admin approval", "tenant-wide consent", "grant consent for the app", "grant consent for this app", "you can't get there from here", "is not assigned to a role for the application", "organization's access policy blocks"), provider: "microsoft365",
		doc: "Microsoft 365: the tenant has not assigned the user to the application, or its access policy blocks it"},
	// ---- Google (support.google.com/a/answer/3726730, support.google.com/accounts/answer/185833).
	// Each reply ends with a help link whose p= names the case
	// (?p=BadCredentials, ?p=InvalidSecondFactor): the link alone decides
	// when a client cut the words off.
	{id: "google_app_password_required", class: ClassAuth, anyOf: p("application-specific password required", "?p=invalidsecondfactor"), provider: "gmail",
		doc: "Google: the account has 2-Step Verification; an app password is needed (534 5.7.9)"},
	{id: "google_web_login_required", class: ClassAuth, anyOf: p("with your web browser and try again", "log in via your web browser", "log in with your web browser", "login via your web browser", "weblogin", "web login required"),
		doc: "Google: sign in through a web browser first (534 5.7.14 WebLoginRequired)"},
	{id: "google_bad_credentials", class: ClassAuth, anyOf: p("answer=14257", "username and password not accepted", "?p=badcredentials"), provider: "gmail",
		doc: "Google: user name and password not accepted (535 5.7.8 BadCredentials)"},
	{id: "imap_disabled_by_admin", class: ClassAdmin, anyOf: p("administrator has disabled the selected configuration", "access policy defined on the server", "imap support is not enabled", "imap access is not allowed", "userdisabledforsync", "device has been quarantined", "please enable imap access", "restricted by policies within your organization", "it department has blocked your email access", "email access has been blocked", "contact your domain administrator", "not enabled for imap use", "imap access is disabled for your domain", "imap access is disabled", "imap is disabled for your domain", "imap use is disabled"), noneOf: p("policy that prohibits"),
		doc: "IMAP access is turned off for this account or domain by its administrator"},
	// Servers that switch a protocol off for one account say so with the
	// protocol's name (Courier "POP3 access disabled for this account", Zimbra
	// "pop access not enabled for account", vpopmail "pop access denied",
	// Kopano "imap feature disabled", mox "login disabled for account").
	{id: "protocol_access_disabled", class: ClassAdmin,
		anyOf:   p("pop access", "pop3 access", "imap access", "imap4 access", "imap feature", "pop3 feature", "pop feature", "login disabled for account", "imap login disabled", "pop3 login disabled"),
		alsoAny: p("disabled", "not enabled", "denied", "not allowed", "not permitted", "turned off"),
		noneOf:  p("temporar", "try again", "too many", "throttl", "password", "credential", "username", "user name", "settings"),
		doc:     "the server has IMAP or POP switched off for this account"},
	{id: "sending_quota_exceeded", class: ClassRateLimited, anyOf: p("exceeded the gmail quota", "usage limit hit", "email quota for this address exceeded", "account email quota exceeded", "api request quota", "policy rejection- quota exceeded", "submission rate", "send limit", "limit for sending", "limiting requests", "daily user sending quota exceeded", "daily send limit", "quota exceeded for quota metric", "download exceed", "daily sending quota exceeded", "reached a limit for sending mail", "sending limit exceeded", "daily sending limit", "maximum sending rate exceeded", "daily message quota exceeded", "sending quota exceeded", "maximum credits exceeded", "daily limit", "invoked too many times for one day"), retry: 24 * hour,
		doc: "the sending account reached its sending quota (Gmail 5.4.5, SES, SendGrid credits), or a download or API quota"},
	{id: "too_many_login_attempts", class: ClassAuthTemporary, anyOf: p("intrusion prevention", "too many failures", "bad login attempts", "too many password errors", "authenticate too many times", "too many times", "too much fail authentication", "too many failed", "too many login attempts", "too many bad auth attempts", "auth005", "too many failed login", "too many authentication failures", "too many failed authentication", "too many invalid authentication", "too many auth failures", "login frozen", "invalid logon attempts", "too many authentication attempts", "too many auth commands", "too many authentication errors"), retry: hour,
		doc: "too many login attempts: the provider locks logins for a while (Gmail 454 4.7.0, Yahoo #AUTH005)"},

	// ---- Temporary authentication trouble (RFC 4954 454 4.7.0; Dovecot; IMAP RFC 5530).
	{id: "auth_temporary_failure", class: ClassAuthTemporary, anyOf: p("cannot authenticate due to temporary", "authenticate due to temporary", "temporary authentication failure", "temporarily unable to authenticate", "authentication temporarily unavailable", "temporary auth failure", "authentication service is unavailable", "authentication server is unavailable", "auth service unavailable", "try again later to authenticate", "unable to authenticate at present"), retry: 15 * minute,
		doc: "temporary authentication failure: the provider's login service is having trouble"},
}

// textRules are the look-alikes and generic wording, tried after the
// catalog, language and library rules.
var textRules = []rule{
	// ---- Look-alikes: receiving-side domain authentication, recipients, blocklists.
	{id: "bridge_no_such_user", class: ClassAuth, anyOf: p(" error: no such user", `"error: no such user`, "'error: no such user"), provider: "protonmail",
		doc: "Proton Mail Bridge: the user name is not a Bridge account (use the Bridge user name and password)"},
	{id: "connection_limits", class: ClassRateLimited, anyOf: p("temporarily blacklisted", "concurrency limit", "maximum number of connections", "max_userip_connections", "connections from user", "simultaneous connections", "bandwidth limit", "command or bandwidth", "per connection", "max message per", "too many connections", "too many concurrent", "too many new tls sessions"), retry: 15 * minute,
		doc: "too many connections or commands: the provider limits concurrent use"},
	{id: "domain_auth_rejected", class: ClassRejected, anyOf: domainAuthWords,
		noneOf: p("lookup failure", "authentication required", "temporary dmarc", "temporary spf", "dns lookup failure", "temperror"),
		doc:    "a receiving server refused the message for SPF, DKIM or DMARC (domain authentication, not credentials)"},
	{id: "yahoo_request_failed", class: ClassRejected, allOf: p("request failed", "mailbox unavailable"),
		doc: "Yahoo: the message was refused after DATA (550 Request failed; Mailbox unavailable)"},
	// Also a Microsoft 365 group that takes no mail from outside senders
	// (5.7.193, MicrosoftDocs/OfficeDocs-Support Exchange/ExchangeOnline/
	// email-delivery/ndr-when-external-users-send-email-to-microsoft-365-group.md).
	{id: "refused_by_recipient", class: ClassRejected, noneOf: p("temporarily deferred"), anyOf: p("isn't a group member", "is not a group member", "sender address rejected: access denied", "refused to talk", "blocked by this recipient", "blocked by recipient", "rejected by recipient", "rejected by destination", "rejected by the recipient"),
		doc: "the recipient or its domain refuses mail from this sender by its own filter"},
	{id: "sender_domain_dns", class: ClassRejected, noneOf: p("recipient address rejected", "recipient domain"), anyOf: p("unable to verify sender", "domain of sender address", "mx does not exist", "return mx", "sender verify failed", "sender verification failed", "domain not found", "invalid dns mx", "a/aaaa resource record", "sender domain does not exist", "unresolvable", "domain does not resolve", "no mx record", "sender domain must resolve", "valid sender domain", "(nullmx)"),
		doc: "a receiving server refused the sender's domain because its DNS (MX, A) is missing"},
	{id: "ehlo_name_invalid", class: ClassConfig, anyOf: p("should be a fqdn", "fully-qualified hostname", "fully qualified hostname", "need fqdn"),
		doc: "the submission server wants the client's EHLO name to be a fully qualified host name"},
	// A 501 (syntax error in parameters, RFC 5321 4.2.3) to HELO or EHLO is the
	// client's own malformed name (Postfix reject_invalid_helo_hostname "Helo
	// command rejected: Invalid name", www.postfix.org/postconf.5.html), not a
	// receiver's judgement of the sending host.
	{id: "helo_syntax_501", class: ClassConfig, on: kindSMTP, code: "501", anyOf: p("helo command", "ehlo command", "helo/ehlo", "helo invalid", "ehlo invalid", "invalid helo", "invalid ehlo", "helo argument", "ehlo argument"),
		doc: "a 501 syntax error to HELO/EHLO: the client's host name setting is malformed"},
	{id: "helo_rejected", class: ClassRejected, anyOf: p("saying helo", "helo command rejected", "ehlo command rejected", "helo rejected", "helo name", "helohost"),
		doc: "a receiving server refused the sending host's HELO name or address"},
	{id: "reverse_dns", class: ClassRejected, anyOf: p("reverse dns", "ptr record", "ptr resource record", "dns ptr", "rdns", "reverse lookup", "no ptr", "find your reverse hostname", "find your hostname", "dynamic ip address"),
		doc: "a receiving server refused the sending IP for a missing or generic reverse DNS (PTR) record"},
	// Postfix answers DATA with "554 5.5.1 Error: no valid recipients" when
	// every RCPT TO was refused (postfix src/smtpd/smtpd.c).
	{id: "recipient_mailbox_disabled", class: ClassRecipient, anyOf: p("no valid recipients", "has a full mailbox", "user is over the quota", "user is over quota", "invalid rcptto", "disabled recipient", "in suppression list", "unknown local user", "can't accept user", "message is looping", "mailbox is frozen", "delivery error: dd", "license expired", "archived recipient", "du destinataire", "destinatario sconosciuto", "recipient e-mail address", "recipient e-mail adress", "mailbox currently suspended", "recipient account", "not in route list", "cannot deliver mail for", "cannot parse to address", "inactive recipient", "marked as inactive", "user doesn't have a", "no longer valid", "receiving mail too quickly", "invalid mailbox", "local mailbox", "locked or deactivated", "target address", "bad destination mailbox", "destination mailbox address", "account that you tried to reach", "account you tried to reach", "recipient's mailbox", "recipient mailbox", "recipient address rejected", "recipient rejected", "recipient not found", "recipientnotfound", "resolver.adr", "invalid recipient", "no such recipient", "unknown recipient", "recipient unknown", "mailbox is disabled", "mailbox disabled", "mailbox unavailable", "mailbox not found", "mailbox full", "mailbox is full", "over quota", "overquota", "user unknown", "unknown user", "no such user", "user not found", "unrouteable address", "does not exist", "doesn't exist", "address rejected", "not our customer", "no mailbox", "inactive user", "account is inactive", "mailbox has been disabled", "undeliverable"),
		noneOf: p("sender address is not allowed", "policy rejection-", "block-send-er", "verification in progress", "the server response was:", "try again later", "sender address rejected", "greylist", "graylist", "sender domain", "not owned by user", "relay access denied", "authentication required", "temporarily", "authentication failed", "re-authenticate", "bad password", "logon failure", "or password", "password incorrect"),
		doc:    "the recipient address or mailbox is the problem (unknown, disabled, full)"},
	{id: "permanently_deferred", class: ClassRejected, anyOf: p("permanently deferred", "will not succeed", "retrying will not"),
		doc: "a receiving server defers all mail from the sender for good (reputation); retrying does not help"},
	{id: "reputation_deferral", class: ClassRateLimited, on: kindSMTP, code: "4", anyOf: p("temporarily deferred", "reputation", "unsolicited", "spam", "suspicious", "rate limited", "unexpected volume", "complaints"), noneOf: p("has been blocked", "blocked", "rejected"), retry: hour,
		doc: "a receiving server defers mail for a while because of the sender's reputation or volume"},
	{id: "recipient_receiving_too_fast", class: ClassRecipient, allOf: p("messages to", "deferred"),
		doc: "a receiving server defers mail to one recipient that receives too much"},
	{id: "recipient_over_quota", class: ClassRecipient, anyOf: p("is over the quota", "quota exceeded", "over quota", "overquota", "exceeded storage allocation", "mailbox size limit", "recipient has exceeded", "mailbox full", "mailbox is full", "inbox is full", "out of storage space"),
		noneOf: p("account email quota", "email quota for this address", "policy rejection", "sending", "daily", "send quota", "submission"),
		doc:    "the recipient's mailbox is full or receiving too fast"},
	// RFC 3463 X.2.2 is "mailbox full": quota or limit words under its transient
	// form are the recipient's storage ("422 4.2.2 Quota limit exceeded"), not a
	// sending limit. (The permanent 5.2.2 falls to recipient_over_quota's words
	// or enhanced_5.2.x_mailbox.)
	{id: "recipient_quota_status", class: ClassRecipient, on: kindSMTP, enhanced: "4.2.2", anyOf: p("quota", "limit", "storage", "full"), noneOf: p("sending", "daily", "send quota", "submission"),
		doc: "4.2.2 mailbox full (RFC 3463) with quota words: the recipient's mailbox is over its storage quota"},
	{id: "account_locked_try_again", class: ClassAuthTemporary, noneOf: p("recipient address rejected", "recipient"), allOf: p("locked", "try again"), retry: hour,
		doc: "the account is locked for a while after failed logins, and the server says when to try again"},
	// A limit that names its wait ("550 Too many messages. Try again in 92
	// seconds") is the limit, read by rate_limited.
	{id: "greylisted", class: ClassTransient, noneOf: p("too many"), anyOf: p("greylist", "graylist", "grey listed", "gray listed", "try again in"), retry: 5 * minute,
		doc: "greylisting or an explicit retry request"},
	{id: "blocklisted", class: ClassRejected, noneOf: p("temporarily blacklisted"), anyOf: p("aup#cxbl", "blocked using", "spamhaus", "barracuda", "spamcop", "sorbs", "blocklist", "blacklist", "block list", "black list", "dnsbl", " rbl", "listed at", "listed on", "listed in", "ipcheck.proofpoint.com", "senderscore", "uceprotect", "mail-abuse", "poor reputation", "sender reputation", "ip reputation", "bad reputation", "low reputation"),
		doc: "a receiving server refused the sending IP or domain because of a blocklist or reputation"},

	// ---- Provider blocks on the sending account.
	{id: "account_locked_temporarily", class: ClassAuthTemporary, on: kindSMTP, code: "4", anyOf: p("account locked", "account is locked", "account temporarily locked", "temporarily locked"), retry: hour,
		doc: "a 4xx reply saying the account is locked: a lockout that lifts by itself"},
	{id: "account_blocked", class: ClassBlocked, noneOf: p("recipient", "from warm-up", "from warmup", "from the warm-up", "from the warmup", "delivery temporarily suspended", "on probation", "to maintain the rate"), anyOf: p("restricted from sending", "outgoing mail suspension", "outgoing mail hold", "account isn't allowed to send", "account is not allowed to send", "banned the account", "account banned", "account has been temporarily blocked", "account is temporarily blocked", "account has been blocked", "account has been temporarily suspended", "account is temporarily suspended", "account has been frozen", "account is frozen", "account has been banned", "account was banned", "account is banned", "usr_disabled", "account has been temporarily restricted", "may have been hacked", "has been suspended", "administratively locked", "locked for inactivity", "locked on suspicion", "account has been locked", "[contactadmin]", "your email address has been blocked", "blocked from sending", "sending blocked due to", "suspicious account activity", "outbound mail refused", "aup#cxmj", "restricted for sending spam", "sending for your account has been paused", "please activate your", "not yet activated", "account is not activated", "account has not been activated", "prove you are not a robot", "use web for sending", "sender address blocked", "outgoing blocked", "outgoing mail blocked", "email outgoing blocked", "unusual sending activity", "suspicious login activity", "account has been suspended", "account is suspended", "account suspended", "mailbox suspended", "mailbox has been suspended", "account has been blocked", "account is blocked", "account blocked", "sending has been disabled", "sending is disabled", "sending paused", "sending has been paused", "account has been disabled", "account is disabled", "account disabled", "user account disabled", "account is frozen", "account has been frozen", "temporarily suspended", "sending privileges", "your account is under review", "account not active", "account is not active", "account is locked", "account locked", "abuse detected", "has been deactivated"),
		doc: "the provider suspended or blocked the sending account or its outgoing mail"},

	// ---- Client configuration.
	{id: "starttls_required", class: ClassConfig, anyOf: p("plaintext authentication disabled", "plaintext authentication disallowed", "disallowed plaintext auth", "connection encryption type", "could not open secure tls connection", "insecure connection", "tls conversation required", "tls not supported here", "starttls not supported", "encrypted connection to your mail server is not available", "logging in is disabled", "unencrypted connection", "tls 1.0 and 1.1 are not supported", "support tls 1.2", "tls version", "without ssl/tls", "ssl/tls encryption", "without encryption", "without tls", "without ssl", "must issue a starttls command first", "starttls is required", "starttls required", "must issue starttls", "tls is required", "tls required", "encryption required", "requires encryption", "plaintext authentication disallowed", "plaintext authentication is disabled", "[privacyrequired]", "ssl/tls required", "use starttls", "please use tls", "secure connection required", "only available under a layer", "ssl/tls-connection is required", "disallowed on non-secure", "on the clear-text port", "authenticate over plain-text"),
		doc: "the server requires TLS before login or mail"},
	{id: "tls_wrong_port", class: ClassConfig, anyOf: p("unrecognized ssl message", "response: -1", "unexpected packet format", "first record does not look like a tls handshake", "wrong version number", "unknown protocol", "http: server gave http response", "tls: oversized record"),
		doc: "TLS spoken to a plain port, or plain text to a TLS port: wrong port or security setting"},
	// PHP's ssl:// transport starts TLS at once (implicit TLS,
	// www.php.net/manual/en/transports.inet.php), which ports 587 and 25 do
	// not speak: they take STARTTLS (RFC 8314 3.3, RFC 3207). (Products read
	// "tls://" as their own STARTTLS switch, so it proves nothing.)
	{id: "implicit_tls_on_starttls_port", class: ClassConfig, anyOf: p("ssl://"), alsoAny: p(":587", "port=587", "port 587", "port: 587", ":25 ", "port=25 ", "port 25 "),
		doc: "implicit TLS (ssl://) configured on a STARTTLS port (587, 25): the security setting does not match the port"},
	{id: "tls_certificate", class: ClassConfig, noneOf: p("unable to check revocation"), anyOf: p("self_signed_cert_in_chain", "depth_zero_self_signed_cert", "unable_to_verify_leaf_signature", "unable_to_get_issuer_cert", "cert_has_expired", "err_tls_cert_altname_invalid", "cannot verify server identity", "pkix path", "untrusted issuer", "x509:", "certificate", "tls: bad certificate", "unknown authority"),
		doc: "the server's certificate failed verification (other name, unknown authority, expired)"},
	// .NET's System.Security.Authentication.AuthenticationException is raised
	// by SslStream when the TLS handshake fails (learn.microsoft.com dotnet api
	// system.security.authentication.authenticationexception), in whatever
	// language the message is; MailKit's login failure is another type
	// (MailKit.Security.AuthenticationException).
	{id: "tls_handshake", class: ClassConfig, noneOf: p("unexpected eof"), anyOf: p("tls negotiation failed with error", "system.security.authentication.authenticationexception", "ssl operation failed", "received fatal alert", "alert handshake failure", "ssl routines", "sslhandshakeexception", "tls: handshake failure", "tls: protocol version not supported", "tls: no supported versions", "tls: unsupported",
		"remote party has closed the transport stream", "a call to sspi failed", // .NET SslStream.AuthenticateAsClient (dotnet/runtime System.Net.Security Strings.resx)
		"ssl negotiation failed", "tls/ssl failure for", // UW c-client as PHP's imap_open reports it
	),
		doc: "TLS handshake refused: no common protocol version or cipher"},
	// Exchange Online's "Unable to Relay: Blocked by Customer Allow list" is
	// the recipient's filter refusing the sending IP, not a relay setting
	// (learn.microsoft.com, MicrosoftDocs/OfficeDocs-Support Exchange/
	// ExchangeOnline/email-delivery/ndr/unable-to-relay-blocked-by-allow-list.md).
	{id: "relay_denied", class: ClassConfig, noneOf: p("customer allow list"), anyOf: p("relaying prohibited", "relaying e-mail is not allowed", "relaying is not allowed", "not allow relaying", "relay operation rejected", "not allowed relay", "in the last 30 minutes", "sender should authenticate", "relay through this server", "list of allowed hosts", "rcpthosts", "credentials for relay", "smtp relay service", "as a relay", "forward path is not allowed", "relay access denied", "relaying denied", "relaying is denied", "reencaminhamento negado", "reencaminhamento recusado", "retransmissão negada", "unable to relay", "relay not permitted", "relaying disallowed", "not permitted to relay", "relay denied", "relaying not allowed", "we do not relay", "we don't relay", "not allowed to relay", "relay not allowed", "relaying mail to", "not local host", "not a gateway", "denies relay", "relay check", "delivery is not allowed to this address", "relais refusé"),
		doc: "the server refuses to relay: not logged in, or wrong server for this sender"},
	// A product whose own mail settings are empty says so in its words (Grafana's
	// "mailing/smtp options not configured", K-9 Mail's "OAuth 2.0 is not
	// configured for this provider"): nothing about a mailbox.
	{id: "mailer_not_configured", class: ClassConfig, allOf: p("not configured"), anyOf: p("smtp", "mail", "oauth"),
		doc: "the product has no mail server settings: configuration, not the mailbox"},
	{id: "sender_mailbox_disabled", class: ClassBlocked, allOf: p("sender address rejected", "mailbox disabled"),
		doc: "the sending mailbox itself is disabled at its provider"},
	// Also Tencent Cloud SES's API error FailedOperation.NotAuthenticatedSender
	// inside its SMTP reply (tencentcloud.com document product 1084, error
	// codes): the From is not a verified sender identity.
	{id: "sender_not_owned", class: ClassConfig, anyOf: p("is not one of your addresses", "notauthenticatedsender", "must match your authenticated", "unknown sender address", "not allowed for this authenticated session", "forged sender address", "without a sender address", "must match authenticated", "must match the authenticated", "does not match the authenticated", "does not match authenticated", "cannot parse from address", "originator not accepted", "sender domain not allowed", "not an authorized sender", "doesn't conform with authentication", "sender address must contain a domain", "incorrect sender header", "sender address is not allowed", "must equal authorized user", "mail from must equal", "unconfigured sending domain", "not associated with your account", "ip address is not allowed", "mail command failed", "not allowed in header", "not authorized to perform", "as a sender domain", "not allowed to use the domain", "sandbox subdomains", "authorized recipients", "for test purposes only", "sender signature", "local user only", "not allowed to send from", "not available in bridge", "verify the outgoing server settings", "not owned by user", "sender is not same as", "not same as smtp authenticate", "must be same as authorization user", "sender address does not match", "from address does not match", "does not match a verified sender", "sender signature not defined", "email address is not verified", "identity not verified", "not verified", "sender not allowed", "unauthorized use of sender", "match auth domain", "not authorized to send from", "not allowed to send as", "sender address rejected"),
		doc: "the From address does not belong to the logged-in account or is not verified"},
	{id: "auth_mechanism_unsupported", class: ClassConfig, anyOf: p("none of the authentication methods", "unimplemented command", "no usable mech", "no authenticators available", "doesn't support encrypted passwords", "no es compatible con la autenticación", "invalid challenge", "wants more steps", "krb5 extension", "for gssapi authentication", "does not support smtp auth", "auth type", "auth extension not supported", "supported by both server and client", "no authentication mechan", "invalid sasl challenge", "no form of authorization", "no form of authorisation", "another step is needed", "invalid sasl argument", "unrecognized authentication type", "authentication mechanism not supported", "mechanism not supported", "invalid authentication mechanism", "unsupported authentication mechanism", "no mechanism available", "server doesn't support auth", "server doesn't support starttls", "authentication not enabled", "auth not available", "auth command not available", "mechanism is too weak", "auth not supported", "unknown authentication mechanism", "unsupported mechanism", "no supported authentication", "auth mode unsupported", "selected authentication method", "mechanism too weak", "encryption needed to use mechanism", "invalid base64", "malformed auth input", "initial data not expected", "authenticate is not enabled", "unsupported authenticate mechanism", "used when not advertised", "認証方式をサポートしていません",
		// lettre (src/transport/smtp/client/connection.rs): none of its
		// mechanisms is offered; a server that cannot base64-decode the AUTH
		// argument answers 501 (RFC 4954 4; sendmail srvrsmtp.c "cannot decode
		// AUTH parameter", Exchange "Cannot decode arguments").
		"no compatible authentication mechanism", "no compatible auth mechanism", "cannot decode auth parameter", "cannot decode arguments", "cannot decode response"),
		doc: "the server does not offer the login mechanism or command the client used"},
	{id: "auth_required_first", class: ClassConfig, noneOf: p("resolver.rst"), anyOf: p("may require authentication", "must log in to send", "must authenticate to send", "must be authenticated to send", "first check your mail", "turn on smtp authentication", "client was not authenticated", "requires a secure connection", "authentication required", "authentication is required", "auth is required", "must authenticate", "authenticate first", "not authenticated", "please authenticate", "auth required", "authorization required", "unauthenticated senders not allowed", "sender must authenticate", "smtp auth required", "requires authentication", "login first", "need to authenticate"),
		doc: "the client sent mail without logging in (authentication not attempted)"},
	{id: "wrong_protocol", class: ClassConfig, anyOf: p("ok [capability", `invalid response code: "`),
		doc: "the server speaks another protocol (a POP3 or IMAP port configured as SMTP)"},
	{id: "retired_host", class: ClassConfig, anyOf: p("invalid characters in atom", "servname not supported", "additional arguments found", "error in imap command received", "invalid greeting", "[trycreate]", "provisioning failed", "[clientbug]", "[cannot]", "wrong host name", "server names are no longer available", "use the correct new server", "invalid input from", "too many invalid commands", "no auth attempts", "command received in invalid state"),
		doc: "the client uses a retired server name or sent a malformed command"},
	// A sync tool whose stored state no longer matches the server's folder:
	// isync's "Unable to recover from UIDVALIDITY change" and "UIDVALIDITY
	// genuinely changed" (isync src/sync.c), OfflineIMAP's "UID validity
	// problem for folder" and "does not have a message with UID"
	// (offlineimap offlineimap/folder/IMAP.py, accounts.py). The tool's state
	// must be reset; no login or retry does it.
	{id: "sync_state_mismatch", class: ClassConfig, anyOf: p("max_uidinvalid_resyncs", "recover from uidvalidity change", "uidvalidity genuinely changed", "uid validity problem", "does not have a message with uid"),
		doc: "a mail sync tool's stored state no longer matches the server's folder (UIDVALIDITY changed): reset the tool's state"},
	// Its earlier words: "The login is not safe! Please update your mail
	// client" (pointing at mail.163.com/dashi).
	{id: "netease_unsafe_login", class: ClassConfig, anyOf: p("login is not safe", "unsafe login"), provider: "netease",
		doc: "NetEase: the IMAP client did not send the ID command (RFC 2971) after login"},
	{id: "port_blocked", class: ClassConfig, anyOf: p("forbidden by its access permissions", "port 25 is blocked", "outbound port 25"),
		doc: "the network the client runs on blocks the SMTP port"},
	{id: "dns_not_found", class: ClassConfig, noneOf: p("host unknown (name server"), anyOf: p("couldn't resolve the smtp server", "the server cannot be found", "unknown smtp host", "unknown imap host", "unknown smtp server", "unknown imap server", "no address associated with hostname", "nodename nor servname", "enotfound", "getaddrinfo enotfound", "no such host", "nxdomain", "name or service not known", "host not found", "unknown host"),
		doc: "the server's host name does not exist (typo or wrong host)"},

	// ---- Rate limits and throttling.
	{id: "rate_limited", class: ClassRateLimited, noneOf: p("mail size", "message size", "size limit"), anyOf: p("temporarily deferred", "http code 429", "status code 429", "429 too many requests", "due to heavy usage", "aup#cxcnct", "outgoing limits", "mails per session", "per hour", "emails per hour", "hour limit", "exceeded hour", "outgoing messages was exceeded", "number of allowed outgoing", "too frequent", "too many recipient", "rcpt numbers", "on probation", "messages / hour", "messages per hour", "messages per day", "per day", "per 24 hours", "rcpts per", "recipients per", "relay quota", "over your quota", "daily message limit", "message limit exceeded", "sending limit", "hourly limit", "per hour limit", "messaging limit", "frequency limited", "frequency limit", "too many sessions", "concurrent sessions", "too many invalid addresses", "transfer quota", "number of concurrent", "max number of messages", "messages per session", "too many invalid recipients", "hl:ifc", "hl:icc", "hl:irc", "mi:dmc", "mi:stc", "mi:sfq", "rate limit", "ratelimit", "rate-limit", "too many connections", "too many concurrent", "too many messages", "too many recipients", "too many requests", "sending rate", "throttl", "quota exceeded", "limit exceeded", "exceeded the rate", "slow down", "[tss0", "[ts0", "too much mail", "too many emails", "too many mails", "unexpected volume", "connection limit", "concurrent connection", "max connections", "exceeded the maximum"),
		retry: 30 * minute,
		doc:   "the provider throttles: too many connections, messages or recipients"},

	// ---- Credentials rejected (RFC 4954 535 5.7.8; IMAP RFC 5530 AUTHENTICATIONFAILED).
	{id: "tls_unavailable", class: ClassTransient, anyOf: p("tls not available", "starttls not available", "tls is not available", "tls currently unavailable"),
		doc: "the server cannot offer TLS right now (454 4.7.0 TLS not available due to local problem)"},
	{id: "code_454", class: ClassAuthTemporary, on: kindSMTP, code: "454", anyOf: p("auth", "login"), retry: 15 * minute, doc: "454 temporary authentication failure"},
	{id: "no_greeting", class: ClassTransient, anyOf: p("greeting never received", "empty startup greeting", "no greeting"),
		doc: "the server never sent its greeting (overloaded or a wrong port)"},
	{id: "temporary_auth_4xx", class: ClassAuthTemporary, on: kindSMTP, code: "45", anyOf: p("auth error", "authentication failed", "auth failed", "login failed"), retry: 15 * minute,
		doc: "a 45x reply to a login: the provider could not check the credentials just now"},
	{id: "server_internal_error", class: ClassTransient, anyOf: p("internal login failure", "internal error", "internal server error", "system error", "unexpected error"),
		doc: "the server reports an internal error"},
	// The address status codes 5.1.1 and 5.1.10 (RFC 3463) say the reply is about a
	// recipient, whatever words about users it carries ("550 5.1.1 Invalid user").
	{id: "recipient_status_code", class: ClassRecipient, on: kindSMTP, enhanced: "5.1.1*", noneOf: p("sender", "from address", "mail from"),
		doc: "5.1.1 and 5.1.10: the reply is about a destination address, even when it speaks of an invalid user"},
	{id: "recipient_user_550", class: ClassRecipient, on: kindSMTP, code: "55", anyOf: p("invalid user", "unknown user", "no such user", "user not found", "invalid mailbox", "mailbox not found", "host unknown",
		"caixa de correio indisponível", "caixa postal indisponível", "buzón no disponible", "boîte aux lettres indisponible", "boîte aux lettres non disponible", "casella di posta non disponibile", "casella postale non disponibile", "postfach nicht verfügbar", "postfach ist nicht verfügbar", "mailbox niet beschikbaar"),
		doc: "a 55x reply naming an unknown or invalid user refers to the recipient"},
	{id: "app_password_required", class: ClassAuth, anyOf: p("parol prilozheniya", "user has no permission", "app password", "application password", "app-specific password", "application-specific password", "authorization code", "app-password", "apppassword", "authorized code to login"),
		doc: "the provider requires an app password (or authorization code) instead of the account password"},
	{id: "client_login_failed", class: ClassAuth, allOf: p("login to server", "failed"),
		doc: "a mail client's own message for a refused login (Thunderbird)"},
	{id: "client_login_request_failed", class: ClassAuth, allOf: p("login request", "failed"),
		doc: "a mail client's own message for a refused login request (imapfilter)"},
	{id: "credentials_rejected", class: ClassAuth, anyOf: p("using the correct user name and password", "using the correct username and password", "login was not successful", "login was unsuccessful", "password error", "login error or password", "update the password", "update your password", "not the password", "password fail", "password must be changed", "must change your password", "credentials expired", "credentials have expired", "credentials has expired", "make sure the user name and password", "make sure the username and password", "user name and password you entered", "verify smtp username", "check your username and password", "authorization failed (", "auth error", "unable to authenticate", "could not authenticate", "could not log in", "verify your credentials", "authentication fault", "denied authentication", "valid server token", "incorrect api token", "invalid api key", "failed to authenticate", "those credentials", "invalid credentials", "invalid imap credentials", "invalid smtp credentials", "invalid pop3 credentials", "toid authentication disabled", "invalid login", "invalid username or password", "invalid user name or password", "authentication credentials invalid", "bad username", "incorrect password", "wrong password", "password incorrect", "invalid password", "password is incorrect", "password is wrong", "password wrong", "invalid-credentials", "bad password", "password rejected", "login failed", "login fail", "logon failure", "can no longer authenticate", "sign-in attempt was blocked", "sign in attempt was blocked", "sign-in attempt blocked", "authentication failed", "authentication failure", "auth failed", "auth failure", "authentication unsuccessful", "authentication rejected", "[authenticationfailed]", "[authorizationfailed]", "authenticate failed", "login incorrect", "invalid user", "incorrect username", "username or password", "login or password", "user name or password", "account name or password", "credentials rejected", "credentials invalid", "please re-authenticate", "-err authorization failed", "incorrect authentication data", "authentication error", "[expired]", "password expired", "password has expired", "failed to login", "recent password change", "please update the credentials"),
		noneOf: p("inbound authentication failed", "for receive connector", "bad login failed", "illegal arguments", "empty response", "0 possible authenticators", "temporar", "timed out", "i/o timeout", "connection refused", "connection reset", "socket error"),
		doc:    "the server rejected the user name and password or app password"},

	// ---- Transient network and server trouble.
	{id: "imap_unavailable", class: ClassTransient, anyOf: p("[unavailable]", "[inuse]", "[in-use]", "[serverbug]", "[limit]"), retry: 5 * minute,
		doc: "IMAP server temporarily unavailable (RFC 5530 UNAVAILABLE, INUSE, SERVERBUG, LIMIT)"},
	{id: "network_timeout", class: ClassTransient, anyOf: p("timedout", "operation was canceled", "operation canceled", "i/o timeout", "timed out", "timeout", "deadline exceeded", "context canceled"),
		doc: "a network operation timed out or was cancelled"},
	// Also the errno texts of an unreachable network or host (ENETUNREACH,
	// EHOSTUNREACH as strerror and Python print them: "[Errno 101] Network
	// unreachable"), Zend/Laminas Mail's "No connection has been established
	// to <host>" (laminas/laminas-mail src/Protocol/AbstractProtocol.php), and
	// a peer closing the connection ("closed by server", "closed by foreign
	// host").
	// Swift Mailer and Symfony Mailer when no reply was read at all: 'but got
	// code ""' (swiftmailer AbstractSmtpTransport::assertResponseCode), 'but got
	// empty code' (symfony/mailer Transport/Smtp/SmtpTransport.php).
	{id: "network_dropped", class: ClassTransient, anyOf: p("interrotto la connessione", "network request failed", "could not connect to your", "monitor is unhealthy", "due to a transient error", `but got code ""`, "but got empty code", "can not connect to", "could not connect to smtp", "could not connect to the smtp", "there was a network error", "server error when trying to refresh", "server error renewing", "invalid json response on renewing", "network error during", "cannot connect to server", "0x800ccc0f", "ssl write error", "ssl read error", "must be working online", "got an empty response", "connection could not be established", "actively refused", "a connection error", "not accepting connections", "sent an empty reply", "forcibly closed", "unable to connect to your outgoing", "unable to connect to your incoming", "connect to the host", "mailbox in use", "can't get lock", "retrieval using the imap4 protocol failed", "ssl_error_syscall", "network unreachable", "host unreachable", "no connection has been established", "closed by server", "closed by the server", "closed by remote host", "closed by peer", "closed by foreign host", "socket error", "unable to check revocation", "end of stream reached", "no response after", "unexpectedly terminated the connection", "cannot connect to your outgoing", "cannot connect to your incoming", "unexpected eof", "not connected to smtp server", "host is not responding", "cannot assign requested address", "errno -3]", "erefused", "connectionfailedexception", "connection failed", "服务器连接失败", "end of file reached", "read/write error", "error connecting to", "server unavailable", "connection to storage server", "smtp connect", "failed to connect to server", "gethostbyname failed", "socket disconnected", "esocket", "connection attempt failed", "econnrefused", "econnreset", "etimedout", "esockettimedout", "ehostunreach", "enetunreach", "epipe", "eai_again", "connection unexpectedly closed", "please run connect() first", "has disconnected", `"eof"`, "the server may have gone down", "server terminated connection", "couldn't connect to host", "could not connect to smtp host", "connection timeout", "disconnected for inactivity", "connection refused", "connection reset", "broken pipe", "unexpected eof", " eof ", "use of closed network connection", "network is unreachable", "no route to host", "connection closed", "connection lost", "lost connection", "server misbehaving", "temporary failure in name resolution", "php_network_getaddresses", "short response", "malformed", "unexpected response", "bad response", "connection aborted", "connection broken", "host is down", "refused the connection", "=eof", ": eof"),
		doc: "the connection was refused, reset or dropped, or the server answered garbage"},
	{id: "imap_bye", class: ClassTransient, anyOf: p("atom: bye", " bye ", "autologout", "server shutting down", "unexpectedly disconnected", "server logging out", "too many invalid imap commands"),
		doc: "the IMAP server closed the session (BYE: idle, shutdown, protocol errors)"},
	// A mailbox another session holds locked (RFC 1939 section 4: "-ERR
	// unable to lock maildrop"; Claws Mail src/inc.c "Mailbox is locked.", in
	// its translations eworm-de/claws-mail po/<lang>.po, where the word is not
	// also a provider's "blocked") is free at the next check.
	{id: "temporary_wording", class: ClassTransient, anyOf: p("mailbox locked", "mailbox is locked", "unable to lock maildrop", "maildrop already locked",
		"пощенската кутия е заключена", "schránka je zamknuta", "postkassen er låst", "γραμματοκιβώτιο είναι κλειδωμένο", "poŝtkesto estas ŝlosita", "postilaatikko on lukittu", // bg, cs, da and nb, el, eo, fi
		"boîte aux lettres verrouillée", "boîte aux lettres est verrouillée", "תיבת דואר הינה נעולה", "postaláda zárolt", "kotaksurat dikunci", "メールボックスはロックされています", // fr, he, hu, id, ja
		"우편함가 잠겨있습니다", "우편함이 잠겨있습니다", "pašto dėžutė užrakinta", "postvak zit op slot", "caixa postal está travada", "schránka je zamknutá", "kutia postare është e kyçur", // ko, lt, nl, pt-BR, sk, sq
		"сандуче је закључано", "brevlådan är låst", "posta kutusu kilitli", "邮箱已经被锁", "邮箱已被锁住", "郵件箱已鎖定", // sr, sv, tr, zh-CN, zh-TW
		"waiting to try again", "will try to send email again", "will try to receive email again", "re-authenticate automatically", "reauthenticate automatically", "verification in progress", "try again later", "please try again", "temporarily", "temporary", "service unavailable", "service not available", "server busy", "deferred", "try later", "resources temporarily", "insufficient system storage", "unavailable to complete operation", "mailbox is already locked"),
		doc: "the server says the failure is temporary"},

	// ---- Content and policy rejections.
	{id: "message_rejected", class: ClassRejected, anyOf: p("resolver.rst.authrequired", "kept for evaluation", "direct send not allowed", "tenantinboundattribution", "not allowed to email this", "nul characters", "appendable message", "inappropriate words", "inappropriate content", "policy rejection", "blocked senders", "rejected by header", " blocked", "spoofed", "spoof", "mail rejected", "is mandatory", "size exceeded", " is blocked", "not allowed - [", "content denied", "banned", "attachment", "restricted by policy", "due to policy", "policy restrictions", "delivery restricted", "spam", "unsolicited", "virus", "malware", "phishing", "policy reasons", "content rejected", "message rejected", "rejected by policy", "policy violation", "message refused", "ptr record", "reverse dns", "rdns", "reverse lookup", "message size", "size limit", "too large", "too big", "maximum size of the message", "taille limite du message", "exceeds the maximum", "exceeds size", "message content", "not accepted for policy", "administrative prohibition", "blocked by", "envelope blocked", "suspicious", "prohibited", "bulk mail", "high probability", "content filter"),
		doc: "the message was refused for content, policy, size or sender reputation"},
}

var table = compile(slices.Concat(outlookNumberRules, headRules, exchangeRules, msCodeRules, apiRules, catalogRules, mailCatalogRules, neteaseRules, languageRules, l10nRules, l10nClientEarlyRules, l10nEarlyRules, fairEmailEarlyRules, libraryRules, toolRules, logRules, textRules, languageAuthRules, l10nAuthRules, l10nClientAuthRules, fairEmailAuthRules, clientWrapperRules, l10nWordAuthRules, l10nWordMechanismRules, libraryFallbackRules, codeRules, l10nConnectionRules, fairEmailConnectionRules, l10nWordConnectionRules, l10nClientLateRules, outlookReplyNumberRules), markers, httpMarkers)
