package classify

import "slices"

// The localized messages of two more mail clients that decide a mailbox's
// class, each phrase the distinctive part of one published translation (never
// a placeholder such as $code, $to or %1$s):
//
//   - Roundcube webmail: roundcube/roundcubemail
//     program/localization/<lang>/messages.inc, keys loginfailed ("Login
//     failed."), smtpautherror ("SMTP Error ($code): Authentication failed."),
//     accountlocked ("Too many failed login attempts. Try again later."),
//     connerror, storageerror, smtpconnerror (the server could not be reached),
//     smtptoerror, smtprecipientserror (a recipient refused or unreadable) and
//     smtpsizeerror (the message exceeds the server's size limit), and
//     oauthinvalidrequest (its OAuth authorization request was refused as
//     invalid or incomplete).
//   - Delta Chat: deltachat/deltachat-android src/main/res/values-<lang>/strings.xml,
//     keys login_error_cannot_login ("Cannot login as %1$s. Please check if the
//     address and the password are correct.") and
//     login_error_no_internet_connection ("No internet connection, login failed.").
//
// testdata/catalogs/client_l10n_roundcube.jsonl holds every translation these
// phrases come from, one row per key and locale, with the commit read. The
// comment above each group lists the locales whose text needed a phrase here;
// the other locales' texts were already classified as labelled.

// l10nClientEarlyRules come before l10nEarlyRules and the English wording
// and the refused-login rules: these messages name a failed login but mean a
// temporary lock or a missing network, or an OAuth request
// the client itself built wrong.
var l10nClientEarlyRules = []rule{
	{id: "l10n_client_login_locked", class: ClassAuthTemporary, retry: 15 * minute, anyOf: p(
		// accountlocked: be_BE, bg_BG, br, ca_ES, cs_CZ, cy_GB, da_DK, de_CH, el_GR, es_AR, es_ES, et_EE, eu_ES, fi_FI, fo_FO, fr_FR, fy_NL, ga_IE, gl_ES, he_IL, hr_HR, hu_HU, ia, is_IS, it_IT, ja_JP, ka_GE, ko_KR, ku, lt_LT, lv_LV, mk_MK, nb_NO, nl_BE, pl_PL, pt_PT, ro_RO, sk_SK, sl_SI, sq_AL, sr_CS, sv_SE, tr_TR, ug, uk_UA, uz
		"было занадта шмат няўдалых спробаў увайсці", "твърде много неуспешни опити", "re a glaskoù kennaskañ c'hwitet",
		"hi ha hagut masses intents erronis d'inici de sessió", "příliš mnoho chybných pokusů o přihlášení", "gormod o geisiadau i fewngofnodi wedi methu",
		"for mange mislykkede login-forsøg", "zuviele fehlgeschlagene login-versuche", "πάρα πολλές αποτυχημένες προσπάθειες σύνδεσης",
		"demasiados errores de inicio de sesión", "demasiados intentos de conexión fallidos", "liiga palju ebaõnnestunud sisselogimiskatseid",
		"sartzeko saio baliogabe gehiegi", "liian monta epäonnistunutta kirjautumisyritystä", "ov nógvar innritingar royndir",
		"trop de tentatives de connexion infructueuses", "ynloggen te faak mislearre", "bhí an iomarca iarrachtaí chun síniú isteach nár éirigh leo",
		"demasiados intentos de inicio de sesión sen éxito", "יותר מדיי ניסיונות כניסה כושלים", "previše neuspjelih pokušaja prijave",
		"túl sok sikertelen belépési kísérlet történt", "troppo de tentativas fallite de authentication", "of margar tilraunir til innskráningar",
		"troppi tentativi di accesso non riusciti", "ログインを失敗し過ぎです、後で再び試してください", "ძალიან ბევრი წარუმატებელი შესვლის მცდელობა", "로그인 시도 횟수를 초과함",
		"gelek hewldanên têketinê yên têkçûyî", "per daug nesėkmingų bandymų prisijungti", "pārāk daudz neveiksmīgu autorizēšanās mēģinājumu",
		"премногу обиди за најава", "for mange feilede innloggingsforsøk", "te veel mislukte inlogpogingen",
		"przekroczono maksymalną dozwoloną liczbę prób logowania", "foram feitas demasiadas tentativas de autenticação falhadas",
		"prea multe încercări de conectare nereușite", "bolo vykonaných príliš veľa neúspešných pokusov o prihlásenie", "preveliko število napačnih prijav",
		"numër i madh përpjekjesh të dështuara për hyrje", "превише погрешних покушаја", "för många felaktiga inloggningar",
		"çok fazla başarısız oturum açma girişimi yapıldı", "بەك كۆپ كىرىش مەغلۇبى", "забагато невдалих спроб входу в систему",
		"kirishga urinishlar soni ko‘p bo‘ldi",
	),
		doc: "a mail client (Roundcube's accountlocked) says in the owner's language that too many logins failed and to try again later: a temporary lock, not a verdict on the password"},
	{id: "l10n_client_offline", class: ClassTransient, anyOf: p(
		// login_error_no_internet_connection: en, bg, ca, cs, de, el, fr, he, hu, it, kab, ko, lt, pt-rBR, sk, sq, sr, sv, tr, uk, zh-rCN, zh-rTW, fa (its "ورود ناموفق" is also a refused login's)
		"no internet connection", "بدون اتصال اینترنت", "няма връзка към интернет", "no hi ha connexió a internet", "žádné připojení k internetu", "keine internetverbindung",
		"δεν υπάρχει σύνδεση στο διαδίκτυο", "pas de connexion internet", "אין חיבור לאינטרנט", "nincs internetkapcsolat", "nessuna connessione internet",
		"ulac tuqqna internet", "인터넷 연결 없음", "nėra interneto ryšio", "sem conexão com a internet", "žiadne pripojenie k internetu", "s’ka lidhje internet",
		"нисте повезани на интернет", "ingen internetanslutning", "internet bağlantısı yok", "немає підключення до інтернету", "无互联网连接", "無網路連接",
	),
		doc: "a mail client (Delta Chat's login_error_no_internet_connection) says in the owner's language that the device has no internet connection, so the login could not be tried"},
	// Roundcube's oauthinvalidrequest ("Authorization request was invalid or
	// incomplete."): the provider answered invalid_request to the authorization
	// request (RFC 6749 4.1.2.1). The "invalid or incomplete" of each locale,
	// with its word for the authorization, so neither alone decides.
	{id: "l10n_client_oauth_request", class: ClassPlatform, anyOf: p(
		// oauthinvalidrequest: ar, bg_BG, cs_CZ, cy_GB, de_DE, el_GR, en_GB, en_US, es_ES, eu_ES, fr_FR, gl_ES, hu_HU, is_IS, ja_JP, ku, lt_LT, lv_LV, pl_PL, pt_PT, sk_SK, sl_SI, sq_AL, sv_SE, tr_TR
		"غير صالح أو غير مكتمل", "невалидна или непълна", "neplatná nebo neúplná", "yn annilys neu'n anghyflawn", "ungültig oder unvollständig", "άκυρο ή ελλιπές",
		"invalid or incomplete", "no era válida o estaba incompleta", "baliogabea edo osatu gabea", "invalide ou incomplète", "inválida ou incompleta", "érvénytelen vagy hiányos",
		"ógild eða ófullgerð", "正しくないか不完全", "nederbasdar an kêm", "neteisinga arba neužbaigta", "kļūdains vai nepabeigts", "błędne lub niekompletne",
		"inválido ou incompleto", "neplatná alebo neúplná", "neveljaven ali nepopoln", "pavlefshme, ose jo e plotë", "ogiltig eller inkomplett", "geçersiz ya da eksik",
	),
		alsoAny: p("التفويض", "оториз", "autoriz", "awdurdod", "autorisier", "εξουσιοδότ", "authoriz", "authoris", "autoris", "baimen", "auðkenning", "認可", "rastandin", "įgaliojim", "autorizāc", "autoryz", "avtoriz", "autentisering", "kimlik doğrulama", "engedélyezés"),
		doc:     "a mail client (Roundcube's oauthinvalidrequest) says in the owner's language that its OAuth authorization request was invalid or incomplete: the integrating product's OAuth setup, not the mailbox"},
}

// l10nClientNotRefused are the words that, beside a client's "login failed",
// say the login was never judged: a temporary failure, a retry later, a lost
// connection or network, or a recipient.
var l10nClientNotRefused = slices.Concat(l10nTemporaryWords, p(
	"tillfällig", "midlertidig", "tilapäi", "ideiglenes", "try again later", "später", "plus tard", "más tarde", "più tardi", "mais tarde", "senare", "później", "позже", "пізніше", "později", "daha sonra", // temporary, later
	"internet", "network", "réseau", "netzwerk", " red ", "rete ", "rede ", "netwerk", "sieci", "сети", "мереж", "síť", "ağ ", // network
	"timeout", "timed out", "verbindung", "conexión", "connessione", "conexão", "ligação", "verbinding", "połączeni", "соединени", "подключ", "з'єднан", "spojení", "bağlantı", // connection
	"anslutning", "forbindelse", "tilkobling", "yhteys", "kapcsolat", "接続", "连接", "連線", "연결",
	"recipient", "destinat", "empfänger", "ontvanger", "odbiorc", "получател", "отримувач", "příjemc", "alıcı", "mottagar", "modtager", "mottaker", "vastaanottaj", "címzett", "受信者", "宛先", "收件人", "收件者", "수신자", // a recipient
))

// l10nClientAuthRules come after l10nAuthRules: the server's own words, when
// the client quotes them, decide before the client's sentence for a refused
// login.
var l10nClientAuthRules = []rule{
	{id: "l10n_client_login_refused", class: ClassAuth, anyOf: p(
		// loginfailed: ast, be_BE, bn_BD, br, ca_ES, da_DK, el_GR, eo, eu_ES, fo_FO, fy_NL, ga_IE, gl_ES, he_IL, ia, it_IT, km_KH, ku, ku_IQ, lb_LU, lt_LT, lv_LV, ml_IN, mn_MN, mr_IN, nb_NO, ne_NP, pl_PL, ps, ro_RO, si_LK, sv_SE, ta_IN, ti, tr_TR, ug, uk_UA
		"contraseña o nome d'usuariu incorreutu", "не ўдалося ўвайсці", "ঢোকা গেল না", "kennaskañ c'hwitet", "l'accés ha fallat", "det lykkedes ikke at logge på",
		"η είσοδος απέτυχε", "malsukcesis ensaluti", "saio hasierak huts egin du", "feilur í innriting", "ynloggen mislearre", "níor éirigh leis an síniú isteach",
		"erro ao iniciar sesión", "הכניסה נכשלה", "apertura de session fallite", "accesso non riuscito", "បាន​បរាជ័យ​ក្នុង​ការ​ចូល។", "têketin têk çû",
		"چوونەژوورەوە سەرکەوتوو نەبوو", "login feelgeschloen", "prisijungti nepavyko", "pieslēgties neizdevās", "പ്രവേശനം പരാജയപ്പെട്ടിയിക്കുന്നു",
		"нэвтрэлт амжилтгүй", "प्रवेश करता आला नाही", "pålogging mislyktes", "लागईन हुन पाएन", "błąd logowania", "ننوتنه په بري سره ترسره نه شوه",
		"autentificare eşuată", "ඇතුල්වීම අසාර්ථකයි", "inloggningen misslyckades", "நுழைவு தோல்வியடைந்தது", "ከይዲ ምእታዎ ፈሺሉ", "oturum açılamadı",
		"كىرىش مەغلۇپ بولدى", "невдала спроба входу",
		// loginfailed fa_IR, fa_AF: also read by l10n_words_refused_login, but not inside a JSON log line that says "send"
		"ورود ناموفق", "ورود با شکست",
		// smtpautherror: ar, ast, br, cs_CZ, da_DK, es_419, es_ES, eu_ES, fi_FI, fo_FO, fy_NL, gl_ES, he_IL, ia, id_ID, km_KH, ku, lb_LU, mk_MK, mr_IN, nb_NO, ta_IN, ug, zh_TW
		"تعذر التحقق من هويتك", "fallu d'autorización", "c'hwitadenn war an naoudi", "chyba přihlášení", "autenticering fejlede", "error de autenticación",
		"ha fallado la autenticación", "egiaztapenak huts egin du", "tunnistus epäonnistui", "atgongd nokta", "ferifikaasje mislearre", "erro de autenticación",
		"ההזדהות נכשלה", "authentication fallite", "otentifikasi gagal", "ព័ត៌មានគនីយមិនត្រឹមត្រូវ", "têketin bi ser neket", "authentifizéierung feelgeschloen",
		"не успееа потврдувањето", "ओळख पटवता येत नाही", "pålogging feilet", "நம்பகத்தன்மை தோல்வியடைந்தது", "كىملىكىنى دەلىللەش مەغلۇپ بولدى", "身份核對失敗",
		// login_error_cannot_login: ckb, de, el, et, fr, gl, he, in, it, ja, kab, ro, sc, sk, sq, tr, zh-rCN, zh-rTW
		"سەرنج بدە بزانە ئیمەیل و تێپەڕوشەکە درووستە", "bitte adresse und passwort auf richtigkeit überprüfen",
		"ελέγξτε εάν η διεύθυνση e-mail και ο κωδικός πρόσβασης είναι σωστά", "kas aadress ja salasõna on õiged",
		"vérifiez que votre adresse courriel et votre mot de passe sont corrects", "comproba o enderezo e o contrasinal", "אנא בדוק אם הכתובת והסיסמה נכונות",
		"mohon cek apakah alamat surel dan kata sandi benar", "per favore verifica che l'indirizzo e-mail e la password siano corretti", "メールアドレスとパスワードを確認してください",
		"senqed ma yella tansa d wawal uffir d tameɣtut", "vă rugăm să verificați dacă adresa de e-mail și parola sunt corecte",
		"pro paghere verìfica si s'indiritzu de posta eletrònica e sa crae de intrada sunt curretos", "skontrolujte správnosť e-mailovej adresy a hesla",
		"shihni nëse adresa email dhe fjalëkalimi janë të saktë", "lütfen adresin ve parolanın doğru olup olmadığını denetleyin", "请检查电子邮件地址和密码是否正确",
		"請確定 email 帳號和密碼是否正確",
	),
		noneOf: l10nClientNotRefused,
		doc:    "a mail client (Roundcube's loginfailed and smtpautherror, Delta Chat's login_error_cannot_login) says in the owner's language that the login or SMTP authentication failed, or asks to check the address and password"},
}

// l10nClientLateRules come last, with l10nConnectionRules: a client's
// sentence for a lost connection, a refused recipient or an oversized message
// decides only when nothing else in the text (the quoted server reply, its
// code) does.
var l10nClientLateRules = []rule{
	{id: "l10n_client_server_unreachable", class: ClassTransient, anyOf: p(
		// connerror: ast, br, cs_CZ, da_DK, de_CH, de_DE, el_GR, en_US, fa_IR, fo_FO, fr_FR, fy_NL, ga_IE, gl_ES, he_IL, hr_HR, hu_HU, ia, id_ID, it_IT, ja_JP, ku, lb_LU, ml_IN, mn_MN, nb_NO, nl_BE, nl_NL, pt_BR, pt_PT, ro_RO, sl_SI, sq_AL, sr_CS, sv_SE, ug, uk_UA, zh_CN
		"fallu al algamar el sirvidor", "n'haller ket tizhout an dafariad", "selhalo připojeni k serveru", "kunne ikke oprette forbindelse til server",
		"server nicht erreichbar", "fehler beim erreichen des servers", "αποτυχία πρόσβασης στον διακομιστή", "failed to reach the server", "عدم دسترسی به سرور",
		"ambætarasambindingar feilur", "n’a pu atteindre le serveur", "kin de tsjinner net berikke", "theip air an freastalaí a aimsiú",
		"non se puido acceder ao servidor", "שגיאת תקשורת עם השרת", "nemoguće doći do poslužitelja", "a kiszolgáló elérése sikertelen",
		"impossibile attinger le servitor", "gagal menghubungi server", "impossibile raggiungere il server", "サーバーに到達できません", "gihîştina rajekar têk çû",
		"de server konnt net erreecht ginn", "ബന്ധിപ്പിക്കുന്നതിൽ പിഴവ്", "серверт холбогдож чадсангүй", "kunne ikke nå server", "mislukt om de server te bereiken",
		"kon de server niet bereiken", "falha na comunicação com o servidor", "não foi possível alcançar o servidor", "serverul nu a fost găsit",
		"napaka pri povezavi do strežnika", "s’u arrit të kapej shërbyesi", "нисам приступио серверу", "misslyckades att kontakta servern",
		"مۇلازىمېتىرغا يەتكىلى بولمىدى", "не вдалося зв'язатися з сервером", "连接服务器失败",
		// storageerror: ast, bn_BD, br, cs_CZ, da_DK, de_CH, de_DE, el_GR, en_GB, eo, es_419, eu_ES, fi_FI, fo_FO, fy_NL, ga_IE, gl_ES, he_IL, hi_IN, hu_HU, ia, km_KH, ko_KR, ku, lb_LU, lt_LT, lv_LV, ml_IN, mn_MN, mr_IN, ms_MY, nb_NO, ne_NP, nl_BE, nn_NO, ps, ro_RO, sl_SI, sv_SE, ti, ug, uk_UA, zh_CN
		"fallu de conexón col sirvidor imap", "মেইল সারভার এর সাথে যোগাযোগ করা গেল না", "c'hwitadenn war kennaskañ ouzh an dafariad mirout",
		"připojení na imap server selhalo", "forbindelse til e-mailserveren fejlede", "keine verbindung zum imap server",
		"verbindung zum speicherserver fehlgeschlagen", "η σύνδεση με το διακομιστή αποθήκευσης απέτυχε", "connection to imap server failed",
		"konekto kun imap-servilo malsukcesis", "ha fallado la conexión al servidor de almacenamiento", "huts egin du biltegiratze-zerbitzarira konektatzean",
		"yhteys imap-palvelimeen epäonnistui", "feilur í samand til goymslu ambatara", "ferbining mei opslach tsjinner mislearre",
		"theip ar an iarracht chun nasc leis an bhfreastalaí prótacal rochtana teachtaireachtaí idirlín", "erro na conexión co servidor imap",
		"הקשר לשרת הדואר נכשל", "सर्वर से सम्पर्क नहीं हो पाया", "nem sikerült csatlakozni az imap szerverhez",
		"le connexion al servitor de immagazinage ha fallite", "មិន​អាច​តភ្ជាប់​ទៅ​ម៉ាស៊ីន​ឃ្លាំង​ផ្ទុក។", "저장소 서버에 연결을 실패했습니다",
		"girêdana bo bîrdanka rajekarê têk çû", "d'verbindung mam späicher-server ass feelgeschloen", "nepavyko prisijungti prie imap serverio",
		"neizdevās pieslēgties imap serverim", "സൂക്ഷിക്കുന്നതിനുള്ള സെർവറുമായി ബന്ധിപ്പിക്കാൻ സാധിച്ചില്ല", "хадгалах серверт холбогдоход алдаа гарлаа",
		"आयमॅप सर्व्हरशी संपर्क होवू शकला नाही", "sambungan ke pelayan imap gagal", "tilkobling til imap-tjener mislyktes", "सर्वर संग सम्पर्क हुन पाएन",
		"kon geen verbinding maken met de imap server", "tilkoplinga til lagringstenaren vart mislukka", "له ای ميپ سرور سره پيوستون په بري سره ترسره نه شو",
		"conectarea la serverul imap a eşuat", "povezava z imap strežnikom je spodletela", "anslutning till lagringsservern misslyckades",
		"ናብ ውሃቢ ግልጋሉት ቆፎ ረኽቢ አይተኻለን", "ساقلاش مۇلازىمېتىرىغا ئۇلىنىش مەغلۇپ بولدى", "невдале з'єднання з imap сервером", "连接至 imap 服务器失败",
		// smtpconnerror: ast, br, bs_BA, ca_ES, cs_CZ, de_CH, el_GR, es_419, es_AR, es_ES, fi_FI, fo_FO, fy_NL, ga_IE, gl_ES, he_IL, hu_HU, ia, km_KH, ko_KR, ku, lb_LU, mr_IN, nb_NO, nn_NO, pt_BR, sv_SE, ug, uk_UA, vi_VN
		"fallu de conexón col sirvidor", "c'hwitadenn en ur gennaskañ d'an dafariad", "veza sa serverom nije uspostavljena", "la connexió al servidor ha fallat",
		"připojení k serveru selhalo", "die verbindung ist fehlgeschlagen", "απέτυχε η σύνδεση με τον εξυπηρετητή", "ha fallado la conexión con el servidor",
		"conexión al servidor falló", "ha fallado la conexión al servidor", "palvelimelle yhdistäminen epäonnistui", "samband til ambatara riggaði ikki",
		"ferbining mei tsjinner mislearre", "theip ar an nasc leis an bhfreastalaí", "erro de conexión co servidor", "אבד הקשר לשרת",
		"sikertelen kapcsolódás a szerverhez", "le connexion al servitor ha fallite", "មិនអាចភ្ជាប់ទៅម៉ាស៊ីនមេ", "서버와의 연결을 실패했습니다", "girêdan bi rajekar re çênenû",
		"et konnt keng verbindung mam server hirgestallt ginn", "सर्व्‍हरशी संपर्क साधता येत नाही", "klarte ikke koble til server", "tilkopling til tenar feila",
		"conexão ao servidor falhou", "anslutning till servern misslyckades", "مۇلازىمېتىرغا ئۇلىنىش مەغلۇپ بولدى", "не вдалося з'єднатися з сервером",
		"kết nỗi tới máy chủ bị lỗi",
	),
		doc: "a mail client (Roundcube's connerror, storageerror, smtpconnerror) says in the owner's language that the connection to the mail server failed or the server could not be reached"},
	{id: "l10n_client_recipient", class: ClassRecipient, anyOf: p(
		// smtptoerror: ar, ast, az_AZ, be_BE, bg_BG, br, bs_BA, ca_ES, cs_CZ, cy_GB, da_DK, de_CH, el_GR, en_US, es_419, es_AR, es_ES, et_EE, eu_ES, fa_IR, fi_FI, fo_FO, fy_NL, gl_ES, he_IL, hr_HR, hu_HU, hy_AM, ia, id_ID, is_IS, it_IT, ja_JP, ka_GE, km_KH, ko_KR, ku, lb_LU, lt_LT, lv_LV, mk_MK, mr_IN, nb_NO, nl_BE, nl_NL, nn_NO, pl_PL, pt_BR, ro_RO, ru_RU, sk_SK, sl_SI, sq_AL, sr_CS, sv_SE, ta_IN, tr_TR, ug, uk_UA, uz, vi_VN, zh_CN, zh_TW
		"تعذرت إضافة المستلم", "fallu al amestar el destinatariu", "qəbul edəni əlavə etmək mümkün deyil", "не атрымалася пазначыць атрымальніка",
		"не може да бъде изпратено писмо до", "c'hwitadenn war ouzhpennadenn an degemerer", "nije uspjelo dodavanje primaoca", "com a destinatari",
		"nelze přidat příjemce", "methwyd ychwanegu derbynwr", "kunne ikke tilføje modtageren", "der empfänger", "αποτυχία προσθήκης παραλήπτη",
		"failed to add recipient", "fallo al agregar destinatario", "no se puedo agregar el destinatario", "no se pudo establecer destinatario",
		"saajaks määramine nurjus", "hartzailea gehitzen huts egin du", "نام موفق در افزودن گیرنده", "vastaanottajan", "til bar ikki at nýta móttakarin",
		"untfanger tafoegje mislearre", "erro ao engadir o destinatario", "לא נרשמה כתובת המקבל", "dodavanje primatelja",
		"nem sikerült a következő címzett hozzáadása", "հաղորդագրության ստացող", "impossibile adder le destinatario", "gagal menambah penerima",
		"mistókst að bæta við viðtakandanum", "inserimento del destinatario", "を追加できません", "ვერ დაემატა მიმღები", "មិនអាចកំនត់អ្នកទទួល", "수신자를",
		"navnîşana wergir nehat qebûlkirin", "konnt net dobäigesat ginn", "nepavyko pridėti gavėjo", "neizdevās pievienot saņēmēju",
		"не успеав да го поставам примачот", "प्राप्‍तकर्ता", "kunne ikke legge til mottaker", "kon ontvanger", "kan niet toegevoegd worden",
		"klarte ikkje å leggja til mottakar", "nie można dodać odbiorcy", "falha ao adicionar o destinatário", "nu s-a putut adăuga destinatarul",
		"невозможно добавить получателя", "nemožno pridať príjemcu", "neveljaven elektronski naslov prejemnika", "dështoi shtimi i marrësit",
		"неуспешно додавање примаоца", "kan inte lägga till mottagaradress", "பெறுனரை சேர்பதில் தோல்வி", "alıcısı eklenemedi", "تاپشۇرۋالغۇچىنى",
		"не вдалося додати отримувача", "qabul qiluvchini belgilash amalga oshmadi", "không thể bố trí người nhận", "添加收件人失败", "無法加入收件者「",
		// smtprecipientserror: ar, ast, az_AZ, be_BE, bg_BG, br, bs_BA, ca_ES, cs_CZ, cy_GB, da_DK, de_CH, el_GR, en_US, es_419, es_AR, es_ES, et_EE, eu_ES, fa_IR, fi_FI, fo_FO, fr_FR, fy_NL, gl_ES, he_IL, hr_HR, hu_HU, hy_AM, ia, id_ID, is_IS, it_IT, ja_JP, ka_GE, km_KH, ko_KR, ku, lb_LU, lt_LT, lv_LV, mk_MK, mr_IN, nb_NO, nl_BE, nl_NL, nn_NO, pl_PL, pt_BR, pt_PT, ro_RO, ru_RU, sk_SK, sl_SI, sq_AL, sr_CS, sv_SE, ta_IN, tr_TR, ug, uk_UA, uz, vi_VN, zh_CN, zh_TW
		"تعذرت قراءة قائمة المرسل إليهم", "nun pue amosase la llista de destinatarios", "qəbul edənlərin siyahısını emal etmək mümkün deyil",
		"не атрымалася прачытаць спіс атрымальнікаў", "не може да бъде обработен списъка с получатели", "n'haller ket dezrannañ roll an degemererien",
		"nije moguće pročitati listu primaoca", "no s'ha pogut analitzar la llista de destinataris", "nelze zpracovat seznam příjemců",
		"nid oedd yn bosib darllen y rhestr o dderbynnwyr", "kan ikke fortolke listen af modtagere", "die empfängerliste konnte nicht verarbeitet werden",
		"αδύνατο να προσπελαστεί η λίστα παραληπτών", "unable to parse recipients list", "no es posible obtener la lista de destinatarios",
		"no se pudo leer la lista de destinatarios", "no es posible analizar la lista de destinatarios", "saajate nimekirja parsimine nurjus",
		"ezin da hartzaileen zerrenda analizatu", "ناتوان در تجزیه فهرست گیرنده‌ها", "ei voida jäsentää vastaanottajien listaa",
		"til bar ikki at greina móttakara listan", "impossible d’analyser la liste des destinataires", "koe ûntfangers lyst net ferwurkje",
		"non é posible analizar a lista de destinatarios", "לא ניתן לפענח רשימת נמענים", "nije moguće pročitati listu primatelja",
		"a címzettlista feldolgozása sikertelen", "ստացողների ցուցակի ընթերցման ձախողում", "impossibile interpretar le lista de destinatarios",
		"tidak dapat menguraikan daftar penerima", "mistókst að þátta lista yfir viðtakendur", "impossibile processare la lista dei destinatari", "宛先の一覧を解析できません",
		"მიმღებთა ჩამონათვალის დამუშავება ვერ მოხერხდა", "មិនអាចបំលែងបញ្ជីអ្នកទទួល", "수신자 목록을 구문 분석할 수 없습니다", "nikarî lîsteya wergiran bixwîne",
		"d'empfänger-lëscht kann net verschafft ginn", "nepavyko apdoroti gavėjų sąrašo", "nav iespējams aptrādāt saņēmēju sarakstu",
		"не успеав да ја испарсирам листата на примачи", "प्राप्‍तकर्त्‍यांची यादी चालू करता आली नाही", "kunne ikke lese mottakerliste",
		"kon lijst van ontvangers niet verwerken", "lijst met ontvangers kan niet verwerkt worden", "klarte ikkje tolka mottakarlista",
		"parsowanie listy odbiorców nie powiodło się", "não é possível processar a lista destinatários", "impossível analisar a lista de destinatários",
		"nu s-a putut procesa lista cu destinatari", "невозможно обработать список получателей", "nemožno spracovať zoznam príjemcov",
		"seznama prejemnikov ni bilo mogoče razčleniti", "s’arrihet të përtypet lista e marrësve", "није могуће рашчланити листу прималаца",
		"felaktigt formaterad lista med mottagaradresser", "பெறுனர் பட்டியலை பிரிக்க முடியவில்லை", "alıcı listesi ayrıştırılamadı",
		"تاپشۇرۋالغۇچىلار تىزىملىكىنى يىشىەلمىدى", "не вдалося обробити список отримувачів", "qabul qiluvchilar ro‘yxatini qayta ishlash amalga oshirilmadi",
		"không thể phân loại danh sách người nhận", "无法解析收件人列表", "無法解讀收件者清單",
	),
		doc: "a mail client (Roundcube's smtptoerror, smtprecipientserror) says in the owner's language that a recipient could not be added or the recipient list could not be read"},
	{id: "l10n_client_message_size", class: ClassRejected, anyOf: p(
		// smtpsizeerror: ar_SA, cs_CZ, da_DK, de_CH, el_GR, es_AR, es_ES, eu_ES, fi_FI, fr_FR, he_IL, hu_HU, ia, id_ID, ja_JP, ko_KR, ku, nb_NO, sv_SE, ug, uk_UA, zh_CN, zh_TW
		"حجم الرسالة يتجاوز حد الخادم", "zpráva překročila limit serveru", "beskedens størrelse overskrider serverenes grænse",
		"nachrichtengrösse übersteigt die servergrenze", "το μέγεθος του μηνύματος υπερβαίνει το όριο του διακομιστή", "el mensaje excede el límite del servidor",
		"el tamaño de mensaje excede el límite del servidor", "mezuak zerbitzariak ezarritako muga", "viestin koko ylittää palvleimen rajoituksen",
		"la taille du courriel dépasse la limite du serveur", "גודל ההודעה עולה על הגודל המותר",
		"az üzenet mérete elérte a kiszolgáló által engedélyzett maximális méretet", "le grandor del message excede le limite del servitor",
		"ukuran pesan melampaui batas server", "メッセージの大きさがサーバーの制限", "메시지 크기가 서버 제한을", "mezinahiya peyamê", "meldingsstørrelse overskreder servererens grense",
		"meddelandet är för stort", "خەتنىڭ چوڭلۇقى مۇلازىمېتىر چېكىدىن", "розмір листа перевищує ліміт сервера", "消息长度超过服务器能接受的长度", "郵件大小超過伺服器限制",
	),
		doc: "a mail client (Roundcube's smtpsizeerror) says in the owner's language that the message exceeds the server's size limit"},
}
