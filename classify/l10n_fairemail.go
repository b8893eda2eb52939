package classify

// The messages FairEmail and GNOME Online Accounts show, in every language
// they ship, when a mailbox's login, connection or certificate check fails:
//
//   - FairEmail: M66B/FairEmail app/src/main/res/values-<locale>/strings.xml
//     (title_service_error10, title_setup_office_auth,
//     title_setup_no_auth_outlook, title_setup_outlook_modern,
//     title_setup_app_password_hint, title_setup_no_auth_hint,
//     title_service_token, title_service_vpn, title_service_protocol,
//     title_service_port, title_trust); where EmailService.java,
//     FragmentQuickSetup.java, FragmentOAuth.java and FragmentAccount.java
//     show each decides its class.
//   - GNOME Online Accounts: GNOME/gnome-online-accounts po/<lang>.po
//     ("Sign in to reconnect to this account", "Authentication failed",
//     "Invalid password with username", "Unknown authentication mechanism",
//     "Server does not support STARTTLS", "TLS not available" and the seven
//     certificate messages of src/goabackend/goautils.c).
//
// testdata/catalogs/client_l10n_fairemail.jsonl holds every translation,
// one row per project, message and locale. A phrase is the most distinctive
// part of one translation (never a placeholder); a certificate phrase is the
// word a language uses in all seven of GNOME Online Accounts' certificate
// messages.

// fairEmailEarlyRules come with l10nEarlyRules, before the English wording:
// the client's diagnosis (an administrator switched IMAP/SMTP off, the
// encryption or port setting, an untrusted certificate) decides before the
// English "AUTHENTICATE failed" it quotes.
var fairEmailEarlyRules = []rule{
	{id: "l10n_fe_admin_disabled", class: ClassAdmin, anyOf: p(
		"disabled by the system administrator",         // en
		"تمكين imap/smtp بواسطة",                       // ar
		"inzibatçisinin imap/smtp-ni siradan",          // az
		"адключаны сістэмным адміністратарам",          // be
		"изключването на imap/smtp",                    // bg
		"uzrokovana postavkama imap/smtp-a",            // bs
		"hagi deshabilitat imap/smtp",                  // ca
		"způsobena zakázaným imap/smtp",                // cs
		"deaktiveret af systemadministratoren",         // da
		"systemverwalter deaktiviert wurde",            // de
		"imap/smtp εχει απενεργοποιηθει",               // el
		"por imap/smtp desactivado",                    // es
		"administraatori poolt keelatud",               // et
		"administratzaileak imap/smtp desgaitu",        // eu
		"غیرفعال بودن imap/smtp",                       // fa
		"poistanut imap/smtp-protokollat käytöstä",     // fi
		"désactivation d'imap/smtp",                    // fr-CA
		"de systeembehearder útskeakele",               // fy
		"desactivado polo administrador",               // gl
		"עקב imap/smtp שהושבתו",                        // he
		"imap/smtp isključen",                          // hr
		"rendszeradminisztrátor kikapcsolta az",        // hu
		"dinon-aktifkan oleh administrator",            // id
		"disabilitazione di imap/smtp",                 // it
		"imap/smtp が無効",                                // ja
		"의해 imap/smtp가 비활성화된",                          // ko
		"deaktivert av systemadministratoren",          // nb
		"systeemadministrator is uitgeschakeld",        // nl
		"wyłączeniem protokołu imap/smtp",              // pl
		"imap/smtp pelo administrador",                 // pt-BR
		"desactivado pelo administrador",               // pt-PT
		"de dezactivarea administrativă",               // ro
		"imap/smtp системным администратором",          // ru
		"zapríčinená zakázanými imap/smtp",             // sk
		"sistema onemogočil imap/smtp",                 // sl
		"inaktiveras av systemadministratören",         // sv
		"protokollerini engellemesinden kaynaklaniyor", // tr
		"вимкненою системним адміністратором",          // uk
		"imap/smtp bị vô hiệu hoá",                     // vi
		"被系统管理员禁用",                                     // zh-CN
		"系統管理員停用了 imap/smtp",                           // zh-TW
	),
		doc: "FairEmail (title_setup_office_auth), in the owner's language: the error 'AUTHENTICATE failed' can be caused by IMAP/SMTP being disabled by the system administrator"},
	{id: "l10n_fe_protocol", class: ClassConfig, anyOf: p("ssl/tls", "ssl / tls"), alsoAny: p("starttls", "startls"),
		doc: "FairEmail (title_service_protocol), in the owner's language: double check the protocol (SSL/TLS or STARTTLS)"},
	// FairEmail appends title_service_token to Gmail's "Invalid credentials
	// (Failure)"; there the reply decides, as it does for the translations,
	// which only the VPN rule below takes.
	{id: "l10n_fe_token", class: ClassTransient, anyOf: p("android account manager"), noneOf: p("invalid credentials"),
		doc: "FairEmail (title_service_token): the Android account manager could be blocked by a VPN, firewall or ad blocker from obtaining an access token"},
	{id: "l10n_fe_settings", class: ClassConfig, anyOf: p(
		"double check the port number", "server does not support starttls", // en
		"ondersteun nie starttls",                                        // af
		"autenticación desconoixiu", "no suporta starttls", "certificau", // an
		"آلية استيثاق مجهولة", "يدعم الخادوم starttls", "شهاد", // ar
		"অজ্ঞাত প্ৰমাণীকৰণ পদ্ধতি", "চাৰ্ভাৰে starttls সমৰ্থন", "প্ৰমাণপত্ৰ", // as
		"port nömrəsini",                                                                           // az
		"нумар порта", "невядомы механізм аўтэнтыфікацыі", "не падтрымлівае starttls", "сертыфіка", // be
		"номера на порта", "метод за идентификация", "командата за шифриране", // bg
		"অজানা প্রমাণীকরণ প্রক্রিয়া", "সার্ভার starttls সমর্থন", "সার্টিফিকেট", // bn-IN
		"broj porta", "nepoznat mehanizam autentičnosti", "ne podržava starttls", "ne podržava \"startls", // bs
		"número de port", "desconeix el mecanisme", "permet utilitzar «starttls»", // ca
		"شێوازی ڕێگەپێدان نەناسراوە", "پشتگیری starttls ناکات", "وانامە", // ckb
		"číslo portu", "neznámý autentizační mechanizmus", "certifik", // cs
		"portnummer", "ukendt godkendelsesmekanisme", "understøtter ikke starttls", // da
		"portnummer", "unbekannter legitimierungsmodus", "server unterstützt starttls", // de
		"τον αριθμο θυρασ", "αγνωστοσ μηχανισμοσ πιστοποιησησ", "δεν υποστηριζει starttls", // el
		"nekonata aŭtentiga mekanismo", "subtenas na starttls", "atestil", // eo
		"número de puerto", "de autenticación desconocido", "no soporta starttls", // es
		"pordi numbri", "toeta starttls ühendust", // et
		"egiaztatu portuaren zenbakia", "duen zerbitzariaren agiriarekin", "autentifikazioaren protokoloa ezezaguna", "du starttls onartzen", // eu
		"شماره درگاه", "تأیید هویت ناشناخته", "starttls پشتیبانی نمی\u200cکند", // fa
		"porttinumero", "luota palvelimen varmenteeseen", "tuntematon tunnistautumistapa", "ei tue starttls:ää", "varmen", // fi
		"en charge starttls",                                  // fr
		"numéro de port",                                      // fr-CA
		"mecanisim di autenticazion", "nol supuarte starttls", // fur
		"poartenûmer",                       // fy
		"freastalaí le starttls", "teastas", // ga
		"dearbhaidh nach aithne", "taic ri starttls", "eisteana", // gd
		"número de porto", "non admite starttls", // gl
		"અજ્ઞાત સત્તાધિકરણ પદ્દતિ", "સર્વર starttls ને", "પ્રમાણપત્ર", // gu
		"מספר הפתחה", "לתת אמון באישור", "מנגנון האימות אינו", "לא תומך ב־starttls", "על האישור", "של האישור", "האישור לא תואם", "הפעלת האישור", "האישור נשלל", "אישור שגוי", // he
		"अज्ञात सत्यापन यांत्रिकी", "starttls का समर्थन", // hi
		"broj porta", "nepoznat mehanizam ovjere", "ne podržava starttls", "vjerodajnica autorizacije", "očekivanim identitetom", "aktivacije vjerodajnice", "algoritam vjerodajnice", // hr
		"portszám", "következő ujjlenyomattal rendelkező", "ismeretlen hitelesítési mechanizmus", "támogatja a starttls-t", "aláíró hitelesítésszolgáltató ismeretlen", "tanúsítvány", // hu
		"nomor port", "mekanisme autentikasi yang", "tidak mendukung starttls", // id
		"ne supporte starttls",                              // ie
		"óþekkt auðkenningaraðferð", "styður ekki starttls", // is
		"numero della porta", "di autenticazione sconosciuto", "non supporta starttls", // it
		"ポート番号", "不明な認証メカニズム", "サーバーが starttls をサポートしていません", "ている認証局が未", // ja
		"ავთენტიკაციის უცნობი მექანიზმი", "აქვს starttls-ის მხარდაჭერა", // ka
		"usnekwu ur tettwassen", "ara i starttls", "uzmal ur yettwassen", "selkin", // kab
		"аутентификация механизмі белгісіз", "starttls тәсілін қолдамайды", // kk
		"យន្តការ\u200b", "ម៉ាស៊ីន\u200bមេ\u200bមិន\u200bគាំទ្រ starttls", "វិញ្ញាបនបត្រ", // km
		"ಬೆಂಬಲವಿರದ ದೃಢೀಕರಣ ವ್ಯವಸ್ಥೆ", "starttls ಅನ್ನು ಬೆಂಬಲಿಸುವುದಿಲ್ಲ", "ಪ್ರಮಾಣಪತ್ರ", "ಪ್ರಮಾಣಿಪತ್ರ", // kn
		"포트 번호", "없는 인증 매커니즘입니다", "인증 기관 입니다", // ko
		"ກົນໄກການຢັ້ງຢືນ", "ບໍ່ຮອງຮັບ starttls", "ໃບຮັບຮອງ", // lo
		"tapatybės patvirtinimo mechanizmas", "serveris nepalaiko starttls", // lt
		"nezināms autentifikācijas mehānisms", "serveris neatbalsta starttls", // lv
		"server starttls supoport", // mjw
		"അജ്ഞാതമായ ആധികാരികത ഉറപ്പാക്കൽ", "സെർവർ starttls പിന്തുണയ്ക്കുന്നില്ല", "സാക്ഷ്യപത്ര", // ml
		"अपरिचीत ओळख पद्धती", "सर्व्हर starttls करिता", "सर्टिफिकेट", // mr
		"mekanisma pengesahihan tidak", "tidak menyokong starttls", // ms
		"portnummer", "mekanisme for autorisering", "støtter ikke starttls", "signeringsautoriteten", // nb
		"अपरिचित प्रमाणीकरण संयन्त्र", "सर्भरले starttls समर्थन", // ne
		"poortnummer", "onbekende authenticatiemethode", "server ondersteunt starttls", // nl
		"serverbevis med fingeravtrykk", "ukjend autentiseringsmekanisme", "støttar ikkje starttls", // nn
		"autentificacion desconegut", "en carga starttls", // oc
		"ସାର୍ଟିଫିକେଟ୍ ଉପରେ ଵିଶ୍ୱାସ", "ଅଜଣା ବୈଧିକରଣ କୌଶଳ", "starttls କୁ ସହାୟତା", "ପ୍ରମାଣପତ୍ର", // or
		"ਅਣਜਾਣ ਪ੍ਰਮਾਣਕਿਤਾ ਢੰਗ", "starttls ਲਈ ਸਹਾਇਕ", "ਸਰਟੀਫਿਕੇਟ", // pa
		"numer portu", "nieznany mechanizm uwierzytelniania", // pl
		"não suporta starttls",                  // pt
		"número da porta", "suporte a starttls", // pt-BR
		"número da porta",                                                       // pt-PT
		"numărul de port", "de autentificare necunoscut", "nu acceptă starttls", // ro
		"номер порта",                                       // ru
		"nastavený port", "mechanizmus overenia totožnosti", // sk
		"število vrat", "neznan način overitve", "podpira protokola starttls", // sl
		"начин потврђивања идентитета", "не подржава старттлс", // sr
		"način potvrđivanja identiteta", "ne podržava starttls", // sr@latin
		"portnumret", "okänd autentiseringsmekanism", "stöder inte starttls", // sv
		"தெரியாத அங்கீகார முறை", "starttls ஐ ஆதரிக்காது", // ta
		"తెలియని ధృవీకరణ యంత్రాంగం", "సేవకము starttlsకు తోడ్పాటునీయదు", "ధృవపత్ర", // te
		"механизми санҷиши ҳаққонияти", "starttls-ро дастгирӣ намекунад", "оҳинома", // tg
		"กลไกยืนย", "เซิร์ฟเวอร์ไม่รองรับ starttls", // th
		"port numarasi", "bilinmeyen kimlik doğrulama", "starttls yöntemini desteklemiyor", // tr
		"سالاھىيەت دەلىللەش قۇرۇلمىسى", "مۇلازىمېتىر starttls نى", "گۇۋاھنام", // ug
		"номер порту", "помилка механізму автентифікації", // uk
		"lum autentifikatsiya mexanizmi", "server starttls-ni qo", // uz
		"không hiểu cơ", "số của cổng", "hỗ trợ starttls", "chứng nhận", // vi
		"端口号", "未知认证机制", // zh-CN
		"不明的核對機制", "伺服器不支援 starttls", "證書", // zh-HK
		"埠號", // zh-TW
	),
		doc: "FairEmail (title_service_port, title_trust) and GNOME Online Accounts (certificate checks, unknown mechanism, no STARTTLS), in the owner's language: a setting of the account or the server's certificate, not the password"},
}

// fairEmailAuthRules come with l10nAuthRules, after the English wording and
// the reply's own words.
var fairEmailAuthRules = []rule{
	{id: "l10n_fe_auth", class: ClassAuth, anyOf: p(
		"needs to be authenticated again",                                    // en
		"outlook / office 365", "outlook/office 365", "outlook/hotmail/live", // FairEmail title_setup_no_auth_outlook, title_setup_outlook_modern: only Microsoft's OAuth wizard signs in
		"autenticación",                                                                     // an
		"معالج الإعداد السريع", "كلمة مرور للتطبيق", "لِج لتعيد الاتصال", "تعذَّر الاستيثاق", // ar
		"প্ৰমাণীকৰণ ব্যৰ্থ হল",                                                                            // as
		"quraşdirma sehrbazi vasitəsilə", "sehrbazini istifadə etməlisiniz", "hesabinizin parolu əvəzinə", // az
		"паўторна прайсці аўтэнтыфікацыю", "увайдзіце, каб паўторна", // be
		"настройка на вълшебника", "включите регистрацията наново", "неуспешна идентификация", // bg
		"পরিচয় প্রমাণ করতে", "সহ অবৈধ পাসওয়ার্ড", // bn-IN
		"učiniti pomoću čarobnjaka",                                  // bs
		"contrasenya de l'aplicació", "inicieu la sessió per tornar", // ca
		"ڕێپێدان سەرکەوتوو نەبوو", "وشەی تپەڕبوون هەڵەیە", // ckb
		"průvodce rychlým nastavením", "pokyny svého poskytovatele", "přihlášením se znovu", // cs
		"til hurtig opsætning", "stedet for kontoadgangskoden", "log ind for at forbinde", "adgangskode med brugernavn", // da
		"die schnelleinrichtung erfolgen", "von microsoft vorausgesetzt", "diesem konto wieder", "legitimierung gescheitert", // de
		"οδηγου γρηγορησ ρυθμισησ", "κωδικο του λογαριασμου", "συνδεθειτε για να επανασυνδεθειτε", "εγκυροσ κωδικοσ προσβασησ", // el
		"ensalutu por rekonekti", "pasvorto kun uzantonomo", // eo
		"ser autenticada de nuevo", "contraseña de aplicación", "falló la autenticación", // es
		"teha kiirseadistamise võluri", "365 kiirseadistamise viisardit", "teenusepakkuja nõuab konto", // et
		"hasi saioa kontu honekin",                                                                       // eu
		"راه\u200cاندازی سریع آوت\u200cلوک", "فراهم\u200cکننده به\u200cجای گذرواژه", "ورود برای وصل شدن", // fa
		"pitää tunnistautua uudestaan", "pika-asennusohjainta tälle tilille", "kirjaudu sisään yhdistääksesi", "todennus epäonnistui", // fi
		"identifiez-vous pour vous",                                            // fr
		"de nouveau authentifié",                                               // fr-CA
		"conetiti chest account", "autenticazion falide", "password no valide", // fur
		"de flugge ynstallaasjewizard", "fereasket in appwachtwurd", // fy
		"theip ar fhíordheimniú",                                          // ga
		"facal-faire mì-dhligheach airson",                                // gd
		"sesión para reconectarse",                                        // gl
		"સત્તાધિકરણ નિષ્ક્રિય",                                            // gu
		"אשף ההגדרות המהירות", "סיסמת יישומון במקום", "להיכנס כדי להתחבר", // he
		"पासवर्ड की आवश्यकता", "जुड़ने के लिए साइन इन", // hi
		"omogućen vanjski pristup", "ovjera nije uspjela", // hr
		"a gyorsbeállítás varázslóval", "szolgáltó alkalmazásjelszót igényel", "fiókhoz való újrakapcsolódásához", "a hitelesítés meghiúsult", "érvénytelen jelszó a", // hu
		"dilakukan melalui wisaya", "masuk untuk terhubung", "sandi tidak valid dengan", // id
		"autentication ne successat",                                                       // ie
		"essere nuovamente autenticato", "password dell'app", "accedere per riconnettersi", // it
		"設定ウィザードか", "続するにはサイン", "パスワードが無効", // ja
		"ანგარიშის ჩასართავად შედით", // ka
		"qqen i wakken ad talseḍ", "anezri n usnekwu", "armeɣtu akked yisem", // kab
		"қосылу үшін кіріңіз", // kk
		"បរាជ័យ\u200bក្នុង\u200bការ\u200bផ្ទៀងផ្ទាត់", // km
		"ದೃಢೀಕರಣವು ವಿಫಲಗೊಂಡಿದೆ",                       // kn
		"마법사를 통해 인증할", "다시 연결하려면 접속하십시오",              // ko
		"ເຂົ້າສູ່ລະບົບເພື່ອເຊື່ອມຕໍ່", "ການຢັ້ງຢືນຕົວຕົນບໍ່ສຳເລັດ", "ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ", // lo
		"prisijunkite šiai paskyrai", // lt
		"ierakstieties, lai atkal",   // lv
		"ആധികാരത ഉറപ്പാക്കൽ പരാജയപ്പെട്ടു", "ഉപയോക്താവിനുള്ള രഹസ്യവാക്ക് തെറ്റ്", // ml
		"ओळख अपयशी",                                                               // mr
		"krever et app-passord", "logg inn for å koble", "passord for brukernavn", // nb
		"साइन इन गर्नुहोस्", "पासवर्ड र प्रोयोगकर्ता", // ne
		"de snelle installatiewizard", "meld u aan om opnieuw", // nl
		"logg inn for å kople", "autentisering mislukkast", "passord for brukarnamn", // nn
		"identificatz-vos per vos", "autentificacion", "senhal invalid per", // oc
		"ବୈଧିକରଣ ବିଫଳ",                                               // or
		"ਖਾਤੇ ਨਾਲ ਮੁੜ-ਕਨੈਕਟ", "ਪਰਮਾਣੀਕਰਣ ਫੇਲ੍ਹ ਹੋਈ", "ਲਈ ਗਲਤ ਪਾਸਵਰਡ", // pa
		"kreatora szybkich ustawień", "zalogować, aby ponownie", // pl
		"entre para reativar",                              // pt
		"ser autenticada novamente", "senha do aplicativo", // pt-BR
		"palavra-passe de aplicação",                                                                                     // pt-PT
		"prin intermediul asistentului", "acest furnizor necesită", "autentifică-te pentru a", "autentificare nereușită", // ro
		"быть повторно аутентифицирована", "данный провайдер требует", "войти, чтобы снова", // ru
		"sprievodcu rýchlym nastavením", "poskytovateľ si vyžaduje", "prihlásením sa opätovne", // sk
		"storite preko čarovnika", "ponudnik namesto gesla", "treba znova prijaviti", // sl
		"пријавите се да се поново",                                                                  // sr
		"prijavite se da se ponovo",                                                                  // sr@latin
		"guiden för snabbkonfigurering", "logga in för att återansluta", "lösenord med användarnamn", // sv
		"ప్రామాణీకరణ విఫలమైంది",                                                                            // te
		"санҷиши ҳаққоният қатъ",                                                                           // tg
		"ลงชื่อเข้าระบบเพื่อเชื่อมต่อ",                                                                     // th
		"sihirbazi araciliğiyla yapilabilir", "uygulama parolasi istemektedir", "hesaba yeniden bağlanmak", // tr
		"ھېساباتقا باغلىنىشتا تىزىمغا", "سالاھىيەت دەلىللىيەلمىدى", "بولغان ئىشلەتكۈچىنىڭ ئىمى", // ug
		"майстра швидкого налаштування", "постачальник вимагає пароль", "увійдіть, щоб знову", "неправильний пароль з", // uk
		"ulanish uchun hisobingizga",                    // uz
		"xác thực gặp lỗi", "mật khẩu không hợp lệ với", // vi
		"通过快速设置向导", "需要应用密码而不", "录以重新连接到此", "的密码无效", // zh-CN
		"核對失敗",                                      // zh-HK
		"戶需要重新進行身", "商需要應用密碼而", "入以重新連接到此", "的密碼無效", // zh-TW
	),
		// A product falling back to an app password by itself (round 90).
		noneOf: p("fallback", "falling back"),
		doc:    "FairEmail (title_service_error10, title_setup_no_auth_outlook, title_setup_outlook_modern, title_setup_app_password_hint) and GNOME Online Accounts (sign in to reconnect, authentication failed, invalid password), in the owner's language: the owner signs in again or enters another password"},
}

// fairEmailConnectionRules come with l10nConnectionRules, after the reply
// codes: FairEmail names the device's VPN (title_service_vpn) or a VPN,
// firewall or ad blocker in front of Android's account manager
// (title_service_token) only when nothing else in the text decides.
var fairEmailConnectionRules = []rule{
	// The stem Catalan, Galician, Romanian and other languages share for
	// "certificate" in GNOME Online Accounts' certificate messages; it comes
	// last so that Go's own x509 wording keeps its rule (tls_certificate).
	{id: "l10n_fe_certificate", class: ClassConfig, anyOf: p("certific"), noneOf: entraSecretsBlade,
		doc: "GNOME Online Accounts' certificate checks (goautils.c), in the owner's language: the server's certificate is not trusted"},
	// GNOME Online Accounts' "TLS not available" (goasmtpauth.c
	// smtp_auth_check_454) answers a 454 reply to STARTTLS, RFC 3207's
	// temporary refusal.
	{id: "l10n_fe_tls_unavailable", class: ClassTransient, anyOf: p(
		"tls não está disponível", "tls अनुपलब्ध", "tls មិន\u200bអាច\u200bប្រើ\u200bបាន", "tls недоступен", "tls అందుబాటులో లేదు", "ไม่มี tls",
		"tls উপলব্ধ নাই", "tls ez dago erabilgarri", "tls ലഭ്യമല്ല", "tls ਉਪਲੱਬਧ ਨਹੀਂ", "tls không sẵn sàng", "tls 不可用",
		"tls ne disponeblas", "tls nedostupan", "tls jest niedostępne", "tls يوق", "tls es índisponibil", "tls қолжетерсіз",
		"tls дастрас нест", "tls není dostupné", "tls non disponible", "tls недаступны", "tls nije dostupan", "el tls no està disponible",
		"tls non dispoñíbel", "tsl ಲಭ್ಯವಿಲ್ಲ", "tls ଉପଲବ୍ଧ ନାହିଁ", "тлс није доступан", "tls är inte tillgängligt", "tls липсва",
		"tls tidak tersedia", "tls indisponible", "overitev tls ni", "tls недоступний", "tls mavjud emas", "tls δεν ειναι διαθεσιμο",
		"tls pole saadaval", "tls nie beskikbaar", "tls ar fáil", "tls ບໍ່ພ້ອມໃຊ້", "tls is niet beschikbaar", "tls ઉપલબ્ધ નથી",
		"tls nicht verfügbar", "tls が利用できません", "tls nav pieejams", "tls nu este disponibil", "tls கிடைக்கவில்லை", "tls غير متوفِّر",
		"chan eil tls", "tls er ikke tilgjengelig", "tls er ikkje tilgjengeleg", "tls nie je dostupné", "tls 無法使用", "tls ikke tilgængelig",
		"tls no disponible", "tls er ekki tiltækt", "tls بەردەست نیە", "tls non disponibile", "tls მიუწვდომელია", "tls neprieinamas",
		"tls उपलब्ध छैन", "o tls no ye disponible", "tls উপলব্ধ নয়", "tls ei ole käytettävissä", "tls kullanilabilir değil", "\u202btls در دسترس",
		"tls no dispunibil", "tls לא זמין", "tls nem érhető", "tls ur yewjid", "tls를 사용할 수", "tls indisponível",
	),
		doc: "GNOME Online Accounts (goasmtpauth.c), in the owner's language: the server answered STARTTLS with 454, TLS not available for now"},
	{id: "l10n_fe_vpn", class: ClassTransient, anyOf: p("vpn", "rpv", "rvp"),
		doc: "FairEmail (title_service_vpn, title_service_token), in the owner's language: the VPN, firewall or ad blocker on the device may have caused the failure"},
}
