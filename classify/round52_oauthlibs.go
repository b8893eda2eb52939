package classify

// Round 52's OAuth 2.0 client libraries (testdata/heldout/round52.jsonl, rows
// h52q-): the errors the libraries raise themselves while a product connects
// a customer's Gmail or Microsoft mailbox through the authorization-code flow
// and refreshes its token. Each library's definitions were read whole; every
// message is in testdata/catalogs/oauth_client_flow_errors.jsonl, labelled
// from the code that raises it before these rules were written. All read
// 2026-12-05.
//
// Sources:
//   - authlib/authlib 772bc72f: authlib/integrations/base_client/errors.py
//     (OAuthError "oauth_error", MismatchingStateError "CSRF Warning! State
//     not equal in request and response."), the flask, django and starlette
//     clients' apps.py (OAuthError 'Missing "state" parameter', 'Invalid
//     "state" parameter', RuntimeError "Missing state value"), sync_app.py
//     ('Missing "authorize_url" value'), authlib/oauth2/rfc6749/errors.py and
//     parameters.py (MissingCodeException "Missing 'code' in response.",
//     InsecureTransportError "OAuth 2 MUST utilize https."); str() of an
//     Authlib error is "<error>: <description>".
//   - oauthlib/oauthlib 40b0ab56 oauthlib/oauth2/rfc6749/errors.py and
//     parameters.py ("(<error>) <description>": MismatchingStateError,
//     MissingCodeError "Missing code parameter in response.", "Mismatching or
//     missing state in params.", InsecureTransportError), and
//     requests/requests-oauthlib f33dac32 requests_oauthlib/oauth2_session.py
//     ("Please supply either code or authorization_response parameters.",
//     "Code verifier is not found, authorization URL must be generated
//     before", "Wrong value for <class>(.., pkce=...)", "No token endpoint set
//     for auto_refresh.").
//   - jaredhanson/passport-oauth2 be9bf58c lib/strategy.js ("OAuth2Strategy
//     requires a clientID/tokenURL/authorizationURL option", "... a verify
//     callback", "requires `state: true` option when PKCE is enabled",
//     "Failed to obtain access token" at the callback's code exchange,
//     "Unsupported code verifier transformation method: "; TokenError carries
//     the token endpoint's error_description, such as Google's "Malformed
//     auth code." and "Code was already redeemed."), lib/errors/*.js, and
//     lib/state/{session,store,pkcesession}.js ("Unable to verify
//     authorization request state.", "Invalid authorization request state.",
//     "OAuth 2.0 authentication requires session support when using state.",
//     "Session-based state store requires a session key").
//   - python-social-auth/social-core 3bb06abd social_core/exceptions.py with
//     backends/oauth.py and utils.py: AuthStateForbidden "Wrong state
//     parameter given.", AuthStateMissing "Session value state missing.",
//     AuthMissingParameter "Missing needed parameter <state|code>",
//     AuthTokenError "Token error: Invalid key/secret, perhaps expired" (a 401
//     to the access-token request), AuthUnreachableProvider "The
//     authentication provider could not be reached", AuthTokenRevoked "User
//     revoke access to the token", AuthUnknownError "An unknown error
//     happened while authenticating".
//   - omniauth/omniauth 20ac5e05 lib/omniauth/strategy.rb (fail! logs
//     "Authentication failure! <key>: <class>, <message>"; NoSessionError
//     "You must provide a session to use OmniAuth."; authenticity_error) and
//     omniauth/omniauth-oauth2 1481c33b lib/omniauth/strategies/oauth2.rb
//     (callback_phase: csrf_detected "CSRF detected", invalid_credentials
//     wrapping OAuth2::Error from the code exchange, timeout for
//     OAuth2::TimeoutError and OAuth2::ConnectionError, failed_to_connect for
//     SocketError); ruby-oauth/oauth2 13b98c02 lib/oauth2/error.rb and
//     client.rb (OAuth2::Error "<error>: <description>", ConnectionError,
//     TimeoutError).
//   - golang/oauth2 89ff2e1a (authhandler "state mismatch in 3-legged-OAuth
//     flow", google/google.go "missing redirect URL in the
//     client_credentials.json", RetrieveError); AzureAD MSAL for Go 247817fb
//     ("token request had an empty authority.AuthParams.Scopes", "AuthCodeRequest
//     had nil Credential for Confidential app", "secret can't be empty
//     string", "declined scopes are present"), MSAL for Python 7db6c2cc
//     (msal/oauth2cli/oauth2.py "state missing from auth_code_flow", "state
//     mismatch: ", 'auth_response must contain either "code" or "error"';
//     application.py reserved scopes), MSAL.js 980f0b07 msal-common
//     ClientAuthError and ClientConfigurationError ("<code>: <message>":
//     state_mismatch, state_not_found, nonce_mismatch, redirect_uri_empty,
//     invalid_code_challenge_method, pkce_params_missing,
//     empty_input_scopes_error, authorization_code_missing_from_server_response,
//     request_cannot_be_made).
//   - panva/openid-client v5.7.1 lib/client.js and lib/helpers/request.js
//     ("state mismatch, expected", "checks.state argument is missing", "state
//     missing from the response", "nonce mismatch, expected", "client_secret
//     is required", "outgoing request timed out after"), panva/oauth4webapi
//     11c0206f src/index.ts (openid-client v6: 'unexpected "state" response
//     parameter value', 'response parameter "state" missing', 'no
//     authorization code in "callbackParameters"', 'unexpected ID Token
//     "nonce" claim value'); lelylan/simple-oauth2 bee15390 lib/config.js (Joi:
//     '"client.id" is required', '"client.secret" is required',
//     '"auth.tokenHost" is required').
//   - googleapis/google-auth-library-java 293240e7
//     oauth2_http/java/com/google/auth/oauth2/OAuth2Credentials.java
//     ("Interrupted while asynchronously refreshing the access token": the
//     waiting thread was interrupted, transient; "Unexpected error refreshing
//     access token": a wrapper with no OAuth error, unknown);
//     googleapis/google-auth-library-nodejs a95b8272 src/auth/oauth2client.ts
//     ("If a code_challenge_method is provided, code_challenge must be
//     included.").
//
// Why each class: the state, CSRF, nonce, session, missing-code, PKCE,
// redirect-URI and client-id/secret failures are the product's own
// authorization-code flow, before any grant is stored (platform, never a
// mailbox to reconnect), and so is every failure omniauth and passport report
// at the callback's code exchange ("invalid_credentials: OAuth2::Error" even
// with invalid_grant, "Failed to obtain access token"): they redeem a code,
// they refresh nothing. A provider that cannot be reached or times out is
// transient; social-core's AuthTokenRevoked is the user revoking the grant
// (revoked); a wrapper that names no cause is unknown. A refused refresh
// token keeps oauth_invalid_grant (revoked): oauthlib's, the oauth2 gem's,
// golang's, google-auth's and openid-client's refresh errors already read so.

// round52OauthlibsEarlyRules come before languageRules: "authorization code"
// would read as QQ's app password (app_password_required), "Authentication
// failure!" as a refused login (credentials_rejected), "Name or service not
// known" as a wrong host (dns_not_found) and "Code was already redeemed" as
// the network (l10n_words_connection).
var round52OauthlibsEarlyRules = []rule{
	{id: "oauthlibs_provider_unreachable", class: ClassTransient, anyOf: p(
		"authentication failure! timeout:",
		"authentication failure! failed_to_connect:",
		"the authentication provider could not be reached",
		"outgoing request timed out after",
		"interrupted while asynchronously refreshing the access token",
		"oauth2::connectionerror",
		"oauth2::timeouterror"),
		doc: "an OAuth library could not reach the provider or timed out (omniauth's timeout and failed_to_connect, social-core's AuthUnreachableProvider, the oauth2 gem, openid-client, google-auth-library-java interrupted): temporary"},
	{id: "oauthlibs_state_check", class: ClassPlatform, anyOf: p(
		// pimalaya's io-oauth (its authorization-code flow's state check).
		"authorization state mismatch",
		// An MCP server's Outlook sign-in (round 54): the callback's state
		// differs from the one sent, "possible CSRF attack".
		"state mismatch - possible csrf", "possible csrf attack",
		"state not equal in request and response",
		`invalid "state" parameter`,
		`missing "state" parameter`,
		"missing state value",
		"mismatching or missing state in params",
		"unable to verify authorization request state",
		"invalid authorization request state",
		"requires session support when using state",
		"session-based state store requires a session key",
		"wrong state parameter given",
		"session value state missing",
		"missing needed parameter state",
		"state mismatch in 3-legged-oauth flow",
		"state_mismatch: state mismatch error",
		"state_not_found: state not found",
		"nonce_mismatch: nonce mismatch error",
		"state missing from auth_code_flow",
		"valueerror: state mismatch:",
		"state mismatch, expected",
		"nonce mismatch, expected",
		"checks.state argument is missing",
		"state missing from the response",
		`unexpected "state" response parameter`,
		`response parameter "state" missing`,
		`unexpected id token "nonce" claim value`,
		"csrf_detected",
		"csrf detected",
		"you must provide a session to use omniauth",
		"authenticity_error: omniauth::authenticityerror"),
		doc: "an OAuth library's check of the product's own authorization-code flow failed at the callback (state or nonce mismatch or missing, CSRF detected, no session to keep the state): the product's integration, never a mailbox to reconnect"},
	{id: "oauthlibs_code_missing", class: ClassPlatform, anyOf: p(
		"missing code parameter in response",
		"missing 'code' in response",
		"please supply either code or authorization_response",
		`auth_response must contain either "code" or "error"`,
		"authorization_code_missing_from_server_response",
		"server response does not contain an authorization code",
		`no authorization code in "callbackparameters"`,
		"token request cannot be made without authorization code",
		"missing needed parameter code",
		"code was already redeemed",
		"malformed auth code",
		// An authorization code lives minutes and is used once (RFC 6749
		// section 4.1.2); a product saying it expired reports its own
		// exchange, not a stored grant (AADSTS70008's "The provided
		// authorization code or refresh token has expired" stays with the
		// Entra table, which reads the code).
		"authorization code expired", "authorization code has expired", "authorization code is expired"),
		doc: "the product's callback has no authorization code to redeem, or redeemed one the provider refuses as reused, expired or malformed: its code exchange, not a stored grant"},
	{id: "oauthlibs_pkce", class: ClassPlatform, anyOf: p(
		"code verifier is not found, authorization url must be generated",
		"(.., pkce=",
		"unsupported code verifier transformation method",
		"option when pkce is enabled",
		"if a code_challenge_method is provided, code_challenge must be included",
		"invalid_code_challenge_method",
		"pkce_params_missing"),
		doc: "the product's PKCE setup is wrong (no verifier kept for the exchange, an unsupported method, half the parameters): its own OAuth flow"},
	{id: "oauthlibs_client_setup", class: ClassPlatform, anyOf: p(
		"oauth2strategy requires a",
		`missing "authorize_url" value`,
		"no token endpoint set for auto_refresh",
		"oauth 2 must utilize https",
		"missing redirect url in the client_credentials.json",
		"redirect_uri_empty: a redirect uri is required",
		"empty_input_scopes_error",
		"empty authority.authparams.scopes",
		"you cannot use any scope value that is",
		"secret can't be empty string",
		"authcoderequest had nil credential",
		"typeerror: client_secret is required",
		`"client.id" is required`,
		`"client.secret" is required`,
		`"auth.tokenhost" is required`,
		"declined scopes are present",
		"invalid key/secret, perhaps expired"),
		doc: "the product configured its OAuth client wrong (no client id, secret, endpoint or redirect URI, plain http, no or reserved scopes, scopes not granted) or its key and secret were refused: its OAuth app, never the mailbox"},
	{id: "oauthlibs_code_exchange_failed", class: ClassPlatform,
		anyOf:  p("failed to obtain access token", "invalid_credentials: oauth2::error"),
		noneOf: p("(status: 5", "etimedout", "econnreset", "econnrefused", "enotfound", "eai_again", "socket hang up", "timed out", "timeout"),
		doc:    "passport-oauth2 and omniauth-oauth2 report the callback's authorization-code exchange failing (\"Failed to obtain access token\", invalid_credentials wrapping OAuth2::Error, even invalid_grant): the product's code exchange, no grant is stored yet"},
	{id: "oauthlibs_grant_revoked", class: ClassRevoked, anyOf: p("user revoke access to the token"),
		doc: "social-core's AuthTokenRevoked: the user revoked the product's access in the provider; the owner connects again"},
	{id: "oauthlibs_unexpected_wrapper", class: ClassUnknown, anyOf: p(
		"unexpected error refreshing access token",
		"an unknown error happened while authenticating"),
		doc: "an OAuth library's wrapper for an unexpected error that names no cause (google-auth-library-java, social-core's AuthUnknownError): nothing says the grant is dead"},
}
