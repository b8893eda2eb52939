package classify

import "testing"

// CodeIgniter's Email library messages (round56_codeigniter.go) in every
// language its translation projects ship. The catalog
// codeigniter_email_lang.jsonl holds every key of every translation once, as
// the language file prints it; here are composed texts as applications show
// them (the placeholder filled with a server's reply, a print_debugger()
// page, a log line), checks that a quoted reply still decides where it says
// more than the step, and look-alikes that keep their reading.
func TestRound56CodeigniterFamilies(t *testing.T) {
	assertCatalogClasses(t, "codeigniter_email_lang")

	assertTextRules(t, []textCase{
		// The login refused: the reply decides where it says more.
		{"Failed to authenticate password. Error: 535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1-20020a170902", ClassAuth, ""},
		{"Fallo al autenticar la contraseña. Error: 534-5.7.9 Application-specific password required. For more information, go to\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor", ClassAuth, "google_app_password_required"},
		{"Das Passwort konnte nicht authentifiziert werden. Fehler: 454 4.7.0 Temporary authentication failure", ClassAuthTemporary, ""},
		{"Impossible d'identifier le nom d'utilisateur. Erreur : 454 4.7.0 Temporary authentication failure", ClassAuthTemporary, ""},
		{"Falha na autenticação da password. Erro: 535 5.7.3 Authentication unsuccessful [LO4P123CA0456.GBRP123.PROD.OUTLOOK.COM]", ClassAuth, ""},
		{"Не удалось подтвердить подлинность учетных данных пользователя. Ошибка: 535 Incorrect authentication data", ClassAuth, ""},
		// The login refused with no reply the rules know: the step decides.
		{"Αποτυχία ελέγχου ταυτότητας password. Σφάλμα: ", ClassAuth, "codeigniter_login_refused"},
		{"Lösenordet godkändes inte. Felmeddelande: ", ClassAuth, "codeigniter_login_refused"},
		{"Huts egin du erabiltzailea autentikatzeak. Errorea: ", ClassAuth, "codeigniter_login_refused"},
		{"Xác thực mật khẩu thất bại. Lỗi: ", ClassAuth, ""},
		// print_debugger() with the SMTP conversation and the send failure.
		{"220 smtp.example.com ESMTP Postfix<br /><pre>hello: 250-smtp.example.com\n250-PIPELINING\n250-AUTH PLAIN LOGIN\n250 8BITMIME</pre>Failed to authenticate password. Error: 535 5.7.8 Error: authentication failed: authentication failure<br />Unable to send email using PHP SMTP. Your server might not be configured to send mail using this method.", ClassAuth, ""},
		{"220 mail.example.net ESMTP<br /><pre>hello: 250-mail.example.net</pre>Neuspešna avtentikacija gesla. Napaka: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6<br />Unable to send email using PHP SMTP. Your server might not be configured to send mail using this method.", ClassAuth, ""},

		// AUTH LOGIN refused before any credential: the mechanism, unless
		// the reply says otherwise.
		{"Failed to send AUTH LOGIN command. Error: 530 5.7.0 Must issue a STARTTLS command first. d2-20020a05600c", ClassConfig, ""},
		{"Falha ao enviar o comando AUTH LOGIN. Erro: 503 5.5.1 Error: authentication not enabled", ClassConfig, ""},
		{"Gagal mengirim perintah AUTH LOGIN. Kesalahan: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.", ClassAdmin, ""},
		{"Invio del comando AUTH LOGIN fallito. Errore: 421 4.7.0 Too many concurrent SMTP connections; please try again later.", ClassRateLimited, ""},
		{"AUTH LOGIN コマンドの送信に失敗しました。エラー: ", ClassConfig, "codeigniter_mechanism_refused"},
		{"Échec lors de l'envoi de la commande AUTH LOGIN. Erreur : ", ClassConfig, "codeigniter_mechanism_refused"},
		{"Nem sikerült elküldeni az AUTH LOGIN parancsot. Hiba: ", ClassConfig, "codeigniter_mechanism_refused"},
		{"SMTP 보안로그인에 실패했습니다: ", ClassConfig, "codeigniter_mechanism_refused"},
		{"Не удается инициировать команду AUTH. Возможно, ваш сервер не настроен на использование метода аутентификации AUTH PLAIN.", ClassConfig, ""},

		// The settings and the message, before any server was asked.
		{"Fejl: Du skal angive et SMTP brugernavn og password.", ClassConfig, "codeigniter_settings_missing"},
		{"Ошибка: Вы должны указать имя пользователя и пароль SMTP.", ClassConfig, "codeigniter_settings_missing"},
		{`Ошибка: Метод авторизации SMTP "xoauth2" не поддерживается codeigniter, установите "login" или "plain" метод авторизации`, ClassConfig, "codeigniter_settings_missing"},
		{`Error: SMTP authorization method "cram-md5" is not supported in codeigniter, set either "login" or "plain" authorization method`, ClassConfig, "codeigniter_settings_missing"},
		{"Vous n'avez pas spécifié de nom d'hôte SMTP.", ClassConfig, "codeigniter_settings_missing"},
		{`Cannot send mail with no "From" header.`, ClassConfig, "codeigniter_settings_missing"},
		{"You must include recipients: To, Cc, or Bcc", ClassConfig, "codeigniter_message_setup"},
		{"Unable to locate the following email attachment: /var/www/uploads/invoice-2231.pdf", ClassConfig, "codeigniter_message_setup"},
		{"Der folgende Anhang konnte nicht geöffnet werden: /tmp/report.xlsx", ClassConfig, "codeigniter_message_setup"},
		{`Invalid email address: "john.doe@"`, ClassConfig, "codeigniter_invalid_address"},
		{"Ungültige E-Mail-Adresse: info@@example.de", ClassConfig, ""},

		// Sendmail and the socket.
		{"Exit status code: 1<br />Unable to open a socket to Sendmail. Please check settings.", ClassTransient, "codeigniter_sendmail_socket"},
		{"Unable to send data: AUTH LOGIN", ClassTransient, "codeigniter_sendmail_socket"},
		{"Daten können nicht gesendet werden: RCPT TO:<kunde@example.de>", ClassTransient, "codeigniter_sendmail_socket"},

		// No cause of their own: the wrapped reply decides, or nothing.
		{"The following SMTP error was encountered: 110 Connection timed out", ClassTransient, ""},
		{"The following SMTP error was encountered: 0 php_network_getaddresses: getaddrinfo failed: Name or service not known", ClassConfig, ""},
		{"Se encontró el siguiente error SMTP: 554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org", ClassRejected, ""},
		{"ERROR - 2025-03-14 09:12:44 --> Email: Unable to send email using SMTP. Your server might not be configured to send mail using this method.", ClassUnknown, ""},
		{"Your message has been successfully sent using the following protocol: smtp", ClassUnknown, ""},

		// Look-alikes: a server's reply about an address, and other
		// products' refused AUTH LOGIN that name the password.
		{"501 5.1.3 Invalid email address: foo@", ClassRecipient, ""},
		{"Anmeldung mit AUTH LOGIN fehlgeschlagen: Benutzername oder Passwort ungültig", ClassAuth, ""},
		{"Ошибка AUTH LOGIN: неверный логин или пароль", ClassAuth, ""},
		{"Error de autenticación AUTH LOGIN: usuario o contraseña incorrectos", ClassAuth, ""},
		{"AUTH LOGIN failed: invalid username or password", ClassAuth, ""},
	})
}
