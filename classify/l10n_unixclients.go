package classify

// The mailbox-connection messages of four desktop mail clients whose
// translations are gettext po files, in every language each ships:
//
//   - Claws Mail: the stored mirror eworm-de/claws-mail (commit dad7dea8; the
//     upstream claws-mail/claws-mail is not stored), src/imap.c, src/inc.c,
//     src/pop.c, src/send_message.c, src/common/smtp.c, src/common/session.c,
//     src/common/socket.c, translations po/<lang>.po;
//   - NeoMutt: neomutt/neomutt (commit ed494b09), imap/auth*.c, imap/imap.c,
//     pop/auth.c, pop/lib.c, send/smtp.c, conn/raw.c, conn/openssl.c,
//     conn/gnutls.c, conn/connaccount.c, po/<lang>.po;
//   - Sylpheed: sylpheed-mail/sylpheed (commit c47d366a), libsylph/imap.c,
//     libsylph/smtp.c, libsylph/pop.c, src/inc.c, src/send_message.c,
//     po/<lang>.po;
//   - Balsa: GNOME/balsa (commit 270c4548), libnetclient/net-client-smtp.c,
//     libnetclient/net-client-pop.c, libbalsa/imap/imap-handle.c,
//     libbalsa/imap/imap-auth.c, libbalsa/imap-server.c, libbalsa/send.c,
//     libbalsa/mailbox_pop3.c, libbalsa/server.c, po/<lang>.po.
//
// Where the code raises each key, and its class:
//
//   - a refused login (auth): Claws Mail imap_auth() "Connection to %s failed:
//     login refused.", imap_session_authenticate() "Couldn't login to IMAP
//     server %s.", smtp.c (535) and pop.c (-ERR to USER/PASS/APOP) "error
//     occurred on authentication", send_put_error()/inc_put_error()
//     "Authentication failed."; Sylpheed imap_cmd_authenticate() "IMAP4
//     authentication failed.", imap_cmd_login() "IMAP4 login failed." and the
//     same smtp.c/pop.c/inc.c sentences as Claws Mail; NeoMutt
//     imap_auth_login()/imap_auth_plain()/pop_auth_user() "Login failed", the
//     SASL authenticators "SASL authentication failed" and "%s authentication
//     failed", pop_auth_oauth() "Authentication failed"; Balsa
//     net_client_smtp_read_reply() "authentication failure %d: %s" for 534/535;
//   - NeoMutt imap_authenticate() "No authenticators available or wrong
//     credentials", shown whether the server refused the password or no
//     method was usable (auth_temporary, as client_tools.jsonl labels it);
//   - no usable mechanism, LOGINDISABLED, no password configured (config,
//     look-alikes): Claws Mail smtp_auth() "No SMTP AUTH method available",
//     "Selected SMTP AUTH method not available", imap_cmd_login() "Server
//     logins are disabled."; Sylpheed "SMTP AUTH not available", "IMAP4
//     server disables LOGIN."; NeoMutt "No authenticators available", "SMTP
//     server does not support authentication"; Balsa "no suitable
//     authentication mechanism", "user name and password required", "No way
//     to authenticate is known", "Cannot LOGIN with UTF-8 username or
//     password";
//   - STARTTLS, TLS and certificates (config): Claws Mail "Can't start
//     STARTTLS session.", "TLS handshake failed", "... server requires
//     STARTTLS, but Claws Mail has been compiled without STARTTLS support.";
//     Sylpheed "Can't start TLS session."; NeoMutt "Could not negotiate TLS
//     connection", "Encrypted connection unavailable", "Certificate host check
//     failed: %s", "Untrusted server certificate", "Server certificate has
//     expired"; Balsa "remote server does not support STARTTLS", "TLS
//     negotiation failed: %s", "TLS required but not available";
//   - host names (config): Claws Mail socket.c "%s:%d: unknown host.", NeoMutt
//     raw_socket_open() "Could not find the host", Balsa's settings probes
//     "the server %s does not offer the SMTP/POP3 service at port ...";
//   - the client's own setup (config, look-alikes): NeoMutt
//     mutt_account_getoauthbearer() "No OAUTH refresh command defined",
//     "Unable to run refresh command"; Balsa libbalsa_server_get_password()
//     and _set_password() "Error loading/saving credentials ... Secret
//     Service" (the desktop keyring);
//   - NeoMutt smtp_rcpt_to() "SMTP session failed: cannot add recipient <%s>"
//     (recipient);
//   - the server unreachable, the connection dropped or timed out, a 4xx, a
//     POP3 mailbox locked by another session (transient): Claws Mail and
//     Sylpheed "Can't connect to IMAP/POP3/SMTP server: %s:%d", "Session timed
//     out.", "Mailbox is locked.", "Connection to %s:%d closed by the remote
//     host.", "Socket error on connection to %s:%d.", socket.c "%s:%d:
//     connection failed (%s)."; NeoMutt raw.c "Could not connect to %s (%s)",
//     "Error talking to %s (%s)", pop_connect() "Error connecting to server:
//     %s", smtp.c "SMTP session failed: read error/write error"; Balsa
//     "transient error %d: %s", "Cannot reach SMTP server ...", "Cannot
//     connect to %s", imap_mbox_connect() "Connecting %s failed: %s",
//     "POP3 mailbox %s: cannot connect %s: %s".
//
// Each phrase is the fixed text of one published translation, lower-cased,
// without placeholders: where a sentence has a host or a code in it, the
// longest fixed part (for Claws Mail's "Connection to %s failed: login
// refused." the part after the host, which carries the refusal). Short
// phrases: Danish "logind afvist" (13 bytes, "login refused"), Chinese
// "授权失败" (12 bytes, "authorization failed", Claws Mail's "Authentication
// failed."), Danish, Norwegian and Swedish "ukendt vært", "ukjent vert",
// "okänd värd" ("unknown host", 12 bytes: the fixed text between the host
// and port and the full stop). The comment above each group lists the
// locales whose text needed a phrase; the other translations were already
// classified as labelled. testdata/catalogs/client_l10n_unixclients.jsonl
// holds every translation.

// unixclientsEarlyRules come right before textRules, whose
// "username or password" reads Balsa's English UTF-8 check as a refused login.
var unixclientsEarlyRules = []rule{
	{id: "l10n_unixclients_utf8_login", class: ClassConfig, anyOf: p(
		// balsa utf8-login: en
		"cannot login with utf-8 username or password",
	),
		doc: "Balsa will not send a user name or password with non-ASCII characters by IMAP LOGIN (\"Cannot LOGIN with UTF-8 username or password\"): the client refused, the server was not asked"},
}

// unixclientsRules come right after phpmailerRules: a server reply that Balsa
// quotes after its sentence ("authentication failure 535: ...") and that an
// earlier rule reads decides first; the sentences decide before the generic
// words of languageAuthRules and the later connection rules, which read
// several of these translations as a refused login or a network failure.
// Within the slice, the NeoMutt sentence that joins a missing mechanism and
// wrong credentials comes before the mechanism phrases it contains, and the
// settings phrases before the refused-login ones (Balsa's Hungarian UTF-8
// check holds Claws Mail's "nem lehet bejelentkezni").
var unixclientsRules = []rule{
	{id: "l10n_unixclients_auth_or_mechanism", class: ClassAuthTemporary, anyOf: p(
		// neomutt no-authenticators-or-credentials: cs, de, eo, es, fi, hu, lt, nb_NO, pl, pt_BR, sk, sr, uk
		"nejsou k dispozici žádné autentizační metody nebo byly zadány neplatné přihlašovací údaje",
		"keine authentifizierung oder ausreichende berechtigung verfügbar",
		"nenia rajtiĝilo disponeblas aŭ malĝustaj legitimiloj",
		"sin autenticadores disponibles o credenciales incorrectas", "ei autentikoijia tai huonot tiedot",
		"nincs elérhető hitelesítő, vagy rossz bejelentkezési adatok",
		"nėra autentikatorių arba neteisingas naudotojo vardas/slaptažodis",
		"ingen godkjennelsesmetoder tilgjengelig, eller feilaktige identitetsdetaljer",
		"żadna z metod uwierzytelniania nie jest dostępna albo złe uwierzytelnienie",
		"autenticador indisponível ou credenciais incorretas",
		"nie sú dostupné žiadné overovacie metódy alebo boli zadané neplatné prihlasovacie údaje",
		"нема доступних аутентификатора или су овлашћења погрешна",
		"нема доступних автентифікаторів або неправильні облікові дані",
	),
		doc: "NeoMutt says no authenticator worked or the credentials are wrong: a refused login and a missing mechanism alike (\"No authenticators available or wrong credentials\")"},
	{id: "l10n_unixclients_mechanism", class: ClassConfig, anyOf: p(
		// claws no-smtp-auth-method: bg, ca, cs, da, de, el_GR, en, eo, es, fi, fr, he, hu, id_ID, it, ja, lt, nb, pl, pt_BR, ro, ru, sk, sq, sv, tr, uk, zh_CN, zh_TW
		"no smtp auth method available", "няма наличен smtp auth метод",
		"no hi ha cap mètode disponible per a smtp auth", "smtp auth je nedostupná",
		"der er ingen smtp auth metode tilgængelig", "kein smtp-auth-verfahren verfügbar",
		"δεν υπάρχει διαθέσιμη μέθοδος smtp auth", "neniu smtp auth metodo disponeblas",
		"no hay ningún método smtp auth disponible", "smtp auth ei ole käytettävissä",
		"aucune méthode smtp auth disponible", "אין שיטת smtp auth זמינה", "nincs elérhető smtp auth mód",
		"metode smtp auth tidak tersedia", "nessun metodo smtp auth disponibile", "smtp authメソッドを利用できません",
		"nėra prieinamų smtp auth metodų", "smtp auth ikke tilgjengelig", "metoda smtp auth nie jest dostępna",
		"nenhum método smtp auth disponível", "nu este disponibilă nicio metodă smtp auth",
		"не найдено подходящего метода smtp аутентификации", "nie je dostupná žiadna metóda smtp auth",
		"s’ka metodë smtp auth të gatshme", "ingen smtp auth-metod tillgänglig", "smtp auth yöntemi mevcut değil",
		"не має методу smtp auth", "无smtp认证方式", "找不到有效smtp認證方法",
		// claws smtp-auth-method-unavailable: bg, ca, cs, da, de, el_GR, en, eo, fi, fr, he, hu, id_ID, ja, lt, nb, pl, pt_BR, ro, ru, sk, sq, sv, tr, uk, zh_CN, zh_TW
		"selected smtp auth method not available", "избраният smtp auth метод не е наличен",
		"el mètode smtp auth seleccionat no està disponible", "vybraná smtp auth je nedostupná",
		"den valgte smtp auth metode var ikke tilgængelig", "gewähltes smtp-auth-verfahren nicht verfügbar",
		"η επιλεγμένη μέθοδος smtp auth δεν είναι διαθέσιμη", "elektita smtp auth metodo ne disponeblas",
		"valittu smtp auth -käytäntö ei ple käytettävissä", "méthode smtp auth sélectionnée non disponible",
		"שיטת smtp auth נבחרת לא זמינה", "a választott smtp auth mód nem elérhető",
		"metode smtp auth yang dipilih tidak tersedia", "選択したsmtp authメソッドは利用できません",
		"pasirinktas smtp auth neprieinamas", "ønsket smtp auth-metode er ikke tilgjengelig",
		"wybrana metoda smtp auth nie jest dostępna", "o método smtp auth selecionado não está disponível",
		"metoda smtp auth selectată nu este dispnibilă", "выбранный метод smtp аутентификации недоступен",
		"zvolená metóda smtp auth nie je dostupná", "metoda e përzgjedhur për auth smtp s’gjendet",
		"vald smtp auth-metod ej tillgänglig", "seçilen smtp auth yöntemi mevcut değil",
		"вибраний метод smtp auth не доступний", "已选择的smtp 认证方式无效", "指定的smpt認證方法是無效的",
		// claws logins-disabled: ca, cs, da, de, el_GR, en, eo, es, fi, he, hu, id_ID, it, ja, lt, nb, nl, pl, pt_BR, pt_PT, ru, sk, sq, sr, sv, tr, uk, zh_TW
		"server logins are disabled", "les entrades al servidor estan inhabilitades",
		"přihlašování k serveru je mimo provoz", "server logind er deaktiveret", "serverlogins sind deaktiviert",
		"οι συνδέσεις server είναι απενεργοποιημένες", "servilaj ensalutoj estas malebligitaj",
		"los accesos al servidor están deshabilitados", "palvelimelle kirjautuminen on poissa käytöstä",
		"התחברויות שרת הינן מנוטרלות", "szerverbejelentkezések letiltva", "login ke server dinonaktifkan",
		"il login al server è disabilitato", "サーバへのログインは無効です", "prisijungimas prie serverio uždraustas",
		"login til tjeneren er deaktivert", "inloggen op servers staat uit", "logowanie na serwer jest wyłączone",
		"as autenticações no servidor estão desabilitadas", "as autenticações no servidor estão desativadas",
		"сбой входа на сервер", "tento server neumožňuje prihlásenie",
		"kredencialet për te shërbyesi janë çaktivizuar", "логовање на сервер није дозвољено",
		"serverinloggningar är avaktiverade", "sunucuya oturum açma kapatılmış", "входи на сервер не дозволені",
		"伺服器登入被關閉",
		// neomutt no-authenticators: bg, ca, cs, da, de, el, eo, es, et, eu, fi, fr, ga, hu, id, it, ja, ko, lt, nb_NO, nl, pl, pt_BR, ru, sk, sr, sv, tr, uk, zh_TW
		"няма налични идентификатори", "no hi ha cap autenticador disponible",
		"nejsou k dispozici žádné autentizační metody", "ingen godkendelsesmetode kan bruges",
		"keine authentifizierung verfügbar", "δεν υπάρχει διαθέσιμη αυθεντικοποίηση", "nenia rajtiĝilo disponeblas",
		"falta un método de verificación de autenticidad", "autentikaatoreid pole",
		"ez da autentifikatzailerik aukeran", "ei autentikoijia", "pas d'authentificateurs disponibles",
		"níl aon fhíordheimhneoirí ar fáil", "egyetlen azonosító sem érhető el",
		"tidak ada pengauthentikasi yg bisa digunakan", "non ci sono autenticatori disponibili", "利用できる認証処理がない",
		"인증자가 없음", "nėra autentikatorių", "ingen tilgjengelige identitetsbekreftere",
		"geen authenticeerders beschikbaar", "żadna z metod uwierzytelniania nie jest dostępna",
		"nenhum autenticador disponível", "нет доступных методов аутентификации",
		"nie sú k dispozícii žiadne autentifikátory", "нема доступних аутентификатора",
		"ingen verifieringsmetod tillgänglig", "kimlik doğrulayıcılar erişilir durumda değil",
		"нема доступних автентифікаторів", "沒有認證方式",
		// neomutt smtp-no-auth-support: ca, cs, da, el, eo, es, fi, fr, hu, id, nb_NO, nl, pl, pt_BR, sk, sr, sv
		"el servidor smtp no admet autenticació", "smtp server nepodporuje autentizaci",
		"smtp-server understøtter ikke godkendelse", "ο διακομιστής smtp δεν υποστιρίζει την αυθεντικοποίηση",
		"smtp-servilo ne akceptas rajtiĝon", "el servidor smtp no soporta autenticación",
		"smtp-palvelin ei tue autentikointia", "le serveur smtp ne supporte pas l'authentification",
		"smtp szerver nem támogatja a azonosítást", "server smtp tidak mendukung authentikasi",
		"smtp-tjener støtter ikke identitetsbekreftelse", "smtp-server ondersteunt geen authenticatie",
		"serwer smtp nie wspiera uwierzytelniania", "servidor smtp não oferece suporte à autenticação",
		"smtp server nepodporuje overenie", "smtp сервер не подржава аутентификацију",
		"smtp-server stöder inte autentisering",
		// sylpheed imap4-login-disabled: be, cs, de, el, es, eu, fi, fr, he, hr, hu, it, ja, lt, pt_BR, ro, ru, sr, sv, tr, uk, vi, zh_CN
		"сервер imap4 не дазваляе login", "server imap4 vypnul login", "imap4-server verhindert login",
		"ο διακομιστής imap4 απενεργοποίησε το login", "el servidor imap4 deshabilita login",
		"imap4 zerbitzariak saiohastea ezgaitzen du", "imap-palvelin estää loginin",
		"le serveur imap4 désactive login", "שרת imap4 מנטרל login", "imap poslužitelj onemogućuje prijavu",
		"az imap4 szerveren login kikapcsolva", "il server imap4 disabilita il login", "imapサーバは login を無効にしています",
		"imap4 serveris panaikina login", "o servidor imap4 desabilita login", "serverul imap4 dezactivează login",
		"сервер imap запретил команду login", "имап4 служитељ је онемогућио пријаву", "imap-server stänger av login",
		"imap4 sunucusu login işlemini pasifleştiriyor", "сервер imap4 відключив login",
		"máy chủ imap4 cấm đăng nhập", "imap4 服务器禁止登录",
		// sylpheed smtp-auth-unavailable: be, bg, cs, da, el, et, eu, fi, gl, he, hr, hu, ja, ko, lt, ro, ru, sk, sl, sr, sv, tr, vi, zh_CN, zh_TW
		"smtp auth недаступна", "smtp auth не е наличен", "smtp auth je nedostupná", "smtp auth ikke tilgænglig",
		"το smtp auth δεν είναι διαθέσιμο", "smtp auth pole saadav", "smtp egiazt ez dago eskuragarri",
		"smtp auth ei ole käytettävissä", "smtp auth non está disponible", "‏smtp auth לא זמין",
		"smtp auth nije dostupan", "smtp auth nem elérhető", "smtp auth が利用できません", "smtp 인증을 사용할 수 없습니다",
		"smtp auth neprieinamas", "smtp auth indisponibil", "аутентификация smtp недоступна",
		"smtp auth nie je dostupné", "smtp auth ni na razpolago", "смпт аутх није доступан",
		"smtp auth ej tillgängligt", "smtp auth kullanılamıyor", "smtp auth không sẵn có", "smtp验证不可用",
		"不支援 smtp 認證",
		// balsa no-suitable-mechanism: ca, cs, da, de, el, en, es, eu, hu, id, ja, kk, nb, pl, ro, ru, sl, sr, sr@latin, sv, tr, uk
		"no suitable authentication mechanism", "no hi ha cap mecanisme d'autenticació adequat",
		"žádný použitelný ověřovací mechanizmus", "ingen passende godkendelsesmekanisme",
		"kein nutzbarer legitimierungsmechanismus", "δεν βρέθηκε κατάλληλος μηχανισμός ταυτοποίησης",
		"no hay un mecanismo de autenticación adecuado", "ez dago autentifikazio-mekanismo egokirik",
		"nincs megfelelő hitelesítési mechanizmus", "tak ditemukan mekanisme otentikasi yang cocok",
		"利用可能な認証メカニズムがありません", "қолайлы аутентификация механизмі жоқ", "ingen passende autentiseringsmetode",
		"brak odpowiedniego mechanizmu uwierzytelniania", "niciun mecanism de autentificare potrivit",
		"нет подходящего механизма аутентификации", "ni podanega ustreznega načina overitve",
		"нема одговарајућег механизма потврђивања идентитета",
		"nema odgovarajućeg mehanizma potvrđivanja identiteta", "ingen passande autentiseringsmekanism",
		"uygun kimlik doğrulama mekanizması yok", "немає відповідного механізму розпізнавання",
		// balsa user-password-required: da, el, en, eu, hu, id, kk, pl, sl, sr, sv, tr, uk
		"user name and password required", "brugernavn og adgangskode krævet",
		"απαιτείται όνομα χρήστη και κωδικός πρόσβασης", "erabiltzaile-izena eta pasahitza behar dira",
		"felhasználónév és jelszó szükséges", "perlu nama pengguna dan kata sandi",
		"пайдаланушы аты мен пароль қажет", "wymagana jest nazwa użytkownika i hasło",
		"zahtevani sta uporabniško ime in geslo", "корисничко име и лозинка су обавезни",
		"användarnamn och lösenord krävs", "kullanıcı adı ve parola gerekli", "потрібні ім'я користувача і пароль",
		// balsa no-way-to-authenticate: ca, cs, da, de, el, en, es, eu, hu, id, ja, kk, nb, pl, pt, ro, ru, sl, sv, tr, uk, zh_CN
		"no way to authenticate is known", "no hi ha cap manera d'autenticar-se",
		"nění znám žádný způsob, jak ověři totožnost", "der kendes ikke nogen måde at godkende på",
		"keine legitimierungsmöglichkeit bekannt", "δεν υπάρχει γνωστός τρόπος ταυτοποίησης",
		"no hay manera conocida de autenticar", "ez da ezagutzen autentifikatzeko modurik",
		"nincs ismert hitelesítési mód", "tidak ada cara untuk mengotentikasi yang diketahui", "既知の認証方式が存在しません",
		"аутентификациялаудың белгілі тәсілдері жоқ", "det er ingen kjente måter å autentisere på",
		"nie jest znany żaden sposób na uwierzytelnienie", "nenhuma forma de autenticar é conhecida",
		"nicio modalitate de autentificare nu este cunoscută", "способ аутентификации неизвестен",
		"ni mogoče overiti poznavanja", "inget sätt att autentisera är känt", "kimlik doğrulamanın yolu bilinmiyor",
		"немає відомих способів пройти розпізнавання", "没有已知的认证方式",
	),
		doc: "the server offers no authentication method the client may use, LOGIN is disabled, or no password is configured: the account's settings, no password was refused (Claws Mail, Sylpheed, NeoMutt, Balsa)"},
	{id: "l10n_unixclients_tls", class: ClassConfig, anyOf: p(
		// claws no-starttls-support: ca, cs, da, el_GR, en, es, fi, fr, hu, id_ID, it, ja, nb, nl, ro, sk, sq, sv, tr, zh_TW
		"failed: server requires starttls, but claws mail has been compiled without starttls support",
		"ha fallat: el servidor requereix starttls, però el claws mail s'ha compilat sense suport per a starttls",
		"selhalo: server požaduje starttls, ale claws mail je zkompilován bez podpory starttls",
		"serveren kræver starttls, men claws mail er oversat uden starttls støtte",
		"απέτυχε: ο server απαιτεί starttls, αλλά το claws mail έχει διαμορφωθεί χωρίς υποστήριξη starttls",
		"falló: el servidor necesita starttls, pero claws mail ha sido compilado sin soporte para starttls",
		"epäonnistui: palvelin vaatii starttls:ää, mutta claws mail on käännetty ilman starttls-tukea",
		"a échoué : le serveur nécessite starttls, mais claws mail a été compilé sans le support starttls",
		"sikertelen: a szerver starttls-t követel meg, de a claws mail nem tartalmaz starttls támogatást",
		"gagal: server membutuhkan starttls, namun claws mail telah dikompilasi tanpa dukungan starttls",
		"è fallita: il server richiede il starttls, ma claws mail è stato compilato senza supporto starttls",
		"への接続に失敗しました: サーバにはstarttlsが必要ですが、claws mailはstarttlsのサポートなしでコンパイルされています",
		"mislyktes: tjeneren krever starttls, men claws mail er blitt kompilert uten starttls-funksjonalitet",
		"mislukt: de server vereist starttls, maar claws mail is gecompileerd zonder starttls-ondersteuning",
		"a eșuat: serverul necesită starttls, dar claws mail a fost compilat fără suport starttls",
		"zlyhalo: server vyžaduje starttls, ale claws mail bol zostavený bez podpory starttls",
		"dështoi: shërbyesi lyp starttls, por claws mail-i është përpiluar pa mbulim për starttls",
		"misslyckades: servern kräver starttls, men claws-mail har kompilerats utan stöd för starttls",
		"sunucusuna bağlanılamadı: sunucuya bağlanmak için starttls gerek, fakat claws mail starttls desteği olmadan derlenmiş",
		"失敗：伺服器需要 starttls，但是目前的 claws mail 被編譯成不支援 starttls 的版本",
		// claws/sylpheed starttls-failed: be, bg, ca, cs, da, de, el, el_GR, en, es, et, eu, fi, fr, gl, he, hr, hu, id_ID, it, ja, ko, lt, nb, nl, pl, pt_BR, ro, ru, sk, sl, sq, sr, sv, tr, uk, vi, zh_CN, zh_TW
		"can't start starttls session", "couldn't start starttls session", "no es pot iniciar la sessió starttls",
		"no s'ha pogut iniciar la sessió starttls", "nelze spustit starttls relaci",
		"kan ikke starte starttls session", "kunne ikke starte starttls session",
		"starttls-sitzung konnte nicht gestartet werden", "starttls-sitzung kann nicht gestartet werden",
		"αδύνατη η εκκίνηση συνεδρίας starttls", "δεν μπόρεσε να ξεκινήσει η συνεδρία starttls",
		"no se puede iniciar la sesión starttls", "no se pudo iniciar la sesión starttls",
		"starttls-session aloitus ei onnistu", "starttls-istunnon käynnistys ei onnistu",
		"impossible d'initier la session starttls", "impossible d'initier une session starttls",
		"starttls folyamat nem indítható", "nem indítható starttls folyamat",
		"tidak dapat menjalankan sesi starttls", "tidak dapat memulai sesi starttls",
		"impossibile avviare una sessione starttls", "non è stato possibile avviare sessione starttls",
		"starttlsセッションを開始できません", "starttlsセッションを開始できませんでした", "kan ikke starte starttls-sesjon",
		"kan starttls-sessie niet tot stand brengen", "kan de starttls-sessie niet tot stand brengen",
		"nie można nawiązać sesji starttls", "nie można rozpocząć sesji starttls",
		"não foi possível iniciar sessão starttls", "não foi possível iniciar a sessão starttls",
		"nu se poate porni sesiunea starttls", "nu s-a putut porni sesiunea starttls",
		"не удалось начать starttls сессию", "nemožno vytvoriť reláciu starttls", "s’fillohet dot sesion starttls",
		"s’u fillua dot sesion starttls", "kan inte starta starttls-session", "kunde inte starta starttls-session",
		"starttls oturumu başlatılamıyor", "starttls oturumu başlatılamadı", "無法啟始 starttls 通信", "無法執行starttls",
		"can't start tls session", "нельга пачаць сеанс tls", "не може да се стартира tls сесия",
		"nelze spustit relaci tls", "kan ikke starte tls session", "kann tls-sitzung nicht beginnen",
		"δεν είναι δυνατό να ξεκινήσει συνεδρία tls", "no puedo iniciar la sesión tls",
		"ei suuda avada tls sessiooni", "ei suutnud käivitada tls sessiooni", "ezin da tls saioa hasi",
		"tls-istuntoa ei voida käynnistää", "tls-istuntoa ei saada käynnistetyksi",
		"impossible d'initier la session tls", "échec lors de l'ouverture de la session tls",
		"non podo iniciar a sesión tls", "non podo abrir a sesión tls", "לא מסוגל להתחיל סשן tls",
		"ne mogu pokrenuti tls sesiju", "nem lehet tls menetet indítani", "impossibile avviare la sessione tls",
		"tls セッションを開始できません", "tls 세션을 시작할 수 없습니다", "negaliu sukurti tls sesijos", "negaliu pradėti tls sesijos",
		"kan geen tls sessie starten", "kan tls sessie niet starten", "nie można uruchomić sesji tls",
		"não foi possível iniciar sessão tls", "nu se poate porni sesiunea tls", "сбой начала сеанса tls",
		"nedá sa vytvoriť tls spojenie", "nemôžem vytvoriť tls reláciu", "ne morem pričeti seje tls",
		"нисам успео да покренем тлс сесију", "kan inte starta tls-session", "tls oturumuna bağlantı kurulamadı",
		"tls oturumu başlatılamıyor", "не вдалося почати сесію tls", "không thể khởi động phiên tls", "无法启动 tls 会话",
		"無法開啟 tls 連線", "無法啟動 tls 工作階段",
		// claws tls-handshake-failed: ca, cs, es, hu, id_ID, nl, pl, pt_BR, ro, ru, sk, sq, sv, tr, zh_TW
		"negociació tls fallida", "tls vyjednávání selhalo", "negociación tls fallida", "tls kézfogás sikertelen",
		"jalinan tls gagal", "tls-handdruk mislukt", "nie udało się uścisnąć ręki tls",
		"não foi possível efetuar o handshake do tls", "protocolul acordului de interogare tls a eșuat",
		"ошибка tls соединения", "zlyhalo vytvorenie spojenia tls", "duarshtrëngimi tls dështoi",
		"tls-handskakning misslyckades", "tls iletişimi başarısız", "ssl/tls 交握失敗",
		// neomutt tls-negotiation: bg, ca, cs, da, de, el, eo, es, et, eu, fi, fr, ga, hu, id, it, ja, lt, nb_NO, nl, pl, pt_BR, ru, sk, sr, sv, tr, uk
		"не може да бъде установена tls връзка", "no s’ha pogut negociar la connexió tls",
		"nelze navázat tls spojení", "kunne ikke opnå tls-forbindelse", "konnte keine tls-verbindung realisieren",
		"αδυναμία διαπραγμάτευσης σύνδεσης tls", "ne eblis negoci tls-konekton",
		"no se pudo negociar una conexión tls", "tls ühendust ei õnnestu kokku leppida",
		"ezin da tls konexioa negoziatu", "ei voitu neuvotella tls-yhteyttä",
		"impossible de négocier la connexion tls", "níorbh fhéidir nasc tls a shocrú",
		"nem lehetett megtárgyalni a tls kapcsolatot", "tidak dapat negosiasi hubungan tls",
		"impossibile negoziare la connessione tls", "tls 接続を確立できなかった", "nepavyko sukurti tls jungties",
		"kunne ikke forhandle frem tls-forbindelse", "kon tls connectie niet onderhandelen",
		"połączenie tls nie zostało wynegocjowane", "incapaz de negociar conexão tls",
		"не удалось установить tls-соединение", "nemožno vyjednať tls spojenie",
		"не може се успоставити tls повезивање", "kunde inte förhandla fram tls-anslutning",
		"tls bağlantısı pazarlığı yapılamadı", "не вийшло домовитись про tls з’єднання",
		// neomutt encrypted-unavailable: ca, cs, da, el, eo, eu, fi, ga, hu, ja, lt, nb_NO, nl, pl, pt_BR, ru, sk, sv, tr, uk, zh_CN
		"no s’ha pogut establir una connexió xifrada", "šifrované spojení není k dispozici",
		"krypteret forbindelse ikke tilgængelig", "δεν είναι διαθέσιμη η κρυπτογραφημένη σύνδεση",
		"ĉifrata konekto ne disponeblas", "enkriptaturiko konexioa ez da erabilgarria",
		"salattu yhteys ei käytettävissä", "níl nasc criptithe ar fáil", "nem elérhető a titkosított kapcsolat",
		"暗号化された接続が利用できない", "šifruota jungtis negalima", "kryptert forbindelse utilgjengelig",
		"versleutelde verbinding niet beschikbaar", "połączenie szyfrowane nie jest dostępne",
		"conexão encriptada indisponível", "зашифрованное соединение не доступно",
		"šifrované spojenie nie je k dispozícii", "krypterad anslutning otillgänglig",
		"şifrelenmiş bağlantı kullanılabilir değil", "шифроване з’єднання недоступне", "加密连接不可用",
		// balsa no-starttls: ca, eu, id, ja, kk, ro, ru, sl, sv, uk
		"el servidor remot no és compatible amb starttls", "urruneko zerbitzariak ez du onartzen starttls",
		"server remote tak mendukung starttls", "リモートサーバーはstarttlsをサポートしていません",
		"қашықтағы сервер starttls қолдамайды", "serverul de la distanță nu suportă starttls",
		"на удалённом сервере не предусмотрена поддержка starttls", "oddaljeni strežnik ne podpira starttls",
		"fjärrservern stödjer inte starttls", "на віддаленому сервері не передбачено підтримки starttls",
		// balsa tls-negotiation-failed: ca, cs, el, es, hu, id, ja, ka, kk, nb, pl, ro, ru, sl, sr, tr, uk
		"la negociació tls ha fracassat", "vyjednávání tls selhalo", "η διαπραγμάτευση tls απέτυχε",
		"falo la negociación tls", "tls-egyeztetés sikertelen", "negosiasi tls gagal", "tlsネゴシエーションに失敗",
		"tls მოლაპარაკების შეცდომა", "tls келіссөздері сәтсіз аяқталды", "tls-forhandling mislyktes",
		"negocjacja tls się nie powiodła", "negocierea tls a eșuat", "не удалось выполнить согласование tls",
		"pogajanje tls je spodletelo", "тлс преговарање није успело", "tls el sıkışması başarısız oldu",
		"не вдалося виконати узгодження tls",
		// balsa tls-required: ca, cs, da, de, el, es, eu, hu, id, ja, kk, nb, pl, pt, ro, ru, sl, sr, sv, tr, uk, zh_CN
		"s'ha sol·licitat el tls però no està disponible", "je požadováno tls, ale není k dispozici",
		"tls krævet, men ikke tilgængelig", "tls ist erforderlich, aber nicht verfügbar",
		"απαιτείται tls αλλά δεν είναι διαθέσιμο", "tls requerido pero no disponible",
		"tls behar da baina ez dago erabilgarri", "tls szükséges, de nem érthető el",
		"tls diperlukan tetapi tidak tersedia", "tlsが要求されましたがコンパイル時に有効にされていません", "tls қажет, бірақ қолжетімді емес",
		"tls påkrevd, men utilgjengelig", "wymagane jest tls, ale nie jest dostępne",
		"tls requisitado, mas não está disponível", "se cere tls dar nu este disponibil",
		"требуется tls, но он недоступен", "zahtevana je uporaba tls, ki pa ni na voljo",
		"тлс је затражен али није доступан", "tls krävs men är inte tillgängligt",
		"tls gerekli ama kullanılabilir değil", "потрібна tls, але вона недоступна", "需要 tls 但不可用",
		// neomutt cert-expired: zh_TW
		"伺服器的驗証已過期",
		// balsa utf8-login: ca, cs, da, el, es, eu, hu, id, ja, kk, nb, pl, pt, pt_BR, ro, ru, sl, sr, tr, uk, zh_CN
		"no es pot iniciar sessió amb el nom d'usuari o contrasenya utf-8",
		"při přihlášování (příkaz login) nelze v uživatelském jméně a heslo použít znaky kódované v utf-8",
		"kan ikke login med brugernavn eller adgangskode i utf-8",
		"αδυναμία login με όνομα χρήστη ή κωδικό πρόσβασης σε μορφή utf-8",
		"no se puede iniciar sesión con un usuario o contraseña en utf-8",
		"ezin da saioa hasi (login) erabiltzaile-izenak edo pasahitzak utf-8 kodeketa badu",
		"nem lehet bejelentkezni az utf-8 felhasználónévvel vagy jelszóval",
		"tidak dapat login dengan nama pengguna atau kata sandi utf-8", "utf-8のユーザー名とパスワードではログインできません",
		"utf-8 пайдаланушы аты немесе паролі арқылы кіру мүмкін емес",
		"kan ikke logge inn med brukernavn eller passord i utf-8",
		"nie można zalogować się za pomocą nazwy użytkownika lub hasła utf-8",
		"não foi possível se autenticar com nome de utilizador e palavra-passe utf-8",
		"não foi possível se autenticar com nome de usuário e senha utf-8",
		"nu se poate autentifica cu numele de utilizator sau parola utf-8",
		"не удалось выполнить login с именем пользователя или паролем в кодировке utf-8",
		"ni se mogoče povezati z uporabniškim imenom in geslom v kodnem zapisu utf-8",
		"не могу да се пријавим са утф-8 корисничким именом или лозинком",
		"utf-8 kullanıcı adı veya parola ile login yapılamıyor",
		"неможливо виконати login із іменем користувача або паролем у кодуванні utf-8", "无法用 utf-8 用户名或密码登录",
	),
		doc: "STARTTLS or the TLS handshake failed, TLS is required but missing, the server's certificate is refused, or Balsa will not send a UTF-8 password with LOGIN: the security settings (Claws Mail, Sylpheed, NeoMutt, Balsa)"},
	{id: "l10n_unixclients_host", class: ClassConfig, anyOf: p(
		// claws unknown-host: bg, ca, cs, da, el_GR, eo, es, fi, he, hu, id_ID, it, ja, lt, nb, nl, pl, ro, sk, sq, sv, tr, uk, zh_TW
		"непознат хост", "amfitrió desconegut", "neznámý hostitel", "ukendt vært", "άγνωστος host",
		"nekonata gastejo", "anfitrión desconocido", "tuntematon osoite", "מארח לא מוכר", "ismeretlen kiszolgáló",
		"host tidak dikenal", "host sconosciuto", "不明なホスト", "nežinomas serveris", "ukjent vert", "onbekende host",
		"nieznany gospodarz", "gazdă necunoscută", "neznámy hostiteľ", "strehë e panjohur", "okänd värd",
		"bilinmeyen sunucu", "невідомий сервер", "不知名的主機",
		// neomutt host-not-found: bg, ca, da, el, eo, es, et, eu, fi, fr, ga, gl, hu, id, it, ja, ko, lt, nb_NO, nl, pl, pt_BR, ru, sk, sr, sv, tr, zh_CN, zh_TW
		"не може да бъде намерен", "no s’ha pogut trobar l’estació", "kunne ikke finde værten",
		"αδυναμία εύρεσης του διακομιστή", "ne eblis trovi la servilon", "no se encontró la dirección del servidor",
		"ei leia masina", "ostalaria aurkitu", "ei löytynyt palvelinta", "impossible de trouver la machine",
		"níorbh fhéidir dul i dteagmháil leis an óstríomhaire", "non foi posible atopa-lo servidor",
		"host nem található", "tidak dapat menemukan host", "impossibile trovare l'host", "が見つからなかった",
		"호스트를 찾을 수 없음", "neradau serverio", "kunne ikke finne verten", "kan adres van server",
		"nie został znaleziony", "não foi possível encontrar o servidor", "не удалось определить адрес сервера",
		"nemožno nájsť hostiteľa „", "не може се наћи хост „", "kunde inte hitta värden", "makinesi bulunamadı",
		"无法找到主机", "找不到主機",
		// balsa smtp-probe: da, de, el, en, es, eu, hu, id, kk, pl, pt_BR, ru, sl, sr, sv, tr, uk
		"does not offer the smtp service at port 465, 587 or 25",
		"tilbyder ikke smtp-tjenesten på port 465, 587 eller 25",
		"bietet keinen smtp-dienst auf port 465, 587 oder 25", "δεν προσφέρει υπηρεσία smtp στη θύρα 465, 587 ή 25",
		"no ofrece el servicio smtp en el puerto 465, 587 o 25",
		"zerbitzariak ez du smtp zerbitzurik eskaintzen 465, 587 edo 25 ataketan",
		"kiszolgáló nem nyújt smtp szolgáltatást a 465-ös, 587-es vagy 25-ös porton",
		"tidak menawarkan layanan smtp di port 465, 587, atau 25",
		"сервері 465, 587 немесе 25 портында smtp қызметін ұсынбайды",
		"nie oferuje usługi smtp na porcie 465, 587 lub 25", "não oferece o serviço smtp nas portas 465, 587 ou 25",
		"не предоставляет доступ к службе smtp через порт 465, 587 или 25",
		"ne ponuja storitve smtp na vratih 465, 587 ali 25", "не нуди smtp услугу на прикључнику 465, 587 или 25",
		"erbjuder inte smtp-tjänsten på port 465, 587 eller 25",
		"sunucusu 465, 587 ya da 25 numaralı bağlantı noktasında smtp hizmetini sunmuyor",
		"не пропонує служби smtp на порту 465, 587 або 25",
		// balsa pop-probe: da, de, el, en, es, eu, hu, id, kk, pl, pt_BR, ru, sl, sr, sv, tr, uk
		"does not offer the pop3 service at port 995 or 110", "tilbyder ikke pop3-tjenesten på port 995 eller 110",
		"bietet keinen pop3-dienst auf port 995 oder 110", "δεν προσφέρει υπηρεσία pop3 στη θύρα 995 ή 110",
		"no ofrece el servicio pop3 en el puerto 995 o 110",
		"zerbitzariak ez du pop3 zerbitzurik eskaintzen 995 edo 110 ataketan",
		"kiszolgáló nem nyújt pop3 szolgáltatást a 995-ös vagy 110-es porton",
		"tidak menawarkan layanan pop3 di port 995 atau 110",
		"сервері 995 немесе 110 портында pop3 қызметін ұсынбайды", "nie oferuje usługi pop3 na porcie 995 lub 110",
		"não oferece o serviço pop3 na porta 995 ou 110",
		"не предоставляет доступ к службе pop3 через порт 995 или 110",
		"ne ponuja storitve pop3 na vratih 995 ali 110", "не нуди pop3 услугу на прикључнику 995 или 110",
		"erbjuder inte pop3-tjänsten på port 995 eller 110",
		"sunucusu 995 ya da 110 numaralı bağlantı noktasında pop3 hizmetini sunmuyor",
		"не пропонує служби pop3 на порту 995 або 110",
	),
		doc: "the configured host name does not resolve, or Balsa's settings probe finds no mail service on the standard ports: the server setting (Claws Mail, NeoMutt, Balsa)"},
	{id: "l10n_unixclients_local_setup", class: ClassConfig, anyOf: p(
		// neomutt no-oauth-refresh-command: ca, cs, de, el, en, eo, es, fi, fr, hu, lt, nb_NO, pl, pt_BR, ru, sk, sr, tr, uk, zh_CN
		"no oauth refresh command defined", "no s’ha definit l’ordre de refresc oauth",
		"není definován příkaz pro obnovení oauth", "kein oauth kommando zur aktualisierung definiert",
		"δεν έχει οριστεί εντολή oauth", "neniu refreŝiga komando por oauth difinita",
		"comando de oauth no definido", "oauth refresh komento puuttuu",
		"la commande de rafraîchissement 'oath' n'est pas définie", "nincs oauth frissítés parancs megadva",
		"oauth atnaujinimo komanda nebuvo apibrėžta", "ingen oauth-gjenoppfriskingskommando definert",
		"brak zdefiniowanej komendy odświeżania oauth", "comando de atualização oauth não definido",
		"команда обновления oauth не определена", "nie je definovaný príkaz pre obnovenie oauth",
		"ниједна наредба за oauth refresh није дефинисана", "hiçbir oauth yenileme komutu tanımlanmamış",
		"не визначено команди оновлення oauth", "oauth 刷新命令未定义",
		// neomutt oauth-refresh-command-failed: ca, cs, de, el, en, eo, es, fi, fr, hu, ja, lt, nb_NO, pl, pt_BR, ru, sk, sr, tr, uk, zh_CN
		"unable to run refresh command", "no s’ha pogut executar l’ordre de refresc",
		"nezdařilo se provést příkaz obnovení", "kann kommando zur aktualisierung nicht ausführen",
		"δεν μπόρεσε να γίνει εκτέλεση της εντολής ανανέωσης", "ne eblas plenumi refreŝigan komandon",
		"fallo al ejecutar el comando de refresco", "refresh-komento ei toimi",
		"impossible de lancer la commande de rafraîchissement", "nem tudom a frissítés parancsot futtatni",
		"refreshコマンドが実行できない", "nepavyko įvykdyti atnaujinimo komandos", "kunne ikke kjøre gjenoppfriskingskommando",
		"nie udało się wykonać komendy odświeżania", "incapaz de executar comando de atualização",
		"не могу выполнить команду обновления", "nie je možné spustiť príkaz obnovenie",
		"не може се покренути наредба refresh", "yenile komutu çalıştırılamıyor",
		"не можливо запустити команду оновлення", "无法运行刷新命令",
		// balsa secret-service-load: da, de, el, en, es, hu, id, kk, pt_BR, ru, sl, sr, sv, tr, uk
		"error loading credentials for user", "der opstod en fejl, da legitimationsoplysningerne for brugeren",
		"fehler beim laden der zugangsinformationen für benutzer",
		"σφάλμα κατά τη φόρτωση διαπιστευτηρίων για τον χρήστη", "error al cargar las credenciales para el usuario",
		"example.com” kiszolgáló hitelesítési adatainak a titokszolgáltatásból való betöltésekor",
		"galat saat memuat kredensial bagi pengguna", "example.com” сервері үшін тіркелгі деректерін жүктеу қатесі",
		"erro ao carregar credenciais do usuário", "ошибка при загрузке учётных данных пользователя",
		"napaka pri nalaganju poverilnic za uporabnika", "грешка при учитавању акредитива за корисника",
		"fel vid inläsning av uppgifter för användare",
		"example.com” için kimlik bilgileri giz hizmetinden yüklenirken hata oluştu",
		"помилка під час спроби завантажити реєстраційні дані для користувача",
		// balsa secret-service-save: da, de, el, en, es, hu, id, kk, pt_BR, ru, sl, sr, sv, tr, uk
		"error saving credentials for user", "der opstod en fejl, da legitimationsoplysningerne for brugeren",
		"fehler beim speichern der zugangsinformationen für benutzer",
		"σφάλμα κατά την αποθήκευση διαπιστευτηρίων για τον χρήστη", "error al guardar las credenciales del usuario",
		"example.com” kiszolgáló hitelesítési adatainak a titokszolgáltatásba való mentésekor",
		"galat saat menyimpan kredensial bagi pengguna",
		"example.com” сервері үшін тіркелгі деректерін сақтау қатесі", "erro ao salvar credenciais do usuário",
		"ошибка при сохранении учётных данных пользователя", "napaka pri shranjevanju poverilnic za uporabnika",
		"грешка при чувању акредитива за корисника „", "fel vid sparande av uppgifter för användare",
		"example.com” için kimlik bilgileri giz hizmetinde kaydedilirken hata oluştu",
		"помилка під час спроби зберегти реєстраційні дані для користувача",
	),
		doc: "NeoMutt's OAuth token command is missing or cannot run, or Balsa cannot read or store the password in the desktop keyring: the client's own setup, the server was not asked"},
	{id: "l10n_unixclients_login_refused", class: ClassAuth, anyOf: p(
		// claws login-refused: bg, ca, da, de, el, el_GR, en, eo, es, fr, he, hu, ko, lt, nl, pl, pt_PT, ro, ru, sk, sq, sr, sv, tr, uk, zh_CN, zh_TW
		"failed: login refused", "неуспешна: достъпът е отказан", "е неуспешна: достъпът е отказан",
		"entrada refusada", "logind afvist", "schlug fehl: login abgelehnt", "απέτυχε: δεν επιτράπηκε η σύνδεση",
		"απέτυχε: η σύνδεση απορρίφθηκε", "απέτυχε: η είσοδος απορρίφθηκε", "fiaskis: ensaluto rifuzita",
		"autenticación rechazada", "a échoué : nom d'utilisateur·rice refusé", "נכשל: התחברות סורבה",
		"szerverhez nem sikerült: bejelentkezés elutasítva", "로의 연결이 실패했습니다: 로그인이 금지되었습니다",
		"prisijungimo vardas atmestas", "mislukt: login geweigerd", "odmówiono wejścia", "acesso recusado",
		"a eșuat: autentificarea a fost refuzată", "прошло неудачно: логин отвергнут",
		"zlyhalo: prihlásenie odmietnuté", "dështoi: hyrje e papranuar", "неуспешно: пријава одбијена",
		"misslyckades: inloggning avslogs", "adresine bağlanma başarısız oldu: giriş reddedildi",
		"не вдалося: логін відкинуто", "失败: 登录被拒绝", "失敗：登入被拒絕",
		// claws imap-login-failed: ca, cs, da, el, el_GR, en, eo, fi, fr, he, hu, id_ID, it, ja, lt, nb, nl, pt_PT, ro, sq, sr, sv, uk, zh_CN, zh_TW
		"couldn't login to imap server", "no s'ha pogut fer l'entrada al servidor imap",
		"nepodařilo se přihlásit k imap serveru", "kunne ikke logge ind til imap server",
		"δεν ήταν δυνατή η σύνδεση με τον διακομιστή imap4", "αδύνατη η σύνδεση στον imap server",
		"αδύνατη η σύνδεση στο imap server", "ne povis ensaluti al imap servilo", "yhdistetään imap-palvelimeen",
		"authentification impossible au serveur imap", "connexion impossible au serveur imap",
		"לא היתה אפשרות להתחבר לשרת imap ‏", "nem lehet bejelentkezni", "tidak dapat login ke server imap",
		"non è stato possibile effettuare il login al server imap", "にログインできません",
		"nepavyksta prisijungti prie imap serverio", "kunne ikke logge inn på ldap-tjeneren",
		"kunne ikke logge inn på imap-tjeneren", "kon niet inloggen op imap-server",
		"não foi possível ligar-se ao servidor imap", "nu s-a putut loga la serverul imap",
		"s’u bë dot hyrja te shërbyes imap", "није могућа пријава на imap сервер",
		"kunde inte logga in på imap-server", "kunde inte logga in på imap4-server",
		"не можу з’єднатися з imap сервером", "не можу авторизуватися на imap4 сервері", "无法登录到 imap 服务器",
		"無法登入到 imap 伺服器",
		// claws/sylpheed auth-error: be, bg, cs, de, en, eo, es, et, eu, fi, fr, gl, hr, hu, id_ID, it, ja, ko, lt, nl, pl, pt_BR, ro, sk, sl, sq, sr, tr, vi, zh_CN
		"error occurred on authentication", "грешка по време на автентификацията", "nastala chyba v autentizaci",
		"fehler beim authentifizieren", "eraro okazis je aŭtentigo", "virhe todennuksessa",
		"erreur lors de l'autorisation", "greška prilikom ovjeravanja", "hiba történt az azonosítás közben",
		"terjadi kesalahan pada otentifikasi", "errore durante l'autenticazione", "認証中にエラーが発生しました", "인증 도중 에러 발생",
		"tapatumo nustatymo klaida", "er is een fout opgetreden tijdens de authenticatie",
		"wystąpił błąd podczas uwierzytelniania", "ocorreu um erro na autenticação",
		"a apărut o eroare la autentificare", "ndodhi gabim në mirëfilltësim",
		"настала је грешка при идентификацији", "kimlik doğrulamada hata meydana geldi",
		"памылка здарылася падчас аўтэнтыфікацыі", "грешка при удостоверяване", "v autentizaci se vyskytla chyba",
		"fehler bei der authentisierung", "hubo algún error en la autentificación", "autoriseerimisel tekkis viga",
		"akatsa gertatu da egiaztatzerakoan", "tunnistautumisessa sattui virhe",
		"une erreur est survenue pendant la phase d'authentification", "ocurriu algún erro na autenticación",
		"greška pri ovjeri", "hiba történt az azonosításkor", "si è verificato un errore durante l'autenticazione",
		"klaida tikrinant autentiškumą", "er is een fout opgetreden tijdens de identificatie",
		"vyskytla sa chyba v autentizácii", "med preverjanjem istovetnosti je prišlo do napake",
		"дошло је до грешке у пријави", "yetkilendirme sırasında hata oluştu", "có lỗi khi xác thực", "验证时发生错误",
		// claws/neomutt/sylpheed authentication-failed: be, bg, ca, de, eo, es, eu, fi, hr, hu, lt, nb_NO, nl, sk, sr, sv, tr, uk, zh_CN
		"грешка при автентификацията", "autenticació fallida", "aŭtentigo fiaskis", "autorizacija nije uspjela",
		"az azonosítás nem sikerült", "nepavyko nustatyti tapatumo", "неуспешна идентификација",
		"авторизація не вдалася", "授权失败", "rajtiĝo malsukcesis", "verificación de autenticidad falló",
		"sasl-bekreftelse mislyktes", "autentiseringen misslyckades", "невдала автентифікація",
		"аўтэнтыфікацыя схібіла", "удостоверяването се провали", "fehler bei authentisierung",
		"egiaztapen hutsegitea", "tunnistautuminen epäonnistui", "nepavyko patvirtinti autentiškumo",
		"identificatie mislukt", "autentizácia bola neúspešná", "yetkilendirmede hata oluştu",
		"невдача автентифікації",
		// neomutt login-failed: bg, ca, el, eo, et, eu, ga, lt, nb_NO, ru, uk
		"неуспешно включване", "l’entrada ha fallat", "απέτυχε η είσοδος στο σύστημα", "saluto malsukcesis",
		"meldimine ebaõnnestus", "huts saioa hasterakoan", "theip ar logáil isteach", "nepavyko pasisveikinti",
		"kunne ikke logge inn", "регистрация не удалась", "не вдалося ввійти",
		// neomutt sasl-auth-failed: bg, el, eo, es, id, sk, uk, zh_TW
		"неуспешна sasl идентификация", "αυθεντικοποίηση sasl απέτυχε", "sasl-rajtiĝo malsukcesis",
		"auntenticación sasl falló", "authentikasi sasl gagal", "sasl autentizácia zlyhala",
		"помилка аутентифікації sasl", "sasl 驗證失敗",
		// neomutt mech-auth-failed: uk
		"не вдала автентифікація",
		// sylpheed imap4-auth-failed: be, bg, de, eu, fi, hr, hu, lt, nl, sk, tr, uk
		"аўтэнтыфікацыя imap4 схібіла", "imap4 удостоверяване провалено", "fehler bei imap4-authentisierung",
		"imap4 egiaztapen hutsegitea", "imap4-tunnistautuminen epäonnistui", "autorizacija nije uspjela",
		"az imap4 azonosítás nem sikerült", "imap4 autentiškumo tikrinimas nepavyko", "imap4-identificatie mislukt",
		"imap4 autentizácia bola neúspešná", "imap4 yetkilendirmesi başarısız", "невдача авторизації imap4",
		// sylpheed imap4-login-failed: be, bg, cs, el, es, et, eu, fi, he, lt, pl, ru, tr, uk
		"уваход на сервер imap4 схібіў", "imap4 влизане провалено", "neúspěšné přihlášení k imap4",
		"η είσοδος στον imap4 απέτυχε", "autentificación imap4 fallida", "imap4 sissekirjutus ebaõnnestus",
		"imap4 saio-haste hutsegitea", "imap4-kirjautuminen epäonnistui", "כניסת imap4 נכשלה",
		"nepavyko prisijungti prie imap4", "nie można zalogować się do serwera imap4", "сбой авторизации imap",
		"imap4 girişinde hata", "невдача авторизації imap4",
	),
		// An OAuth flow that got no code back is the product's flow (round 84).
		noneOf: p("未返回 code"),
		doc:    "the mail server refused the login, in the owner's language (Claws Mail \"Connection to ... failed: login refused.\", Sylpheed \"IMAP4 login failed.\", NeoMutt \"Login failed\", Balsa \"authentication failure 535: ...\")"},
	{id: "l10n_unixclients_recipient", class: ClassRecipient, anyOf: p(
		// neomutt smtp-cannot-add-recipient: de, en, sr
		"smtp session failed: cannot add recipient", "smtp verbindung fehlgeschlagen: kann empfänger",
		"неуспешна smtp сесија: не може се додати прималац",
	),
		doc: "NeoMutt says the SMTP server refused a recipient (\"SMTP session failed: cannot add recipient <...>\")"},
	{id: "l10n_unixclients_unreachable", class: ClassTransient, anyOf: p(
		// claws imap-connect-failed: cs, da, de, el_GR, en, fr, id_ID, ja, nb, pl, pt_BR, pt_PT, ro, sk, sq, sv
		"can't connect to imap server", "nemohu se spojit s imap serverem", "kan ikke forbinde til imap server",
		"keine verbindung zum imap-server", "αδύνατη η σύνδεση με imap server",
		"impossible de se connecter au serveur imap", "tidak dapat konek ke server imap", "に接続できません",
		"får ikke forbindelse til imap-tjener", "nie można połączyć się z serwerem imap",
		"não foi possível conectar com o servidor imap", "não foi possível ligar com o servidor imap",
		"conectare eșuată la serverul imap", "nemožno sa pripojiť k serveru imap",
		"s’bëhet dot lidhja te shërbyes imap", "kan inte ansluta till imap-server",
		// claws pop3-connect-failed: cs, da, de, el, el_GR, en, eo, fi, fr, he, hu, id_ID, ja, ko, lt, nb, pl, ro, ru, sq, sv, uk, zh_CN
		"can't connect to pop3 server", "nemohu se spojit s pop3 serverem", "kan ikke forbinde til pop3 server",
		"keine verbindung zu pop3-server", "δεν μπορώ να συνδεθώ στον pop3 server",
		"αδύνατη η σύνδεση σε pop3 server", "ne povas konekti al pop3 servilo", "ei voitu yhdistää",
		"impossible de se connecter au serveur pop3", "אין אפשרות להתחבר לשרת pop3: ‏",
		"nem sikerült a kapcsolódás a pop3 szerverhez", "tidak dapat menyambung ke server pop3", "に接続できません",
		"pop3 서버에 연결할 수가 없습니다", "nepavyksta prisijungti prie pop3 serverio", "får ikke forbindelse til pop3-tjener",
		"nie można połączyć się z serwerem pop3", "conectare eșuată la serverul pop3",
		"не удалось соединиться с pop3 сервером", "s’bëhet dot lidhja te shërbyes pop3",
		"kan inte ansluta till pop3-server", "не можу зв’язатися з pop3 сервером", "无法连接到pop3服务器",
		// claws/sylpheed session-timed-out: be, bg, ca, cs, da, de, el, el_GR, eo, es, eu, fi, fr, he, hr, hu, id_ID, ja, lt, nl, pl, pt_BR, pt_PT, ro, ru, sk, sq, sr, sv, uk, vi
		"sessió caducada. podeu recuperar-la incrementant el temps d'espera de la sessió a preferències/altres/miscel·lània",
		"čas relace vypršel. můžete ji obnovit zvýšením hodnoty ve volby/ostatní/různé",
		"sessionen løb ud for tid. kan måske genoprettes ved at forøge værdien for tidsudløbet i indstillinger/andet/diverse",
		"η συνεδρία έληξε. μπορεί να είσαι σε θέση να ανακτήσεις αυξάνοντας την τιμή χρονικού ορίου σε προτιμήσεις/άλλα/διάφορα",
		"sesio eltempiĝis. vi povos eble restatigi per pligrandigo de la tempolima valoro en preferoj/alia/diversaj",
		"la sesión ha expirado. puede ser capaz de recuperarla incrementando el tiempo límite de la sesión en «preferencias/otras/miscelánea",
		"la session a expiré. augmenter la valeur du délai d'attente dans préférences/autres/divers peut dans certains cas être une solution",
		"זמן סשן פקע. ניתן אולי להשיב על ידי הגברת ערך תפוגת זמן בתוך העדפות/אחרות/שונות",
		"időtúllépés a munkamenetben. a helyreállításhoz megpróbálhatod növelni az időtúllépés értékét a beállítások/egyéb/vegyes menüpontban",
		"waktu sesi habis. anda dapat menyelamatkannya dengan meningkatkan nilai waktuhabis pada preferensi/lainnya/macam-macam",
		"セッションがタイムアウトしました。全般の設定/その他/雑多な設定にあるタイムアウト値を増やすことで、復帰することが出きるかもしれません",
		"sessie verlopen. mogelijk kun je herstellen door de tijdslimiet te verhogen in voorkeuren/diversen/overige",
		"upłynął czas oczekiwania na sesję. możesz zwiększyć czas oczekiwania w ustawienia/inne/różne",
		"o tempo da sessão está esgotado. você pode recuperá-la aumentando o valor do tempo limite em preferências/outros/miscelânea",
		"o tempo da sessão está esgotado. pode recuperá-la aumentando o valor do tempo limite em preferências/outros/diversos",
		"превышено время ожидания. вы можете попробовать исправить эту проблему, увеличив время ожидания в /настройки/параметры/другие/разное",
		"vypršal limit relácie. môže pomôcť úprava (zvýšenie) hodnoty časového limitu spojení v nastavenia/ostatné/rôzne",
		"sesionit i mbaroi koha. mund të jeni në gjendje ta riktheni duke rritur vlerën për mbarim kohe, që nga parapëlqime/tjetër/të ndryshme",
		"sessionen överskred tidsgränsen. det kan vara möjligt att återställa genom att öka tidsgränsens värde i egenskaper/övrigt/blandat",
		"перевищено час очікування. ви можете спробувати виправити цю проблему, збільшивши час очікування (\"налаштування/параметри.../інші",
		"таймаут сеансу", "час сеансу скончыўся", "сесията е просрочена", "vypršel čas relace",
		"sitzungszeit abgelaufen", "λήξη χρόνου σύνδεσης", "λήξη ορίου χρόνου συνεδρίας",
		"se agotó el tiempo de espera de la sesión", "tiempo de espera agotado para la sesión", "saioa epezkanpo",
		"istunnon aikakatkaisu", "פקיעת זמן סשן", "isteklo je vrijeme", "menet időtúllépése",
		"kapcsolat időtúllépése", "セッションがタイムアウトしました", "baigėsi sesijos laikas", "baigėsi sesijai skirtas laikas",
		"sessie time-out", "przekroczenie czasu sesji", "tempo limite da sessão", "timpul sesiunii a expirat",
		"время сеанса истекло", "čas spojenia vypršal", "време за сесију је истекло", "време истека сесије",
		"sessionens väntetid tog slut", "час сеансу закінчився", "таймаут сесії", "phiên làm việc hết giờ",
		// claws/sylpheed mailbox-locked: be, ca, cs, da, de, es, et, eu, fr, gl, hr, it, ko, lt, nl, pl, pt_BR, pt_PT, ro, ru, sk, sl, uk, vi, zh_CN, zh_TW
		"la bústia està blocada", "mailbox ist gesperrt", "el buzón está bloqueado", "sandučić je zaključan",
		"la casella di posta è bloccata", "casella di posta è bloccata", "skrzynka zablokowana",
		"a caixa de correio está bloqueada", "căsuța poștală este blocată", "пошта замкнена",
		"поштовий адрес заблокований", "скрынка замкнутая", "скрынка заблакавана", "poštovní schránka je zamčena",
		"postkasse er låst", "mailbox ist blockiert", "el buzón esta bloqueado", "kirjakast on lukus",
		"postakutxa blokeatuta dago", "boîte verrouillée", "a caixa de correo esta bloqueada",
		"a caixa de correo está bloqueado", "sandučić mapa je zaključan", "la casella postale è bloccata",
		"메일박스가 잠겨있습니다", "dėžutė užrakinta", "mailbox is vergrendeld", "postbusis vergrendeld",
		"skrzynka jest zablokowana", "почтовый ящик занят", "mailbox je zamknutý", "poštni predal je zaklenjen",
		"скриньку заблоковано", "hộp thư bị khoá", "hộp thư đã bị khoá", "信箱已锁定", "信箱已被鎖定，可能前一次擷取未完成",
		// claws/sylpheed closed-by-remote: be, bg, ca, cs, de, el, el_GR, en, eo, es, eu, fi, fr, he, hr, hu, id_ID, it, ja, ko, lt, pl, pt_BR, pt_PT, ro, sk, sr, sv, uk, zh_CN
		"closed by the remote host", "е прекъсната от отдалечената машина", "tancada per la màquina remota",
		"bylo ukončeno vzdáleným počítačem", "von der gegenstelle geschlossen",
		"έκλεισε από τον απομακρυσμένο υπολογιστή", "έκλεισε από τον απομακρυσμένο host", "fermita de fora gastejo",
		"cerrada por la máquina remota", "katkaisi yhteyden", "fermée par l'hôte distant", "נסגר על ידי מארח מרוחק",
		"je završena od strane udaljenog računala", "a távoli kiszolgáló lezárta a", "ditutup oleh remote host",
		"chiusa dall'host remoto", "への接続がクローズされました", "에 대한 연결이 끊겼습니다", "nuotolinis serveris nutraukė",
		"zostało zamknięte przez zdalnego gospodarza", "foi fechada pelo servidor remoto", "vzdialený hostiteľ",
		"avslutades av motstående värddator", "закритий віддаленим вузлом", "的连接被远程主机关闭",
		"злучэнне закрытае аддаленым серверам", "връзката е прекратена от отдалечения хост",
		"spojení ukončeno vzdáleným hostitelem", "verbindung geschlossen vom remote-host",
		"η σύνδεση έκλεισε από τον απομακρυσμένο υπολογιστή", "conexión cerrada por la máquina remota",
		"elkarketa hurruneko hostalariak itxita", "etäpalvelin sulki yhteyden",
		"la connexion a été fermée par le serveur", "חיבור נסגר על ידי מארח מרוחק", "vezu je prekinuo domaćin",
		"a távoli fél bezárta a kapcsolatot", "connessione chiusa dall'host remoto", "リモートホストによって接続を切断されました",
		"prisijungimas uždarytas nuotolinio serverio", "połączenie zamknięte przez zdalny komputer",
		"conexão finalizada pelo servidor remoto", "conexiune închisă de serverul de la distanță",
		"vzdialený hostiteľ ukončil spojenie", "веза је прекинута од стране удаљеног домаћина",
		"з'єднання закрито сервером", "远程主机关闭了连接",
		// claws socket-error: ca, cs, da, de, el_GR, eo, es, fi, fr, he, hr, hu, id_ID, it, ja, ko, nb, pt_BR, pt_PT, ro, sk, sq, sr, sv, uk, zh_CN
		"error de sòcol connectant amb", "chyba socketu v připojení k", "sokkelfejl ved forbindelse til",
		"socket-fehler beim verbinden mit", "σφάλμα socket στη σύνδεση σε", "inga eraro ĉe konekto al",
		"error de conector conectando con", "sokettivirhe yhteydessä", "erreur de socket lors de la connexion vers",
		"שגיאת socket בעת התחברות אל", "greška u soketu za vezu s", "socket hiba a kapcsolat létesítésekor",
		"soket mengalami kesalahan saat menyambung ke", "errore del socket durante la connessione con",
		"への接続中にソケットエラー", "으)로 연결하는 중 소켓 에러", "socket-feil ved oppkobling til", "erro de socket na conexão com",
		"erro de socket na ligação com", "eroare de socket la conectarea la", "chyba soketu pri pripojení k",
		"gabim socket-i në lidhje me", "грешка у сокету за везу са", "socket-fel på anslutning till",
		"помилка сокету при з’єднання з", "时发生套接字错误",
		// neomutt smtp-read-error: ca, cs, da, el, en, eo, es, eu, fi, fr, hu, id, it, ja, lt, nb_NO, nl, pl, pt_BR, ru, sk, sr, sv, tr, uk, zh_CN
		"smtp session failed: read error", "la sessió smtp ha fallat: error de lectura",
		"smtp relace selhala: chyba při čtení", "smtp-session fejlede: læsningsfejl",
		"απέτυχε η συνεδρία smtp: σφάλμα read", "smtp-konekto malsukcesis: legeraro",
		"sesión smtp fallida: error de lectura", "smtp saioak huts egin du: irakurketa errorea",
		"smtp-sessio epäonnistui: lukuvirhe", "la session smtp a échoué : erreur de lecture",
		"smtp folyamat sikertelen: olvasási hiba", "sesi smtp gagal: kesalahan pembacaan",
		"sessione smtp fallita: errore di lettura", "smtp セッション失敗: 読み出しエラー", "smtp sesija nepavyko: skaitymo klaida",
		"smtp-økt mislyktes: lesefeil", "smtp-sessie is mislukt: leesfout",
		"sesja smtp nie powiodła się: błąd odczytu", "sessão smtp falhou: erro de acesso",
		"ошибка smtp сессии: ошибка чтения", "smtp relácia zlyhala: chyba čítania",
		"неуспешна smtp сесија: грешка приликом читања", "smtp-session misslyckades: läsfel",
		"smtp oturumu başarısız oldu: okuma hatası", "помилка сесії smtp: помилка читання з сокета", "smtp 会话失败：读错误",
		// neomutt smtp-write-error: ca, cs, da, el, en, eo, es, eu, fi, fr, hu, id, it, ja, lt, nb_NO, nl, pl, pt_BR, ru, sk, sr, sv, tr, uk, zh_CN
		"smtp session failed: write error", "la sessió smtp ha fallat: error d’escriptura",
		"smtp relace selhala: chyba při zápisu", "smtp-session fejlede: skrivningsfejl",
		"απέτυχε η συνεδρία smtp: σφάλμα write", "smtp-konekto malsukcesis: skriberaro",
		"sesión smtp fallida: error de escritura", "smtp saioak huts egin du: idazketa errorea",
		"smtp-sessio epäonnistui: kirjoitusvirhe", "la session smtp a échoué : erreur d'écriture",
		"smtp folyamat sikertelen: írási hiba", "sesi smtp gagal: kesalahan penulisan",
		"sessione smtp fallita: errore di scrittura", "smtp セッション失敗: 書き込みエラー", "smtp sesija nepavyko: rašymo klaida",
		"smtp-økt mislyktes: skrivefeil", "smtp-sessie is mislukt: schrijffout",
		"sesja smtp nie powiodła się: błąd zapisu", "sessão smtp falhou: erro de escrita",
		"ошибка smtp сессии: ошибка записи", "smtp relácia zlyhala: chyba zápisu",
		"неуспешна smtp сесија: грешка приликом писања", "smtp-session misslyckades: skrivfel",
		"smtp oturumu başarısız oldu: yazma hatası", "помилка сесії smtp: помилка запису в сокет", "smtp 会话失败：写错误",
		// neomutt pop-error-connecting: ca, cs, da, el, eo, es, eu, fi, ga, gl, hu, id, ja, lt, nb_NO, nl, pl, pt_BR, sk, zh_CN
		"error en connectar amb el servidor", "chyba při připojování k serveru", "fejl under forbindelse til server",
		"σφάλμα κατα τη σύνδεση στο διακομιστή", "eraro dum konektiĝo al servilo", "error al conectar al servidor",
		"errorea zerbitzariarekin konektatzerakoan", "ei voitu yhdistää palvelimeen",
		"earráid ag nascadh leis an bhfreastalaí", "erro ó conectar có servidor",
		"hiba a szerverre való csatlakozás közben", "kesalahan waktu menghubungi ke server", "への接続エラー",
		"klaida jungiantis prie imap serverio", "kunne ikke koble til tjener", "fout tijdens verbinden met server",
		"błąd łączenia z serwerem", "erro ao conectar com servidor", "chyba pri pripájání k serveri", "连接到服务器时出错",
		// sylpheed imap4-connect: bg, cs, da, de, el, en, es, et, eu, fr, gl, he, ja, ko, lt, nl, pt_BR, sk, sv, zh_CN
		"can't connect to imap4 server", "не може да се установи връзка с imap4 сървър",
		"nelze se spojit se serverem imap4", "ingen forbindelse med imap4 server",
		"keine verbindung mit imap4-server", "δεν είναι δυνατή η σύνδεση στον διακομιστή imap4",
		"no se puede conectar con el servidor imap4", "ei suuda ühendada imap4 serveriga",
		"ezin da imap4 zerbitzariarekin elkarketatu", "impossible de se connecter au serveur imap4",
		"non se pode conectar con o servidor imap4", "לא מסוגל להתחבר לשרת imap4‏", "に接続できません",
		"imap4 서버에 연결할 수가 없습니다", "negaliu prisijungti prie imap4 serverio", "kan niet verbinden met de imap4 server",
		"não foi possível se conectar ao servidor imap4", "nedá sa pripojiť k serveru imap4",
		"kan inte ansluta till imap4-server", "无法连接到 imap4 服务器",
		// sylpheed imap-connection: be, cs, de, en, es, eu, fr, he, hu, ja, nl, sr, sv, uk, zh_CN, zh_TW
		"could not establish imap connection", "немагчыма устанавіць злучэнне imap4", "nelze navázat spojení imap",
		"konnte keine imap-verbindung herstellen", "no puedo establecer la conexión imap4",
		"ezinezkoa imap elkarketa ezartzea", "impossible d'établir un session imap",
		"לא היתה אפשרות לבסס חיבור imap", "nem lehet imap kapcsolatot létesíteni", "imap の接続を確立できませんでした",
		"kan imap verbinding niet tot stand brengen", "нисам успео да успоставим везу имап везу",
		"kunde inte etablera imap-anslutning", "не вдалося встановити з'єднання imap", "无法创建 imap 连接",
		"無法建立 imap 連接",
		// sylpheed pop3-connect: bg, cs, da, de, el, en, eu, fi, fr, gl, he, ja, ko, lt, nl, pt_BR, sv, uk, zh_CN
		"can't connect to pop3 server", "не може да се установи връзка с pop3 сървър",
		"nelze se spojit se serverem pop3", "ingen forbindelse med pop3 server", "keine verbindung mit pop3-server",
		"δεν μπορώ να συνδεθώ στον pop3 server", "ezin da pop3 zerbitzariarekin elkarketatu",
		"pop3-palvelimeen ei voida yhdistää", "impossible de se connecter au serveur pop3",
		"non se pode conectar ó servirdor pop3", "לא מסוגל להתחבר לשרת pop3: ‫", "に接続できません", "pop3 서버에 연결할 수가 없습니다",
		"negaliu prisijungti prie pop3 serverio", "kan niet verbinden met pop3 server",
		"não foi possível se conectar ao servidor pop3", "kan inte ansluta till pop3-server",
		"не вдалося з'єднатися із сервером pop3", "无法连接 pop3 服务器",
		// sylpheed smtp-connect: cs, de, en, es, eu, fi, fr, he, hu, ja, nl, pl, pt_BR, sv, uk, zh_CN
		"can't connect to smtp server", "nelze se spojit se serverem smtp", "keine verbindung zum smtp-server",
		"verbindung zum smtp-server nicht möglich", "no se puede conectar con el servidor smtp",
		"ezin da smtp zerbitzarira elkarketatu", "smtp-palvelimeen ei voida yhdistää",
		"impossible de se connecter au serveur smtp", "לא מסוגל לקשר אל שרת smtp",
		"nem lehet csatlakozni az smtp szerverhez", "に接続できません", "smtpサーバに接続できません",
		"kan niet verbinden met de smtp-server", "nie udało się połączyć z serwerem smtp",
		"não foi possível conectar ao smtp", "kan inte ansluta till smtp-server",
		"не вдалося з'єднатися із сервером smtp", "无法连接smtp服务器", "无法连接到 smtp 服务器",
		// balsa cannot-reach-smtp: ca, cs, da, de, el, en, eu, id, ja, kk, nb, pl, pt, ro, ru, sl, sr, sr@latin, sv, tr, uk
		"any queued message will remain in", "no es mantindrà cap missatge a la cua a",
		"zprávy ve frontě zůstávají ve složce", "beskeder i kø vil forblive i",
		"alle nachrichten in der warteschlange verbleiben in", "· τυχόν μηνύματα στην ουρά θα παραμείνουν στο",
		"smtp zerbitzaria atzitu", "pesan yang diantrikan akan tetap ada di dalam", "に到達できません。キュー内のメッセージは",
		"smtp серверіне қол жеткізу мүмкін емес, кезектегі кез келген хабарлама",
		"alle meldinger i køen vil forbli i", "wszystkie wiadomości w kolejce pozostaną w",
		"qualquer mensagem enfileirada será mantida em", "fiecare mesaj pus la coadă va rămâne în",
		"все сообщения из очереди останутся в", "ni mogoče doseči, vsa sporočila v čakalni vrsti bodo ostala v",
		"не могу да приступим смтп серверу „", "ne mogu da pristupim smtp serveru „",
		"köade meddelanden kommer att finnas kvar i", "sıraya alınmış herhangi bir ileti",
		"не вдалося зв'язатися із сервером smtp",
		// balsa imap-cannot-connect: cs, da, de, el, es, gl, id, ja, ka, nb, pl, pt, pt_BR, sv, uk, zh_CN
		"nezdařilo se připojit k serveru", "kan ikke forbinde til", "konnte nicht aufgebaut werden",
		"αδυναμία σύνδεσης στο", "no se puede conectar con", "non é posíbel conectar con",
		"tidak bisa menyambung ke", "に接続できません", "სთან მიერთების სეცდომა", "kan ikke koble til",
		"nie można połączyć z", "impossível ligar a", "não é possível conectar à", "det går inte att ansluta till",
		"не вдалося з'єднатися з", "无法连接到",
	),
		doc: "the mail server could not be reached, dropped the connection, timed out, answered 4xx, or holds the POP3 mailbox locked for now (Claws Mail, Sylpheed, NeoMutt, Balsa)"},
}
