package classify

// The product's own OAuth app in the words of the code around it, where no
// earlier rule read the text, and before the reply-code rules (which would
// read the HTTP 400 of a failed exchange as SMTP's 4xx):
//
//   - the scopes the app asks for or holds do not cover the call ("--send
//     requires scope mail.send", "token is missing required scopes",
//     "please check the scopes enabled for your app"): the app's request,
//     which the held-out rounds and catalogs label platform 69 times in 93;
//   - the authorization code's exchange failed or there was no code to
//     exchange ("Failed to exchange code for tokens", "There is no authorize
//     code passed!"): issue 10 calls a failure while exchanging an
//     authorization code the integrating product's problem, never a mailbox
//     to reconnect (RFC 6749 section 4.1.3).
var oauthAppLateRules = []rule{
	{id: "oauth_scope_missing", class: ClassPlatform,
		anyOf: p("requires scope", "required scope", "missing scope", "scopes enabled", "check the scopes",
			"insufficient_scope", "scope is missing", "scopes are missing", "missing the scope", "lacks the scope", "lacks scope",
			"scope not granted", "scopes not granted", "scope was not granted", "scopes were not granted"),
		doc: "the scopes the product's OAuth app asks for or holds do not cover the call"},
	{id: "oauth_code_exchange_failed", class: ClassPlatform,
		anyOf: p("exchange code for token", "exchange the code",
			// An OAuth code named as such (round 96), a provider's code
			// exchanged for tokens (round 98).
			"oauth code", "authorization code for token", "exchange authorization code", "exchange the authorization code",
			"exchanging the authorization code", "exchanging authorization code", "code exchange failed", "failed to exchange code",
			"authorization code exchange", "code could not be exchanged", // round 102
			"token from authorization code", "token from the authorization code", "token from auth code", // round 104
			// MSAL's own names for the exchange (MSAL Python's
			// acquire_token_by_authorization_code, MSAL.js's acquireTokenByCode).
			"acquire_token_by_authorization_code", "acquiretokenbycode",
			// The exchange answered without a token (round 74).
			"did not return an access token", "did not return a token", "no access token returned", "no access token was returned",
			"no code in callback",
			"no authorize code", "no authorization code", "authorization code is missing", "missing authorization code",
			"authorize code passed", "authorization code passed", "no code in the callback", "missing code parameter",
			"retrieve authorization code", "get authorization code", "obtain authorization code", "invalid authorization response",
			"invalid auth code", "did not include an authorization code",
			// A callback without its code (rounds 80, 81).
			"callback missing code", "missing code or state",
			// A callback the flow cannot take, a PKCE verifier missing
			// (rounds 80, 82).
			"invalid call-back", "invalid callback", "state cannot be verified", "missing pkce",
			"missing code verifier", "code verifier is missing",
			// No code_verifier, Chinese "no code returned" (round 84).
			"missing code_verifier", "未返回 code",
			// Hungarian "missing authorization code", a callback URL that
			// changed during the sign-in (round 85).
			"hiányzó authorization code", "callback url changed",
			// Indonesian "Google returned no authorization code" (round 86).
			"tidak mengembalikan kode otorisasi",
			// A code verifier not found, a code not in the callback, Turkish
			// "no code could be had from Google's authorization" (round 89).
			"find code verifier", "code verifier not found", "code not found in callback", "yetkilendirmesinden kod alınamadı",
			// A code not provided, Portuguese "authorization code invalid",
			// German "the OAuth callback needs code" (round 90).
			"code not provided", "code was not provided", "código de autorização inválido", "callback benötigt code"),
		noneOf: p("timed out", "timeout", "etimedout", "econnreset", "econnrefused", "enotfound", "eai_again", "socket hang up", "(status: 5",
			// NetEase's and QQ's "authorization code" is an app password for
			// IMAP, POP3 and SMTP (app_password_required).
			"imap", "smtp", "pop3", "授权码"),
		doc: "the product's exchange of an authorization code failed, or it had no code to exchange: its own OAuth flow, no grant is stored yet"},
}

// serviceAccountRules: domain-wide delegation missing for the product's
// Google service account is its own setup (platform), however the failure
// is worded. Early in the walk, before the rules that read "authentication
// failed" as the mailbox's.
var serviceAccountRules = []rule{
	{id: "service_account_delegation", class: ClassPlatform,
		anyOf:   p("delegation enabled", "delegation is not enabled", "delegation not enabled", "not have delegation"),
		alsoAny: p("service account", "service-account", "serviceaccount"),
		doc:     "the product's Google service account lacks domain-wide delegation: its own setup"},
}

// oauthClientEarlyRules: the product's own OAuth client credentials refused
// or not usable, in its own words ("OAuth client credentials invalid.
// Please check your client ID and client secret."; "Failed to generate
// authorization URL. Check your credentials."): the product's OAuth app
// (RFC 6749 section 2.3), before the walk reads "credentials invalid" as a
// mailbox's refused login.
var oauthClientEarlyRules = []rule{
	{id: "oauth_client_credentials_invalid", class: ClassPlatform,
		anyOf: p("oauth client credentials invalid", "oauth client credentials are invalid", "invalid oauth client credentials",
			"client credentials invalid", "client credentials are invalid", "check your client id and client secret",
			"check the client id and client secret", "generate authorization url", "generate the authorization url",
			"build the authorization url", "check tenantid, clientid", "check tenant id, client id",
			// Its client secret invalid or expired (AADSTS7000215,
			// AADSTS7000222; round 83).
			"client secret is invalid", "client secret has expired", "client secret expired",
			// Its app credentials rejected (round 85), invalid in its client
			// file (round 88).
			"app credentials were rejected", "invalid client credentials",
			// Its Entra ID app secret expired or invalid (round 110).
			"app secret expired", "entra id app secret"),
		doc: "the product's own OAuth client credentials were refused or could not be used: its OAuth app, not a mailbox"},
}
