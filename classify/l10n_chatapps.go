package classify

// Mattermost's and Rocket.Chat's own sentences about the mail server they
// send through, in every language each ships.
//
// Mattermost: server/i18n/<locale>.json and the Go code of the mattermost/
// mattermost tree (v11.6.0) as uploaded in legendaSVD/mattermost commit
// b24f322e (its texts match mattermost/mattermost server/i18n/de.json at
// commit 0032a73c). Where the code raises each key:
//
//   - app.admin.test_email.failure ("Connection unsuccessful: {{.Error}}"):
//     App.TestEmail() in server/channels/app/admin.go, when
//     mail.SendMailUsingConfig() fails for any cause; {{.Error}} is the Go
//     error chain of server/platform/shared/mail/mail.go ("unable to connect
//     to the SMTP server", "authentication failed: ...", "failed to set the
//     to address: ..."): transient when nothing else is said, and only after
//     every rule that reads the appended error (chatappsLateRules);
//   - api.admin.test_email.reenter_password and missing_server: TestEmail(),
//     before any connection (the masked password kept for changed settings,
//     no server): config; api.file.test_connection_email_settings_nil:
//     testEmail() in server/channels/api4/system.go, nil fields: config;
//   - api.team.invite_members.unable_to_send_email_with_defaults.app_error:
//     InviteNewUsersToTeamGracefully() in server/channels/app/team.go when the
//     invitations failed and SMTP still holds the shipped defaults: config;
//   - model.config.is_valid.email_security and message_export.global_relay.
//     smtp_username, smtp_password, customer_type_custom: Config.IsValid() in
//     server/public/model/config.go, a missing or invalid setting: config.
//
// api.team.invite_members.unable_to_send_email.app_error ("Error while
// sending the email") drops the mailer's error and names no cause; its rows
// are unknown and need no phrase. The utils.mail.* keys of older releases are
// gone from this tree.
//
// Rocket.Chat: RocketChat/Rocket.Chat commit 579bd812 (2022-06-24),
// apps/meteor/packages/rocketchat-i18n/i18n/<locale>.i18n.json. Its only
// translated mail-failure key, error-email-send-failed ("Error trying to send
// email: __message__", thrown by sendSMTPTestEmail.js and the account
// mailers), names no cause without the mailer's message and has no phrase;
// the Email Inbox (IMAPInterceptor.ts) and Direct Reply
// (interceptDirectReplyEmails.js) log English only: "Unable to Log-in ...."
// (POP3 login refused) is read by earlier rules, "Cannot Get Emails ...."
// and "IMAP did not connected." have phrases here (transient); the Email
// Inbox's room message "Email inbox <address> not found or disabled." (the
// product's inbox switched off, EmailInbox_Outgoing.ts) is config, its
// "something went wrong when replying email" and "Error sending Email reply:"
// name no cause without the appended nodemailer error (unknown, no phrase).
//
// Each phrase is the fixed text of one published translation, lower-cased,
// without placeholders; the comment above each group lists the locales whose
// text needed a phrase (the others were already classified as labelled).
// testdata/catalogs/client_l10n_chatapps.jsonl holds every translation.

// chatappsRules come right after phpmailerRules: these sentences quote no
// server reply, and they must decide before the generic words of
// languageAuthRules ("re-enter the password") and l10nWordConnectionRules
// ("connection") read them as a refused login or a network failure.
var chatappsRules = []rule{
	{id: "l10n_chatapps_reenter_smtp_password", class: ClassConfig, anyOf: p(
		// reenter_password ("The SMTP server, port, or username has changed. Please re-enter the SMTP password to test connection."): am, be, bg, ca, cs, da, de, el, en, es, eu, fa, fi, fr, hi, hr, hu, id, it, ja, ka, ko, lt, mk, ml, nb-NO, nl, pl, pt-BR, pt, ro, ru, sl, sr, sv, tr, uk, vi, zh-CN, zh-TW
		"የ smtp ሰርቨሩ፣ የፖርት ቁጥር ወይም የተጠቃሚው ስም ተቀይሯል", "змяніліся smtp-сервер, порт або імя карыстальніка",
		"smtp сървъра, порта или потребителя са променени", "el servidor smtp, el seu port o el nom d'usuari ha canviat",
		"smtp server, port nebo uživatelské jméno bylo změněno", "smtp-server, port, eller brugernavn var ændret",
		"der smtp-server, -port oder -benutzername wurde geändert", "ο διακομιστής smtp, η θύρα ή το username έχουν αλλάξει",
		"the smtp server, port, or username has changed", "el servidor smtp, el puerto o el nombre de usuario ha cambiado",
		"smtp zerbitzaria, ataka, edo erabiltzaile izena aldatu da", "سرور ، پورت یا نام کاربری smtp تغییر کرده است",
		"smtp-palvelin, portti tai käyttäjänimi on muuttunut", "les informations sur le serveur smtp ont changé",
		"smtp सर्वर, पोर्ट या उपयोगकर्ता नाम बदल गया है", "smtp server, priključak ili korisničko ime su promijenjeni",
		"az smtp szerver, port, vagy a felhasználói név módosult", "server smtp, port, atau nama pengguna telah berubah",
		"il server smtp, la porta o lo username sono cambiati", "smtpのサーバー名、ポート、ユーザー名のいずれかが変更されました",
		"შეიცავალა smtp სერვერი, პორტი ან მომხმარებლის სახელი", "smtp 서버, 포트 또는 사용자이름이 변경되었습니다",
		"pasikeitė smtp serveris, prievadas arba vartotojo vardas", "smtp серверот, портата, или корисничкото име се сменети",
		"smtp സർവറുടെ നാമം, പോർട്ട്, അല്ലെങ്കിൽ യൂസർനെയിം മാറ്റിയിരിക്കുന്നു", "smtp-serveren, porten eller brukernavnet er endret",
		"de smtp-server, -poort of -gebruikersnaam is veranderd", "serwer smtp, port, lub nazwa uległa zmianie",
		"o servidor smtp, porta, ou usuário foi alterado", "o servidor de smtp, porta, nome de utilizador foi alterado",
		"serverul smtp, portul sau numele de utilizator s-au schimbat", "smtp сервер, порт или имя пользователя изменены",
		"smtp nastavitve za strežnik, vrata ali uporabniško ime so se spremenile", "смтп сервер, порт или корисничко су промењени",
		"smtp-server, porten, eller användarnamnet är ändrat", "smtp sunucusu, bağlantı noktası ya da kullanıcı adı değiştirilmiş",
		"змінено smtp-сервер, порт або ім'я користувача", "máy chủ, cổng hoặc tên người dùng smtp đã thay đổi",
		"smtp 服务器地址、端口或者用户名已经被修改", "smtp 伺服器、通訊埠或使用者名稱已有變更",
	),
		doc: "Mattermost's connection test refuses, before connecting, to reuse the saved SMTP password for a changed server, port or username (\"Please re-enter the SMTP password to test connection\"): the settings form, not a refused login"},
	{id: "l10n_chatapps_smtp_server_required", class: ClassConfig, anyOf: p(
		// missing_server ("SMTP Server is required"): am, be, bg, br, ca, cs, da, de, el, en-AU, en, es, eu, fa, fi, fr, hi, hr, hu, id, it, ja, ka, ko, lt, mk, ml, nb-NO, nl, pl, pt-BR, pt, ro, ru, sl, sr, sv, tr, uk, vi, zh-CN, zh-TW
		"የ smtp ሰርቨር ያስፈልጋል", "smtp-сервер неабходны", "smtp сървъра е задължителен", "ezhomm 'zeus eus ur servijer smtp",
		"el servidor smtp és obligatori", "smtp server je povinný", "smtp server er påkrævet", "smtp-server wird benötigt",
		"απαιτείται διακομιστής smtp", "smtp server is required", "el servidor smtp es necesario", "smtp zerbitzaria beharrezkoa da",
		"سرور smtp مورد نیاز است", "smtp-palvelin vaaditaan", "un serveur smtp est nécessaire", "smtp सर्वर की आवश्यकता है",
		"potreban je smtp server", "smtp szerver szükséges", "smtp server dibutuhkan", "e' richiesto un server smtp", "smtpサーバーが必要です",
		"საჭიროა smtp სერვერი", "smtp 서버가 필요합니다", "reikalingas smtp serveris", "smtp сервер е потребен", "smtp സർവർ ആവശ്യമാണ്",
		"smtp-server er påkrevd", "smtp-server is verplicht", "serwer smtp jest wymagany", "servidor smtp é obrigatório",
		"é necessário o servidor de smtp", "serverul smtp este necesar", "требуется smtp сервер", "smtp strežnik je obvezen",
		"потребан је смтп сервер", "smtp-server krävs", "smtp sunucusunun yazılması zorunludur", "потрібен smtp-сервер",
		"bạn cần nhập thông tin máy chủ smtp", "需要smtp服务器", "須填入 smtp 伺服器",
	),
		doc: "Mattermost's connection test finds no SMTP server set"},
	{id: "l10n_chatapps_smtp_not_configured", class: ClassConfig, anyOf: p(
		// unable_to_send_email_with_defaults ("SMTP is not configured in System Console"): be, cs, de, fr, hi, hr, hu, ja, ko, nl, pl, pt-BR, ru, sv, tr, uk, vi, zh-CN, zh-TW
		"smtp не наладжаны ў сістэмнай кансолі", "smtp není nakonfigurováno v systémové konzoli",
		"smtp ist in der systemkonsole nicht konfiguriert", "smtp n'est pas configuré dans la console système",
		"smtp सिस्टम कंसोल में कॉन्फ़िगर नहीं किया गया है", "smtp nije konfiguriran u konzoli sustava",
		"smtp nincs beállítva a rendszerkonzolban", "システムコンソールでsmtpが設定されていません", "시스템 콘솔에서 smtp가 설정되지 않았습니다",
		"smtp is niet geconfigureerd in systeem console", "smtp nie jest skonfigurowany w konsoli systemowej",
		"o smtp não está configurado no console do sistema", "smtp не настроен в системной консоли",
		"smtp är inte konfigurerat i systemkonsolen", "smtp sistem panosunda yapılandırılmamış",
		"smtp не налаштовано в системній консолі", "smtp không được định cấu hình trong bảng điều khiển hệ thống",
		"系统控制台中没有配置 smtp 相关的参数", "系統主控台中尚未設定 smtp",
	),
		doc: "Mattermost could not send invitations while SMTP still holds the shipped defaults"},
	{id: "l10n_chatapps_connection_security_invalid", class: ClassConfig, anyOf: p(
		// email_security ("Invalid connection security for email settings. Must be '', 'TLS', or 'STARTTLS'."): be, bg, ca, cs, de, en, es, fa, fi, fr, hi, hu, id, it, ja, ko, nl, pl, pt-BR, ro, ru, sl, sv, tr, uk, vi, zh-CN, zh-TW
		"недапушчальная бяспека злучэння для налад электроннай пошты", "невалидна защита на връзката в настройките за ел.поща",
		"la seguretat de la connexió no és vàlida per a la configuració del correu",
		"neplatné zabezpečení připojení pro nastavení e-mailu", "ungültige verbindungssicherheit in e-mail-einstellungen",
		"invalid connection security for email settings", "configuración inválida de seguridad en la configuración de correos",
		"امنیت اتصال برای تنظیمات ایمیل نامعتبر است", "virheellinen yhteyden turvallisuus sähköpostiasetuksissa",
		"sécurité de connexion invalide pour les paramètres d'e-mail", "ईमेल सेटिंग के लिए अमान्य कनेक्शन सुरक्षा",
		"érvénytelen kapcsolat biztonság az e-mail beállításokhoz", "pengaturan keamanan sambungan untuk email tidak valid",
		"sicurezza della connessione email non valida", "電子メール設定の接続セキュリティーが不正です", "전자우편 설정의 연결 보안이 유효하지 않습니다",
		"ongeldige beveiligingsinstelling bij e-mail", "nieprawidłowe zabezpieczenie połączenia dla ustawień email",
		"inválida segurança de conexão em configurações de email", "securitate conexiune validă pentru setările de e-mail",
		"неверный тип безопасности соединения в настройках почты", "neveljavna varnost povezave za nastavitve e-pošte",
		"ogiltig anslutningssäkerhet i e-postinställningar", "bağlantı güvenliği e-posta ayarı geçersiz",
		"неправильний захист з'єднання для налаштувань електронної пошти", "bảo mật kết nối không hợp lệ cho các cài đặt email",
		"邮件设置中的连接安全性无效", "電子郵件設定中的連線安全性設定無效",
	),
		doc: "Mattermost rejects an email connection-security setting other than none, TLS or STARTTLS"},
	{id: "l10n_chatapps_email_settings_unset", class: ClassConfig, anyOf: p(
		// test_connection_email_settings_nil ("Email settings has unset values."): be, cs, de, en-AU, en, es, fr, hu, ja, ko, nl, pl, pt-BR, ru, sv, tr, uk, vi, zh-CN, zh-TW
		"налады электроннай пошты маюць не зададзеныя значэнні", "nastavení e-mailu obsahuje nevyplněné hodnoty",
		"e-mail einstellungen haben ungesetzte werte", "the email settings have unset values", "email settings has unset values",
		"los ajustes de correo electrónico tienen valores sin asignar", "la configuration des courriels a des valeurs manquantes",
		"az e-mail beállításokban nem meghatározott értékek vannak", "電子メールの設定に未設定の値があります", "유효하지 않은 이메일 설정 값입니다",
		"e-mail instellingen heeft niet-ingestelde waarden", "w ustawieniach poczty e-mail nie ustawiono wartości",
		"as configurações de e-mail têm valores não definidos", "в настройки электронной почты есть не заданные значения",
		"inställningarna för e-post har odefinierade värden", "e-posta ayarlarında yapılandırılmamış değerler var",
		"налаштування електронної пошти мають невизначені значення", "cài đặt email có giá trị chưa được đặt", "邮件设置尚未配置",
		"電子郵件設定有未設的值",
	),
		doc: "Mattermost's connection test receives email settings with unset fields"},
	{id: "l10n_chatapps_global_relay_smtp_setting", class: ClassConfig, anyOf: p(
		// model.config.is_valid.message_export.global_relay.smtp_username, smtp_password and
		// customer_type_custom: every locale names Mattermost's setting (vi's username text names the
		// password setting; fa's splits the username name, it's the setting's name)
		"globalrelaysettings.smtpusername", "globalrelaysettings.smtppassword", "globalrelaysettings. نام کاربری smtpu",
		"customsmtpservername", "smtpusername dev'essere impostato", "smtppassword dev'essere impostato",
	),
		doc: "Mattermost's configuration check finds the Global Relay export's SMTP username, password or custom server unset"},
	{id: "l10n_chatapps_rocketchat_mailbox_log", class: ClassTransient, anyOf: p(
		// Rocket.Chat's English logs: POP3 LIST failed after the login (interceptDirectReplyEmails.js),
		// IMAP 'ready' on a connection already closed (IMAPInterceptor.ts)
		"cannot get emails ....", "imap did not connected.",
	),
		doc: "Rocket.Chat's Direct Reply or Email Inbox could not read the mailbox this time"},
	{id: "l10n_chatapps_rocketchat_inbox_disabled", class: ClassConfig, anyOf: p(
		// Rocket.Chat's English room message (EmailInbox_Outgoing.ts): "Email inbox <address> not found or disabled."
		"email inbox ",
	), alsoAny: p("not found or disabled"),
		doc: "Rocket.Chat's omnichannel Email Inbox a reply should go out through is switched off or missing in its settings"},
}

// chatappsLateRules come right after phpmailerLateRules: Mattermost's test
// result appends the mail package's error ("Connection unsuccessful:
// authentication failed: 535 ..."), so every rule that reads that error
// decides first; the sentence alone says only that the test connection failed.
var chatappsLateRules = []rule{
	{id: "l10n_chatapps_test_connection_unsuccessful", class: ClassTransient, anyOf: p(
		// app.admin.test_email.failure ("Connection unsuccessful: {{.Error}}"): be, bg, ca, cs, de, en, es, fr, it, ja, pl, pt-BR, ro, sl, sv, uk
		"злучэнне не было паспяховым:", "връзката не е успешна:", "s'ha produït un error en la connexió:", "neúspěšné připojení:",
		"verbindung nicht erfolgreich:", "connection unsuccessful:", "conexión fallida:", "la connexion n'a pas pu être établie :",
		"connessione non riuscita:", "接続できませんでした:", "połączenie nie powiodło się:", "conexão sem sucesso:", "conectare nereușită:",
		"neuspešna povezava:", "misslyckad anslutning:", "не вдалося встановити з'єднання:",
	),
		doc: "Mattermost's SMTP connection test failed (\"Connection unsuccessful: ...\") and no earlier rule read the error it appends"},
}
