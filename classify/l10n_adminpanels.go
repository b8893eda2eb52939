package classify

// Two admin panels' own messages for a mail server connection that fails, in
// every language each ships (testdata/catalogs/client_l10n_adminpanels.jsonl).
//
// Webmin/Usermin: the Read User Mail module and Usermin's Read Mail module
// (webmin/webmin commit d16d9ea2, mailboxes/folders-lib.pl, boxes-lib.pl,
// index.cgi, web-lib-funcs.pl and mailboxes/lang/<code>[.auto]; webmin/usermin
// commit b7acaae8, mailbox/*.cgi and mailbox/ulang/<code>[.auto], which hold
// the save_* keys). Where the code raises each key:
//
//   - save_elogin, save_elogin2: pop3_login() and imap_login() return status 2
//     when the server answers -ERR to USER/PASS or does not answer LOGIN with
//     OK; inbox_login.cgi, save_pop3.cgi, save_imap.cgi, index.cgi and the
//     folder functions raise the key with the server's reply (auth);
//   - save_emailbox: imap_login() returns 3 when SELECT of the configured
//     mailbox fails after the login; save_emailbox2 and save_eserver:
//     save_imap.cgi and save_pop3.cgi check the folder form (config);
//   - send_esmtp ("SMTP command $1 failed : $2"): smtp_command() in
//     boxes-lib.pl for any refused command; the command decides: MAIL FROM
//     (config), RCPT TO (recipient), the "." ending DATA (rejected);
//   - index_eperl: index.cgi when the Perl module of the configured SMTP
//     authentication mode does not load, and ldap_elogin: the bind to the
//     LDAP address book fails (config, look-alikes);
//   - English only: open_socket()'s "Failed to lookup IP address for" and
//     imap_login()'s "SSL connect() failed" (config), "Perl module
//     Authen::SASL is needed for SMTP authentication" and "Net::SSLeay module
//     is not installed" (config).
//
// Nextcloud server's email server settings (nextcloud/server v32.0.1, read
// from heritage-africa/omni365-server-build commit a743f75c, which carries
// it: apps/settings/lib/Controller/MailSettingsController.php,
// lib/private/Mail/Mailer.php, apps/settings/lib/SetupChecks/
// EmailTestSuccessful.php, apps/settings/l10n/<locale>.json):
//
//   - "Invalid SMTP password.": storeCredentials() when the form posts the
//     "********" mask (config, look-alike);
//   - "You need to set your account email before being able to send test
//     emails. Go to %s for that." and the setup check's "You have not set or
//     verified your email server configuration, yet. ..." (config);
//   - "A problem occurred while sending the email. Please revise your
//     settings. (Error: %s)": sendTestMail() for any exception; Mailer::send()
//     turns every transport failure into failed recipients, so the error is
//     always "Email could not be sent. Check your mail server log" and the
//     text names no cause (unknown, as the held-out English copy is labelled).
//
// Each phrase is the fixed text of one published translation, lower-cased,
// never with the address, host, bind DN, module name or URL the code fills
// in (the SMTP command words "mail from:" and "rcpt to:" are the code's own).
// The comment above each group lists the languages whose text needed a phrase
// here; the other languages' texts were already classified as labelled.

// adminpanelsEarlyRules come right after bitrixEarlyRules: Webmin appends
// the LDAP server's own error to ldap_elogin ("... : Invalid credentials" for
// a refused bind), words that textRules would call a refused mail login; the
// address book's sentence decides first. The Turkish phrase is short ("ldap
// sunucusu", "LDAP server"): the translation puts the host and the bind DN
// right after it, and any LDAP server's refusal is no mailbox's.
var adminpanelsEarlyRules = []rule{
	{id: "l10n_adminpanels_ldap_addressbook", class: ClassConfig, anyOf: p(
		// ldap-elogin: en, bg, ca, cs, da, de, el, es, eu, fi, fr, hr, hu, it, ko, ms, nl, no, pl, pt, ru, sk, sv, tr, uk, zh, zh-tw
		"failed to bind to ldap server", "неуспешно свързване към ldap сървър", "no s'ha pogut vincular el servidor ldap",
		"chyba propojení k ldap serveru", "kunne ikke binde til ldap-server", "bind an ldap-server",
		"απέτυχε να συνδεθεί με τον διακομιστή ldap", "error al enlazar con el servidor ldap", "ezin izan da ldap zerbitzariarekin lotu",
		"sidonta ldap-palvelimeen", "impossible de se lier au serveur ldap", "povezivanje na ldap poslužitelj",
		"nem sikerült kapcsolódni az ldap szerverhez", "binding del server ldap", "바인드하는데 실패했습니다", "gagal mengikat pelayan ldap",
		"bind is mislukt met de ldap server", "kunne ikke binde til ldap tjener", "nie udało się zalogować na serwerze ldap",
		"falha ao ligar ao servidor ldap", "не удалось связать с сервером ldap", "nepodarilo sa naviazať na server ldap",
		"det gick inte att binda till ldap-server", "ldap sunucusu", "не вдалося прив’язатись до сервера ldap", "绑定到ldap服务器", "綁定到ldap服務器",
	),
		doc: "Webmin/Usermin says that the bind to its LDAP address book server failed: the module's address book setting, not the mailbox's login"},
}

// adminpanelsRules come right after phpmailerRules: a server reply that
// Webmin quotes after its sentence ("... : -ERR [SYS/TEMP] ...") and that an
// earlier rule reads decides first, and the sentence decides before the
// generic words of languageAuthRules and the later connection rules. The
// Russian save_elogin and save_elogin2 ("Невозможно подключиться к серверу
// POP3/IMAP", "unable to connect to the server") are left out: their words
// say an unreachable server where the code means a refused login.
var adminpanelsRules = []rule{
	{id: "l10n_adminpanels_login_refused", class: ClassAuth, anyOf: p(
		// save-elogin: bg, ca, de, el, es, eu, fa, hu, nl, pl, sk, zh, zh-tw
		"неуспешно влизане в pop3 сървър", "no s'ha pogut entrar al servidor pop3", "konnte nicht in den pop3-server einloggen",
		"αποτυχία σύνδεσης στο διακομιστή pop3", "error al acceder al servidor pop3", "huts egin du pop3 zerbitzarian sartzean",
		"ورود به سرور pop3 انجام نشد", "nem sikerült bejelentkezni a pop3 szerverre", "kon niet inloggen op pop3 server",
		"nie udało się zalogować na serwer pop3", "nepodarilo sa prihlásiť na server pop3",
		"无法登录pop3服务器", "無法登錄pop3服務器",
		// save-elogin2: bg, ca, de, el, es, eu, fa, hu, nl, pl, sk, zh, zh-tw
		"неуспешно влизане в imap сървъра", "no s'ha pogut entrar al servidor imap", "konnte nicht in den imap-server einloggen",
		"αποτυχία σύνδεσης στο διακομιστή imap", "error al acceder al servidor imap", "ezin izan da imap zerbitzarian saioa hasi",
		"ورود به سرور imap انجام نشد", "nem sikerült bejelentkezni az imap szerverre", "mislukt om in te loggen bij de imap server",
		"nie udało się zalogować na serwer imap", "nepodarilo sa prihlásiť na server imap",
		"无法登录imap服务器", "無法登錄imap服務器",
	),
		doc: "Webmin/Usermin says in the owner's language that the POP3 or IMAP server refused the login (USER/PASS or LOGIN not accepted), \"Failed to login to IMAP server : <reply>\""},
	{id: "l10n_adminpanels_folder_setting", class: ClassConfig, anyOf: p(
		// save-emailbox: en, ar, bg, ca, cs, da, de, el, es, eu, fa, hr, hu, it, ja, ko, ms, nl, no, pl, pt, ru, sk, sv, tr, uk, zh, zh-tw
		"failed to open imap mailbox", "فشل في فتح صندوق بريد imap", "неуспешно отваряне на пощенската кутия на imap",
		"no s'ha pogut obrir al bústia imap", "nepodařilo se otevřít imap mailbox", "kunne ikke åbne imap-postkasse",
		"konnte imap-mailbox nicht öffnen", "αποτυχία ανοίγματος του γραμματοκιβωτίου imap", "error al abrir el buzon imap",
		"ezin izan da imap postontzia ireki", "صندوق پستی imap باز نشد", "otvaranje imap poštanskog sandučića nije uspjelo",
		"nem sikerült megnyitni az imap postafiókot", "aperture della casella imap non riuscita", "imapメールボックスを開けませんでした", "imap 사서함을 열지 못했습니다",
		"gagal membuka peti mel imap", "openen mislukt van imap mailbox", "kunne ikke åpne imap postboks",
		"nie udało się otworzyć skrzynki imap", "falha ao abrir a caixa de correio imap", "невозможно открыть папку на сервере imap",
		"nepodarilo sa otvoriť poštovú schránku imap", "det gick inte att öppna imap-brevlådan", "imap mailkutusunu açma başarısız",
		"не вдалося відкрити поштову скриньку imap", "无法打开imap邮箱", "無法打開imap郵箱",
		// save-emailbox2: en, ar, bg, ca, cs, da, de, el, es, eu, fa, hr, hu, it, ja, ko, ms, nl, no, pl, pt, ru, sk, sv, tr, uk, zh, zh-tw
		"missing or invalid imap mailbox", "صندوق بريد imap مفقود أو غير صالح", "липсваща или невалидна imap пощенска кутия",
		"hi falta la bústia imap o bé és invàlida", "chybějící nebo neplatný imap mailbox", "manglende eller ugyldig imap-postkasse",
		"fehlende oder ungültige imap-mailbox", "λείπει ή μη έγκυρο γραμματοκιβώτιο imap", "error en el buzon imap",
		"falta edo imapen postontzia baliogabea", "صندوق پستی imap وجود ندارد یا نامعتبر است", "nedostaje ili nije važeći imap spremnik",
		"hiányzó vagy érvénytelen imap-postafiók", "casella imap mancante o non valida", "imapメールボックスがないか、無効です", "누락되거나 잘못된 imap 메일 함",
		"peti mel imap yang hilang atau tidak sah", "ontbrekende of ongeldige imap mailbox", "manglende eller ugyldig imap postboks",
		"brakująca lub nieprawidłowa skrzynka imap", "caixa de correio imap ausente ou inválida",
		"отсутствует, либо неправильное имя папки на сервере imap", "chýbajúca alebo neplatná poštová schránka imap",
		"imap-postlåda saknas eller ogiltig", "eksik veya hatalı imap mailkutusu", "відсутня або недійсна поштова скринька imap", "imap邮箱丢失或无效",
		"imap郵箱丟失或無效",
		// save-eserver: en, ar, bg, ca, cs, da, de, el, es, eu, fa, hr, hu, it, ja, ko, ms, nl, no, pl, pt, ru, sk, sv, tr, uk, zh, zh-tw
		"missing or invalid pop3 server", "خادم pop3 مفقود أو غير صالح", "липсващ или невалиден pop3 сървър",
		"hi falta el servidor pop3 o bé és invàlid", "chybějící nebo neplatný pop3 server", "manglende eller ugyldig pop3-server",
		"fehlender oder ungültiger pop3-server", "έλλειψη ή μη έγκυρος διακομιστής pop3", "error en servidor pop3",
		"pop3 zerbitzaria falta da edo baliogabea", "سرور pop3 وجود ندارد یا نامعتبر است", "nedostaje ili je nevažeći pop3 poslužitelj",
		"hiányzik vagy érvénytelen pop3 szerver", "server pop3 mancante o non valido", "pop3サーバーが見つからないか無効です", "pop3 서버가 없거나 유효하지 않습니다",
		"pelayan pop3 yang hilang atau tidak sah", "onbekende of ongeldige pop3 server", "manglende eller ugyldig pop3 tjener",
		"brakujący lub nieprawidłowy serwer pop3", "servidor pop3 inválido ou ausente", "недоступен, либо неправильный сервер pop3",
		"chýba alebo neplatný server pop3", "saknad eller ogiltig pop3-server", "eksik veya hatalı pop3 serverı",
		"відсутній або недійсний сервер pop3", "缺少或无效的pop3服务器", "缺少或無效的pop3服務器",
	),
		doc: "Webmin/Usermin says that the folder's IMAP mailbox cannot be opened after the login was accepted, or that the mailbox name or POP3 host name in the folder's settings is missing or invalid"},
	{id: "l10n_adminpanels_sender_refused", class: ClassConfig, anyOf: p(
		// send-esmtp-mail-from: en, bg, ca, cs, da, de, el, es, eu, fi, fr, hr, hu, it, ja, ko, ms, nl, no, pl, pt, ru, sk, sv, tr, uk, zh, zh-tw
		"smtp command mail from:", "smtp команда mail from:", "l'ordre smtp mail from:", "smtp příkaz mail from:", "smtp-kommando mail from:",
		"smtp-befehl mail from:", "η εντολή smtp mail from:", "ha fallado el comando smtp mail from:", "smtp komandoa mail from:",
		"smtp-komento mail from:", "impossible d'exécuter la commande smtp mail from:", "smtp naredba mail from:", "az smtp mail from:",
		"comando smtp mail from:", "smtp コマンド mail from:", "smtp 명령 mail from:", "perintah smtp mail from:", "smtp opdracht mail from:",
		"smtp kommando mail from:", "polecenie smtp mail from:", "o comando smtp mail from:", "команда smtp mail from:",
		"príkaz smtp mail from:", "smtp komutu mail from:", "smtp 命令 mail from:",
	),
		doc: "Webmin/Usermin says that the SMTP server refused its MAIL FROM command: the sender setup"},
	{id: "l10n_adminpanels_recipient_refused", class: ClassRecipient, anyOf: p(
		// send-esmtp-rcpt-to: en, bg, ca, cs, da, de, el, es, eu, fi, fr, hr, hu, it, ja, ko, ms, nl, no, pl, pt, ru, sk, sv, tr, uk, zh, zh-tw
		"smtp command rcpt to:", "smtp команда rcpt to:", "l'ordre smtp rcpt to:", "smtp příkaz rcpt to:", "smtp-kommando rcpt to:",
		"smtp-befehl rcpt to:", "η εντολή smtp rcpt to:", "ha fallado el comando smtp rcpt to:", "smtp komandoa rcpt to:",
		"smtp-komento rcpt to:", "impossible d'exécuter la commande smtp rcpt to:", "smtp naredba rcpt to:", "az smtp rcpt to:",
		"comando smtp rcpt to:", "smtp コマンド rcpt to:", "smtp 명령 rcpt to:", "perintah smtp rcpt to:", "smtp opdracht rcpt to:",
		"smtp kommando rcpt to:", "polecenie smtp rcpt to:", "o comando smtp rcpt to:", "команда smtp rcpt to:", "príkaz smtp rcpt to:",
		"smtp komutu rcpt to:", "smtp 命令 rcpt to:",
	),
		doc: "Webmin/Usermin says that the SMTP server refused a RCPT TO command: the recipient"},
	{id: "l10n_adminpanels_message_refused", class: ClassRejected, anyOf: p(
		// send-esmtp-data-end: en, bg, ca, cs, da, de, el, es, eu, fi, fr, hr, hu, it, ja, ko, ms, nl, no, pl, pt, ru, sk, sv, tr, uk, zh, zh-tw
		"smtp command . failed", "smtp команда . не е успешна", "l'ordre smtp . ha fallat", "smtp příkaz . je chybný",
		"smtp-kommando . mislykkedes", "smtp-befehl . fehlgeschlagen", "η εντολή smtp . απέτυχε", "ha fallado el comando smtp .",
		"smtp komandoa . huts egin da", "smtp-komento . epäonnistui", "impossible d'exécuter la commande smtp .", "smtp naredba . nije uspjela",
		"az smtp . parancs sikertelen", "comando smtp . non riuscito", "smtp コマンド . が失敗しました", "smtp 명령 . 실패", "perintah smtp . gagal",
		"smtp opdracht . mislukt", "smtp kommando . feilet", "polecenie smtp . nie powiodło się", "o comando smtp . falhou",
		"команда smtp . не выполнена", "príkaz smtp . zlyhal", "smtp-kommando . misslyckades", "smtp komutu .'de hata oluştu",
		"команда smtp . не вдалася", "smtp 命令 . 失败", "smtp 命令 . 失敗",
	),
		doc: "Webmin/Usermin says that the SMTP server refused the message at the end of DATA, after the envelope was accepted"},
	{id: "l10n_adminpanels_connection_setup", class: ClassConfig, anyOf: p(
		// lookup-failed: en
		"failed to lookup ip address for",
		// ssl-connect-failed: en
		"ssl connect() failed",
	),
		doc: "Webmin/Usermin says that the server's host name does not resolve or that the SSL handshake on the configured port failed"},
	{id: "l10n_adminpanels_host_setup", class: ClassConfig, anyOf: p(
		// index-eperl: en, bg, ca, cs, da, de, el, es, eu, fi, fr, hr, hu, it, ko, ms, nl, no, pl, pt, ru, sk, sv, tr, uk, zh, zh-tw
		"needed for the selected smtp authentication mode is not installed or is missing a dependent module",
		"необходим за избрания режим за удостоверяване на smtp, не е инсталиран или липсва зависим модул",
		"necessari per al mode d'autenticació smtp seleccionat no està instal·lat o està mancat d'un mòdul dependent",
		"potřebný pro vybraný mód ověření smtp není instalován nebo chybí závislý modul",
		"der kræves til den valgte smtp-godkendelsestilstand, er ikke installeret eller mangler et afhængigt modul",
		"für den ausgewählten smtp-authentifizierungsmodus ist nicht installiert oder es fehlt ein abhängiges modul",
		"που χρειάζεται για την επιλεγμένη πιστοποίηση smtp δεν είναι εγκατεστημένο ή του λείπει κάποιο εξαρτώμενο module",
		"necesario para el modo de autenticación smtp seleccionado no está instalado o le falta un módulo dependiente",
		"hautatutako smtp autentifikazio moduan beharrezkoa den perl modulua", "valitulle smtp-todennusmoodille tarvittavaa perl-moduulia",
		"nécessaire pour le mode d'authentification smtp sélectionné n'est pas installé ou manque un module dépend",
		"potreban za odabrani način provjere identiteta smtp nije instaliran ili nedostaje ovisni modul",
		"a kiválasztott smtp hitelesítési módhoz szükséges perl-modul",
		"necessario per la modalità di autenticazione smtp selezionata non è installato, o manca un modulo da cui dipende", "smtp 인증 모드를 위한",
		"diperlukan untuk mod pengesahan smtp yang dipilih tidak dipasang atau tiada modul yang bergantung",
		"die nodig is voor de geselecteerde smtp authenticatie mode is niet geinstalleerd of mist een afhankelijke module",
		"som er nødvendig for den valgte smtp autentiseringsmodusen er ikke installert eller den mangler an modul den er avhangig av",
		"wymagany dla wybranego trybu uwierzytelniania smtp nie jest zainstalowany lub brakuje zależnego modułu",
		"necessário para o modo de autenticação smtp selecionado não está instalado ou está faltando um módulo dependente",
		"необходимый для выбранного режима аутентификации smtp, не установлен или отсутствует зависимый модуль",
		"potrebný pre vybratý režim autentifikácie smtp alebo chýba závislý modul",
		"som behövs för det valda smtp-autentiseringsläget är inte installerat eller saknas en beroende modul",
		"seçilen stmp doğrulama modu için", "необхідний для вибраного режиму автентифікації smtp, не встановлений або відсутній залежний модуль",
		"所选smtp身份验证模式所需的perl模块", "所選smtp身份驗證模式所需的perl模塊",
		// sasl-missing: en
		"is needed for smtp authentication",
		// ssleay-missing: en
		"net::ssleay module is not installed",
	),
		doc: "Webmin/Usermin says that a Perl module its SMTP authentication or SSL needs is missing on the host: no login was attempted"},
	{id: "l10n_adminpanels_nc_password_mask", class: ClassConfig, anyOf: p(
		// invalid-smtp-password: en, ar, ast, bg, br, ca, cs, da, de, el, eo, es, es-419, et-ee, eu, fa, fi, fr, ga, gl, he, hr, hu, id, is, it, ja, ka-ge, ko, lt-lt, lv, mk, nb, nl, oc, pl, pt-br, pt-pt, ro, ru, sc, sk, sl, sq, sr, sv, tr, ug, uk, vi, zh-cn, zh-hk, zh-tw
		"invalid smtp password", "كلمة مرور smtp غير صحيحة", "la contraseña smtp ye incorreuta", "невалидна smtp парола", "ger-tremen smtp fall",
		"contrasenya smtp no vàlida", "neplatné heslo pro smtp", "ikke gyldig smtp adgangskode", "ungültiges smtp-passwort",
		"μη έγκυρο συνθηματικό smtp", "nevalida smtp-pasvorto", "contraseña smtp inválida", "constraseña smtp inválida", "vale smtp salasõna",
		"smtp pasahitza baliogabea", "گذرواژه smtp نامعتبر است", "virheellinen smtp-salasana", "mot de passe smtp incorrect",
		"pasfhocal smtp neamhbhailí", "contrasinal smtp incorrecta", "ססמת ה־smtp שגויה", "nevaljana zaporka za smtp", "érvénytelen smtp-jelszó",
		"kata sandi smtp tidak valid", "ógilt smtp-lykilorð", "password smtp non valida", "smtpパスワードが無効", "არასწორი smtp პაროლი",
		"smtp 암호가 잘못되었습니다", "neteisingas smtp slaptažodis", "nederīga smtp parole", "грешна smtp лозинка", "ugyldig smtp-passord",
		"ongeldig smtp-wachtwoord", "senhal smtp invalid", "nieprawidłowe hasło smtp", "senha smtp incorreta", "senha de smtp inválida",
		"parolă smtp invalidă", "неверный пароль smtp", "crae smtp non bàlida", "nesprávne heslo pre smtp", "neveljavno geslo smtp",
		"fjalëkalim smtp i pavlefshëm", "неисправна smtp лозинка", "ogiltigt smtp-lösenord", "smtp parolası geçersiz", "ئىناۋەتسىز smtp پارولى",
		"недійсний пароль smtp", "mật khẩu smtt không chính xác", "无效的 smtp 密码", "無效的 smtp 密碼",
	),
		doc: "Nextcloud's email server settings refuse the password field because it holds the form's mask, not a password: no server refused anything"},
	{id: "l10n_adminpanels_nc_mail_setup", class: ClassConfig, anyOf: p(
		// account-email-missing: en, ar, ast, bg, ca, cs, da, de, de-de, el, es, es-ar, es-mx, et-ee, eu, fr, ga, gl, hu, is, it, ja, ko, mk, nb, nl, pl, pt-br, ru, sk, sl, sr, sv, tr, ug, uk, zh-cn, zh-hk, zh-tw
		"you need to set your account email before being able to send test emails",
		"يلزمك تعيين حساب إيميلك قبل أن تتمكن من إرسال إيميلات تجريبية",
		"tienes d'afitar la direición de corréu electrónicu de la cuenta enantes de comenzar a unviar mensaxe de prueba",
		"трябва да настроите е-мейл профила, за да можете да изпратите тестови е-мейли",
		"heu de configurar el correu electrònic del vostre compte abans de poder enviar correus electrònics de prova",
		"aby bylo možné odesílat zkušební e-maily je třeba, abyste si nejprve u svého účtu nastavili svou e-mailovou adresu",
		"du skal angive din konto e-mail inden du kan sende send test e-mails",
		"vor dem versenden von test-e-mails muss die konto-e-mail-adresse festgelegt werden",
		"sie müssen ihre konto-e-mail-adresse festlegen, bevor sie test-e-mails senden können",
		"πρέπει να ορίσετε το email του λογαριασμού σας πριν μπορέσετε να στείλετε δοκιμαστικά email",
		"necesita establecer el correo electrónico de su cuenta antes de poder enviar correos de prueba",
		"necesitás configurar tu correo electrónico antes de poder enviar mensajes de prueba",
		"necesita establecer su cuenta de correo electrónico antes de poder enviar correos de prueba",
		"enne e-kirjade testsaatmist pead seadistama oma e-posti aadressi",
		"zure kontuaren posta elektronikoa ezarri behar duzu, probako mezu elektronikoak bidali ahal izateko",
		"vous devez définir l'e-mail de votre compte avant de pouvoir envoyer des e-mails de test",
		"ní mór duit ríomhphost do chuntais a shocrú sula mbeidh tú in ann ríomhphoist tástála a sheoladh",
		"é necesario configurar o correo da súa conta antes de poder enviar correos de proba",
		"meg kell adnia az email címét, mielőtt tesztelni tudná az email küldést",
		"þú verður að gefa upp tölvupóstfang aðgangsins þíns svo að þú getir sent prófunarpósta",
		"devi impostare la tua email prima di poter inviare email di prova", "テストメールを送信する前に、あなたのアカウントのメールを設定する必要があります",
		"이메일 발송 테스트를 진행하기 앞서 계정 이메일을 설정해야 합니다", "треба да ја поставите вашата е-пошта адреса пред да можете да испратите тест пораки",
		"du må angi konto-e-postadressen din før du kan sende test-e-post",
		"je moet je e-mail voor je account instellen voordat je e-mail kan versturen",
		"zanim będziesz mógł wysyłać wiadomości testowe, musisz ustawić adres e-mail swojego konta",
		"você precisa definir o e-mail da sua conta antes de poder enviar e-mails de teste",
		"необходимо указать адрес электронной почты в своей учетной записи, прежде чем вы сможете отправлять тестовые электронные письма",
		"musíte nastaviť svoj email k účtu, než budete môcť odoslať testovacie emaily",
		"pred preizkusnim pošiljanjem sporočil je treba nastaviti elektronski naslov uporabnika",
		"пре слања тест и-мејлова морате најпре да поставите и-мејл адресу вашег налога",
		"du måste ställa in epostadressen på kontot innan du kan skicka testmail",
		"sınama e-postaları göndermeden önce hesap e-postanızı ayarlamalısınız",
		"سىناق ئېلېكترونلۇق خەت ئەۋەتىشتىن بۇرۇن ھېساباتىڭىزنىڭ ئېلېكترونلۇق خەتلىرىنى تەڭشىشىڭىز كېرەك",
		"перед надсиланням тестового ел.листа потрібно додати ел.адресу", "您需要先设置您的帐户电子邮件，然后才能发送测试电子邮件", "您必須先設定您的帳戶電郵地址，然後才能傳送測試電郵",
		"您必須先設定您的帳號電子郵件，然後才能傳送測試用的電子郵件",
		// not-verified: en, ar, ast, ca, cs, da, de, de-de, el, es, es-ar, es-mx, eu, fr, ga, gl, hu, it, ja, ko, lv, nb, nl, pl, pt-br, ru, sk, sl, sr, sv, tr, ug, uk, zh-cn, zh-hk
		"you have not set or verified your email server configuration, yet",
		"أنت لم تقم بتعيين أو التحقق من تكوين خادم بريدك الإلكتروني حتى الآن",
		"nun afitesti o verifiquesti la configuración del sirvidor de corréu electrónicu",
		"encara no heu establert ni verificat la configuració del vostre servidor de correu electrònic",
		"doposud jste nenastavili či neověřili jste nastavení pro e-mailový server",
		"du har endnu ikke sat eller verificeret din e-mailserver konfiguration",
		"die e-mail-serverkonfiguration wurde noch nicht festgelegt oder überprüft",
		"sie haben ihre e-mail-serverkonfiguration noch nicht festgelegt oder überprüft",
		"δεν έχετε ορίσει ή επαληθεύσει τη διαμόρφωση του διακομιστή ηλεκτρονικού ταχυδρομείου σας ακόμα",
		"no ha definido o verificado la configuración de su servidor de correo electrónico, todavía",
		"todavía no configuraste o verificaste tu servidor de correo electrónico",
		"no has introducido o verificado la configuración de tu servidor de correo todavía",
		"oraindik ez duzu posta elektronikoko zerbitzariaren konfigurazioa ezarri edo egiaztatu",
		"vous n’avez pas encore paramétré ou vérifié la configuration de votre serveur mail",
		"níl cumraíocht do fhreastalaí ríomhphoist socraithe nó fíoraithe agat, fós",
		"aínda non definiu ou verificou a configuración do seu servidor de correo", "még nincs beállítva vagy kipróbálva az e-mail-kiszolgáló",
		"non hai ancora impostato o verificato la configurazione del tuo server email", "メールサーバーの設定が未設定または未確認です",
		"이메일 서버 설정이 입력되지 않았거나 검증되지 않았습니다", "vēl nav iestatīts e-pasta serveris vai apliecināta tā konfigurācija",
		"du har ikke angitt eller bekreftet konfigurasjonen av e-postserveren ennå",
		"u heeft uw emailserverconfiguratie nog niet ingesteld of geverifieerd",
		"nie ustawiłeś albo nie zweryfikowałeś konfiguracji serwera pocztowego",
		"você ainda não definiu ou verificou a configuração do seu servidor de e-mail",
		"параметры сервера электронной почты ещё не заданы или не проверены",
		"zatiaľ ste nenastavili ani neoverili konfiguráciu e-mailového servera", "ni še overjene nastavitve strežnika elektronske pošte",
		"још увек нисте поставили или потврдили своју конфигурацију е-поште",
		"du har inte ställt in eller verifierat din e-postserverkonfiguration ännu",
		"e-posta sunucusu yapılandırmanızı henüz ayarlamadınız veya doğrulamadınız",
		"ئېلېكترونلۇق خەت مۇلازىمېتىرىڭىزنى تەڭشىمىدىڭىز ياكى دەلىللىمىدىڭىز",
		"ви ще не налаштувати або не перевірили налаштування поштового сервера", "您尚未配置电子邮件服务器或尚未验证配置", "您尚未設定或驗證您的電子郵件伺服器組態",
	),
		doc: "Nextcloud says that its email server settings are not set up or not yet verified, or that the admin's own address for the test email is missing"},
	{id: "l10n_adminpanels_nc_test_failed", class: ClassUnknown, anyOf: p(
		// problem: fa
		"ارسال پست الکترونیک با خطا مواجه شد، لطفاً تنظیمات خود را مورد بازبینی قرار دهید",
	),
		doc: "Nextcloud's email settings test failed; Mailer::send() has dropped the transport's reason, so the sentence names no cause"},
}
