package classify

import (
	"testing"
)

// Round 46's mail clients and tools, in their own words
// (classify/round46_clients.go): Qt Messaging Framework
// (sailfishos-mirror/messagingframework 1e5831a8), GNUMail
// (josh64x2/GNUMail 9e5c6255, every Resources/*.lproj/Localizable.strings),
// mujmap (elizagamedev/mujmap 5f700af8) and Cone's libmail
// (svarshavchik/courier fe506ccc cone/), each message labelled by what it
// means, and look-alikes that must keep their class.
func TestRound46ClientsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// QMF: account setup (ErrConfiguration, ErrNoSslSupport).
		{"Unable to use account due to invalid configuration.", ClassConfig, ""},
		{"Cannot open connection without IMAP server configuration", ClassConfig, ""},
		{"Cannot open connection without POP server configuration", ClassConfig, ""},
		{"Cannot send message without SMTP server configuration", ClassConfig, ""},
		{"Cannot send message without account configuration", ClassConfig, ""},
		{"Have not received any greeting from SMTP server, probably configuration error", ClassConfig, ""},
		{"SSL is not supported.", ClassConfig, ""},
		{"No credentials available", ClassConfig, ""},
		{"Proxy requires authentication", ClassConfig, ""},
		{"Untrusted certificate.", ClassConfig, ""},
		// QMF: the transport is busy, not ready or too slow.
		{"Configured service failed to perform action within a reasonable period of time.", ClassTransient, ""},
		{"Outgoing connection is not ready to transmit message.", ClassTransient, ""},
		{"Outgoing connection already in use by another operation.", ClassTransient, ""},
		{"Cannot send message; transport in use", ClassTransient, ""},
		{"Cannot determine the connection to transmit message on.", ClassTransient, ""},
		{"Internal server error.", ClassTransient, ""},
		// QMF: the login refused.
		{"Login failed - check user name and password.", ClassAuth, ""},

		// GNUMail: TaskManager's refused logins, every locale that has them.
		{"IMAP authentication failed for account Work.", ClassAuth, ""},
		{"%@ Authentifzierung fehlgeschlagen für Konto %@.", ClassAuth, ""},
		{"IMAP Authentifzierung fehlgeschlagen für Konto Work.", ClassAuth, ""},
		{"IMAP Authentifizierung für Work ist fehlgeschlagen.", ClassAuth, ""},
		{"Authentifizierung fehlgeschlagen wegen folgender Gründe:", ClassAuth, ""},
		{"Unable to authenticate to the IMAP server (mail.example.com).", ClassAuth, ""},
		// "Authentication error with the IMAP server."
		{"Authentication error with the IMAP server.", ClassAuth, ""},
		{"خطأ في التّوثيق مع خادم IMAP.", ClassAuth, ""},
		{"Chyba pøi autentifikaci na IMAP server.", ClassAuth, ""},
		{"Chyba při autentifikaci na IMAP server.", ClassAuth, ""},
		{"Erreur d'authentification avec le serveur IMAP.", ClassAuth, ""},
		{"Authentifizierungsfehler mit dem IMAP-Server.", ClassAuth, ""},
		{"Ошибка аутентификации на сервере IMAP.", ClassAuth, ""},
		{"Error de autenticación con el servidor IMAP.", ClassAuth, ""},
		{"IMAP sunucusunda yetkilendirme hatası.", ClassAuth, ""},
		// "An error occured during the authentication with the SMTP server (%@)."
		{"An error occured during the authentication with the SMTP server (mail.example.com).", ClassAuth, ""},
		{"حدث خطأ خلال التّوثيق مع خادم SMTP (mail.example.com).", ClassAuth, ""},
		{"Chyba pøi autentifikaci na SMTP serveru (mail.example.com).", ClassAuth, ""},
		{"Chyba při autentifikaci na SMTP serveru (mail.example.com).", ClassAuth, ""},
		{"Une erreur est survenue lors de l'authentification avec le serveur SMTP (mail.example.com).", ClassAuth, ""},
		{"Ein Fehler trat während der Authentifizierung mit dem SMTP-Server auf (mail.example.com).", ClassAuth, ""},
		{"Возникла ошибка при аутентификации на SMTP-сервере (mail.example.com).", ClassAuth, ""},
		{"Se ha producido un error durante la autenticación con el servidor SMTP (mail.example.com).", ClassAuth, ""},
		{"Ett fel uppstod när SMTP servern kontaktades (mail.example.com).", ClassAuth, ""},
		{"SMTP sunucusu ile güvenli bağlantı sırasında bir hata oluştu (mail.example.com).", ClassAuth, ""},
		// "Invalid password %@ @ %@."
		{"Invalid password joe @ mail.example.com.", ClassAuth, ""},
		{"كلمة مرور غير صالحة joe @ mail.example.com.", ClassAuth, ""},
		{"©patné heslo joe @ mail.example.com.", ClassAuth, ""},
		{"Neplatné heslo joe @ mail.example.com.", ClassAuth, ""},
		{"Mot de passe incorrect joe @ mail.example.com.", ClassAuth, ""},
		{"Ungültiges Passwort joe @ mail.example.com.", ClassAuth, ""},
		{"Неверный пароль joe @ mail.example.com.", ClassAuth, ""},
		{"Contraseña incorrecta joe @ mail.example.com.", ClassAuth, ""},
		{"Felaktigt lösenord joe @ mail.example.com.", ClassAuth, ""},
		{"Yanlış şifre : joe @ mail.example.com.", ClassAuth, ""},

		// GNUMail: the server could not be reached (retried later).
		{"Unable to connect to the %@ SMTP server.", ClassTransient, ""},
		{"Unable to connect to the mail.example.com SMTP server.", ClassTransient, ""},
		{"Unable to connect to the mail.example.com IMAP server.", ClassTransient, ""},
		{"Unable to connect to the mail.example.com POP3 server.", ClassTransient, ""},
		{"Connection timed out to the mail.example.com SMTP server.", ClassTransient, ""},
		{"Connection timed out to the mail.example.com IMAP server.", ClassTransient, ""},
		{"Connection timed out to the mail.example.com POP3 server.", ClassTransient, ""},
		// "Unable to communicate with the POP3 server (%@)." / IMAP (%@:%i) / "the %@ server (%@)"
		{"Unable to communicate with the IMAP server (mail.example.com).", ClassTransient, ""},
		{"Unable to communicate with the IMAP server (mail.example.com:993).", ClassTransient, ""},
		{"Unable to communicate with the POP3 server (mail.example.com).", ClassTransient, ""},
		{"لم يمكن التّواصل مع خادم POP3 (mail.example.com).", ClassTransient, ""},
		{"لا يمكن التّواصل مع خادم IMAP (mail.example.com:993).", ClassTransient, ""},
		{"Nemù¾u se spojit s POP3 serverem (mail.example.com).", ClassTransient, ""},
		{"Nemù¾u komunikovat s IMAP serverem (mail.example.com:993).", ClassTransient, ""},
		{"Nemůžu se spojit s POP3 serverem (mail.example.com).", ClassTransient, ""},
		{"Nemůžu komunikovat s IMAP serverem (mail.example.com:993).", ClassTransient, ""},
		{"Impossible de communiquer avec le serveur POP3 (mail.example.com).", ClassTransient, ""},
		{"Impossible de communiquer avec le serveur IMAP (mail.example.com:993).", ClassTransient, ""},
		{"Kann nicht mit POP3-Server kommunizieren (mail.example.com).", ClassTransient, ""},
		{"Kann nicht mit IMAP-Server kommunizieren (mail.example.com:993).", ClassTransient, ""},
		{"Kommunikation mit dem Server IMAP fehlgeschlagen (mail.example.com).", ClassTransient, ""},
		{"Не удается наладить связь с POP3-сервером (mail.example.com).", ClassTransient, ""},
		{"Не удается связаться с сервером IMAP (mail.example.com:993).", ClassTransient, ""},
		{"No se pudo establecer la comunicación con el servidor POP3 (mail.example.com).", ClassTransient, ""},
		{"No se ha podido establecer la comunicación con el servidor IMAP (mail.example.com:993).", ClassTransient, ""},
		{"Kunde inte kontakta POP3 servern (mail.example.com).", ClassTransient, ""},
		{"(mail.example.com) POP3 sunucusu ile iletişim kurulamıyor.", ClassTransient, ""},
		{"IMAP sunucusu ile haberleşilemiyor (mail.example.com:993).", ClassTransient, ""},

		// GNUMail: the account editor's tests and checks, and the local mailer.
		{"Unable to communicate with the SMTP server (%@).\nCheck the port you have specified.", ClassConfig, ""},
		{"Unable to communicate with the SMTP server (smtp.example.com).\nCheck the port you have specified.", ClassConfig, ""},
		{"Unable to communicate with the SMTP server (%@).\nSSL handshake error.", ClassConfig, ""},
		{"You must specify a valid SMTP host name in the Send tab.", ClassConfig, ""},
		{"You must specify a valid server name and username\nin the Receive tab.", ClassConfig, ""},
		{"You must specify a valid Mailer path in the Send tab.", ClassConfig, ""},
		{"An error occurred while sending the E-Mail. The path to the\nmailer might be incorrect in your sending preferences.", ClassConfig, ""},
		{"Beim Versenden der EMail trat ein Fehler auf. Der Pfad zum\nMailer in Ihren Sende-Einstellungen könnte falsch sein.", ClassConfig, ""},
		// "You must have at least one transport agent defined.\nSee Preferences -> Sending."
		{"You must have at least one transport agent defined.\nSee Preferences -> Sending.", ClassConfig, ""},
		{"You must have at least one transport agent defined and enabled.\nSee Preferences -> Account.", ClassConfig, ""},
		{"يجب أن يكون لديك عميل نقْل واحد مُعرّف على الأقل.\nانظر تفضيلات -> الإرسال.", ClassConfig, ""},
		{"يجب أن يكون لديك على الأقل عميل نقل واحد مُعرّف.\nانظر تفضيلات -> الإرسال.", ClassConfig, ""},
		{"Musí¹ nastavit, jak mám odesílat zprávy.\nPodívej se na Nastavení -> Odesílání.", ClassConfig, ""},
		{"Vous devez avoir au moins un agent de transport défini.\nVoir Préférences -> Envoi.", ClassConfig, ""},
		{"Sie müssen mindestens einen Transportagenten definiert haben.\nSiehe Grundeinstellungen -> Konto", ClassConfig, ""},
		{"Sie müssen mindestens einen Transportagenten definiert und aktiviert haben.\nSiehe Grundeinstellungen -> Konto", ClassConfig, ""},
		{"Вы должны определить хотя бы один агент транспортировки.\nСм. Настройка -> Отсылка.", ClassConfig, ""},
		{"Debe tener al menos un agente de transporte definido en sus preferencias. \nVea Preferencias -> Envío", ClassConfig, ""},
		{"Du måste definiera minst en leveransmetod.\nSe Inställningar -> Skicka.", ClassConfig, ""},
		{"En az bir gönderme ajanı tanımlamalısınız.Ayarlar->Gönderme kısmına bakınız.", ClassConfig, ""},
		// A refused send that may be the network, the settings or a quoted
		// reply: a catch-all, every locale.
		{"An error occured while sending the E-Mail. It might be a network\nproblem or an error in your sending preferences.", ClassUnknown, ""},
		{"Beim Versenden der EMail trat ein Fehler auf. Es könnte sich um ein Netz-\nwerkproblem oder einen Fehler in Ihren Versand-Einstellungen handeln.\nLetzter Response-Code des Servers:\n\n(%d) %@", ClassUnknown, ""},

		// mujmap: configuration, the password command and the identities.
		{"Could not read config file `/home/u/.config/mujmap/mujmap.toml': No such file or directory (os error 2)", ClassConfig, ""},
		{"Could not parse config file `mujmap.toml': missing field `username'", ClassConfig, ""},
		{"Can only specify one of `fqdn' or `session_url' in the same config", ClassConfig, ""},
		{"Must specify at least 1 for `concurrent_downloads'", ClassConfig, ""},
		{"`directory_separator' must not be empty", ClassConfig, ""},
		{"Could not execute password command: {}", ClassConfig, ""},
		{"Could not execute password command: No such file or directory (os error 2)", ClassConfig, ""},
		{"Password command exited with `{}': {}", ClassConfig, ""},
		{"Password command exited with `exit status: 2': gpg: decryption failed: No secret key", ClassConfig, ""},
		{"Could not decode password command output as utf-8", ClassConfig, ""},
		{"Could not sync mail: Could not open remote session: Could not get password from config: Could not execute password command: No such file or directory (os error 2)", ClassConfig, ""},
		{"Couldn't determine domain name from `username`", ClassConfig, ""},
		{"Session username doesn't match configured username: {}", ClassConfig, ""},
		{"Session username doesn't match configured username: alice@fastmail.com", ClassConfig, ""},
		{"No JMAP identities match sender `{}'", ClassConfig, ""},
		{"No JMAP identities match sender `bob@example.com'", ClassConfig, ""},
		{"Could not open session at {}: {}", ClassUnknown, ""},

		// Cone's libmail: connection, TLS and account URLs.
		{"Failed connecting to server.", ClassTransient, ""},
		{"Lost server connection.", ClassTransient, ""},
		{"Server connection unexpectedly shut down.", ClassTransient, ""},
		{"Server connection closed.", ClassTransient, ""},
		{"Server connection closed due to a timeout.", ClassTransient, ""},
		{"Server timed out.", ClassTransient, ""},
		{"Connection closed by remote host.", ClassTransient, ""},
		{"POP3 server connection closed.", ClassTransient, ""},
		{"Server does not support IMAP4rev1.", ClassConfig, ""},
		{"Invalid SMTP URL.", ClassConfig, ""},
		{"Invalid IMAP URL.", ClassConfig, ""},
		{"Invalid POP3 URL.", ClassConfig, ""},
		{"Invalid NNTP URL.", ClassConfig, ""},
		{"Invalid mail account URL.", ClassConfig, ""},
		{"SSL support not available.", ClassConfig, ""},
		{"SSL/TLS encryption not available.", ClassConfig, ""},
		{"Unable to establish a secure connection.", ClassConfig, ""},
		{"Login FAILED", ClassAuth, ""},

		// Look-alikes that keep their class.
		{"Unable to connect to the SMTP server: 535 5.7.8 Authentication credentials invalid", ClassAuth, ""},
		{"Could not open session at https://api.fastmail.com/jmap/session: status code 503", ClassTransient, ""},
		{"Invalid password for user joe", ClassAuth, ""},
		{"Username and password not accepted", ClassAuth, ""},
		{"Connection timed out", ClassTransient, ""},
		{"Invalid recipient address.", ClassRecipient, ""},
	})
}
