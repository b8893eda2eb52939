package classify

// Round 40's CMS, shop and wiki products (testdata/heldout/round40.jsonl, rows
// h40b-): the mail errors their code raises, each key in every locale the
// product ships, with its sibling messages from the same code. Phrases are the
// fixed text of one translation, lower-cased, without placeholders.
//
// Sources, at the commit the round's row cites:
//   - shopex/ecshop 725956bf: includes/lib_base.php send_mail() keys in
//     upload/languages/{en_us,zh_cn,zh_tw}/admin/common.php and the same keys
//     in the front-end common.php: smtp_connect_failure (transient),
//     smtp_setting_error and disabled_fsockopen (config);
//   - movabletype/movabletype e20c2fe1: lib/MT/Mail.pm and lib/MT/L10N/ja.pm
//     (the only other locale): "All the supported SMTP authentication
//     mechanisms failed" (auth), "Error connecting to SMTP server" (transient),
//     "Username and password is required for SMTP authentication.",
//     "MailSMTPOAuthProvider is required.", "You do not have a valid path to
//     sendmail", the wizard's "You must set the SMTP server port number."
//     (config);
//   - foswiki/distro 5a3c6f03: core/lib/Foswiki/Configure/Wizards/
//     AutoConfigureEmail.pm _testAuth and _diagnoseFailure, core/lib/Foswiki/
//     Net.pm sendEmail (English only: the configure wizard is not translated);
//   - ExpressionEngine/ExpressionEngine 6a53e429: system/ee/language/english/
//     email_lang.php and admin_lang.php (English only): email_failed_smtp_login,
//     email_no_port, email_no_hostname, email_no_smtp_unpw, empty_stmp_fields
//     (config);
//   - edgewall/trac 25c4b3a8: trac/notification/mail.py SmtpEmailSender.send,
//     trac/locale/*/LC_MESSAGES/messages.po: "TLS enabled but server does not
//     support TLS" and "SMTP server connection error (...). Please modify ...
//     in your configuration." (ConfigurationError, config);
//   - b2evolution/b2evolution a7920fa3: inc/tools/model/_email.funcs.php
//     check_smtp_mailer(), locales/{de_DE,fr_FR,ru_RU}/LC_MESSAGES/messages.po
//     (config);
//   - moinwiki/moin-1.9 8fa67f1a: MoinMoin/mail/sendmail.py "Connection to
//     mailserver '%(server)s' failed" in MoinMoin/i18n/*.MoinMoin.po
//     (transient);
//   - moinwiki/moin 054e3cfc: src/moin/mail/sendmail.py and
//     src/moin/translations/{de,pt_BR,sv}/LC_MESSAGES/messages.po "cannot send
//     password recovery e-mail because mail configuration is incomplete"
//     (config);
//   - galette/galette 6faa6f88: galette/lib/Galette/Core/Preferences.php
//     check() and galette/lang/*.po: the SMTP server, login and password
//     required (config);
//   - nukeviet/nukeviet acd4de4f: includes/language/{en,fr,vi}/
//     admin_settings.php smtp_error_openssl (config);
//   - weng-xianhu/eyoucms 6d54b828: application/common/logic/EmailLogic.php
//     send_email (Chinese only; config);
//   - inunosinsi/soycms 16000d32: cms/common/lib/soy2_build.php SOY2Mail
//     "[smtp.host] is necessary." and its pop/imap siblings (config), "Too
//     many failure to connect server." (transient);
//   - Arsenal21/easy-wp-smtp c64d6e84: easy-wp-smtp/easy-wp-smtp.php admin
//     notice (English; the pot holds no translation) (config);
//   - thirtybees/thirtybees ded9c718: controllers/admin/AdminEmailsController.php
//     (English; config).

// round40CMSEarlyRules come before languageRules: "temporary"-like wording,
// the words password and credentials, and "block list" would read these
// sentences as a transient failure, a refused password or a blocked sender.
var round40CMSEarlyRules = []rule{
	{id: "cms_validate_later", class: ClassAuthTemporary, anyOf: p(
		"is unable to validate your credentials at this time",
	),
		doc: "Foswiki's email wizard: the server answered AUTH with 454 / 4.7.0, a temporary authentication failure"},
	{id: "cms_credentials_unset", class: ClassConfig, anyOf: p(
		// Movable Type
		"username and password is required for smtp authentication",
		"smtp認証を利用する場合は、ユーザー名とパスワードは必須入力です",
		"mailsmtpoauthprovider is required",
		// Foswiki
		"unable to test authentication: ",
		"please remove the credentials",
		// ExpressionEngine
		"you must assign a smtp username and password",
		// Galette: password
		"you must provide a password for smtp authentication",
		"heu de proporcionar una contrasenya per a l'autenticació smtp",
		"sie müssen ein passwort für die smtp anmeldung eingeben",
		"debes proporcionar una contraseña para la autenticación smtp",
		"vous devez fournir un mot de passe pour l'authentification smtp",
		"è necessario fornire una password per l'autenticazione smtp",
		"per l'identificacion smtp, fornir un senhau es necessari",
		"smtp அங்கீகாரத்திற்கு நீங்கள் கடவுச்சொல்லை வழங்க வேண்டும்",
		"ви повинні вказати пароль для smtp-автентифікації",
		// Galette: login
		"you must provide a login for smtp authentication",
		"heu de proporcionar un inici de sessió per a l'autenticació smtp",
		"sie müssen anmeldeinformationen für die smtp anmeldung eingeben",
		"debes proporcionar un nombre de usuario para la autenticación smtp",
		"vous devez fournir un identifiant pour l'authentification smtp",
		"è necessario eseguire il login per l'autenticazione smtp",
		"vos fau donar un identificant per l'autentificacion smtp",
		"நீங்கள் smtp அங்கீகாரத்திற்கு உள்நுழைவை வழங்க வேண்டும்",
		"ви повинні вказати логін для smtp-автентифікації",
		// MoinMoin 2
		"cannot send password recovery e-mail because mail configuration is incomplete",
		"weil die e-mail-konfiguration unvollständig ist",
		"porque a configuração de e-mail está incompleta",
		"eftersom e-postkonfigurationen är ofullständig",
		// SOY CMS
		"[pop.user] is necessary", "[pop.pass] is necessary",
		"[imap.user] is necessary", "[imap.pass] is necessary",
		// Easy WP SMTP
		"please configure your smtp credentials in the",
	),
		doc: "a CMS or shop has no SMTP login, password or OAuth provider configured (Movable Type, Foswiki, ExpressionEngine, Galette, MoinMoin, SOY CMS, Easy WP SMTP): nothing was sent to the server"},
	{id: "cms_auth_step_config", class: ClassConfig, anyOf: p(
		"failed to send auth login command",
		"accepted username and password, but will not accept mail with these credentials",
	),
		doc: "ExpressionEngine: the server refused the AUTH LOGIN command itself, before any credential; Foswiki: the login worked but the server will not relay for this system"},
	{id: "cms_trac_connection_config", class: ClassConfig, anyOf: p(
		"smtp server connection error (",
		"smtp-server-verbindungsfehler (",
		"error de conexión al servidor smtp (",
		"erreur de connexion au serveur smtp (",
		"smtp kapcsolódási hiba (",
		"errore di connessione al server smtp (",
		"smtp サーバの接続エラーです (",
		"smtp 서버 접속 오류가 발생하였습니다 (",
		"smtp server connectie fout (",
		"błąd połączenia z serwerem smtp (",
		"ошибка подключения к smtp серверу (",
		"smtp-server anslutningsfel (",
		"smtp伺服器連線錯誤 (",
	), alsoAny: p(
		"in your configuration", "in ihrer konfiguration", "por favor reconfigure",
		"dans votre configuration", "beállítást a konfigurációjában", "nella configurazione",
		"を修正してください", "설정을 변경하여 주십시오", "in de configuratie", "w konfiguracji",
		"в вашем конфигурационном файле", "i din konfiguration", "請在您的配置中修改",
	),
		doc: "Trac: opening the SMTP connection failed and Trac raises a ConfigurationError asking to fix smtp_server or smtp_port"},
}

// round40CMSRules come right after phpmailerRules.
var round40CMSRules = []rule{
	{id: "cms_login_refused", class: ClassAuth, anyOf: p(
		"all the supported smtp authentication mechanisms failed",
		"対応しているすべての方式でsmtp認証に失敗しました",
		"rejected the supplied username and password",
		"please verify that configured username and password are valid for",
	),
		doc: "Movable Type: the server refused every SMTP AUTH mechanism; Foswiki's email wizard: the server answered 535 / 5.7.8 to the configured login"},
	{id: "cms_connect_failed", class: ClassTransient, anyOf: p(
		// ECShop
		"unable to connect to smtp server", "无法连接到邮件服务器", "無法連接到郵件服務器",
		// Movable Type (ja)
		"smtpサーバに接続できません",
		// Foswiki
		"no connection was established on any port",
		// MoinMoin 1.9, every locale
		"connection to mailserver",
		"e-posta sunucusuna bağlanılamadı",
		"a conexão com o servidor de e-mail",
		"anslutning till mailserver",
		"conexiunea cu serverul de email",
		"conexão ao servidor de correio",
		"connessione al server mail",
		"fallou a conexión ao servidor de correo",
		"falló la conexión al servidor de correo",
		"forbindelse til e-posttjener",
		"forbindelse til email-server",
		"ha fallat la connexió al servidor de correu",
		"koneksi ke server surat",
		"kết nối tới mailserver",
		"pievienoties e-pasta serverim",
		"priklop na e-poštni strežnik",
		"prisijungimas prie pašto serverio",
		"spojení na poštovní server",
		"verbinding met de mailserver",
		"verbindung zum mailserver '",
		"zlyhalo pripájanie na mailový server",
		"връзката с пощенския сървър",
		"поврзувањето со серверот за пошта",
		"помилка з'єднання з поштовим сервером",
		"приступ серверу ел. поште",
		"соединиться с почтовым сервером",
		"החיבור לשרת הדואר",
		"ارتباط با سرویس دهنده رایانامه",
		"الاتصال بخادم البريد",
		"への接続に失敗しました(理由",
		"无发连接到邮件服务器",
		"無法連接郵件伺服器",
		"'에 접속 실패",
		"мэйл сервер холбогдсонгүй",
		// SOY CMS
		"too many failure to connect server",
	),
		doc: "a CMS or wiki could not open the SMTP connection (ECShop, Movable Type, Foswiki, MoinMoin, SOY CMS): a connection failure, never a reconnect"},
	{id: "cms_settings_missing", class: ClassConfig, anyOf: p(
		// ECShop
		"there is an error in smtp setting", "邮件服务器设置信息不完整", "郵件服務器設置信息不完整",
		"fsocketopen server function is disabled", "服务器已禁用 fsocketopen 函数", "服務器已禁用 fsocketopen 函數",
		"fsockopen is disabled", "fsockopen函数被禁用", "fsockopen函數被禁用",
		// Movable Type
		"you do not have a valid path to sendmail", "sendmailへのパスが正しくありません",
		"you must set the smtp server port number", // ja: read by l10n_fe_settings ("ポート番号")
		// Foswiki
		"the service is not speaking smtp", "foswiki email is disabled",
		// ExpressionEngine
		"you did not specify a smtp port", "you did not specify a smtp hostname", "field is required for smtp",
		// Galette
		"you must indicate the smtp server you want to use",
		"heu d'indicar el servidor smtp que voleu utilitzar",
		"sie müssen den smtp server angeben, den sie nutzen wollen",
		"debes indicar el servidor smtp que deseas utilizar",
		"vous devez indiquer le serveur smtp à utiliser",
		"devi indicare il server smtp che vuoi usare",
		"vos fau indicar lo servidor smtp d'emplegar",
		"smtp சேவையகத்தை நீங்கள் குறிக்க வேண்டும்",
		"ви повинні вказати smtp-сервер, який хочете використовувати",
		// thirty bees
		"please install some email transport module",
		// b2evolution
		"smtp host and port number must be defined to enable smtp gateway", // de, ru: read by l10n_fe_settings ("portnummer", "номер порта")
		"l'hôte et le port smtp doivent être définis",
		"smtp gateway is not enabled", "smtp gateway ist nicht aktiviert",
		"la passerelle smtp n'est pas activée", "smtp шлюз не включен",
		// SOY CMS
		"[smtp.host] is necessary", "[smtp.port] is necessary",
		"[pop.host] is necessary", "[pop.port] is necessary",
		"[imap.host] is necessary", "[imap.port] is necessary",
		// EyouCMS
		"请检查smtp端口填写是否正确", "空间是否开启函数fsockopen",
	),
		doc: "a CMS or shop's own mail settings are incomplete or its host lacks what SMTP needs (ECShop, Movable Type, Foswiki, ExpressionEngine, Galette, thirty bees, b2evolution, SOY CMS, EyouCMS)"},
	{id: "cms_tls_unavailable", class: ClassConfig, anyOf: p(
		// Trac, every locale
		"tls enabled but server does not support tls",
		"a tls engedélyezve van, de a szerver nem támogatja a tls-t",
		"criptografia tls habilitada, porém o servidor não suporta tls",
		"e activat tls dar serverul nu suportă tls",
		"el tls és habilitat però el servidor no implementa tls",
		"habilitouse tls, mais o servidor non soporta tls",
		"je nastaveno použití tls, ale server tls nepodporuje",
		"obsługa tls jest włączona, ale serwer nie wspiera obsługi tls",
		"tls abilitato ma il server non lo supporta",
		"tls activé mais le serveur ne gère pas le tls",
		"tls aktiverat, men servern stödjer inte tls",
		"tls aktiveret, men serveren understøtter ikke tls",
		"tls er aktivert, men serveren støtter ikke tls",
		"tls estas ŝaltita, sed la servilo ne subtenas ĝin",
		"tls está activado, pero el servidor no soporta",
		"tls está habilitado pero el servidor no soporta tls",
		"tls etkin ancak sunucu tls desteklemiyor",
		"tls habilitado mas o servidor não suporta tls",
		"tls is aangezet zonder dat de server dit ondersteunt",
		"tls ist aktiviert, aber dieser server unterstützt kein tls",
		"tls je omogočen, toda strežnik ne podpira tls",
		"tls lubatud, aga server ei toeta tls-i",
		"tls on kytketty päälle, mutta palvelin ei tue tls",
		"tls është e aktivizuar, por shërbyesi nuk mbulon tls",
		"tls được bật nhưng máy chủ không hỗ trợ tls",
		"tls включён, но сервер не поддерживает tls",
		"tls увімкнене, але сервер не підтримує tls",
		"tls מאופשר אך לא נתמך ע\"י השרת",
		"tls فعال شده است اما سرور tls را پشتیبانی نمی‌کند",
		"tls が有効になっていますが、サーバは tls をサポートしていません",
		"tls-ը միացված է, սակայն սերվերը չի ապահովում tls",
		"tls가 활성화되었지만, 서버가 tls를 지원하지 않습니다",
		"το tls είναι ενεργοποιημένο αλλά ο διακομιστής δεν υποστηρίζει tls",
		"启用了tls, 但是服务器并不支持tls",
		"啟用 tls 但是伺服器不支援 tls",
		// b2evolution
		"must be available on this system in order to enable smtp gateway",
		"muss auf diesem system verfügbar sein, damit smtp gateway aktiviert werden kann",
		"doit être disponible sur ce système afin d'activer la passerelle smtp",
		"должен быть доступен на этой системе, для того чтобы включить smtp шлюз",
		// NukeViet
		"your server does not support sending mail via ssl",
		"voitre serveur ne supporte pas d'envoyer les e mails par ssl",
		"máy chủ của bạn không hỗ trợ gửi mail qua ssl",
	),
		doc: "TLS is configured but the server or the web host cannot do it (Trac, b2evolution, NukeViet): the security setting must change"},
}
