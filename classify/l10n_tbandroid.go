package classify

// Thunderbird for Android's own messages, in every language of
// thunderbird/thunderbird-android (commit a59bd679):
// feature/notification/api/src/commonMain/composeResources/values-<lang>/strings.xml
// (the authentication and certificate notifications),
// legacy/ui/legacy/src/main/res/values-<lang>/strings.xml
// (notification_certificate_error_title), and the account setup screens'
// strings.xml under feature/account/server/validation, feature/account/setup
// and feature/account/oauth. Each phrase is a fixed part of one published
// translation (never a %s placeholder); the comment above each group lists the
// locales whose text needed a phrase here. testdata/catalogs/client_l10n.jsonl
// holds every translation.

// thunderbirdAndroidRules come with thunderbirdKeyRules, before
// languageAuthRules.
var thunderbirdAndroidRules = []rule{
	{id: "l10n_k9_login_refused", class: ClassAuth, anyOf: p(
		// notification_authentication_incoming_server_error_text: co, cs, cy, es, eu, fy, ga, gl, lt, sk, sl, sq, zh-TW
		"mittite à livellu i vostri parametri di servitore d’entrata", "upravte svá nastavení příchozího serveru", "diweddarwch eich gosodiadau gweinydd derbyn",
		"actualiza los ajustes de tu servidor entrante", "eguneratu sarrerako zerbitzariaren ezarpenak", "wurkje jo ynstellingen foar de ynkommende server by",
		"nuashonraigh do shocruithe freastalaí isteach", "actualiza os axustes do teu servidor de entrada", "atnaujikite savo gaunamųjų serverio nustatymus",
		"aktualizujte nastavenia servera prichádzajúcej pošty", "posodobite nastavitve za dohodni strežnik", "përditësoni rregullimet për shërbyesin tuaj marrës",
		"請更新你的內送伺服器設定",
		// notification_authentication_outgoing_server_error_text: co, cs, cy, es, eu, fy, ga, lt, sk, sl, sq, uk, zh-TW
		"mittite à livellu i vostri parametri di servitore d’esciuta", "upravte svá nastavení odchozího serveru", "diweddarwch osodiadau eich gweinydd derbyn",
		"actualiza los ajustes de tu servidor saliente", "eguneratu irteerako zerbitzariaren ezarpenak", "wurkje jo ynstellingen foar de útgeande server by",
		"nuashonraigh do shocruithe freastalaí amach", "atnaujinkite savo siunčiamųjų serverio nustatymus", "aktualizujte nastavenie servera odchádzajúcej pošty",
		"posodobite nastavitve za odhodni strežnik", "përditësoni rregullimet për shërbyesin tuaj dërgues", "оновіть налаштування сервера вихідної пошти",
		"請更新你的外寄伺服器設定",
		// account_server_validation_error_authentication: ar, br, bs, ca, co, cs, cy, el, eo, es, et, eu, fy, ga, gd, he, hi, hr, id, is, ko, lt, mnw, nb-NO, pl, ro, sq, sr, ta, th
		"خطأ في المصادقة", "dilesadur fazi", "greška pri autentikaciji",
		"error d'autenticació", "sbagliu d’autenticazione", "chyba autentizace",
		"gwall dilysu", "σφάλμα ελέγχου ταυτότητας", "aŭtentokontrola eraro",
		"error en la autenticación", "viga autentimisel", "autentifikazio errorea",
		"autentikaasjeflater", "earráid fhíordheimhnithe", "mearachd dearbhaidh",
		"ऑथेंटिकेशन गड़बड़", "pogreška provjere autentičnosti", "galat autentikasi",
		"auðkenningarvilla", "שגיאת אימות", "인증 오류",
		"klaida nustatant tapatybę", "အခေါၚ်ယောၚ်ယာ", "identitetsbekreftelsesfeil",
		"błąd autoryzacji", "eroare de autentificare", "gabim mirëfilltësimi",
		"грешка при пријави", "அங்கீகார பிழை", "ผิดพลาดในการรับรองความถูกต้อง",
	),
		noneOf: l10nClientNotRefused,
		doc:    "Thunderbird for Android says in the owner's language that authentication failed; update the incoming server settings (notification_authentication_incoming_server_error_text); or that authentication failed; update the outgoing server settings (notification_authentication_outgoing_server_error_text); or that the server refused the credentials being checked (account_server_validation_error_authentication)"},
	{id: "l10n_k9_setup_refused", class: ClassConfig, anyOf: p(
		// notification_certificate_error_title: br, ga, hy, ml, sq
		"fazi testeni evit", "earráid deimhnithe le haghaidh", "արտոնագրի սխալ",
		"നുള്ള സർട്ടിഫിക്കറ്റ് പിശക്", "gabim dëshmie për",
		// account_server_validation_error_missing_server_capability: ar, bg, bs, ca, co, cs, cy, de, el, en, en-GB, eo, es, eu, fa, fi, fr, fy, ga, gd, gl, he, hu, id, is, it, ja, kk, ko, lt, nb-NO, nl, nn, pl, pt-BR, pt-PT, ro, ru, sl, sq, sr, sv, ta, tr, uk, zh-CN, zh-TW
		"هناك إمكانية مفقودة في الخادم", "липсващи възможности на сървъра", "server nema ovu sposobnost",
		"falta capacitat al servidor", "funzione assente nant’à u servitore", "chybějící funkcionalita",
		"galluoedd gweinydd coll", "fehlende serverfähigkeit", "έλλειψη δυνατότητας διακομιστή",
		"missing server capability", "mankata servila kapablo", "falta capacidad en el servidor",
		"zerbitzariaren gaitasuna falta da", "قابلیت‌های سرور پیدا نشد", "puuttuva palvelinkyvykkyys",
		"le serveur ne dispose pas d’une fonction", "untbrekkende serverfunksjonaliteit", "cumas freastalaí in easnamh",
		"tha comas a dhìth air an fhrithealaiche", "falla capacidade no servidor", "hiányzó kiszolgálófunkció",
		"kehilangan kemampuan peladen", "vantar upplýsingar um getu póstþjóns", "funzionalità del server mancante",
		"יכולת שרת חסרה", "サーバーの機能が不足しています", "сервер мүмкіндігі жоқ",
		"서버 용량 부족", "serveryje trūksta galimybės", "manglende serverkapasitet",
		"ontbrekende serverfunctionaliteit", "manglande tenarkapasitet", "brak możliwości serwera",
		"falta capacidade no servidor", "funcionalidade do servidor em falta", "lipsește capacitatea serverului",
		"отсутствующие возможности сервера", "manjka zmogljivost strežnika", "aftësi që i mungon shërbyesit",
		"недостаје могућност сервера", "serverkapacitet saknas", "சேவையக திறனைக் காணவில்லை",
		"eksik sunucu özelliği", "відсутня здатність сервера", "缺少服务器功能",
		"缺少伺服器功能",
		// account_oauth_error_not_supported: ar, bg, bn, br, bs, ca, co, cs, cy, da, de, el, en, en-GB, eo, es, et, eu, fa, fi, fr, fy, ga, gd, gl, he, hi, hr, hu, id, is, it, ja, kk, ko, lt, nb-NO, nl, nn, pl, pt-BR, pt-PT, ro, ru, sk, sl, sq, sr, sv, ta, tr, vi, zh-CN, zh-TW
		"استخدام oauth 2.0 مع هذا المزود غير مدعوم حاليًا", "oauth 2.0 с този доставчик не се поддържа в момента", "এই প্রোভাইডারের সাথে বর্তমানে oauth 2.0 সমর্থিত নয়।",
		"oauth n'eo ket skoret gant ar pourchaser-mañ", "oauth 2.0 trenutno nije podržan od strane ovog provajdera", "actualment, oauth 2.0 no és compatible amb aquest proveïdor",
		"attualmente, oauth 2.0 ùn hè micca accettatu cù stu furnidore", "oauth 2.0 není v současnosti tímto poskytovatelem podporováno", "dyw oauth 2.0 ddim yn cael ei gefnogi ar hyn o bryd gan y darparydd hwn",
		"oauth 2.0 er på nuværende tidspunkt ikke understøttet hos denne udbyder", "oauth 2.0 wird von diesem anbieter derzeit nicht unterstützt", "το oauth 2.0 δεν υποστηρίζεται προς το παρόν από αυτόν τον πάροχο",
		"oauth 2.0 is currently not supported with this provider", "oauth 2.0 estas nun ne subtenata kun tiu provizanto", "este servicio no parece que sea compatible con oauth 2.0 para el inicio de sesión",
		"see teenusepakkuja ei võimalda oauth 2.0 kasutamist", "oauth 2.0 ez du onartzen hornitzaile honek", "oauth 2.0 توسط این ارایه دهنده پشتیبانی نمی‌شود",
		"oauth 2.0 ei ole tällä hetkellä tuettu tämän palveluntarjoajan kanssa", "oauth n'est actuellement pas pris en charge par ce fournisseur", "oauth 2.0 wurdt op dit stuit net stipe troch dizze provider",
		"ní thacaítear le oauth 2.0 leis an soláthraí seo faoi láthair", "chan eil an solaraiche seo a’ cur taic ri oauth 2.0 aig an àm seo", "oauth 2.0 non é soportado polo de agora por este provedor",
		"ये प्रोवाइडर अभी ओऑथ 2.0 सपोर्ट नहीं करता।", "oauth 2.0 trenutačno nije podržan kod ovog pružatelja usluga e-pošte", "az oauth 2.0 jelenleg nem támogatott ennél a szolgáltatónál",
		"oauth 2.0 saat ini tidak didukung oleh penyedia ini", "oauth 2.0 er ekki stutt í augnablikinu hjá þessari þjónustuveitu", "oauth 2.0 non è supportato con questo provider",
		"oauth 2.0 כרגע לא נתמך עם הספק הזה", "現在、このプロバイダーは oauth 2.0 に対応していません", "oauth 2.0 қазір бұл провайдермен қолжетімсіз",
		"현재 이 제공자에서는 oauth 2.0이 지원되지 않습니다", "šiuo metu su šiuo tiekėju nepalaikoma", "oauth 2.0 støttes ikke med denne tilbyderen",
		"oauth 2.0 wordt nu niet ondersteund door deze provider", "oauth 2.0 er ikkje støtta med denne tilbydaren", "ten dostawca nie obsługuje obecnie protokołu oauth 2.0",
		"no momento não há suporte para oauth 2.0 neste provedor", "oauth 2.0 não é, atualmente, suportado por este serviço", "oauth 2.0 nu este acceptat în prezent cu acest furnizor",
		"в настоящее время oauth 2.0 данным провайдером не поддерживается", "oauth 2.0 nie je zatiaľ týmto poskytovateľom podporované", "ta ponudnik trenutno ne podpira oauth 2.0",
		"oauth 2.0 aktualisht s’mbulohet me këtë shërbim", "oauth 2.0 тренутно није подржан са овим пружаоцем", "oauth 2.0 stöds för närvarande inte av denna leverantör",
		"oauth 2.0 தற்போது இந்த வழங்குநருடன் ஆதரிக்கப்படவில்லை", "bu sağlayıcıda şu anda oauth 2.0 desteklenmiyor", "oauth 2.0 hiện không được nhà cung cấp này hỗ trợ",
		"此提供者目前不支持 oauth 2.0", "此提供者目前不支援 oauth 2.0",
	),
		doc: "Thunderbird for Android says in the owner's language that a certificate error for the account (notification_certificate_error_title): a TLS setting; or that the server lacks a capability the settings need (account_server_validation_error_missing_server_capability); or that OAuth 2.0 is not supported with this provider (account_oauth_error_not_supported)"},
	{id: "l10n_k9_connection_failed", class: ClassTransient, anyOf: p(
		// account_setup_error_network: be, br, co, cs, da, el, en, en-GB, eo, fi, fy, ga, gd, he, hi, hu, it, mnw, nb-NO, nn, ro, sv
		"праверце стан падключэння і паспрабуйце яшчэ раз", "gwiriit stad ho kevreadenn ha klaskit en-dro", "ci vole à verificà a vostra cunnessione è pruvà torna",
		"zkontrolujte prosím stav svého připojení a zkuste to znovu", "tjek din forbindelse og prøv igen", "ελέγξτε την κατάσταση της σύνδεσής σας και προσπαθήστε ξανά",
		"please check your connection status and try again", "bonvolu kontroli vian konektan staton kaj provi denove", "tarkista verkkoyhteyden tila ja yritä uudelleen",
		"kontrolearje jo netwurkferbining en probearje it opnij", "seiceáil stádas do cheangail agus bain triail eile as", "thoir sùil air a’ cheangal agad ris an eadar-lìon is feuch ris a-rithist",
		"संजाल त्रुटि। कृपया अपने संपर्क की स्थिति जांचें और पुनः प्रयास करें।", "ellenőrizze a kapcsolat állapotát, és próbálja meg újra", "controlla lo stato della tua connessione e riprova",
		"בדוק את מצב החיבורים שלך ונסה שנית", "နိတ်ဝံက်ယောၚ်။ စၟဳစၟတ် လာၚ်မၞးတုဲ ဂ္စာန်မွဲအလန်ပၠန်ညိ။", "vennligst sjekk tilkoblingen din og prøv på nytt",
		"sjekk nettverkstatus, og prøv igjen", "verificați starea conexiunii și încercați din nou", "vänligen se över din uppkoppling och försök igen",
	),
		doc: "Thunderbird for Android says in the owner's language that a network error; check the connection and try again (account_setup_error_network)"},
}
