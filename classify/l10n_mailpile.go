package classify

// Mailpile, the self-hosted webmail client (mailpile/Mailpile): its own
// sentences when connecting a mailbox or a sending route fails, and the
// look-alikes about Mailpile's own password and GnuPG key passphrases, in
// every language the repository has shipped. Code and English source read in
// release/1.0 commit 229a9a0a (the newest commit that ships translations;
// master 741e610f keeps only mailpile.pot): mailpile/mail_source/imap.py,
// mail_source/pop3.py, smtp_client.py, conn_brokers.py, auth.py,
// plugins/setup_magic.py and the default theme's templates;
// shared-data/locale/<locale>/LC_MESSAGES/mailpile.po of that commit (de,
// en_GB, es_ES, is, nb_NO, pl, sq), of e1c18614 for fr, nl_NL and uk, and of
// 5ecd2ca1 for the locales the 2019 translation cut-offs removed (da_DK,
// el_GR, fr_FR, hr, ja, lt, nl_BE, pt_BR, ru_RU, sv, zh_CN; ar translates none
// of these keys). Where the code raises each key:
//
//   - mail_source/imap.py _connect_imap(): LOGIN refused ("Invalid username or
//     password", error type 'auth'; the UI asks for the mailbox password):
//     auth; on the OAuth2 path no fresh token from the stored grant or
//     AUTHENTICATE XOAUTH2 refused ("Access denied by mail server", type
//     'oauth2'; the UI offers "grant access"): revoked; STARTTLS failed or
//     ssl errors ("Failed to make a secure TLS connection"): config; TimedOut
//     ("Connection timed out"), IOError/socket.error ("A network error
//     occurred") and IMAP4.error ("An IMAP protocol error occurred"):
//     transient. ImapMailbox: UID SEARCH failed ("Failed to list mailbox
//     contents"), UIDVALIDITY changed ("Mailbox is out of sync"); the IMAP
//     browser with no connection ("Not connected to IMAP server."): transient;
//   - mail_source/pop3.py _open_pop3_mailbox(): AccessError on USER/PASS
//     (auth), ssl errors (config), IOError (transient), with the same keys;
//   - smtp_client.py SendMail(): connect/EHLO failed ("Failed to connect to
//     %s"): transient; ssl errors: config; SMTPAuthenticationError: auth;
//     credentials that cannot be encoded ("Bad character in username or
//     password"): auth; OAuth2 with no token: revoked; RCPT TO refused
//     ("Server rejected recipient: %s"): recipient;
//   - conn_brokers.py: the network log's "Failed to connect to %s: %s" with
//     the socket error (already classified by its words);
//   - plugins/setup_magic.py: the probe's "Login failed" and the account
//     form's "Failed to log in, check the username and password" (auth), the
//     form's "Failed to detect settings, manual configuration required"
//     (config), the route test's "Route is not working" (transient);
//   - crypto/tls/getcert/index.html, opened by a 'tls' error: the certificate
//     did not validate (config);
//   - look-alikes (unknown): auth.py Authenticate ("Invalid password, please
//     try again"), auth/shared.html ("Oops, wrong password. Try again?"),
//     auth.py SetPassword ("Password incorrect! Try again?"),
//     setup/password/index.html ("Password incorrect! Try again..."),
//     setup_magic.py ("Passwords did not match! Please try again."),
//     app.py/core.py ("Failed to decrypt configuration, please log in!"): the
//     password of Mailpile itself; thread_message_cryptofail.html ("Password
//     incorrect?  Try again!"): a GnuPG key's passphrase.
//
// Each phrase is the fixed text of one translation, lower-cased, without its
// closing punctuation and without the host or address the code puts in (the
// recipient sentence keeps the colon before the address, so that Odoo's
// longer test-recipient sentence with the same opening is not read). The
// comment above each group lists the locales whose text needed a phrase;
// the other locales' texts were already classified as labelled.
// testdata/catalogs/client_l10n_mailpile.jsonl holds every translation.

// mailpileEarlyRules come right after frappeEarlyRules, before
// languageRules and textRules: the look-alikes' whole sentences decide
// before the generic words in them ("wrong password") call them a refused
// login. Mailpile's plainer sentences about its own password or a PGP
// key's ("Invalid password, please try again", "Password incorrect! Try
// again?") are any login form's words: a mailbox connection that says them
// is a refused login, so they wait in
// testdata/catalogs/pending/client_l10n_mailpile_pending.jsonl.
var mailpileEarlyRules = []rule{
	{id: "l10n_mailpile_own_password", class: ClassUnknown, anyOf: p(
		// "Oops, wrong password. Try again?": en, de, es_ES, is, nb_NO, sq, fr, nl_NL, uk, lt
		"oops, wrong password. try again", "upps, falsches passwort. erneut versuchen",
		"uups, contraseña incorrecta. ¿intentar de nuevo", "úbbs, rangt lykilorð. reyna aftur", "oida, feil passord. prøv igjen",
		"hëm, fjalëkalim i gabuar. të riprovohet", "oups, le mot de passe est erroné. ressayer",
		"oeps, ongeldig wachtwoord. opnieuw proberen", "отакої, неправильний пароль. спробувати ще раз",
		"oi, neteisingas slaptažodis. bandyti dar kartą",
		// "Passwords did not match! Please try again.": en
		"passwords did not match! please try again",
		// "Failed to decrypt configuration, please log in!": ja, pt_BR, zh_CN
		"設定の復号化に失敗しました。ログインしてください", "falha ao descriptografar configuração, faça o login", "解密配置失败，请登录",
	),
		doc: "Mailpile tells its user in their language that the password of Mailpile itself was wrong (its login page, the unlock of a stored account password, the password change, the setup's confirmation) or that they must log in to Mailpile to decrypt its configuration: the product's own password, no mailbox"},
}

// mailpileRules come right after frappeRules: the product's sentences name
// the failure and quote no server reply (only a recipient's address), and
// decide before the generic connection words of the later rules (a German
// "Verbindung ... fehlgeschlagen", a Polish "nie udało się ... połączenia").
var mailpileRules = []rule{
	{id: "l10n_mailpile_oauth_access_denied", class: ClassRevoked, anyOf: p(
		// "Access denied by mail server": en, de, es_ES, is, nb_NO, pl, sq, fr, nl_NL, uk, lt, pt_BR, ru_RU
		"access denied by mail server", "zugriff wurde vom e-mail server verweigert", "acceso denegador por el servidor de correo",
		"aðgangi hafnað af póstþjóni", "tilgang nektet av e-posttjeneren", "dostęp wzbroniony przez serwer mail",
		"hyrje e mohuar nga shërbyesi i postës", "l’accès a été refusé par le serveur de courriel",
		"toegang geweigerd door mailserver", "поштовий сервер відмовив у доступі", "pašto serveris uždraudė prieigą",
		"acesso negado pelo servidor de e-mail", "почтовый сервер отказал в доступе",
	),
		doc: "Mailpile says in the owner's language that the mail server denied access on its OAuth2 path (no fresh access token from the stored grant, or XOAUTH2 refused) and offers to grant access again: the grant no longer works"},
	{id: "l10n_mailpile_login_refused", class: ClassAuth, noneOf: p(
		// ru_RU "Вход не удался" stands inside another client's offline notice
		// ("Нет соединения с интернетом, вход не удался."): no login was tried
		"нет соединения с интернетом",
	), anyOf: p(
		// "Invalid username or password": es_ES, nb_NO, da_DK, el_GR, sv
		"nombre de usuario o contraseña errónea", "ugyldig brukernavn eller passord", "ugyldigt brugernavn eller kodeord",
		"λάθος όνομα χρήστη ή κωδικός", "ogiltigt användarnamn eller lösenord",
		// "Bad character in username or password": es_ES, is, nb_NO, pl, sq, uk, da_DK, el_GR, hr, lt, ru_RU
		"caracter erróneo en nombre de usuario o contraseña", "ógildur stafur í notendanafni eða lykilorði",
		"dårlig tegn i brukernavn eller passord", "nieprawidłowe znaki w nazwie użytkownika lub haśle",
		"shenjë e papërdorshme në emër përdoruesi ose fjalëkalim", "недопустимий символ в логіні або паролі",
		"ugyldige tegn i brugernavn eller adgangskode", "λάθος \"χαρακτήρας\" στο όνομα χρήστη ή στον κωδικό",
		"pogrešan znak u korisničkom imenu ili lozinci", "blogas simbolis naudotojo varde ar slaptažodyje",
		"неверный символ в имени пользователя или пароле",
		// "Login failed": es_ES, pl, ru_RU
		"fallo al iniciar sesión", "logowanie nie udało się", "вход не удался",
		// "Failed to log in, check the username and password": fr, el_GR, fr_FR
		"échec de connexion. vérifiez le nom d’utilisateur et le mot de passe",
		"αποτυχία σύνδεσης, έλεγξε το όνομα χρήστη ή τον κωδικό",
		"échec de connexion. vérifiez le nom d'utilisateur et le mot de passe",
	),
		doc: "Mailpile says in the owner's language that the IMAP, POP3 or SMTP server refused the username and password, or that the stored credentials cannot be sent at all: the owner must enter them again"},
	{id: "l10n_mailpile_tls", class: ClassConfig, anyOf: p(
		// "Failed to make a secure TLS connection": en, de, es_ES, is, nb_NO, pl, sq, fr, nl_NL, uk, lt, pt_BR, ru_RU
		"failed to make a secure tls connection", "sichere tls-verbindung fehlgeschlagen", "no se pudo crear una conexión tls segura",
		"tókst ekki að koma á öruggu tls-sambandi", "klarte ikke å opprette sikker tls-tilknytning",
		"nie udało się stworzyć bezpiecznego połączenia tls", "dështoi vendosja e një lidhjeje të sigurt tls",
		"échec d’établissement d’une connexion tls sécurisée", "opzetten van veilige tls-verbinding mislukt",
		"не вдалося створити безпечне з'єднання tls", "nepavyko užmegzti saugaus tls ryšio",
		"falha ao realizar uma conexão tls segura", "ошибка создания tls соединения",
		// "The identity of the remote server ({H}) could not be verified.": de, es_ES, nb_NO, pl, sq, fr, uk
		"die identität des remote-servers", "no se pudo verificar la identidad del servidor remoto",
		"identiteten til tjeneren annensteds hen", "tożsamość zdalnego serwera", "identiteti i shërbyesit të largët",
		"l’identité du serveur distant", "неможливо перевірити ідентифікацію віддаленого сервера",
		// "Not valid for this server, issued to {S}.": en, de, es_ES, nb_NO, pl, sq, fr, uk
		"not valid for this server, issued to", "ist nicht gültig für diesen server, gemeldet an",
		"no válido para este servidor, emitido para", "ikke gyldig for denne tjeneren, utstedt til",
		"nieprawdiłowa dla tego serwera, wydany dla", "jo e vlefshme për këtë shërbyes, lëshuar për",
		"invalide pour ce serveur, émise pour", "недійсний для цього сервера, виданий для",
		// "Could not be validated against known Certificate Authorities.": de, sq, uk
		"konnte nicht anhand bekannter zertifizierungsstellen validiert werden", "s’u vleftësua dot nga autoritete të njohur dëshmish",
		"неможливо перевірити відомості про відомі сертифікаційні установи",
		// "Invalid TLS Certificate": sq
		"dëshmi tls e pavlefshme",
		// "TOFU failed; certificate hasn't been seen before.": sq
		"tofu dështoi; dëshmia s’është parë herë tjetër",
	),
		doc: "Mailpile says in the owner's language that the secure TLS connection to the mail server failed or that its certificate did not validate (wrong name, unknown authority, no exception): the security setting or certificate, not the credentials"},
	{id: "l10n_mailpile_detect_failed", class: ClassConfig, anyOf: p(
		// "Failed to detect settings, manual configuration required": en, de, es_ES, nb_NO, pl, sq, fr, nl_NL, uk, da_DK, el_GR, hr, ja, lt, pt_BR, ru_RU, zh_CN
		"failed to detect settings, manual configuration required",
		"automatische erkennung fehlgeschlagen, manuelle einrichtung nötig",
		"fallo al detectar configuración, se requiere configuración manual",
		"kunne ikke oppdage innstillinger, manuelt oppsett påkrevd", "nie udało się wyszukać ustawień, potrzeba ustawić manualnie",
		"zbulimi i rregullimeve dështoi, lypset formësim dorazi",
		"échec de détection des paramètres. une configuration manuelle est nécessaire",
		"detecteren van instellingen mislukt, handmatige configuratie vereist",
		"не вдалося визначити налаштування, необхідна ручна конфігурація",
		"kunne ikke finde indstillingerne automatisk, manuel opsætning er nødvendig",
		"αποτυχία εντοπισμού των ρυθμίσεων, θα χρειαστεί χειροκίνητη ρύθμιση",
		"nije uspjelo otkrivanje postavki, ručno konfiguriranje zahtjevano", "設定を検出できませんでした。手動設定が必要です",
		"nepavyko aptikti nustatymų, reikalingas rankinis konfigūravimas",
		"falha ao detectar as configurações, é necessário configurar menualmente",
		"не удалось определить параметры, требуется ручная настройка", "检测设置失败，需要手动配置",
	),
		doc: "Mailpile's account setup says in the owner's language that it could not detect the server settings and they must be entered by hand"},
	{id: "l10n_mailpile_recipient_refused", class: ClassRecipient, anyOf: p(
		// "Server rejected recipient: %s": en, de, es_ES, is, nb_NO, pl, sq, fr, nl_NL, uk, da_DK, hr, ja, lt, ru_RU, sv, zh_CN
		"server rejected recipient:", "empfänger abgewiesen:", "el servidor rechazó el destinatario:", "þjónn hafnaði móttakanda:",
		"tjener avslo mottaker:", "serwer odrzucił odbiorcę:", "shërbyesi hodhi tej marrësin:",
		"le serveur a rejeté le destinataire :", "ontvanger geweigerd door server:", "сервер відмовив отримувачу:",
		"server afviste modtager:", "poslužitelj je odbio primatelja:", "サーバーが受信者を拒否しました:", "serveris atmetė gavėją:",
		"сервер отклонил получателя:", "server avfärdade mottagare:", "服务器拒绝收件人：",
	),
		doc: "Mailpile says in the owner's language that the SMTP server refused a recipient (RCPT TO not answered with 250)"},
	{id: "l10n_mailpile_mailbox_unreadable", class: ClassTransient, anyOf: p(
		// "An IMAP protocol error occurred": en, de, es_ES, is, nb_NO, pl, sq, fr, nl_NL, uk, da_DK, hr, ja, lt, nl_BE, pt_BR, ru_RU, sv, zh_CN
		"an imap protocol error occurred", "es ist ein fehler beim imap-protokoll aufgetreten", "sucedió un error de protocolo imap",
		"imap samskiptavilla kom upp", "en imap-protokollfeil har oppstått", "wystąpił błąd protokołu imap",
		"ndodhi një gabim protokolli imap", "une erreur de protocole imap est survenue", "er trad een imap-protocol fout op",
		"сталася помилка протоколу imap", "en imap-protokolfejl opstod", "dogodila se greška imap-a", "imap プロトコルエラーが発生しました",
		"įvyko imap protokolo klaida", "er trad een imap-protocolfout op", "aconteceu um erro no protocolo imap",
		"произошла ошибка imap протокола", "ett imap protokollfel uppstod", "发生 imap 协议错误",
		// "Not connected to IMAP server.": en, es_ES, is, nb_NO, pl, sq, fr, nl_NL, uk, da_DK, hr, ja, lt, pt_BR, ru_RU, sv, zh_CN
		"not connected to imap server", "no está conectado a un servidor imap", "ekki tengdur imap þjóni",
		"ikke tilkoblet imap-tjener", "nie udało się połączyć z serwerem imap", "s’është lidhje te shërbyes imap",
		"non connecté au serveur imap", "niet verbonden met imap-server", "не підключено до серверу imap",
		"ikke forbundet til imap server", "nije spojeno na imap poslužitelj", "imap サーバーに接続されていません",
		"neprisijungta prie imap serverio", "não conectado ao servidor imap", "нет подключения к серверу imap",
		"inte ansluten till imap-server", "未连接到 imap 服务器",
		// "Failed to list mailbox contents": en, de, es_ES, is, nb_NO, pl, sq, fr, nl_NL, uk, da_DK, el_GR, fr_FR, hr, ja, nl_BE, pt_BR, ru_RU, sv, zh_CN
		"failed to list mailbox contents", "auflistung des postfachinhalts fehlgeschlagen", "no se pudo listar el contenido del buzón",
		"mistókst að telja upp innihald pósthólfs", "opplisting av postkasseinnhold mislyktes",
		"nie udało się wyświetlić zawartości skrzynki", "dështoi shfaqja e lëndës së kutisë postare",
		"échec de listage du contenu de la boîte de courriel", "postvak inhoud weergeven mislukt",
		"не вдалося отримати вміст поштової скриньки", "kunne ikke vise postkassens indhold",
		"απέτυχε η κατηγοριοποίηση των περιεχομένων του γραμματοκιβωτίου", "échec de listage du contenu de la boîte aux lettres",
		"nije uspjelo popisivanje sadržaja poštanskog sandučića", "メールボックスの内容のリストに失敗しました", "weergeven van postvakinhoud mislukt",
		"falha ao listar conteúdo da caixa de correio", "не удалось получить список содержимого почтового ящика",
		"misslyckades med att lista mailboxinnehåll", "邮箱列表失败",
		// "Mailbox is out of sync": en, de, es_ES, is, nb_NO, pl, sq, fr, nl_NL, uk, da_DK, el_GR, fr_FR, hr, ja, lt, pt_BR, ru_RU, sv, zh_CN
		"mailbox is out of sync", "postfach ist nicht synchronisiert", "buzón no sincronizado", "pósthólf er ekki samstillt",
		"e-postboks usynkronisert", "skrzynka pocztowa nie jest zsynchronizowana", "kutia postare s’është e njëkohësuar",
		"la boîte de courriel est désynchronisée", "postvak is gedesynchroniseerd", "поштова скринька не синхронізована",
		"postkasse er ude af synkronisering", "το γραμματοκιβώτιο αποσυγχρονιστηκε", "la boîte aux lettres est désynchronisée",
		"poštanski sandučić nije sinkroniziran", "メールボックスが同期されていません", "pašto dėžutė yra nesinchronizuota",
		"caixa de correio não está atualizada", "почтовый ящик не синхронизируется", "mailboxen är osynkad", "邮箱未同步",
	),
		doc: "Mailpile says in the owner's language that an IMAP protocol error occurred, that it is not connected to the IMAP server, that a remote folder could not be listed or that its UIDVALIDITY changed: the connection or folder this time, not the credentials"},
}

// mailpileConnectionRules come right after erpLateRules, before
// l10nConnectionRules: their phrases are the product's short connection
// sentences ("Failed to connect to %s", "A network error occurred",
// "Connection timed out", "Route is not working"), generic enough that every
// more specific rule, including a reply's code or words, should decide first.
var mailpileConnectionRules = []rule{
	{id: "l10n_mailpile_connect_failed", class: ClassTransient, anyOf: p(
		// "Failed to connect to %s": en, de, es_ES, nb_NO, pl, sq, nl_NL, da_DK, el_GR, hr, lt, pt_BR, sv
		"failed to connect to", "fehler beim verbinden zu", "no se pudo conectar a", "klarte ikke å koble til",
		"nie udało się połączyć z", "dështoi të lidhet te", "kon niet verbinden met", "kunne ikke forbinde til",
		"αποτυχία σύνδεσης σε", "nije uspjelo spajanje na", "nepavyko prisijungti prie", "falhou em se conectar em",
		"kunde inte ansluta till",
		// "A network error occurred": en, es_ES, is, nb_NO, pl, da_DK, el_GR, ru_RU, sv
		"a network error occurred", "sucedió un error de red", "villa í netsamskiptum kom upp", "en nettverksfeil har oppstått",
		"wystąpił błąd sieci", "en netværksfejl opstod", "προέκυψε σφάλμα δικτύου", "ошибка сети", "ett nätverksfel uppstod",
		// "Connection timed out": es_ES, nb_NO, sq, fr, nl_NL, uk, el_GR, hr, lt, pt_BR, sv
		"caducó el intento de conexión", "tidsavbrudd for tilkobling", "lidhjes i mbaroi koha",
		"la connexion est arrivée au bout de son délai", "verbindingstime-out", "тайм-аут підключення", "η σύνδεση έληξε",
		"veza je istekla", "baigėsi ryšiui skirtas laikas", "tempo de conexão esgotado", "anslutning avbröts",
		// "Route is not working": en, de, es_ES, is, nb_NO, pl, sq, fr, nl_NL, uk, da_DK, el_GR, hr, ja, pt_BR, ru_RU, sv, zh_CN
		"route is not working", "route funktioniert nicht", "la ruta no está funcionando", "leið virkar ekki", "ruten fungerer ikke",
		"ścieżka nie pracuje", "udha s’po funksionon", "la route ne fonctionne pas", "route werkt niet", "марштур не працює",
		"rute virker ikke", "η διαδρομή δεν δουλεύει", "ruta ne radi", "ルートは動作していません", "roteador não está trabalhando",
		"маршрут не работает", "rutt fungerar inte", "路由不能工作",
	),
		doc: "Mailpile says in the owner's language that it could not connect to the mail server, that a network error occurred, that the connection timed out, or that the outgoing route's test failed: connection trouble"},
	{id: "l10n_mailpile_connect_failed_zh", class: ClassTransient, allOf: p(
		// "Failed to connect to %s": zh_CN "连接到 %s 失败", the two fixed parts around the host
		"连接到 ", " 失败",
	),
		doc: "Mailpile says in Chinese that it could not connect to the SMTP server (\"连接到 %s 失败\", the host between the two parts): connection trouble"},
}
