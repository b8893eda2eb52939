package classify

// Round 47's sending relays' and transactional mail APIs' error bodies as the
// apps that call them log them (testdata/heldout/round47.jsonl, rows
// h47s-ses-, h47s-sendgrid-, h47s-sparkpost-, h47s-resend-, h47s-mailgun-,
// h47s-sendcloud-, h47s-aliyun-), covered from each relay's published error
// reference read whole; the entries are in
// testdata/catalogs/relay_api_errors47.jsonl (those of
// testdata/catalogs/relay_apis.jsonl are not repeated). All read 2026-12-05.
//
// Sources, and why each class:
//   - Amazon SES. The Query API's error codes
//     (https://docs.aws.amazon.com/ses/latest/dg/api-error-codes.html,
//     awsdocs/amazon-ses-developer-guide doc-source/api-error-codes.md at
//     commit fcfd87c, its last revision before the guide dropped it), its
//     sending errors
//     (troubleshoot-error-messages.md, commit 5b3d6427), and each Send*
//     action's errors in the API references v1 and v2 (descriptions as
//     boto/botocore commit 0e6e2404 carries them in
//     botocore/data/ses/2010-12-01/service-2.json and
//     botocore/data/sesv2/2019-09-27/service-2.json). InvalidAction (an
//     action the endpoint does not have, such as "Could not find operation
//     GetSendQuota for version 2009-10-16"), InvalidParameterCombination,
//     InvalidQueryParameter, MissingAction, BadRequestException, NotFound,
//     templates, an unverified sender or MAIL FROM domain, no recipients or
//     a non-ASCII address: the integration's request or sender setup
//     (config). AccountSuspendedException, SendingPausedException and
//     ProductionAccessNotGranted: SES holds the account (blocked, as
//     relay_apis.jsonl labels "Account is paused" and Postmark's pending
//     account). LimitExceededException: a quota (rate_limited).
//     MessageRejected "because it contains invalid content": the message
//     (rejected). InvalidParameterValue's own messages for an address are
//     Jakarta/JavaMail's InternetAddress.checkAddress() AddressException
//     messages word for word (jakartaee/mail-api commit 7392efdc,
//     api/src/main/java/jakarta/mail/internet/InternetAddress.java: "Local
//     address contains illegal character", "Domain contains control or
//     whitespace", "Missing domain" and the rest); the product built or
//     passed a malformed address: config, as testdata labels SES's "Missing
//     final '@domain'" and "Empty address". They are read only with SES's
//     InvalidParameterValue, SES's SMTP "554 Transaction failed:" or
//     JavaMail's own AddressException ("... in string ``...''", config in
//     round 23) beside them; "Missing final '@domain'" stays setup_words'.
//   - SparkPost's extended error codes
//     (https://support.sparkpost.com/docs/tech-resources/extended-error-codes,
//     SparkPost/support-docs content/docs/tech-resources/extended-error-codes.md
//     commit 53c0c7c8): URI, method, parameters, content type, headers,
//     templates, substitution data, metadata and the sender's local part are
//     the integration's request (config); 1500 and 1501 (SparkPost's
//     database) transient. 1902 "Message generation rejected" with the
//     reason "recipient address was suppressed due to customer policy" or
//     "... system policy" (preparing-for-async-suppressions.md and the FAQ
//     pages of the same commit; a bounce event carries it after 554 5.7.1):
//     the recipient is on a suppression list (recipient), not the message.
//   - SendGrid's v3 Mail Send and batch responses (twilio/sendgrid-oai
//     commit dbe0e0d2, spec/json/tsg_mail_v3.json components.responses):
//     403 "access forbidden" is a key without the scope the endpoint needs
//     (config, as relay_apis.jsonl's 60604), "invalid request", "not found",
//     "method not allowed", "invalid batch id", "batch id not found": the
//     integration's request (config). "Your account is temporarily under
//     review. Please contact Support to regain access." is SendGrid's
//     compliance review (sendgrid/docs commit c3eb3fef,
//     content/docs/ui/account-and-settings/account-under-review.md: a
//     suspended account's mail is held): blocked.
//   - Resend's errors (https://resend.com/docs/api-reference/errors, and as
//     resend/resend-rust commit 70ca6fe3 src/error.rs copies it):
//     restricted_api_key ("This API key is restricted to only send emails":
//     a Sending-access key on an endpoint that needs Full access),
//     idempotency keys, fields, parameters, attachments, endpoint and method:
//     config; suspended_api_key: blocked (Resend holds the key);
//     daily_quota_exceeded, monthly_quota_exceeded, email_above_quota:
//     rate_limited; concurrent_idempotent_requests and resource_locked
//     ("try again later"): transient.
//   - Mailgun's /messages error codes
//     (https://documentation.mailgun.com/en/latest/api-sending.html,
//     mailgun/documentation source/api-sending.rst commit 83022eda): missing
//     or malformed parameters, encoding, an invalid address, a sandbox or
//     free account's authorized recipients, an unverified or unknown domain,
//     an IP the account does not allow: config (an account not yet
//     activated is blocked, as testdata already labels it); "not allowed to
//     send large batches yet": a new domain's limit (rate_limited); 401
//     "Forbidden": the key (auth). Its API root answers 200 "Mailgun
//     Magnificent API" to a URL that is no endpoint, which django-anymail
//     turns into "Invalid Mailgun API endpoint ... Check your ...
//     MAILGUN_API_URL settings" (anymail/django-anymail commit 8c40cc46,
//     anymail/backends/mailgun.py, with its other sender-domain errors;
//     libs_setting already reads that sentence): config.
//   - SendCloud (https://www.sendcloud.net/doc/en/email_v2, "API Return
//     Code"): 40011 and 40012 (an address parameter empty or malformed), and
//     its v1 API's "api_user and api_key can not be null !"
//     (shanelau/sendcloud#14): no credentials were sent: config.
//   - SwiftMailer's "Address in mailbox given [...] does not comply with RFC
//     2822, 3.6.2." with a relay's host name in the brackets
//     (v2board/v2board#319: smtpdm.aliyun.com as the From): the settings put
//     the host where the sender's address belongs (config), read before
//     asia_recipient_address takes a whole address as a customer's.
//
// Each rule's phrases are the references' fixed words, lower-cased, without
// placeholders; words that other products say too (SparkPost's "invalid
// params", SendGrid's "not found") are taken with their code or their JSON
// field around them.

// round47RelayapisEarlyRules come before round45AsiaEarlyRules and the
// general rules: "does not comply with RFC 2822" with a relay's host name
// would read as a recipient's address, SparkPost's suppression reasons as
// its 1902 code's rejected message or a 5.7.1 reply, SES's address messages
// as their 400 status, Resend's "endpoint does not exist" as a recipient,
// Mailgun's "too many recipients" as a rate limit, and SendGrid's "under
// review" as temporary wording.
var round47RelayapisEarlyRules = []rule{
	{id: "relay_recipient_suppressed", class: ClassRecipient, anyOf: p(
		// SparkPost 1902 reasons and the bounce that carries them
		"was suppressed due to customer policy", "was suppressed due to system policy"),
		doc: "SparkPost refused the send because the recipient is on its own or the account's suppression list (1902, or a 554 5.7.1 bounce): the recipient's address"},
	{id: "relay_api_account_held", class: ClassBlocked, anyOf: p(
		// SendGrid compliance review
		"account is temporarily under review",
		// Amazon SES v2 and v1
		"accountsuspendedexception", "ability to send email has been permanently restricted",
		"sendingpausedexception", "ability to send email is currently paused",
		"productionaccessnotgranted", "has not been granted production access",
		// Resend
		"suspended_api_key", "this api key is suspended"),
		noneOf: p("configurationset", "configuration set"),
		doc:    "a sending relay holds the account or its key: SendGrid's review, Amazon SES's suspension, pause or sandbox, Resend's suspended key"},
	// Mailgun's 401 to a send is "Forbidden" (api-sending.rst), its status
	// table's "No valid API key provided": the key is refused.
	{id: "mailgun_key_refused", class: ClassAuth, anyOf: p("mailgun api response 401"),
		doc: "Mailgun answered 401 to the API call (its body says only \"Forbidden\"): the API key is not valid; the owner enters a valid key"},
	{id: "relay_ses_address", class: ClassConfig, anyOf: p(
		// jakarta.mail.internet.InternetAddress.checkAddress(), as SES returns them
		"empty address", "illegal route-addr", "quote not at end of local address", "quote not at start of local address",
		"quoted local address contains cr without lf", "quoted local address contains newline without whitespace",
		"local address starts with dot", "local address contains dot-dot", "missing local name", "local address ends with dot",
		"local address contains control or whitespace", "local address contains illegal character", "unterminated quote",
		"missing domain", "domain starts with dot", "domain literal not at start of domain",
		"domain literal end not at end of domain", "domain contains control or whitespace", "domain contains illegal character",
		"domain contains dot-dot", "domain ends with dot"),
		// SES's API code, its SMTP reply's prefix, JavaMail's exception
		alsoAny: p("invalidparametervalue", "transaction failed:", "addressexception", "in string ``"),
		doc:     "Amazon SES (InvalidParameterValue, or 554 Transaction failed over SMTP) or JavaMail refused an address with the address check's message: the product built or passed a malformed address"},
	{id: "relay_request_setup", class: ClassConfig, anyOf: p(
		// Amazon SES
		"invalidaction", "could not find operation", "invalidparametercombination", "an invalid or out-of-range value was supplied",
		"invalidqueryparameter", "missingaction", "templatedoesnotexist", "customverificationemailtemplatedoesnotexist",
		"fromemailaddressnotverified", "the input you provided is invalid", "sending domain isn't verified",
		"the resource you attempted to access", "there are no recipients specified", "non-ascii characters in the email address",
		// SparkPost extended error codes
		"invalid uri code: 1101", "invalid http method", "invalid query string code: 1103", "invalid params code: 1200",
		"invalid data format/type/length", "invalid combination of fields", "input data not utf8 encoded",
		"resource not found code: 1600", "unsupported content-type header", "http header value not acceptable",
		"message generation not configured", "substitution data too large", "no draft version of template exists",
		"no published version of template exists", "metadata size too large", "no local part specified in sender address",
		"invalid template id (sandbox)", "template language syntax error", "template language render error",
		"invalid header code: 3002", "template mime construction error", "template mime parsing error",
		"template content is corrupt", "template html content is invalid",
		// SendGrid v3
		`"message":"access forbidden"`, `"message": "access forbidden"`, `"message":"invalid request"`, `"message": "invalid request"`,
		`[{"message": "not found", "field"`, `[{"message": "method not allowed", "field"`,
		`"field":null,"message":"not found"`, `"field":null,"message":"method not allowed"`,
		"invalid batch id", "batch id not found",
		// Resend
		"invalid_idempotency_key", "the key must be between 1-256 chars", "we found an error with one or more fields in the request",
		"restricted_api_key", "restricted to only send emails", "the requested endpoint does not exist",
		"method is not allowed for the requested path", "invalid_idempotent_request", "used with a different request payload",
		"attachment must have either a", "the parameter must be a valid uuid", "missing one or more required fields",
		"missing one or more required parameters", "invalid_from_address", "the from address is not valid",
		// Mailgun /messages and its status table
		"from parameter is missing", "to parameter is missing", "message parameter is missing", "'message' parameter is not a file",
		"need at least one of 'text' or 'html'", "only one parameters 'html' or 'template'", "send options (parameters starting with",
		"too many recipients, max is 1000", "header name must be pure ascii", "is not an rfc-2822 compliant date",
		"parameter is not a valid address. please check documentation", "invalid request content type. expecting",
		"malformed multipart/form-data request", "unable to parse request: invalid url escape", "unable to parse request: unexpected eof", "value of 'o:time-zone-localize'",
		"invalid delivery time format", "'recipient-variables' parameter is not a valid json",
		"sandbox subdomains are for test purposes only", "free accounts are for test purposes only",
		"domain is unverified and requires dns configuration",
		"is not a valid secondary dkim domain name", `"message": "domain not found: `, `"message":"domain not found: `,
		"can't be used to send the message", "often missing a required parameter",
		// django-anymail's Mailgun backend
		"mailgun magnificent api", "check the domain is verified with mailgun",
		"invalid '/' in sender domain", "cannot call mailgun unknown sender domain",
		// SendCloud
		`"statuscode": 40011`, `"statuscode":40011`, `"statuscode": 40012`, `"statuscode":40012`,
		"api_user and api_key can not be null", "api_user and api_key cannot be null",
		// SwiftMailer given a relay's host name as an address
		"address in mailbox given [smtp.", "address in mailbox given [smtpdm.", "address in mailbox given [smtp-", "address in mailbox given [email-smtp."),
		doc: "a sending relay refused the request or the sender's setup: a parameter, encoding, endpoint, method or key scope of the integration, a template, an unverified or unknown sender domain, a sandbox or test account's recipients"},
	{id: "relay_quota", class: ClassRateLimited, anyOf: p(
		"daily_quota_exceeded", "reached your daily email sending quota", "monthly_quota_exceeded", "reached your monthly email sending quota",
		"email_above_quota", "above quota when received", "not allowed to send large batches yet",
		"too many instances of the specified resource type"),
		doc: "a sending relay's quota is reached: Resend's daily or monthly sending quota or its received-mail quota, a new Mailgun domain's batch limit, an Amazon SES resource limit"},
	{id: "relay_retry_later", class: ClassTransient, anyOf: p(
		"concurrent_idempotent_requests", "original request is still in progress", "resource_locked",
		"another request is already updating this resource", "failed to update database code: 1500", "failed to read from database code: 1501"),
		doc: "a sending relay asks to retry later: the same idempotency key is still in progress or the resource is locked (Resend), SparkPost's database failed"},
	{id: "relay_content_rejected", class: ClassRejected, anyOf: p("because it contains invalid content"),
		doc: "Amazon SES refused the message for its content (MessageRejected)"},
}
