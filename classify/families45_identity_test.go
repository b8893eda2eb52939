package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round 45's Microsoft Graph / identity platform and Google OAuth family
// (round45_identity.go): the round's texts, their sibling messages in the
// same sources, and look-alikes that must keep their reading.
func TestRound45IdentityFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Graph: /me with an app-only (client credentials) token.
		{"Action 0 (send_email): Graph API send failed: /me request is only valid with delegated authentication flow. (HTTP 400)", ClassPlatform, "identity_graph_me_app_only"},
		{"/me request is only valid with delegated authentication flow.", ClassPlatform, "identity_graph_me_app_only"},
		{"{\"error\":{\"code\":\"BadRequest\",\"message\":\"/me request is only valid with delegated authentication flow.\",\"innerError\":{\"date\":\"2024-05-02T08:11:12\",\"request-id\":\"b0f6b6b1-0000-0000-0000-000000000000\"}}}", ClassPlatform, "identity_graph_me_app_only"},
		// Graph / OData: a request URL naming no resource, a send on behalf
		// of a mailbox the user holds no delegation for.
		{"400 Client Error: Bad Request for url: https://graph.microsoft.com/v1.0/sendMail | Error Message: Resource not found for the segment 'sendMail'.", ClassConfig, "identity_graph_request_settings"},
		{"Resource not found for the segment 'me'.", ClassConfig, "identity_graph_request_settings"},
		{"{\"error\":{\"code\":\"BadRequest\",\"message\":\"Resource not found for the segment 'mailFolders'.\"}}", ClassConfig, "identity_graph_request_settings"},
		{"This message could not be sent. You do not have the permission to send the message on behalf of the specified user.", ClassConfig, "identity_graph_request_settings"},
		{"ErrorSendAsDenied: The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account., Cannot submit message.", ClassConfig, "ms_send_as_denied"},
		// Tokens for the wrong resource: Outlook REST / Exchange's
		// x-ms-diagnostics reason and Graph's InvalidAudienceForResource.
		{"Uncaught Outlook\\Exceptions\\Events\\RestApiException: The audience claim value is invalid 'aud'. in (...)/vendor/sagar/outlook-php/src/Outlook/Events/EventManager.php:52", ClassPlatform, "identity_token_not_for_resource"},
		{"{\"error\":{\"code\":\"InvalidAudienceForResource\",\"message\":\"The audience claim value is invalid for current resource. Audience claim is '[https://graph.microsoft.com/'](https://graph.microsoft.com/%27), request url is 'https://outlook.office.com' and resource type is 'Exchange'.\",\"innerError\":...", ClassPlatform, "identity_token_not_for_resource"},
		{"x-ms-diagnostics: 2000001;reason=\"The audience claim value is invalid 'aud'.\";error_category=\"invalid_resource\"", ClassPlatform, "identity_token_not_for_resource"},
		{"{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"IDX10214: Audience validation failed. Audiences: 'https://graph.microsoft.com'. Did not match: validationParameters.ValidAudience: 'api://mail-sync' or validationParameters.ValidAudiences: 'null'.\"}}", ClassPlatform, "identity_token_not_for_resource"},
		{"{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token validation failure. Invalid audience.\"}}", ClassPlatform, "api_wrong_audience"},
		// Exchange Online's legacy callback tokens, turned off for the
		// tenant (GetClientAccessToken).
		{"Token retrieval is not supported for this organization.", ClassPlatform, "identity_legacy_exchange_token"},
		{"{\"Items\":[{\"__type\":\"GetClientAccessTokenResponseMessage:#Exchange\",\"Token\":null,\"MessageText\":\"Token retrieval is not supported for this organization.\",\"ResponseCode\":\"ErrorForbiddenClientAccessTokenRequest\",\"ResponseClass\":\"Error\"}]}", ClassPlatform, "identity_legacy_exchange_token"},
		{"ResponseCode: ErrorForbiddenClientAccessTokenRequest", ClassPlatform, "identity_legacy_exchange_token"},
		// Graph 507 for the connected mailbox's own quota.
		{"{\n  \"error\": {\n    \"code\": \"QuotaExceededException\",\n    \"message\": \"Target mailbox quota exceeded.\",\n    \"innerError\": {\n      \"request-id\": \"9e98b005-0229-45a8-b40d-b840e35063f4\",\n      \"date\": \"2019-12-10T15:22:24\"\n    }\n  }\n}", ClassRateLimited, "identity_graph_mailbox_quota"},
		{"{\"error\":{\"code\":\"QuotaExceededException\",\"message\":\"Target mailbox quota exceeded.\"}}", ClassRateLimited, "identity_graph_mailbox_quota"},
		{"Microsoft.Graph.Models.ODataErrors.ODataError: Target mailbox quota exceeded. Code: QuotaExceededException", ClassRateLimited, "identity_graph_mailbox_quota"},
		{"{\"error\":{\"code\":\"ErrorQuotaExceeded\",\"message\":\"The process failed to allocate memory. Mailbox is full.\"}}", ClassRateLimited, "api_throttled"},
		// Google: Advanced Protection refuses an app it has not approved.
		{"Error 400: policy_enforced", ClassPlatform, "identity_google_advanced_protection"},
		{"ERROR 400: policy_enforced", ClassPlatform, "identity_google_advanced_protection"},
		{"Authorisation Error\nError 400: policy_enforced\nAdvanced Protection prevented your Google Account from being signed in. This security feature stops most non-Google apps and services from accessing your data to keep your account protected.", ClassPlatform, "identity_google_advanced_protection"},
		{"Access blocked: prometheus-gmail-exporter is not approved by Advanced Protection", ClassPlatform, "identity_google_advanced_protection"},
		{"Advanced Protection prevented your Google Account from being signed in.", ClassPlatform, "identity_google_advanced_protection"},
		// Google: the product's OAuth client setup (origins, response type).
		{"Error: origin_mismatch", ClassPlatform, "identity_google_client_setup"},
		{"Error 400: origin_mismatch", ClassPlatform, "identity_google_client_setup"},
		{"{\"error\": \"idpiframe_initialization_failed\", \"details\": \"Not a valid origin for the client: http://localhost:8000 has not been registered for client ID 1234.apps.googleusercontent.com. Please go to https://console.developers.google.com/ and register this origin for your project's client ID.\"}", ClassPlatform, "identity_google_client_setup"},
		{"idpiframe_initialization_failed: Not a valid origin for the client", ClassPlatform, "identity_google_client_setup"},
		{"Error 400: unsupported_response_type", ClassPlatform, "identity_google_client_setup"},
		// Google: the browser blocks the sign-in library's storage.
		{"idpiframe_initialization_failed: Failed to read the 'localStorage' property from 'Window'", ClassConfig, "identity_google_browser_storage"},
		// Google's other authorization errors keep their readings.
		{"Error 400: admin_policy_enforced", ClassAdmin, "oauth_admin_policy"},
		{"400 access_not_configured", ClassAdmin, "oauth_admin_policy"},
		{"Error 403: org_internal", ClassPlatform, "oauth_invalid_client"},
		{"Error 403: disallowed_useragent", ClassPlatform, "oauth_invalid_client"},
		{"Error 401: deleted_client", ClassPlatform, "oauth_invalid_client"},
		{"Error 401: invalid_client", ClassPlatform, "oauth_invalid_client"},
		{"Error 400: redirect_uri_mismatch", ClassPlatform, "oauth_invalid_client"},
		{"Error 400: invalid_request", ClassPlatform, "oauth_invalid_client"},
		{"Error 400: invalid_scope", ClassPlatform, "oauth_invalid_client"},
		{"Error 403: access_denied", ClassRevoked, "oauth_invalid_grant"},
		{"Authorization Error\nError 403: access_denied\nThe developer hasn’t given you access to this app. It’s currently being tested and it hasn’t been verified by Google.", ClassPlatform, ""},
		// Look-alikes: a recipient's full mailbox, a DKIM check, an expired
		// token, a generic token failure keep their readings.
		{"554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded", ClassRecipient, ""},
		{"DKIM signature validation failed", ClassRejected, ""},
		{"IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '1/1/2024 10:00:00 AM', Current time (UTC): '1/1/2024 11:00:00 AM'.", ClassTransient, "api_access_token_expired"},
		{"GenericTokenError: An internal error has occurred.", ClassTransient, ""},
	})
	// Every entry of the IdentityModel token-validation catalog.
	entries := loadCatalogs(t)["client_identitymodel_tokens"]
	assert.Len(t, entries, 51)
	for _, e := range entries {
		v := Text(e.Text)
		assert.Equal(t, e.WantClass, v.Class, "%s (rule %s): %.100s", e.ID, v.Rule, e.Text)
	}
	// Look-alikes that must not read as a platform fault or a reconnect.
	assertNotClasses(t, []string{
		"\"password_policy_enforced\": true",
		"status.policy_enforced = false",
		"Signature validation failed for the S/MIME message",
		"DKIM-Signature validation failed: body hash did not verify",
		"Resource not found",
	}, ClassPlatform, ClassRevoked, ClassAuth)
}
