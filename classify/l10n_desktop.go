package classify

import "slices"

// Evolution's own sentences (GNOME/evolution-data-server, commit ccb3cba2,
// po/<lang>.po, every language the repository ships), each phrase the
// distinctive fixed part of one published translation, never a %s
// placeholder. The English source strings:
//
//   - src/libedataserverui/e-credentials-prompter-impl-password.c: "Please
//     enter the password for mail account “%s”." and "... for mail transport
//     “%s”.", the prompt evolution-data-server shows when the server rejected
//     the stored password (E_SOURCE_CREDENTIALS_REASON_REJECTED);
//   - src/camel/providers/imapx/camel-imapx-server.c and
//     src/camel/providers/smtp/camel-smtp-transport.c: "IMAP server %s does
//     not support %s authentication", "SMTP server %s does not support %s
//     authentication", "Plaintext authentication disallowed on insecure
//     connections. ...", and the SMTP transport's texts for RFC 4954's 534
//     5.7.9, 538 5.7.11 and 454 4.7.0 replies; "AUTH command failed: Not
//     connected." and "Cannot send message: one or more invalid recipients";
//   - src/libedataserverui/e-trust-prompt.c: "SSL/TLS certificate for “%s” is
//     not trusted. Do you wish to accept it?".
//
// Geary's own sentences (GNOME/geary, commit 3e8d4f1a, po/<lang>.po, every
// language it ships): src/client/accounts/accounts-editor-add-pane.vala
// "Check your receiving login and password", "Check your sending login and
// password" and "Check your email address and password" (the server answered
// UNAUTHENTICATED or AUTHENTICATION_FAILED), "Could not connect, check your
// network"; src/client/application/application-main-window.vala's info bars
// ("An account has reported an incorrect login or password.", "Retry login,
// you will be prompted for your password", "An account has reported an
// untrusted server.", "Check the security details for the connection", "You
// will not be able to send or receive email until re-connected."); and
// src/client/dialogs/certificate-warning-dialog.vala's certificate texts.
//
// testdata/catalogs/client_l10n_desktop.jsonl holds every translation; the
// comment above each group lists the locales whose text needed a phrase here
// (the other locales' texts were already classified as labelled).

// desktopEarlyRules come with fairEmailEarlyRules, before the English
// wording: Evolution's diagnosis of the account's setup (a mechanism the
// server does not offer, a plaintext login on an unencrypted connection, an
// untrusted certificate) and its text for a 454 decide before any word for
// authentication in the same sentence. Where the words for "does not
// support" name no authentication, the rule asks for the server's name too.
var desktopEarlyRules = []rule{
	{id: "l10n_evo_mechanism", class: ClassConfig, anyOf: p(
		// "IMAP server %s does not support %s authentication": as, ast, be, bg, bn_IN, bs, ca, ca@valencia, cs, da, de, el, en_GB, eo, es, eu, fi, fur, gl, gu, hi, hr, hu, id, ja, kk, km, kn, ko, lt, lv, mr, ms, nb, nl, oc, or, pa, pl, pt_BR, ro, sk, sl, sr, sr@latin, sv, ta, te, th, tr, ug, vi, zh_CN, zh_HK, zh_TW
		"প্ৰমাণীকৰণ সমৰ্থন নকৰে", "nun sofita'l métodu d'autenticación", "не падтрымлівае тыпу ідэнтыфікацыі",
		"не поддържа заявения вид удостоверяване", "সমর্থিত হয় না", "ne podržava",
		"no implementa l'autenticació", "nepodporuje ověřování totožnosti", "understøtter ikke godkendelsestype",
		"unterstützt den legitimierungstyp", "δεν υποστηρίζει την πιστοποίηση", "does not support",
		"ne subtenas", "no soporta la autenticación", "autentifikazioa onartzen",
		"ei tue tunnistautumismenetelmää", "nol supuarte la autenticazion", "non permite a autenticación",
		"સત્તાધિકરણને આધાર આપતુ નથી", "को समर्थन नहीं देता", "nem támogat",
		"tidak mendukung autentikasi", "という認証タイプをサポートしていません", "аутентификациясын қолдамайды",
		"មិន​គាំទ្រ​ការ​ផ្ទៀងផ្ទាត់​ភាព​ត្រឹមត្រូវ", "ಎಂಬ ದೃಢೀಕರಣವನ್ನು ಬೆಂಬಲಿಸುವುದಿಲ್ಲ", "인증 방법을 지원하지 않습니다",
		"nepalaiko", "neatbalsta", "ओळख पटवणेकरीता समर्थन पुरवत नाही",
		"tidak menyokong pengesahihan", "støtter ikke autentiseringstype", "ondersteunt het gevraagde aanmeldingstype",
		"pren pas en carga l'autentificacion", "ଅନୁରୋଧ କରାଯାଇଥିବା ବୈଧିକରଣ ପ୍ରକାର", "ਲੋੜੀਦੀ ਪ੍ਰਮਾਣਿਕਤਾ ਕਿਸਮ",
		"nie obsługuje uwierzytelniania", "não oferece suporte a autenticação", "nu suportă tipul cerut de autentificare",
		"nepodporuje overenie totožnosti", "ne podpira zahtevanega načina overitve", "не подржава",
		"saknar stöd för", "வகை உறுதிப்படுத்துதலுக்கு ஆதரவு தராது", "ధృవీకరణకు తోడ్పాటునీయదు",
		"ไม่รองรับการยืนยันตัวบุคคลแบบ", "kimlik doğrulamayı desteklemiyor", "نى قوللىمايدۇ",
		"không hỗ trợ xác thực", "不支持", "不支援",
		// "SMTP server %s does not support %s authentication": as, ast, be, bg, bn_IN, bs, ca, ca@valencia, cs, da, de, el, en_GB, eo, es, eu, fi, fur, gl, gu, hi, hr, hu, id, ie, ja, kk, km, kn, lt, lv, mr, ms, nb, nl, oc, or, pa, pl, pt_BR, ro, sk, sl, sr, sr@latin, sv, ta, te, th, tr, ug, vi, zh_CN, zh_HK, zh_TW
		"প্ৰমাণীকৰণ সমৰ্থন নকৰে", "nun sofita autenticación", "не падтрымлівае тыпу ідэнтыфікацыі",
		"не поддържа необходимия вид удостоверяване", "সমর্থিত হয় না", "ne podržava",
		"no implementa l'autenticació", "nepodporuje ověřování totožnosti", "understøtter ikke godkendelsestype",
		"unterstützt den legitimierungstypen", "δεν υποστηρίζει την πιστοποίηση", "does not support",
		"ne subtenas", "no soporta la autenticación", "autentifikazioa onartzen",
		"ei tue tunnistautumismenetelmää", "nol supuarte la autenticazion", "non é compatíbel coa autenticación",
		"સત્તાધિકરણને આધાર આપતુ નથી", "को समर्थन नहीं देता", "nem támogat",
		"tidak mendukung autentikasi", "ne supporte autentification", "をサポートしていません",
		"аутентификациясын қолдамайды", "មិន​គាំទ្រ​ការ​ផ្ទៀងផ្ទាត់​ភាព​ត្រឹមត្រូវ", "ಎಂಬ ದೃಢೀಕರಣವನ್ನು ಬೆಂಬಲಿಸುವುದಿಲ್ಲ",
		"nepalaiko", "neatbalsta", "ओळख पटवण्यास समर्थन पुरवत नाही",
		"tidak menyokong pengesahihan", "støtter ikke autentiseringstype", "ondersteunt authenticatie",
		"pren pas en carga l'autentificacion", "କୁ ସମର୍ଥନ କରିନଥାଏ", "ਲੋੜੀਦੀ ਪ੍ਰਮਾਣਕਿਤਾ ਕਿਸਮ",
		"nie obsługuje uwierzytelniania", "não oferece suporte a autenticação", "nu suportă autentificare",
		"nepodporuje spôsob overenia totožnosti", "ne podpira zahtevane vrste overitve", "не подржава",
		"saknar stöd för", "வகை உறுதிப்படுத்துதலுக்கு ஆதரவு தராது", "ధృవీకరణకు మద్దతునీయదు",
		"ไม่รองรับการยืนยันตัวบุคคลแบบ", "kimlik doğrulama desteklemiyor", "نى قوللىمايدۇ",
		"không hỗ trợ xác thực", "不支持", "不支援",
	),
		alsoAny: p("imap চাৰ্ভাৰ", "el sirvidor imap", "imap-сервер", "сървърът за imap", "imap সার্ভার", "imap server", "el servidor imap", "server imap", "imap-server", "ο διακομιστής imap", "imap-servilo", "imap zerbitzariak ez du", "imap-palvelin", "il servidôr imap", "o servidor imap", "imap સર્વર", "imap सर्वर सत्यापन", "imap poslužitelj", "imap-kiszolgáló nem támogat", "peladen imap", "imap サーバーの", "imap сервері", "ម៉ាស៊ីន​បម្រើ imap", "ಎಂಬ imap ಪೂರೈಕೆಗಣಕವು", "imap 서버는", "imap serveris", "imap सर्व्हर", "pelayan imap", "imap-tjener", "lo servidor imap", "imap ସର୍ଭର", "imap ਸਰਵਰ", "serwer imap", "serverul imap", "strežnik imap", "имап сервер", "imap-servern", "imap சேவையகம்", "ఐమాప్ సేవిక", "เซิร์ฟเวอร์ imap", "imap sunucusu", "imap مۇلازىمېتىرى", "máy phục vụ imap", "imap 服务器", "imap 伺服器", "smtp চাৰ্ভাৰ", "el sirvidor smtp", "smtp-сервер", "сървърът за smtp", "smtp সার্ভার", "smtp server", "el servidor smtp", "server smtp", "smtp-serveren", "smtp-server", "ο διακομιστής smtp", "smtp-servilo", "smtp zerbitzariak ez du", "smtp-palvelin", "il servidôr smtp", "o servidor smtp", "smtp સર્વર", "smtp सर्वर सत्यापन", "smtp poslužitelj", "smtp-kiszolgáló nem támogat", "peladen smtp", "servitor smtp", "smtp サーバー", "smtp сервері", "ម៉ាស៊ីន​បម្រើ smtp", "ಎಂಬ smtp ಪೂರೈಕೆಗಣಕವು", "smtp serveris", "smtp सर्व्हर", "pelayan smtp", "smtp-tjener", "lo servidor smtp", "smtp ସର୍ଭର", "smtp ਸਰਵਰ", "serwer smtp", "serverul smtp", "strežnik smtp", "смтп сервер", "smtp-servern", "smtp சேவகன்", "smtp సేవిక", "เซิร์ฟเวอร์ smtp", "smtp sunucusu", "smtp مۇلازىمېتىرى", "máy phục vụ smtp", "smtp 服务器", "smtp 伺服器"),
		doc:     "Evolution says in the owner's language that the IMAP or SMTP server does not offer the authentication mechanism the account is set to"},
	{id: "l10n_evo_security_setup", class: ClassConfig, anyOf: p(
		// "Authentication mechanism is too weak": ar, as, ast, az, be, bg, bn, bn_IN, bs, ca, ca@valencia, cs, cy, da, de, dz, el, en@shaw, eo, et, eu, fa, fi, fr, gl, gu, he, hi, hr, hu, id, it, ja, kk, kn, ko, lt, lv, mk, ml, mr, ms, nb, ne, nl, nn, oc, or, pa, ro, sk, sl, sq, sr, sr@latin, sv, ta, te, th, ug, uk, xh, zh_CN, zh_HK, zh_TW
		"آليّة التّوثّق ضعيفة جدا", "প্ৰমাণীকৰণ প্ৰণালী অতি দূৰ্বল", "el métodu d'autenticación ye enforma feble",
		"tanıtma mexanizması çox zəifdir", "надта небяспечны спосаб ідэнтыфікацыі", "механизмът да удостоверяване е твърде слаб",
		"প্রমাণীকরণ পদ্ধতি অত্যাধিক দুর্বল", "অনুমোদন প্রণালী সুদৃঢ় নয়", "mehanizam autentifikacije je preslab",
		"el mecanisme d'autenticació és massa feble", "mechanismus ověřování totožnosti je příliš slabý", "dull dilysiant yn rhy wan",
		"autentificeringsmekanismen er for svag", "legitimierungsmechanismus ist zu schwach", "བདེན་བཤད་ཀྱི་ཐབས་ལམ་ལུ་ ནུས་པ་ཆུང་དྲགས་པས།",
		"ο μηχανισμός πιστοποίησης είναι αδύναμος", "𐑷𐑔𐑧𐑯𐑑𐑦𐑒𐑱𐑖𐑩𐑯 𐑥𐑧𐑒𐑩𐑯𐑦𐑟𐑥 𐑦𐑟 𐑑𐑵 𐑢𐑰𐑒", "aŭtentiga mekanismo estas tro malforta",
		"autentimismehhanism on liiga nõrk", "autentifikazio-mekanismoa ahulegia da", "سازوکار تأیید هویت ضعیف است",
		"todennusmenetelmä on liian heikko", "le mécanisme d’authentification est trop faible", "o mecanismo de autenticación é demasiado débil",
		"સત્તાધિકરણની ક્રિયા ખૂબ નબળી છે", "שיטת האימות חלשה מדיי", "सत्यापन यांत्रिकी काफी कमजोर है",
		"mehanizam ovjere je preslab", "a hitelesítési mechanizmus túl gyenge", "mekanisme autentikasi terlalu lemah",
		"il meccanismo di autenticazione è troppo debole", "認証メカニズムは不十分過ぎます", "аутентификация механизмі тым әлсіз",
		"ದೃಢೀಕರಣ ಕಾರ್ಯವಿಧಾನ ಬಹಳ ದುರ್ಭಲವಾಗಿದೆ", "인증 방식이 너무 취약합니다", "tapatybės nustatymo mechanizmas per silpnas",
		"autentifikācijas mehānisms ir par vāju", "механизмот за проверка е премногу слаб", "ആധികാരികത ഉറപ്പാക്കുന്ന സംവിധാനം വളരെ ദുര്‍ബലമാണ്",
		"अधिप्रमाणन पध्दत खूपच अशक्त आहे", "mekanisme pengesahihan terlalu lemah", "autentiseringsmekanismen er for svak",
		"प्रमाणीकरण संयन्त्र धेरै कमजोर छ", "aanmeldingsmechanisme te zwak", "lo mecanisme d'autentificacion es tròp feble",
		"ବୈଧିକରଣ କାର୍ଯ୍ୟକଳାପଟି ଅତ୍ୟନ୍ତ ଦୁର୍ବଳ", "ਪ੍ਰਮਾਣਿਕਤਾ ਢੰਗ ਬਹੁਤ ਕਮਜ਼ੋਰ ਹੈ", "mecanismul de autentificare este prea slab",
		"mechanizmus overenia je príliš slabý", "način overitve je prešibak", "mekanizmi i autentifikimit është tepër i dobët",
		"механизам потврђивања идентитета је преслаб", "mehanizam potvrđivanja identiteta je preslab", "autentiseringsmekanismen är för svag",
		"அனுமதி முறை மிகவும் மோசமாக உள்ளது", "దృవీకరణ మెకానిజం మరీ బలహీనంగాఉంది", "กลไกการยืนยันตัวบุคคลอ่อนเกินไป",
		"كىملىك دەلىللەش مېخانىزمى بەك ئاجىز", "механізм автентифікації надто слабкий", "indlela yobungqina ibuthathaka kakhulu",
		"认证机制太弱", "核對機制太弱了",
		// "Encryption required for requested authentication mechanism": ar, as, ast, az, be, bg, bn, bn_IN, bs, ca, ca@valencia, cs, cy, da, de, dz, el, en@shaw, eo, es, et, eu, fa, fi, fr, gl, gu, he, hi, hr, hu, it, ja, kk, kn, ko, lt, lv, mk, ml, mr, ms, nb, ne, nl, nn, oc, or, pa, pl, ro, ru, sk, sl, sq, sr, sr@latin, sv, ta, te, th, tr, ug, uk, vi, xh, zh_CN, zh_HK, zh_TW
		"التشفير مطلوب لآليّة التّوثيق المطلوبة", "অনুৰোধ কৰা প্ৰমাণীকৰণ পদ্ধতিৰ এনক্ৰিপশনৰ প্ৰয়োজন", "cifráu requeríu pol mecanismu d'autenticación solicitáu",
		"sorğulanan tanıtma mexanizması üçün kriptləmək lazımdır", "для запатрабаванага спосабу ідэнтыфікацыі патрабуецца шыфраванне", "зададеният механизъм на удостоверяване изисква шифриране",
		"অনুরোধকৃত প্রমাণীকরণ পদ্ধতির জন্য এনক্রিপশন আবশ্যক", "অনুরোধ করা অনুমোদন ব্যবস্থায় এনক্রিপশন প্রয়োজন", "neophodno šifrovanje za traženi mehanizam autentifikacije",
		"el mecanisme d'autenticació sol·licitat necessita xifratge", "pro požadovaný způsob ověřování totožnosti je vyžadováno šifrovaní", "angen amgryptio ar y dull dilysiant a ddewiswyd",
		"den forespurgte autentificeringsmekanisme kræver kryptering", "verschlüsselung für den angeforderten authentifizierungsmechanismus erforderlich", "ཞུ་བ་འབད་མི་ བདེན་བཤད་ཐབས་ལམ་གྱི་དོན་ལས་ གསང་བཟོ་འབད་དགོ་པས།",
		"απαιτείται κρυπτογράφηση για τον ζητούμενο μηχανισμό πιστοποίησης", "𐑦𐑯𐑒𐑮𐑦𐑐𐑖𐑩𐑯 𐑮𐑦𐑒𐑢𐑲𐑼𐑛 𐑓𐑹 𐑮𐑦𐑒𐑢𐑧𐑕𐑑𐑩𐑛 𐑷𐑔𐑧𐑯𐑑𐑦𐑒𐑱𐑖𐑩𐑯 𐑥𐑧𐑒𐑩𐑯𐑦𐑟𐑥", "ĉifrado bezonata por petita aŭtentiga mekanismo",
		"cifrado requerida por el mecanismo de autenticación pedido", "nõutud autentimismehhanismi jaoks on krüptimine vajalik", "eskatutako autentifikazio-mekanismoak beharrezkoa du zifratzea",
		"برای سازوکار تأیید هویت خواسته شده رمزنگاری لازم است", "pyydetty todennusmenetelmä vaatii salausta", "chiffrement requis pour le mécanisme d’authentification demandé",
		"necesítase un cifrado para o mecanismo de autenticación solicitado", "મંજૂર થયેલ સત્તાધિકરણ ક્રિયા માટે એનક્રિપ્શન જરુરી છે", "ההצפנה הנדרשת עבור מנגנון האימות המבוקש",
		"निवेदित सत्यापन यांत्रिकी के लिये गोपन की आवश्यकता है", "šifriranje je potrebno za traženi mehanizam ovjere", "titkosítás szükséges a kért hitelesítési mechanizmushoz",
		"il meccanismo di autenticazione richiesto richiede la cifratura", "要求した認証メカニズムのために暗号化が必要です", "сұралған аутентификация механизмі үшін шифрлеу қажет",
		"ಮನವಿ ಸಲ್ಲಿಸಲಾದ ದೃಢೀಕರಣ ಕಾರ್ಯವಿಧಾನಕ್ಕೆ ಗೂಢಲಿಪೀಕರಣದ(ಎನ್‌ಕ್ರಿಪ್ಶನ್) ಅಗತ್ಯವಿದೆ", "요청한 인증 방식에서는 암호화가 필요합니다", "prašytam tapatybės nustatymo mechanizmui reikalingas šifravimas",
		"pieprasītajam autentifikācijas mehānismam nepieciešama šifrēšana", "потребно е кодирање за бараниот механизам за проверка", "ആവശ്യപ്പെട്ട ആധികാരികത ഉറപ്പാക്കുന്ന സംവിധാനത്തില്‍ രഹസ്യഭാഷ ആവശ്യമുണ്ട്",
		"विनंती केलेल्या अधिप्रमाणन पध्दतीसाठी इन्स्क्रिप्शन आवश्यक आहे", "penyulitan diperlukan untuk mekanisme pengesahihan yang dipinta", "kryptering kreves for forespurt autentiseringsmekanisme",
		"अनुरोध गरिएको प्रमाणीकरण संयन्त्रको लागि लागि गुप्तीकरण आवश्यक छ", "versleuteling vereist voor gewenst aanmeldingsmechanisme", "kryptering påkravd for den etterspurde autentiseringsmekanismen",
		"chiframent requesit pel mecanisme d'autentificacion demandat", "ଅନୁରୋଧ କରାଯାଇଥିବା ବୈଧିକରଣ କାର୍ଯ୍ୟକଳାପ ପାଇଁ ସଂଗୁପ୍ତ ଆବଶ୍ୟକ", "ਲੋੜੀਦੇ ਪ੍ਰਮਾਣਕਿਤਾ ਢੰਗ ਲਈ ਇਕ੍ਰਿਪਸ਼ਨ ਲੋੜੀਦੀ ਹੈ",
		"żądany mechanizm uwierzytelniający wymaga szyfrowania", "mecanismul de autentificare cerut necesită criptare", "для запрошенного механизма аутентификации требуется шифрование",
		"pre požadovaný spôsob overenia totožnosti je vyžadované šifrovanie", "za zahtevan način overitve je obvezno šifriranje", "mekanizmi i kërkuar i autentifikimit ka nevojë për kriptim",
		"неопходно је шифровање за тражени механизам потврђивања идентитета", "neophodno je šifrovanje za traženi mehanizam potvrđivanja identiteta", "kryptering behövs för begärd autentiseringsmekanism",
		"கோரப்பட்ட அனுமதி முறைமைக்கு குறிமுறையாக்கம் தேவை", "అభ్యర్దిత దృవీకరణ మెకానిజంకు ఎన్క్రిప్షన్ అవసరమైంది", "ต้องการการเข้ารหัสลับสำหรับกลไกการยืนยันตัวบุคคลที่ขอ",
		"İstenen kimlik doğrulama yöntemi için şifreleme gerekiyor", "تەلەپ قىلىنغان كىملىك دەلىللەش مېخانىزمى ئۈچۈن شىفىرلاش زۆرۈر", "запитаний механізм автентифікації потребує шифрування",
		"cơ chế xác thực yêu cầu cần phải được mã hoá", "kufuneka ukukhowuda kule ndlela yobungqina iceliweyo", "请求的认证机制必须加密",
		"所要求的核對機制必須加密處理",
		// "Plaintext authentication disallowed on insecure connections. ...": bg, ca, da, eo, eu, fr, fur, hr, id, it, kk, ko, lt, lv, ms, nl, oc, pl, pt, pt_BR, ro, ru, sl, sr, sr@latin, sv, tr, uk, zh_CN, zh_TW
		"нешифрираната идентификация е забранена при ненадеждни връзки", "l'autenticació de text net no està permesa en connexions insegures", "godkendelse i klartekst er ikke tilladt på usikre forbindelser",
		"klarteksta aŭtentigo malpermesita ĉe nesekuraj konektoj", "testu soileko autentifikazioa ez da onartzen seguruak ez diren konexioetan", "authentification en texte brut interdite sur les connexions non sécurisées",
		"la autenticazion a test sempliç no je permetude su conessions no siguris", "ovjera običnim tekstom nije dopuštena na nesigurnim povezivanjima", "autentikasi teks biasa tidak diizinkan pada sambungan tidak aman",
		"l'autenticazione in chiaro è disabilitata sulle connessioni non sicure", "қауіпсіз емес қосылымдарда ашық мәтіндік аутентификацияға рұқсат жоқ", "계정에 대한 암호화 옵션을 starttls 또는 tls로 바꾸십시오",
		"grynojo teksto tapatybės patvirtinimas neleidžiamas naudojant nesaugius ryšius", "vienkāršā teksta autentifikācija nedrošos tīklos nav atļauta", "pengesahihan teks biasa tidak dibenarkan pada sambungan tidak selamat",
		"onversleutelde aanmelding wordt niet toegestaan via onveilige verbindingen", "l’autentificacion en tèxt brut es desactivada sus las connexions pas seguras", "uwierzytelnianie w zwykłym tekście jest niedozwolone na niezabezpieczonych połączeniach",
		"autenticação em texto simples desativada em ligações inseguras", "autenticação de texto sem formatação não permitida em conexões não seguras", "autentificarea prin text simplu nu este permisă pe conexiunile nesigur",
		"аутентификация обычным текстом запрещена на небезопасных соединениях", "besedilna overitev ne dovoljena na varnih povezavah", "потврђивање идентитета обичним текстом је искључено на небезбедним везама",
		"potvrđivanje identiteta običnim tekstom je isključeno na nebezbednim vezama", "klartextautentisering tillåts inte på osäkra anslutningar", "güvenli olmayan bağlantılarda düz metin kimlik doğrulamaya izin verilmedi",
		"на незахищених з'єднаннях заборонено текстове розпізнавання", "不允许在不安全的连接上进行纯文本认证", "不允許在不安全連線上進行純文字身份驗證",
		// "SSL/TLS certificate for “%s” is not trusted. ...": hr
		"nije pouzdana. želite li ju prihvatiti",
	),
		doc: "Evolution says in the owner's language that the mechanism is too weak, needs encryption, that a plaintext login is refused on an unencrypted connection, or that the server's certificate is not trusted"},
	{id: "l10n_evo_auth_temporary", class: ClassAuthTemporary, anyOf: p(
		// "Temporary authentication failure": ar, as, bn_IN, cs, da, de, dz, el, en@shaw, eo, fi, fur, gu, he, hu, km, kn, ko, ml, mr, nb, ne, nl, nn, oc, or, pa, pl, ro, sv, te, ug, vi, xh, zh_HK, zh_TW
		"فشل مؤقّت في التّوثّق", "অস্থায়ী প্ৰমাণীকৰণ ব্যৰ্থ", "অস্থায়ী অনমোদন প্রক্রিয়া বিফল",
		"dočasné selhání ověřování totožnosti", "midlertidig autentificeringsfejl", "legitimierung vorübergehend gescheitert",
		"གནས་སྐབས་ཀྱི་ བདེན་བཤད་འཐུས་ཤོར།", "προσωρινή αποτυχία πιστοποίησης", "𐑑𐑧𐑥𐑐𐑼𐑼𐑦 𐑷𐑔𐑧𐑯𐑑𐑦𐑒𐑱𐑖𐑩𐑯 𐑓𐑱𐑤𐑘𐑼",
		"provizora aŭtentiga malsukceso", "väliaikainen todennusvirhe", "autenticazion temporanie falide",
		"કામચલાઉ સત્તાધિકરણ નિષ્ફળ", "כשל זמני באימות", "ideiglenes hitelesítési hiba",
		"ការ​បរាជ័យ​ក្នុង​ការ​ផ្ទៀងផ្ទាត់​បណ្ដោះអាសន្ន", "ತಾತ್ಕಾಲಿಕ ದೃಢೀಕರಣ ವಿಫಲತೆ", "인증이 임시로 실패했습니다",
		"താല്‍ക്കാലികമായിയുളള ആധികാരികത ഉറപ്പാക്കല്‍ പരാജയപ്പെട്ടു", "तात्पुरते अधिप्रमाणनचे अपयश", "midlertidig autentiseringsfeil",
		"अस्थायी प्रमाणीकरण असफल", "tijdelijke fout bij aanmelden", "mellombels autentiseringsfeil",
		"anomalia d'autentificacion temporària", "ଅସ୍ଥାୟୀ ବୈଧିକରଣ ବିଫଳ ହୋଇଛି", "ਆਰਜ਼ੀ ਪ੍ਰਮਾਣਕਿਤਾ ਅਸਫਲ",
		"chwilowe niepowodzenie podczas uwierzytelniania", "eșuare temporară a autentificării", "tillfälligt autentiseringsmisslyckande",
		"తాత్కాలిక దృవీకరణ వైఫల్యం", "ۋاقىتلىق كىملىك دەلىللەش خاتالىقى", "lỗi xác thực tạm",
		"ubungqina bexeshana abuphumelelanga", "臨時核對失敗",
	),
		retry: 15 * minute,
		doc:   "Evolution's translation of RFC 4954's 454 4.7.0 text: the server could not check the credentials for now"},
	{id: "l10n_geary_identity_not_verified", class: ClassConfig, anyOf: p(
		// "The identity of the %s mail server at %s:%u could not be verified.": be, bs, ca, cs, da, de, el, en_GB, eu, fa, fi, fr, he, hr, hu, id, it, ja, kk, lt, nb, nl, oc, pl, pt, pt_BR, ro, ru, sk, sl, sr, sr@latin, sv, tr, uk, zh_CN, zh_TW
		"даныя аўтарызацыі сервера пошты", "ne može biti verifikovan", "la identitat del servidor de correu",
		"identitu poštovního serveru", "kunne ikke godkendes", "konnte nicht verifiziert werden",
		"αδύνατη η επαλήθευση της ταυτότητας του διακομιστή αλληλογραφίας", "could not be verified", "e)n duen nortasuna ezin izan da egiaztatu",
		"هویت کارساز نامهٔ", "identiteettiä osoitteessa", "l’identité du serveur de courriel",
		"המזהה של שרת הדואר", "poslužitelja e-pošte na", "levelező kiszolgáló személyazonossága a(z",
		"identitas dari peladen surat", "impossibile verificare l'identità del server di posta", "の id を確認できませんでした",
		"шындылығын растау мүмкін емес", "tapatumo nepavyko patvirtinti", "klarte ikke å bekrefte identitet for e-posttjeneren",
		"kon niet geverifieerd worden", "l'identitat del servidor de corrièr electronic", "nie można sprawdzić tożsamości serwera poczty",
		"a identidade do servidor de correio", "a identidade do servidor de e-mail", "identitatea serverului de mail",
		"данные авторизации сервера почты", "identitu poštového servera", "istovetnosti strežnika",
		"не може бити проверен", "ne može biti proveren", "identiteten för e-postservern",
		"konumundaki) onaylanamadı", "ототожнення поштового сервера", "邮箱服务器身份",
		"的辨識身份無法通過核驗",
	),
		alsoAny: p("немагчыма праверыць", "mail servera na", "no ha estat verificada", "nelze ověřit", "-mailserveren ved", "e-mail-servers an der adresse", "στο", "the identity of the", "posta-zerbitzariak", "‏%iu تأیید نشده", "ei voitu vahvistaa", "ne peut pas être vérifiée", "לא ניתן לאימות", "ne može se potvrditi", "címen nem ellenőrizhető", "tak dapat diverifikasi", "presso", "メールサーバー", "пошта серверінің (адресі", "pašto serverio iš", "ved", "de identiteit van de", "pòt pas èsser verificada", "pod adresem", "não pôde ser verificada", "não pôde ser verificado", "nu a putut fi verificată", "не могут быть проверены", "sa nepodarilo overiť", "ni mogoče overiti", "сервера поште на", "servera pošte na", "kunde inte verifieras", "posta sunucusu kimliği", "неможливо завірити", "无法验证于", "郵件伺服器 (位於"),
		doc:     "Geary says in the owner's language that the mail server's identity (its TLS certificate) could not be verified: both parts of the translation"},
	{id: "l10n_geary_identity_long", class: ClassConfig, anyOf: p(
		// "The identity of the %s mail server at %s:%u could not be verified.": es, fur, gl
		"no se pudo comprobar la identidad del servidor de correo", "no si pues verificâ la identitât dal servidôr di pueste", "non foi posíbel verificar a identidade do servidor de correo",
	),
		doc: "Geary says in the owner's language that the mail server's identity (its TLS certificate) could not be verified"},
	{id: "l10n_geary_certificate", class: ClassConfig, anyOf: p(
		// "An account has reported an untrusted server.": be, ca, cs, da, de, el, en_GB, es, eu, fa, fi, fr, fur, gl, he, hr, hu, id, it, kk, nl, pl, pt, pt_BR, ro, ru, sk, sl, sr, sv, tr, uk, zh_CN, zh_TW
		"акаўнт паведаміў пра недавераны сервер", "un compte ha informat d'un servidor no fiable", "účet oznámil nedůvěryhodný server",
		"en konto har rapporteret en ubetroet server", "ein konto hat einen nicht-vertrauten server gemeldet", "ένας λογαριασμός ανέφερε έναν μη έμπιστο διακομιστή",
		"an account has reported an untrusted server", "una cuenta ha informado de un servidor que no es de confianza", "kontu batek fidagarria ez den zerbitzari baten berri eman du",
		"حسابی گزارش کارساز نامطئن داد", "tili ilmoitti ei-luotetusta palvelimesta", "un compte indique un serveur non digne de confiance",
		"un account al à segnalât un servidôr no fidât", "unha conta informou dun servidor non fiábel", "החשבון דיווח על שרת לא אמין",
		"račun je prijavio nepouzdanog poslužitelja", "egy fiók nem megbízható kiszolgálót jelentett", "suatu akun telah melaporkan sebuah peladen yang tak terpercaya",
		"un account ha segnalato un server inaffidabile", "тіркелгі сенімсіз сервер туралы хабарлады", "een account heeft een onvertrouwde server gemeld",
		"konto zgłosiło niezaufany serwer", "uma conta alertou que um servidor não é de confiança", "uma conta relatou um servidor não confiável",
		"un cont a raportat un server de neîncredere", "учетная запись сообщила о ненадежном сервере", "účet nahlásil nedôveryhodný server",
		"za račun je javljena povezava s strežnikom, ki ni zaupanja vredno", "налог је пријавио неповерљив сервер", "ett konto har rapporterat en opålitlig server",
		"hesap, güvenilmeyen bir sunucu bildirdi", "механізмами роботи із обліковими записами повідомлено про ненадійність сервера", "有个帐号报告了一个不信任的服务器",
		"有帳號回報有未受信任的伺服器",
		// "Check the security details for the connection": be, ca, cs, da, de, el, en_GB, es, eu, fa, fi, fr, fur, gl, he, hr, hu, id, it, ja, kk, nl, pl, pt, pt_BR, ro, ru, sk, sl, sr, sv, tr, uk, zh_CN, zh_TW
		"праверце падрабязнасці бяспечнасці для злучэння", "comprova els detalls de seguretat per a la connexió", "zkontrolovat údaje zabezpečení pro připojení",
		"undersøg forbindelsens sikkerhedsdetaljer", "sicherheitsdetails für die verbindung prüfen", "ελέγξτε τις λεπτομέρειες ασφαλείας για τη σύνδεση",
		"check the security details for the connection", "compruebe los detalles de seguridad de la conexión", "egiaztatu konexioaren segurtasun-xehetasunak",
		"بررسی جزییات امنیتی برای اتّصال", "tarkista yhteyden salaustiedot", "vérifier les détails de sécurité pour la connexion",
		"controle i detais di sigurece pe conession", "comprobe os detalles de seguridade para a conexión", "בדיקת פרטי אבטחת ההתחברות",
		"provjeri sigurnosne pojedinosti za povezivanje", "a kapcsolat biztonsági részleteinek ellenőrzése", "periksalah rincian keamanan untuk koneksi",
		"controllare i dettagli di sicurezza della connessione", "接続のセキュリティに関する詳細を確認", "байланыстың қауіпсіздік мәліметтерін тексеріңіз",
		"controleer de beveiligingsgegevens voor de verbinding", "sprawdza poprawność informacji o zabezpieczeniach połączenia", "verificar os detalhes de segurança desta ligação",
		"verifica os detalhes de segurança da conexão", "verifică detaliile de securitate pentru conexiune", "проверить сведения о безопасности для подключения",
		"skontroluje podrobnosti zabezpečenia pre pripojenie", "preveri varnostne podrobnosti povezave", "проверите безбедносне детаље за везу",
		"kontrollera anslutningens säkerhetsdetaljer", "bağlantı güvenlik ayrıntılarını gözden geçirin", "перевірте параметри захисту з'єднання",
		"检查连接的安全细节", "檢查連線的安全協定詳細資訊",
		// "The server’s certificate is not signed by a known authority": he, hr
		"תעודת השרת אינה חתומה על ידי מנפיק מהימן", "vjerodajnica poslužitelja nije potpisana od strane poznatog izdavatelja",
		// "The server’s identity does not match the identity in the certificate": he
		"מזהה השרת לא תואם את מזהה התעודה",
		// "The server’s certificate has expired": he, hr
		"פגה תקפה של תעודת השרת", "vjerodajnica poslužitelja je istekla",
		// "The server’s certificate has not been activated": he, hr
		"תעודת השרת לא הופעלה", "vjerodajnica poslužitelja nije aktivirana",
		// "The server’s certificate has been revoked and is now invalid": he, hr
		"תעודת השרת בוטלה ואינה תקפה כעת", "vjerodajnica poslužitelja je opozvana i nije valjana",
		// "The server’s certificate is considered insecure": he, hr
		"תעודת השרת אינה בטוחה", "vjerodajnica poslužitelja se smatra nesigurnom",
	),
		doc: "Geary says in the owner's language that the server's TLS certificate is not trusted or could not be verified, or asks to check the connection's security details"},
}

// desktopAuthRules come with thunderbirdAuthRules, after the server's own
// words: a reply Evolution quotes decides before its prompt, and no rule here
// takes a text that also says temporary, later, network, connection or
// recipient.
var desktopAuthRules = []rule{
	{id: "l10n_evo_password_prompt", class: ClassAuth, anyOf: p(
		// "Please enter the password for mail account “%s”.": bg, ca@valencia, cs, da, el, en_GB, eo, eu, fi, fur, gl, hu, id, kk, ko, lt, lv, nb, nl, oc, pl, pt, pt_BR, ro, sl, sr, sr@latin, sv, tr
		"въведете паролата регистрацията за е-поща", "introduïu la contrasenya pel compte de correu", "zadejte prosím heslo pro poštovní účet",
		"indtast venligst adgangskoden for e-mail-kontoen", "παρακαλούμε εισάγετε το συνθηματικό για τον λογαριασμό αλληλογραφίας", "please enter the password for mail account",
		"bonvolu enigi la pasvorton por retpoŝtkonto", "posta-kontuaren pasahitza", "anna sähköpostitilin",
		"inserìs la password pal account de pueste", "escriba o contrasinal para a conta de correo", "postafiók jelszavát",
		"masukkan kata sandi untuk akun surel", "пошта тіркелгісі үшін парольді енгіңіз", "메일 계정에 대한 암호를 입력하십시오",
		"įveskite slaptažodį el. pašto paskyrai", "lūdzu, ievadiet paroli pasta kontam", "vennligst oppgi passordet for e-postkonto",
		"geef het wachtwoord voor mailaccount", "picatz lo senhal pel compte de messatjariá", "proszę podać hasło dla konta poczty",
		"por favor, insira a palavra-passe para a conta de correio eletrónico", "por favor, entre com a senha para a conta de e-mail de", "introduceți parola pentru contul de email",
		"vnesite geslo za elektronski poštni račun", "унесите лозинку за налог поште", "unesite lozinku za nalog pošte",
		"ange lösenordet för e-postkonto", "e-posta hesabı için parolayı girin",
		// "Please enter the password for mail transport “%s”.": bg, ca@valencia, cs, da, el, en_GB, eo, es, eu, fur, gl, hu, id, kk, ko, lt, lv, nb, nl, oc, pl, pt, pt_BR, ro, sl, sr, sr@latin, sv, tr
		"въведете паролата за пренасянето на поща чрез", "introduïu la contrasenya pel transport de correu", "zadejte prosím heslo pro poštovní přenos",
		"indtast venligst adgangskoden for e-mail-transporten", "παρακαλούμε εισάγετε το συνθηματικό για την μεταφορά αλληλογραφίας", "please enter the password for mail transport",
		"bonvole enigu la pasvorton por retpoŝtsendilo", "introduzca la contraseña para el transporte de de correo-e", "posta-garraioaren pasahitza",
		"inserìs la password pal traspuart de pueste", "escriba o contrasinal para o transporte de correo", "levélátvitel jelszavát",
		"masukkan kata sandi untuk transpor surat", "пошта транспорты үшін парольді енгіңіз", "메일 전송에 대한 암호를 입력하십시오",
		"įveskite slaptažodį el. pašto transportui", "lūdzu, ievadiet paroli pasta transportam", "vennligst oppgi passordet for e-posttransport",
		"geef het wachtwoord voor mailtransport", "picatz lo senhal pel transpòrt dels corrièls", "proszę podać hasło dla przesyłania poczty",
		"por favor, insira a palavra-passe para o transportador de correio", "por favor, entre com a senha para o transporte de mensagens de", "introduceți parola pentru transportul de email",
		"vnesite geslo za prenos elektronske pošte", "унесите лозинку за пренос поште", "unesite lozinku za prenos pošte",
		"ange lösenordet för e-posttransport", "e-posta aktarımı için parolayı girin",
	),
		noneOf: l10nClientNotRefused,
		doc:    "evolution-data-server asks in the owner's language for the mail account's or transport's password, as it does after the server rejected it"},
	{id: "l10n_geary_login_refused", class: ClassAuth, anyOf: p(
		// "Check your receiving login and password": da, el, en_GB, fur, he, id, ja, pl, ro, tr, uk, zh_CN, zh_TW
		"tjek indgående login og adgangskode", "ελέγξτε το όνομα εισόδου και το συνθηματικό λήψης", "check your receiving login and password",
		"controle il non utent e la password pe ricezion", "בדיקת קבלת ההתחברות והססמה שלך", "periksa login dan kata sandi penerimaan anda",
		"受信のログイン名とパスワードを確認してください", "proszę sprawdzić poprawność loginu i hasła odbierania", "verificați numele și parola contului de primire",
		"alıcı giriş ve parolanızı gözden geçirin", "перевірте ваші ім'я користувача і пароль для отримання пошти", "请检查您的接收服务器登录名及密码",
		"檢查您的收受伺服器登入名稱及密碼",
		// "Check your sending login and password": da, el, en_GB, es, fur, he, id, ja, pl, ro, tr, uk, zh_CN, zh_TW
		"tjek udgående login og adgangskode", "ελέγξτε το όνομα εισόδου και το συνθηματικό αποστολής", "check your sending login and password",
		"comprobar el usuario y la contraseña para envío de correo", "controle il non utent e la password pe spedizion", "בדיקת שליחת ההתחברות והססמה שלך",
		"periksa login dan kata sandi pengiriman anda", "送信のログイン名とパスワードを確認してください", "proszę sprawdzić poprawność loginu i hasła wysyłania",
		"verificați numele și parola contului de trimitere", "gönderici giriş ve parolanızı gözden geçirin", "перевірте ваші ім'я користувача і пароль для надсилання пошти",
		"请检查您的发送服务器登录名及密码", "檢查您的寄送伺服器登入名稱及密碼",
		// "Check your email address and password": da, el, en_GB, fur, he, hu, it, pl, pt, ro, tr, uk, zh_CN, zh_TW
		"tjek din e-mailadresse og adgangskode", "ελέγξτε την διεύθυνση ηλεκτρονικού ταχυδρομείου και το συνθηματικό", "check your email address and password",
		"controle la direzion e-mail e la password", "בדיקת כתובת הדוא״ל והססמה שלך", "ellenőrizze az e-mail-címét és jelszavát",
		"controllare indirizzo email e password", "proszę sprawdzić poprawność adresu e-mail i hasła", "verifique o seu email e palavra-passe",
		"verificați adresa de email și parola", "e-posta adres ve parolanızı gözden geçirin", "перевірте ім'я користувача і пароль до вашої електронної пошти",
		"请检查您的电子邮件地址和密码", "檢查您的電子郵件位址及密碼",
		// "An account has reported an incorrect login or password.": es, fur, he, hu, it, ru, sr
		"una cuenta ha informado de un nombre de usuario o contraseña no válidos", "un account al à segnalât un acès o une password sbaliade", "החשבון דיווח על התחברות או ססמה לא נכונה",
		"egy fiók helytelen bejelentkezési nevet vagy jelszót jelentett", "un account ha segnalato un nome di accesso o una password non corretti", "учетная запись сообщила о неправильном логине или пароле",
		"налог је пријавио неисправну пријаву или лозинку",
		// "Retry login, you will be prompted for your password": be, ca, cs, da, de, el, en_GB, es, eu, fa, fi, fr, fur, gl, he, hr, hu, id, it, ja, kk, nl, pl, pt, pt_BR, ro, ru, sk, sl, sr, sv, tr, uk, zh_CN, zh_TW
		"паспрабуйце ўвайсці зноў, вам прапануецца ўвесці свой пароль", "torneu a iniciar la sessió, se us preguntarà per la vostra contrasenya", "zkusit znovu přihlásit, budete dotázáni na heslo",
		"prøv igen at logge på; du vil blive bedt om en adgangskode", "anmeldung erneut versuchen, sie werden nach einem passwort gefragt", "δοκιμάστε ξανά να συνδεθείτε, θα σας ζητηθεί ο κωδικός πρόσβασής σας",
		"retry login, you will be prompted for your password", "reintentar iniciar sesión, se le pedirá su contraseña", "saiatu berriro saioa hasten, pasahitza eskatuko zaizu",
		"تلاش ورود دوباره. گذرواژه پرسیده خواهد شد", "yritä uudelleen kirjautumista, sinulta kysytään salasanaa", "effectuez une nouvelle tentative de connexion, le mot de passe vous sera demandé",
		"torne prove a jentrâ, ti vignarà domandade la tô password", "tente iniciar sesión de novo, solicitaráselle o seu contrasinal", "יש לנסות להתחבר שוב, ססמתך תידרש",
		"ponovno se prijavite, biti ćete upisani za novu lozinku", "bejelentkezés újrapróbálása, a jelszava bekérésre fog kerülni", "cobalah lagi log masuk, anda akan diminta memasukkan kata sandi",
		"ritentare l'accesso, verrà richiesta la password", "ログインの再試行にはパスワードが必要です", "логинді қайталап көріңіз, пароль сұралады",
		"probeer opnieuw in te loggen, het wachtwoord zal gevraagd worden", "ponawia logowanie, zostanie wyświetlona prośba o hasło", "tente aceder novamente. a sua palavra-passe será solicitada",
		"tente novamente, você será solicitado a inserir uma senha", "reîncercați autentificarea, vi se va cere parola", "повторите попытку входа, вам будет предложено ввести пароль",
		"znovu sa pokúsi o prihlásenie, budete vyzvaný na zadanie hesla", "ponovno poskusite s prijavo, ob tem se bo odprlo pogovorno okno za vnos gesla", "покушајте поново са пријавом, биће вам затражена лозинка",
		"försök igen att logga in, du kommer att efterfrågas om ditt lösenord", "giriş yapmayı yeniden dene, parola girmeniz istenecek", "під час повторної спроби увійти програма попросить вас ввести ваш пароль",
		"重试登录，请在弹出窗口输入您的密码", "再試一次登入，您將會被提示輸入密碼",
	),
		noneOf: l10nClientNotRefused,
		doc:    "Geary says in the owner's language that the server refused the login or password (its account editor and its login-problem info bar), or offers to retry the login with a new password"},
	// "Check your receiving login and password": tr, whose word for the
	// receiving server, "alıcı", is also its word for a recipient (in
	// l10nClientNotRefused): the whole sentence, without that word in noneOf.
	{id: "l10n_geary_receiving_login_tr", class: ClassAuth, anyOf: p("alıcı giriş ve parolanızı gözden geçirin"),
		noneOf: slices.Concat(l10nTemporaryWords, p("daha sonra", "ağ ", "bağlantı", "zaman aşımı")),
		doc:    "Geary's Turkish \"Check your receiving login and password\", whose word for receiving is also the word for a recipient"},
}

// desktopLateRules come with l10nClientLateRules, last: Evolution's sentence
// for invalid recipients or a lost connection decides only when nothing else
// in the text (the quoted server reply, its code) does.
var desktopLateRules = []rule{
	{id: "l10n_evo_invalid_recipients", class: ClassRecipient, anyOf: p(
		// "Cannot send message: one or more invalid recipients": ar, as, ast, az, be, bg, bn, bn_IN, bs, ca, ca@valencia, cs, cy, da, de, dz, el, en@shaw, eo, es, et, eu, fa, fi, fr, fur, gl, gu, he, hi, hr, hu, id, it, ja, kk, km, kn, ko, lt, lv, mk, ml, mr, ms, nb, ne, nl, nn, oc, or, pa, pl, pt, pt_BR, ro, ru, sk, sl, sq, sr, sr@latin, sv, ta, te, th, tr, ug, uk, vi, xh, zh_CN, zh_HK, zh_TW
		"مستلم أو أكثر غير سليمين", "এজন অথবা অধিক গ্ৰাহক বৈধ নহয়", "ún o más destinatarios inválidos",
		"bir ya da daha çox səhv alıcı", "прынамсі адзін з атрымальнікаў хібны", "един или повече неправилни адреси на получатели",
		"এক অথবা অধিক প্রাপক বৈধ নয়", "jedan ili više neispravnih primalaca", "un o més dels destinataris no són vàlids",
		"jeden nebo více neplatných příjemců", "o leiaf un derbynnydd annilys", "en eller flere ugyldige modtagere",
		"ein oder mehrere ungültige empfänger", "ནུས་མེད་ལེན་མཁན་ གཅིག་གམ་དེ་ལས་མངམ་འདུག", "ένας ή περισσότεροι άκυροι παραλήπτες",
		"𐑢𐑳𐑯 𐑹 𐑥𐑹 𐑦𐑯𐑝𐑨𐑤𐑦𐑛 𐑮𐑦𐑕𐑦𐑐𐑰𐑩𐑯𐑑𐑕", "unu aŭ pluraj nevalidaj ricevantoj", "uno o más destinatarios no válidos",
		"üks või enam adressaate on vigased", "erabiltzaile bat edo gehiago baliogabeak dira", "دست کم یکی از گیرنده‌ها معتبر نیست",
		"yksi tai useampi viallinen vastaanottaja", "un ou plusieurs destinataires sont non valides", "un o plui destinataris no son valits",
		"hai un ou máis destinatarios incorrectos", "એક અથવા વધુ મેળવનારાઓ", "נמען אחד או יותר שגוי",
		"एक या अधिक अवैध प्राप्तकर्ता", "jedan ili više nevaljanih primatelja", "egy vagy több egy érvénytelen címzett",
		"satu atau beberapa penerima salah", "uno o più destinatari non validi", "無効な応答が一つ以上あります",
		"бір немесе бірнеше жарамсыз алушылар бар", "មាន​អ្នកទទួល​មិន​ត្រឹមត្រូវ​ម្នាក់ ឬ​ច្រើន​នាក់", "ಒಂದು ಅಥವ ಹೆಚ್ಚಿನ ಸ್ವೀಕರಿಸುವವರು ಸರಿಯಾಗಿಲ್ಲ",
		"받는 사람 중에 한 명 이상이 잘못되었습니다", "dalis adresatų yra neteisingi", "viens vai vairāki nederīgi adresāti",
		"еден или повеќе невалидни примачи", "ഒന്നോ അധികമോ തെറ്റായ വിലാസങ്ങള്‍", "एक किंवा जास्त अयोग्य ग्राहक",
		"satu atau lebih penerima tidak sah", "en eller flere ugyldige mottakere", "एक वा बढी अवैध प्रापकहरू",
		"een of meerdere ontvangers ongeldig", "ein eller fleire ugyldige mottakarar", "un o mantun destinataris es pas valid",
		"ଗୋଟିଏ କିମ୍ବା ଅଧିକ ଅବୈଧ ଗ୍ରହଣକାରୀ", "ਇੱਕ ਜਾਂ ਵਧੇਰੇ ਪ੍ਰਾਪਤ-ਕਰਤਾ ਗਲਤ", "co najmniej jeden z odbiorców jest nieprawidłowy",
		"um ou mais destinatários inválidos", "unul sau mai mulți destinatari nu sunt valizi", "указан один или несколько некорректных получателей",
		"adresáti nie sú platní", "navedeni so neveljavni prejemniki", "një apo më shumë adresa të pasakta",
		"један или више неисправних прималаца", "en eller flera ogiltiga mottagare", "ஒன்றுக்கும் மேற்பட்ட செல்லாத பெறுநர் முகவரிகள்",
		"ఒకటి లేదా ఎక్కువ సరికాని స్వీకరణదారులు", "มีผู้รับอย่างน้อยหนึ่งคนไม่ถูกต้อง", "bir ya da daha fazla hatalı alıcı",
		"كەم دېگەندە بىر تاپشۇرۇۋالغۇچى ئىناۋەتسىز", "один або більше неправильних отримувачів", "có một hoặc vài người nhận không hợp lệ",
		"umamkeli omnye nangaphezulu", "一个或多个无效的收件人", "一或多個無效的收件者",
	),
		doc: "Evolution says in the owner's language that one or more recipients are invalid"},
	{id: "l10n_evo_not_connected", class: ClassTransient, anyOf: p(
		// "AUTH command failed: Not connected.": bg, ca, ca@valencia, cs, da, de, el, en_GB, eo, es, fi, fr, fur, gl, hr, hu, id, it, ko, lt, lv, nb, ne, nl, oc, pl, pt, pt_BR, ro, ru, sk, sl, sr, sr@latin, sv, uk, zh_CN
		"няма връзка", "no connectat", "není přípojeno",
		"ikke forbundet", "nicht verbunden", "δεν συνδέθηκε",
		"not connected", "ne konektita", "no está conectado",
		"ei yhdistetty", "pas de connexion", "no conetût",
		"non conectado", "auth neuspjela naredba", "nincs kapcsolódva",
		"tak tersambung", "non connesso", "연결되지 않음",
		"neprisijungta", "auth komandas kļūda — nav savienots", "ikke koblet til",
		"जडान भएको छैन ।", "niet verbonden", "pas connectat",
		"nie połączono", "não ligado", "não conectado",
		"neconectat", "не подключён", "bez pripojenia",
		"ni vzpostavljene povezave", "нисте повезани", "niste povezani",
		"ej ansluten", "не з'єднано", "auth 命令失败：未连接",
	),
		alsoAny: p("командата", "ha fallat l'ordre auth", "ha fallat l'orde auth", "příkaz auth selhal", "auth-kommandoen mislykkedes", "auth-befehl gescheitert", "η εντολή auth απέτυχε", "auth command failed", "auth-komando malsukcesis", "el comando auth ha fallado", "auth-komento epäonnistui", "la commande auth a échoué ", "comant auth falît", "produciuse un fallo na orde auth", "auth neuspjela naredba", "az auth parancs sikertelen", "perintah auth gagal", "comando auth non riuscito", "auth 명령이 실패했습니다", "auth komanda nepavyko", "auth komandas kļūda — nav savienots", "auth-kommando feilet", "auth आदेश असफल भयो", "auth-opdracht mislukt", "la comanda auth a fracassat", "polecenie auth się nie powiodło", "falha no comando auth", "o comando auth falhou", "comanda auth a eșuat", "сбой команды auth", "príkaz auth zlyhal", "izvajanje ukaza auth je spodletelo", "није успела наредба потврђивања", "nije uspela naredba potvrđivanja", "auth-kommandot misslyckades", "помилка команди auth", "auth 命令失败：未连接"),
		doc:     "Evolution says in the owner's language that the SMTP AUTH command failed because the connection is gone: both parts of the translation"},
	{id: "l10n_geary_offline", class: ClassTransient, anyOf: p(
		// "Could not connect, check your network": da, el, en_GB, es, fi, fur, he, id, ro, sv
		"kunne ikke forbinde, tjek dit netværk", "αδυναμία σύνδεσης, ελέγξτε το δίκτυό σας", "could not connect, check your network",
		"no se ha podido conectar, compruebe su conexión", "yhdistäminen ei onnistu, tarkista verkkoyhteytesi", "impussibil conetisi, controle la tô rêt",
		"לא ניתן להתחבר, יש לבדוק את הרשת שלך", "tidak bisa menyambung, periksalah jaringan anda", "nu s-a putut conecta, verificați rețeaua",
		"det gick inte att ansluta, kontrollera ditt nätverk",
		// "You will not be able to send or receive email until re-connected.": be, ca, cs, de, el, en_GB, es, fi, fr, fur, gl, he, hr, hu, id, it, ja, pl, pt, pt_BR, ro, ru, sk, sl, sv, uk, zh_CN
		"вы не зможаце атрымліваць ці адпраўляць лісты пакуль злучэнне не адновіцца", "no podreu enviar ni rebre correus electrònics fins que us torneu a connectar", "dokud se znovu nepřipojíte, nebudete moci odesílat a přijímat e-maily",
		"sie können keine e-mails senden oder empfangen, bis wieder eine verbindung besteht", "δεν θα μπορείτε να στείλετε ή να λάβετε μηνύματα μέχρι να επανασυνδεθείτε", "you will not be able to send or receive email until re-connected",
		"no podrá enviar ni recibir correo hasta que se vuelva a conectar", "viestien vastaanottaminen tai lähettäminen ei onnistu, ennen kuin yhteys on muodostettu uudelleen", "vous ne pourrez pas envoyer ou recevoir de courriels jusqu’à ce que vous soyez reconnecté",
		"no tu podarâs inviâ o ricevi e-mail fintremai che no tu ti tornarâs a coneti", "non poderá enviar nin recibir correo ate que se conecte", "לא ניתן לשלוח או לקבל הודעות עד להתחברות מחודשת",
		"nećete moći slati ili primati e-poštu dok se ponovno ne povežete s internetom", "nem lesz képes leveleket küldeni vagy fogadni, amíg nem kapcsolódik újra", "anda tidak akan bisa mengirim atau menerima surel sampai tersambung lagi",
		"non si potrà inviare o ricevere la posta finché non è riconnesso", "再接続するまでメールの送受信はできません", "nie można wysyłać ani odbierać poczty, dopóki komputer nie zostanie połączony",
		"não poderá enviar ou receber correio até retomar a sua ligação", "você não poderá enviar ou receber e-mails até que seja reconectado", "nu veți putea trimite sau primi email-uri până la reconectare",
		"вы не сможете отправлять или получать эл. почту до повторного подключения", "nebudete môcť odoslať alebo prijať email, pokiaľ sa opätovne nepripojíte", "sporočil ne bo mogoče ne prejeti ne poslati do ponovne vzpostavitve povezave",
		"du kommer inte att kunna skicka eller ta emot e-post innan du är ansluten igen", "ви не зможете надсилати або отримувати електронну пошту до відновлення з'єднання із інтернетом", "在重新连接之前您无法发送或接收邮件",
	),
		doc: "Geary says in the owner's language that it could not connect (check the network) or works offline until the connection returns"},
}
