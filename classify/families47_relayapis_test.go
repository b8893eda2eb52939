package classify

import (
	"testing"
)

// Round 47's relays' and transactional mail APIs' error bodies
// (round47_relayapis.go): the round's texts, the references' other messages
// as apps log them (the catalog relay_api_errors47.jsonl holds each once, in
// one form), and look-alikes that must keep their reading.
func TestRound47RelayapisFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Amazon SES: InvalidParameterValue's address messages, as the
		// SDKs and clients of the round print them, and the rest of the
		// address check's vocabulary.
		{"InvalidParameterValue: Local address contains illegal character", ClassConfig, "relay_ses_address"},
		{"Aws::SES::Errors::InvalidParameterValue Local address contains control or whitespace", ClassConfig, "relay_ses_address"},
		{"SES SendRawEmail failed: InvalidParameterValue: Domain contains illegal character status code: 400, request id: 7e501eb2-3dce-4fbb-a862-c0754a0385dc: errorString null", ClassConfig, "relay_ses_address"},
		{"operation error SES: SendEmail,\nhttps response error StatusCode: 400,\nRequestID: d4727599-e6f4-494a-bf40-6880993c65a5,\napi error InvalidParameterValue: Missing domain", ClassConfig, "relay_ses_address"},
		{"HTTP/1.1 400 Bad Request - Domain contains control or whitespace (InvalidParameterValue)", ClassConfig, "relay_ses_address"},
		{"Local address contains dot-dot (Service: AmazonSimpleEmailService; Status Code: 400; Error Code: InvalidParameterValue; Request ID: 0f9c4d1e-0000-4000-8000-000000000000)", ClassConfig, "relay_ses_address"},
		{"InvalidParameterValue: Local address starts with dot", ClassConfig, "relay_ses_address"},
		{"InvalidParameterValue: Local address ends with dot", ClassConfig, "relay_ses_address"},
		{"InvalidParameterValue: Missing local name", ClassConfig, "relay_ses_address"},
		{"InvalidParameterValue: Unterminated quote", ClassConfig, "relay_ses_address"},
		{"InvalidParameterValue: Quote not at start of local address", ClassConfig, "relay_ses_address"},
		{"InvalidParameterValue: Quote not at end of local address", ClassConfig, "relay_ses_address"},
		{"InvalidParameterValue: Quoted local address contains CR without LF", ClassConfig, "relay_ses_address"},
		{"InvalidParameterValue: Quoted local address contains newline without whitespace", ClassConfig, "relay_ses_address"},
		{"InvalidParameterValue: Illegal route-addr", ClassConfig, "relay_ses_address"},
		{"InvalidParameterValue: Empty address", ClassConfig, "relay_ses_address"},
		{"InvalidParameterValue: Missing final '@domain'", ClassConfig, "setup_words"},
		{"InvalidParameterValue: Domain starts with dot", ClassConfig, "relay_ses_address"},
		{"InvalidParameterValue: Domain ends with dot", ClassConfig, "relay_ses_address"},
		{"InvalidParameterValue: Domain contains dot-dot", ClassConfig, "relay_ses_address"},
		{"InvalidParameterValue: Domain literal not at start of domain", ClassConfig, "relay_ses_address"},
		{"InvalidParameterValue: Domain literal end not at end of domain", ClassConfig, "relay_ses_address"},
		// The same check's messages over SES's SMTP interface and in
		// JavaMail's own AddressException (rounds 17 and 23 label both
		// config).
		{"Net::SMTPFatalError (554 Transaction failed: Empty address)", ClassConfig, "relay_ses_address"},
		{"554 Transaction failed: Local address contains control or whitespace", ClassConfig, "relay_ses_address"},
		{"org.apache.commons.mail.EmailException: javax.mail.internet.AddressException: Domain contains illegal character in string ``logger@dom.co.kr@dom.co.kr''", ClassConfig, "relay_ses_address"},
		{"javax.mail.internet.AddressException: Local address contains dot-dot in string ``taro..yamada@docomo.ne.jp''", ClassConfig, "relay_ses_address"},
		// Amazon SES: the request's setup.
		{"<ErrorResponse xmlns=\"http://webservices.amazon.com/AWSFault/2005-15-09\">\n  <Error>\n    <Type>Sender</Type>\n    <Code>InvalidAction</Code>\n    <Message>Could not find operation GetSendQuota for version 2009-10-16</Message>\n  </Error>\n  <RequestId>9e877921-c9c3-4046-97e5-f282927e50c8</RequestId>\n</ErrorResponse>", ClassConfig, "relay_request_setup"},
		{"Aws::SES::Errors::InvalidAction: The requested action or operation is invalid. Verify that the action is typed correctly.", ClassConfig, "relay_request_setup"},
		{"An error occurred (InvalidParameterCombination) when calling the SendEmail operation: Parameters that must not be used together were used together.", ClassConfig, "relay_request_setup"},
		{"InvalidQueryParameter: The AWS query string is malformed, does not adhere to AWS standards.", ClassConfig, "relay_request_setup"},
		{"MissingAction: The request is missing an action or a required parameter.", ClassConfig, "relay_request_setup"},
		{"An error occurred (TemplateDoesNotExist) when calling the SendTemplatedEmail operation: Template welcome does not exist.", ClassConfig, "relay_request_setup"},
		{"BadRequestException: The input you provided is invalid.", ClassConfig, "relay_request_setup"},
		{"NotFoundException: The resource you attempted to access doesn't exist.", ClassConfig, "relay_request_setup"},
		{"MessageRejected: There are no recipients specified", ClassConfig, "relay_request_setup"},
		{"MessageRejected: There are non-ASCII characters in the email address", ClassConfig, "relay_request_setup"},
		{"MailFromDomainNotVerifiedException: The message can't be sent because the sending domain isn't verified.", ClassConfig, ""},
		// Amazon SES: the account held, a quota, the content.
		{"AccountSuspendedException: The message can't be sent because the account's ability to send email has been permanently restricted.", ClassBlocked, "relay_api_account_held"},
		{"SendingPausedException: The message can't be sent because the account's ability to send email is currently paused.", ClassBlocked, "relay_api_account_held"},
		{"ProductionAccessNotGranted: Indicates that the account has not been granted production access.", ClassBlocked, "relay_api_account_held"},
		{"LimitExceededException: There are too many instances of the specified resource type.", ClassRateLimited, "relay_quota"},
		{"MessageRejected: The message can't be sent because it contains invalid content.", ClassRejected, "relay_content_rejected"},
		// SparkPost: the round's 1902 with a suppression reason, its
		// sibling reason and the bounce that carries them.
		{"SparkPost API response 400:\n{\n  \"errors\": [\n    {\n      \"code\": \"1902\",\n      \"message\": \"Message generation rejected\",\n      \"description\": \"recipient address was suppressed due to system policy\"\n    }\n  ],\n  \"results\": {\n    \"total_rejected_recipients\": 0,\n    \"id\": \"102593777022651116\",\n    \"total_accepted_recipients\": 1\n  }\n}", ClassRecipient, "relay_recipient_suppressed"},
		{`{"errors":[{"message":"Message generation rejected","description":"recipient address was suppressed due to customer policy","code":"1902"}]}`, ClassRecipient, "relay_recipient_suppressed"},
		{"554 5.7.1 recipient address was suppressed due to customer policy (Unsubscribe Rule)", ClassRecipient, "relay_recipient_suppressed"},
		{"554 5.7.1 recipient address was suppressed due to system policy", ClassRecipient, "relay_recipient_suppressed"},
		// SparkPost: the request's setup and its own trouble.
		{"invalid params Code: 1200", ClassConfig, "relay_request_setup"},
		{"invalid URI Code: 1101", ClassConfig, "relay_request_setup"},
		{"Call to https://api.sparkpost.com/api/v1/transmissions returned 422, errors:\n\n\tinvalid data format/type/length Code: 1300 Description: substitution_data must be an object", ClassConfig, "relay_request_setup"},
		{"No local part specified in sender address Code: 2008", ClassConfig, "relay_request_setup"},
		{"template language render error Code: 3001 Description: substitution value 'name' did not exist", ClassConfig, "relay_request_setup"},
		{"No published version of template exists Code: 2005", ClassConfig, "relay_request_setup"},
		{"Failed to update database Code: 1500", ClassTransient, "relay_retry_later"},
		// SendGrid: the round's 403 and 401 review, the spec's other
		// Mail Send and batch bodies.
		{`{"errors":[{"field":null,"message":"access forbidden"}]}`, ClassConfig, "relay_request_setup"},
		{"HTTP Error 403: Forbidden\n{\"errors\": [{\"message\": \"access forbidden\", \"field\": null, \"help\": null}]}", ClassConfig, "relay_request_setup"},
		{`{"errors": [{"message": "invalid request", "field": "null"}]}`, ClassConfig, "relay_request_setup"},
		{`{"errors":[{"field":null,"message":"not found"}]}`, ClassConfig, "relay_request_setup"},
		{`{"errors":[{"field":null,"message":"invalid batch id"}]}`, ClassConfig, "relay_request_setup"},
		{"Your account is temporarily under review. Please contact Support to regain access.", ClassBlocked, "relay_api_account_held"},
		// Resend: the round's restricted key and the errors page's other
		// codes, as the Ruby, Node and Rust SDKs print them.
		{"Resend::Error::InvalidRequestError: This API key is restricted to only send emails", ClassConfig, "relay_request_setup"},
		{`{ statusCode: 401, name: 'restricted_api_key', message: 'This API key is restricted to only send emails' }`, ClassConfig, "relay_request_setup"},
		{"suspended_api_key: This API key is suspended", ClassBlocked, "relay_api_account_held"},
		{"Resend::Error::RateLimitExceededError: You have reached your daily email sending quota.", ClassRateLimited, ""},
		{`{ statusCode: 429, name: 'monthly_quota_exceeded', message: 'You have reached your monthly email sending quota.' }`, ClassRateLimited, "relay_quota"},
		{"concurrent_idempotent_requests: Same idempotency key used while original request is still in progress.", ClassTransient, "relay_retry_later"},
		{"Resend::Error::InvalidRequestError: The requested endpoint does not exist.", ClassConfig, "relay_request_setup"},
		{"validation_error: The request body is missing one or more required fields.", ClassConfig, "relay_request_setup"},
		{"invalid_attachment: Attachment must have either a `content` or `path`.", ClassConfig, "relay_request_setup"},
		// Mailgun: the round's API root answer, anymail's sentence for it,
		// the /messages table.
		{"Invalid JSON in Mailgun API response\nSending a message to user@example.com from dev.team@xxxx.com\nMailgun API response 200: OK Mailgun Magnificent API", ClassConfig, "relay_request_setup"},
		{"Invalid Mailgun API endpoint 'https://api.mailgun.net/v3/messages'.\nCheck your ANYMAIL MAILGUN_SENDER_DOMAIN and MAILGUN_API_URL settings.", ClassConfig, "libs_setting"},
		{"Unknown sender domain 'mg.example.com'.\nCheck the domain is verified with Mailgun, and that the ANYMAIL MAILGUN_API_URL setting 'https://api.mailgun.net/v3' is the correct region.", ClassConfig, "relay_request_setup"},
		{`{"message": "from parameter is missing"}`, ClassConfig, "relay_request_setup"},
		{"Mailgun error: 400 to parameter is not a valid address. please check documentation", ClassConfig, "relay_request_setup"},
		{`{"message":"Need at least one of 'text' or 'html' parameters specified"}`, ClassConfig, "relay_request_setup"},
		{"Mailgun API response 400 (Bad Request):\n{\n  \"message\": \"Too many recipients, max is 1000\"\n}", ClassConfig, "relay_request_setup"},
		{`{"message": "Domain not found: mg.example.com"}`, ClassConfig, "relay_request_setup"},
		{"Mailgun API response 401 (UNAUTHORIZED): 'Forbidden'", ClassAuth, "mailgun_key_refused"},
		{`{"message":"Domain mg.example.com is not allowed to send large batches yet"}`, ClassRateLimited, "relay_quota"},
		{"Domain example.com is not allowed to send: Please activate your Mailgun account. Check your inbox or log in to your control panel to resend the activation email.", ClassBlocked, ""},
		// SendCloud: the round's v1 body and the v2 codes.
		{"{ message: 'error',\n  errors: [ 'api_user and api_key can not be null !' ] }", ClassConfig, "relay_request_setup"},
		{`{"result":false,"statusCode":40012,"message":"invalid email format","info":{}}`, ClassConfig, "relay_request_setup"},
		{`{"result": false, "statusCode": 40005, "message": "认证失败", "info": {}}`, ClassAuth, ""},
		// SwiftMailer given the relay's host name where the From belongs.
		{"Address in mailbox given [smtpdm.aliyun.com] does not comply with RFC 2822, 3.6.2.", ClassConfig, "relay_request_setup"},
		{"Swift_RfcComplianceException: Address in mailbox given [smtp.gmail.com] does not comply with RFC 2822, 3.6.2.", ClassConfig, "relay_request_setup"},
		{"Address in mailbox given [email-smtp.eu-west-1.amazonaws.com] does not comply with RFC 2822, 3.6.2.", ClassConfig, "relay_request_setup"},
		// Look-alikes that keep their reading.
		{"Address in mailbox given [taro..yamada@docomo.ne.jp] does not comply with RFC 2822, 3.6.2.", ClassRecipient, "asia_recipient_address"},
		{"Address in mailbox given [] does not comply with RFC 2822, 3.6.2.", ClassConfig, ""},
		{"Message generation rejected Code: 1902", ClassRejected, "relay_message_rejected"},
		{"ConfigurationSetSendingPausedException: Indicates that email sending is disabled for the configuration set.", ClassConfig, ""},
		{"AccountSendingPausedException: Indicates that email sending is disabled for your entire Amazon SES account.", ClassBlocked, ""},
		{"Your account is under review", ClassBlocked, ""},
		{"Sender SignatureDoesNotMatch The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.", ClassAuth, ""},
		{"InvalidClientTokenId: The security token included in the request is invalid.", ClassAuth, ""},
		{"validation_error: API key is invalid", ClassAuth, ""},
		{"Throttling: Maximum sending rate exceeded", ClassRateLimited, ""},
		{"452 4.5.3 Too many recipients", ClassRateLimited, ""},
	})
	// Look-alikes that must not read as a request setup, a hold or a
	// suppressed recipient.
	assertNotClasses(t, []string{
		"Missing domain in the configuration of the mail server",
		"invalid params",
		"Resource not found",
		"The user's account is temporarily unavailable. Please try again later.",
		"550 5.7.1 Message rejected: content policy violation",
	}, ClassBlocked)
}
