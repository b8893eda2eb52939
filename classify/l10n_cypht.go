package classify

// Cypht's own sentences for a refused login and a refused or failed
// connection, in every language of cypht-org/cypht (commit da5c9651,
// language/<lang>.php), each phrase the distinctive fixed part of one
// published translation:
//
//   - modules/core/handler_modules.php's "Invalid username or password" (the
//     login form, whose session checks the credentials against the IMAP
//     server by default) and modules/smtp/modules.php's "Failed to
//     authenticate to the SMTP server" and "Connected, but failed to
//     authenticate to the SMTP server": auth;
//   - the language files' "Cound not add server: Connection refused", the
//     Sieve filters' "Connection To Sieve Server Failed" and the IMAP
//     modules' "Unable to connect to (the selected) IMAP server": transient;
//   - the IMAP, SMTP, Sieve and login modules' English-only sentences for a
//     refused login ("IMAP Authentication Failed", "Unable to authenticate
//     to the IMAP server", ...), which earlier rules already read as auth.
//
// testdata/catalogs/client_l10n_apps.jsonl holds every translation; the
// comment above each group lists the languages whose text needed a phrase
// here (the other languages' texts were already classified as labelled).

// cyphtRules come right after hordeRules: a reply Cypht quotes decides
// before its sentence, and the refused-login rule takes no text that also
// says temporary, later, network, connection or recipient.
var cyphtRules = []rule{
	{id: "l10n_cypht_login_refused", class: ClassAuth, anyOf: p(
		// invalid-login ("Invalid username or password"): hu, id, ja, nl, zh-TW
		"érvénytelen felhasználó név vagy jelszó", "nama pengguna atau kata sandi tidak valid", "ユーザー名かパスワードに誤りがあります",
		"foute gebruikersnaam of wachtwoord", "使用者名稱或密碼無效",
		// invalid-login et: also read by l10n_words_refused_login, but not inside a JSON log line that says "send"
		"vale kasutajanimi või salasõna",
		// smtp-auth-failed ("Failed to authenticate to the SMTP server"): az, es, fa, hu, it, pt-BR, ro, ru, zh-Hans, zh-TW;
		// smtp-connected-auth-failed ("Connected, but failed to authenticate to the SMTP server"): az, fa, fr, it
		"əslliyin yoxlamasını yerinə yetirmək müvəffəq olmadı", "no pude autenticar con el servidor", "تأیید اعتبار در سرور smtp انجام نشد",
		"sikertelen azonosítás az smtp", "impossibile autenticarsi al server", "falha ao autenticar no servidor",
		"eroare de autentificare la serverul", "невозможно аутентифицироваться на", "验证 smtp 服务器失败",
		"smtp 伺服器驗證失敗", "n'a pas réussi à s'authentifier auprès du serveur",
	),
		noneOf: l10nClientNotRefused,
		doc:    "Cypht says in the owner's language that the username or password was invalid or that it failed to authenticate to the SMTP server"},
	{id: "l10n_cypht_connected_login_refused", class: ClassAuth, anyOf: p(
		// smtp-connected-auth-failed ("Connected, but failed to authenticate to the SMTP server"): et, zh-TW, whose
		// words for "connected" other rules read as a connection failure
		"kuid smtp serveriga autentimine ei toimi", "但 smtp 伺服器驗證失敗",
	),
		doc: "Cypht says in the owner's language that it connected but the SMTP server refused the authentication"},
}

// cyphtConnectionRules come right after nextcloudConnectionRules: a refused
// login, a TLS failure or a limit that the text also names decides first.
var cyphtConnectionRules = []rule{
	{id: "l10n_cypht_connection_failed", class: ClassTransient, anyOf: p(
		// connection-refused ("Cound not add server: Connection refused"): az, es, fr, hu, it, pl, pt-BR, ro
		"birləşmə rədd edilmişdir", "conexión rechazada", "connexion refusée",
		"kapcsolat visszautasítva", "connessione rifiutata", "połączenie odrzucone",
		"conexão recusada", "conectare refuzată",
		// sieve-connection-failed ("Connection To Sieve Server Failed"): en, pl, zh-Hans
		"connection to sieve server failed", "połączenie z serwerem sieve nie powiodło się", "连接 sieve 服务器失败",
		// imap-unable-connect ("Unable to connect to IMAP server", modules/imap/handler_modules.php) and
		// imap-unable-connect-selected (modules/imap_folders/modules.php): en only, no language file lists them
		"unable to connect to imap server", "unable to connect to the selected imap server",
	),
		doc: "Cypht says in the owner's language that the connection to the mail or Sieve server was refused or failed"},
}
