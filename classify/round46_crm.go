package classify

// Round 46's CRMs and help desks (testdata/heldout/round46.jsonl, rows
// h46k-): their own mail-failure sentences, in every locale each ships, with
// the sibling sentences of the same file. Phrases are the fixed text of one
// sentence, lower-cased, without placeholders.
//
// Sources, at the commit the round's rows cite:
//   - Tiledesk/tiledesk-dashboard 259e50f3: src/app/project-edit-add/
//     smtp-settings/smtp-settings.component.ts shows AuthenticationFailed
//     ("Authentication failed, the test email could not be sent") only when
//     the test send answers error.code "EAUTH" (nodemailer: the SMTP server
//     refused the login): auth. src/assets/i18n/*.json, all 15 locales (ar,
//     az, de, en, es, fr, it, kk, pt, ru, sr, sv, tr, uk, uz) read; all but az
//     and kk read auth already. Any other error shows AnErrorHasOccurred ("An
//     error has occurred"), which stays unknown.
//   - opencrx/opencrx 9ab028e6: core/src/main/java/org/opencrx/application/
//     mail/exporter/MailWorkflow.java "Unable to get mail session" (the JNDI
//     mail service and its fallback give no Session: nothing configured) and
//     "Unable to send email. No default email account configured" (config);
//     "Unable to get mail transport" (the pool's connect failed for any
//     reason), "Can not send message", "Can not send mail:
//     MessagingException / AddressException / Exception" and the
//     SendFailedException warning stay unknown; the
//     AuthenticationFailedException log and warning read auth already.
//     .../importer/MailStore.java: "Could not get mail session" wraps the
//     lookup and store.connect alike (unknown, unchanged); "Could not open the
//     specified folder" is the FolderNotFoundException of the configured
//     folder on a logged-in store (config); "Exception while opening folder"
//     stays unknown.
//   - fatfreecrm/fat_free_crm 6c7f4eee: lib/fat_free_crm/mail_processor/
//     base.rb connect! rescues any Exception around Net::IMAP.new and login
//     into "Could not login to the IMAP server: #{e.inspect}": a catch-all
//     (unknown). Only the sentence with its placeholder is held; with the
//     exception filled in, its words decide, and other products' plain
//     "could not login to the IMAP server" keeps its reading.
//   - eventum/eventum 2843a7ae: src/Mail/Imap/ImapConnection.php
//     getConnection: "Could not connect to the email server '...' with
//     login: '...'.Please verify your email account settings and try again."
//     after imap_open failed for any reason (the imap_last_error line before
//     it, when kept, decides: noneOf), and templates/get_emails_ajax.tpl.html
//     "Could not connect to the server with the provided information:" above
//     the same error (unknown); templates/send.tpl.html "the email could not
//     be queued. This might be related to problems with your SMTP account
//     settings" (a queue failure that only guesses at the settings: unknown).
//     The same getConnection's "Eventum requires the IMAP extension",
//     templates/setup.tpl.html's "you will need to enable the IMAP extension"
//     and src/Console/Command/MailDownloadCommand.php "Could not find a email
//     account with the parameter provided" (no configured account matches)
//     are the installation's own setup (config). Eventum ships only
//     localization/eventum.pot, no translations.
//   - sitracker/sitracker f4f430ac: inbox.php shows strInboundEmailIsDisabled
//     when $CONFIG['enable_inbound_mail'] is off: the product's own setting
//     (config). i18n/*.inc.php (28 files) read; the key is translated in
//     bg-BG, da-DK, de-DE, en-GB, es-CO, fi-FI, fr-FR, nl-NL, pt-BR, ru-RU.
//     strErrorSendingEmail (incident_email.php, any mailer failure) and
//     inboundemail.php's "Connection error, see debug log for details."
//     (any imap_open failure) stay unknown in every locale.
//   - bestpractical/rt 72106ba9 (lib/RT/Interface/Email.pm, share/po/*.po),
//     ledgersmb/LedgerSMB 2c578797 (lib/LedgerSMB/Workflow/Action/Email.pm)
//     and ever-co/ever-gauzy 39a5c3ad (packages/core/src/lib/email-send/
//     email-send.service.ts, utils.ts): every send-failure sentence is a
//     catch-all and reads unknown already; the test holds them there.

// round46CRMEarlyRules come right before round35UnixEarlyRules:
// unixmail_connection_failed reads Eventum's "could not connect to the ...
// server" as the network's and credential_words reads Fat Free CRM's "could
// not login" as a refused password, though both sentences follow any failure.
var round46CRMEarlyRules = []rule{
	{id: "crm_connect_catch_all", class: ClassUnknown,
		anyOf: p(
			// Fat Free CRM, the sentence with its placeholder
			"could not login to the imap server: #{e.inspect}",
			// Eventum get_emails_ajax.tpl.html
			"could not connect to the server with the provided information",
			// Eventum send.tpl.html
			"the email could not be queued. this might be related to problems with your smtp account settings",
		),
		noneOf: crm46Causes,
		doc:    "a CRM's or help desk's sentence after any mail failure (Fat Free CRM's dropbox login, Eventum's account test and queue): a refused login and an unreachable host end in the same words, so it carries no verdict"},
	{id: "crm_eventum_connect", class: ClassUnknown,
		allOf:  p("could not connect to the email server", "please verify your email account settings and try again"),
		noneOf: crm46Causes,
		doc:    "Eventum's sentence after imap_open failed for any reason: a refused login and an unreachable host alike, so without the server's error it carries no verdict"},
}

// crm46Causes are words of the server's or library's error that Eventum
// puts before its sentence and Eventum's test page after it: when they are
// there, they decide. ("login" is in Eventum's own words, and the URI holds
// "/ssl", "/tls" and "/novalidate-cert", so none of those is here.)
var crm46Causes = p("authenticat", "credential", "password", "refused", "timed out", "timeout", "certificate", "no such host", "too many", "connection", "failure", "unavailable", "getaddrinfo", "not known", "unknown host", "reset")

// round46CRMRules come after round45AppsRules: the sentences read unknown
// before them, and a late place keeps their phrases from capturing anything
// another rule reads.
var round46CRMRules = []rule{
	{id: "crm_test_send_auth", class: ClassAuth, anyOf: p(
		// Tiledesk AuthenticationFailed: az, kk (the other 13 locales read auth already)
		"doğrulama uğursuz oldu, sınaq e-poçtu göndərilə bilmədi",
		"аутентификация орындалмады, сынақ электрондық поштасын жіберу мүмкін болмады",
	),
		doc: "Tiledesk's SMTP test send got EAUTH: the SMTP server refused the login"},
	{id: "crm_mail_setup", class: ClassConfig, anyOf: p(
		// openCRX MailWorkflow and MailStore
		"unable to get mail session",
		"no default email account configured",
		"could not open the specified folder",
		// Eventum ImapConnection, setup.tpl.html, MailDownloadCommand
		"requires the imap extension in order to download messages",
		"you will need to enable the imap extension",
		"could not find a email account with the parameter provided",
		// SiT! strInboundEmailIsDisabled: en-GB, de-DE, fr-FR, nl-NL, bg-BG, da-DK, es-CO, fi-FI, pt-BR, ru-RU
		"inbound email is disabled in your sit configuration",
		"eingehende e-mail ist in ihrer sit-konfiguration deaktiviert",
		"les e-mail entrants sont désactivés dans votre configuration de sit",
		"inkomende email is uitgeschakeld in uw sit configuratie",
		"вътрешната поща е забранена във вашата sit конфигурация",
		"indgående email er deaktiveret på konfigurations siden",
		"email entrante está desactivado en la configuración",
		"saapuvat sähköpostit on pois käytöstä tämänhetkisessä konfiguraatiossa",
		"e-mail de entrada está desativado na configuração sit",
		"входящие сообщения отключены в вашей конфигурации sit",
	),
		doc: "a CRM or help desk names its own mail setup: no mail service or default account configured (openCRX), the configured folder missing (openCRX), PHP's IMAP extension missing or no matching account (Eventum), inbound mail switched off (SiT!)"},
}
