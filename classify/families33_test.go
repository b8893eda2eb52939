package classify

import (
	"testing"
)

// Round 33's families (testdata/heldout/README.md): the round's own texts,
// other wordings of each family, and look-alikes each family must leave
// alone.
func TestRound33Families(t *testing.T) {
	assertTextRules(t, []textCase{
		// Amazon SES's API: the key refused, against the request's setup.
		{"Sender SignatureDoesNotMatch The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details", ClassAuth, "cloud_key_refused"},
		{"InvalidClientTokenId: The security token included in the request is invalid.\n\tstatus code: 403", ClassAuth, "cloud_key_refused"},
		{"Exception message was: Sender InvalidClientTokenId Signature Version 3 requests are deprecated from March 1, 2021. From that date on, we are progressively rejecting such requests. To resolve the issue you must migrate to Signature Version 4.", ClassConfig, "cloud_request_setup"},
		{"RequestExpired: Request has expired.", ClassConfig, "cloud_request_setup"},
		{"AccessDeniedException: User: arn:aws:iam::123456789012:user/mailer is not authorized to perform: ses:SendRawEmail", ClassConfig, "cloud_request_setup"},
		// A refused login in other words: Japanese, the French spelling, a
		// lockout offered as one of two causes.
		{"009:提供された資格情報を使用してメールサーバーにサインインできませんでした", ClassAuth, "credentials_rejected"},
		{"IMAP: Authentification failed for user anna@example.com", ClassAuth, "credentials_rejected"},
		{"Either the account is locked out or the user name or password specified is invalid", ClassAuth, "credentials_rejected"},
		// Too many failures, in the same spelling: a temporary block.
		{"Email Notification Error. Authentification failed, msg: 535 5.7.0 Too many authentification failures", ClassAuthTemporary, "too_many_login_attempts"},
		// An account frozen after failed logins until an administrator acts.
		{"This account was frozen by dynamic screening for failing at least 10 authentication attempts today.", ClassBlocked, "account_blocked"},
		// IMAP not yet enabled for the account by its administrator (Zoho).
		{"[ALERT] You are yet to enable IMAP for your account. Please contact your administrator (Failure)", ClassAdmin, "imap_disabled_by_admin"},
		{"-ERR You are yet to enable POP for your account. Please contact your administrator", ClassAdmin, "imap_disabled_by_admin"},
		// Settings: TLS the server does not offer or the gateway demands,
		// the HELO name, the sender's domain, the product's own settings.
		{`level=error msg="Error on notify: require_tls: true (default), but "smtp.icoremail.net:465" does not advertise the STARTTLS extension"`, ClassConfig, "starttls_required"},
		{"Your sender domain is required to send via an encrypted SMTP session", ClassConfig, "starttls_required"},
		{`msg="Notify attempt 9 failed: sending rcpt to: 554 5.7.1 <localhost>: Helo command rejected: Access denied"`, ClassConfig, "ehlo_name_invalid"},
		{"EHLO requires valid address", ClassConfig, "ehlo_name_invalid"},
		{"A user attempted to send an email from a non-verified domain", ClassConfig, "sender_not_owned"},
		{"ERROR: could not notify via target `mail-to-root`: could not notify via endpoint(s): mail-to-root: no recipients provided for the mail, cannot send it.", ClassConfig, "setup_words"},
		{`error > Failed to send notification: error invoking send: error initializing router services: unknown service: "smtps"`, ClassConfig, "setup_words"},
		{`Attempted to call function "mail" from namespace "Laminas\Mail\Transport".`, ClassConfig, "setup_words"},
		{"PHP Fatal error:  Uncaught Error: Call to undefined function mail() in /var/www/html/send.php:12", ClassConfig, "setup_words"},
		{`Laminas\Mail\Protocol\SmtpPluginManager::get was unable to fetch or create an instance for`, ClassConfig, "setup_words"},
		{"System.InvalidOperationException: Failed to convert configuration value at 'SMTP:Port' to type 'System.Int32'.", ClassConfig, "setup_words"},
		{"exception 'MailSo\\Smtp\\Exceptions\\LoginBadMethodException' with message 'MailSo-Smtp-Exceptions-LoginBadMethodException (SmtpClient.php ~ 309)'", ClassConfig, "auth_mechanism_unsupported"},
		// Outlook.com's policy codes with only the server's name.
		{"ns3062780: 550 SC-001 (COL004-MC1F22) ", ClassRejected, "outlookcom_policy_code"},
		{"<<< 550 OU-002 (BAY0-MC3-F41) Unfortunately, messages from 192.0.2.7 weren't sent.", ClassRejected, "outlookcom_policy_code"},
		// A sending limit reached; recipients a relay remembers as unknown.
		{"[smtp, 550 5.7.1 Your mail limit has been reached.]", ClassRateLimited, "rate_limited"},
		{"Message cannot be sent. One or more recipients were previously reported as unknown.", ClassRecipient, "recipient_suppressed_or_malformed"},
		// A greeting answered with a temporary refusal of the server's own.
		{"host mx.example.jp[192.0.2.9] refused to talk to me: 450 Error sending ehlo package)", ClassTransient, "greeting_deferred"},
		{"host mx.example.com[192.0.2.9] refused to talk to me: 421 Service temporarily unavailable", ClassTransient, "greeting_deferred"},
		// A monitoring tool's own API user refused: no mailbox.
		{"pyzabbix.api.ZabbixAPIException: ('Error -32602: Invalid params., Incorrect user name or password or account is temporarily blocked.', -32602)", ClassUnknown, "monitoring_api_login"},
	})
	// The same families in earlier rounds: Zabbix-in-Telegram's login to
	// Zabbix's own web UI (round 27), and Exchange's POP/IMAP protocol log
	// for a login by an account with no primary SMTP address (round 17).
	assertTextRules(t, []textCase{
		{"zbxtg.py: authorization has failed, url: http://192.0.2.5/\nzbxtg.py: Login to Zabbix web UI has failed, check manually...", ClassUnknown, "monitoring_api_login"},
		{`"R=""? NO LOGIN failed:"";Msg=NoPrimarySmtpAddress"`, ClassConfig, "setup_words"},
	})
	// SABnzbd's catch-all around the login (sabnzbd/emailer.py: any
	// exception that is not an SMTPException, such as a socket error or a
	// password smtplib cannot encode): no server refused the password.
	assertTextRules(t, []textCase{
		{"2016-10-01 01:37:36,777::ERROR::[emailer:37] Unknown authentication failure in mail server", ClassUnknown, "l10n_sabnzbd_login_unknown"},
	})
	// Look-alikes: a resolver's error is never a block list, whatever the
	// product's own words around it; a 4xx greeting that names a block list
	// or reverse DNS stays a refusal.
	assertNotClasses(t, []string{
		"[WARNING] [pid=8938 nav.alertengine.alertaddress.send] Not sending alert 150 to user.name@domain.com as handler Email is blacklisted: [Errno -2] Name or service not known",
		"Not sending alert: handler SMS is blacklisted: Temporary failure in name resolution",
	}, ClassRejected, ClassAuth, ClassRevoked)
	assertTextClasses(t, map[string]Class{
		"host mx2.free.fr[212.27.42.58] refused to talk to me: 421 Refused. Your reverse DNS entry does not resolve to an IP.": ClassRejected,
		"host mx.example.com[192.0.2.9] refused to talk to me: 450 4.7.1 Client host rejected: blocked using zen.spamhaus.org": ClassRejected,
		"The account is locked.": ClassBlocked,
		"554 5.7.1 <mail.example.com>: Helo command rejected: Host not found": ClassRejected,
	})
}
