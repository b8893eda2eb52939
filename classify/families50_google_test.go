package classify

import (
	"testing"
)

// Round 50's Google family (round50_google.go): Apps Script's mail service
// exceptions (MailApp, GmailApp) in English and the Japanese the runtime
// shows, the Gmail API's users.watch and sendAs refusals, and .NET's
// SmtpException wrapper around Gmail's 552 replies; with look-alikes that
// must keep their reading.
func TestRound50GoogleFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Apps Script quotas: the daily, short-term and plain forms of
		// "Service invoked too many times", for the email and gmail
		// services, as pasted.
		{`Service invoked too many times in a short time: gmail rateMax. Try Utilities.sleep(1000) between calls. (line 311, file "labeler")`, ClassRateLimited, "google_appscript_quota"},
		{"Service invoked too many times in a short time: gmail. Try Utilities.sleep(1000) between calls.", ClassRateLimited, "google_appscript_quota"},
		{"Exception: Service invoked too many times for one day: email.", ClassRateLimited, ""},
		{"Exception:Service invoked too many times for one day : email.", ClassRateLimited, ""},
		{`Service invoked too many times for one day: gmail. (line 24, file "labler")`, ClassRateLimited, ""},
		{"Service invoked too many times: email", ClassRateLimited, "google_appscript_quota"},
		// The same in Japanese.
		{"Exception: 1 日にサービス email を実行した回数が多すぎます。", ClassRateLimited, "google_appscript_quota"},
		{"1 日にサービス gmail を実行した回数が多すぎます。", ClassRateLimited, "google_appscript_quota"},
		// Apps Script's limit of recipients per message (a too-many-recipients
		// limit, like 5.5.3), in English and Japanese.
		{"Exception: Limit Exceeded: Email Recipients Per Message.", ClassRateLimited, "google_appscript_recipients_per_message"},
		{"Exception: 上限を超えています: メッセージあたりの受信者数", ClassRateLimited, "google_appscript_recipients_per_message"},
		// Apps Script: the script lacks the user's authorization (first
		// run, new scopes, access removed); the owner authorizes it again.
		{"Authorization is required to perform that action.", ClassRevoked, "google_appscript_authorization_required"},
		{"Exception: Authorization is required to perform that action.", ClassRevoked, "google_appscript_authorization_required"},
		// Gmail API users.settings.sendAs.create: a send-as address that is
		// not an alias needs external SMTP settings (GAM's output form).
		{"ERROR: 400: Custom from requires smtpMsa configuration - invalidArgument", ClassConfig, "google_sendas_smtpmsa_required"},
		{`{"error": {"code": 400, "message": "Custom from requires smtpMsa configuration", "status": "INVALID_ARGUMENT"}}`, ClassConfig, "google_sendas_smtpmsa_required"},
		// Gmail API users.watch: one push client per user per developer.
		{"Only one user push notification client allowed per developer", ClassPlatform, "google_watch_one_push_client"},
		{`googleapiclient.errors.HttpError: <HttpError 400 when requesting https://gmail.googleapis.com/gmail/v1/users/me/watch?alt=json returned "Only one user push notification client allowed per developer">`, ClassPlatform, "google_watch_one_push_client"},
		// .NET SmtpException wrapping Gmail's 552 replies: size and
		// content refusals are the message's; a full mailbox stays the
		// recipient's.
		{"Exceeded storage allocation. The server response was: 5.2.3 Your message exceeded Google's message size limits.", ClassRejected, "google_dotnet_552_message_refused"},
		{"Exceeded storage allocation. The server response was: 5.2.3 Your message exceeded Google's message size limits. Please visit https://support.google.com/mail/?p=MaxSizeError to view our size guidelines. a1sm123456wmf.3 - gsmtp", ClassRejected, "google_dotnet_552_message_refused"},
		{"System.Net.Mail.SmtpException: Exceeded storage allocation. The server response was: 5.7.0 This message was blocked because its content presents a potential security issue.", ClassRejected, "google_dotnet_552_message_refused"},
		{"Exceeded storage allocation. The server response was: 5.7.0 Our system detected an illegal attachment on your message.", ClassRejected, "google_dotnet_552_message_refused"},
		{"Exceeded storage allocation. The server response was: 5.2.2 The email account that you tried to reach is over quota.", ClassRecipient, ""},
		{"Exceeded storage allocation. The server response was: 5.2.2 The recipient's inbox is out of storage space.", ClassRecipient, ""},
		// Look-alikes that keep their reading.
		{"Error sending test message to Cloud PubSub projects/p/topics/t : User not authorized to perform this action.", ClassPlatform, "api_push_topic_denied"},
		{"Service using too much computer time for one day", ClassRateLimited, "sending_quota_exceeded"},
		{"454 4.7.0 Too many login attempts, please try again later.", ClassAuthTemporary, "too_many_login_attempts"},
		{"552 5.2.2 mailbox full", ClassRecipient, ""},
		{"552 5.2.3 Message size exceeds fixed maximum message size", ClassRejected, ""},
	})
}
