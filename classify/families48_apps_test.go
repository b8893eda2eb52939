package classify

import (
	"testing"
)

// Round 48's apps: Python's smtplib, imaplib, ssl and socket exceptions
// logged by type name with the message stripped or a placeholder, and
// Tracim's, OpenSlides' and Tabbycat's own mail sentences in every locale
// they ship, each labelled by what it means; look-alikes keep their reading.
func TestRound48AppsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Type names alone, or followed by ": " and a placeholder or nothing.
		{"SMTPSenderRefused: {str(e)}", ClassConfig, "apps_sender_settings"},
		{"SMTPSenderRefused: ", ClassConfig, "apps_sender_settings"},
		{"smtplib.SMTPSenderRefused", ClassConfig, "apps_sender_settings"},
		{"SMTPRecipientsRefused: {str(e)}", ClassRecipient, "apps_recipient_refused"},
		{"smtplib.SMTPRecipientsRefused: {}", ClassRecipient, "apps_recipient_refused"},
		{"SMTPRecipientsRefused", ClassRecipient, "apps_recipient_refused"},
		{"SMTPServerDisconnected: {str(e)} during transmission", ClassTransient, "apps_connection_dropped"},
		{"SMTPServerDisconnected: ", ClassTransient, "apps_connection_dropped"},
		{"smtplib.SMTPConnectError: {}", ClassTransient, "apps_connection_dropped"},
		{"SMTPConnectError", ClassTransient, "apps_connection_dropped"},
		{"ConnectionRefusedError: {str(e)}", ClassTransient, "apps_connection_dropped"},
		{"ConnectionRefusedError", ClassTransient, "apps_connection_dropped"},
		{"ConnectionResetError: ", ClassTransient, "apps_connection_dropped"},
		{"imaplib.IMAP4.abort: ", ClassTransient, "apps_connection_dropped"},
		{"IMAP4.abort", ClassTransient, "apps_connection_dropped"},
		{"SSLCertVerificationError: {str(e)}", ClassConfig, "apps_sender_settings"},
		{"ssl.SSLCertVerificationError: ", ClassConfig, "apps_sender_settings"},
		{"ssl.SSLError: ", ClassConfig, "apps_sender_settings"},
		{"SSLError", ClassConfig, "apps_sender_settings"},
		{"socket.gaierror: ", ClassConfig, "apps_sender_settings"},
		{"gaierror", ClassConfig, "apps_sender_settings"},
		{"smtplib.SMTPNotSupportedError: ", ClassConfig, "apps_sender_settings"},
		{"SMTPAuthenticationError: {str(e)}", ClassAuth, ""},
		{"TimeoutError: ", ClassTransient, ""},
		{"socket.timeout: ", ClassTransient, ""},
		// Generic types carry no verdict on their own.
		{"SMTPDataError: {str(e)}", ClassUnknown, ""},
		{"smtplib.SMTPResponseException: ", ClassUnknown, ""},
		{"SMTPHeloError: ", ClassUnknown, ""},
		{"imaplib.IMAP4.error: ", ClassUnknown, ""},
		{"imaplib.IMAP4.readonly: ", ClassUnknown, ""},
		{"SMTPException: ", ClassUnknown, ""},

		// The reply after the type name still decides.
		{"SMTPSenderRefused: (421, b'4.7.0 Try again later, closing connection. (MAIL) - gsmtp', 'a@example.com')", ClassTransient, ""},
		{"smtplib.SMTPRecipientsRefused: {'my_email@gmail.com': (554, b'5.7.1 <my_email@gmail.com>: Relay access denied')}", ClassConfig, ""},
		{"smtplib.SMTPRecipientsRefused: {'administrator@miab.my.domain': (553, b'5.7.1 <administrator@miab.my.domain>: Sender address rejected: not logged in')}", ClassConfig, ""},
		{"SMTPConnectError: (421, b'Too many connections').", ClassRateLimited, ""},
		{"SMTPDataError: (550, b'5.4.5 Daily user sending quota exceeded. - gsmtp')", ClassRateLimited, ""},
		{"SMTPHeloError: (501, b'Syntactically invalid HELO argument(s)')", ClassConfig, ""},
		{"socket.gaierror: [Errno -3] Temporary failure in name resolution", ClassTransient, ""},
		{"ssl.SSLError: [SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:1006)", ClassTransient, ""},
		{"SSLError: The read operation timed out", ClassTransient, ""},
		{"imaplib.IMAP4.error: [AUTHENTICATIONFAILED] Invalid credentials (Failure)", ClassAuth, ""},
		{"imaplib.IMAP4.error: b'[ALERT] Too many simultaneous connections. (Failure)'", ClassRateLimited, ""},

		// Tracim: SMTP sender, IMAP fetcher, account creation, configuration.
		{"check your auth params combinaison (login/password) for SMTP", ClassAuth, "apps_auth_refused"},
		{"SMTP auth return error code: {} with message: {}", ClassAuth, "apps_auth_refused"},
		{"SMTP auth return error code: 535 with message: 5.7.8 Username and Password not accepted", ClassAuth, ""},
		{"SMTP auth return error code: 454 with message: 4.7.0 Temporary authentication failure", ClassAuthTemporary, ""},
		{"Mail could not be send to some recipient: {}", ClassRecipient, "apps_recipient_refused"},
		{"Account created for {email} but SMTP server refuse to send notification", ClassRecipient, "apps_recipient_refused"},
		{"Socket fail with IMAP connection", ClassTransient, "apps_connection_dropped"},
		{"Socket timeout on IMAP connection", ClassTransient, ""},
		{"SSL error on IMAP connection", ClassConfig, "apps_sender_settings"},
		{"SSL Certificate verification failed on IMAP connection", ClassConfig, ""},
		{`ERROR email.notification.smtp.encryption given "{}" is invalid,valids values are {}.`, ClassConfig, "apps_tracim_setup"},
		{`ERROR email.notification.smtp.encryption given "ssl" is invalid,valids values are "default", "smtps", "unsecure".`, ClassConfig, "apps_tracim_setup"},
		{`ERROR: "EMAIL__NOTIFICATION__SMTP__SERVER" configuration is mandatory when email notification is activated.Set it before continuing.`, ClassConfig, "apps_tracim_setup"},
		{`ERROR: "EMAIL__REPLY__IMAP__PASSWORD" configuration is mandatory when email notification is activated.Set it before continuing.`, ClassConfig, "apps_tracim_setup"},
		{"SMTP start TLS return error code: {} with message: {}", ClassUnknown, ""},
		{"SMTP login return error code: {} with message: {}", ClassUnknown, ""},
		{"Unexpected exception during SMTP login", ClassUnknown, ""},
		{"SMTP sending message return error", ClassUnknown, ""},
		{"Mail Fetcher error", ClassUnknown, ""},
		{"Notification for new created account can't be send (SMTP error), new account creation aborted", ClassUnknown, ""},
		{"SMTP error, can't send notification", ClassUnknown, ""},

		// OpenSlides backend.
		{"email {EmailSettings.default_from_email} is not a valid sender email address.", ClassConfig, "apps_sender_settings"},
		{"email noreply@example.com is not a valid sender email address.", ClassConfig, "apps_sender_settings"},
		{"Invalid characters in the sender name configuration of meeting 'Annual Assembly', forbidden characters: '[', ']', '\\'.", ClassConfig, "apps_sender_settings"},
		{"The given reply_to address 'office@' is not valid.", ClassConfig, "apps_sender_settings"},
		{"'{user['username']}' has no email address.", ClassRecipient, "apps_recipient_refused"},
		{"'jdoe' has no valid email address.", ClassRecipient, "apps_recipient_refused"},
		{`Email-configuration: Choose one of "NONE", "STARTTLS" or "SSL/TLS" for EMAIL_CONNECTION_SECURITY environment variable`, ClassConfig, ""},
		{"Unspecified mail connection exception on sending invitation email to server {EmailSettings.host}, port {EmailSettings.port}: {str(e)}", ClassUnknown, ""},
		{"'jdoe' does not belong to meeting/4.", ClassUnknown, ""},
		// OpenSlides client: en, cs, de, es, fr, it, nl.
		{"The user %user% has no email, so the invitation email could not be sent.", ClassRecipient, "apps_recipient_refused"},
		{"The users %user% have no email, so the invitation emails could not be sent.", ClassRecipient, "apps_recipient_refused"},
		{"Uživatel %user% nemá žádnou adresu elektronické pošty (nelze mu zasílat elektronické dopisy), takže elektronický dopis s pozváním se mu nepodařilo poslat.", ClassRecipient, "apps_recipient_refused"},
		{"Uživatelé %user% nemají žádnou adresu elektronické pošty (nelze jim zasílat elektronické dopisy), takže elektronické dopisy s pozváními se jim nepodařilo poslat.", ClassRecipient, "apps_recipient_refused"},
		{"%user% besitzt keine E-Mail-Adresse; eine E-Mail konnte daher nicht gesendet werden.", ClassRecipient, "apps_recipient_refused"},
		{"%user% besitzen keine E-Mail-Adressen; E-Mails konnte daher nicht gesendet werden.", ClassRecipient, "apps_recipient_refused"},
		{"El/La usuario/a %user% no tiene correo electrónico, por lo que no se pudo enviar el email de invitación.", ClassRecipient, "apps_recipient_refused"},
		{"Los/as usuarios/as %user% no tienen correo electrónico, por lo que los correos de invitación no pudieron ser enviados.", ClassRecipient, "apps_recipient_refused"},
		{"L'utilisateur %user% n'a pas de courriel, le courriel d'invitation n'a donc pas pu être envoyé.", ClassRecipient, "apps_recipient_refused"},
		{"Les utilisateurs %user% n'ont pas de courriel, les courriels d'invitation n'ont donc pas pu être envoyés.", ClassRecipient, "apps_recipient_refused"},
		{"%u L'utente ser% non ha un indirizzo e-mail, pertanto non è stato possibile inviare l'e-mail di invito.", ClassRecipient, "apps_recipient_refused"},
		{"%uGli utenti  ser% non hanno un'e-mail, quindi non è stato possibile inviare le e-mail di invito.", ClassRecipient, "apps_recipient_refused"},
		{"De gebruiker %user% heeft geen e-mail, dus de uitnodigingsmail kon niet worden verzonden.", ClassRecipient, "apps_recipient_refused"},
		{"De gebruikers %user% hebben geen e-mail, dus de uitnodigingsmails konden niet worden verzonden.", ClassRecipient, "apps_recipient_refused"},
		{"Some mails could not be sent. There may be a problem communicating with the mail server, please contact your admin.", ClassUnknown, ""},
		{"Einige Mails konnten nicht gesendet werden. Möglicherweise gibt es ein Problem bei der Kommunikation mit dem Mailserver. Bitte wenden Sie sich an Ihren Administrator.", ClassUnknown, ""},

		// Tabbycat's test-email view: the SendGrid sender-identity hint in en, fr, id, it, tr.
		{"Hint: If the error is about sender identity verification in SendGrid, and you've already completed the steps in SendGrid, it may be that you need to update the DEFAULT_FROM_EMAIL config var in Heroku to match your verified sender identity.", ClassConfig, "apps_sendgrid_sender_hint"},
		{"Astuce : Si l'erreur concerne la vérification de l'identité de l'expéditeur dans SendGrid, et que vous avez déjà terminé les étapes dans SendGrid, il se peut que vous ayez besoin de mettre à jour la paramètre d'environnement <code>DEFAULT_FROM_EMAIL</code> dans Heroku pour qu'elle corresponde à votre identité d'expéditeur vérifiée.", ClassConfig, "apps_sendgrid_sender_hint"},
		{"Petunjuk: Apabila kesalahannya terdapat pada verifikasi identitas pengirim pada SendGrid dan anda sudah menyelesaikan tahapan pada SendGrid, mungkin anda butuh melakukan pembaharuan pada DEFAULT_FROM_EMAIL config var pada Heroku untuk mencocokkan identitas pengirim yang terverifikasi.", ClassConfig, "apps_sendgrid_sender_hint"},
		{"Suggerimento: se l'errore riguarda la verifica dell'identità del mittente in SendGrid, e hai già completato la procedura in SendGrid, potrebbe essere necessario aggiornare la variabile di config DEFAULT_FROM_EMAIL in Heroku per corrispondere all'identità verificata del mittente.", ClassConfig, "apps_sendgrid_sender_hint"},
		{"İpucu: Hata SendGrid'deki gönderen kimliği doğrulamasıyla ilgiliyse ve SendGrid'deki adımları zaten tamamladıysanız, doğrulanmış gönderen kimliğinizle eşleşmesi için Heroku'daki DEFAULT_FROM_EMAIL yapılandırma değişkenini güncellemeniz gerekebilir.", ClassConfig, "apps_sendgrid_sender_hint"},
		{"Suspected SendGrid sender identity verification error in test email", ClassConfig, "apps_sender_settings"},
		{"550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-sender-identity/sender-identity/ to see the Sender Identity requirements", ClassConfig, ""},
		{"The email (SMTP) server returned an error sending the test email: [SMTP code %(code)d] %(error)s", ClassUnknown, ""},
		{"Le serveur de courriel (SMTP) a renvoyé une erreur en envoyant le courriel test : [code SMTP %(code)d] %(error)s", ClassUnknown, ""},
		{"There was an error sending the test email: %(error)s", ClassUnknown, ""},
		{"SMTP response exception in test email", ClassUnknown, ""},
		{"Other error in test email", ClassUnknown, ""},
	})
}
