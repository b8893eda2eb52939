package classify

// Round 40's infrastructure products (testdata/heldout/round40.jsonl, rows
// h40a-): the settings checks and SMTP relay tests of PBX, VPN, hosting panel,
// firewall, RMM and relay software. Each key is read in every locale the
// product ships; the class is the round row's. Phrases are the fixed text of
// one translation, lower-cased, without placeholders or final punctuation.
//
// Sources, at the commit the round's row cites:
//   - virtualmin/virtualmin-gpl 69a9c2af: lang/* smtpcloud_ses_epass and its
//     sibling smtpcloud_ses_euser (the Amazon SES relay form's SMTP password
//     and user name checks; config), 16 locales;
//   - clearos/app-mail b1788750: language/*/mail_lang.php
//     mail_smtp_password_invalid and its sibling mail_smtp_username_invalid
//     (validate_password and validate_username of the mail notification
//     relay form; config), 82 locales;
//   - oVirt/ovirt-engine 0111fc6 (read at 11675a40, same text):
//     backend/manager/tools/src/main/java/org/ovirt/engine/core/notifier/transport/smtp/Smtp.java
//     "Illegal encryption method for MAIL_SMTP_ENCRYPTION" and "'MAIL_USER'
//     must be set when password is set" (config), and the later wording of the
//     encryption check in NotificationProperties validate "'MAIL_SMTP_ENCRYPTION'
//     value has to be one of" (config);
//   - untangle/ngfw_src c7caf2d: uvm/impl/com/untangle/uvm/MailSenderImpl.java
//     "SMTP AUTH user/pass -- only one set, ignoring" (config);
//   - decke/smtprelay 8c71f4fb: main.go 451 "Bad sender address" (the sender
//     checks; config), smtp.go "starttls: server does not support extension,
//     check remote scheme" (config);
//   - IssabelFoundation/email_admin e08c0281: modules/remote_smtp/lang/{en,es,
//     fa,fr,uk}.lang, raised by libs/paloSantoEmailRelay.class.php:
//     "Authenticate not accepted from server" (auth), "Authenticate Error, TLS
//     must be activated" and "Failed to start TLS" (config; fa keeps English);
//     "Failed to connect to server" is read already in every locale;
//   - pritunl/pritunl c9800d0d: pritunl/constants.py EMAIL_AUTH_INVALID_MSG
//     (auth), EMAIL_FROM_INVALID_MSG and EMAIL_NOT_CONFIGURED_MSG (config);
//     pritunl/utils/mail.py "Email auth is invalid" (auth), "Email from address
//     refused", "STMP not configured" (config); English only;
//   - wh1te909/tacticalrmm 7197548b: api/tacticalrmm/core/models.py "Missing
//     required fields (need at least 1 recipient)" (config); English only;
//   - aaPanel/aaPanel 88012af9: mod/base/msg/mail_msg.py "Mailbox information
//     is not configured correctly", BTPanel/languages/*/server.json key
//     eee590fc0d0f3382fe436b60b02e37f0 (config), 15 locales;
//   - ipfire/ipfire-2.x 764c254b: langs/*/cgi-bin/*.pl "email invalid
//     mailport" and "email invalid mailfqdn" (html/cgi-bin/mail.cgi; config),
//     7 locales;
//   - cyberkathosting/ispconfig3 47fb178f:
//     interface/web/mail/lib/lang/*_mail_get.lng source_server_error_regex
//     (interface/web/mail/form/mail_get.tform.php; config), 27 locales.

// round40InfraEarlyRules come before languageRules: the words for a password
// and "invalid" in them would read the relay forms' field checks as a refused
// login, and "authentication error" the TLS switch Issabel asks for.
var round40InfraEarlyRules = []rule{
	{id: "infra_relay_credentials_field", class: ClassConfig, anyOf: p(
		// Virtualmin smtpcloud_ses_epass, smtpcloud_ses_euser.
		"chybějící nebo neplatně vypadající uživatelské jméno smtp", "chybějící nebo neplatně vypadající heslo smtp",
		"fehlender oder ungültig aussehender smtp-benutzername", "fehlendes oder ungültig aussehendes smtp-passwort",
		"missing or invalid-looking smtp username", "missing or invalid-looking smtp password",
		"nombre de usuario smtp faltante o que parece no válido",
		"contraseña de smtp faltante o que parece no válida", "nom d'utilisateur smtp manquant ou non valide",
		"mot de passe smtp manquant ou non valide", "nome utente smtp mancante o non valido",
		"password smtp mancante o non valida", "smtp ユーザー名が見つからないか無効に見える", "smtp パスワードが見つからないか無効に見える",
		"ontbrekende of ongeldig ogende smtp-gebruikersnaam", "ontbrekend of ongeldig uitziend smtp-wachtwoord",
		"manglende eller ugyldig smtp-brukernavn", "manglende eller ugyldig smtp-passord",
		"brakująca lub wyglądająca na niepoprawną nazwa użytkownika smtp",
		"brakujące lub wyglądające na niepoprawne hasło smtp",
		"nome de usuário smtp ausente ou aparentemente inválido", "senha smtp ausente ou aparentemente inválida",
		"отсутствует или выглядит недействительным имя пользователя smtp", "отсутствует или неверный пароль smtp",
		"chýbajúce alebo neplatne vyzerajúce používateľské meno smtp", "chýbajúce alebo neplatné heslo smtp",
		"eksik veya geçersiz görünen smtp kullanıcı adı", "eksik veya geçersiz görünen smtp şifresi",
		"缺少或看起来无效的 smtp 用户名", "smtp 密码丢失或看起来无效", "缺少或看起來無效的 smtp 用戶名", "smtp 密碼丟失或看起來無效",
		// ClearOS mail_smtp_password_invalid, mail_smtp_username_invalid.
		"smtp wagwoord is ongeldig", "smtp gebruikersnaam is ongeldig", "كلمة مرور smtp غير صالحة",
		"اسم مستخدم smtp غير صالح", "smtp parolu yanlışdır", "smtp istifadəçi adı etibarsızdır",
		"smtp пароль няслушны", "smtp імя карыстальніка з'яўляецца несапраўдным", "паролата за smtp е невалидна",
		"потребителското име за smtp е невалидно", "smtp পাসওয়ার্ডটি অবৈধ", "smtp ব্যবহারকারীর নামটি অবৈধ",
		"smtp lozinka je nevažeća", "smtp korisničko ime je nevažeće", "la contrasenya smtp no és vàlida",
		"el nom d'usuari smtp no és vàlid", "heslo smtp je neplatné", "smtp uživatelské jméno je neplatné",
		"cyfrinair smtp yn annilys", "mae enw defnyddiwr smtp yn annilys", "smtp-adgangskoden er ugyldig",
		"smtp brugernavn er ugyldigt", "smtp-passwort ist ungültig", "der smtp-benutzername ist ungültig",
		"ο κωδικός smtp δεν είναι έγκυρος", "το όνομα χρήστη smtp δεν είναι έγκυρο", "smtp password is invalid",
		"smtp username is invalid", "smtp-pasvorto estas nevalida", "smtp-salutnomo estas nevalida",
		"la contraseña smtp no es válida", "el nombre de usuario smtp no es válido", "smtp parool on kehtetu",
		"smtp kasutajanimi on kehtetu", "smtp pasahitza ez da zuzena", "smtp erabiltzailearen izena baliogabea da",
		"رمز عبور smtp نامعتبر است", "نام کاربری smtp نامعتبر است", "smtp-salasana ei kelpaa",
		"smtp-käyttäjänimi ei kelpaa", "le mot de passe smtp est invalide",
		"le nom d'utilisateur smtp n'est pas valide", "tá pasfhocal smtp neamhbhailí",
		"tá ainm úsáideora smtp neamhbhailí", "smtp પાસવર્ડ અમાન્ય છે", "smtp વપરાશકર્તાનામ અમાન્ય છે",
		"एसएमटीपी पासवर्ड अमान्य है", "smtp उपयोगकर्ता नाम अमान्य है", "smtp lozinka nije valjana",
		"smtp korisničko ime nije valjano", "modpas smtp se envalid", "non itilizatè smtp se envalid",
		"az smtp jelszó érvénytelen", "az smtp felhasználónév érvénytelen", "smtp գաղտնաբառը անվավեր է",
		"smtp օգտվողի անունը անվավեր է", "kata sandi smtp tidak valid", "nama pengguna smtp tidak valid",
		"smtp paswọọdụ ezighi ezi", "aha njirimara smtp abaghị uru", "smtp lykilorðið er ógilt",
		"smtp notendanafnið er ógilt", "smtpパスワードが無効です", "smtpユーザー名が無効です", "smtp პაროლი არასწორია",
		"smtp მომხმარებლის სახელი არასწორია", "smtp құпия сөзі жарамсыз", "smtp пайдаланушы аты жарамсыз",
		"ពាក្យសម្ងាត់ smtp មិនត្រឹមត្រូវ", "ឈ្មោះអ្នកប្រើ smtp មិនត្រឹមត្រូវ", "smtp ಪಾಸ್ವರ್ಡ್ ಅಮಾನ್ಯವಾಗಿದೆ",
		"smtp ಬಳಕೆದಾರ ಹೆಸರು ಅಮಾನ್ಯವಾಗಿದೆ", "smtp 암호가 잘못되었습니다", "smtp 사용자 이름이 잘못되었습니다",
		"esmtp password invalidum est", "nomen usoris esmtp invalidum est", "ລະຫັດ smtp ບໍ່ຖືກຕ້ອງ",
		"ຊື່ຜູ້ໃຊ້ smtp ບໍ່ຖືກຕ້ອງ", "smtp slaptažodis yra neteisingas", "smtp vartotojo vardas neteisingas",
		"smtp parole nav derīga", "smtp lietotājvārds nav derīgs", "tsy mety ny tenimiafin'ny smtp",
		"tsy manan-kery ny mpampiasa smtp", "he muhu te kupuhipa smtp", "he muhu te ingoa kaiwhakamahi smtp",
		"лозинката за smtp е невалидна", "корисничкото име на smtp е невалидно", "smtp പാസ്വേഡ് അസാധുവാണ്",
		"smtp ഉപയോക്തൃനാമം അസാധുവാണ്", "smtp нууц үг буруу байна", "smtp хэрэглэгчийн нэр буруу байна",
		"smtp संकेतशब्द अवैध आहे", "smtp वापरकर्तानाव अवैध आहे", "kata laluan smtp tidak sah",
		"nama pengguna smtp tidak sah", "il-password smtp huwa invalidu", "il-username tal-smtp huwa invalidu",
		"smtp password ကိုမှားနေပါသည်", "smtp အသုံးပြုသူအမည်မှားနေပါသည်", "smtp पासवर्ड अमान्य छ",
		"smtp प्रयोगकर्तानाम अमान्य छ", "smtp-wachtwoord is ongeldig", "smtp-gebruikersnaam is ongeldig",
		"smtp-passordet er ugyldig", "smtp brukernavn er ugyldig", "pulogalamu ya smtp ndi yosavomerezeka",
		"dzina la smtp ndilosavomerezeka", "smtp ਪਾਸਵਰਡ ਅਵੈਧ ਹੈ", "smtp ਉਪਯੋਗਕਰਤਾ ਨਾਂ ਅਵੈਧ ਹੈ",
		"hasło smtp jest nieprawidłowe", "nazwa użytkownika smtp jest nieprawidłowa", "a senha smtp é inválida",
		"o nome de usuário smtp é inválido", "недопустимый пароль smtp", "имя пользователя smtp недействительно",
		"smtp මුරපදය වලංගු නැත", "smtp පරිශීලක නාමය වලංගු නැත", "smtp používateľské meno je neplatné",
		"geslo smtp je neveljavno", "uporabniško ime smtp je neveljavno", "furaha smtp waa mid aan sax ahayn",
		"magaca isticmaale smtp waa mid aan sharci ahayn", "fjalëkalimi smtp është i pavlefshëm",
		"emri i përdoruesit smtp është i pavlefshëm", "смтп лозинка је неважећа",
		"корисничко име смтп-а је неважеће", "lekunutu la smtp ha lea nepahala",
		"lebitso la lebitso la smtp ha lea nepahala", "sandi smtp téh sah", "smtp landihan téh sah",
		"smtp-lösenordet är ogiltigt", "smtp användarnamnet är ogiltigt", "neno la smtp ni batili",
		"jina la mtumiaji wa smtp ni batili", "smtp கடவுச்சொல் தவறானது", "smtp பயனர்பெயர் தவறானது",
		"smtp పాస్వర్డ్ చెల్లనిది", "smtp యూజర్ పేరు చెల్లనిది", "пароли smtp нодуруст аст",
		"истифодабарандаи smtp нодуруст мебошад", "รหัสผ่าน smtp ไม่ถูกต้อง", "ชื่อผู้ใช้ smtp ไม่ถูกต้อง",
		"di-wasto ang smtp password", "di-wasto ang username ng smtp", "smtp şifresi geçersiz",
		"smtp kullanıcı adı geçersiz", "пароль smtp недійсний", "ім'я користувача smtp недійсне",
		"smtp پاس ورڈ غلط ہے", "smtp صارف نام غلط ہے", "smtp parol yaroqsiz", "smtp foydalanuvchi nomi noto'g'ri",
		"mật khẩu smtp không hợp lệ", "tên người dùng smtp không hợp lệ", "סמטפּ פּאַראָל איז פאַרקריפּלט",
		"סמטפּ באַניצער נאָמען איז פאַרקריפּלט", "smtp igbaniwọle jẹ alailẹgbẹ", "orukọ olumulo smtp jẹ aiṣedede",
		"smtp密码无效", "smtp用户名无效", "iphasiwedi ye-smtp ayivumelekile", "igama lomsebenzisi le-smtp alivumelekile",
		// oVirt notifier, Untangle.
		"'mail_user' must be set when password is set",
		"smtp auth user/pass -- only one set",
	), noneOf: p(
		// Nextcloud's Slovenian refused login holds ClearOS's "geslo smtp je
		// neveljavno" after "uporabniško ime ali".
		"ime ali geslo smtp",
		// A server's refusal quoted with the sentence stays a refused login.
		"authentication failed", "5.7.8",
	),
		doc: "a relay settings form finds the SMTP user name or password missing, malformed or set without the other (Virtualmin, ClearOS, oVirt notifier, Untangle): no server judged it"},
	{id: "infra_relay_tls_setting", class: ClassConfig, anyOf: p(
		// Issabel Remote SMTP: TLS must be switched on, STARTTLS failed.
		"authenticate error, tls must be activated", "error de autenticación, tls debe estar activado",
		"tls doit être activé", "потрібно активувати tls",
		"failed to start tls", "falló al inciar tls", "impossible de démarrer tls", "не вдалося запустити tls",
		// smtprelay, oVirt notifier.
		"server does not support extension, check remote scheme",
		"illegal encryption method for mail_smtp_encryption", "'mail_smtp_encryption' value has to be one of",
	),
		doc: "a relay's TLS setting is wrong: the server wants STARTTLS before the login, STARTTLS failed or the encryption method is not one the product knows (Issabel, smtprelay, oVirt notifier)"},
}

// round40InfraRules come right after phpmailerRules.
var round40InfraRules = []rule{
	{id: "infra_relay_login_refused", class: ClassAuth, anyOf: p(
		"smtp authentication is invalid", "email auth is invalid",
		"authenticate not accepted from server", "autenticación no aceptada desde el servidor",
		"identification refusée par le serveur", "не прийнято автентифікацію від сервера",
		"تصديق اعتبار از سوي سرور مقابل تاييد نشد",
	),
		doc: "the relay refused the configured user name and password (Pritunl on SMTPAuthenticationError, Issabel Remote SMTP)"},
	{id: "infra_relay_sender_refused", class: ClassConfig, anyOf: p(
		"email from address refused", "smtp server did not accept the from address",
		"bad sender address",
	),
		doc: "the relay refused the sender address (Pritunl on SMTPSenderRefused, smtprelay's sender checks): the from or send-as setting"},
	{id: "infra_mail_not_configured", class: ClassConfig, anyOf: p(
		"required email settings have not been configured", "stmp not configured",
		"missing required fields (need at least 1 recipient)",
		// aaPanel eee590fc0d0f3382fe436b60b02e37f0.
		"informasi kotak surat tidak dikonfigurasi dengan benar",
		"informações da caixa de correio não estão configuradas corretamente",
		"la información del buzón no está configurada correctamente",
		"le informazioni sulla cassetta postale non sono configurate correttamente",
		"les informations sur la boîte aux lettres ne sont pas configurées correctement",
		"mailbox information is not configured correctly", "mailboxinformationen sind nicht korrekt konfiguriert",
		"posta kutusu bilgileri doğru yapılandırılmamış", "thông tin hộp thư không được cấu hình chính xác",
		"інформація про поштову скриньку неправильно налаштована", "настройки почты неверны",
		"اطلاعات صندوق پست به درستی پیکربندی نشده است", "邮箱信息配置不正确", "郵箱信息未正確配置", "사서함 정보는 올바르게 구성되지 않습니다",
	),
		doc: "the product holds no mail server settings, so nothing was sent (Pritunl, Tactical RMM, aaPanel)"},
	{id: "infra_mail_server_field", class: ClassConfig, anyOf: p(
		// IPFire email invalid mailport, email invalid mailfqdn.
		"ungültiger fqdn für mailserver", "ungültiger port für mailserver", "invalid mail server fqdn",
		"invalid mail server port", "servidor fqdn de correo no válido", "puerto de servidor de correo no válido",
		"serveur de mail fqdn invalide", "port serveur de mail invalide", "geçersiz e-posta sunucu fqdn si",
		"geçersiz posta sunucusu bağlantı noktası", "郵件伺服器fqdn無效", "郵件伺服器埠無效", "邮件服务器fqdn无效", "邮件服务器端口无效",
		// ISPConfig source_server_error_regex.
		"pop3/imap server is not a valid domain name", "o servidor pop3/imap é inválido",
		"le serveur pop3 / imap n'est pas un nom de domaine valide", "pop3/imap server není validní doménový název",
		"pop3/imap server ist kein gültiger domainname", "pop3/imap server er ikke et gyldigt domænenavn",
		"το όνομα του pop3/imap server δεν είναι έγκυρο", "el servidor pop3/imap no es un nombre de dominio válido",
		"pop3/imap-palvelin ei ole kelvollinen osoite", "le serveur pop3 / imap n’est pas un nom de domaine valide",
		"server pop3/imap bukan merupakan nama domain yang valid", "pop3/imap server non è un nome dominio valido",
		"pop3/imap server is geen geldige domeinnaam", "serwer pop3/imap nie jest poprawną nazwą domenową",
		"servidor pop3/imap não é um nome de domínio válido", "некорректное доменное имя для сервера pop3/imap",
		"pop3-/imapserver är inte ett giltigt domännamn", "pop3/imap server nie je valídne doménové meno",
		"pop3/imap sunucu etki alanı geçersiz",
	),
		doc: "a settings form finds the mail server's host name or port invalid (IPFire mail service, ISPConfig fetchmail account)"},
}
