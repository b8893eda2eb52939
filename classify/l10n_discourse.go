package classify

// Discourse's own sentences for a mailbox it cannot log in to, reach or poll,
// in every locale of discourse/discourse commit 16bb0bee
// (config/locales/server.<locale>.yml; read from a copy whose HEAD is that
// commit, the whole repository being too large to bring here). Where the code
// raises each key:
//
//   - app/services/email_settings_exception_handler.rb, which turns the
//     exception of EmailSettingsValidator (app/services/
//     email_settings_validator.rb: a POP3, SMTP or IMAP login test of the
//     site's or a group's settings) into the admin's message:
//     pop3_authentication_error (Net::POPAuthenticationError),
//     imap_authentication_error (an IMAP NO that says "Invalid credentials"),
//     smtp_authentication_error (Net::SMTPAuthenticationError) and, for a
//     gmail.com host whose refusal says "Application-specific password
//     required", authentication_error_gmail_app_password: auth;
//     smtp_server_busy_error (Net::SMTPServerBusy, a 4xx): transient;
//     connection_error (SocketError, ECONNREFUSED) and timeout_error
//     (Net::OpenTimeout, Net::ReadTimeout): transient; imap_no_response_error,
//     imap_unhandled_error, smtp_unhandled_error and unhandled_error, each a
//     prefix to the exception's own text: unknown by themselves;
//   - lib/group_email_credentials_check.rb with app/models/
//     admin_dashboard_data.rb: dashboard.group_email_credentials_warning,
//     the handler's sentence appended as %{error}: auth;
//   - app/jobs/scheduled/poll_mailbox.rb: dashboard.poll_pop3_auth_error
//     (Net::POPAuthenticationError while polling): auth;
//     dashboard.poll_pop3_timeout (more than three Net::OpenTimeout): transient;
//   - lib/validators/pop3_polling_enabled_setting_validator.rb:
//     site_settings.errors.pop3_polling_authentication_failed (the POP3 login
//     test failed on enabling polling): auth; pop3_polling_host_is_empty,
//     _username_is_empty, _password_is_empty: config;
//   - app/jobs/regular/group_smtp_email.rb: skipped_email_log.
//     group_smtp_disabled_for_group, the group's own SMTP switch: config, a
//     look-alike of a tenant's SMTP AUTH switch;
//   - app/controllers/session_controller.rb:
//     login.incorrect_username_email_or_password, the forum's own sign-in:
//     unknown, a look-alike.
//
// dashboard.email_polling_errored_recently (a count of polling errors of any
// kind) is in the catalog as unknown and needed no phrase. No client.<locale>.yml
// key of this commit reports a mailbox failure: the group email settings
// page shows the server's sentences above.
//
// Each phrase is the fixed text of one translation, lower-cased, cut before
// a placeholder or an HTML link. The comment above each group lists the
// locales whose text needed a phrase here (and English, for composed
// messages, where noted); the other locales' texts were already classified as
// labelled. testdata/catalogs/client_l10n_discourse.jsonl holds every
// translation.

// discourseEarlyRules come right after erpEarlyRules, before languageRules:
// the forum's own sign-in answer must be read as the product's account before
// the generic wrong-password words of the language rules read it as a mailbox
// login.
var discourseEarlyRules = []rule{
	{id: "l10n_discourse_own_login", class: ClassUnknown, anyOf: p("niepoprawna nazwa użytkownika, email lub hasło",
		// incorrect_username_email_or_password: ar, be, bg, ca, cs, de, en, es, fa_IR, fi, fr, gl, hu, it, nb_NO, nl, pt, pt_BR, ro, ru, sk, sl, sv, tr_TR, vi, zh_CN, zh_TW
		"incorrect username, email or password", "اسم المستخدم أو البريد الإلكتروني أو كلمة المرور غير صحيحة",
		"няправільнае імя карыстальніка, адрас электроннай пошты або пароль", "грешно потребителско име, имейл или парола",
		"nom d'usuari, correu electrònic o contrasenya incorrectes", "neplatné uživatelské jméno, email nebo heslo",
		"benutzername, e-mail-adresse oder passwort falsch", "nombre de usuario, correo electrónico o contraseña incorrecta",
		"نام کاربری، ایمیل یا رمز عبور نادرست است", "väärä käyttäjätunnus, sähköpostiosoite tai salasana",
		"nom d'utilisateur, adresse courriel ou mot de passe incorrect(e)", "nome de usuario, correo electrónico ou contrasinal incorrectos",
		"hibás felhasználónév, e-mail vagy jelszó", "nome utente, email o password errati", "feil brukernavn, email eller passord",
		"onjuiste gebruikersnaam, e-mailadres of wachtwoord", "utilizador, email ou palavra-passe incorretos",
		"usuário(a), e-mail ou senha incorreta", "nume de utilizator, email sau parolă incorecte",
		"неверное имя пользователя, адрес электронной почты или пароль", "nesprávne meno, email, alebo heslo",
		"napačno uporabniško ime, e-naslov ali geslo", "felaktigt användarnamn, e-post eller lösenord",
		"yanlış kullanıcı adı, e-posta ya da parola", "không đúng tài khoản, email hoặc mật khẩu", "用户名、电子邮件或密码不正确", "使用者名、電子郵箱或密碼不正確",
		// he: read as a refused login once Hebrew "not correct" was (round 152)
		"שם משתמש, דואר אלקטרוני או סיסמה לא נכונים",
	),
		doc: "Discourse's answer to a failed sign-in to the forum itself (login.incorrect_username_email_or_password): the product's own account, never a mailbox"},
	{id: "l10n_discourse_early_unreachable", class: ClassTransient, anyOf: p(
		// connection_error: fr
		"un problème de connexion au serveur s'est produit. vérifiez le nom du serveur et le numéro de port avant de réessayer",
		// timeout_error: fr
		"le délai d'établissement de la connexion au serveur s'est écoulé. vérifiez le nom du serveur et le numéro de port avant de réessayer",
	),
		doc: "Discourse's French sentences for a mail server that cannot be reached or times out; they also name the server's port, which FairEmail's settings words would read as config"},
	{id: "l10n_discourse_early_login_refused", class: ClassAuth, anyOf: p(
		// pop3_polling_authentication_failed: sv
		"pop3-autentisering misslyckades. verifiera dina pop3-certifikat",
	),
		doc: "Discourse's Swedish sentence for a failed POP3 login test, whose 'pop3-certifikat' (the translator's word for credentials) the certificate words would read as config"},
}

// discourseRules come right after phpmailerRules: a server reply that an
// earlier rule reads decides first, and the sentence decides before the generic
// words of languageAuthRules and the later connection rules.
var discourseRules = []rule{
	{id: "l10n_discourse_login_refused", class: ClassAuth, anyOf: p(
		// pop3_authentication_error: ar, da, de, en, he, it, ja, ko, tr_TR, uk, ur, zh_CN
		"there was an issue with the pop3 credentials provided, check the username and password and try again",
		"حدثت مشكلة في بيانات اعتماد pop3 المقدَّمة، تحقَّق من اسم المستخدم وكلمة المرور وحاول مرة أخرى",
		"der var et problem med de angivne pop3-legitimationsoplysninger, tjek brugernavnet og adgangskoden, og prøv igen",
		"es gab ein problem mit den bereitgestellten pop3-anmeldedaten, überprüfe bitte den benutzernamen und das passwort und versuche es erneut",
		"אירעה תקלה עם פרטי הגישה שסופקו עבור pop3, נא לבדוק את שם המשתמש והססמה ולנסות שוב",
		"si è verificato un problema con le credenziali pop3 fornite. controlla il nome utente e la password e riprova",
		"指定された pop3 の資格情報に問題がありました。ユーザー名とパスワードを確認して、もう一度お試しください", "제공된 pop3 자격 증명에 문제가 있습니다. 사용자 이름과 비밀번호를 확인하고 다시 시도하세요",
		"sağlanan pop3 kimlik bilgileriyle ilgili bir sorun oluştu, kullanıcı adını ve şifreyi denetleyip yeniden deneyin",
		"виникла проблема з обліковими даними pop3, перевірте ім'я користувача та пароль і повторіть спробу",
		"فراہم کردہ pop3 شناخت میں ایک مسئلہ تھا، صارف نام اور پاس ورڈ چیک کریں اور دوبارہ کوشش کریں۔", "提供的 pop3 凭据存在问题，请检查用户名和密码并重试",
		// imap_authentication_error: ar, da, de, en, he, it, ja, ko, tr_TR, uk, ur, zh_CN
		"there was an issue with the imap credentials provided, check the username and password and try again",
		"حدثت مشكلة في بيانات اعتماد imap المقدَّمة، تحقَّق من اسم المستخدم وكلمة المرور وحاول مرة أخرى",
		"der var et problem med de leverede imap-legitimationsoplysninger, tjek brugernavnet og adgangskoden, og prøv igen",
		"es gab ein problem mit den bereitgestellten imap-anmeldedaten, überprüfe bitte den benutzernamen und das passwort und versuche es erneut",
		"אירעה תקלה עם פרטי הגישה שסופקו עבור imap, נא לבדוק את שם המשתמש והססמה ולנסות שוב",
		"si è verificato un problema con le credenziali imap fornite. controlla il nome utente e la password e riprova",
		"指定された imap の資格情報に問題がありました。ユーザー名とパスワードを確認して、もう一度お試しください", "제공된 imap 자격 증명에 문제가 있습니다. 사용자 이름과 비밀번호를 확인하고 다시 시도하세요",
		"sağlanan imap kimlik bilgileriyle ilgili bir sorun oluştu, kullanıcı adını ve şifreyi denetleyip yeniden deneyin",
		"виникла проблема з обліковими даними imap, перевірте ім'я користувача та пароль і повторіть спробу",
		"فراہم کردہ imap شناخت کے ساتھ ایک مسئلہ تھا، صارف نام اور پاس ورڈ چیک کریں اور دوبارہ کوشش کریں۔", "提供的 imap 凭据存在问题，请检查用户名和密码并重试",
		// smtp_authentication_error: ar, da, de, en, he, it, ja, ko, tr_TR, uk, ur, zh_CN
		"there was an issue with the smtp credentials provided, check the username and password and try again",
		"حدثت مشكلة في بيانات اعتماد smtp المقدَّمة، تحقَّق من اسم المستخدم وكلمة المرور وحاول مرة أخرى",
		"der var et problem med de angivne smtp-legitimationsoplysninger, tjek brugernavnet og adgangskoden, og prøv igen",
		"es gab ein problem mit den bereitgestellten smtp-anmeldedaten, überprüfe bitte den benutzernamen und das passwort und versuche es erneut",
		"אירעה תקלה עם פרטי הגישה שסופקו עבור smtp, נא לבדוק את שם המשתמש והססמה ולנסות שוב",
		"si è verificato un problema con le credenziali smtp fornite. controlla il nome utente e la password e riprova",
		"指定された smtp の資格情報に問題がありました。ユーザー名とパスワードを確認して、もう一度お試しください", "제공된 smtp 자격 증명에 문제가 있습니다. 사용자 이름과 비밀번호를 확인하고 다시 시도하세요",
		"sağlanan smtp kimlik bilgileriyle ilgili bir sorun oluştu, kullanıcı adını ve şifreyi denetleyip yeniden deneyin",
		"виникла проблема з обліковими даними smtp, перевірте ім'я користувача та пароль і повторіть спробу",
		"فراہم کردہ smtp شناخت میں ایک مسئلہ تھا، صارف نام اور پاس ورڈ چیک کریں اور دوبارہ کوشش کریں۔", "提供的 smtp 凭据存在问题，请检查用户名和密码并重试",
		// poll_pop3_auth_error: da, de, el, es, fa_IR, fi, gl, he, hy, it, ja, ko, nb_NO, pl_PL, pt, pt_BR, ru, sv, uk, ur, vi, zh_CN, zh_TW
		"forbindelsen til pop3-serveren mislykkes med en godkendelsesfejl. kontroller dine",
		"die verbindung zum pop3-server schlägt mit einem authentifizierungsfehler fehl. überprüfe deine",
		"υπήρξε σφάλμα ελεχγου ταυτότητας κατά την σύνδεση με τον διακομιστή pop3. παρακαλώ όπως ελέξετε τις",
		"la conexión al servidor pop3 está fallando debido a un error de autenticación. revisa los",
		"اتصال به سرور pop3 ناموفق بود، خطای اعتبار سنجی. لطفا", "yhteys pop3-palvelimelle epäonnistuu todennusvirheen vuoksi. tarkista",
		"a conexión ao servidor pop3 está a fallar por un erro na autenticación. comprobe os seus",
		"החיבור לשרת pop3 נכשל עקב שגיאת הזדהות. נא לבדוק את",
		"pop3 սերվերի միացումը ձախողվում է նույնականացման սխալի պատճառով: խնդրում ենք ստուգել ձեր",
		"la connessione al server pop3 è fallita per un errore di autenticazione. per favore verifica la tua", "pop3 サーバーへの接続が認証エラーで失敗しています",
		"인증 실패로 pop3 연결이 실패했습니다", "tilkoblingen til pop3 serveren feiler på grunn av problemer med autentisering. vennligst sjekk",
		"połączenie z serwerem pop3 nie powiodło się przez błąd uwierzytelnienia. proszę sprawdź swoje",
		"a tentativa de ligação ao servidor pop3 está a falhar por motivos de erro de autenticação. por favor verifique a sua",
		"a conexão com o servidor pop3 está falhando com um erro de autenticação. verifique suas",
		"не удаётся подключиться к серверу pop3 с ошибкой аутентификации. пожалуйста, проверьте",
		"anslutning till pop3-servern misslyckas med ett autentiseringsfel. kontrollera dina",
		"підключення до сервера pop3 не вдається з помилкою аутентифікації. перевірте свої",
		"pop3 سرور کے ساتھ کنِکشن ایک اوَتھَینٹیکیشن خرابی سے ناکام ہو رہا ہے۔ آنے والی ای میل حاصل نہیں کی جاسکی۔ براہ مہربانی اپنی",
		"không thể kết nối với pop3 server do lỗi chứng thực. bạn hãy kiểm tra", "连接到 pop3 服务器因身份验证错误而失败。请检查您的", "至 pop3 伺服器的連接驗證失敗。請檢查",
		// pop3_polling_authentication_failed: ar, be, el, sk, ur, vi, zh_TW
		"فشلت مصادقة pop3. يُرجى التحقُّق من بيانات اعتماد pop3 لديك",
		"праверка сапраўднасці pop3 не ўдалося. калі ласка, праверце свае ўліковыя дадзеныя pop3",
		"ο έλεγχος ταυτότητας του πρωτοκόλλου pop3 απέτυχε. παρακαλώ επαληθεύστε τα διαπιστευτήρια σας του πρωτοκόλλου pop3",
		"pop3 autentikácia zlyhala. prosíme overte zadané pop3 nastavenia",
		"pop3 کی توثیق ناکام ہوگئی۔ براہ مہربانی اپنے pop3 اسناد کی تصدیق کریں۔", "chứng thực pop3 thất bại, xin hãy kiểm tra lại thông tin",
		"pop3 驗證失敗。請驗證你的 pop3 賬戶信息",
	),
		doc: "Discourse says in the admin's language that the POP3, IMAP or SMTP server refused the configured username and password"},
	{id: "l10n_discourse_app_password", class: ClassAuth, anyOf: p(
		// authentication_error_gmail_app_password: ar, es, fi, fr, he, ja, ko, pl_PL, pt_BR, ru, sv, tr_TR, uk, ur, zh_CN
		"مطلوب كلمة مرور خاصة بالتطبيقات. تعرَّف على مزيد من المعلومات من خلال",
		"se requiere una contraseña específica para la aplicación. obtén más información en",
		"sovelluskohtainen salasana vaaditaan. katso lisätietoja",
		"un mot de passe propre à l'application est requis. pour en savoir plus, consultez cet",
		"נדרשת ססמה ייעודית ליישום. ניתן למצוא מידע נוסף ב", "アプリケーション固有のパスワードが必要です", "애플리케이션 비밀번호가 필요합니다. 이",
		"wymagane hasło aplikacji. dowiedz się więcej czytając", "é preciso ter uma senha específica para o aplicativo. saiba mais neste",
		"требуется пароль для конкретного приложения. дополнительные сведения см. в", "programspecifikt lösenord krävs. läs mer i",
		"uygulamaya özel şifre gereklidir", "потрібен спеціальний пароль. дізнайтеся більше у", "درخواست کے لیے مخصوص پاس ورڈ درکار ہے۔",
		"需要应用程序特定的密码。请在",
	),
		doc: "Discourse relays Gmail's demand for an application-specific password (2-step verification is on): the owner must enter an app password"},
	{id: "l10n_discourse_server_busy", class: ClassTransient, anyOf: p(
		// smtp_server_busy_error: ar, da, de, es, fi, fr, he, it, ja, ko, lt, pl_PL, pt_BR, ru, sv, tr_TR, uk, ur, zh_CN
		"خادم smtp مشغول حاليًا، حاول مرة أخرى لاحقًا", "smtp-serveren er i øjeblikket optaget, prøv igen senere",
		"der smtp-server ist derzeit ausgelastet, versuche es später erneut",
		"el servidor smtp está ocupado actualmente, inténtalo de nuevo más tarde",
		"smtp-palvelin on tällä hetkellä varattu, yritä myöhemmin uudelleen",
		"le serveur smtp indique qu'il subit une trop forte charge. patientez un moment avant de réessayer",
		"שרת ה־smtp עסוק, נא לנסות שוב בהמשך", "il server smtp è attualmente occupato. riprova più tardi", "smtp サーバーは現在ビジー状態です。後でもう一度お試しください",
		"smtp 서버가 현재 사용 중입니다. 나중에 다시 시도하십시오", "smtp serveris šiuo metu užimtas, bandykite dar kartą vėliau",
		"serwer smtp jest obecnie zajęty, spróbuj ponownie później", "o servidor smtp está ocupado neste momento, tente novamente mais tarde",
		"smtp-сервер сейчас занят, повторите попытку позже", "smtp-servern är för närvarande upptagen. försök igen senare",
		"smtp sunucusu şu anda meşgul, daha sonra yeniden deneyin", "сервер smtp зараз зайнятий, повторіть спробу пізніше",
		"smtp سرور فی الحال مصروف ہے، بعد میں دوبارہ کوشش کریں۔", "smtp 服务器当前正忙，请稍后再试",
	),
		doc: "Discourse's sentence for an SMTP 4xx (Net::SMTPServerBusy): the server is busy, try later"},
	{id: "l10n_discourse_unreachable", class: ClassTransient, anyOf: p(
		// connection_error: de, en, fi, he, it, ja, ko, lt, pt_BR, ru, sv, uk, ur, zh_CN
		"there was an issue connecting with the server, check the server name and port and try again",
		"es gab ein problem beim verbinden mit dem server, überprüfe den servernamen und den port und versuche es erneut",
		"yhteyden muodostaminen palvelimeen ei onnistunut, tarkista palvelimen nimi ja portti ja yritä uudelleen",
		"אירעה שגיאה בהתחברות לשרת, נא לבדוק את שם השרת ואת הפתחה ולנסות שוב",
		"si è verificato un problema durante la connessione con il server. controlla il nome e la porta del server e riprova",
		"サーバーとの接続に問題が発生しました。サーバー名とポートを確認して、もう一度お試しください", "서버에 연결하는 동안 문제가 발생했습니다. 서버 이름과 포트를 확인한 후 다시 시도하십시오",
		"prisijungiant prie serverio kilo problema, patikrinkite serverio pavadinimą ir prievadą ir bandykite dar kartą",
		"ocorreu um problema ao se conectar com o servidor, verifique o nome e a porta do servidor e tente novamente",
		"при подключении к серверу возникла проблема, проверьте имя сервера, порт и повторите попытку",
		"det uppstod ett problem vid anslutning till servern. kontrollera serverns namn och port och försök igen",
		"виникла проблема з'єднання з сервером, перевірте ім'я сервера і порт і спробуйте знову",
		"سرور سے منسلک ہونے میں ایک خرابی تھی، سرور کا نام اور پورٹ چیک کریں اور دوبارہ کوشش کریں۔", "与服务器连接时出现问题，请检查服务器名称和端口并重试",
		// timeout_error: es, he, lt, pt_BR, ru, sv, uk, ur
		"la conexión con el servidor se ha interrumpido, comprueba el nombre y el puerto del servidor e inténtalo de nuevo",
		"הזמן שהוקצב להתחברות לשרת תם, נא לבדוק את שם השרת ואת הפתחה ולנסות שוב",
		"baigėsi ryšio su serveriu laikas, patikrinkite serverio pavadinimą ir prievadą ir bandykite dar kartą",
		"o tempo de conexão com o servidor se esgotou, verifique a porta e o nome do servidor e tente novamente",
		"время подключения к серверу истекло, проверьте имя сервера, порт и повторите попытку",
		"tidsgränsen för anslutning till servern uppnåddes. kontrollera serverns namn och port och försök igen",
		"час очікування підключення до сервера вичерпано, перевірте ім'я сервера і порт і спробуйте знову",
		"سرور سے منسلک ہونے کا وقت ختم ہو گیا، سرور کا نام اور پورٹ چیک کریں اور دوبارہ کوشش کریں۔",
		// poll_pop3_timeout: ca, en, es, fi, fr, gl, he, hy, ko, pt, pt_BR, ru, uk, ur, zh_TW
		"connection to the pop3 server is timing out. incoming email could not be retrieved. please check your",
		"s'ha esgotat el temps de connexió al servidor pop3. no s'ha pogut recuperar el correu entrant. reviseu la vostra",
		"la conexión al servidor pop3 está superando el tiempo de espera. no se pudieron recuperar los correos electrónicos entrantes. revisa los",
		"yhteys pop3-palvelimeen aikakatkaistaan. saapuvia sähköposteja ei voitu hakea. tarkista",
		"la connexion vers le serveur pop3 a expiré. les courriels entrants n'ont pas pu être téléchargés. veuillez vérifier",
		"a conexión ao servidor pop3 está a superar o tempo de espera. non se puido recuperar o correo electrónico entrante. comprobe os seus",
		"החיבור לשרת ה־pop3 התנתק. אין אפשרות לשלוף דוא״ל נכנס. נא לבדוק את",
		"pop3 սերվերի միացման ժամկետն անցնում է: մուտքային էլ. նամակը չի կարող ստացվել: խնդրում ենք ստուգել ձեր",
		"타임아웃으로 pop3 연결이 실패했습니다. 수신 이메일을 가져올 수 없습니다",
		"a tentativa de ligação ao servidor pop3 está a ultrapassar o tempo máximo. o email da caixa de entrada não pôde ser obtido. por favor verifique a sua",
		"a conexão com o servidor pop3 está atingindo o tempo limite. verifique suas",
		"время подключения к серверу pop3 истекло. не удалось получить входящее письмо. пожалуйста, проверьте",
		"час підключення до сервера pop3 закінчився. не вдалося отримати електронну пошту. перевірте свої",
		"pop3 سرور کے ساتھ کنِکشن کا وقت ختم ہوا جا رہا ہے۔ آنے والی ای میل حاصل نہیں کی جاسکی۔ براہ مہربانی اپنی",
		"至 pop3 伺服器的連接超時。無法獲取進站郵件。請檢查",
	),
		doc: "Discourse's sentences for a mail server that cannot be reached or times out (SocketError, ECONNREFUSED, Net::OpenTimeout, Net::ReadTimeout)"},
	{id: "l10n_discourse_setting_empty", class: ClassConfig, anyOf: p(
		// pop3_polling_host_is_empty: ar, be, ca, de, el, en, es, fa_IR, fi, fr, gl, he, hy, it, ja, ko, nl, pl_PL, pt, pt_BR, ro, ru, sk, sv, tr_TR, ur, vi, zh_CN, zh_TW
		"you must set a 'pop3 polling host' before enabling pop3 polling", "يجب عليك ضبط `pop3 polling host` قبل تفعيل استقصاء pop3",
		"вы павінны ўсталяваць «pop3 хост апытання» перад уключэннем pop3 апытання",
		"heu de configurar 'pop3 polling host' abans d'activar la consulta pop3",
		"du musst „pop3 polling host“ definieren, um pop3-abfragen zu aktivieren",
		"πρέπει να ρυθμίσετε εναν 'pop3 polling host' πρίν ενεργοποιήσετε το pop3 polling",
		"debes establecer un host de «pop3 polling» antes de activar el polling pop3",
		"حداقل باید یک 'هاست رای‌گیری pop3' قبل از فعالسازی رای‌گیری pop3 تنظیم کرده باشید",
		"sinun täytyy asettaa 'pop3 polling host' ennen pop3-pollauksen käyttöönottoa",
		"vous devez définir « pop3 polling host » avant d'activer le relevé via pop3",
		"debe estabelecer un «servidor de recollida pop3» antes de activar a recollida pop3",
		"עליכם לקבוע 'שרת תשאול pop3' לפני שתאפשרו תשאול pop3", "դուք պետք է սահմանեք 'pop3 polling հոսթ' ՝ մինչ pop3 polling -ը միացնելը",
		"è necessario impostare 'pop3 polling host' prima di attivare il polling pop3", "pop3 ポーリングを有効にする前に、'pop3 polling host' を設定する必要があります",
		"pop3 폴링을 활성화하기 전에", "u moet een 'pop3 polling host' instellen voordat u pop3-polling inschakelt",
		"musisz ustawić 'pop3 polling host' przed włączeniem przeglądania cyklicznego pop3",
		"deve definir um 'anfitrião de obtenção pop3' antes de ativar a obtenção pop3",
		"você deve definir um \"host de pesquisa pop3\"' antes de ativar a consulta pop3",
		"trebuie să setezi „numele serverului de pop3” înainte să poți activa retragerea de emailuri prin pop3",
		"вы должны установить 'pop3 polling host' перед включением pop3 polling",
		"pred nastavením pop3 sťahovania musíte nastaviť 'pop3 adresu'",
		"du måste ställa in en 'pop3 polling host' innan du aktiverar pop3-polling",
		"pop3 sorgulamasını etkinleştirmeden önce bir 'pop3 polling host' ayarlamanız gerekir",
		"pop3 پولِنگ فعال کرنے سے پہلے آپ کو 'pop3 پولِنگ ہوَسٹ' سَیٹ کرنا ہوگا۔",
		"bạn phải thiết lập 'pop3 polling host' trước khi kích hoạt pop3 polling", "在启用 pop3 轮询前，您必须先设置 'pop3 polling host'",
		"在啟用 pop3 輪詢前，你必須設置 'pop3 polling host'",
		// pop3_polling_username_is_empty: ar, be, ca, de, el, en, es, fa_IR, fi, fr, gl, he, hy, it, ja, ko, nl, pl_PL, pt, pt_BR, ro, ru, sk, sv, tr_TR, uk, ur, vi, zh_CN, zh_TW
		"you must set a 'pop3 polling username' before enabling pop3 polling", "يجب عليك ضبط `pop3 polling username` قبل تفعيل استقصاء pop3",
		"вы павінны ўсталяваць «pop3 імя апытання» перад уключэннем pop3 апытання",
		"cal configurar 'pop3 polling username' abans d'activar la consulta pop3",
		"du musst „pop3 polling username“ definieren, um pop3-abfragen zu aktivieren",
		"πρέπει να θέσετε ένα 'pop3 polling όνομα χρήστη' πριν ενεργοποιήσετε το pop3 polling",
		"debes establecer un nombre de usuario de «pop3 polling» antes de activar el polling pop3",
		"حداقل باید یک 'نام کاربری رای‌گیری pop3' قبل از فعالسازی رای‌گیری pop3 تنظیم کرده باشید",
		"sinun täytyy asettaa 'pop3 polling username' ennen pop3-pollauksen käyttöönottoa",
		"vous devez définir « pop3 polling username » avant d'activer le relevé via pop3",
		"debe estabelecer un «nome de usuario de recollida pop3» antes de activar a recollida pop3",
		"עליכם לקבוע 'שם-משתמש לתשאול pop3' לפני שתאפשרו תשאול pop3",
		"դուք պետք է սահմանեք 'pop3 polling օգտանուն' ՝ մինչ pop3 polling -ը միացնելը",
		"è necessario impostare 'pop3 polling username' prima di attivare il polling pop3",
		"pop3 ポーリングを有効にする前に、'pop3 polling username' を設定する必要があります",
		"u moet een 'pop3 polling username' instellen voordat u pop3-polling inschakelt",
		"musisz ustawić 'pop3 polling username' przed włączeniem przeglądania cyklicznego pop3",
		"deve definir um 'nome de utilizador de sondagem pop3' antes de ativar a sondagem pop3",
		"você deve definir um \"nome de usuário(as) de pesquisa pop3\" antes de ativar a sondagem pop3",
		"trebuie să setezi „numele utilizator pe serverul pop3” înainte să poți activa retragerea de emailuri prin pop3",
		"вы должны установить 'pop3 polling username' перед включением pop3 polling",
		"pred nastavením pop3 sťahovania musíte nastaviť 'pop3 používateľské meno'",
		"du måste ställa in ett 'pop3 polling username' innan du aktiverar pop3-polling",
		"pop3 sorgulamasını etkinleştirmeden önce bir 'pop3 polling username' ayarlamanız gerekir",
		"ви повинні встановити 'ім’я користувача для опитування через pop3', перш ніж активувати опитування pop3",
		"pop3 پولِنگ فعال کرنے سے پہلے آپ کو 'pop3 پولِنگ صارف نام' سَیٹ کرنا ہوگا۔",
		"bạn phải thiết lập 'pop3 polling username' trước khi kích hoạt pop3 polling", "在启用 pop3 轮询前，您必须先设置 'pop3 polling username'",
		"在啟用 pop3 輪詢前，你必須設置 'pop3 polling username'",
		// pop3_polling_password_is_empty: ar, be, ca, de, el, en, es, fa_IR, fi, fr, gl, he, hy, it, ja, ko, nl, pl_PL, pt, pt_BR, ro, ru, sk, sv, tr_TR, ur, vi, zh_CN, zh_TW
		"you must set a 'pop3 polling password' before enabling pop3 polling", "يجب عليك ضبط `pop3 polling password` قبل تفعيل استقصاء pop3",
		"вы павінны ўсталяваць «pop3 апытання пароль» перад уключэннем pop3 апытання",
		"cal configurar 'pop3 polling password' abans d'activar la consulta pop3",
		"du musst „pop3 polling password“ definieren, um pop3-abfragen zu aktivieren",
		"πρέπει να θέσετε ένα 'pop3 polling κωδικό πρόσβασης' πριν ενεργοποιήσετε το pop3 polling",
		"debes establecer una contraseña de «pop3 polling» antes de activar el polling pop3",
		"حداقل باید یک 'رمز‌عبور رای‌گیری pop3' قبل از فعالسازی رای‌گیری pop3 تنظیم کرده باشید",
		"sinun täytyy asettaa 'pop3 polling password' ennen pop3-pollauksen käyttöönottoa",
		"vous devez définir « pop3 polling password » avant d'activer le relevé via pop3",
		"debe estabelecer un «contrasinal de usuario de recollida pop3» antes de activar a recollida pop3",
		"עליכם לקבוע 'סיסמת תשאול pop3' לפני שתאפשרו תשאול pop3", "դուք պետք է սահմանեք 'pop3 polling գաղտնաբառ' ՝ մինչ pop3 polling-ը միացնելը",
		"è necessario impostare 'pop3 polling password' prima di attivare il polling pop3",
		"pop3 ポーリングを有効にする前に、'pop3 polling password' を設定する必要があります",
		"u moet een 'pop3 polling password' instellen voordat u pop3-polling inschakelt",
		"musisz ustawić 'pop3 polling password' przed włączeniem przeglądania cyklicznego pop3",
		"deve configurar uma 'palavra-passe de polling pop3' antes de ativar o polling pop3",
		"você deve definir uma \"senha de sondagem pop3\" antes de ativar a sondagem pop3",
		"trebuie să setezi „parola pe serverul pop3” înainte să poți activa retragerea de emailuri prin pop3",
		"вы должны установить 'pop3 polling password' перед включением pop3 polling",
		"pred nastavením pop3 sťahovania musíte nastaviť 'pop3 heslo'",
		"du måste ställa in ett 'pop3 polling password' innan du aktiverar pop3-polling",
		"pop3 sorgulamasını etkinleştirmeden önce bir 'pop3 polling password' ayarlamanız gerekir",
		"pop3 پولِنگ فعال کرنے سے پہلے آپ کو 'pop3 پولِنگ پاسورڈ' سَیٹ کرنا ہوگا۔",
		"bạn phải thiết lập 'pop3 polling password' trước khi kích hoạt pop3 polling", "在启用 pop3 轮询前，您必须先设置 'pop3 polling password'",
		"在啟用 pop3 輪詢前，你必須設置 'pop3 polling password'",
	),
		doc: "Discourse refuses to enable POP3 polling while its host, username or password setting is empty: a missing setting, no login was tried"},
	{id: "l10n_discourse_group_smtp_off", class: ClassConfig, anyOf: p(
		// group_smtp_disabled_for_group: ar, da, de, en, es, fi, fr, he, it, ja, ko, pl_PL, pt_BR, ru, sv, tr_TR, zh_CN
		"smtp has been disabled for the group", "تم إيقاف smtp للمجموعة", "smtp er blevet deaktiveret for gruppen",
		"smtp wurde für die gruppe deaktiviert", "smtp desactivado para el grupo", "smtp on poistettu käytöstä ryhmässä",
		"smtp a été désactivé pour le groupe", "smtp הושבת עבור הקבוצה", "smtp disabilitato per il gruppo", "グループの smtp は無効になっています",
		"그룹에 대해 smtp가 비활성화되었습니다", "smtp został wyłączony dla grupy", "o smtp foi desativado para o grupo", "не был включён smtp для группы",
		"smtp har inaktiverats för gruppen", "grup için smtp devre dışı bırakıldı", "smtp 已对该群组禁用",
	),
		doc: "Discourse skipped a group's email because the group's own SMTP setting is off in Discourse: no provider or tenant policy"},
}

// discourseLateRules come right after erpLateRules, before the connection
// rules: the group warning and the unmapped-error prefixes carry the handler's
// sentence or the server's reply after them, and that decides first.
var discourseLateRules = []rule{
	{id: "l10n_discourse_group_credentials", class: ClassAuth, anyOf: p(
		// group_email_credentials_warning: da, de, en, es, he, it, pl_PL, pt_BR, ru, sv, tr_TR, uk, ur, zh_CN
		"there was an issue with the email credentials for the group", "der opstod et problem med e-mail-legitimationsoplysninger for gruppen",
		"es gab ein problem mit den e-mail-anmeldedaten für die gruppe", "hay un problema con las credenciales del correo electrónico del grupo",
		"הייתה תקלה בפרטי הגישה לדוא״ל לקבוצה", "si è verificato un problema con le credenziali e-mail per il gruppo",
		"wystąpił problem z poświadczeniami e-mail dla grupy", "houve um problema nas credenciais do e-mail do grupo",
		"возникла проблема с учётными данными электронной почты для группы", "det uppstod ett problem med autentiseringsuppgifterna för gruppen",
		"grubu için e-posta kimlik bilgileriyle ilgili bir sorun oluştu", "виникла проблема з обліковими даними електронної пошти для групи",
		"کےلیے ای میل شناخت کے ساتھ ایک مسئلہ تھا", "群组的电子邮件凭证有问题",
	),
		doc: "Discourse's dashboard warning that logging in with a group's SMTP or IMAP credentials failed; the handler's own sentence that follows it decides first"},
	{id: "l10n_discourse_unhandled", class: ClassUnknown, anyOf: p(
		// imap_no_response_error: ar
		"حدث خطأ في أثناء الاتصال بخادم imap",
		// smtp_unhandled_error: ar
		"حدث خطأ لم تتم معالجته عند الاتصال بخادم smtp",
		// imap_unhandled_error: ar
		"حدث خطأ لم تتم معالجته عند الاتصال بخادم imap",
	),
		doc: "Discourse's prefix for a mail server error it does not map (an IMAP NO, an SMTP 5xx syntax or fatal error): only the quoted reply, which earlier rules read, gives the cause"},
}
