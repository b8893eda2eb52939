package classify

// SABnzbd, the Usenet downloader: the messages it returns and logs when
// sending a notification e-mail fails, in every language of its
// po/main/<locale>.po (sabnzbd/sabnzbd commit 5f933ddc; cs, da, de, es, fi,
// fr, he, it, nb, nl, pl, pt_BR, ro, ru, sr, sv, tr, zh_CN; en.po only
// corrects other English msgids). Every key is raised in sabnzbd/emailer.py
// send_email() (notifier.py sends no mail; it shares only "Cannot send,
// missing required data" for its push services):
//
//   - "Failed to connect to mail server": smtplib.SMTP_SSL() and then
//     smtplib.SMTP(), each with ehlo(), both raised: the server could not be
//     reached or did not greet (transient);
//   - "Failed to initiate TLS connection": starttls() or the EHLO after it
//     raised on a server that offered STARTTLS (config);
//   - login(): smtplib.SMTPHeloError ("The server didn't reply properly to the
//     helo greeting": transient), SMTPAuthenticationError ("Failed to
//     authenticate to mail server": auth), any other SMTPException, which
//     smtplib raises when the server offers no AUTH or no mechanism it
//     supports ("No suitable authentication method was found": config), and
//     the catch-all except Exception ("Unknown authentication failure in mail
//     server"): a socket error or a password smtplib cannot encode, never the
//     server's verdict on the password (unknown, a look-alike);
//   - sendmail(): the untranslated smtplib texts for SMTPRecipientsRefused
//     (recipient), SMTPSenderRefused (config) and SMTPDataError (rejected);
//     the catch-all "Failed to send e-mail" once those were caught (a
//     dropped connection, a timeout, an encoding error; the sentence names
//     no cause, unknown, no phrase: the same generic sentence of Dolibarr,
//     GLPI and Odoo is labelled unknown); close() raising ("Failed to close
//     mail connection", transient);
//   - "Cannot send, missing required data" (server, recipient or sender
//     setting empty) and, in send_with_template(), "No recipients given, no
//     email sent" (config).
//
// Each phrase is one translation, lower-cased, without its trailing full
// stop; SABnzbd appends no server reply. The comment above each group lists
// the locales whose text needed a phrase here; the others were already
// classified as labelled. testdata/catalogs/client_l10n_sabnzbd.jsonl holds
// every translation.

// sabnzbdEarlyRules come right after znunyEarlyRules, before languageRules:
// the catch-all look-alike and the refused login decide before the generic
// words "authentication failure" and "varmennus" (read as a refused login
// or a certificate setting), and the DATA refusal before "unexpected error".
var sabnzbdEarlyRules = []rule{
	{id: "l10n_sabnzbd_login_unknown", class: ClassUnknown, anyOf: p(
		// "Unknown authentication failure in mail server": en (the msgid;
		// round 33 holds a SABnzbd log line with it, so the catalog leaves it
		// out), cs, da, de, es, fi, fr, it, nl, pl, pt-br, tr, zh-cn
		"unknown authentication failure in mail server",
		"neznámá chyba přihlášení k poštovnímu serveru", "ukendt godkendelsesfejl i mailserver", "unbekannter authentifizierungsfehler des e-mail-servers",
		"se produjo un fallo de autenticación desconocido en el servidor de correo", "tuntematon varmennusvirhe sähköpostipalvelimelta",
		"échec d'authentification inconnu dans le serveur de messagerie", "errore di autenticazione sconosciuto nel server di posta",
		"onbekende authenticatiefout bij de e-mailserver", "uwierzytelnienie na serwerze pocztowym nie powiodło się z nieznanej przyczyny",
		"falha de autenticação desconhecida no servidor de e-mail", "e-posta sunucusunda bilinmeyen kimlik doğrulama hatası", "邮件服务器出现未知身份验证错误",
	),
		doc: "SABnzbd's catch-all after login(): a socket error or a password smtplib cannot encode, never the server's verdict on the credentials"},
	{id: "l10n_sabnzbd_login_refused", class: ClassAuth, anyOf: p(
		// "Failed to authenticate to mail server": es, fi, he, pt-br, ro, ru, sv, zh-cn
		"no se pudo autenticar con el servidor de correo", "postipalvelimen varmennus epäonnistui", "כישלון באימות שרת הדוא״ל",
		"falha ao autenticar com o servidor de e-mail", "autentificare server mail nereuşită", "ошибка входа на почтовый сервер",
		"autentisering till mailserver misslyckades", "无法在邮件服务器上验证身份",
	),
		doc: "SABnzbd says in the owner's language that the SMTP server refused the login (smtplib.SMTPAuthenticationError)"},
	{id: "l10n_sabnzbd_data_refused", class: ClassRejected, anyOf: p(
		// "The server replied with an unexpected error code (other than a refusal of a recipient).": en
		"the server replied with an unexpected error code (other than a refusal of a recipient)",
	),
		doc: "SABnzbd's untranslated text for smtplib.SMTPDataError: the server refused the message at DATA"},
}

// sabnzbdRules come right after phpmailerRules: SABnzbd's sentences name the
// failure and decide before the generic connection and TLS words of the
// later rules.
var sabnzbdRules = []rule{
	{id: "l10n_sabnzbd_connect_failed", class: ClassTransient, anyOf: p(
		// "Failed to connect to mail server": cs, da, de, fi, he, nb, pt-br, ro, sr, sv
		"připojení k poštovnímu serveru se nezdařilo", "det lykkedes ikke at tilslutte mailserver",
		"verbindung zum mail-server konnte nicht hergestellt werden", "postipalvelimeen yhdistäminen epäonnistui", "כישלון בהתחברות אל שרת דוא״ל",
		"kunne ikke koble til mailserver", "falha ao conectar ao servidor de e-mail", "conectare server mail nereuşită",
		"неуспешно привезивање на сервер е-поште", "det gick inte att ansluta till mailserver",
	),
		doc: "SABnzbd could not open the SMTP connection (SSL and plain both failed), before any login"},
	{id: "l10n_sabnzbd_starttls_failed", class: ClassConfig, anyOf: p(
		// "Failed to initiate TLS connection": en, cs, da, de, es, fi, fr, he, it, nb, nl, pl, pt-br, ro, sr, sv, tr
		"failed to initiate tls connection", "nezdařilo se inicializovat tls spojení", "det lykkedes ikke at initialisere tls tilslutning",
		"aufbau der tls-verbindung fehlgeschlagen", "no se pudo inicializar la conexión tls", "tls yhteyden aloittaminen epäonnistui",
		"échec de l'initialisation de la connexion tls", "כישלון ביזימת חיבור tls", "impossibile avviare la connessione tls",
		"kunne ikke starte tls-tilkobling", "tls-verbinding mislukt", "błąd połączenia tls", "falha ao iniciar a conexão tls",
		"iniţializare conexiune tls nereuşită", "неуспешна иницијализација tls везе", "det gick inte att initialisera tls anslutning",
		"tls bağlantı başlatılması başarısız oldu",
	),
		doc: "SABnzbd's STARTTLS (or the EHLO after it) failed: the connection's TLS setup"},
	{id: "l10n_sabnzbd_helo_refused", class: ClassTransient, anyOf: p(
		// "The server didn't reply properly to the helo greeting": en, da, de, es, fi, fr, it, nb, nl, pt-br, ro, sr, sv, tr, zh-cn
		"the server didn't reply properly to the helo greeting", "serveren svarede ikke korrekt til helo hilsen",
		"keine korrekte server-antwort auf den helo/ehlo-check", "el servidor no respondió adecuadamente al saludo helo",
		"palvelin ei vastannut oikein hello-pyyntöön", "le serveur n'a pas répondu correctement au protocole d'identification \"hello\"",
		"il server non ha risposto correttamente al saluto helo", "serveren svarte ikke ordentlig til helo hilsen",
		"de server reageerde niet op de 'helo'-begroeting", "o servidor não respondeu propriamente a chamada de reconhecimento",
		"serverul nu a răspuns în mod corect la cererea de inițiere", "server nije pravilno odgovorio na helo pozdrav",
		"servern svarade inte ordentligt till hälsningen", "sunucu, helo merhabasına gerektiği gibi cevap vermedi", "服务器未正确回复 helo 问候",
	),
		doc: "SABnzbd's text for smtplib.SMTPHeloError during login(): the server answered HELO/EHLO with an error, before the credentials"},
	{id: "l10n_sabnzbd_no_auth_method", class: ClassConfig, anyOf: p(
		// "No suitable authentication method was found": en, cs, da, he, nl, pl, pt-br, ro, sr, sv, tr, zh-cn
		"no suitable authentication method was found", "žádná použitelná autentizační metoda nenalezena", "ingen egnet godkendelsesmetode blev fundet",
		"שיטת אימות הולמת לא נמצאה", "geen geschikte authenticatiemethode gevonden", "nie znaleziono odpowiedniej metody uwierzytelnienia",
		"nenhum método de autenticação apropriado foi encontrado", "nu am găsit nici o metodă potrivită de autentificare",
		"nije pronađen odgovarajući metod autentifikacije", "ingen passande autentikationsmetod  hittades",
		"hiçbir uygun kimlik doğrulama yöntemi bulunamadı", "未找到合适的身份验证方法",
	),
		doc: "SABnzbd's text for any other smtplib.SMTPException of login(): no AUTH or no mechanism smtplib supports"},
	{id: "l10n_sabnzbd_close_failed", class: ClassTransient, anyOf: p(
		// "Failed to close mail connection": en, cs, da, es, fi, fr, he, it, nb, pt-br, ro, sr, sv, zh-cn
		"failed to close mail connection", "nezdařilo se uzavřít spojení pro mail", "det lykkedes ikke at lukke e-mail tilslutning",
		"no se pudo cerrar la conexión de correo", "sähköpostiyhteyden sulkeminen epäonnistui", "échec de la fermeture de la connexion à la messagerie",
		"כישלון בסגירת חיבור דוא״ל", "impossibile chiudere la connessione di posta", "kunne ikke stenge e-post-tilkobling",
		"falha ao fechar a conexão de e-mail", "închidere conexiune mail nereuşită", "неуспешно затварање везе е-поште",
		"det gick inte att stänga e-mail anslutning", "无法关闭邮件连接",
	),
		doc: "SABnzbd could not close the SMTP connection after sending"},
	{id: "l10n_sabnzbd_missing_settings", class: ClassConfig, anyOf: p(
		// "Cannot send, missing required data": en, cs, da, de, es, fi, fr, he, it, nb, nl, pl, pt-br, ro, sr, sv, tr, zh-cn
		"cannot send, missing required data", "nelze odeslat, chybějí požadovaná data", "kan ikke sende, mangler nødvendige data",
		"absenden nicht möglich, benötigte daten fehlen", "no se ha podido enviar, faltan datos", "ei voida lähettää, vaaditut tiedot ovat puutteelliset",
		"impossible d'envoyer, données requises manquantes", "לא ניתן לשלוח, נתונים דרושים חסרים", "impossibile inviare, dati richiesti mancanti",
		"kan ikke sendes, mangler nødvendig data", "versturen kan niet, vereiste gegevens ontbreken",
		"nie można wysłać wiadomości, brak wymaganych danych", "não foi possível enviar, faltam dados obrigatórios",
		"nu pot trimite, informații necesare lipsă", "nemoguće poslati, nedostaju obavezni podaci", "kunde inte skicka, saknar nödvändig data",
		"gönderilemez, eksik gerekli veri", "无法发送，缺少必要的数据",
	),
		doc: "SABnzbd's mail server, recipient or sender setting is empty: nothing was sent"},
	{id: "l10n_sabnzbd_no_recipients", class: ClassConfig, anyOf: p(
		// "No recipients given, no email sent": en, cs, da, de, es, fi, fr, he, it, nb, nl, pl, pt-br, ro, ru, sr, sv, tr, zh-cn
		"no recipients given, no email sent", "nebyli zadáni přijemci, žádný email neodeslán", "ingen modtagere givet, ingen e-mail sendt",
		"keine e-mail gesendet da keine empfänger angegeben", "sin destinatarios no se pudo enviar el email",
		"vastaanottajaa ei määritelty, sähköpostia ei lähetetty", "aucun destinataire déterminé, aucun email envoyé", "נמענים לא ניתנו, דוא״ל לא נשלח",
		"nessun destinatario fornito, nessuna email inviata", "ingen mottaker oppgitt, e-post ikke sendt",
		"geen geadresseerden opgegeven, e-mail niet verstuurd", "nie podano adresatów, wiadomość nie została wysłana",
		"nenhum destinário fornecido, e-mail não enviado", "destinatar necunoscut, niciun email trimis",
		"получатели не указаны. электронное письмо не отправлено", "нема примаоце, е-порука није послана",
		"ingen mottagare angiven, ingen e-post har skickats", "hiçbir alıcı girilmedi, hiçbir e-posta gönderilmedi", "未给定收件人，电子邮件未发出",
	),
		doc: "SABnzbd's email_to setting lists no recipient: nothing was sent"},
	{id: "l10n_sabnzbd_recipients_refused", class: ClassRecipient, anyOf: p(
		// "The server rejected ALL recipients (no mail was sent).": en
		"the server rejected all recipients (no mail was sent)",
	),
		doc: "SABnzbd's untranslated text for smtplib.SMTPRecipientsRefused: every RCPT TO refused"},
	{id: "l10n_sabnzbd_sender_refused", class: ClassConfig, anyOf: p(
		// "The server didn't accept the from_addr.": en
		"the server didn't accept the from_addr",
	),
		doc: "SABnzbd's untranslated text for smtplib.SMTPSenderRefused: MAIL FROM refused, the sender setup"},
}
