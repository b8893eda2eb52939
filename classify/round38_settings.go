package classify

// Round 38's missing or invalid mail settings (testdata/heldout/round38.jsonl,
// rows h38d-hop-, h38d-cerb-, h38d-kopia-, h38d-orangehrm-, h38d-civicrm-,
// h38d-conky-, h38d-mailmerge-, h38d-qtile-, h38d-imapdedup-, h38d-fider-,
// h38d-sasl-xoauth2- and h38a-n9e-): a product's own message that one of its
// mail settings (server, port, sender, login name, password, security type,
// OAuth2 account) is empty or wrong, raised before or instead of any verdict
// of the server on the owner's credentials. Every phrase is the fixed text of
// a message, lower-cased, without placeholders; translations are taken in
// every locale the product ships. Catalog:
// testdata/catalogs/client_settings.jsonl.
//
// Sources:
//   - apache/hop 2a2ba3f7, plugins/misc/mail/src/main/resources/org/apache/
//     hop/mail/workflow/actions/mail/messages/messages_<locale>.properties
//     (ActionMail.Error.HostNotSpecified, ActionMail.Error.ReplyEmailNotFilled)
//     and .../pipeline/transforms/mail/messages/messages_<locale>.properties
//     (Mail.Error.MailServerEmpty, Mail.Log.ServerFieldEmpty,
//     Mail.Log.AuthenticationUserFieldEmpty,
//     Mail.Log.AuthenticationPasswordFieldEmpty, Mail.Error.ReplyEmailNotFilled,
//     Mail.Log.ReplyFieldEmpty), locales de_DE en_US es_AR fr_FR it_IT ja_JP
//     ko_KR pt_BR zh_CN (es_ES, nl_NL, no_NO, pl_PL and pt_PT hold none of
//     these keys; ja_JP repeats the English).
//   - jstanden/cerb 7abfc520: features/cerberusweb.core/api/mail/transports/
//     smtp.php testConfig() ('The SMTP "host"/"port" parameter is required.'),
//     features/cerberusweb.core/strings.xml config.mailboxes.error_hostname
//     ("Error: No hostname provided."), features/cerberusweb.core/api/dao/
//     mailbox.php and libs/devblocks/api/services/email.php (the XOAUTH2
//     connected account that cannot be loaded or is not an OAuth2 provider).
//   - kopia/kopia 4ebb2be6 notification/sender/email/email_sender_options.go
//     ("SMTP server / From address / To address must be provided").
//   - orangehrm/orangehrm 194a751e src/plugins/orangehrmCorePlugin/Service/
//     EmailService.php ("Email configuration is not set.", "Email
//     configuration settings not available").
//   - civicrm/civicrm-core 00be9182 CRM/Admin/Form/Setting/Smtp.php (the
//     test mail with outbound mail disabled or redirected to the database,
//     the form rules "SMTP Server name / SMTP Port / Sendmail Path / Sendmail
//     Argument is a required field.").
//   - brndnmtthws/conky 77fe8192 src/data/network/mail.cc (the global mail
//     settings missing, "scanning IMAP/POP3 args failed").
//   - awdeorio/mailmerge ec6b39eb mailmerge/sendmail_client.py
//     ("unrecognized security type", "username is required for security
//     type", "SSL Error: {err}", "Username and XOAUTH access token must be
//     ASCII").
//   - qtile/qtile 8385631f libqtile/widget/imapwidget.py ("You must set the
//     'user' parameter for the IMAP widget.", "No password error", "Gnome
//     Keyring Error").
//   - quentinsf/IMAPdedup 2524517e src/imapdedup/imapdedup.py ("Server did not
//     offer TLS", "Must specify server, user, and at least one mailbox.",
//     "Must specify mailbox").
//   - getfider/fider 67c52826 app/services/email/smtp/auth.go ("could not find
//     any suitable auth mechanism").
//   - moriyoshi/cyrus-sasl-xoauth2 36aabca5 xoauth2_server.c ("unsupported
//     token type", "Failed to parse authentication information", "xoauth2:
//     version mismatch", "xoauth2_scope is not set").
//   - ccfos/nightingale 523a8c48 alert/sender/email.go, memsto/
//     notify_channel_cache.go ("SMTP configurations invalid"), models/
//     notify_channel.go SMTPRequestConfig.Verify() ("smtp host / username /
//     password / from address cannot be empty", "smtp port must be greater
//     than 0"), center/router/router_notify_config.go; go-gomail/gomail
//     81ebce5c auth.go, which Nightingale sends with ("gomail: unencrypted
//     connection", as the reporter of ccfos/nightingale#2100 pasted it
//     "unencrypted connected").
//
// The rules come late in the walk: every phrase names an empty or invalid
// setting, and any text an earlier rule reads (a refused login, a refused
// connection) keeps that reading. The Korean Hop translation of "Authentication
// username is empty!" (인증 사용자가 없습니다) is left out: it also reads "there
// is no such authentication user", a refused login.
var round38SettingsRules = []rule{
	{id: "settings_server_not_set", class: ClassConfig, anyOf: p(
		// Apache Hop, the SMTP server field empty.
		"(smtp host) is not specified", "fehlendem smtp mailserver", "(host smtp) no fue especificado",
		"(smtp host) non è specificato", "(host smtp) não é especificado", "메일서버(smtp 호스트)를 지정하지 않아",
		"没有指定邮件服务器", "renseigner l'hôte smtp", "smtp server is empty", "smtp server nicht gesetzt",
		"le serveur smtp n'a pas été renseigné", "servidor smtp não informado", "server address is empty",
		"serveradresse ist leer", "la dirección del servidor está vacía", "nom du serveur smtp n'a pas été renseigné",
		"l'indirizzo del server è vuoto", "o endereço do servidor está vazio", "서버 주소가 없습니다", "服务器地址为空",
		// Cerb, Kopia, OrangeHRM, CiviCRM, conky, IMAPdedup, Nightingale.
		`smtp "host" parameter is required`, `smtp "port" parameter is required`, "error: no hostname provided",
		"smtp server must be provided", "email configuration is not set", "email configuration settings not available",
		"smtp server name is a required field", "smtp port is a required field", "sendmail path is a required field",
		"sendmail argument is a required field", "global mail settings are properly defined", "scanning imap args failed",
		"scanning pop3 args failed", "must specify server, user", "error: must specify mailbox",
		"smtp configurations invalid", "smtp host cannot be empty", "smtp host or port can not be empty",
		"smtp port must be greater than 0"),
		doc: "a product's own message that its mail server setting (SMTP host, port, server address, the whole mail configuration) is empty or missing, in every language the product ships: fix the settings, no login was attempted"},
	{id: "settings_sender_not_set", class: ClassConfig, anyOf: p(
		// Apache Hop, the sender address field empty.
		"sender e-mail address is not filled in", "sender address is empty", "adresse des senders nicht ausgefüllt",
		"emailadresse des absenders ist nicht gesetzt", "absenderadresse ist leer",
		"dirección de correo de respuesta no ha sido especificada", "no se ha ingresado la dirección de correo del remitente",
		"la dirección del remitente está vacía", "l'adresse de l'envoyeur n'a pas été indiquée",
		"l'adresse de l'expéditeur n'a pas été renseignée", "de l'expéditeur n'a pas été renseignée",
		"indirizzo email di risposta non è inserito", "indirizzi email di risposta non è stato riempito",
		"l'indirizzo di risposta è vuoto", "e-mail do remetente não está preenchido", "o endereço do remetente não está preenchido",
		"o endereço do remetente está vazio", "회신 이메일 주소가 없습니다", "답장 이메일 주소가 없습니다", "답장 주소가 없습니다",
		"没有填写回复邮件地址", "没有填写发件人邮件地址", "发件人地址为空",
		// Kopia, Nightingale, gomail.
		"from address must be provided", "to address must be provided", "smtp from address cannot be empty",
		`invalid message, "from" field is absent`),
		doc: "a product's own message that its sender (or notification recipient) address setting is empty, in every language the product ships: the product's settings, nothing was refused"},
	{id: "settings_login_not_set", class: ClassConfig, anyOf: p(
		// Apache Hop's Mail transform, authentication on and a field empty.
		"authentication password is empty", "authentication username is empty", "authentifizierungspasswort ist leer",
		"authentifizierungsbenutzer ist leer", "la contraseña de autenticación está vacía", "el usuario de autenticación está vacío",
		"le mot de passe d'authentification est vide", "le compte utilisateur pour authentification n'a pas été renseigné",
		"la password di autenticazione è vuota", "l'utente di autenticazione è vuoto", "senha não informada",
		"usuário não informado", "验证密码为空", "验证用户名为空",
		// mailmerge, qtile, Nightingale.
		"username is required for security type", "xoauth access token must be ascii", "parameter for the imap widget",
		"no password error", "gnome keyring error", "smtp username cannot be empty", "smtp password cannot be empty"),
		doc: "a product's own message that the login name or password setting is empty (or the keyring holds none), checked before any login: the settings, never a refused password"},
	{id: "settings_security_mismatch", class: ClassConfig, anyOf: p(
		"unrecognized security type", "ssl error: ", "server did not offer tls", "could not find any suitable auth mechanism",
		"unencrypted connected", "the connected account is not an oauth2 provider", "failed to load the connected account",
		"failed to load the connected service", "unsupported token type", "failed to parse authentication information",
		"xoauth2_scope is not set", "a test email can not be sent"),
		doc: "a product's security, mechanism or account-type setting does not fit the server (an unknown security type, TLS the server does not offer, no common AUTH mechanism, an XOAUTH2 string or account that is not OAuth2, outbound mail switched off): the setup, no verdict on the credentials"},
}
