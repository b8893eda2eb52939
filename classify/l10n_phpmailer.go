package classify

// PHPMailer's own sentences, in every language of PHPMailer/PHPMailer
// (commit 4a489474, language/phpmailer.lang-<code>.php, English defaults in
// src/PHPMailer.php setLanguage()). Where src/PHPMailer.php raises each key:
//
//   - authenticate: smtpConnect(), when SMTP::authenticate() fails after the
//     connection, EHLO and STARTTLS succeeded: the login was refused (auth);
//   - recipients_failed: smtpSend(), RCPT TO refused (recipient);
//   - from_failed: smtpSend(), MAIL FROM refused: the sender setup (config);
//   - data_not_accepted: smtpSend(), DATA refused after the envelope was
//     accepted: the message (rejected);
//   - instantiate (PHP mail() unusable), execute (sendmail), extension_missing
//     (openssl), invalid_address, invalid_header, invalid_hostentry and
//     invalid_host (debug output), provide_address and no_smtputf8: the
//     integration's or the host's setup (config);
//   - connect_host (SMTP::connect() or STARTTLS failed on every host) and
//     smtp_connect_failed (smtpConnect() returned false, the details gone
//     after QUIT): the connection or its setup failed (transient).
//
// mailer_not_supported is translated but no code of this commit raises it,
// and the keys that building a message raises (encoding, file_access,
// signing, ...) never concern a mailbox; neither has phrases here.
//
// Each phrase is the fixed text of one published translation, lower-cased,
// without its trailing full stop and never with the address, host or
// command that PHPMailer appends. The comment above each group lists the
// languages whose text needed a phrase here; the other languages' texts were
// already classified as labelled. testdata/catalogs/client_l10n_phpmailer.jsonl
// holds every translation.

// phpmailerRules come right after thunderbirdKeyRules: a reply that
// PHPMailer quotes after its sentence ("SMTP server error: ... Detail: ...")
// and that an earlier rule reads decides first, and the sentence decides
// before the generic words of languageAuthRules and the later rules.
var phpmailerRules = []rule{
	{id: "l10n_phpmailer_login_refused", class: ClassAuth, anyOf: p(
		// authenticate ("SMTP Error: Could not authenticate."): af, ar, as, be, bg, bn, ca, eo, es, et, fo, gl, hi, hu, hy, it, ku, lv, mg, mn, ms, nb, pl, si, sv, tl, ur
		"smtp-fout: kon nie geverifieer word nie", "خطأ smtp : لا يمكن تأكيد الهوية", "smtp ত্ৰুটি: প্ৰমাণীকৰণ কৰিব নোৱাৰি",
		"памылка smtp: памылка ідэнтыфікацыі", "smtp грешка: не може да се удостовери пред сървъра", "smtp ত্রুটি: প্রমাণীকরণ করতে অক্ষম৷",
		"error smtp: no s’ha pogut autenticar", "smtp-eraro: ne eblis aŭtentigi", "error smtp: imposible autentificar",
		"smtp viga: autoriseerimise viga", "smtp feilur: kundi ikki góðkenna", "erro smtp: non puido ser autentificado",
		"smtp त्रुटि: प्रामाणिकता की जांच नहीं हो सका।", "smtp hiba: az azonosítás sikertelen", "smtp -ի սխալ: չհաջողվեց ստուգել իսկությունը",
		"smtp error: impossibile autenticarsi", "هەڵەی smtp : نەتوانرا کۆدەکە پشتڕاست بکرێتەوە", "smtp kļūda: autorizācija neizdevās",
		"hadisoana smtp: tsy nahomby ny fanamarinana", "алдаа smtp: холбогдож чадсангүй", "ralat smtp: tidak dapat pengesahan",
		"smtp-feil: kunne ikke autentisere", "błąd smtp: nie udało się przeprowadzić uwierzytelnienia", "smtp දෝෂය: සත්‍යාපනය අසාර්ථක විය",
		"smtp fel: kunde inte autentisera", "smtp error: hindi mapatotohanan", "smtp خرابی: تصدیق کرنے سے قاصر۔",
	),
		doc: "PHPMailer says in the owner's language that the SMTP server refused the login (\"SMTP Error: Could not authenticate.\")"},
	{id: "l10n_phpmailer_recipients_refused", class: ClassRecipient, anyOf: p(
		// recipients_failed ("SMTP Error: The following recipients failed: "): en, af, ar, as, az, ba, be, bg, bn, ca, cs, da, de, el, eo, es, et, fa, fi, fo, fr, gl, he, hi, hr, hu, hy, id, it, ja, ka, ko, ku, lt, lv, mg, mn, ms, nb, nl, pl, pt, pt_br, ro, ru, si, sk, sl, sr, sr_latn, sv, tl, tr, uk, ur, vi, zh, zh_cn
		"smtp error: the following recipients failed:", "smtp-fout: die volgende ontvangers het misluk:",
		"خطأ smtp: الأخطاء التالية فشل في الارسال لكل من :", "smtp ত্ৰুটি: নিম্নলিখিত গন্তব্যস্থানসমূহ ব্যৰ্থ:",
		"smtp xətası: aşağıdakı ünvanlar üzrə alıcılara göndərmə uğursuzdur:", "smtp greška: slanje na navedene e-mail adrese nije uspjelo:",
		"памылка smtp: няправільныя атрымальнікі:", "smtp грешка: следните адреси за получател са невалидни:",
		"smtp ত্রুটি: নিম্নলিখিত গন্তব্যগুলি ব্যর্থ হয়েছে:", "error smtp: els següents destinataris han fallat:",
		"chyba smtp: následující adresy příjemců nejsou správně:", "smtp fejl: følgende modtagere fejlede:",
		"smtp-fehler: die folgenden empfänger sind nicht korrekt:", "σφάλμα smtp: οι παρακάτω διευθύνσεις παραλήπτη δεν είναι έγκυρες:",
		"smtp-eraro: la sekva(j) ricevonto(j) malsukcesis:", "error smtp: los siguientes destinos fallaron:",
		"smtp viga: järgnevate saajate e-posti aadressid on vigased:", "خطای smtp: ارسال به آدرس گیرنده با خطا مواجه شد:",
		"smtp-virhe: seuraava vastaanottaja osoite on virheellinen", "smtp feilur: fylgjandi móttakarar miseydnaðust:",
		"erreur smtp : les destinataires suivants ont échoué :", "erro smtp: os seguintes destinos fallaron:",
		"שגיאת smtp: הנמענים הבאים נכשלו:", "smtp त्रुटि: निम्न प्राप्तकर्ताओं को पते भेजने में विफल।",
		"smtp greška: slanje na navedenih e-mail adresa nije uspjelo:", "smtp hiba: a címzettként megadott következő címek hibásak:",
		"smtp -ի սխալ: չի հաջողվել ուղարկել հետևյալ ստացողների հասցեներին:", "kesalahan smtp: alamat tujuan berikut menyebabkan kesalahan:",
		"smtp error: i seguenti indirizzi destinatari hanno generato un errore:", "smtpエラー: 次の受信者アドレスに 間違いがあります:",
		"smtp შეცდომა: შემდეგ მისამართებზე გაგზავნა ვერ მოხერხდა:", "smtp 오류: 다음 수신자에서 오류가 발생했습니다:",
		"هەڵەی smtp: ئەم هەڵانەی خوارەوەشکستی هێنا لە ناردن بۆ هەردووکیان:", "smtp klaida: nepavyko išsiųsti šiems gavėjams:",
		"smtp kļūda: neizdevās nosūtīt šādiem saņēmējiem:", "smtp error: tsy mety ireo mpanaraka ireto:",
		"алдаа smtp: ийм хаягийг илгээж чадсангүй:", "ralat smtp: penerima e-mel berikut telah gagal:",
		"smtp-feil: følgende mottakeradresser feilet:", "smtp-fout: de volgende ontvangers zijn mislukt:",
		"błąd smtp: nie udało się wysłać do następujących odbiorców:", "erro smtp: falha no envio para os seguintes destinatários:",
		"erro de smtp: os seguintes destinatários falharam:", "eroare smtp: următoarele adrese de email au eșuat:",
		"ошибка smtp: ошибка следующих получателей:", "smtp දෝෂය: පහත ලබන්නන් අසමත් විය:", "smtp error: adresy príjemcov niesu správne",
		"smtp napaka: sledeči naslovniki so neveljavni:", "smtp грешка: слање на следеће адресе није успело:",
		"smtp greška: slanje na sledeće adrese nije uspelo:", "smtp fel: följande mottagare är felaktig:",
		"smtp error: ang mga sumusunod na tatanggap ay nabigo:", "smtp hatası: belirtilen alıcılara ulaşılamadı:",
		"помилка smtp: не вдалося відправлення для таких отримувачів:", "smtp خرابی: درج ذیل پتہ پر نہیں بھیجا جاسکا:",
		"lỗi smtp: lỗi địa chỉ người nhận:", "smtp 錯誤：以下收件人地址錯誤：", "smtp 错误：收件人地址错误：",
	),
		doc: "PHPMailer says in the owner's language that the server refused one or more recipients"},
	{id: "l10n_phpmailer_sender_refused", class: ClassConfig, anyOf: p(
		// from_failed ("The following From address failed: "): en, af, ar, as, az, ba, be, bg, bn, ca, cs, da, de, el, eo, es, et, fa, fi, fo, fr, gl, he, hi, hr, hu, hy, id, it, ja, ka, ko, ku, lt, lv, mg, mn, ms, nb, nl, pl, pt, pt_br, ro, ru, si, sk, sl, sr, sr_latn, sv, tl, tr, uk, ur, vi, zh, zh_cn
		"the following from address failed:", "die volgende van adres misluk:", "خطأ على مستوى عنوان المرسل :",
		"নিম্নলিখিত প্ৰেৰকৰ ঠিকনা(সমূহ) ব্যৰ্থ:", "göstərilən poçtlara göndərmə uğursuz oldu:",
		"smtp greška: slanje sa navedenih e-mail adresa nije uspjelo:", "няправільны адрас адпраўніка:",
		"следните адреси за подател са невалидни:", "নিম্নলিখিত প্রেরকের ঠিকানা(গুলি) ব্যর্থ হয়েছে:",
		"la(s) següent(s) adreces de remitent han fallat:", "následující adresa odesílatele je nesprávná:",
		"følgende afsenderadresse er forkert:", "die folgende absenderadresse ist nicht korrekt:",
		"η ακόλουθη διεύθυνση αποστολέα δεν είναι σωστή:", "la sekva(j) sendinto(j) malsukcesis:", "la siguiente dirección de remitente falló:",
		"järgnev saatja e-posti aadress on vigane:", "آدرس فرستنده اشتباه است:", "seuraava lähettäjän osoite on virheellinen:",
		"fylgjandi frá/from adressa miseydnaðist:", "l’adresse d’expéditeur suivante a échoué :",
		"a(s) seguinte(s) dirección(s) de remitente(s) deron erro:", "כתובות הנמענים הבאות נכשלו:", "प्रेषक का पता गलत है।",
		"smtp greška: slanje s navedenih e-mail adresa nije uspjelo:", "a feladóként megadott következő cím hibás:",
		"ուղարկողի հետևյալ հասցեն սխալ է:", "alamat pengirim berikut mengakibatkan kesalahan:",
		"i seguenti indirizzi mittenti hanno generato errore:", "fromアドレスを登録する際にエラーが発生しました:", "გამგზავნის არასწორი მისამართი:",
		"다음 from 주소에서 오류가 발생했습니다:", "هەڵە لە ئاستی ناونیشانی نێرەر:", "neteisingas siuntėjo adresas:", "nepareiza sūtītāja adrese:",
		"ny adiresy iraka manaraka dia diso:", "илгээгчийн хаяг буруу байна:", "berikut merupakan ralat dari alamat e-mel:",
		"følgende avsenderadresse mislyktes:", "het volgende afzenderadres is mislukt:", "nieprawidłowy adres nadawcy:",
		"o envio falhou para o seguinte endereço do remetente:", "os seguintes remetentes falharam:", "următoarele adrese from au dat eroare:",
		"неверный адрес отправителя:", "පහත from ලිපිනයන් අසාර්ථක විය:", "následujúca adresa from je nesprávna:",
		"neveljaven e-naslov pošiljatelja:", "smtp грешка: слање са следећих адреса није успело:",
		"smtp greška: slanje sa sledećih adresa nije uspelo:", "följande avsändaradress är felaktig:", "ang sumusunod na address ay nabigo:",
		"belirtilen adreslere gönderme başarısız:", "невірна адреса відправника:", "درج ذیل بھیجنے والے کا پتہ ناکام ہو گیا:",
		"lỗi địa chỉ gửi đi:", "發送地址錯誤：", "发送地址错误：",
	),
		doc: "PHPMailer says in the owner's language that the server refused the From (MAIL FROM) address"},
	{id: "l10n_phpmailer_data_refused", class: ClassRejected, anyOf: p(
		// data_not_accepted ("SMTP Error: data not accepted."): en, af, ar, as, az, ba, be, bg, bn, ca, cs, da, de, el, eo, es, et, fa, fi, fo, fr, gl, he, hi, hr, hu, hy, id, it, ja, ka, ko, ku, lt, lv, mg, mn, ms, nb, nl, pl, pt, pt_br, ro, ru, si, sk, sl, sr, sr_latn, sv, tl, tr, uk, ur, vi, zh, zh_cn
		"smtp error: data not accepted", "smtp-fout: data nie aanvaar nie", "خطأ smtp: لم يتم قبول المعلومات",
		"smtp ত্ৰুটি: তথ্য গ্ৰহণ কৰা হোৱা নাই", "smtp xətası: verilənlər qəbul edilməyib", "smtp greška: podatci nisu prihvaćeni",
		"памылка smtp: звесткі непрынятыя", "smtp грешка: данните не са приети", "smtp ত্রুটি: ডেটা গ্রহণ করা হয়নি৷",
		"error smtp: dades no acceptades", "chyba smtp: data nebyla přijata", "smtp fejl: data blev ikke accepteret",
		"smtp-fehler: daten werden nicht akzeptiert", "σφάλμα smtp: μη αποδεκτά δεδομένα", "smtp-eraro: datumoj ne akceptitaj",
		"error smtp: datos no aceptados", "smtp viga: vigased andmed", "خطای smtp: داده‌ها نا‌درست هستند", "smtp-virhe: data on virheellinen",
		"smtp feilur: data ikki góðkent", "erreur smtp : données incorrectes", "erro smtp: datos non aceptados", "שגיאת smtp: מידע לא התקבל",
		"smtp त्रुटि: डेटा स्वीकार नहीं किया जाता है।", "smtp greška: podatci nisu prihvaćeni", "smtp hiba: adatok visszautasítva",
		"smtp -ի սխալ: տվյալները ընդունված չեն", "kesalahan smtp: data tidak diterima", "smtp error: dati non accettati dal server",
		"smtpエラー: データが受け付けられませんでした", "smtp შეცდომა: მონაცემები არ იქნა მიღებული", "smtp 오류: 데이터가 받아들여지지 않았습니다",
		"هەڵەی smtp: ئەو زانیاریانە قبوڵ نەکرا", "smtp klaida: duomenys nepriimti", "smtp kļūda: nepieņem informāciju",
		"smtp diso: tsy voarakitra ny angona", "алдаа smtp: зөвшөөрөгдсөнгүй", "ralat smtp: data tidak diterima oleh pelayan",
		"smtp-feil: data ikke akseptert", "smtp-fout: data niet geaccepteerd", "błąd smtp: dane wiadomości nie zostały przyjęte przez serwer",
		"erro smtp: dados não aceites", "erro de smtp: dados rejeitados", "eroare smtp: datele nu au fost acceptate",
		"ошибка smtp: данные не приняты", "smtp දෝෂය: දත්ත පිළිගනු නොලැබේ", "smtp error: dáta neboli prijaté",
		"smtp napaka: strežnik zavrača podatke", "smtp грешка: подаци нису прихваћени", "smtp greška: podaci nisu prihvaćeni",
		"smtp fel: data accepterades inte", "smtp error: ang datos ay hindi naitanggap", "smtp hatası: veri kabul edilmedi",
		"помилка smtp: дані не прийнято", "smtp خرابی: ڈیٹا قبول نہیں کیا گیا۔", "lỗi smtp: dữ liệu không được chấp nhận", "smtp 錯誤：無法接受的資料",
		"smtp 错误：数据不被接受",
	),
		doc: "PHPMailer says in the owner's language that the server did not accept the message data"},
	{id: "l10n_phpmailer_setup", class: ClassConfig, anyOf: p(
		// instantiate ("Could not instantiate mail function."): en, af, ar, as, az, ba, be, bg, bn, ca, cs, da, de, el, eo, es, et, fa, fi, fo, fr, gl, he, hi, hr, hu, hy, id, it, ja, ka, ko, ku, lt, lv, mg, mn, ms, nb, nl, pl, pt, pt_br, ro, ru, si, sk, sl, sr, sr_latn, sv, tl, tr, uk, ur, vi, zh, zh_cn
		"could not instantiate mail function", "kon nie posfunksie instansieer nie", "لا يمكن توفير خدمة البريد",
		"মেইল ফাংচনৰ এটা উদাহৰণ সৃষ্টি কৰিবলে অক্ষম", "mail funksiyası işə salına bilmədi", "ne mogu pokrenuti mail funkcionalnost",
		"нельга прымяніць функцыю mail()", "не може да се инстанцира функцията mail", "মেল ফাংশনের একটি উদাহরণ তৈরি করতে অক্ষম৷",
		"no s’ha pogut crear una instància de la funció mail", "nelze vytvořit instanci emailové funkce",
		"email funktionen kunne ikke initialiseres", "mail-funktion konnte nicht initialisiert werden", "αδυναμία εκκίνησης συνάρτησης mail",
		"ne eblis funkciigi la retpoŝtan funkcion", "imposible crear una instancia de la función mail",
		"mail funktiooni käivitamine ebaõnnestus", "امکان معرفی تابع ایمیل وجود ندارد", "mail-funktion luonti epäonnistui",
		"kuni ikki instantiera mail funktión", "impossible d’instancier la fonction mail", "non puido crear unha instancia da función mail",
		"לא הצלחתי להפעיל את פונקציית המייל", "मेल फ़ंक्शन कॉल नहीं कर सकता है।", "ne mogu pokrenuti mail funkcionalnost",
		"a php mail() függvényt nem sikerült végrehajtani", "հնարավոր չէ կանչել mail ֆունկցիան", "tidak dapat menginisialisasi fungsi surel",
		"impossibile istanziare la funzione mail", "メール関数が正常に動作しませんでした", "mail ფუნქციის გაშვება ვერ ხერხდება", "mail 함수를 인스턴스화할 수 없습니다",
		"ناتوانرێت خزمەتگوزاری پۆستە پێشکەش بکرێت", "nepavyko paleisti mail funkcijos", "nevar palaist sūtīšanas funkciju",
		"tsy afaka nanomboka ny hetsika mail", "mail () функцийг ажиллуулах боломжгүй байна", "tidak dapat memberi contoh fungsi e-mel",
		"kunne ikke starte e-postfunksjonen", "kon mailfunctie niet initialiseren",
		"nie można zainicjować funkcji mail(). sprawdź konfigurację serwera", "não foi possível instanciar a função mail",
		"não foi possível instanciar a função mail", "funcția mail nu a putut fi inițializată", "невозможно запустить функцию mail()",
		"mail function එක ක්‍රියාත්මක කළ නොහැක", "nedá sa vytvoriť inštancia emailovej funkcie", "ne morem inicializirati mail funkcije",
		"није могуће покренути mail функцију", "nije moguće pokrenuti mail funkciju", "kunde inte initiera e-postfunktion",
		"hindi maisimulan ang instance ng mail function", "örnek e-posta fonksiyonu oluşturulamadı", "неможливо запустити функцію mail()",
		"میل فنکشن کی مثال بنانے سے قاصر۔", "không dùng được các hàm gửi thư", "未知函數呼叫", "未知函数调用",
		// execute ("Could not execute: "): en, af, ar, as, az, ba, be, bg, bn, ca, cs, da, de, el, eo, es, et, fa, fi, fo, fr, gl, he, hi, hr, hu, hy, id, it, ja, ka, ko, ku, lt, lv, mg, mn, ms, nb, nl, pl, pt, pt_br, ro, ru, si, sk, sl, sr, sr_latn, sv, tl, tr, uk, ur, vi, zh, zh_cn
		"could not execute:", "kon nie uitvoer nie:", "لا يمكن تنفيذ :", "এক্সিকিউট কৰিব নোৱাৰি:", "əmr yerinə yetirilmədi:",
		"nije moguće izvršiti naredbu:", "нельга выканаць каманду:", "не може да се изпълни:", "নির্বাহ করতে অক্ষম:", "no es pot executar:",
		"nelze provést:", "kunne ikke afvikle:", "konnte folgenden befehl nicht ausführen:", "αδυναμία εκτέλεσης:", "ne eblis plenumi:",
		"imposible ejecutar:", "tegevus ebaõnnestus:", "امکان اجرا وجود ندارد:", "suoritus epäonnistui:", "kundi ikki útføra:",
		"impossible de lancer l’exécution :", "non puido ser executado:", "לא הצלחתי להפעיל את:", "आदेश को निष्पादित करने में विफल।",
		"nije moguće izvršiti naredbu:", "nem lehet végrehajtani:", "չհաջողվեց իրականացնել հրամանը:", "tidak dapat menjalankan proses:",
		"impossibile eseguire l'operazione:", "実行できませんでした:", "შეუძლებელია შემდეგი ბრძანების შესრულება:", "실행 불가:", "ناتوانرێت جێبەجێ بکرێت:",
		"nepavyko įvykdyti komandos:", "neizdevās izpildīt komandu:", "tsy afaka manatanteraka ity baiko manaraka ity:",
		"коммандыг гүйцэтгэх боломжгүй байна:", "tidak dapat melaksanakan:", "kunne ikke utføres:", "kon niet uitvoeren:",
		"nie udało się uruchomić polecenia:", "não foi possível executar:", "não foi possível executar:",
		"nu se poate executa următoarea comandă:", "невозможно выполнить команду:", "ක්‍රියාත්මක කළ නොහැකි විය:", "nedá sa vykonať:",
		"operacija ni uspela:", "није могуће извршити наредбу:", "nije moguće izvršiti naredbu:", "kunde inte köra:", "hindi maisasagawa:",
		"çalıştırılamadı:", "неможливо виконати команду:", "عمل کرنے کے قابل نہیں", "không thực hiện được:", "無法執行：", "无法执行：",
		// extension_missing ("Extension missing: "): en, af, ar, as, ba, bg, bn, cs, da, de, el, eo, es, et, fa, fr, hi, hr, hu, hy, id, it, ja, ka, ko, ku, mg, mn, ms, nb, nl, pl, pt, pt_br, ro, ru, si, sk, sl, sr, sr_latn, sv, tl, tr, uk, ur, zh, zh_cn
		"extension missing:", "uitbreiding ontbreek:", "الإضافة غير موجودة:", "অনুপস্থিত সম্প্ৰসাৰণ:", "nedostaje ekstenzija:",
		"липсва разширение:", "অনুপস্থিত এক্সটেনশন:", "chybí rozšíření:", "udvidelse mangler:", "fehlende erweiterung:", "απουσία επέκτασης:",
		"kromprogramo mankas:", "extensión faltante:", "nõutud laiendus on puudu:", "افزونه موجود نیست:", "extension manquante :",
		"एक्सटेन्षन गायब है:", "nedostaje proširenje:", "bővítmény hiányzik:", "հավելվածը բացակայում է:", "ekstensi php tidak tersedia:",
		"estensione mancante:", "拡張機能が見つかりません:", "ბიბლიოთეკა არ არსებობს:", "확장자 없음:", "درێژکراوە نەماوە:", "tsy hita ny ampahany:",
		"өргөтгөл байхгүй:", "sambungan hilang:", "utvidelse mangler:", "extensie afwezig:", "brak wymaganego rozszerzenia php:",
		"extensão em falta:", "extensão não existe:", "lipsește extensia:", "расширение отсутствует:", "extension එක නොමැත:",
		"chýba rozšírenie:", "manjkajoča razširitev:", "недостаје проширење:", "nedostaje proširenje:", "tillägg ej tillgängligt:",
		"nawawala ang extension:", "eklenti bulunamadı:", "розширення відсутнє:", "ایکٹینشن موجود نہیں ہے۔", "遺失模組 extension:", "缺少扩展名：",
		// invalid_address ("Invalid address: "; en in phpmailerLateRules): af, ar, as, az, ba, be, bg, bn, ca, cs, da, de, el, eo, es, et, fa, fr, gl, he, hi, hr, hu, hy, id, it, ja, ka, ko, ku, lt, lv, mg, mn, ms, nb, nl, pl, pt, pt_br, ro, ru, si, sk, sl, sr, sr_latn, sv, tl, tr, uk, ur, vi, zh, zh_cn
		"ongeldige adres:", "الإرسال غير ممكن لأن عنوان البريد الإلكتروني غير صالح:",
		"প্ৰেৰণ কৰিব নোৱাৰি: অবৈধ ইমেইল ঠিকনা:", "düzgün olmayan e-mail adresi:", "e-mail nije poslan. neispravna e-mail adresa:",
		"нельга даслаць паведамленне, няправільны email атрымальніка:", "невалиден адрес:", "পাঠাতে অক্ষম: অবৈধ ইমেল ঠিকানা:",
		"adreça d’email invalida:", "neplatná adresa:", "udgyldig adresse:", "die adresse ist ungültig:", "μη έγκυρη διεύθυνση:",
		"nevalida adreso:", "imposible enviar: dirección de email inválido:", "saatmine peatatud, e-posti address vigane:",
		"آدرس ایمیل معتبر نیست:", "adresse courriel non valide :", "non puido envia-lo correo: dirección de email inválida:", "כתובת שגויה:",
		"पता गलत है।", "e-mail nije poslan. neispravna e-mail adresa:", "érvénytelen cím:", "հասցեն սխալ է:",
		"gagal terkirim, alamat surel tidak sesuai:", "impossibile inviare, l'indirizzo email non è valido:", "不正なメールアドレス:",
		"არ გაიგზავნა, e-mail მისამართის არასწორი ფორმატი:", "잘못된 주소:", "نەتوانرا بنێردرێت ، چونکە ناونیشانی ئیمەیڵەکە نادروستە:",
		"neteisingas adresas:", "nepareiza adrese:", "tsy mety ny adiresy:", "и-мэйл буруу форматтай тул илгээх боломжгүй:",
		"alamat emel tidak sah:", "ugyldig adresse:", "ongeldig adres:", "nie można wysłać wiadomości. nieprawidłowy adres odbiorcy:",
		"endereço de e-mail inválido:", "endereço de e-mail inválido:", "adresa de email nu este validă:",
		"не отправлено из-за неправильного формата email-адреса:", "වලංගු නොවන ලිපිනය:", "neodoslané, emailová adresa je nesprávna:",
		"e-poštno sporočilo ni bilo poslano. e-naslov je neveljaven:", "порука није послата. неисправна адреса:",
		"poruka nije poslata. neispravna adresa:", "felaktig adress:", "hindi wasto ang address na naibigay:", "geçersiz e-posta adresi:",
		"не відправлено через неправильний формат email-адреси:", "بھیجنے سے قاصر: غلط ای میل پتہ:", "đại chỉ emai không đúng:",
		"因為電子郵件地址無效，無法傳送:", "发送失败，电子邮箱地址是无效的：",
		// invalid_header ("Invalid header name or value"): en, as, bn, da, el, eo, es, fr, hi, ja, nb, nl, pl, pt, pt_br, ro, ru, si, sl, tr, ur, zh_cn
		"invalid header name or value", "অবৈধ হেডাৰৰ নাম বা মান", "অবৈধ হেডার নাম বা মান", "ugyldig header navn eller værdi",
		"μη έγκυρο όνομα κεφαλίδας ή τιμή", "nevalida kaplinia nomo aŭ valoro", "nombre o valor de encabezado no válido",
		"nom ou valeur de l’en-tête non valide", "अमान्य हेडर नाम या मान", "不正なヘッダー名またはその内容", "ugyldig headernavn eller verdi",
		"ongeldige headernaam of -waarde", "nieprawidłowa nazwa lub wartość nagłówka", "nome ou valor do cabeçalho inválido",
		"nome ou valor de cabeçalho inválido", "numele sau valoarea header-ului nu este validă:", "неверное имя или значение заголовка",
		"වලංගු නොවන header නාමයක් හෝ අගයක්", "neveljavno ime ali vrednost glave", "geçersiz başlık adı veya değeri:", "غلط ہیڈر کا نام یا قدر",
		"无效的标题名称或值",
		// invalid_hostentry ("Invalid hostentry: "): en, as, bn, cs, da, de, el, eo, es, fr, hi, id, ja, nb, nl, pl, pt, pt_br, ro, ru, si, sk, sl, tr, zh_cn
		"invalid hostentry:", "অবৈধ হোষ্টেন্ট্ৰি:", "অবৈধ হোস্টেন্ট্রি:", "záznam hostitele je nesprávný:", "ugyldig hostentry:",
		"ungültiger hosteintrag:", "μη έγκυρη εισαγωγή φιλοξενητή:", "nevalida enigo de gastiganto:", "hostentry inválido:",
		"entrée d’hôte non valide :", "अमान्य hostentry:", "gagal terkirim, entri host tidak sesuai:", "不正なホストエントリー:", "ugyldig vertsinngang:",
		"ongeldige hostentry:", "nieprawidłowy wpis hosta:", "entrada de host inválida:", "hostentry inválido:", "hostentry invalid:",
		"неверная запись хоста:", "වලංගු නොවන hostentry එකක්:", "záznam hostiteľa je nesprávny:", "neveljaven vnos gostitelja:",
		"geçersiz ana bilgisayar girişi:", "无效的hostentry：",
		// invalid_host ("Invalid host: "): en, as, bn, cs, da, de, el, eo, es, fr, hi, id, ja, nb, nl, pl, pt, pt_br, ro, ru, si, sk, sl, tr, zh_cn
		"invalid host:", "অবৈধ হস্ট:", "অবৈধ হোস্ট:", "hostitel je nesprávný:", "ugyldig vært:", "ungültiger host:", "μη έγκυρος φιλοξενητής:",
		"nevalida gastiganto:", "host inválido:", "hôte non valide :", "अमान्य होस्ट:", "gagal terkirim, host tidak sesuai:", "不正なホスト:",
		"ugyldig vert:", "ongeldige host:", "nieprawidłowa nazwa hosta:", "host inválido:", "host inválido:", "host invalid:", "неверный хост:",
		"වලංගු නොවන host එකක්:", "hostiteľ je nesprávny:", "neveljaven gostitelj:", "geçersiz ana bilgisayar:", "无效的主机：",
		// provide_address ("You must provide at least one recipient email address."): en, af, ar, as, az, ba, be, bg, bn, ca, cs, da, de, el, eo, es, et, fa, fi, fo, fr, gl, he, hi, hr, hu, hy, id, it, ja, ka, ko, ku, lt, lv, mg, mn, ms, nb, nl, pl, pt, pt_br, ro, ru, si, sk, sl, sr, sr_latn, sv, tl, tr, uk, ur, vi, zh, zh_cn
		"you must provide at least one recipient email address", "u moet ten minste een ontvanger e-pos adres verskaf",
		"يجب توفير عنوان البريد الإلكتروني لمستلم واحد على الأقل", "আপুনি অন্ততঃ এটা গন্তব্য ইমেইল ঠিকনা দিব লাগিব",
		"ən azı bir e-mail adresi daxil edilməlidir", "definišite barem jednu adresu primaoca",
		"запоўніце, калі ласка, правільны email атрымальніка", "трябва да предоставите поне един email адрес за получател",
		"আপনাকে অবশ্যই অন্তত একটি গন্তব্য ইমেল ঠিকানা প্রদান করতে হবে৷", "s’ha de proveir almenys una adreça d’email com a destinatari",
		"musíte zadat alespoň jednu emailovou adresu příjemce", "indtast mindst en modtagers email adresse",
		"bitte geben sie mindestens eine empfängeradresse an", "δώστε τουλάχιστον μια ηλεκτρονική διεύθυνση παραλήπτη",
		"vi devas provizi almenaŭ unu retpoŝtadreson de ricevonto", "debe proporcionar al menos una dirección de email de destino",
		"te peate määrama vähemalt ühe saaja e-posti aadressi", "باید حداقل یک آدرس گیرنده وارد کنید",
		"aseta vähintään yksi vastaanottajan sähk&ouml;postiosoite", "tú skal uppgeva minst móttakara-emailadressu(r)",
		"vous devez fournir au moins une adresse de destinataire", "debe engadir polo menos unha dirección de email coma destino",
		"חובה לספק לפחות כתובת אחת של מקבל המייל", "आपको कम से कम एक प्राप्तकर्ता का ई-मेल पता प्रदान करना होगा।",
		"definirajte barem jednu adresu primatelja", "legalább egy címzettet fel kell tüntetni",
		"անհրաժեշտ է տրամադրել գոնե մեկ ստացողի e-mail հասցե", "harus tersedia minimal satu alamat tujuan",
		"deve essere fornito almeno un indirizzo ricevente", "少なくとも1つメールアドレスを 指定する必要があります",
		"გთხოვთ მიუთითოთ ერთი ადრესატის e-mail მისამართი მაინც", "적어도 한 개 이상의 수신자 메일 주소를 제공해야 합니다",
		"دەبێت ناونیشانی ئیمەیڵی لانیکەم یەک وەرگر دابین بکرێت", "nurodykite bent vieną gavėjo adresą", "lūdzu, norādiet vismaz vienu adresātu",
		"alefaso azafady iray adiresy iray farafahakeliny", "хүлээн авагчийн имэйл хаягийг оруулна уу",
		"anda perlu menyediakan sekurang-kurangnya satu alamat e-mel penerima", "du må oppgi minst én mottaker-e-postadresse",
		"er moet minstens één ontvanger worden opgegeven", "musisz podać co najmniej jeden prawidłowy adres e-mail odbiorcy",
		"deve fornecer pelo menos um endereço de destinatário", "você deve informar pelo menos um destinatário",
		"trebuie să adăugați cel puțin o adresă de email", "вы должны указать хотя бы один адрес электронной почты получателя",
		"ඔබ අවම වශයෙන් එක් ලබන්නෙකුගේ ඊමේල් ලිපිනයක් සැපයිය යුතුය", "musíte zadať aspoň jednu emailovú adresu príjemcu",
		"prosimo, vnesite vsaj enega naslovnika", "дефинишите бар једну адресу примаоца", "definišite bar jednu adresu primaoca",
		"du måste ange minst en mottagares e-postadress", "kailangan mong magbigay ng kahit isang email address na tatanggap",
		"en az bir alıcı e-posta adresi belirtmelisiniz", "будь ласка, введіть хоча б одну email-адресу отримувача",
		"آپ کو کم از کم ایک منزل کا ای میل پتہ فراہم کرنا چاہیے۔", "bạn phải cung cấp ít nhất một địa chỉ người nhận", "必須提供至少一個收件人地址",
		"必须提供至少一个收件人地址",
		// no_smtputf8 ("Server does not support SMTPUTF8 needed to send to Unicode addresses"): en, da, eo, nb, nl, tr
		"server does not support smtputf8 needed to send to unicode addresses",
		"serveren understøtter ikke smtputf8 som påkrævet for at sende til unicode adresser",
		"la servilo ne subtenas smtputf8, kiu estas bezonata por sendi al unicode-adresoj",
		"serveren støtter ikke smtputf8, som er nødvendig for å sende til unicode-adresser",
		"de server ondersteunt geen smtputf8 dat nodig is om naar unicode-adressen te sturen",
		"unicode adreslere gönderim için gereken smtputf8 desteği sunucu tarafından desteklenmiyor",
	),
		doc: "PHPMailer says in the owner's language that its own setup is wrong: mail() or sendmail unusable, a PHP extension missing, an invalid address, header or host, no recipient, no SMTPUTF8"},
	{id: "l10n_phpmailer_connect_failed", class: ClassTransient, anyOf: p(
		// connect_host ("SMTP Error: Could not connect to SMTP host."): af, az, ba, be, bg, ca, da, de, el, eo, es, fi, fo, fr, gl, he, hr, hy, id, it, ja, ko, ku, lt, lv, mg, mn, ms, nb, nl, pl, ro, si, sk, sl, sv, tl, uk, ur, zh_cn
		"smtp-fout: kon nie aan smtp-verbind nie", "smtp xətası: smtp serverinə qoşulma uğursuz oldu",
		"smtp greška: nije moguće spojiti se sa smtp serverom", "памылка smtp: нельга ўстанавіць сувязь з smtp-серверам",
		"smtp грешка: не може да се свърже с smtp хоста", "error smtp: no es pot connectar al servidor smtp",
		"smtp fejl: forbindelse til smtp serveren kunne ikke oprettes", "smtp-fehler: konnte keine verbindung zum smtp-host herstellen",
		"σφάλμα smtp: αδυναμία σύνδεσης με τον φιλοξενητή smtp", "smtp-eraro: ne eblis konektiĝi al la smtp-gastiganto",
		"error smtp: imposible conectar al servidor smtp", "smtp-virhe: yhteys palvelimeen ei onnistu",
		"smtp feilur: kundi ikki knýta samband við smtp vert", "erreur smtp : impossible de se connecter au serveur smtp",
		"erro smtp: non puido conectar co servidor smtp", "שגיאת smtp: לא הצלחתי להתחבר לשרת smtp",
		"smtp greška: ne mogu se spojiti na smtp poslužitelj", "smtp -ի սխալ: չհաջողվեց կապ հաստատել smtp սերվերի հետ",
		"kesalahan smtp: tidak dapat terhubung ke host smtp", "smtp error: impossibile connettersi all'host smtp", "smtpエラー: smtpホストに接続できませんでした",
		"smtp 오류: smtp 호스트에 접속할 수 없습니다", "هەڵەی smtp: نەتوانرا پەیوەندی بە سێرڤەرەوە بکات smtp",
		"smtp klaida: nepavyksta prisijungti prie smtp stoties", "smtp kļūda: nevar izveidot savienojumu ar smtp serveri",
		"smtp error: tsy afaka mampifandray amin'ny mpampiantrano smtp", "алдаа smtp: smtp- сервертэй холбогдож болохгүй байна",
		"ralat smtp: tidak dapat menghubungi hos pelayan smtp", "smtp-feil: kunne ikke koble til smtp-vert",
		"smtp-fout: kon niet verbinden met smtp-host", "błąd smtp: nie udało się połączyć z serwerem (hostem)",
		"eroare smtp: conectarea la serverul smtp a eșuat", "smtp දෝෂය: සම්බන්ධ වීමට නොහැකි විය",
		"smtp error: nebolo možné nadviazať spojenie so smtp serverom", "smtp napaka: vzpostavljanje povezave s smtp gostiteljem ni uspelo",
		"smtp fel: kunde inte ansluta till smtp-server", "smtp error: hindi makakonekta sa smtp host",
		"помилка smtp: не вдається під'єднатися до smtp-серверу", "smtp خرابی: سرور سے منسلک ہونے سے قاصر۔", "smtp 错误：无法连接到 smtp 主机",
		// smtp_connect_failed ("SMTP connect() failed."): af, az, ba, be, bg, de, el, eo, hi, hr, hu, hy, ko, lt, mg, mn, ro, si, sl, uk, ur
		"smtp-verbinding () misluk", "smtp serverinə qoşulma uğursuz oldu", "spajanje na smtp server nije uspjelo",
		"памылка сувязі з smtp-серверам", "smtp провален connect()", "verbindung zum smtp-server fehlgeschlagen", "αποτυχία σύνδεσης smtp",
		"la smtp-konektiĝo malsukcesis", "smtp का connect () फ़ंक्शन विफल हुआ।", "spajanje na smtp poslužitelj nije uspjelo",
		"hiba az smtp-kapcsolatban", "smtp -ի connect() ֆունկցիան չի հաջողվել", "smtp 연결을 실패하였습니다", "smtp susijungimo klaida",
		"tsy nahomby ny fifandraisana tamin'ny server smtp", "smtp сервертэй холбогдоход алдаа гарлаа", "conectarea la serverul smtp a eșuat",
		"smtp සම්බන්ධය අසාර්ථක විය", "ne morem vzpostaviti povezave s smtp strežnikom", "помилка з'єднання з smtp-сервером",
		"smtp ملنا ناکام ہوا",
	),
		doc: "PHPMailer says in the owner's language that it could not connect to the SMTP host or that SMTP connect() failed"},
}

// phpmailerLateRules come right after codeRules: PHPMailer's English
// "Invalid address: " is also how servers begin a reply about a malformed
// address ("501 5.1.3 Invalid address"), so a code of the reply decides
// first, and the sentence only where no code is there.
var phpmailerLateRules = []rule{
	{id: "l10n_phpmailer_invalid_address", class: ClassConfig, anyOf: p(
		// invalid_address ("Invalid address: "): en
		"invalid address:",
	),
		doc: "PHPMailer says that an address the integration gave it is not valid (\"Invalid address: (to): ...\")"},
}
