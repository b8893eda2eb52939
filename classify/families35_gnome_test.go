package classify

import "testing"

// Round 35's GNOME-side families (classify/round35_gnome.go): each key's text
// as the round holds it, the same key in a locale the round does not hold
// (from the product's po/*.po at the commit the row cites), and look-alikes
// that must not read as a refused login or a lost grant.
func TestRound35GnomeFamilies(t *testing.T) {
	// "Authentication failed." in Vietnamese and Malay is the same sentence
	// in SquirrelMail's 535 (round35_php.go), which reads it first: the
	// class is what matters.
	assertTextClasses(t, map[string]Class{
		"Lỗi xác thực.":     ClassAuth,
		"Pengesahan gagal.": ClassAuth,
	})
	assertTextRules(t, []textCase{
		// evolution-mapi "Failed to login into the server": id (round), es, zh_TW.
		{"Gagal masuk pada server", ClassAuth, "evolution_mapi_logon_refused"},
		{"Falló al iniciar sesión en el servidor", ClassAuth, "evolution_mapi_logon_refused"},
		{"無法登入伺服器", ClassAuth, "evolution_mapi_logon_refused"},
		// "Password expired": cs (round), ru, ja.
		{"Heslo vypršelo", ClassAuth, "evolution_mapi_logon_refused"},
		{"Срок действия пароля истёк", ClassAuth, "evolution_mapi_logon_refused"},
		{"パスワードが期限切れです", ClassAuth, "evolution_mapi_logon_refused"},
		// "Password change required": cs (round), de (read as a missing
		// setting before), en.
		{"Požadována změna hesla", ClassAuth, "evolution_mapi_logon_refused"},
		{"Änderung des Passworts ist erforderlich", ClassAuth, "evolution_mapi_logon_refused"},
		{"Password change required", ClassAuth, "evolution_mapi_logon_refused"},
		// "Authentication failed." (account editor): vi, ms (round), uk, ru.
		{"Помилка аутентифікації.", ClassAuth, "evolution_mapi_logon_refused"},
		{"Проверка подлинности не пройдена.", ClassAuth, "evolution_mapi_logon_refused"},
		// "Account is disabled": da, hu (round, read as blocked before), de, it.
		{"Kontoen er deaktiveret", ClassRevoked, "evolution_mapi_account_disabled"},
		{"A fiók letiltva", ClassRevoked, "evolution_mapi_account_disabled"},
		{"Konto wurde deaktiviert", ClassRevoked, "evolution_mapi_account_disabled"},
		{"L'account è disabilitato", ClassRevoked, "evolution_mapi_account_disabled"},
		// "Cannot create more sessions, session limit was reached": cs (round), de, en.
		{"Nelze vytvořit více sezení, byl dosažen limit sezení", ClassRateLimited, "evolution_mapi_session_limit"},
		{"Weitere Sitzungen können nicht erstellt werden, maximale Anzahl wurde erreicht", ClassRateLimited, "evolution_mapi_session_limit"},
		{"Cannot create more sessions, session limit was reached", ClassRateLimited, "evolution_mapi_session_limit"},
		// glib-networking "TLS connection closed unexpectedly": id, ms (round),
		// ko (read as a setting before), de.
		{"Sambungan TLS tertutup tak disangka-sangka", ClassTransient, "glib_networking_tls_closed"},
		{"Sambungan TLS ditutup tanpa jangka", ClassTransient, "glib_networking_tls_closed"},
		{"TLS 연결이 예상치 못하게 닫혔습니다", ClassTransient, "glib_networking_tls_closed"},
		{"TLS-Verbindung wurde unerwartet geschlossen", ClassTransient, "glib_networking_tls_closed"},
		// Geary "• IMAP/SMTP connection error.": ms (round), nl, de, and in a JSON log.
		{"&#8226; ralat sambungan IMAP.", ClassTransient, "geary_connection_error"},
		{"&#8226; Ralat sambungan SMTP.", ClassTransient, "geary_connection_error"},
		{"&#8226; IMAP-verbindingsfout.", ClassTransient, "geary_connection_error"},
		{"&#8226; SMTP-Verbindungsfehler.", ClassTransient, "geary_connection_error"},
		{`{"level":"error","error":"\u0026#8226; Ralat sambungan SMTP."}`, ClassTransient, "geary_connection_error"},
		// Geary "Unable to login to email server": ms (round), sv, zh_CN.
		{"Tidak boleh daftar masuk ke pelayan emel", ClassAuth, "elementary_geary_login_refused"},
		{"Kunde inte logga in på e-postservern", ClassAuth, "elementary_geary_login_refused"},
		{"无法登录邮件服务器", ClassAuth, "elementary_geary_login_refused"},
		// elementary "Could not log in. Please verify your credentials.":
		// he, id, tr (round), ja (read as a certificate before), es, zh_CN.
		{"לא ניתן להיכנס. נא לאמת את פרטי הגישה שלך.", ClassAuth, "elementary_geary_login_refused"},
		{"Tidak dapat masuk. Harap verifikasi kredensial Anda.", ClassAuth, "elementary_geary_login_refused"},
		{"Giriş yapılamadı. Lütfen kimlik bilgilerinizi doğrulayın.", ClassAuth, "elementary_geary_login_refused"},
		{"ログインできませんでした。証明書を認証してください。", ClassAuth, "elementary_geary_login_refused"},
		{"No se pudo iniciar sesión. Verifique sus datos de acceso.", ClassAuth, "elementary_geary_login_refused"},
		{"无法登录。请验证您的凭据。", ClassAuth, "elementary_geary_login_refused"},
		// Balsa "POP3 mailbox %s: cannot connect %s: %s": id (round), de, sv filled in.
		{"Kotak surat POP3 %s: tidak bisa menyambung %s: %s", ClassTransient, "balsa_pop3_connect_failed"},
		{"POP3-Postfach Posteingang: pop.example.org kann nicht verbunden werden: Zeitüberschreitung", ClassTransient, "balsa_pop3_connect_failed"},
		{"POP3-postlådan Inkorg: det går inte att ansluta pop.example.org: Anslutningen nekades", ClassTransient, "balsa_pop3_connect_failed"},
		// Balsa "User name required, authentication cancelled": id (round),
		// ru, sr (read as a refused login before).
		{"Nama pengguna diperlukan, otentikasi dibatalkan", ClassConfig, "balsa_username_required"},
		{"Требуется имя пользователя, аутентификация отменена", ClassConfig, "balsa_username_required"},
		{"Корисничко име је неопходно, потврђивање идентитета је отказано", ClassConfig, "balsa_username_required"},
		// Thunderbird's ca sentence keeps its own rule.
		{"No s'ha pogut autenticar al servidor de sortida (SMTP) smtp.example.com.", ClassAuth, "l10n_tb_login_refused"},
	})
	assertNotClasses(t, []string{
		// A certificate's failed verification in Vietnamese.
		"Lỗi xác thực chứng chỉ của máy chủ",
		// Geary's translations that say "cannot connect (contact) the mail
		// server", and evolution-mapi's fr and el "connection failed": any
		// product's network failure, left out.
		"No se pudo contactar con el servidor de correo-e",
		"Ne konekteblas al retpoŝta servilo",
		"Échec de connexion au serveur",
		"Αποτυχία σύνδεσης στον διακομιστή",
		// The families' non-credential sentences.
		"TLS-Verbindung wurde unerwartet geschlossen",
		"&#8226; IMAP-Verbindungsfehler.",
		"POP3-Postfach Posteingang: pop.example.org kann nicht verbunden werden: Zeitüberschreitung",
		"Nelze vytvořit více sezení, byl dosažen limit sezení",
		"Benutzername erforderlich, Legitimierung wurde abgebrochen",
		// Another session's limit and a disabled recipient stay away from the grant.
		"Konto deaktiviert",
		"550 5.1.1 Das Konto des Empfängers ist deaktiviert",
	}, ClassAuth, ClassRevoked)
	// A recipient's disabled account in a bounce is not the mailbox's own.
	assertNotClasses(t, []string{
		"550 收件人账户不可用",
		"Recipient account disabled: cont dezactivat",
	}, ClassRevoked, ClassAuth)
}
