package classify

import (
	"testing"
)

// Round 52's OAuth 2.0 client libraries (round52_oauthlibs.go): the errors
// Authlib, OAuthLib, requests-oauthlib, passport-oauth2, python-social-auth,
// OmniAuth with omniauth-oauth2, the oauth2 gem, golang.org/x/oauth2,
// google-auth-library, MSAL, openid-client and simple-oauth2 raise themselves
// while a product connects a customer's mailbox (the authorization-code flow)
// and refreshes its token. The catalog oauth_client_flow_errors.jsonl holds
// each library's messages once, as the library formats them; here are the
// round's texts, the forms products log them in, and look-alikes that must
// keep their reading.
func TestRound52OauthlibsFamilies(t *testing.T) {
	assertCatalogClasses(t, "oauth_client_flow_errors")

	assertTextRules(t, []textCase{
		// The round's texts (testdata/heldout/round52.jsonl, rows h52q-).
		{`oauth_error: Invalid "state" parameter`, ClassPlatform, "oauthlibs_state_check"},
		{`oauth_error: Missing "state" parameter`, ClassPlatform, "oauthlibs_state_check"},
		{"Unable to verify authorization request state.", ClassPlatform, "oauthlibs_state_check"},
		{"OAuth 2.0 authentication requires session support when using state. Did you forget to use express-session middleware?", ClassPlatform, "oauthlibs_state_check"},
		{"OAuth2Strategy requires a clientID option", ClassPlatform, "oauthlibs_client_setup"},
		{"InternalOAuthError: Failed to obtain access token", ClassPlatform, "oauthlibs_code_exchange_failed"},
		{"Wrong state parameter given.", ClassPlatform, "oauthlibs_state_check"},
		{"Session value state missing.", ClassPlatform, "oauthlibs_state_check"},
		{"Missing needed parameter state", ClassPlatform, "oauthlibs_state_check"},
		{"The authentication provider could not be reached", ClassTransient, "oauthlibs_provider_unreachable"},
		{"token request had an empty authority.AuthParams.Scopes, which is invalid", ClassPlatform, "oauthlibs_client_setup"},
		{"AuthCodeRequest had nil Credential for Confidential app", ClassPlatform, "oauthlibs_client_setup"},
		{"csrf_detected | CSRF detected", ClassPlatform, "oauthlibs_state_check"},
		{"(runkeeper) Authentication failure! invalid_credentials: OAuth2::Error, invalid_grant: ", ClassPlatform, "oauthlibs_code_exchange_failed"},
		{"missing_code: Missing 'code' in response.", ClassPlatform, "oauthlibs_code_missing"},
		{"Unsupported code verifier transformation method: S512", ClassPlatform, "oauthlibs_pkce"},
		{"Unexpected error refreshing access token", ClassUnknown, "oauthlibs_unexpected_wrapper"},
		{"Interrupted while asynchronously refreshing the access token", ClassTransient, "oauthlibs_provider_unreachable"},

		// As products log them around a mailbox connection.
		{`Gmail connect callback failed: authlib.integrations.base_client.errors.OAuthError: oauth_error: Invalid "state" parameter`, ClassPlatform, "oauthlibs_state_check"},
		{"[outlook-connect] callback error: ClientAuthError: state_mismatch: State mismatch error", ClassPlatform, "oauthlibs_state_check"},
		{"E, [2026-03-02T10:11:12] ERROR -- omniauth: (google_oauth2) Authentication failure! csrf_detected: OmniAuth::Strategies::OAuth2::CallbackError, csrf_detected | CSRF detected", ClassPlatform, "oauthlibs_state_check"},
		{"(google_oauth2) Authentication failure! invalid_credentials: OAuth2::Error, invalid_grant: Bad Request\n{\n  \"error\": \"invalid_grant\",\n  \"error_description\": \"Bad Request\"\n}", ClassPlatform, "oauthlibs_code_exchange_failed"},
		{"(microsoft_graph) Authentication failure! invalid_credentials: OAuth2::Error, invalid_client: AADSTS7000215: Invalid client secret provided.", ClassPlatform, ""},
		{"Mailbox connection failed: InternalOAuthError: Failed to obtain access token", ClassPlatform, "oauthlibs_code_exchange_failed"},
		{"Error: Failed to obtain access token\n    at OAuth2Strategy.<anonymous> (node_modules/passport-oauth2/lib/strategy.js:178:49)", ClassPlatform, "oauthlibs_code_exchange_failed"},
		{"Could not connect the mailbox: TokenError: Code was already redeemed.", ClassPlatform, "oauthlibs_code_missing"},
		{"exchange: oauth2: \"invalid_grant\" \"Malformed auth code.\"", ClassPlatform, ""},
		{"callback: ValueError: state mismatch: 8a7b vs 1c2d", ClassPlatform, "oauthlibs_state_check"},
		{"requests_oauthlib: ValueError: Code verifier is not found, authorization URL must be generated before", ClassPlatform, "oauthlibs_pkce"},
		{"(google_oauth2) Authentication failure! timeout: Faraday::ConnectionFailed, execution expired", ClassTransient, "oauthlibs_provider_unreachable"},
		{"(google_oauth2) Authentication failure! failed_to_connect: SocketError, getaddrinfo: nodename nor servname provided, or not known", ClassTransient, "oauthlibs_provider_unreachable"},
		{"social_core.exceptions.AuthUnreachableProvider: The authentication provider could not be reached", ClassTransient, "oauthlibs_provider_unreachable"},
		{"java.io.IOException: Unexpected error refreshing access token", ClassUnknown, "oauthlibs_unexpected_wrapper"},
		{"social_core.exceptions.AuthTokenRevoked: User revoke access to the token", ClassRevoked, "oauthlibs_grant_revoked"},

		// A refresh the provider refused keeps its reading (revoked); a
		// server or network failure around the code exchange is transient.
		{`oauth2: "invalid_grant" "Token has been expired or revoked."`, ClassRevoked, "oauth_invalid_grant"},
		{`Gmail sync failed: Post "https://oauth2.googleapis.com/token": oauth2: "invalid_grant" "Token has been expired or revoked."`, ClassRevoked, "oauth_invalid_grant"},
		{"OAuth2::Error: invalid_grant: Token has been expired or revoked.", ClassRevoked, "oauth_invalid_grant"},
		{"InternalOAuthError: Failed to obtain access token (status: 503 data: <html>Service Unavailable</html>)", ClassTransient, ""},
		{"InternalOAuthError: Failed to obtain access token (status: 500 data: {\"error\":\"server_error\"})", ClassTransient, ""},
		{"Error: connect ETIMEDOUT 142.250.74.10:443", ClassTransient, ""},
		{"(google_oauth2) Authentication failure! access_denied: OmniAuth::Strategies::OAuth2::CallbackError, access_denied | The user denied the request", ClassRevoked, "oauth_invalid_grant"},

		// Look-alikes: a mail server's own refusal, Gmail's API 401 (an
		// access token the library renews), Chinese providers' 授权码 (their
		// app password, not an OAuth code), and a form's CSRF token.
		{"535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6", ClassAuth, "credentials_rejected"},
		{"535 Authentication failed", ClassAuth, "credentials_rejected"},
		{"SMTP Error: 535 Authentication failed. Check your username and password", ClassAuth, ""},
		{`{"error":{"code":401,"message":"Invalid Credentials","errors":[{"message":"Invalid Credentials","domain":"global","reason":"authError","location":"Authorization","locationType":"header"}],"status":"UNAUTHENTICATED"}}`, ClassTransient, "api_access_token_expired"},
		{"535 Error: 请使用授权码登录。详情请看: http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256", ClassAuth, "lang_app_password"},
		{"535 Error: authentication failed, 授权码错误", ClassAuth, "lang_app_password"},
		{"授权码错误，请重新获取授权码", ClassAuth, "lang_app_password"},
		{"Login fail. Please use the authorization code to log in", ClassAuth, "app_password_code"},
		{"The state of your account does not allow you to log in", ClassUnknown, "unrecognized"},
		{"Invalid CSRF Token. Please try again later.", ClassTransient, ""},
	})
}
