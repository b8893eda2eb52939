package classify

import (
	"testing"
)

// Round 30's families (testdata/heldout/README.md): the round's own texts,
// other wordings of each family, and look-alikes each family must leave
// alone.
func TestRound30Families(t *testing.T) {
	assertTextRules(t, []textCase{
		// Sending relays: a key refused, no key or setup missing, a From the
		// relay does not take, Mandrill's reject reasons of the account's setup.
		{"Error 401 // Unauthorized You have specified an incorrect Api Key / API Secret Key. You may be unauthorized to access the API or your API key may be expired. Visit API keys Management section to check your keys.", ClassAuth, "relay_key_refused"},
		{"send failed: your API key has expired", ClassAuth, "relay_key_refused"},
		{"A mandrill error occurred: Mandrill_ValidationError - You must specify a key value", ClassConfig, "relay_request_invalid"},
		{"Postmark::InvalidMessageError (No Account or Server API tokens were supplied in the HTTP headers. Please add a header for either X-Postmark-Server-Token or X-Postmark-Account-Token.)", ClassConfig, "relay_request_invalid"},
		{"Invalid connection string. You can get the connection string from your resource page in the Azure Portal. The format should be as follows: endpoint=https://<ResourceUrl>/;accesskey=<KeyValue>", ClassConfig, "relay_request_invalid"},
		{"error message: You can only send testing emails to your own email address (ds**********es@gmail.com). To send emails to other recipients, please verify a domain at resend.com/domains, and change the `from` address to an email using this domain.", ClassConfig, "relay_request_invalid"},
		{"\"message\":\"Sender is not valid\",\"error_code\":422", ClassConfig, "relay_request_invalid"},
		{"Postmark delivery failed: Invalid 'From' value.", ClassConfig, "relay_request_invalid"},
		{"Status code 400, \"{\"error\":{\"code\":\"BadRequest\",\"message\":\"Request body validation error. See property 'senderAddress'\",\"target\":null,\"details\":null,\"innererror\":null}}", ClassConfig, "relay_request_invalid"},
		{"level=fatal msg=\"Failed to initialize Shoutrrr notifications: error initializing router services: fromAddress missing from config URL\\n\"", ClassConfig, "relay_request_invalid"},
		{"[0] => Array\n        (\n            [email] => test@test.com\n            [status] => rejected\n            [_id] => 4d9fba17f3ea47dca81381ae266d8d9b\n            [reject_reason] => unsigned\n        )", ClassConfig, "relay_reject_reason_setup"},
		{`[{"email":"a@example.com","status":"rejected","reject_reason":"test-mode-limit","_id":"abc"}]`, ClassConfig, "relay_reject_reason_setup"},
		{"==========ex============= Error: The long-running operation has failed. EmailDroppedAllRecipientsSuppressed. Message dropped because all recipients were suppressed", ClassRecipient, "api_recipient_invalid"},
		// Mail APIs: the product's own endpoint or topic, a session revoked.
		{"Subscription validation request failed. HTTP status code is 'Forbidden'. Notification endpoint must respond with 200 OK to validation request.", ClassConfig, "api_request_invalid"},
		{`{"error": {"code": 403, "message": "Error sending test message to Cloud PubSub projects/test111/topics/gmail : User not authorized to perform this action.", "status": "PERMISSION_DENIED"}}`, ClassPlatform, "api_push_topic_denied"},
		{"Continuous access evaluation resulted in claims challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp.", ClassRevoked, "api_session_revoked"},
		{"Google has revoked your authentication token. Account requires reauthorising.\nOn the Settings > Google tab, please disconnect and re-authenticate your account.", ClassRevoked, "product_reconnect_asked"},
		{"Microsoft has revoked your token; the mailbox requires reauthorizing.", ClassRevoked, "product_reconnect_asked"},
		// Mail apps: the web sign-in first, a password prompt, passwords no
		// longer taken by Microsoft, the server's "Authenticate Invalid", the
		// client's own lockout.
		{"The message could not be sent. Subject: '<message subject>', Protocol: HTTPMail, Server Response: 'There is an error synchronizing your mail account. Please verify your account has been configured correctly by first accessing your mail on the web.', Port: 0, Secure(SSL): No, Server Error: 0x80AA4193, Error Number: 0x80AA4193", ClassAuth, "library_auth_failed"},
		{"Please enter your user name and password for the following server", ClassAuth, "client_dialog_password"},
		{"imap\u2011mail.outlook.com doesn\u2019t support password authentication", ClassAuth, "password_auth_ended"},
		{"The server \u201csmtp.office365.com\u201d does not support password authentication.", ClassAuth, "password_auth_ended"},
		{"Password required for IMAP  \nAuthorization Failed.  Authenticate Invalid", ClassAuth, "credentials_rejected"},
		{"Too many auth attempts", ClassAuthTemporary, "too_many_login_attempts"},
		// The network and servers' own trouble, in apps' words.
		{"http.client.RemoteDisconnected: Remote end closed connection without response", ClassTransient, "network_dropped"},
		{"Nylas Mail is offline", ClassTransient, "network_dropped"},
		{"No Network", ClassTransient, "network_dropped"},
		{"Failed to reconnect Idler thread for account (b'[Failed to reconnect Idler thread for account]')", ClassTransient, "network_dropped"},
		{"IMAPサーバーが応答しません", ClassTransient, "network_dropped"},
		{"An error occurred while sending mail. The mail server responded:\n4.3.5 <test@blueappleonline.com>: Recipient address rejected: Server configuration problem.\nPlease check the message recipient \"test@blueappleonline.com\" and try again.", ClassTransient, "server_config_problem"},
		// Settings: a certificate iOS cannot verify, HELO without a domain,
		// a relay refused by IP, a mechanism the server lacks, a product's
		// own missing mail settings.
		{"サーバの識別情報を検証できません", ClassConfig, "tls_certificate"},
		{"Impossible de vérifier l'identité du serveur", ClassConfig, "tls_certificate"},
		{"Error sending notification email to myemail@mydomain.com for Execution 124: Mail server connection failed; nested exception is javax.mail.MessagingException: 501 5.0.0 HELO requires domain address", ClassConfig, "helo_syntax_501"},
		{"Net::SMTP: 554 <antispam1.xxx.fr> Relay Service denied for IP 192.168.32.54, closing transmission channel", ClassConfig, "relay_denied"},
		{"Something happen while delivering an email {:exception=>#<Net::SMTPAuthenticationError: 504 5.3.3 AUTH mechanism PLAIN not available\n>}", ClassConfig, ""},
		{"Global configuration for SMTP not found", ClassConfig, "setup_words"},
		{"TypeError #0 \"Argument 1 passed to Rhymix\\Framework\\Mail::setFrom() must be of the type string, null given\"", ClassConfig, "setup_words"},
	})
	// Look-alikes: another server without password logins is a mechanism
	// setting; Mandrill's other reject reasons are the recipient's or the
	// message's; a refused key is not a setting; a prompt for a new account
	// is not a password the server refused; Ruby's wrapper around a 535 is
	// still a refused login.
	assertTextClasses(t, map[string]Class{
		"The IMAP server \u201cmail.example.org\u201d doesn\u2019t support password authentication": ClassConfig,
		`[{"email":"a@example.com","status":"rejected","reject_reason":"hard-bounce"}]`:             ClassRecipient,
		"Net::SMTPAuthenticationError: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6":        ClassAuth,
	})
	assertNotClasses(t, []string{
		`[{"email":"a@example.com","status":"rejected","reject_reason":"spam"}]`,
		"Server configuration problem: 451 4.3.5 <user@example.com>: Recipient address rejected",
		"You are offline. Connect to the internet to send mail.",
	}, ClassAuth, ClassRevoked, ClassConfig)
	// A product's own words for its settings are not Postfix's trouble.
	assertNotClasses(t, []string{"Mail server configuration error: check the SMTP settings"}, ClassTransient)
}
