package classify

// Round 39's business products (testdata/heldout/round39.jsonl, rows h39b-):
// the sentences their code raises, each key in every locale the product
// ships, and the key's siblings in the same code. Phrases are the fixed text
// of one translation, lower-cased, without placeholders.
//
// Sources, at the commit the round's row cites:
//   - opensupports/opensupports 20720ca4: client/src/data/languages/{br,cn,de,
//     en,es,fr,gr,in,it,jp,nl,pl,pt,ru,tr}.js USER_DISABLED, thrown by
//     server/controllers/user/login.php for a disabled OpenSupports user: the
//     helpdesk's own account (unknown);
//   - Rukovoditel/Rukovoditel 43136a76: includes/languages/{english,russian}.php
//     TEXT_USER_IS_NOT_ACTIVE and its sibling TEXT_USER_NOT_FOUND, both raised
//     by users::login() (includes/classes/users/users.php): the product's own
//     sign-in (unknown); the product ships these two locales only;
//   - horilla-opensource/horilla 72e7198f: outlook_auth/views.py "Outlook
//     authentication required/expired" (revoked) and base/views.py "Primary
//     mail server is not configured" (config), with their msgstr in
//     horilla/locale/{ar,de,es,fr,it,pt_BR,zh_Hans,zh_Hant}/LC_MESSAGES/django.po
//     (zh_Hans and zh_Hant leave the Outlook one untranslated);
//   - dittofeed/dittofeed 52b2bee9: packages/backend-lib/src/gmail.ts
//     refreshGmailAccessToken() "Critical error: Refresh token became null
//     after refresh." and "Cannot refresh Gmail access token for workspace
//     member: missing refresh token." and packages/backend-lib/src/messaging.ts
//     "Failed to get or refresh Gmail access token" (revoked: no usable stored
//     grant); gmail.ts "Gmail client ID or secret not configured for token
//     refresh." (its log line "... is not configured. Cannot refresh token.")
//     and packages/dashboard/src/lib/oauth.ts "Missing gmailClientId in
//     backend config." (platform; gmail.ts "Gmail client ID and secret are not
//     set" is already read as platform by oauth_invalid_client); English only;
//   - VTECRM/vtenext cfc8ecb2: modules/Messages/language/{en_us,it_it}.lang.php
//     (the only locales of the module), the exceptions of
//     modules/Messages/Messages.php getZendMailProtocolImap():
//     ERR_IMAP_LOGIN_FAILED(_DESCR) (auth), ERR_IMAP_CONNECTION_FAILED(_DESCR)
//     (transient), ERR_IMAP_CREDENTIALS_EMPTY(_DESCR) and
//     ERR_IMAP_SERVER_EMPTY(_DESCR) (config);
//   - mantisbt-plugins/EmailReporting 5b389882: core/mail_api.php "IMAP
//     basefolder not found", "OpenSSL plugin not available even though the
//     mailbox is configured to use it" (config; English only);
//   - django-helpdesk/django-helpdesk 360bace4: src/helpdesk/email.py "IMAP
//     retrieve failed. Is the folder '%s' spelled correctly, ..." (imap_sync
//     and imap_oauth_sync) and "Queue has been configured with proxy settings,
//     but no socks library was installed" (config; log lines, not translated);
//   - tryton/trytond 3df41d95: trytond/sendmail.py "fail to connect to %s"
//     (transient) and "fail to send email to %s" (recipient: the refused
//     recipients dict); log lines, not translated;
//   - DjangoCRM/django-crm 4a0caf5e: crm/utils/crm_imap.py "IMAP4_SSL exception
//     at CrmIMAP._connect" (transient);
//   - pdovhomilja/nextcrm-app 73ccc2f3: lib/email/imap-safety.ts "TLS error.
//     Check the SSL setting for this port." and actions/emails/accounts.ts
//     "Unsupported IMAP port", "Unsupported SMTP port" (config; locales/ do not
//     hold them);
//   - projeqtor/main 56d0160b: branches/V5.5/projeqtor/model/Cron.php "IMAP
//     extension not enabled in your PHP config", "IMAP connection string not
//     defined" (config; traceLog lines, not translated).

// round39BusinessEarlyRules come before languageRules: account_blocked and
// lang_account_blocked read a product's own disabled user as a blocked
// mailbox, auth_required_first, lang_auth_required and the word rules read
// Horilla's "authentication required/expired" as a setup or login error, and
// mailer_not_configured reads Dittofeed's missing OAuth client as a mail
// setting.
var round39BusinessEarlyRules = []rule{
	{id: "business_own_account", class: ClassUnknown,
		// A mail server's refusal carries a reply code (code "0" holds only
		// for a text without one), a POP3 or IMAP status, or names the
		// protocol or mailbox; those stay with the rules that read them.
		code:   "0",
		noneOf: p("-err", "[auth", "[alert]", "smtp", "imap", "pop3", "mailbox", "sending", "authentication failed", "login failed"),
		anyOf: p(
			// OpenSupports USER_DISABLED.
			"this account is disabled.", "dieser account ist deaktiviert.", "esta cuenta está deshabilitada.",
			"to konto jest zablokowane.", "esta conta está desativada.", "此帐户已被停用。", "ce compte est désactivé.",
			"αυτός ο λογαριασμός είναι απενεργοποιημένος.", "यह खाता अक्षम है।", "questo account è disabilitato.",
			"このアカウントは無効です。", "dit account is uitgeschakeld.", "эта учетная запись отключена.", "bu hesap devre dışı.",
			// Rukovoditel TEXT_USER_IS_NOT_ACTIVE and TEXT_USER_NOT_FOUND.
			"your account is not active.", "ваш аккаунт неактивен",
			"no match for username and/or password.", "нет соответствия для имени пользователя или пароля",
		),
		doc: "a business product's own sign-in says its own user is disabled, inactive or unknown (OpenSupports USER_DISABLED, Rukovoditel TEXT_USER_IS_NOT_ACTIVE): the product's account, no mailbox"},
	{id: "business_grant_lost", class: ClassRevoked, anyOf: p(
		// Horilla outlook_auth.
		"outlook authentication required/expired", "outlook-authentifizierung erforderlich/abgelaufen",
		"autenticación outlook requerida/caducada", "authentification outlook requise/expirée",
		"autenticazione di outlook richiesta/scaduta", "autenticação do outlook necessária/expirada",
		"المصادقة المستقبلية مطلوبة/منتهية الصلاحية",
		// Dittofeed's Gmail grant.
		"refresh token became null after refresh", "failed to get or refresh gmail access token",
		"cannot refresh gmail access token for workspace member: missing refresh token",
	),
		doc: "a product's stored Microsoft or Google grant is missing or expired and the owner must sign in again (Horilla's Outlook mail, Dittofeed's Gmail sender)"},
	{id: "business_oauth_client_missing", class: ClassPlatform, anyOf: p(
		"gmail client id or secret not configured for token refresh",
		"gmail client id or secret is not configured. cannot refresh token",
		"missing gmailclientid in backend config",
	),
		doc: "Dittofeed's own Google OAuth client (gmailClientId/secret in its backend config) is missing: the integrator's client, not the mailbox owner"},
}

// round39BusinessRules come right after round36BusinessRules (after
// phpmailerRules).
var round39BusinessRules = []rule{
	{id: "business_login_refused", class: ClassAuth, anyOf: p(
		"err_imap_login_failed", "to check username and password.", "per verificare nome utente e password",
	),
		doc: "vtenext Messages: the IMAP server refused the configured username and password (ERR_IMAP_LOGIN_FAILED)"},
	{id: "business_setup_config", class: ClassConfig, anyOf: p(
		// vtenext ERR_IMAP_CREDENTIALS_EMPTY, ERR_IMAP_SERVER_EMPTY.
		"err_imap_credentials_empty", "to configure username and password.", "nome utente e/o password vuoti",
		"err_imap_server_empty", "to configure your mail server.", "per configurare il server mail",
		// Horilla: no primary mail server.
		"primary mail server is not configured", "le serveur de messagerie principal n'est pas configuré",
		"主邮件服务器未配置", "未配置主郵件伺服器", "لم يتم تكوين خادم البريد الأساسي",
		"primärer mail-server ist nicht konfiguriert", "el servidor de correo principal no está configurado",
		"il server di posta primario non è configurato", "servidor de correio primário não está configurado",
		// EmailReporting, django-helpdesk, NextCRM, ProjeQtOr.
		"imap basefolder not found", "openssl plugin not available even though the mailbox is configured",
		"spelled correctly, and does it exist on the server", "configured with proxy settings, but no socks library",
		"tls error. check the ssl setting for this port", "unsupported imap port", "unsupported smtp port",
		"imap extension not enabled in your php config", "imap connection string not defined",
	),
		doc: "a business product's own mail settings or setup are missing or wrong: no credentials or server entered, no primary mail server, a missing IMAP folder, PHP extension or Python library, SSL on the wrong port, a port the product does not allow"},
	{id: "business_connection_failed", class: ClassTransient,
		noneOf: p("authentic", "password", "credential", "login", "535"),
		anyOf: p(
			"err_imap_connection_failed", "to check the configuration of your mail server.",
			"per verificare la configurazione del server mail",
			"fail to connect to", "imap4_ssl exception at crmimap._connect",
		),
		doc: "a business product could not open the connection to the mail server (vtenext, Tryton, Django CRM), before any login"},
	{id: "business_recipients_refused", class: ClassRecipient,
		noneOf: p("authentic", "password", "credential", "login", "535"),
		anyOf:  p("fail to send email to"),
		doc:    "Tryton sendmail: the SMTP server refused some recipients (smtplib's senderrs)"},
}
