package classify

import (
	"testing"
)

// Round 40's CMS, shop and wiki products (rows h40b-, classify/round40_cms.go):
// each key's text as the round holds it and its translations in locales the
// round does not hold (from the product's own locale files), its sibling
// messages in the same code, and look-alikes that must not read as a refused
// or revoked login.
func TestRound40CMSFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// ECShop: smtp_connect_failure (en_us, zh_cn, zh_tw).
		{"Unable to connect to SMTP server %s.", ClassTransient, "cms_connect_failed"},
		{"無法連接到郵件服務器 %s", ClassTransient, "cms_connect_failed"},
		{"无法连接到邮件服务器 smtp.example.com:25", ClassTransient, "cms_connect_failed"},
		// ECShop: smtp_setting_error and disabled_fsockopen.
		{"There is an error in SMTP setting.", ClassConfig, "cms_settings_missing"},
		{"邮件服务器设置信息不完整", ClassConfig, "cms_settings_missing"},
		{"郵件服務器設置信息不完整", ClassConfig, "cms_settings_missing"},
		{"Fsocketopen server function is disabled.", ClassConfig, "cms_settings_missing"},
		{"服務器已禁用 fsocketopen 函數。", ClassConfig, "cms_settings_missing"},
		{"服务器已禁用 fsocketopen 函数。", ClassConfig, "cms_settings_missing"},
		{"fsockopen函数被禁用", ClassConfig, "cms_settings_missing"},
		// EyouCMS: the hints that replace PHPMailer's "SMTP connect() failed".
		{"发送失败:请检查SMTP端口填写是否正确，一般默认是465端口，其次25端口，具体请参看各STMP服务商的设置说明。", ClassConfig, "cms_settings_missing"},
		{"发送失败:<br/>1.请检查配置是否正确<br/>2.空间是否开启函数fsockopen<br/>3.尝试切换PHP不同版本重试", ClassConfig, "cms_settings_missing"},
		// Movable Type (en, ja).
		{"All the supported SMTP authentication mechanisms failed: [_1]", ClassAuth, "cms_login_refused"},
		{"対応しているすべての方式でSMTP認証に失敗しました: LOGIN, PLAIN", ClassAuth, "cms_login_refused"},
		{"SMTPサーバに接続できません。smtp.example.com:587", ClassTransient, "cms_connect_failed"},
		{"Username and password is required for SMTP authentication.", ClassConfig, "cms_credentials_unset"},
		{"SMTP認証を利用する場合は、ユーザー名とパスワードは必須入力です。", ClassConfig, "cms_credentials_unset"},
		{"MailSMTPOAuthProvider is required.", ClassConfig, "cms_credentials_unset"},
		{"You do not have a valid path to sendmail on your machine. Perhaps you should try using SMTP?", ClassConfig, "cms_settings_missing"},
		{"sendmailへのパスが正しくありません。SMTPの設定を試してください。", ClassConfig, "cms_settings_missing"},
		{"You must set the SMTP server port number.", ClassConfig, "cms_settings_missing"},
		{"SMTPサーバのポート番号を指定してください。", ClassConfig, ""},
		// Foswiki's email wizard (English only).
		{"$host rejected the supplied username and password.\nPlease verify that configured username and password are valid for $host.", ClassAuth, "cms_login_refused"},
		{"smtp.example.com rejected the supplied username and password.", ClassAuth, "cms_login_refused"},
		{"$host is unable to validate your credentials at this time.  Please try again later.", ClassAuthTemporary, "cms_validate_later"},
		{"$host accepted username and password, but will not accept mail with these credentials.<br />\nIt probably needs to be configured to accept mail from your system, or your system may need a different (probably static) IP address, or it may be on a block list.  The preceding log should provide more detail.", ClassConfig, "cms_auth_step_config"},
		{"Unable to test authentication: Username and password are required.", ClassConfig, "cms_credentials_unset"},
		{"Unable to test authentication: Password is required.", ClassConfig, "cms_credentials_unset"},
		{"Server does not offer authentication.  Please remove the credentials.", ClassConfig, "cms_credentials_unset"},
		{"> No connection was established on any port, so if the e-mail server is up, it is likely that a firewall is blocking TCP connections to e-mail submission ports.", ClassTransient, ""},
		{"> Although all connections were successful, the service is not speaking SMTP.\nThe most likely causes are that the server uses a non-standard port for SMTP,", ClassConfig, "cms_settings_missing"},
		{"Cannot send mail: Foswiki email is disabled", ClassConfig, "cms_settings_missing"},
		// MoinMoin 1.9: "Connection to mailserver '%(server)s' failed: %(reason)s".
		{"Connection to mailserver '%(server)s' failed: %(reason)s", ClassTransient, "cms_connect_failed"},
		{"Verbindung zum Mailserver '%(server)s' gestört: %(reason)s", ClassTransient, "cms_connect_failed"},
		{"Соединиться с почтовым сервером «%(server)s» не удалось: «%(reason)s»", ClassTransient, "cms_connect_failed"},
		{"Falló la conexión al servidor de correo 'smtp.example.com': [Errno 111] Connection refused", ClassTransient, ""},
		{"Verbinding met de mailserver 'localhost' mislukt: timed out", ClassTransient, ""},
		{"Spojení na poštovní server '%(server)s' se nezdařilo: %(reason)s", ClassTransient, "cms_connect_failed"},
		{"無法連接郵件伺服器 '%(server)s': %(reason)s", ClassTransient, "cms_connect_failed"},
		// MoinMoin 2 (de in the round; pt_BR, sv, en).
		{"Administrator kontaktieren: Kann kein Passwort-Zurücksetzen-E-Mail senden, weil die E-Mail-Konfiguration unvollständig ist.", ClassConfig, "cms_credentials_unset"},
		{"Contate o administrador: não é possível enviar e-mail de recuperação de senha porque a configuração de e-mail está incompleta.", ClassConfig, "cms_credentials_unset"},
		{"Kontakta administratören: Det går inte att skicka e-post om lösenordsåterställning eftersom e-postkonfigurationen är ofullständig.", ClassConfig, "cms_credentials_unset"},
		{"Contact administrator: cannot send password recovery e-mail because mail configuration is incomplete.", ClassConfig, "cms_credentials_unset"},
		// ExpressionEngine (English only).
		{"Failed to send AUTH LOGIN command. Error: %s", ClassConfig, "cms_auth_step_config"},
		{"Failed to send AUTH LOGIN command. Error: 503 5.5.1 Error: authentication not enabled", ClassConfig, "cms_auth_step_config"},
		{"You did not specify a SMTP port.", ClassConfig, "cms_settings_missing"},
		{"You did not specify a SMTP hostname.", ClassConfig, "cms_settings_missing"},
		{"The %s field is required for SMTP.", ClassConfig, "cms_settings_missing"},
		{"This field is required for SMTP.", ClassConfig, "cms_settings_missing"},
		{"Error: You must assign a SMTP username and password.", ClassConfig, "cms_credentials_unset"},
		// Easy WP SMTP, thirty bees.
		{"Please configure your SMTP credentials in the <a href=\"%s\">settings menu</a> in order to send email using Easy WP SMTP plugin.", ClassConfig, "cms_credentials_unset"},
		{"Your server is NOT sending emails. Please install some email transport module and select it for use.", ClassConfig, "cms_settings_missing"},
		// Galette: password, login and server required (every locale).
		{"- You must provide a password for SMTP authentication.", ClassConfig, "cms_credentials_unset"},
		{"- Vous devez fournir un mot de passe pour l’authentification SMTP.", ClassConfig, "cms_credentials_unset"},
		{"- Sie müssen ein Passwort für die SMTP Anmeldung eingeben.", ClassConfig, "cms_credentials_unset"},
		{"- Debes proporcionar una contraseña para la autenticación SMTP.", ClassConfig, "cms_credentials_unset"},
		{"- Ви повинні вказати пароль для SMTP-автентифікації.", ClassConfig, "cms_credentials_unset"},
		{"- Sie müssen Anmeldeinformationen für die SMTP Anmeldung eingeben.", ClassConfig, "cms_credentials_unset"},
		{"- You must provide a login for SMTP authentication.", ClassConfig, "cms_credentials_unset"},
		{"- È necessario eseguire il login per l'autenticazione SMTP.", ClassConfig, "cms_credentials_unset"},
		{"- Vous devez indiquer le serveur SMTP à utiliser !", ClassConfig, "cms_settings_missing"},
		{"- You must indicate the SMTP server you want to use!", ClassConfig, "cms_settings_missing"},
		{"- ¡Debes indicar el servidor SMTP que deseas utilizar!", ClassConfig, "cms_settings_missing"},
		// Trac: TLS not offered (every locale) and the connection ConfigurationError.
		{"TLS enabled but server does not support TLS", ClassConfig, "cms_tls_unavailable"},
		{"TLS ist aktiviert, aber dieser Server unterstützt kein TLS", ClassConfig, "cms_tls_unavailable"},
		{"TLS が有効になっていますが、サーバは TLS をサポートしていません", ClassConfig, "cms_tls_unavailable"},
		{"TLS включён, но сервер не поддерживает TLS", ClassConfig, "cms_tls_unavailable"},
		{"TLS activé mais le serveur ne gère pas le TLS", ClassConfig, "cms_tls_unavailable"},
		{"TLS가 활성화되었지만, 서버가 TLS를 지원하지 않습니다.", ClassConfig, "cms_tls_unavailable"},
		{"启用了TLS, 但是服务器并不支持TLS", ClassConfig, "cms_tls_unavailable"},
		{"SMTP サーバの接続エラーです (%(error)s)。設定にある %(option1)s または %(option2)s を修正してください。", ClassConfig, "cms_trac_connection_config"},
		{"SMTP server connection error ([Errno 111] Connection refused). Please modify [notification] smtp_server or [notification] smtp_port in your configuration.", ClassConfig, "cms_trac_connection_config"},
		{"SMTP-Server-Verbindungsfehler (timed out). Bitte ändern Sie smtp_server oder smtp_port in Ihrer Konfiguration.", ClassConfig, "cms_trac_connection_config"},
		{"Erreur de connexion au serveur SMTP (%(error)s). Merci de modifier %(option1)s ou %(option2)s dans votre configuration.", ClassConfig, "cms_trac_connection_config"},
		// b2evolution (en, de, fr, ru).
		{"SMTP Host and Port Number must be defined to enable SMTP gateway.", ClassConfig, "cms_settings_missing"},
		{"L'hôte et le Port SMTP doivent être définis pour activer la passerelle SMTP.", ClassConfig, "cms_settings_missing"},
		{"SMTP Host und Portnummer müssen definiert sein, um SMTP Gateway zu aktivieren.", ClassConfig, ""},
		{"SMTP Gateway ist nicht aktiviert.", ClassConfig, "cms_settings_missing"},
		{"SMTP gateway is not enabled.", ClassConfig, "cms_settings_missing"},
		{"La passerelle SMTP n'est pas activée.", ClassConfig, "cms_settings_missing"},
		{"Encryption Method %s must be available on this system in order to enable SMTP gateway.", ClassConfig, "cms_tls_unavailable"},
		{"Метод Шифрования <b>TLS</b> должен быть доступен на этой системе, для того чтобы включить SMTP шлюз.", ClassConfig, "cms_tls_unavailable"},
		// NukeViet (en, fr, vi).
		{"Error: Your server does not support sending mail via ssl", ClassConfig, "cms_tls_unavailable"},
		{"Lỗi: Máy chủ của bạn không hỗ trợ gửi mail qua ssl", ClassConfig, "cms_tls_unavailable"},
		{"Erreur: Voitre serveur ne supporte pas d'envoyer les e mails par ssl", ClassConfig, "cms_tls_unavailable"},
		// SOY CMS: settings required and the connection retries.
		{"[smtp.host] is necessary.", ClassConfig, "cms_settings_missing"},
		{"[smtp.port] is necessary.", ClassConfig, "cms_settings_missing"},
		{"[pop.pass] is necessary.", ClassConfig, "cms_credentials_unset"},
		{"[imap.host] is necessary.", ClassConfig, "cms_settings_missing"},
		{"Too many failure to connect server.", ClassTransient, "cms_connect_failed"},
	})
	// Look-alikes: settings and environment texts that name a password, the
	// credentials or a login must not read as a refused or revoked login.
	assertNotClasses(t, []string{
		"Failed to send AUTH LOGIN command. Error: 504 5.7.4 Unrecognized authentication type",
		"smtp.example.com accepted username and password, but will not accept mail with these credentials.",
		"Unable to test authentication: Username is required.",
		"- Heu de proporcionar una contrasenya per a l'autenticació SMTP.",
		"- Per l’identificacion SMTP, fornir un senhau es necessari.",
		"Kontakta administratören: Det går inte att skicka e-post om lösenordsåterställning eftersom e-postkonfigurationen är ofullständig.",
		"Please configure your SMTP credentials in the settings menu in order to send email using Easy WP SMTP plugin.",
		"smtp.example.com is unable to validate your credentials at this time.  Please try again later.",
		"Verbindung zum Mailserver 'mail.example.com' gestört: [Errno 111] Connection refused",
		"[imap.pass] is necessary.",
		"Username and password is required for SMTP authentication.",
	}, ClassAuth, ClassRevoked)
}
