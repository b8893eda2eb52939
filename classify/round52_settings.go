package classify

// Round 52's checks that products run on their OWN mail settings before
// anything is sent to a mail server: a required field of the product's mail
// form left empty (host, port, user name, password, From address, an enabled
// SMTP server), the format of an app password typed into that form, a PHP
// extension the product needs and the server lacks, and the integrating
// product's own Google or Microsoft OAuth client that its operator has not set
// up. Every published message is in
// testdata/catalogs/product_mail_settings_checks.jsonl. All read 2026-12-05.
//
// Sources, and why each class:
//   - Moodle's auth_imap, auth_pop3 and auth_nntp plugins
//     (moodle/moodle 30c8dd34, auth/imap/lang/en/auth_imap.php and
//     auth/pop3/lang/en/auth_pop3.php: "Cannot use IMAP authentication. The
//     PHP IMAP module is not installed.") and their translations in
//     projectestac/moodle-langpacks 6340d351, <locale>/auth_imap.php,
//     auth_pop3.php, auth_nntp.php (ca de el en es eu fr gl it ja ko lt nl pt
//     ro ru sv tr uk zh_cn): the site's PHP lacks the IMAP extension the
//     plugin logs in with; no server was asked (config). "Cannot use IMAP
//     authentication" is the plugin refusing to run, not a refused login:
//     the Spanish and Korean forms read as refused logins before this file.
//   - Friendica (friendica/friendica a0a8aeb3, src/Module/Admin/Site.php and
//     view/lang/<locale>/strings.php, de fr gd hu pl ru): "Mail support can't
//     be enabled because the PHP IMAP module is not installed." (config).
//   - nextcloud/user_external 034a6ef0 lib/imap.php: "ERROR: PHP imap
//     extension is not installed" (config; helpdesk_fetch_setup already
//     reads "php imap extension is not installed", HESK's words).
//   - Mautic (mautic/mautic 24271492, app/bundles/EmailBundle/Translations/
//     en_US/messages.ini and validators.ini): "IMAP account is not
//     configured.", "The PHP IMAP extension is required in order to enable
//     monitored email features.", "Invalid DSN. Please make sure you entered
//     all the needed fields." (the mailer form incomplete): config.
//   - FluentSMTP (WPManageNinja/fluent-smtp b7e28d0c, app/Services/Mailer/
//     Providers/Smtp/ValidatorTrait.php, app/Services/Mailer/
//     ValidatorTrait.php): "SMTP host/port/username/password is required.",
//     "Please define FLUENTMAIL_SMTP_USERNAME/PASSWORD in wp-config.php
//     file.", "Sender email is required." (config). Its Gmail and Outlook
//     handlers' "Application Client ID is required." (oauth_invalid_client
//     already reads it platform) and "Application Client Secret key is
//     required.": the site's own OAuth application is not set up (platform).
//   - listmonk (knadh/listmonk 911e0b77, cmd/settings.go and i18n/<locale>.json
//     settings.errorNoSMTP, en de fr es it pt-BR ru ja zh-CN nl pl tr): "At
//     least one SMTP block should be enabled" (config).
//   - EspoCRM (espocrm/espocrm 2cde9d98, application/Espo/Resources/i18n/
//     <locale>/Email.json messages.noSmtpSetup, 16 locales): "SMTP is not
//     configured: {link}" (config; mailer_not_configured reads the English).
//   - Twenty (twentyhq/twenty 0753537a, packages/twenty-server/src/engine/
//     core-modules/auth/guards/google-apis-oauth-request-code.guard.ts and
//     microsoft-apis-oauth-request-code.guard.ts): "Google apis auth is not
//     enabled", "Microsoft apis auth is not enabled" when the server's Gmail
//     and Google Calendar (Microsoft) integrations are off: the integrating
//     product's own OAuth app is not configured (platform).
//   - Small apps' own words for their missing Google or Microsoft OAuth
//     client ("Google OAuth is not configured.", "Gmail OAuth is not
//     configured — set GOOGLE_OAUTH_CLIENT_ID/...", "Missing Gmail OAuth
//     credentials. Set GMAIL_CLIENT_ID and GMAIL_CLIENT_SECRET", "Custom SMTP
//     requires password", "App password must be 16 characters", "SMTP is not
//     configured (SMTP_HOST is empty)"), found by exact string in the code
//     index, whose excerpts do not name their repositories: they shape the
//     test's composed sentences, not the catalog. K-9 Mail's "OAuth 2.0 is
//     not configured for this provider" (the client has no OAuth support for
//     that provider) stays config (held out in round 9).
//
// Look-alikes kept apart: a provider's reply that an app password is required
// ("534-5.7.9 Application-specific password required", "Please log in with an
// app password") stays auth, and a mail server's "Password is required" after
// a login attempt is not a settings form: no phrase here is a bare "password
// is required" or "app password" alone.

// round52SettingsEarlyRules come before languageRules: l10n_words_refused_login
// reads Moodle's "No se puede usar la identificación IMAP" as a refused login,
// app_password_required reads any "app password" as the provider's demand,
// and mailer_not_configured reads "Google OAuth is not configured" as the
// product's mail settings rather than its OAuth client.
var round52SettingsEarlyRules = []rule{
	{id: "settings_php_imap_missing", class: ClassConfig, anyOf: p(
		// English: Moodle, Friendica, Nextcloud user_external, Mautic.
		"php imap module is not installed", "php imap extension is required",
		// Moodle auth_imap/auth_pop3/auth_nntp in translation.
		"el mòdul php imap no està instal·lat", "php-extension imap ist nicht installiert",
		"της php δεν είναι εγκατεστημένο", "el módulo imap de php no está instalado", "php imap modulua ez dago instalatuta",
		"le module php imap n'est pas installé", "non está instalado o módulo php imap", "il modulo php imap non è installato",
		"php imapモジュールがインストールされていません", "php의 imap모듈이 설치되어 있지 않", "neįdiegtas php imap modulis",
		"php imap-module is niet geïnstalleerd", "php imap module is niet geïnstalleerd",
		"o módulo imap do php não está instalado", "a extensão imap do php não está instalada", "modulul php imap nu este instalat",
		"модуль php imap не установлен", "не установлено расширение imap языка php", "не установлен модуль php imap",
		"modulen för php imap är inte installerad", "php-modulen för imap är inte installerad", "php-modulen är inte installerad",
		"php imap eklentisi yüklü değil", "php imap modülü kurulmamış", "модуль php imap не встановлено", "не встановлено модуль php imap",
		"没有安装 php imap 模块", "没有安装 php iamp 模块", "php imap 模块没有安装",
		// Friendica in translation.
		"php imap modul nicht installiert", "requiert le module php imap", "am mòideal imap aig php a stàladh",
		"php imap-modulja nincs telepítve", "moduł php imap nie jest zainstalowany"),
		doc: "the product cannot use IMAP or POP3 because the server's PHP lacks the IMAP extension: its own setup, no mail server was asked"},
	{id: "settings_app_password_format", class: ClassConfig, anyOf: p(
		"app password must be at least", "app password must be 16", "app password must be exactly", "app password should be 16",
		"app password should be exactly", "app password should not contain spaces", "app password must not contain spaces",
		"app password cannot contain spaces", "app password can't contain spaces", "app password must contain only"),
		doc: "the product's own form refuses the app password typed into it for its length or characters, before any server is asked"},
	{id: "settings_oauth_client_not_configured", class: ClassPlatform,
		anyOf: p("google apis auth is not enabled", "microsoft apis auth is not enabled", "application client secret key is required",
			"google oauth is not configured", "gmail oauth is not configured", "microsoft oauth is not configured", "outlook oauth is not configured",
			"google oauth not configured", "gmail oauth not configured", "microsoft oauth not configured", "outlook oauth not configured",
			"missing gmail oauth credentials", "missing google oauth credentials", "missing microsoft oauth credentials", "missing outlook oauth credentials",
			"google oauth credentials are not configured", "gmail oauth credentials are not configured", "microsoft oauth credentials are not configured",
			// In French, Spanish, Portuguese and German (round 99).
			"l'oauth google n'est pas configuré", "l'oauth microsoft n'est pas configuré", "oauth google non configuré", "oauth microsoft non configuré",
			"oauth de google no está configurado", "oauth de microsoft no está configurado", "oauth do google não está configurado", "oauth da microsoft não está configurado",
			"google-oauth ist nicht konfiguriert", "microsoft-oauth ist nicht konfiguriert"),
		// K-9 Mail: the client itself has no OAuth support for a provider.
		noneOf: p("for this provider"),
		doc:    "the integrating product's own Google or Microsoft OAuth client (id, secret, the server's integration switch) is not configured: its operator's setup, not the owner's mailbox"},
}

// round52SettingsRules come late, just before outlookReplyNumberRules: every
// phrase names an empty field of the product's own mail form, and a text that
// an earlier rule reads (a server's reply, a refused login) keeps that reading.
var round52SettingsRules = []rule{
	{id: "settings_mail_form_incomplete", class: ClassConfig, anyOf: p(
		// FluentSMTP, Mautic, and the wording of other products' forms.
		"smtp host is required", "smtp port is required", "smtp username is required", "smtp password is required",
		"sender email is required", "please define fluentmail_smtp_", "imap account is not configured",
		"invalid dsn. please make sure you entered all the needed fields",
		"imap and smtp passwords are required", "custom smtp requires password", "custom smtp requires host", "smtp_host is empty",
		// listmonk settings.errorNoSMTP.
		"at least one smtp block should be enabled", "mindestens ein smtp block muss aktiviert sein", "au moins un bloc smtp doit être activé",
		"al menos un bloque smtp debe estar habilitado", "devi attivare almeno un blocco smtp", "pelo menos um bloco smtp deve estar habilitado",
		"должен быть включён хотя бы один блок smtp", "少なくとも一つのsmtpブロックが有効であること", "至少应启用一个smtp块",
		"minstens een smtp blok moet ingeschakeld zijn", "co najmniej jeden blok smtp powinien być aktywowany", "en azından bir smtp bloğu etkin olmalı",
		// EspoCRM messages.noSmtpSetup.
		"smtp ist nicht konfiguriert", "smtp no está configurado", "no está configurado el smtp", "smtp n'est pas configuré",
		"smtp non configurato", "smtp が設定されていません", "smtp is niet geconfigureerd", "smtp nie jest skonfigurowany",
		"smtp não está configurado", "nenhuma configuração de smtp", "smtp не настроен", "smtp не налаштовано", "smtp ayarlanmadı",
		"chybí nastavení smtp", "smtp är inte konfigurerat"),
		doc: "a required field of the product's own mail settings is empty (host, port, user name, password, From address, an enabled SMTP server): its configuration, before any server is asked"},
}
