package classify

// The Exchange mailbox connectors' own sentences, in every language their
// repositories ship:
//
//   - Evolution EWS: GNOME/evolution-ews commit 3e4e2c1c (2026-08-21),
//     po/<lang>.po (51 catalogs), English in the files named below;
//   - KMail's Akonadi EWS resource: KDE/kdepim-runtime commit e6bf0536
//     (2026-08-22), po/<lang>/akonadi_ews_resource.po (40 catalogs), English
//     in resources/ews/.
//
// Where the code raises each key (testdata/catalogs/client_l10n_ews.jsonl
// holds every translation, the README's "### ews" section the reasons):
//
//   - Evolution EWS "Authentication failed": e_ews_connection_send_request_sync()
//     (src/EWS/common/e-ews-connection.c) on a 401 to a request that carried
//     an Authorization header, without X-MS-DIAGNOSTICS (auth);
//   - "Password expired." and "Password expired. Change password at “%s”.":
//     e_ews_connection_utils_expired_password_to_error()
//     (src/EWS/common/e-ews-connection-utils.c), on
//     X-MS-Credential-Service-CredExpired: true (auth);
//   - "Password will expire in %d day(s). ...": camel_ews_store_password_will_expire_cb()
//     (src/EWS/camel/camel-ews-store.c), a warning on a successful answer
//     (unknown, look-alike);
//   - "Exchange/Microsoft 365 server is busy, waiting to retry (...)":
//     e_ews_connection_wait_ms() (ErrorServerBusy BackOffMilliseconds, I/O and
//     early-401 retries) and m365_connection_send_request_sync()
//     (src/Microsoft365/common/e-m365-connection.c: Graph 429 or 503 with
//     Retry-After, I/O retries) (transient);
//   - "Service not connected": ews_send_to_sync() and m365_send_to_sync()
//     without a connection object (transient);
//   - the autodiscover parser's "Failed to parse autodiscover response XML",
//     "Failed to find <Autodiscover>/<Response>/<Account> element", "Failed to
//     find <ASUrl> in autodiscover response" and "Email address is missing a
//     domain part" (e-ews-connection.c), "Requires password to continue."
//     (src/EWS/evolution/e-ews-config-lookup.c, look-alike), and the
//     transports' "... cannot send message with multiple From addresses" and
//     "Cannot send message with no From address" (config);
//   - Akonadi EWS "... credentials for the account <b>%1</b> are no longer
//     valid. You need to authenticate ...": EwsOAuth::reauthPrompt() and
//     EwsInTuneAuth::reauthPrompt() (resources/ews/ewsclient/auth/), shown by
//     EwsResource::reauthenticate() (resources/ews/ewsresource.cpp) after the
//     silent token refresh failed (revoked);
//   - "Authentication failed" (@info:status): EwsResource::requestAuthFailed()
//     and reauthenticate() (auth); "Unable to connect to Exchange server":
//     rootFolderFetchFinished() and connectionError(), then temporarily
//     offline (transient);
//   - "Incorrect email address" and "Exchange protocol information not
//     found" (resources/ews/ewsautodiscoveryjob.cpp), and the settings
//     dialog's "Autodiscovery failed. ..." and "Connecting to Exchange failed.
//     This can be caused by incorrect parameters. ..."
//     (resources/ews/ewsconfigdialog.cpp) (config).
//
// Each phrase is the longest fixed part of one translation around its
// placeholders, lower-cased, without its final full stop; a phrase that holds
// another phrase of the same rule is left out. The comment above each group
// names the keys and the locales whose text needed a phrase; the other
// translations were already classified as labelled.

// ewsEarlyRules come right before l10nEarlyRules: the English "are no longer
// valid" is read by textRules' recipient words and a Sanskrit translation's
// word for credentials by l10nEarlyRules' certificate words.
var ewsEarlyRules = []rule{
	{id: "l10n_ews_reauth", class: ClassRevoked, anyOf: p(
		// reauth-intune, reauth-oauth: bg en fr gl he it ka nl pt-br sk sv uk
		"are no longer valid. you need to authenticate in order to continue using it",
		"вече не са валидни. трябва да удостоверите, за да продължите да го използвате",
		"ne sont plus valables. vous devez vous authentifier pour continuer à l'utiliser",
		"xa non son correctas. ten que autenticarse para seguir usándoo", "לא תקפים יותר. צריך לעבו ראימות כדי להמשיך להשתמש בו",
		"non sono più valide. devi autenticarti per poter continuare ad usarlo",
		"სწორი აღარაა. მისი გამოყენების გასაგრძელებლად ავთენტიკაცია თავიდან უნდა გაიაროთ",
		"zijn niet langer geldig. u moet zich authenticeren om met gebruik door te gaan",
		"não são mais válidas. é necessário se autenticar para continuar a usá-la",
		"už nie sú platné. ak chcete pokračovať v jeho používaní, musíte sa autentifikovať",
		"är inte längre giltig. du måste utföra behörighetskontroll för att kunna fortsätta använda det",
		"втратили чинність. вам слід знову пройти розпізнавання, щоб продовжити користуватися сервером",
		// reauth-oauth: ar ca ca-valencia cs da de eo es et eu fi ia ko pl pt ru sa sl tr zh-cn zh-tw
		"لم تعد صالحة. يجب عليك الاستيثاق حتى تتمكن من الاستمرار في استخدامه",
		"ja no són vàlides. caldrà que us autentiqueu per a continuar-lo emprant",
		"v aplikaci microsoft exchange již nejsou platné. abyste mohli pokračovat v používání, je nutné se znovu ověřit",
		"er ikke længere gyldige. du skal autentificere for fortsæt at bruge den",
		"sind nicht mehr gültig. sie müssen sich authentifizieren, um das konto weiter verwenden zu können",
		"ne plu validas. vi devas aŭtentikigi por daŭre uzi ĝin", "las credenciales de microsoft exchange para la cuenta",
		"kasutajatunnused enam ei kehti. kasutamise jätkamiseks tuleb autentida",
		"konturako microsoft exchange egiaztagiriak dagoeneko ez du balio. autentifikazioa egin behar duzu hura erabiltzen jarraitzeko",
		"microsoft exchange -tunnistautumistiedot eivät enää kelpaa tilillä",
		"non es plus valide. tu necessita authenticar per continuar a usar lo",
		"의 microsoft exchange 자격 증명이 더 이상 유효하지 않습니다. 계정을 계속 사용하려면 인증해야 합니다",
		"przestały być poprawne. musisz się uwierzytelnić, aby móc nadal z niego korzystać",
		"já não são válidas. tem de se autenticar para continuar a usá-la",
		"данные для входа, использованные для доступа к учётной записи microsoft exchange",
		"खातेः microsoft exchange प्रमाणपत्राणि अधुना वैधं न भवन्ति । तस्य उपयोगं निरन्तरं कर्तुं भवद्भिः प्रमाणीकरणं करणीयम्",
		"niso več veljavne. za nadaljevanje uporabe morate preveriti pristnost",
		"hesabı için microsoft exchange kimlik bilgileri artık geçerli değil. kullanmayı sürdürmek için kimlik doğrulamanız gerekiyor",
		"授权已失效，请重新授权", "的 microsoft exchange 登入資訊不再有效。您必須重新認證才能繼續使用它",
		// reauth-intune: ar cs es eu fi ia ko lv ru sl tr zh-cn zh-tw
		"لم تعد صالحة. يجب عليك الاستيثاق لمواصلة استخدامه", "již nejsou platné. abyste jej mohli nadále používat, je nutné se ověřit",
		"de microsoft exchange ya no son válidas. debe autenticarse para usarlas",
		"microsoft exchange kontuaren intune egiaztagiriak dagoeneko ez dute balio. autentifikazioa egin behar duzu hura erabiltzen jarraitzeko",
		"intune-tunnistautumistiedot eivät enää kelpaa microsoft exchange -tilille",
		"credentiales de microsoft  intune per le conto de micsoroft exchange",
		"의 intune 자격 증명이 더 이상 유효하지 않습니다. 계정을 계속 사용하려면 인증해야 합니다",
		"vairs nav derīgi. lai turpinātu kontu lietot, jums ir jāautentificējas",
		"данные intune, использованные для доступа к учётной записи microsoft exchange",
		"niso več veljavne. če želite račun še naprej uporabljati, morate opraviti avtentikacijo",
		"microsoft exchange hesabı için intune kimlik bilgileri artık geçerli değil. kullanmayı sürdürmek için kimlik doğrulamanız gerekiyor",
		"的 intune 凭据已无效。您需要重新进行身份验证才能继续使用", "的 intune 認證資訊不再有效。您必須重新認證才能繼續使用它",
	),
		doc: "KMail's Akonadi EWS resource says in the owner's language that the Microsoft Exchange (OAuth or InTune) credentials of the account are no longer valid and the owner must authenticate again"},
}

// ewsRules come right after phpmailerRules, before the generic words of
// languageAuthRules and the later connection rules: the whole sentence decides.
// No sentence here quotes a server's reply.
var ewsRules = []rule{
	{id: "l10n_ews_password_notice", class: ClassUnknown, anyOf: p(
		// password-will-expire-url: eu
		"iraungiko da. ireki",
		// password-will-expire: eu
		"egunetan iraungiko da",
		// password-will-expire, password-will-expire-url: ru (already unknown, but its
		// words begin with login_refused's ru "срок действия пароля истек")
		"срок действия пароля истекает через",
	),
		doc: "Evolution EWS warns in the owner's language that the mailbox password will expire in some days (X-MS-Credentials-Expire): the login worked, nothing failed"},
	{id: "l10n_ews_login_refused", class: ClassAuth, anyOf: p(
		// auth-failed: as bg ca-valencia de fa gu ia mr ru sk sl ta te uk
		"প্ৰমাণীকৰণ ব্যৰ্থ", "legitimation gescheitert", "تصدیق شکست خورد", "સત્તાધિકરણ નિષ્ફળ", "ओळख पटवणे अपयशी",
		"сбой проверки подлинности", "அங்கீகரிப்பு தோல்வியடைந்தது", "ధృవీకరణ విఫలమైంది", "не вдалось пройти розпізнавання",
		"идентификацията е неуспешна", "no s'ha pogut fer l'autenticació", "authentication falleva", "ошибка идентификации",
		"overenie zlyhalo", "preverjanje pristnosti ni uspelo", "не вдалося пройти розпізнавання",
		// password-expired-url: pt sl
		"palavra-passe expirada. altere a palavra-passe em", "geslo je preteklo. spremeniti ga je mogoče v",
		// password-expired: bg cs da eo es hu id it kk lt pl pt pt-br ro ru sk sr sv tr uk zh-cn
		"паролата е с изтекъл срок", "vypršela platnost hesla", "adgangskode udløbet", "pasvorto eksvalidiĝis",
		"la contraseña ha caducado", "a jelszó lejárt", "kata sandi kedaluwarsa", "password scaduta", "пароль мерзімі аяқталды",
		"baigėsi slaptažodžio galiojimas", "hasło wygasło", "senha expirada", "parola a expirat", "срок действия пароля истек",
		"platnosť hesla vypršala", "лозинка је истекла", "lösenord utgånget", "parolanın süresi doldu", "строк дії пароля вичерпано",
		"密码已到期",
	),
		doc: "Evolution EWS or the Akonadi EWS resource says in the owner's language that the Exchange server refused the credentials (401) or that the mailbox password expired"},
	{id: "l10n_ews_settings", class: ClassConfig, anyOf: p(
		// autodiscover-parse: as bg bn-in bs ca cs da de el en eo es eu fa fr gl gu hi hr hu id it ja ka kk kn lt lv mr nl oc or pl pt pt-br ro ru sl sr sr-latin sv ta te tr uk zh-cn
		"failed to parse autodiscover response xml", "স্বখোজ প্ৰতিক্ৰিয়া xml বিশ্লেষণ কৰিবলে ব্যৰ্থ",
		"разчитането на xml отговора за автоматично откриване е неуспешно", "autodiscover প্রতিক্রিয়ার xml পার্স করতে ব্যর্থ",
		"nisam uspio da obradim samootkrivajući odgovor za xml", "no s'ha pogut analitzar l'xml de la resposta d'autodescoberta",
		"selhala analýza odpovědi xml na automatické nalezení", "kunne ikke fortolke svar-xml for autodiscover",
		"xml der autodiscover-antwort konnte nicht verarbeitet werden", "αποτυχία ανάλυσης απάντησης αυτόματης εύρεσης xml",
		"malsukcesis analizi aŭtmalkovran respondan xml", "falló al analizar la respuesta xml de la autodetección",
		"huts egin du autodiscover (automatikoki ezagutu) xml erantzuna analizatzean", "تجزیهٔ xml پاسخ کشف خودکار با شکست مواجه شد",
		"impossible d’analyser la réponse d’autodécouverte xml", "produciuse un fallo ao analizar a resposta xml da autodetección",
		"autodiscover પ્રત્યુત્તર xml નું પદચ્છેદન કરતી વખતે નિષ્ફળતા", "स्वतःखोज अनुक्रिया xml विश्लेषण में विफल",
		"nemoguća obrada automatskog otkrivanja odgovora xml-a",
		"az automatikus felderítésre adott válasz xml feldolgozása sikertelen", "gagal mengurai xml respon autodiscover",
		"analisi xml della risposta di individuazione automatica non riuscita", "autodiscover 応答 xml の解析に失敗しました",
		"ავტომატური აღმომჩენის xml პასუხის დამუშავების შეცდომა",
		"автоматты түрде анықтау жауабының xml форматын талдау сәтсіз аяқталды",
		"ಸ್ವಯಂಪತ್ತೆ ಪ್ರತಿಕ್ರಿಯೆ xml ಅನ್ನು ಪಾರ್ಸ್ ಮಾಡುವಲ್ಲಿ ವಿಫಲಗೊಂಡಿದೆ", "nepavyko perskaityti automatinio aptikimo xml",
		"neizdevās saprast automātiskās atklāšanas atbildes xml", "ऑटोडिस्कवर रेसपाँस् xml वाचण्यास अपयशी",
		"ontleden van autodiscover-respons-xml is mislukt", "fracàs d'analisi de la responsa d'autodesdobèrta xml",
		"ସ୍ୱୟଂଆବିଷ୍କାର ଉତ୍ତର xml କୁ ବିଶ୍ଳେଷଣ କରିବାରେ ବିଫଳ", "przetworzenie xml odpowiedzi automatycznego wykrywania się nie powiodło",
		"falha ao processar xml de resposta da descoberta automática", "falha ao analisar xml de resposta da descoberta automática",
		"eșec la parsarea răspunsului xml autodiscover", "не удалось разобрать xml ответа автообнаружения",
		"razčlenjevanje samodejnega odgovora xml je spodletelo", "нисам успео да обрадим самооткривајући одговор иксмл",
		"nisam uspeo da obradim samootkrivajući odgovor iksml", "misslyckades att tolka xml-svar från autodetektering",
		"தானியக்கக் கண்டறிதல் பதிலளிப்பு xml ஐ பாகுபடுத்துவதில் தோல்வியடைந்தது", "స్వయంచాలకంగాకనుగొను స్పందన xml పార్స్ విఫలమైంది",
		"kendiliğinden keşifin xml yanıtı ayrıştırılamadı", "не вдалося обробити відповідь xml autodiscover", "解析自动发现响应 xml 失败",
		// autodiscover-no-root: as bn-in bs ca cs da de el en eo es eu fr gu hi hr hu id it ja ka kk kn lt lv mr nl oc or pl pt ro ru sl sr sr-latin sv ta te tr uk zh-cn
		"failed to find <autodiscover> element", "autodiscover> উপাদান সন্ধান কৰিবলে ব্যৰ্থ",
		"autodiscover> বিষয়টি খুঁজে পাওয়া গেল না", "nije uspio pronaći <autodiscover> element",
		"errada en trobar l'element <autodiscover", "selhalo vyhledání prvku <autodiscover", "kunne ikke finde <autodiscover>-element",
		"autodiscover>-element konnte nicht gefunden werden", "αποτυχία εύρεσης στοιχείου <autodiscover",
		"malsukcesis trovi elementon <autodiscover", "falló al buscar el elemento <autodiscover",
		"huts egin du <autodiscover> (detekzio automatikoa) elementua bilatzean", "impossible d’obtenir l’élément <autodiscover",
		"autodiscover> ઘટકને શોધવામાં નિષ્ફળતા", "autodiscover> तत्व ढूँढ़ने में विफल",
		"nemoguće je pronaći element <automatskog otkrivanja", "nem sikerült megtalálni az <autodiscover> elemet",
		"gagal menemukan elemen <autodiscover", "ricerca dell'elemento <autodiscover> non riuscita", "autodiscover> エレメントの検索に失敗しました",
		"autodiscover> ელემენტის პოვნის შეცდომა", "autodiscover> элементі табылмады", "autodiscover> ಪತ್ತೆ ಮಾಡುವಲ್ಲಿ ವಿಫಲಗೊಂಡಿದೆ",
		"nepavyko rasti <autodiscover> elemento", "neizdevās atrast <autodiscover> elementu", "autodiscover> एलिमेंट शोधण्यास अपयशी",
		"kon <autodiscover>-element niet vinden", "fracàs de l'obtencion de l'element <autodiscover",
		"autodiscover> ଉପାଦାନକୁ ଖୋଜିବାରେ ବିଫଳ", "odnalezienie elementu <autodiscover> się nie powiodło",
		"falha ao localizar o elemento <autodiscover", "eșec la găsirea elementului <autodiscover",
		"не удалось найти элемент <autodiscover", "iskanje predmeta <samodejnega zaznavanja> je spodletelo",
		"нисам успео да пронађем елемент <самооткривање", "nisam uspeo da pronađem element <samootkrivanje",
		"misslyckades med att hitta <autodiscover>-element", "autodiscover> கூறைக் கண்டறிவதில் தோல்வியடைந்தது",
		"స్వయంచాలకంగాకనుగొను> మూలకం కనుగొనుటలో విఫలమైంది", "autodiscover> ögesi bulunamadı", "не вдалося знайти елемент <autodiscover",
		"查找 <autodiscover> 元素失败",
		// autodiscover-no-response: as bn-in bs ca cs da de el en eo es eu fr gu hi hr hu id it ja ka kk kn lt lv mr nl oc or pl pt ro ru sl sr sr-latin sv ta te tr uk zh-cn
		"failed to find <response> element", "response> উপাদান বিচাৰি পাবলে ব্যৰ্থ", "response> বিষয়টি খুঁজে পাওয়া গেল না",
		"nije uspio pronaći <response> element", "errada en trobar l'element <response", "selhalo vyhledání prvku <response",
		"kunne ikke finde <response>-element", "response>-element konnte nicht gefunden werden",
		"αποτυχία εύρεσης στοιχείου <response", "malsukcesis trovi elementon <response", "falló al buscar el elemento<response",
		"huts egin du <response> (erantzuna) elementua bilatzean", "impossible d’obtenir l’élément <response",
		"response> ઘટકને શોધવામાં નિષ્ફળતા", "response> ढूँढ़े में विफल", "nemoguće je pronaći element <odgovora",
		"nem sikerült megtalálni a <response> elemet", "gagal menemukan elemen <response",
		"ricerca dell'elemento <response> non riuscita", "response> エレメントの検索に失敗しました", "response> ელემენტის პოვნის შეცდომა",
		"response> элементі табылмады", "response> ಪತ್ತೆ ಮಾಡುವಲ್ಲಿ ವಿಫಲಗೊಂಡಿದೆ", "nepavyko rasti <response> elemento",
		"neizdevās atrast <response> elementu", "response> एलिमेंट शोधण्यास अपयशी", "kon <response>-element niet vinden",
		"fracàs de l'obtencion de l'element <response", "response> ଉପାଦାନକୁ ଖୋଜିବାରେ ବିଫଳ",
		"odnalezienie elementu <response> się nie powiodło", "falha ao localizar o elemento <response",
		"eșec la găsirea elementului <response", "не удалось найти элемент <response", "iskanje predmeta <odziva> je spodletelo",
		"нисам успео да пронађем елемент <одговор", "nisam uspeo da pronađem element <odgovor",
		"misslyckades med att hitta <response>-element", "response> கூறைக் கண்டறிவதில் தோல்வியடைந்தது",
		"స్పందన> మూలకం కనుగొనుటలో విఫలమైంది", "response> ögesi bulunamadı", "не вдалося знайти елемент <response",
		"查找 <response> 元素失败",
		// autodiscover-no-account: as bn-in bs ca cs da de el en eo es eu fr gu hi hr hu id it ja kk kn lt lv mr nl oc or pl pt ro ru sl sr sr-latin sv ta te tr uk zh-cn
		"failed to find <account> element", "account> উপাদান সন্ধান কৰিবলে ব্যৰ্থ", "account> বিষয়টি খুঁজে পাওয়া গেল না",
		"nije uspio naći <account> element", "errada en trobar l'element <account", "selhalo vyhledání prvku <account",
		"kunne ikke finde <account>-element", "account>-element konnte nicht gefunden werden", "αποτυχία εύρεσης στοιχείου <account",
		"malsukcesis trovi elementon <account", "falló al buscar el elemento <account",
		"huts egin du <account> (kontua) elementua bilatzean", "impossible d’obtenir l’élément <account",
		"account> ઘટકને શોધવામાં નિષ્ફળતા", "account> तत्व ढूँढ़ने में विफल", "nemoguće je pronaći <element> računa",
		"nem sikerült megtalálni az <account> elemet", "gagal menemukan elemen <account",
		"ricerca dell'elemento <account> non riuscita", "account> エレメントの検索に失敗しました", "account> элементі табылмады",
		"account> ಪತ್ತೆ ಮಾಡುವಲ್ಲಿ ವಿಫಲಗೊಂಡಿದೆ", "nepavyko rasti <account> elemento", "neizdevās atrast <account> elementu",
		"account> एलिमेंट शोधण्यास अपयशी", "kon <account>-element niet vinden", "fracàs de l'obtencion de l'element <account",
		"account> ଉପାଦାନକୁ ଖୋଜିବାରେ ବିଫଳ", "odnalezienie elementu <account> się nie powiodło",
		"falha ao localizar o elemento <account", "eșec la găsirea elementului <account", "не удалось найти элемент <account",
		"iskanje predmeta <računa> je spodletelo", "нисам успео да пронађем елемент <налог", "nisam uspeo da pronađem element <nalog",
		"misslyckades med att hitta <account>-element", "account> கூறைக் கண்டறிவதில் தோல்வியடைந்தது",
		"ఖాతా> మూలకం కనుగొనుటలో విఫలమైంది", "account> ögesi bulunamadı", "не вдалося знайти елемент <account", "查找 <account> 元素失败",
		// autodiscover-no-asurl: ca cs da de en eo es eu fr hr hu id it kk lt lv nl pl pt ro ru sl sr sr-latin sv tr uk zh-cn
		"failed to find <asurl> in autodiscover response", "no s'ha pogut trobar <asurl> a la resposta d'autodescoberta",
		"nezdařilo se najít <asurl> v odpovědi na automatické vyhledání", "kunne ikke finde <asurl> i autodiscoversvar",
		"asurl> konnte in autodiscover-antwort nicht gefunden werden", "malsukcesis trovi <asurl> en aŭtmalkovra respondo",
		"falló al buscar <asurl> en la respuesta de la autodetección",
		"huts egin du <asurl> detekzio automatikoaren erantzunean bilatzeak",
		"impossible d’obtenir <asurl> dans la réponse d’autodécouverte",
		"nemoguće je pronaći <asurl> u odgovoru automatskog otkrivanja",
		"az <asurl> nem található az automatikus felderítésre adott válaszban", "gagal menemukan <asurl> dalam respon autodiscover",
		"ricerca della risposta di individuazione automatica <asurl> non riuscita", "автоматты анықтау жауабынан <asurl> табылмады",
		"automatinio aptikimo atsakyme nepavyko rasti <asurl", "neizdevās atrast <asurl> automātiskās atklāšanas atbildē",
		"kon <asurl> niet vinden in autodiscover-respons",
		"odnalezienie elementu <asurl> w odpowiedzi automatycznego wykrywania się nie powiodło",
		"falha ao localizar <asurl> na resposta da descoberta automática", "eșec la găsirea <asurl> în răspunsul autodiscover",
		"не удалось найти <asurl> в ответе автообнаружения", "samodejno odkrivanje predmetov odgovora <asurl> je spodletelo",
		"нисам успео да пронађем <asurl> у одговору самооткривања", "nisam uspeo da pronađem <asurl> u odgovoru samootkrivanja",
		"kunde inte hitta <asurl> i svar för autodetektering", "asurl> ögesi kendiliğinden keşif yanıtında bulunamadı",
		"не вдалося знайти <asurl> у відповіді на автовиявлення", "在自动发现响应中查找 <asurl> 失败",
		// email-missing-domain: as bg bn-in bs ca cs da de el en eo es eu fr gu hi hr hu id it ja kk kn lt lv mr nl oc or pl pt pt-br ro ru sl sr sr-latin sv ta te tr uk zh-cn
		"email address is missing a domain part", "ইমেইল ঠিকনাত এটা ডমেইন অংশ নাই", "в адреса на е-пощата липсва домейна",
		"একটি ডোমেন অংশে ইমেল ঠিকানা অনুপস্থিত", "e-mail adresi ne dostaje dio sa domenom",
		"falta una part del domini a l'adreça de correu", "u e-mailové adresy schází doménová část",
		"e-post-adresse mangler en domænedel", "in der e-mail-adresse fehlt der domain-teil",
		"στη διεύθυνση ηλ. αλληλογραφίας λείπει ένα τμήμα τομέα", "retpoŝtadreso mankas domajnan parton",
		"falta el dominio en la dirección de correo-e", "helbide elektronikoari domeinuaren zatia falta zaio",
		"il manque une partie domaine à l’adresse électronique", "ઇમેઇલ સરનામું ડોમેઇન ભાગ ગુમ થયેલ છે",
		"ईमेल पता में डोमेन हिस्सा अनुपस्थित है", "adresi e-pošte nedostaje domena", "az e-mail-címből hiányzik a tartomány rész",
		"alamat surel kurang bagian domain", "all'indirizzo email manca una parte del dominio", "メールアドレスにドメイン部分がありません",
		"электрондық пошта адресінде домен бөлігі жоқ", "ವಿಅಂಚೆ ವಿಳಾಸದಲ್ಲಿ ಡೊಮೇನ್ ಭಾಗವು ಕಾಣಿಸುತ್ತಿಲ್ಲ",
		"el. pašto adresui trūksta domeno dalies", "e-pasta adresei trūkst domēna daļas", "ईमेल पत्तामध्ये डोमेन भाग आढळले नाही",
		"domein ontbreekt in e-mailadres", "manca una partida domeni a l'adreça electronica", "ଇମେଲ ଠିକଣାରେ ଡମେନ ଅଂଶ ନାହିଁ",
		"w adresie e-mail brakuje części domeny", "o endereço de email tem a parte de domínio em falta",
		"o endereço de e-mail está sem a parte de domínio", "adresei de email îi lipsește porțiunea cu domeniul",
		"в адресе электронной почты отсутствует часть домена", "v elektronskem naslovu manjka del z domeno",
		"е-пошти недостаје део домена", "e-pošti nedostaje deo domena", "e-postadress saknar en domändel",
		"மின்னஞ்சல் முகவரியில் ஒரு டொமைன் பகுதி விடுபட்டுள்ளது", "ఈమెయిల్ చిరునామా నందు డొమైన్ బాగము లేదు",
		"e-posta adresinde etki alanı bölümü eksik", "у адресі електронної пошти пропущено частину домену", "电子邮件地址缺少域部分",
		// requires-password: bg ca cs da en eo es eu fa fr hr hu id it ka kk lt lv pt pt-br ro sk sl sr sr-latin sv tr uk zh-cn
		"requires password to continue", "изисква се парола, за да продължите", "requereix la contrasenya per a continuar",
		"pro pokračovaní je zapotřebí heslo", "kræver adgangskode for at fortsætte", "postulas pasvorton por daŭrigi",
		"se necesita una contraseña para continuar", "pasahitza behar du jarraitzeko", "برای ادامه نیاز به گذرواژه است",
		"nécessite le mot de passe pour continuer", "potrebna je lozinka za nastavak", "a folytatáshoz jelszó szükséges",
		"memerlukan kata sandi untuk melanjutkan", "richiesta la password per continuare", "პაროლის გარეშე გაგრძელება შეუძლებელია",
		"жалғастыру үшін пароль қажет", "norint tęsti reikia slaptažodžio", "lai turpinātu, ir nepieciešama parole",
		"requer palavra-passe para continuar", "requer senha para continuar", "necesită parola pentru a continua",
		"vyžaduje sa heslo pre pokračovanie", "za nadaljevanje je zahtevano geslo", "захтева лозинку за наставак",
		"zahteva lozinku za nastavak", "kräver lösenord för att fortsätta", "sürdürmek için parola gerekir",
		"для продовження потрібен пароль", "需要密码才能继续",
		// multiple-from: as bg bn-in bs ca cs da de el en eo es eu fr gl gu hi hr hu id it ja kk kn lt lv mr nl oc or pl pt ro ru sl sv ta te tr uk zh-cn
		"exchange server cannot send message with multiple from addresses",
		"exchange চাৰ্ভাৰে একাধিক প্ৰেৰক ঠিকনাৰ সৈতে বাৰ্তা পঠাব নোৱাৰে",
		"exchange сървърът не може да изпрати писмо с няколко „от“ адреса",
		"এক্সচেঞ্জ সার্ভার একাধিক 'থেকে' ঠিকানা সমেত বার্তা পাঠাতে পারে না",
		"exchange server ne može poslati poruku sa višestrukim adresama pošiljaoca",
		"el servidor exchange no pot enviar missatges amb múltiples adreces remitents",
		"server exchange nemůže odeslat zprávu s více adresami „od", "exchangeserver kan ikke sende en besked med flere fra-adresser",
		"der exchange-server kann keine nachricht mit mehreren absenderadressen versenden",
		"ο διακομιστής exchange δεν μπορεί να στείλει μήνυμα με πολλαπλές διευθύνσεις αποστολέα",
		"exchange-servilo ne povas sendi mesaĝon kun pluraj de-adresoj",
		"el servidor exchange no puede enviar un mensaje con varias direcciones «para",
		"exchange zerbitzariak ezin du mezua bidali bidaltzaile-helbide bat baino gehiagorekin",
		"le serveur exchange ne peut envoyer des message avec plusieurs adresses expéditeur",
		"o servidor exchange non pode envair unha mensaxe con varios enderezos «para",
		"ઘણાં સરનામાં પ્રતિ કોઇ સાથે ઍક્સચેન્ડ સર્વરને સંદેશા મોકલી શકાતા નથી",
		"एक्सचेंज सर्वर कई प्रेषक पता के साथ संदेश नहीं भेज सकता है",
		"exchange poslužitelj ne može poslati poruku s više navedenih adresa pošiljatelja",
		"az exchange kiszolgáló nem tud több feladó címmel rendelkező üzenetet küldeni",
		"peladen exchange tak bisa mengirim pesan dengan alamat dari berganda",
		"il server exchange non può inviare messaggi con più indirizzi «da", "exchange サーバーでは差出人アドレスが複数のメッセージの送信はできません",
		"exchange сервері бірнеше «кімнен» адресі бар хабарламаны жібере алмайды",
		"ಅನೇಕ ಇಂದ ವಿಳಾಸಗಳೊಂದಿಗೆ ಸಂದೇಶವನ್ನು ಕಳುಹಿಸಲು ಎಕ್ಸ್‌ಚೇಂಜ್ ಪೂರೈಕೆಗಣಕಕ್ಕೆ ಸಾಧ್ಯವಾಗಿಲ್ಲ",
		"exchange serveris negali siųsti laiško su keliais siuntėjo adresais",
		"exchange serveris nevar nosūtīt vēstules ar vairākām “no” adresēm",
		"एकापेक्षाजास्त प्रेषक पत्तासह एक्सचेंज सर्व्हर संदेश पाठवण्यास अशक्य",
		"exchange-server kan geen bericht versturen met meerdere afzenderadressen",
		"lo servidor exchange pòt pas mandar des messatge amb mantuna adreça expeditor",
		"ଏକାଧିକ ପ୍ରେରକ ଠିକଣା ବିଶିଷ୍ଟ ସନ୍ଦେଶକୁ ଏକ୍ସଚେଞ୍ଜ ସର୍ଭର ପଠାଇପାରିବ ନାହିଁ",
		"serwer exchange nie może wysłać wiadomości z wieloma adresatami",
		"o servidor exchange não pode enviar uma mensagem com múltiplos endereços de remetente",
		"serverul exchange nu poate trimite mesaje cu adrese multiple în câmpul „de la",
		"сервер exchange не может отправить сообщение с несколькими адресами отправителя",
		"strežnik exchange ne podpira pošiljanja sporočil z več naslovi pošiljateljev",
		"exchange-servern kan inte skicka meddelande med flera avsändaradresser",
		"பல அனுப்புநர் முகவரிகள் கொண்ட செய்தியை exchange சேவையகத்தால் அனுப்ப முடியாது",
		"ఒకటికన్నా యెక్కువ చిరునామాలనుండి వినిమయ సేవిక సందేశం పంపలేదు",
		"exchange sunucusu, birden çok gönderen adresi olan iletiyi gönderemiyor",
		"сервер exchange не може надсилати повідомлення із декількома адресами «від", "exchange 服务器无法发送具有多个发件人地址的消息",
		// m365-multiple-from: bg ca cs da de en eo es eu fr hr hu id it kk lt lv nl pl pt ro ru sl sr sr-latin sv tr uk zh-cn
		"microsoft 365 server cannot send message with multiple from addresses",
		"microsoft 365 сървъра не може да изпрати писмо с няколко „от“ адреса",
		"el servidor del microsoft 365 no pot enviar un missatge amb múltiples adreces remitents",
		"server microsoft 365 neumí odeslat zprávu s více adresami „od",
		"microsoft 365-server kan ikke sende en besked med flere fra-adresser",
		"microsoft 365-server kann keine nachricht mit mehreren absenderadressen senden",
		"microsoft 365-servilo ne povas sendi mesaĝon kun pluraj de-adresoj",
		"el servidor de microsoft 365 no puede enviar un mensaje con varias direcciones «para",
		"microsoft 365 zerbitzariak ezin du mezua bidali bidaltzaile-helbide bat baino gehiagorekin",
		"le serveur microsoft 365 ne peut pas envoyer de message avec plusieurs adresses expéditeur",
		"microsoft 365 poslužitelj ne može poslati poruku s više navedenih adresa pošiljatelja",
		"a microsoft 365 kiszolgáló nem tud több feladó címmel rendelkező üzenetet küldeni",
		"peladen microsoft 365 tidak dapat mengirim pesan dengan beberapa alamat from",
		"il server microsoft 365 non può inviare messaggi con più indirizzi «da",
		"microsoft 365 сервері бірнеше «кімнен» адресі бар хабарламаны жібере алмайды",
		"microsoft 365 serveris negali siųsti laiško su keliais siuntėjo adresais",
		"microsoft 365 serveris nevar nosūtīt vēstules ar vairākām “no” adresēm",
		"microsoft 365-server kan geen bericht versturen met meerdere afzenderadressen",
		"serwer microsoft 365 nie może wysłać wiadomości z wieloma adresatami",
		"o servidor microsoft 365 não pode enviar uma mensagem com múltiplos endereços de remetente",
		"serverul microsoft 365 nu poate trimite mesaje cu adrese multiple în câmpul „de la",
		"сервер microsoft 365 не может отправить сообщение с несколькими адресами from",
		"strežnik microsoft 365 ne podpira pošiljanja sporočil z več naslovi pošiljateljev",
		"не може да пошаље поруку са неколико адреса пошиљаоца", "ne može da pošalje poruku sa nekoliko adresa pošiljaoca",
		"microsoft 365-servern kan inte skicka meddelande med flera avsändaradresser",
		"microsoft 365 sunucusu, birden çok gönderen adresi olan iletiyi gönderemiyor",
		"сервер microsoft 365 не може надсилати повідомлення із декількома адресами «від", "microsoft 365 服务器无法发送具有多个发件人地址的消息",
		// no-from: as bg bn-in bs ca cs da de el en eo es eu fr gl gu hi hr hu id it ja kk kn lt lv mr nl oc or pl pt pt-br ro ru sl sr sr-latin sv ta te tr uk zh-cn
		"cannot send message with no from address", "কোনো প্ৰেৰক ঠিকনা নহোৱাকৈ বাৰ্তা পঠাব নোৱাৰি",
		"писмо, без „от“ адрес, не може да бъде изпратено", "কোনো 'থেকে' ঠিকানা ছাড়া বার্তা পাঠানো যায় না",
		"nije moguće poslati poruku bez adrese pošiljaoca", "no es poden enviar missatges sense adreça remitent",
		"nelze odeslat zprávu, která nemá uvedenu adresu „od", "kan ikke sende besked uden en fra-adresse",
		"ohne absenderadresse kann die nachricht nicht versendet werden", "αδύνατη η αποστολή μηνύματος χωρίς διεύθυνση αποστολέα",
		"ne eblas sendi mesaĝon sen de-adreso", "no se puede enviar un mensaje sin una dirección en «para",
		"ezin da mezua bidali bidaltzailearen helbiderik gabe", "impossible d’envoyer un message sans adresse expéditeur",
		"non é posíbel enviar unha mensaxe sen un enderezo en «para", "સરનામાં પ્રતિ કોઇ સાથે સંદેશાને મોકલી શકાતુ નથી",
		"बिना प्रेषक पता के संदेश प्रेषित नहीं कर सकता है", "nemoguće slanje poruke bez adrese u pošiljatelja",
		"nem küldhető el a levél a feladó címe nélkül", "tak bisa mengirim pesan tanpa alamat dari",
		"impossibile inviare il messaggio senza un indirizzo «da", "差出人のアドレスがないメッセージは送信できません",
		"кімнен адресі жоқ хабарламаны жіберу мүмкін емес", "ಕಳುಹಿಸುವವರ ವಿಳಾಸವು ಇಲ್ಲದೆ ಸಂದೇಶವನ್ನು ಕಳುಹಿಸಲಾಗಿಲ್ಲ",
		"negalima siųsti laiško be siuntėjo adreso", "nevar nosūtīt vēstuli bez “no” adreses",
		"विना प्रेषक पत्तासह संदेश पाठवणे अशक्य", "kan bericht niet versturen zonder afzenderadres",
		"impossible de mandar un messatge sens adreça expeditor", "ପ୍ରେରକ ଠିକଣା ବିନା ସନ୍ଦେଶ ପଠାଇ ପାରିବେ ନାହିଁ",
		"nie można wysłać wiadomości bez adresata", "impossível enviar uma mensagem sem um endereço de remetente",
		"não é possível enviar uma mensagem sem um endereço de remetente",
		"nu se pot trimite mesaje fără a avea o adresă în câmpul „de la",
		"невозможно отправить сообщение, не указан адрес отправителя", "ni mogoče poslati sporočila brez naslova pošiljatelja",
		"не могу да пошаљем поруку без адресе пошиљаоца", "ne mogu da pošaljem poruku bez adrese pošiljaoca",
		"kan inte skicka meddelande utan avsändaradressen", "அனுப்புநர் முகவரி இல்லாமல் செய்தியை அனுப்ப முடியாது",
		"సందేశం పంపుతున్నవారి చిరునామా లేకుండా పంపలేము", "gönderen adresi olmadan ileti gönderilemez",
		"неможливо надіслати повідомлення без адреси «від", "无法发送没有发件人地址的消息",
		// incorrect-email: ar bg ca cs da de en eo es et eu fi fr gl he ia it ka ko lv nl pl pt pt-br ru sa sl sv tr uk zh-cn zh-tw
		"incorrect email address", "عنوان البريد الإلكترونيّ خاطئ", "неправилен адрес на е-поща",
		"adreça de correu electrònic incorrecta", "neplatná e-mailová adresa", "ugyldig e-mailadresse", "ungültige e-mail-adresse",
		"malĝusta retadreso", "dirección de correo incorrecta", "vigane e-posti aadress", "e-posta helbide akastuna",
		"virheellinen sähköpostiosoite", "adresse électronique non valable", "enderezo de correo incorrecto", "כתובת דוא״ל שגויה",
		"incorrecte adresse de e-posta", "indirizzo di posta elettronica non corretto", "ელფოსტის არასწორი მისამართი", "잘못된 이메일 주소",
		"nepareiza e-pasta adrese", "onjuist e-mailadres", "niepoprawny adres e-mail", "endereço de e-mail incorrecto",
		"endereço de e-mail incorreto", "गलत् ईमेल-सङ्केतः", "nepravilen e-poštni naslov",
		"felaktig e-postadress", "yanlış e-posta adresi", "некоректна адреса електронної пошти", "不正确的电子邮件地址", "不正確的電子郵件地址",
		// no-exchange-protocol: ar bg ca cs da de en eo es et eu fi fr gl he ia it ka ko lv nl pl pt pt-br ru sa sk sl sv tr uk zh-cn zh-tw
		"exchange protocol information not found", "لم يُعثر على معلومات ميفاق «إكسچينج",
		"информация за протокола за обмен не е намерена", "no s'ha trobat la informació del protocol exchange",
		"informace o protokolu exchange nenalezena", "information om exchange-protokol ikke fundet",
		"protokollinformation für exchange wurde nicht gefunden", "exchange-protokolaj informoj ne trovitaj",
		"no se encuentra la información del protocolo exchange", "exchange'i protokolli teavet ei leitud",
		"ez da aurkitu exchange protokoloaren informaziorik", "exchange-yhteyskäytäntötietoa ei löytynyt",
		"informations de protocole exchange introuvables", "non se atopou a información do protocolo de exchange",
		"פרטי פרוטוקול exchange לא נמצאו", "information de protocollo de exchange non trovate",
		"non sono state trovate informazioni sul protocollo exchange", "exchange-ის პროტოკოლის ინფორმაცია ნაპოვნი არაა",
		"exchange 프로토콜 정보를 찾을 수 없음", "„exchange“ protokola informācija nav atrasta", "protocolinformatie van exchange niet gevonden",
		"nie znaleziono informacji o protokole exchange", "não foi possível descobrir a informação do protocolo do exchange",
		"informação do protocolo do exchange não encontrada", "не найдены сведения о протоколе exchange",
		"आदानप्रदानप्रोटोकॉलसूचना न प्राप्ता", "informácie o exchange protokole neboli nájdené",
		"podatkov o protokolu za izmenjavo ni mogoče najti", "exchange protokollinformation hittades inte",
		"exchange protokol bilgisi bulunamadı", "даних щодо протоколу exchange не виявлено", "未找到 exchange 协议信息", "找不到 exchange 協定資訊",
		// autodiscovery-failed-save: ar bg ca ca-valencia cs da de en eo es et eu fi fr gl he ia it ka ko lv nl pl pt pt-br ru sa sk sl sv tr uk zh-cn zh-tw
		"autodiscovery failed. this can be caused by incorrect parameters. do you still want to save your settings",
		"فشل الاكتشاف الآليّ. قد يكون السّبب هو معاملات غير صحيحة. أما زلت تريد حفظ الإعدادات؟",
		"неуспешно автоматично откриване. това може да бъде причинено от неправилни параметри. все още ли искате да запазите настройките си",
		"ha fallat el descobriment automàtic. això pot ser causat per paràmetres incorrectes. voleu desar la configuració",
		"ha fallat el descobriment automàtic. açò pot ser causat per paràmetres incorrectes. voleu guardar la configuració",
		"automatické vyhledávání selhalo. příčinou mohou být nesprávné parametry. chcete i přesto uložit nastavení",
		"autoopdagelse fejlede. dette kan være på grund af forkerte argumenter. vil du stadig gemme dine indstillinger",
		"die automatische erkennung ist fehlgeschlagen. dies kann durch falsche parameter verursacht werden. möchten sie ihre einstellungen trotzdem speichern",
		"aŭtomata malkovro malsukcesis. ĉi tio povas esti kaŭzita de malĝustaj parametroj. ĉu vi ankoraŭ volas konservi viajn agordojn",
		"ha fallado el descubrimiento automático. se puede deber a la existencia de parámetros incorrectos. aún así, ¿quiere guardar las preferencias",
		"automaatne tuvastamine nurjus. seda võivad põhjustada valed parameetrid. kas siiski seadistused salvestada",
		"auto-aurkikuntzak huts egin du. okerreko parametroen eragina izan daiteke. hala eta guztiz ere zure ezarpenak gorde nahi dituzu",
		"automaattinen tunnistus epäonnistus, mikä voi johtua virheellisistä asetuksista. haluatko silti tallentaa ne",
		"la découverte automatique a échoué. ceci peut être causé par des paramètres incorrects. voulez-vous tout de même enregistrer vos réglages ",
		"o descubrimento automático fallou. isto pódeo causar o uso de parámetros incorrectos. quere aínda así gardar a súa configuración",
		"גילוי אוטומטי נכשל. כנראה בגלל משתנים שגויים. בכל זאת לשמור את ההגדרות שלך",
		"autodiscovery (discoperta automatic) falleva. isto pote esser causate per parametros incorrecte. tu ancora vole salveguardar tu preferentias",
		"rilevamento automatico non riuscito. questo può essere causato da parametri non corretti. vuoi ancora salvare le tue impostazioni",
		"ავტომატური აღმოჩენის პრობლემა. ეს შეიძლება არასწორმა პარამეტრებმა გამოიწვიონ. მაინც გნებავთ პარამეტრების შენახვა",
		"자동 발견이 실패했습니다. 인자가 잘못되었을 수도 있습니다. 그래도 설정을 저장하시겠습니까",
		"automātiskā atklāšana neizdevās. tam iemesls var būt nepareizi parametri. vai joprojām vēlaties mainīt savus iestatījumus",
		"autodiscovery is mislukt. dit kan veroorzaakt zijn door onjuiste parameters. wilt u toch uw instellingen opslaan",
		"nieudane samowykrywanie. powodem mogą być niepoprawne parametry. czy nadal chcesz zapisać swoje ustawienia",
		"a auto-descoberta falhou. isto poder-se-á dever a parâmetros incorrectos. deseja à mesma gravar as suas definições",
		"a autodescoberta falhou. isto pode ser devido a parâmetros incorretos. deseja salvar as suas definições mesmo assim",
		"ошибка автоматического обнаружения. возможно, заданы неверные параметры. сохранить",
		"स्वतः आविष्कारः विफलः अभवत् । एतत् अशुद्धमापदण्डैः कारणं भवितुम् अर्हति । किं भवन्तः अद्यापि स्वस्य सेटिङ्ग्स् रक्षितुं इच्छन्ति",
		"automatické objavenie zlyhalo. môže to byť spôsobené nesprávnymi parametrami. naozaj chcete uložiť svoje nastavenia",
		"samodejno odkrivanje ni uspelo. lahko bi bil vzrok v napačnih parametrih. ali še vedno želite shraniti svoje nastavitve",
		"automatisk upptäckt misslyckades. det kan orsakas av felaktiga parametrar. vill du ändå spara inställningarna",
		"kendiliğinden algılama başarısız oldu. yanlış ayarlardan dolayı böyle olabilir. ayarlarınızı yine de kaydetmek istiyor musunuz",
		"спроба автоматичного визначення зазнала невдачі. причиною цього можуть бути неправильні параметри. хочете зберегти ваші параметри попри це",
		"自动发现失败。您的配置可能不正确，仍要保存设置吗", "自動探索失敗。這可能是參數錯誤所造成的。您還是要儲存設定嗎",
		// connecting-failed-save: ar bg ca ca-valencia cs da de en eo es et eu fi fr gl he ia it ka ko lv nl pl pt pt-br ru sa sk sl sv tr uk zh-cn zh-tw
		"connecting to exchange failed. this can be caused by incorrect parameters. do you still want to save your settings",
		"فشل الاتّصال بِ‍«إكسچينج». قد يكون السّبب هو معاملات غير صحيحة. أما زلت تريد حفظ الإعدادات؟",
		"свързването с exchange не бе успешно. това може да бъде причинено от неправилни параметри. все още ли искате да запазите настройките си",
		"ha fallat en connectar amb exchange. això pot ser causat per paràmetres incorrectes. voleu desar la configuració",
		"ha fallat mentre es connectava amb exchange. açò pot ser causat per paràmetres incorrectes. voleu guardar la configuració",
		"připojení k exchange selhalo. příčinou mohou být nesprávné parametry. chcete i přesto uložit nastavení",
		"kunne ikke forbinde til exchange. dette kan være på grund af forkerte argumenter. vil du stadig gemme dine indstillinger",
		"die verbindung zu exchange ist fehlgeschlagen. dies kann durch falsche parameter verursacht werden. möchten sie ihre einstellungen trotzdem speichern",
		"konekto al exchange malsukcesis. ĉi tio povas esti kaŭzita de malĝustaj parametroj. ĉu vi ankoraŭ volas konservi viajn agordojn",
		"ha fallado la conexión a exchange. se puede deber a la existencia de parámetros incorrectos. aún así, ¿quiere guardar las preferencias",
		"ühendus exchange'iga nurjus. seda võivad põhjustada valed parameetrid. kas siiski seadistused salvestada",
		"exchange-ra konektatzea huts egin du. okerreko parametroen eragina izan daiteke. hala eta guztiz ere zure ezarpenak gorde nahi dituzu",
		"exchange-yhteydenotto epäonnistui, mikä voi johtua virheellisistä asetuksista. haluatko silti tallentaa ne",
		"la connexion à exchange a échoué. ceci peut être causé par des paramètres incorrects. voulez-vous tout de même enregistrer vos réglages ",
		"produciuse un erro ao conectar con exchange. isto pódeo causar o uso de parámetros incorrectos. quere aínda así gardar a súa configuración",
		"החיבור ל־exchange נכשל. כנראה בגלל משתנים שגויים. בכל זאת לשמור את ההגדרות שלך",
		"falleva a connecter a exchange.  isto poteva esser causate per parametros incorrecte. tu vole ancora salveguardar tu preferentias",
		"connessione a exchange non riuscita. questo può essere causato da parametri non corretti. vuoi ancora salvare le tue impostazioni",
		"exchange სერვერთან მიერთების პრობლემა. ეს შეიძლება არასწორმა პარამეტრებმა გამოიწვიონ. მაინც გნებავთ პარამეტრების შენახვა",
		"exchange 서버에 연결할 수 없습니다. 인자가 잘못되었을 수도 있습니다. 그래도 설정을 저장하시겠습니까",
		"savienojums ar „exchange“ neizdevās. tam iemesls var būt nepareizi parametri. vai tik un tā vēlaties saglabāt iestatījumus",
		"verbinden met exchange is mislukt. dit kan veroorzaakt zijn door onjuiste parameters. wilt u toch uw instellingen opslaan",
		"nieudane połączenie do serwera exchange. powodem mogą być niepoprawne parametry. czy nadal chcesz zapisać swoje ustawienia",
		"a ligação ao exchange foi mal-sucedida. isto poder-se-á dever a parâmetros incorrectos. deseja à mesma gravar as suas definições",
		"falha na conexão com o exchange. isto pode ser devido a parâmetros incorretos. deseja salvar as suas definições mesmo assim",
		"ошибка подключения к серверу exchange. возможно, заданы неверные параметры. сохранить",
		"exchange इत्यनेन सह संयोजनं विफलम् अभवत् । एतत् अशुद्धमापदण्डैः कारणं भवितुम् अर्हति । किं भवन्तः अद्यापि स्वस्य सेटिङ्ग्स् रक्षितुं इच्छन्ति",
		"pripojenie k serveru exchange zlyhalo. môže to byť spôsobené nesprávnymi parametrami.naozaj chcete uložiť svoje nastavenia",
		"povezovanje na strežnik exchange ni uspelo. lahko bi bil vzrok v napačnih parametrih. ali še vedno želite shraniti svoje nastavitve",
		"anslutning till exchange misslyckades. det kan orsakas av felaktiga parametrar. vill du ändå spara inställningarna",
		"exchange bağlantısı başarısız oldu. yanlış ayarlardan dolayı bu olabilir. ayarlarınızı yine de kaydetmek istiyor musunuz",
		"не вдалося встановити з'єднання із exchange. причиною цього можуть бути неправильні параметри. хочете зберегти ваші параметри попри це",
		"连接到 exchange 失败。这可能由不正确的参数引起。您仍然想要保存设置吗", "連線至 exchange 時失敗。這可能是參數錯誤所造成的。您還是要儲存設定嗎",
	),
		// A refusal that names the address or the password is a refused
		// login, not EWS's address setting (round 149).
		noneOf: p("address or password"),
		doc:    "Evolution EWS or the Akonadi EWS resource says in the owner's language that autodiscover gave no usable settings, the configured address has no domain, the sender setup is wrong, the setup asks for the password first, or the settings dialog's test failed with possibly incorrect parameters"},
	{id: "l10n_ews_busy", class: ClassTransient, anyOf: p(
		// busy-minutes, busy-seconds: bg ca cs da de en eo es eu fr hr hu id kk lt lv nl pl pt ro sl sv tr uk zh-cn
		"exchange server is busy, waiting to retry", "exchange сървърът е зает, изчакване преди нов опит",
		"el servidor exchange és ocupat, esperant per a provar de nou", "server exchange je zaneprázdněný, čeká se na opakování",
		"exchange-serveren er optaget. venter på at forsøge igen", "der exchange-server ist beschäftigt, warten auf erneuten versuch",
		"exchange-servilo estas okupita, atendas por reprovi", "el servidor de exchange está ocupado, esperando para reintentar",
		"exchange zerbitzaria lanpetuta dago, berriro saiatzeko esperoan",
		"le serveur exchange est occupé, attente avant nouvelle tentative",
		"exchange poslužitelj je zauzet, čekanje ponovnog pokušaja",
		"az exchange kiszolgáló elfoglalt, várakozás az újrapróbálkozásra",
		"peladen exchange sedang sibuk, menunggu untuk mencoba lagi", "exchange сервері бос емес, қайталауды күтуде",
		"exchange serveris yra užsiėmęs, laukiama pakartotiniam bandymui",
		"exchange serveris ir aizņemts; gaida, lai mēģinātu vēlreiz", "exchange-server is bezig, wachten om opnieuw te proberen",
		"serwer exchange jest zajęty, oczekiwanie na ponowienie", "o servidor exchange está ocupado, aguardando para tentar novamente",
		"serverul exchange este ocupat, se așteaptă reîncercarea", "strežnik exchange je zaseden, poskus povezovanja bo ponovljen čez",
		"exchange-servern är upptagen, väntar med att försöka igen", "exchange sunucusu meşgul, yeniden denemeyi bekliyor",
		"сервер exchange зайнято, очікуємо на повторну спробу", "exchange 服务器正忙，正在等待重试",
		// busy-minutes: it
		"il server exchange è occupato, in attesa di un nuovo tentativo",
		// busy-minutes, busy-seconds, m365-busy-minutes: ru
		"сервер exchange занят, ожидает повторной попытки",
		// busy-seconds: it
		"il server exchange è occupato, in attesa di ritentare",
		// m365-busy-minutes, m365-busy-seconds: bg ca cs da en eo es eu fr hr hu id it kk lt lv nl pl pt ro ru sl sr sr-latin sv tr uk zh-cn
		"microsoft 365 server is busy, waiting to retry", "microsoft 365 сървъра е зает, изчакване преди нов опит",
		"el servidor del microsoft 365 és ocupat. s'està esperant per a provar de nou",
		"server microsoft 365 je zaneprázdněný, čeká se na opakování", "microsoft 365-serveren er optaget. venter på at forsøge igen",
		"microsoft 365-servilo estas okupita, atendas por reprovi",
		"el servidor de microsoft 365 está ocupado, esperando para reintentar",
		"microsoft 365 zerbitzaria lanpetuta dago, berriro saiatzeko esperoan",
		"le serveur microsoft 365 est occupé, attente avant nouvelle tentative",
		"microsoft 365 poslužitelj je zauzet, čekanje ponovnog pokušaja",
		"a microsoft 365 kiszolgáló elfoglalt, várakozás az újrapróbálkozásra",
		"peladen microsoft 365 sedang sibuk, menunggu untuk mencoba lagi",
		"il server microsoft 365 è occupato, attendere per riprovare", "microsoft 365 сервері бос емес, қайталауды күтуде",
		"microsoft 365 serveris yra užsiėmęs, laukiama pakartotiniam bandymui",
		"microsoft 365 serveris ir aizņemts; gaida, lai mēģinātu vēlreiz",
		"microsoft 365-server is bezig, wachten om opnieuw te proberen", "serwer microsoft 365 jest zajęty, oczekiwanie na ponowienie",
		"o servidor microsoft 365 está ocupado, aguardando para tentar novamente",
		"serverul microsoft 365 este ocupat, se așteaptă reîncercarea", "сервер microsoft 365 занят, ожидает повторной попытки",
		"strežnik microsoft 365 je zaseden, poskus povezovanja bo ponovljen čez", "је заузет, чекам да покушам поново",
		"je zauzet, čekam da pokušam ponovo", "microsoft 365-servern är upptagen, väntar med att försöka igen",
		"microsoft 365 sunucusu meşgul, yeniden deneme bekleniyor", "сервер microsoft 365 зайнято, очікуємо на повторну спробу",
		"microsoft 365 服务器正忙，正在等待重试",
		// m365-busy-minutes: de lv
		"der microsoft 365-server ist ausgelastet. warten auf einen erneuten versuch",
		"der exchange-server ist ausgelastet. warten auf einen erneuten versuch",
		"microsoft 365 serveris ir aizņemts, gaida līdz mēģinās vēlreiz",
		// m365-busy-seconds: de
		"microsoft 365-server ist ausgelastet und wartet auf einen erneuten versuch",
	),
		doc: "Evolution EWS says in the owner's language that the Exchange or Microsoft 365 server is busy and it waits to retry (ErrorServerBusy back-off, Graph 429/503 Retry-After, I/O retry)"},
	{id: "l10n_ews_unreachable", class: ClassTransient, anyOf: p(
		// service-not-connected: as bg bn-in bs ca cs da de el en eo es fr gl gu hi hr hu id it ja kn lt lv mr nl oc or pl pt pt-br ro ru sk sl sr sv ta te tr uk zh-cn
		"service not connected", "সেৱা সংযুক্ত নহয়", "услугата няма връзка", "পরিষেবা সংযুক্ত নয়", "usluga nije spojena",
		"servei no connectat", "služba není připojena", "tjeneste ikke forbundet", "dienst nicht verbunden", "ασύνδετη υπηρεσία",
		"servo ne konektita", "servicio no conectado", "service non connecté", "servizo non conectado", "સેવા જોડાયેલ નથી",
		"सेवा जुड़ी हुई नहीं है", "usluga nije povezana", "nem kapcsolódott a szolgáltatáshoz", "layanan tidak tersambung",
		"servizio non connesso", "サービスは接続されていません", "ಸೇವೆಯೊಂದಿಗೆ ಸಂಪರ್ಕ ಸಾಧಿಸಲಾಗಿಲ್ಲ", "tarnyba neprisijungusi",
		"serviss nav savienojies", "सर्व्हिस खंडीत आहे", "dienst niet verbonden", "servici non connectat", "ସର୍ଭିସ ସଂଯୁକ୍ତ ନୁହଁ",
		"usługa nie jest połączona", "serviço não ligado", "serviço não conectado", "serviciu neconectat", "услуга не подключена",
		"služba nie je pripojená", "storitev ni povezana", "услуга није повезана", "tjänst inte ansluten", "சேவை இணைப்பில் இல்லை",
		"సేవ అనుసంధానం కాలేదు", "hizmet bağlı değil", "службу не з'єднано", "服务未连接",
		// unable-to-connect: ar bg de en eo eu fi gl ia ka nl pt sa sk sv uk
		"unable to connect to exchange server", "تعذّر الاتّصال بخادم «إكسچينج", "не може да се свърже със сървър на exchange",
		"die verbindung zum exchange-server kann nicht hergestellt werden", "ne eblas konektiĝi al exchange-servilo",
		"ez da exchange zerbitzariarekin konektatzeko gai", "yhdistäminen exchange-palvelimeen ei onnistu",
		"non é posíbel conectar ao servidor de exchange", "incapace a connecter a servitor exchange",
		"exchange-ის სერვერთან მიერთების შეცდომა", "kon geen verbinding maken met de exchange-server",
		"não foi possível ligar-se ao servidor de exchange", "exchange सर्वरेण सह सम्बद्धं कर्तुं असमर्थः",
		"nedá sa pripojiť k serveru exchange", "kan inte ansluta till exchange-server",
		"не вдалося встановити з'єднання із сервером exchange",
	),
		doc: "Evolution EWS or the Akonadi EWS resource says in the owner's language that it cannot reach the Exchange server or the transport is not connected yet, and retries"},
	{id: "l10n_ews_settings_address", class: ClassConfig, anyOf: p(
		// incorrect-email: ru, whose "Incorrect email address" begins AOSP
		// Email's ru "Incorrect email address or password" (auth)
		"неверный адрес эл. почты",
	), noneOf: p("пароль"),
		doc: "The Akonadi EWS resource says in Russian that the configured email address is incorrect (no domain to ask autodiscover), a text that names no password"},
}
