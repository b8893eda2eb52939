package classify

// Round 35's misses of PHP (and Perl) webmail and web products, fixed as
// families: every locale each product ships of each key a missed row holds,
// read from the product's own files (repository, commit, path):
//
//   - RealityRipple/squirrelmail: locale/<locale>/LC_MESSAGES/squirrelmail.po (commits b534e115, 2af3cffd, 70eb0aae, 901c1dd4, 27a76f3b, 4f504f2a, a27692e2, d4bf8707, 6d2e8eaf: each locale's last 2003 version)
//   - sitle/squirrelmail-src: trunk/locales/locale/<locale>/LC_MESSAGES/squirrelmail.po (commit a72620fa)
//   - codeigniter4/translations: Language/<locale>/Email.php (commit 30fd550c)
//   - RamonSilva20/mapos: application/language/pt-br/email_lang.php (commit 6a5770e3; its only language file)
//   - mybb/mybb: inc/mailhandlers/smtp.php (commit 9a701b24; English only, hard-coded)
//   - SimpleMachines/SMF: Languages/en_US/General.php (commit 12d051ed; the only language in the repository)
//   - phpList/phplist3: public_html/lists/admin/locale/<locale>/phplist.po (commit 72dd0d6f)
//   - openwebmail/openwebmail: cgi-bin/openwebmail/etc/lang/<locale>.po (commit 62edd34d)
//   - jimjag/telaen: telaen/inc/langs/<locale>.php (commit 22f1fc18)
//   - InvoicePlane/InvoicePlane: application/language/english/ip_lang.php (commit 3879f70d; the only language in the repository)
//   - NeoRazorX/facturascripts: Core/Translation/<locale>.json (commit c6359964)
//   - uvdesk/community-skeleton: translations/messages.<locale>.yml (commit 20f5f9b1)
//   - FromDoppler/doppler-webapp: src/i18n/<locale>.js (commit 6f962de5)
//
// Each phrase is one translation, lower-cased, without placeholders, HTML
// entities decoded, and without a short lead ("ERROR :") or tail ("Error:").
// Only translations the rules did not already classify as labelled got a
// phrase; the comment above each group names the locales it holds. Left out
// as too generic or mistranslated (they would decide other products' texts
// wrongly): SquirrelMail's "Temporary authentication failure" where the
// translation lost "temporary" (ja_JP, zh_TW, fi_FI, ru_RU, uk_UA),
// "Authentication required" where it says "failed" (sv_SE, it_IT), "A
// password transition is needed" where it reads "a password is needed" or
// "the password must be changed" (bg_BG, bn_IN, da_DK, fa_IR, fi_FI, fy,
// hu_HU, ja_JP, lt_LT, nl_NL, sv_SE, zh_TW), Telaen's hu_HU text (its file's
// encoding is broken), and the bare English sign-in sentences of InvoicePlane
// ("Email or Password incorrect."), UVdesk and Doppler.
//
// Keys and classes (the class of the round's row):
//   - SquirrelMail functions/imap_general.php sqimap_login: "Unknown user or
//     password incorrect." (auth), "Error connecting to IMAP server: %s."
//     (transient); sqimap_read_data: "ERROR : Imap server closed the
//     connection.", "ERROR : Connection dropped by imap-server." (1.5: "ERROR:
//     IMAP server closed the connection.", "ERROR: Connection dropped by IMAP
//     server.") (transient); class/deliver/Deliver_SMTP.class.php errorCheck:
//     421 "Service not available, closing channel" (transient), 432 "A
//     password transition is needed", 530 "Authentication required", 534
//     "Authentication mechanism is too weak", 538 "Encryption required for
//     requested authentication mechanism" (config), 454 "Temporary
//     authentication failure" (auth_temporary), 535 "Authentication failed"
//     (auth), 550 "Requested action not taken: mailbox unavailable"
//     (recipient); initStream: "Can't open SMTP stream." (transient), "SMTP
//     STARTTLS is enabled in SquirrelMail configuration, but used SMTP server
//     does not support it" (config); plugins/mail_fetch/class.POP3.php: "apop
//     authentication failed" (auth), "No connection to server" (transient);
//   - CodeIgniter 4 system/Email/Email.php SMTPAuthenticate: Email.SMTPAuthPassword,
//     Email.SMTPAuthCredentials (auth), Email.failureSMTPAuthMethod,
//     Email.noSMTPAuth (config); Map-OS (CodeIgniter 3): email_failed_smtp_login,
//     email_no_smtp_unpw (config);
//   - MyBB smtp.php: "The SMTP server did not respond correctly to the AUTH
//     LOGIN command", "The server did not understand the AUTH command"
//     (config), "Unable to send the data to the SMTP server" (transient);
//   - SMF Sources/Mail.php: smtp_port_ssl (config); phpList processbounces.php:
//     "IMAP is not included in your PHP installation, cannot continue" (config);
//   - Open WebMail: "Login failed: authentication system error." (auth module
//     error -3, POP3 server unreachable), "Cannot open any of the following SMTP
//     servers:" (transient); Telaen error_connect (transient);
//   - the products' own accounts (unknown): InvoicePlane loginalert_user_inactive,
//     FacturaScripts login-invalid-db-password, UVdesk "Error! Given current
//     password is incorrect.", Doppler error_invalid_login and
//     error_account_is_blocked_invalid_password.

// round35PHPEarlyRules come right after sabnzbdEarlyRules, before
// languageRules: the generic words of those rules ("contraseña ...
// incorrecta", "authentication system", "temporary", "connection", the 534
// code) read these sentences wrongly.
var round35PHPEarlyRules = []rule{
	{id: "php_own_account_unknown", class: ClassUnknown, anyOf: p(
		// InvoicePlane/InvoicePlane 'loginalert_user_inactive': en
		"this user is marked as inactive. please contact the system administrator",
		// NeoRazorX/facturascripts 'login-invalid-db-password': ca_ES, cs_CZ, de_DE, en_EN, es_AR, eu_ES, fr_FR, gl_ES, pl_PL, tr_TR, va_ES
		"contrasenya de base de dades incorrecta", "nesprávné heslo databáze", "falsches datenbankkennwort", "incorrect database password",
		"contraseña de base de datos incorrecta", "datu-basearen pasahitza okerra", "mot de passe de la base de données incorrect",
		"contrasinal da base de datos incorrecto", "nieprawidłowe hasło bazy danych", "veritabanı şifresi yanlış",
		"contrasenya de la base de dades incorrecta",
		// uvdesk/community-skeleton 'Error! Given current password is incorrect.': ar, da, de, es, he, pl, pt_BR, tr
		"خطأ! بالنظر إلى كلمة المرور الحالية غير صحيحة", "fejl! givet den aktuelle adgangskode er forkert",
		"fehler! das angegebene aktuelle passwort ist falsch", "error! la contraseña actual dada es incorrecta", "שגיאה! הסיסמה הנוכחית שגויה",
		"błąd! podane aktualne hasło jest nieprawidłowe", "erro! a senha atual fornecida está incorreta", "hata! verilen mevcut şifre yanlış",
		// FromDoppler/doppler-webapp 'error_account_is_blocked_invalid_password': en, es
		"ouch! this account has been blocked due to failed access attempts", "ouch! esta cuenta ha sido bloqueada debido a intentos de acceso fallidos",
		// FromDoppler/doppler-webapp 'error_invalid_login': es
		"el usuario o la contraseña son incorrectos. intenta de nuevo",
	),
		doc: "a PHP or web product's own sign-in, database password or account lock (InvoicePlane, FacturaScripts, UVdesk, Doppler): no mailbox is involved"},
	{id: "squirrelmail_smtp_auth_temporary", class: ClassAuthTemporary, anyOf: p(
		// RealityRipple/squirrelmail 'Temporary authentication failure': bg_BG, cs_CZ, de_DE, es_ES, fo_FO, id_ID, is_IS, lt_LT, ms_MY, nl_NL, pl_PL, ru_RU
		"временен проблем с аутентикацията", "dočasna chyba autentifikace selhala", "temporärer authentifizierungsfehler",
		"tempor&auml;rer authentifizierungsfehler", "falló de identificación temporal", "fyribils feilur í heimildarkanning", "otentikasi sementara gagal",
		"tímabundin villa í auðkenningu", "laikina autorizavimo klaida", "pengesahan sementara gagal", "tijdelijke authorisatie fout",
		"chwilowy błąd autoryzacji", "попытка временной авторизации не удалась",
		// sitle/squirrelmail-src 'Temporary authentication failure': bn_BD, cs_CZ, da_DK, et_EE, eu_ES, fy, hr_HR, hu_HU, ka, km, nl_NL, nn_NO, pl_PL, ro_RO, sk_SK, sl_SI, sr_YU, sv_SE, ta_LK, zh_CN
		"সাময়িকভাবে পরিচয় প্রমাণে গোলযোগ হচ্ছে", "dočasná chyba autentifikace selhala", "midlertidig authentificerings fejl",
		"ajutine identifitseerimise ebaõnnestumine", "aldiroko autentifikazio hutsa", "tydlike oanmeldingsflater", "privremena neuspješna autentikacija",
		"átmeneti authentikációs hiba", "დროებითი ავთენტიფიკაცია ვერ მოხერხდა", "ការ​បរាជ័យ​ការ​ផ្ទៀងផ្ទាត់​ភាព​ត្រឹមត្រូវ​បណ្ដោះ​អាសន្ន",
		"tijdelijke autorisatie fout", "mellombels misslukka autentifisering", "chwilowy błąd uwierzytelniania", "autentificare temporară eşuată",
		"dočasné zlyhananie autentifikácie", "začasna napaka overjanja", "privremena greška u autentikaciji", "temporär validering misslyckades",
		"தற்காலிக அத்தாட்சிப்படுத்தல் தோல்வி", "暂时性的认证失败",
	),
		doc: "SquirrelMail's words for an SMTP 454 temporary authentication failure: a 4xx, never a credential verdict"},
	{id: "php_mail_auth_setup_early", class: ClassConfig, anyOf: p(
		// sitle/squirrelmail-src 'Authentication required': bn_BD
		"পরিচয় প্রমাণ করতে হবে",
		// codeigniter4/translations 'Email.noSMTPAuth': el, id, ru, uk, zh-CN, zh-TW
		"πρέπει να εκχωρήσετε όνομα χρήστη και κωδικό πρόσβασης smtp", "anda harus menetapkan sebuah nama pengguna dan kata sandi smtp",
		"необходимо указать логин и пароль smtp", "слід вказати логін та пароль smtp", "你必须指定一个smtp用户名和密码", "您必須指定一組smtp的使用者名稱與密碼",
		// codeigniter4/translations 'Email.failureSMTPAuthMethod': es, hu, ko, pl
		"no se puede iniciar el comando auth. es posible que su servidor no esté configurado para usar el método de autenticación auth",
		"nem sikerült elindítani az auth parancsot. lehetséges, hogy a szerver nincs konfigurálva az auth", "인증 방식을 지원하지 않거나 설정이 누락되었을 수 있습니다",
		"nie można zainicjować polecenia auth. twój serwer może nie być skonfigurowany do korzystania z metody uwierzytelniania auth",
		// RamonSilva20/mapos 'email_failed_smtp_login': pt-br
		"falha ao enviar comando auth login",
		// phpList/phplist3 'IMAP is not included in your PHP installation, cannot continue': ru
		"imap не включен в текущую установку php, продолжение невозможно",
	),
		doc: "a PHP mailer's AUTH command refused or unsupported, missing SMTP credentials in the settings, or PHP without IMAP: the setup, no password was judged"},
	{id: "php_mail_connection_early", class: ClassTransient, anyOf: p(
		// RealityRipple/squirrelmail 'Error connecting to IMAP server: %s.': he_IL, sl_SI
		"שגיאה בהתחברות לשרת imap", "napaka pri prijavi na imap strežnik",
		// openwebmail/openwebmail 'Login failed: authentication system error.': cs_CZ.UTF-8, de_DE.UTF-8, es_AR.UTF-8, fi_FI.UTF-8, it_IT.UTF-8, nl_NL.UTF-8, pl_PL.UTF-8, pt_BR.UTF-8, ro_RO.UTF-8, ru_RU.UTF-8, zh_CN.UTF-8, zh_TW.UTF-8
		"přihlášení se nezdařilo: chyba v ověření", "anmeldung fehlgeschlagen: fehler des legitimationssystems", "error de sistema de autenticación",
		"kirjautuminen epäonnistui: autentikaatiojärjestelmän virhe", "login fallito: errore nel sistema di autenticazione",
		"login mislukt: authenticatie systeemfout", "niewłaściwy login: błąd systemu autentykacji", "falha no login: erro no sistema de autenticação",
		"autentificare eșuată: eroare sistem de autentificare", "ошибка авторизации: ошибка системы аутентификации", "登入失败︰认证系统错误", "登入失敗︰系統確認錯誤",
	),
		doc: "Open WebMail's authentication back end unreachable, SquirrelMail's IMAP connection failing: no credential verdict"},
	{id: "squirrelmail_mailbox_unavailable", class: ClassRecipient, anyOf: p(
		// RealityRipple/squirrelmail 'Requested action not taken: mailbox unavailable': bg_BG, cs_CZ, de_DE, fo_FO, fr_FR, id_ID, is_IS, ja_JP, ko_KR, lt_LT, ms_MY, nl_NL, pl_PL, pt_BR, ru_RU, sr_YU
		"запрос не выполнен: почтовый ящик недоступен", "заявеното действие не е извършено: пощенската кутия е недостъпна",
		"nebylo možné provést požadovanou operaci: schránka je nedostupná", "geforderte aktion nicht ausgeführt: postfach nicht verfügbar",
		"geforderte aktion nicht ausgef&uuml;hrt: postfach nicht verf&uuml;gbar", "umbiðin gerð er ikki gjørd: postkassi ikki til taks",
		"demande non exécutée : boîte à lettre indisponible", "demande non ex&#233;cut&#233;e&#160;: bo&#238;te &#224; lettre indisponible",
		"aksi yang diminta tidak dilakukan: kotak surat tak tersedia", "umbeðin aðgerð ekki framkvæmd, pósthólf óaðgengilegt",
		"要求された動作は実行できません:メールボックスが利用できません", "요청 명령 오류: mailbox 오류", "nurodytas veiksmas neįvykdytas: pašto dėžė nepasiekiama",
		"tindakan yang diminta tidak dibuat: kotak email tidak ujud", "gevraagde actie niet uitgevoerd: maibox niet beschikbaar",
		"żądanej operacji nie wykonano: skrzynka niedostępna", "ação requerida não foi feita: mailbox não disponível",
		"tražena operacija nije izvršena: mailbox nedostupan",
		// sitle/squirrelmail-src 'Requested action not taken: mailbox unavailable': bn_BD, bn_IN, da_DK, et_EE, eu_ES, fa_IR, fi_FI, fo_FO, fr_FR, fy, hr_HR, hu_HU, it_IT, ja_JP, ka, km, lv_LV, mk, nb_NO, nl_NL, nn_NO, pt_PT, ro_RO, sk_SK, sl_SI, sv_SE, ta_LK, tr_TR, uk_UA, vi_VN, zh_CN, zh_TW
		"অনুরোধকৃত কর্মটি করা যায় নি: চিঠির বাক্সটা পাওয়া যাচ্ছে না", "যা করতে বলা হয়েছিল করা যায় নি: চিঠির বাক্সটা পাওয়া যাচ্ছে না।",
		"anmodede handling ikke gennemført: postkasse ikke fundet", "soovitud toimingut ei teostatud: kirjakast pole kättesaadav",
		"eskatutako ekintza ez da burutu: postakutxa ez dago eskuragarri", "درخواست شما انجام نشد: صندوق پستی در دسترس نیست",
		"toimintoa ei suoritettu: sähköpostilaatikkoa ei käytössä", "umbiðin gerð er ikki gjørd: postkassi ikki tøkur",
		"demande non exécutée&nbsp;: boîte à lettre indisponible", "frege aksje net útfierd: postfak net beskikber",
		"zahtijevana naredba nije poduzeta: poštanski pretinac nije dostupan", "a kérés végrahajtása nem sikerült: nincs ilyen postafiók",
		"l'azione richiesta non è stata intrapresa: mailbox non disponibile", "要求された動作は実行できません：メールボックスが利用できません",
		"მოთხოვნილი ქმედება ვერ შედგა: საფოსტო ყუთი მიუწვდომელია", "មិន​បាន​ទទួល​អំពើ​ដែល​បាន​ស្នើ ៖ មិន​មាន​ប្រអប់​សំបុត្រ",
		"izvēlētā darbība nav notikusi: pastkaste nepieejama", "бараната акција не е исполнета: поштенското сандаче е недостапно",
		"ønsket kommando ikke utført: postboks utilgjengelig", "gevraagde actie niet uitgevoerd: postbus niet beschikbaar",
		"ønska handling ikkje utført: postboks ikkje tilgjengeleg", "acção requerida não foi executada: caixa de corrio não disponível",
		"acţiunea cerută nu a fost efectuată: căsuţă poştală indisponibilă", "požadovaná akcia nebola vykonaná: poštová schránka nedostupná",
		"zahtvena acija ni izvršena: poštni predal nedosegljiv", "den begärda åtgärden utfördes ej eftersom brevlådan inte är tillgänglig",
		"வினவப்பட்ட செயற்பாடு மேற்கொள்ளப்படவில்லை: அஞ்சல்பெட்டி எட்டப்படவில்லை", "istenen eylem gerçekleşmedi: posta kutusu yok",
		"запит не виконаний: поштова скринька недоступна", "hành động thư đã yêu cầu chưa được làm vì hộp thư không sẵn sàng", "请求的操作未执行：邮箱不可用",
		"要求的動作沒有執行：沒有此郵件夾",
	),
		doc: "SquirrelMail's words for SMTP 550 requested action not taken, mailbox unavailable: the recipient's mailbox"},
}

// round35PHPRules come right after phpmailerRules: no earlier rule reads
// these sentences; they decide before the generic words of the later rules.
var round35PHPRules = []rule{
	{id: "php_mail_login_refused", class: ClassAuth, anyOf: p(
		// RealityRipple/squirrelmail 'Unknown user or password incorrect.': ar, fi_FI, fo_FO, he_IL, hr_HR, hu_HU, id_ID, it_IT, ko_KR, lt_LT, sr_YU, th_TH, tr_TR, uk_UA, vi_VN
		"مستخدم غير معروف أو كلمة مرور غير صحيحة", "tuntematon käyttäjä tai väärä tunnussana", "ókendur brúkari ella skeivt loyniorð",
		"שם משתמש או סיסמא אינם נכונים", "nepostojeci korisnik ili nevažeca lozinka", "istmeretlen felhasználó vagy jelszó",
		"nama tidak dikenal atau sandinya salah", "utente sconosciuto o password errata", "알 수 없는 사용자 또는 비밀번호 오류",
		"nežinomas vartotojas arba klaidingas slaptažodis", "ชื่อ หรือรหัสผ่านผิดพลาด", "bilinmeyen kullanıcı veya şifre hatası",
		"неправильные логин или пароль", "không biết người dùng hoặc mật khẩu sai",
		"kh&ocirc;ng bi&#7871;t ng&#432;&#7901;i d&ugrave;ng ho&#7863;c m&#7853;t kh&#7849;u sai", "알수없는 사용자 또는 비밀번호 오류",
		"nepoznat korisnik ili šifra nije dobra",
		// RealityRipple/squirrelmail 'apop authentication failed': bg_BG, cs_CZ, fi_FI, fo_FO, is_IS, lt_LT, ms_MY, nl_NL, nn_NO, pl_PL, ru_RU, sv_SE, tr_TR, uk_UA, zh_CN
		"apop аутентикацията не успя", "apop autentifikace selhala", "apop käyttäjäntarkistus epäonnistui", "feilur í apop heimildarkanning",
		"apop auðkenning brást", "apop autorizacija nepavyko", "pengesahan apop gagal", "apop authorisatie mislukt", "apop autentifisering misslukkast",
		"autoryzacja apop nie powiodła się", "попытка авторизации apop не удалась", "apop-validering misslyckades", "apop doğrulaması başarısız oldu",
		"попытка авторизации при помощи apop не удалась", "apop 验证错误", "apop - autoryzacja nie powiodła się",
		// RealityRipple/squirrelmail 'Authentication failed': bg_BG, cs_CZ, fo_FO, is_IS, lt_LT, ms_MY, nl_NL, pl_PL
		"неуспешна аутентикация", "autentifikace se nezdaříla", "feilur í heimildarkanning", "auðkenning misfórst", "autorizacija nepavyko",
		"pengesahan gagal", "authorisatie mislukt", "autoryzacja zakończona niepowodzeniem",
		// sitle/squirrelmail-src 'Unknown user or password incorrect.': bn_BD, bn_IN, fy, hr_HR, hu_HU, km, ug, vi_VN
		"অজ্ঞাত ব্যবহারকারী অথবা ভূল পাসওয়ার্ড।", "এই নামে কেউ নেই অথবা গুপ্তবাক্য মিলে নি।", "unbekende brûker of ferkeard wachtwurd",
		"nepostojeći korisnik ili nevažeća zaporka", "rossz felhasználónév vagy jelszó", "អ្នក​ប្រើ ឬ​ពាក្យ​សម្ងាត់​មិន​ស្គាល់​គឺ​មិន​ត្រឹមត្រូវ ។",
		"بۇ ئىسىم تىزىملىتىلمىغان ياكى شىفىر خاتا", "người dùng không rõ hoặc mật khẩu sai",
		// sitle/squirrelmail-src 'apop authentication failed': bn_BD, eu_ES, ka, km, lv_LV, nl_NL, ru_RU, ta_LK, uk_UA, vi_VN
		"pop ডাক ব্যবস্থার কাছে পরিচয় প্রমাণ করা যায় নি", "apop kautotzeak huts egin du", "apop ავთენტიფიკაცია არ შედგა",
		"បរាជ័យ​ការ​ផ្ទៀងផ្ទាត់​ភាព​ត្រឹមត្រូវ apop", "apop autentifikācija neveiksmīga", "apop autorisatie mislukt", "идентификация apop не выполнена",
		"apop அத்தாட்சிப்படுத்தல் தோல்வியுற்றது", "ідентифікація apop не виконана", "lỗi xác thực apop",
		// sitle/squirrelmail-src 'Authentication failed': bn_BD, bn_IN, cs_CZ, da_DK, et_EE, fy, ka, km, lv_LV, mk, nl_NL, nn_NO, ru_RU, sl_SI, sv_SE, ta_LK, uk_UA, vi_VN
		"পরিচয় প্রমাণ করা যায়নি", "পরিচয় প্রমাণ করা যায় নি", "autentikace selhala", "authentificering fejlede", "identifitseerimine ei õnnestunud",
		"ferifikaasje is mislearre", "ავთენტურობის დადგენა ვერ მოხერხდა", "ការ​ផ្ទៀងផ្ទាត់​ភាព​ត្រឹមត្រូវ​បាន​បរាជ័យ", "autentifikācija neveiksmīga",
		"автентикацијата е неуспешна", "autorisatie mislukt", "autentiseringa mislukkast", "ошибка входа", "overovitev spodletela",
		"validering misslyckades", "அத்தாட்சிப்படுத்தல் தோல்வியுற்றது", "помилка входу", "lỗi xác thực",
		// codeigniter4/translations 'Email.SMTPAuthCredentials': ar, es, hu, lt, mr, sv-SE
		"فشلت مصادقة بيانات اعتماد المستخدم", "no se pudieron autenticar las credenciales del usuario",
		"nem sikerült hitelesíteni a felhasználói adatokat", "nepavyko autentifikuoti naudotojo duomenų", "user credentials authenticate करण्यात अयशस्वी",
		"kunde inte autentisera användaruppgifterna",
		// codeigniter4/translations 'Email.SMTPAuthPassword': de, el, es, fa, fr, gu, ml, mr, nl, pl, si, sk, sr, sv-SE, sw, th, tr
		"das passwort konnte nicht authentifiziert werden", "απέτυχε ο έλεγχος ταυτότητας του κωδικού πρόσβασης",
		"ha fallado la autentificación de la contraseña", "مشکل در احراز هویت رمز", "impossible d'identifier le mot de passe",
		"પાસવર્ડ પ્રમાણિત કરવામાં નિષ્ફળ", "പാസ്‌വേഡ് പ്രാമാണീകരിക്കുന്നതിൽ പരാജയപ്പെട്ടു", "password authenticate करण्यात अयशस्वी",
		"authenticatie wachtwoord gefaald", "błąd autentykacji hasła", "මුරපදය authenticate කිරීමට අපොහොසත් විය", "nepodarilo sa overiť heslo",
		"neusješna autentifikacija šifre", "kunde inte verifiera lösenordet", "hawezi kuthibitisha nenosiri",
		"ไม่สามารถตรวจสอบรหัสผ่านได้ เนื่องจากข้อผิดพลาด", "şifre doğrulanamadı",
	),
		doc: "SquirrelMail's refused IMAP login, APOP and SMTP 535 messages and CodeIgniter 4's refused SMTP password: the server rejected the credentials"},
	{id: "php_mail_auth_setup", class: ClassConfig, anyOf: p(
		// RealityRipple/squirrelmail 'Authentication required': bg_BG, cs_CZ, de_DE, el_GR, es_ES, fo_FO, fr_FR, id_ID, is_IS, ja_JP, ko_KR, lt_LT, ms_MY, nl_NL, pl_PL, pt_BR, pt_PT, ru_RU, sr_YU
		"изисква се аутентикация", "autentifikace je nutná", "authentifizierung benötigt", "authentifizierung ben&ouml;tigt",
		"απαιτείται πιστοποίηση ταυτότητας", "indentificación necesaria", "heimildarkanning kravd", "authentification requise", "otentikasi dibutuhkan",
		"auðkenningar krafist", "認証が必要です", "인증이 필요합니다", "būtina autorizacija", "pengesahan diperlukan", "authorisatie vereist", "wymagana autoryzacja",
		"autenticação requerida", "autenticação obrigatória", "требуется авторизация", "neophodna je autentifikacija",
		// RealityRipple/squirrelmail 'Authentication mechanism is too weak': bg_BG, cs_CZ, de_DE, el_GR, es_ES, fo_FO, fr_FR, id_ID, is_IS, ja_JP, ko_KR, lt_LT, ms_MY, nl_NL, pl_PL, pt_BR, pt_PT, ru_RU, sr_YU
		"механизама за аутентикиране е твърде несигурен", "příliš nedokonalá metoda autentifikace", "authentifizierungsmechanismus ist zu schwach",
		"ο μηχανισμός πιστοποίησης ταυτότητας είναι υπερβολικά αδύναμος", "mecanismo de identificación demasiado simple",
		"heimildarkanningarskipanin er ov veik", "ce type d'authentification n'est pas assez fiable", "mekanisme otentikasi terlalu lemah",
		"auðkenningarháttur er of óöruggur", "認証機構が非常に弱すぎる", "인증 메커니즘이 너무 취약합니다", "per silpnas autorizavimo tipas", "mekanisma pengesahan terlalu lemah",
		"authorisatie mechanisme is te zwak", "sposób autoryzacji jest zbyt słaby", "o mecanismo de auteticação é muito fraco",
		"método de autenticação é demasiado simples", "способ авторизации недостаточно защищен", "mehanizam za autentifikaciju je previše slab",
		// RealityRipple/squirrelmail 'Encryption required for requested authentication mechanism': bg_BG, cs_CZ, de_DE, el_GR, es_ES, fo_FO, fr_FR, id_ID, is_IS, ja_JP, ko_KR, lt_LT, ms_MY, nl_NL, pl_PL, pt_PT, ru_RU, sr_YU
		"заявения метод на аутентикация изисква криптиране", "pro použití této autentifikační metody je nutné použít šifrování",
		"für den geforderten authentifizierungsmechanismus wird verschlüsselung benötigt",
		"f&uuml;r den geforderten authentifizierungsmechanismus wird verschl&uuml;sselung ben&ouml;tigt",
		"απαιτείται κρυπτογράφηση για τον μηχανισμό πιστοποίησης ταυτότητας που ζητήθηκε",
		"el cifrado es necesario para el mecanismo de identificación solicitado", "brongling kravd fyri umbidnu heimildarkanningarskipanina",
		"ce type d'authentification nécessite un chiffrement", "ce type d'authentification n&#233;cessite un chiffrement",
		"enkripsi diperlukan untuk meminta mekanisme otentikasi", "dulkóðunar krafist fyrir auðkenningarhátt", "要求された認証機構には暗号化が必要です",
		"요청된 인증 메커니즘에 암호화를 필요로 합니다", "nurodytas autorizavimo mechanizmas reikalauja kodavimo",
		"enkripsi diperlukan untuk mekanisma pengesahan yang diperlukan", "encryptie vereist bij het gevraagde authorisatie mechanisme",
		"dla żądanego mechanizmu autoryzacji wymagane jest kodowanie", "cifragem obrigatória no método de autenticação solicitado",
		"запрошенный способ авторизации требует шифрования", "enkripcija je neophodna za izabrani mehanizam autentifikacije",
		// RealityRipple/squirrelmail 'A password transition is needed': cs_CZ, de_DE, el_GR, es_ES, fo_FO, fr_FR, id_ID, is_IS, ko_KR, ms_MY, pl_PL, ru_RU, sr_YU
		"přeměna hesla je nutná", "ein kennwortüergang wird benötigt", "ein kennwort&uuml;ergang wird ben&ouml;tigt", "απαιτείται μετάβαση κωδικού",
		"una contraseña de transición es necesaria", "tørvur er á flyting av loyniorði", "un changement d'authentification est nécessaire",
		"un changement d'authentification est n&#233;cessaire", "sebuah transisi sandi diperlukan", "þarf að senda lykilorð", "암호전송이 필요합니다",
		"transaksi kata laluan diperlukan", "konieczne jest hasło transakcyjne", "необходима передача пароля", "prenos šifre je neophodan",
		// sitle/squirrelmail-src 'Authentication mechanism is too weak': bn_BD, bn_IN, da_DK, es_ES, et_EE, eu_ES, fa_IR, fi_FI, fy, hr_HR, it_IT, ka, mk, nb_NO, nl_NL, nn_NO, pl_PL, ru_RU, sk_SK, sl_SI, sr_YU, sv_SE, ta_LK, uk_UA, zh_TW
		"পরিচয় প্রমাণের ব্যবস্থাটা যথেষ্ট দূর্বল", "এখানকার পরিচয় প্রমাণের ব্যবস্থাটা যথেষ্ট জোরালো না।", "for svag autentifikationsmekanisme",
		"mecanismo de autenticación demasiado débil", "identifitseerimise meetod on liiga ebaturvaline", "autentifikazio mekanismoa ahulegia da",
		"مکانیزم احراز هویت خیلی ضعیف است", "käyttäjätunnistusmekanismissa virhe", "ferifikaasje meganisme is te swak",
		"autentikacijski mehanizam je preslab", "il meccanismo di autenticazione è insufficiente", "ავთენტურობის მექანიზმი არის ძალიან სუსტი",
		"механизамот за автентикација е премногу слаб", "autentiseringsmekanisme er for svak", "autorisatie mechanisme is te zwak",
		"mekanismen for autentisering er for svak", "sposób uwierzytelnienia jest zbyt słaby", "механизм идентификации небезопасен",
		"autentifikačný mechanizmus je príliš slabý :(", "overovitveni mehanizem je prešibek", "mehanizam za autentikaciju je previše slab",
		"valideringsfunktionen är för svag", "அத்தாட்சிப்படுத்தல் பொறிமுறை பலவீனமானது", "механізм ідентифікації небезпечний", "認證方法太過薄弱",
		// sitle/squirrelmail-src 'Encryption required for requested authentication mechanism': bn_BD, bn_IN, da_DK, et_EE, eu_ES, fa_IR, fi_FI, fy, hr_HR, hu_HU, it_IT, ka, lv_LV, mk, nb_NO, nl_NL, nn_NO, pl_PL, ru_RU, sk_SK, sl_SI, sr_YU, sv_SE, ta_LK, tr_TR, uk_UA, vi_VN, zh_CN, zh_TW
		"এভাবে পরিচয় প্রমাণের জন্য এনক্রিপশন প্রয়োজন", "এভাবে পরিচয় প্রমাণের জন্য গুপ্তলিপি লাগে",
		"kryptering er påkrævet for anmodet autentifikationsmetode", "soovitud identifitseerimise meetod nõuab krüpteerimist",
		"enkriptazioa beharrezkoa hautaturiko autentifikazio mekanismoarekin", "برای این نوع مکانیزم احراز هویت درخواستی، رمزگذاری مورد نیاز است",
		"tiedonsalausta tarvitaan", "kodearring fereaske by it frege autorisaasje meganisme",
		"potrebna je nekripcija za zahtijevani autentikacijski mehanizam", "a kért hitelesítési mechanizmushoz titkosítás szükséges",
		"e' richiesta la criptazione per questo meccanismo di autenticazione", "მოთხოვნილი ავთენტურობის მექანიზმი დაშიფვრას მოითხოვს",
		"izvēlētajam autentifikācijas mehānismam pieprasīta šifrēšana", "кодирање е потребно за тој механизам на автентикација",
		"kryptering nødvendig for ønsket autentiseringsmekanisme", "encryptie vereist bij het gevraagde autorisatie mechanisme",
		"krev kryptering for ønska autentisering", "dla żądanego mechanizmu uwierzytelniania wymagane jest szyfrowanie",
		"запрошенный механизм идентификации требует шифрования", "zakódovanie vyžaduje autentifikačný mechanizmus",
		"za zahtevani overovitveni mehanizem je obvezno šifriranje", "enkripcija je neophodna za izabrani mehanizam autentikacije",
		"kryptering krävs för den begärda valideringen", "வினவப்பட்ட அத்தாட்சிப்படுத்தல் பொறிமுறைக்குக் மறைகுறியாக்கம் அவசியமானது",
		"istenen doğrulama mekanizması için şifreleme gerekiyor", "запитаний механізм ідентифікації вимагає шифрування",
		"cần thiết mật mã cho cơ chế xác thực đã yêu cầu", "请求的认证机制要求加密", "要求的認證方法需要加密",
		// sitle/squirrelmail-src 'A password transition is needed': bn_BD, de_DE, eu_ES, fo_FO, it_IT, ka, km, lv_LV, nb_NO, nn_NO, pt_PT, ro_RO, sk_SK, sl_SI, ta_LK, tr_TR, ug, uk_UA, vi_VN, zh_CN
		"পাসওয়ার্ড ক্রান্তিকাল প্রয়োজনীয়", "eine kennwortübermittlung wird benötigt", "trantsizio pasahitz bat beharrezkoa da",
		"tørvur er á skifti av loyniorði", "e' necessaria una password di transizione", "საჭიროა პაროლის გარდაქმნა", "តម្រូវ​ឲ្យ​ឆ្លងកាត់​ពាក្យ​សម្ងាត់",
		"nepieciešama paroles šifrēšanas maiņa", "passordovergang er nødvendig", "treng ein passord overgang",
		"é necessária uma transição da palavra-chave", "o tranziţie de parolă este necesară", "je potrebné heslo prechodu", "potreben je prehod gesla",
		"கடவுச்சொல் இடைத்தங்கல் அவசியமாகிறது", "bir şifre geçişi gerekli", "شىفىرنى تەكشۈرۈشتىن ئۆتكۈزۈش كىرەك", "необхідна передача пароля",
		"cần phải chuyển tiếp mật khẩu", "口令需要转换",
		// sitle/squirrelmail-src 'SMTP STARTTLS is enabled in SquirrelMail configuration, but used SMTP server does not support it': bn_BD, es_ES, eu_ES, fo_FO, fy, it_IT, km, nl_NL, nn_NO, ro_RO, sv_SE, vi_VN
		"smtp starttls, squirrelmail বিন্যাসনে সক্রিয়, কিন্তু ব্যবহৃত smtp সার্ভার এটিকে সমর্থন করে না",
		"smtp starttls está habilitado en la configuración de squirrelmail, pero el servidor smtp usado no lo soporta",
		"smtp starttls gaiturik dago squirrelmail konfigurazioan, baina erabilitako smtp zerbitzariak ez du berau onartzen",
		"smtp starttls er gildað í squirrelmail uppsetingini, men brúkti smtp vertur stuðlar tí ikki",
		"smtp starttls is ynskeakele yn de squirrelmail-konfiguraasje, mar jo smtp-tsjinner stipet it net",
		"smtp starttls è abilitato nella configurazione di squirrelmail, ma il server smtp usato non lo supporta",
		"បាន​ធីក smtp starttls នៅ​ក្នុង​ការ​កំណត់​រចនា​សម្ព័ន្ធ squirrelmail ប៉ុន្តែ​​ម៉ាស៊ីន​បម្រើ​ដែល​បាន​ប្រើ smtp មិន​គាំទ្រ​វា​ទេ",
		"smtp starttls is ingeschakeld in de squirrelmail-configuratie, maar uw smtp-server ondersteunt het niet",
		"smtp starttls er slått på i squirrelmail oppsettet, men smtp tenaren støttar ikkje dette",
		"smtp starttls este activat în configuraţia squirrelmail, dar serverul smtp nu îl suportă",
		"smtp starttls är aktiverat i squirrelmails konfiguration, men den valda smtp-servern stödjer inte starttls",
		"starttls smtp đã được hiệu lực trong cấu hình của trình squirrelmail, nhưng mà máy phục vụ smtp đang dùng không hỗ trợ",
		// sitle/squirrelmail-src 'Authentication required': da_DK, es_ES, et_EE, eu_ES, fa_IR, fi_FI, fy, hr_HR, hu_HU, ka, km, lv_LV, mk, nb_NO, nl_NL, nn_NO, pl_PL, ro_RO, ru_RU, sk_SK, sl_SI, sr_YU, ta_LK, tr_TR, uk_UA, vi_VN, zh_CN, zh_TW
		"authentificering påkrævet", "autenticación necesaria", "nõutakse identifitseerimist", "autentifikazioa beharrezkoa", "احراز هویت لازم است",
		"autentikointi vaaditaan", "ferifikaasje fereaske", "potrebna autentifikacija", "hitelesítés sükséges", "საჭიროა ავთენტიფიკაცია",
		"ទាមទារ​ឲ្យ​មាន​ការ​ផ្ទៀងផ្ទាត់​ភាព​ត្រឹមត្រូវ", "obligāta autentifikācija", "автентикација е потребна", "autentisering nødvendig",
		"autorisatie vereist", "krev autentisering", "wymagane uwierzytelenie", "este nevoie de autentificare", "требуется идентификация",
		"je požadovaná autentifikácia", "zahtevana overovitev", "neophodna je autentikacija", "அத்தாட்சிப்படுத்தல் தேவைப்படுகிறது",
		"kimlik doğrulaması gerekli", "потрібна ідентифікація", "cần thiết xác thực", "要求认证", "需要認証",
		// codeigniter4/translations 'Email.failureSMTPAuthMethod': ar, fa, lt, mr, pt-BR, ro, ru, sv-SE
		"تعذر بدء أمر auth. قد لا يكون خادمك مهيئاً لاستخدام طريقة المصادقة auth",
		"عدم امکان شروع دستور auth. ممکن است سرور شما برای استفاده از روش احراز هویت",
		"nepavyko pradėti auth komandos. jūsų serveris gali nebūti sukonfigūruotas naudoti auth",
		"auth command सुरू करता आली नाही. तुमचा server कदाचित auth",
		"não foi possível iniciar o comando auth. seu servidor pode não estar configurado para usar o método de autenticação auth",
		"nu se poate iniția comanda auth. este posibil ca serverul dvs. să nu fie configurat să utilizeze metoda de autentificare auth",
		"не удается инициировать команду auth. возможно, ваш сервер не настроен на использование метода аутентификации auth",
		"kunde inte starta auth kommandot. din server kanske inte är konfigurerad för auth",
		// codeigniter4/translations 'Email.noSMTPAuth': ar, bg, bn, bs, cs, de, es, fa, fr, gu, hi, hu, it, ja, ko, lt, lv, ml, mr, nl, pl, pt, pt-BR, ro, si, sk, sr, sv-SE, sw, ta, th, tr, vi
		"يجب تعيين اسم مستخدم وكلمة مرور لـ smtp", "трябва да зададете smtp потребителско име и парола",
		"আপনাকে অবশ্যই একটি smtp ব্যবহারকারীর নাম এবং পাসওয়ার্ড দিতে হবে।", "morate dodijeliti smtp korisničko ime i šifru",
		"musíte zadat smtp jméno a heslo", "es muss ein smtp benutzername und passwort angegeben werden", "debe especificar un usuario y contraseña smtp",
		"شما هیچ نام کاربری و رمز smtp ارائه نکرده‌اید", "vous devez spécifier un nom d'utilisateur et un mot de passe smtp",
		"તમારે smtp યુઝરનેમ અને પાસવર્ડ સોંપવો આવશ્યક છે", "आपको एक smtp उपयोगकर्ता नाम और पासवर्ड निर्दिष्ट करना होगा।",
		"smtp felhasználót és jelszót kell hozzárendelnie", "devi indicare uno username e una password per smtp", "smtpのユーザー名とパスワードを設定する必要があります",
		"smtp 사용자 이름과 비밀번호를 지정해야합니다", "turite nurodyti smtp vartotojo vardą ir slaptažodį", "jums jānorāda smtp lietotājvārds un parole",
		"നിങ്ങൾ ഒരു smtp ഉപയോക്തൃനാമവും പാസ്‌വേഡും നൽകണം", "तुम्हाला smtp username आणि password द्यावे लागतील",
		"u moet een smtp gebruikersnaam en wachtwoord opgeven", "należy podać nazwę użytkownika i hasło smtp",
		"você deve atribuir um nome de usuário e senha smtp", "deve atribuir um nome de utilizador e senha smtp",
		"trebuie să atribuiți un nume de utilizator și o parolă smtp", "ඔබ smtp පරිශීලක නාමයක් සහ මුරපදයක් ලබා දිය යුතුය",
		"musíte zadať používateľské meno a heslo smtp", "morate dodeliti smtp korisničko ime i šifru", "smtp användarnamn och lösenord måste anges",
		"lazima ubainishe jina la mtumiaji na nenosiri la smtp", "நீங்கள் smtp பயனர்பெயர் மற்றும் கடவுச்சொல்லை ஒதுக்க (assign) வேண்டும்",
		"คุณต้องกำหนดชื่อผู้ใช้และรหัสผ่าน smtp", "bir smtp kullanıcı adı ve şifre belirtmelisiniz", "cần có tên người dùng và mật khẩu smtp",
		// RamonSilva20/mapos 'email_no_smtp_unpw': pt-br
		"você deve atribuir um usuário e senha do smtp",
		// mybb/mybb 'The SMTP server did not respond correctly to the AUTH LOGIN command': en
		"the smtp server did not respond correctly to the auth login command",
		// mybb/mybb 'The server did not understand the AUTH command': en
		"the server did not understand the auth command",
		// SimpleMachines/SMF 'smtp_port_ssl': en_US
		"smtp port setting incorrect; it should be 465 for ssl servers. hostname may need ssl:// prefix",
		// phpList/phplist3 'IMAP is not included in your PHP installation, cannot continue': ca, cs, da, de, el, en, es, es_AR, fa, fr, gl, hu, it, ja, nb, nl, nl_BE, pl, pt, ro, sl, sq, sr, sv, zh_CN, zh_TW
		"imap no inclos en la teva instal.lació de php, no pots continuar", "imap není ve vašem php povolen, nebo nainstalován, proto nelze pokračovat",
		"imap er ikke inkluderet i din php installation, kan ikke fortsætte", "imap er ikke inkluderet i din php installation, kan ikke forts&aelig;tte",
		"die installierte php-version unterstützt kein imap. der vorgang kann nicht ausgeführt werden",
		"το imap δεν περιλαμβάνεται στην εγκατάσταση της php σας, δεν μπορεί να συνεχιστεί",
		"imap is not included in your php installation, cannot continue", "imap no está incluido en su instalación php, no se puede continuar",
		"imap no está incluido en su instalación de php, no se puede continuar", "imap در php فعال نشده، ادامه امکان پذیر نیست",
		"imap n'est pas inclus dans votre installation php, impossible de poursuivre",
		"imap non está incluído na túa instalación de php, non é posible continuar",
		"a php-telepítés nem tartalmaz imap kiszolgálót, a művelet nem folytatható",
		"l'estensione imap non è disponibile nella tua installazione php, impossibile continuare", "あなたのphpはimap機能をサポートしていません。続行できません",
		"imap mangler i din php installasjon, kan ikke forsette før dette er ordnet",
		"in de php configuratie is geen imap opgenomen, het proces kan niet worden voltooid",
		"imap is niet ingesloten in jou php installatie, kan niet verder gaan",
		"imap nie został uruchomiony w twojej instalacji php, dlatego nie można kontynuować",
		"imap não está incluído na sua instalação do php, não é possível continuar",
		"imap n&atilde;o est&aacute; inclu&iacute;do na sua instala&ccedil;&atilde;o do php, n&atilde;o &eacute; poss&iacute;vel continuar",
		"imap nu este inclus in php, nu se poate continua", "imap ni vključen v vašo php namestitev, ne morem nadaljevati",
		"imap nuk është përfshirë në instalimin e php suaj, nuk mund të vazhdoni", "imap nije uključen u vašu php instalaciju, ne možemo nastaviti",
		"imap finns inte i din php-installation, kan inte fortsätta", "您的 php 不支援 imap ，无法继续", "您的 php 不支援 imap ，無法繼續",
	),
		doc: "SquirrelMail's SMTP 530/534/538/432 and STARTTLS messages, CodeIgniter's and Map-OS's AUTH and missing-credential messages, MyBB's AUTH replies, SMF's SSL port, phpList without IMAP: the client's setup"},
	{id: "php_mail_connection", class: ClassTransient, anyOf: p(
		// RealityRipple/squirrelmail 'Service not available, closing channel': bg_BG, cs_CZ, de_DE, el_GR, es_ES, fo_FO, fr_FR, id_ID, is_IS, ja_JP, ko_KR, lt_LT, ms_MY, sr_YU
		"услугана не е достъпна, затварянен на канала", "služba nedostupná, zavírám kanál", "service nicht verfügbar, kanal wird geschlossen",
		"service nicht verf&uuml;gbar, kanal wird geschlossen", "μη διαθέσιμη υπηρεσία, κλείσιμο διαύλου", "servicio no disponible, cerrando el canal",
		"tænasta ikki til taks, lati kanal aftur", "service indisponible, fermeture du canal", "layanan tidak tersedia, sedang menutup kanal",
		"þjónusta ekki aðgengileg, loka rás", "サービスは使用できません。チャンネルを閉じます", "서비스가 제공되지 않습니다, 채널 닫음", "paslauga nepasiekiama, uždaromas kanalas",
		"tiada perkhidmatan, tutup channel", "servis nije dostupan, zatvaram kanal",
		// RealityRipple/squirrelmail 'No connection to server': bg_BG, ca_ES, cs_CZ, cy_GB, da_DK, el_GR, es_ES, fo_FO, he_IL, id_ID, ja_JP, ko_KR, ms_MY, nn_NO, no_NO, pt_BR, ro_RO, ru_RU, sk_SK, sl_SI, sv_SE, zh_TW
		"няма връзка към сървъра", "sense connexió amb el servidor", "nejste připojeni k serveru", "dim cyswllt ir gweinyddwr",
		"ingen forbindelse til serveren", "δεν υπάρχει σύνδεση στον εξυπηρετητή", "no hay conexión al servidor", "onki samband við servaran",
		"אין חיבור לשרת", "tidak ada sambungan ke server", "サーバに接続していません", "서버 연결 없음", "tiada sambungan ke pelayan", "kunne ikkje koble til tjenaren",
		"ingen forbindelse til server", "sem conexão com o servidor", "nu mă pot conecta la server", "попытка связи с сервером не удалась",
		"nieje pipojenie na server", "brez povezave s strežnikom", "kunde inte kontakta servern", "未連結至伺服器", "서버 연결 없슴",
		// RealityRipple/squirrelmail 'Error connecting to IMAP server: %s.': ca_ES, cs_CZ, cy_GB, da_DK, de_DE, el_GR, es_ES, fi_FI, fo_FO, hr_HR, hu_HU, ja_JP, ko_KR, ms_MY, nl_NL, nn_NO, no_NO, pl_PL, pt_BR, pt_PT, ru_RU, sk_SK, sr_YU, sv_SE, zh_CN, zh_TW
		"error connectant al servidor d'imap", "chyba v připojování k serveru imap", "camgymeriad wrth gysylltu â gweinyddwr imap",
		"kunne ikke få forbindelse til imap-serveren", "fehler beim verbinden mit dem imap-server", "σφάλμα σύνδεσης με τον εξυπηρετητή imap",
		"error conectando al servidor imap", "virhe yhteydenotossa imap palvelimeen", "fekk ikki samband við imap servara",
		"pogreška prilikom spajanja na imap poslužitelj", "hiba történt az imap szerver (", "imapサーバーの接続でエラー",
		"bermasalah untuk berhubung dengan pelayan imap", "kan imap server", "kunne ikkje koble til imap-serveren", "kunne ikke koble til imap server",
		"erro ao conectar com o servidor imap", "erro ao ligar ao servidor imap", "ошибка при попытке связи с imap-сервером",
		"chyba v pripojovaní k serveru imap", "greška pri prijavi na imap server", "kunde inte kontakta imap-server", "连接imap服务器出现错误：", "連接 imap 伺服器失敗：",
		"błąd podczas łączenia z serwerem imap", "imap 서버 연결 에러", "greška pri kontaktiranju imap servera",
		// RealityRipple/squirrelmail 'ERROR : Imap server closed the connection.': cs_CZ, es_ES, fr_FR, lt_LT, ms_MY, nl_NL, pl_PL, pt_BR
		"server imap ukončil spojení", "el servidor imap cerró la conexión", "le serveur imap a rompu la connexion", "imap serveris uždarė jungtį",
		"pelayan imap memutuskan hubungan", "imap server verbrak de verbinding", "serwer imap zamknął połączenie", "o servidor imap fechou a conexão",
		// RealityRipple/squirrelmail 'ERROR : Connection dropped by imap-server.': cs_CZ, es_ES, fr_FR, lt_LT, ms_MY, pl_PL, pt_BR
		"spojení s imap serverem bylo přerušeno", "conexión descartada por servidor imap", "connexion interrompue par le serveur imap",
		"imap serveris nutraukė jungtį", "hubungan diputuskan oleh pelayan imap", "połączenie pominięte przez serwer imap",
		"conexão derrubada pelo servidor imap",
		// sitle/squirrelmail-src 'No connection to server': bn_BD, bn_IN, fo_FO, fy, hr_HR, hu_HU, km, lv_LV, mk, nn_NO, pt_PT, ro_RO, ta_LK, uk_UA
		"সার্ভারের সাথে কোন যোগাযোগ নেই", "ডাকব্যবস্থার সাথে কোন যোগাযোগ নেই", "onki samband við vertin", "gjin ferbining mei tsjinner",
		"veza sa poslužiteljem nije uspostavljena", "nincs kapcsolat a szerverhez", "គ្មាន​ការ​តភ្ជាប់​ទៅ​ម៉ាស៊ីន​បម្រើ​ទេ", "nav savienojuma ar serveri",
		"нема врска со серверот", "kunne ikkje koble til tenaren", "sem ligação ao servidor", "nici o conexiune la server",
		"சே​வையகத்திற்கு தொடர்பு இல்லை", "спроба зв'язку з сервером не вдалася",
		// sitle/squirrelmail-src "Can't open SMTP stream.": bn_BD, cs_CZ, da_DK, es_ES, eu_ES, fa_IR, fo_FO, fy, hu_HU, id_ID, it_IT, km, lt_LT, lv_LV, nb_NO, nl_NL, nn_NO, pl_PL, ro_RO, ru_RU, sv_SE, tr_TR, vi_VN, zh_CN
		"smtp প্রবাহ খুলতে পারেনি।", "nejde otevřít komunikační kanál pro smtp", "kan ikke åbne smtp stream", "no puedo abrir la conexión smtp",
		"ezin izan da smtp isuria ireki", "نمی‌توان smtp stream را باز کرد", "fái ikki opnað smtp \"streym", "kin smtp-ferbining net iepenje",
		"smtp adatfolyam-megnyitás sikertelen", "tidak dapat membuka strem smtp", "impossibile aprire collegamento smtp",
		"មិនអាច​បើក​ស្ទ្រីម smtp បានទេ ។", "nepavyko atidaryti smtp jungties", "nevar atvērt smtp straumi", "klarte ikke åpne smtp-strøm",
		"kan smtp-verbinding niet openen", "kan ikkje opne smtp dataflyt", "nie można otworzyć potoku smtp", "nu s-a putut deschide fluxul smtp",
		"не удалось открыть канал smtp", "kan inte öppna smtp-strömmen", "smtp akımı açılamadı", "không thể mở luồng smtp", "无法打开 smtp 数据流",
		// sitle/squirrelmail-src 'ERROR: Connection dropped by IMAP server.': bn_BD, de_DE, el_GR, es_ES, fo_FO, fy, hu_HU, id_ID, it_IT, km, lv_LV, nb_NO, nn_NO, pt_PT, ro_RO, uk_UA, zh_CN, zh_TW
		"আইম্যাপ সার্ভার দ্বারা যোগাযোগ বিচ্ছিন্ন হয়েছিল।", "verbindung wurde vom imap-server abgebrochen", "η σύνδεση διακόπηκε από τον εξυπηρετητή imap",
		"conexión terminada por el servidor imap", "samband varð slitið av imap vertinum", "ferbining ferbrutsen troch imap tsjinner",
		"a kapcsolatot az imap szerver eldobta", "ada kesalahan: sambungan diputuskan oleh server imap", "connessione interrotta dal server imap",
		"កំហុស ៖ ការ​តភ្ជាប់​បាន​ទម្លាក់​ដោយ​ម៉ាស៊ីនបម្រើ imap ។", "imap serveris pārtrauca sesiju", "tilkobling avsluttet av imap-tjeneren",
		"samband avbrutt av imap tenar", "conexão terminada pelo servidor imap", "conexiune taiată de serverul imap",
		"пропущене підключення до imap-сервера", "出错：连接被 imap 服务器中断", "連接 imap 伺服器失敗",
		// sitle/squirrelmail-src 'ERROR: IMAP server closed the connection.': bn_BD, de_DE, el_GR, fi_FI, fo_FO, fr_FR, fy, hu_HU, id_ID, it_IT, km, lv_LV, nb_NO, nn_NO, pt_PT, sk_SK, sv_SE, uk_UA, zh_CN
		"আইম্যাপ সার্ভার যোগাযোগ বন্ধ করে দিয়েছে।", "imap-server hat die verbindungen geschlossen", "ο εξυπηρετητής imap έκλεισε τη σύνδεση",
		"imap-palvelin sulki yhteyden", "imap verturin sleit sambandið", "le serveur imap a interrompu la connexion",
		"imap tsjinner hat de ferbining ferbrutsen", "az imap szerver lezárta a kapcsolatot", "ada kesalahan: server imap menutup sambungan",
		"il server imap ha chiuso la connessione", "កំហុស ៖ ម៉ាស៊ីន​បម្រើ imap បាន​បិទ​ការ​តភ្ជាប់ ។", "imap serveris ir aizvēris sesiju",
		"imap-tjeneren lukket tilkoblingen", "imap tenar lukka sambandet", "o servidor imap terminou a conexão", "imap server zatvoril spojenie",
		"imap-servern stängde förbindelsen", "сервер imap закрив з'єднання", "出错：imap 服务器关闭连接",
		// sitle/squirrelmail-src 'Error connecting to IMAP server: %s.': bn_IN, cs_CZ, eu_ES, fi_FI, fo_FO, fy, hr_HR, hu_HU, ja_JP, km, lv_LV, nl_NL, nn_NO, ro_RO, sv_SE, ta_LK, ug, uk_UA, zh_CN
		"জায়গার বিজলী ডাক ব্যবস্থার (imap server) সাথে যোগাযোগ করতে সমস্যা হচ্ছে।", "chyba v připojování k imap serveru",
		"zerbitzariarekin konektatzerakoan", "virhe yhteydenotossa imap-palvelimeen", "fekk ikki samband við imap vert", "flater ferbûn mei imap-tsjinner",
		"pogreška kod spajanja na imap poslužitelj", "nem sikerül csatlakozni a", "imap サーバーの接続でエラー：", "កំហុស​ក្នុងការ​តភ្ជាប់​ទៅ​ម៉ាស៊ីន​បម្រើ imap ៖",
		"neiespējami pieslēgties imap serverim", "fout tijdens verbinden met imap-server", "kunne ikkje koble til imap-tenaren",
		"eroare în conectarea la serverul imap", "kunde inte kontakta imap-servern", "imap சேவையகத்தினுடனான தொடர்பில் வழு ஏற்பட்டுள்ளது",
		"imapمۇلازىمىتىگە ئۇلىنىشتا خاتالىق بار", "помилка з'єднання з imap-сервером", "连接 imap 服务器",
		// sitle/squirrelmail-src 'Service not available, closing channel': da_DK, et_EE, fa_IR, fi_FI, fo_FO, fy, hr_HR, hu_HU, ka, km, mk, nb_NO, nn_NO, ro_RO, sk_SK, sv_SE, ta_LK, tr_TR, ug, uk_UA, vi_VN, zh_TW
		"tjenesten er ikke tilgængelig, lukker kanal", "teenus mittesaadaval, sulgen kanali", "سرویس در دسترس نیست، کانال بسته می‌شود",
		"palvelua ei ole käytössä, yhteys katkaistaan", "tænasta er ikki til taks, stongi rás", "service net beskikber, kanaal wurdt ôfsluten",
		"usluga nije dostupna, zatvaram kanal", "szolgáltatás nem elérhető, csatorna zárása", "სერვისი მიუწვდომელია, არხი იხურება",
		"មិន​មាន​សេវា​ទេ កំពុង​បិទ​ឆានែល", "услугата не е достапна, затварање на каналот", "tjeneste utilgjengelig, lukker kanal",
		"teneste er ikkje tilgjengeleg, lukker kanalen", "serviciul este indisponibil, canalul se închide", "služba nie je dostupná, uzatváram kanál",
		"tjänsten är inte tillgänglig. stänger kanalen", "சேவை காணப்படவில்லை. பாதை மூடப்படுகிறது", "servis yok, kanal kapatılıyor",
		"مۇلازىمەت توختىتىلدى، قانال ئېتىلىۋاتىدۇ", "сервіс недоступний, завершення з'єднання", "dịch vụ không sẵn sàng nên đóng kênh", "服務不存在，關閉 channel",
		// mybb/mybb 'Unable to send the data to the SMTP server': en
		"unable to send the data to the smtp server",
		// openwebmail/openwebmail 'Cannot open any of the following SMTP servers:': cs_CZ.UTF-8, de_DE.UTF-8, el_GR.UTF-8, en, es_AR.UTF-8, fr_FR.UTF-8, it_IT.UTF-8, nb_NO.UTF-8, nl_NL.UTF-8, pl_PL.UTF-8, pt_BR.UTF-8, ro_RO.UTF-8, ru_RU.UTF-8, si_LK.UTF-8, zh_CN.UTF-8, zh_TW.UTF-8
		"nelze otevřít nějaký z těchto smtp serverů", "cannot open any of the following smtp servers", "kann keinen der folgenden smtp server öffnen",
		"δεν μπορεί να ανοίξει οποιοδήποτε από τους ακόλουθους διακομιστές smtp", "no se pueden abrir ninguno de los siguientes servidores smtp",
		"impossible d'ouvrir une connexion vers l'un des serveur smtps suivants", "impossibile connettersi ai seguenti server smtp",
		"kan ikke åpne noen av de følgende smtp-serverne", "kan geen van de volgende smtp servers openen",
		"nie można otworzyć żadnego z następujących serwerów smtp", "não foi possível acessar nenhum dos seguintes servidores smtp",
		"nu se poate accesa nici unul din următoarele servere smtp", "не могу открыть ни один из следующих smtp-серверов",
		"පහත එකඳ smtp සේවාදායකයක් විවෘත කළ නොහැකිය", "无法打开任何一个下列 smtp 服务器：", "無法開啟任何以下 smtp 伺服器：",
		// openwebmail/openwebmail 'Login failed: authentication system error.': el_GR.UTF-8, fr_FR.UTF-8, he_IL.UTF-8, hu_HU.UTF-8, si_LK.UTF-8
		"αποτυχία σύνδεσης: σάλμα συστήματος πιστοποίησης ταυτότητας", "erreur de connexion: erreur d'identification", "שגיאת מערכת האימות",
		"belépés megtagadva: azonosítási rendszerhiba", "ප්‍රවේශය අසමත් විය: සත්‍යාපන පද්ධතියේ දෝෂයකි",
		// jimjag/telaen 'error_connect': cs_CZ, da_DK, eo, es_ES, hy_AM, mlt, nb_NO, nl_NL, pl_PL, ro_RO, ru_RU, sk_SK, yor, zul
		"chyba při připojení k serveru", "fejl ved forbindelse til serveren", "eraro konekti al la servilo", "no fue posible la conexión con el servidor",
		"սխալ կապում է սերվերի", "error konnessjoni għall-server", "kontakt ble ikke oppnådd med server", "de pop3 locatie is onjuist",
		"nie mogę połączyć się z serwerem", "eroare la conectarea cu serverul", "ошибка при подключении к серверу", "chyba pri pripojení k serveru",
		"aṣiṣe pọ si awọn olupin", "iphutha yokuxhuma kwiseva",
	),
		doc: "SquirrelMail's, Open WebMail's, Telaen's and MyBB's connection failures and SMTP 421: the network or the server, no credential verdict"},
}
