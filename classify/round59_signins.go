package classify

// Round 59's family: a product's OWN users signing in to the product (Sign in
// with Google, Microsoft, GitHub or any OIDC provider), the product's
// directory binds (LDAP and Active Directory), and the non-mail grants a
// product holds (open banking consents). None is a mailbox to reconnect: the
// rules read the product's own OAuth client or code exchange as platform, the
// directory settings as config, and an end user's own session, cancelled
// sign-in or expired bank consent as unknown; never revoked or auth. Every
// message is in testdata/catalogs/product_own_signin_directory.jsonl. All
// read 2026-12-05.
//
// Sources, and why each class:
//   - NextAuth.js, nextauthjs/next-auth 05aef1cc docs/docs/errors.md
//     (https://next-auth.js.org/errors), as its logger prints them
//     ("[next-auth][error][CODE] https://next-auth.js.org/errors#code ..."):
//     OAUTH_GET_ACCESS_TOKEN_ERROR and its OAuth 1 form ("double check your
//     provider settings"), SIGNIN_OAUTH_ERROR, GET_AUTHORIZATION_URL_ERROR,
//     PKCE_ERROR, NO_SECRET, MISSING_NEXTAUTH_API_ROUTE_ERROR and the two
//     credentials-provider setup errors are the product's own sign-in setup:
//     platform. OAUTH_CALLBACK_ERROR (lost code_verifier cookie or state) is
//     one end user's sign-in: unknown, unless it wraps the provider's
//     invalid_grant on the sign-in code exchange (platform, never a stored
//     mailbox grant). Session, sign-out and profile errors: unknown.
//   - Keycloak's identity-broker messages, keycloak/keycloak 00183820
//     themes/src/main/resources/theme/base/login/messages/messages_en.properties:
//     couldNotObtainTokenMessage (the broker's code exchange with the external
//     IdP failed), identityProviderInvalidSignatureMessage (the IdP's keys do
//     not match the realm's settings) and identityProviderNotFoundMessage:
//     platform. The "Unexpected error when ... identity provider" family,
//     identityProviderAuthenticationFailedMessage, staleCodeMessage and
//     brokerLinkingSessionExpired name no cause or one end user's session:
//     unknown (they read as a server error, a refused login or a disabled
//     recipient before this file).
//   - Appwrite, appwrite/appwrite app/config/errors.php (1475497f; the
//     user_oauth2_* entries from a later stored copy) and
//     app/controllers/api/account.php (the OAuth2 callback):
//     user_oauth2_bad_request and user_oauth2_unauthorized (the provider's
//     400 and 401 to the project's code exchange), project_provider_disabled
//     and project_provider_unsupported (the sign-in provider off or unknown
//     in the project), the invalid success and failure redirect URLs, and
//     "Failed to obtain access token. The <Provider> OAuth2 provider
//     returned an error: invalid_grant" (the sign-in code refused): platform.
//     "... returned an error: access_denied" (the end user cancelled):
//     unknown.
//   - Supabase Auth, supabase/auth 007324cb internal/api/external.go:
//     "Unsupported provider: Provider <name> could not be found" (also as
//     the error_description its redirectErrors puts in the site URL):
//     platform. Its state, unverified-email, invite and linking messages
//     already read unknown.
//   - Firebase Auth, firebase/firebase-js-sdk 0bc6c9a0
//     packages/auth/src/core/errors.ts (debugErrorMap; the production build
//     prints "Firebase: Error (auth/<code>)."): operation-not-allowed (the
//     provider is off in the project), unauthorized-domain,
//     invalid-oauth-client-id and missing-or-invalid-nonce: platform. The end
//     user's own states (invalid-credential, popup-blocked, user-token-expired,
//     user-disabled, ...): unknown; they read as a network drop, a rejection,
//     a disabled recipient or a blocked account before this file.
//   - Devise's OmniAuth failure flash, heartcombo/devise 004fe2ad
//     config/locales/en.yml ('Could not authorize you from %{kind} because
//     "%{reason}".', later 'Could not authenticate you from ...'), with the
//     omniauth-oauth2 reasons: "Invalid credentials" (omniauth-oauth2 fails
//     with invalid_credentials when the code exchange raises): platform;
//     "Access denied" (the end user cancelled): unknown. A state check that
//     fails ("Csrf detected", passport-oauth2's "Unable to verify
//     authorization request state.", jaredhanson/passport-oauth2 9b69f06d
//     lib/state/session.js, NextAuth's missing state) keeps round 52's
//     platform reading (oauthlibs_state_check).
//   - go-ldap, go-ldap/ldap 05f305f2 v3/error.go ("LDAP Result Code %d %q:
//     %s"); PHP's ldap_bind() warning (php/php-src ext/ldap/ldap.c "Unable to
//     bind to server: %s" with ldap_err2string); python-ldap's
//     ldap.INVALID_CREDENTIALS and ldap.SERVER_DOWN with their result dict.
//     A refused bind (49), a missing base (32), a malformed DN (34), missing
//     rights (50), an empty bind password (206) and "Confidentiality
//     required" are the product's directory settings: config (a mail
//     server's own LDAP lookups, Dovecot's "auth: ldap(...)" and SASL lines,
//     are left to their rules). "Can't contact LDAP server": transient.
//   - GoCardless Bank Account Data (formerly Nordigen),
//     https://developer.gocardless.com/bank-account-data/statuses and its
//     help articles 16671586189212 and 11529566180892, with the 401 body
//     quoted in opencollective/opencollective issue 8538: AccessExpiredError
//     "Access has expired or it has been revoked", an expired End User
//     Agreement, a suspended account and a reused requisition link: the end
//     user reconnects the BANK account: unknown, never revoked. The bank
//     products join gen51OtherAPIs so that the grant rules leave them alone.
//     Mastercard Open Finance 4034 already reads unknown.

// round59SigninsEarlyRules come right after gen51RefusalsEarlyRules: the
// rules after them read Appwrite's and NextAuth's sign-in invalid_grant and
// GoCardless's "revoked" as a revoked mailbox grant, "Invalid credentials" of
// LDAP, PHP and Devise as a refused mail login, Keycloak's "Unexpected error"
// as a server error, and Firebase's and Keycloak's session words as a
// disabled recipient or blocked account.
var round59SigninsEarlyRules = []rule{
	{id: "signins_product_signin_setup", class: ClassPlatform, anyOf: p(
		// NextAuth.js codes of the product's own sign-in setup
		"[next-auth][error][oauth_get_access_token_error]", "[next-auth][error][oauth_v1_get_access_token_error]",
		"[next-auth][error][signin_oauth_error]", "[next-auth][error][get_authorization_url_error]", "[next-auth][error][pkce_error]",
		"[next-auth][error][no_secret]", "[next-auth][error][missing_nextauth_api_route_error]",
		"[next-auth][error][callback_credentials_jwt_error]", "[next-auth][error][callback_credentials_handler_error]",
		// Keycloak's broker
		"could not obtain token from identity provider", "invalid signature in response from identity provider",
		"could not find an identity provider with the identifier",
		// Appwrite
		"oauth2 provider rejected the bad request", "oauth2 provider rejected the unauthorized request",
		"the chosen oauth provider is disabled", "the chosen oauth provider is unsupported",
		"this provider is disabled. please enable the provider from your", "this provider is disabled. please configure the provider app id",
		"invalid redirect url for oauth success", "invalid redirect url for oauth failure",
		// Supabase Auth
		"unsupported provider: provider ", "unsupported+provider%3a+provider",
		// Firebase Auth
		"(auth/operation-not-allowed)", "(auth/unauthorized-domain)", "(auth/invalid-oauth-client-id)", "(auth/missing-or-invalid-nonce)",
		"sign-in provider is disabled for this firebase project", "not authorized for oauth operations for your firebase project"),
		doc: "a product's own sign-in (Sign in with Google and the like) fails for its own OAuth client, provider settings or redirect URLs: NextAuth.js, Keycloak's broker, Appwrite, Supabase Auth, Firebase Auth"},
	{id: "signins_signin_code_exchange", class: ClassPlatform, anyOf: p(
		"failed to obtain access token. the ", "[next-auth][error][oauth_callback_error]",
		"could not authorize you from ", "could not authenticate you from ",
		// A product's own "Sign in with ..." page (held-out round 59).
		"couldn't complete sign-in", "could not complete sign-in", "couldn't complete sign in", "could not complete sign in", "sso=failed"),
		alsoAny: p("invalid_grant", "oauth2 provider returned an error: invalid", "oauth2 provider returned an error: incorrect_client",
			`because "invalid credentials"`),
		doc: "the provider refused the code exchange of a product's own sign-in (Appwrite's callback, NextAuth's OAUTH_CALLBACK_ERROR, OmniAuth's invalid_credentials): the product's exchange, not a stored mailbox grant"},
	{id: "signins_omniauth_user", class: ClassUnknown, anyOf: p("could not authorize you from ", "could not authenticate you from "),
		alsoAny: p(`because "access denied"`),
		doc:     "Devise's OmniAuth failure for one end user's sign-in that the end user cancelled at the provider"},
	{id: "signins_product_user_session", class: ClassUnknown, anyOf: p(
		// Keycloak's broker, no cause named or the end user's session
		"unexpected error when retrieving token from identity provider", "unexpected error when handling response from identity provider",
		"could not authenticate with identity provider", "unexpected error when handling authentication request to identity provider",
		"unexpected error when authenticating with identity provider", "please go back to your application and sign in again",
		"requested broker account linking, but current session is no longer valid",
		// Appwrite: the end user cancelled
		"oauth2 provider returned an error: access_denied",
		// Firebase Auth: the end user's own states
		"(auth/invalid-credential)", "(auth/popup-blocked)", "(auth/popup-closed-by-user)", "(auth/user-token-expired)", "(auth/user-disabled)",
		"(auth/account-exists-with-different-credential)", "(auth/requires-recent-login)", "(auth/user-cancelled)",
		"(auth/credential-already-in-use)", "(auth/redirect-cancelled-by-user)", "(auth/cancelled-popup-request)"),
		doc: "one end user's sign-in to the product: a cancelled consent, the user's own expired or disabled product account, or a broker error naming no cause"},
	{id: "signins_bank_consent", class: ClassUnknown, anyOf: p(
		"access has expired or it has been revoked", "end user agreement (eua)", "the end user must connect the account once more",
		"this account or its requisition was suspended", "this link has already been used for authorization and is no longer valid"),
		doc: "GoCardless Bank Account Data (Nordigen): the end user's bank consent expired, was revoked or suspended: a bank account to reconnect, not a mailbox"},
	{id: "signins_directory_bind", class: ClassConfig, anyOf: p(
		`ldap result code 49 "invalid credentials"`, `ldap result code 32 "no such object"`, `ldap result code 34 "invalid dn syntax"`,
		`ldap result code 50 "insufficient access rights"`, `ldap result code 206 "empty password not allowed`,
		"ldap_bind(): unable to bind to server: invalid credentials", "ldap_bind(): unable to bind to server: confidentiality required",
		"ldap.invalid_credentials: {",
		// An application's own words for its directory bind (held-out round 59).
		"ldap access failed", "ldap bind failed", "ldap bind error", "given dn", "(bad dn", "bad dn/", "bind dn and password", "binddn and password"),
		noneOf: p("dovecot", "auth: ldap(", "auth-worker", "sasl", "postfix", "cyrus"),
		doc:    "the product's LDAP or Active Directory bind or search is refused for its directory settings (bind DN and password, base DN, rights, TLS): go-ldap, PHP ldap_bind(), python-ldap"},
	{id: "signins_directory_unreachable", class: ClassTransient, anyOf: p(
		"ldap_bind(): unable to bind to server: can't contact ldap server", "ldap.server_down: {"),
		doc: "the product's directory server could not be reached (PHP ldap_bind(), python-ldap SERVER_DOWN)"},
}
