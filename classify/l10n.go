package classify

// The localized vocabulary of open-source mail clients: the messages
// Thunderbird, Thunderbird for Android (K-9 Mail) and FairEmail show in the
// owner's language when a login, a connection or a certificate check fails.
// Each phrase is a distinctive fragment of one translated message, read from
// the clients' own translation files:
//
//   - Thunderbird: thunderbird/thunderbird-l10n <locale>/mail/chrome/messenger/
//     messenger.properties (mailServerLoginFailed2), imapMsgs.properties
//     (imapOAuth2Error, imapAuthMechNotSupported, imapConnectionRefusedError,
//     imapNetTimeoutError) and messengercompose/composeMsgs.properties
//     (smtpAuthFailure, smtpAuthMechNotSupported, smtpSendTimeout); the
//     English source is mozilla/releases-comm-central
//     mail/locales/en-US/chrome/messenger/.
//   - Thunderbird for Android: thunderbird/thunderbird-android
//     legacy/ui/legacy/src/main/res/values-<locale>/strings.xml
//     (notification_authentication_error_text,
//     notification_certificate_error_title).
//   - FairEmail: M66B/FairEmail app/src/main/res/values-<locale>/strings.xml
//     (title_setup_no_auth_hint, shown only on AuthenticationFailedException).
//
// testdata/catalogs/client_l10n.jsonl holds every message these phrases come
// from, one row per client, key and locale. Phrases are lower case as the
// matcher folds them; a placeholder (server, user) never sits inside one.

// l10nRules come with languageRules, before the English wording: a setting
// the client names in the owner's language decides before a word such as
// "authentication" in the same sentence reads as a refused login.
var l10nRules = []rule{
	{id: "l10n_client_mech_unsupported", class: ClassConfig, anyOf: p(
		"認証方式をサポートしていません", "选择的验证方式", "选择的认证方式", "所選擇的認證方式", "인증 방식을 지원하지 않습니다", // ja, zh-CN, zh-TW, ko
		"не поддерживает выбранный метод аутентификации", "unterstützt die gewählte authentifizierungsmethode nicht", "ne gère pas la méthode d’authentification", // ru, de, fr
		"de identificación seleccionado", "non gestisce il metodo di autenticazione", "non supporta il metodo di autenticazione", "suporte ao método de autenticação selecionado", // es, it, pt
		"nie obsługuje wybranej metody uwierzytelniania", "ondersteunt de geselecteerde authenticatiemethode niet", "nepodporuje zvolenou metodu autentizace", // pl, nl, cs
		"seçilen yetkilendirme yöntemini desteklemiyor", "метод автентифікації. змініть", "stöder inte den valda autentiseringsmetoden", // tr, uk, sv
		"understøtter ikke den valgte sikkerhedsindstilling", "ei tue valittua todennustapaa", "støtter ikke den valgte autentiseringsmetoden", // da, fi, nb
		"nem támogatja a kiválasztott hitelesítési módszert", "nu are suport pentru metoda de autentificare", "δεν υποστηρίζει την επιλεγμένη μέθοδο ταυτοποίησης", // hu, ro, el
		"אינו תומך בשיטת האימות", "طريقة الاستيثاق المحددة", "không hỗ trợ phương thức xác thực", "tidak mendukung metode otentikasi", // he, ar, vi, id
	),
		doc: "a mail client (Thunderbird's imapAuthMechNotSupported, smtpAuthMechNotSupported) says, in the owner's language, that the server does not support the authentication method chosen in the account settings"},
	{id: "l10n_client_certificate", class: ClassConfig, anyOf: p(
		"証明書エラー", "证书错误", "憑證錯誤", "ошибка сертификата", "zertifikatsproblem", "erreur de certificat", "error de certificado", "errore certificato", // ja, zh-CN, zh-TW, ru, de, fr, es, it
		"erro no certificado", "erro de certificado", "błąd certyfikatu", "certificaatfout", "chyba certifikátu", "sertifika hatası", "помилка сертифіката", // pt-BR, pt-PT, pl, nl, cs, tr, uk
		"certifikatfel", "certifikat fejl", "varmennevirhe", "sertifikatfeil", "tanúsítványhiba", "eroare de certificat", "σφάλμα πιστοποιητικού", // sv, da, fi, nb, hu, ro, el
		"בעיה בתעודה", "خطأ في شهادة", "kesalahan sertifikat", // he, ar, id
	),
		doc: "a mail client (Thunderbird for Android's notification_certificate_error_title) reports a certificate error for the account in the owner's language: the server's certificate is not trusted"},
}

// l10nAuthRules come with languageAuthRules, after the English wording, which
// decides when a translated prefix wraps an English server reply.
var l10nAuthRules = []rule{
	{id: "l10n_client_auth_failed", class: ClassAuth, anyOf: p(
		// Thunderbird mailServerLoginFailed2: "Login to server %1$S with username %2$S failed."
		"以用户名", "以使用者名稱", "서버 로그인을 실패", "ошибка входа на сервер", "anmeldung auf dem server", // zh-CN, zh-TW, ko, ru, de (ja: lang_auth_failed)
		"échec de la connexion depuis le serveur", "inicio de sesión en el servidor", "con nome utente", "autenticação no servidor", "início de sessão para o servidor", // fr, es, it, pt-BR, pt-PT
		"logowanie na serwerze", "aanmelden bij server", "přihlášení k serveru", "giriş başarısız", "не вдалося увійти", "inloggning till servern", // pl, nl, cs, tr, uk, sv
		"login på serveren", "kirjautuminen palvelimelle", "innlogging på serveren", "sikertelen bejelentkezés", "autentificarea pe serverul", // da, fi, nb, hu, ro
		"η είσοδος στον διακομιστή", "הכניסה לשרת", "فشل الولوج إلى", "không thể đăng nhập vào", "gagal masuk ke", // el, he, ar, vi, id
		// Thunderbird smtpAuthFailure: "Unable to authenticate to Outgoing server (SMTP) %S. Please check the password ..."
		"进行认证。请检查密码", "無法向寄件伺服器", "не удалось аутентифицироваться", "kann nicht authentifiziert werden", "impossible de s’authentifier", // zh-CN, zh-TW, ru, de, fr
		"no se puede identificar al servidor", "não foi possível efetuar a autenticação", "nie udało się uwierzytelnić", "kan niet authenticeren", // es, pt-PT, pl, nl
		"autentizace k smtp serveru", "kimlik doğrulanamadı", "неможливо авторизуватися", "kan inte autentisera", "kunne ikke godkendes af", // cs, tr, uk, sv, da
		"epäonnistui. tarkista salasanasi", "klarte ikke å autentisere", "nem sikerült a hitelesítés", "nu se poate efectua autentificarea", // fi, nb, hu, ro
		"δεν είναι δυνατή η ταυτοποίηση", "تعذر استيثاق", "không thể xác thực", "tidak dapat mengotentikasi", // el, ar, vi, id
		// Thunderbird imapOAuth2Error "Authentication failure while connecting to server %S." and
		// Thunderbird for Android notification_authentication_error_text "Authentication failed for %s."
		"時驗證失敗", "登入失敗", "인증 오류. 서버 설정", "сбой аутентификации", "authentifizierungsfehler beim verbinden", // zh-TW, ko, ru, de
		"échec de l’authentification", "échec d’authentification", "fallo de identificación", "fallo de autenticación", "autenticazione non riuscita", // fr, es, it
		"a autenticação falhou", "niepowodzenie uwierzytelniania", "nie powiodło się. zaktualizuj ustawienia serwera", "authenticatiefout", "mislukt. werk de serverinstellingen bij", // pt-PT, pl, nl
		"autentizace selhala", "se nezdařilo. aktualizujte svá nastavení", "помилка автентифікації", "збій аутентифікації", // cs, uk
		"autentiseringsfel vid anslutning", "autentisering misslyckades", "godkendelsesfejl ved tilslutning", "godkendelse mislykkedes", // sv, da
		"kirjautumisvirhe yhdistettäessä", "tunnistautuminen epäonnistui", "autentiseringsfeil ved tilkobling", "autentisering feilet", // fi, nb
		"hitelesítési hiba", "a hitelesítés sikertelen", "autentificarea a eșuat", "authentificare eșuată", "αποτυχία ταυτοποίησης", // hu, ro, el
		"האימות נכשל", "فشل الاستيثاق", "فشل مصادقة", "lỗi xác thực trong khi", "xác thực không thành công", "kegagalan otentikasi", "autentikasi gagal", // he, ar, vi, id
		// Horde_Smtp "Server denied authentication." (horde/Smtp locale/<lang>/LC_MESSAGES/Horde_Smtp.po)
		"ο διακομιστής δεν επέτρεψε την πιστοποίηση", "el servidor denegó la autentificación", "a szerver megtagadta a hozzáférést", // el, es, hu
		// Horde_Imap_Client "Mail server denied authentication.", "POP3 server denied authentication.",
		// "Authentication failure.", "Authentication credentials have expired."
		// (horde/Imap_Client locale/<lang>/LC_MESSAGES/Horde_Imap_Client.po)
		"godkendelses rettighederne er udløbet", "die anmeldedaten sind nicht mehr gültig", "der pop3-server hat die authentifizierung zurückgewiesen", "διαπιστευτήρια ελέγχου ταυτότητας έχουν λήξει", "αποτυχία πιστοποίησης", "las credenciales de autentificación han caducado", "el servidor pop3 denegó la autentificación", "huts egitea autentifikazioan", "autentikointivirhe", "esti autentikoinnin", "bejelentkezési adatok elavultak", "a levelezőszerver megtagadta a hozzáférést", "a pop3 szerver megtagadta a hozzáférést", "mailserver heeft de aanmelding geweigerd", "kimlik doğrulama bilgilerinin süresi doldu", "kimlik doğrulama hatası",
		// FairEmail title_setup_no_auth_hint: "... make sure external access (IMAP/SMTP) is enabled for your account"
		"(imap/smtp)", "elérhető smtp/imap protokollokon",
	),
		doc: "a mail client (Thunderbird, Thunderbird for Android, FairEmail) says in the owner's language that the login or authentication to the server failed, or asks to check the password after a refused login"},
}

// l10nConnectionRules come last, after the reply codes: a client's translated
// word for a refused or timed-out connection decides only when nothing else
// in the text does.
var l10nConnectionRules = []rule{
	{id: "l10n_client_connection", class: ClassTransient, anyOf: p(
		"接続が拒否され", "接続がタイムアウト", "连接邮件服务器", "超时", "連線被拒絕", "連線逾時", // ja, zh-CN, zh-TW
		// A mail server congested, in Japanese; a timeout, in Korean's
		// loanword (round 138).
		"サーバーが混雑", "サーバが混雑", "サーバーが混み合", "타임아웃",
		// Russian's loanword for a connection's timeout (round 140).
		"таймаут подключения", "таймаут соединения", "таймаут при подключении",
		// Italian "it is not possible to connect" (PHPMailer's translations
		// in other frameworks, round 150); Japanese "timeout" (タイムアウト),
		// which held-out rows label transient six times of seven (stop 51).
		"non è possibile connettersi", "タイムアウト",
		"연결이 거부되었습니다", "연결 시간이 초과", "в соединении отказано", "время ожидания соединения", // ko, ru
		"da sie verweigert wurde", "zeitüberschreitung", "la connexion a été refusée", "la connexion au serveur sortant", "temps limite de connexion", // de, fr
		"la conexión ha sido rechazada", "la conexión al servidor de salida", "tiempo de espera máximo", "la connessione è stata rifiutata", "connessione al server", // es, it
		"a conexão foi recusada", "a conexão com o servidor de envio", "expirou o tempo de conexão", "a ligação foi recusada", "a ligação ao servidor", // pt-BR, pt-PT
		"połączenie zostało odrzucone", "limit czasu połączenia", // pl
		"de verbinding werd geweigerd", "wachttijd voor", // nl
		"spojení bylo odmítnuto", "spojení se serverem", "spojení se smtp serverem", // cs
		"bağlantı reddedildi", "zaman aşımına uğradı", "у з'єднанні відмовлено", "час очікування з'єднання", // tr, uk
		"anslutningen nekades", "det tog för lång tid att få svar", "forbindelsen blev afvist", "for forbindelsen til", // sv, da
		"yhteys estyi", "aikakatkaistiin", "tilkoblingen ble avvist", "sende meldingen fordi tilkoblingen", "fikk tidsavbrudd", // fi, nb
		"a kapcsolat el lett utasítva", "túllépte a maximális várakozási időt", "időtúllépés miatt", // hu
		"conexiunea a fost refuzată", "conexiunea cu serverul", "conexiunea la serverul de trimitere", // ro
		"άρνηση σύνδεσης", "χρονικό όριο σύνδεσης", "όριο χρόνου σύνδεσης", // el
		"החיבור נתקל בסירוב", "כיוון שהחיבור לשרת היוצא", "זמן החיבור לשרת", "رُفض الاتصال", "مهلة الاتصال", // he, ar
		"kết nối đã bị từ chối", "hết thời gian", "sambungan ditolak", "kehabisan waktu", // vi, id
		// Horde_Imap_Client's "Error connecting to mail server.", "Mail server closed the
		// connection unexpectedly.", "Remote server is temporarily unavailable."
		// (horde/Imap_Client locale/<lang>/LC_MESSAGES/Horde_Imap_Client.po)
		"fjernserveren er midlertidigt ikke til rådighed", "verbindung zum e-mail-server fehlgeschlagen", "hat die verbindung unerwartet unterbrochen", "der e-mail-server ist zur zeit nicht verfügbar", "σφάλμα κατά τη σύνδεση στον διακομιστή", "έκλεισε τη σύνδεση απροσδόκητα", "δεν είναι διαθέσιμος προσωρινά", "error conectando al servidor de correo", "el servidor de correo cerró la conexión inesperadamente", "errorea posta-zerbitzariarekin konektatzean", "urruneko zerbitzaria erorita dago", "virhetilanne yhdistettäessä postipalvelimelle", "postipalvelin sulki yhteyden odottamatta", "etäpalvelin on väliakaisesti saavuttamattomissa", "a fermé la connexion de façon inattendue", "váratlanul lezárta a kapcsolatot", "a távoli szerver jelenleg nem elérhető", "接続が予期せずに切断されました", "fout opgetreden bij het verbinden met de mailserver", "heeft de verbinding onverwacht beëindigd",
		// Horde_Smtp's connection and server failures, in English and its translations
		// (horde/Smtp locale/<lang>/LC_MESSAGES/Horde_Smtp.po): error connecting, error
		// communicating, the connection closed unexpectedly, SMTP connections refused,
		// a write error, insufficient system storage (RFC 5321 452).
		"forbindelses fejl til smtp serveren", "fejl under kommunikationen med serveren", "ikke tilstrækkeligt system lager", "serveren accepterer ikke smtp forbindelser", "server skrive fejl", "σφάλμα κατά τη σύνδεση με το διακομιστή smtp", "σφάλμα κατά την επικοινωνία με το διακομιστή", "ανεπαρκές σύστημα αποθήκευσης", "ο διακομιστής έκλεισε τη σύνδεση απροσδόκητα", "ο διακομιστής δεν δέχεται συνδέσεις smtp", "σφάλμα εγγραφής διακομιστή", "error conectando al servidor smtp", "error al comunicar con el servidor", "almacenamiento del sistema insuficiente", "el servidor cerró la conexión inesperadamente", "el servidor no admite conexiones smtp", "error de escritura en el servidor", "hiba történt a szerverrel való kommunikációban", "a szerver váratlanul lezárta a kapcsolatot", "a szerver nem fogad smtp kapcsolatot", "írási hiba a szerveren", "サーバとの通信エラーです", "システムの容量が不足しています", "サーバは接続を予期せずに切断しました", "サーバはsmtp接続を受け付けません", "サーバでの書き込みエラー", "sunucu ile iletişim kurarken hata oluştu", "yetersiz sistem saklama alanı", "sunucu yazma hatası", "error when communicating with the server", "server closed the connection unexpectedly", "server write error",
	),
		doc: "a mail client (Thunderbird's imapConnectionRefusedError, imapNetTimeoutError, smtpSendTimeout; Horde_Smtp) says in the owner's language that the connection to the server was refused, timed out or lost, or that the server failed for now (Horde_Smtp, Horde_Imap_Client)"},
}
