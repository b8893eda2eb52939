package classify

// Round 39's developer tools and self-hosted services (testdata/heldout/
// round39.jsonl, rows h39c-): the sentences their mail code raises, each key
// read in every locale the product ships. Phrases are the fixed text of one
// translation, lower-cased, without placeholders.
//
// Sources, at the commit the round's row cites:
//   - theonedev/onedev b461004e: server-core/.../web/translation/Translation_
//     {de,es,fr,it,ja,ko,pt,zh}.java, the keys "Mail service not configured",
//     "Unable to notify user as mail service is not configured", "Unable to
//     send password reset email as mail service is not configured", "Unable to
//     send verification email as mail service is not configured yet" (config);
//     server-plugin-mail-gmail GmailConnector.java and server-plugin-mail-
//     office365 Office365Connector.java "... needs to be specified to generate
//     refresh token" (client ID, client secret, account name, tenant ID, user
//     principal name; English only, config).
//   - nilsteampassnet/TeamPass 6b43fc57: app/includes/language/*.php
//     email_smtp_server_not_configured (translated in chinese, french,
//     italian; the others keep the English text, already read; config).
//   - drakkan/sftpgo 42f7a4d4: internal/smtp/oauth2.go and
//     internal/dataprovider/configs.go "smtp oauth2: refresh token is
//     required", "smtp oauth2: unsupported provider", "smtp: from address and
//     user cannot both be empty"; static/locales/{de,en,es,fr,it,zh-CN}/
//     translation.json oauth2.refresh_token_required, oauth2.client_id_required,
//     oauth2.client_secret_required, smtp.err_required_fields (config).
//   - apache/answer 3b9f1370: i18n/*.yaml smtp_port.msg "SMTP port must be
//     number 1 ~ 65535." and smtp_authentication.msg "SMTP authentication
//     cannot be empty." in each translated locale (config; zh_CN's bare
//     "不能为空" is too common a phrase and is left out).
//   - hoppscotch/hoppscotch afc2cf18: packages/hoppscotch-backend/src/errors.ts
//     mailer/smtp_url_undefined, mailer/from_address_undefined,
//     mailer/smtp_user_undefined, mailer/smtp_password_undefined; packages/
//     hoppscotch-common/locales/*.json invite_sent_smtp_disabled_description
//     (14 translated locales; config).
//   - plankanban/planka a8dcd7ce: server/api/controllers/config/test-smtp.js
//     hints "Check your host setting." (EDNS) and "Try toggling \"Use secure
//     connection\"." (wrong version number); English only (config).
//   - TwiN/gatus 08c46354: alerting/provider/email/email.go (config).
//   - laurent22/joplin db966f91: packages/server/src/services/EmailService.ts
//     (config).
//   - pydio/cells 4f14c75c: broker/mailer/sender-smtp.go "cannot configure
//     mailer: missing compulsory user name|password|host address|port"
//     (config).
//   - GerritCodeReview/gerrit 048512cc: java/com/google/gerrit/server/mail/
//     send/SmtpEmailSender.java "SMTP server rejected auth: " (AUTH refused,
//     auth), "Sending email is disabled" (sendemail.enable false, config).
//   - opencloud-eu/opencloud ebba8614: services/notifications/pkg/channels/
//     channels.go "unknown mail authentication method", "unknown mail
//     encryption method", "SMTP host is  not set"; pkg/config/parser/parse.go
//     "the 'smtp_sender' must be a valid single RFC 5322 address" (config).
//   - outline/outline d77dcdf8 server/emails/mailer.tsx "No mail transport
//     available"; buildbot/buildbot 61f2f411 master/buildbot/reporters/mail.py
//     "twisted-mail is not installed"; ory/kratos b86338da courier/
//     smtp_channel.go "SMTP channel is misconfigured"; sonatype/nexus-public
//     aec50e47 EmailConfigurationApiResource.java "Email Settings are not yet
//     configured"; keephq/keep af93f550 smtp_provider.py "SMTP_PASSWORD is
//     required" (config). All English only.

// round39DevtoolsRules come after phpmailerRules: no earlier rule reads these
// sentences.
var round39DevtoolsRules = []rule{
	{id: "devtools_smtp_auth_rejected", class: ClassAuth, anyOf: p(
		"smtp server rejected auth:"),
		doc: "Gerrit's SMTP server refused the AUTH command with the configured user and password: a refused login"},
	{id: "devtools_mail_service_not_configured", class: ClassConfig, anyOf: p(
		// OneDev
		"mail-service nicht konfiguriert", "maildienst nicht konfiguriert", "mail-service noch nicht konfiguriert",
		"mail-dienst nicht konfiguriert",
		"servicio de correo no está configurado", "servicio de correo aún no está configurado", "servicio de correo no configurado",
		"service de messagerie n'est pas configuré", "service de messagerie n'est pas encore configuré", "service de messagerie non configuré",
		"servizio di posta non è configurato", "servizio di posta non è ancora configurato", "servizio di posta non configurato",
		"メールサービスが構成されていません", "メールサービスが構成されていないため",
		"メールサービスが設定されていないため", "メールサービスがまだ構成されていないため",
		"메일 서비스가 구성되지 않", "메일 서비스가 아직 구성되지 않",
		"serviço de e-mail não está configurado", "serviço de email não está configurado",
		"serviço de e-mail ainda não está configurado", "serviço de email não configurado",
		"邮件服务未配置",
		// TeamPass
		"缺少smtp服务器地址", "l'adresse du serveur smtp est manquant", "manca l'indirizzo del server smtp",
		// Sonatype Nexus, Joplin Server, Gerrit, Outline, Buildbot
		"email settings are not yet configured",
		"no-reply email must be set for email service to work", "because mailer config is not set or is explicitly disabled",
		"sending email is disabled", "no mail transport available", "twisted-mail is not installed"),
		doc: "the product's mail service is not set up or is switched off (OneDev, TeamPass, Nexus, Joplin Server, Gerrit, Outline, Buildbot), in each locale the product ships: settings missing"},
	{id: "devtools_invites_mail_disabled", class: ClassConfig, anyOf: p(
		"sending invite emails is disabled for this instance of hoppscotch",
		"bu hoppscotch örneği için davet e-postaları gönderme devre dışı",
		"การส่งอีเมลเชิญถูกปิดใช้งานสำหรับอินสแตนซ์นี้ของ hoppscotch",
		"o envio de emails está desabilitado para esta instância do hoppscotch",
		"het verzenden van uitnodigingsmails is uitgeschakeld voor deze hoppscotch-instantie",
		"энэ hoppscotch жишээний хувьд урилга имэйл илгээхийг идэвхгүй",
		"նամակների ուղարկումը անջատված է hoppscotch-ի",
		"l'envoi d'invitations par e-mail est désactivé pour cette instance d'hoppscotch",
		"kutsusähköpostien lähettäminen on poistettu käytöstä tässä hoppscotch-instanssissa",
		"de invitación está deshabilitado para esta instancia de hoppscotch",
		"das versenden von einladungsemails ist für diese instanz von hoppscotch deaktiviert",
		"afsendelse af invitations-e-mails er deaktiveret for denne instans af hoppscotch",
		"odesílání e-mailů s pozvánkami je v této instanci hoppscotch zakázáno",
		"发送邀请邮件在此 hoppscotch 实例中已禁用",
		"إرسال رسائل الدعوة معطل لهذه النسخة من هوبسكوتش",
		"mailer/smtp_url_undefined", "mailer/from_address_undefined", "mailer/smtp_user_undefined", "mailer/smtp_password_undefined"),
		doc: "Hoppscotch has no SMTP settings: its backend's mailer/*_undefined errors and the invitation dialog saying invite mails are off, in each locale: settings missing"},
	{id: "devtools_smtp_setting_missing", class: ClassConfig, anyOf: p(
		// OneDev, SFTPGo
		"needs to be specified to generate refresh token",
		"smtp oauth2: refresh token is required", "smtp oauth2: unsupported provider",
		"aktualisierungstoken ist erforderlich", "token de actualización es obligatorio",
		"le jeton de rafraîchissement est requis", "il refresh token è obbligatorio", "需要刷新令牌",
		"kunden-id ist erforderlich", "kunden-geheimnis ist erforderlich",
		"from address and user cannot both be empty", "from address and username cannot be both empty",
		"absenderadresse und benutzername dürfen nicht beide leer sein",
		"dirección del remitente y el nombre de usuario no pueden estar ambos vacíos",
		"l'adresse de l'expéditeur et le nom d'utilisateur ne peuvent pas être tous les deux vides",
		"l'indirizzo del mittente e lo username non possono essere entrambi vuoti",
		"发件人地址和用户名不能同时为空",
		// Pydio Cells, OpenCloud, Ory Kratos, Keep, Gatus
		"cannot configure mailer: missing compulsory",
		"unknown mail authentication method", "unknown mail encryption method",
		"failed to send a message. smtp host is not set", "'smtp_sender' must be a valid single rfc 5322 address",
		"but smtp channel is misconfigured", "smtp_password is required", "from and to fields are required"),
		doc: "a required SMTP or OAuth setting is missing or invalid in the product's mail settings (OneDev's and SFTPGo's OAuth2 client, SFTPGo's sender, Pydio Cells, OpenCloud, Kratos, Keep, Gatus), in each locale: settings missing"},
	{id: "devtools_smtp_port_range", class: ClassConfig, anyOf: p(
		"smtp port must be number 1 ~ 65535", "smtp port skal være nummer 1 ~ 65535", "smtp-port muss nummer 1 ~ 65535",
		"el puerto smtp debe ser el número 1 ~ 65535", "پورت smtp باید شماره 1 ~ 65535",
		"le port smtp doit être compris entre 1 et 65535", "la porta smtp deve essere numero 1 ~ 65535",
		"smtpポートは1〜65535でなければなりません", "smtp 포트는 1에서 65535 사이의 숫자여야",
		"port smtp musi być liczbą od 1 do 65535", "porta smtp deve ser o número 1 ~ 65535",
		"portul smtp trebuie să fie numărul 1 ~ 65535", "порт smtp должен быть числом 1 ~ 65535",
		"port smtp musí byť číslo 1 ~ 65535", "smtp portu 1 ~ 65535 arasında", "smtp порт має бути числом 1 ~ 65535",
		"cổng smtp phải là số từ 1 đến 65535", "smtp 端口必须在 1 ~ 65535 之间", "smtp 埠必須在 1 ~ 65535 之間",
		"port must be between 1 and 65535 inclusively"),
		doc: "the SMTP port entered in the settings is out of range (Apache Answer in each locale, Gatus): settings"},
	{id: "devtools_smtp_auth_setting_empty", class: ClassConfig, anyOf: p(
		"smtp authentication cannot be empty", "smtp autentificering skal udfyldes",
		"die smtp-authentifizierung darf nicht leer sein", "la autenticación smtp no puede estar vacía",
		"احراز هویت smtp نمی تواند خالی باشد", "l'authentification smtp ne peut pas être vide",
		"l'autenticazione smtp non può essere vuota", "smtp認証は空にできません", "smtp 인증을 선택하세요",
		"uwierzytelnianie smtp nie może być puste", "smtp authentication não pode ser vazio",
		"autenticação smtp não pode ser vazio", "autentificarea smtp nu poate fi goală",
		"аутентификационные данные для smtp не могут быть пустыми", "overenie smtp nemôže byť prázdne",
		"smtp kimlik doğrulaması boş olamaz", "smtp аутентифікація не може бути порожньою",
		"xác thực smtp không thể trống", "smtp 身份驗證不能為空"),
		doc: "Apache Answer's SMTP settings form left the authentication choice empty, in each locale: a settings field, no login was tried"},
	{id: "devtools_planka_smtp_hint", class: ClassConfig, anyOf: p(
		"hint: check your host setting", "hint: try toggling \"use secure connection\""),
		doc: "PLANKA's SMTP test hints for a host that does not resolve (EDNS) and for TLS spoken to a plain port (wrong version number): settings"},
}
