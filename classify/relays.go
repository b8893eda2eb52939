package classify

// Sending relays' API errors, from each relay's published error reference
// (the rows of testdata/catalogs/relay_apis.jsonl name the page): what a
// send or an account check answers about the API key, the account, the
// sender, the request or a limit. relayRules come right after libraryRules,
// before the generic wording of rules.go, so a relay's own sentence decides
// before a word it shares with a mail server's reply.
var relayRules = []rule{
	// Amazon SES's API, in the words of AWS's common errors
	// (docs.aws.amazon.com/ses/latest/APIReference/CommonErrors.html;
	// relay_apis.jsonl) and of its signature checks. The request's setup: a
	// key whose IAM permissions or subscription do not allow the action, a
	// malformed request, a signature that is missing, incomplete or out of
	// step with the clock, or one made with Signature Version 3, which SES
	// refuses since 2021 under InvalidClientTokenId. The owner's key
	// refused: a signature that does not match (SignatureDoesNotMatch, a
	// wrong secret access key) or a key ID AWS does not know
	// (InvalidClientTokenId). SES puts "Sender" before the code, which
	// sender_not_owned would read as "sender signature" (round 33). Other
	// clouds' mail APIs say the same (round 34): Tencent Cloud's
	// AuthFailure.* codes (SecretIdNotFound, InvalidSecretId and
	// SignatureFailure the key; SignatureExpire, InvalidAuthorization and
	// UnauthorizedOperation the request), Alibaba Cloud DirectMail's
	// InvalidAccessKeyId.NotFound against its "signature is not matched with
	// our calculation" (which its help puts down to the request's encoding,
	// parameter order or clock), and the keys of NHN Cloud Email
	// (appKey, secretKey) and SUBMAIL (APP ID).
	{id: "cloud_request_setup", class: ClassConfig, anyOf: p("authfailure.signatureexpire", "authfailure.invalidauthorization", "authfailure.unauthorizedoperation", "signature is not matched with our calculation", "accessdeniedexception", "notauthorized: you do not have permission", "optinrequired", "needs a subscription for the service", "validationerror: the input fails", "missingparameter: a required parameter", "malformedquerystring", "signature version 3 requests are deprecated", "migrate to signature version 4", "incompletesignature", "missingauthenticationtoken", "signature expired:", "signature not yet current", "requestexpired"),
		doc: "a cloud mail API (Amazon SES, Tencent Cloud, Alibaba Cloud) refused the request for its setup: how it was signed (Signature Version 3, a missing or incomplete signature, a clock out of step), the key's permissions or subscription, or a malformed request: not the key itself"},
	{id: "cloud_key_refused", class: ClassAuth, anyOf: p("authfailure.secretidnotfound", "authfailure.invalidsecretid", "authfailure.signaturefailure", "invalidaccesskeyid.notfound", "specified access key is not found", "invalid secretkey", "invalid appkey", "not exist appkey", "유효하지 않은 secretkey", "유효하지 않은 appkey", "존재하지 않는 appkey", "incorrect app id", "signaturedoesnotmatch", "the request signature we calculated does not match", "invalidclienttokenid", "security token included in the request is invalid", "access key id you provided does not exist"),
		doc: "a cloud mail API (Amazon SES, Tencent Cloud, Alibaba Cloud, NHN Cloud, SUBMAIL) refused the access key: its secret does not match the signature, or the key ID is unknown: the owner must enter a valid key"},
	// The key itself refused: Postmark "Bad or missing API token" (API
	// error code 10) and 401 "Missing or incorrect API token in header"
	// (postmarkapp.com/developer/api/overview, whose wording
	// credentials_rejected reads); Mailjet 401 "incorrect API
	// Key / API Secret Key pair" (dev.mailjet.com status_codes),
	// and its longer "You have specified an incorrect Api Key / API Secret
	// Key ... your API key may be expired" (round 30); SendGrid
	// 401 "You do not have authorization to make the request" (sendgrid/docs
	// Web_API_v3/Mail/errors.md); SMTP2GO 401 "No valid API key was
	// provided" (developers.smtp2go.com response-codes); Brevo's error code
	// unauthorized (getbrevo/brevo-node docs/ErrorModel.md); SparkPost 1303
	// "unauthorized tenant" (SparkPost/support-docs extended-error-codes.md);
	// Postal's InvalidServerAPIKey "The API token provided in
	// X-Server-API-Key was not valid." (postalserver/postal
	// app/controllers/legacy_api/base_controller.rb).
	{id: "relay_key_refused", class: ClassAuth, anyOf: p("bad or missing api token", "api secret key pair", "do not have authorization to make the request", "no valid api key", "invalid api key", "api key is invalid", "invalid senderapikey", "incorrect api key", "api key may be expired", "api key has expired", "api key is expired", "provided in x-server-api-key was not valid", `"code":"unauthorized"`, `"code": "unauthorized"`, "unauthorized tenant"),
		// An AI agent platform's own key (round 81).
		noneOf: p("credit", "quota", "limit", "agent api key"),
		doc:    "a sending relay refused its API key (wrong, deleted or inactive): the owner must enter a valid key"},
	// The relay holds the account: Postmark 412 "Account is Pending" and 413
	// "Account May Not Send"; Brevo account_under_validation; SparkPost 7000
	// "Sending domain blacklisted" (its own block, not a public blocklist);
	// Amazon SES "Account is paused" (docs.aws.amazon.com ses
	// troubleshoot-error-messages), ACCOUNT_SUSPENDED and
	// ACCOUNT_SENDING_PAUSED (APIReference-V2 BulkEmailEntryResult); Postal's
	// ServerSuspended code, sent without a message when the credential's
	// mail server is suspended (legacy_api/base_controller.rb).
	// Postmark's own 412 sentence ("While your account is pending approval")
	// stays with relay_account_pending.
	{id: "relay_account_held", class: ClassBlocked, anyOf: p("this account is expired", "account is pending", "errorcode 412", "account may not send", "errorcode 413", "account_under_validation", "sending domain blacklisted", "account is paused", "account has been shut down", "sending for the amazon ses account was disabled", "serversuspended"),
		noneOf: p("pending approval"),
		doc:    "a sending relay holds the account: pending approval, under validation, suspended, paused or its domain blocked by the relay"},
	// Credits and sending limits: Postmark 405 "Not allowed to send" (out of
	// credits), Brevo not_enough_credits.
	{id: "relay_credits_exhausted", class: ClassRateLimited, anyOf: p("messages quota reached", "after recharge account", "errorcode 405", "not_enough_credits"), retry: 24 * hour,
		doc: "a sending relay refused the send for lack of credits"},
	// The product's request or the sender's setup: Postmark 300, 402 (by its
	// code: "Invalid JSON" is also what a client says of a token endpoint's
	// HTML page), 403, 409, 410; Mailjet 400 and 403; SendGrid Mail Send errors and Twilio
	// error 60604 (twilio.com/docs/api/errors/60604: the key lacks the Mail
	// Send permission); Brevo permission_denied, missing_parameter,
	// invalid_parameter, document_not_found; SparkPost 1100, 1400, 1401,
	// 7001; SMTP2GO 400 and 403; Amazon SES configuration sets, templates, IP
	// pools, MAIL FROM domains and parameters (APIReference SendEmail errors,
	// APIReference-V2 BulkEmailEntryResult).
	{id: "relay_request_invalid", class: ClassConfig, anyOf: p("the campaign does not exist", "specified mailaddress does not exist", "invalid email request", "errorcode 402", "missing senderapikey", "missing api key", "api key is missing", "domain is not activated", "domain not activated", "incompatible json", "json required", "too many batch messages",
		"parameters are missing or maybe misspelled", "not authorized to access this resource",
		"at least one personalization", "total recipients (to + cc + bcc)", "from object must be provided", "user is not authorized to send mail",
		`"code":"permission_denied"`, `"code": "permission_denied"`, "missing_parameter", "invalid_parameter", "document_not_found",
		"denied code: 1100", "required field is missing", "required parameter missing", "invalid sending/tracking domain",
		"request was unacceptable", "api key doesn't have permission",
		"configuration set you specified does not exist", "configuration set does not exist", "template you specified does not exist", "ip pool that does not exist",
		"could not read the mx record", "sending is disabled for the configuration set", "configuration set was disabled", "one or more of the parameters you specified",
		// No key at all, or a connection string that does not parse
		// (Mandrill's ValidationError "You must specify a key value",
		// Postmark's "No Account or Server API tokens were supplied", Azure
		// Communication Services' "Invalid connection string"); a sending
		// domain the account has not verified (Resend's testing mode: "You
		// can only send testing emails to your own email address ... verify
		// a domain"); a From the relay does not take (SendPulse "Sender is
		// not valid", Postmark error 300 "Invalid 'From' value", Azure
		// Communication Services' validation of senderAddress, Shoutrrr's
		// "fromAddress missing"). Round 30.
		"must specify a key value", "api tokens were supplied", "invalid connection string", "only send testing emails", "verify a domain",
		"sender is not valid", "invalid 'from' value", "invalid from value", "property 'senderaddress'", "fromaddress missing", "from address missing", "missing from address",
		// Postal's legacy send API (app/controllers/legacy_api/base_controller.rb,
		// send_controller.rb, messages_controller.rb): no X-Server-API-Key
		// header, ERROR_MESSAGES of OutgoingMessagePrototype#validate, the From
		// no verified domain of the server covers, parameter-error replies.
		"must be authenticated as a server", "no recipients defined to receive this message", "no content defined for this e-mail",
		"addresses has been reached (maximum", "from address is missing and is required", "unauthenticatedfromaddress",
		"an attachment is missing a name", "an attachment is missing data", "parameter is required but is missing"),
		doc: "a sending relay refused the request or the sender's setup: a missing or invalid parameter, a permission the key lacks, an unknown configuration set, template or domain"},
	// Mailchimp Transactional (Mandrill) answers a send with a status per
	// recipient and, when rejected, a reject_reason
	// (mailchimp.com/developer/transactional/api/messages/send-new-message):
	// "unsigned" (the sending domain is not verified), "test-mode-limit" and
	// "invalid-sender" are the account's setup; the others (hard-bounce,
	// spam, unsub, rule) are the recipient's or the message's.
	{id: "relay_reject_reason_setup", class: ClassConfig, allOf: p("reject_reason"), anyOf: p("unsigned", "test-mode-limit", "invalid-sender"),
		doc: "Mandrill rejected the send for the account's setup: its sending domain is not verified, or test mode or the sender refuses it"},
	{id: "relay_reject_reason_recipient", class: ClassRecipient, allOf: p("reject_reason"), anyOf: p("hard-bounce", "soft-bounce", "unsub", `reject_reason":"invalid"`, `reject_reason": "invalid"`, "reject_reason] => invalid "),
		doc: "Mandrill rejected the send to a recipient on its rejection list (bounced or unsubscribed) or with an invalid address"},
	{id: "relay_reject_reason_message", class: ClassRejected, allOf: p("reject_reason"), anyOf: p("spam", "rule", "custom"),
		doc: "Mandrill rejected the message: a spam complaint, a rejection rule or a custom rejection"},
	// SparkPost 1902 "Message generation rejected".
	{id: "relay_message_rejected", class: ClassRejected, anyOf: p("message generation rejected"),
		doc: "a sending relay refused to generate the message"},
	// SparkPost 1502 and 1900 (retry later), SMTP2GO 5xx, Postmark 100
	// (maintenance).
	{id: "relay_unavailable", class: ClassTransient, anyOf: p("server resources unavailable", "message generation module not available", "smtp2go's end", "errorcode 100:"),
		doc: "a sending relay's service is unavailable for a while; retry"},
	// SMTP2GO 402 "The parameters were valid but the request failed": no
	// cause given.
	{id: "relay_request_failed", class: ClassUnknown, anyOf: p("parameters were valid but the request failed"),
		doc: "a sending relay refused the request without saying why"},
}
