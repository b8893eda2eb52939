package classify

// Nextcloud Mail's own sentences for a refused login and its look-alikes, in
// every locale of nextcloud/mail (commit e5734fe2, l10n/<locale>.json; the
// English source is each translation's key), each phrase the distinctive
// fixed part of one published translation (without the "IMAP" or "SMTP"
// before or after it, so that one phrase serves both where the rest is the
// same):
//
//   - src/components/AccountForm.vue, when saving an account's settings
//     fails: lib/Exception/CouldNotConnectException.php's reason for the
//     Horde_Imap_Client_Exception picks the sentence. LOGIN_AUTHENTICATIONFAILED
//     gives "IMAP/SMTP username or password is wrong" ("Authentication
//     failed."), "IMAP/SMTP server denied authentication" ("Mail server
//     denied authentication.") or "IMAP/SMTP authentication error" (any
//     other message): auth. SERVER_CONNECT and SERVER_READERROR give
//     "IMAP/SMTP server is not reachable", any other failure "IMAP/SMTP
//     connection failed": transient;
//   - src/components/smime/SmimeCertificateModal.vue's "Failed to import the
//     certificate. Please check the password." (a PKCS #12 file's passphrase,
//     the client's own S/MIME setup): config, a look-alike.
//
// testdata/catalogs/client_l10n_apps.jsonl holds every translation; the
// comment above each group lists the locales whose text needed a phrase here
// (the other locales' texts were already classified as labelled).

// nextcloudRules come right after mailspringRules: a reply Nextcloud Mail
// quotes decides before its sentence, and the refused-login rule takes no
// text that also says temporary, later, network, connection or recipient.
var nextcloudRules = []rule{
	{id: "l10n_nextcloud_login_refused", class: ClassAuth, anyOf: p(
		// wrong-password ("IMAP username or password is wrong / SMTP username or password is wrong"): cs, et_EE, eu, fa, fi, ga, gl, hr, mn, nl, ro, sr, ug, uk, el
		"uživatelské jméno nebo heslo pro imap není správné", "i kasutajanimi või salasõna on valed", "erabiltzaile edo pasahitza txarto dago",
		"نام کاربری یا رمز عبور imap اشتباه است", "käyttäjätunnus tai -salasana on väärin", "tá ainm úsáideora nó pasfhocal imap mícheart",
		"o nome de usuario ou o contrasinal de imap son erróneos", "korisničko ime ili lozinka nisu ispravni", "хэрэглэгчийн нэр эсвэл нууц үг буруу байна",
		"gebruikersnaam of wachtwoord is niet juist", "parola sau numele utilizatorului pentru imap sunt eronate", "није исправно imap корисничко име или лозинка",
		"ئىشلەتكۈچى ئىسمى ياكى پارولى خاتا", "ім'я користувача або пароль imap неправильні", "uživatelské jméno nebo heslo pro smtp není správné",
		"το όνομα χρήστη ή ο κωδικός πρόσβασης smtp είναι λάθος", "kasutajanimi või salasõna on valed", "نام کاربری یا رمز عبور smtp اشتباه است",
		"tá ainm úsáideora nó pasfhocal smtp mícheart", "o nome de usuario ou o contrasinal de smtp son erróneos", "snmp gebruikersnaam of wachtwoord is niet juist",
		"parola sau numele utilizatorului pentru smtp sunt eronate", "није исправно smtp корисничко име или лозинка", "ім'я користувача або пароль smtp неправильні",
		// denied ("IMAP server denied authentication / SMTP server denied authentication"): cs, el, et_EE, fa, ga, hr, lt_LT, mn, sk, sv, ug, zh_HK, zh_TW
		"server odepřel ověření", "ο διακομιστής imap απέρριψε την πιστοποίηση", "i server keeldus autentimisest",
		"سرور imap احراز هویت را رد کرد", "diúltaíodh fíordheimhniú do fhreastalaí", "poslužitelj je odbio autentikaciju",
		"serveris atmetė autentifikavimą", "сервер нэвтрэлтийг татгалзлаа", "server imap zamietol autentifikáciu",
		"servern avvisar autentisering", "مۇلازىمېتىرى دەلىللەشنى رەت قىلدى", "伺服器拒絕驗證",
		"ο διακομιστής smtp απέρριψε την πιστοποίηση", "server keeldus autentimisest", "سرور smtp احراز هویت را رد کرد",
		"server smtp odmietol autentifikáciu",
		// auth-error ("IMAP authentication error / SMTP authentication error"): cs, de, de_DE, et_EE, fa, fr, ga, hr, it, ja, lt_LT, mn, nl, pl, pt_BR, pt_PT, sk, tr, ug, zh_HK, zh_TW
		"chyba imap ověřování", "authentifizierungsfehler", "i autentimisviga",
		"خطای احراز هویت", "erreur d'authentification", "earráid fíordheimhnithe",
		"pogreška imap autentikacije", "errore di autenticazione", "認証エラー",
		"autentifikavimo klaida", "нэвтрэлтийн алдаа", "authenticatie fout",
		"błąd uwierzytelniania", "erro de autenticação", "chyba autentifikácie",
		"kimlik doğrulama sorunu", "دەلىللەش خاتالىقى", "驗證錯誤",
		"chyba smtp ověřování", "autentimisviga", "pogreška smtp autentikacije",
		"snmp authenticatie fout",
	),
		noneOf: l10nClientNotRefused,
		doc:    "Nextcloud Mail says in the owner's language that the IMAP or SMTP server refused the username or password, or denied the authentication"},
	{id: "l10n_nextcloud_certificate_password", class: ClassConfig, anyOf: p(
		// smime-password ("Failed to import the certificate. Please check the password."): ast, ca
		"nun se pue importar el certificáu. comprueba la contraseña", "no s'ha pogut importar el certificat. comproveu la contrasenya",
	),
		doc: "Nextcloud Mail says in the owner's language that an S/MIME certificate could not be imported with the password given: the client's own certificate setup, not the mailbox's password"},
}

// nextcloudConnectionRules come right after fairEmailConnectionRules: a
// refused login, a TLS failure or a limit that the text also names decides
// first.
var nextcloudConnectionRules = []rule{
	{id: "l10n_nextcloud_unreachable", class: ClassTransient, anyOf: p(
		// not-reachable ("IMAP server is not reachable / SMTP server is not reachable"): en, ar, bg, ca, cs, da, de, de_DE, el, es, et_EE, eu, fa, fi, ga, gl, hr, hu, is, it, ja, ko, lt_LT, mk, mn, nb, nl, ro, sk, sl, sr, sv, tr, ug, uk
		"server is not reachable", "خادم imap لا يمكن الوصول إليه", "сървърът не е достъпен",
		"no es pot accedir al servidor", "server není dosažitelný", "server er ikke tilgængelig",
		"server ist nicht erreichbar", "ο διακομιστής imap δεν είναι προσβάσιμος", "no es posible conectarse al servidor",
		"i server pole leitav", "zerbitzaria ezin da atzitu", "سرور imap قابل دسترسی نیست",
		"palvelin ei ole tavoitettavissa", "níl an freastalaí imap insroichte", "non é posíbel acceder ao servidor",
		"poslužitelj nije dostupan", "kiszolgáló nem érhető el", "ekki næst í imap-þjóninn",
		"il server imap non è raggiungibile", "サーバーにアクセスできません", "서버에 연결할 수 없음",
		"serveris yra nepasiekiamas", "серверот не е достапен", "сервер холбогдох боломжгүй байна",
		"serveren er ikke tilgjengelig", "server is niet bereikbaar", "serverul imap nu poate fi contactat",
		"server nie je dostupný", "strežnik imap ni dosegljiv", "не може да се дође до imap сервера",
		"servern svarar inte", "sunucusuna erişilemiyor", "مۇلازىمېتىرىغا يەتكىلى بولمايدۇ",
		"сервер imap недоступний", "خادم smtp لا يمكن الوصول إليه", "smtp imap сървърът не е достъпен",
		"el servidor smtp no és accessible", "ο διακομιστής smtp δεν είναι προσβάσιμος", "server pole leitav",
		"سرور smtp قابل دسترسی نیست", "níl an freastalaí smtp insroichte", "ekki næst í smtp-þjóninn",
		"il server smtp non è raggiungibile", "de snmp server is niet bereikbaar", "serverul smtp nu poate fi contactat",
		"strežnik smtp ni dosegljiv", "не може да се дође до smtp сервера", "مۇلازىمېتىرغا يەتكىلى بولمايدۇ",
		"сервер smtp недоступний",
		// connection-failed ("IMAP connection failed / SMTP connection failed"): bg, ca, cs, da, de, de_DE, el, es, es_EC, es_MX, fi, fr, ga, gl, hu, ja, ko, lt_LT, mk, mn, nb, nl, pl, ro, sk, sl, sv, ug, uk, zh_CN
		"връзката прекъсна", "la connexió imap ha fallat", "vytvoření imap připojení se nezdařilo",
		"forbindelse mislykkedes", "verbindung fehlgeschlagen", "η σύνδεση imap απέτυχε",
		"la conexión imap ha fallado", "falló la conexión", "yhteys epäonnistui",
		"échec de la connexion", "theip ar cheangal", "produciuse un fallo na conexión",
		"kapcsolódás sikertelen", "接続が失敗しました", "연결 실패",
		"ryšys patyrė nesėkmę", "неуспешна imap врска", "холболт амжилтгүй боллоо",
		"tilkobling feilet", "verbinding mislukt", "połączenie imap nie powiodło się",
		"conectarea la imap a eșuat", "pripojenie k imap zlyhalo", "povezava imap je spodletela",
		"anslutning misslyckades", "ئۇلىنىشى مەغلۇپ بولدى", "помилка підключення",
		"连接失败", "la connexió smtp ha fallat", "vytvoření smtp připojení se nezdařilo",
		"η σύνδεση smtp απέτυχε", "la conexión smtp ha fallado", "неуспешна smtp врска",
		"połączenie smtp nie powiodło się", "conectarea la smtp a eșuat", "pripojenie k smtp zlyhalo",
	),
		doc: "Nextcloud Mail says in the owner's language that the IMAP or SMTP server could not be reached or the connection failed"},
}
