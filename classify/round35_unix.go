package classify

// Round 35's misses for five Unix mail programs whose translations are
// gettext po files, fixed as families: every key a missed row holds, read in
// every locale the product ships (the English msgid included). Sources, at
// the commits round 35 cites:
//
//   - Xfce mail watcher plugin: xfce-mirror/xfce4-mailwatch-plugin (commit
//     19414e01), libmailwatch-core/mailwatch-mailbox-imap.c, -pop3.c,
//     -gmail.c, mailwatch-net-conn.c, po/<lang>.po;
//   - fetchmail: Distrotech/fetchmail (commit 81c32399), driver.c,
//     fetchmail.c, imap.c, pop3.c, socket.c, sink.c, po/<lang>.po;
//   - mpop: marlam/mpop (commit bf1fb266), src/pop3.c, src/mpop.c, src/net.c,
//     src/mtls-*.c, po/<lang>.po;
//   - msmtp: marlam/msmtp (commit 933d35be), src/mtls-gnutls.c,
//     src/mtls-openssl.c, src/mtls-libtls.c, po/<lang>.po;
//   - Mutt: muttmua/mutt (commit 15c45790), imap/auth_cram.c,
//     imap/auth_login.c, imap/imap.c, pop_auth.c, pop.c, pop_lib.c,
//     mutt_socket.c, mutt_ssl.c, smtp.c, po/<lang>.po.
//
// Each key's class is the class round 35's row gives it. Each phrase is the
// longest fixed part of one translation, lower-cased, without placeholders
// and trailing punctuation (a multi-line text: its first line). The comment
// above each key's phrases names its files and the locales whose text needed
// a phrase; the key's other locales were already classified as labelled.
// Mutt's "SSL failed: %s" keeps its colon (the part before the placeholder
// is short; "ssl gagal:" is 10 bytes, the shortest phrase here); its
// Japanese "SSL は %s で失敗。" has no fixed part specific enough and is left
// out. Left out as too generic: the Czech and Chinese fixed parts of the
// mail watcher's "Failed to connect to server" ("připojení k serveru",
// "无法与服务器") and the Czech and Polish ones of Mutt's "Could not connect
// to %s (%s)" ("nelze navázat", "nie zostało ustanowione"). The phrases for
// "authentication method %s needs a password" are the part after the
// placeholder ("requer uma senha", "behöver ett lösenord").
//
// Two translations stay with earlier rules: fetchmail's English "SSL
// connection failed." (en, en_GB) with the generic network_dropped
// (transient), a sentence many programs print about a dropped TLS session;
// and msmtp's Chinese "无法从 TLS 连接读取" ("cannot read from TLS
// connection") with l10n_words_settings (config) of l10nEarlyRules.

// round35UnixEarlyRules come right after sabnzbdEarlyRules: fetchmail's
// sentences about an unknown login error and a skipped poll hold words that
// earlier generic rules read otherwise ("zu viele" as a limit, "timeouty" as
// a timeout, "error de entrada" as a setting).
var round35UnixEarlyRules = []rule{
	{id: "fetchmail_auth_unknown", class: ClassAuthTemporary, anyOf: p(
		// Distrotech/fetchmail 81c32399 driver.c: "Unknown login or authentication error on %s@%s"
		// locales: ca, cs, da, de, el, eo, es, fr, gl, id, it, ja, nl, pl, pt_BR, ru, sk, sq, sv, tr, vi, zh_CN
		"error no identificat de login o autenticació per a", "neznámá chyba při přihlášení nebo autentizaci na",
		"ukendt indlognings- eller godkendelsesfejl på", "unbekannter einlogg- oder authentifikationsfehler bei",
		"άγνωστο σφάλμα εισόδου ή εξουσιοδότησης στο", "nekonata ensaluto aŭ aŭtentikiga eraro sur", "error de entrada o de autenticación desconocido en",
		"erreur de login ou d'identification inconnue pour", "erro descoñecido de login ou autenticación en",
		"log masuk tak dikenal atau galat otentikasi di", "errore sconosciuto di login o di autenticazione su", "に対する不明なログイン又は認証のエラーです",
		"onbekende gebruikersnaam of ongeldig wachtwoord voor", "nieznany login lub błąd uwierzytelniania dla",
		"erro desconhecido de login ou autenticação em", "неизвестный логин или ошибка аутентификации для",
		"neznáma chyba pri prihlásení alebo overení totožnosti na", "gabim mirëfilltësimi ose hyrje e panjohur te",
		"okänt inloggnings- eller autenticeringsfel på", "te bilinmeyen giriş ya da kimlik denetleme hatası", "lỗi đăng nhập hay xác thực không rõ trên",
		"有未知的登录或验证错误",
		// Distrotech/fetchmail 81c32399 fetchmail.c: "poll of %s skipped (failed authentication or too many timeouts)"
		// locales: ca, cs, da, de, el, eo, es, fr, gl, id, it, ja, nl, pl, pt_BR, ru, sq, sv, tr, vi, zh_CN
		"error d'autenticació o massa temps d'espera excedits", "přeskočeno (chyba autentizace nebo mnohokrát vypršel čas",
		"droppet (mislykket godkendelse eller for mange tidsafbrud", "übersprungen (fehlgeschlagene authentifikation oder zu viele zeitüberschreitungen",
		"απέτυχε η εξουσιοδότηση ή πολλές λήξεις χρόνου", "estas preterpasita (malsukcesa aŭtentiko aŭ tro da tempolimoj",
		"se omitió (fallo en la autenticación o demasiados excesos de espera", "ignorée (échec d'authentification ou dépassement de délai",
		"omitida (fallo de autenticación ou demasiados excesos de espera", "dilewati (gagal otentikasi atau terlalu banyak waktu habis",
		"omessa (autenticazione fallita o troppe situazioni di tempo scaduto", "認証失敗か制限時間超過が頻発したため",
		"wordt overgeslagen (aanmelden is mislukt of duurt te lang", "pominięte (błędy autoryzacji lub timeouty",
		"pulada (falha de autenticação ou muitos vencimentos de temporização", "пропущен (ошибка аутентификации или слишком много тайм-аутов",
		"u anashkalua (dështim mirëfilltësimi ose shumë mbarime kohe", "hoppas över (autenticeringen misslyckades eller så gick tiden ut för många gånger",
		"e bakmadan atlıyorum (ya kimlik denetlemesi başarısız ya da çok fazla zamamaşımı", "bị bỏ qua (xác thực đã thất bại hoặc quá giờ quá nhiều lần",
		"的邮件 (验证失败或多次超时",
	),
		doc: "fetchmail cannot tell a refused password from another login failure (\"Unknown login or authentication error\"), or skips a poll after failed authentication or too many timeouts"},
}

// round35UnixRules come right after phpmailerRules: each phrase is one of
// these products' sentences, and decides before the generic login,
// connection and mechanism words of the later rules.
var round35UnixRules = []rule{
	{id: "unixmail_login_refused", class: ClassAuth, anyOf: p(
		// xfce-mirror/xfce4-mailwatch-plugin 19414e01 libmailwatch-core/mailwatch-mailbox-gmail.c: "Received HTTP response code %d.  The most likely reason for this is that your GMail username or password is incorrect. ..."
		// locales: ast, bg, cs, de, el, es, et, fi, he, hu, it, lo, ms, nl, oc, sl, sq, sr, ug, uk, ur, ur_PK
		"ye dable que esto seya que'l to nome d'usuariu o contraseña de gmail seyan incorreutos",
		"най- вероятно, вашето потребитлско име и парола в gmail не са верни",
		"obvyklý důvod tohoto chování spočívá v nesprávném zadání uživatelského jména nebo hesla",
		"erhalten. wahrscheinlich ist ihr passwort oder benutzername von gmail nicht richtig",
		"ο πιο πιθανός λόγος είναι, το όνομα χρήστη ή το συνθηματικό σας για το gmail δεν είναι σωστό",
		"la causa más probable es que el nombre de usuario o la contraseña de gmail no sean correctos",
		"ilmselt on sinu gmaili kasutajanimi või saalsõna vigased",
		"todennäköisesti tämä tarkoittaa sitä, että gmail ei hyväksy käyttäjänimeäsi tai salasanaasi",
		"מתגובת http. כנראה משום ששם המשתמש או הססמה שלך ב-gmail אינה נכונים",
		"http válaszkód érkezett. ennek legvalószínűbb oka, hogy a gmail felhasználói nevét vagy jelszavát helytelenül adta meg",
		"è possibile che il nome utente o la password per gmail non siano corretti",
		"ສາເຫດທີ່ເປັນໄປໄດ້ຫຼາຍທີ່ສຸດແມ່ນ ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານ gmail ຂອງທ່ານບໍ່ຖືກຕ້ອງ",
		"yang diterima. berkemungkinan sebabnya nama pengguna dan kata laluan gmail anda tidak betul",
		"ontvangen. de meest waarschijnlijke reden hiervoor, is dat uw gmail-gebruikersnaam of -wachtwoord onjuist is",
		"la rason la mai probabla es que lo nom d'utilizaire o lo senhal gmail siá incorrècte",
		"najbolj verjeten razlog za to je nepravilno uporabniško ime ali geslo za gmail",
		"shkaku më i mundshëm për këtë është fakti që emri juaj i përdoruesit apo fjalëkalimi gmail s’është i saktë",
		"највероватнији разлог за ово је зато што ваше корисничко име или лозинка г-поште нису исправни",
		"سىزنىڭ gmail دىكى ئىشلەتكۈچى ئاتىڭىز ياكى ئىمىڭىز خاتادەك قىلىدۇ", "швидше за все причина у неправильній назві облікового рахунку gmail чи паролі",
		"موصول ہوا ہے. اس کی وجہ عام طور پر یہ ہوتی ہے کہ آپ کا جی میل صارف نام یا پاس ورڈ غلط ہو",
		// xfce-mirror/xfce4-mailwatch-plugin 19414e01 libmailwatch-core/mailwatch-mailbox-imap.c, libmailwatch-core/mailwatch-mailbox-pop3.c: "Authentication failed.  Perhaps your username or password is incorrect?"
		// locales: gl, hu, lo, sl, ug, uk, ur, ur_PK
		"produciuse un erro na autenticación. quizais o nome de usuario ou o contrasinal non é correcto",
		"hitelesítés meghiúsult. lehet, hogy rosszul adta meg a felhasználónevét vagy jelszavát",
		"ການຢືນຢັນຕົວຕົນຫຼົ້ມເຫຼວ. ບາງທີຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານຂອງທ່ານບໍ່ຖືກຕ້ອງ",
		"preverjanje istovetnosti ni bilo uspešno. morda uporabniško ime ali geslo nista pravilna",
		"كىملىك دەلىللەش مەغلۇپ بولدى. ئىشلەتكۈچى ئاتى ياكى ئىم خاتا ئەمەستۇ", "невдала авторизація. можливо неправильне ім'я або пароль",
		"تصدیق میں ناکامی. ممکنہ طور پر آپ کا اسمِ صارف یا پاس ورڈ غلط ہے",
		// Distrotech/fetchmail 81c32399 driver.c: "The attempt to get authorization failed. ..."
		// locales: ca, da, de, el, es, id, it, ru, sq, tr, vi
		"l'intent d'obtenir autorització ha fallat", "forsøget på at opnå adgangstilladelse mislykkedes", "der versuch zur authentifikation scheiterte",
		"απέτυχε η προσπάθεια λήψης εξουσιοδότησης", "el intento de obtener autorización falló", "usaha untuk mendapatkan otorisasi gagal",
		"il tentativo di ottenere l'autorizzazione è fallito", "не удалось пройти авторизацию", "përpjekja për të marrë autorizim dështoi",
		"yetki alma denemesi başarısız oldu", "việc cố được quyền đã thất bại",
		// Distrotech/fetchmail 81c32399 fetchmail.c: "Query status=3 (AUTHFAIL)"
		// locales: ca, cs, de, el, en, en_GB, eo, es, id, it, ja, pt_BR, ru, sk, sq, sv, tr
		"estat de la consulta=3 (authfail", "stav spojení=3 (authfail", "abfragestatus=3 (authfail", "κατάστασης ερώτησης=3 (authfail",
		"query status=3 (authfail", "informpeta stato=3 (aŭtfiasko", "estado de la consulta=3 (authfail", "status lema=3 (authfail",
		"stato dell'interrogazione = 3 (authfail", "situação da consulta=3 (falha-autent", "статус запроса=3 (authfail", "stav dopytu=3 (authfail",
		"gjendje kërkimi=3 (dështmir", "frågestatus=3 (aut_misslyckande", "sorgulama durumu=3 (authfail",
		// muttmua/mutt 15c45790 imap/auth_cram.c: "CRAM-MD5 authentication failed."
		// locales: bg, el, es, ga, gl, hu, id, sv, tr, uk, zh_CN, zh_TW
		"неуспешна cram-md5 идентификация", "αυθεντικοποίηση cram-md5 απέτυχε", "verificación de autentidad cram-md5 falló",
		"theip ar fhíordheimhniú cram-md5", "autenticación cram-md5 fallida", "cram-md5 azonosítás nem sikerült", "authentikasi cram-md5 gagal",
		"cram-md5-verifiering misslyckades", "cram-md5 doğrulaması başarısız", "помилка аутентифікації cram-md5", "cram-md5 鉴权失败", "cram-md5 驗證失敗",
		// muttmua/mutt 15c45790 pop_auth.c: "APOP authentication failed."
		// locales: bg, el, es, fi, ga, gl, hu, id, sv, tr, uk, zh_CN, zh_TW
		"неуспешна apop идентификация", "αυθεντικοποίηση apop απέτυχε", "verificación de autentidad apop falló", "apop-autentilointi epäonnistui",
		"theip ar fhíordheimhniú apop", "autenticación apop fallida", "apop azonosítás sikertelen", "authentikasi apop gagal",
		"apop-verifiering misslyckades", "помилка аутентифікації apop", "apop 鉴权失败", "apop 驗證失敗",
	),
		doc: "The server refused the mailbox's credentials, in the words of the Xfce mail watcher (IMAP/POP3 NO or -ERR to the login; the GMail feed's 401/403), fetchmail (PS_AUTHFAIL: the authorization note and the query status) and Mutt (CRAM-MD5 and APOP refused)"},
	{id: "fetchmail_recipient_refused", class: ClassRecipient, anyOf: p(
		// Distrotech/fetchmail 81c32399 sink.c: "%cMTP listener doesn't like recipient address `%s'"
		// locales: ca, cs, da, de, el, eo, es, fr, gl, id, it, ja, nl, pl, pt_BR, ru, sq, sv, tr, vi, zh_CN
		"mtp no admet l'adreça del destinatari", "mtp se nelíbí adresa příjemce", "mtp-modtager kan ikke lide modtageradresse",
		"mtp-server mag empfängeradresse", "mtp απεχθάνεται τη διεύθυνση παραλήπτη", "mtp-aŭskultanto ne ŝatas ricevontan adreson",
		"mtp no le gusta la dirección de recipiente", "mtp n'apprécie pas l'adresse de destinataire", "mtp non acepta o enderezo de destinatario",
		"mtp tidak menyukai alamat penerima", "mtp non gradisce l'indirizzo di destinatario", "という受け手のアドレスを受け付けません", "mtp-programma wijst ontvangeradres",
		"mtp nie lubi adresu odbiorcy", "mtp não gosta do endereço do destinatário", "mtp не понравился адрес получателя",
		"mtp nuk e pëlqen vendndodhjen e marrësit", "mtp-lyssnaren tycker inte om mottagaradressen", "mtp dinleyicisi alıcı adresi olarak",
		"mtp không chấp nhận địa chỉ người nhận", "mtp 端不认可收件人地址",
	),
		doc: "fetchmail's SMTP/LMTP listener refused a recipient address at RCPT TO"},
	{id: "mailwatch_setup", class: ClassConfig, anyOf: p(
		// xfce-mirror/xfce4-mailwatch-plugin 19414e01 libmailwatch-core/mailwatch-mailbox-imap.c: "Secure IMAP is not available, and the IMAP server does not support plaintext logins."
		// locales: ar, ast, be, bg, ca, cs, da, el, es, et, eu, fi, fr, gl, he, id, it, ja, kk, ko, lo, lt, ms, nb, nl, oc, pl, ro, sk, sl, sq, sr, sv, th, tr, ug, ur, ur_PK, vi
		"آمان imap غير متوفر، وخادم imap لا يعتمد تسجيل الدخول كنص عادي",
		"secure imap nun ta disponible, y el sirvidor imap nun sofita anicios de sesión en testu planu",
		"зашыфраваны imap не падтрымліваецца, таксама сервер не падтрымлівае аўтэнтыфікацыю простым тэкстам",
		"защитена imap не е достъпна и сървърът не поддържа влизания с некриптирани данни",
		"la seguretat imap no està disponible i el servidor imap no permet connexions de text",
		"zabezpečený protokol imap není dostupný, server imap nepodporuje přihlášení nešifrovaným heslem",
		"sikret imap er ikke mulig, og imap-serveren understøtter ikke login i klartekst",
		"δεν υπάρχει διαθέσιμο ασφαλές imap, και ο διακομιστής imap δεν υποστηρίζει διαπίστευση με απλό κείμενο",
		"el protocolo imap seguro no está disponible y el servidor imap no admite inicios de sesión en texto claro",
		"turvaline imap pole saadaval, aga imap-i server ei toeta sisselogimisandmete edastamist lihttekstina",
		"imap segurua ez da erabilgarri, eta imap zerbitzariak ez ditu testu arrunteko saioak onartzen",
		"salattua imap-yhteyttä ei ole saatavilla, ja tämä imap-palvelin ei tue salaamattomia kirjautumisia",
		"l’imap sécurisé n’est pas disponible, et le serveur imap ne prend pas en charge les identifications en texte clair",
		"non está dispoñíbel imap seguro, e o servidor imap non admite conexións en texto simple",
		"imap מאובטח אינו זמין ושרת ה-imap אינו תומך בכניסות עם טקסט פשוט", "imap aman tak tersedia, dan server imap tidak mendukung log masuk teks biasa",
		"imap sicuro non è disponibile e il server imap non supporta gli accessi in testo semplice", "安全な imap が利用できません。また imap サーバーは平文でのログインに対応しません",
		"қауіпсіз imap қолжетімді емес және imap сервері ашық мәтіндік кіруді қолдамайды", "보안 imap을 사용할 수 없고, imap 서버가 평문 로그인을 지원하지 않습니다",
		"ບໍ່ມີ imap ທີ່ປອດໄພໃຫ້ໃຊ້, ແລະ ເຊີເວີ imap ບໍ່ຮອງຮັບການເຂົ້າລະບົບແບບຂໍ້ຄວາມທຳມະດາ",
		"saugus imap neprieinamas, taipogi imap nepalaiko gryno teksto prisijungimų",
		"imap selamat tidak tersedia, dan pelayan imap tidak menyokong daftar masuk teks biasa",
		"sikker imap er ikke tilgjengelig og imap-tjeneren støtter ikke innlogging via klartekst",
		"veilige imap is niet beschikbaar, en de imap-server ondersteunt geen aanmeldingen met platte tekst",
		"l'imap securizat es pas disponible, e lo servidor imap supòrta pas las identificacions en tèxte clar",
		"bezpieczne połączenie imap nie jest dostępne, a serwer imap nie obsługuje przesyłania nieszyfrowanych haseł",
		"secure imap nu este disponibil, iar serverul imap nu acceptă autentificări în text clar",
		"zabezpečený protokol imap nie je dostupný, server imap nepodporuje prihlásenie nezašifrovaným heslom",
		"varni imap ni a voljo, imap strežnik pa ne podpira prijav z običajnim tekstom",
		"s’ka imap të sigurt dhe shërbyesi imap s’mbulon hyrje në të përmes teksti të thjeshtë",
		"безбедни имап није доступан, и служитељи имапа не подржавају пријаву обичним писмом",
		"säker imap är inte tillgänglig och imap-servern stöder inte klartextinloggningar",
		"ไม่รองรับ imap แบบนิรภัย และแม่ข่าย imap ก็ไม่รองรับการเข้าระบบแบบข้อความเปล่า",
		"güvenli imap yok ve imap sunucusu düz metin girişlerini desteklememektedir",
		"بىخەتەر imap نى ئىشلەتكىلى بولمايدۇ. imap مۇلازىمېتىرىغا ئادەتتىكىدەك كىرىشكە بولمايدۇ",
		"محفوظ imap دستیاب نہیں، اور imap سرور plaintext لاگ ان کی معاونت نہیں رکھتا",
		"không dùng được imap bảo mật, và máy chủ imap không hỗ trợ đăng nhập thông thường",
		// xfce-mirror/xfce4-mailwatch-plugin 19414e01 libmailwatch-core/mailwatch-mailbox-imap.c: "STARTTLS security was requested, but this server does not support it."
		// locales: ar, ast, bg, ca, da, de, el, en, en_AU, en_CA, en_GB, es, et, eu, fi, fr, gl, he, hr, hu, id, it, ja, kk, lo, lt, lv, ms, nb, nl, oc, pt, pt_BR, ro, sl, sq, sr, sv, th, tr, ug, ur, ur_PK, vi, zh_TW
		"تم طلب الأمان بدء tls، ولكن هذا الخادم لا يدعمه", "solicitóse l'usu de seguridá starttls, pero esti sirvidor nun lo sofita",
		"беше поискана starttls защита, но този сървър вероятно не я поддържа", "s'ha demanat seguretat starttls però el servidor no ho permet",
		"starttls-sikkerhed blev anmodet, men serveren understøtter det ikke",
		"starttls-login wurde verlangt, der server unterstützt das verfahren aber nicht",
		"ζητήθηκε ασφάλεια starttls, αλλά ο διακομιστής δεν το υποστηρίζει", "starttls security was requested, but this server does not support it",
		"se ha solicitado la seguridad starttls, pero este servidor no la admite", "päring eeldas starttls-i kasutamist, kui server ei toeta seda",
		"starttls segurtasuna eskatu da baina zerbitzariak ez du onartzen", "pyydettiin starttls-turvallisuuskäytäntöä, mutta palvelin ei tue sitä",
		"la sécurité starttls a été demandée, mais ce serveur ne la prend pas en charge", "solicitouse seguridade starttls, pero este servidor non a admite",
		"אבטחת starttls התבקשה אך שרת זה אינו תומך בכך", "zatraženo je korištenje starttls sigurnosti, ali ovaj server je ne podržava",
		"starttls biztonsági szolgáltatást kért, de ez a kiszolgáló nem támogatja azt", "keamanan starttls diminta, tapi server ini tidak mendukungnya",
		"è stata richiesta la sicurezza starttls, ma questo server non la supporta", "starttls セキュリティがリクエストされましたが、このサーバーはサポートしていません",
		"starttls қауіпсіздігі сұралды, бірақ бұл сервер оны қолдамайды", "ມີການຮ້ອງຂໍຄວາມປອດໄພ starttls, ແຕ່ເຊີເວີນີ້ບໍ່ຮອງຮັບ",
		"prašoma starttls, bet šis serveris jo nepalaiko", "starttls drošība tika pieprasīta, bet serveris neatbild",
		"keselamatan starttls telah dipinta, tetapi pelayan ini tidak menyokongnya",
		"starttls-sikkerhet ble forsøkt, men denne tjeneren har ikke støtte for dette",
		"starttls-veiligheid werd verzocht, maar deze server ondersteunt het niet",
		"la seguretat starttls es estada demandada, mas aqueste servidor o supòrta pas", "solicitada a segurança starttls, mas este servidor não a suporta",
		"segurança starttls foi requisitada, mas este servidor não a suporta", "securitatea starttls a fost solicitată, dar acest server nu o acceptă",
		"zahtevana je bila varnost starttls, a ga ta strežnik ne podpira", "lypsej sigurimi përmes starttls, por ky shërbyes nuk e mbulon atë",
		"захтевана је безбедност старттлс, али, овај служитељ је не подржава", "starttls-säkerhet begärdes, men den här servern stödjer det inte",
		"มีการร้องขอการรักษาความปลอดภัย starttls แต่แม่ข่ายนี้ไม่รองรับ", "starttls güvenliği istendi, ancak bu sunucu desteklemiyor",
		"starttls بىخەتەرلىك ئىلتىماسى يوللانغان ئىدى، بىراق مۇلازىمېتىر بۇنى قوللىمايدىكەن",
		"starttls سیکورٹی کی درخواست کی گئی تھی مگر سرور اس کی معاونت نہیں رکھتا", "yêu cầu dùng bảo mật starttls, nhưng máy chủ này không hỗ trợ",
		"已經要求 starttls 安全連線，但是這個伺服器不支援",
		// xfce-mirror/xfce4-mailwatch-plugin 19414e01 libmailwatch-core/mailwatch-mailbox-gmail.c, libmailwatch-core/mailwatch-mailbox-imap.c, libmailwatch-core/mailwatch-mailbox-pop3.c, libmailwatch-core/mailwatch-net-conn.c: "TLS handshake failed: %s"
		// locales: ar, ast, be, bg, ca, cs, da, de, el, es, et, eu, fi, fr, gl, he, hr, hu, id, is, ja, ka, kk, ko, lo, lt, lv, ms, nb, oc, pl, pt, pt_BR, ru, sk, sl, sr, sv, th, tr, ug, uk, ur, ur_PK, vi, zh_CN, zh_TW
		"فشلت مصافحة tls", "fallu na negociación tls", "не атрымалася злучыцца з tls", "неуспешно tls свърване", "no s'ha pogut dur a terme la connexió tls",
		"připojení pomocí tls selhalo", "tls-håndtryk mislykkedes", "tls-verbindungsaufbau fehlgeschlagen", "απέτυχε η συναλλαγή tls",
		"ha fallado el establecimiento de comunicación del protocolo tls", "tls-kätlus ei õnnestunud", "tls agurrak huts egin du", "tls-kättely epäonnistui",
		"échec du protocole de transfert tls", "as negociacións tls fallaron", "לחיצת־יד tls נכשלה", "tls neuspješno rukovanje", "a tls kézfogás meghiúsult",
		"tls gagal saling terkait", "tls-handaband mistókst", "tls ハンドシェイクに失敗しました", "tls მიმოცვლა ჩავარდა", "tls қол алмасу қатесі", "tls 교환 실패",
		"ການເຊື່ອມຕໍ່ tls ຫຼົ້ມເຫຼວ", "klaida atliekant tls rankos paspaudimą", "tls rokasspiediens neizdevās", "jabat tangan tls gagal",
		"tls-håndtrykket mislyktes", "fracàs del quichal de man tls", "błąd potwierdzenia tls", "falha na negociação tls", "falha no tls handshake",
		"ошибка установки связи tls", "pripojenie pomocou tls zlyhalo", "neuspešno tls usklajevanje", "поље руковања тлс", "tls handskakning misslyckades",
		"กระบวนการจับมือของ tls ล้มเหลว", "tls el sıkışması başarısız", "tls سالىمى مەغلۇپ بولدى", "помилка встановлення з'єднання tls",
		"tls ہینڈ شیک ناکام", "bắt tay\" tls không thành công", "无法进行 tls 交接", "tls 交握失敗",
		// xfce-mirror/xfce4-mailwatch-plugin 19414e01 libmailwatch-core/mailwatch-mailbox-imap.c: "No server or username is set."
		// locales: ar, ast, be, bg, ca, cs, da, de, el, en, en_AU, en_CA, en_GB, es, et, eu, fi, fr, gl, he, hr, hu, id, is, it, ja, ka, kk, ko, lo, lt, lv, ms, nb, nl, oc, pl, pt, pt_BR, ro, ru, sk, sl, sq, sr, sv, th, tr, ug, uk, ur, ur_PK, vi, zh_CN, zh_TW
		"لم يتم تعيين خادم أو اسم مستخدم", "nun s'afitó nin el sirvidor nin el nome d'usuariu", "не ўведзены сервер альбо імя карыстальніка",
		"не е зададен сървър или потребителско име", "no s'ha establert el servidor o el nom d'usuari", "není nastaven název serveru nebo uživatelské jméno",
		"ingen server eller brugernavn er angivet", "es ist kein server- oder benutzername eingegeben", "δεν έχει καθοριστεί διακομιστής ή όνομα χρήστη",
		"no server or username is set", "no se ha configurado el servidor o el nombre de usuario", "ei serverit ega kasutajanime pole sisestatud",
		"ez da zerbitzari edo erabiltzaile izenik ezarri", "palvelinta tai käyttäjätunnusta ei ole asetettu",
		"aucun serveur ou nom d’utilisateur n’est défini", "non se definiu ningún servidor ou ningún nome de usuario", "לא הוגדר שרת או שם משתמש",
		"nije postavljen poslužitelj ili korisničko ime", "nincs kiszolgáló- vagy felhasználói név beállítva",
		"tak ada server atau nama pengguna yang diatur", "hvorki er búið að stilla notandanafn eða heiti á þjóni", "server o nome utente non impostati",
		"サーバーまたはユーザー名が設定されていません", "სერვერი, ან მომხმარებლის სახელი დაყენებული არაა", "сервер немесе пайдаланушы аты орнатылмаған", "지정된 서버나 사용자이름이 없습니다",
		"ຍັງບໍ່ທັນໄດ້ຕັ້ງຄ່າເຊີເວີ ຫຼື ຊື່ຜູ້ໃຊ້", "nenustatytas serveris arba naudotojo vardas", "nav uzstādīt serveris un lietotāja vārds",
		"tiada pelayan atau nama pengguna ditetapkan", "tjenernavn eller brukernavn er ikke angitt", "er is geen server of gebruikersnaam ingesteld",
		"cap de servidor o nom d'utilizaire es pas definit", "nie wprowadzono nazwy serwera lub użytkownika", "sem servidor ou nome de utilizador definido",
		"nenhum servidor ou nome de usuário foi configurado", "nu este definit niciun server sau nume de utilizator", "не задан сервер или имя пользователя",
		"nie je nastavený názov servera alebo používateľského mena", "strežnik ali uporabnik nista določena", "s’është caktuar shërbyes apo emër përdoruesi",
		"није подешен служитељ или корисничко име", "ingen server eller användarnamn inställt", "ไม่ได้กำหนดแม่ข่ายหรือชื่อผู้ใช้",
		"sunucu veya kullanıcı adı belirlenmedi", "مۇلازىمېتىر ئاتى ياكى ئىشلەتكۈچى ئاتى بېكىتىلمىگەن", "не встановлено назву сервера або ім'я користувача",
		"کوئی سرور اور صارف نام مرتب نہیں ہے", "chưa đặt máy chủ hoặc người dùng", "未设置服务器或用户名", "伺服器或是使用者名稱沒設定",
	),
		doc: "The Xfce mail watcher's own setup and TLS: LOGINDISABLED without TLS, STARTTLS asked but not offered, the TLS handshake failed, no server or username set; no password was tried"},
	{id: "fetchmail_setup", class: ClassConfig, anyOf: p(
		// Distrotech/fetchmail 81c32399 imap.c: "Required LOGIN capability not supported by server"
		// locales: ca, cs, da, de, el, eo, es, fr, gl, id, it, ja, nl, pl, pt_BR, ru, sq, sv, tr, vi, zh_CN
		"el servidor no suporta la capacitat per login requerida", "server nepodporuje požadovanou schopnost login",
		"server understøtter ikke den krævede indlogningsmåde", "benötigte login-fähigkeit nicht vom server unterstützt",
		"απαιτούμενη ικανότητα login δεν μεταγλωττίστηκε στο fetchmail", "postulata login-kapablo ne estas subtenata de servilo",
		"la capacidad login requerida no está permitida por el servidor", "la fonction login requise n'est pas supportée par le serveur",
		"capacidade login requirida non soportada polo servidor", "kemampuan login yang diperlukan tidak dikompilasi oleh server",
		"la capacità login richiesta non è supportata dal server", "要求された login 処理能力はサーバでサポートされていません",
		"benodigde login-mogelijkheid wordt niet door server ondersteund", "serwer nie obsługuje wymaganej metody uwierzytelnienia login",
		"capacidade de login exigida não é suportada pelo servidor", "требуемая опция login не поддерживается сервером",
		"aftësi e nevojshme login e pambuluar prej shërbyesit", "nödvändig login-förmåga inte inkompilerad i fetchmail",
		"sunucu gerekli login yeteneğini desteklemiyor", "khả năng login (đăng nhập) cần thiết không được hỗ trợ bởi máy phục vụ",
		"需要的 login 功能未被编译进 fetchmail",
		// Distrotech/fetchmail 81c32399 pop3.c: "We've run out of allowed authenticators and cannot continue."
		// locales: ca, cs, da, de, eo, es, fr, id, it, ja, nl, pl, ru, sv, vi, zh_CN
		"s'han esgotat els autenticadors permesos i no es pot continuar", "vyčerpali jsme všechny povolené autentikátory, a tak nemůžeme pokračovat",
		"vi er løbet tør for tilladte godkendelser og kan ikke fortsætte", "keine weiteren authentifizierungsverfahren verfügbar, fortsetzung nicht möglich",
		"ni elĉerpis permesatajn aŭtentikigilojn kaj ne povas daŭrigi", "hemos agotado los autenticadores permitidos y no puede continuar",
		"nous avons épuisé toutes les techniques d'authentification permises et ne pouvons continuer",
		"kami kehabisan otentikator yang diizinkan dan tak dapat melanjutkan", "impossibile continuare, esauriti i metodi di autenticazione permessi",
		"使用を許可されたすべての認証手段を試みましたが、すべて失敗しました。実行を継続できません", "het maximum aantal toegestane authenticators is bereikt, kan niet verder gaan",
		"wyczerpano dozwolone sposoby uwierzytelnienia, nie można kontynuować", "закончились допустимые аутентификаторы, продолжение невозможно",
		"vi har fått slut på tillåtna autenticerare och kan inte fortsätta", "hết các bộ xác thực được phép nên không thể tiếp tục", "我们已经用完了可用的验证方式，无法继续",
		// Distrotech/fetchmail 81c32399 imap.c, pop3.c: "%s: upgrade to TLS failed."
		// locales: ca, cs, da, de, en, eo, es, fr, id, it, ja, nl, pl, ru, sv, vi, zh_CN
		"la promoció a tls a fallat", "přechod do tls se nezdařil", "opgradering til tls fejlede", "upgrade auf tls fehlgeschlagen",
		"promociigo al tls malsukcesis", "falló la actualización a tls", "passage au tls raté", "pemutakhiran ke tls gagal", "aggiornamento a tls fallito",
		"tls へのアップグレードに失敗", "opwaardering naar tls is mislukt", "przejście na tls nie powiodło się", "сбой обновления до tls",
		"uppgradering till tls misslyckades", "việc nâng cấp lên tls gặp lỗi", "升级至 tls 协议失败", "upgrade to tls failed",
		// Distrotech/fetchmail 81c32399 socket.c: "Server CommonName mismatch: %s != %s"
		// locales: ca, cs, da, de, el, en, en_GB, eo, es, fr, id, it, ja, nl, pl, ru, sq, sv, tr, vi, zh_CN
		"el nom comú del servidor no coincideix", "obecné jméno (cn) serveru neodpovídá", "uoverensstemmelse i servers almennavn",
		"server-commonname stimmt nicht überein", "μη ταίριασμα κοινούονόματος διακομιστή", "server commonname mismatch", "servila komun-noma nekongruo",
		"commonname» del servidor no coincide", "pas de concordance du nom commun du serveur", "namaumum server tidak cocok",
		"errore di corrispondenza del nome comune del server", "サーバの commonname が一致しません", "gewone naam (cn) van server klopt niet",
		"niezgodność commonname serwera", "несовпадение общепринятого имени сервера", "ngatërrim emri të zakonshëm shërbyesi",
		"serverns vanliga namn stämmer inte", "sunucu commonname'i uyuşmazlığı", "tên chung máy phục vụ không khớp", "服务器名不匹配",
		// Distrotech/fetchmail 81c32399 driver.c: "SSL connection failed."
		// locales: ca, cs, da, de, el, en, en_GB, eo, es, fi, fr, id, it, ja, nl, pl, pt_BR, ru, sk, sq, sv, tr, vi, zh_CN
		"la conexió ssl ha fallat", "spojení ssl selhalo", "ssl-forbindelse mislykkedes", "ssl-verbindung fehlgeschlagen", "η σύνδεση ssl απέτυχε",
		"ssl connection failed", "ssl konekto malsukcesis", "fallo en la conexión ssl", "ssl-yhteys epäonnistui", "échec de la connexion ssl",
		"koneksi ssl gagal", "connessione ssl fallita", "ssl による接続に失敗しました", "ssl-verbinding is mislukt", "połączenie ssl nie powiodło się",
		"conexão ssl falhou", "сбой подключения через ssl", "ssl pripojenie zlyhalo", "lidhja ssl dështoi", "ssl-anslutning misslyckades",
		"ssl bağlantısı başarısız oldu", "kết nối ssl đã thất bại", "ssl 连接失败",
		// Distrotech/fetchmail 81c32399 fetchmail.c: "fetchmail: can't find a password for %s@%s."
		// locales: ca, cs, da, de, el, en, en_GB, eo, es, fr, id, it, ja, nl, pl, ru, sk, sq, sv, tr, vi, zh_CN
		"fetchmail: no s'ha trobat cap contrasenya per a", "fetchmail: nemohu najít heslo pro", "fetchmail: kan ikke finde et kodeord for",
		"fetchmail: kann kein passwort für", "fetchmail: αδυναμία εύρεση λέξης κλειδί για το", "fetchmail: can't find a password for",
		"fetchmail: ne eblas trovi pasvorton por", "fetchmail: no se puede encontrar una contraseña para", "fetchmail: ne trouve pas de mot de passe pour",
		"fetchmail: tak dapat menemukan sandi lewat untuk", "fetchmail: impossibile trovare una password per", "にログインするためのパスワードがありません",
		"fetchmail: kan geen wachtwoord vinden voor", "fetchmail: nie można znaleźć hasła dla", "fetchmail: невозможно найти пароль для",
		"fetchmail: nepodarilo sa nájsť heslo pre", "fetchmail: nuk mund të gjej fjalëkalim për", "fetchmail: kan inte hitta ett lösenord för",
		"in parolasını bulamıyorum", "fetchmail: không tìm thấy mật khẩu cho", "fetchmail: 无法找到",
		// Distrotech/fetchmail 81c32399 pop3.c: "TLS is mandatory for this session, but server refused CAPA command."
		// locales: ca, cs, da, de, eo, es, fr, id, it, ja, nl, pl, ru, sv, vi, zh_CN
		"aquesta sessió requereix tls, però el servidor no admet l'ordre capa", "pro tuto relaci je tls povinné, ale server odmítl příkaz capa",
		"tls er krævet for denne session, men server nægtede capa-kommando",
		"tls ist für diese sitzung nötig, aber der server hat den capa-befehl abgelehnt",
		"tls nepras por ĉi tiu seanco, sed la servilo rifuzis capa-komandon", "tls es obligatorio para esta sesión, pero el servidor rechaza la orden capa",
		"tls est requis pour cette session mais le serveur refuse la commande capa",
		"tls merupakan keharusan untuk sesi ini, tapi server menolak perintah capa",
		"tls è obbligatorio per questa sessione, ma il server rifiuta il comando capa", "このセッションには tls が必要ですが、サーバが capa コマンドを拒否しました",
		"tls is verplicht voor deze sessie, maar de server weigert capa-opdracht", "tls jest wymagany dla tej sesji, ale serwer odrzucił polecenie capa",
		"для этого сеанса требуется использовать tls, однако сервер отклонил команду capa",
		"tls är obligatoriskt för denna session, men servern vägrade capa-kommandot",
		"bắt buộc phải sử dụng tls trong phiên chạy này mà trình phục vụ đã từ chối lệnh capa", "强制使用 tls 会话，但服务器拒绝 capa 命令",
		// Distrotech/fetchmail 81c32399 sink.c: "SMTP server requires STARTTLS, keeping message."
		// locales: ca, cs, da, en, eo, es, fr, id, ja, nl, ru, sv, vi, zh_CN
		"el servidor smtp requereix starttls, es manté el missatge", "smtp server vyžaduje starttls, zpráva zadržena",
		"smtp-server kræver starttls, bevarer besked", "smtp-servilo postulas starttls, ni gardas mesaĝon",
		"el servidor smtp necesita starttls, manteniendo mensaje", "le serveur smtp exige starttls, on conserve le message",
		"server smtp memerlukan starttls, menyimpan pesan", "smtp サーバは starttls を要求しています、メッセージを保存しました", "smtp-server vereist starttls, bericht behouden",
		"для smtp-сервера требуется starttls; сообщение сохранено", "smtp-servern kräver starttls, behåller meddelandet",
		"trình phục vụ smtp yêu cầu starttls, vẫn giữ thư", "smtp 服务器需要 starttls 认证，正在保存邮件", "smtp server requires starttls, keeping message",
	),
		doc: "fetchmail's setup, TLS and mechanisms: LOGIN capability missing, no allowed authenticator left, the TLS upgrade or SSL connection failed, the certificate's CommonName differs, no password configured, TLS mandatory but CAPA refused, the listener requires STARTTLS"},
	{id: "mpop_msmtp_setup", class: ClassConfig, anyOf: p(
		// marlam/mpop bf1fb266 src/pop3.c: "POP3 server does not support authentication method %s"
		// locales: eo, pt_BR, ro, ru, sv, uk
		"pop3-servilo ne regas la aŭtentigan metodon", "o servidor pop3 não suporta o método de autenticação",
		"serverul pop3 nu acceptă metoda de autentificare", "pop3-сервер не поддерживает метод аутентификации",
		"pop3 server stöder inte autentiseringsmetod", "на сервері pop3 не передбачено способу розпізнавання",
		// marlam/mpop bf1fb266 src/pop3.c: "cannot use a secure authentication method"
		// locales: en, eo, es, pt_BR, ro, ru, sv, uk
		"ne eblas uzi sekuran aŭtentigan metodon", "no se puede usar ningún método de autenticación seguro",
		"não foi possível usar um método seguro de autenticação", "nu se poate utiliza o metodă de autentificare sigură",
		"не удалось задействовать безопасный метод аутентификации", "kan inte använda en säker autentiseringsmetod",
		"неможливо скористатися безпечним способом розпізнавання", "cannot use a secure authentication method",
		// marlam/mpop bf1fb266 src/mpop.c, src/pop3.c, src/pop3.h: "authentication method %s needs a password"
		// locales: eo, pt_BR, ro, ru, sv, uk
		"postulas pasvorton", "requer uma senha", "necesită o parolă", "требует указать пароль", "behöver ett lösenord",
		"для використання способу розпізнавання",
		// marlam/mpop bf1fb266 src/mpop.c: "the POP3 server does not support TLS via the STLS command"
		// locales: de, en, eo, es, fr, pt_BR, ro, ru, sr, sv, uk
		"der pop3-server unterstützt über den stls-befehl kein tls", "la pop3-servilo ne regas tls-on per la komando stls",
		"el servidor pop3 no admite tls a través de la orden stls", "le serveur pop3 ne supporte pas tls via la commande stls",
		"o servidor pop3 não suporta tls através do comando stls", "serverul pop3 nu acceptă tls prin intermediul comenzii stls",
		"pop3-сервер не поддерживает tls на основе команды stls", "pop3“ сервер не подржава „tls“ путем „stls“ наредбе",
		"pop3-servern stöder inte tls via stls-kommandot", "на сервері pop3 не передбачено підтримки tls на основі команди stls",
		"the pop3 server does not support tls via the stls command",
		// marlam/mpop bf1fb266 src/pop3.c: "cannot find a usable authentication method"
		// locales: eo, es, pt_BR, ro, ru, sv, uk
		"ne eblas trovi uzeblan aŭtentigan metodon", "no se puede encontrar ningún método usable de autenticación",
		"não foi possível encontrar um método usável de autenticação", "nu se poate găsi o metodă de autentificare utilizabilă",
		"не найден рабочий метод аутентификации", "kan inte hitta en användbar autentiseringsmetod",
		"не вдалося знайти придатний до використання спосіб розпізнавання",
		// marlam/mpop bf1fb266 src/net.c: "host not found (authoritative)"
		// locales: de, eo, es, fr, pt_BR, ro, ru, sr, sv, uk
		"host nicht gefunden (endgültig", "retnodo ne trovita (aŭtoritata", "host no encontrado (autoritario", "hôte pas trouvé (serveur faisant autorité",
		"host não encontrado (autoritativo", "gazda nu a fost găsită (server autorizat", "сервер не найден (авторитетный ответ",
		"нисам нашао домаћина (званично", "värd hittades inte (auktoritativ", "не знайдено вузла (уповноваженого",
		// marlam/mpop bf1fb266 src/mpop.c: "support for TLS is not compiled in"
		// locales: de, eo, es, fr, pt_BR, ro, ru, sr, sv, uk
		"unterstützung für tls ist nicht einkompiliert worden", "rego de tls ne disponeblas", "el soporte para tls no está compilado",
		"le tls n'est pas compilé dans le programme", "o suporte a tls não está compilado", "suportul pentru tls nu este compilat în",
		"программа собрана без поддержки tls", "подршка за „tls“ није преведена", "stöd för tls är inte kompilerat i",
		"підтримку tls не було увімкнено під час збирання програми",
		// marlam/msmtp 933d35be src/mtls-gnutls.c, src/mtls-libtls.c, src/mtls-openssl.c, src/mtls.h: "TLS handshake failed"
		// locales: eo, es, fr, pt_BR, ru, sr, ta, uk, zh_CN
		"tls-manpremo malsukcesis", "fallo en el apretón de manos tls", "échec de la poignée de main tls", "o handshake tls falhou",
		"сбой при инициализации tls", "tls“ руковање није успело", "tls கைகுலுக்கல் தோல்வியுற்றது", "помилка при ініціалізації tls", "tls 握手失败",
	), noneOf: p(
		// "requer uma senha", "necesită o parolă" (a method needs a password)
		// also open FairEmail's hint that the provider requires an app password
		"senha do aplicativo", "parolă de aplicație",
	),
		doc: "mpop and msmtp: the POP3 server lacks the configured method or STLS, no secure or usable method, a method needs a password, the host does not exist, TLS not compiled in, the TLS handshake failed"},
	{id: "mutt_setup", class: ClassConfig, anyOf: p(
		// muttmua/mutt 15c45790 imap/auth_login.c: "LOGIN disabled on this server."
		// locales: bg, ca, cs, da, de, el, eo, es, et, eu, fi, fr, ga, gl, hu, id, it, ja, ko, lt, nl, pl, ru, sv, tr, uk, zh_CN, zh_TW
		"login е изключен на този сървър", "l’ordre «login» no es troba habilitada en aquest servidor",
		"metoda autentizace login je na tomto serveru zakázána", "der er spærret for indlogning på denne server", "login ist auf diesem server abgeschaltet",
		"το login απενεργοποιήθηκε σε αυτό τον διακομιστή", "login estas malŝaltita ĉe ĉi tiu servilo", "login desactivado en este servidor",
		"login on sellel serveril blokeeritud", "zerbitzari honetan saio astea ezgaiturik", "login on poistettu käytöstä palvelimella",
		"login désactivée sur ce serveur", "díchumasaíodh login ar an fhreastalaí seo", "login deshabilitado neste servidor",
		"a login parancsot letiltották ezen a szerveren", "login tidak diaktifkan di server ini", "login non è abilitato su questo server",
		"login はこのサーバでは無効になっている", "이 서버는 login이 허용되지 않음", "login išjungtas šiame serveryje", "login is uitgeschakeld op deze server",
		"login został wyłączony na tym serwerze", "команда login запрещена на этом сервере", "login inaktiverat på den här servern",
		"bu sunucuda login devre dışı", "login заборонено на цьому сервері", "login 在此服务器已禁用", "伺服器禁止了登入",
		// muttmua/mutt 15c45790 mutt_ssl.c: "SSL failed: %s"
		// locales: bg, ca, cs, da, de, el, en, eo, et, eu, fi, fr, ga, hu, id, it, ko, nl, pl, ru, sv, tr, uk, zh_CN
		"неуспешен ssl", "la negociació d’ssl ha fallat", "chyba ssl", "ssl mislykkedes", "ssl fehlgeschlagen", "ssl απέτυχε", "ssl malsukcesis",
		"ssl ebaõnnestus", "ssl hutsa", "ssl epäonnistui", "ssl a échoué", "theip ar ssl", "ssl sikertelen", "ssl gagal", "ssl fallito", "ssl 실패",
		"ssl is mislukt", "ssl nie powiodło się", "не удалось установить ssl-соединение", "ssl misslyckades", "ssl başarısız oldu", "помилка ssl", "ssl 失败",
		"ssl failed",
		// muttmua/mutt 15c45790 smtp.c: "SMTP authentication requires SASL"
		// locales: ca, cs, da, de, en, eo, eu, fi, fr, id, it, ja, nl, pl, ru, sv, tr, uk, zh_CN
		"l’autenticació smtp necessita sasl", "smtp autentizace vyžaduje sasl", "smtp-godkendelse kræver sasl", "smtp-authentifizierung benötigt sasl",
		"smtp-rajtiĝo bezonas sasl", "smtp autentifikazioak sasl behar du", "smtp-autentikaatio vaatii saslia", "l'authentification smtp nécessite sasl",
		"authentikasi smtp membutuhkan sasl", "l'autenticazione smtp richiede sasl", "smtp 認証には sasl が必要", "smtp-authenticatie vereist sasl",
		"uwierzytelnianie smtp wymaga sasl", "smtp аутентификация требует sasl", "smtp-autentisering kräver sasl",
		"smtp kimlik doğrulaması sasl gerektiriyor", "smtp-аутентифікація потребує sasl", "smtp 鉴权需要 sasl", "smtp authentication requires sasl",
		// muttmua/mutt 15c45790 imap/imap.c: "This IMAP server is ancient. Mutt does not work with it."
		// locales: bg, ca, cs, da, de, el, en, eo, es, et, eu, fi, fr, ga, gl, hu, id, it, ja, ko, lt, nl, pl, pt_BR, ru, sk, sv, tr, uk, zh_CN, zh_TW
		"този imap-сървър е остарял. mutt няма да работи с него", "aquest servidor imap és antic. mutt no pot funcionar amb ell",
		"tento imap server je zastaralý. mutt s ním nebude fungovat", "forældet imap-server. mutt kan ikke bruge den",
		"dieser imap-server ist veraltet und wird nicht von mutt unterstützt", "αυτός ο εξυπηρετητής imap είναι αρχαίος. το mutt δεν είναι συμβατό με αυτόν",
		"ĉi tiu imap-servilo estas antikva. mutt ne funkcias kun ĝi", "este servidor imap es ancestral. mutt no puede trabajar con el",
		"see imap server on iganenud. mutt ei tööta sellega", "imap zerbitzaria aspaldikoa da. mutt-ek ezin du berarekin lan egin",
		"imap-palvelin on niin vanha ettei mutt toimi sen kanssa", "ce serveur imap est trop ancien. mutt ne marche pas avec",
		"freastalaí ársa imap. ní oibríonn mutt leis", "este servidor imap é moi vello. mutt non traballa con el",
		"ez az imap kiszolgáló nagyon régi. a mutt nem tud együttműködni vele", "imap server ini sudah kuno. mutt tidak bisa menggunakannya",
		"questo server imap è troppo vecchio, mutt non può usarlo", "この imap サーバは古い。これでは mutt はうまく機能しない", "오래된 버젼의 imap 서버로 mutt와 사용할 수 없습니다",
		"šis imap serveris yra senoviškas. mutt su juo neveikia", "mutt kan niet overweg met deze antieke imap-server",
		"zbyt stara wersja serwera imap. praca z tym serwerem nie jest możliwa", "este servidor imap é pré-histórico. mutt não funciona com ele",
		"этот imap-сервер использует устаревший протокол. mutt не сможет работать с ним", "tento imap server je starý. mutt s ním nevie pracovať",
		"den här imap-servern är uråldrig. mutt fungerar inte med den", "bu imap sunucusu çok eski. mutt bu sunucuyla çalışmaz",
		"цей сервер imap застарілий. mutt не може працювати з ним", "这个 imap 服务器已过时，mutt 无法与之工作", "這個 imap 伺服器已過時，mutt 無法使用它",
		"this imap server is ancient. mutt does not work with it",
	),
		doc: "Mutt: LOGIN disabled on the server, SSL negotiation failed, SMTP authentication needs SASL support, the IMAP server is too old"},
}

// round35UnixLateRules come right before l10nConnectionRules: the fixed
// parts of these connection sentences ("impossible de se connecter à",
// "could not connect to") open other products' sentences too, whose own
// rules (a refused password after the connection, a host not found, an ERP
// mail gateway) decide first.
var round35UnixLateRules = []rule{
	{id: "unixmail_connection_failed", class: ClassTransient, anyOf: p(
		// xfce-mirror/xfce4-mailwatch-plugin 19414e01 libmailwatch-core/mailwatch-net-conn.c: "Failed to receive data: %s"
		// locales: ar, ast, be, bg, ca, cs, da, de, el, en, en_AU, en_CA, en_GB, es, et, eu, fi, fr, gl, he, hr, hu, id, ie, is, it, ja, ka, kk, ko, lo, lt, lv, ms, nb, nl, oc, pl, pt, pt_BR, ro, ru, sk, sl, sq, sr, sv, th, tr, ug, uk, ur, ur_PK, vi, zh_CN, zh_TW
		"فشل في الحصول على البيانات", "fallu al recibir datos", "не атрымалася прыняць даныя", "неуспешно получаване на данни",
		"ha fallat la recepció de les dades", "přijem dat se nezdařil", "kunne ikke modtage data", "daten konnten nicht empfangen werden",
		"η λήψη δεδομένων απέτυχε", "failed to receive data", "no se han podido recibir datos", "andmete vastuvõtmine ei õnnestunud",
		"huts datuak jasotzerakoan", "tiedon vastaanotto epäonnistui", "impossible de recevoir des données chiffrées", "erro ao recibir os datos",
		"קבלת הנתונים נכשלה", "neuspjelo primanje podataka", "az adatok fogadása meghiúsult", "gagal menerima data", "ne successat reciver data",
		"mistókst að taka á móti gögnum", "impossibile ricevere dati", "データの受信に失敗しました", "მონაცემების მიღება ჩავარდა", "деректерді алу сәтсіз аяқталды",
		"데이터를 전송받는데 실패했습니다", "ຮັບຂໍ້ມູນບໍ່ສຳເລັດ", "nepavyko gauti duomenų", "neizdevās saņemt datus", "gagal terima data", "klarte ikke ta imot data",
		"kon geen gegevens ontvangen", "impossible de recebre de donadas chifradas", "nie udało się odebrać danych", "falha ao receber dados",
		"primirea datelor a eșuat", "не удалось принять данные", "príjem dát zlyhal", "neuspešno prejemanje podatkov", "s’u arrit të merreshin të dhëna",
		"нисам успео да примим податак", "misslyckades ta emot data", "รับข้อมูลไม่สำเร็จ", "veri alınamadı", "سانلىق مەلۇماتلارنى قوبۇل قىلىش مەغلۇپ بولدى",
		"невдача приймання даних", "ڈیٹا حاصل کرنے میں ناکامی", "xảy ra lỗi khi tiếp nhận dữ liệu", "无法接收数据", "無法接收資料",
		// xfce-mirror/xfce4-mailwatch-plugin 19414e01 libmailwatch-core/mailwatch-net-conn.c: "Failed to connect to server \"%s\": %s"
		// locales: ast, de, el, es, et, eu, fi, gl, he, hr, hu, lo, ms, nb, oc, pt, pt_BR, ro, ru, sl, sq, sv, ug, uk, ur, ur_PK, zh_TW
		"fallu al coneutar col sirvidor", "verbindungsaufbau zu server", "h σύνδεση στο διακομιστή", "no se ha podido conectar con el servidor",
		"serveriga ühendamine ei õnnestunud", "zerbitzarira konektatzerakoan", "ei voi yhdistää", "produciuse un erro ao conectar co servidor",
		"אירע כשל בהתחברות לשרת", "neuspjelo spajanje na poslužitelj", "a csatlakozás meghiúsult a kiszolgálóhoz", "ເຊື່ອມຕໍ່ຫາເຊີເວີ",
		"gagal sambung ke pelayan", "klarte ikke koble til tjener", "impossible de se connectar al servidor", "falha ao ligar ao servidor",
		"falha ao conectar ao servidor", "conectarea la serverul", "не удалось соединиться с сервером", "neuspešno povezovanje s strežnikom",
		"s’u arrit të lidhej me shërbyesin", "misslyckades ansluta till server", "ئۇلىنىش مەغلۇپ بولدى", "невдача з'єднання з сервером",
		"سرور سے رابطہ نہیں ہوسکا", "無法連結到伺服器",
		// Distrotech/fetchmail 81c32399 driver.c: "Lock-busy error on %s@%s"
		// locales: cs, da, de, el, eo, es, fr, gl, id, it, ja, nl, pl, pt_BR, ru, sq, sv, tr, vi, zh_CN
		"chyba \"zámek se používá\" na", "lås optaget-fejl på", "lock-beschäftigt-fehler bei", "σφάλμα lock-busy στον", "ŝlos-okupata eraro sur",
		"error «lock-busy» en", "erreur « lock-busy » sur", "erro de bloqueo/actividade en", "galat kunci-sibuk di", "errore di lock-busy su",
		"が lock-busy 状態です", "vergrendelingsfout op", "błąd blokady pliku dla", "erro de travamento (lock-busy) para", "ошибка блокировки занятости для",
		"gabim duket-i-zënë te", "upptaget lås-fel på", "meşgul kilit hatası", "gặp lỗi kiểu khoá-bận trên", "出现死锁错误",
		// Distrotech/fetchmail 81c32399 driver.c: "Server busy error on %s@%s"
		// locales: ca, cs, da, de, el, eo, es, fr, id, it, ja, nl, pl, pt_BR, ru, sk, sq, sv, tr, vi, zh_CN
		"servidor ocupat per a", "chyba \"server zaneprázdněn\" na", "server optaget-fejl på", "server-beschäftigt-fehler bei",
		"σφάλμα busy διακομιστή στον", "servil-okupata eraro sur", "error: servidor ocupado en", "erreur « busy » sur", "galat server sibuk di",
		"errore di server occupato su", "のサーバが busy 状態です", "server is bezet op", "serwer zajęty dla", "erro de servidor ocupado em",
		"ошибка занятости сервера для", "chyba zaneprázdnenia servera na", "gabim shërbyes i zënë te", "server upptagen-fel på", "sunucu meşgul hatası",
		"gặp lỗi kiểu máy phục vụ bận trên", "出现服务器繁忙错误",
		// Distrotech/fetchmail 81c32399 pop3.c: "lock busy!  Is another session active?"
		// locales: cs, da, de, el, en, en_GB, eo, es, fr, gl, id, it, ja, nl, pl, pt_BR, ru, sv, tr, vi, zh_CN
		"zamčeno! je aktivní jiné sezení", "lås optaget! er et andet opkald aktivt", "lock beschäftigt! ist eine weitere sitzung aktiv",
		"απασχολημένο κλείδωμα! είναι ενεργή κάποια άλλη συνεδρία", "lock busy! is another session active", "ŝlosilo okupata! ĉu alia seanco aktivas",
		"¡bloqueo ocupado! ¿hay otra sesión activa", "fichier verrou en service. y a-t-il une autre session active",
		"¡bloqueo activado! ¿hai outra sesión activa", "kunci sibuk! apakah sesi lain aktif",
		"il blocco è occupato. controllare se un'altra sessione è attiva", "lock busy 状態です。別の交信が行われていないか確認して下さい",
		"vergrendeling actief! draait er nog een sessie", "plik zablokowany! czy inna sesja nie jest aktywna",
		"arquivo de travamento presente! há outra sessão ativa", "блокировка занятости! может активен другой сеанс",
		"lås upptaget! är en annan session aktiv", "kilit meşgul! başka bir oturum açık olabilir", "khoá bận ! có phiên chạy khác hoạt động không",
		"死锁！是否有另一个会话在运行",
		// Distrotech/fetchmail 81c32399 driver.c: "timeout after %d seconds waiting to connect to server %s."
		// locales: ca, cs, da, el, eo, es, fi, fr, gl, id, nl, pl, pt_BR, ru, sk, sq, sv
		"segons esperant connectar amb", "sekundách vypršel čas při připojování k serveru", "sekunders venten på forbindelse til server",
		"δεύτερα αναμονής για σύνδεση στον", "sekundoj atendante konekti al servilo", "segundos de espera para conectarse con el servidor",
		"sekunnissa odotettaessa yhdistämistä palvelimelle", "secondes d'attente d'une connexion avec le serveur",
		"segundos agardando a conexión ó servidor", "detik menunggu tersambung ke server", "duurde te lang -- gestopt na",
		"sekund przekroczony podczas oczekiwania na połączenie z", "segundos esperando para conectar ao servidor", "секунд ожидания подключения к серверу",
		"sekundách pri čakaní na pripojenie na server", "sekondash po pres për t'u lidhur me shërbyesin", "sekunders väntan på att ansluta till servern",
		// marlam/mpop bf1fb266 src/mtls-openssl.c, src/net.c: "the operation timed out"
		// locales: de, eo, es, fr, pt_BR, ro, ru, sr, sv, uk
		"die wartezeit ist abgelaufen", "la operacio esvalidiĝis", "se ha superado el tiempo de espera", "l'opération a dépassée le délai d'inactivité",
		"a operação esgotou por tempo", "operația a depășit timpul de așteptare", "время ожидания операции истекло", "истекло је време за радњу",
		"åtgärdens tidsgräns uppnåddes", "строк очікування на завершення дії перевищено",
		// marlam/mpop bf1fb266 src/net.c: "connection reset by peer"
		// locales: de, eo, es, fr, ro, sr, sv, uk
		"verbindung von der gegenstelle zurückgesetzt", "konekto restartigita de samtavolano", "conexión reiniciada por el compañero",
		"connexion réinitialisée par le correspondant", "conexiune reinițiată de către mașina de la distanță", "веза је прекинута на другом крају",
		"anslutning återställdes av motpart", "вузол розірвав з’єднання",
		// marlam/msmtp 933d35be src/mtls-gnutls.c, src/mtls-libtls.c, src/mtls-openssl.c: "cannot read from TLS connection"
		// locales: de, en, eo, es, fr, pt_BR, ru, sr, sv, ta, uk, zh_CN
		"lesefehler in tls-verbindung", "ne eblas legi de tls-konekto", "no se puede leer de la conexión tls", "erreur de lecture depuis la connexion tls",
		"não foi possível ler da conexão tls", "не удалось прочитать данные из tls-подключения", "не могу да читам са „tls“ везе",
		"kan inte läsa från tls-anslutning", "tls இணைப்பிலிருந்து படிக்க இயலவில்லை", "не вдалося прочитати дані зі з'єднання tls", "无法从 tls 连接读取",
		"cannot read from tls connection",
		// muttmua/mutt 15c45790 mutt_socket.c: "Could not connect to %s (%s)."
		// locales: de, en, eo, fr, ga, gl, id, it, ja, ko, lt, nl, uk
		"es kann keine verbindung zu", "ne eblis konektiĝi al", "impossible de se connecter à", "níorbh fhéidir dul i dteagmháil le",
		"non foi posible conectar con", "tidak bisa berhubungan ke", "impossibile connettersi a", "に接続できなかった", "로 연결할 수 없음", "negalėjau prisijungti prie",
		"kan niet verbinden met", "не вийшло з’єднатися з", "could not connect to",
		// muttmua/mutt 15c45790 pop.c, pop_lib.c: "Server closed connection!"
		// locales: bg, ca, cs, el, en, eo, es, ga, gl, hu, id, it, ja, ko, lt, nl, pl, pt_BR, sk, sv, uk, zh_CN, zh_TW
		"сървърът затвори връзката", "el servidor ha tancat la connexió", "server uzavřel spojení", "η σύνδεση με τον εξυπηρετητή έκλεισε",
		"servilo fermis la konekton", "¡el servidor cerró la conneción", "dhún an freastalaí an nasc", "¡o servidor pechou a conexión",
		"a szerver lezárta a kapcsolatot", "server menutup hubungan", "il server ha chiuso la connessione", "サーバが接続を切った", "서버와 연결이 끊어짐",
		"serveris uždarė jungtį", "server heeft verbinding gesloten", "serwer zamknął połączenie", "o servidor fechou a conexão", "server uzavrel spojenie",
		"servern stängde förbindelsen", "сервер закрив з’єднання", "服务器关闭了连接", "與伺服器的聯結中斷了", "server closed connection",
		// muttmua/mutt 15c45790 pop_lib.c: "Connection lost. Reconnect to POP server?"
		// locales: bg, de, el, ga, hu, id, ja, ko, lt, nl, pl, sv, zh_CN
		"връзката пропадна. желаете ли да се включите отново към pop сървъра", "verbindung unterbrochen. verbindung zum pop-server wiederherstellen",
		"απώλεια σύνδεσης. επανασύνδεση στο διακομιστή pop", "cailleadh an nasc. athnasc leis an bhfreastalaí pop",
		"a kapcsolatot elveszett. újracsatlakozik a pop kiszolgálóhoz", "hubungan terputus. hubungi kembali server pop", "接続が切れた。pop サーバに再接続",
		"연결이 끊어짐. pop 서버와 다시 연결 할까요", "jungtis prarasta. vėl prisijungti prie pop serverio", "verbinding is verbroken. opnieuw verbinden met pop-server",
		"połączenie z serwerem pop zostało zerwane. połączyć ponownie", "anslutning tappad. återanslut till pop-server", "连接丢失。重新连接到 pop 服务器吗",
	),
		doc: "The connection failed, dropped, timed out or the server was busy, in the words of the Xfce mail watcher, fetchmail, mpop, msmtp and Mutt"},
}
