package classify

// Two ERP/helpdesk products' own sentences when connecting a mailbox fails,
// in every language each ships (testdata/catalogs/client_l10n_erp.jsonl holds
// every translation; the comment above each group lists the locales whose
// text needed a phrase here, the others were already classified as labelled).
//
// Dolibarr ERP/CRM 22.0.4 (Dolibarr/dolibarr, read from the copy in
// Platforms-World/dolibarr-copy commit 5be38ba3, htdocs/langs/<locale>/
// {admin,main,mails,errors}.lang). Where the code raises each key:
//
//   - admin/mails.php, action testconnect: ServerNotAvailableOnIPOrPort when
//     CMailFile::check_server_port() cannot open the socket or gets no 220
//     ("Succeed in opening socket but answer 220 not received"): transient;
//   - core/class/CMailFile.class.php sendfile(): ErrorPhpMailDelivery after
//     "Failed to send mail with php mail" (mail() refused: the host's
//     setup), MailSendSetupIs and MailSendSetupIs2 (a mass emailing may not
//     use PHP mail), "No mail sent. Feature is disabled by option
//     MAIN_DISABLE_ALL_MAILS", an invalid sender address: config; "Token not
//     found" (no OAuth token stored): revoked; "Transport failed for the
//     following addresses": recipient; ErrorFailedToSendMail
//     (core/actions_sendmails.inc.php) names no cause: unknown, no phrase;
//   - core/class/smtps.class.php: an unresolvable host, STARTTLS refused or
//     failed, EHLO refused, AUTH LOGIN refused (the "Invalid Authentication
//     Credentials." joined after it does not mean the password): config;
//     AUTH XOAUTH2 refused: auth; no reply codes: transient;
//   - emailcollector/class/emailcollector.class.php: ErrorHostMustNotStart
//     WithHttp and "IMAP function not enabled on your PHP": config; "Failed to
//     open IMAP connection" + imap_last_error(): transient when no reply
//     follows (a reply after it decides first: this rule is late);
//   - look-alikes about Dolibarr's own user (main.inc.php
//     ErrorSessionInvalidatedAfterPasswordChange, user/card.php
//     WarningYourPasswordWasModifiedPleaseLogin): unknown.
//
// GLPI 10.0.17-dev (glpi-project/glpi, read from the copy in
// BrunoFerreira10/upperplan-app commit dc4d6c6a, locales/<locale>.po):
//
//   - src/MailCollector.php: "An error occurred trying to connect to
//     collector." (laminas-mail's message follows after <br/>), "Could not
//     connect to mailgate server", "Receivers in error: %s" (the cron alert):
//     transient; "Unsupported mail server type:%s.", "Invalid configuration
//     for %1$s folder in receiver %2$s": config;
//   - src/System/Status/StatusChecker.php "Unable to connect to the IMAP
//     server": transient;
//   - src/NotificationMailing.php and NotificationMailingSetting.php: an
//     invalid sender address and PHP mail() missing: config; "Failed to send
//     test email to administrator" and (NotificationEventMailing.php) "Error
//     in sending the email" name no cause: unknown, no phrase;
//   - front/smtp_oauth2_callback.php: "Authorization failed with error: %s"
//     (the provider's error on the redirect, per the code most likely access
//     denied): revoked; a state mismatch, no code, a failed code exchange, no
//     email or no refresh token in the token, no provider: platform;
//   - look-alike: src/Auth.php "User not authorized to connect in GLPI":
//     unknown.
//
// Each phrase is the fixed text of one translation, lower-cased, without the
// host, port, address or folder filled into it, and never with the reply
// that follows. The short ones are whole sentences or their only fixed part:
// the Receivers-in-error phrases
// keep their colon ("receivers in error:", "接收錯誤："), the rest of that
// message being the receivers' names; the Chinese ServerNotAvailableOnIPOr
// Port phrases ("服务器在地址", "伺服器於位址") are what comes before the
// filled-in host.

// erpEarlyRules come right after bitrixEarlyRules: the products' whole
// sentences about their own OAuth flow, their settings and their own user
// accounts decide before the generic words in them ("authorization code",
// "spam", "too many recipients", "password", "connection failed") call them
// an app password, a rejected message, a limit or a refused login. None of
// them quotes a server's reply.
var erpEarlyRules = []rule{
	{id: "l10n_erp_setup", class: ClassConfig, anyOf: p(
		// Dolibarr ErrorPhpMailDelivery: en_US, am_ET, ar_EG, az_AZ, bg_BG, bn_IN, ca_ES, cs_CZ, cy_GB, da_DK, de_DE, el_GR, es_CL, es_CO, es_CR, es_CU, es_ES, et_EE, eu_ES, fa_IR, fi_FI, fr_CA, fr_FR, gl_ES, he_IL, hi_IN, hr_HR, hu_HU, id_ID, ja_JP, kk_KZ, km_KH, lo_LA, lt_LT, lv_LV, mk_MK, nb_NO, nl_NL, pl_PL, pt_PT, ro_RO, ru_RU, sk_SK, sl_SI, sq_AL, sv_SE, sw_SW, ta_IN, tg_TJ, th_TH, tr_TR, uk_UA, ur_PK, uz_UZ, vi_VN, zh_CN, zh_HK, zh_TW
		"check that you don't use a too high number of recipients and that your email",
		"በጣም ብዙ የተቀባዮችን ቁጥር እንደማይጠቀሙ እና የኢሜልዎ ይዘት ከአይፈለጌ መልእክት ጋር የማይመሳሰል መሆኑን ያረጋግጡ።",
		"تحقّق من عدم وجود عدد كبير من المستلمين، وأن محتوى البريد لا يشبه الرسائل",
		"çox sayda alıcı istifadə etmədiyinizi və e-poçt məzmununuzun spama",
		"проверете дали не използвате твърде голям брой получатели и дали съдържанието",
		"পরীক্ষা করুন যে আপনি খুব বেশি সংখ্যক প্রাপক ব্যবহার করেন না এবং আপনার ইমেল",
		"comproveu que no feu servir un nombre massa elevat de destinataris i que el",
		"zkontrolujte, zda nepoužíváte příliš velký počet příjemců a zda váš e-mailový",
		"gwiriwch nad ydych yn defnyddio nifer rhy uchel o dderbynwyr ac nad yw cynnwys",
		"tjek, at du ikke bruger et for højt antal modtagere, og at dit e-mailindhold",
		"vergewissern sie sich, dass sie nicht zu viele adressaten nutzen und der inhalt",
		"βεβαιωθείτε ότι δεν χρησιμοποιείτε πολύ μεγάλο αριθμό παραληπτών και ότι το",
		"verifique que no use una cantidad demasiado alta de destinatarios y que el",
		"compruebe que no utiliza un número demasiado elevado de destinatarios y que el",
		"compruebe que no utilice un número demasiado alto de destinatarios y que su",
		"compruebe que no utiliza un número demasiado alto de destinatarios y que el",
		"compruebe que no use un número demasiado alto de destinatarios y que su",
		"kontrollige, et te ei kasutaks liiga palju adressaate ja et teie meili sisu ei",
		"ziurtatu hartzaile kopuru handiegia ez duzula erabiltzen eta zure posta",
		"بررسی کنید شما تعداد بیش‌از حدی از دریافت کنندگان استفاده نکرده‌اید یا محتوای",
		"varmista, että et käytä liian suurta määrää vastaanottajia ja, jotta",
		"vérifiez que vous n'utilisez pas un nombre trop élevé de destinataires et que",
		"assurez-vous que vous n'utilisez pas un nombre de destinataires trop élevé et",
		"comprobe que non usa un número elevado de destinatarios e que o seu contido de",
		"בדוק שאינך משתמש במספר גבוה מדי של נמענים ושתוכן האימייל שלך אינו דומה לספאם.",
		"जाँच करें कि आप बहुत ज़्यादा प्राप्तकर्ताओं का उपयोग नहीं करते हैं और आपकी ईमेल",
		"provjeri da ne koristite previsok broj primatelja i da vaš e-pošta sadržaj nije",
		"ellenőrizze, hogy nem használ túl sok címzettet, és hogy az e-mail tartalma nem",
		"pastikan anda tidak menggunakan terlalu banyak penerima dan konten email anda",
		"使用する受信者の数が多すぎないこと、および電子メールの内容がスパムに類似していないことを確認すること。詳細については、ファイアウォールとサーバーのログファイルを",
		"алушылардың тым көп мөлшерін пайдаланбайтындығыңызды және сіздің электрондық", "ពិនិត្យមើលថាអ្នកមិនប្រើចំនួនអ្នកទទួលខ្ពស់ពេកទេ",
		"ກວດເບິ່ງວ່າເຈົ້າບໍ່ໃຊ້ ຈຳ ນວນຜູ້ຮັບທີ່ສູງເກີນໄປແລະເນື້ອໃນອີເມວຂອງເຈົ້າບໍ່ຄ້າຍຄືກ",
		"patikrinkite, ar nenaudojate per daug gavėjų ir ar jūsų el. laiško turinys nėra",
		"pārbaudiet, vai nelietojat pārāk daudz saņēmēju un ka jūsu e-pasta saturs nav",
		"проверете дали не користите превисок број примачи и дали вашата содржина на",
		"kontroller at du ikke bruker et for høyt antall mottakere og at epost-innhold",
		"controleer of u niet een te groot aantal ontvangers gebruikt en of uw",
		"sprawdź, czy nie używasz zbyt dużej liczby odbiorców i czy zawartość wiadomości",
		"verifique se você não usa um número muito alto de destinatários e se seu",
		"verificați dacă nu utilizați un număr prea mare de destinatari și că conținutul",
		"убедитесь, что вы не используете слишком большое количество получателей и что",
		"skontrolujte, či nepoužívate príliš vysoký počet príjemcov a či obsah vášho",
		"prepričajte se, da ne uporabljate prevelikega števila prejemnikov in da vsebina",
		"kontrolloni që të mos përdorni një numër shumë të lartë marrësish dhe që",
		"kontrollera att du inte använder ett för stort antal mottagare och att ditt",
		"hakikisha kuwa hutumii idadi kubwa ya wapokeaji na kwamba maudhui yako ya barua",
		"நீங்கள் அதிக எண்ணிக்கையிலான பெறுநர்களைப் பயன்படுத்தவில்லை என்பதையும் உங்கள்",
		"тафтиш кунед, ки шумо шумораи зиёди қабулкунандагонро истифода намебаред ва",
		"ตรวจสอบว่าคุณไม่ได้ใช้ผู้รับจำนวนมากเกินไป และเนื้อหาอีเมลของคุณไม่คล้ายกับสแปม",
		"çok fazla sayıda alıcı kullanmadığınızdan ve e-posta içeriğinizin spam'e",
		"переконайтеся, що ви не використовуєте занадто велику кількість одержувачів і",
		"چیک کریں کہ آپ وصول کنندگان کی بہت زیادہ تعداد کا استعمال نہیں کرتے ہیں اور یہ",
		"qabul qiluvchilarning juda ko'p sonini ishlatmasligingizni va elektron pochta",
		"kiểm tra xem bạn không dùng số lượng người nhận quá nhiều và nội dung email của",
		"检查您是否使用了过多的收件人，并且您的电子邮件内容与垃圾邮件不相似。还请管理员检查防火墙和服务器日志文件以获取更完整的信息", "請檢查您使用的收件人數量是否過多，以及您的電子郵件內容是否類似於垃圾郵件。同時，請聯繫您的管理員檢查防火牆和服務器日誌文件以獲取更多信息",
		"檢查您使用的收件人數量是否過高，並且電子郵件內容與垃圾郵件相似。還請您的管理員檢查防火牆和服務器日誌檔案以獲取更完整的資訊",
		// Dolibarr MailSendSetupIs: en_US, am_ET, ar_SA, az_AZ, bg_BG, bn_BD, ca_ES, cs_CZ, cy_GB, de_DE, el_GR, es_AR, es_CL, es_CO, es_CR, es_CU, es_EC, es_ES, et_EE, eu_ES, fi_FI, fr_CA, fr_FR, gl_ES, he_IL, hi_IN, hr_HR, hu_HU, id_ID, it_IT, ja_JP, kk_KZ, km_KH, lo_LA, mk_MK, nb_NO, nl_NL, pl_PL, pt_BR, pt_PT, ro_RO, ru_RU, sk_SK, sl_SI, sq_AL, sr_RS, sv_SE, sw_SW, ta_IN, tg_TJ, th_TH, tr_TR, uk_UA, ur_PK, uz_UZ, vi_VN, zh_CN, zh_HK, zh_TW
		"configuration of email sending has been setup to", "ተዋቅሯል። ይህ ሁነታ የጅምላ ኢሜል ለመላክ መጠቀም አይቻልም።",
		"وقد تم تكوين إرسال البريد الإلكتروني الإعداد ل'٪ ق'. هذا الوضع لا يمكن أن",
		"üçün quraşdırılıb. bu rejim kütləvi e-poçt göndərmək üçün istifadə edilə bilməz",
		"този режим не може да се използва за изпращане на масови имейли", "এ সেটআপ করা হয়েছে। এই মোডটি ব্যাপক ইমেল পাঠাতে ব্যবহার করা যাবে না।",
		"aquest mode no es pot utilitzar per a enviar correus electrònics massius", "tento režim nelze použít k odesílání hromadných e-mailů",
		"ni ellir defnyddio'r modd hwn i anfon e-byst torfol", "konfiguriert. dieser modus kann nicht für e-mail-kampagnen verwendet werden",
		"αυτή η λειτουργία δεν μπορεί να χρησιμοποιηθεί για να σταλθούν μαζικά μηνύματα",
		"este modo no puede ser utilizado para envío masivo de correos", "la configuración del envío de correo electrónico se ha configurado en",
		"este modo no se puede utilizar para enviar e-mailings masivos", "la configuración del envío de e-mailing se ha configurado en",
		"este modo no se puede utilizar para enviar correos electrónicos masivos", "este modo no puede ser usado para enviar e-mails masivos",
		"meili saatmise konfiguratsioon on seadistatud väärtusele „",
		"moduan ezarri da. modu hau ezin da erabili mezu elektroniko masiboak bidaltzeko",
		"ksi. tätä tilaa ei voi käyttää massapostitusten lähettämiseen",
		"ce mode ne peut pas être utilisé pour envoyer des messages électroniques de masse",
		"ce mode ne peut pas être utilisé pour envoyer des e-mailing en masse", "este modo non pode ser usado para enviar mails masivos",
		"לא ניתן להשתמש במצב זה לשליחת אימייל המוני", "पर सेट किया गया है। इस मोड का उपयोग सामूहिक ईमेल भेजने के लिए नहीं किया जा सकता।",
		"ovaj način rada ne može se koristiti za slanje masovne e-pošte", "ez a mód nem használható tömeges e-mailek küldésére",
		"mode ini tidak dapat digunakan untuk mengirim email masal",
		"la configurazione della posta elettronica di invio è stata impostata alla modalità", "」に設定されている。このモードは、大量の電子メールを送信するために使用することはできない",
		"күйіне орнатылды. бұл режим жаппай электрондық поштаны жіберу үшін қолданылмайды", "ការកំណត់រចនាសម្ព័ន្ធនៃការផ្ញើអ៊ីមែលត្រូវបានតំឡើងទៅ",
		"ບໍ່ສາມາດໃຊ້ໂmodeດນີ້ເພື່ອສົ່ງອີເມວ ຈຳ ນວນຫຼາຍ", "овој режим не може да се користи за испраќање масовни е-пошта",
		"denne modusen kan ikke brukes ved masseutsendelser", "deze modus kan niet worden gebruikt om bulk e-mails te verzenden",
		"konfiguracja poczty e-mail wysyłającego musi być połączone z '% s'. tryb ten",
		"este modo não pode ser usado para envios de massa de e-mails", "este modo não pode ser usado para enviar e-mails em massa",
		"acest mod nu poate fi utilizat pentru a trimite newslettere", "этот режим нельзя использовать для массовой рассылки электронных писем",
		"tento režim nie je možné použiť na odosielanie hromadných e-mailov", "konfiguracij pošiljanja e-pošte je bila nastavljena na",
		"ky modalitet nuk mund të përdoret për të dërguar emaile masive", "konfiguracija slanja mailova je podešena na",
		"konfiguration av e-post att skicka har ställts in till \"% s\". detta läge kan", "hali hii haiwezi kutumika kutuma barua pepe nyingi",
		"க்கு அமைக்கப்பட்டுள்ளது. வெகுஜன மின்னஞ்சலை அனுப்ப இந்தப் பயன்முறையைப் பயன்படுத்த முடியாது",
		"танзим шудааст. ин режимро барои фиристодани паёми электронии оммавӣ истифода", "การกำหนดค่าการส่งอีเมลได้รับการตั้งค่าเป็น",
		"ye ayarlandı. bu mod toplu e-postalama için kullanılamaz", "цей режим не можна використовувати для масової розсилки електронної пошти",
		"پر ترتیب دیا گیا ہے۔ یہ موڈ بڑے پیمانے پر ای میل بھیجنے کے لیے استعمال نہیں کیا جا سکتا۔",
		"ga o'rnatildi. ushbu rejimdan ommaviy elektron pochta xabarlarini yuborish", "chế độ này không thể được sử dụng để gửi email hàng loạt",
		"email电子邮箱配置设定", "此模式不能用於傳送群發電子郵件", "此模式不能用於發送批次電子郵件",
		// Dolibarr MailSendSetupIs2: en_US, am_ET, ar_SA, ar_SY, az_AZ, bg_BG, bn_BD, bs_BA, ca_ES, cs_CZ, cy_GB, da_DK, de_CH, de_DE, el_GR, es_AR, es_CL, es_CO, es_CR, es_CU, es_EC, es_ES, et_EE, eu_ES, fa_IR, fi_FI, fr_CA, fr_FR, gl_ES, he_IL, hi_IN, hr_HR, hu_HU, id_ID, it_IT, ja_JP, kk_KZ, km_KH, lo_LA, lt_LT, lv_LV, mk_MK, nb_NO, nl_NL, pl_PL, pt_BR, pt_PT, ro_RO, ru_RU, sk_SK, sl_SI, sq_AL, sr_RS, sv_SE, sw_SW, ta_IN, tg_TJ, th_TH, tr_TR, uk_UA, ur_PK, uz_UZ, vi_VN, zh_CN, zh_HK, zh_TW
		"with this mode, you can enter setup of the smtp server provided by your",
		"መለኪያውን ለመቀየር በመጀመሪያ ከአስተዳዳሪ መለያ ወደ ሜኑ ቤት - ማዋቀር - ኢሜይሎች ውስጥ መግባት አለብህ መለኪያ",
		"يجب عليك أولا الذهاب، مع حساب مشرف، في القائمة٪ shome - إعداد - رسائل البريد",
		"you must first go, with an admin account, into menu home - setup - emails to",
		"с този режим може да въведете настройки за smtp сървъра, предоставен от вашия",
		"প্যারামিটার পরিবর্তন করতে আপনাকে প্রথমে একটি প্রশাসক অ্যাকাউন্ট সহ মেনু হোম -",
		"primer heu d’anar, amb un compte d’administrador, al menú inici - configuració",
		"v tomto režimu, můžete zadat nastavení serveru smtp vašeho poskytovatele služeb",
		"yn gyntaf rhaid i chi fynd, gyda chyfrif gweinyddol, i'r ddewislen home - gosod",
		"ändern. dann können sie die daten des smtp-servers von ihrem",
		"με αυτόν τον τρόπο, μπορείτε να μεταβείτε στις ρυθμίσεις του διακομιστή smtp",
		"debes dirigirte primero, utilizando una cuenta de administrador, al menú inicio",
		"con este modo, puede ingresar a la configuración del servidor smtp",
		"primero debe ir, con una cuenta de administración, al menú home - setup -",
		"con este modo, puede ingresar la configuración del servidor smtp proporcionado",
		"antes debe, con una cuenta de administrador, en el menú inicio - configuración",
		"selle režiimiga saate siseneda oma internetiteenuse pakkuja pakutava",
		"modua erabiltzeko. modu honekin, zure interneteko zerbitzu hornitzaileak",
		"sinun on ensin siirryttävä admin-tilillä valikkoon home - setup - emails",
		"avec ce mode, vous pouvez entrer dans la configuration du serveur smtp fourni",
		"vous devez d'abord aller, avec un compte d'administrateur, dans le menu accueil",
		"antes debe, cunha conta de administrador, no menú inicio - configuración -",
		"תחילה עליך להיכנס, עם חשבון אדמין, לתפריט בית - הגדרה - אימיילים כדי לשנות את",
		"। इस मोड के साथ, आप अपने इंटरनेट सेवा प्रदाता द्वारा प्रदान किए गए smtp सर्वर",
		"prvo morate otići, s administratorskim računom, u izbornik početna -",
		"mód használatához. ezzel a móddal beléphet az internetszolgáltató által",
		"dengan mode ini, anda dapat masuk ke pengaturan server smtp yang disediakan",
		"con un account da amministratore è necessario cliccare su home -> setup ->",
		"を変更する。このモードでは、インターネットサービスプロバイダーが提供するsmtpサーバーの設定に入り、大量電子メールの機能を使用できる",
		"ជាដំបូងអ្នកត្រូវតែចូលទៅជាមួយគណនីអ្នកគ្រប់គ្រង ចូលទៅក្នុងម៉ឺនុយ home - setup -",
		"ກ່ອນ​ອື່ນ​ເຈົ້າ​ຕ້ອງ​ໄປ​ກັບ​ບັນ​ຊີ​ຜູ້​ບໍ​ລິ​ຫານ, ເຂົ້າ​ໄປ​ໃນ​ເມ​ນູ home -",
		"прво мора да отидете, со администраторска сметка, во менито дома - поставување",
		"logg på som administrator, gå til menyen hjem - oppsett - e-post for å endre",
		"te gebruiken. met deze modus kunt u de installatie van de smtp-server van uw",
		"najpierw trzeba przejść, z konta administratora, w menu% shome - ustawienia -",
		"voçê precisa primeiramente acessar com uma conta de administrador o menu inicio",
		"com esse modo, você pode inserir a configuração do servidor smtp fornecido pelo",
		"trebuie mai întâi să mergi, cu un cont de administrator, în meniul acasă -",
		"в этом режиме вы можете войти в настройку smtp-сервера, предоставленного вашим",
		"najprv musíte prejsť s účtom správcu do ponuky domov - nastavenie - e-maily a",
		"najprej morate kot administrator preko menija domov - nastavitve - e-pošta",
		"së pari duhet të shkoni, me një llogari administratori, në menynë home -",
		"prvo morate sa admin nalogom otvoriti meni home - setup - emails da biste",
		"du måste först gå, med ett administratörskonto, i meny% shome - setup - e-post%",
		"ni lazima kwanza uingie, ukiwa na akaunti ya msimamizi, kwenye menyu nyumbani -",
		"a0a65fz0' a0a65fc070 இந்த பயன்முறையில், உங்கள் இணைய சேவை வழங்குநரால்", "ด้วยโหมดนี้ คุณสามารถเข้าสู่การตั้งค่าเซิร์ฟเวอร์ smtp",
		"menüsüne gitmelisiniz. bu mod ile internet servis sağlayıcınız tarafından",
		"ви повинні спочатку перейти з обліковим записом адміністратора в меню home -",
		"آپ کو پہلے ایڈمن اکاؤنٹ کے ساتھ مینو میں جانا چاہیے اس موڈ کے ساتھ، آپ اپنے",
		"parametrini a0a65d091z08'a modec'9780f use'ga o'zgartirish uchun avval",
		"với chế độ này, bạn có thể nhập thiết lập máy chủ smtp do nhà cung cấp dịch vụ",
		"首先您得这么地, 得先有个管理员账号吧 admin , 进入菜单 主页 - 设置 - emails 修改参数 '发送方式' 用", "您必須先使用管理員帳戶進入選單 home - 設定 - 電子郵件 將參數'發送方式'變更為使用模式「",
		"使用此模式 ，您可以輸入internet服務供應商提供的smtp伺服器的設定，並使用批次電子郵件功能",
		// Dolibarr ErrorHostMustNotStartWithHttp: en_US, am_ET, ar_EG, ar_SA, az_AZ, bg_BG, bn_BD, bs_BA, ca_ES, cs_CZ, cy_GB, da_DK, de_DE, el_GR, es_CU, es_ES, et_EE, eu_ES, fi_FI, fr_CA, fr_FR, gl_ES, he_IL, hi_IN, hr_HR, hu_HU, id_ID, it_IT, ja_JP, kk_KZ, km_KH, lo_LA, lv_LV, mk_MK, nb_NO, nl_NL, pl_PL, pt_PT, ro_RO, ru_RU, sk_SK, sl_SI, sq_AL, sv_SE, sw_SW, ta_IN, tg_TJ, th_TH, tr_TR, uk_UA, ur_PK, uz_UZ, vi_VN, zh_CN, zh_HK, zh_TW
		"must not start with http:// or https://", "በhttp:// ወይም https:// መጀመር የለበትም", "لا يجب أن يبدأ بـ http:// أو https://",
		"بـ http: // أو https: //", "http:// və ya https:// ilə başlamamalıdır", "не трябва да започва с http:// или https://",
		"অবশ্যই http:// বা https:// দিয়ে শুরু হবে না", "ne smije početi sa http:// ili https://", "no ha de començar amb http: // o https: //",
		"nesmí začínat řetězcem http:// ani https://", "ddechrau gyda http:// neu https://", "må ikke starte med http: // eller https: //",
		"darf nicht mit http: // oder https: // beginnen", "δεν πρέπει να ξεκινά με http:// ή https://", "no debe comenzar con http:// o https://",
		"no debe comenzar con http: // o https: //", "ei tohi alata http:// või https://-ga",
		"ostalariaren izenak ezin du http:// edo https://-rekin hasi behar", "ei saa alkaa http:// tai https://",
		"ne doit pas commencer par http:// ou https://", "non debe comezar con http:// ou https://", "אסור להתחיל ב-http:// או https://",
		"http:// या https:// से शुरू नहीं होना चाहिए", "ne smije započeti s http:// ili https://",
		"gazdagépnév nem kezdődhet http:// vagy https:// előtaggal", "tidak boleh dimulai dengan http:// atau https://",
		"non deve iniziare con http:// o https://", "は、http:// または https:// で始まらないこと", "хост атауы http: // немесе https: // деп басталмауы керек",
		"មិនត្រូវចាប់ផ្តើមដោយ http:// ឬ https://", "ຕ້ອງບໍ່ເລີ່ມດ້ວຍ http: // ຫຼື https: //", "nevajā sākas ar http: // vai https: //",
		"не смее да започнува со http:// или https://", "må ikke starte med http:// eller https://", "mag niet beginnen met http:// of https://",
		"nie może zaczynać się od http: // lub https: //", "não deve começar com http:// ou https://",
		"nu trebuie să înceapă cu http:// sau https://", "не должно начинаться с http:// или https://", "nesmie začínať http:// alebo https://",
		"se ne sme začeti s http:// ali https://", "nuk duhet të fillojë me http:// ose https://", "får inte börja med http: // eller https: //",
		"si lazima ianze na http:// au https://", "கண்டிப்பாக http:// அல்லது https:// என்று தொடங்கக்கூடாது",
		"набояд бо http: // ё https: // оғоз шавад", "ต้องไม่ขึ้นต้นด้วย http:// หรือ https://", "http:// veya https:// ile başlamamalidir",
		"не повинно починатися з http:// або https://", "http:// یا https:// سے شروع نہیں ہونا چاہیے",
		"xost nomi http: // yoki https: // bilan boshlanmasligi kerak", "không được bắt đầu bằng http:// hoặc https://",
		"不能以 http:// 或 https:// 开始", "不 ' 得以 http:// 或 https:// 開頭", "不能以 http:// 或 https:// 開頭",
		// Dolibarr EmailCollector "IMAP function not enabled on your PHP": en
		"imap function not enabled on your php",
		// Dolibarr CMailFile "No mail sent. Feature is disabled by option MAIN_DISABLE_ALL_MAILS": en
		"no mail sent. feature is disabled by option main_disable_all_mails",
		// Dolibarr SMTPs "STARTTLS connection is not supported.": en
		"error [131]: starttls connection is not supported",
		// Dolibarr SMTPs "STARTTLS connection failed.": en
		"error [132]: starttls connection failed",
		// Dolibarr SMTPs "Error when asking for AUTH LOGIN": en
		"error [130]: error when asking for auth login error [130]: invalid",
		// GLPI "Unsupported mail server type:%s.": en, bg_BG, ca_ES, cs_CZ, de_DE, es_419, es_MX, et_EE, eu_ES, fi_FI, fr_CA, fr_FR, hr_HR, hu_HU, it_IT, ja_JP, ko_KR, lv_LV, mn_MN, nl_BE, pl_PL, pt_BR, pt_PT, ru_RU, sk_SK, sl_SI, tr_TR, zh_CN, zh_TW
		"unsupported mail server type", "неподдържан тип имейл сървър", "tipus de servidor de correu no suportat",
		"nepodporovaný typ e-mailového serveru", "nicht unterstützter mail-server-typ", "tipo de servidor de correo no compatible",
		"tipo de servidor de correo no admitido", "mitte toetatud e-posti serveri tüüp", "onartzen ez den posta zerbitzua",
		"postipalvelimen tyyppiä", "type de serveur de courriel non supporté", "type de serveur mail non supporté",
		"nepodržana vrsta e-mail poslužitelja", "nem támogatott levelezőszerver típus", "tipo di mail server non supportato", "サポートしていないメールサーバー",
		"지원하지 않는 메일 서버 유형", "neatbalstīts e-pasta servera tips", "дэмжигдээгүй имэйл серверийн төрөл", "niet-ondersteund type mailserver",
		"niewspierany typ serwera pocztowego", "tipo de servidor de email não suportado", "tipo de servidor de mail não suportado",
		"неподдерживаемый тип почтового сервера", "nepodporovaný typ e-mailového servera", "nepodprt tip poštnega strežnika",
		"e-posta sunucusu türü desteklenmiyor", "不支持的邮件服务器类型", "不支持郵件伺服器種類",
		// GLPI "Invalid configuration for %1$s folder in receiver %2$s": en, ar_SA, bg_BG, ca_ES, cs_CZ, da_DK, de_DE, el_GR, eo, es_419, es_AR, es_CO, es_EC, es_ES, et_EE, eu_ES, fi_FI, fr_BE, gl_ES, hi_IN, hr_HR, hu_HU, it_IT, ja_JP, ko_KR, lv_LV, mn_MN, nl_BE, pl_PL, pt_BR, pt_PT, ro_RO, ru_RU, sk_SK, sl_SI, sr_RS, th_TH, tr_TR, uk_UA, vi_VN, zh_CN, zh_TW
		"invalid configuration for", "إعدادات غير صحيحة للمجلد", "невалидна конфигурация за", "configuració no vàlida per a la carpeta",
		"neplatné nastavení přijímače", "ugyldig konfiguration for", "falsche konfiguration für den ordner", "εσφαλμένη διαμόρφωση για τον φάκελο",
		"недопустимая конфигурация для папки", "configuración inválida para la carpeta", "configuración incorrecta para el directorio",
		"configuración invalida para", "configuración no válida para la carpeta", "configuración incorrecta para la carpeta",
		"vigased seaded kaustale", "konfigurazio okerra", "on virheellinen konfiguraatio hakemistolle", "configuration incorrecte du dossier",
		"configuración incorrecta para o cartafol", "फ़ोल्डर के लिए अवैध विन्यास", "neispravne postavke za", "hibás konfiguráció",
		"configurazione della cartella", "フォルダの設定が無効です", "폴더에 잘못된 구성", "nepareiza mapes konfigurācija", "фолдерын тохиргоо буруу байна",
		"onjuiste configuratie van", "błędna konfiguracja dla katalogu", "configuração inválida para a pasta",
		"configurare incorectă a directorului", "неверная конфигурация для папки", "neplatná konfigurácia pre adresár",
		"neveljavna konfiguracija za", "neispravna konfiguracija za", "การกำหนดค่าไม่ถูกต้องสำหรับr", "klasörünün yapılandırması geçersiz",
		"невірне налаштування папки", "cấu hình không hợp lệ cho thư mục", "目录配置无效", "目錄設定於收件人",
		// GLPI "Sender email is not a valid email address.": en, de_DE, es_419, es_AR, es_MX, fr_CA, fr_FR, hr_HR, it_IT, ja_JP, mn_MN, pl_PL, pt_BR, ru_RU, sk_SK, sl_SI, tr_TR, uk_UA, zh_CN
		"sender email is not a valid email address", "absender e-mail adresse ist keine gültige e-mail adresse",
		"el correo electrónico del remitente no es una dirección de correo electrónico válida",
		"la dirección de correo electrónico del remitente no es válida", "el correo electrónico del remitente no es una válida",
		"l'adresse courriel de l'expéditeur n'est pas une adresse valide", "l'adresse e-mail de l'expéditeur n'est pas une adresse e-mail valide",
		"e-mail adresa pošiljatelja nije valjana e-mail adresa", "l'indirizzo e-mail del mittente non è valido", "送信者メールアドレスが有効ではありません",
		"илгээгчийн имэйл нь хүчингүй байна", "adres e-mail nadawcy jest nie prawidłowy",
		"o e-mail do remetente não é um endereço de e-mail válido", "адрес отправителя не является действующим адресом электронной почты",
		"e-mail odosielateľa nie je platnou e-mailovou adresou", "e-poštni naslov pošiljatelja ni veljaven e-poštni naslov",
		"gönderici e-posta adresi geçersiz", "електронна адреса відправника не є дійсною", "无效的发件人邮箱",
		// GLPI "The PHP mail function is unknown or is not activated on your system.": en, bg_BG, ca_ES, cs_CZ, da_DK, de_DE, el_GR, eo, es_419, es_AR, es_ES, es_MX, et_EE, eu_ES, fa_IR, fi_FI, fr_BE, gl_ES, hi_IN, hr_HR, hu_HU, it_IT, ja_JP, ko_KR, lt_LT, lv_LV, mn_MN, nb_NO, nl_BE, pl_PL, pt_BR, pt_PT, ro_RO, ru_RU, sk_SK, sl_SI, sr_RS, th_TH, tr_TR, uk_UA, vi_VN, zh_CN, zh_TW
		"is unknown or is not activated on your system", "функцията за поща на php е неизвестна или не е активирана във вашата система",
		"la funció php mail no existeix o està desactivada al teu sistema",
		"funkce php mail není známa nebo není v systému vašeho serveru aktivní",
		"php mail funktionen er ukendt eller ikke aktiveret på dit system",
		"die funktion mail von php ist nicht vorhanden oder wurde auf ihrem system deaktiviert",
		"η λειτουργία php mail δεν αναγνωρίζεται ή δεν είναι ενεργοποιημένη στο σύστημα",
		"функция php mail для отправки почты не работает или отключена в вашей системе",
		"la función de mail php no existe o está desactivada en su sistema",
		"la función de correo php es desconocida o no está activada en su sistema",
		"la función de correo de php no existe o está desactivada en su sistema",
		"la función de correo electrónico para el servidor php es desconocida o no esta", "php mail() funktsioon on tundmatu või ei ole lubatud",
		"php posta funtzioa ezezaguna da edo ez dago sisteman aktibatuta", "تابع نامه php ناشناخته است یا بر روی سامانه شما فعال نیست",
		"php:n sähköpostitoimintoa ei löydy tai sitä ei ole otettu käyttöön",
		"la fonction mail php n'existe pas ou est désactivée sur votre système",
		"a función de mail php non existe ou está desactivada no seu sistema", "php मेल फ़ंक्शन अज्ञात है या आपके सिस्टम पर सक्रिय नहीं है।",
		"php mail funkcija je nepoznata ili nije aktivirana na ovom sustavu", "a mail funkció ismeretlen vagy nincs bekapcsolva a php-ben",
		"la funzione mail di php non funziona o non è stata attivata nel tuo server", "phpのメール機能は不明またはシステムで有効にされていません",
		"알 수 없는 php의 메일 함수이거나 시스템에서 활성화 되지 않았습니다", "php el.pašto funkcija nežinoma arba nebuvo aktyvuota jūsų sistemoje",
		"jūsu sistēmai nav vai nav aktivizēta php pasta funkcija", "php имэйлийн функц нь тодорхойгүй эсвэл таны систем дээр идэвхжээгүй байна",
		"e-postfunksjonen til php er ukjent eller ikke aktivert på systemet", "de php e-mailfunctie is onbestaande of niet actief in het systeem",
		"funkcja php 'mail' jest nieznana lub nie jest aktywna w systemie",
		"a função de correio do php é desconhecida ou não está ativada em seu sistema",
		"a função de email do php é desconhecida ou está desactivada no seu sistema",
		"funcţia php mail este necunoscută sau nu este activată pe sistemul dvs",
		"funkcia php mail nebola nájdená alebo nie je vo vašom systéme aktívna", "funkcija php mail je neznana ali ni aktivirana v vašem sistemu",
		"funkcija php maila su nepoznate ili nije aktivirana na vašem sistemu", "ไม่ได้ติดตั้ง php-mail",
		"php e-posta işlevi bilinmiyor ya da kullanıma alınmamış", "функція пошти php невідома або не активована в системі",
		"chức năng php mail chưa được biết hoặc không được kích hoạt trên hệ thống của bạn", "php邮件功能未知或在系统中没有启用", "php郵件功能未知或沒有在您的系統中被啟用",
	),
		doc: "Dolibarr or GLPI says in the administrator's language that a mail setting is wrong: PHP mail() refused or missing, a sending mode that mass emailing may not use, an IMAP host written as a URL, an unsupported server type, a folder that does not exist, an invalid sender address, sending switched off, STARTTLS refused or failed, AUTH LOGIN refused"},
	{id: "l10n_erp_own_login", class: ClassUnknown, anyOf: p(
		// Dolibarr ErrorSessionInvalidatedAfterPasswordChange: en_US, de_DE, eu_ES, it_IT, nl_NL, pt_PT, tr_TR
		"the session was been invalidated following a change of password, email, status",
		"die sitzung wurde aufgrund einer änderung des passworts, der e-mail-adresse",
		"saioa baliogabetu da pasahitza, helbide elektronikoa, egoera edo",
		"la sessione è stata invalidata seguire un cambio di password, email, stato o",
		"de sessie is ongeldig gemaakt na een wijziging van wachtwoord, e-mail, status",
		"a sessão foi invalidada após uma alteração de senha, e-mail, status ou datas de",
		"oturum, şifre, e-posta, durum veya geçerlilik tarihi değişikliği sonrasında",
		// Dolibarr WarningYourPasswordWasModifiedPleaseLogin: sk_SK
		"vaše heslo bolo zmenené. z bezpečnostných dôvodov sa teraz budete musieť",
		// GLPI "User not authorized to connect in GLPI": et_EE, fa_IR, hi_IN, ja_JP, sr_RS, th_TH, tr_TR, vi_VN
		"kasutajal pole lubatud ühenduda glpi-ga", "کاربر برای اتصال در glpi تایید نشد",
		"उपयोगकर्ता जीएलपीआई में कनेक्ट करने के लिए अधिकृत नहीं है", "認証していないユーザーは glpi に接続できません",
		"korisnik nije autorizovan za konekciju na glpi", "ผู้ใช้ไม่ได้รับอนุญาตในการเชื่อมต่อใน glpi",
		"kullanıcının glpi yazılımına bağlanma izni yok", "người dùng không được xác thực để kết nối trong glpi",
	),
		doc: "Dolibarr or GLPI speaks of its own user account (a session ended after a password change, a changed Dolibarr password, a GLPI user not allowed to log in): it reads like a refused mailbox login but concerns no mailbox"},
	{id: "l10n_erp_oauth_consent", class: ClassRevoked, anyOf: p(
		// GLPI oauth "Authorization failed with error: %s": en, de_DE, es_AR, es_CO, es_EC, fr_FR, he_IL, it_IT, ja_JP, pl_PL, pt_BR, ru_RU, sk_SK, sl_SI, tr_TR, zh_CN
		"authorization failed with error", "autorisierungen fehlgeschlagen. fehler", "la autorización falló con el error",
		"la autorización falló con error", "autorización fallida con error", "l'autorisation a échoué avec comme erreur", "ההרשאה נכשלה עם שגיאה",
		"autorizzazione fallita con il seguente errore", "認証がエラーで失敗", "autoryzacja nie powiodła się z powodu błędu",
		"a autorização falhou com o erro", "сбой авторизации из-за ошибки", "autorizácia zlyhala s chybou", "avtorizacija ni uspela z napako",
		"şu sorun nedeniyle yetkilendirilemedi", "授权失败产生错误",
	),
		doc: "GLPI says in the administrator's language that the provider redirected back from the SMTP OAuth sign-in with an error, per its code most likely access denied: the consent was not given and the owner must sign in again"},
	{id: "l10n_erp_oauth_client", class: ClassPlatform, anyOf: p(
		// GLPI oauth "Unable to verify authorization code": en, de_DE, en_US, es_AR, fr_FR, it_IT, ja_JP, pl_PL, pt_BR, ru_RU, sk_SK, sl_SI, tr_TR, uk_UA, zh_CN
		"unable to verify authorization code", "autorisierungs-code konnte nicht verifiziert werden", "unable to verify the authorization code",
		"no se puede verificar el código de autorización", "impossible de vérifier le code d’autorisation",
		"impossibile verificare il codice di autorizzazione", "認証コードの検証ができません", "nie można zweryfikować kodu autoryzacji",
		"não foi possível verificar o código de autorização", "невозможно проверить код авторизации", "nepodarilo sa overiť autorizačný kód",
		"ni mogoče preveriti kode avtorizacije", "yetkilendirme kodu doğrulanamadı", "не вдалося перевірити код авторизації", "无法校验授权码",
		// GLPI oauth "Unable to get authorization code": en, de_DE, en_US, es_AR, fr_FR, it_IT, ja_JP, pl_PL, pt_BR, ru_RU, sk_SK, sl_SI, tr_TR, uk_UA, zh_CN
		"unable to get authorization code", "fehler beim empfangen des autorisierungs-code", "unable to get the authorization code",
		"no se puede obtener el código de autorización", "impossible de récupérer le code d’autorisation",
		"impossibile recuperare il codice di autorizzazione", "認証コードが取得できません", "nie można pobrać kodu autoryzacji",
		"não foi possível obter o código de autorização", "невозможно получить код авторизации", "nepodarilo sa získať autorizačný kód",
		"ni mogoče dobiti kode za avtorizacijo", "yetkilendirme kodu alınamadı", "не вдалося отримати код авторизації", "无法获取授权码",
		// GLPI oauth "Access token does not provide an email address, ...": en, de_DE, es_AR, fr_FR, it_IT, ja_JP, pl_PL, pt_BR, pt_PT, ru_RU, sk_SK, sl_SI, tr_TR, zh_CN
		"access token does not provide an email address, please verify token claims configuration",
		"das zugriffstoken stellt keine e-mail-adresse bereit, bitte überprüfe die",
		"el token de acceso no proporciona una dirección de correo electrónico",
		"le jeton d'accès ne fourni pas d’adresse e-mail. veuillez vérifier la",
		"il token di accesso non fornisce l'indirizzo email; verifica la configurazione", "アクセストークンがメールアドレスを提供していません。トークンクレーム設定を確認してください",
		"token dostępu nie zawiera adresu e-mail, sprawdź konfigurację oświadczeń tokenu",
		"o token de acesso não fornece um endereço de e-mail, verifique a configuração",
		"o token de acesso não inclui um endereço de correio eletrónico, verifique a",
		"токен доступа не предоставил адрес почты, проверьте конфигурацию требований токена",
		"prístupový token neposkytuje e-mailovú adresu. skontrolujte konfiguráciu",
		"žeton za dostop ne zagotavlja e-poštnega naslova, preverite konfiguracijo zahtevkov žetona",
		"erişim kodunda bir e-posta adresi yok. lütfen kod isteği yapılandırmasını doğrulayın", "访问令牌不支持提供的邮件地址，请检查令牌声明配置",
		// GLPI oauth "Access token does not provide a refresh token, ...": de_DE, es_AR, es_ES, fr_FR, it_IT, ja_JP, pl_PL, pt_BR, pt_PT, ru_RU, sk_SK, sl_SI, tr_TR, zh_CN
		"das zugriffstoken stellt kein erneuerungstoken bereit, bitte überprüfe die",
		"el token de acceso no proporciona un token de actualización, verifique la",
		"el token de acceso no proporciona un token de recargar, verifique la",
		"le jeton d'accès ne fourni pas de jeton de renouvellement. veuillez vérifier la",
		"il token di accesso non fornisce il nuovo token; verifica la configurazione", "アクセストークンがリフレッシュトークンを提供していません。アプリケーションの設定を確認してください",
		"token dostępu nie udostępnia tokena odświeżania, sprawdź konfigurację aplikacji",
		"o token de acesso não fornece um token de atualização, verifique a configuração",
		"o token de acesso não disponibiliza um token de actualização, verifique a",
		"токен доступа не предоставил токен обновления, проверьте конфигурацию приложения",
		"prístupový token neposkytuje obnovovací token. skontrolujte konfiguráciu aplikácie",
		"žeton za dostop ne zagotavlja žetona za osvežitev, preverite konfiguracijo aplikacije",
		"erişim kodunda bir yenileme kodu yok. lütfen uygulama yapılandırmasını doğrulayın", "访问令牌不支持刷新的令牌，请验证应用程序配置",
		// GLPI oauth "Unable to fetch authorization code. Error is: %s": en, de_DE, es_AR, fr_FR, it_IT, ja_JP, pl_PL, pt_BR, ru_RU, sk_SK, sl_SI, tr_TR
		"unable to fetch authorization code. error is", "no se puede obtener el código de autorización. el error es",
		"impossible de récupérer le code d’autorisation. l'erreur est", "impossibile recuperare il codice di autorizzazione. l'errore è",
		"認証コードの取得ができません。エラー内容", "nie można pobrać kodu autoryzacji. błąd", "não foi possível obter o código de autorização. o erro é",
		"невозможно получить код авторизации. ошибка", "nepodarilo sa získať autorizačný kód: chyba",
		"ni mogoče pridobiti kode za avtorizacijo. napaka je", "yetkilendirme kodu alınamadı. hata",
		// GLPI oauth "Invalid provider configuration": en, de_DE, en_US, es_AR, es_ES, es_MX, fr_FR, hr_HR, it_IT, ja_JP, pt_BR, ru_RU, sk_SK, sl_SI, tr_TR
		"invalid provider configuration", "ungültige serverkonfiguration", "configuración de proveedor no válida",
		"configuración de proveedor incorrecto", "configuración de proveedor no válido", "configuration du fournisseur invalide",
		"neispravna kofiguracija pružatelja usluge", "configurazione del provider non valida", "プロバイダー設定無効", "configuração de provedor inválido",
		"недопустимая конфигурация провайдера", "neplatná konfigurácia poskytovateľa", "nepravilna konfiguracija ponudnika",
		"hizmet sağlayıcı yapılandırması geçersiz",
	),
		doc: "GLPI says in the administrator's language that its own SMTP OAuth flow failed: the returned state did not match, no code came back, the code exchange failed, the token carried no email or no refresh token, or no provider is configured"},
}

// erpRules come right after phpmailerRules: Dolibarr's SMTPs errors follow
// the server's reply ("Error [120]: Ran into problems sending Mail.
// Response: ..."), which an earlier rule reads first.
var erpRules = []rule{
	{id: "l10n_erp_smtps_setup", class: ClassConfig, anyOf: p(
		// Dolibarr CMailFile "Failed to send mail with smtps lib ... Sender address ... invalid": en
		"failed to send mail with smtps lib to host=",
		// Dolibarr SMTPs "... is either offline or is an invalid host name.": en
		"is either offline or is an invalid host name",
		// Dolibarr SMTPs "... refused the EHLO command": en
		"refused the ehlo command. error after sending ehlo",
	),
		doc: "Dolibarr's SMTPs library or CMailFile says the SMTP setup is wrong: an invalid sender address, EHLO refused, a host name that does not resolve"},
	{id: "l10n_erp_smtps_login_refused", class: ClassAuth, anyOf: p(
		// Dolibarr SMTPs "Error when asking for AUTH XOAUTH2": en
		"error [130]: error when asking for auth xoauth2 error [130]: invalid",
	),
		doc: "Dolibarr's SMTPs library says the server refused AUTH XOAUTH2, the command that carries the user and the access token: the sign-in was refused"},
}

// erpLateRules come right after helpdeskLateRules: the connection sentences
// are followed by the library's or the server's own text (laminas-mail's
// exception, imap_last_error()), and a code or a reply read by an earlier
// rule decides first.
var erpLateRules = []rule{
	{id: "l10n_erp_unreachable", class: ClassTransient, anyOf: p(
		// Dolibarr ServerNotAvailableOnIPOrPort: ar_EG, ar_SA, cs_CZ, cy_GB, de_CH, el_GR, es_CL, es_EC, es_ES, et_EE, fa_IR, fi_FI, fr_FR, gl_ES, he_IL, hu_HU, id_ID, is_IS, ja_JP, kk_KZ, km_KH, lo_LA, lt_LT, pl_PL, pt_BR, ro_RO, ru_RU, sk_SK, sw_SW, ta_IN, tg_TJ, th_TH, tr_TR, uk_UA, ur_PK, uz_UZ, zh_CN, zh_HK, zh_TW
		"الخادم غير متاح على العنوان", "الخدمة غير متاحة في التصدي ٪ ق", "server není k dispozici na adrese",
		"nid yw'r gweinydd ar gael yn y cyfeiriad", "server nicht verfügbar unter adresse", "ο διακομιστής δεν είναι διαθέσιμος στην διεύθυνση",
		"el servidor no esta disponible en la dirección", "servidor no está disponible en la dirección", "servidor no disponible en la dirección",
		"server ei ole kättesaadav aadressil", "سرویس دهنده در نشانی", "palvelin ei vastaa osoitteessa", "serveur non disponible à l'adresse",
		"servidor non dispoñible no enderezo", "השרת אינו זמין", "a kiszolgáló nem elérhető címen", "server tidak tersedia di alamat",
		"þjónninn er ekki í boði á% heimilisfang er á gátt", "サーバーはポート", "адресінде сервер жоқ", "ម៉ាស៊ីនមេមិនមាននៅអាសយដ្ឋាន",
		"ເຊີບເວີບໍ່ສາມາດໃຊ້ໄດ້ຢູ່ທີ່ຢູ່", "serveris nėra pasiekiamas adresu", "serwer nie jest dostępna pod adresem",
		"servidor não disponível no endereço", "serverul nu este disponibil la adresa", "сервер не доступен по адресу",
		"server nie je k dispozícii na adrese", "seva haipatikani kwa anwani", "என்ற முகவரியில் சேவையகம் இல்லை", "сервер дар суроғаи",
		"เซิร์ฟเวอร์ที่ไม่สามารถใช้ได้ตามที่อยู่", "adresinde yoktur", "сервер недоступний за адресою", "پر سرور دستیاب نہیں ہے",
		"manzilida mavjud emas", "服务器在地址", "伺服器在連接埠", "伺服器於位址",
		// Dolibarr EmailCollector "Failed to open IMAP connection": en
		"failed to open imap connection {",
		// Dolibarr CMailFile "Succeed in opening socket but answer 220 not received": en
		"succeed in opening socket but answer 220 not received",
		// Dolibarr SMTPs "Couldn't get mail server response codes": en
		"error [121]: couldn't get mail server response codes",
		// GLPI "An error occurred trying to connect to collector.": en, cs_CZ, de_DE, en_US, es_419, es_ES, es_MX, fr_CA, hu_HU, it_IT, ja_JP, mn_MN, pt_BR, ru_RU, sk_SK, sv_SE, uk_UA, zh_CN
		"an error occurred trying to connect to collector", "při pokusu o připojení ke kolektoru došlo k chybě",
		"beim versuch, eine verbindung zum collector herzustellen, ist ein fehler aufgetreten",
		"an error occurred trying to connect to the collector", "se produjo un error al intentar conectarse al recopilador",
		"se produjo un error al intentar conectarse al receptor", "se produjo un error al intentar conectarse al servidor",
		"une erreur est survenue lors de la connexion au collecteur", "hiba történt a gyűjtőhöz csatlakozás közben",
		"si è verificato un errore connettendosi al collettore", "コレクターへの接続でエラーが発生しました", "collecter-той дахин холбогдох үед алдаа гарлаа",
		"ocorreu um erro ao tentar conectar ao coletor", "произошла ошибка при подключении к сборщику",
		"pri pokuse o pripojenie k prijímaču sa vyskytla chyba", "ett fel uppstod vid försök att ansluta till samlaren",
		"під час спроби з'єднання з колектором сталась помилка", "连接控制器时发生错误",
		// GLPI "Could not connect to mailgate server": en, cs_CZ, da_DK, de_DE, el_GR, es_419, es_AR, es_CO, es_EC, gl_ES, hr_HR, id_ID, ko_KR, lv_LV, mn_MN, nb_NO, nl_BE, pt_PT, ro_RO, sv_SE, uk_UA, zh_TW
		"could not connect to mailgate server", "nepodařilo se připojit k e-mailové bráně", "kunne ikke forbinde til mailgate serveren",
		"verbindung zum mailgateway fehlgeschlagen", "δεν είναι δυνατή η σύνδεση στον διακομιστή ηλεκτρονικού ταχυδρομείου",
		"no se pudo conectar al servidor de correo saliente", "no se pudo conectar con el servidor", "no se pudo conectar al servidor de correo",
		"no se pudo conectar al servidor de mailgate", "non se puido conectar co servidor de correo",
		"nije moguće spajanje s mailgate poslužiteljem", "tidak dapat terhubung ke server mailgate", "메일게이트 서버에 접속 할 수 없습니다",
		"nevarēja izveidot savienojumu ar mailgate serveri", "mailgate сервертэй холбогдож чадсангүй", "kunne ikke kontakte epost server",
		"kan niet verbinden met de mailgate server", "não foi possivel ligação ao servidor de mail", "eşec conexiune sever de mail",
		"kunde inte ansluta till mailgate server", "не можу з’єднатись з поштовим сервером", "無法連接到郵件伺服器",
		// GLPI "Receivers in error: %s": en, bg_BG, ca_ES, cs_CZ, da_DK, de_DE, el_GR, en_US, eo, es_419, es_CO, es_ES, et_EE, eu_ES, fi_FI, fr_BE, gl_ES, hi_IN, hr_HR, hu_HU, it_IT, ja_JP, ko_KR, lv_LV, mn_MN, nl_BE, pl_PL, pt_BR, pt_PT, ro_RO, sk_SK, sl_SI, sr_RS, th_TH, tr_TR, uk_UA, vi_VN, zh_CN, zh_TW
		"receivers in error:", "получатели в грешка:", "receptors amb error:", "přijímače v chybě:", "modtagere i fejl:",
		"e-mail posteingang fehler:", "παραλήπτες με σφάλμα:", "ресиверы в ошибке:", "receptores en error:", "destinatarios en error:",
		"receptores con error:", "vigased vastuvõtjad:", "jasotzaileak errore egoeran:", "vikaantuneet vastaanottajat:", "collecteurs en erreur :",
		"recolectores con erros:", "त्रुटि में रिसीवर:", "primatelji s greškom:", "beérkező hibák:", "gateway in errore:", "エラーの受信者 :",
		"오류가 발생한 수신자:", "saņēmēji ar kļūdām:", "алдаа гарсан хүлээн авагч:", "ontvanger fouten:", "skrzynki odbiorcze w błędzie:",
		"destinatários em erro:", "receptores com erro:", "colectoare în eroare :", "prijímače v chybe:", "prejemniki v napaki:",
		"greška primaoca:", "รับข้อผิดพลาด:", "hatalı alıcılar:", "отримувачі з помилками:", "các người nhận lỗi:", "错误接收人：", "接收錯誤：",
		// GLPI glpi_status "Unable to connect to the IMAP server": en, cs_CZ, de_DE, es_MX, hr_HR, mn_MN, sv_SE
		"unable to connect to the imap server", "nelze se připojit k imap serveru", "verbindung zum imap-server kann nicht hergestellt werden",
		"sin conexión al servidor de correo", "nije moguće spojiti se s imap poslužiteljem", "imap сервертэй холбогдох боломжгүй байна",
		"kunde inte ansluta till imap servern",
	),
		doc: "Dolibarr or GLPI says in the administrator's language that the mail server could not be reached or answered nothing: the SMTP test's server not available at an address and port, no 220 greeting, the IMAP connection not opened, the collector or mailgate connection failed, receivers in error"},
	{id: "l10n_erp_recipients_refused", class: ClassRecipient, anyOf: p(
		// Dolibarr CMailFile "Transport failed for the following addresses: ": en
		"transport failed for the following addresses",
	),
		doc: "Dolibarr says the transport refused the listed recipient addresses"},
}
