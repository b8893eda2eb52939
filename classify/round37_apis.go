package classify

// Round 37's mail API families (testdata/heldout/round37.jsonl, rows h37c-):
// Exchange Web Services response codes and their messages, Microsoft Graph's
// error codes, the Gmail API's and Google's API front end's refusals of a
// request, and the HTTP libraries' wording around them. Phrases are fixed
// text, lower-cased, without placeholders; catalog:
// testdata/catalogs/mail_api_errors.jsonl.
//
// Sources:
//   - EWS ResponseCodeType: Microsoft's ResponseCode page
//     (MicrosoftDocs/office-developer-exchange-docs
//     docs/web-service-reference/responsecode.md, commit 5a8808d7) for each
//     code's meaning, and the message EWS sends with it as the EWS Managed
//     API's ServiceError enumeration documents it (gautamsi/ews-javascript-api
//     src/js/Enumerations/ServiceError.ts, commit e30870a3): throttling
//     (ErrorExceededSubscriptionCount, ErrorExceededConnectionCount), server
//     trouble and subscription state (ErrorMoveCopyFailed,
//     ErrorNoApplicableProxyCASServersAvailable,
//     ErrorNewEventStreamConnectionOpened, ErrorSubscriptionNotFound,
//     ErrorExpiredSubscription), the integrating application's impersonation
//     and request headers (ErrorInvalidExchangeImpersonationHeaderData,
//     ErrorMoreThanOneAccessModeSpecified, ErrorAccessModeSpecified,
//     ErrorInvalidUserPrincipalName, ErrorIncorrectSchemaVersion,
//     ErrorInvalidSerializedAccessToken, ErrorExceededFindCountLimit), the
//     account (ErrorAccountDisabled, ErrorPasswordChangeRequired) and the
//     endpoint (ErrorCrossSiteRequest: use Autodiscover for the right URL).
//     Exchange Online's own sentence for an app-only token sent without the
//     impersonation header ("ExchangeImpersonation SOAP header must be
//     present for this type of OAuth token") is the same code's.
//   - Microsoft Graph error codes (microsoftgraph/microsoft-graph-docs-contrib
//     concepts/errors.md, commit 02b4cba0): serviceNotAvailable,
//     resyncRequired, syncStateNotFound (transient), quotaLimitReached
//     (rate_limited), extensionError (the mailbox on premises, or an
//     application access policy: admin), invalidRequest (the app's request);
//     Graph's MailboxNotHostedInExchangeOnline, "Mailbox is hosted by an
//     on-premise or non-Exchange server" (Graph serves Exchange Online
//     mailboxes only: the organisation's hosting, admin), and its empty
//     UnknownError body of a gateway timeout.
//   - Gmail API "Resolve errors" (developers.google.com/gmail/api/guides/
//     handle-errors): domainPolicy, "The domain administrators have disabled
//     Gmail apps." (admin), badRequest (the app's request); the Gmail
//     reference's gmail.metadata scope, which cannot search with q nor fetch
//     format FULL or RAW ("Metadata scope does not support 'q' parameter",
//     "Metadata scope doesn't allow format FULL/RAW"); messages.send's
//     "'raw' RFC822 payload message string or uploading message via /upload/*
//     URL required"; Google's API front end refusing a body or query it
//     cannot decode ("Invalid JSON payload received. Unknown name ...: Cannot
//     bind query parameter" / "Cannot find field.", "Invalid value at
//     'message.raw' (TYPE_BYTES), Base64 decoding failed", "Invalid value for
//     ByteString"): the integrating product's scope or request, platform.
//   - urllib3 (src/urllib3/exceptions.py ResponseError): GENERIC_ERROR "too
//     many error responses", SPECIFIC_ERROR "too many {status_code} error
//     responses", raised when retries on 5xx (transient) or 429 (rate_limited)
//     replies are used up.
//   - .NET System.Net WebException statuses KeepAliveFailure, ConnectionClosed
//     and ReceiveFailure ("The underlying connection was closed: A connection
//     that was expected to be kept alive was closed by the server." / "The
//     connection was closed unexpectedly." / "An unexpected error occurred on
//     a receive."): a dropped connection, transient. (The same prefix with
//     "Could not establish trust relationship" is TLS, config, left alone.)
//   - A web page served where the EWS SOAP endpoint was expected: Outlook Web
//     App's forms-login answer "440 Login Timeout" (Microsoft's own HTTP
//     status, the OWA session page) for a client pointed at /owa/, and a
//     sign-in page's noscript text ("This application need to enable
//     Javascript", "You need to enable JavaScript to run this app.",
//     Microsoft's sign-in page's "JavaScript is required. This web browser
//     does not support JavaScript ..."): the server URL is wrong, config.

// round37APIsEarlyRules come before headRules: oauth_html_body reads an OWA
// page as a token endpoint's HTML (transient), oauth_slow_down reads
// "Throttled" in a script's name, credentials_rejected reads "failed to
// authenticate" before the page's words.
var round37APIsEarlyRules = []rule{
	{id: "apis_web_page_not_ews", class: ClassConfig, anyOf: p(
		"this application need to enable javascript",
		"you need to enable javascript to run this app",
		"javascript is required. this web browser does not support javascript",
		"440 login timeout", "440 login time-out",
		"errorcrosssiterequest",
	),
		alsoAny: p("ews server", "/ews/", "exchange.asmx", "/owa", "errorcrosssiterequest"),
		doc:     "EWS: the server URL answered with a web page (Outlook Web App's 440 Login Timeout, a sign-in page needing JavaScript) or another site's Client Access server: the endpoint setting is wrong"},
	{id: "apis_server_transient", class: ClassTransient, anyOf: p(
		"errormovecopyfailed", "the move or copy operation failed",
		"errornoapplicableproxycasserversavailable", "no available client access services servers",
		"errorneweventstreamconnectionopened", "another connection was opened against this subscription",
		"errorsubscriptionnotfound", "the specified subscription was not found",
		"errorexpiredsubscription", "subscription information is not available",
		"servicenotavailable", "resyncrequired", "syncstatenotfound",
		`"code": "unknownerror"`, `"code":"unknownerror"`, `'code': 'unknownerror'`,
		"too many error responses",
		"too many 500 error responses", "too many 502 error responses",
		"too many 503 error responses", "too many 504 error responses",
		"a connection that was expected to be kept alive was closed by the server",
		"the underlying connection was closed: the connection was closed unexpectedly",
		"the underlying connection was closed: an unexpected error occurred on a receive",
	),
		doc: "EWS, Graph: a server-side failure, a subscription or sync state to re-create, retries on 5xx used up or a dropped connection: retry"},
}

// round37APIsRules come right before apiRules: api_request_invalid reads
// ErrorInvalidUserPrincipalName's "invalid user" as config, and the later
// account_blocked and code_4xx rules would decide the rest first.
var round37APIsRules = []rule{
	{id: "apis_throttled", class: ClassRateLimited, anyOf: p(
		"errorexceededsubscriptioncount", "exceeded the available subscriptions for your account",
		"errorexceededconnectioncount", "exceeded the available concurrent connections",
		"quotalimitreached",
		"too many 429 error responses",
	), retry: hour,
		doc: "EWS, Graph: the user's throttling budget (subscriptions, concurrent connections) or quota is used up"},
	{id: "apis_app_request", class: ClassPlatform, anyOf: p(
		"exchangeimpersonation soap header must", "errorinvalidexchangeimpersonationheaderdata",
		"only one access mode header may be specified", "errormorethanoneaccessmodespecified",
		"impersonation authentication header should not be included", "erroraccessmodespecified",
		"impersonation principal name is invalid", "errorinvaliduserprincipalname",
		"errorincorrectschemaversion", "requestserverversion soap header",
		"errorinvalidserializedaccesstoken", "invalid serialized access token",
		"errorexceededfindcountlimit",
		`"code": "invalidrequest"`, `"code":"invalidrequest"`,
		"metadata scope does not support", "metadata scope doesn't allow format",
		"'raw' rfc822 payload message string",
		"invalid json payload received", "cannot bind query parameter",
		"(type_bytes)", "invalid value for bytestring",
		`"reason": "badrequest"`, `"reason":"badrequest"`,
	),
		doc: "EWS, Graph, Gmail API: the integrating application's request or scope is wrong (impersonation header, schema version, paging, gmail.metadata scope, a body the API cannot decode)"},
	{id: "apis_mailbox_not_hosted", class: ClassAdmin, anyOf: p(
		"mailboxnothostedinexchangeonline", "hosted by an on-premise or non-exchange server",
		"mailbox is located on premises and the exchange server does not support",
		"the domain administrators have disabled gmail apps", `"reason": "domainpolicy"`, `"reason":"domainpolicy"`,
	),
		doc: "Graph, Gmail API: the organisation's mailbox is not in Exchange Online, or its administrators keep apps out of Gmail"},
	{id: "apis_ews_account_disabled", class: ClassRevoked, anyOf: p("erroraccountdisabled"),
		doc: "EWS ErrorAccountDisabled: the account is disabled; the owner connects again once it is enabled"},
	{id: "apis_ews_password_change", class: ClassAuth, anyOf: p("errorpasswordchangerequired", "password change is required"),
		doc: "EWS ErrorPasswordChangeRequired: the password must be changed in Outlook Web App before the mailbox can be used"},
}
