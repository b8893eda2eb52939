package classify

import "slices"

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

// gearyEarlyRules come with fairEmailEarlyRules: an untrusted or unverified
// certificate decides before the words for the connection in the same
// sentence.
var gearyEarlyRules = []rule{
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

// gearyAuthRules come with thunderbirdAuthRules, after the server's own
// words, and take no text that also says temporary, later, network,
// connection or recipient.
var gearyAuthRules = []rule{
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

// gearyLateRules come with l10nClientLateRules, last.
var gearyLateRules = []rule{
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
