package classify

// Trojitá's own sentences for a failed IMAP login and its look-alikes, in
// every locale of KDE/trojita (commit 80ee0085, poqm/<locale>/trojita_qt.po),
// each phrase the distinctive fixed part of one published translation (never
// a %1 placeholder nor the HTML around it):
//
//   - src/Imap/Tasks/OpenConnectionTask.cpp, when the server answers LOGIN
//     with NO: one sentence per RFC 5530 response code (AUTHENTICATIONFAILED,
//     EXPIRED → auth; CONTACTADMIN → admin; AUTHORIZATIONFAILED,
//     PRIVACYREQUIRED → config; UNAVAILABLE → transient), else "Login failed:
//     %1"; Trojitá appends the server's own text, which decides first when an
//     earlier rule knows it;
//   - the same file's "The STARTTLS command failed: %1" (config);
//   - src/Gui/Window.cpp and src/Gui/ComposeWidget.cpp: the IMAP and SMTP
//     password prompts, asked again after the server refused the password.
//
// testdata/catalogs/client_l10n_webmail.jsonl holds every translation; the
// comment above each group lists the locales whose text needed a phrase here
// (the other locales' texts were already classified as labelled).

// trojitaRules come right after thunderbirdAuthRules: a reply Trojitá quotes
// decides before its sentence, and the refused-login rule takes no text that
// also says temporary, later, network, connection or recipient.
var trojitaRules = []rule{
	{id: "l10n_trojita_login_refused", class: ClassAuth, anyOf: p(
		// authenticationfailed ("Authentication failed.  This often happens due to bad password or wrong user name."): pl, sv
		"nieudane uwierzytelnienie", "behörighetskontroll misslyckades",
		// expired ("... access is no longer permitted using that passphrase.  You should get a new passphrase."): en, ar, az, bs, ca, ca@valencia, da, de, el, es, et, fi, fr, gl, he, hu, it, ka, nb, nl, pl, pt, pt_BR, ru, sk, sl, sv, tr, uk, zh_TW
		"either authentication succeeded or the server no longer had", "إما أن الاستيثاق نجح أو أن الخادم لم يعد يمتلك البيانات", "ya kimlik doğrulaması uğurlu oldu ya da serverdə, artıq",
		"ili je autentifikacija uspjela ili server više nema", "o bé l'autenticació ha tingut èxit o el servidor ja no té", "enten lykkedes autentificeringen eller også havde serveren",
		"entweder war die authentifizierung erfolgreich oder der", "είτε η ταυτοποίηση πέτυχε είτε ο διακομιστής δεν είχε πλέον", "o la autenticación tuvo éxito o el servidor ya no tenía la",
		"kas autentimine õnnestus või ei ole serveris enam vajalikke", "tunnistautuminen joko onnistui tai palvelimella ei enää ole", "soit l'authentification a réussi, soit le serveur ne",
		"ou se completou a autenticación ou o servidor xa non ten os", "או שהאימות הצליח או שלשרת לא היה עוד את הנתונים הנחוצים, כך", "vagy a hitelesítés sikeres volt, vagy a kiszolgáló már nem",
		"l'autenticazione impostata o il server non possiede più i", "ან ავთენტიკაცია წარმატებულია, ან სერვერს აღარ აქვს საჭირო", "enten var autentiseringen vellykket, eller tjeneren hadde",
		"ofwel authenticatie is goed of de server heeft niet langer", "albo nastąpiło pomyślnie uwierzytelnienie albo serwer nie", "ou a autenticação foi bem-sucedida ou o servidor já não",
		"ocorreu um erro na autenticação ou o servidor não possuía", "либо аутентификации завершена, или сервер больше не имеет", "buď overenie uspelo, alebo server už nemal potrebné údaje",
		"preverjanje pristnosti je uspelo ali pa strežnik ni imel", "antingen lyckades behörighetskontrollen eller så har", "ya kimlik doğrulama başarılı oldu ya da sunucu artık",
		"розпізнавання пройшло вдало або на сервері вже немає", "可能是認證成功，或是伺服器已經沒有該需要的資料。不管是哪種情形，使用此密碼片語都已不再被允許存取。請取得新的密碼片語",
		// login-failed ("Login failed: %1"): ar, az, ca, ca@valencia, eo, es, eu, ga, gl, ia, ka, lt, mr, nds, pl, pt, ru, sv, uk
		"فشل الولوج", "giriş alınmadı", "ha fallat l'inici de la sessió",
		"no s'ha pogut fer l'inici de la sessió", "ensaluto malsukcesis", "el inicio de sesión ha fallado",
		"saioan sartzea huts egin du", "theip ar an logáil isteach", "fallou o acceso",
		"accesso falleva", "შესვლის შეცდომა", "nepavyko prisijungti prie paskyros",
		"प्रवेश अपयशी", "anmellen fehlslaan", "nieudane logowanie",
		"a autenticação foi mal-sucedida", "не удалось выполнить вход", "inloggning misslyckades",
		"невдала спроба увійти",
		// imap-password-prompt ("Please provide IMAP password for user %1 on %2:"): en, ar, az, bs, ca, ca@valencia, cs, da, de, el, eo, es, et, fi, fr, gl, he, hu, it, ka, nb, nl, pl, pt, pt_BR, ru, sk, sl, sv, tr, uk
		"please provide imap password for user", "رجاء وفّر كلمة سر imap للمستخدم", "map şifrəsini daxil edin",
		"molimo navedite imap šifru za korisnika", "proporcioneu la contrasenya imap per a l'usuari", "prosím, zadejte heslo pro uživatele",
		"angiv imap-adgangskode for brugeren", "bitte geben sie das imap-passwort für den benutzer", "καταχωρήστε παρακαλώ τον κωδικό πρόσβασης imap για τον",
		"bonvolu provizi imap-pasvorton por uzanto", "proporcione la contraseña imap para el usuario", "imap parool masinas",
		"imap-salasana palvelimeen", "veuillez saisir un mot de passe imap pour l'utilisateur", "forneza o contrasinal de imap para o usuario",
		"נא לספק סיסמת imap למשתמש", "felhasználó imap jelszavát a(z", "fornisci una password imap per l'utente",
		"შეიყვანეთ imap პაროლი მომხმარებლისთვის", "oppgi imap-passord for bruker", "geef het imap-wachtwoord in voor gebruiker",
		"proszę podać hasło imap dla użytkownika", "indique por favor a senha de imap para o utilizador", "indique a senha imap do usuário",
		"пожалуйста, предоставьте пароль imap для пользователя", "prosím, zadajte imap heslo pre užívateľa", "navedite geslo imap za uporabnika",
		"ange imap-lösenord för användaren", "kullanıcısı için imap parolası belirtin", "будь ласка, вкажіть пароль до imap користувача",
		// smtp-password-prompt ("Please provide SMTP password for user %1 on %2:"): en, ar, ca, ca@valencia, de, es, fi, fr, he, it, ka, nl, pt_BR, sk, sl, sv, tr, uk
		"please provide smtp password for user", "رجاء وفّر كلمة سر smtp للمستخدم", "proporcioneu la contrasenya smtp per a l'usuari",
		"bitte geben sie das smtp-passwort für den benutzer", "proporcione la contraseña smtp para el usuario", "smtp-salasana palvelimeen",
		"veuillez fournir un mot de passe « smtp » pour l'utilisateur", "נא לספק סיסמת smtp למשתמש", "fornisci una password smtp per l'utente",
		"შეიყვანეთ smtp პაროლი მომხმარებლისთვის", "lever het smtp-wachtwoord voor gebruiker", "indique a senha smtp do usuário",
		"prosím, zadajte smtp heslo pre užívateľa", "navedite geslo smtp za uporabnika", "ange smtp-lösenord för användaren",
		"için smtp parolasını yazın", "будь ласка, вкажіть пароль до smtp користувача",
	),
		noneOf: l10nClientNotRefused,
		doc:    "Trojitá says in the owner's language that the IMAP login was refused (AUTHENTICATIONFAILED, EXPIRED, a NO to LOGIN) or asks for the IMAP or SMTP password again"},
	{id: "l10n_trojita_contact_admin", class: ClassAdmin, anyOf: p(
		// contactadmin ("You should contact the system administrator or support desk."): en, ar, az, bs, ca, ca@valencia, cs, da, de, el, eo, es, et, fr, gl, he, hu, it, ka, nb, nl, pl, pt, pt_BR, ru, sk, sl, sv, tr, uk, zh_TW
		"you should contact the system administrator or support desk", "عليك مراسلة مدير النّظام أو مكتب الدّعم", "siz sistem inzibatçısı və ya dəstək xidməti ilə əlaqə",
		"trebali bi se obratiti administratoru sistema ili pisati", "heu de contactar amb l'administrador del sistema o servei", "měli byste kontaktovat správce systému nebo podporu",
		"du bør kontakte systemadministratoren eller supporten", "bitte nehmen sie kontakt zu ihrer systemverwaltung oder support auf", "παρακαλώ επικοινωνήστε με τον διαχειριστή του συστήματός",
		"vi devus kontakti la sisteman administranton aŭ helpan", "debería contactar con el administrador del sistema o", "tuleks võtta ühendust süsteemiadministraatoriga või",
		"vous devrez contacter l'administrateur système ou le centre", "debería contactar co administrador do sistema ou co equipo", "יש ליצור קשר עם הנהלת המערכת או מערך התמיכה",
		"vegye fel a kapcsolatot a rendszergazdával vagy az", "devi contattare l'amministratore del sistema o l'assistenza", "მიმართეთ სისტემურ ადმინისტრატორს, ან მხარდაჭერის გუნდს",
		"du bør kontakte systemadministrator eller støttetjenesten", "u zou contact op moeten nemen met d systeembeheerder of de", "powinieneś skontaktować się z administratorem systemu lub",
		"deverá contactar o administrador do sistema ou a equipa de", "você deve entrar em contato com o administrador do sistema", "вам следует связаться с системным администратором или",
		"mali by ste sa obrátiť na správcu systému alebo technickú", "obrnite se na skrbnika sistema ali podporo uporabnikom", "du bör kontakta systemadministratören eller",
		"sistem yöneticiniz veya destek masası ile görüşün", "вам слід обговорити проблему з адміністратором системи або", "請聯繫系統管理員或客服",
	),
		doc: "Trojitá's words for an IMAP NO [CONTACTADMIN]: only the administrator can let the user in"},
	{id: "l10n_trojita_setup", class: ClassConfig, anyOf: p(
		// authorizationfailed ("Authentication succeeded in using the authentication identity, but ... the requested authorization identity."): en, ar, az, bs, ca, ca@valencia, da, de, el, en_GB, es, et, fi, fr, gl, he, hu, it, ka, lv, nb, nl, pl, pt, pt_BR, ru, sk, sl, sv, tr, uk, zh_TW
		"authentication succeeded in using the authentication", "نجح الاستيثاق باستخدام هويّة الاستيثاق، لكنّ الخادم لا (أو", "kimlik məlumatları, doğrulanma üçün uğurla istifadə olunur,",
		"autentifikacija uspjela korištenjem autentifikacije", "s'ha aconseguit l'autenticació usant la identitat", "s'ha aconseguit l'autenticació utilitzant la identitat",
		"autentificering lykkedes med at bruge", "die authentifizierung wurde mit der zugehörigen", "η ταυτοποίηση πέτυχε τη χρησιμοποίηση του αναγνωριστικού",
		"la autenticación tuvo éxito al usar la identidad de", "autentimine autentimisidentiteediga õnnestus, aga server ei", "tunnistautuminen onnistui tunnistautumishenkilöydellä,",
		"l'authentification a réussi à utiliser l'identité par", "completouse a autenticación mediante a identidade de", "האימות הצליח להשתמש בזהות האימות, אבל השרת לא יכול או שלא",
		"a hitelesítés sikeres volt a hitelesítési azonosító", "autenticazione riuscita tramite l'identità di", "ავთენტიკაცია წარმატებულია ავთენტიკაციის იდენტიფიკატორით,",
		"pieteikties kā dotam lietotājam izdevās, bet serveris", "autentisering med identiteten for autentisering var", "authenticatie is gelukt met de authenticatie-identiteit,",
		"udane uwierzytelnienie przy użyciu tożsamości", "teve sucesso na autenticação com a identidade de", "a autenticação ocorreu com sucesso usando a identidade de",
		"аутентификация успешно выполнялась в использовании проверки", "overenie sa podarila pomocou autentifikačnej identity, ale", "preverjanje pristnosti je uspelo uporabiti identiteto",
		"behörighetskontrollen lyckades använda", "kimlik doğrulama kimlik doğrulama kimliği kullanımında", "розпізнавання було успішним у сенсі визначення профілю, але",
		"認證成功，但是伺服器無法或不允許此認證身份所請求的角色進行活動",
		// privacyrequired ("The operation is not permitted due to a lack of privacy."): en, ar, az, bs, ca, ca@valencia, da, el, eo, es, et, fi, fr, gl, he, hu, it, ka, nb, nl, pl, pt, pt_BR, sk, sl, tr, uk, zh_TW
		"the operation is not permitted due to a lack of privacy", "العملية غير مسموح بها بسبب نقص الخصوصية", "məxfiliyin olmaması səbəbindən əməliyyata icazə verilmədi",
		"operacija nije dopuštena zbog nedostatka privatnosti", "l'operació no està permesa a causa de la manca de privacitat", "l'operació no està permesa a causa de la falta de privacitat",
		"handlingen er ikke tilladt på grund af manglende privatliv", "η ενέργεια δεν επιτρέπεται λόγω έλλειψης ιδιωτικότητας", "la operacio ne estas permesita pro manko de privateco",
		"esta operación no está permitida debido a una pérdida de", "see toiming ei ole privaatsuse puudumise tõttu lubatud", "toiminto ei ole sallittu yksityisyyden puutteen takia",
		"l'opération n'est pas permise à cause d'une lacune en", "non se permite a operación por mor da falta de protección", "הפעולה לא מורשית עקב העדר פרטיות",
		"a művelet nem engedélyezett az adatvédelem hiánya miatt", "l'operazione non è permessa per mancanza di riservatezza", "ოპერაცია დაშვებული არაა კონფიდენციალობის ნაკლებობის გამო",
		"handlingen er ikke tillatt på grunn av manglende personvern", "de bewerking is niet toegestaan vanwege gebrek aan privacy", "operacja nie jest dozwolona ze względu na brak prywatności",
		"a operação não é permitida, por provocar uma perda de", "a operação não é permitida por provocar perda de privacidade", "operácia nie je povolená kvôli nedostatku súkromia",
		"operacija ni dovoljen zaradi pomanjkanja zasebnosti", "kişisel güvenlik eksikliği nedeniyle sürece izin verilmedi", "дію виконати неможливо через недостатні заходи із захисту",
		"操作未被允許，因為沒有私密性",
		// starttls-failed ("Cannot establish a secure connection.\nThe STARTTLS command failed: %1"): en, ar, az, bs, ca, ca@valencia, da, de, el, es, et, fi, gl, he, it, ka, lt, nl, pl, pt, pt_BR, sk, sl, sv, tr, uk
		"the starttls command failed", "فشل أمر starttls:", "starttls əmri uğursuz oldu",
		"komanda starttls neuspjela", "l'ordre «starttls» ha fallat", "starttls-kommandoen mislykkedes",
		"der befehl starttls ist fehlgeschlagen", "η εντολή starttls απέτυχε", "la orden «starttls» ha fallado",
		"starttls käsk nurjus", "starttls-komento epäonnistui", "a orde starttls fallou",
		"פקודת ה־starttls נכשלה", "il comando starttls non è riuscito", "starttls ბრძანება ჩავარდა",
		"starttls komanda patyrė nesėkmę", "het commando starttls is mislukt", "nieudane wykonywanie polecenia starttls",
		"o comando starttls foi mal-sucedido", "o comando starttls falhou", "príkaz starttls zlyhal",
		"ukaz starttls ni uspel", "starttls-kommandot misslyckades", "starttls komutu başarısız",
		"помилка під час виконання команди starttls",
	),
		doc: "Trojitá's words for AUTHORIZATIONFAILED, PRIVACYREQUIRED and a failed STARTTLS: the identity, TLS or server setup, not a refused password"},
	{id: "l10n_trojita_subsystem_down", class: ClassTransient, anyOf: p(
		// unavailable ("Temporary failure because a subsystem is down."): ar, da, el, eo, fi, he, ka, nb, sv, zh_TW
		"فشل مؤقّت لأنّ النّظام الفرعيّ لا يعمل", "midlertidig fejl på grund af at et undersystem er nede", "προσωρινή αποτυχία γιατί κάποιο υποσύστημα είναι κάτω",
		"provizora fiasko ĉar subsistemo malfunkcias", "väliaikainen virhe, koska osajärjestelmä ei ole käynnissä", "כשל זמני עקב תת־מערכת לא פעילה",
		"დროებითი ჩავარდნა, რადგან ქვესისტემა გამორთულია", "midlertidg svikt fordi et subsystem er nede", "tillfälligt fel eftersom ett delsystem inte är tillgängligt",
		"暫時性的失敗，因為子系統已下線",
	),
		doc: "Trojitá's words for an IMAP NO [UNAVAILABLE]: a subsystem of the server is down for now"},
	{id: "l10n_trojita_password_prompt_parts", class: ClassAuth, anyOf: p(
		// imap-password-prompt lv ("Ievadi IMAP servera <b>%2</b> lietotāja <b>%1</b> paroli:"): the
		// server stands between "enter the IMAP server's" and "password"
		"ievadi imap servera",
	),
		alsoAny: p("paroli"),
		noneOf:  l10nClientNotRefused,
		doc:     "Trojitá's Latvian IMAP password prompt, whose words for entering and for the password stand on either side of a placeholder: both parts"},
}
