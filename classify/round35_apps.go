package classify

// Round 35's families for a group of products' own mail messages (testdata/
// heldout/round35.jsonl, the rows whose source is one of these repositories):
// each key a missed row holds, read in every locale the product ships, with
// the row's class. Each phrase is one translation, lower-cased, without its
// placeholders and trailing full stop (the longest fixed part, or one
// sentence of it when the text is long); only the locales that were not
// already classified as labelled needed a phrase. The comment before each
// group names the repository, commit, files and key; the one after it the
// locales whose phrases follow.
//
// Keys read (class, where raised):
//   - ONLYOFFICE Mail ImapConnectionTimeoutError, Pop3ConnectionTimeoutError,
//     SmtpConnectionTimeoutError (transient): MailApi.Accounts.cs when the
//     test connection timed out. The sv Pop3 text "POP3 serveranslutning"
//     ("POP3 server connection") names no failure: no phrase;
//   - friendica settings: the mail account's connection with the given
//     settings failed, the PHP IMAP module missing (config);
//   - KDE kmailtransport: smtpconfigwidget.cpp's capability check returned
//     no AUTH modes ("verify port and authentication mode") and smtpjob.cpp's
//     prompt for a user name and password not stored yet (config; the first
//     was read as a refused login by the generic word rules);
//   - Wino Mail: Graph's ErrorSendAsDenied for an alias and a certificate the
//     owner declined during IMAP setup (config);
//   - Mailvelope gmail_integration_auth_error_send/_download, Zero
//     errorMessages.required_scopes_missing, vtiger JS_TOKEN_EXPIRED: the
//     stored Google or Office365 grant expired or lacks the scopes; sign in
//     with the provider again (revoked);
//   - X2CRM: its own login form (unknown: the CRM's password, not a
//     mailbox's), the PHP IMAP extension missing and inbox use switched off
//     in its "Manage Apps" page (config);
//   - 1C BSP (ru only): no OAuth application for the service and domain
//     (platform), no mail service name (config), the token request failed
//     without an OAuth error (transient), recipients refused (recipient);
//   - Plane's test mail (English only): smtplib's recipients refused
//     (recipient), disconnected, connection error, connect error
//     (transient), sender refused (config);
//   - Huly gmail FailedToConnect, Kopano WebApp "Cannot connect to Kopano
//     Core." (transient);
//   - Feng Office: the notification account's SMTP login refused and the
//     IMAP check's "ensure the password is correct" and Gmail unlock-captcha
//     lines; Oro ImapBundle's sync failure asking to check the credentials
//     (auth);
//   - UnifiedEmail sync_status items 1 (CONNECTION_ERROR, transient) and 2
//     (AUTH_ERROR, auth): short texts; the translations that read as a
//     network failure ("Impossible de se connecter", "Nu s-a putut conecta",
//     "Δεν ήταν δυνατή η σύνδεση", "Nepavyko prisijungti", "No se pudo
//     acceder") and those under 11 bytes ("Nema veze", "ulac tuqna", "无连接")
//     have no phrase.
//
// Not taken: Wino's own account locked/suspended and ONLYOFFICE's LDAP
// "incorrect login or password", vtiger's portal LBL_LOGIN_REVOKED: generic
// sentences with no product word, which a phrase would take from providers.

// round35AppsEarlyRules come right after sabnzbdEarlyRules, before
// languageRules: the generic word rules read the capability check, the
// expired Office365 authorization and X2CRM's own login as a refused login,
// and Friendica's failed settings as a network failure.

var round35AppsEarlyRules = []rule{
	{id: "apps_x2crm_own_login", class: ClassUnknown, anyOf: p(
		// x2crm "Incorrect username or password. Note, usernames are case sensitive.": X2Engine/X2CRM e2b1011a x2engine/protected/messages/*/app.php
		"beachten sie, sind benutzernamen groß- und kleinschreibung", "σημείωση, τα ονόματα χρήστη είναι ευαίσθητη υπόθεση",
		"tenga en cuenta, nombres de usuario distinguen entre mayúsculas y minúsculas", "توجه داشته باشید، نام های کاربری به حروف حساس است",
		"remarque, les noms d'utilisateurs sont sensibles à la casse", "הערה, שמות משתמש הם מקרה רגיש", "nota, nomi utente sono case sensitive",
		"ユーザ名は大文字と小文字が区別されます", "참고 사용자 이름은 대소 문자를 구분합니다", "nota, gebruikersnamen zijn hoofdlettergevoelig", "uwaga, nazwy użytkowników są wielkość liter",
		"note, nomes de usuários são sensíveis ao caso", "обратите внимание, имена чувствительны к регистру", "请注意，用户名是区分大小写的",
		"note, usernames are case sensitive",
		// (de, el, en (LoginForm.php), es, fa, fr, he, it, ja, ko, nl, pl, pt, ru, zh_cn)
	),
		doc: "X2CRM's own login form: its user name or password for the CRM, never a mailbox's; the note on case-sensitive user names is X2CRM's"},
	{id: "apps_reauthorize_grant", class: ClassRevoked, anyOf: p(
		// vtiger JS_TOKEN_EXPIRED: salesplatform/salesplatform-vtigercrm 0604e55b languages/*/Vtiger.php
		"انقر على تسجيل الدخول مع office365 زر إعادة الترخيص",
		"office365-authentifizierung abgelaufen ist. klicken sie auf anmelden mit office365-taste, um neu autorisieren",
		"haga clic en iniciar sesión con office365 botón para volver a autorizar",
		"haga clic en el botón de iniciar sesión con office365 para volver a autorizarla",
		"cliquez sur ouvrir une session avec office365 bouton pour autoriser à nouveau",
		"kattintson a bejelentkezés office365 gombot, hogy újra engedélyezze",
		"office365 di autenticazione è scaduto. fare clic su accedi con office365 pulsante di ri-autorizzare",
		"office365-verificatie is verlopen. klik op sign in met office365-knop om opnieuw te machtigen",
		"office365 uwierzytelniania wygasła. kliknij na znak z office365 przycisk, aby wykonać ponowną autoryzację",
		"a autenticação do office365 expirou. clique no botão iniciar sessão no office365 para reautorizar",
		"faceți clic pe semnul cu office365 butonul pentru a efectua re-autorizare",
		"нажмите на знак в с office365 кнопку, чтобы выполнить повторную авторизацию",
		"office365 autentisering har löpt ut. klicka på logga in med office365-knappen för att åter tillåta",
		"office365 kimlik doğrulama doldu. yeniden yetkilendirmek için office365 düğmesi ile oturum tıklayın",
		// (ar_ae, de_de, es_es, es_mx, fr_fr, hu_hu, it_it, nl_nl, pl_pl, pt_br, ro_ro, ru_ru, sv_se, tr_tr)
		// mailvelope gmail_integration_auth_error_send: mailvelope/mailvelope a1c1fa9e locales/*/messages.json
		"يجب عليك منح mailvelope حق الوصول إلى واجهة برمجة تطبيقات gmail لاستخدام هذه الوظيفة",
		"um diese funktion nutzen zu können, müssen sie mailvelope zugriff auf die gmail-api gewähren",
		"you need to grant mailvelope access to gmail api to use this function", "necesitas brindarle acceso al api de gmail para usar esta función",
		"vous devez accorder à mailvelope l’accès à l’api de gmail pour utiliser cette fonction",
		"אתה צריך להעניק אל mailvelope גישה אל api של gmail כדי להשתמש בתפקודיות זו",
		"anda harus mengizinkan mailvelope untuk mengakses api gmail agar bisa menggunakan fungsi ini", "この機能を使うには、gmail apiにアクセスする権限をmailvelopeに与える必要があります",
		"អ្នកត្រូវផ្តល់ការអនុញ្ញាតឲ្យចូលប្រើ mailvelope ទៅ gmail api ដើម្បីប្រើប្រាស់មុខងារនេះជាមុនសិន",
		"norėdami naudoti šią funkciją, turite suteikti mailvelope prieigą prie gmail api",
		"ဤလုပ်ဆောင်ချက်ကို အသုံးပြုရန် သင်သည် mailvelope အား gmail api ကို အသုံးပြုခွင့် ပေးရပါမည်",
		"você precisa conceder ao mailvelope acesso à api do gmail para usar esta função",
		"вам нужно дать mailvelope доступ к gmail api, чтобы использовать эту функцию",
		"bu özelliği kullanabilmek için gmail api uygulamasına mailvelope erişimi izni vermelisiniz",
		"щоб скористатися цією функцією, потрібно надати mailvelope доступ до api gmail",
		// (ar, de, en, es, fr, he, id, ja, km, lt, my, pt_BR, ru, tr, uk)
		// mailvelope gmail_integration_auth_error_download: mailvelope/mailvelope a1c1fa9e locales/*/messages.json
		// (ar, de, en, es, fr, he, id, ja, km, lt, my, pt_BR, ru, tr, uk)
		// zero errorMessages.required_scopes_missing: Mail-0/Zero 0f0b8e1f apps/mail/locales/*.json
		"يرجى تسجيل الدخول مرة أخرى والسماح بالوصول المطلوب", "ens falten els permisos necessaris per crear la teva experiència completa",
		"chybí nám oprávnění potřebná k vytvoření plnohodnotného zážitku",
		"uns fehlen die berechtigungen, die für dein vollständiges erlebnis erforderlich sind",
		"we’re missing the permissions needed to craft your full experience", "nos faltan los permisos necesarios para crear tu experiencia completa",
		"لطفاً دوباره وارد شوید و دسترسی‌های درخواست شده را تأیید کنید", "il nous manque les autorisations nécessaires pour créer votre expérience complète",
		"आपके पूर्ण अनुभव को बनाने के लिए आवश्यक अनुमतियां हमारे पास नहीं हैं", "kérjük, jelentkezz be újra és engedélyezd a kért hozzáféréseket",
		"もう一度サインインして、リクエストされたアクセスを許可してください", "완전한 경험을 제공하는 데 필요한 권한이 부족합니다", "mums trūkst nepieciešamo atļauju, lai nodrošinātu pilnvērtīgu pieredzi",
		"brakuje nam uprawnień potrzebnych do zapewnienia pełnego doświadczenia",
		"estamos sem as permissões necessárias para criar sua experiência completa",
		"у нас отсутствуют разрешения, необходимые для полного использования всех функций", "lütfen tekrar giriş yapın ve istenen erişime izin verin",
		"chúng tôi thiếu các quyền cần thiết để tạo trải nghiệm đầy đủ cho bạn", "我们缺少为您提供完整体验所需的权限。请重新登录并允许请求的访问权限", "我們缺少打造完整體驗所需的權限。請重新登入並允許請求的存取權限",
		// (ar, ca, cs, de, en, es, fa, fr, hi, hu, ja, ko, lv, pl, pt, ru, tr, vi, zh_CN, zh_TW)
	),
		doc: "a product asks the owner to sign in with the provider again because its stored grant expired or lacks the mail scopes (vtiger's Office365 connector, Mailvelope's and Zero's Gmail API access)"},
	{id: "apps_setup_config", class: ClassConfig, anyOf: p(
		// kmailtransport "Failed to check capabilities. Please verify port and authentication mode.": KDE/kmailtransport 62c92ea7 po/*/libmailtransport6.po
		"يرجى التحقق من وضع المنفذ ووضع الاستيثاق", "моля, проверете порта и режима за удостоверяване",
		"error en comprovar les capacitats. si us plau, verifiqueu el port i el mode d'autenticació",
		"s'ha produït un error mentre es comprovaven les capacitats. verifiqueu el port i el mode d'autenticació",
		"nepodařilo se ověřit oprávnění. zkontrolujte port a režim ověřování",
		"kunne ikke tjekke kapabiliteter. kontrollér port og autentificeringstilstand",
		"funktionstest fehlgeschlagen. geben sie bitte den port und die authentifizierungsmethode an", "επαληθεύστε τη θύρα και τη μέθοδο ταυτοποίησης",
		"failed to check capabilities. please verify port and authentication mode",
		"malsukcesis kontroli kapablojn. bonvolu kontroli pordon kaj aŭtentikigreĝimon",
		"ha fallado al comprobar las capacidades. por favor, verifique el puerto y el modo de autenticación",
		"omaduste kontrollimine nurjus. palun kontrolli porti ja autentimisviisi",
		"gaitasunak ikuskatzea huts egin du. mesedez, egiaztatu ataka eta autentifikazio modua",
		"ominaisuuksien tarkistaminen epäonnistui. tarkista portti ja tunnistautumistapa",
		"erreur lors de la vérification des capacités. veuillez vérifier le port et le mode d'authentification",
		"non foi posíbel comprobar as funcionalidades. verifique o porto e o modo de autenticación",
		"בדיקת היכולות נכשלה. נא לוודא שהפתחה ומצב האימות נכונים",
		"nem sikerült ellenőrizni a képességeket. nézze át a port és hitelesítési mód beállításait",
		"il falleva a verificar capacitate. pro favor verifica porto e mdo de authentication",
		"controllo della funzionalità non riuscito. verifica la porta e la modalità di autenticazione", "გადაამოწმეთ პორტი და ავთენტიკაციის რეჟიმი",
		"사용 가능한 기능을 확인할 수 없습니다. 포트와 인증 모드를 확인하십시오", "nepavyko patikrinti galimybių. patikrinkite prievadą ir tapatybės nustatymo veikseną",
		"neizdevās pārbaudīt iespējas. pārbaudiet portu un autentifikācijas režīmu",
		"klarte ikke kontrollere muligheter. se til at port og autentiseringsmåte er riktig",
		"dat könen lett sik nich utproberen. prööv bitte de port un de identiteetprööv-metood",
		"mogelijkheden controleren is mislukt. controleer de poort en de authenticatiemethode",
		"kunne ikkje sjekka for funksjonar. sjå over dine autentiserings og portinnstillingane",
		"niepowodzenie przy sprawdzaniu możliwości. proszę sprawdzić port i tryb uwierzytelniania",
		"não foi possível obter as capacidades. verifique por favor o porto e o modo de autenticação",
		"ocorreu uma falha ao verificar as capacidades. verifique a porta e o modo de autenticação",
		"проверьте правильность указания порта и способа аутентификации", "कृपया पोर्ट् प्रमाणीकरणविधानं च सत्यापयन्तु",
		"zlyhalo skontrolovanie schopností. prosím, skontrolujte port a režim overenia",
		"zmožnosti ni bilo mogoče preveriti. preverite vrata in način overitve", "проверите порт и режим аутентификације",
		"ne mogu da proverim sposobnosti. proverite port i režim autentifikacije",
		"misslyckades kontrollera funktionalitet. verifiera port och inställningen av behörighetskontroll",
		"புறையையும் சான்றளிப்பு முறையையும் சரிபார்க்கவும்", "yetenek denetimi başarısız oldu. lütfen kapıyı ve kimlik doğrulama kipini doğrulayın",
		"будь ласка, перевірте, чи правильно вказано порт і режим розпізнавання", "检测能力失败。请检查端口和验证模式", "檢查能力時失敗。請檢查連接埠與認證模式",
		// (ar, bg, ca, ca@valencia, cs, da, de, el, en_GB, eo, es, et, eu, fi, fr, gl, he, hu, ia, it, ka, ko, lt, lv, nb, nds, nl, nn, pl, pt, pt_BR, ru, sa, sk, sl, sr, sr@ijekavian, sr@ijekavianlatin, sr@latin, sv, ta, tr, uk, zh_CN, zh_TW)
		// kmailtransport "You need to supply a username and a password to use this SMTP server.": KDE/kmailtransport 62c92ea7 po/*/libmailtransport6.po
		"أنت تحتاج إلى اسم مستخدم وكلمة سر لاستخدام هذا الخادم smtp", "трябва да предоставите потребителско име и парола, за да използвате този smtp сървър",
		"morate unijeti korisničko ime i šifru ako želite pristupiti smtp serveru",
		"heu de proporcionar un nom d'usuari i una contrasenya per a usar aquest servidor smtp",
		"heu de proporcionar un nom d'usuari i una contrasenya per a utilitzar este servidor smtp",
		"pro přístup k tomuto smtp serveru musíte zadat uživatelské jméno a heslo",
		"du skal oplyse et brugernavn og en adgangskode for at bruge denne smtp-server",
		"um diesen server zu verwenden, müssen sie einen benutzernamen und ein passwort angeben",
		"πρέπει να δώσετε όνομα χρήστη και κωδικό πρόσβασης για να χρησιμοποιήσετε αυτόν το διακομιστή smtp",
		"you need to supply a username and a password to use this smtp server", "vi devas provizi uzantnomon kaj pasvorton por uzi ĉi tiun smtp-servilon",
		"necesita proporcionar un nombre de usuario y una contraseña para utilizar este servidor smtp",
		"selle smtp serveri kasutamiseks on vaja kasutajanime ja parooli",
		"smtp zerbitzari hau erabiltzeko erabiltzaile-izen eta pasahitz bat eman behar dituzu",
		"anna käyttäjätunnus ja salasana käyttääksesi tätä smtp-palvelinta",
		"vous devez fournir un nom d'utilisateur et un mot de passe pour utiliser ce serveur smtp",
		"is gá ainm úsáideora agus focal faire a sholáthar chun an freastalaí smtp seo a rochtain",
		"debe indicar un nome de usuaria e un contrasinal para usar este servidor de smtp", "יש לספק שם משתמש וסיסמה כדי להשתמש בשרת ה־smtp הזה",
		"इस एसएमटीपी सर्वर का उपयोग करने के लिए आपको एक उपयोक्ता नाम तथा पासवर्ड देना होगा",
		"ये एसएमटीपी सर्वर के उपयोग करे बर आप मन ल एक कमइया नाम अउ पासवर्ड देना होही", "az smtp-kiszolgáló eléréséhez név és jelszó megadása szükséges",
		"tu providerea un nomine de usator e un contrasigno pro usa iste servitor de smtp",
		"devi dare un nome utente e una password per usare questo server smtp", "smtp サーバを使うには、ユーザ名とパスワードが必要です",
		"ამ smtp სერვერის გამოსაყენებლად საჭიროა მომხმარებელი და პაროლი მიუთითოთ",
		"бұл smtp cерверге қатынау үшін пайдаланушының атауы мен паролін келтіру керек",
		"អ្នក\u200bត្រូវ\u200bផ្គត់ផ្គង់\u200bឈ្មោះ\u200bអ្នកប្រើ\u200b និង\u200bពាក្យ\u200bសម្ងាត់ ដើម្បី\u200bប្រើ\u200bម៉ាស៊ីន\u200bបម្រើ smtp នេះ",
		"smtp 서버에 사용할 사용자 이름과 암호가 필요합니다", "norėdami naudoti šį smtp serverį, turite pateikti naudotojo vardą ir slaptažodį",
		"lai izmantotu šo smtp serveri, jums jānorāda lietotājvārds un parole",
		"du må angi et brukernavn og et passord for å få tilgang til denne smtp-tjeneren",
		"du muttst brukernaam un passwoort angeven, wenn du dissen smtp-server bruken wullt",
		"u dient een gebruikersnaam en wachtwoord op te geven voor deze smtp-server",
		"du må oppgje eit brukarnamn og eit passord for å bruka denne smtp-tenaren", "ਤੁਹਾਨੂੰ ਇਸ smtp ਸਰਵਰ ਲਈ ਇੱਕ ਯੂਜ਼ਰ ਨਾਂ ਅਤੇ ਪਾਸਵਰਡ ਦੇਣ ਦੀ ਲੋੜ ਹੈ",
		"ten serwer smtp wymaga nazwy użytkownika i hasła", "tem de indicar um nome de utilizador e uma senha para usar este servidor de smtp",
		"você precisa informar um nome de usuário e uma senha para usar este servidor smtp",
		"trebuie să furnizați un utilizator și o parolă pentru a utiliza acest server smtp",
		"अस्य smtp सर्वरस्य उपयोगाय भवद्भिः उपयोक्तृनाम गुप्तशब्दं च आपूर्तिः कर्तव्यः",
		"fertet addit geavaheaddjinama ja beassansáni vai geavahit dán smtp-bálvá",
		"musíte vyplniť užívateľské meno a heslo aby ste mohli použiť tento smtp server",
		"za dostop do tega strežnika morate posredovati uporabniško ime in geslo", "морате задати корисничко име и лозинку за овај смтп сервер",
		"morate zadati korisničko ime i lozinku za ovaj smtp server", "du måste ange ett användarnamn och ett lösenord för att använda den här smtp-servern",
		"இந்த stmp சேவையகத்தைப் பயன்படுத்த பயனர்பெயரும் கடவுச்சொல்லும் தேவை", "คุณต้องป้อนชื่อผู้ใช้และรหัสผ่านเพื่อใช้งานเซิร์ฟเวอร์ smtp นี้",
		"bu smtp sunucusunu kullanmak için bir kullanıcı adı ve parola sağlamanız gerekiyor",
		"ви повинні надати ім'я користувача та пароль для доступу до цього smtp сервера", "您需要提供用户名和密码来使用这个 smtp 服务器", "您必須提供此 smtp 伺服器使用的帳號與密碼",
		// (ar, bg, bs, ca, ca@valencia, cs, da, de, el, en_GB, eo, es, et, eu, fi, fr, ga, gl, he, hi, hne, hu, ia, it, ja, ka, kk, km, ko, lt, lv, nb, nds, nl, nn, pa, pl, pt, pt_BR, ro, sa, se, sk, sl, sr, sr@ijekavian, sr@ijekavianlatin, sr@latin, sv, ta, th, tr, uk, zh_CN, zh_TW)
		// friendica "Failed to connect with email account using the settings provided.": friendica/friendica a0a8aeb3 view/lang/*/messages.po
		"فشل الاتصال بحساب البريد الإلكتروني باستخدام الإعدادات المقدمة", "неуспех да се свърже с имейл акаунт, като използвате предоставените настройки",
		"connexió fracassada amb el compte de correu emprant la configuració proveïda",
		"nepodařilo se připojit k e-mailovému účtu pomocí dodaného nastavení", "kunne ikke forbinde til email-konto med de givne indstillinger",
		"verbindung zum e-mail-konto mit den angegebenen einstellungen nicht möglich", "failed to connect with email account using the settings provided",
		"ne sukcesis konekti al retpoŝtkonto kun la provizitaj agordoj", "error al conectar con el correo mediante esa configuración",
		"e-posti kontoga ei õnnestu antud sätetega ühendust saada", "impossible de se connecter au compte courriel configuré",
		"cha deach leinn ceangal a dhèanamh leis a’ chunntas puist-d a’ cleachdadh nan roghainnean a chaidh a thoirt seachad",
		"nem sikerült kapcsolódni a megadott beállításokat használó e-mail-fiókkal", "ekki tókst að tengjast við pósthólf með stillingum sem uppgefnar eru",
		"impossibile collegarsi all'account email con i parametri forniti", "提供された設定を使用してメールアカウントに接続できませんでした",
		"mislyktes i å opprette forbindelse med e-postkontoen med de oppgitte innstillingene",
		"ik kon geen verbinding maken met het e-mail account met de gegeven instellingen",
		"połączenie z kontem email używając wybranych ustawień nie powiodło się",
		"não foi possível conectar à conta de e-mail com as configurações fornecidas",
		"a eşuat conectarea cu, contul de email, folosind configurările furnizate",
		"не удалось подключиться к аккаунту e-mail, используя указанные настройки", "kunde inte ansluta till e-postkontot med aktuella inställningar",
		"不能连接电子邮件账户用输入的设置",
		// (ar, bg, ca, cs, da-dk, de, en-gb, en-us, eo, es, et, fr, gd, hu, is, it, ja, nb-no, nl, pl, pt-br, ro, ru, sv, zh-cn)
		// friendica "Mail support can't be enabled because the PHP IMAP module is not installed.": friendica/friendica a0a8aeb3 view/lang/*/messages.po
		"e-mail unterstützung kann nicht aktiviert werden, da das php imap modul nicht installiert ist",
		"la prise en charge courriel requiert le module php imap pour être activée",
		"chan urrainn dhuinn an taic ri post-d a chur an comas air sgàth ’s nach deach am mòideal imap aig php a stàladh",
		"a levelezési támogatást nem lehet engedélyezni, mert a php imap-modulja nincs telepítve",
		"nie można włączyć obsługi poczty, ponieważ moduł php imap nie jest zainstalowany",
		"поддержка почты не может быть включена, так как не установлен модуль php imap",
		"mail support can't be enabled because the php imap module is not installed",
		// (de, fr, gd, hu, pl, ru, en (the msgid; C/messages.po leaves it untranslated))
		// wino Exception_AliasSendDenied_Message: bkaankose/Wino-Mail d52f7b86 Wino.Core.Domain/Translations/*/resources.json
		"изберете друг алиас или актуализирайте разрешенията за вашата пощенска кутия", "trieu un altre alias o actualitzeu els permisos del vostre correu",
		"vyberte jiný alias nebo aktualizujte oprávnění k poštovní schránce", "vælg et andet alias eller opdater dine postkasse-tilladelser",
		"zu senden. wählen sie einen anderen alias oder passen sie ihre postfachberechtigungen an",
		"επιλέξτε ένα άλλο ψευδώνυμο ή ενημερώστε τα δικαιώματα του ταχυδρομείου σας", "pick another alias or update your mailbox permissions",
		"elige otro alias o actualiza los permisos de tu buzón", "valitse toinen aliaksesta tai päivitä postilaatikkosi oikeudet",
		"choisissez un autre alias ou mettez à jour les autorisations de votre boîte aux lettres",
		"escolla outro alias ou actualice os permisos da túa caixa de correo", "pilih alias lain atau perbarui izin kotak surat anda",
		"seleziona un altro alias o aggiorna i permessi della tua casella di posta", "別のエイリアスを選択するか、メールボックスの権限を更新してください", "다른 별칭을 선택하거나 사서함 권한을 업데이트하세요",
		"pasirinkite kitą alias arba atnaujinkite savo pašto dėžutės teises", "kies een andere alias of werk de machtigingen voor uw postvak bij",
		"wybierz inny alias lub zaktualizuj uprawnienia skrzynki pocztowej", "escolha outro alias ou atualize as permissões da sua caixa de correio",
		"alegeți un alt alias sau actualizați permisiunile căsuței poștale", "выберите другой алиас или обновите разрешения вашего почтового ящика",
		"vyberte iný alias alebo aktualizujte povolenia pre vašu poštovú schránku",
		"takma adından gönderme izniniz yok. başka bir takma ad seçin veya posta kutusu izinlerinizi güncelleyin",
		"виберіть інший псевдонім або оновіть дозволи на вашу поштову скриньку", "发送。请选择其他别名或更新邮箱权限",
		// (bg_BG, ca_ES, cs_CZ, da_DK, de_DE, el_GR, en_US, es_ES, fi_FI, fr_FR, gl_ES, id_ID, it_IT, ja_JP, ko_KR, lt_LT, nl_NL, pl_PL, pt_BR, ro_RO, ru_RU, sk_SK, tr_TR, uk_UA, zh_CN)
		// wino IMAPSetupDialog_CertificateDenied: bkaankose/Wino-Mail d52f7b86 Wino.Core.Domain/Translations/*/resources.json
		"ssl doğrulaması kabul edilmedi",
		// (tr_TR)
		// x2crm "The Email Module requires the PHP IMAP extension.": X2Engine/X2CRM e2b1011a x2engine/protected/messages/*/app.php
		"die e-mail-modul erfordert die php imap-erweiterung", "η ενότητα e-mail απαιτεί την επέκταση php imap",
		"el módulo de correo electrónico requiere la extensión php imap", "ماژول ایمیل نیاز به پسوند پی اچ پی imap",
		"le module email nécessite l'extension php imap", "מודול דוא\"ל דורש את סיומת php imap", "il modulo email richiede l'estensione php imap",
		"メールモジュールは、phpのimap拡張モジュールを必要とします", "이메일 모듈은 php imap 확장을 필요로한다", "de e-mail module vereist de php imap extensie",
		"moduł e-mail wymaga rozszerzenia php imap", "o módulo de e-mail requer a extensão php imap", "модуль e-mail требует расширение php imap",
		"电子邮件模块需要php的imap扩展", "the email module requires the php imap extension",
		// (de, el, en (EmailInboxesController.php), es, fa, fr, he, it, ja, ko, nl, pl, pt, ru, zh_cn)
		// x2crm "Inbox usage is disabled for these credentials. ...": X2Engine/X2CRM e2b1011a x2engine/protected/messages/*/app.php
		"bitte aktualisieren sie die einstellungen auf den \"apps verwalten\" seite posteingang zugriff zu ermöglichen",
		"παρακαλείστε να ενημερώσετε τις ρυθμίσεις στη σελίδα \"διαχείριση εφαρμογών\" για να ενεργοποιήσετε την πρόσβαση inbox",
		"por favor, actualice la configuración en la página \"administrar aplicaciones\" para permitir el acceso bandeja de entrada",
		"لطفا تنظیمات در صفحه \"مدیریت نرم افزار\" به روز رسانی به فعال کردن دسترسی به صندوق پستی",
		"s'il vous plaît mettre à jour les paramètres sur la page \"gérer les applications\" pour permettre l'accès de la boîte de réception",
		"עדכן את ההגדרות בעמוד \"ניהול יישומים 'כדי לאפשר גישה לתיבת הדואר הנכנס",
		"si prega di aggiornare le impostazioni nella pagina \"gestisci applicazioni\" per consentire l'accesso casella di posta",
		"受信トレイへのアクセスを有効にするには、「アプリ管理」ページの設定を更新してください", "받은 편지함에 액세스 할 수 있도록 '애플리케이션 관리'페이지에서 설정을 업데이트하시기 바랍니다",
		"gelieve de instellingen bij te werken op de pagina \"manage apps\" om toegang te krijgen inbox mogelijk te maken",
		"proszę zaktualizować ustawienia na stronie \"zarządzaj aplikacjami\", aby umożliwić dostęp do skrzynki odbiorczej",
		"por favor, atualize as configurações na página \"gerenciar aplicativos\" para permitir o acesso caixa de entrada",
		"необходимо обновить настройки на странице \"управление приложениями\" для обеспечения доступа входного почтового ящика", "请“管理应用程序”页面上更新设置，以使收件箱访问",
		"inbox usage is disabled for these credentials",
		// (de, el, en (_emailInboxWidget.php), es, fa, fr, he, it, ja, ko, nl, pl, pt, ru, zh_cn)
		// onec "Не указано имя почтового сервиса для авторизации": 1c-syntax/ssl_3_1 2572466e src/cf/CommonModules/РаботаСПочтовымиСообщениями*/Ext/Module.bsl (НСтр ru only)
		"не указано имя почтового сервиса для авторизации",
		// (ru)
		// plane SMTPSenderRefused: makeplane/plane 4ca6d6c7 apps/api/plane/license/api/views/configuration.py (English only)
		"from address is invalid",
		// (en)
	),
		doc: "a product's own mail setup is incomplete or wrong: no usable AUTH modes found (port and mode), no user name or password stored, the account's settings failed, PHP IMAP missing, send-as alias denied, a declined certificate, the OAuth service name missing, the sender refused"},
	{id: "apps_onec_oauth_app_missing", class: ClassPlatform, anyOf: p(
		// onec "Настройки авторизации Интернет-сервиса ... не найдены для домена": 1c-syntax/ssl_3_1 2572466e src/cf/CommonModules/РаботаСПочтовымиСообщениями*/Ext/Module.bsl (НСтр ru only)
		"настройки авторизации интернет-сервиса",
		// (ru)
	),
		doc: "1C's BSP has no OAuth application (client_id) registered for the mail service and domain: the product's own OAuth client is missing"},
}

// round35AppsRules come last, after desktopLateRules and before
// outlookReplyNumberRules: nothing earlier reads these sentences, and
// UnifiedEmail's short sync statuses ("No connection", "Couldn't sign in")
// must decide only after every more specific rule.
var round35AppsRules = []rule{
	{id: "apps_connection_failed", class: ClassTransient, anyOf: p(
		// onlyoffice ImapConnectionTimeoutError: ONLYOFFICE/CommunityServer 7c503dfb web/studio/ASC.Web.Studio/addons/mail/Resources/MailApiResource*.resx
		"imap serverinə qoşulma vaxtı bitdi", "превишен е таймаутът на връзката за imap сървър", "časový limit připojení k serveru imap byl překročen",
		"imap server-verbindungszeitlimit überschritten", "conexión de tiempo de espera del servidor imap superó",
		"imap palvelimen yhteyden aikarajoitus saavutettiin", "délai d'attente de la connexion avec le serveur imap est dépassé",
		"imap servera savienojuma laiks beidzies", "imap serververbinding time-out overschreden", "tempo limite excedido da conexão do servidor imap",
		"časový limit pripojenia k serveru imap bol prekročený", "таймаут підключення до сервера imap перевищено", "imap服務器連接超時已超過",
		// (az-Latn-AZ, bg, cs, de, es, fi, fr, lv, nl, pt-BR, sk, uk, zh-TW)
		// onlyoffice Pop3ConnectionTimeoutError: ONLYOFFICE/CommunityServer 7c503dfb web/studio/ASC.Web.Studio/addons/mail/Resources/MailApiResource*.resx
		"pop3 serveri ilə əlaqənin vaxtı bitdi", "превишен е таймаутът на връзката за pop3 сървър", "pop3 server-verbindungszeitlimit überschritten",
		"pop3 palvelimen yhteyden aikarajoitus ylittyi", "délai d'attente de la connexion avec le serveur pop3 est dépassé",
		"pop3 servera savienojuma laiks iztecējis", "pop3 serververbinding time-out overschreden", "tempo limite excedido da conexão do servidor pop3",
		"pop3 prekročenie časového limitu pripojenia k serveru", "перевищено таймаут підключення до сервера pop3", "超出pop3服務器連接超時",
		// (az-Latn-AZ, bg, de, fi, fr, lv, nl, pt-BR, sk, uk, zh-TW)
		// onlyoffice SmtpConnectionTimeoutError: ONLYOFFICE/CommunityServer 7c503dfb web/studio/ASC.Web.Studio/addons/mail/Resources/MailApiResource*.resx
		"smtp serverinə qoşulma vaxtı bitdi", "превишено е времето за изчакване на smtp сървър", "časový limit připojení serveru smtp byl překročen",
		"smtp server-verbindungszeitlimit überschritten", "smtp palvelimen yhteyden aikarajoitus ylittyi",
		"délai d'attente de la connexion avec le serveur smtp est dépassé", "smtp server pieslēguma laiks iztecējis",
		"smtp serververbinding time-out overschreden", "limite de tempo excedido da conexão do servidor smtp",
		"prekročenie časového limitu pripojenia servera smtp", "тайм-аут з'єднання з сервером smtp перевищено", "超過smtp服務器連接超時",
		// (az-Latn-AZ, bg, cs, de, fi, fr, lv, nl, pt-BR, sk, uk, zh-TW)
		// huly gmail.string.FailedToConnect: hcengineering/platform 38ce824a plugins/gmail-assets/lang/*.json
		"služba gmail není k dispozici", "gmail-dienst ist nicht verfügbar", "gmail service is not available", "el servicio de gmail no está disponible",
		"le service gmail n'est pas disponible", "il servizio gmail non è disponibile", "gmail サービスは利用できません", "o serviço gmail não está disponível",
		"gmail servisi kullanılamıyor",
		// (cs, de, en, es, fr, it, ja, pt, pt-br, tr)
		// kopano "Cannot connect to Kopano Core.": Kopano-dev/kopano-webapp 14bd2847 server/language/*/LC_MESSAGES/zarafa_webapp.po
		"nelze se připojit k kopano serveru", "konnte keine verbindung zum kopano-server aufbauen", "no se ha podido conectar con el servidor de kopano",
		"ne peut pas se connecter à kopano core", "nem sikerült csatlakozni a kopano szerverhez", "kunne ikke koble til kopano core",
		"kan niet verbinden met kopano core", "nie może się połączyć z kopano core", "não foi possível conectar no servidor kopano",
		"não é possível ligar ao kopano core",
		"cannot connect to kopano core",
		// (cs_CZ.UTF-8, de_CH.UTF-8, de_DE.UTF-8, es_CA.UTF-8, es_ES.UTF-8, fr_FR.UTF-8, hu_HU.UTF-8, nb_NO.UTF-8, nl_NL.UTF-8, pl_PL.UTF-8, pt_BR.UTF-8, pt_PT.UTF-8, en (the msgid, class.webappauthentication.php))
		// plane SMTPServerDisconnected: makeplane/plane 4ca6d6c7 apps/api/plane/license/api/views/configuration.py (English only)
		"smtp server disconnected unexpectedly",
		// (en)
		// plane ConnectionError: makeplane/plane 4ca6d6c7 apps/api/plane/license/api/views/configuration.py (English only)
		"network connection error. please check your internet connection",
		// (en)
		// plane SMTPConnectError: makeplane/plane 4ca6d6c7 apps/api/plane/license/api/views/configuration.py (English only)
		"could not connect with the smtp server",
		// (en)
		// onec "Не удалось получить ключи доступа ... Запрос не выполнен": 1c-syntax/ssl_3_1 2572466e src/cf/CommonModules/РаботаСПочтовымиСообщениями*/Ext/Module.bsl (НСтр ru only)
		"по причине: запрос не выполнен",
		// (ru)
		// unifiedemail sync_status[1] (CONNECTION_ERROR): LineageOS/android_packages_apps_UnifiedEmail 17abdd5c res/values*/strings.xml
		"geen verbinding nie", "ምንም ግንኙነት የለም", "sense connexió", "žádné připojení", "ingen forbindelse", "keine verbindung",
		"δεν υπάρχει σύνδεση", "no connection", "sin conexión", "aucune connexion", "nissune conession", "chan eil ceangal ann", "sen conexión",
		"કોઈ કનેક્શન નથી", "nincs kapcsolat", "կապ չկա", "nessuna connessione", "אין חיבור", "接続なし", "គ្មាន\u200bការ\u200bតភ្ជាប់", "ಯಾವುದೇ ಸಂಪರ್ಕವಿಲ್ಲ",
		"keng connectioun", "ບໍ່ມີ\u200bການ\u200bເຊື່ອມຕໍ່", "nėra ryšio", "nav savienojuma", "കണക്ഷനൊന്നുമില്ല", "холбогдоогүй",
		"tiada sambungan", "ချိတ်ဆက်မှု မရှိ", "ingen nettilkobling", "जडान छैन", "geen verbinding", "sem ligação", "sem conexão", "nicio conexiune",
		"нет подключения", "සම්බන්ධතාවය නැත", "ni povezave", "веза није успостављена", "ingen anslutning", "hakuna muunganisho",
		"కనెక్షన్ లేదు", "walang koneksyon", "немає з’єднання", "کوئی کنکشن نہیں ہے", "akukho ukuxhumana",
		// (values, values-af, values-am, values-bg, values-ca, values-cs, values-da, values-de, values-el, values-en-rAU, values-en-rGB, values-en-rIN, values-es, values-es-rUS, values-fr, values-fr-rCA, values-fur-rIT, values-gd, values-gl, values-gu, values-hu, values-hy, values-it, values-iw, values-ja, values-km, values-kn, values-ko, values-ku, values-lb, values-lo, values-lt, values-lv, values-ml, values-mn, values-ms, values-my, values-nb, values-ne, values-nl, values-pt, values-pt-rPT, values-ro, values-ru, values-si, values-sk, values-sl, values-sr, values-sv, values-sw, values-te, values-tl, values-ug, values-uk, values-ur, values-zu)
	),
		doc: "a product says the mail server or its own mail service could not be reached or timed out (ONLYOFFICE, Huly, Kopano WebApp, Plane, 1C's token request without an OAuth error, UnifiedEmail's sync status)"},
	{id: "apps_login_refused", class: ClassAuth, anyOf: p(
		// feng 'failed to authenticate email account': fengoffice/fengoffice dbe68aa3 language/*/errors.php
		"konnte e-mail-konto nicht bestätigen", "no se pudo autenticar la cuenta de correo", "kan e-mailaccount controleren",
		"error na autenticação da conta de e-mail", "e-posta hesabının kimliği doğrulanamadı",
		// (de_de, es_es, es_la, nl_nl, pt_br, tr_tr)
		// feng 'failed to authenticate email account desc': fengoffice/fengoffice dbe68aa3 language/*/errors.php
		"por favor asegúrese de que la contraseña de la cuenta sea la correcta",
		"om een meldingen te sturen , moet u ervoor zorgen dat de rekening van de gebruikersnaam en het wachtwoord correct zijn",
		"hesabının kimliği doğrulanamadı. lütfen kullanıcı adı ve parolanın doğru olduğuna emin olun",
		// (es_es, es_la, nl_nl, tr_tr)
		// fengmail 'gmail authentication failed need unlockcaptcha': fengoffice/fengoffice dbe68aa3 plugins/mail/language/*/lang.php
		"com failed, you need to unblock the access to your account using the unlock captcha feature",
		// (en_us)
		// fengmail 'ensure that your password is correct': fengoffice/fengoffice dbe68aa3 plugins/mail/language/*/lang.php
		"please ensure that the entered password is correct", "veuillez vous assurer que le mot de passe saisi est correct",
		"assicurati che la password inserita sia corretta",
		// (en_us, fr_fr, it_it)
		// oro oro.imap.sync.flash_message.user_box_failed: oroinc/platform 3aec000b src/Oro/Bundle/ImapBundle/Resources/translations/messages.en.yml
		"has failed. please, check the connection credentials on the email configuraton page",
		// (en)
		// oro oro.imap.sync.flash_message.system_box_failed: oroinc/platform 3aec000b src/Oro/Bundle/ImapBundle/Resources/translations/messages.en.yml
		// (en)
		// unifiedemail sync_status[2] (AUTH_ERROR): LineageOS/android_packages_apps_UnifiedEmail 17abdd5c res/values*/strings.xml
		"kon nie aanmeld nie", "በመለያ መግባት አልተቻለም", "تعذر تسجيل الدخول", "daxil ola bilmədi", "влизането в профила не бе възможно", "সাইন ইন করা যায়নি",
		"no s'ha pogut iniciar la sessió", "anmeldung nicht möglich", "error al iniciar sesión", "ezin izan da saioa hasi", "ورود به سیستم ممکن نیست",
		"kirjautuminen ei onnistu", "impussibil jentrâ", "cha b’ urrainn dhuinn do chlàradh a-steach", "non se puido iniciar sesión",
		"સાઇન ઇન કરી શક્યાં નથી", "प्रवेश नहीं किया जा सका", "հնարավոր չէ մուտք գործել", "tidak dapat masuk", "innskráning tókst ekki", "לא ניתן להיכנס",
		"មិន\u200bអាច\u200bចូល", "ಸೈನ್ ಇನ್ ಮಾಡಲಾಗಲಿಲ್ಲ", "alogge war net méiglech", "ບໍ່\u200bສາມາດ\u200bເຂົ້າສູ່\u200bລະບົບ\u200bໄດ້",
		"nevarēja pierakstīties", "സൈൻ ഇൻ ചെയ്യാനായില്ല", "нэвтэрч чадсангүй", "साइन इन करू शकलो नाही", "tidak dapat melog masuk",
		"လက်မှတ်ထိုး မ၀င်နိုင်ခဲ့ပါ", "kunne ikke logge på", "साइन इन गर्न सकेन", "kan niet inloggen", "nie można się zalogować",
		"não foi possível iniciar sessão", "não foi possível fazer o login", "не удалось войти в аккаунт", "පුරනය වීමට නොහැකි විය",
		"nepodarilo sa prihlásiť", "haikuweza kuingia", "உள்நுழைய முடியவில்லை", "సైన్ ఇన్ చేయడం సాధ్యపడలేదు", "hindi makapag-sign in",
		"سائن ان نہیں کیا جا سکا", "无法登录", "無法登入", "ayikwazanga ukungena ngemvume",
		// (values-af, values-am, values-ar, values-az, values-bg, values-bn, values-ca, values-de, values-es, values-eu, values-fa, values-fi, values-fur-rIT, values-gd, values-gl, values-gu, values-hi, values-hy, values-in, values-is, values-iw, values-km, values-kn, values-lb, values-lo, values-lv, values-ml, values-mn, values-mr, values-ms, values-my, values-nb, values-ne, values-nl, values-pl, values-pt, values-pt-rPT, values-ru, values-si, values-sk, values-sw, values-ta, values-te, values-tl, values-ur, values-zh-rCN, values-zh-rHK, values-zh-rTW, values-zu)
	),
		doc: "a product says the mailbox's login was refused and asks to check the password or credentials (Feng Office, Oro, UnifiedEmail's sync status)"},
	{id: "apps_recipients_refused", class: ClassRecipient, anyOf: p(
		// onec "Следующие почтовые адреса не были приняты почтовым сервером:": 1c-syntax/ssl_3_1 2572466e src/cf/CommonModules/РаботаСПочтовымиСообщениями*/Ext/Module.bsl (НСтр ru only)
		"следующие почтовые адреса не были приняты почтовым сервером",
		// (ru)
		// plane SMTPRecipientsRefused: makeplane/plane 4ca6d6c7 apps/api/plane/license/api/views/configuration.py (English only)
		"all recipient addresses were refused",
		// (en)
	),
		doc: "a product says the server refused the recipient addresses (1C's BSP, Plane's test mail)"},
}
