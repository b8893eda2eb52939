package classify

import "slices"

// The desktop clients' rules, each client in its own file (l10n_geary.go,
// l10n_kde.go), joined where rules.go places them: desktopEarlyRules with
// fairEmailEarlyRules, desktopAuthRules with thunderbirdAuthRules,
// desktopLateRules with l10nClientLateRules.
var (
	desktopEarlyRules = slices.Concat(evolutionEarlyRules, gearyEarlyRules, kdeEarlyRules, kdeKeyEarlyRules)
	desktopAuthRules  = slices.Concat(evolutionAuthRules, gearyAuthRules, kdeAuthRules, kdeKeyAuthRules)
	desktopLateRules  = slices.Concat(evolutionLateRules, gearyLateRules, kdeLateRules, kdeKeyLateRules)
)

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
// testdata/catalogs/client_l10n_desktop.jsonl holds every translation; the
// comment above each group lists the locales whose text needed a phrase here
// (the other locales' texts were already classified as labelled).

// evolutionEarlyRules come with fairEmailEarlyRules, before the English
// wording: Evolution's diagnosis of the account's setup (a mechanism the
// server does not offer, a plaintext login on an unencrypted connection, an
// untrusted certificate), its text for a 454 and its sentence for a refused
// token refresh decide before any word for authentication or login in the
// same sentence (Italian "token di accesso non riuscito" holds "accesso non
// riuscito", a refused login). Where the words for "does not
// support" name no authentication, the rule asks for the server's name too.
var evolutionEarlyRules = []rule{
	// "Failed to refresh access token. Sign to the server again, please."
	// (src/libedataserver/e-oauth2-service.c), raised as
	// E_OAUTH2_SERVICE_ERROR_REFRESH_FAILED when the token endpoint answers the
	// refresh with 400 Bad Request: the grant is gone. English says only
	// "failed to refresh access token" for a network failure too, so the
	// English phrase holds the second sentence as well.
	{id: "l10n_evo_refresh_failed", class: ClassRevoked, anyOf: p(
		// bg, ca, cs, da, de, el, en_GB, eo, es, eu, fi, fr, fur, gl, hr, hu, id, it, kk, ko, lt, lv, ms, nb, nl, oc, pl, pt, pt_BR, ro, ru, sk, sl, sr, sr@latin, sv, tr, uk, zh_CN, zh_TW
		"жетонът за достъп не може да се обнови", "no s'ha pogut actualitzar el testimoni d'accés", "selhala aktualizace přístupového tiketu",
		"kunne ikke opdatere adgangssymbolet", "zugriffstoken konnte nicht erneuert werden", "δεν ήταν δυνατή η ανανέωση του διακριτικού πρόσβασης",
		"failed to refresh access token. sign to the server again", "malsukcesis aktualigi atingoĵetonon", "falló al actualizar el testigo de acceso",
		"huts egin du atzipen-tokenak freskatzeak", "pääsypoletin päivittäminen epäonnistui", "impossible d’actualiser le jeton d’accès",
		"no si è rivâts a inzornâ il token di acès", "produciuse un actualizar o token de acceso", "neuspjelo osvježavanje tokena pristupa",
		"nem sikerült frissíteni a hozzáférési tokent", "gagal menyegarkan token akses", "aggiornamento del token di accesso non riuscito",
		"рұқсат токенін жаңарту сәтсіз аяқталды", "접근 토큰을 새로 고치는데 실패했습니다", "nepavyko atnaujinti prieigos leksemos",
		"neizdevās atsvaidzināt piekļuves marķieri", "gagal menyegar semula token capaian", "klarte ikke å oppdatere adgangstegn",
		"kon toegangstoken niet hernieuwen", "impossible d’actualizar lo geton d’accès", "odświeżenie tokenu dostępu się nie powiodło",
		"falha ao atualizar o código de acesso", "falha ao renovar token de acesso", "eșec la reîmprospătarea jetonului de acces",
		"не удалось обновить маркер доступа", "zlyhalo obnovenie prístupového tokenu", "osveževanje žetona je spodletelo",
		"нисам успео да освежим приступну скупину", "nisam uspeo da osvežim pristupnu skupinu", "misslyckades med att uppdatera åtkomstelement",
		"erişim jetonu yenilenemedi", "не вдалося оновити ключ доступу", "刷新访问令牌失败",
		"無法重新整理存取權杖",
	),
		noneOf: l10nClientNotRefused,
		doc:    "evolution-data-server says in the owner's language that it could not refresh the access token and the owner must sign in again: the grant is gone"},
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
}

// evolutionAuthRules come with thunderbirdAuthRules, after the server's own
// words: a reply Evolution quotes decides before its prompt, and no rule here
// takes a text that also says temporary, later, network, connection or
// recipient.
var evolutionAuthRules = []rule{
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
}

// evolutionLateRules come with l10nClientLateRules, last: Evolution's sentence
// for invalid recipients or a lost connection decides only when nothing else
// in the text (the quoted server reply, its code) does.
var evolutionLateRules = []rule{
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
}
