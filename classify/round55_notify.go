package classify

// Round 55's monitoring, backup, firewall and NAS notification subsystems
// (testdata/heldout/round55.jsonl, rows h55e-proxmox-, h55e-pfsense- and
// h55e-pve-): the products' OWN checks before or around the mail (and other
// channels) they send, read whole from each product's source; every sentence
// read is in testdata/catalogs/notification_settings_checks.jsonl. All read
// 2026-12-05.
//
// Sources, and why each class:
//   - proxmox/proxmox-rs f3305009: proxmox-notify/src/lib.rs
//     (Error::TargetDoesNotExist "notification target '{target}' does not
//     exist", Bus::send's "could not notify via target '{target}', it does
//     not exist"), endpoints/smtp.rs ("username is set but no password was
//     provided", before any connection), api/smtp.rs and api/sendmail.rs
//     ("must at least provide one recipient, either in mailto or in
//     mailto-user"), proxmox-sendmail/src/lib.rs ("At least one recipient
//     has to be specified!", "could not spawn sendmail process" when
//     /usr/sbin/sendmail cannot be run): the notification system's own
//     settings or the host's missing local mailer (config). A server's
//     reply that the SMTP target passes on ("permanent error (535): 5.7.8
//     ...", a connection timeout) keeps the server's or the network's
//     reading: these rules name no server wording. Its "no recipients
//     provided for the mail, cannot send it." reads config already
//     (setup_words).
//   - proxmox/pve-common f665029e src/PVE/Tools.pm sendmail: "unable to open
//     'sendmail' - $!" (config). "unable to find command 'sendmail'" is how
//     Proxmox VE's task log reports the same missing binary (the family's
//     brief; SaumonNet/proxmox-nixos issue 27).
//   - pfsense/pfsense 9363ac5b src/etc/inc/notices.inc: the forced-test
//     refusals "Unable to test {Telegram,Pushover,Slack} notification
//     without both API Key & {Chat ID,User Key,Channel} set", and "Failed to
//     send {Slack,Telegram,Pushover} notification. Error received was: %s"
//     carrying the channel API's own refusal of the configured key, channel
//     or chat (Slack invalid_auth, not_authed, channel_not_found,
//     not_in_channel, token_revoked, account_inactive, missing_scope;
//     Telegram 401 Unauthorized, 400 chat not found, 403 Forbidden; Pushover
//     "application token is invalid" and "user identifier is not a valid
//     user, group, or subscribed user key", https://pushover.net/api): the
//     channel's settings (config). Slack's "ratelimited" and Telegram's 429
//     stay rate_limited; "... did not return data in expected format!" gives
//     no cause (unknown, already). src/usr/local/pfSense/include/www/
//     system_advanced_notifications.inc: the settings form's checks of the
//     SMTP server, port, recipient, passwords, mechanism and the channels'
//     key formats (config).
//   - opnsense/core 923f1982 (before 0d7001ae removed the legacy SMTP
//     notices) src/etc/inc/notices.smtp.inc: "... because the SASL library
//     class is not loaded", "Authentication mechanism %s may not be used:
//     ...", "could not determine the SMTP to connect", "it was not specified
//     the POP3 authentication password": the notifier's setup (config);
//     "reached the end of data while reading from the SMTP server
//     connection", the server hung up (transient); its "Authentication
//     error: 535 ..." keeps the server's reading.
//   - truenas/middleware 66d9e1b9 src/middlewared/middlewared/plugins/mail/
//     send.py, smtp.py, config.py, gmail.py: no administrator address, no
//     outgoing server or port, no user with SMTP authentication, a non-ASCII
//     password, Gmail OAuth not set up (config); "Authentication error
//     (535|534): ..." passes smtplib's SMTPAuthenticationError on (auth).
//   - zabbix/zabbix 352a3aec src/libs/zbxmedia/email.c: the media type's and
//     the user's addresses checked before connecting (no '@', invalid or
//     non-ASCII characters) and "Support for SMTP authentication was not
//     compiled in" (config); "error receiving initial string from SMTP
//     server" and "error receiving answer on <command> request" when the
//     socket read fails (transient, like OPNsense's "reached the end of
//     data ..."); "wrong answer on ..." and "cannot connect to SMTP server"
//     pass the server's reply or the network's failure on.
//   - grafana/alerting 0f18d2c2 receivers/email/v0mimir1/email.go (the
//     Alertmanager email notifier): "missing secret for CRAM-MD5 auth
//     mechanism", "missing password for {PLAIN,LOGIN} auth mechanism",
//     "unknown auth mechanism: %s", "must be exactly one 'from' address";
//     021c913b receivers/email/v1/config.go "could not find addresses in
//     settings"; grafana/grafana 00ce9dbb pkg/services/notifications/
//     notifications.go "Invalid email address for smpt from_adress config"
//     (config; "SMTP not configured, check your grafana.ini ..." reads config
//     already).
//   - louislam/uptime-kuma 6398a958 server/notification-providers/: smtp.js
//     "Additional Headers is not a valid JSON", wxpusher.js, grafana-oncall.js
//     and openwa.js settings checks, apprise.js "ERROR: maybe apprise not
//     found" (the apprise command is not installed): config.
//   - caronc/apprise cf17bc9e apprise/plugins/email/base.py (secure mode,
//     From, PGP library and keys), pushover.py, gotify.py, telegram.py,
//     slack.py (invalid tokens and keys in the URL; Pushover's 401 mapped to
//     "Unauthorized - Invalid Token."): config. "Connection error while
//     submitting email to ..." is the catch-all for OSError and
//     SMTPException alike (unknown, already).
//   - netdata/netdata 0a05dbde src/health/notifications/alarm-notify.sh.in:
//     "Cannot find sendmail command in the system path. Disabling email
//     notifications." and "All notification methods are disabled; not
//     sending ..." (config).
//   - healthchecks/healthchecks 001c7945 hc/api/transports.py: "{Slack,
//     Pushover,Opsgenie,...} notifications are not enabled.", "Shell commands
//     are not enabled", "Empty webhook URL", Pushover's "Received status code
//     400 (invalid user)" and Telegram's "Forbidden: the group chat was
//     deleted" / "Forbidden: bot was blocked by the user", which it marks
//     permanent: the integration's settings (config).
//   - binwiederhier/ntfy 81a486ad server/errors.go: 40001 "e-mail
//     notifications are not enabled" (no SMTP sender set up on the server)
//     and 40003 "delayed e-mail notifications are not supported" (config);
//     "limit reached: too many emails" stays rate_limited.

// round55NotifyEarlyRules come right after gen51RefusalsEarlyRules: the
// general "does not exist" (recipient_mailbox_disabled), "forbidden" and
// "blocked" (message_rejected), "invalid user" (credentials_rejected) and
// the 4xx status rules would read these settings checks as a refused
// recipient, a content rejection, a refused login or a passing failure.
var round55NotifyEarlyRules = []rule{
	{id: "notify_target_missing", class: ClassConfig, anyOf: p("notification target '", "could not notify via target '"), alsoAny: p("does not exist"),
		doc: "Proxmox's notification system names a target (endpoint) that its configuration does not have: a matcher or a test points at a missing target"},
	{id: "notify_proxmox_target_settings", class: ClassConfig, anyOf: p(
		"username is set but no password was provided",
		"must at least provide one recipient, either in mailto or in mailto-user",
		"at least one recipient has to be specified!"),
		doc: "a Proxmox notification target's own settings are incomplete: an SMTP user without a password, or no recipient (none given, or the users named have no e-mail address)"},
	{id: "notify_no_local_mailer", class: ClassConfig, anyOf: p(
		"could not spawn sendmail process", "unable to open 'sendmail'", "find command 'sendmail'",
		"cannot find sendmail command", "sendmail: no such file or directory",
		"no such file or directory: '/usr/sbin/sendmail'", "no such file or directory: 'sendmail'",
		`exec: "sendmail": executable file not found`, "spawn /usr/sbin/sendmail enoent",
		"maybe apprise not found"),
		doc: "the notifier hands the mail to a local command that the host does not have (sendmail, or the apprise CLI): the host's setup, no mail server was asked"},
	{id: "notify_channel_keys", class: ClassConfig, anyOf: p(
		// pfSense forced tests and settings form
		"notification without both api key", "permitted in the telegram api string", "permitted in the slack api string",
		"api keys are case-sensitive, 30 characters long", "user keys are case-sensitive, 30 characters long",
		// Apprise
		"an invalid pushover access token", "an invalid pushover user key", "an invalid gotify token",
		"the telegram bot token specified", "an invalid slack oauth access token", "an invalid slack (first) token",
		"an invalid slack (second) token", "an invalid slack (third) token", "unauthorized - invalid token., error=",
		// Healthchecks (Pushover, Telegram)
		"received status code 400 (invalid user)", "forbidden: bot was blocked by the user", "forbidden: the group chat was deleted",
		// Uptime Kuma
		"no wxpusher spt is configured", "grafanaoncallurl cannot be empty", "no valid openwa chat id found"),
		doc: "a non-mail notification channel's own key, token or target is missing, malformed or refused (Telegram, Pushover, Slack, Gotify and others in pfSense, Apprise, Healthchecks, Uptime Kuma): the channel's settings, no mailbox"},
	{id: "notify_channel_refused", class: ClassConfig, anyOf: p(
		"failed to send slack notification. error received was",
		"failed to send telegram notification. error received was",
		"failed to send pushover notification. error received was"),
		alsoAny: p("invalid_auth", "not_authed", "channel_not_found", "not_in_channel", "token_revoked", "token_expired",
			"account_inactive", "is_archived", "missing_scope", ":401: unauthorized", "chat not found", ":403: forbidden",
			"application token is invalid", "user identifier is not a valid"),
		doc: "pfSense passes on the channel API's refusal of the configured Slack token or channel, Telegram bot token or chat, or Pushover API or user key: the channel's settings (throttling is left to the rate rules)"},
}

// round55NotifyRules come just before outlookReplyNumberRules: a product's
// switched-off channel or incomplete mail settings, read after every rule a
// server's reply appended to them could meet.
var round55NotifyRules = []rule{
	{id: "notify_channel_switched_off", class: ClassConfig, anyOf: p(
		"notifications are not enabled", "shell commands are not enabled", "empty webhook url",
		"all notification methods are disabled", "delayed e-mail notifications are not supported"),
		doc: "the product's settings switch a notification channel off or leave it without a target (Healthchecks integrations, ntfy's e-mail relay, Netdata's methods)"},
	{id: "notify_mail_settings", class: ClassConfig, anyOf: p(
		// Grafana and the Alertmanager email notifier
		"missing secret for cram-md5 auth mechanism", "missing password for login auth mechanism",
		"missing password for plain auth mechanism", "unknown auth mechanism:", "must be exactly one 'from' address",
		"could not find addresses in settings", "invalid email address for smpt from_adress config",
		// TrueNAS
		"none of the local administrators has an e-mail address configured",
		"you must provide an outgoing mailserver and mail server port",
		"this field is required when smtp authentication is enabled",
		"only plain text characters (7-bit ascii) are allowed in passwords", "gmail service is not initialized",
		// Zabbix
		"invalid utf-8 character in email address", "no '@' in email address",
		"email address local or domain part contains utf-8 character", "support for smtp authentication was not compiled in",
		// pfSense settings form
		"please enter valid e-mail server address", "please enter valid smtp port of e-mail server address",
		"please enter valid notification e-mail address", "smtp passwords must match", "please select valid authentication mechanism",
		// OPNsense legacy notices
		"the sasl library class is not loaded", "may not be used: it is not supported the",
		"could not determine the smtp to connect", "it was not specified the pop3 authentication",
		// Uptime Kuma, Apprise
		"additional headers is not a valid json", "the secure mode specified (", "invalid ~from~ email specified",
		"pgp support unavailable; install pgpy", "unable to sign email via pgp", "unable to encrypt email via pgp"),
		doc: "a monitoring, backup, firewall or NAS product's own mail settings are incomplete or wrong before any server is asked: recipients, sender, server and port, mechanism and its secret, password characters, PGP keys"},
	{id: "notify_connection_dropped", class: ClassTransient, anyOf: p(
		"reached the end of data while reading from the smtp server connection",
		"error receiving initial string from smtp server", "error receiving answer on "),
		doc: "the server closed the connection before its reply was read (OPNsense's legacy SMTP class, Zabbix's plain SMTP sender): a dropped connection, retried later"},
}
