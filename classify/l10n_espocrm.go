package classify

// EspoCRM's own sentences for an external (OAuth) account it disabled and
// for a refused login, in every locale of espocrm/espocrm (commit 2cde9d98,
// application/Espo/Resources/i18n/<locale>/<scope>.json), each phrase the
// shortest fixed part of one published translation that still says its
// meaning (never the {integration} placeholder):
//
//   - ExternalAccount messages.externalAccountNoConnectDisabled:
//     application/Espo/Core/ExternalAccount/ClientManager.php disables the
//     account and erases its tokens after 20 failed token refreshes and a day
//     past their expiry, and notifies the owner (revoked: the grant is gone,
//     the owner must connect again);
//   - Global labels "Wrong username/password": the login refused (auth).
//
// RainLoop's notifications (RainLoop/rainloop-webmail commit 9bf8fa5b,
// rainloop/v/0.0.0/app/localization/webmail/<locale>.yml, NOTIFICATIONS),
// only the translations whose text SnappyMail (its fork, already read) does
// not publish: AUTH_ERROR (102, rainloop/v/0.0.0/app/libraries/RainLoop/
// Actions.php on MailSo's LoginBadCredentialsException and the SMTP
// LoginException: auth) and CONNECTION_ERROR (MailSo's ConnectionException:
// transient).
//
// testdata/catalogs/client_l10n_servers.jsonl holds every translation; the
// comment above each group lists the locales whose text needed a phrase here
// (the other locales' texts were already classified as labelled).

// espocrmRules come right after mailcowRules: before
// l10nWordConnectionRules, whose words for a connection would read the
// disabled account as a network failure, and after the server replies a
// product quotes.
var espocrmRules = []rule{
	{id: "l10n_espocrm_external_account_disabled", class: ClassRevoked, anyOf: p(
		// externalAccountNoConnectDisabled ("... has been disabled due not being able to connect."): en_US, bg_BG, cs_CZ, de_DE, es_ES, fr_FR, it_IT, ja_JP, lt_LT, lv_LV, nb_NO, nl_NL, ru_RU, ur_IN
		"has been disabled due not being able to connect", "е деактивиран поради невъзможност за свързване", "byl deaktivován z důvodu nemožnosti připojení",
		"wurde deaktiviert, da keine verbindung hergestellt werden konnte", "ha sido deshabilitada debido a que no se puede conectar", "a été désactivé en raison de l'impossibilité de se connecter",
		"è stato disabilitato perché non è stato possibile connettersi", "の外部アカウントは接続できないため無効になっています", "išorinė paskyra buvo išjungta, nes nepavyko prisijungti",
		"ārējais konts ir atspējots, jo nav iespējams izveidot savienojumu", "er deaktivert fordi det ikke var mulig å koble til", "is uitgeschakeld omdat er geen verbinding kan worden gemaakt",
		"была отключена из-за невозможности подключения", "کو مربوط کرنے کے قابل نہ ہونے کی وجہ سے غیر فعال کردیا گیا ہے",
	),
		doc: "EspoCRM says in the owner's language that it disabled an external (OAuth) account after its token refreshes kept failing: the tokens are erased, the owner must connect the account again"},
	{id: "l10n_espocrm_login_refused", class: ClassAuth, anyOf: p(
		// "Wrong username/password": ar_AR, el_GR, fa_IR, fr_FR, hu_HU, pl_PL, pt_PT, ro_RO, uk_UA, ur_IN, vi_VN
		"كلمة المرور خطأ", "λάθος όνομα χρήστη/κωδικός πρόσβασης", "پسورد اشتباه است",
		"mauvaise combinaison nom d'utilisateur/mot de passe", "helytelen felhasználónév / jelszó", "zła nazwa użytkownika/hasło",
		"utilizador/senha errados", "parola nu sunt corecte", "хибне ім'я користувача / пароль",
		"غلط صارف نام/پاس ورڈ", "sai tên truy cập và mật khẩu",
	),
		noneOf: l10nClientNotRefused,
		doc:    "EspoCRM says in the owner's language that the user name or password was wrong"},
}

// rainLoopRules come right after espocrmRules: a reply RainLoop quotes
// decides before its notification.
var rainLoopRules = []rule{
	{id: "l10n_rainloop_login_refused", class: ClassAuth, anyOf: p(
		// AUTH_ERROR ("Authentication failed"): es_ES
		"autentificación fallida",
	),
		noneOf: l10nClientNotRefused,
		doc:    "RainLoop's AuthError (102) in the owner's language: the IMAP or SMTP server refused the login"},
	{id: "l10n_rainloop_server_unreachable", class: ClassTransient, anyOf: p(
		// CONNECTION_ERROR ("Can't connect to server"): ca, ca_ES, pt_PT, zh_CN, zh_TW
		"no es pot connectar amb el servidor", "não foi possível conectar ao servidor", "无法连接服务器",
		"無法連接伺服器",
	),
		doc: "RainLoop's ConnectionError in the owner's language: the IMAP or SMTP server could not be reached"},
}
