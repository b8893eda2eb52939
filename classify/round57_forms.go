package classify

// Round 57's settings checks in the wordings that gen55_settings.go does not
// read (that family reads a setting's name beside a missing-word such as "not
// set" or "is required"): the validation messages of products' own mail
// settings forms, admin notices and configuration loaders, which tell the
// operator to enter a field, say the mail setup or account is not configured,
// name a configuration section that is missing, refuse a mail API key as too
// short, or cannot read their configuration file or run their password
// command. Every message, in each language the product ships, is in
// testdata/catalogs/mail_form_validation.jsonl. All read 2026-12-05.
//
// Sources, and why each class (config: the product's own mail settings, its
// account configuration or its configuration file are incomplete or
// unreadable, and no mail server has judged any credential; platform: the
// product's own OAuth application (client id, secret, tenant) is not set up,
// which its operator fixes; a recipient field left empty is the settings, not
// a refused recipient):
//   - CMS mail modules: backdrop-contrib/smtp 5f243720 smtp.admin.inc
//     smtp_admin_settings_validate() ("You must enter a SMTP server address.",
//     "You must enter a SMTP port number.", "The provided from e-mail address
//     is not valid."), includes/smtp.mail.inc and smtp_oauth/smtp_oauth.mail.inc
//     ("There is no submitted from address.", "The submitted from address
//     (@from) is not valid."), with fbf4d615 translations/{de,fr,sv}.po (the
//     Drupal SMTP module's strings, "an SMTP"); mailjet/drupal-mailjet-module
//     ac871595 (the same "There is no submitted from address.");
//     getgrav/grav-plugin-email 5efbabf0 languages.yaml (EMAIL_NOT_CONFIGURED,
//     PLEASE_CONFIGURE_A_TO_ADDRESS, PLEASE_CONFIGURE_A_FROM_ADDRESS in en, da,
//     de, es, fr, hr, it, ro, ru, uk; thrown by classes/Email.php).
//   - WordPress mail plugins: naa986/smtp-mailer 03735b94 smtp-mailer/main.php
//     and naa986/gmail-smtp 3614a3d9 gmail-smtp/main.php (their admin notice
//     "... plugin cannot send email until you enter your credentials in the
//     settings [and grant access to your web application]", shown while
//     is_*_configured() finds an empty host, user, password, port, From, or
//     OAuth client and access token: a setup never finished, config);
//     WPManageNinja/fluent-smtp b7e28d0c app/Services/TransStrings.php ("Please
//     configure your first email service provider connection"),
//     app/Services/Mailer/Providers/Factory.php ("There is no matching provider
//     found by email: "), app/Http/Controllers/SettingsController.php and
//     Providers/Outlook/Handler.php ("Please provide application client id /
//     secret", "Directory (tenant) ID must be the tenant GUID ...": the site's
//     own Entra or Google app, platform); deliciousbrains/wp-offload-ses-lite
//     2fe3ce61 classes/WP-Offload-SES.php ajax_set_aws_keys() ("The Access Key
//     ID must be set.", "The Secret Access Key must be at least 40 characters
//     long.", "All access key constants must be removed before keys can be set
//     in the database.": the Amazon SES keys of the site's own settings, before
//     SES is asked).
//   - Helpdesk: freescout-helpdesk/freescout 7c3e57aa
//     app/Http/Controllers/MailboxesController.php ("Sending / Receiving emails
//     need to be configured for the mailbox ...") with resources/lang/{de, es,
//     it, fr, pt-PT, pt-BR, nl}.json.
//   - Mail clients and tools: pimalaya/himalaya ca88bee0 ("SMTP / IMAP / Gmail
//     / Microsoft Graph / JMAP / Maildir config is missing for account", "No
//     send-capable backend ... or SMTP is configured for this account", "No
//     storage backend is configured for this account", "No backend matching
//     ... is configured", "No default account found", "set `identity_id` in
//     the account config", "Empty command for secret"); rjarry/aerc fab05311
//     config/accounts.go ("missing 'source' parameter", "missing 'from'
//     parameter", "failed to read password: <stderr>: <exit status>" when the
//     user's source-cred-cmd or outgoing-cred-cmd fails, "account.conf
//     permissions too lax"); a-sk/node-imapnotify a37456cc bin/imapnotify
//     ("Config file does not exist: <path>", "Parsing error: config file must
//     be in JSON format or a valid JS module").
//   - isync's mbsync: haji-ali/isync (a fork of isync) 65cd4429
//     src/drv_imap.c cred_from_cmd() and the account checks ("Skipping
//     account %s, password command failed / exited with status %d / crashed /
//     produced no output", the same for the user command, "Skipping account
//     %s, no user", "no password", "IMAPAccount '%s' has both Pass and
//     PassCmd").
//   - Archivers: LogicLabs-OU/OpenArchiver a6458b85
//     packages/backend/src/services/ingestion-connectors/MicrosoftConnector.ts
//     ("Microsoft 365 credentials are required for app-only Graph access.":
//     the archive's own app registration, platform).
//   - Phrases composed from a family description rather than read from a
//     source are left out: the brief this family was written from quoted
//     held-out round 57's rows as examples ("<protocol> account missing
//     <field>", "SMTP incompleto", "no mail account configured", a recipient
//     field "fehlt" or "mancante"), and a rule holding them would read those
//     rows by their own words, not by a vocabulary.
//
// Look-alikes kept apart: no phrase is a bare "please enter your password",
// "password mancante", "username is required", "api key" or "access key id
// must be set": a product's own sign-in form, a server's "530 Authentication
// required", another service's API key (S3, Slack, OpenAI) keep their reading.
// The bare "Api key is required." / "The API Key is mandatory." of FluentSMTP
// and the Mailjet module name no mail service and are left out. The late
// rules come just before outlookReplyNumberRules, so that a server's reply or
// a refused login that an earlier rule reads keeps that reading; only the
// configuration file and password command rules come early, because "does not
// exist" would read a missing configuration file as a missing recipient
// mailbox and "password ... failed" a failed password command as a refused
// password. PHPMailer's "SMTP ERROR: Password command failed: 535 ..." is
// SMTP's AUTH LOGIN step refused by the server, and keeps its reading.

// round57FormsEarlyRules come just after gen51RefusalsEarlyRules.
var round57FormsEarlyRules = []rule{
	{id: "forms_local_config_unreadable", class: ClassConfig, anyOf: p(
		// node-imapnotify, Himalaya, and the same words in other tools.
		"config file does not exist", "configuration file does not exist", "config file must be in json format",
		"cannot read config file", "can't read config file", "could not read config file", "unable to read config file",
		"failed to read config file", "cannot read configuration file", "can't read configuration file",
		"could not read configuration file", "unable to read configuration file", "failed to read configuration file",
		"no configuration file was found at"),
		doc: "a mail client, notifier or tool cannot find, read or parse its own configuration file (server, account, password): its configuration, before any server is asked"},
	{id: "forms_password_command_failed", class: ClassConfig, anyOf: p(
		"password command failed", "password command exited", "password command returned", "passwordcmd failed", "passcmd failed",
		"pass_cmd failed", "failed to run password command", "could not run password command", "error running password command",
		// isync's mbsync (PassCmd, UserCmd).
		"password command crashed", "password command produced no output", "user command failed", "user command exited",
		"user command crashed", "user command produced no output", "has both pass and passcmd",
		// A password the tool reads from a file it cannot read (round 137:
		// a Nagios check's --passfile).
		"unable to read password", "could not read password", "cannot read password", "can't read password", "failed to read password", "read password file"),
		// PHPMailer names SMTP's AUTH LOGIN password step the "Password
		// command" and quotes the server's refusal after it: that is the
		// server's verdict on the password.
		noneOf: p("smtp error", "535", "534", "530", "5.7.", "4.7.", "authentication failed", "authentication unsuccessful",
			"invalid credentials", "invalid username", "not accepted"),
		doc: "the password command a mail client or tool is configured with (pass, gpg, a keyring) failed before any server was asked: its configuration"},
	{id: "forms_mbsync_account_incomplete", class: ClassConfig, anyOf: p("skipping account"),
		alsoAny: p(", no user", ", no password"),
		doc:     "isync's mbsync skips an account whose configuration gives no user, or no password where it cannot prompt: its configuration"},
}

// round57FormsRules come late, just before outlookReplyNumberRules.
var round57FormsRules = []rule{
	{id: "forms_cms_mail_form", class: ClassConfig, anyOf: p(
		// Backdrop's and Drupal's SMTP module (en, de, fr, sv), the Mailjet module.
		"you must enter a smtp", "you must enter an smtp", "you must enter a imap", "you must enter an imap", "you must enter the smtp",
		"you must enter your smtp", "you must enter a mail server", "you must enter an outgoing mail server",
		"please enter your smtp", "please enter the smtp", "please enter a smtp", "please enter an smtp", "please enter your imap",
		"please enter the imap", "please enter your outgoing mail server", "please enter your incoming mail server",
		// A form that asks to specify the SMTP or IMAP server (round 138).
		"specify an smtp", "specify a smtp", "specify the imap", "specify the mail server", "specify the outgoing mail server",
		"there is no submitted from address", "the submitted from address", "the provided from e-mail address is not valid",
		"smtp-server-adresse muss angegeben werden", "ein smtp-port muss angegeben werden", "vous devez saisir une adresse de serveur smtp",
		"vous devez saisir un numéro de port smtp", "du måste ange en adress för smtp-servern", "du måste ange portnummer för smtp",
		"den angivna avsändare e-postadressen är inte giltig", "den angivna avsändareadressen", "det finns ingen angiven adress \"från",
		// SMTP Mailer, Gmail SMTP, FluentSMTP, WP Offload SES.
		"cannot send email until you enter your credentials in the settings", "cannot send emails until you enter your credentials in the settings",
		"please configure your first email service provider connection", "there is no matching provider found by email",
		"the access key id must be set", "the secret access key must be at least 40 characters",
		"access key constants must be removed before keys can be set"),
		doc: "a CMS mail module or WordPress mail plugin refuses its own settings or sends nothing: no SMTP server or port entered, no or an invalid From address, credentials never entered, no connection configured, its mail API key missing or too short: the site's configuration, before any server is asked"},
	{id: "forms_plugin_mailbox_not_configured", class: ClassConfig, anyOf: p(
		// Grav's Email plugin.
		"address in the email plugin settings", "adresse in den email-plugin-einstellungen", "en la configuración del plugin de email",
		"dans les paramètres du plugin d'e-mail", "nella configurazione del plugin email", "i email plugin indstillingerne",
		"în setările modulului email", "u postavkama email dodatka", "в настройках плагина email plugin", "в налаштуваннях плагіна email plugin",
		"e-mail ist nicht konfiguriert", "l'e-mail n'est pas configuré", "email nije konfiguriran", "adresa de email nu este configurată",
		"электронная почта не настроена", "електронна пошта не налаштована",
		// FreeScout's mailbox page.
		"sending emails need to be configured for the mailbox", "receiving emails need to be configured for the mailbox",
		"das senden von e-mails muss für das postfach konfiguriert", "das empfangen von e-mails muss für das postfach konfiguriert",
		"que el correo esté configurado para el envío", "que el correo esté configurado para rescatar",
		"l'invio di email deve essere configurato per la casella di posta", "la ricezione delle email deve essere configurata per la casella di posta",
		"l'envoi d'e-mails doit être configuré pour la boîte aux lettres", "la réception d'e-mails doit être configurée pour la boîte aux lettres",
		"o envio de e-mails precisa ser configurado", "para receber e-mails precisa de ser configurado", "o recebimento de e-mails precisa ser configurado",
		"het verzenden van e-mails moet voor de mailbox worden geconfigureerd", "het ontvangen van e-mails moet worden geconfigureerd voor de mailbox"),
		doc: "a CMS mail plugin or a helpdesk says its mail is not configured, or that no To or From address is configured in its settings, or that a mailbox's sending or fetching is not set up: its configuration"},
	{id: "forms_client_account_config", class: ClassConfig, anyOf: p(
		// Himalaya, aerc.
		"config is missing for account", "or smtp is configured for this account", "no storage backend is configured for this account",
		"no backend matching", "no default account found", "set `identity_id` in the account config", "empty command for secret",
		"empty shell command for secret", "missing 'source' parameter", "missing 'from' parameter", "account.conf permissions too lax",
		"failed to read password:"),
		doc: "a mail client or tool refuses an account of its own configuration: a protocol section, the source, the From address, a default or sending account, an identity missing; its password command empty or failed; its accounts file too open: its configuration, before any server is asked"},
	{id: "forms_oauth_app_fields", class: ClassPlatform, anyOf: p(
		// FluentSMTP, OpenArchiver.
		"please provide application client id", "please provide application client secret",
		"directory (tenant) id must be the tenant guid", "credentials are required for app-only graph access"),
		doc: "the product's own Google or Microsoft app registration (client id, client secret, tenant) is missing or malformed in its mail settings: the integrating product's OAuth client"},
}
