package classify

// Round 46's groupware and webmail products (testdata/heldout/round46.jsonl,
// rows h46n-): each product's mail-failure messages, in every locale it
// ships, labelled from the code that shows them. Phrases are the fixed text
// of one translation, lower-cased, without placeholders.
//
// Sources:
//   - sonicle-webtop/webtop-core 2ccaa030,
//     src/main/resources/com/sonicle/webtop/core/locale_{de,en,es,fr,hr,hu,it}.properties
//     with src/main/java/com/sonicle/webtop/core/app/shiro/filter/AuthForm.java
//     and app/shiro/WTRealm.java: tpl.login.error.failure ("Authentication
//     failed. Please try again.") is shown for UnknownAccount,
//     IncorrectCredentials, LockedAccount and every other
//     AuthenticationException, which WTRealm also raises when the IMAP/LDAP
//     directory cannot be reached: a catch-all (unknown; only WebTop's exact
//     two-sentence wording, so other products' "authentication failed" keep
//     their reading). tpl.login.error.disabled ("Authentication
//     failed.\nPlease contact the administrator.") is DisabledAccountException,
//     thrown for "User disabled" and "Domain is not enabled": an administrator
//     holds the login (admin). tpl.login.error.maintenance ("Non
//     administrative account. Please try again.") is shown while the service
//     is in maintenance mode and only administrators may sign in (transient).
//   - offsoc/kolab 61ed2499, src/app/DataMigrator/Driver/DAV.php:
//     DAV::authenticate() throws "Invalid DAV credentials or server." for any
//     exception of the OPTIONS request, a 401 and an unreachable server alike
//     (unknown). Its siblings ("Connection to IMAP failed", "Failed to
//     connect to LDAP", src/resources/lang/{en,fr}/auth.php "failed") are read
//     right already.
//   - sicherha/pykolab cf7712fc, pykolab/imap/cyrus.py, pykolab/imap/dovecot.py,
//     pykolab/auth/ldap/__init__.py, pykolab/wap_client/__init__.py,
//     wallace/modules.py, wallace/module_invitationpolicy.py and
//     po/{de,fr,...}.po (only de and fr translate these): "Could not connect
//     to Cyrus IMAP server %r" (retried every 10 s; only the connection is
//     opened), "Could not connect to LDAP, is it running?", "Authentication
//     failed, LDAP server unavailable", "Connection error: %r;
//     re-connecting...", "SMTP Server Disconnected Error" (transient); "IMAP
//     proxy authentication failed: %r" wraps every exception of disconnect,
//     connect and the admin proxy login (unknown); "SMTP sendmail error: %r"
//     reads unknown already.
//   - linagora/tmail-flutter e9b412db,
//     lib/features/login/data/network/interceptors/authorization_interceptors.dart:
//     auth_error_type=token_endpoint_400 and _handleRefreshErrorOnWeb
//     will_logout=true (the token endpoint refused the refresh; token cleared,
//     logout), forced_logout_401_after_refresh_attempted / _retry_rejected /
//     _refreshed_token_duplicated / _refresh_preconditions_unmet (the OIDC
//     session is dead, logout) (revoked); forced_logout_401_non_oidc_session
//     (basic-auth session refused with 401: auth);
//     forced_logout_401_oidc_config_missing (the app lost its own OIDC
//     configuration: unknown); token_refresh_platform_network_failure ("a
//     connectivity failure, NOT a server rejection") and "web refresh
//     network/transient failure, keeping session" (transient). And
//     lib/l10n/intl_*.arb (48 locale files): wrongUrlMessage "Server URL is
//     not valid, please try again" (shown for ConnectionTimeout, BadGateway
//     and SocketError at login against the URL the user typed: config),
//     handshakeException "Handshake error in client: {errorMessage}" (TLS
//     handshake failure: config; vi translates it "connection error from
//     client" and is left), badCredentials (HTTP 401: auth),
//     no_internet_connection, youAreOffline, messageHasBeenSavedToTheSendingQueue
//     (transient), sendMessageFailureWithSetErrorTypeTooLarge (JMAP tooLarge:
//     rejected); the phrases are the locales no other rule read right.
//   - zentyal/zentyal 08030fe9, main/mail/src/EBox/Mail.pm (log events) with
//     main/mail/src/EBox/MailLogHelper.pm and extra/language-packs/po/*.po
//     (fuzzy entries, which gettext does not show, left out): nohost "Host
//     unreachable" (a delivery status "Connection timed out") and greylist
//     "Greylisted" (transient); norelay "Relay access denied" (NOQUEUE 554 to
//     a client relaying without login: config; de, da, et and pl say only
//     "transmission/forwarding refused" and are left); noauth "Authentication
//     error" (SASL PLAIN authentication failed: auth); maxmsgsize "Maximum
//     message size exceeded" (rejected). nosmarthostrelay ("Relay rejected by
//     the smarthost", relay denied or smarthost authentication failure) reads
//     unknown already; maxusrsize "User quota exceeded" (a local recipient's
//     quota) and noaccount "Account does not exist" (550 to a recipient) would
//     be recipient, but the bare words read as the sender's own quota or login
//     in other products and are left.

// round46GroupwareEarlyRules come before languageRules: credentials_rejected,
// credential_words, lang_auth_failed and l10n_*_login_refused read WebTop's
// and Kolab's catch-alls and pykolab's LDAP outage as a refused password,
// temporary_wording reads Twake's "please try again" as transient, and
// code_4xx reads Twake's statusCode=401 log lines as a 4xx reply.
var round46GroupwareEarlyRules = []rule{
	{id: "groupware_catch_all", class: ClassUnknown, anyOf: p(
		// WebTop tpl.login.error.failure: de, en, es, fr, hr, hu, it
		"authentifizierungsfehler. bitte wiederholen.",
		"authentication failed. please try again.",
		"autenticación fallida. reintentar.",
		"authentification échouée. veuillez réessayer.",
		"neuspješna prijava. molimo pokušajte ponovno.",
		"bejelentkezés sikertelen. kérjük próbálja újra.",
		"autenticazione fallita. riprovare.",
		// Kolab data migrator, DAV::authenticate()
		"invalid dav credentials or server.",
		// pykolab wallace: en, de
		"imap proxy authentication failed:",
		"imap-proxy authentifizierung fehlgeschlagen:",
		// Twake Mail: the app's own OIDC configuration is missing
		"auth_error_type=forced_logout_401_oidc_config_missing"),
		doc: "A groupware product's catch-all that names credentials but wraps a refused login and an unreachable server alike: WebTop's \"Authentication failed. Please try again.\" in its seven locales, Kolab's \"Invalid DAV credentials or server.\", pykolab's \"IMAP proxy authentication failed\""},
	{id: "groupware_twake_session_revoked", class: ClassRevoked, anyOf: p(
		"auth_error_type=token_endpoint_400",
		"_handlerefresherroronweb: will_logout=true",
		"auth_error_type=forced_logout_401_after_refresh_attempted",
		"auth_error_type=forced_logout_401_retry_rejected",
		"auth_error_type=forced_logout_401_refreshed_token_duplicated",
		"auth_error_type=forced_logout_401_refresh_preconditions_unmet"),
		doc: "Twake Mail's token endpoint refused the refresh, or its OIDC session still got 401 after a refresh; the token is cleared and the user logged out"},
	{id: "groupware_twake_basic_logout", class: ClassAuth, anyOf: p(
		"auth_error_type=forced_logout_401_non_oidc_session"),
		doc: "Twake Mail's basic-auth (non-OIDC) session got HTTP 401 and is logged out: the password was refused"},
	{id: "groupware_server_settings", class: ClassConfig, anyOf: p(
		// Twake Mail wrongUrlMessage: ar, de, en, fr, ga, it, mn, ru, ta, uk, vi, zh_Hans
		"عنوان url للخادم غير صالح",
		"server-url ist nicht gültig, bitte versuchen sie es erneut",
		"server url is not valid, please try again",
		"l'url du serveur n'est pas valide, veuillez réessayer",
		"níl url an fhreastalaí bailí",
		"l'url del server non è valido, si prega di riprovare",
		"серверийн url хүчингүй байна",
		"url-адрес сервера неверен",
		"சேவையக முகவரி செல்லுபடியாகாது",
		"url-адреса сервера недійсна",
		"đường dẫn máy chủ không hợp lệ",
		"服务器 url 无效",
		// Twake Mail handshakeException: en, fr, ga, mn, pt, pt_BR, ru, uk, zh_Hans
		"handshake error in client:",
		"erreur client lors de la liaison :",
		"earráid chroitheadh láimhe sa chliant",
		"клиент дэх гарын холбооны алдаа",
		"erro de handshake no cliente",
		"сбой рукопожатия в клиенте",
		"помилка рукостискання в клієнті",
		"客户端握手错误",
		// Zentyal norelay "Relay access denied": an, ca, cs, es, fr, hu, it, ja, lt, nb, pt, pt_BR, ru, sv, tr, zh_CN, zh_TW
		"aczeso de relay denegato", "accés de relleu denegat", "relay access zakázán",
		"acceso de retransmisión denegado", "accès au relai refusé",
		"levéltovábbítás elérése megtiltva", "accesso relay negato",
		"リレーアクセスが拒否されました", "perdavimo prieiga draudžiama",
		"videresendingstilgang avvist", "acesso ao encaminhamento negado",
		"доступ к пересылке отклонен", "relä åtkomst nekad",
		"posta iletme erişimi engellendi", "转发访问拒绝", "禁止 relay 存取"),
		doc: "Twake Mail's \"Server URL is not valid\" (the JMAP server URL typed at login cannot be reached) and \"Handshake error in client\" (TLS), and Zentyal's \"Relay access denied\" event, in their locales"},
	{id: "groupware_connection_failed", class: ClassTransient, anyOf: p(
		// WebTop tpl.login.error.maintenance: de, es, fr, hr, hu, it (en reads transient already)
		"kein administratives konto. bitte wiederholen.",
		"cuenta no administrativa. reintentar.",
		"compte non administrateur. veuillez réessayer.",
		"to nije administratorski račun. molimo pokušajte ponovno.",
		"nem adminisztrációs felhasználó. kérjük próbálja újra.",
		"utente non amministrativo. riprovare.",
		// pykolab: Cyrus IMAP connection (de), LDAP down (en, de, fr), WAP reconnect, wallace smtplib
		"verbindung zum cyrus imap-server",
		"konnte nicht zu ldap verbinden", "impossible de se connecter au ldap",
		"authentication failed, ldap server unavailable",
		"authentifizierung fehlgeschlagen, ldap-server nicht erreichbar",
		"; re-connecting...", "smtp server disconnected error",
		// Twake Mail: refresh failed for lack of network, session kept
		"auth_error_type=token_refresh_platform_network_failure",
		"web refresh network/transient failure, keeping session",
		// Twake Mail no_internet_connection(_try_again_later), youAreOffline,
		// messageHasBeenSavedToTheSendingQueue: ar, de, eo, fr, ga, mn, ru, ta, uk, vi, zh_Hans
		"تم حفظ الرسالة في قائمة انتظار الإرسال",
		"sie sind offline. es sieht so aus, als ob sie nicht verbunden sind",
		"sen interreta konekto",
		"connexion internet indisponible, réessayez plus tard",
		"vous êtes hors ligne. veuillez vérifier votre connexion",
		"gan nasc idirlín", "eisiúint shealadach líonra", "tá tú as líne",
		"интернэт холболт алга", "сүлжээний түр зуурын алдаа",
		"подключение к интернету отсутствует", "отсутствует подключение к интернету",
		"вы не в сети. кажется, вы не подключены к интернету",
		"நீங்கள் ஆஃப்லைனில் இருக்கிறீர்கள்",
		"немає інтернет-з’єднання", "ви офлайн. схоже, ви не підключені",
		"bạn đang ngoại tuyến", "未连接到互联网", "您已离线",
		// Zentyal nohost "Host unreachable": an, ca, cs, da, de, es, et, fr, hu, it, ja, lt, nb, pt, pt_BR, sv, tr, zh_CN
		"a maquina no puede adubir-se", "amfitrió inassolible", "stroj není nedosažitelný",
		"host udenfor rækkevidde", "hostrechner nicht erreichbar", "máquina inalcanzable",
		"masin kättesaamatu", "hôte injoignable", "a gép nem érhető el",
		"host non raggiungibile", "ホストに到達できません", "mazgas nepasiekiamas",
		"kan ikke nå vert", "não é possível alcançar a máquina", "host inalcançável",
		"värd ej nåbar", "ana makine ulaşılamaz durumda", "站点不可达",
		// Zentyal greylist "Greylisted": ca, de, es, hu, ja, nb, pt_BR, ru, sv, zh_CN
		"llista gris", "graugelistet", "incorporado a la lista gris", "szürkelistára téve",
		"グレイリスト", "grå listet", "adicionado na lista cinza", "серый список",
		"grålistad", "灰名单"),
		doc: "A groupware product's temporary failure: pykolab cannot reach Cyrus IMAP or LDAP, Twake Mail is offline or its token refresh had no network, Zentyal's \"Host unreachable\" and \"Greylisted\" mail events, WebTop in maintenance mode; in their locales"},
	{id: "groupware_webtop_account_disabled", class: ClassAdmin, anyOf: p(
		// WebTop tpl.login.error.disabled: en (also de, es, fr, hr, hu), it
		"authentication failed. please contact the administrator.",
		"autenticazione fallita. contattare l'amministratore."),
		doc: "WebTop's \"Authentication failed. Please contact the administrator.\": the user or the domain is disabled in WebTop's administration"},
}

// round46GroupwareRules read texts no other rule reads; they come late so
// that a longer message another rule knows (Thunderbird's "esines
// autentimise viga") keeps its rule.
var round46GroupwareRules = []rule{
	{id: "groupware_login_refused", class: ClassAuth, anyOf: p(
		// Twake Mail badCredentials: ga, mn, ru, vi, zh_Hans
		"dintiúir dona", "нэвтрэх мэдээлэл буруу байна", "неверные учетные данные",
		"tài khoản không hợp lệ", "凭据错误",
		// Zentyal noauth "Authentication error": an, cs, et, lt, pl, and sv
		// (read bare already, not inside a JSON or key=value log line)
		"autentiseringsfel", "error d'autenticazión", "chyba při ověřování", "autentimise viga",
		"autentifikacijos klaida", "błąd autentykacji"),
		doc: "Twake Mail's \"Bad credentials\" (HTTP 401) and Zentyal's \"Authentication error\" mail log event (SASL login failed), in the locales no other rule reads"},
	{id: "groupware_message_too_large", class: ClassRejected, anyOf: p(
		// Twake Mail sendMessageFailureWithSetErrorTypeTooLarge: ar, de, fr, ga, it, mn, ru, ta, uk, vi, zh_Hans
		"فشل في إرسال رسالتك لأنها كبيرة جدًا",
		"fehler beim senden ihrer nachricht, da sie zu groß ist",
		"échec de l'envoi de votre message, car il est trop volumineux",
		"teip ar do theachtaireacht a sheoladh, toisc go bhfuil sé ró-mhór",
		"impossibile inviare il messaggio perché è troppo grande",
		"хэт том тул таны мессежийг илгээж чадсангүй",
		"не удалось отправить сообщение, так как превышена его максимальная длина",
		"உங்கள் செய்தியை அனுப்பத் தவறியது, ஏனெனில் அது மிகப் பெரியது",
		"не вдалося надіслати ваше повідомлення, оскільки воно занадто велике",
		"không thể gửi tin nhắn của bạn, vì nó quá lớn",
		"邮件发送失败，因为它太大了",
		// Zentyal maxmsgsize "Maximum message size exceeded": an, ca, cs, da, es, et, fr, hu, it, ja, nb, pt, pt_BR, sv, zh_CN, zh_TW
		"tamaño masimo de mensache eszedito", "mida màxima del missatge superat",
		"maximální velikost zprávy překročena", "maximum medddelelses størrelse overskredet",
		"tamaño máximo de mensaje excedido", "maksimaalse suuruse ületanud sõnumid",
		"taille maximale de message dépassée", "túllépte a megengedett levélméretet",
		"dimensione massima del messaggio in eccesso", "メッセージサイズ最大値を超えています",
		"maksimal meldingsstørrelse overskredet", "tamanho máximo da mensagem excedido",
		"tamanho máximo de mensagem excedido", "maximal meddelandestorlek överskriden",
		"超出消息大小最大值", "超過最大郵件大小"),
		doc: "The message was refused for its size: Twake Mail's \"Failure to send your message, because it is too large.\" and Zentyal's \"Maximum message size exceeded\" event, in their locales"},
}
