package classify

import (
	"testing"
)

// Round 37's mail API families (classify/round37_apis.go): each round text,
// siblings from the same vocabulary (EWS ResponseCodeType messages, Graph's
// error codes, the Gmail API's and Google's front end's refusals, urllib3's
// and .NET's connection wording), and look-alikes that must not read as a
// credential verdict.
func TestRound37APIsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Gmail API: the gmail.metadata scope the product requested.
		{`{ "error": { "errors": [ { "domain": "global", "reason": "forbidden", "message": "Metadata scope does not support 'q' parameter" } ], "code": 403, "message": "Metadata scope does not support 'q' parameter" } }`, ClassPlatform, "apis_app_request"},
		{"Metadata scope doesn't allow format FULL", ClassPlatform, "apis_app_request"},
		{"Metadata scope doesn't allow format RAW", ClassPlatform, "apis_app_request"},
		{`<HttpError 403 when requesting https://gmail.googleapis.com/gmail/v1/users/me/messages?q=is%3Aunread returned "Metadata scope does not support 'q' parameter">`, ClassPlatform, "apis_app_request"},
		// Gmail API and Google's front end refusing the product's request body.
		{"googleapi: Error 400: 'raw' RFC822 payload message string or uploading message via /upload/* URL required, invalidArgument", ClassPlatform, "apis_app_request"},
		{`{"error": {"code": 400, "message": "'raw' RFC822 payload message string or uploading message via /upload/* URL required", "status": "INVALID_ARGUMENT"}}`, ClassPlatform, "apis_app_request"},
		{"ERROR: DetailedApiRequestError(status: 400, message: Invalid value at 'message.raw' (TYPE_BYTES), Base64 decoding failed, when calling 'send'", ClassPlatform, "apis_app_request"},
		{`Invalid value at 'raw' (TYPE_BYTES), Base64 decoding failed for "Subject: hello"`, ClassPlatform, "apis_app_request"},
		{"Invalid value for ByteString", ClassPlatform, "apis_app_request"},
		{`message": "Invalid JSON payload received. Unknown name \"message\": Cannot bind query parameter. 'message' is a message type. Parameters can only be bound to primitive types.",`, ClassPlatform, "apis_app_request"},
		{`Invalid JSON payload received. Unknown name "refresh_tokens": Cannot bind query parameter. Field 'refresh_tokens' could not be found in request message.`, ClassPlatform, "apis_app_request"},
		{`Invalid JSON payload received. Unknown name "to": Cannot find field.`, ClassPlatform, "apis_app_request"},
		{`{ "error": { "code": 400, "errors": [ { "domain": "global", "location": "orderBy", "locationType": "parameter", "message": "Sorting is not supported for queries with fullText terms. Results are always in descending relevance order.", "reason": "badRequest" } ] } }`, ClassPlatform, "apis_app_request"},
		// EWS: the integrating application's impersonation and request headers.
		{"Microsoft.Exchange.WebServices.Data.ServiceResponseException : ExchangeImpersonation SOAP header must be present for this type of OAuth token.", ClassPlatform, "apis_app_request"},
		{"ErrorInvalidExchangeImpersonationHeaderData: An ExchangeImpersonation SOAP header must contain a user principal name, user SID, or primary SMTP address.", ClassPlatform, "apis_app_request"},
		{"ServiceResponseException: Only one access mode header may be specified.", ClassPlatform, "apis_app_request"},
		{"ErrorInvalidUserPrincipalName: The impersonation principal name is invalid.", ClassPlatform, "apis_app_request"},
		{"ErrorIncorrectSchemaVersion: The request is valid but does not specify the correct server version in the RequestServerVersion SOAP header.", ClassPlatform, "apis_app_request"},
		{`{"error": {"code": "invalidRequest", "message": "Invalid request"}}`, ClassPlatform, "apis_app_request"},
		// Graph and Gmail: the organisation's mailbox hosting or app policy.
		{"{\n  \"error\": {\n    \"code\": \"MailboxNotHostedInExchangeOnline\",\n    \"message\": \"Mailbox is hosted by an on-premise or non-Exchange server, which is not supported.\"\n  }\n}", ClassAdmin, "apis_mailbox_not_hosted"},
		{"Code: MailboxNotHostedInExchangeOnline", ClassAdmin, "apis_mailbox_not_hosted"},
		{"Message: The mailbox is located on premises and the Exchange server does not support federated Microsoft Graph requests.", ClassAdmin, "apis_mailbox_not_hosted"},
		{`<HttpError 403 "The domain administrators have disabled Gmail apps.">`, ClassAdmin, "apis_mailbox_not_hosted"},
		{`{"error": {"errors": [{"domain": "global", "reason": "domainPolicy", "message": "Forbidden"}], "code": 403}}`, ClassAdmin, "apis_mailbox_not_hosted"},
		// Server trouble, subscriptions and sync state, dropped connections.
		{"code=ErrorMoveCopyFailed\n  message=The move or copy operation failed.", ClassTransient, "apis_server_transient"},
		{"EWSItemError: The move or copy operation failed.", ClassTransient, "apis_server_transient"},
		{"ErrorNoApplicableProxyCASServersAvailable: Exchange Web Services are not currently available for this request because there are no available Client Access Services Servers in the target AD Site.", ClassTransient, "apis_server_transient"},
		{"ServiceResponseException: The specified subscription was not found.", ClassTransient, "apis_server_transient"},
		{"ErrorNewEventStreamConnectionOpened: Another connection was opened against this subscription.", ClassTransient, "apis_server_transient"},
		{"{\n  \"error\": {\n    \"code\": \"UnknownError\",\n    \"message\": \"\",\n    \"innerError\": {\n      \"date\": \"2019-10-01T12:51:43\"\n    }\n  }\n}", ClassTransient, "apis_server_transient"},
		{`{"error": {"code": "serviceNotAvailable", "message": "The service is not available. Try the request again after a delay."}}`, ClassTransient, "apis_server_transient"},
		{`{"error": {"code": "syncStateNotFound", "message": "The sync state generation is not found."}}`, ClassTransient, "apis_server_transient"},
		{"(Caused by ResponseError('too many 504 error responses'))", ClassTransient, "apis_server_transient"},
		{"urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='graph.microsoft.com', port=443): Max retries exceeded with url: /v1.0/me/messages (Caused by ResponseError('too many 503 error responses'))", ClassTransient, "apis_server_transient"},
		{"requests.exceptions.RetryError: (Caused by ResponseError('too many error responses'))", ClassTransient, "apis_server_transient"},
		{`15-01-2025 09:09:32 [ThrottledBatchMove] UNEXPECTED ERROR ON MOVE: Exception calling "MoveItems" with "3" argument(s): "The request failed. The underlying connection was closed: A connection that was expected to be kept alive was closed by the server."`, ClassTransient, "apis_server_transient"},
		{"The request failed. The underlying connection was closed: The connection was closed unexpectedly.", ClassTransient, "apis_server_transient"},
		{"System.Net.WebException: The underlying connection was closed: An unexpected error occurred on a receive.", ClassTransient, "apis_server_transient"},
		// Throttling budgets.
		{"EWSItemError: You have exceeded the available subscriptions for your account.  Remove unnecessary subscriptions and try your request again.", ClassRateLimited, "apis_throttled"},
		{"ErrorExceededSubscriptionCount", ClassRateLimited, "apis_throttled"},
		{`{"error": {"code": "quotaLimitReached", "message": "The user has reached their quota limit."}}`, ClassRateLimited, "apis_throttled"},
		{"(Caused by ResponseError('too many 429 error responses'))", ClassRateLimited, "apis_throttled"},
		// The account itself.
		{"ErrorAccountDisabled: Account is disabled. Contact the account administrator.", ClassRevoked, "apis_ews_account_disabled"},
		{"ErrorPasswordChangeRequired: Password change is required.", ClassAuth, "apis_ews_password_change"},
		// A web page where the EWS endpoint was expected.
		{"Fehler bei der Abfrage des Servers und des Postfachs:HTTP Client error 440: \nURL:https://***/owa/\n<HTML><SCRIPT>if (parent.navbar != null) parent.location = self.location;else self.location = self.location;</SCRIPT><BODY>440 Login Timeout</BODY></HTML>\n\n (Code: -19)", ClassConfig, "apis_web_page_not_ews"},
		{"HTTP Client error 440: URL:https://mail.example.com/owa/auth/logon.aspx 440 Login Time-out", ClassConfig, "apis_web_page_not_ews"},
		{"Failed to authenticate with EWS server: This application need to enable Javascript", ClassConfig, "apis_web_page_not_ews"},
		{"Failed to authenticate with EWS server: You need to enable JavaScript to run this app.", ClassConfig, "apis_web_page_not_ews"},
		{"Request to https://mail.example.com/EWS/Exchange.asmx returned a page: JavaScript required. JavaScript is required. This web browser does not support JavaScript or JavaScript in this web browser is not enabled.", ClassConfig, "apis_web_page_not_ews"},
		{"ErrorCrossSiteRequest: This request isn't allowed because the Client Access server that's servicing the request is in a different site than the requested resource. Use Autodiscover to find the correct URL for accessing the specified resource.", ClassConfig, "apis_web_page_not_ews"},
	})
	// Look-alikes: words of authentication and accounts that are no
	// credential verdict here.
	assertNotClasses(t, []string{
		"Failed to authenticate with EWS server: This application need to enable Javascript",
		"ExchangeImpersonation SOAP header must be present for this type of OAuth token.",
		"An ExchangeImpersonation SOAP header must contain a user principal name, user SID, or primary SMTP address.",
		"The impersonation authentication header should not be included.",
		"Invalid serialized access token.",
		"Metadata scope doesn't allow format FULL",
		"HTTP 440 Login Timeout at https://mail.example.com/owa/",
		"The request failed. The underlying connection was closed: A connection that was expected to be kept alive was closed by the server.",
	}, ClassAuth, ClassRevoked, ClassBlocked)
}
