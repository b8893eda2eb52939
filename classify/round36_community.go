package classify

// Round 36's families for a group of community products' own mail messages
// (testdata/heldout/round36.jsonl, the rows whose id starts with "h36c-"):
// each key a missed row holds, read in every locale the product ships, with
// the row's class. Each phrase is one translation, lower-cased, without its
// placeholders and trailing full stop (the longest fixed part before or
// after a placeholder). Locales whose text the rules already read with the
// row's class need no phrase here; the comment names the ones that did.
//
// Keys read (class, where raised):
//   - WoltLab/WCF 090ae94d, wcfsetup/install/lang/{de,en}.xml (the only two
//     locales the repository ships), answers of SmtpEmailTransport::
//     testConnection: wcf.acp.email.smtp.test.error.hostUnknown, the socket
//     could not connect (transient); ...notTlsSupport, no EHLO or no STARTTLS
//     offered (config); ...tlsFailed, the STARTTLS negotiation failed
//     (config); de and en each;
//   - joomlagerman/joomla aa87e7c2, {administrator,api,}/language/de-DE/
//     joomla.ini (the pack ships de-DE only; the three files hold the same
//     text), the strings Joomla hands PHPMailer: PHPMAILER_TLS (config),
//     PHPMAILER_SMTP_CONNECT_FAILED (transient; the file's <strong> markup
//     kept, the text without markup is already read as a failed connection),
//     PHPMAILER_RECIPIENTS_FAILED (recipient);
//   - Cacti/cacti 8a8541d1, lib/functions.php (the SMTP ping of the Mail
//     settings test) and locales/po/<locale>.po (ar-SA, bg-BG, de-DE, el-GR,
//     es-ES, fr-FR, he-IL, hi-IN, it-IT, ja-JP, ko-KR, lv-LV, nl-NL, pl-PL,
//     pt-BR, pt-PT, ru-RU, sv-SE, tr-TR, uk-UA, vi-VN, zh-CN, zh-TW):
//     "Authentication failed: %s" after SMTP::authenticate() returned false
//     (auth; el-GR only, every other locale is already read as a refused
//     login) and "Connect failed: %s" after SMTP::connect() failed
//     (transient; bg, el, es, fr, he, ja, lv, nl, pl, pt-BR/pt-PT, zh-TW);
//   - mailpoet/mailpoet 3a92f0b0 (the repository ships no translations; they
//     live on translate.wordpress.org, so the English source text is the
//     family): lib/Config/ServicesChecker.php "Your key to send with MailPoet
//     is invalid." (auth); lib/Mailer/Methods/ErrorMappers/MailPoetMapper.php
//     getEmailVolumeLimitReachedMessage, both variants, with and without the
//     plan's limit (rate_limited); lib/Services/Bridge/API.php
//     getTranslatedErrorMessage: ERROR_MESSAGE_BANNED "Key is valid, but the
//     action is forbidden." (blocked), ERROR_MESSAGE_INVALID_FROM "The email
//     address is not authorized." (config), ERROR_MESSAGE_AUTHORIZED_EMAIL_
//     NO_FREE "You cannot use a free email address..." (config),
//     ERROR_MESSAGE_BULK_EMAIL_FORBIDDEN "Email violates Sender Domain
//     requirements..." (rejected);
//   - michael-milette/moodle-local_mailtest 83f5a36a, lang/en/
//     local_mailtest.php (the only locale in the repository; Moodle's other
//     languages come from AMOS): failclosedport, faildnslookup,
//     failprotocolmismatch, failunknownmailbox, each added by index.php to
//     its diagnosis of a failed test (config);
//   - horst-n/WireMailSmtp 485e566e, smtp_classes/smtp.php Connect()
//     (English literals, no locale): "server does not support starting
//     TLS", "server does not require authentication" (the EHLO offers no
//     AUTH), "missing SMTP user name and / or missing SMTP password", "it is
//     not supported any of the authentication mechanisms required by the
//     server" (config each: no credentials were judged).

// round36CommunityEarlyRules come after round36BusinessEarlyRules, before
// languageRules and textRules: MailPoet's monthly quota says "temporarily
// paused" (temporary_wording), its sender-domain refusal "authenticate the
// sender domain" (auth_required_first) and eMail Test's sender advice "was
// rejected for policy reasons" (message_rejected); the setup checks hold
// only product sentences and decide there too.
var round36CommunityEarlyRules = []rule{
	{id: "community_mail_setup_check", class: ClassConfig, anyOf: p(
		// WoltLab notTlsSupport and tlsFailed: de, en
		"der server unterstützt keine verschlüsselung", "the server does not support encryption",
		"der aufbau einer verschlüsselten verbindung war nicht möglich", "unable to establish a secure connection",
		// Joomla PHPMAILER_TLS: de-DE
		"tls konnte nicht gestartet werden",
		// MailPoet ERROR_MESSAGE_INVALID_FROM and ..._NO_FREE: en
		"the email address is not authorized", "you cannot use a free email address",
		// eMail Test failclosedport, faildnslookup, failprotocolmismatch,
		// failunknownmailbox: en
		"did you specify the correct :port number", "resolves to the address of a mail server",
		"you may have a mismatch between the protocol", "the from mailbox was not found, is not accessible, or was rejected for policy reasons",
		// WireMailSmtp Connect(): en
		"server does not support starting tls", "server does not require authentication",
		"missing smtp user name and / or missing smtp password", "it is not supported any of the authentication mechanisms required by the server",
	),
		doc: "A product's mail setup check names the setting to fix (WoltLab, Joomla's German PHPMailer strings, MailPoet's sender, Moodle's eMail Test, WireMailSmtp): TLS, port, host or sender, no credentials judged"},
	{id: "mailpoet_sender_domain_unauthenticated", class: ClassRejected, anyOf: p(
		"email violates sender domain requirements",
	),
		doc: "MailPoet's Sending Service refused the message: the sender domain lacks the required SPF/DKIM authentication"},
	{id: "mailpoet_monthly_quota_paused", class: ClassRateLimited, anyOf: p(
		"more emails this month than your mailpoet plan includes",
	),
		doc: "MailPoet paused sending: the plan's monthly e-mail volume is reached"},
}

// round36CommunityRules come right after phpmailerRules, with the other
// round 36 families.
var round36CommunityRules = []rule{
	{id: "cacti_smtp_auth_failed", class: ClassAuth, anyOf: p(
		// "Authentication failed: %s": el-GR
		"ο έλεγχος ταυτότητας απέτυχε",
	),
		doc: "Cacti's SMTP test: the server refused the login (SMTP::authenticate() failed)"},
	{id: "mailpoet_sending_key_invalid", class: ClassAuth, anyOf: p(
		"your key to send with mailpoet is invalid",
	),
		doc: "MailPoet: the Sending Service key is invalid; the owner must enter a valid key"},
	{id: "mailpoet_key_action_forbidden", class: ClassBlocked, anyOf: p(
		"key is valid, but the action is forbidden",
	),
		doc: "MailPoet's Sending Service accepted the key but banned the account from sending"},
	{id: "joomla_phpmailer_recipients_failed", class: ClassRecipient, anyOf: p(
		// PHPMAILER_RECIPIENTS_FAILED: de-DE
		"die folgenden empfänger sind nicht korrekt",
	),
		doc: "Joomla's German PHPMailer string: RCPT TO was refused for the listed recipients"},
	{id: "community_smtp_connect_failed", class: ClassTransient, anyOf: p(
		// WoltLab hostUnknown: de, en
		"der server antwortet nicht", "the server is not responding",
		// Joomla PHPMAILER_SMTP_CONNECT_FAILED: de-DE, with the file's markup
		// escaped (a page's "&lt;strong&gt;", a JSON log's "\u003c"); as
		// written, the tag reads as a line end and Nextcloud's "verbindung
		// fehlgeschlagen" reads it
		"smtp-verbindung <strong>fehlgeschlagen",
		// Cacti "Connect failed: %s": bg, el, es, fr, he, ja, lv, nl, pl,
		// pt-BR and pt-PT, zh-TW
		"неуспешно сввързавне към", "η σύνδεση απέτυχε:", "falló conexión", "echec de la connexion :", "החיבור נכשל",
		"接続失敗：", "neizdevās izveidot savienojumu", "mislukte verbindingen", "połączenie nieudane", "conexão falhou", "連接失敗：",
	),
		// French "connexion" is also a login: a refused password named after
		// it stays for the login rules
		noneOf: p("mot de passe", "identifiant"),
		doc:    "A product's SMTP test could not reach the server (WoltLab, Joomla's German PHPMailer strings, Cacti): a connection failure, never a reconnect"},
}
