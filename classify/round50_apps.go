package classify

// Round 50's self-hosted servers and platforms (testdata/heldout/round50.jsonl,
// rows h50ab-seafile-, h50ab-nextcloud-, h50ab-discourse-, h50ab-chatwoot-,
// h50ab-humhub-, h50ab-synapse-twisted-dnslookup-, h50x-argocd-,
// h50x-superset-, h50x-turnkey-gitea-): their own mail-settings sentences, or
// the library sentence they pass on, with the siblings of the same code.
// Phrases are the fixed text of each sentence, lower-cased, without
// placeholders.
//
// Sources (public repositories, read 2026-12-05):
//   - haiwen/seahub (seahub/views/ajax.py send_shared_link, api2 and
//     api/v2.1 send-share-link / send-upload-link endpoints, found by text in
//     the stored index): "Sending shared link failed. Email service is not
//     properly configured, please contact administrator." is returned when
//     IS_EMAIL_CONFIGURED is false, before any connection: config. The
//     seahub translations were not read (repository too large to bring
//     here); only the English source string is matched.
//   - nextcloud/server apps/settings/l10n/{de,fr,it}.json at commits
//     004cacff, 0102c573, 00ffe6f6: the older wording "You need to set your
//     user email before being able to send test emails[. Go to %s for
//     that.]" (MailSettingsController::sendTestMail with no address on the
//     admin's account): a settings step, config. The later "account email"
//     wording is already in l10n_adminpanels.go. Other locales of the older
//     wording were not read.
//   - mikel/mail d645d7b5 lib/mail/network/delivery_methods/sendmail.rb:
//     ArgumentError ":arguments expected to be an Array of individual string
//     args" when the delivery method's :arguments setting is a String (as
//     Discourse images configured it): config. The file has no other error.
//   - ruby/net-imap 7cc1dd0a lib/net/imap/response_parser.rb
//     resp_cond_auth__name / resp_cond_state__name: InvalidResponseError
//     "bad response type %p, expected %s". With the label "ESMTP" the client
//     read an SMTP greeting: an IMAP inbox pointed at an SMTP host or port,
//     config. Other labels (a host name) are left alone.
//   - argoproj/notifications-engine cf274d2e pkg/api/api.go Send():
//     "notification service '%s' is not supported" (the subscription names
//     a service with no service.<name> entry in the ConfigMap), and
//     pkg/services/services.go "service type '%s' is not supported" (an
//     unknown service type in that entry): config. "template '%s' is not
//     supported" is no mail setting and is left alone.
//   - apache/superset superset/utils/core.py send_email_smtp /
//     send_mime_email (found by text in the stored index): config["SMTP_HOST"],
//     ["SMTP_PORT"], ["SMTP_USER"], ["SMTP_PASSWORD"], ["SMTP_STARTTLS"],
//     ["SMTP_SSL"], ["SMTP_SSL_SERVER_AUTH"], ["SMTP_MAIL_FROM"],
//     ["EMAIL_HEADER_MUTATOR"]: a key absent from the loaded config raises
//     KeyError('<KEY>'), shown as KeyError: '<KEY>' or, in alerts & reports,
//     SupersetError(message="'<KEY>'"): config, before any SMTP exchange,
//     even though "AUTH" or "PASSWORD" is in the key's name.
//   - go-gomail/gomail 81ebce5c send.go ("gomail: could not send email %d: %v", as Gitea's mailer used it) passes on Go's
//     net.SplitHostPort errors "missing port in address" and "too many
//     colons in address" (net/ipsock.go): the configured host has no port or
//     an unbracketed IPv6 address, config. Matched only with a mail word.
//   - swiftmailer/swiftmailer 47a44911 lib/classes/Swift/Transport/StreamBuffer.php:
//     "Connection to tcp://%s:%s Timed Out" (HumHub's mailer). Port 993 or
//     995 is implicit-TLS IMAP/POP3, which never sends an SMTP greeting to a
//     plain connection: the SMTP port setting is wrong, config. Any other
//     port keeps its transient reading.
//   - twisted/twisted 64661601 src/twisted/internet/error.py DNSLookupError
//     ("DNS lookup failed: %s."), raised by _resolver.py (no address for the
//     name), base.py ("address %r not found: %s"), endpoints.py ("Couldn't
//     find the hostname %r", "no results for hostname lookup: %s"): the
//     configured host does not resolve (Synapse's smtp_host), config like
//     dns_not_found, except the threaded resolver's "timeout error" and
//     "Temporary failure in name resolution", which stay transient.
//
// Not covered (generic words only): h50ab-synapse-twisted-sender-domain-not-
// found (Postfix "Sender address rejected: Domain not found", read rejected
// by sender_domain_dns; nothing Synapse's own in the text) and
// h50ab-mastodon-fastmail-465-eoferror (a bare EOFError).

// round50AppsEarlyRules come right after round49SchoolsEarlyRules, before
// languageRules and textRules: "timed out", "bad response" and "password"
// there would decide first.
var round50AppsEarlyRules = []rule{
	{id: "apps_mail_settings_sentence", class: ClassConfig, anyOf: p(
		// Seahub (English source string)
		"sending shared link failed. email service is not properly configured",
		// Nextcloud, older wording: en, de, fr, it
		"you need to set your user email before being able to send test emails",
		"du musst deine benutzer-e-mail-adresse angeben, bevor du test-e-mails versenden kannst",
		"vous devez définir votre e-mail utilisateur avant de tester",
		"devi impostare la tua email prima di poter inviare email di prova",
	),
		doc: "A self-hosted server refuses to send before its mail settings are complete: Seafile's email service is not configured, Nextcloud's admin has no address of their own for the test mail"},
	{id: "apps_mail_gem_sendmail_arguments", class: ClassConfig, anyOf: p(
		":arguments expected to be an array of individual string args",
	),
		doc: "Ruby's mail gem: the sendmail delivery method's arguments setting is a string, not an array (Discourse and other Rails apps)"},
	{id: "apps_net_imap_smtp_greeting", class: ClassConfig, anyOf: p(
		`bad response type "esmtp"`,
	),
		doc: "Ruby net-imap read an SMTP server's greeting: the IMAP inbox points at an SMTP host or port (Chatwoot)"},
	{id: "apps_notifications_service_missing", class: ClassConfig, anyOf: p(
		"notification service '", "service type '",
	), allOf: p("' is not supported"),
		doc: "Argo CD notifications: the subscription names a notification service (such as email) that the notifications ConfigMap does not configure"},
	{id: "apps_superset_smtp_key_missing", class: ClassConfig, anyOf: p(
		"'smtp_host'", "'smtp_port'", "'smtp_user'", "'smtp_password'", "'smtp_starttls'",
		"'smtp_ssl'", "'smtp_ssl_server_auth'", "'smtp_mail_from'", "'email_header_mutator'",
	), alsoAny: p("keyerror: '", "keyerror('", `superseterror(message="'`),
		doc: "Superset: an SMTP setting is missing from the loaded configuration (KeyError), before any connection"},
	{id: "apps_mailer_address_malformed", class: ClassConfig, anyOf: p(
		"missing port in address", "too many colons in address",
	), alsoAny: p("gomail: ", "dial tcp", "smtp", "mailer"),
		doc: "A Go mailer (Gitea, gomail) was given a host without a port, or an IPv6 address without brackets"},
	{id: "apps_swift_mailbox_port", class: ClassConfig, allOf: p("connection to tcp://"), anyOf: p(
		":993 timed out", ":995 timed out",
	),
		doc: "SwiftMailer (HumHub) dialled the IMAPS or POP3S port for SMTP: no SMTP greeting ever comes, the port setting is wrong"},
	{id: "apps_twisted_dns_lookup", class: ClassConfig, allOf: p("dnslookuperror", "dns lookup failed"),
		noneOf: p("timeout error", "temporary failure in name resolution"),
		doc:    "Twisted (Synapse): the configured mail host name does not resolve"},
}
