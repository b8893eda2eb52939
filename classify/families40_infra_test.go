package classify

import (
	"testing"
)

// Round 40's infrastructure products (rows h40a-, classify/round40_infra.go):
// each key's text as the round holds it, a translation of the same key in a
// locale the round does not hold (from the product's own language files), the
// sibling messages of the same check, and look-alikes that must not read as a
// refused or revoked login.
func TestRound40InfraFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Virtualmin smtpcloud_ses_epass and smtpcloud_ses_euser.
		{"Missing or invalid-looking SMTP password", ClassConfig, "infra_relay_credentials_field"},
		{"Fehlendes oder ungültig aussehendes SMTP-Passwort", ClassConfig, "infra_relay_credentials_field"},
		{"SMTP 密码丢失或看起来无效", ClassConfig, "infra_relay_credentials_field"},
		{"Ontbrekend of ongeldig uitziend SMTP-wachtwoord", ClassConfig, "infra_relay_credentials_field"},
		{"Brakujące lub wyglądające na niepoprawne hasło SMTP", ClassConfig, "infra_relay_credentials_field"},
		{"Mot de passe SMTP manquant ou non valide", ClassConfig, "infra_relay_credentials_field"},
		{"Missing or invalid-looking SMTP username", ClassConfig, "infra_relay_credentials_field"},
		{"Fehlender oder ungültig aussehender SMTP-Benutzername", ClassConfig, "infra_relay_credentials_field"},
		// ClearOS mail_smtp_password_invalid and mail_smtp_username_invalid.
		{"SMTP password is invalid.", ClassConfig, "infra_relay_credentials_field"},
		{"SMTP-Passwort ist ungültig.", ClassConfig, "infra_relay_credentials_field"},
		{"Le mot de passe SMTP est invalide.", ClassConfig, "infra_relay_credentials_field"},
		{"A senha SMTP é inválida.", ClassConfig, "infra_relay_credentials_field"},
		{"Недопустимый пароль SMTP.", ClassConfig, "infra_relay_credentials_field"},
		{"La contraseña SMTP no es válida.", ClassConfig, "infra_relay_credentials_field"},
		{"Hasło SMTP jest nieprawidłowe.", ClassConfig, "infra_relay_credentials_field"},
		{"SMTP-lösenordet är ogiltigt.", ClassConfig, "infra_relay_credentials_field"},
		{"Geslo SMTP je neveljavno.", ClassConfig, "infra_relay_credentials_field"},
		{"SMTPパスワードが無効です。", ClassConfig, "infra_relay_credentials_field"},
		{"SMTP username is invalid.", ClassConfig, "infra_relay_credentials_field"},
		{"Der SMTP-Benutzername ist ungültig.", ClassConfig, "infra_relay_credentials_field"},
		{"Le nom d&#39;utilisateur SMTP n&#39;est pas valide.", ClassConfig, "infra_relay_credentials_field"},
		// oVirt notifier and Untangle: user name or password set alone.
		{"'MAIL_USER' must be set when password is set", ClassConfig, "infra_relay_credentials_field"},
		{"SMTP AUTH user/pass -- only one set, ignoring", ClassConfig, "infra_relay_credentials_field"},
		// TLS settings: Issabel, smtprelay, oVirt notifier.
		{"Authenticate Error, TLS must be activated", ClassConfig, "infra_relay_tls_setting"},
		{"Erreur d'identification, TLS doit être activé", ClassConfig, "infra_relay_tls_setting"},
		{"Error de autenticación, TLS debe estar activado", ClassConfig, "infra_relay_tls_setting"},
		{"Помилка Автентифікації, потрібно активувати TLS", ClassConfig, "infra_relay_tls_setting"},
		{"Failed to start TLS", ClassConfig, "infra_relay_tls_setting"},
		{"Impossible de démarrer TLS", ClassConfig, "infra_relay_tls_setting"},
		{"Falló al inciar TLS", ClassConfig, "infra_relay_tls_setting"},
		{"Не вдалося запустити TLS", ClassConfig, "infra_relay_tls_setting"},
		{"starttls: server does not support extension, check remote scheme", ClassConfig, "infra_relay_tls_setting"},
		{"Illegal encryption method for MAIL_SMTP_ENCRYPTION", ClassConfig, "infra_relay_tls_setting"},
		{"Failed to validate properties: 'MAIL_SMTP_ENCRYPTION' value has to be one of: 'none', 'ssl', 'tls'.", ClassConfig, "infra_relay_tls_setting"},
		// Refused relay logins: Pritunl, Issabel.
		{"SMTP authentication is invalid.", ClassAuth, "infra_relay_login_refused"},
		{"Email auth is invalid", ClassAuth, "infra_relay_login_refused"},
		{"Authenticate not accepted from server", ClassAuth, "infra_relay_login_refused"},
		{"Autenticación no aceptada desde el servidor", ClassAuth, "infra_relay_login_refused"},
		{"Identification refusée par le serveur", ClassAuth, "infra_relay_login_refused"},
		{"Не прийнято автентифікацію від сервера", ClassAuth, "infra_relay_login_refused"},
		{"تصديق اعتبار از سوي سرور مقابل تاييد نشد", ClassAuth, "infra_relay_login_refused"},
		// Refused senders: Pritunl, smtprelay.
		{"Email from address refused", ClassConfig, "infra_relay_sender_refused"},
		{"SMTP server did not accept the from address.", ClassConfig, "infra_relay_sender_refused"},
		{"451 Bad sender address", ClassConfig, "infra_relay_sender_refused"},
		// Nothing configured: Pritunl, Tactical RMM, aaPanel.
		{"Required email settings have not been configured, please open settings and configure email.", ClassConfig, "infra_mail_not_configured"},
		{"STMP not configured", ClassConfig, "infra_mail_not_configured"},
		{"Missing required fields (need at least 1 recipient)", ClassConfig, "infra_mail_not_configured"},
		{"Mailbox information is not configured correctly", ClassConfig, ""},
		{"Mailboxinformationen sind nicht korrekt konfiguriert", ClassConfig, "infra_mail_not_configured"},
		{"邮箱信息配置不正确", ClassConfig, "infra_mail_not_configured"},
		{"La información del buzón no está configurada correctamente", ClassConfig, "infra_mail_not_configured"},
		// Server host or port fields: IPFire, ISPConfig.
		{"Invalid mail server port", ClassConfig, "infra_mail_server_field"},
		{"Port serveur de mail invalide", ClassConfig, "infra_mail_server_field"},
		{"邮件服务器端口无效", ClassConfig, "infra_mail_server_field"},
		{"Ungültiger Port für Mailserver", ClassConfig, "infra_mail_server_field"},
		{"Geçersiz posta sunucusu bağlantı noktası", ClassConfig, "infra_mail_server_field"},
		{"Invalid mail server fqdn", ClassConfig, "infra_mail_server_field"},
		{"郵件伺服器FQDN無效", ClassConfig, "infra_mail_server_field"},
		{"Pop3/Imap Server is not a valid domain name.", ClassConfig, "infra_mail_server_field"},
		{"POP3/IMAP Server ist kein gültiger Domainname.", ClassConfig, "infra_mail_server_field"},
		{"Le serveur POP3 / IMAP n’est pas un nom de domaine valide.", ClassConfig, "infra_mail_server_field"},
		{"Некорректное доменное имя для сервера POP3/IMAP.", ClassConfig, "infra_mail_server_field"},
		{"Serwer Pop3/Imap nie jest poprawną nazwą domenową.", ClassConfig, "infra_mail_server_field"},
		{"Pop3/Imap server is geen geldige domeinnaam.", ClassConfig, "infra_mail_server_field"},
	})
	// Look-alikes: a real refused login stays auth, a form check never does.
	assertTextRules(t, []textCase{
		{"Uporabniško ime ali geslo SMTP je neveljavno", ClassAuth, ""},
		{"535 5.7.8 Error: authentication failed: SMTP password is invalid", ClassAuth, ""},
	})
	assertNotClasses(t, []string{
		"Missing or invalid-looking SMTP password",
		"Fehlendes oder ungültig aussehendes SMTP-Passwort",
		"SMTP-Passwort ist ungültig.",
		"Le mot de passe SMTP est invalide.",
		"A senha SMTP é inválida.",
		"Contraseña de SMTP faltante o que parece no válida",
		"Password SMTP mancante o non valida",
		"Authenticate Error, TLS must be activated",
		"Error de autenticación, TLS debe estar activado",
		"Email from address refused",
		"451 Bad sender address",
		"'MAIL_USER' must be set when password is set",
		"SMTP AUTH user/pass -- only one set, ignoring",
	}, ClassAuth, ClassRevoked)
}
