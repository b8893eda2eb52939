package classify

// Round 40's community, chat and publishing products (testdata/heldout/round40.jsonl,
// rows h40c-): each missed key read in every locale the product ships, with
// the class the round's row gives it. Phrases are the fixed text of one
// translation, lower-cased, without placeholders.
//
// Sources, at the commit the round's row cites:
//   - igniterealtime/Openfire 3709dd49: i18n/src/main/resources/
//     openfire_i18n*.properties system.emailtest.no_host (en, cs_CZ, de, es,
//     fa_IR, fr, he (English text), ja_JP, nl, pl_PL, pt_BR, pt_PT, ru_RU, sk,
//     uk_UA, zh_CN; it_IT, sv and tr_TR leave it empty and show the English
//     text): the mail host setting is unset (config);
//   - acyba/acymailing 7af1c1ed: language/*.com_acym.ini ACYM_ERROR_LOGIN
//     "Identification error %s" (back/Helpers/BounceHelper.php, the bounce
//     mailbox refused the login) and ACYM_AUTHENTICATION_FAILS_WITH_API_KEY
//     (the sending service refused the API key): auth, every distinct
//     translation of the 60 locale files; ACYM_LICENSE_BLOCKED (blocked; read
//     early, as message_rejected reads "blocked" as a content refusal);
//     ACYM_ADVICE_SMTP_AUTH (a password saved with SMTP authentication off:
//     config), each translation's "but authentication is not required" part
//     with "smtp", which every translation holds; read early, as the
//     password and authentication words of its translations are read by the
//     language rules;
//   - LiveHelperChat/livehelperchat (stored newest snapshot):
//     lhc_web/lib/vendor_lhc/LiveHelperChat/mailConv/OAuth/OAuth.php "OAuth
//     not found for MS" (no stored Microsoft grant: revoked) and "Could not
//     fetch password" (OAuth on a non-Microsoft host: config), both untranslated
//     exceptions; lhc_web/lib/core/lhmailconv/lhmailconvvalidator.php "Please
//     enter an smtp port!" with lhc_web/translations/*/translation.ts (de_DE,
//     es_CO, et_EE, fr_FR, hu_HU, it_IT, ja_JP, lt_LT, lv_LV, pl_PL, pt_BR,
//     ru_RU, tr_TR, uk_UK, cs_CS; the other 24 are unfinished) (config);
//   - mettle/sendportal-core 6e6ce11e: src/Http/Requests/EmailServiceRequest.php
//     "The <service> Email Service requires you to enter a <setting>" and
//     resources/lang/de.json, lv.json (config);
//   - spacebarchat/server 74df883a: src/util/util/email/clients/*EmailClient.ts
//     "[Email] <SMTP|Mailjet|Mailgun|SendGrid> has not been configured
//     correctly." and the sender address message (config);
//   - revoltchat/backend 4fb99e3b: crates/core/config/src/lib.rs "No SMTP
//     settings specified! Remember to configure email." (config);
//   - element-hq/synapse a58ad44e: synapse/config/emailconfig.py "...requires
//     email.enable_tls to be true" (force_tls, require_transport_security) and
//     "email.enable_notifs is True but required keys are missing" (config);
//   - debiki/talkyard f220a7d9: appsv/server/debiki/MailerActor.scala "I won't
//     send emails, because: ... [TyEEMAILCONF]", whatever setting it lists
//     (config);
//   - writefreely/writefreely 6384f466: account.go "EMAIL ISN'T CONFIGURED on
//     this server", app.go "no [letters]mailgun_private config value set"
//     (config);
//   - lesion/gancio dea1bd9e: server/api/mail.js "SMTP Email configuration not
//     completed!" (config);
//   - adtac/commento a4c5cc8b: api/smtp_configure.go "no SMTP username/password
//     set, Commento will assume they aren't required" (config);
//   - fluxbb/fluxbb 5a2f95a3: include/email.php "Couldn't get mail server
//     response codes." and e107inc/e107 6b909d84: e107_admin/mailout.php
//     "Connect failed using %s on port %s" (transient); both ship English
//     only in their repositories.

var round40CommunityEarlyRules = []rule{
	{id: "acymailing_license_blocked", class: ClassBlocked, anyOf: p(
		"license blocked, contact us", "licence bloquée, contactez-nous", "ліцензію заблоковано, зв'яжіться",
		"lisans engellenmiş. ayrıntılı bilgi", "licens blockerad, kontakta oss", "licenca je blokirana, kontaktirajte",
		"licenca je blokirana, za več informacij", "лицензия заблокирована, свяжитесь", "licența este blocată; contactați",
		"licença bloqueada, contacte-nos", "licentie geblokkeerd, neem contact", "licencija užblokuota, susisiekite",
		"licenza bloccata, contattaci", "a licenc blokkolva van, további", "lisenssi estetty, ota yhteyttä",
		"lizentzia blokeatuta, jar zaitez", "licencia bloqueada, contáctenos", "η άδεια έχει αποκλειστεί, επικοινωνήστε",
		"lizenz gesperrt, kontaktieren sie uns", "licence je blokována, pro více"),
		doc: "AcyMailing's sending service blocked the sender's license (error code 24), in every locale: the provider blocked the account"},
	{id: "acymailing_smtp_auth_off", class: ClassConfig, anyOf: p(
		"but you don't require an authentication", "benötigen aber keine authentifizierung", "ولكن المخدم لا يتطلب تسجيل الدخول",
		"mais vous ne nécessitez pas d'authentification", "но не сте изискали идентификация", "但未要求驗證", "但是未要求验证",
		"کو تصدیق کی ضرورت نہیں", "але не включили опцію авторизації", "ancak kimlik doğrulamasını seçmemişsiniz",
		"lakini hauulizi uthibitishaji", "men du behöver inte autentisering", "ali autentikacija nije uključena",
		"али се не захтева аутентификација", "vendar niste izvedli overitve", "ale overovanie nie je požadované",
		"پر توهان کي تصديق جي ضرورت نه", "но не включили опцию авторизации", "dar se pare ca nu este necesară autentificarea",
		"dar nu este necesară autentificarea", "mas não precisa de uma autenticação", "mas você não precisa de uma autenticação",
		"ale nie wymagasz uwierzytelnienia", "maar je hebt geen authenticatie nodig", "maar u hebt geen authentificatie nodig",
		"men du trenger ikke autentisering", "bet nepieprasāt autentifikāciju", "bet jums nereikia autentifikavimo",
		"認証は必須ではなく", "ma non richiedi un'autenticazione", "de nem igényeltél eredetiségvizsgálatot",
		"de nem igényel hitelesítést", "ali se ne zahtijeva autentifikacija", "אבל לא נדרש אימות",
		"pero vostede non necesita autenticarse", "mutta et vaadi todennusta", "اما نیازی به مجوز ندارید",
		"baina ez duzu autentifikaziorik behar", "pero no requieres autenticación", "pero no requiere autenticación",
		"αλλά δεν απαιτείται πιστοποίηση", "men du kræver ikke en autenticitet", "ale nepožadujete ověření",
		"però no necessiteu autenticar"),
		// sr-RS writes SMTP in Cyrillic; ur-PK writes its alef with a
		// combining madda, so its phrase starts after it.
		alsoAny: p("smtp", "смтп"),
		doc:     "AcyMailing's advice after a failed send: an SMTP password is saved but SMTP authentication is off, in every locale; the client never tried the password"},
}

var round40CommunityRules = []rule{
	{id: "acymailing_login_refused", class: ClassAuth, anyOf: p(
		// ACYM_ERROR_LOGIN, the bounce mailbox's IMAP/POP3 login refused.
		"identification error", "erreur d'identification", "identifikationsfehler", "erro de identificação",
		"identifizierungsfehler", "識別錯誤", "识别错误", "виявлення помилки", "kimlik doğrulama sorunu",
		"identifieringsfel", "greška pri autentifikaciji", "napaka identifikacije", "chyba identifikácie",
		"ошибка идентификации", "eroare de identificare", "błąd identyfikacji", "identicatie fout",
		"identificatiefout", "feil ved identifisering", "identifikācijas kļūda", "identifikavimo klaida",
		"識別エラー", "errore di identificazione", "azonosítási hiba", "tunnistusvirhe",
		"identifikazio-errorea", "error de identificación", "σφάλμα αναγνώρισης", "identifikationsfejl",
		"chyba identifikace", "error d'identificació", "грешка при идентификацията",
		// ACYM_AUTHENTICATION_FAILS_WITH_API_KEY, the sending service's key refused.
		"authentication fails with this api key", "impossible de se connecter à l'api avec cette clé",
		"使用此 api 密鑰驗證失敗", "使用此 api 密钥进行身份验证失败", "помилка аутентифікації з цим ключем api",
		"bu api anahtarı ile kimlik doğrulanamadı", "autentisering misslyckas med denna api-nyckel",
		"autentifikacija nije uspela sa ovim api ključem", "preverjanje tega api ključa ni uspela",
		"autentifikácia s týmto kľúčom api zlyhala", "ошибка аутентификации с этим ключом api",
		"autentificarea eșuează folosind această cheie api", "a autenticação falhou com esta chave api",
		"a autenticação falha com esta chave api", "authenticatiie mislukt met deze api key",
		"authenticatie mislukt met deze api-sleutel", "godkjenningsfeil ved bruk av denne api nøkkelen",
		"ar šo api atslēgu autentifikācija nestrādā", "nepavyksta autentifikuoti naudojant šį api raktą",
		"この api キーで認証に失敗しました", "autenticazione fallita con questa api key",
		"a hitelesítés nem sikerült ezzel az api-kulccsal", "todennus epäonnistuu tällä api-avaimella",
		"autentifikazioak huts egin du api gako honekin", "la autenticación falla con esta clave api",
		"ο έλεγχος ταυτότητας αποτυγχάνει με αυτό το κλειδί api", "authentifizierung schlägt mit diesem api-schlüssel fehl",
		"godkendelse mislykkes med denne api-nøgle", "autentizace tímto api klíčem selhala",
		"l'autenticació falla amb aquesta clau d'api"),
		// Issabel's "Erreur d'identification, TLS doit être activé" (round
		// 40, config) and SABnzbd's sr "Nepoznata greška pri autentifikaciji
		// na email server" (an unknown login error) share the words.
		noneOf: p("tls", "nepoznata greška"),
		doc:    "AcyMailing: the bounce mailbox refused the login (\"Identification error\") or the sending service refused the API key, in every locale"},
	{id: "lhc_ms_oauth_not_found", class: ClassRevoked, anyOf: p("oauth not found for ms"),
		doc: "Live Helper Chat: an Office 365 mailbox set to OAuth has no stored Microsoft grant; the owner signs in with Microsoft again"},
	{id: "chat_servers_mail_settings_missing", class: ClassConfig, anyOf: p(
		// Openfire system.emailtest.no_host, every locale.
		"the mail server host is not set", "není nastaveno jméno poštovního serveru", "hostname des e-mail servers nicht gesetzt",
		"no está configurado el host del servidor de mail", "به دلیل عدم تنظیم میزبان سرور ایمیل", "serveur de courrier n'a pas été paramétré",
		"サーバーホスト名が設定されていないために", "omdat de mailserver niet is opgegeven", "nie ustawiono adresu serwera poczty",
		"o host do servidor de e-mail não está definido", "хост почтового сервера не установлен", "hostiteľ poštového servera nie je nastavený",
		"не встановлено хост поштового сервера", "由于未设置邮件服务器主机",
		// Live Helper Chat: the SMTP port missing (every translated locale),
		// OAuth set on a host it has no provider for.
		"please enter an smtp port", "bitte geben sie einen smtp-port an", "digite uma porta smtp", "inserire una porta smtp",
		"adj meg egy smtp-portot", "bir smtp bağlantı noktası girin", "ievadiet smtp portu", "sisestage smtp-port",
		"introduzca un puerto smtp", "veuillez entrer un port smtp", "wprowadź port smtp", "zadejte prosím port smtp",
		"smtpポートを入力してください", "įveskite smtp prievadą", "введіть порт smtp", "введите порт smtp",
		"could not fetch password",
		// Spacebar, Revolt, Synapse.
		"smtp has not been configured correctly", "mailjet has not been configured correctly",
		"mailgun has not been configured correctly", "sendgrid has not been configured correctly",
		"\"email_senderaddress\" or \"general_correspondenceemail\" for emails to work",
		"no smtp settings specified! remember to configure email",
		"requires email.enable_tls to be true", "email.enable_notifs is true but required keys are missing"),
		doc: "chat servers' own mail settings missing or contradictory (Openfire's unset mail host, Live Helper Chat's missing SMTP port, Spacebar, Revolt, Synapse): the settings, never a refused login"},
	{id: "publishing_mail_settings_missing", class: ClassConfig, anyOf: p(
		// Sendportal, en, de, lv.
		"email service requires you to enter a", "email service erfordert die eingabe eines", "e-mail-dienst erfordert die eingabe eines",
		"email service müssen sie eine", "e-mail-dienst müssen sie", "e-mail-dienst erfordert, dass sie eine", "e-pasta serviss",
		// Talkyard, WriteFreely, Gancio, Commento.
		"i won't send emails, because:", "[tyeemailconf]",
		"email isn't configured on this server", "mailgun_private config value set",
		"smtp email configuration not completed", "commento will assume they aren't required"),
		doc: "publishing and forum platforms' mail settings missing (Sendportal, Talkyard, WriteFreely, Gancio, Commento): the settings, never a refused login"},
	{id: "forum_smtp_connection_failed", class: ClassTransient, anyOf: p(
		"couldn't get mail server response codes", "connect failed using"),
		doc: "FluxBB's SMTP socket gave no reply code, e107's SMTP connection test could not connect: the connection, before any login"},
}
