package classify

// EGroupware's mail app: the messages it shows or logs when connecting a
// user's mailbox (IMAP, SMTP, Sieve, OAuth) fails, in every language of
// EGroupware/egroupware (commit 674781ca9dbb6940045415863ed7f38f6b80dc71 of
// 2026-08-22; mail/lang/egw_<locale>.lang, admin/lang/egw_<locale>.lang and
// api/lang/egw_<locale>.lang, tab-separated "key, app, locale, text").
// Where the code raises each key:
//
//   - account not reachable: mail/js/jmap.ts unreachableError() and the
//     mailbox calls when no JMAP token can be had (the connection is down);
//     "Unable to connect to the mail server" (English only, no lang entry):
//     jmap.ts when fetching rows or mailboxes finds no connection;
//     (not connected): mail/js/app.ts, the folder tree's error leaf;
//     can not open imap connection: mail/inc/class.mail_zpush.inc.php, the
//     eSync check, followed by ": " and the exception; initialization of mail
//     failed: mail/inc/class.mail_ui.inc.php index() when Mail::getInstance()
//     or openConnection() failed in the constructor (transient);
//   - esync will fail without a working email configuration! and no valid %1
//     folder configured!: mail_zpush's eSync check; folder '%1' not found:
//     jmap.ts; does not exist on imap server.: mail_compose (error_log, after
//     "folder <name>"); the Sieve keys: mail/inc/class.mail_sieve.inc.php,
//     admin/inc/class.admin_mail.inc.php sieve() and
//     api/src/Mail/Sieve/Script.php; connection is not secure!: admin_mail
//     after a successful login without TLS (config);
//   - checking admin credentials failed: admin_mail, when
//     checkAdminConnection() with the account's IMAP administration login
//     throws: the administration settings, not the owner's login (config);
//   - the S/MIME passphrase messages: mail_compose and admin_mail
//     smimePassphraseError() (config);
//   - your remaining quota %1 is too low: mail/js/app.ts (rate_limited);
//   - no oauth client secret for provider '%1'! and successful, but no
//     refresh-token received!: admin_mail's OAuth sign-in (platform);
//   - sorry, your login has expired, your session timed out, account is
//     expired: api/src/Framework/Login.php, EGroupware's own login (unknown).
//
// Each phrase is the fixed text of one shipped translation, lower-cased,
// without its placeholders (the amount, account, provider, folder name) and
// cut at its first clause where the sentence is long. Only the translations
// that no earlier rule already classified as labelled have a phrase here.
// testdata/catalogs/client_l10n_egroupware.jsonl holds every translation.

// egroupwareEarlyRules come right after zammadRules, before textRules and
// znunyEarlyRules: EGroupware's own-login look-alikes, its S/MIME passphrase
// sentences and its quota warning read there as a timeout, a refused login
// or a rejected message; none of these sentences carries a server reply.
var egroupwareEarlyRules = []rule{
	{id: "l10n_egroupware_own_login", class: ClassUnknown, anyOf: p(
		// login-expired ("Sorry, your login has expired"), session-timeout ("Your session timed out, please log in again"), account-expired ("Account is expired"): de, en, fa, fr, ja, lv, sk, sv, tr, zh
		"ihre anmeldung ist abgelaufen", "متأسفم ورود شما منقضی شد", "désolé, votre login a expiré",
		"atvainojiet, jūsu lietotājvārda lietošnas laiks ir beidzies", "prepáčte, platnost vášho prihlásenia už vypršala",
		"beklagar, din inloggning har förfallit", "your session timed out, please log in again", "セッションがタイムアウトしました。再度ログインしてください",
		"oturumunuz zaman aşımına uğradı", "您的会话超时了，请重新登录", "platnosť používateľského účtu vypršala",
	),
		doc: "EGroupware's own login page (api/src/Framework/Login.php) says the owner's EGroupware login or session expired or the EGroupware account is expired: the product's own account, not a mailbox"},
	{id: "l10n_egroupware_smime_passphrase", class: ClassConfig, anyOf: p(
		// the entered passphrase is not correct (mail), the passphrase entered was not correct (admin): cs, de, en, fr, it, ja, km
		"zadaná přístupová fráze není správná! zkuste to prosím znovu", "the entered passphrase is not correct! please try again",
		"la phrase de passe saisie n'est pas correcte ! veuillez réessayer",
		"la frase di accesso non è corretta! per favore riprovare", "パスフレーズが不正です！再入力してください",
		"ឃ្លាសម្ងាត់ដែលបានបញ្ចូលមិនត្រឹមត្រូវ! សូម​ព្យាយាម​ម្តង​ទៀត។", "die eingegebene passphrase war nicht korrekt",
		"the passphrase entered was not correct",
	),
		doc: "EGroupware says the passphrase typed for the account's S/MIME private key is wrong (mail_compose, admin_mail smimePassphraseError()): the key's passphrase, not the mailbox's password"},
	{id: "l10n_egroupware_quota_low", class: ClassRateLimited, anyOf: p(
		// your remaining quota %1 is too low, ... (the part after the amount): bg, cs, da, de, el, en, es-es, et, fi, fr, hu, id, it, ja, km, ko, lt, lv, nl, no, pl, pt, pt-br, ro, ru, sk, sl, sv, tr, uk, zh
		"е твърде ниска, може да не сте в състояние да изпращате/получавате по-нататъшни имейли",
		"je příliš nízká, možná nebudete moci odesílat/přijímat další e-maily",
		"er for lav, du kan muligvis ikke sende/modtage flere e-mails",
		"ist zu niedrig. damit können sie u.u. weder mails senden noch empfangen",
		"είναι πολύ χαμηλή, ενδέχεται να μην μπορείτε να στείλετε/λήψετε περαιτέρω μηνύματα ηλεκτρονικού",
		"is too low, you may not be able to send/receive further emails",
		"es demasiado baja, es posible que no pueda enviar/recibir correos-e adicionales",
		"on liiga väike, te ei saa enam e-kirju saata/vastuvõtta",
		"on liian pieni, et ehkä pysty lähettämään/vastaanottamaan lisää sähköposteja",
		"est trop bas, vous pourriez ne pas pouvoir envoyer/recevoir des emails",
		"túl alacsony, ezért lehet, hogy nem tud további e-maileket küldeni/venni",
		"anda terlalu rendah, anda mungkin tidak dapat mengirim/menerima email lebih lanjut, meskipun",
		"la quota rimanente% 1 è troppo bassa, potresti non essere in grado di inviare/ricevere ulteriori",
		"が不足しているため、今後メールの送受信が行なえません", "ដែលនៅសេសសល់របស់អ្នកគឺទាបពេក អ្នកប្រហែលជាមិនអាចផ្ញើ/ទទួលអុីមែ",
		"이(가) 너무 적어 더 이상 전자 메일을 보내거나 받지 못할 수 있습니다", "yra per maža, galite nebegalėti siųsti / gauti daugiau laiškų",
		"ir pārāk maza, iespējams, jūs nevarēsiet sūtīt/saņemt turpmākos e-pastus",
		"is te laag, het is mogelijk dat u geen e-mails meer kunt verzenden/ontvangen. hoewel het opruimen",
		"jest zbyt niski, możesz nie być w stanie wysyłać/odbierać kolejnych wiadomości e-mail",
		"é demasiado baixa, pelo que poderá não conseguir enviar/receber mais mensagens de correio eletrónico",
		"está muito baixa, talvez você não consiga enviar/receber mais e-mails",
		"este prea mică, este posibil să nu mai puteți trimite/recepționa alte e-mailuri",
		"слишком мала, вы не сможете отправлять/получать дальнейшие сообщения",
		"je príliš malý, nemusí sa vám podariť odoslať alebo prijať ďalšie správy",
		"je prenizka, morda ne boste mogli pošiljati/prejemati nadaljnjih e-poštnih sporočil",
		"är för låg, du kanske inte kan skicka/ta emot fler e-postmeddelanden",
		"kotanız çok düşük, daha fazla e-posta gönderip alamayabilirsiniz",
		"занадто мала, можливо, ви не зможете надсилати/отримувати подальші листи", "太低，您可能无法继续发送/接收电子邮件",
	),
		doc: "EGroupware warns that the owner's own mailbox quota has too little space left to send or receive (mail/js/app.ts): the storage quota"},
	{id: "l10n_egroupware_folder_missing", class: ClassConfig, anyOf: p(
		// "folder <name> does not exist on IMAP Server.": bg, cs, de, el, en, es-es, fi, fr, hu, it, ja, km, nl, pl, pt, pt-br, ru, sk, sl
		"не съществува на imap сървъра", "neexistuje na imap serveru", "existiert nicht auf dem imap server",
		"δεν υπάρχει στο εξυπηρετητή imap", "does not exist on imap server", "no existe en el servidor imap",
		"ei löydy imap palvelimelta", "n'existe pas sur le serveur imap", "nincs létrehozva az imap szerveren",
		"non esiste sul server imap", "imap サーバーが存在しません", "មិនមាននៅលើម៉ាស៊ីនមេ imap ទេ។", "bestaat niet op imap server",
		"nie istnije na serwerze imap", "não existe no servidor imap", "не существует на сервере imap", "neexistuje na imap serveri",
		"ne obstaja na strežniku imap",
	),
		doc: "EGroupware logs that the folder to save a sent message to does not exist on the IMAP server (mail_compose): the account's folder setting"},
}

// egroupwareRules come right after phpmailerRules: a server reply that
// EGroupware appends to its sentence ("Can not open IMAP connection: ...",
// "Checking admin credentials failed: ...") and that an earlier rule reads
// decides first; the sentence decides before the generic words of
// l10nWordAuthRules and l10nWordConnectionRules.
var egroupwareRules = []rule{
	{id: "l10n_egroupware_admin_credentials", class: ClassConfig, anyOf: p(
		// checking admin credentials failed: bg, cs, da, de, el, en, es-es, et, fi, fr, hu, id, it, ja, ko, lt, lv, nl, no, pt, pt-br, ro, sk, sl, sv, tr, uk, zh
		"проверката на пълномощията на администратора се провали", "kontrola pověření správce selhala",
		"kontrol af administratorlegitimation mislykkedes", "überprüfung der admin-zugangsdaten fehlgeschlagen",
		"ο έλεγχος των διαπιστευτηρίων διαχειριστή απέτυχε", "checking admin credentials failed",
		"error al comprobar las credenciales de administrador", "administraatori volituste kontrollimine ebaõnnestus",
		"ylläpitäjän valtakirjojen tarkistaminen epäonnistui",
		"la vérification des informations d'identification de l'administrateur a échoué",
		"az admin hitelesítő adatok ellenőrzése sikertelen", "memeriksa kredensial admin gagal",
		"verifica delle credenziali di amministrazione fallita", "管理者認証のチェックに失敗", "관리자 자격 증명 확인에 실패했습니다",
		"nepavyko patikrinti administratoriaus įgaliojimų", "pārbaudīt administratora akreditācijas datus neizdevās",
		"controleren admingegevens mislukt", "kontroll av administratorlegitimasjon mislyktes",
		"a verificação das credenciais de administrador falhou", "falha na verificação das credenciais de administrador",
		"verificarea acreditărilor de administrator a eșuat", "kontrola poverení správcu zlyhala",
		"preverjanje poverilnic upravitelja ni uspelo", "kontroll av administratörsuppgifter misslyckades",
		"yönetici kimlik bilgilerinin denetlenmesi başarısız oldu", "не вдалося перевірити облікові дані адміністратора", "检查管理员凭证失败",
	),
		doc: "EGroupware's account dialog says checking the account's IMAP administration login (set by the administrator for ACL and quota) failed (admin_mail): the account's administration settings, not the owner's mailbox login"},
	{id: "l10n_egroupware_oauth_client", class: ClassPlatform, anyOf: p(
		// no oauth client secret for provider '%1'!, successful, but no refresh-token received!: de, en, es-es, fr, it, km, sk
		"kein oauth client secret für den provider", "no oauth client secret for provider",
		"¡no hay secreto de cliente oauth para el proveedor", "pas de secret client oauth pour le fournisseur",
		"nessun segreto client oauth per il provider", "គ្មានការសម្ងាត់អតិថិជន oauth សម្រាប់អ្នកផ្តល់សេវា",
		"žiadne tajomstvo klienta oauth pre poskytovateľa", "successful, but no refresh-token received",
		"réussi, mais aucun refresh-token reçu",
	),
		doc: "EGroupware has no OAuth client secret for the account's provider, or its OAuth sign-in got no refresh token (admin_mail): the product's own OAuth client"},
	{id: "l10n_egroupware_unreachable", class: ClassTransient, anyOf: p(
		// account not reachable, can not open imap connection, initialization of mail failed, (not connected) as the folder tree's error leaf (with its parentheses, which make the short words specific to that leaf), and the English-only "Unable to connect to the mail server": bg, cs, da, de, el, en, es-es, et, fi, fr, hu, id, it, ja, km, ko, lt, lv, nl, no, pl, pt, pt-br, ro, ru, sk, sl, sv, tr, uk, zh
		"konto nicht erreichbar", "account not reachable", "не може да се отвори imap връзка",
		"keine verbindung zum mail-server möglich", "δεν είναι δυνατή η σύνδεση με τον εξυπηρετητή imap",
		"can not open imap connection", "no se puede abrir la conexión imap", "ne peut pas ouvrir de connexion imap",
		"imap接続をオープンできませんでした", "មិនអាចបើកការតភ្ជាប់ imap បានទេ។", "kan imap verbinding niet openen",
		"невозможно установить подключение imap", "nedá sa otvoriť spojenie imap", "povezave imap ni mogoče odpreti",
		"инициализацията на пощенския модул е неуспешна", "inicializace e-mailu nebyla úspěšná",
		"initialiseringen af mailmodulet mislykkedes", "die initializierung des mail-moduls ist fehlgeschlagen",
		"η αρχικοποίηση της μονάδας αλληλογραφίας απέτυχε", "the initialisation of the e-mail module failed",
		"error en la inicialización del correo", "postimooduli initsialiseerimine ebaõnnestus",
		"sähköpostimoduulin alustaminen epäonnistui", "l'initialisation du courrier en échec",
		"a levelezőmodul inicializálása sikertelen volt", "inisialisasi modul email gagal",
		"l'inizializzazione della posta elettronica non è andata a buon fine", "メールの初期化に失敗しました。ウィザードを使ってメールを構成してください",
		"ការចាប់ផ្តើមនៃម៉ូឌុលសំបុត្របានបរាជ័យ។ សូមប្រើអ្នកជំនួយការកំណ", "메일 모듈을 초기화하지 못했습니다. 구성 마법사를 사용하여 구성을 수정하세요",
		"nepavyko inicializuoti pašto modulio", "pasta moduļa inicializācija neizdevās",
		"de initialisatie van de mailmodule is mislukt", "initialiseringen av e-postmodulen mislyktes",
		"inicjalizacja modułu poczty nie powiodła się", "a inicialização do módulo de correio falhou",
		"не удалось выполнить инициализацию почтового модуля",
		"inicializácia mailu zlyhala. prosím použite sprievodcu na vyriešenie tohto problému", "inicializacija pošte ni uspela",
		"initialiseringen av e-postmodulen misslyckades", "posta modülünün başlatılması başarısız oldu",
		"не вдалося виконати ініціалізацію поштового модуля", "邮件模块初始化失败。请使用配置向导更正配置", "(няма връзка)", "(nepřipojeno)",
		"(nicht verbunden)", "(χωρίς σύνδεση)", "(not connected)", "(no conectado)", "(non connecté)", "(non connesso)", "(接続されていません)",
		"(មិនបាន​តភ្ជាប់)", "(niet verbonden)", "(não conectado)", "(nepripojené)", "(brez povezave)",
		"unable to connect to the mail server",
	),
		doc: "EGroupware says the mail account cannot be reached or its IMAP connection opened, or the mail module failed to start (jmap.ts, app.ts, mail_zpush, mail_ui): the connection, a temporary class that escalates"},
	{id: "l10n_egroupware_account_setup", class: ClassConfig, anyOf: p(
		// esync will fail without a working email configuration!: bg, cs, de, en, es-es, fr, it, ja, km, nl, ru, sk, sl
		"esync няма да бъде успешно, без работеща конфигурация на електронната поща",
		"synchronizace esync nebude bez správné konfigurace emailu funkční", "esync steht ihnen nicht zur verfügung",
		"esync will fail without a working email configuration", "¡esync fallará sin una configuración de email de trabajo",
		"esync ne peut fonctionner sans une configuration email fonctionnelle",
		"la sincronizzazione via esync non funzionerà senza una configurazione corretta di email", "有効なメール構成が無い場合 esync は正常に動作しません",
		"esync នឹង​បរាជ័យ​ដោយ​គ្មាន​ការ​កំណត់​រចនាសម្ព័ន្ធ​អុីមែល​ដែល", "esync zal niet werken zonder een email configuratie",
		"esync не работает без действующей настройки email", "esync nebude fungovať bez funkčnej konfigurácie e-mailu",
		"esync bo napačen brez delovne e-poštne konfiguracije",
	),
		doc: "EGroupware says eSync will fail without a working mail configuration (mail_zpush): the account's settings"},
	{id: "l10n_egroupware_sieve_setup", class: ClassConfig, anyOf: p(
		// serverside filterrules / vacationnotice (sieve) are not activated, please contact your administrator to validate if your server supports ..., no sieve support detected, there is no space left to store sieve script: bg, cs, da, de, el, en, es-es, et, fi, fr, hu, id, it, ja, km, ko, lt, lv, nl, no, pl, pt, pt-br, ro, ru, sk, sl, sv, tr, uk, zh
		"не е останало място за съхраняване на скрипта на sieve, моля, проверете опцията sieve_maxscriptsize",
		"na uložení skriptu sieve nezbylo místo, zkontrolujte prosím volbu sieve_maxscriptsize v konfiguraci",
		"der er ikke plads til at gemme sieve-script, tjek venligst sieve_maxscriptsize-indstillingen i din",
		"es ist kein platz mehr vorhanden, um das sieve skript zu speichern, bitte sie ihren administrator",
		"δεν έχει απομείνει χώρος για την αποθήκευση του σεναρίου sieve, παρακαλούμε ελέγξτε την επιλογή",
		"there is no space left to store sieve script, please check sieve_maxscriptsize option on your",
		"no queda espacio para almacenar el script sieve, por favor compruebe la opción sieve_maxscriptsize",
		"sieve skripti salvestamiseks ei ole enam ruumi, palun kontrollige sieve_maxscriptsize valikut oma",
		"sieve-skriptin tallentamiseen ei ole enää tilaa, tarkista sieve_maxscriptsize-asetus",
		"il n'y a plus d'espace pour stocker le script sieve, veuillez vérifier l'option sieve_maxscriptsize",
		"nincs elég hely a sieve szkript tárolására, kérjük, ellenőrizze a sieve_maxscriptsize opciót a",
		"tidak ada ruang yang tersisa untuk menyimpan skrip saringan, silakan periksa opsi",
		"non c'è più spazio per memorizzare lo script del setaccio, controllare l'opzione",
		"メールサーバの設定でsieve_maxscriptsizeオプションをチェックしてください", "មិនមានកន្លែងទំនេរសម្រាប់រក្សាទុកស្គ្រីប sieve ទេ សូមពិនិត្យម",
		"체 스크립트를 저장할 공간이 없으므로 메일 서버의 구성에서 sieve_maxscriptsize 옵션을 확인하",
		"neliko vietos sieve scenarijui saugoti, patikrinkite sieve_maxscriptsize parinktį savo pašto",
		"nav atlicis vietas sieve skripta uzglabāšanai, lūdzu, pārbaudiet sieve_maxscriptsize opciju sava",
		"er is geen ruimte meer om het sieve script op te slaan, controleer de sieve_maxscriptsize optie in",
		"det er ikke plass til å lagre sieve-skriptet, sjekk alternativet sieve_maxscriptsize i",
		"nie ma już miejsca na przechowywanie skryptu sito, sprawdź opcję sieve_maxscriptsize w konfiguracji",
		"não há espaço para armazenar o script sieve, verifique a opção sieve_maxscriptsize na configuração",
		"não há mais espaço para armazenar o script do sieve. verifique a opção sieve_maxscriptsize na",
		"nu mai există spațiu pentru a stoca scriptul sieve, vă rugăm să verificați opțiunea",
		"не осталось места для хранения скрипта sieve, пожалуйста, проверьте опцию sieve_maxscriptsize в",
		"na uloženie skriptu sieve nezostalo miesto, skontrolujte prosím možnosť sieve_maxscriptsize v",
		"za shranjevanje skripte sieve ni več prostora, preverite možnost sieve_maxscriptsize v",
		"det finns inget utrymme kvar för att lagra sieve-skript, kontrollera alternativet",
		"sieve komut dosyasını depolamak için yer kalmadı, lütfen mailserver'ınızın yapılandırmasındaki",
		"не залишилося місця для зберігання скрипту sieve, будь ласка, перевірте параметр",
		"没有剩余空间存储筛子脚本，请检查邮件服务器配置中的 sieve_maxscriptsize 选项", "филтърните правила от страна на сървъра (sieve) не са активирани",
		"pravidla na serveru (sieve) nejsou aktivována", "serverseitige filterregeln (via sieve) sind nicht aktiviert",
		"οι κανόνες φίλτρου (sieve) από την πλευρά του διακομιστή δεν είναι ενεργοποιημένοι",
		"serverside filter rules (sieve) are not activated", "las reglas de filtrado del lado del servidor (sieve) no están activadas",
		"les règles de filtrage côté serveur (sieve) ne sont pas activées", "le regole di filtro (sieve) non sono attivate",
		"サーバー側フィルター・ルール（sieve）無効", "serverside filterrules (sieve) មិនដំណើរការទេ។",
		"filter regels (sieve) zijn niet geactiveerd op de server", "serverside filterrules (sieve) não são ativados",
		"filtrovanie na strane servera (sieve) nie je zapnuté", "serverside filterrules (sieve) se ne aktivirajo",
		"съобщенията за отсъствие от страна на сървъра (чрез sieve) не са активирани",
		"automatický odpovídač na serveru (přes sieve) není aktivován",
		"serverseitige abwesenheitsbenachrichtigungen (via sieve) sind nicht aktiviert",
		"serverside absent notice messages (via sieve) are not activated",
		"los mensajes de aviso de ausencia del servidor (vía sieve) no están activados",
		"les messages d'avis d'absence côté serveur (via sieve) ne sont pas activés",
		"le notifiche di assenza lato server (via sieve) non sono abilitate", "サーバー側不在案内 (sieve経由) 無効",
		"សារជូនដំណឹងអវត្តមានរបស់ serverside (តាមរយៈ sieve) មិនដំណើរកា",
		"serverside afwezigheidsberichten (via sieve) zijn niet geactiveerd",
		"as mensagens de aviso de ausência do servidor (via sieve) não são activadas",
		"správy o neprítomnosti na strane servera (pomocou sieve) nie sú aktivované",
		"odsotna sporočila brez strežnika (prek sieve) niso aktivirana",
		"моля, свържете се с вашия администратор, за да потвърдите дали сървърът ви поддържа филтърни",
		"kontaktujte správce svého e-mailového serveru pro ověření, zda váš server podporuje pravidla a jak",
		"kontakt din administrator for at få bekræftet, om din server understøtter filterregler på",
		"bitte kontaktieren sie ihren administrator um sicherzustellen dass ihr server serverseitige",
		"παρακαλούμε επικοινωνήστε με τον διαχειριστή σας για να επιβεβαιώσετε αν ο διακομιστής σας",
		"please contact your administrator to validate if your server supports serverside filterrules, and",
		"póngase en contacto con su administrador para comprobar si su servidor admite reglas de filtrado en",
		"palun võtke ühendust oma administraatoriga, et kontrollida, kas teie server toetab serveripoolseid",
		"ota yhteyttä järjestelmänvalvojaan varmistaaksesi, tukeeko palvelimesi palvelinpuolen",
		"veuillez contacter votre administrateur pour savoir si votre serveur prend en charge les règles de",
		"kérjük, forduljon a rendszergazdához, hogy ellenőrizze, támogatja-e a szerver a szerveroldali",
		"silakan hubungi administrator anda untuk memvalidasi apakah server anda mendukung aturan filter",
		"per favore contattare il proprio amministratore per validare il supporto di regole di filtri lato",
		"がフィルター機能をegroupwaraから利用できるかどうか管理者にお問い合わせ下さい", "សូមទាក់ទងអ្នកគ្រប់គ្រងរបស់អ្នកដើម្បីធ្វើសុពលភាពប្រសិនបើម៉ាស៊",
		"에 대해 egroupware에서 이를 사용하도록 설정하는 방법을 확인하십시오",
		"susisiekite su administratoriumi, kad patikrintumėte, ar jūsų serveris palaiko serverio filtravimo",
		"lūdzu, sazinieties ar savu administratoru, lai pārliecinātos, vai jūsu serveris atbalsta servera",
		"neem contact op met uw administrateur om na te gaan of uw server filter op regels wordt",
		"skontaktuj się z administratorem, aby sprawdzić, czy serwer obsługuje reguły filtrowania po stronie",
		"contacte o seu administrador para verificar se o seu servidor suporta regras de filtragem do lado",
		"entre em contato com o administrador para validar se o servidor suporta regras de filtragem no",
		"vă rugăm să contactați administratorul dumneavoastră pentru a valida dacă serverul dumneavoastră",
		"уточните у администратора, поддерживает ли ваш сервер правила фильтрации на стороне сервера, и как",
		"prosím opýtajte sa svojho administrátora, či váš server podporuje filtrovanie na strane servera, a",
		"obrnite se na skrbnika, da potrdite, ali vaš strežnik podpira filtre za strežnike in kako jih",
		"kontakta din administratör för att kontrollera om din server stöder filterregler på serversidan och",
		"için egroupware'de nasıl etkinleştireceğinizi doğrulamak için lütfen yöneticinizle iletişime geçin",
		"зверніться до вашого адміністратора, щоб дізнатися, чи підтримує ваш сервер правила фільтрації на",
		"请联系您的管理员，确认您的服务器是否支持服务器端过滤规则，以及如何在 egroupware 中为",
		"моля, свържете се с вашия администратор, за да потвърдите дали вашият сървър поддържа съобщения за",
		"kontaktujte správce svého e-mailového serveru pro ověření, zda váš server podporuje automatické",
		"kontakt din administrator for at få bekræftet, om din server understøtter feriemeddelelser, og",
		"επικοινωνήστε με τον διαχειριστή σας για να επικυρώσετε εάν ο διακομιστής σας υποστηρίζει μηνύματα",
		"please contact your administrator to validate if your server supports serverside vacationmessages",
		"por favor, póngase en contacto con su administrador para validar si su servidor soporta mensajes de",
		"ota yhteyttä järjestelmänvalvojaan varmistaaksesi, tukeeko palvelimesi palvelinpuolen lomaviestejä",
		"veuillez contacter votre administrateur pour savoir si votre serveur prend en charge les messages",
		"kérjük, lépjen kapcsolatba a rendszergazdával annak ellenőrzéséhez, hogy a kiszolgáló támogatja-e a",
		"hubungi administrator anda untuk memvalidasi apakah server anda mendukung pesan liburan dari sisi",
		"per favore contattare il proprio amministratore per verificare se il server support i messaggi di",
		"が不在通知機能をegroupwaraから利用できるかどうか管理者にお問い合わせ下さい", "សូមទាក់ទងអ្នកគ្រប់គ្រងរបស់អ្នក ដើម្បីធ្វើសុពលភាពប្រសិនបើ ser",
		"의 id:1에 대해 egroupware에서 이를 사용하도록 설정하는 방법을 확인하려면 관리자에게 문의하세요",
		"susisiekite su administratoriumi, kad patvirtintumėte, ar jūsų serveris palaiko serverio atostogų",
		"lūdzu, sazinieties ar savu administratoru, lai pārbaudītu, vai jūsu serveris atbalsta servera",
		"neem contact op met uw beheerder om te controleren of uw server vakantieberichten van de server",
		"skontaktuj się z administratorem, aby sprawdzić, czy serwer obsługuje wiadomości urlopowe po",
		"contacte o seu administrador para validar se o seu servidor suporta mensagens de férias no servidor",
		"entre em contato com o administrador para validar se o servidor oferece suporte a mensagens de",
		"обратитесь к администратору, чтобы уточнить, поддерживает ли ваш сервер отпускные сообщения, и как",
		"prosím opýtajte sa svojho administrátora, či váš server podporuje správy o neprítomnosti na strane",
		"prosimo, obrnite se na svojega skrbnika, da preverite, ali vaš strežnik podpira odhodne napotitve",
		"kontakta din administratör för att kontrollera om din server stöder semestermeddelanden på servern",
		"зверніться до свого адміністратора, щоб дізнатися, чи підтримує ваш сервер серверні повідомлення",
		"请联系您的管理员，确认服务器是否支持服务器端休假信息，以及如何在 egroupware 中为", "keine sieve-unterstützung gefunden",
		"no sieve support detected, either fix configuration manually or leave it switched off", "no se detectó soporte de sieve",
		"aucun support sieve n'a été détecté", "non è stato rilevato il supporto per sieve",
		"sieve サーバーを検知できませんでした。構成を修正するか、sieve を無効にしてください", "គ្មានការគាំទ្រ sieve ត្រូវបានរកឃើញទេ ទាំងជួសជុលការកំណត់រចនាស",
		"nezistila sa podpora sieve, prosím opravte nastavenia ručne alebo ponechajte voľbu vypnutú",
		"ni zaznati podpore za sito, bodisi popravite konfiguracijo ročno ali pa jo pustite izklopljeno",
	),
		doc: "EGroupware says the account's Sieve filtering is not activated or not detected, or the server's sieve_maxscriptsize leaves no room for the script (mail_sieve, admin_mail, Sieve/Script.php): the Sieve settings"},
	{id: "l10n_egroupware_insecure_connection", class: ClassConfig, anyOf: p(
		// connection is not secure! everyone can read eg. your credentials.: de, en, es-es, fr, it, km, sk, sl
		"die verbindung ist nicht sicher! jeder kann z", "connection is not secure! everyone can read eg",
		"¡la conexión no es segura! e.g", "la connexion n'est pas sécurisée ! par exemple",
		"la connessione non è sicura! chiunque può leggere", "ការតភ្ជាប់មិនមានសុវត្ថិភាពទេ! មនុស្សគ្រប់គ្នាអាចអាន ឧ",
		"pripojenie nie je bezpečné! ktokoľvek si môže napr", "povezava ni varna! vsakdo lahko prebere npr",
	),
		doc: "EGroupware's account wizard warns after a successful login that the connection is not encrypted (admin_mail): the security setting"},
	// no valid %1 folder configured! ("%1" is the translated folder name, so
	// the sentence is read as its two fixed halves): cs, de, en, es-es, fr,
	// it, ja, km, nl, pt, pt-br; el, ru, sk and sl end at the placeholder.
	// A half shorter than 12 bytes ("složka", "有効な", "válida!") decides
	// only together with one of the other list's halves.
	{id: "l10n_egroupware_no_valid_folder", class: ClassConfig, anyOf: p(
		"složka", "kein gültiger", "no valid", "no se ha configurado ninguna carpeta", "aucun répertoire",
		"nessun cartella valida", "有効な", "គ្មាន\u200bថត", "geen geldige", "nenhuma pasta válido",
	), alsoAny: p(
		"není správně nakonfigurovaná", "ordner eingestellt", "folder configured", "válida!", "valide configuré",
		"configurata!", "フォルダが構成されていません", "ដែល\u200bបាន\u200bកំណត់\u200bត្រឹមត្រូវ\u200bទេ", "map geconfigureerd", "configurado!",
	),
		doc: "EGroupware's eSync check says the account has no valid trash or sent folder configured (mail_zpush): a folder setting"},
	{id: "l10n_egroupware_no_valid_folder_prefix", class: ClassConfig, anyOf: p(
		"δεν έχει ρυθμιστεί έγκυρος φάκελος", "не настроен правильный каталог", "nebol nastavený platný priečinok",
		"ni veljavne mape",
	),
		doc: "EGroupware's eSync check says the account has no valid trash or sent folder configured, in the languages whose sentence ends at the folder name (mail_zpush): a folder setting"},
	// folder '%1' not found: en, de (jmap.ts; the folder path between the quotes).
	{id: "l10n_egroupware_folder_not_found", class: ClassConfig, anyOf: p("folder '", "ordner '"), alsoAny: p("' not found", "' nicht gefunden"),
		doc: "EGroupware's mail view says the folder asked for is not among the account's mailboxes (jmap.ts): the account's folder setup"},
}
