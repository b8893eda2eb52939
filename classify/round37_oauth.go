package classify

// Round 37's OAuth client libraries and CLIs (testdata/heldout/round37.jsonl,
// rows h37c- and h37d-): their own messages around a token refresh, and
// products' messages about their OAuth app or tenant. Each rule holds the
// sentences the same code raises for the same failure, so that a sibling
// message reads like the round's. Phrases are the fixed text of the
// sentence, lower-cased, without placeholders. The catalog
// testdata/catalogs/oauth_clients.jsonl holds the siblings, labelled from the
// code before these rules were written.
//
// Sources:
//   - Azure/azure-cli src/azure-cli-core/azure/cli/core/auth/
//     credential_adaptor.py (CredentialAdaptor._get_token: AADSTS70008
//     "Credentials have expired due to inactivity.", AADSTS50079
//     "Configuration of your account was changed.", AADSTS50173 "The
//     credential data used by CLI has been expired ...", "Authentication is
//     migrated to Microsoft identity platform (v2.0).") and util.py (commit
//     036a34b6: aad_error_handler "Interactive authentication is needed.
//     Please run:", check_result "Can't find token from MSAL cache."); the
//     older Azure xplat CLI lib/util/authentication/adalAuth.js
//     ("Credentials have expired, please reauthenticate", thauburger fork
//     7827385a); GAM-team/GAM e54877b3 src/gam/gamlib/glmsgs.py
//     REAUTHENTICATION_IS_NEEDED, IS_EXPIRED_OR_REVOKED: the stored grant is
//     gone, the user signs in again (revoked).
//   - googleapis/google-auth-library-nodejs a95b8272 src/auth/oauth2client.ts
//     ("No refresh token is set.", "No refresh token or refresh handler
//     callback is set.", "No access, refresh token, API key or refresh
//     handler callback is set.", "No access token is returned by the
//     refreshHandler callback."), googleapis/google-auth-library-python
//     2ea24b03 google/oauth2/credentials.py (the refresh_handler's
//     RefreshError texts), O365/python-o365 f8537234 O365/connection.py ("You
//     can not refresh an access token that has no 'refresh_token'
//     available.", "There is no refresh token to refresh"; the older
//     "Refresh for Client Credentials Grant Flow failed." of its
//     client-credentials refresh): the integrating program gave the library
//     no refresh token or broke its own refresh code (platform).
//   - Yahoo "OAuth 2.0 Errors", https://developer.yahoo.com/oauth2/guide/errors/
//     (authorization errors INVALID_CONSUMER_KEY, DELETED_CONSUMER_KEY,
//     DISABLED_CONSUMER_KEY, INVALID_CALLBACK_URL, BAD_REDIRECT_URI, 401
//     INVALID_CALLBACK) and Yahoo's authorization page's developer line
//     "Please request scope from registered scopes": the app's registration
//     (platform); its 403 ACCOUNT_NOT_AUTHORIZED "The user has not authorized
//     requesting Client ID" is the owner's missing consent (revoked).
//   - GAM-team/GAM e54877b3 src/gam/__init__.py: Google's 403 "Domain cannot
//     use apis." (GAPI.DOMAIN_CANNOT_USE_APIS, domainCannotUseApis) and
//     userServiceNotEnabledWarning "<Service> Service/App not enabled": a
//     Workspace administrator's setting (admin). CodeTwo Backup's
//     "Failed to register '<app>' with tenant '<id>'." (codetwo.com user
//     guide): the account lacks the role to register and consent for the
//     tenant (admin).
//   - Afi's Microsoft 365 backup warning "exceeded provider quota on this
//     resource, will retry later" (afi.ai docs, troubleshooting): Exchange
//     throttling (rate_limited).
//   - nodemailer/nodemailer 2f667f42 lib/smtp-transport/index.js and
//     lib/smtp-pool/pool-resource.js "Unexpected socket close",
//     lib/smtp-pool/index.js "Connection pool was closed", "Reached maximum
//     number of retries after connection was closed": the connection went
//     away (transient). GAM's "ERROR: 503: serviceNotAvailable - The service
//     is currently unavailable." and "gamlib.glgapi.serviceNotAvailable: The
//     service is currently unavailable" (src/GamUpdate.txt, the 503 GAM retries when
//     retry_api_service_not_available is set) is a Google outage
//     (transient), not the SMTP 503 reply its code looks like.

// round37OAuthEarlyRules come before languageRules: credentials_rejected
// reads "credentials have expired" as a refused password, credential_words
// reads "client credentials ... failed" as one, and temporary_wording reads
// "will retry later" as a transient failure.
var round37OAuthEarlyRules = []rule{
	{id: "oauth_cli_sign_in_again", class: ClassRevoked, anyOf: p(
		"credentials have expired due to inactivity",
		"credentials have expired, please reauthenticate",
		"configuration of your account was changed. please run",
		"the credential data used by cli has been expired",
		"authentication is migrated to microsoft identity platform",
		"interactive authentication is needed. please run",
		"can't find token from msal cache",
		"reauthentication is needed, please run",
		"the user has not authorized requesting client id",
	),
		doc: "an OAuth CLI or provider says the stored grant expired, was reset or needs interaction: the user must sign in again (Azure CLI, Azure xplat CLI, GAM, Yahoo ACCOUNT_NOT_AUTHORIZED)"},
	{id: "oauth_library_refresh_unset", class: ClassPlatform, anyOf: p(
		"no refresh token is set",
		"no refresh token or refresh handler callback is set",
		"no access, refresh token, api key or refresh handler callback is set",
		"no access token is returned by the refreshhandler callback",
		"returned by the refresh_handler are already expired",
		"the refresh_handler returned token is not a string",
		"the refresh_handler returned expiry is not a datetime",
		"access token that has no 'refresh_token' available",
		"there is no refresh token to refresh",
		"refresh for client credentials grant flow failed",
	),
		doc: "an OAuth client library was given no refresh token or its program's refresh code failed (google-auth-library, python-o365): the integrating product's OAuth setup"},
	{id: "oauth_provider_quota", class: ClassRateLimited, anyOf: p(
		"exceeded provider quota",
	),
		doc: "Afi's Microsoft 365 backup: the provider's throttling limit for the mailbox was hit, retried later"},
}

// round37OAuthRules come right after round36LibsRules.
var round37OAuthRules = []rule{
	{id: "oauth_yahoo_app_registration", class: ClassPlatform, anyOf: p(
		"request scope from registered scopes",
		"invalid_consumer_key", "deleted_consumer_key", "disabled_consumer_key",
		"invalid_callback_url", "bad_redirect_uri", "invalid_callback:",
	),
		doc: "Yahoo's OAuth errors about the app's registration: consumer key, callback URL or scopes not the registered ones"},
	{id: "oauth_workspace_api_off", class: ClassAdmin, anyOf: p(
		"domain cannot use apis", "domaincannotuseapis",
		"service/app not enabled",
	),
		doc: "Google Workspace: API access or the user's service turned off by the administrator (GAM's messages)"},
	{id: "oauth_app_tenant_registration", class: ClassAdmin, anyOf: p(
		"' with tenant '",
	), alsoAny: p("failed to register '"),
		doc: "CodeTwo: the app could not register itself and get consent in the Microsoft 365 tenant; an administrator's role is needed"},
	{id: "oauth_socket_closed", class: ClassTransient, anyOf: p(
		"unexpected socket close",
		"connection pool was closed",
		"retries after connection was closed",
	),
		doc: "Nodemailer: the SMTP connection closed before a reply (network)"},
}
