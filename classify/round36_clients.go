package classify

// Round 36's mail clients (testdata/heldout/round36.jsonl, rows h36a-*): the
// messages whose rows the round missed, each read in every locale the
// product ships. Each phrase is one translation, lower-cased, without its
// placeholders and trailing full stop.
//
//   - Modest (maemo-leste/modest commit 655c7929, po/en_GB.po, po/sv_SE.po;
//     raised in get_password(), src/modest-tny-account-store.c): keys
//     emev_ni_ui_smtp_passwd_invalid and emev_ni_ui_smtp_userid_invalid, the
//     SMTP account has no password or no user name stored (config). The
//     English already reads as auth_settings_missing; the Swedish did not.
//   - Kube (KDE/kube commit 415033b1, poqm/<locale>/kube_qt.po, 34 locales;
//     framework/src/sinkfabric.cpp and the loginErrorComponent of
//     views/inbound and views/log View.qml): "No credentials available."
//     (Sink's MissingCredentialsError, config; the Korean read as a refused
//     login) and "Failed to login" (Sink's LoginError, auth). Of the
//     latter, the locales already read as auth need no phrase; French
//     "Impossible de se connecter", Portuguese "Não foi possível ligar-se" and
//     Galician "Non foi posíbel acceder" say "could not connect/access" in
//     every other product and get none.
//   - meli (meli/meli commit 18baa441, English only): melib/src/imap/
//     connection.rs ("Could not connect. Server replied with '{}'" after a
//     refused LOGIN/AUTHENTICATE, auth; STARTTLS not OK and no AUTH=XOAUTH2
//     capability, config), melib/src/jmap/connection.rs (the session URL
//     hint and the 401 details where the account's use_token setting does
//     not match the server's scheme, config) and melib/src/utils/
//     connections.rs ("Could not lookup address", config).
//   - EAS-4-TbSync (jobisoft/EAS-4-TbSync commit b89fbf8f,
//     src/_locales/<locale>/messages.json, 18 locales): keys
//     eas.sync.error.accessDenied.126 and .129 (ActiveSync status 126
//     UserDisabledForSync, 129 DeviceIsBlockedForThisUser: the administrator's
//     policy, admin; the English 129 read as a refused message),
//     eas.network.error.retriesExhausted and setup.auto.error.network
//     (transient).
//   - gnome-gmail (davesteele/gnome-gmail commit 896dacf3, po/<locale>.po;
//     gnomegmail.py raises "Timeout getting OAuth authentication" when the
//     browser sign-in gave no code in time: transient); translated in fr, it,
//     pl and ru only.
//   - pimalaya email-lib (pimalaya/core commit b3a9640a, English only):
//     email/src/imap/error.rs ("cannot connect to IMAP server {1}:{2} using
//     TCP/STARTTLS/SSL/TLS", transient; "cannot get imap password: password is
//     empty" and the "... authentication not supported (available: ...)"
//     errors, config) and email/src/smtp/error.rs (the SMTP password twin).
//   - Mail Notification (epienbroek/mail-notification commit 9ae8768f,
//     po/<locale>.po; src/mn-client-session.c, mn-imap-mailbox.gob,
//     mn-pop3-mailbox.gob): "unable to resolve %s: %s", "unable to perform the
//     SSL/TLS handshake: %s", "server does not support in-band SSL/TLS" and
//     "server does not support APOP authentication" (config). Left out: the
//     resolve key's de ("%s konnte nicht kontaktiert werden"), nl ("er kon
//     geen verbinding worden gemaakt met"), cs ("nemohu nalézt") and sr
//     ("Није могуће пронаћи") translations, which say "could not contact /
//     connect / find" like any connection failure.

// round36ClientsEarlyRules come right after sabnzbdEarlyRules: the Korean
// "no credentials" reads as a refused login, meli's OAuth2 capability and
// JMAP URL sentences as connection failures, EAS-4-TbSync's "device is
// blocked for this user" as a refused message.
var round36ClientsEarlyRules = []rule{
	{id: "mailclients_credentials_not_stored", class: ClassConfig, anyOf: p(
		// Modest emev_ni_ui_smtp_passwd_invalid / emev_ni_ui_smtp_userid_invalid: en_GB, sv_SE
		"smtp password not defined. edit e-mail account options", "smtp user name not defined. edit e-mail account options",
		"smtp-lösenordet inte angivet", "smtp-användarnamnet inte angivet",
		// Kube "No credentials available.": en, ar, ca, de, eo, es, et, eu, fi, fr, gl, he, it, ka, ko, nl, pl, pt, pt_BR, sl, sv, tr, uk, zh_CN, zh_TW
		"no credentials available", "لا يوجد بيانات اعتماد متوفرة", "no hi ha disponible cap credencial", "keine anmeldungsdaten verfügbar",
		"neniuj akreditaĵoj haveblaj", "no hay credenciales disponibles", "kasutajatunnuseid pole saada", "ez dago egiaztagiririk erabilgarri",
		"kirjautumistietoja ei saatavilla", "pas d'identifiants disponibles", "non hai credenciais dispoñíbeis", "אין פרטי גישה זמינים",
		"credenziali non disponibili", "მომხმ/პაროლი მიუწვდომელია", "인증 정보를 사용할 수 없습니다", "geen indentificatie beschikbaar",
		"brak danych dostępowych", "não estão disponíveis credenciais", "nenhuma credencial disponível", "na voljo ni nobenih poverilnic",
		"ingen behörighetsinformation tillgänglig", "kimlik bilgisi yok", "немає реєстраційних даних", "没有可用的凭据", "沒有可用的認證資訊",
		// pimalaya email-lib: IMAP and SMTP password source returned nothing
		"cannot get imap password: password is empty", "cannot get smtp password: password is empty",
	),
		doc: "A mail client (Modest, Kube, pimalaya) has no password or user name stored for the account: a missing setting, nothing was refused"},
	{id: "meli_connection_setup", class: ClassConfig, anyOf: p(
		"oauth2 is enabled but server did not return auth=xoauth2 capability",
		"could not initiate starttls negotiation to",
		"is your server url setting correct? (i.e.",
		"could not lookup address",
		"expects authentication with a bearer token instead of a password",
		"expects authentication with a username and password but",
		// pimalaya email-lib: the server lacks the configured SASL mechanism
		"xoauth2 authentication not supported (available:", "oauthbearer authentication not supported (available:",
		"plain authentication not supported (available:",
	),
		doc: "meli and pimalaya: the account's settings do not fit the server (no STARTTLS, no XOAUTH2, wrong JMAP URL or token setting, host not found)"},
	{id: "eas4tbsync_sync_blocked_by_admin", class: ClassAdmin, anyOf: p(
		// eas.sync.error.accessDenied.126 (UserDisabledForSync): every locale
		"user is disabled for sync", "потребителят е изключен за синхронизация", "uživatel zakázán pro synchronizaci",
		"benutzer für synchronisation deaktiviert", "usuario deshabilitado para sincronización", "usuario deshabilitado para a sincronización",
		"kasutajal on sünkroonimine keelatud", "utilisateur désactivé pour la synchronisation", "a felhasználó szinkronizálása letiltva",
		"utente disabilitato per la sincronizzazione", "ユーザーは同期が無効になっています", "사용자가 동기화에 대해 비활성화되었습니다",
		"użytkownik wyłączony dla synchronizacji", "usuário desabilitado para sincronização", "utilizator dezactivat pentru sincronizare",
		"пользователь отключён для синхронизации", "användaren är inaktiverad för synkronisering",
		// eas.sync.error.accessDenied.129 (DeviceIsBlockedForThisUser): every locale
		"device is blocked for this user", "устройството е блокирано за този потребител", "zařízení blokováno pro tohoto uživatele",
		"gerät ist für diesen benutzer gesperrt", "dispositivo bloqueado para este usuario", "seade on selle kasutaja jaoks blokeeritud",
		"appareil est bloqué pour cet utilisateur", "az eszköz blokkolva van ennél a felhasználónál", "dispositivo bloccato per questo utente",
		"デバイスがこのユーザーに対してブロックされています", "이 사용자에 대해 장치가 차단되었습니다", "urządzenie zablokowane dla tego użytkownika",
		"dispositivo bloqueado para este usuário", "dispozitivul este blocat pentru acest utilizator", "устройство заблокировано для этого пользователя",
		"enheten är blockerad för den här användaren",
	),
		doc: "EAS-4-TbSync: Exchange ActiveSync status 126/129, the administrator turned sync off for this user or blocked the device"},
}

// round36ClientsRules come right after phpmailerRules: the clients'
// sentences name the failure before the generic words of the later rules.
var round36ClientsRules = []rule{
	{id: "mailclients_login_refused", class: ClassAuth, anyOf: p(
		// Kube "Failed to login": ar, ca, ca@valencia, de, pl, ru, sv (the other locales already read as auth)
		"فشل في تسجيل الولوج", "ha fallat en iniciar la sessió", "ha fallat mentre s'iniciava la sessió", "das anmelden ist fehlgeschlagen",
		"nie udało się zalogować", "не удалось войти на сервер", "misslyckades logga in",
		// meli: the tagged reply to LOGIN/AUTHENTICATE was not OK
		"could not connect. server replied with",
	),
		doc: "Kube's 'Failed to login' (Sink LoginError) and meli's refused IMAP login: the server refused the credentials"},
	{id: "mailclients_connect_failed", class: ClassTransient, anyOf: p(
		// EAS-4-TbSync eas.network.error.retriesExhausted: every locale
		"network retries exhausted - server did not respond", "опитите за повторно свързване са изчерпани", "vyčerpány pokusy o opětovné připojení",
		"netzwerk-wiederholungen erschöpft", "reintentos de red agotados", "võrgu korduskatsed said otsa", "tentatives réseau épuisées",
		"reintentos de rede esgotados", "hálózati újrapróbálkozások kimerültek", "tentativi di rete esauriti", "ネットワーク再試行が尽きました",
		"네트워크 재시도가 소진되었습니다", "wyczerpano ponowne próby sieciowe", "tentativas de rede esgotadas", "reîncercările de rețea s-au epuizat",
		"сетевые повторы исчерпаны", "nätverksåterförsök uttömda",
		// EAS-4-TbSync setup.auto.error.network: every locale
		"could not reach the discovery endpoints", "не може да се достигне до крайните точки за откриване", "nepodařilo se kontaktovat zjišťovací koncové body",
		"die erkennungsendpunkte konnten nicht erreicht werden", "no se ha podido contactar con los puntos de descubrimiento",
		"tuvastuse lõpp-punktidega ei õnnestunud ühendust luua", "impossible de joindre les points de terminaison de découverte",
		"non se puido contactar cos puntos de descubrimento", "a felfedezési végpontok nem érhetők el", "impossibile raggiungere gli endpoint di rilevamento",
		"検出エンドポイントに到達できませんでした", "검색 엔드포인트에 연결할 수 없습니다", "nie można połączyć się z punktami końcowymi wykrywania",
		"não foi possível alcançar os endpoints de descoberta", "nu s-a putut contacta endpoint-urile de descoperire",
		"не удалось связаться с конечными точками обнаружения", "kunde inte nå upptäcktsändpunkterna",
		// gnome-gmail "Timeout getting OAuth authentication": en, fr, it, pl, ru
		"timeout getting oauth authentication", "l'authentification oauth expiré", "autenticazione oauth scaduta",
		"przekroczono czas oczekiwania podczas uwierzytelniania oauth", "вышло время для аутентификации oauth",
		// pimalaya email-lib: building the IMAP client (TCP, STARTTLS or SSL/TLS) failed
		"cannot connect to imap server",
	),
		doc: "EAS-4-TbSync, gnome-gmail and pimalaya: the server or the sign-in did not answer in time; a connection failure, nothing was refused"},
	{id: "mailnotif_session_setup", class: ClassConfig, anyOf: p(
		// "unable to resolve %s: %s": en, bg, ca, es, fr, ja, pl, pt, pt_BR, sv
		"unable to resolve ", "неуспех при намирането на", "no s'ha pogut resoldre ", "no se puede resolver ", "impossible de résoudre ",
		"の解決に失敗: ", "niezdolny rozwiązać ", "incapaz de resolver ", "impossível resolver ", "kunde inte slå upp ",
		// "unable to perform the SSL/TLS handshake: %s": en, cs, de, es, fr, ja, nl, pl, pt, pt_BR, sr, sr@Latn, sv
		"unable to perform the ssl/tls handshake", "nemohu provést ssl/tls handshake", "es konnte kein ssl/tls-handshake durchgeführt werden",
		"no se puede realizar la negociación ssl/tls", "impossible d'accomplir la négociation ssl/tls", "ssl/tlsのハンドシェイクに失敗",
		"een ssl/tls handshake kan niet uitgevoerd worden", "niezdoly do spełnienia pertraktacji ssl/tls", "incapaz de efectuar o handshake ssl/tls",
		"impossível concluir negociação de conexão ssl/tls", "није могуће обавити ssl/tls контакт", "nije moguće obaviti ssl/tls kontakt",
		"kunde inte genomföra ssl/tls-handskakning",
		// "server does not support in-band SSL/TLS": en, ca, cs, de, es, fr, ja, nl, pl, pt, pt_BR, sr, sr@Latn, sv
		"server does not support in-band ssl/tls", "el servidor no suporta ssl/tls en banda", "server nepodporuje in-band ssl/tls",
		"der server unterstützt kein band-internes ssl/tls", "el servidor no soporta ssl/tls en banda", "le serveur ne supporte pas le mode ssl/tls interne",
		"サーバーがin-band ssl/tlsをサポートしていません", "de server ondersteund geen in-band ssl/tls", "serwer nie popiera wewnątrzpasmowego ssl/tsl",
		"servidor não suporta ssl/tls in-band", "servidor não suporta o modo ssl/tls interno", "сервер не подржава заштиту путем ssl/tls",
		"server ne podržava zaštitu putem ssl/tls", "servern saknar stöd för in-band ssl/tls",
		// "server does not support APOP authentication": en, bg, cs, de, es, fr, ja, nl, pl, pt, pt_BR, sr, sr@Latn, sv
		"server does not support apop authentication", "сървърът не поддържа идентификация тип apop", "server nepodporuje přihlášení apop",
		"der server unterstützt eine authentifizierung per apop nicht", "el servidor no soporta autenticación con apop",
		"le serveur ne supporte pas l'authentification apop", "サーバーがapop認証をサポートしていません", "de server ondersteund geen apop-aanmelding",
		"serwer nie popiera potwierdzenia tożsamości apop", "servidor não suporta autenticação apop", "сервер не подржава пријаву коришћењем механизма apop",
		"server ne podržava prijavu korišćenjem mehanizma apop", "servern saknar stöd för apop-autentisering",
	),
		doc: "Mail Notification: the server name does not resolve, the TLS handshake failed, or the server lacks the in-band TLS or APOP the account is set to"},
}
