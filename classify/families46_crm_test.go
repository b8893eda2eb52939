package classify

import (
	"testing"
)

// Round 46's CRMs and help desks (Tiledesk, openCRX, Fat Free CRM, Eventum,
// SiT!, Request Tracker, LedgerSMB, Ever Gauzy): each product's mail-failure
// sentences in every locale it ships, labelled by what the code that shows
// them means, and look-alikes that keep their reading.
func TestRound46CRMFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Tiledesk AuthenticationFailed (EAUTH on the SMTP test send), all 15 locales.
		{"Authentication failed, the test email could not be sent", ClassAuth, ""},
		{"Authentifizierung fehlgeschlagen, die Test-E-Mail konnte nicht gesendet werden", ClassAuth, ""},
		{"Autenticación fallida, el email de prueba no pudo ser enviado", ClassAuth, ""},
		{"Échec de l'authentification, l'e-mail de test n'a pas pu être envoyé", ClassAuth, ""},
		{"Autenticazione fallita, non è stato possibile inviare l'e-mail di prova", ClassAuth, ""},
		{"Falha na autenticação, o e-mail de teste não pôde ser enviado", ClassAuth, ""},
		{"Ошибка аутентификации, тестовое письмо не может быть отправлено", ClassAuth, ""},
		{"Аутентификација није успела, није могуће послати пробну е-пошту", ClassAuth, ""},
		{"Autentiseringen misslyckades, testmeddelandet kunde inte skickas", ClassAuth, ""},
		{"Kimlik doğrulama başarısız oldu, test e-postası gönderilemedi", ClassAuth, ""},
		{"Помилка автентифікації, не вдалося надіслати тестовий електронний лист", ClassAuth, ""},
		{"Autentifikatsiya amalga oshmadi, test elektron pochta xabarini yuborib bo‘lmadi", ClassAuth, ""},
		{"فشلت المصادقة ، تعذر إرسال البريد الإلكتروني التجريبي", ClassAuth, ""},
		{"Doğrulama uğursuz oldu, sınaq e-poçtu göndərilə bilmədi", ClassAuth, "crm_test_send_auth"},
		{"Аутентификация орындалмады, сынақ электрондық поштасын жіберу мүмкін болмады", ClassAuth, "crm_test_send_auth"},
		// Tiledesk's other errors: no verdict.
		{"An error has occurred", ClassUnknown, ""},
		{"An error occurred while sending the email", ClassUnknown, ""},
		{"An error occurred while updating the SMTP configuration", ClassUnknown, ""},

		// openCRX MailWorkflow and MailStore.
		{"Unable to get mail session", ClassConfig, "crm_mail_setup"},
		{"Unable to send email. No default email account configured", ClassConfig, "crm_mail_setup"},
		{"Could not open the specified folder 'INBOX'", ClassConfig, "crm_mail_setup"},
		{"Can not send mail: AuthenticationFailedException", ClassAuth, ""},
		{"Can not send message to recipients (reason=AuthenticationFailedException)", ClassAuth, ""},
		{"Unable to get mail transport", ClassUnknown, ""},
		{"Can not send message", ClassUnknown, ""},
		{"Can not send message to recipients (reason=SendFailedException)", ClassUnknown, ""},
		{"Can not send message to recipients (reason=AddressException)", ClassUnknown, ""},
		{"Can not send message to recipients (reason=MessagingException)", ClassUnknown, ""},
		{"Can not send message to recipients (reason=Exception)", ClassUnknown, ""},
		{"Can not send mail: AddressException", ClassUnknown, ""},
		{"Can not send mail: MessagingException", ClassUnknown, ""},
		{"Can not send mail: Exception", ClassUnknown, ""},
		{"Could not get mail session", ClassUnknown, ""},
		{"Exception while opening folder 'INBOX'", ClassUnknown, ""},

		// Fat Free CRM's dropbox: the catch-all with its placeholder; filled in, the exception decides.
		{"Could not login to the IMAP server: #{e.inspect}", ClassUnknown, "crm_connect_catch_all"},
		{"setup error #{e.inspect}", ClassUnknown, ""},
		{"Could not login to the IMAP server: #<Net::IMAP::NoResponseError: [AUTHENTICATIONFAILED] Invalid credentials (Failure)>", ClassAuth, ""},
		{`Could not login to the IMAP server: #<Errno::ECONNREFUSED: Connection refused - connect(2) for "imap.example.com" port 993>`, ClassTransient, ""},
		{"Could not login to the IMAP server: #<SocketError: getaddrinfo: Name or service not known>", ClassConfig, ""},

		// Eventum: the connection catch-alls, and the server's error when it is kept.
		{"Could not connect to the email server '{imap.example.com:993/imap/ssl/novalidate-cert}INBOX' with login: 'support'.Please verify your email account settings and try again.", ClassUnknown, "crm_eventum_connect"},
		{"Could not connect to the email server '{mail.example.com:143/imap/notls}INBOX' with login: 'support'.Please verify your email account settings and try again.", ClassUnknown, "crm_eventum_connect"},
		{"[AUTHENTICATIONFAILED] Invalid credentials (Failure)\nCould not connect to the email server '{imap.example.com:993/imap/ssl}INBOX' with login: 'support'.Please verify your email account settings and try again.", ClassAuth, ""},
		{"Can't connect to imap.example.com,993: Connection refused\nCould not connect to the email server '{imap.example.com:993/imap/ssl}INBOX' with login: 'support'.Please verify your email account settings and try again.", ClassTransient, ""},
		{"Could not connect to the server with the provided information:", ClassUnknown, "crm_connect_catch_all"},
		{"Could not connect to the server with the provided information: Can't connect to imap.example.com,993: Connection refused", ClassTransient, ""},
		{"Sorry, but the email could not be queued. This might be related to problems with your SMTP account settings.", ClassUnknown, "crm_connect_catch_all"},
		{"An error occurred while trying to send the email", ClassUnknown, ""},
		// Eventum's setup.
		{"Eventum requires the IMAP extension in order to download messages saved on a IMAP/POP3 mailbox.\nSee Prerequisites on the Wiki https://github.com/eventum/eventum/wiki/Prerequisites\nPlease refer to the PHP manual for more details about how to install and enable the IMAP extension.", ClassConfig, "crm_mail_setup"},
		{"WARNING: If you want to use the email integration features to download messages saved on a IMAP/POP3 server, you will need to enable the IMAP extension in your PHP.INI configuration file. See the PHP manual for more details.", ClassConfig, "crm_mail_setup"},
		{"Could not find a email account with the parameter provided.\nPlease verify your email account settings and try again.", ClassConfig, "crm_mail_setup"},

		// SiT! strInboundEmailIsDisabled, every locale that translates it.
		{"Inbound email is disabled in your SiT configuration", ClassConfig, "crm_mail_setup"},
		{"Eingehende E-Mail ist in Ihrer SiT-Konfiguration deaktiviert", ClassConfig, "crm_mail_setup"},
		{"Les E-mail entrants sont désactivés dans votre configuration de SiT", ClassConfig, "crm_mail_setup"},
		{"Inkomende email is uitgeschakeld in uw SiT configuratie", ClassConfig, "crm_mail_setup"},
		{"Вътрешната поща е забранена във вашата SiT конфигурация", ClassConfig, "crm_mail_setup"},
		{"Indgående email er deaktiveret på konfigurations siden", ClassConfig, "crm_mail_setup"},
		{"Email entrante está desactivado en la configuración", ClassConfig, "crm_mail_setup"},
		{"Saapuvat sähköpostit on pois käytöstä tämänhetkisessä konfiguraatiossa", ClassConfig, "crm_mail_setup"},
		{"E-mail de entrada está desativado na configuração SiT", ClassConfig, "crm_mail_setup"},
		{"Входящие сообщения отключены в вашей конфигурации SiT", ClassConfig, "crm_mail_setup"},
		// SiT!'s catch-alls: inboundemail.php and strErrorSendingEmail in every locale.
		{"Connection error, see debug log for details.", ClassUnknown, ""},
		{"Error sending email", ClassUnknown, ""},
		{"Fehler beim E-Mail-Versand", ClassUnknown, ""},
		{"Грешка при изпращане на електронна поща", ClassUnknown, ""},
		{"Fejl ved afsendelse af email", ClassUnknown, ""},
		{"Σφάλμα αποστολής email", ClassUnknown, ""},
		{"Error al enviar el correo electrónico", ClassUnknown, ""},
		{"Error al enviar email", ClassUnknown, ""},
		{"Virhe lähetettäessä sähköpostia", ClassUnknown, ""},
		{"Erreur lors de l'envoi de l'email", ClassUnknown, ""},
		{"Hiba az E-mail küldésben", ClassUnknown, ""},
		{"Errore inviando l'email", ClassUnknown, ""},
		{"Fout bij versturen email", ClassUnknown, ""},
		{"Erro ao Enviar Email", ClassUnknown, ""},
		{"Ошибка отправки письма", ClassUnknown, ""},

		// Request Tracker's send failures: the ticket's SystemError in every translated locale, and the logs.
		{"Sending the previous mail has failed.  Please contact your admin, they can find more details in the logs.", ClassUnknown, ""},
		{"L'enviament del missatge anterior ha fallat. Per favor, contacti amb el seu administrador qui podrà trobar més detalls als registres.", ClassUnknown, ""},
		{"Odeslání předchozího e-mailu se nezdařilo. Obraťte se na své správce, další informace naleznou v záznamech událostí.", ClassUnknown, ""},
		{"Der Versand der letzten E-Mail ist fehlgeschlagen. Bitte kontaktieren Sie Ihren Administrator, dieser kann weitere Informationen in den Logdateien finden.", ClassUnknown, ""},
		{"Η αποστολή της προηγούμενης αλληλογραφίας απέτυχε. Παρακαλώ επικοινωνήστε με το διαχειριστή σας, μπορούν να βρεθούν περισσότερες πληροφορίες στα αρχεία καταγραφής.", ClassUnknown, ""},
		{"Envíos previos de email fallaron. Favor de contactar su administrador, él puede encontrar mas detalles en las bitácoras.", ClassUnknown, ""},
		{"L’envoi de l’e-mail précédent a échoué. Merci de contacter votre administrateur, il pourra trouver plus de détails dans les fichiers journaux.", ClassUnknown, ""},
		{"L'invio della email precedente è fallito. Contattare l'amministratore, potrà trovare ulteriori dettagli nel log.", ClassUnknown, ""},
		{"Praeito laiško siuntimas nepavyko. Kreipkitės į savo sistemos administratorių, kurie gali peržiūrėti detalesnę informaciją sistemos žurnale.", ClassUnknown, ""},
		{"O envio do e-mail anterior falhou. Entre em contato com o administrador, eles podem encontrar mais detalhes nos logs.", ClassUnknown, ""},
		{"Отправка предыдущего сообщения завершилась с ошибкой. Пожалуйста свяжитесь с администратором для получения дополнительной информации.", ClassUnknown, ""},
		{"Pošiljanje ni uspelo. Kontatkirajte vašega administratorja (več informacij v logih).", ClassUnknown, ""},
		{"$msgid: Could not send mail.", ClassUnknown, ""},
		{"Could not send mail without 'Entity' object", ClassUnknown, ""},
		{"Can't record send email failure as ticket is missing", ClassUnknown, ""},

		// LedgerSMB and Ever Gauzy: catch-alls. Gauzy says "not set" for
		// any failed check of the tenant's SMTP; settings_unset reads what
		// the text says (a setting missing), which is config.
		{"Could not send email: $@.  Please check your configuration.", ClassUnknown, ""},
		{"SMTP configuration is not set for this tenant / organization", ClassConfig, "settings_unset"},
		{"SMTP configuration is not set for this tenant", ClassConfig, "settings_unset"},
		{"Error while retrieving tenant/organization smtp configuration", ClassUnknown, ""},
		{"Error while retrieving default global smtp configuration: %s", ClassUnknown, ""},
		{"Error while verifying nodemailer transport: %s", ClassUnknown, ""},

		// Look-alikes: other products' plain wording keeps its reading.
		{"Could not login to the IMAP server", ClassAuth, ""},
		{"could not login: invalid credentials", ClassAuth, ""},
		{"Authentication failed", ClassAuth, ""},
		{"Could not connect to the email server", ClassTransient, ""},
	})
}
