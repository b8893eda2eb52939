package classify

// mailcow's and Mailu's own sentences for a refused login, a sync job's
// result and a login limit, in every locale each ships, each phrase the
// shortest fixed part of one published translation that still says its
// meaning:
//
//   - mailcow (mailcow/mailcow-dockerized commit 06424670,
//     data/web/lang/lang.<locale>.json): the sync jobs' imapsync exit codes
//     shown as the last run's result (mailbox.syncjob_EXIT_* and
//     user.syncjob_EXIT_*: EXIT_AUTHENTICATION_FAILURE_USER1 "Wrong username
//     or password" → auth; EXIT_TLS_FAILURE "Problem with encrypted
//     connection" → config; EXIT_CONNECTION_FAILURE_HOST1 "Can't connect to
//     remote server" and EXIT_CONNECTION_FAILURE "Connection problem" →
//     transient), and the UI's danger.login_failed ("Login failed", auth);
//   - Mailu (Mailu/Mailu commit bbb1c206,
//     core/admin/mailu/translations/<locale>/LC_MESSAGES/messages.po), the
//     sign-in of mailu/sso/views/base.py: "Wrong e-mail or password" (auth),
//     "Too many attempts for this user (rate-limit)" (the user's limit of
//     failed logins: auth_temporary) and "Too many attempts from your IP
//     (rate-limit)" (the client address throttled: rate_limited).
//
// testdata/catalogs/client_l10n_servers.jsonl holds every translation; the
// comment above each group lists the locales whose text needed a phrase here
// (the other locales' texts were already classified as labelled).

// mailcowEarlyRules come with sogoEarlyRules, before textRules, whose
// rate_limited rule would otherwise read Mailu's lock of one user after
// failed logins ("rate-limit") as a sending limit.
var mailcowEarlyRules = []rule{
	{id: "l10n_mailu_user_locked", class: ClassAuthTemporary, anyOf: p(
		// Mailu "Too many attempts for this user (rate-limit)": en, cs, de, it
		"too many attempts for this user", "příliš mnoho pokusů tohoto uživatele", "zu viele versuche für diesen benutzer",
		"troppi tentativi per questo utente",
	),
		doc: "Mailu's sign-in says in the owner's language that the user has made too many failed login attempts (AUTH_RATELIMIT_USER): a lock that lifts, escalating if it repeats"},
}

// mailcowRules come right after zimbraRules: a reply the product quotes
// decides before its sentence, and the refused-login rule takes no text that
// also says temporary, later, network, connection or recipient.
var mailcowRules = []rule{
	{id: "l10n_mailcow_login_refused", class: ClassAuth, anyOf: p(
		// syncjob_EXIT_AUTHENTICATION_FAILURE_USER1 ("Wrong username or password"): ru-ru
		"неправильное имя пользователя или пароль",
		// login_failed ("Login failed"): bg-bg, es-es, lt-lt, lv-lv, nl-nl, uk-ua, uz-uz
		"неуспешен вход", "inicio de sesión fallido", "prisijungimas nepavyko",
		"pieteikšanās neizdevās", "aanmelding mislukt", "неправильний логін або пароль",
		"kirish muvaffaqiyatsiz",
		// login_failed sv-se ("Inloggningsfel"): also read by l10n_words_refused_login, but not inside a JSON log line that says "send"
		"inloggningsfel",
		// Mailu "Wrong e-mail or password": it
		"o password errate",
	),
		noneOf: l10nClientNotRefused,
		doc:    "mailcow (a sync job's EXIT_AUTHENTICATION_FAILURE_USER1, the UI's login_failed) or Mailu's sign-in says in the owner's language that the user name, e-mail or password was refused"},
	// Before l10nWordConnectionRules, whose words for a connection would
	// read the failed encryption as a network failure.
	{id: "l10n_mailcow_syncjob_tls", class: ClassConfig, anyOf: p(
		// syncjob_EXIT_TLS_FAILURE ("Problem with encrypted connection"): en-gb, bg-bg, cs-cz, de-de, fr-fr, hu-hu, it-it, ja-jp, nl-nl, pl-pl, pt-br, ro-ro, ru-ru, si-si, sk-sk, tr-tr, uk-ua, uz-uz, zh-cn, zh-tw
		"problem with encrypted connection", "проблем с криптираната връзка", "problém se šifrovaným spojením",
		"problem mit verschlüsselter verbindung", "problème avec le chiffrement de la connexion", "probléma a titkosított kapcsolattal",
		"problema con la connessione criptata", "暗号化接続の問題", "probleem met versleutelde verbinding",
		"problem z szyfrowanym połączeniem", "problema com conexão criptografada", "problemă cu conexiunea criptată",
		"ошибка установки шифрованного соединения", "težava s šifrirano povezavo", "problém so šifrovaným spojením",
		"şifreli bağlantıyla ilgili sorun", "помилка встановлення шифрованого з'єднання", "shifrlangan ulanish bilan muammo",
		"加密连接问题", "加密連線問題",
		// user.syncjob_EXIT_TLS_FAILURE, where it differs: tr-tr
		"şifreli bağlantı ile ilgili sorun",
	),
		doc: "a mailcow sync job's EXIT_TLS_FAILURE in the owner's language: the encrypted connection to the remote server failed, the job's encryption setting must change"},
}

// mailcowLateRules come with l10nClientLateRules: the sync job's words for a
// failed connection, and Mailu's limit on one client address, decide only
// when nothing earlier in the text does.
var mailcowLateRules = []rule{
	{id: "l10n_mailcow_syncjob_unreachable", class: ClassTransient, anyOf: p(
		// syncjob_EXIT_CONNECTION_FAILURE_HOST1 ("Can't connect to remote server"): en-gb, bg-bg, cs-cz, de-de, es-es, fr-fr, hu-hu, ja-jp, pl-pl, pt-br, ro-ro, sk-sk, zh-cn, zh-tw
		"can't connect to remote server", "не може да се свърже с отдалечен сървър", "nelze se připojit ke vzdálenému serveru",
		"keine verbindung zum zielserver", "no es posible conectar con el servidor remoto", "impossible de se connecter au serveur distant",
		"nem lehet csatlakozni a távoli szerverhez", "リモートサーバーに接続できません", "nie można połączyć się ze zdalnym serwerem",
		"não é possível se conectar ao servidor remoto", "nu se poate conecta la server", "nedá sa pripojiť k vzdialenému serveru",
		"无法连接到远程服务器", "無法連接至遠端伺服器",
		// syncjob_EXIT_CONNECTION_FAILURE ("Connection problem"): en-gb, bg-bg, cs-cz, de-de, es-es, fr-fr, hu-hu, it-it, ja-jp, nl-nl, pl-pl, pt-br, ro-ro, ru-ru, si-si, sk-sk, uk-ua, zh-cn
		"connection problem", "проблем с връзката", "problém se spojením",
		"verbindungsproblem", "problema de conexión", "problème de connexion",
		"kapcsolati probléma", "problema di connessione", "接続問題",
		"verbindingsprobleem", "problem z połączeniem", "problema de conexão",
		"problemă de conectare", "ошибка связи с сервером", "težava s povezavo",
		"problém so spojením", "помилка зв'язку із сервером", "连接问题",
	),
		doc: "a mailcow sync job's EXIT_CONNECTION_FAILURE_HOST1 or EXIT_CONNECTION_FAILURE in the owner's language: the remote server could not be reached"},
	{id: "l10n_mailu_ip_limited", class: ClassRateLimited, anyOf: p(
		// Mailu "Too many attempts from your IP (rate-limit)": it
		"troppi tentativi dal tuo indirizzo ip",
	),
		doc: "Mailu's sign-in says in the owner's language that the client address made too many attempts (AUTH_RATELIMIT_IP): the address is throttled for a while"},
}
