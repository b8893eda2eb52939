package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round 47's web frameworks' mailers, CMS mail plugins and appliances
// (round47_frameworks.go): the setup and connection errors of Laravel's
// MailManager, Symfony Mailer and Mime, Spring's JavaMailSenderImpl and
// Spring Boot's MailHealthIndicator, Angus (Jakarta) Mail's SMTPTransport,
// System.Net.Mail's SmtpException texts, Kirby's email class under Uniform,
// Postfix's postdrop and sendmail, Cacti's mailer (every locale that
// translates it), ZoneMinder's zmfilter, CrowdSec's email plugin, BusyBox
// sendmail, Shoutrrr's session close and the Office 365 mail transport's
// token URL, with sibling sentences and look-alikes that must keep their
// reading.
func TestRound47FrameworksFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Laravel src/Illuminate/Mail/MailManager.php: a mailer or transport
		// that config/mail.php does not define.
		{"InvalidArgumentException\nMailer [mailgun] is not defined.", ClassConfig, "frameworks_laravel_mailer_undefined"},
		{"Mailer [smtp] is not defined.", ClassConfig, "frameworks_laravel_mailer_undefined"},
		{"Unsupported mail transport [mandrill].", ClassConfig, "frameworks_mail_settings"},
		{"Unsupported mail transport [].", ClassConfig, "frameworks_mail_settings"},
		// A coloured console line (Artisan) whose escape codes were lost
		// takes "[m" of the name with them.
		{"[31m[1mInvalidArgumentException\nMailer [mailgun] is not defined.[0m", ClassConfig, "frameworks_laravel_mailer_undefined"},
		{"\x1b[31m\x1b[1mUnsupported mail transport [mandrill].\x1b[0m", ClassConfig, "frameworks_mail_settings"},
		{"ERROR: Unsupported mail transport [office365mail]. {\"exception\":\"[object] (InvalidArgumentException(code: 0): Unsupported mail transport [office365mail]. at D:\\laragon\\www test\\vendor\\laravel\\framework\\src\\Illuminate\\Mail\\MailManager.php:172)", ClassConfig, "frameworks_mail_settings"},
		// Look-alikes: Laravel's other managers say the same of a cache
		// store or a log channel, which concern no mail: the product's
		// setup all the same (settings_unset), never a mail rule.
		{"Cache store [redis] is not defined.", ClassConfig, "settings_unset"},
		{"Log [daily] is not defined.", ClassConfig, "settings_unset"},

		// Symfony Mailer Exception/UnsupportedSchemeException.php,
		// Transport.php, Transport/Dsn.php, AbstractTransportFactory.php
		// (IncompleteDsnException), NativeTransportFactory.php.
		{"The \"\" scheme is not supported; supported schemes for mailer \"smtp\" are: \"smtp\", \"smtps\".", ClassConfig, "frameworks_mail_settings"},
		{"The \"smtp+tls\" scheme is not supported; supported schemes for mailer \"smtp\" are: \"smtp\", \"smtps\".", ClassConfig, "frameworks_mail_settings"},
		{"The \"sendgrid\" scheme is not supported.", ClassConfig, "frameworks_mail_settings"},
		{"Unable to send emails via \"mailgun\" as the bridge is not installed. Try running \"composer require symfony/mailgun-mailer\".", ClassConfig, "frameworks_mail_settings"},
		{"The mailer DSN has some garbage at the end.", ClassConfig, "frameworks_mail_settings"},
		{"The \"failovr\" keyword is not valid (valid ones are \"failover\", \"roundrobin\"), ", ClassConfig, "frameworks_mail_settings"},
		{"Symfony\\Component\\Mailer\\Exception\\IncompleteDsnException: Password is not set.", ClassConfig, "frameworks_mail_settings"},
		{"Symfony\\Component\\Mailer\\Exception\\IncompleteDsnException: User is not set.", ClassConfig, "frameworks_mail_settings"},
		// Siblings another rule reads already.
		{"The mailer DSN must contain a scheme.", ClassConfig, ""},
		{"The mailer DSN must contain a host (use \"default\" by default).", ClassConfig, ""},
		{"The mailer DSN is invalid.", ClassConfig, ""},
		{"sendmail_path is not configured in php.ini.", ClassConfig, ""},
		{"smtp or smtp_port is not configured in php.ini.", ClassConfig, ""},
		{"Connection to \"ssl://smtp.example.com:465\" timed out.", ClassTransient, ""},
		// Symfony Mime Address.php and Message.php/Email.php: an empty
		// address, one without its domain, or no recipient at all is the
		// site's own setting; a whole address names no header (unknown).
		{"Email notification [express_forms_demo_notification.twig]: Email \"\" does not comply with addr-spec of RFC 2822. [] []", ClassConfig, "frameworks_mail_settings"},
		{"Email \"\" does not comply with addr-spec of RFC 2822.", ClassConfig, "frameworks_mail_settings"},
		{"Email \"admin@\" does not comply with addr-spec of RFC 2822.", ClassConfig, "frameworks_mail_settings"},
		{"An email must have a \"To\", \"Cc\", or \"Bcc\" header.", ClassConfig, "frameworks_mail_settings"},
		{"\"from()\" must be called with at least one address.", ClassConfig, "frameworks_mail_settings"},
		{"A \"From\" header must have at least one email address.", ClassConfig, "frameworks_mail_settings"},
		{"An email must have a \"From\" or a \"Sender\" header.", ClassConfig, ""},
		{"Email \"taro..yamada@docomo.ne.jp\" does not comply with addr-spec of RFC 2822.", ClassUnknown, ""},
		// SwiftMailer's sentences keep their readings (round 45).
		{"Address in mailbox given [] does not comply with RFC 2822, 3.6.2.", ClassConfig, ""},
		{"Address in mailbox given [taro..yamada@docomo.ne.jp] does not comply with RFC 2822, 3.6.2.", ClassRecipient, "asia_recipient_address"},

		// SwiftMailer lib/classes/Swift/Transport/StreamBuffer.php
		// "Connection to host:port Timed Out", cut off as Craft's log pasted
		// it; the whole sentence reads transient already.
		{"2019-11-12 04:43:16 [-][2][-][warning][application] Error sending email: Connection to server.com:465 Timed Ou", ClassTransient, "frameworks_swift_timeout_cut"},
		{"Error sending email: Connection to server.com:465 Timed Out", ClassTransient, "network_timeout"},

		// Spring JavaMailSenderImpl and Angus Mail SMTPTransport: a server
		// that hangs up before its greeting ([EOF], the old "-1") is an
		// implicit-TLS port spoken to in plain text.
		{"Mail server connection failed. Failed messages: jakarta.mail.MessagingException: Got bad greeting from SMTP host: smtp.qq.com, port: 465, response: [EOF]\norg.springframework.mail.MailSendException: Mail server connection failed. Failed messages: jakarta.mail.MessagingException: Got bad greeting from SMTP host: smtp.qq.com, port: 465, response: [EOF]; message exception details (1) are:\nFailed message 1:\njakarta.mail.MessagingException: Got bad greeting from SMTP host: smtp.qq.com, port: 465, response: [EOF]", ClassConfig, "frameworks_mail_settings"},
		{"jakarta.mail.MessagingException: Got bad greeting from SMTP host: smtp.example.com, port: 587, response: [EOF]", ClassConfig, "frameworks_mail_settings"},
		{"Got bad greeting from SMTP host: smtp.example.com, port: 25, response: -1", ClassConfig, "tls_wrong_port"},
		// A greeting that is a reply keeps the reply's reading.
		{"jakarta.mail.MessagingException: Got bad greeting from SMTP host: smtp.example.com, port: 25, response: 554 5.7.1 Your IP is blocked", ClassRejected, ""},
		{"Got bad greeting from SMTP host: smtp.example.com, port: 25, response: 421 Too many connections", ClassRateLimited, ""},
		// Angus's connection siblings: the nested cause decides.
		{"jakarta.mail.MessagingException: Exception reading response;\n  nested exception is:\n\tjava.net.SocketTimeoutException: Read timed out", ClassTransient, ""},
		{"jakarta.mail.MessagingException: Can't send command to SMTP host;\n  nested exception is:\n\tjava.net.SocketException: Connection reset", ClassTransient, ""},
		{"Mail server connection failed; nested exception is javax.mail.MessagingException: Exception reading response;\nnested exception is:\njavax.net.ssl.SSLException: Unsupported or unrecognized SSL message", ClassConfig, ""},
		{"jakarta.mail.SendFailedException: No recipient addresses", ClassConfig, "frameworks_mail_settings"},
		{"Mail server connection failed", ClassTransient, ""},
		{"Mail server connection failed; nested exception is javax.mail.AuthenticationFailedException: 535 5.7.8 Error: authentication failed", ClassAuth, ""},
		// Spring Boot MailHealthIndicator: the probe of JavaMail's own
		// default, localhost:25, when no host was set.
		{"2019-12-18 07:16:13.912  WARN 6 --- [nio-8080-exec-3] o.s.b.actuate.mail.MailHealthIndicator   : Mail health check failed\napp_1      |\napp_1      | javax.mail.MessagingException: Could not connect to SMTP host: localhost, port: 25", ClassConfig, "frameworks_health_default_host"},
		{"Mail health check failed\norg.eclipse.angus.mail.util.MailConnectException: Couldn't connect to host, port: localhost, 25; timeout -1", ClassConfig, "frameworks_health_default_host"},
		// A configured host that does not answer, or localhost:25 outside
		// the health probe (round 30's Gluu row), stays the network's.
		{"Mail health check failed\njakarta.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 587", ClassTransient, ""},
		{"2020-05-19 22:02:05,063 ERROR [qtp99747242-16] [org.xdi.service.MailService] (MailService.java:141) - Failed to send message\njavax.mail.MessagingException: Could not connect to SMTP host: localhost, port: 25", ClassTransient, ""},
		{"Mail health check failed", ClassUnknown, ""},

		// System.Net.Mail SmtpException.cs: CommandUnrecognized is the
		// default text for a reply it could not read; with no server text
		// at all it is an implicit-TLS port spoken to with STARTTLS.
		{"An error occurred while sending an email: 'Syntax error, command unrecognized. The server response was: '", ClassConfig, "frameworks_sysnetmail_no_reply"},
		{"System.Net.Mail.SmtpException: Syntax error, command unrecognized. The server response was: ", ClassConfig, "frameworks_sysnetmail_no_reply"},
		// A server text after it decides.
		{"Syntax error, command unrecognized. The server response was: 500 5.5.1 Command unrecognized", ClassConfig, ""},
		{"Syntax error, command unrecognized. The server response was: 4.7.0 Temporary server error. Please try again later", ClassTransient, ""},
		{"Syntax error, command unrecognized. The server response was: 5.7.8 Error: authentication failed: UGFzc3dvcmQ6", ClassAuth, ""},
		{"Syntax error, command unrecognized. The server response was: 5.4.5 Daily user sending quota exceeded.", ClassRateLimited, ""},
		// Strings.resx siblings: settings the client never filled in.
		{"The SMTP host was not specified.", ClassConfig, "frameworks_mail_settings"},
		{"A from address must be specified.", ClassConfig, "frameworks_mail_settings"},
		{"A recipient must be specified.", ClassConfig, "frameworks_mail_settings"},
		{"The specified port is invalid. The port must be greater than 0.", ClassConfig, "frameworks_mail_settings"},
		{"Only absolute directories are allowed for pickup directory.", ClassConfig, "frameworks_mail_settings"},
		{"SSL must not be enabled for pickup-directory delivery methods.", ClassConfig, "frameworks_mail_settings"},
		{"The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Must issue a STARTTLS command first", ClassConfig, ""},
		{"Client does not have permission to submit mail to this server. The server response was: 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM", ClassConfig, ""},
		{"Service not available, closing transmission channel. The server response was: 4.7.0 Temporary server error", ClassTransient, ""},
		{"Unable to read data from the transport connection: net_io_connectionclosed.", ClassTransient, ""},
		{"Mailbox unavailable. The server response was: 5.7.1 Unable to relay", ClassConfig, ""},
		{"Exceeded storage allocation. The server response was: 5.2.2 Mailbox full", ClassRecipient, ""},
		// Catch-alls: the host-not-found sentence wraps any connect
		// failure (SmtpTransport.cs catches every exception), and "Failure
		// sending mail." names no cause.
		{"The SMTP host was not found.", ClassUnknown, ""},
		{"Failure sending mail.", ClassUnknown, ""},

		// getkirby/toolkit lib/email.php under Kirby Uniform's
		// uniform-email-error prefix (every locale of index.php).
		{"There was an error sending the form: The email service is not available: phpmailer", ClassConfig, "frameworks_mail_settings"},
		{"Při odesílání formuláře se vyskytla chyba: The email service is not available: phpmailer", ClassConfig, "frameworks_mail_settings"},
		{"Es ist ein Fehler beim Senden aufgetreten: The email service is not available: phpmailer", ClassConfig, "frameworks_mail_settings"},
		{"Se ha producido un error al enviar el formulario: The email service is not available: phpmailer", ClassConfig, "frameworks_mail_settings"},
		{"Une erreur s’est produite lors de l’envoi du formulaire: The email service is not available: phpmailer", ClassConfig, "frameworks_mail_settings"},
		{"Errore durante l'invio del form: The email service is not available: phpmailer", ClassConfig, "frameworks_mail_settings"},
		{"フォームを送信する際にエラーが発生しました。: The email service is not available: phpmailer", ClassConfig, "frameworks_mail_settings"},
		{"Er is een fout opgetreden bij het verzenden van het formulier: The email service is not available: phpmailer", ClassConfig, "frameworks_mail_settings"},
		{"Houve um erro ao enviar o formulário: The email service is not available: phpmailer", ClassConfig, "frameworks_mail_settings"},
		{"Ocorreu um erro ao enviar o formulário: The email service is not available: phpmailer", ClassConfig, "frameworks_mail_settings"},
		{"A apărut o eroare în momentul trimiterii formularului: The email service is not available: phpmailer", ClassConfig, "frameworks_mail_settings"},
		{"Form gönderilirken bir hata oluştu: The email service is not available: phpmailer", ClassConfig, "frameworks_mail_settings"},
		{"Missing Amazon API key", ClassConfig, "frameworks_mail_settings"},
		{"Missing Amazon API secret", ClassConfig, "frameworks_mail_settings"},
		{"Missing Mailgun API key", ClassConfig, "frameworks_mail_settings"},
		{"Missing Mailgun API domain", ClassConfig, "frameworks_mail_settings"},
		{"Invalid Postmark API Key", ClassConfig, "frameworks_mail_settings"},
		// Kirby's own switch has no phrase: a provider says the same words
		// of an account it blocked, or of a passing outage.
		{"Sending emails is disabled", ClassUnknown, ""},
		{"421 4.3.2 The email service is not available, try again later", ClassTransient, ""},
		// The catch-alls, alone and under the prefix, name no cause.
		{"There was an error sending the form.", ClassUnknown, ""},
		{"There was an error sending the form: The email could not be sent", ClassUnknown, ""},
		{"The mail could not be sent!", ClassUnknown, ""},
		{"There was an error sending the form: SMTP Error: Could not authenticate.", ClassAuth, ""},

		// Postfix src/global/mail_trigger.c, mail_queue.c and
		// src/sendmail/sendmail.c: the local mail system or its caller.
		{"postdrop: warning: unable to look up public/pickup: No such file or directory", ClassConfig, "frameworks_mail_settings"},
		{"postdrop: warning: public/pickup is not a socket or a fifo", ClassConfig, "frameworks_mail_settings"},
		{"postdrop: warning: mail_queue_enter: create file maildrop/672217.1234: Permission denied", ClassConfig, "frameworks_mail_settings"},
		{"sendmail: fatal: User www-data(33) is not allowed to submit mail", ClassConfig, "frameworks_mail_settings"},
		{"sendmail: fatal: www-data(33): Recipient addresses must be specified on the command line or via the -t option", ClassConfig, "frameworks_mail_settings"},
		{"sendmail: fatal: www-data(33): No recipient addresses found in message header", ClassConfig, "frameworks_mail_settings"},
		// Postfix's smtp client about a remote host keeps its reading.
		{"warning: unable to look up host mail.example.com: Name or service not known", ClassConfig, "dns_not_found"},

		// Cacti lib/functions.php mailer(): the From address and the
		// recipient settings, English and the five locales whose
		// translation is not fuzzy (ar-SA, bg-BG, lv-LV, uk-UA, zh-TW), and
		// the older "No <b>TO</b> address set" wording.
		{"2020/06/02 16:51:08 - THOLD ERROR: Sending Email Failed. Error was Bad email address format. Invalid from email address Cacti@localhost", ClassConfig, "frameworks_mail_settings"},
		{"2022-03-22 08:45:30 - THOLD ERROR: Sending Email To Failed. Error was Mailer Error: No recipient address set!!<br>If using the <i>Test Mail</i> link, please set the <b>Alert e-mail</b> setting.", ClassConfig, "frameworks_mail_settings"},
		{"Mailer Error: No <b>TO</b> address set!!<br>If using the <i>Test Mail</i> link, please set the <b>Alert Email</b> setting.", ClassConfig, "frameworks_mail_settings"},
		{"ERROR: No recipient address set!!", ClassConfig, "frameworks_mail_settings"},
		{"ميلر خطأ: لا <b>لمعالجة</b> وضع !! <br> إذا كنت تستخدم رابط <i>اختبار البريد</i> ، فيرجى ضبط إعداد <b>البريد الإلكتروني التنبيه</b> .", ClassConfig, "frameworks_mail_settings"},
		{"Мейлър Грешка: Не е <b>за</b> справяне <b>с</b> определени !! <br> Ако използвате връзката <i>Test Mail,</i> моля, задайте настройката за <b>електронна поща предупреждение.</b>", ClassConfig, "frameworks_mail_settings"},
		{"Pasta sūtītāja kļūda: nav iestatīta adresāta adrese!<br> Ja izmantojat saiti <i>Test Mail</i> , lūdzu, iestatiet <b>brīdinājuma e-pasta</b> iestatījumu.", ClassConfig, "frameworks_mail_settings"},
		{"Помилка поштової програми: не встановлено адресу одержувача!!<br> Якщо ви використовуєте посилання <i>Test Mail</i> , будь ласка, установіть налаштування <b>електронної пошти для сповіщень</b> .", ClassConfig, "frameworks_mail_settings"},
		{"郵件程序錯誤：沒有<b>TO</b>地址集！ <br>如果使用“ <i>測試郵件”</i>鏈接，請設置“ <b>警報電子郵件”</b>設置。", ClassConfig, "frameworks_mail_settings"},
		// Thold's own prefix with a server's refusal keeps the refusal's
		// reading.
		{"THOLD ERROR: Sending Email Failed. Error was SMTP Error: Could not authenticate.", ClassAuth, ""},

		// ZoneMinder scripts/zmfilter.pl.in: no address in the filter.
		{"zmfilter_1 |   | 1655 | ERR | No email address defined, not sending email | zmfilter.pl", ClassConfig, "frameworks_mail_settings"},
		{"No from email address defined, not sending email", ClassConfig, "frameworks_mail_settings"},
		{"No message address defined, not sending message", ClassConfig, "frameworks_mail_settings"},
		{"No from email address defined, not sending message", ClassConfig, "frameworks_mail_settings"},

		// CrowdSec cmd/notification-email/main.go Configure (and the 1.3.x
		// checks commit 589a30cd removed).
		{"api server init: unable to run local API: while loading plugin: while configuring email_default: rpc error: code = Unknown desc = SMTP username is not set", ClassConfig, "frameworks_mail_settings"},
		{"SMTP host is not set", ClassConfig, "frameworks_mail_settings"},
		{"SMTP password is not set", ClassConfig, "frameworks_mail_settings"},
		{"Sender email is not set", ClassConfig, "frameworks_mail_settings"},
		{"Receiver emails are not set", ClassConfig, "frameworks_mail_settings"},

		// BusyBox mailutils/sendmail.c and its libc's getopt: the caller's
		// options or credentials.
		{"/usr/sbin/sendmail: unrecognized option: F", ClassConfig, "frameworks_mail_settings"},
		{"sendmail: option requires an argument: f", ClassConfig, "frameworks_mail_settings"},
		{"sendmail: invalid option -- 'F'", ClassConfig, "frameworks_mail_settings"},
		{"sendmail: unsupported AUTH method CRAM-MD5", ClassConfig, "frameworks_mail_settings"},
		{"sendmail: no username or password", ClassConfig, "frameworks_mail_settings"},
		{"sendmail: timed out", ClassTransient, ""},

		// A Go product's "setting sender failed" around a reply: 501 5.1.7
		// is the configured sender's syntax.
		{"setting sender failed: 553 5.7.1 Sender address rejected: not owned by user", ClassConfig, ""},

		// Shoutrrr pkg/services/email/smtp/smtp.go: a garbled line at QUIT
		// after the mail was delivered.
		{"watchtower  | time=\"2025-11-23T20:41:11+08:00\" level=error msg=\"Failed to send shoutrrr notification - no retry logic implemented\" error=\"failed to send to some recipients: error closing session: short response: \\x00\\x00\\x00\\x1a\\x00\\x00\\x00\" failure_type=unknown index=0 notify=no service=smtp url=\"smtp.office365.com:587\"", ClassUnknown, "frameworks_close_short_response"},
		{"failed to send to some recipients: error closing session: EOF", ClassTransient, ""},
	})

	// Reply-shaped rows: the code and enhanced code as the logs give them.
	assertReplyRules(t, []replyCase{
		{501, "5.1.7", "Internal server error: setting sender failed: 501 5.1.7 Bad sender address synta", ClassConfig, "frameworks_mail_settings"},
		{501, "5.1.7", "501 5.1.7 Bad sender address syntax", ClassConfig, ""},
		{500, "", "Internal server error: setting sender failed: 500 internal server error", ClassTransient, ""},
	})

	// motze92/office365-mail src/Transport/Office365MailTransport.php
	// builds the token URL from its tenant setting: an empty segment in
	// "//oauth2" is the app's missing tenant, whatever the status.
	for _, c := range []struct {
		code int
		text string
		want Class
		rule string
	}{
		{404, "GuzzleHttp\\Exception\\ClientException with message 'Client error: `POST https://login.microsoftonline.com//oauth2/v2.0/token` resulted in a `404 Not Found` response'", ClassPlatform, "frameworks_token_url_no_tenant"},
		{400, "Client error: `POST https://login.microsoftonline.com//oauth2/v2.0/token` resulted in a `400 Bad Request` response", ClassPlatform, "frameworks_token_url_no_tenant"},
		// A named tenant keeps the token endpoint's reading.
		{404, "Client error: `POST https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token` resulted in a `404 Not Found` response", ClassTransient, ""},
		{400, "Client error: `POST https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token` resulted in a `400 Bad Request` response: {\"error\":\"invalid_client\"}", ClassPlatform, ""},
	} {
		v := OAuth(GrantClientCredentials, c.code, "", c.text)
		assert.Equal(t, c.want, v.Class, "%s (rule %s)", c.text, v.Rule)
		if c.rule != "" {
			assert.Equal(t, c.rule, v.Rule, c.text)
		}
	}
}
