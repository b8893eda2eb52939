package classify

// Thunderbird's own sentences for a refused login, in every locale of
// thunderbird/thunderbird-l10n (commit 5d7cde6f), each phrase the distinctive
// fixed part of one published translation (never a %S placeholder):
//
//   - mail/chrome/messenger/messenger.properties mailServerLoginFailed2
//     ("Login to server %1$S with username %2$S failed.");
//   - mail/chrome/messenger/messengercompose/composeMsgs.properties
//     smtpAuthFailure ("Unable to authenticate to Outgoing server (SMTP) %S.
//     Please check the password ...") and
//     smtpEnterPasswordPromptTitleWithHostname ("Password Required for
//     Outgoing (SMTP) Server %1$S");
//   - mail/chrome/messenger/imapMsgs.properties imapOAuth2Error
//     ("Authentication failure while connecting to server %S."),
//     imapAuthGssapiFailed ("The Kerberos/GSSAPI ticket was not accepted by
//     the IMAP server %S. ...") and imapEnterServerPasswordPrompt ("Enter your
//     password for %1$S on %2$S:");
//   - mail/chrome/messenger/localMsgs.properties pop3PasswordFailed
//     ("Sending of password for user %1$S did not succeed."),
//     pop3GssapiFailure and pop3EnterPasswordPromptTitleWithUsername ("Enter
//     your password for %1$S").
//
// Thunderbird asks for the password again (the prompts above) after the
// server refused it. testdata/catalogs/client_l10n_thunderbird.jsonl holds
// every translation not already in client_l10n.jsonl; the comment above each
// group lists the locales whose text needed a phrase here (the other locales'
// texts were already classified as labelled). Where one fixed part alone does
// not say the login failed (the failure word sits after a placeholder), a
// rule asks for two parts of the same translation.

// (Italian writes "Kerberos/GSSAP", so the second part is "kerberos".)

// thunderbirdAuthRules come with l10nClientAuthRules, after the server's own
// words: a reply Thunderbird quotes decides before its sentence, and no rule
// here takes a text that also says temporary, later, network, connection or
// recipient.
var thunderbirdAuthRules = []rule{
	{id: "l10n_tb_login_refused", class: ClassAuth, anyOf: p(
		// mailServerLoginFailed2: cak, ga-IE, gd, hye, nn-NO
		"xsach tikirisanem pa ri k'uxasamaj", "níorbh fhéidir logáil isteach i bhfreastalaí", "dh’fhàillig clàradh a-steach dhan fhrithealaiche",
		"ձախողուեց մուտք գործել", "mislykka innlogging til tenaren",
		// smtpAuthFailure: br, ca, cak, dsb, et, fy-NL, ga-IE, gd, hsb, hye, ia, is, ka, kab, kk, km, ms, rm, sk, sq, th, uz
		"gwiriit ar ger-tremen hag an 'hentenn dilesa' e-barzh 'arventennoù kont | arventennoù dafariad' mar plij", "no s'ha pogut autenticar al servidor de sortida", "man tikirel ta nijikib'äx ri ruk'uxasamaj elem",
		"pšosym kontrolěrujśo gronidło", "autentimine smtp-serveriga", "kontrolearje it wachtwurd en ferifiearje de ‘autentikaasjemetoade’ yn de ‘accountynstellingen | utgeande server (smtp)’",
		"deimhnigh an focal faire agus an 'modh fíordheimhnithe' faoi 'socruithe an chuntais | freastalaí amach (smtp)'", "cha ghabh dearbhadh a dhèanamh dhan fhrithealaiche", "prošu skontrolujće hesło",
		"հնարաւոր չէ նոյնականացնել ելքային սպասարկիչը (smtp", "verifica le contrasigno e le 'methodo de authentication' in 'parametros de contos | servitor de exito (smtp)'", "athugaðu lykilorðið og gakktu úr skugga um að 'auðkennisaðferð' í 'stillingar reiknings | póstþjónn út (smtp)' sé rétt stillt",
		"ანგარიშზე შესვლა, ვერ ხერხდება", "ur yezmir ara ad isesteb ɣer uqeddac uffiɣ", "шығыс пошта серверінде (smtp) аутентификациядан өту мүмкін емес",
		"មិន​អាច​ផ្ទៀងផ្ទាត់​ទៅ​ម៉ាស៊ីន​មេ​ចេញ", "sila semak kata laluan dan pastikan 'kaedah pengesahan' dalam 'tetapan akaun | pelayan keluar (smtp)'", "impussibel dad autentificar per il server smtp",
		"skontrolujte heslo a overte nastavenie 'metóda overenia' v okne 'nastavenia účtu | server pre odosielanie pošty (smtp)'", "ju lutemi, kontrolloni fjalëkalimin dhe verifikoni 'metodën e mirëfilltësimit' te 'rregullime llogarie | shërbyesi dërgues (smtp)'", "ได้ โปรดตรวจสอบรหัสผ่านและยืนยัน 'วิธีการรับรองความถูกต้อง' ใน 'การตั้งค่าบัญชี | เซิร์ฟเวอร์ขาออก (smtp)'",
		"haqiqiyligi tasdiqlanmadi",
		// imapOAuth2Error: be, bg, br, bs, ca, cak, dsb, es-AR, es-MX, et, eu, fy-NL, gl, hr, hsb, hy-AM, hye, is, ka, kab, kk, lt, lv, ms, rm, sq, sr, th
		"памылка аўтэнтыфікацыі пры злучэнні з серверам", "грешка при удостоверяване при свързване към сървъра", "fazi anaouadur da vare kennaskadur d'an dafariad",
		"autientifikacija neuspješna prilikom povezivanja na server", "ha fallat l'autenticació en connectar-se al servidor", "xsach jikib'anïk nok rik'in ri k'uxasamaj",
		"awtentifikacija njejo se pśi zwězowanju ze serwerom", "falla de autenticación conectándose con el servidor", "autenticación fallada mientras se conectaba al servidor",
		"esines autentimise viga", "autentifikazioak huts egin du", "autentikaasje mislearre wylst it ferbinen mei de server",
		"produciuse un fallo na autenticación ao conectarse co servidor", "provjera autentičnosti neuspjela tijekom spajanja na poslužitelj", "awtentifikacija je so při zwjazowanju ze serwerom",
		"սպասարկչին միանալու ժամանակ", "սպասարկիչին միանալու ժամանակ", "auðkenning brást þegar tengingst var við netþjóninn",
		"ანგარიშზე შესვლა ვერ მოხერხდა", "asesteb ur yeddi ara di lawan n tuqna γer uqedac", "серверіне байланысу кезінде аутентификация қатесі орын алды",
		"tapatybės patvirtinimo klaida bandant jungtis prie serverio", "autentifikācijas kļūda, savienojoties ar serveri", "gagal pengesahan semasa disambung ke pelayan",
		"l'autentificaziun n'è betg reussida durant connectar cun il server", "dështim mirëfilltësimi gjatë lidhjes me shërbyesin", "грешка у идентификацији приликом повезивања на сервер",
		"การรับรองความถูกต้องล้มเหลวขณะเชื่อมต่อไปยังเซิร์ฟเวอร์",
		// pop3PasswordFailed: ar, ast, be, br, ca, cak, cs, dsb, el, en-CA, en-GB, es-ES, es-MX, fi, fy-NL, ga-IE, gd, gl, he, hsb, hu, hy-AM, hye, ia, id, is, it, ka, kab, km, ms, nb-NO, nl, nn-NO, pa-IN, pt-BR, pt-PT, rm, ro, sq, sv-SE, tr, uz
		"لم ينجح إرسال كلمة سر المستخدم", "l'unviu de la contraseña pal usuariu", "дасыланне пароля карыстальніка",
		"fazi p’eo bet kaset ar ger-tremen evit an arveriad", "s'ha produït un error en enviar la contrasenya per a l'usuari", "xk'ulwachitäj jun sachoj toq nitaq ri ewan rutzij winaqil",
		"odesílání hesla pro uživatele", "słanje gronidła za wužywarja", "η αποστολή του κωδικού πρόσβασης του χρήστη",
		"sending of password for user", "el envío de la contraseña para el usuario", "envío de contraseña para el usuario",
		"salasanan lähettäminen ei onnistunut", "ferstjoeren fan wachtwurd foar brûker", "níorbh fhéidir focal faire úsáideoir",
		"cha deach facal-faire a' chleachdaiche", "produciuse un erro ao enviar o contrasinal do usuario", "שליחת הססמה למשתמש",
		"słanje hesła za wužiwarja", "felhasználó jelszavának elküldése nem volt sikeres", "օգտատերի գաղտնաբառի ուղարկումը անհաջող էր",
		"աւգտատիրոջ գաղտնաբառի ուղարկումը անյաջող էր", "le invio de contrasigno pro le usator", "pengiriman sandi untuk pengguna",
		"sending á lykilorði fyrir notanda", "non riuscito l’invio della password per l’utente", "პაროლი ვერ გაიგზავნა",
		"tuzzna n wawal uffir n useqdac", "ការ​ផ្ញើ​ពាក្យ​សម្ងាត់​សម្រាប់​អ្នក​ប្រើ", "tidak berjaya menghantar kata laluan untuk",
		"klarte ikke sende passordet til brukeren", "verzending van wachtwoord voor gebruiker", "klarte ikkje å senda passordet til brukaren",
		"o envio da senha para o usuário", "o envio da palavra-passe do utilizador", "errur cun trametter il pled-clav per l'utilisader",
		"transmiterea parolei pentru utilizatorul", "dërgimi i fjalëkalimit për përdoruesin", "sändning av lösenordet för användare",
		"kullanıcısı için parola gönderilemedi", "uchun parol jo‘natilmadi",
	),
		noneOf: l10nClientNotRefused,
		doc:    "Thunderbird says in the owner's language that the login (mailServerLoginFailed2), SMTP authentication (smtpAuthFailure), OAuth2 authentication (imapOAuth2Error) or POP3 password (pop3PasswordFailed) was refused"},
	{id: "l10n_tb_login_failed_parts", class: ClassAuth, anyOf: p(
		// mailServerLoginFailed2: br, dsb, fy-NL, hsb, hy-AM, ia, kab, lt, rm
		"kennaskañ d'ar servijer", "pśizjawjenje pla serwera", "oanmelden by server", "přizjewjenje pola serwera",
		"սպասրկիչ մուտք գործելը", "accesso a servitor", "anekcum γer udedac", "nepavyko prisijungti prie serverio",
		"l'annunzia al server",
		// pop3PasswordFailed: zh-TW
		"未成功傳送使用者",
	),
		alsoAny: p("c'hwitet", "njejo se raźiło", "mislearre", "je so nimokuliło", "ձախողվեց", "fallite", "ur iddi ara", "naudojant vartotojo vardą", "n'è betg reussida", "的密碼"),
		noneOf:  l10nClientNotRefused,
		doc:     "Thunderbird's mailServerLoginFailed2 or pop3PasswordFailed in a language whose failure word stands apart from the login to the server: both parts of the translation"},
	{id: "l10n_tb_gssapi_refused", class: ClassAuth, anyOf: p(
		// imapAuthGssapiFailed: af, ar, ast, be, bg, br, bs, ca, cak, cs, cy, da, de, dsb, el, en-CA, en-GB, es-AR, es-ES, es-MX, et, eu, fi, fr, fy-NL, ga-IE, gd, gl, hr, hsb, hu, hy-AM, hye, ia, id, is, it, ja-JP-mac, ja, ka, kab, kk, km, ko, lt, lv, ms, nb-NO, nl, nn-NO, pa-IN, pl, pt-BR, pt-PT, rm, ro, ru, sk, sl, sq, sr, sv-SE, th, tr, uk, uz, vi, zh-CN, zh-TW
		"die kerberos/gssapi-kaartjie is nie aanvaar deur die imap-bediener", "لم يقبل", "el tique kerberos/gssapi nun s'aceutó pol sirvidor imap",
		"квіток kerberos/gssapi не быў прыняты imap-серверам", "билетът kerberos/gssapi не бе приет от imap сървъра", "an tiked kerberos/gssapi n'eo ket bet degemeret gant an dafariad imap",
		"kerberos/gssapi karta nije prihvaćena od imap servera", "el segell kerberos/gssapi no ha sigut acceptat pel servidor imap", "man xk'ulutäj ta ri kerberos/gssapi tiket ruma ri imap k'uxasamaj",
		"nepřijal tiket typu kerberos/gssapi", "nid yw'r tocyn kerberos/gssapi wedi'i dderbyn gan y gweinydd imap", "kerberos/gssapi-ticket blev ikke accepteret af imap-serveren",
		"das kerberos/gssapi-ticket wurde vom imap-server", "njejo se pśez", "το αίτημα kerberos/gssapi δεν έγινε δεκτό από τον διακομιστή imap",
		"the kerberos/gssapi ticket was not accepted by the imap server", "el ticket kerberos/gssapi no fue aceptado por el servidor imap", "el tique kerberos/gssapi no ha sido aceptado por el servidor imap",
		"ei aktsepteerinud kerberose/gssapi piletit", "kerberos/gssapi tiketa ez du onartu", "ei hyväksynyt kerberos/gssapi-lippuasi",
		"le ticket kerberos/gssapi n’a pas été accepté par le serveur imap", "it kerberos/gssapi ticket wurde net akseptearre troch de imap-server", "níor ghlac",
		"cha b' urrainn dhuinn am frithealaiche", "non aceptou o ticket kerberos/gssapi", "kerberos/gssapi kartica nije prihvaćena od imap poslužitelja",
		"njebu wot", "nem fogadta el", "kerberos/gssapi-ին չի ընդունվել",
		"kerberos/gssapi-ը չի ընդունուել", "le billet kerberos/gssapi non ha essite acceptate per le servitor imap", "tiket kerberos/gssapi tidak diterima oleh server imap",
		"kerberos/gssapi aðgangsheimildin var hafnað af imap póstþjóninum", "le credenziali kerberos/gssap non sono state accettate dal server smtp", "kerberos/gssapi チケットが imap サーバー",
		"kerberos/gssapi ტალონი მიუღებელი აღმოჩნდა imap სერვერისთვის", "atiki kerberos/gssapi ur tyeqbil ara uqeddac imap", "imap сервері kerberos/gssapi билетін қабылдамады",
		"សំបុត្រ kerberos/gssapi មិន​ត្រូវ​បាន​យល់ព្រម​ដោយ​ម៉ាស៊ីន​មេ imap", "imap 서버에서 kerberos/gssapi 티켓을 허가하지 않았습니다", "nepriėmė",
		"nepieņēma kerberos/gssapi biļeti", "tiket kerberos/gssapi tidak diterima oleh pelayan imap", "din kerberos/gssapi-ticket ble avslått av imap-serveren",
		"het kerberos/gssapi-ticket werd niet geaccepteerd door de imap-server", "kerberos/gssapi-ticketen din vart slått av av imap-serveren", "uwierzytelnianie poprzez kerberos/gssapi zostało odrzucone przez serwer imap",
		"o ticket kerberos/gssapi não foi aceito pelo servidor imap", "o método kerberos/gssapi não foi aceite pelo servidor imap", "n'ha betg acceptà il ticket kerberos/gssapi",
		"certificatul kerberos/gssapi nu a fost acceptat de serverul imap", "мандат kerberos/gssapi не был принят imap-сервером", "neprijal tiket kerberos/gssapi",
		"ni sprejel", "pusulla kerberos/gssapi nuk u pranua nga shërbyesi imap", "није прихватио kerberos/gssapi тикет",
		"kerberos/gssapi-ticket accepterades inte av imap-servern", "ไม่ยอมรับตั๋ว kerberos/gssapi โปรดตรวจสอบว่าคุณเข้าสู่ระบบของ kerberos/gssapi", "imap sunucusu tarafından kabul edilmedi",
		"квиток kerberos/gssapi не був прийнятий сервером imap", "qabul qilib bo‘lmaydi", "kerberos/gssapi không được máy chủ imap",
		"您的 kerberos/gssapi 票据被 imap 服务器", "沒有被",
		// pop3GssapiFailure: af, ar, ast, be, bg, br, bs, ca, cak, cs, cy, da, de, dsb, el, en-CA, en-GB, es-AR, es-ES, es-MX, et, eu, fi, fr, fy-NL, ga-IE, gd, gl, hr, hsb, hu, hy-AM, hye, ia, id, is, it, ja-JP-mac, ja, ka, kab, kk, km, ko, lt, lv, ms, nb-NO, nl, nn-NO, pa-IN, pl, pt-BR, pt-PT, rm, ro, ru, sk, sl, sq, sr, sv-SE, th, tr, uk, uz, vi, zh-CN, zh-TW
		"die kerberos/gssapi-kaartjie is nie aanvaar deur die imap-bediener", "لم يقبل", "el tique kerberos/gssapi nun s'aceutó pol sirvidor pop",
		"квіток kerberos/gssapi не быў прыняты pop-серверам", "билетът kerberos/gssapi не бе приет от pop сървъра", "an tiked kerberos/gssapi n'eo ket bet degemeret gant an dafariad pop",
		"pop server nije prihvatio kerberos/gssapi karticu", "el servidor pop no ha acceptat el segell kerberos/gssapi", "man xk'ulutäj ta ri kerberos/gssapi tiket ruma ri pop k'uxasamaj",
		"pop3 server nepřijal lístek kerberos/gssapi", "nid yw'r tocyn kerberos/gssapi wedi'i dderbyn gan y gweinydd pop", "kerberos/gssapi-ticket blev ikke accepteret af pop3-serveren",
		"das kerberos/gssapi-ticket wurde vom pop-server nicht akzeptiert", "njejo se pśez", "το αίτημα kerberos/gssapi δεν έγινε δεκτό από τον διακομιστή pop",
		"the kerberos/gssapi ticket was not accepted by the pop server", "el ticket kerberos/gssapi no fue aceptado por el servidor pop", "el tique kerberos/gssapi no ha sido aceptado por el servidor pop",
		"pop-server ei aktsepteerinud kerberose/gssapi piletit", "kerberos/gssapi tiketa ez du onartu pop zerbitzariak", "pop-palvelin ei hyväksynyt kerberos/gssapi-lippuasi",
		"le ticket kerberos/gssapi n’a pas été accepté par le serveur pop", "it kerberos/gssapi ticket wurde net akseptearre troch de pop-server", "níor ghlac",
		"cha b' urrainn dhuinn am frithealaiche", "o servidor pop non aceptou o ticket kerberos/gssapi", "pop poslužitelj nije prihvatio kerberos/gssapi karticu",
		"njebu wot", "nem fogadta el", "kerberos/gssapi տոմսը չի ընդունուել pop սպասարկչի կողմից",
		"le billet kerberos/gssapi non ha essite acceptate per le servitor pop", "tiket kerberos/gssapi tidak diterima oleh server pop", "kerberos/gssapi aðgangsheimildin var hafnað af pop póstþjóninum",
		"le credenziali kerberos/gssap non sono state accettate dal server pop", "kerberos/gssapi チケットが pop サーバー", "kerberos/gssapi ტალონი მიუღებელი აღმოჩნდა pop სერვერისთვის",
		"atiki kerberos/gssapi ur tyeqbil ara uqeddac pop", "pop сервері kerberos/gssapi билетін қабылдамады", "សំបុត្រ kerberos/gssapi មិន​ត្រូវ​បាន​ទទួល​ដោយ​ម៉ាស៊ីន​មេ pop",
		"pop 서버에서 kerberos/gssapi 티켓을 허가하지 않았습니다", "nepriėmė", "pop serveris nepieņēma keropos/gssapi biļeti",
		"tiket kerberos/gssapi tidak diterima oleh pelayan pop", "din kerberos/gssapi-ticket ble ikke akseptert av pop-serveren", "het kerberos/gssapi-ticket werd niet geaccepteerd door de pop-server",
		"kerberos/gssapi-ticketen din vart ikkje akseptert av pop-serveren", "uwierzytelnianie przy pomocy kerberos/gssapi zostało odrzucone przez serwer pop", "o ticket kerberos/gssapi não foi aceito pelo servidor pop",
		"os dados kerberos/gssapi não foram aceites pelo servidor pop", "il server pop n'ha betg acceptà il ticket kerberos/gssapi", "certificatul kerberos/gssapi nu a fost acceptat de serverul pop",
		"мандат kerberos/gssapi не был принят pop3-сервером", "tiket kerberos/gssapi nebol serverom pop akceptovaný", "ni sprejel",
		"pusulla kerberos/gssapi nuk u pranua nga shërbyesi pop", "pop сервер није прихватио kerberos/gssapi тикет", "kerberos/gssapi-biljetten accepterades inte av pop-servern",
		"เซิร์ฟเวอร์ pop ไม่ยอมรับตั๋ว kerberos/gssapi โปรดตรวจสอบว่าคุณเข้าสู่ระบบของ kerberos/gssapi", "kerberos/gssapi bileti smtp sunucusu tarafından kabul edilmedi", "квиток kerberos / gssapi не був прийнятий pop3-сервером",
		"qabul qilib bo‘lmaydi", "kerberos/gssapi không được máy chủ pop chấp nhận", "pop 服务器没有接受 kerberos/gssapi 票据",
		"沒有被",
	),
		alsoAny: p("kerberos"),
		noneOf:  l10nClientNotRefused,
		doc:     "Thunderbird says in the owner's language that the server did not accept the Kerberos/GSSAPI ticket (imapAuthGssapiFailed, pop3GssapiFailure): the owner's Kerberos credentials were refused"},
	{id: "l10n_tb_password_prompt", class: ClassAuth, anyOf: p(
		// imapEnterServerPasswordPrompt: af, ar, ast, be, bg, br, bs, ca, cak, cs, cy, da, de, dsb, el, en-CA, en-GB, es-AR, es-ES, es-MX, et, fi, fr, fy-NL, ga-IE, gd, gl, he, hr, hsb, hu, hy-AM, hye, ia, id, is, it, ja-JP-mac, ja, ka, kab, kk, km, ko, lt, lv, ms, nb-NO, nl, nn-NO, pl, pt-PT, rm, ro, sk, sl, sq, sr, sv-SE, th, tr, uk, uz, vi
		"tik u wagwoord vir", "أدخِل كلمة سر المستخدم", "introduz la to contraseña pa",
		"увядзіце ваш пароль для", "въведете своята парола за", "roit ho ker-tremen evit",
		"upišite lozinku za", "introduïu la contrasenya per a", "tatz'ib'aj ri ewan atzij richin",
		"zadejte své heslo pro účet", "rhowch eich cyfrinair ar gyfer", "indtast din adgangskode til",
		"geben sie ihr passwort für", "zapódajśo swójo gronidło za", "εισαγάγετε τον κωδικό πρόσβασής σας για το",
		"enter your password for", "ingrese su contraseña para", "introduzca su contraseña para",
		"ingresa tu contraseña para", "sisesta oma parool kasutaja", "kirjoita salasana tunnukselle",
		"saisissez votre mot de passe pour", "fier jo wachtwurd yn foar", "iontráil d'fhocal faire le haghaidh",
		"cuir a-steach am facal-faire agad airson", "introduza o seu contrasinal para", "נא להקליד את הססמה של",
		"zapodajće swoje hesło za", "felhasználó jelszavát a(z", "նշեք գաղտնաբառ",
		"մուտքագրէք ձեր գաղտնաբառը", "insere tu contrasigno pro", "masukkan sandi anda untuk",
		"settu inn lykilorð fyrir", "inserire la password per", "のパスワードを入力してください",
		"მიუთითეთ თქვენი პაროლი", "sekcem awal-ik uffir i", "ішіндегі пароліңізді енгізіңіз",
		"បញ្ចូល​ពាក្យ​សម្ងាត់​របស់​អ្នក​សម្រាប់", "계정 암호를 입력하십시오", "slaptažodį serveryje",
		"ievadiet jūsu paroli", "masukkan kata laluan", "skriv inn passordet for",
		"voer uw wachtwoord in voor", "wprowadź hasło użytkownika", "introduza a palavra-passe para",
		"endatescha il pled-clav per", "introdu parola pentru", "zadajte heslo pre",
		"vnesite svoje geslo za", "jepni fjalëkalimin tuaj si", "унесите вашу лозинку за",
		"ange ditt lösenord för", "ป้อนรหัสผ่านของคุณสำหรับ", "parolanızı girin",
		"введіть свій пароль для", "foydalanuvchi uchun parolingizni kiriting", "nhập mật khẩu cho",
		// pop3EnterPasswordPromptTitleWithUsername: be, bg, ca, cak, cs, cy, da, de, dsb, el, en-CA, en-GB, es-AR, es-ES, es-MX, eu, fr, fy-NL, gd, gl, hr, hsb, hy-AM, hye, ia, id, is, it, ja-JP-mac, ja, ka, kab, kk, ko, lv, nb-NO, nl, nn-NO, pl, pt-BR, pt-PT, rm, ro, sk, sl, sq, sr, sv-SE, th, tr, uk, vi
		"увядзіце пароль для", "въведете своята парола за", "introduïu la vostra contrasenya per a",
		"tatz'ib'aj ri ewan atzij richin", "zadejte své heslo pro účet", "rhowch eich cyfrinair ar gyfer",
		"indtast din adgangskode til", "passwort eingeben für", "zapódajśo swójo gronidło za",
		"εισαγάγετε τον κωδικό πρόσβασής σας για το", "enter your password for", "ingrese su contraseña para",
		"introduzca su contraseña para", "ingresa tu contraseña para", "sartu pasahitza",
		"saisissez votre mot de passe pour", "fier jo wachtwurd yn foar", "cuir a-steach am facal-faire agad airson",
		"insira o seu contrasinal para", "upiši svoju lozinku za", "zapodajće swoje hesło za",
		"մուտքագրեք ձեր գատնաբառը", "մուտքագրէք ձեր գատնաբառը", "insere tu contrasigno pro",
		"masukkan sandi anda untuk", "settu inn lykilorðið þitt fyrir", "inserire la password per",
		"のパスワードを入力してください", "მიუთითეთ თქვენი პაროლი, რომელსაც გამოიყენებს", "sekcem awal uffir i",
		"үшін пароліңізді енгізіңіз", "에 대한 비밀번호를 입력하세요", "ievadiet jūsu paroli priekš",
		"skriv inn passordet for", "voer uw wachtwoord voor", "skriv inn passordet ditt for",
		"wprowadź hasło użytkownika", "digite sua senha de", "insira a sua palavra-passe para",
		"endatescha tes pled-clav per", "introdu parola pentru", "zadajte heslo pre",
		"vnesite svoje geslo za", "jepni fjalëkalimin tuaj për", "унесите вашу лозинку за",
		"ange ditt lösenord för", "ป้อนรหัสผ่านของคุณสำหรับ", "parolanızı girin",
		"введіть пароль для", "nhập mật khẩu của bạn cho",
		// smtpEnterPasswordPromptTitleWithHostname: bg, ca, cy, da, de, dsb, el, en-CA, en-GB, es-AR, es-ES, es-MX, fi, fr, fy-NL, gl, hr, hsb, hu, hye, ia, id, is, it, ka, kab, kk, lv, nb-NO, nl, nn-NO, pt-BR, pt-PT, rm, ro, ru, sl, sq, sr, sv-SE, th, uk, vi
		"изисква се парола за изходящия (smtp) сървър", "cal una contrasenya per al servidor de sortida (smtp", "mae angen cyfrinair ar gyfer gweinydd allanol (smtp",
		"adgangskode krævet til udgående server (smtp", "smtp-server-passwort benötigt für", "gronidło trjebne za wuchadny serwer (smtp",
		"απαιτείται κωδικός πρόσβασης για διακομιστή εξερχόμενων (smtp", "password required for outgoing (smtp) server", "se necesita contraseña para el servidor saliente (smtp",
		"contraseña necesaria para el servidor saliente (smtp", "salasana vaaditaan lähtevän postin smtp-palvelimelle", "mot de passe requis pour le serveur sortant (smtp",
		"wachtwurd foar útgeande (smtp-) server", "requírese un contrasinal para o servidor de saída (smtp", "lozinka je neophodna za odlazni (smtp) poslužitelj",
		"hesło trěbne za wuchadny serwer (smtp", "jelszó szükséges a kimenő (smtp) kiszolgálóhoz", "պահանջուում է գաղտնաբառ ելքային (smtp",
		"contrasigno necessari pro le servitor (smtp) in exito", "diperlukan sandi untuk server keluar (smtp", "lykilorð áskilið fyrir útsendiþjón (smtp",
		"password richiesta per il server in uscita (smtp", "საჭიროა პაროლი გამავალი (smtp) სერვერისთვის", "awal uffir i ilaqen i uqeddac uffiɣ (smtp",
		"шығыс сервері (smtp) үшін пароль керек", "parole ir nepieciešama izejošajam (smtp) serverim", "passord kreves for utgående (smtp) server",
		"wachtwoord voor uitgaande (smtp-) server", "passord er påkravd for utgåande (smtp) server", "senha necessária para o servidor de saída",
		"palavra-passe necessária para o servidor (smtp) de envio", "i dovra in pled-clav per il server da posta che sorta (smtp", "parolă necesară pentru serverul de trimitere (smtp",
		"требуется пароль для входа на сервер исходящей почты (smtp", "zahtevano je geslo za odhodni (smtp) strežnik", "lypset fjakëkalim për shërbyesin dërgues (smtp",
		"лозинка је неопходна за одлазни (smtp) сервер", "lösenord krävs för utgående (smtp) server", "จำเป็นต้องใช้รหัสผ่านสำหรับเซิร์ฟเวอร์ขาออก (smtp",
		"необхідний пароль для сервера вихідної пошти (smtp", "yêu cầu mật khẩu cho máy chủ gửi thư (smtp",
	),
		noneOf: l10nClientNotRefused,
		doc:    "Thunderbird asks in the owner's language for the password again (imapEnterServerPasswordPrompt, pop3EnterPasswordPromptTitleWithUsername, smtpEnterPasswordPromptTitleWithHostname), as it does after the server refused it"},
	{id: "l10n_tb_password_prompt_parts", class: ClassAuth, anyOf: p(
		// imapEnterServerPasswordPrompt: eu, zh-CN, zh-TW
		"erabiltzailearen", "请输入", "輸入",
		// pop3EnterPasswordPromptTitleWithUsername: et, fi, hu, lt, zh-CN, zh-TW
		"sisesta kasutajanime", "kirjoita käyttäjän", "írja be", "įveskite abonento",
		"请输入", "請輸入",
	),
		alsoAny: p("pasahitza:", "的密码", "的密碼", "parool", "salasana", "jelszavát", "slaptažodį"),
		noneOf:  l10nClientNotRefused,
		doc:     "Thunderbird's password prompt in a language whose words for entering and for the password stand on either side of a placeholder: both parts of the translation"},
	{id: "l10n_tb_smtp_password_prompt", class: ClassAuth, anyOf: p(
		// smtpEnterPasswordPromptTitleWithHostname: cs, et, eu, gd, hy-AM, ja-JP-mac, ja, ko, lt, pl, sk, tr, zh-CN, zh-TW
		"vyžaduje heslo", "jaoks on vajalik parool", "pasahitza eskatzen da", "ag iarraidh facal-faire",
		"գաղտնաբառ է պահանջվում", "のパスワードが必要です", "비밀번호가 필요합니다", "reikalauja slaptažodžio",
		"wymagane hasło serwera", "için parola gerekiyor", "需输入密码", "需要密碼",
	),
		alsoAny: p("smtp"),
		noneOf:  l10nClientNotRefused,
		doc:     "Thunderbird's smtpEnterPasswordPromptTitleWithHostname where the words for a required password do not name the server: with its SMTP"},
}
