package classify

import (
	"testing"
)

// Round 55's monitoring, backup, firewall and NAS notification subsystems
// (round55_notify.go): their own checks of a notification target's settings,
// of a non-mail channel's keys and of the local mailer, read from each
// product's source. The catalog notification_settings_checks.jsonl holds the
// products' sentences once each; here are the forms logs and task outputs
// carry them in, and look-alikes in which a mail server's refusal or a
// network failure passed on through the same wrappers keeps its reading.
func TestRound55NotifyFamilies(t *testing.T) {
	assertCatalogClasses(t, "notification_settings_checks")

	assertTextRules(t, []textCase{
		// Proxmox's notification system: targets, recipients, the sendmail target.
		{"notification target 'mail-backup' does not exist", ClassConfig, "notify_target_missing"},
		{"TASK ERROR: notification target 'pbs-alerts' does not exist", ClassConfig, "notify_target_missing"},
		{"Could not test target: notification target 'matrix' does not exist", ClassConfig, "notify_target_missing"},
		{"ERROR: could not notify via target 'smtp-relay', it does not exist", ClassConfig, "notify_target_missing"},
		{"400 Parameter verification failed. must at least provide one recipient, either in mailto or in mailto-user", ClassConfig, "notify_proxmox_target_settings"},
		{"could not forward mail: At least one recipient has to be specified!", ClassConfig, "notify_proxmox_target_settings"},
		{"ERROR: could not notify via target `mail-to-root`: could not notify via endpoint(s): mail-to-root: could not spawn sendmail process", ClassConfig, "notify_no_local_mailer"},
		{"could not spawn sendmail process: Permission denied (os error 13)", ClassConfig, "notify_no_local_mailer"},
		{"send notification failed: unable to open 'sendmail' - No such file or directory", ClassConfig, "notify_no_local_mailer"},

		// The local mailer missing, as other notifiers and shells say it.
		{"alarm-notify.sh: Cannot find sendmail command in the system path. Disabling email notifications.", ClassConfig, "notify_no_local_mailer"},
		{"/usr/sbin/sendmail: No such file or directory", ClassConfig, "notify_no_local_mailer"},
		{"line 12: /usr/sbin/sendmail: No such file or directory", ClassConfig, "notify_no_local_mailer"},
		{"exec: \"sendmail\": executable file not found in $PATH", ClassConfig, "notify_no_local_mailer"},
		{"[Errno 2] No such file or directory: '/usr/sbin/sendmail'", ClassConfig, "notify_no_local_mailer"},
		{"Error: spawn /usr/sbin/sendmail ENOENT", ClassConfig, ""},
		{"sendmail: command not found", ClassConfig, ""},
		{"Could not execute: /usr/sbin/sendmail -t -i", ClassConfig, ""},
		{"ERROR: maybe apprise not found", ClassConfig, "notify_no_local_mailer"},

		// A non-mail channel's own keys and targets (pfSense, Apprise, Healthchecks, Uptime Kuma).
		{"Unable to test Telegram notification without both API Key & Chat ID set", ClassConfig, "notify_channel_keys"},
		{"Unable to test Slack notification without both API Key & Channel set", ClassConfig, "notify_channel_keys"},
		{"php-fpm[391]: /system_advanced_notifications.php: Failed to send Slack notification. Error received was: token_revoked", ClassConfig, "notify_channel_refused"},
		{"Failed to send Slack notification. Error received was: missing_scope", ClassConfig, "notify_channel_refused"},
		{"Failed to send Telegram notification. Error received was :401: Unauthorized", ClassConfig, "notify_channel_refused"},
		{"notify: Failed to send Telegram notification. Error received was :403: Forbidden: bot was blocked by the user", ClassConfig, "notify_channel_keys"},
		{"Failed to send Pushover notification. Error received was: application token is invalid", ClassConfig, "notify_channel_refused"},
		{"An invalid Pushover User Key (None) was specified.", ClassConfig, "notify_channel_keys"},
		{"Failed to send Pushover notification to group:uQiRzpo4DXghDmr9QzzfQu27cmVRsG: Unauthorized - Invalid Token., error=401.", ClassConfig, "notify_channel_keys"},
		{"Received status code 400 (invalid user)", ClassConfig, "notify_channel_keys"},
		{"Received status code 403 with a message: \"Forbidden: bot was blocked by the user\"", ClassConfig, "notify_channel_keys"},
		{"No WxPusher SPT is configured", ClassConfig, "notify_channel_keys"},

		// A connection the server dropped while the notifier read its reply.
		{"Could not send the message to ops@example.com -- Error: reached the end of data while reading from the SMTP server connection", ClassTransient, "notify_connection_dropped"},
		{"failed to send email: error receiving answer on MAIL FROM request: Success", ClassTransient, "notify_connection_dropped"},

		// Channels switched off in the product's settings.
		{"Opsgenie notifications are not enabled.", ClassConfig, "notify_channel_switched_off"},
		{"Mattermost notifications are not enabled.", ClassConfig, "notify_channel_switched_off"},
		{"All notification methods are disabled; not sending notification to 'sysadmin' for transition from WARNING to CRITICAL, of alert 'ram_in_use'", ClassConfig, "notify_channel_switched_off"},
		{`{"code":40001,"http":400,"error":"e-mail notifications are not enabled","link":"https://ntfy.sh/docs/config/#e-mail-notifications"}`, ClassConfig, "notify_channel_switched_off"},

		// The products' own mail settings.
		{"Notify for alerts failed: find auth mechanism: missing secret for CRAM-MD5 auth mechanism", ClassConfig, "notify_mail_settings"},
		{"notify retry canceled due to unrecoverable error after 1 attempts: find auth mechanism: unknown auth mechanism: GSSAPI", ClassConfig, "notify_mail_settings"},
		{"[EFAULT] None of the local administrators has an e-mail address configured", ClassConfig, "notify_mail_settings"},
		{"[EFAULT] You must provide an outgoing mailserver and mail server port when sending mail", ClassConfig, "notify_mail_settings"},
		{"failed to send email: no '@' in email address: admin", ClassConfig, "notify_mail_settings"},
		{"Support for SMTP authentication was not compiled in", ClassConfig, "notify_mail_settings"},
		{"Please enter valid SMTP port of E-Mail server address.", ClassConfig, "notify_mail_settings"},
		{"Additional Headers is not a valid JSON", ClassConfig, "notify_mail_settings"},
		{"The secure mode specified (ssl3) is invalid.", ClassConfig, "notify_mail_settings"},

		// Look-alikes: a mail server's refusal passed on keeps the server's reading.
		{"could not notify via endpoint(s): smtp-relay: permanent error (535): 5.7.8 Username and Password not accepted. For more information, go to", ClassAuth, ""},
		{"could not notify via endpoint(s): gmail-alerts: permanent error (534): 5.7.9 Application-specific password required. For more information, go to", ClassAuth, ""},
		{"Authentication error (534): b'5.7.9 Application-specific password required. Learn more at\\n5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor'", ClassAuth, ""},
		{"Could not send the message to ops@example.com -- Error: authentication failure [SMTP: Invalid response code received from server (code: 535, response: 5.7.8 Username and Password not accepted.)]", ClassAuth, ""},
		{"*smtp.plainAuth auth: 535 5.7.3 Authentication unsuccessful", ClassAuth, ""},
		{"wrong answer on RCPT TO \"550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in local recipient table\"", ClassRecipient, ""},
		// A connection timeout stays transient, through Proxmox's and pfSense's wrappers alike.
		{"could not notify via endpoint(s): smtp-relay: Connection error: Connection timed out (os error 110)", ClassTransient, ""},
		{"Could not send the message to ops@example.com -- Error: Failed to connect to ssl://smtp.example.com:465 [SMTP: Failed to connect socket: Connection timed out (code: -1, response: )]", ClassTransient, ""},
		{"cannot connect to SMTP server \"mail.example.com\": [110] Connection timed out", ClassTransient, ""},
		// Throttling and the catch-alls keep theirs.
		{"Failed to send Slack notification. Error received was: ratelimited", ClassRateLimited, ""},
		{"Failed to send Telegram notification. Error received was :429: Too Many Requests: retry after 7", ClassRateLimited, ""},
		{"Slack API server did not return data in expected format!", ClassUnknown, ""},
		{"Connection error while submitting email to \"smtp.gmail.com\"", ClassUnknown, ""},
		// Other products' "does not exist" about a mailbox stays the recipient's.
		{"Delivery to backups@example.org failed: 550 5.1.1 Mailbox backups@example.org does not exist here", ClassRecipient, ""},
		// A target name that merely mentions a notification is no Proxmox target.
		{"550 5.1.1 <notification@example.com>: Recipient address rejected: mailbox does not exist", ClassRecipient, ""},
	})
}
