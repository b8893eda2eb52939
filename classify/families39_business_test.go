package classify

import (
	"testing"
)

// Round 39's families for the business products (round39_business.go): the
// round's own texts, the same keys in locales the round does not hold
// (OpenSupports' and Horilla's other locales) or, for products that ship
// English only or only the round's locales, the key's siblings in the same
// code; and look-alikes that must not read as a refused login or a lost
// grant.
func TestRound39BusinessFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// OpenSupports USER_DISABLED: the helpdesk's own user (unknown).
		{"This account is disabled.", ClassUnknown, "business_own_account"},
		{"Dieser Account ist deaktiviert.", ClassUnknown, "business_own_account"},
		{"Esta cuenta está deshabilitada.", ClassUnknown, "business_own_account"},
		{"To konto jest zablokowane.", ClassUnknown, "business_own_account"},
		{"Ce compte est désactivé.", ClassUnknown, "business_own_account"},                     // fr
		{"Questo account è disabilitato.", ClassUnknown, "business_own_account"},               // it
		{"Esta conta está desativada.", ClassUnknown, "business_own_account"},                  // br, pt
		{"Эта учетная запись отключена.", ClassUnknown, "business_own_account"},                // ru
		{"Bu hesap devre dışı.", ClassUnknown, "business_own_account"},                         // tr
		{"Dit account is uitgeschakeld.", ClassUnknown, "business_own_account"},                // nl
		{"このアカウントは無効です。", ClassUnknown, "business_own_account"},                                // jp
		{"此帐户已被停用。", ClassUnknown, "business_own_account"},                                     // cn
		{"Αυτός ο λογαριασμός είναι απενεργοποιημένος.", ClassUnknown, "business_own_account"}, // gr
		// Rukovoditel TEXT_USER_IS_NOT_ACTIVE and its sibling TEXT_USER_NOT_FOUND
		// (the product ships en and ru only).
		{"Your account is not active.", ClassUnknown, "business_own_account"},
		{"Ваш аккаунт неактивен", ClassUnknown, "business_own_account"},
		{"No match for Username and/or Password.", ClassUnknown, "business_own_account"},
		{"Нет соответствия для имени пользователя или пароля", ClassUnknown, "business_own_account"},
		// Horilla "Outlook authentication required/expired" (revoked).
		{"Outlook authentication required/expired", ClassRevoked, "business_grant_lost"},
		{"Outlook-Authentifizierung erforderlich/abgelaufen", ClassRevoked, "business_grant_lost"},
		{"Autenticación Outlook requerida/caducada", ClassRevoked, "business_grant_lost"},
		{"Authentification Outlook requise/expirée", ClassRevoked, "business_grant_lost"},
		{"Autenticazione di Outlook richiesta/scaduta", ClassRevoked, "business_grant_lost"},
		{"Autenticação do Outlook necessária/expirada", ClassRevoked, "business_grant_lost"},
		{"المصادقة المستقبلية مطلوبة/منتهية الصلاحية", ClassRevoked, "business_grant_lost"}, // ar
		// Horilla "Primary mail server is not configured" (config).
		{"Le serveur de messagerie principal n'est pas configuré", ClassConfig, "business_setup_config"},
		{"主邮件服务器未配置", ClassConfig, "business_setup_config"},
		{"未配置主郵件伺服器", ClassConfig, "business_setup_config"},                                         // zh_Hant
		{"Primärer Mail-Server ist nicht konfiguriert", ClassConfig, "business_setup_config"},       // de
		{"Il server di posta primario non è configurato", ClassConfig, "business_setup_config"},     // it
		{"Servidor de correio primário não está configurado", ClassConfig, "business_setup_config"}, // pt_BR
		{"لم يتم تكوين خادم البريد الأساسي", ClassConfig, "business_setup_config"},                  // ar
		// Dittofeed: the stored Gmail grant is gone (revoked), its own OAuth
		// client is missing (platform); English only, with siblings.
		{"Critical error: Refresh token became null after refresh. Re-authentication may be required.", ClassRevoked, "business_grant_lost"},
		{"Failed to get or refresh Gmail access token", ClassRevoked, "business_grant_lost"},
		{"Cannot refresh Gmail access token for workspace member: missing refresh token.", ClassRevoked, "business_grant_lost"},
		{"Gmail client ID or secret not configured for token refresh.", ClassPlatform, "business_oauth_client_missing"},
		{"Gmail client ID or secret is not configured. Cannot refresh token.", ClassPlatform, "business_oauth_client_missing"},
		{"Gmail client ID and secret are not set", ClassPlatform, ""},
		{"Missing gmailClientId in backend config.", ClassPlatform, "business_oauth_client_missing"},
		// vtenext Messages (en_us and it_it only): the descriptions and the
		// exception keys Messages.php throws.
		{"Click %s to check username and password.", ClassAuth, "business_login_refused"},
		{"Clicca %s per verificare nome utente e password.", ClassAuth, "business_login_refused"},
		{"Click here to check username and password.", ClassAuth, "business_login_refused"},
		{"ERR_IMAP_LOGIN_FAILED", ClassAuth, "business_login_refused"},
		{"Click %s to check the configuration of your mail server.", ClassTransient, "business_connection_failed"},
		{"Clicca %s per verificare la configurazione del server mail.", ClassTransient, "business_connection_failed"},
		{"ERR_IMAP_CONNECTION_FAILED", ClassTransient, "business_connection_failed"},
		{"Click %s to configure username and password.", ClassConfig, "business_setup_config"},
		{"Nome utente e/o password vuoti. Clicca %s per configurarli.", ClassConfig, "business_setup_config"},
		{"ERR_IMAP_CREDENTIALS_EMPTY", ClassConfig, "business_setup_config"},
		{"Click %s to configure your mail server.", ClassConfig, "business_setup_config"},
		{"Clicca %s per configurare il server mail.", ClassConfig, "business_setup_config"},
		{"ERR_IMAP_SERVER_EMPTY", ClassConfig, "business_setup_config"},
		// EmailReporting, django-helpdesk, NextCRM, ProjeQtOr (English only).
		{"IMAP basefolder not found", ClassConfig, "business_setup_config"},
		{"OpenSSL plugin not available even though the mailbox is configured to use it. Please check whether OpenSSL is properly being loaded", ClassConfig, "business_setup_config"},
		{"IMAP retrieve failed. Is the folder '%s' spelled correctly, and does it exist on the server?", ClassConfig, "business_setup_config"},
		{"IMAP retrieve failed. Is the folder 'Tickets' spelled correctly, and does it exist on the server?", ClassConfig, "business_setup_config"},
		{"Queue has been configured with proxy settings, but no socks library was installed. Try to install PySocks via PyPI.", ClassConfig, "business_setup_config"},
		{"TLS error. Check the SSL setting for this port.", ClassConfig, "business_setup_config"},
		{"Unsupported IMAP port", ClassConfig, "business_setup_config"},
		{"Unsupported SMTP port", ClassConfig, "business_setup_config"},
		{"ERROR - Cron::checkEmails() - IMAP extension not enabled in your PHP config. Cannot connect to IMAP Mailbox.", ClassConfig, "business_setup_config"},
		{"IMAP connection string not defined", ClassConfig, "business_setup_config"},
		// Tryton sendmail, Django CRM.
		{"fail to connect to %s", ClassTransient, "business_connection_failed"},
		{"fail to connect to smtps://mail.example.com:465", ClassTransient, "business_connection_failed"},
		{"fail to send email to %s", ClassRecipient, "business_recipients_refused"},
		{"fail to send email to {'bob@example.com': (550, b'5.1.1 User unknown')}", ClassRecipient, ""},
		{"IMAP4_SSL exception at CrmIMAP._connect", ClassTransient, "business_connection_failed"},
	})
	// Look-alikes: a mail server's own refusal of a disabled or inactive
	// account stays a reconnect; the products' own sign-in, setup and
	// connection texts never read as a refused login or a lost grant.
	assertNotClasses(t, []string{
		"535 5.7.8 This account is disabled.",
		"550 5.7.1 Your account is not active.",
		"-ERR [AUTH] This account is disabled.",
		"a1 NO [AUTHENTICATIONFAILED] Your account is not active.",
	}, ClassUnknown)
	assertNotClasses(t, []string{
		"This account is disabled.",
		"Your account is not active.",
		"To konto jest zablokowane.",
		"No match for Username and/or Password.",
		"Click %s to configure username and password.",
		"Nome utente e/o password vuoti. Clicca %s per configurarli.",
		"Click %s to check the configuration of your mail server.",
		"Gmail client ID and secret are not set",
		"IMAP connection string not defined",
		"fail to connect to %s",
		"IMAP4_SSL exception at CrmIMAP._connect",
	}, ClassAuth, ClassRevoked, ClassBlocked, ClassAdmin)
}
