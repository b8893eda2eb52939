package classify

// Round 47's web frameworks' mailers, CMS mail plugins and appliances
// (testdata/heldout/round47.jsonl): the setup and connection errors each
// raises, read whole from its source, with the sibling sentences of the same
// file. Phrases are the fixed text of each sentence, lower-cased, without
// placeholders. A sentence about the application's own mail settings (host,
// port or TLS mode, scheme, transport, sender or recipient address, a
// missing user name or password setting, the local mail program's options)
// is config; a server that cannot be reached or broke the connection is
// transient; a catch-all that names no cause is unknown.
//
// Sources (repository at commit, path):
//   - laravel/framework bd71b45f src/Illuminate/Mail/MailManager.php:
//     "Mailer [%s] is not defined." (the mailer config/mail.php lacks) and
//     "Unsupported mail transport [%s]." (a transport the app does not
//     register, such as a removed driver or a package's not loaded): both
//     before any server is contacted (config). Laravel's other managers say
//     "[%s] is not defined" of cache stores and log channels, so "mailer "
//     is required beside it. No phrase holds the "[" before the name: a
//     coloured console line loses "[m" of "[mailgun]" with its escape codes.
//   - symfony/mailer eb0c3187 Exception/UnsupportedSchemeException.php ("The
//     \"%s\" scheme is not supported", with "; supported schemes for mailer
//     ..." or the bridge not installed), Transport.php (garbage after the
//     DSN, a keyword other than failover/roundrobin),
//     Transport/AbstractTransportFactory.php (IncompleteDsnException "User
//     is not set." / "Password is not set.": the DSN lacks them):
//     config. Dsn.php's and NativeTransportFactory.php's sentences read
//     config already; AbstractStream.php's "Connection to \"%s\" timed out."
//     reads transient. symfony/mime be15a4d3 Address.php "Email \"%s\" does
//     not comply with addr-spec of RFC 2822.": an empty address or one
//     without its domain is the site's own setting (config, as round 45 reads
//     SwiftMailer's); a whole address names no header and is left unknown.
//     Message.php and Email.php refuse a message without a recipient or
//     sender address (config).
//   - swiftmailer/swiftmailer 47a44911 lib/classes/Swift/Transport/
//     StreamBuffer.php "Connection to %s Timed Out": transient, also when a
//     log cut it off before its last letter (the late rule).
//   - spring-projects/spring-framework 91eb4264 spring-context-support/src/
//     main/java/org/springframework/mail/javamail/JavaMailSenderImpl.java
//     "Mail server connection failed" (any connect failure but a refused
//     login; the nested exception decides, transient alone).
//     spring-projects/spring-boot c329ffa2 module/spring-boot-mail/src/main/
//     java/org/springframework/boot/mail/health/MailHealthIndicator.java
//     ("Mail health check failed"): it probes the sender's host, and with
//     none set JavaMail connects to its own default, localhost port 25; that
//     probe failing is the unset host (config). localhost:25 outside the
//     probe stays the network's (round 30).
//   - eclipse-ee4j/angus-mail eca8e08b providers/smtp/src/main/java/org/
//     eclipse/angus/mail/smtp/SMTPTransport.java: "Got bad greeting from SMTP
//     host: %s, port: %d, response: [EOF]" (the server hung up before any
//     greeting: an implicit-TLS port spoken to in plain text, the same
//     reading as older JavaMail's "response: -1") and "No recipient
//     addresses" (the app gave none): config. "Could not start protocol to
//     SMTP host", "Can't send command to SMTP host" and "Exception reading
//     response" are I/O failures on an open connection whose nested cause
//     decides (transient or TLS, as earlier rules read it); left alone.
//   - dotnet/runtime 003e43b4 src/libraries/System.Net.Mail/src/Resources/
//     Strings.resx and 3b88b089 .../System/Net/Mail/SmtpException.cs:
//     CommandUnrecognized ("Syntax error, command unrecognized.") is the
//     default text for a reply it could not read, followed by "The server
//     response was: %s". With no reply code in the text (code "0"), and read
//     after every rule a server text could meet, it is the implicit-TLS port
//     System.Net.Mail (STARTTLS only) was pointed at: config, the wrong
//     outgoing port that Microsoft's support article gives as this text's
//     cause (MicrosoftDocs/SupportArticles-docs support/power-platform/
//     dataverse/email-exchange-synchronization/
//     error-while-sending-the-email-message.md, as round 11's row
//     h11b-d365-ssw-smtp-syntax-error-wrong-port cites it). UnspecifiedHost,
//     SmtpFromRequired, SmtpRecipientRequired, InvalidPort,
//     SmtpNeedAbsolutePickupDirectory, SmtpPickupDirectoryDoesnotSupportSsl:
//     the client's settings (config). MailHostNotFound ("The SMTP host was
//     not found.") wraps every connect failure and is left unknown.
//   - getkirby/toolkit a2a4ac95 lib/email.php (Kirby 2, which Kirby Uniform's
//     EmailAction calls; mzur/kirby-uniform f42394d6 index.php prefixes it
//     with uniform-email-error in 13 locales): "The email service is not
//     available: %s" (a service the site never defined; matched with its
//     colon, as a provider's outage could say the words alone), "Missing
//     Amazon API key/secret", "Missing Mailgun API key/domain", "Invalid
//     Postmark API Key" (thrown for an empty key): config. "Sending emails
//     is disabled" (the site's own switch) has no phrase: a provider says
//     the same of an account it blocked. "The email could not be sent" is a
//     catch-all (unknown).
//   - vdukhovni/postfix 17830e5c postfix/src/global/mail_trigger.c ("unable
//     to look up %s: %m", "%s is not a socket or a fifo", postdrop's
//     public/pickup when the local Postfix is not running),
//     global/mail_queue.c (mail_queue_enter cannot create the maildrop
//     file), sendmail/sendmail.c (the caller's uid not allowed to submit, no
//     recipients given): the local mail setup or its caller (config).
//   - Cacti/cacti 8a8541d1 lib/functions.php mailer(): "Bad email address
//     format. Invalid from email address %s" and "Mailer Error: No recipient
//     address set!!..." (cacti_log "ERROR: No recipient address set!!"), in
//     locales/po/*.po: ar-SA, bg-BG, lv-LV, uk-UA and zh-TW translate it
//     (the other locales' entries are fuzzy, which gettext does not use),
//     and the older "No <b>TO</b> address set" msgid: config.
//     Cacti/plugin_thold 1eb406bd thold_functions.php only prefixes the
//     mailer's answer.
//   - ZoneMinder/zoneminder bde61e7a scripts/zmfilter.pl.in: "No (from)
//     email address defined, not sending email", "No (from) message address
//     defined, not sending message": config.
//   - crowdsecurity/crowdsec a88b497b cmd/notification-email/main.go
//     Configure ("SMTP host is not set", "receiver emails are not set") and
//     the 1.3.x checks commit 589a30cd removed ("SMTP username/password is
//     not set", "Sender email is not set"): the plugin's settings (config).
//   - mirror/busybox 371fe9f7 mailutils/sendmail.c ("unsupported AUTH method
//     %s", mail.c get_cred_or_die "no username or password": no credentials
//     were given) and its libc's getopt ("unrecognized option: %c", "option
//     requires an argument: %c"; glibc's "invalid option -- '%c'"): the
//     caller's invocation (config).
//   - postfix/src/smtpd/smtpd.c (same commit): "501 5.1.7 Bad sender
//     address syntax", also behind a product's own "Internal server error:"
//     (1Panel): the configured sender (config), read before
//     server_internal_error.
//   - nicholas-fedor/shoutrrr 94c7710a pkg/services/email/smtp/smtp.go: a
//     "short response" at QUIT from quirky servers (Office 365) after the
//     mail was delivered; the maintainers ignore it (unknown).
//   - motze92/office365-mail 05f69077 src/Transport/
//     Office365MailTransport.php builds the token URL from its tenant
//     setting: "login.microsoftonline.com//oauth2" has an empty tenant, the
//     app's own OAuth settings (platform), whatever the status.

// round47FrameworksEarlyRules come before languageRules: network_dropped
// reads Spring's "Mail server connection failed" and Shoutrrr's "error
// closing session" as the network, server_internal_error a product's
// "Internal server error:" prefix, credentials_rejected BusyBox's "no
// username or password", and oauth_http_4xx a token URL without its tenant.
var round47FrameworksEarlyRules = []rule{
	{id: "frameworks_mail_settings", class: ClassConfig, anyOf: p(
		// Laravel MailManager
		"unsupported mail transport",
		// Symfony Mailer and Mime
		"\" scheme is not supported", "as the bridge is not installed. try running", "the mailer dsn has some garbage at the end",
		"keyword is not valid (valid ones are \"failover\"", "incompletedsnexception",
		"email \"\" does not comply with addr-spec", "@\" does not comply with addr-spec",
		"an email must have a \"to\", \"cc\", or \"bcc\" header", "\"from()\" must be called with at least one address",
		"a \"from\" header must have at least one email address",
		// Angus Mail SMTPTransport
		"response: [eof]", "sendfailedexception: no recipient addresses",
		// System.Net.Mail Strings.resx
		"the smtp host was not specified", "a from address must be specified", "a recipient must be specified",
		"the specified port is invalid. the port must be greater than 0", "only absolute directories are allowed for pickup directory",
		"ssl must not be enabled for pickup-directory delivery methods",
		// Kirby toolkit lib/email.php
		"the email service is not available: ", "missing amazon api key", "missing amazon api secret",
		"missing mailgun api key", "missing mailgun api domain", "invalid postmark api key",
		// Postfix mail_trigger.c, mail_queue.c, sendmail.c
		"unable to look up public/pickup", "public/pickup is not a socket or a fifo", "mail_queue_enter: create file maildrop/",
		") is not allowed to submit mail", "recipient addresses must be specified on the command line", "no recipient addresses found in message header",
		// Cacti mailer(): en (and the older msgid), ar-SA, bg-BG, lv-LV, uk-UA, zh-TW
		"invalid from email address", "no recipient address set!!", "mailer error: no to address set",
		"ميلر خطأ: لا", "мейлър грешка: не е", "nav iestatīta adresāta adrese", "не встановлено адресу одержувача", "郵件程序錯誤：沒有",
		// ZoneMinder zmfilter.pl
		"email address defined, not sending email", "address defined, not sending message",
		// CrowdSec email plugin
		"smtp host is not set", "smtp username is not set", "smtp password is not set", "sender email is not set", "receiver emails are not set",
		// BusyBox sendmail and its getopt
		"sendmail: unrecognized option", "sendmail: option requires an argument", "sendmail: invalid option --",
		"sendmail: unsupported auth method", "sendmail: no username or password",
		// Postfix smtpd's MAIL FROM syntax reply (also cut off)
		"bad sender address synta",
	),
		// Ory Kratos's own sentence (devtools_smtp_setting_missing).
		noneOf: p("failed to send a message. smtp host is not set"),
		doc:    "a web framework's mailer, a CMS mail plugin or an appliance names its own mail settings as wrong or missing before or instead of sending: transport, scheme or DSN, sender or recipient address, local mail program and its options, a plugin's host or credentials setting, or an implicit-TLS port spoken to in plain text"},
	{id: "frameworks_laravel_mailer_undefined", class: ClassConfig, allOf: p("mailer ", "] is not defined"),
		doc: "Laravel's MailManager: the mailer the app names is not defined in config/mail.php"},
	{id: "frameworks_health_default_host", class: ClassConfig,
		anyOf:   p("mail health check failed", "mailhealthindicator"),
		alsoAny: p("smtp host: localhost, port: 25", "port: localhost, 25;"),
		doc:     "Spring Boot's mail health check could not reach localhost:25, JavaMail's default when no mail host was set: the application's mail host setting is missing"},
	{id: "frameworks_close_short_response", class: ClassUnknown, anyOf: p("error closing session: short response"),
		doc: "Shoutrrr got a garbled line at QUIT after the mail was delivered (a quirk of some servers): nothing about the mailbox"},
	{id: "frameworks_token_url_no_tenant", class: ClassPlatform, anyOf: p("login.microsoftonline.com//oauth2"),
		doc: "the product built Microsoft's token URL with an empty tenant: its own OAuth settings are incomplete"},
}

// round47FrameworksRules come last but one (before outlookReplyNumberRules),
// after every rule a server's text or a nested cause would meet.
var round47FrameworksRules = []rule{
	{id: "frameworks_sysnetmail_no_reply", class: ClassConfig, code: "0",
		anyOf: p("syntax error, command unrecognized. the server response was:"),
		doc:   "System.Net.Mail could not read the server's reply at all (its default text, no reply code): the implicit-TLS port was used with a STARTTLS-only client"},
	{id: "frameworks_swift_timeout_cut", class: ClassTransient, anyOf: p(" timed ou"), alsoAny: p("connection to "),
		doc: "SwiftMailer's \"Connection to host:port Timed Out\", cut off in a log: the server did not answer in time"},
}
