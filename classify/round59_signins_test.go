package classify

import "testing"

// Round 59's family (round59_signins.go): a product's own users signing in to
// the product, its directory binds, and its open-banking consents. The
// catalog product_own_signin_directory.jsonl holds each source's messages;
// here are composed sentences as apps log them, and look-alikes of a
// mailbox's grant, a mail server's LDAP lookups and SMTP/IMAP replies that
// must keep their reading.
func TestRound59Signins(t *testing.T) {
	assertCatalogClasses(t, "product_own_signin_directory")

	assertTextRules(t, []textCase{
		// A product's own sign-in, as apps log it.
		{"[next-auth][error][OAUTH_GET_ACCESS_TOKEN_ERROR] https://next-auth.js.org/errors#oauth_get_access_token_error invalid_client", ClassPlatform, ""},
		{"[next-auth][error][OAUTH_CALLBACK_ERROR] https://next-auth.js.org/errors#oauth_callback_error invalid_grant (Bad Request) { error: 'invalid_grant', providerId: 'google' }", ClassPlatform, "signins_signin_code_exchange"},
		{`{"message":"Failed to obtain access token. The Google OAuth2 provider returned an error: invalid_grant: Bad Request","code":400,"type":"user_oauth2_bad_request"}`, ClassPlatform, "signins_signin_code_exchange"},
		{"Failed to obtain access token. The Microsoft OAuth2 provider returned an error: invalid_grant: AADSTS54005: OAuth2 Authorization code was already redeemed", ClassPlatform, ""},
		{"AuthApiError: Unsupported provider: Provider apple could not be found", ClassPlatform, "signins_product_signin_setup"},
		{"FirebaseError: Firebase: Error (auth/operation-not-allowed).", ClassPlatform, "signins_product_signin_setup"},
		{"FirebaseError: Firebase: Error (auth/user-token-expired).", ClassUnknown, "signins_product_user_session"},
		{"FirebaseError: Firebase: The user account has been disabled by an administrator. (auth/user-disabled).", ClassUnknown, "signins_product_user_session"},
		{"Keycloak: Unexpected error when authenticating with identity provider", ClassUnknown, "signins_product_user_session"},
		{"ERROR [org.keycloak.broker.oidc.AbstractOAuth2IdentityProvider] Could not obtain token from identity provider.", ClassPlatform, "signins_product_signin_setup"},
		{`Could not authenticate you from GoogleOauth2 because "Invalid credentials".`, ClassPlatform, "signins_signin_code_exchange"},
		{`Could not authenticate you from GitHub because "Access denied".`, ClassUnknown, "signins_omniauth_user"},
		// A failed state check keeps round 52's platform reading.
		{`Could not authenticate you from GitHub because "Csrf detected".`, ClassPlatform, "oauthlibs_state_check"},

		// Directory binds of the product.
		{`ldap: bind failed: LDAP Result Code 49 "Invalid Credentials": 80090308: LdapErr: DSID-0C090439, comment: AcceptSecurityContext error, data 52e, v4563`, ClassConfig, "signins_directory_bind"},
		{`level=error msg="LDAP Login failed for user" error="LDAP Result Code 32 \"No Such Object\": "`, ClassConfig, "signins_directory_bind"},
		{"ldap_bind(): Unable to bind to server: Can't contact LDAP server", ClassTransient, "signins_directory_unreachable"},

		// Open banking consents.
		{`GoCardless error 401: {"summary":"Access has expired or it has been revoked","type":"AccessExpiredError","status_code":401}`, ClassUnknown, "signins_bank_consent"},
		{"Nordigen: End User Agreement (EUA) 3fa85f64 has expired. The end user must connect the account once more with new EUA and Requisition", ClassUnknown, "signins_bank_consent"},

		// Look-alikes: a mailbox's grant and the provider's own prompts keep their reading.
		{`{"error": "invalid_grant", "error_description": "Token has been expired or revoked."}`, ClassRevoked, ""},
		{"Failed to refresh access token: invalid_grant (Token has been expired or revoked.)", ClassRevoked, ""},
		{"Please re-authenticate your Google account to keep sending.", ClassRevoked, "provider_reauth_needed"}, // the OAuth grant, no password (round 67)
		{"The OAuth2 grant was revoked. Please ask the user to re-authenticate.", ClassRevoked, ""},
		// A mail server's LDAP lookups and replies.
		{"dovecot: auth: ldap(jane@example.com,203.0.113.7): ldap_bind() failed: Invalid credentials", ClassAuth, ""},
		{"535 5.7.8 Error: authentication failed: Invalid credentials", ClassAuth, ""},
		{"NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)", ClassAuth, ""},
		{"Invalid credentials", ClassAuth, ""},
		{"The account has been disabled by an administrator.", ClassBlocked, ""},
	})
}
