package classify

import "slices"

// More of KMail's sentences, whole, in every locale each project ships: the
// error strings of KSMTP (KDE/ksmtp, commit 5fae8d14, po/<lang>/libksmtp6.po;
// src/loginjob.cpp, job.cpp, sendjob.cpp), KIMAP (KDE/kimap, commit b772bffb,
// po/<lang>/libkimap6.po; src/loginjob.cpp, job.cpp) and the connection,
// login and password messages of the Akonadi IMAP and POP3 resources
// (KDE/kdepim-runtime, commit e6bf0536, po/<lang>/akonadi_imap_resource.po
// and akonadi_pop3_resource.po; resources/imap and resources/pop3) that
// l10n_kde.go does not take. Each phrase is the longest fixed part of one
// published translation, never a %1 placeholder.
//
// testdata/catalogs/client_l10n_desktop.jsonl holds every translation; the
// comment above each group lists the locales whose text needed a phrase here
// (the other locales' texts were already classified as labelled).

// kdeKeyEarlyRules come with kdeEarlyRules, before the shared words for a
// refused login or a lost connection: these sentences name a setting or the
// owner's own wallet next to words such as "password" or "connect".
var kdeKeyEarlyRules = []rule{
	{id: "l10n_kde_keys_setup", class: ClassConfig, anyOf: p(
		// "SSL handshake failed." (KIMAP): ar, bg, ca, ca@valencia, cs, da, de, el, en_GB, eo, es, et, eu, fi, fr, gl, he, hi, hu, ia, it, ka, ko, lt, lv, nb, nds, nl, nn, pl, pt, pt_BR, ru, sa, sk, sl, sr, sr@ijekavian, sr@ijekavianlatin, sr@latin, sv, tr, uk, zh_CN, zh_TW
		"فشلت عملية تبادل الإشارات ssl", "неуспешно ръкостискане на ssl", "el protocol inicial de ssl ha fallat",
		"handshake ssl selhal", "ssl-håndtryk mislykkedes", "ssl-protokollaushandlung ist fehlgeschlagen",
		"αποτυχία χειραψίας ssl", "ssl handshake failed", "ssl-kvitanco malsukcesis",
		"el diálogo ssl ha fallado", "ssl-käepigistus nurjus", "ssl bostekoa estutzea huts egin du",
		"ssl-kättely epäonnistui", "échec de la transaction ssl", "fallou a negociación de ssl",
		"לחיצת יד ה־ssl נכשלה", "ssl हैंडशेक विफल हुआ", "az ssh kézfogás nem sikerült",
		"il falleva le handshake de ssl", "negoziazione ssl non riuscita", "ssl მიმოცვლის შეცდომა",
		"ssl 악수가 실패했습니다", "ssl suderinimas patyrė nesėkmę", "ssl rokasspiediens neizdevās",
		"ssl-håndtryk mislyktes", "ssl-uthanneln is fehlslaan", "ssl-handdruk is mislukt",
		"feil ved ssl-handtrykk", "nieudany uścisk dłoni ssl", "o protocolo inicial de ssl foi mal-sucedido",
		"a negociação de ssl falhou", "произошла ошибка во время обмена приветствиями ssl", "ssl हस्तप्रहारः विफलः अभवत् ।",
		"ssl handshake zlyhalo", "rokovanje ssl je spodletelo", "ссл руковање пропало",
		"ssl rukovanje propalo", "ssl-handskakning misslyckades", "ssl el sıkışması başarısız",
		"помилка під час спроби встановлення з’єднання ssl", "ssl 握手失败", "ssl 交換連線資訊失敗",
		// "Internal error, tried to login before encryption" (KIMAP): ar, bg, ca, ca@valencia, cs, da, de, en_GB, eo, es, eu, fi, fr, gl, he, hi, hu, ia, it, ka, ko, lt, lv, nl, nn, pl, pt, pt_BR, ru, sa, sk, sl, sv, tr, uk, zh_CN, zh_TW
		"خطأ داخلي، حاول الولوج قبل التعمية", "вътрешна грешка, опит за вход преди криптиране", "error intern, s'ha intentat l'entrada abans de l'encriptatge",
		"s'ha produït un error intern, s'ha intentat l'entrada abans de l'encriptació", "vnitřní chyba. pokus o přihlášení před šifrováním", "intern fejl, prøvede at logge ind før kryptering",
		"interner fehler. anmeldeversuch vor verschlüsselung", "internal error, tried to login before encryption", "interna eraro, provis ensaluti antaŭ ĉifrado",
		"error interno: se ha intentado iniciar sesión antes de cifrar", "barneko errorea, zifratzearen aurretik saio-hasten saiatu da", "sisäinen virhe: yritettiin kirjautua ennen salausta",
		"erreur interne, tentative de connexion avant le chiffrement", "erro interno, intentouse a identificación antes da cifraxe", "שגיאה פנימית, התבצע ניסיון להיכנס לפני ההצפנה",
		"आंतरिक त्रुटि, एन्क्रिप्शन से पहले लॉगिन करने का प्रयास किया गया", "belső hiba, próbáljon bejelentkezni titkosítás előtt", "error interne, essayava authenticar se ante cryptation",
		"errore interno, tentativo di login prima della cifratura", "შიდა შეცდომა. შესვლის მცდელობა დაშიფვრის ჩართვამდე", "내부 오류, 암호화 전에 로그인을 시도함",
		"vidinė klaida, bandyta prisijungti prie paskyros dar prieš šifravimą", "iekšēja kļūda, mēģināja ierakstīties pirms šifrēšanas", "interne fout, geprobeerd aan te melden vóór versleuteling",
		"intern feil – prøvde å logga inn før kryptering", "błąd wewnętrzny, próbowano się zalogować przed zaszyfrowaniem", "erro interno; tentou-se a autenticação antes da encriptação",
		"erro interno, tentou fazer login antes da criptografia", "внутренняя ошибка: попытка входа до начала использования шифрования", "आन्तरिकदोषः, एन्क्रिप्शनात् पूर्वं प्रवेशं कर्तुं प्रयतितवान्",
		"interná chyba, pokus o prihlásenie pred šifrovaním", "notranja napaka, poskus prijave pred šifriranjem", "internt fel, försökte logga in innan kryptering",
		"iç hata, şifreleme öncesi oturum açma denendi", "внутрішня помилка, спроба увійти до встановлення шифрування", "内部错误，尝试在加密前登录",
		"內部錯誤，在加密前嘗試登入",
		// "Cannot use the IMAP server %1, some mandatory capabilities are missing: %2. Please ask your sysadmin to upgrade the server." (IMAP resource): ar, bg, bs, ca, ca@valencia, cs, da, de, el, en_GB, eo, es, et, eu, fi, fr, gl, he, hu, ia, it, ja, ka, kk, km, ko, lt, lv, nb, nds, nl, nn, pl, pt, pt_BR, ro, ru, sa, sk, sl, sr, sr@ijekavian, sr@ijekavianlatin, sr@latin, sv, tr, uk, zh_CN, zh_TW
		"رجاءً اسأل مدير النّظام لتحديث الخادم", "моля, помолете вашия sysadmin да надстрои сървъра", "molimo pitajte sistemskog admina da unaprijedi server",
		"si us plau, consulteu al vostre administrador del sistema per a actualitzar el servidor", "per favor, consulteu al vostre administrador del sistema per a actualitzar el servidor", "prosím požádejte správce svého systému o aktualizaci serveru",
		"spørg din systemadministrator om at opgradere serveren", "kann nicht verwendet werden, da einige erforderliche fähigkeiten nicht unterstützt werden", "παρακαλούμε επικοινωνήστε με τον διαχειριστή του συστήματος για την αναβάθμιση του εξυπηρετητή",
		"please ask your sysadmin to upgrade the server", "bonvolu peti vian administranton ĝisdatigi la servilon", "pida a su administrador del sistema que actualice el servidor",
		"palun tee süsteemiadministraatorile ettepanek serverit uuendada", "mesedez, eskatu zure sistemaren administratzaileari zerbitzaria bertsio-berritzeko", "ei voi käyttää, koska jotkin vaaditut kyvyt puuttuvat",
		"veuillez demander à votre administrateur système de mettre le serveur à niveau", "pídalle ao administrador do sistema que anove o servidor", "נא לבקש מהנהלת השרת שלך לשדרג את השרת",
		"kérje meg a rendszergazdát a kiszolgáló frissítésére", "pro favor tu demanda a tu administrator pro actualisar le servitor", "chiedi all'amministratore di sistema di aggiornare il server",
		"を使用することができません。必要な機能がサポートされていません", "ვერ გამოვიყენებ, რადგან მას აუცილებელი შესაძლებლობები აკლია", "imap сервері, қейбір мүмкіндіктері жоқтығынан, қолдануға жарамайды",
		"។ សូម​សួរ​​អ្នក​គ្រប់គ្រង​ប្រព័ន្ធ​របស់​អ្នក ដើម្បី​ធ្វើ​ឲ្យ​ម៉ាស៊ីន​បម្រើ​របស់​អ្នក​ប្រសើរ​ឡើង ។", "을(를) 사용할 수 없습니다. 다음 필수적인 기능이 없습니다", "kreipkitės į sistemos administratorių dėl serverio patobulinimo",
		"lūdziet servera administratoram severi uzlabot", "be din systemadministrator om å oppgradere tjeneren", "snack bitte den systeempleger dor op an, dat he den server opfrischen schull",
		"niet gebruiken, enige verplichte mogelijkheden ontbreken", "kan ikkje brukast, då han manglar støtte for nokre viktige funksjonar", "proszę dowiedzieć się u administratora systemu o aktualizacji serwera",
		"peça por favor ao seu administrador de sistemas para actualizar o servidor", "solicite a atualização do servidor ao seu administrador de sistemas", "nu poate fi utilizat, deoarece lipsesc niște funcții esențiale",
		"обратитесь к системному администратору, чтобы он настроил сервер", "कृपया स्वस्य sysadmin इत्यनेन सर्वरस्य उन्नयनार्थं पृच्छन्तु ।", "prosím požiadajte správcu o inováciu servera",
		"ni mogoče uporabljati, ker manjkajo nekatere obvezne zmožnosti", "замолите систем-администратора да надогради сервер", "zamolite sistem-administratora da nadogradi server",
		"be systemadministratören att uppgradera servern", "sunucusu kullanamazsın, bazı zorunlu yetenekler atlanıyor", "будь ласка, попросіть вашого адміністратора системи оновити цей сервер",
		"您可以请求系统管理员升级服务器", "請要求您的系統管理員更新伺服器",
		// "Could not read the password: user rejected wallet access" (IMAP resource): ar, bg, bs, ca, ca@valencia, cs, da, de, el, eo, es, et, eu, fi, fr, gl, he, hu, ia, it, ja, ka, kk, km, ko, lt, lv, nb, nds, nl, pl, pt, pt_BR, ro, ru, sa, sk, sl, sr, sr@ijekavian, sr@ijekavianlatin, sr@latin, sv, tr, uk, zh_CN, zh_TW
		"تعذّرت قراءة كلمة السر: رفض المستخدم النّفاذ إلى الحافظة", "не можа да се прочете паролата: потребителят отхвърли достъпа до портфейла", "ne mogu čitati lozinku: korisnik je odbio adresu novčanika",
		"no s'ha pogut llegir la contrasenya: l'usuari ha rebutjat l'accés a la cartera", "nelze přečíst heslo: uživatel odmítl přístup k úschovně", "kunne ikke læse adgangskoden. brugeren nægtede adgang til tegnebogen",
		"das passwort kann nicht gelesen werden: der benutzer hat den zugriff auf den passwortspeicher verweigert", "αδυναμία ανάγνωσης του κωδικού: ο χρήστης απέρριψε την πρόσβαση στο πορτοφόλι", "ne eblis legi la pasvorton: uzanto malakceptis aliron al monujo",
		"no se ha podido leer la contraseña: se rechaza el acceso del usuario a la cartera", "parooli lugemine nurjus: kasutaja loobus kasutamast turvalaegast", "ezin izan du pasahitza irakurri: erabiltzaileak zorroan atzitzea ukatu du",
		"salasanaa ei voitu lukea: käyttäjä torjui pääsyn lompakkoon", "impossible de lire le mot de passe : l'utilisateur a rejeté l'accès au portefeuille", "non foi posíbel ler o contrasinal: o usuario rexeitou o acceso á carteira",
		"לא ניתן לקרוא את הסיסמה: גישת המשתמש לארנק נדחתה", "nem sikerült olvasni a jelszót: a felhasználó megtiltotta a jelszótároló elérését", "non pote leger le contrasigno: usator refutava accesso de portafolio",
		"impossibile leggere la password: l'utente ha negato l'accesso al portafogli", "パスワードを読み出すことができませんでした。ユーザがウォレットへのアクセスを拒否しました", "პაროლის წაკითხვის შეცდომა: მომხმარებელმა საფულესთან წვდომის მოთხოვნა უარჰყო",
		"паролі оқылмады: пайдаланушының әмиянға қатнауға рұқсаты жоқ", "មិន​អាច​អាន​ពាក្យ​សម្ងាត់​បាន​ទេ ៖ អ្នក​ប្រើ​បាន​ច្រាន​ចោល​ការ​ចូល​ដំណើរការ wallet", "암호를 읽을 수 없습니다: 사용자가 지갑 접근을 거부함",
		"slaptažodžio perskaityti nepavyko: wallet nesuteikė naudotojui prieigos", "neizdevās nolasīt paroli: lietotājs liedza piekļuvi makam", "klarte ikke lese passordet: brukeren nektet tilgang til lommeboka",
		"dat passwoort lett sik nich lesen: bruker hett togriep op de knipp afwiest", "lezen van het wachtwoord kon niet: gebruiker weigerde toegang tot de portefeuille", "nie można odczytać hasła: użytkownik odmówił dostępu do portfela",
		"não foi possível ler a senha: o utilizador rejeitou o acesso à carteira", "não foi possível ler a senha: o usuário rejeitou o acesso à carteira", "parola nu a putut fi citită: utilizatorul a respins accesul la portofel",
		"не удалось прочитать пароль: пользователь не разрешил доступ к бумажнику", "गुप्तशब्दं पठितुं न शक्तवान्: उपयोक्ता बटुकप्रवेशं अङ्गीकृतवान्", "nemôžem čítať heslo: používateľ odmietol prístup k walletu",
		"gesla ni bilo mogoče prebrati: uporabnik je zavrnil dostop do listnice", "не могу да прочитам лозинку: корисник је одбио приступ новчанику", "ne mogu da pročitam lozinku: korisnik je odbio pristup novčaniku",
		"kunde inte läsa lösenordet: användaren tillät inte åtkomst av plånboken", "parola okunamadı: kullanıcı cüzdan erişimini reddeti", "не вдалося прочитати пароль, користувачеві відмовлено у доступі до торбинки",
		"无法读取密码：用户拒绝了对密码库的访问", "無法讀取密碼：使用者拒絕錢包存取",
		// "Failed to read password from keychain." (IMAP resource): ar, bg, ca, ca@valencia, cs, da, de, en_GB, eo, es, eu, fi, fr, gl, he, ia, it, ka, ko, lv, nl, pl, pt_BR, ru, sa, sk, sl, sv, tr, uk, zh_CN, zh_TW
		"فشل في قراءة كلمة السر من حَمَّالَة المَفَاتِيح", "не успя да се прочете паролата от ключодържателя", "ha fallat en llegir la contrasenya del clauer",
		"ha fallat mentre es llegia la contrasenya del clauer", "nepodařilo se načíst heslo z klíčenky", "kunne ikke læse adganskode for nøglekæde",
		"das passwort kann nicht vom schlüsselbund gelesen werden", "failed to read password from keychain", "malsukcesis legi pasvorton el ŝosilĉeno",
		"no se ha podido leer la contraseña de la cadena de claves", "gako-katetik pasahitza irakurtzea huts egin du", "salasanan noutaminen avainrenkaasta epäonnistui",
		"impossible de lire le mot de passe du trousseau", "non se puido ler o contrasinal do chaveiro", "קריאת הסיסמה ממחזיק המפתחות נכשלה",
		"il falleva leger contrasigno ab portaclave", "lettura della password dal portachiavi non riuscita", "ბრელოკიდან პაროლის წაკითხვა ჩავარდა",
		"키체인에서 암호를 읽을 수 없습니다", "neizdevās no atslēgu saišķa nolasīt paroli", "lezen van wachtwoord uit sleutelring is mislukt",
		"nie udało się odczytać hasła z łańcucha kluczy", "não foi possível ler a senha a partir do keychain", "не удалось прочитать пароль из цепочки ключей",
		"कीचेन् तः गुप्तशब्दं पठितुं असफलम्।", "nepodarilo sa read password from keychain", "gesla iz obeska za ključe ni bilo mogoče prebrati",
		"misslyckades läsa lösenord från nyckelkedja", "anahtar zincirinden parola okunamadı", "не вдалося прочитати пароль зі сховища ключів",
		"无法从密钥串中读取密码", "從鑰匙圈讀取密碼失敗",
		// "An error occurred when retrieving the IMAP password from the system keychain: \"%1\"" (IMAP resource): ar, bg, ca, ca@valencia, cs, es, eu, fi, fr, gl, he, ia, it, ka, ko, lv, nl, pl, pt_BR, ru, sl, sv, tr, uk, zh_CN, zh_TW
		"حدث خطأ أثناء استرداد كلمة سر imap من سلسلة مفاتيح النظام", "възникна грешка при извличане на паролата за imap от системния ключодържател", "s'ha produït un error en recuperar la contrasenya imap des del clauer del sistema",
		"s'ha produït un error mentre es recuperava la contrasenya imap des del clauer del sistema", "při načítání hesla imap ze systémové klíčenky došlo k chybě", "ha ocurrido un error al obtener la contraseña imap del sistema keychain",
		"errore bat gertatu da sistemaren gako-katetik imap pasahitza berreskuratzean", "tapahtui virhe noudettaessa järjestelmän avainrenkaasta imap-salasanaa", "une erreur est survenue lors de la recherche du mot de passe",
		"produciuse un erro ao obter o contrasinal de imap do chaveiro do sistema", "אירעה שגיאה בניסיון למשוך את סיסמת ה־imap מצרור המפתחות של המערכת", "un error occurreva quando il recuperava le contrasigno de imap ex le portaclaves de systema",
		"si è verificato un errore durante il recupero della password imap dal portachiavi di sistema", "შეცდომა imap პაროლის მიღებისას სისტემური ბრელოკიდან", "시스템 키체인에서 imap 암호를 가져오는 중 오류 발생",
		"kļūda, no sistēmas atslēgu saišķa izgūstot imap paroli", "er was een fout bij het ophalen van het imap-wachtwoord uit de sleutelring van het systeem", "napotkano błąd przy próbie pobrania hasła imap z systemowego zbioru kluczy",
		"um erro ocorreu ao obter a senha imap a partir do sistema de keychain", "при получении пароля imap из системной связки ключей произошла ошибка", "prišlo je do napake pri pridobivanju gesla imap iz sistemske verige ključev",
		"ett fel uppstod när imap-lösenordet hämtades från systemets nyckelring", "sistem anahtar zincirinden imap parolası alınırken bir hata oluştu", "під час спроби отримати пароль до imap зі сховища ключів системи сталася помилка",
		"从系统密钥链中获取 imap 密码时发生错误", "從系統鑰匙圈取得 imap 密碼時發生錯誤",
		// "Unable to connect to the server, please verify the server address." (IMAP resource): ar, bg, bs, ca, ca@valencia, cs, da, de, el, en_GB, eo, es, et, eu, fi, fr, gl, he, hu, ia, it, ja, ka, kk, km, ko, lt, lv, nb, nds, nl, pl, pt, pt_BR, ro, ru, sa, sk, sl, sr, sr@ijekavian, sr@ijekavianlatin, sr@latin, sv, tr, ug, uk, zh_CN, zh_TW
		"تعذّر الاتّصال بالخادم، رجاءً افحص عنوان الخادم", "не може да се осъществи връзка със сървъра, моля, проверете адреса на сървъра", "ne mogu se povezati na server, provjerite adresu servera",
		"no s'ha pogut connectar amb el servidor, verifiqueu la seva adreça", "no s'ha pogut connectar amb el servidor, verifiqueu la seua adreça", "nelze se spojit se serverem, prosím zkontrolujte adresu serveru",
		"kan ikke forbinde til serveren. kontrollér venligst serveradressen", "es kann keine verbindung mit dem server hergestellt werden. überprüfen sie die serveradresse", "αδυναμία σύνδεσης με τον εξυπηρετητή, επιβεβαιώστε τη διεύθυνση του εξυπηρετητή",
		"unable to connect to the server, please verify the server address", "ne eblas konektiĝi al la servilo, bonvolu konfirmi la servilan adreson", "no es posible conectarse al servidor. verifique la dirección del servidor",
		"serveriga ühendumine nurjus, palun kontrolli serveri aadressi", "ez da zerbitzariarekin konektatzeko gai, mesedez egiaztatu zerbitzariaren helbidea", "palvelimeen ei saatu yhteyttä, tarkista palvelimen osoite",
		"impossible de se connecter au serveur. veuillez vérifier l'adresse du serveur", "non é posíbel conectar co servidor; verifique o enderezo do servidor", "לא ניתן להתחבר לשרת, נא לוודא שכתובת השרת נכונה",
		"nem lehet kapcsolódni a kiszolgálóhoz, ellenőrizze a kiszolgáló címét", "incapace de connecter al servitor, pro favor tu verifica le adresse de servitor", "impossibile collegarsi al server, verifica l'indirizzo del server",
		"サーバに接続できませんでした。サーバのアドレスを確認してください", "სერვერთან მიერთება შეუძლებელია. შეამოწმეთ სერვერის სახელი", "серверіне қосыла алмады. адресін тексеріңіз",
		"មិន​អាច​តភ្ជាប់​ទៅ​កាន់​ម៉ាស៊ីន​បម្រើ​បាន​ទេ សូម​ផ្ទៀងផ្ទាត់​អាសយដ្ឋាន​ម៉ាស៊ីន​បម្រើ ។", "서버에 연결할 수 없습니다. 서버 주소를 확인하십시오", "negalima prisijungti prie serverio, patikrinkite serverio adresą",
		"neizdevās savienoties ar serveri. pārbaudiet servera adresi", "kan ikke koble til tjeneren, se etter at tjeneradressen er riktig", "tokoppeln na den server nich mööglich. överprööv bitte de serveradress",
		"er kon geen verbinding met de server worden gemaakt, gaarne het adres van de server controleren", "nie można połączyć się z serwerem, proszę zweryfikować adres serwera", "não é possível contactar o servidor; verifique por favor o endereço do mesmo",
		"não foi possível estabelecer conexão com o servidor, verifique o endereço", "conectarea la server este imposibilă. verificați adresa serverului", "не удалось подключиться к серверу, проверьте адрес сервера",
		"सर्वरेण सह संयोजितुं असमर्थः, कृपया सर्वरसङ्केतं सत्यापयन्तु ।", "nemôžem sa pripojiť na server, prosím skontrolujte adresu servera", "ni se mogoče povezati s strežnikom. preverite njegov naslov",
		"не могу да се повежем са сервером, проверите адресу сервера", "ne mogu da se povežem sa serverom, proverite adresu servera", "kan inte ansluta till servern, verifiera serverns adress",
		"sunucuya bağlanamıyor, lütfen sunucu adresini doğrulayın", "مۇلازىمېتىرغا باغلىنالمىدى. مۇلازىمېتىر ئادرېسىنى تەكشۈرۈڭ", "не вдалося встановити з’єднання з сервером, будь ласка, перевірте адресу сервера",
		"无法连接到服务器，请检查服务器地址", "無法連線到伺服器，請檢查伺服器位址",
		// "Unable to connect to the server, please verify the server address." (POP3 resource): ar, bg, bs, ca, ca@valencia, cs, da, de, el, en_GB, eo, es, et, eu, fi, fr, gl, he, hu, ia, it, ja, ka, kk, km, ko, lt, lv, nb, nds, nl, pl, pt, pt_BR, ro, ru, sa, sk, sl, sr, sr@ijekavian, sr@ijekavianlatin, sr@latin, sv, tr, ug, uk, zh_CN, zh_TW
		"αδυναμία σύνδεσης με τον εξυπηρετητή, ελέγξτε τη διεύθυνση", "ne eblas konektiĝi al la servilo, bonvolu kontroli la servilan adreson", "no es posible conectar al servidor. verifique la dirección del servidor",
		"zerbitzariarekin konektatu ezinik, mesedez egiaztatu zerbitzariaren helbidea", "サーバに接続できません。サーバアドレスを確認してください", "серверге қосыла алмады, оның адресін тексеріңіз",
		"មិនអាច​តភ្ជាប់​ទៅកាន់​ម៉ាស៊ីន​បម្រើ​បានទេ សូម​ផ្ទៀងផ្ទាត់​អាសយដ្ឋាន​ម៉ាស៊ីន​បម្រើ ។", "negalima užmegzti ryšio, prašom patikrinti serverio adresą", "neizdevās pieslēgties serverim. pārbaudiet servera adresi",
		"sunucuya bağlanılamadı, lütfen sunucu adresini doğrulayın",
		// "SSL/TLS error: %1" (POP3 resource): ar, bg, ca, ca@valencia, cs, da, de, en_GB, eo, es, eu, fi, fr, gl, he, it, ka, ko, lv, nl, pl, pt, pt_BR, ru, sa, sk, sl, sv, tr, uk, zh_CN, zh_TW
		"خطأ ssl/tls", "грешка в ssl/tls", "error de ssl/tls",
		"s'ha produït un error de ssl/tls", "chyba ssl/tls", "ssl/tls fejl",
		"ssl/tls-fehler", "ssl/tls error", "ssl/tls-eraro",
		"ssl/tls errorea", "ssl/tls-virhe", "erreur « ssl / tls »",
		"erro de ssl/tls", "שגיאת ssl/tls", "errore ssl/tls",
		"ssl/tls შეცდომა", "ssl/tls 오류", "ssl/tls kļūda",
		"ssl/tls-fout", "błąd ssl/tls", "erro ssl/tls",
		"ошибка ssl/tls", "ssl/tls त्रुटिः", "ssl/tls napaka",
		"ssl/tls-fel", "ssl/tls hatası", "помилка ssl/tls",
		"ssl/tls 错误", "ssl/tls 錯誤",
		// "You are asked here because the password could not be loaded from the wallet." (POP3 resource): ar, bg, bs, ca, ca@valencia, cs, da, de, el, en_GB, eo, es, et, eu, fi, gl, he, hu, ia, it, ja, ka, kk, km, ko, lt, lv, nb, nds, nl, nn, pl, pt, pt_BR, ro, ru, sa, sk, sl, sr, sr@ijekavian, sr@ijekavianlatin, sr@latin, sv, tr, uk, zh_CN, zh_TW
		"هذا الطّلب جرى بسبب تعذّر تحميل كلمة السر من المحفظة", "запитването е зададено, защото паролата не може да бъде заредена от портфейла", "ovdje ste upitani jer se lozinka ne može učitati iz novčanika",
		"se us pregunta per què la contrasenya no s'ha pogut carregar de la cartera", "se vos pregunta per què la contrasenya no s'ha pogut carregar de la cartera", "jste zde dotazováni, jelikož heslo nelze načíst z úschovny",
		"du bliver spurgt her fordi adgangskoden ikke kunne indlæses fra tegnebogen", "sie werden an dieser stelle nach ihren zugangsdaten gefragt, weil die daten nicht aus dem passwortspeicher geladen werden können", "σας ζητείται ο κωδικός επειδή δεν μπορεί να φορτωθεί από το πορτοφόλι",
		"you are asked here because the password could not be loaded from the wallet", "vi estas demandata ĉi tie ĉar la pasvorto ne povus esti ŝargita el la monujo", "se le ha preguntado porque la contraseña no se pudo cargar de la cartera",
		"seda palutakse seepärast, et parooli ei õnnestunud laadida turvalaekast", "hemen galdetzen zaizu pasahitza ezin izan delako zorrotik zamatu", "tätä kysytään, koska salasanaa ei saatu ladatuksi lompakosta",
		"pídeselle aquí porque non se puido obter o contrasinal da carteira", "הבקשה מופיעה כאן כיוון שלא ניתן לטעון את הסיסמה מהארנק", "azért kérik erre, mert a jelszót nem sikerült betölteni a jelszótárolóból",
		"tu ha essite demandate hic proque le contrasigno non poteva esser cargate per le portafolio", "ti viene chiesto qui perché non è stato possibile prendere la password dal portafogli", "パスワードをウォレットから読み込めませんでした",
		"პაროლი იმიტომ გკითხეთ, რომ მისი საფულიდან წაკითხვა შეუძლებელია", "әмияннан алынбаған соң осында сұралып жатыр", "អ្នក​ត្រូវ​បាន​សួរ​នៅ​ទីនេះ ពីព្រោះ​ពាក្យ​សម្ងាត់​មិន​អាច​ត្រូវ​បាន​ផ្ទុក​ពី​កាបូប​ទេ ។",
		"지갑에서 암호를 불러올 수 없으므로 직접 입력해야 합니다", "jūsų prašoma, nes slaptažodžio nepavyko įkrauti iš „wallet", "jums to lūdz izdarīt šeit, jo neizdevās ielādēt paroli no maka",
		"du blir bedt her om dette fordi passordet ikke kunne hentes fra lommeboka", "disse affraag dukt op, wiel dat passwoort sik nich ut de knipp laden lett", "u wordt hier gevraagd omdat het wachtwoord niet uit de portefeuille kon worden geladen",
		"du vert spurd om dette fordi passordet ikkje var tilgjengeleg i lommeboka", "nie można załadować hasła z portfela. podaj hasło", "ser-lhe-á questionado aqui porque não foi possível carregar a senha a partir da carteira",
		"você será questionado aqui porque não foi possível carregar a senha a partir da carteira", "sunteți întrebat aici pentru că parola nu a putut fi încărcată din portofel", "не удалось загрузить пароль из бумажника",
		"भवन्तः अत्र पृष्टाः यतः गुप्तशब्दः बटुकात् लोड् कर्तुं न शक्यते स्म ।", "ste požiadaný teraz, lebo heslo sa nedalo načítať z walletu", "vprašani ste, ker gesla ni bilo mogoče naložiti iz listnice",
		"ово вам се тражи зато што лозинка не може да се учита из новчаника", "ovo vam se traži zato što lozinka ne može da se učita iz novčanika", "du tillfrågas här eftersom lösenordet inte kunde läsas in från plånboken",
		"parola cüzdandan yüklenemediği için burada sizden isteniyor", "програма просить вас про це, оскільки їй не вдалося завантажити пароль з торбинки", "由于无法从密码库中加载该密码，所以只能向您询问",
		"您被詢問的原因是因為無法從錢包中取得密碼",
	),
		doc: "KMail's IMAP and POP3 resources and KIMAP say in the owner's language that the TLS handshake failed, encryption was not set up before the login, the server lacks IMAP4rev1, the server address must be checked, or the local wallet or keychain did not give the password: a setting or the owner's own computer, never a refused password"},
	{id: "l10n_kde_keys_client_state", class: ClassUnknown, anyOf: p(
		// "IMAP session in the wrong state for authentication" (KIMAP): ca, ca@valencia, cs, da, eu, fr, he, it, ko, lt, nb, nl, nn, pt, pt_BR, sl, zh_TW
		"sessió imap en estat erroni per autenticació", "sezení imap v neplatném stavu ověření", "imap-session i forkert tilstand til autentificering",
		"imap saioa autentifikazioa egiteko okerreko egoeran", "est dans un état incorrect pour une authentification", "הפעלת ה־imap במצב השגוי לאימות",
		"sessione imap in uno stato di autenticazione non valido", "imap 세션이 잘못된 인증 상태에 있음", "imap seansas yra netinkamoje būsenoje, kad galima būtų nustatyti tapatybę",
		"imap-økta er i feil tilstand for autentisering", "imap-sessie in de verkeerde status voor authenticatie", "sessão de imap num estado inválido para autenticação",
		"seja imap je v napačnem stanju za overitev", "imap 工作階段在認證時的狀態錯誤",
	),
		doc: "KIMAP says in the owner's language that its session was in the wrong state to log in: the client's own state, nothing about the mailbox"},
}

// kdeTokenNotRefused keeps the token rule off a text that also says the
// token could not be renewed (Evolution's "The access token is expired and it
// failed to refresh it", de "Der Zugriffs-Token ist abgelaufen und die
// Erneuerung ist fehlgeschlagen"): a failed refresh is a dead grant; and off
// an API's expired access, ID or session token, which the client refreshes
// (Microsoft Graph's InvalidAuthenticationToken, Google's 401 Invalid
// Credentials); and off the tokens of a web form or a link (verification,
// password reset, confirmation, invitation, CSRF), which are not a mailbox's.
var kdeTokenNotRefused = slices.Concat(l10nClientNotRefused, p("refresh", "erneuerung", "access token", "access_token", "accesstoken", "id token", "id_token", "session token", "jwt",
	"verif", "reset", "confirm", "bestätig", "invit", "einladung", "link", "le lien", "enlace", "ссылк", "链接", "連結", "csrf", "captcha",
	// A payment wallet's token, a webhook's (round 100); a product asking to
	// reconnect the account, whose grant the token was (round 102).
	"wallet", "webhook", "reconnect",
	// A tool that reconnects and retries by itself (round 68), and a
	// product's own token's expiry setting (round 69: one-api).
	"retrying", "过期时间", "永不过期", "calendar",
	// A page's own token that sends it to its login (round 85), a tool
	// that gets a new token by itself (round 87).
	"redirecting to login", "re-acquiring", "reacquiring",
	// A tool's own short-lived trust token (round 88), a CRM's or another
	// API's token (round 89).
	"trust token", "hubspot", "salesforce", "pipedrive",
	// A product's REST API token (round 106).
	"rest token",
	// A sign-up's token, Portuguese "registration" (round 90).
	"cadastro", "sign up", "signup", "sign-up"), gen51OtherAPIs)

// kdeKeyAuthRules come with kdeAuthRules, after the server's own words.
var kdeKeyAuthRules = []rule{
	{id: "l10n_kde_keys_token_refused", class: ClassAuth, anyOf: p(
		// "Token expired" (KSMTP): ar, ast, bg, ca, ca@valencia, cs, de, en_GB, eo, es, et, eu, fi, fr, gl, he, hi, hu, ia, is, it, ka, ko, lt, lv, nl, nn, pl, pt, pt_BR, ro, ru, sa, sk, sl, sv, tr, uk, zh_CN, zh_TW
		"انتهت صلاحية الرمز", "el pase caducó", "токенът е изтекъл",
		"el testimoni ha vençut", "token vypršel", "token ist abgelaufen",
		"token expired", "token eksvalidiĝis", "token expirado",
		"pääsmik on aegunud", "tokena iraungi da", "merkki on vanhentunut",
		"le token a expiré", "o código caducou", "האסימון פג",
		"टोकन की समय सीमा समाप्त हो चुकी है", "a token lejárt", "indicio (token) expirava",
		"auðkenningarteiknið er útrunnið", "token scaduto", "კოდი ვადაგასულია",
		"토큰 만료됨", "prieigos raktas nebegalioja", "iztecējis pilnvaras termiņš",
		"token is verlopen", "tilgangspollett utgått på tid", "token wygasł",
		"o código expirou", "jeton expirat", "истёк срок действия токена",
		"स्तोकस्य अवधिः समाप्तः", "platnosť tokenu vypršala", "žeton je pretekel",
		"symbol utgången", "jetonun süresi doldu", "ключ застарів",
		"令牌已过期", "權杖已過期",
	),
		noneOf: kdeTokenNotRefused,
		doc:    "KSMTP says in the owner's language that the OAuth token expired: the SMTP server refused the token in its XOAUTH2 error challenge"},
	{id: "l10n_kde_keys_mailbox", class: ClassRecipient, anyOf: p(
		// "Mailbox unavailable. The server said: %1" (KSMTP): ar, bg, ca, ca@valencia, cs, de, eo, es, et, eu, fi, fr, gl, he, hi, hu, ia, is, it, ka, ko, lt, lv, nl, nn, pl, pt, pt_BR, ro, ru, sa, sk, sl, sv, ta, tr, uk, zh_CN, zh_TW
		"صندوق البريد غير متوفر. قال الخادم", "пощенската кутия е недостъпна. сървърът отговори с", "bústia de correu no disponible. el servidor ha informat",
		"schránka není dostupná. server odpověděl", "postfach nicht erreichbar. servermeldung", "leterkesto nedisponebla. la servilo diris",
		"buzón de correo no disponible. el servidor respondió", "postkast ei ole saadaval. server teatas", "postontzia ez dago erabilgarri. zerbitzariak esan du",
		"postilaatikko ei ole käytettävissä. palvelin vastasi", "boîte aux lettres non disponible. le serveur a indiqué", "caixa de correo non dispoñíbel. o servidor dixo",
		"תיבת הדוא״ל לא זמינה. השרת הגיב", "मेलपेटी अनुपलब्ध। सर्वर ने कहा", "a postafiók nem érhető el. a kiszolgáló válasza",
		"cassetta de e-posta non disponibile. le servitor diceva", "pósthólf ekki tiltækt. þjónninn svaraði", "casella di posta non disponibile. il server ha risposto",
		"საფოსტო ყუთი მიუწვდომელია. სერვერის პასუხი", "편지함을 사용할 수 없습니다. 서버 응답", "pašto dėžutė neprieinama. serveris atsakė",
		"pasta kastīte nav pieejama. serveris atbildēja", "postbus niet beschikbaar. de server zei", "postboksen er ikkje tilgjengeleg. tenaren sa",
		"skrzynka pocztowa niedostępna. serwer zwrócił", "caixa de correio indisponível. o servidor indicou", "caixa de e-mail não disponível. o servidor retornou",
		"cutie poștală indisponibilă. serverul a spus", "почтовый ящик недоступен. ответ сервера", "सन्देशपेटिका अनुपलब्धः अस्ति। वितारकः अवदत्",
		"poštová schránka nie je k dispozícii. server hlási", "poštni nabiralnik ni na voljo. strežnik je sporočil", "brevlåda ej tillgänglig. servern svarade",
		"அஞ்சல்பெட்டி கிடைக்கவில்லை. சேவையகம் கூறியது", "posta kutusu kullanılamıyor: sunucu dedi ki", "немає доступу до поштової скриньки. повідомлення сервера",
		"无法访问此邮箱，服务器响应为", "信箱不可用。伺服器回應",
	),
		doc: "KSMTP says in the owner's language that the mailbox is unavailable (a 450 or 550 reply); the server's own words, read before, decide when they name another cause"},
	{id: "l10n_kde_keys_message", class: ClassRejected, anyOf: p(
		// "Could not send the message because it exceeds the maximum allowed size of %1 bytes. (Message size: %2 bytes.)" (KSMTP): ar, bg, eo, eu, fi, he, hi, hu, ia, ka, km, ko, lv, nn, ro, sa, sr, sr@ijekavian, sv, uk, zh_CN, zh_TW
		"تعذّر إرسال الرّسالة لأنّها تتخطّى الحجم الأقصى المسموح وهو", "съобщението не можа да бъде изпратено, тъй като превишава максималния разрешен размер от", "ne eblis sendi la mesaĝon ĉar ĝi superas la maksimuman permesitan grandecon de",
		"byteko gehienezko neurria gainditzen duelako (mezuaren neurria", "viestiä ei voitu lähettää, koska se ylittää sallitun enimmäiskoon", "לא ניתן לשלוח את ההודעה כיוון שהיא חורגת מהגודל המרבי המותר על סך",
		"संदेश नहीं भेजा जा सका क्योंकि यह अधिकतम अनुमत आकार", "nem sikerült elküldeni az üzenetet, mert meghaladja az engedélyezett maximális", "non pote inviar le message proque illo excede le grandor maxime permittite de",
		"ბაიტი) გადაჭარბების გამო შეტყობინების გაგზავნა შეუძლებელია. (შეტყობინების ზომაა", "មិនអាច​ផ្ញើ​សារ​បាន​ទេ​ ពីព្រោះ​វា​លើស​ទំហំ​ដែលបាន​អនុញ្ញាត​អតិបរមា", "바이트를 초과했기 때문에 메시지를 보낼 수 없습니다.(메시지 크기",
		"sistēma nevarēja nosūtīt ziņojumu, jo tā garums pārsniedz maksimālo atļauto izmēru, kas ir", "klarte ikkje senda meldinga, då ho er større enn maksstorleiken på", "nu s-a putut trimite mesajul deoarece depășește dimensiunea maximă permisă de",
		"बाइट् इत्यस्य अधिकतमं अनुमतं आकारं अतिक्रमयति । (सन्देशस्य आकारः", "не могу да пошаљем поруку зато што премашује највећу дозвољену величину од", "kunde inte skicka brevet eftersom det överskrider den största tillåtna storleken",
		"не вдалося надіслати повідомлення, оскільки його розмір перевищує максимальний можливий —", "无法发送该信件，它超过了最大允许的", "無法傳送信件，因為它的大小超過最大允許值",
		// "The message needs and server does not support UTF-8 email addresses" (KSMTP): ar, bg, ca, ca@valencia, es, eu, fr, he, ia, is, it, ka, ko, lt, nl, nn, pt_BR, ro, ru, sk, sl, tr, uk, zh_CN, zh_TW
		"الرسالة تحتوي على عناوين بريد إلكتروني بتنسيق utf-8، والخادم لا يدعم هذا التنسيق", "съобщението изисква използването на utf-8 адреси, но сървърът не поддържа този формат", "el missatge necessita adreces de correu electrònic amb utf-8 i el servidor no ho admet",
		"el mensaje requiere que el servidor admita direcciones de correo electrónico utf-8", "mezuak utf-8 e-posta helbideak behar ditu eta zerbitzariak ez ditu onartzen", "le message nécessite des adresses de courriel au format",
		"ההודעה צריכה והשרת לא מספק תמיכה בכתובות דוא״ל ב־utf-8", "le message require e le servitor non supporta adresses de e-mail utf-8", "þessi skilaboð þarfnast utf-8 tölvupóstfanga sem þjónninn styður ekki",
		"il messaggio richiede che il server non supporti gli indirizzi di posta utf-8", "შეტყობინებას სჭირდება და სერვერს არ აქვს მხარდაჭერა utf-8 ელფოსტის მისამართების", "메시지를 전송하려면 utf-8 이메일 주소 지원이 필요하지만 서버에서 지원하지 않음",
		"šis laiškas reikalauja, o serveris nepalaiko utf-8 el. pašto adresų", "het bericht vereist utf-8-e-mailadressen, maar de server ondersteunt deze niet", "meldinga treng utf-8-e-postadresser, men tenaren støttar ikkje dette",
		"a mensagem requer um servidor que não suporte endereços de e-mail em utf-8", "mesajul necesită adrese de poștă electronică utf-8, dar serverul nu le susține", "сообщение требует адреса электронной почты в кодировке utf-8, но сервер их не поддерживает",
		"správa vyžaduje a server nepodporuje e-mailové adresy utf-8", "sporočilo potrebuje in strežnik ne podpira e-poštnih naslovov utf-8", "ileti gereksinimleri ve sunucu utf-8 e-posta adreslerini desteklemiyor",
		"для повідомлення потрібна непідтримувана сервером адреса електронної пошти у utf-8", "此消息需要 utf-8 邮件地址，而服务器不支持", "訊息需要 utf-8 郵件地址但伺服器不支援",
	),
		doc: "KSMTP says in the owner's language that the message exceeds the server's size limit or needs UTF-8 addresses the server does not support: this message, not the mailbox"},
}
