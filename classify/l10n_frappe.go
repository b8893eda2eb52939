package classify

// Frappe (the framework behind ERPNext and Frappe Helpdesk): its Email
// Account doctype's own sentences when connecting a mailbox fails, in every
// language of frappe/locale/<lang>.po, each phrase the distinctive fixed part
// of one translation. Read in frappe/frappe develop commit adc279db (the
// optibizpro/frappe snapshot that carries it; frappe/locale holds af, ar, bs,
// de, es, fa, fi, fr, hu, id, it, nl, pl, pt, pt_BR, ru, sv, tr, vi, zh,
// zh_TW and the Crowdin pseudo-locale eo, left out).
//
//   - frappe/email/receive.py EmailServer.connect_imap()/connect_pop(): a
//     socket.error while opening the IMAP or POP3 connection ("Invalid Mail
//     Server. Please rectify and try again."): transient; POP3 USER/PASS
//     refused with an error that is not a temporary system problem ("Invalid
//     User Name or Support Password."): auth;
//   - frappe/email/oauth.py Oauth._validate() ("Please Authorize OAuth for
//     Email Account {}") and email_account.py _frappe_mail_client (the same
//     sentence with {0}): no access token stored for the account, its user
//     must authorize again: revoked;
//   - email_account.py check_email_server_connection(): while receiving, an
//     IMAP/POP3 error holding "authentication failed", "login failed", "[AUTH]"
//     or "log in via your web browser" ("Email Account Disabled.
//     Authentication failed while receiving emails from Email Account: {0}."
//     plus "<br>Message from server: {0}"): auth; get_inbound_mails() logs any
//     failure of the fetch under "Error while connecting to email account
//     {0}": transient;
//   - frappe/email/smtp.py SMTPServer: no server set ("Email Account not
//     setup. Please create a new Email Account from Settings > Email
//     Account"): config; smtplib.SMTP() gave no session ("Could not connect
//     to outgoing email server"): transient; OSError on connecting ("Invalid
//     Outgoing Mail Server or Port: {0}" with the errno text, which decides);
//     SMTPAuthenticationError, or an IMAP/POP3 authentication failure while
//     testing the account ("Please check your email login credentials." plus
//     the traceback's last line): auth;
//   - email_account.py find_outgoing() with no default outgoing account
//     ("Please setup default Email Account from Settings > Email Account"):
//     config; validate() on a login without a password ("Password is
//     required or select Awaiting Password", a look-alike): config;
//   - frappe/auth.py LoginAttemptTracker: the Frappe user's own login locked
//     after failed attempts ("Your account has been locked and will resume
//     after {0} seconds", a look-alike): unknown.
//
// testdata/catalogs/client_l10n_frappe.jsonl holds every translation; the
// comment above each group lists the locales whose text needed a phrase here
// (the other locales' texts were already classified as labelled).

// frappeEarlyRules come right after bitrixEarlyRules, before languageRules:
// the receiving failure decides before the "Email Account Disabled." the
// code puts in front of it reads as a provider's block, and the two
// look-alikes before the generic words in them ("account has been locked",
// "password") call them a provider's block or a refused login.
var frappeEarlyRules = []rule{
	{id: "l10n_frappe_receive_login_refused", class: ClassAuth, noneOf: p("temporary error"), anyOf: p(
		// "Authentication failed while receiving emails from Email Account: {0}.": every locale; the code puts
		// "Email Account Disabled." before it (Frappe switched the account's receiving off, no provider block)
		// and "Message from server: {0}" after it, where "-ERR Temporary error" also lands (noneOf)
		"authentication failed while receiving emails from email account", "stawing het misluk tydens die ontvangs van e-posse vanaf die e-posrekening",
		"فشلت المصادقة أثناء تلقي رسائل البريد الإلكتروني من حساب البريد الإلكتروني", "autentifikacija nije uspjela prilikom primanja e-poruka sa naloga e-pošte",
		"die authentifizierung ist beim empfang von e-mails vom e-mail-konto fehlgeschlagen",
		"error de autenticación al recibir correos electrónicos de la cuenta de correo electrónico", "هنگام دریافت ایمیل از حساب ایمیل، احراز هویت انجام نشد",
		"todennus epäonnistui vastaanotettaessa sähköposteja sähköpostitililtä",
		"l'authentification a échoué lors de la réception des e-mails du compte de messagerie", "autentikasi gagal saat menerima email dari akun email",
		"autenticazione non riuscita durante la ricezione di e-mail dall'account e-mail", "verificatie mislukt tijdens het ontvangen van e-mails van e-mailaccount",
		"falha na autenticação ao receber e-mails da conta de e-mail", "autentisering misslyckades när e-post meddelande togs emot från e-post konto",
		"e-posta hesabından e-postalar alınırken kimlik doğrulama başarısız oldu", "xác thực không thành công khi nhận email từ tài khoản email",
		"接收电子邮件时，身份验证失败",
	),
		doc: "Frappe says in the owner's language that the incoming server refused the Email Account's login while receiving (the code's test: 'authentication failed', 'login failed', '[AUTH]', 'log in via your web browser' in the reply) and that it disabled the account's receiving itself: the credentials, not a provider's block"},
	{id: "l10n_frappe_own_login_locked", class: ClassUnknown, anyOf: p(
		// "Your account has been locked and will resume after {0} seconds": en, es, fr, it, nl, pt, tr, zh_TW
		"your account has been locked and will resume after", "su cuenta ha sido bloqueada y se reanudará después de",
		"votre compte a été verrouillé et reprendra après", "il tuo account è stato bloccato e ritornerà attivo dopo",
		"uw account is vergrendeld en zal na", "sua conta foi bloqueada e será retomada após",
		"saniye sonra yeniden erişilebilir olacak", "您的帳戶已被鎖定，並將在",
	),
		doc: "Frappe tells its own user in their language that their login to Frappe is locked for some seconds after failed attempts: the product's account, not a mailbox"},
	{id: "l10n_frappe_password_field_required", class: ClassConfig, anyOf: p(
		// "Password is required or select Awaiting Password": en, af, ar, bs, fa, fi, id, it, nl, sv, tr, vi, zh, zh_TW
		"password is required or select awaiting password", "wagwoord is nodig of kies wagwoord wag",
		"كلمة المرور مطلوبة أو اختر كلمة المرور", "lozinka je obavezna ili odaberite čekanje lozinke",
		"رمز عبور لازم است یا در انتظار رمز عبور", "tarvitaan salasana tai valitse odotetaan salasana",
		"sandi diperlukan atau pilih menunggu sandi", "la password è necessaria o selezionare in attesa di password",
		"wachtwoord nodig of selecteer afwachting wachtwoord", "lösenord erfodras eller välj väntar på lösenord",
		"şifre gerekli veya şifre bekleniyor'u seçin", "mật khẩu là cần thiết hoặc chọn đang chờ mật khẩu",
		"需要密码，或者选择等待密码", "需要密碼，或者選擇等待密碼",
	),
		doc: "Frappe's Email Account form says in the administrator's language that a password must be entered or 'Awaiting Password' ticked: a missing field when saving, no server contacted"},
}

// frappeRules come right after phpmailerRules: the product's sentences name
// the failure and quote no server reply of their own (where the code appends
// one, "Please check your email login credentials." and the receiving
// authentication failure, the reply agrees with the sentence).
var frappeRules = []rule{
	{id: "l10n_frappe_login_refused", class: ClassAuth, anyOf: p(
		// "Please check your email login credentials.": tr
		"lütfen e-posta giriş bilgilerinizi kontrol edin",
		// "Invalid User Name or Support Password. Please rectify and try again.": bs, id, sv, vi, zh, zh_TW
		"nevažeće korisničko ime ili lozinka za podršku", "valid nama pengguna atau dukungan password",
		"ogiltig användar namn eller support lösenord", "tên tài khoản không hợp lệ hoặc hỗ trợ mật khẩu",
		"无效的用户名或支持密码", "無效的用戶名或支持密碼",
	),
		doc: "Frappe says in the owner's language that the mail server refused the Email Account's login (POP3 USER/PASS refused, an authentication failure while receiving or testing): the credentials"},
	{id: "l10n_frappe_authorize_oauth", class: ClassRevoked, anyOf: p(
		// "Please Authorize OAuth for Email Account {}" and "... {0}": en, bs, de, es, fa, sv, tr
		"please authorize oauth for email account", "ovlastite oauth za račun e-pošte", "ovlastite oauth za e-pošta račun", "bitte autorisieren sie oauth für",
		"por favor, autorice oauth para la cuenta de correo", "oauth را برای حساب ایمیل مجاز کنید",
		"auktorisera oauth för e-post konto", "e-posta hesabı için oauth'u yetkilendirin",
	),
		doc: "Frappe asks in the owner's language to authorize OAuth for the Email Account again: no access token is stored for it, the grant is gone"},
	{id: "l10n_frappe_connect_failed", class: ClassTransient, anyOf: p(
		// "Could not connect to outgoing email server": en, af, fa, id, nl, sv, zh_TW
		"could not connect to outgoing email server", "kon nie aan uitgaande e-pos bediener koppel nie",
		"به سرور ایمیل خروجی متصل نشد", "tidak dapat terhubung ke server email keluar",
		"kan niet verbinden met uitgaande e-mailserver", "kan inte ansluta till utgående e-post server", "無法連接到外發郵件服務器",
		// "Error while connecting to email account {0}": en, de, es, fi, fr, id, it, nl, pt, sv, zh, zh_TW
		"error while connecting to email account", "fehler beim verbinden mit dem e-mail-konto",
		"error al conectarte a la cuenta de correo electrónico", "virhe, kun muodostat yhteyden sähköpostitiliin",
		"erreur lors de la connexion au compte email", "kesalahan saat menyambung ke akun email",
		"errore durante la connessione a un account e-mail", "fout bij het verbinden met e-mailaccount",
		"erro ao conectar-se à conta de e-mail", "fel vid anslutning till e-post konto", "连接到电子邮件帐户", "連接到電子郵件帳戶",
		// "Invalid Mail Server. Please rectify and try again.": every locale
		"invalid mail server. please rectify", "ongeldige posbediener. regstel asseblief", "خادم البريد غير صالحة",
		"nevažeći server pošte. ispravite", "ungültiger e-mail-server. bitte angaben korrigieren",
		"servidor de correo no válido. por favor verifique la configuración", "سرور ایمیل نامعتبر است. لطفاً اصلاح کنید",
		"virheellinen sähköpostiserveri, korjaa", "serveur mail invalide. veuillez corriger", "mail server tidak valid. harap memperbaiki",
		"server di posta non valido. si prega di correggere", "ongeldige mail server . aub herstellen",
		"servidor de email inválido . por favor, retifique", "mail server inválido . por favor, corrigir",
		"ogiltig e-post server. rätta till", "geçersiz posta sunucusu. lütfen düzeltin", "server mail không hợp lệ. xin khắc phục",
		"无效的邮件服务器，请纠正", "無效的郵件服務器。請糾正",
	),
		doc: "Frappe says in the owner's language that it could not connect to the incoming or outgoing mail server (a socket error before any login, no SMTP session, any failure of a fetch): connection trouble"},
	{id: "l10n_frappe_account_not_set_up", class: ClassConfig, anyOf: p(
		// "Email Account not setup. Please create a new Email Account from Settings > Email Account": en, bs, de, es, fa, sv, tr
		"email account not setup. please create a new email account", "račun e-pošte nije postavljen. molimo kreirajte novi račun e-pošte",
		"e-mail-konto nicht eingerichtet. bitte erstellen sie ein neues e-mail-konto",
		"cuenta de correo electrónico no configurada. por favor, cree una nueva cuenta de correo",
		"حساب ایمیل تنظیم نشده است. لطفاً یک حساب ایمیل جدید", "e-post konto inte konfigurerad. skapa ny e-post konto",
		"bölümünden yeni bir e-posta hesabı oluşturun",
		// "Please setup default Email Account from Settings > Email Account": en, bs, de, es, fa, sv, tr
		"please setup default email account from settings", "podesite podrazumijevani nalog e-pošte",
		"bitte richten sie ein standard-e-mail-konto unter einstellungen", "por favor, configure la cuenta de correo predeterminada",
		"لطفاً حساب ایمیل پیش فرض را از تنظیمات", "ange standard e-post konto från inställningar",
		"bölümünden varsayılan e-posta hesabını ayarlayın",
	),
		doc: "Frappe says in the administrator's language that no (default) outgoing Email Account is set up: a missing setting, no server contacted"},
}
