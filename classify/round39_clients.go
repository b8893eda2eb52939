package classify

// Round 39's mail clients (testdata/heldout/round39.jsonl, rows h39a-*): the
// messages whose rows the round missed, each read in every locale the
// product ships. Each phrase is one translation, lower-cased, without its
// placeholders. Sources, at the commit the round's row cites:
//
//   - Eppie (Eppie-io/Eppie-App commit e0d65532,
//     src/Eppie.App/Eppie.App.Resources.Shared/Strings/<locale>/Resources.resw,
//     be en fr ja nl pl ru zh-Hans): AuthenticationProblem (auth; the
//     Japanese and Chinese use the same words as AuthorizationProblem and
//     get no phrase), AuthorizationProblem (the refresh grant failed,
//     revoked), EnableImapMessage (IMAP access disabled in the account,
//     admin; both of its lines).
//   - Bulwark (bulwarkmail/webmail commit 5e096240, locales/<locale>/
//     common.json, 16 locales): login.error.invalid_credentials (auth; the
//     locales not yet read as auth), login.session_expired (the token
//     refresh failed, revoked; the whole sentence, since other products'
//     own web sessions say "session expired" too), login.error.
//     connection_failed (transient), login.error.cors_blocked and
//     login.error.oauth_discovery_failed (config).
//   - Wavebox (wavebox/waveboxapp commit 9ccca9ba, English only):
//     classic/src/scenes/mailboxes/src/Components/ServiceTooltip/
//     ServiceTooltipHeading.js and .../CoreServiceWebView/
//     ServiceInvalidAuthCover.js, both lines of the cover (revoked).
//   - SimpleMail (sba1/simplemail commit 6f861204, imap.c, smtp.c, pop3.c,
//     po/{cz,da,de,es,fi,fr,it,ma,pl}.po; fuzzy entries are not shipped):
//     "Log in failed. Check user name and password for this account." and
//     "AUTH failed. User couldn't be authenticated. Please recheck your
//     settings." (auth), "STARTTLS failed. Connection could not be made
//     secure.", "Connection could not be made secure because the SMTP server
//     doesn't seem to support it!" and "Failed to authenticate via APOP.
//     Server hasn't delivered a timestamp." (config; credentials_rejected
//     read the APOP one as auth). Translations broken by "\n" keep the
//     part before it.
//   - Haiku mail_daemon (haiku/haiku commit 47136e71,
//     src/add-ons/mail_daemon/outbound_protocols/smtp/SMTP.cpp,
//     inbound_protocols/pop3/POP3.cpp, data/catalogs/add-ons/mail_daemon/
//     {outbound_protocols/smtp,inbound_protocols/pop3}/<locale>.catkeys, 34
//     locales): "Error while logging in to %serv", "Error while
//     authenticating user %user", "POP3 authentication failed. The server
//     said:" (auth), "Error while opening connection to %serv", "Error while
//     connecting to server %serv" (transient). The French and Greek SMTP
//     login ("Impossible de se connecter à", "σφάλμα κατά την σύνδεση
//     στον") are the words of a connection failure (the Greek is the POP3
//     connection message's own opening) and get no phrase; the Chinese
//     (Simplified) "登陆服务器"/"认证用户" and "连接服务器" are too short
//     to be Haiku's alone.
//   - SerenityOS Mail (SerenityOS/serenity commit 5f37b607,
//     Userland/Applications/Mail/MailWidget.cpp, English only): no server,
//     no username configured (config).
//   - plan9port upas (9fans/plan9port commit 59ab62e5, src/cmd/upas/fs/
//     imap4.c, pop3.c, src/cmd/upas/nfs/imap.c, src/cmd/upas/smtp/mxdial.c,
//     English only): no factotum password or user name, no APOP timestamp,
//     no stunnel (config).
//   - Emacs VM (emacsmirror/vm commit c722f20a, lisp/vm-imap.el,
//     lisp/vm-pop.el, English only): CRAM-MD5 or APOP not offered, no
//     password in the IMAP or POP maildrop specification (config).
//   - Wanderlust (wanderlust/wanderlust commit 06ec9fa3, elmo/elmo.el,
//     elmo/elmo-imap4.el, English only): elmo-imap4-bye-error (transient),
//     the SASL mechanism missing from CAPABILITY (config).
//   - Dekko (dekkoproject/dekko commit 461c2388,
//     Dekko/server/servicehandler.cpp, no catalogs): every "... for
//     unconfigured account" failure of ServiceHandler (config).
//   - gnubiff (zeldin/gnubiff-xfce commit 800a0996, src/socket.cc,
//     src/pop.cc, po/<locale>.po, 17 locales): "[%d] Unable to connect to %s
//     on port %d" (transient), "[%d] Cannot identify remote host (%s on port
//     %d)" and "[%d] Empty password" (config). The "] " left of the message
//     is the fixed text after gnubiff's "[%d]" mailbox number: it keeps
//     "empty password" and "unable to connect to" gnubiff's own.
//   - wmbiff and wmckgmail (window-maker/dockapps commit 9aad9b92,
//     wmbiff/wmbiff/Imap4Client.c, Pop3Client.c, socket.c,
//     wmckgmail/wmckgmail/wmckgmail.c, English only): STARTTLS missing on
//     port 143, an invalid host name, no password or user name in the
//     config file (config), no reply while authenticating (transient).
//   - NOCC (jespersgaard/NOCC commit bb4affa9, lang/<locale>.php, 60
//     locales): html_login_not_allowed (admin) and lang_err_send_delay
//     (rate_limited). The Russian and Georgian login_not_allowed say the
//     login was accepted, the Indonesian blames the connection, the Russian
//     send_delay says "you must send two letters": mistranslations, no
//     phrase.

// round39ClientsEarlyRules come before languageRules: credentials_rejected
// reads SimpleMail's APOP sentence as a refused password, l10n_words_connection
// reads NOCC's Polish refusal as a connection failure, and the revoked
// sentences hold "authentication problem", Eppie's auth wording.
var round39ClientsEarlyRules = []rule{
	{id: "clients_grant_lost", class: ClassRevoked, anyOf: p(
		// Wavebox
		"authentication problem. click to reauthenticate",
		"there's an authentication problem with this service",
		"doesn't have any authentication information for this service or it's invalid",
		// Eppie AuthorizationProblem
		"authorization problem", "праблема аўтарызацыі", "problème d'autorisation", "autorisatieprobleem",
		"problem z autoryzacją", "проблема с авторизацией",
		// Bulwark login.session_expired
		"platnost relace vypršela. přihlaste se prosím znovu.",
		"ihre sitzung ist abgelaufen. bitte melden sie sich erneut an.",
		"your session has expired. please sign in again.",
		"tu sesión ha expirado. inicia sesión de nuevo.",
		"votre session a expiré. veuillez vous reconnecter.",
		"la sessione è scaduta. accedi di nuovo.",
		"セッションが期限切れになりました。再度サインインしてください。",
		"세션이 만료되었어요. 다시 로그인해 주세요.",
		"sesija ir beigusies. lūdzu, pierakstieties vēlreiz.",
		"uw sessie is verlopen. meld u opnieuw aan.",
		"twoja sesja wygasła. zaloguj się ponownie.",
		"sua sessão expirou. faça login novamente.",
		"срок действия сессии истёк. войдите снова.",
		"oturumunuzun süresi doldu. lütfen tekrar giriş yapın.",
		"ваш сеанс закінчився. увійдіть знову.",
		"会话已过期，请重新登录。",
	),
		doc: "a mail client lost the account's grant and asks to sign in again (Wavebox's invalid service auth, Eppie's failed token refresh, Bulwark's failed session refresh)"},
	{id: "clients_login_not_allowed", class: ClassAdmin, anyOf: p(
		// Eppie EnableImapMessage
		"imap is disabled for '", "you need to enable imap for this account first",
		"imap адключаны для", "вам трэба спачатку ўключыць imap для гэтага ўліковага запісу",
		"l'imap est désactivé pour '", "vous devez d'abord activer l'imap pour ce compte",
		"では imap が無効になっています", "まずこのアカウントで imap を有効にして",
		"imap is uitgeschakeld voor '", "je moet eerst imap inschakelen voor dit account",
		"imap jest wyłączony dla '", "włącz imap dla tego konta i spróbuj ponownie",
		"' по протоколу imap.", "разрешите доступ в настройках почтового аккаунта",
		"的 imap 已禁用", "您需要为该账户启用 imap 并重试",
		// NOCC html_login_not_allowed
		"this login is not allowed for connection",
		"hierdie gebruiker word nie toegelaat om te konnekteer nie",
		"гэтаму удзельніку далучэньне не дазволена",
		"n'eo ket aotreet kevreañ gant an anv implijer-mañ",
		"ova prijava nije dopuštena za vezu",
		"l'entrada no està permesa per connectar",
		"tento uživatel nemá dovoleno přihlašování",
		"nid yw'r mewngofnodiad yma'n ddilys ar gyfer y cyswllt hwn",
		"dette login har ikke tilladelse til at koble på",
		"diese anmeldung ist nicht für die verbindung zugelassen",
		"toś to pśizjawjenje njejo za zwisk pśizwólone",
		"αυτό το όνομα χρήστη δεν επιτρέπεται για σύνδεση",
		"tiu ĉi ensaluto ne estas permesita por konekto",
		"este nombre de inicio de sesión no está permitido para conexión",
		"این ورود به سیستم برای ارتباطات اجازه ندارد",
		"tämä kirjautuminen ei ole sallittu yhteydelle",
		"cet identifiant n'est pas autorisé à se connecter",
		"ní cheadaítear an logáil isteach seo don cheangal",
		"este rexistro non está permitido para a conexión",
		"die aamäldig isch nit zuegloo fir e verbindig",
		"tute wužiwarske mjeno njeje za zwisk dopušćene",
		"ez a belépési azonosító nem csatlakozhat",
		"iste nomine de ustor non es permittite pro connexion",
		"questo account non è autorizzato alla connessione",
		"このログインは接続許可されていません",
		"이 로그인에 대한 연결이 허용되지 않습니다",
		"ävver darfs domet hee di verbendung nit bruche",
		"на ова корисничко име не му е дозволено да се поврзува",
		"nama log masuk ini tidak dibenarkan untuk menyambung",
		"denne innloggingen har ikke tillatelse for oppkobling",
		"यो प्रवेश सञ्जाल निर्माणको लागि मान्य छैन",
		"deze gebruiker mag geen verbinding maken",
		"aqueste identificant es pas autorizat a se connectar",
		"ten użytkownik nie ma uprawnień do połączenia",
		"este login não é permitido para conexão",
		"este utilizador não é permitido para a ligação",
		"тот хоснователь не мать поволене приголошіня",
		"toto prihlásienie nie je v spojení dovolené",
		"ta prijava ni dovoljena za povezavo",
		"не можете се повезати с овим корисничким именом",
		"ne možete se povezati s ovim korisničkim imenom",
		"denna inloggning är inte tillåten för uppkoppling",
		"இந்த நுழைவு வழியாக தொடர்புகொள்ள அனுமதி இல்லை",
		"ชื่อเข้าใช้นี้ไม่ได้รับอนุญาตให้เชื่อมต่อได้",
		"hindi pinapahintulutan ang ganitong paglagdang papasok para sa pag-ugnay",
		"bu kullanıcının girişi engellenmiştir",
		"此登录名不允许连接",
	),
		doc: "the account's IMAP access is switched off in its settings (Eppie), or the webmail administrator's allowed-logins list leaves this login out (NOCC)"},
	{id: "clients_login_refused", class: ClassAuth, anyOf: p(
		// Eppie AuthenticationProblem
		"authentication problem", "праблема аўтэнтыфікацыі", "problème d'authentification", "authenticatieprobleem",
		"problem z uwierzytelnieniem", "проблема аутентификации",
		// SimpleMail
		"log in failed. check user name and password for this account",
		"login fehlgeschlagen. überprüfen sie die kontoeinstellungen",
		"verifica nome utente e password per questo account",
		"sprawdź nazwę użytkownika i hasło dla tego konta",
		"auth failed. user couldn't be authenticated",
		"příkaz auth selhal. uživatel nebyl identifikován",
		"auth fejlede. brugeren kunne ikke blive identificeret",
		"auth fehlgeschlagen. benutzer konnte nicht authentifiziert werden",
		"usuario no autentificado. por favor compruebe sus preferencias",
		"auth epäonnistui. käyttäjää ei voitu tunnistaa",
		"auth a échoué. l'utilisateur ne peut-être authentifier",
		"auth non riuscita. l'utente non può essere identificato",
		"auth sikertelen. a felhasználót nem lehetett azonosítani",
		"polecenie auth nie powiodło się. użytkownik nie został rozpoznany",
		// Haiku SMTP "Error while logging in to %serv"
		"error while logging in to", "error whilst logging in to", "памылка падчас лагіну ў", "error en registrar a ",
		"chyba při přihlašovaní k", "fejl ved indlogning til", "fehler beim anmelden an", "eraris dum aŭtentikigo je",
		"error durante el ingreso en", "virhe kirjauduttaessa palvelimeen", "erôr intal jentrâ su", "greška pri prijavi u",
		"kiszolgálóra való bejelentkezés közben", "terjadi kesalahan ketika login ke", "errore durante l'autenticazione su",
		"へのログイン中にエラーが発生しました", "에 로그인 하는 중 오류가 발생했습니다", "klaida registruojantis į seansą su",
		"feil ved innlogging til", "fout bij het inloggen in", "błąd podczas logowania do", "erro ao iniciar sessão no",
		"erro ao logar ao", "eroare în timpul autentificării la", "ошибка при входе в", "chyba pri prihlasovaní k",
		"fel vid inloggning till", "เกิดข้อผิดพลาดขณะเข้าสู่ระบบ", "sunucusuna oturum açılırken hata",
		"помилка при авторизації на", "在登入至",
		// Haiku POP3 "Error while authenticating user %user"
		"error while authenticating user", "error whilst authenticating user", "error en autenticar l'usuari",
		"chyba při ověřování uživatele", "fejl ved godkendelse af brugeren", "fehler beim authentifizieren von benutzer",
		"σφάλμα κατά την ταυτοποίηση του χρήστη", "eraris dum aŭtentigo de uzanto",
		"error durante la autenticación del usuario", "virhe todennettaessa käyttäjää",
		"erreur lors de authentification de l’utilisateur", "erôr tal autenticâ l'utent",
		"hiba történt a következő felhasználó bejelentkeztetése során", "kesalahan saat melakukan otentikasi pengguna",
		"errore durante l'autenticazione dell'utente", "認証中にエラーが発生しました", "사용자를 인증하는 중 요류가 발생했습니다",
		"klaida nustatant naudotojo", "en feil oppsto under autentifisering av brukeren", "fout tijdens authenticatie gebruiker",
		"błąd podczas uwierzytelniania użytkownika", "erro ao autenticar utilizador", "erro ao autenticar o usuário",
		"eroare în timpul autentificării utilizatorului", "ошибка при авторизации пользователя",
		"chyba pri autentifikácii používateľa", "fel vid verifiering av användaren", "เกิดข้อผิดพลาดขณะตรวจสอบสิทธิ์ผู้ใช้",
		"için kimlik doğrulanırken hata oluştu", "помилка при авторизації користувача", "驗證使用者",
		// Haiku SMTP "POP3 authentication failed. The server said:"
		"pop3 authentication failed. the server said", "аўтэнтыфікацыя pop3 не ўдалася", "ha fallat l'autenticació pop3",
		"autentifikace pop3 selhala", "pop3 godkendelse mislykkedes", "pop3-authentifizierung fehlgeschlagen",
		"η πιστοποίηση pop3 απέτυχε", "fiaskis pop3 aŭtentikigo", "fallo de autenticación pop3", "pop3-todennus epäonnistui",
		"l’authentification pop3 a échoué", "la autenticazion pop3 e je falide", "pop3 provjera valjanosti neuspjela",
		"a pop3 hitelesítés sikertelen volt", "otentifikasi pop3 gagal", "l'autenticazione pop3 è fallita",
		"pop3認証に失敗しました", "pop3 인증에 실패했습니다", "tapatybės nustatymas per pop3 nepavyko",
		"pop3 autentifisering feilet", "pop3 authenticatie gefaald", "nieudane uwierzytelnianie pop3",
		"autenticação pop3 falhou", "autentificarea pop3 a eșuat", "аутентификация по pop3 не удалась",
		"autentifikácia pop3 zlyhala", "pop3 verifiering misslyckades", "การตรวจสอบสิทธิ์ pop3 ล้มเหลว",
		"pop3 kimlik doğrulaması başarısız oldu", "автентифікація pop3 не вдалась", "pop3 认证失败", "pop3認證失敗",
		// Bulwark login.error.invalid_credentials
		"邮箱地址或密码无效",
	),
		doc: "a mail client says the server refused the login (Eppie's authentication problem, SimpleMail's refused LOGIN and AUTH, Haiku's SMTP, POP3 and POP-before-SMTP login, Bulwark's invalid credentials)"},
	{id: "clients_account_setup", class: ClassConfig, anyOf: p(
		// SimpleMail STARTTLS failed
		"starttls failed. connection could not be made secure", "příkaz starttls se nezdařil",
		"starttls fejlede. forbindelsen kunne ikke gøres sikker", "starttls fehlgeschlagen. verbinung konnte nicht sicher gemacht werden",
		"error starttls. no se ha podido realizar una conexión segura", "starttls epäonnistui. suojatun yhteyden muodostaminen epäonnistui",
		"starttls a échoué. la connexion ne peut-être sécurisée", "starttls fallito, la connessione non può essere resa sicura",
		"starttls sikertelen. a kapcsolat nem lett biztonságos", "polecenie starttls nie powiodło się",
		// SimpleMail STARTTLS not offered
		"connection could not be made secure because the smtp server doesn't seem to support it",
		"připojení nemůže být zabezpečeno, jelikož smtp server toto nepodporuje",
		"forbindelsen kunne ikke gøres sikker, da det ikke ser ud til at",
		"verbindung konnte nicht sicher gemacht werden, da der smtp-server dies nicht zu unterstützen scheint",
		"no se ha podido realizar una conexión segura ya que el servidor smtp no soporta",
		"suojatun yhteyden muodostaminen epäonnistui, koska smtp palvelin ei tue",
		"la connexion ne peut-être sécurisée car le serveur smtp ne le supporte pas",
		"la connessione non può essere resa sicura perchè il server",
		"a kapcsolat nem tehető biztonságossá, mert úgy néz ki, hogy az smtp szerver nem támogatja",
		"nie można uzyskać bezpiecznego połączenia. zdaje się, że serwer smtp",
		// SimpleMail APOP without timestamp
		"server hasn't delivered a timestamp", "server lieferte keinen zeitstempel",
		"il server non ha rilasciato alcun timestamp", "serwer nie dostarczył oznaczeń czasowych",
		// SerenityOS Mail
		"mail has no servers configured", "mail has no username configured",
		// plan9port upas
		"cannot find imap password", "factotum did not return a user name", "no apop hdr from server",
		"stunnel not found. it is required for tls support",
		// Emacs VM
		"cram-md5 authentication unsupported by this server", "does not support apop",
		"no password in imap maildrop specification", "no password in pop maildrop specification",
		// Wanderlust
		"capability in server. continue?",
		// Dekko
		"for unconfigured account", "to unconfigured account", "synchronize unconfigured account",
		// gnubiff
		"cannot identify remote host", "nemohu identifikovat vzdáleného hostitele", "kann entfernten host",
		"no se puede identificar la máquina remota", "impossible d'identifier l'hôte (", "nem sikerül azonosítani a távoli gépet",
		"tidak dapat mengidentifikasikan remote host", "non riesco ad identificare l'host remoto",
		"kan computer op afstand niet identificeren", "não é possível identificar o servidor remoto",
		"kan inte identifiera fjärrvärd", "không thể nhận diện máy ở xa",
		"] empty password", "] prázdné heslo", "] leeres passwort", "] contraseña vacía", "] mot de passe vide",
		"] üres jelszó", "] kata sandi kosong", "] password vuota", "] leeg wachtwoord", "] senha vazia",
		"] tomt lösenord", "] mật khẩu trống",
		// wmbiff, wmckgmail
		"server doesn't support ssl imap on port 143", "it does not appear to be a valid hostname",
		"password not found in config file", "username not found in config file",
		// Bulwark login.error.cors_blocked
		"is blocking cross-origin requests", "blokuje požadavky mezi doménami", "blockiert aber cross-origin-anfragen",
		"bloqueando las solicitudes de origen cruzado", "bloque les requêtes cross-origin",
		"sta bloccando le richieste cross-origin", "クロスオリジンリクエストがブロックされています",
		"교차 출처 요청(cors)이 차단되었어요", "bloķē pieprasījumus no citiem avotiem", "blokkeert cross-origin verzoeken",
		"blokuje żądania między domenami", "bloqueando requisições de origem cruzada",
		"блокирует запросы от других источников", "çapraz kaynak istekleri engelleniyor", "блокує перехресні запити",
		"正在阻止跨源请求",
		// Bulwark login.error.oauth_discovery_failed
		"sso is enabled but the identity provider could not be reached",
		"sso je povoleno, ale nelze se připojit k poskytovateli identity",
		"sso ist aktiviert, aber der identitätsanbieter ist nicht erreichbar",
		"sso está habilitado pero no se pudo contactar al proveedor de identidad",
		"le sso est activé mais le fournisseur d'identité est injoignable",
		"sso è abilitato ma il provider di identità non è raggiungibile",
		"ssoは有効ですが、idプロバイダーに接続できません",
		"sso가 활성화되어 있지만 id 공급자에 연결할 수 없어요",
		"sso ir iespējots, bet autentifikācijas pakalpojums nav pieejams",
		"sso is ingeschakeld maar de identiteitsprovider is niet bereikbaar",
		"sso jest włączone, ale nie można połączyć się z dostawcą tożsamości",
		"sso está ativado mas o provedor de identidade não pôde ser contatado",
		"sso включён, но поставщик удостоверений недоступен",
		"sso etkin ancak kimlik sağlayıcısına ulaşılamıyor",
		"зв’язатися з постачальником ідентифікаційної інформації не вдалося",
		"sso 已启用，但无法访问身份提供者",
	),
		doc: "a mail client's own settings stop the login: TLS or the login method not offered by the server, no password or server configured, an untrusted certificate, a JMAP server's CORS or SSO setup (SimpleMail, SerenityOS Mail, plan9port upas, Emacs VM, Wanderlust, Dekko, gnubiff, wmbiff, Bulwark)"},
}

// round39ClientsRules come right after phpmailerRules.
var round39ClientsRules = []rule{
	{id: "clients_connection_failed", class: ClassTransient, anyOf: p(
		// Haiku SMTP "Error while opening connection to %serv"
		"error while opening connection to", "error whilst opening connection to", "памылка падчас далучэння",
		"error en obrir la connexió al servidor", "chyba při otevírání spojení s", "fejl ved åbning af forbindelse til",
		"σφάλμα κατά το άνοιγμα σύνδεσης στον", "eraro dum konekto al",
		"error durante la apertura de la conexión a", "virhe avattaessa yhteyttä palvelimeen",
		"impossible d’ouvrir une connexion avec", "erôr tal vierzi la conession a", "greška pri otvaranju veze za",
		"kiszolgálóval való kapcsolat nyitása közben", "terjadi kesalahan ketika membuka koneksi ke",
		"errore durante la connessione a", "への接続中にエラーが発生しました", "에 연결하는 중 오류가 발생했습니다",
		"klaida jungiantis prie serverio", "feil ved åpning av forbindelsen til", "fout tijdens het openen van de connectie met",
		"błąd podczas otwierania połączenia do", "erro ao estabelecer ligação a", "erro ao abrir conexão a",
		"eroare în timpul deschiderii conexiunii la", "ошибка при открытии соединения с", "chyba počas otvárania spojenia s",
		"fel vid anslutning till", "เกิดข้อผิดพลาดขณะเปิดการเชื่อมต่อกับ", "sunucusuna bağlanırken hata",
		"помилка відкриття з'єднання з", "建立連線時發生錯誤",
		// Haiku POP3 "Error while connecting to server %serv"
		"error while connecting to server", "error whilst connecting to server", "fehler beim verbinden mit server", "error en connectar al servidor",
		"chyba při připojování k serveru", "fejl ved oprettelse af forbindelse til serveren",
		"σφάλμα κατά την σύνδεση στον εξυπηρετητή", "eraris dum konekto al servilo", "error durante la conexión al servidor",
		"virhe yhdistettäessä palvelimeen", "erôr tal conetisi al servidôr", "grešak pri spajanju na poslužitelj",
		"kiszolgálóhoz való csatlakozás során", "terjadi kesalahan ketika menghubungkan ke server",
		"に接続中にエラーが発生しました", "en feil oppsto ved tilkobling til serveren", "fout tijdens het verbinden met de server",
		"błąd podczas łączenia się z serwerem", "erro ao ligar ao servidor", "erro ao conectar no servidor",
		"eroare în timpul conectării la serverul", "ошибка при соединении с сервером", "chyba pri pripájaní k serveru",
		"เกิดข้อผิดพลาดขณะเชื่อมต่อกับเซิร์ฟเวอร์", "помилка при під'єднанні до сервера", "在連線至伺服器",
		// Bulwark login.error.connection_failed
		"unable to reach the server. check your internet connection",
		"nelze se připojit k serveru. zkontrolujte připojení k internetu",
		"サーバーへの接続に失敗しました", "서버에 연결할 수 없어요",
		"neizdevās izveidot savienojumu ar serveri", "nie można połączyć się z serwerem. sprawdź połączenie internetowe",
		"не удалось подключиться к серверу. проверьте интернет-соединение", "sunucuya ulaşılamıyor",
		"не вдалося підключитися до сервера. перевірте підключення до інтернету", "无法访问服务器。检查您的网络连接",
		// Wanderlust, wmbiff
		"imap4 session was terminated",
		"error reading from server authenticating", "error reading from server (2) authenticating",
	),
		// Thunderbird's OAuth2 error ("Autentiseringsfel vid anslutning till
		// server", "Kirjautumisvirhe yhdistettäessä palvelimeen") holds
		// Haiku's Swedish and Finnish connection words.
		noneOf: p("autentiseringsfel", "kirjautumisvirhe", "authentifizierungsfehler"),
		doc:    "a mail client could not reach or keep its connection to the server (Haiku, gnubiff, Bulwark, Wanderlust's BYE, wmbiff's unanswered login)"},
	{id: "clients_send_delay", class: ClassRateLimited, anyOf: p(
		"you must wait between two e-mails", "tussen twee e-posse met u ten minste", "يجب أن تنتظر بين البريدين الإلكترونيين",
		"вам неабходна пачакаць паміж дасылкай двух электронных лістоў", "необходимо е изчакване между две писма",
		"ret eo deoc'h gortoz etre daou bostel", "morate pričekati između dva e-maila",
		"s'ha d'esperar entre dos correus electrònics", "sekund před odesláním dalšího dopisu",
		"rhaid oedi cyn anfon e-bost arall", "du skal vente mellem to emails",
		"bitte lassen sie etwas zeit zwischen dem versenden zweier e-mails vergehen",
		"musyš mjazy dwěma e-mailoma cakaś", "πρέπει να περιμένετε μεταξύ δύο μηνυμάτων",
		"vi devas atendi inter du retpoŝtoj", "debes esperar entre dos correos", "شما باید بین دو ایمیل صبر کنید",
		"sinun täytyy odottaa kahden sähköpostin välillä", "vous devez attendre entre deux messages",
		"caithfidh tú fanacht idir dhá ríomhphost", "debe agardar entre dous correos", "du muesch zwische zwoo mails warte",
		"dyrbiš mjez dwěmaj e-mejlomaj čakać", "várnod kell két e-mail küldése között", "tu debe attender inter duo messages",
		"anda harus menunggu antara dua surel", "è necessario attendere tra due messaggi di posta elettronica",
		"2つのメールの合間を待たなければなりません", "თქვენ უნდა დაიცადოთ, სანამ გაგზავნით სხვა წერილებს",
		"당신은 두 이메일 사이를 기다려야합니다", "dir musst tëschent 2 maile waarden", "мора да почекате помеѓу две писма",
		"anda mesti menunggu antara dua e-mel", "du må vente mellom to e-poster", "तपाईले दुई इमेलको बीचमा",
		"tussen twee e-mails moet u minstens", "vos cal esperar entre dos messatges",
		"musisz poczekać pomiędzy wysłaniem dwu wiadomości", "você deve aguardar entre dois e-mails",
		"tem de aguardar entre duas mensagens", "секунд перед одосланым далшой пошты", "musíte počkať medzi dvomi emailami",
		"med dvema e-poštama morate počakati", "морате сачекати између две поруке", "morate sačekati između dve poruke",
		"du måste vänta mellan två e-brev", "இரு மின்னஜல்கலுக்கிடையே காத்திருக்கவும்",
		"คุณต้องรอสักครู่หลังจากส่งอีเมลก่อนหน้า", "dapat kang maghintay sa pagitan ng dalawang mga e-liham",
		"iki e-posta arasında beklemeniz gerekir", "您必须等待，两个电子邮件之间",
	),
		doc: "NOCC's configured pause between two sent messages has not passed (lang_err_send_delay)"},
	// gnubiff's "[%d] Unable to connect to %s on port %d": the connection
	// words with the port words of the same sentence, in each locale.
	{id: "gnubiff_connect_failed", class: ClassTransient, anyOf: p(
		"unable to connect to", "nemohu se připojit k", "keine verbindung aufbauen", "incapaz de conectar con",
		"impossible de se connecter à", "nem lehet kapcsolódni ehhez", "tidak dapat menghubungi ke",
		"impossibile connettersi a", "kan geen verbinding maken met", "não é possível conectar a",
		"kan inte ansluta till", "không thể kết nối đến",
	), alsoAny: p(
		" on port ", " na portu ", " auf port ", " en el puerto ", " via le port ", " porton", " di port ",
		" alla porta ", " op poort ", " pela porta ", " på port ", " qua cổng ",
	),
		doc: "gnubiff could not open its connection to the mailbox's server and port"},
}
