package classify

// Mail APIs beside SMTP and IMAP: the Gmail API
// (developers.google.com/gmail/api/guides/handle-errors) and Microsoft Graph
// (learn.microsoft.com/graph/errors, /graph/resolve-auth-errors). A 401 from
// either asks the client to refresh its access token; only a failed refresh
// (an OAuth error, see [OAuth]) says the grant is gone.
var apiRules = []rule{
	{id: "api_wrong_audience", class: ClassPlatform, anyOf: p("invalid audience", "insufficient authentication scopes", "insufficient permission", "has not been used in project", "accessnotconfigured",
		// The Gmail API not enabled in the OAuth client's project, the app's
		// consent screen in testing (round 81).
		"gmail api is not enabled", "as a test user", "app is in testing mode", "gmail api may not be enabled", "api service/app not enabled",
		// google.rpc.ErrorInfo's reason for the same (cloud.google.com/apis/design/errors;
		// "Request had insufficient authentication scopes." is its message).
		"access_token_scope_insufficient",
		// ErrorInfo's reason for an API not enabled in the project
		// (cloud.google.com/apis/design/errors, "SERVICE_DISABLED"; round 104).
		"service_disabled",
		// No scopes defined for the product's authorization (round 108).
		"no scopes for", "no scopes defined",
		// Google Play services' status for an Android OAuth client not
		// registered in the product's console project (round 110).
		"unregistered_on_api_console"),
		doc: "Gmail API, Graph: the product's token has the wrong audience or scopes, or the API is not enabled in its project"},
	{id: "api_service_account_me", class: ClassPlatform, allOf: p("precondition check failed", "/users/me/"),
		doc: "Gmail API: failedPrecondition on users/me (a service account without a delegated subject): the product's integration"},
	{id: "api_precondition", class: ClassUnknown, anyOf: p("precondition check failed"),
		doc: "Gmail API: failedPrecondition with no stated cause; names no owner action"},
	// Graph refusing a token it cannot even parse ("CompactToken parsing
	// failed", IdentityModel's "IDX14100: JWT is not well formed"): the
	// product built the Authorization header wrong (a doubled "Bearer", an
	// empty or truncated token), which no new sign-in mends
	// (learn.microsoft.com graph resolve-auth-errors).
	{id: "api_token_malformed", class: ClassPlatform, anyOf: p("compacttoken parsing failed", "jwt is not well formed", "idx14100", "authorization header format is invalid"),
		doc: "Graph: the access token in the request cannot be parsed: the product's Authorization header"},
	// Google's APIs answer a request that carried no credential at all with
	// 401 "Login Required" (reason "required", location Authorization) or
	// CREDENTIALS_MISSING, "Request is missing required authentication
	// credential" (developers.google.com/gmail/api/guides/handle-errors,
	// cloud.google.com/apis/design/errors): a client library that holds a
	// grant always sends a token, so none was stored or it could not be
	// renewed (round 24: WP Mail SMTP's Gmail mailer, fixed by authorizing
	// again). An invalid or expired token is api_access_token_expired's.
	{id: "api_no_credentials", class: ClassRevoked, anyOf: p("credentials_missing", "missing required authentication credential", `"message": "login required"`, `"message":"login required"`),
		doc: "Gmail API: the request carried no credential at all (Login Required, CREDENTIALS_MISSING): the product holds no usable grant and the owner authorizes again"},
	{id: "api_access_token_expired", class: ClassTransient, anyOf: p("request had invalid authentication credentials", "access token has expired or is not yet valid", "lifetime validation failed", "accesstokenexpired", "access token is not present or has expired", "access token has expired", "access token expired", "invalidauthenticationtoken", "invalid oauth token",
		// Google's 401 for a token it no longer takes, in its reason field
		// as the JSON error and Node's client print it.
		"reason: 'autherror'", `"reason": "autherror"`, `"reason":"autherror"`),
		// Expired with no refresh token to renew it: the grant is gone
		// (refresh_token_missing; round 77); the owner asked to sign in
		// again (round 84).
		noneOf: p("no refresh token", "please sign in again",
			// ...or says the token may have been revoked: the grant (round 95).
			"been revoked", "was revoked"),
		doc: "Gmail API, Graph 401: the access token expired or is invalid; refresh it and retry"},
	{id: "api_mailbox_not_enabled", class: ClassAdmin, anyOf: p("rest_api_not_enabled", "errorinvalidlicense", "license is invalid for the mailbox", "application does not have the required permissions", "app does not have the required permissions", "mail service not enabled", "mailboxnotenabledforrestapi", "rest api is not yet supported for this mailbox", "erroraccessdenied", "access is denied. check credentials and try again", "mailbox is either inactive, soft-deleted, or is hosted on-premise",
		// An application access policy or EWS access restriction of the
		// organisation (learn.microsoft.com graph auth-limit-mailbox-access).
		"access to odata is disabled",
		// The Gmail API's domainPolicy: the Workspace administrators have
		// disabled Gmail apps (developers.google.com/gmail/api/guides/handle-errors,
		// "403: Domain policy error"; round 104).
		"domainpolicy", "domain administrators have disabled", "administrator must allow this app"),
		doc: "Gmail API, Graph: the account has no mail service or the organisation denies access to the mailbox (an administrator's setting)"},
	// SendGrid answers a deleted or wrong API key with this sentence, over SMTP
	// and its v3 API alike (sendgrid/sendgrid-nodejs#1105): the key, the
	// mailbox's credential here, must be entered again.
	{id: "api_key_rejected", class: ClassAuth, anyOf: p("authorization grant is invalid, expired, or revoked"), provider: "sendgrid",
		doc: "SendGrid: the API key used as the password was rejected (deleted, revoked or mistyped)"},
	// Graph's ErrorInvalidRecipients and Exchange's restricted-recipient NDR
	// (5.7.129, learn.microsoft.com ... ndr/fix-error-code-5-7-129) name the
	// recipient; a message with no recipient at all, a malformed To header or
	// an unknown user in the request URL is the product's request.
	{id: "api_key_not_found", class: ClassAuth, anyOf: p("key not found"), alsoAny: p("unauthorized"),
		doc: "a sending API refused its key: not found (Brevo's 401 'Key not found', code unauthorized)"},
	// EWS and Graph item errors (learn.microsoft.com exchange web-service-reference
	// responsecode: ErrorItemNotFound, ErrorInvalidIdMalformed, ErrorInvalidRequest;
	// "The specified object was not found in the store." is ErrorItemNotFound's
	// message) name an item id or a request the product built: a stale id, a
	// deleted message, an unsupported OData call. The mailbox is reachable.
	// The Gmail API's 400 invalidArgument "Invalid To header": the address
	// to send to is not one it can parse (developers.google.com gmail api
	// users.messages.send), the recipient, as a malformed RCPT TO is.
	{id: "api_to_header_invalid", class: ClassRecipient, anyOf: p("invalid to header"),
		doc: "the Gmail API could not read the To header: the address to send to is not valid"},
	{id: "api_request_invalid", class: ClassConfig, anyOf: p("erroritemnotfound", "specified object was not found in the store", "errorinvalididmalformed", "errorinvalidrequest", "odata request is not supported", "contains no recipients", "recipient address required", "errorinvaliduser", "delegation denied", "no valid authtoken", "account api token", "differs from the account used in the oauth",
		// Graph's change notifications: the product's own endpoint did not
		// answer the validation request (learn.microsoft.com graph
		// change-notifications-delivery-webhooks, "Notification endpoint must
		// respond with 200 OK to validation request").
		"notification endpoint must respond", "subscription validation request failed",
		// Fastmail's JMAP for a token without the capability the request
		// uses (round 32).
		"disallowed capabilities"),
		doc: "Graph, Gmail API: the product's request is malformed (no recipient, a bad To header, an unknown user in the URL)"},
	{id: "api_recipient_invalid", class: ClassRecipient, anyOf: p("errorinvalidrecipients", "emaildroppedallrecipientssuppressed", "all recipients were suppressed", "at least one recipient is not valid", "don't have permission to send to it", "recipients could not be resolved"),
		doc: "Graph, Exchange: a recipient is not valid or does not accept mail from this sender"},
	// EWS ErrorNonExistentMailbox: the address has no mailbox any more (a
	// disabled or deleted user); the connection cannot continue.
	{id: "api_mailbox_gone", class: ClassRevoked, anyOf: p("errornonexistentmailbox"),
		doc: "EWS: the connected address no longer has a mailbox (user disabled or deleted)"},
	// Exchange's transient mailbox-store errors, as Graph and EWS return them
	// (learn.microsoft.com exchange web-service-reference responsecode:
	// ErrorMailboxStoreUnavailable, ErrorMailboxMoveInProgress,
	// ErrorInternalServerTransientError, ErrorConnectionFailed; Graph's 503
	// MailboxInfoStale while the mailbox's location is being refreshed).
	{id: "api_backend_unavailable", class: ClassTransient, anyOf: p("mailboxinfostale", "errormailboxstoreunavailable", "errormailboxmoveinprogress", "errorinternalservertransienterror", "errorconnectionfailed"),
		doc: "Graph, EWS: the mailbox's store is unavailable or moving for a while; retry"},
	// Sending APIs answer a wrong or revoked API key with HTTP 401 (Mailgun:
	// "401 Unauthorized - No valid API key provided", documentation.mailgun.com
	// api-intro; Postmark 401 "Missing or incorrect API token";
	// Mailjet 401; SparkPost 401): the key, the mailbox's credential there,
	// must be entered again. Quota words under a 401 stay with the quota rules.
	{id: "api_key_unauthorized", class: ClassAuth, anyOf: p("mailgun", "postmark", "mailjet", "sparkpost", "sendgrid", "brevo", "sendinblue"),
		alsoAny: p("status: 401", "status:401", `"status":401`, `"status": 401`, "statuscode: 401", "status code 401", "status code: 401", "401 unauthorized", "(401)"),
		noneOf:  p("credit", "quota", "limit"),
		doc:     "a sending API answered 401 Unauthorized: its API key was not accepted"},
	// Gmail's users.watch publishes to the product's own Cloud Pub/Sub topic,
	// which must grant gmail-api-push@system.gserviceaccount.com the
	// publisher role (developers.google.com/gmail/api/guides/push): "Error
	// sending test message to Cloud PubSub ... User not authorized".
	{id: "api_push_topic_denied", class: ClassPlatform, anyOf: p("error sending test message to cloud pubsub", "gmail-api-push@system.gserviceaccount.com"),
		doc: "Gmail API watch: the product's own Pub/Sub topic does not let Gmail publish to it"},
	// Microsoft Graph's continuous access evaluation refuses a token issued
	// before the user's sessions were revoked (password reset, account
	// disabled, an administrator's revocation: learn.microsoft.com entra
	// identity conditional-access concept-continuous-access-evaluation); the
	// grant no longer works until the owner signs in again.
	{id: "api_session_revoked", class: ClassRevoked, anyOf: p("tokenissuedbeforerevocationtimestamp"),
		doc: "Microsoft Graph (continuous access evaluation): the token predates the revocation of the user's sessions; the owner signs in again"},
	// Outlook.com's anti-abuse service (WASCL), as Exchange Web Services and
	// Graph report it: the EWS Managed API's ServiceError region "Error codes
	// to map WASCL errors" (gautamsi/ews-javascript-api
	// src/js/Enumerations/ServiceError.ts). Submission blocked or the account
	// suspended is the provider's block; a message or recipient limit lifts
	// with its period; one message taken for spam is that message.
	{id: "api_submission_blocked", class: ClassBlocked, anyOf: p("errormessagesubmissionblocked", "erroraccountsuspend"),
		doc: "Outlook.com (EWS, Graph): the anti-abuse service blocked the account's sending or suspended the account"},
	{id: "api_message_blocked", class: ClassRejected, anyOf: p("errormessageblocked"),
		doc: "Outlook.com (EWS, Graph): the anti-abuse service refused this message as spam"},
	{id: "api_throttled", class: ClassRateLimited, anyOf: p("errorserverbusy", "applicationthrottled", "mailboxconcurrency", "errorquotaexceeded", "userratelimitexceeded", "errorexceededmessagelimit", "errorexceededmaxrecipientlimit"), retry: hour,
		doc: "Graph, Gmail API: throttled, or the sender's mailbox quota is exhausted"},
}

// jmapRules: a JMAP server's session resource refused the credentials
// (RFC 8620 section 2: the client authenticates to fetch the session
// object; a 401 there is the account's login, not a temporary failure).
var jmapRules = []rule{
	{id: "jmap_session_unauthorized", class: ClassAuth, anyOf: p("/jmap/session", "jmap session"), alsoAny: p("401", "unauthorized"),
		doc: "a JMAP server refused the credentials when the client fetched its session"},
}
