package classify

// Round 50's Google family (testdata/heldout/round50.jsonl, rows
// h50ae-appscript-, h50ae-gam-sendas-, h50ae-dotnet-exceeded-,
// h50ae-gmail-watch-): Apps Script's mail service exceptions (MailApp,
// GmailApp) in English and in the Japanese the runtime shows, two Gmail API
// refusals, and .NET's SmtpException wrapper around Gmail's 552 replies.
// Phrases are the fixed text of each message, lower-cased, without the
// service name or line number Apps Script fills in.
//
// Sources (read 2026-12-05):
//   - Apps Script quotas, developers.google.com/apps-script/guides/services/
//     quotas (also its hl=ja page): daily quotas per user ("Email recipients
//     per day", "Email read/write") that reset 24 hours after the first
//     request, and per-message limits ("Email recipients per message" 50). A script that
//     exceeds one "throws an exception": "Service invoked too many times for
//     one day: <service>", the short-term "Service invoked too many times in
//     a short time: <service>. Try Utilities.sleep(1000) between calls." and
//     "Limit Exceeded: <limit>". The call and daily quotas are sending or call limits that
//     lift after a wait: rate_limited. Recipients per message is the limit
//     SMTP calls too many recipients (5.5.3, enhanced_table.go): rate_limited.
//     The per-message size limits (body size, total attachments size) are
//     left alone: no pasted exception text was at hand to match. The Japanese texts are those the runtime shows, as
//     pasted at zenn.dev/gas/articles/7b8bf039ff0186 ("1 日にサービス email
//     を実行した回数が多すぎます。"), lab.taf-jp.com/?p=679 (the same for gmail)
//     and prograshi.com/?p=11178 ("上限を超えています: メッセージあたりの受信者数").
//   - Apps Script troubleshooting, developers.google.com/apps-script/guides/
//     support/troubleshooting: "Authorization is required to perform that
//     action." means the script lacks the user's authorization (a trigger
//     runs without the user; new scopes, access removed); the owner runs the
//     script and authorizes it again: revoked, as the grant the owner gives
//     again (webdigi/GmailScheduler#43: remove the permissions and grant them
//     again).
//   - Gmail API users.settings.sendAs (developers.google.com/workspace/gmail/
//     api/reference/rest/v1/users.settings.sendAs): an address that is not
//     the user's own alias needs smtpMsa settings for the external SMTP
//     relay; "Custom from requires smtpMsa configuration" (invalidArgument,
//     as GAM-team/GAM#681 prints it; GAM e54877b3 src/gam/__init__.py builds
//     the smtpMsa fields) refuses a send-as the integrator set up wrongly:
//     config.
//   - Gmail API push guide (developers.google.com/workspace/gmail/api/guides/
//     push) and users.watch: one watch per user for a developer project;
//     "Only one user push notification client allowed per developer"
//     (Eagnir/GmailNotify-PubSub-GCP#2, the PR that fixed its startWatch)
//     refuses a second watch until stop() is called: the integrator's own
//     handling, platform (as api_push_topic_denied in mailapis.go).
//   - .NET System.Net.Mail (dotnet/runtime src/libraries/System.Net.Mail/src/
//     Resources/Strings.resx, SmtpExceededStorageAllocation, "Exceeded
//     storage allocation."): SmtpException words every 552 so, then "The
//     server response was: " and the server's own text. Gmail's 552 replies
//     (support.google.com/a/answer/3726730): 5.2.2 over quota / out of
//     storage space (the recipient's, left to recipient_over_quota), 5.2.3
//     "Your message exceeded Google's message size limits" and 5.7.0 "illegal
//     attachment" / "content presents a potential security issue" (the
//     message's: rejected). The wrapper alone decides nothing; the server's
//     words after it do.
//
// Left alone: Gmail's "502 5.5.1 Unrecognized command" inside smtplib's
// SMTPAuthenticationError (h50y-yagmail-gmail-502-unrecognized-auth). 502
// 5.5.1 is Gmail's reply to any command line it does not expect, and smtplib
// raises SMTPAuthenticationError for any reply to its AUTH exchange other
// than 235 or 503; nothing in the pair names the credentials, so it keeps
// its reading (auth_command_not_implemented).

// round50GoogleEarlyRules come before msCodeRules: "too many times" reads as
// too many logins there, "exceeded storage allocation" as a full mailbox in
// textRules, and a 400 code as transient in codeRules.
var round50GoogleEarlyRules = []rule{
	{id: "google_appscript_quota", class: ClassRateLimited, anyOf: p(
		"service invoked too many times", "try utilities.sleep(1000) between calls",
		// ja: "1 日にサービス %s を実行した回数が多すぎます。"
		"を実行した回数が多すぎます",
	), noneOf: p("password", "login", "credentials", "ログイン", "認証", "パスワード"),
		doc: "Apps Script (MailApp, GmailApp): a service was called too many times for one day or in a short time; the quota lifts after a wait"},
	{id: "google_appscript_recipients_per_message", class: ClassRateLimited, anyOf: p(
		"limit exceeded: email recipients per message",
		"上限を超えています: メッセージあたりの受信者数",
	),
		doc: "Apps Script: more recipients in one message than the per-message limit; split the send"},
	{id: "google_appscript_authorization_required", class: ClassRevoked, anyOf: p(
		"authorization is required to perform that action",
	),
		doc: "Apps Script: the script lacks the user's authorization (new scopes, access removed); the owner authorizes it again"},
	{id: "google_sendas_smtpmsa_required", class: ClassConfig, anyOf: p(
		"custom from requires smtpmsa configuration",
	),
		doc: "Gmail API sendAs: an address that is not the user's alias needs external SMTP (smtpMsa) settings; the send-as setup is wrong"},
	{id: "google_watch_one_push_client", class: ClassPlatform, anyOf: p(
		"only one user push notification client allowed per developer",
	),
		doc: "Gmail API users.watch: a second push watch for the same user and developer project; the integrator must stop the first"},
	{id: "google_dotnet_552_message_refused", class: ClassRejected, anyOf: p(
		"exceeded storage allocation. the server response was:",
	), alsoAny: p(
		"exceeded google's message size limits", "message size", "size limit", "illegal attachment", "content presents a potential security issue",
	), noneOf: p("over quota", "out of storage space", "mailbox full", "mailbox is full", "inbox is full"),
		doc: ".NET SmtpException's 552 wording around a server reply that refuses the message for its size or content (Gmail 5.2.3, 5.7.0)"},
}
