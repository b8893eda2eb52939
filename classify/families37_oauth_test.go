package classify

import (
	"testing"
)

// Round 37's OAuth client libraries and CLIs (round37_oauth.go): each family
// as the round holds it and in its sibling messages from the same code or
// published table, and look-alikes that must not read as a refused or
// revoked login.
func TestRound37OAuthFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Azure CLI, the Azure xplat CLI, GAM and Yahoo: the stored grant is
		// gone or needs interaction, sign in again.
		{"An exception occurred during task execution. To see the full traceback, use -vvv. The error was: knack.util.CLIError: Credentials have expired due to inactivity. Please run 'az login'", ClassRevoked, "oauth_cli_sign_in_again"},
		{"error: Credentials have expired, please reauthenticate.", ClassRevoked, "oauth_cli_sign_in_again"},
		{"Configuration of your account was changed. Please run 'az login'", ClassRevoked, "oauth_cli_sign_in_again"},
		{"The credential data used by CLI has been expired because you might have changed or reset the password. Please clear browser's cookies and run 'az login'", ClassRevoked, "oauth_cli_sign_in_again"},
		{"Authentication is migrated to Microsoft identity platform (v2.0). Please run 'az login' to login.", ClassRevoked, "oauth_cli_sign_in_again"},
		{"Can't find token from MSAL cache.\nTo re-authenticate, please run:\naz login", ClassRevoked, "oauth_cli_sign_in_again"},
		{"ERROR: Reauthentication is needed, please run\n\ngam oauth create", ClassRevoked, "oauth_cli_sign_in_again"},
		{"ACCOUNT_NOT_AUTHORIZED: The user has not authorized requesting Client ID (Consumer Key).", ClassRevoked, "oauth_cli_sign_in_again"},
		// google-auth-library and python-o365: the program gave the library no
		// refresh token, or its own refresh code failed.
		{"The API returned an error: Error: No refresh token is set.\nError when getting recent emails: Error: No refresh token is set.", ClassPlatform, "oauth_library_refresh_unset"},
		{"No refresh token or refresh handler callback is set.", ClassPlatform, "oauth_library_refresh_unset"},
		{"Error: No access, refresh token, API key or refresh handler callback is set.", ClassPlatform, "oauth_library_refresh_unset"},
		{"No access token is returned by the refreshHandler callback.", ClassPlatform, "oauth_library_refresh_unset"},
		{"google.auth.exceptions.RefreshError: The credentials returned by the refresh_handler are already expired.", ClassPlatform, "oauth_library_refresh_unset"},
		{"Unable to fetch auth token. Error: local variable 'scopes' referenced before assignment\nRefresh for Client Credentials Grant Flow failed.", ClassPlatform, "oauth_library_refresh_unset"},
		{"You can not refresh an access token that has no 'refresh_token' available.Include 'offline_access' permission to get a 'refresh_token'.", ClassPlatform, "oauth_library_refresh_unset"},
		{"RuntimeError: There is no refresh token to refresh", ClassPlatform, "oauth_library_refresh_unset"},
		// Yahoo: the app's registration (scopes, consumer key, callback).
		{"Developers: Please request scope from registered scopes and submit again.", ClassPlatform, "oauth_yahoo_app_registration"},
		{"INVALID_CONSUMER_KEY", ClassPlatform, "oauth_yahoo_app_registration"},
		{"DISABLED_CONSUMER_KEY", ClassPlatform, "oauth_yahoo_app_registration"},
		{"BAD_REDIRECT_URI", ClassPlatform, "oauth_yahoo_app_registration"},
		{"INVALID_CALLBACK: The redirect_uri provided with this request uses an unsupported port or does not match the Client ID (Consumer Key).", ClassPlatform, "oauth_yahoo_app_registration"},
		// Google Workspace: API access or the user's service off (GAM).
		{"Error 403: Domain cannot use apis. - domainCannotUseApis", ClassAdmin, "oauth_workspace_api_off"},
		{"ERROR: 403: domainCannotUseApis - Domain cannot use apis", ClassAdmin, "oauth_workspace_api_off"},
		{"User: anna@example.com, Gmail Service/App not enabled", ClassAdmin, "oauth_workspace_api_off"},
		{"User: anna@example.com, Drive Service/App not enabled", ClassAdmin, "oauth_workspace_api_off"},
		// CodeTwo's automatic registration in the tenant.
		{"Failed to register 'CodeTwo Backup' with tenant '<TenantID>'.", ClassAdmin, "oauth_app_tenant_registration"},
		{"Failed to register 'CodeTwo Office 365 Migration' with tenant 'contoso.onmicrosoft.com'.", ClassAdmin, "oauth_app_tenant_registration"},
		{"Failed to register 'CodeTwo Exchange Migration' with tenant '3f2504e0-4f89-11d3-9a0c-0305e82c3301'.", ClassAdmin, "oauth_app_tenant_registration"},
		// Afi: the provider's throttling for the mailbox.
		{"Can't download the item due to exceeded provider quota on this resource, will retry later", ClassRateLimited, "oauth_provider_quota"},
		{"Can't download the item due to exceeded provider quota on this resource", ClassRateLimited, "oauth_provider_quota"},
		{"Calendar: 3 items: Can't download the item due to exceeded provider quota on this resource, will retry later", ClassRateLimited, "oauth_provider_quota"},
		// Nodemailer: the connection went away.
		{"Error: Unexpected socket close", ClassTransient, "oauth_socket_closed"},
		{"Error: Connection pool was closed", ClassTransient, "oauth_socket_closed"},
		{"Reached maximum number of retries after connection was closed", ClassTransient, "oauth_socket_closed"},
		// GAM's Google 503, not an SMTP 503 reply (Graph's and Google's serviceNotAvailable, round37_apis.go).
		{"ERROR: 503: serviceNotAvailable - The service is currently unavailable.", ClassTransient, "apis_server_transient"},
		{"gamlib.glgapi.serviceNotAvailable: The service is currently unavailable", ClassTransient, "apis_server_transient"},
		{"User: anna@example.com, Service Gmail, ERROR: 503: serviceNotAvailable - The service is currently unavailable.", ClassTransient, "apis_server_transient"},
	})
	// Look-alikes from the same libraries: no verdict on the owner's
	// credentials or grant.
	assertNotClasses(t, []string{
		"No access token in response.",
		"There are no scopes authorized for the API(s): Gmail",
		"Authentication info was not provided",
		"Error: Connection closed unexpectedly",
		"The refresh_handler returned token is not a string.",
		"Refresh for Client Credentials Grant Flow failed.",
		"Gmail Service/App not enabled",
		"ERROR: 503: serviceNotAvailable - The service is currently unavailable.",
		"Failed to register 'CodeTwo Backup' with tenant '<TenantID>'.",
		"Developers: Please request scope from registered scopes and submit again.",
	}, ClassAuth, ClassRevoked)
}
