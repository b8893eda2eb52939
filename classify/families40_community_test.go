package classify

import (
	"testing"
)

// Round 40's community products (rows h40c-): each key the round missed, in
// the round's text and in locales the round does not hold (from the
// products' own language files), and look-alikes that must not read as a
// refused login or a lost grant.
func TestRound40CommunityFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Openfire system.emailtest.no_host: en (round), ru_RU, zh_CN, fr (raw properties text).
		{"Error, sending an email will fail because the mail server host is not set. Please go back to the mail settings page and set the mail host.", ClassConfig, "chat_servers_mail_settings_missing"},
		{"Ошибка, отправка сообщения электронной почты не будет выполнена, поскольку хост почтового сервера не установлен. Вернитесь на страницу настроек почты и установите почтовый хост.", ClassConfig, "chat_servers_mail_settings_missing"},
		{"错误，由于未设置邮件服务器主机，发送电子邮件将失败。请返回邮件设置页面并设置邮件主机。", ClassConfig, "chat_servers_mail_settings_missing"},
		{"Erreur, l&#39;envoi d&#39;un email va échouée car l&#39;hôte du serveur de courrier n&#39;a pas été paramétré.", ClassConfig, "chat_servers_mail_settings_missing"},
		{"Fout, de kan niet worden verzonden omdat de mailserver niet is opgegeven.", ClassConfig, "chat_servers_mail_settings_missing"},
		// Synapse's TLS and notification settings.
		{"email.force_tls requires email.enable_tls to be true", ClassConfig, "chat_servers_mail_settings_missing"},
		{"email.require_transport_security requires email.enable_tls to be true", ClassConfig, "chat_servers_mail_settings_missing"},
		{"email.enable_notifs is True but required keys are missing: email.notif_from", ClassConfig, "chat_servers_mail_settings_missing"},
		// Spacebar's clients, Revolt.
		{"[Email] SMTP has not been configured correctly.", ClassConfig, "chat_servers_mail_settings_missing"},
		{"[Email] Mailjet has not been configured correctly.", ClassConfig, "chat_servers_mail_settings_missing"},
		{"[Email] SendGrid has not been configured correctly.", ClassConfig, "chat_servers_mail_settings_missing"},
		{"[Email] You have to configure either \"email_senderAddress\" or \"general_correspondenceEmail\" for emails to work. The configured value is used as the sender address.", ClassConfig, "chat_servers_mail_settings_missing"},
		{"No SMTP settings specified! Remember to configure email.", ClassConfig, "chat_servers_mail_settings_missing"},
		// Live Helper Chat: port missing (en, de_DE, ja_JP, ru_RU), OAuth on a
		// host without a provider, Microsoft grant missing.
		{"Please enter an smtp port!", ClassConfig, "chat_servers_mail_settings_missing"},
		{"Bitte geben Sie einen smtp-Port an!", ClassConfig, "chat_servers_mail_settings_missing"},
		{"smtpポートを入力してください！", ClassConfig, "chat_servers_mail_settings_missing"},
		{"Пожалуйста, введите порт smtp!", ClassConfig, "chat_servers_mail_settings_missing"},
		{"Could not fetch password", ClassConfig, "chat_servers_mail_settings_missing"},
		{"OAuth not found for MS", ClassRevoked, "lhc_ms_oauth_not_found"},
		// Sendportal: en (round), de, lv.
		{"The SMTP Email Service requires you to enter a host", ClassConfig, "publishing_mail_settings_missing"},
		{"The AWS Email Service requires you to enter a secret", ClassConfig, "publishing_mail_settings_missing"},
		{"Der AWS Email Service erfordert die Eingabe eines Geheimnisses", ClassConfig, "publishing_mail_settings_missing"},
		{"Der Mailgun-E-Mail-Dienst erfordert die Eingabe eines Passworts", ClassConfig, "publishing_mail_settings_missing"},
		{"E-pasta serviss Mailgun pieprasa ievadīt slepeno kodu", ClassConfig, "publishing_mail_settings_missing"},
		// Talkyard, WriteFreely, Gancio, Commento.
		{"I won't send emails, because:  A user name, but no talkyard.smtp.password, configured. [TyEEMAILCONF]", ClassConfig, "publishing_mail_settings_missing"},
		{"I won't send emails, because:  talkyard.smtp.requireStartTls is true but enableStartTls is false. [TyEEMAILCONF]", ClassConfig, "publishing_mail_settings_missing"},
		{"I won't send emails, because:  No talkyard.smtp.host configured. [TyEEMAILCONF]", ClassConfig, "publishing_mail_settings_missing"},
		{"I won't send emails, because:  A password, but no talkyard.smtp.user, configured. [TyEEMAILCONF]", ClassConfig, "publishing_mail_settings_missing"},
		{"EMAIL ISN'T CONFIGURED on this server", ClassConfig, "publishing_mail_settings_missing"},
		{"[FAILED] Starting publish jobs queue: no [letters]mailgun_private config value set.", ClassConfig, "publishing_mail_settings_missing"},
		{"Cannot send any email: SMTP Email configuration not completed!", ClassConfig, "publishing_mail_settings_missing"},
		{"no SMTP username/password set, Commento will assume they aren't required", ClassConfig, "publishing_mail_settings_missing"},
		// AcyMailing ACYM_ERROR_LOGIN: en, fr, de, es (round), it, pl, ru, ja, zh-CN.
		{"Identification error bounce@example.com", ClassAuth, "acymailing_login_refused"},
		{"Erreur d’identification bounce@example.com", ClassAuth, "acymailing_login_refused"},
		{"Identifizierungsfehler bounce@example.com", ClassAuth, "acymailing_login_refused"},
		{"Error de identificación bounce@example.com", ClassAuth, "acymailing_login_refused"},
		{"Errore di identificazione bounce@example.com", ClassAuth, "acymailing_login_refused"},
		{"Błąd identyfikacji bounce@example.com", ClassAuth, "acymailing_login_refused"},
		{"Ошибка идентификации bounce@example.com", ClassAuth, "acymailing_login_refused"},
		{"識別エラー bounce@example.com", ClassAuth, "acymailing_login_refused"},
		{"识别错误 bounce@example.com", ClassAuth, "acymailing_login_refused"},
		{"Greška pri autentifikaciji bounce@example.com", ClassAuth, "acymailing_login_refused"},
		// ACYM_AUTHENTICATION_FAILS_WITH_API_KEY: en (round), de, fr, ja.
		{"Authentication fails with this API key", ClassAuth, "acymailing_login_refused"},
		{"Authentifizierung schlägt mit diesem API-Schlüssel fehl", ClassAuth, "acymailing_login_refused"},
		{"Impossible de se connecter à l’API avec cette clé", ClassAuth, "acymailing_login_refused"},
		{"この API キーで認証に失敗しました。", ClassAuth, "acymailing_login_refused"},
		// ACYM_LICENSE_BLOCKED: en (round), de, es, ru.
		{"License blocked, contact us for more information", ClassBlocked, "acymailing_license_blocked"},
		{"Lizenz gesperrt, kontaktieren Sie uns für weitere Informationen", ClassBlocked, "acymailing_license_blocked"},
		{"Licencia bloqueada, contáctenos para más información", ClassBlocked, "acymailing_license_blocked"},
		{"Лицензия заблокирована, свяжитесь с нами для получения дополнительной информации", ClassBlocked, "acymailing_license_blocked"},
		// ACYM_ADVICE_SMTP_AUTH: en (round), de, fr, es, zh-CN.
		{"You specified an SMTP password but you don't require an authentication, you might want to turn the SMTP authentication ON.", ClassConfig, "acymailing_smtp_auth_off"},
		{"Sie haben ein SMTP-Passwort angegeben, benötigen aber keine Authentifizierung, Sie sollten die SMTP-Authentifizierung einschalten.", ClassConfig, "acymailing_smtp_auth_off"},
		{"Vous avez spécifié un mot de passe SMTP mais vous ne nécessitez pas d’authentification, vous souhaiterez peut-être activer l’authentification SMTP.", ClassConfig, "acymailing_smtp_auth_off"},
		{"Especificó una contraseña SMTP pero no requiere autenticación, es posible que desee activar la autenticación SMTP.", ClassConfig, "acymailing_smtp_auth_off"},
		{"您提供了 SMTP 密码但是未要求验证，或许您需要开启 SMTP 验证。", ClassConfig, "acymailing_smtp_auth_off"},
		{"Навели сте СМТП лозинку, али се не захтева аутентификација. Можда желите укључити СМТП аутентифиацију.", ClassConfig, "acymailing_smtp_auth_off"},
		{"آپ نے SMTP خفیہ لفظ دیا ہے لیکن آپ کو تصدیق کی ضرورت نہیں ہے۔ آپ کو SMTP Authentication کو آن کر دینا چاہئے۔", ClassConfig, "acymailing_smtp_auth_off"},
		// FluxBB, e107.
		{"Couldn't get mail server response codes. Please contact the forum administrator.", ClassTransient, "forum_smtp_connection_failed"},
		{"Connect failed using smtp.example.com on port 587", ClassTransient, "forum_smtp_connection_failed"},
		{"Connect failed using mail.example.org on port 465", ClassTransient, "forum_smtp_connection_failed"},
	})
	// Look-alikes: other products' sentences that share words with these
	// keys, and settings texts that name a password.
	assertNotClasses(t, []string{
		"Erreur d'identification, TLS doit être activé",
		"Nepoznata greška pri autentifikaciji na email server",
		"I won't send emails, because:  A password, but no talkyard.smtp.user, configured. [TyEEMAILCONF]",
		"no SMTP username/password set, Commento will assume they aren't required",
		"Der Mailgun-E-Mail-Dienst erfordert die Eingabe eines Passworts",
		"You specified an SMTP password but you don't require an authentication, you might want to turn the SMTP authentication ON.",
		"Could not fetch password",
		"[Email] SMTP has not been configured correctly.",
	}, ClassAuth, ClassRevoked)
}
