package classify

// Two help desks' own messages when connecting a mailbox fails, in every
// locale each repository ships:
//
// Chatwoot (chatwoot/chatwoot commit e13e3c87 of 2026-01-19, read from the
// md-riaz/chatwoot snapshot that carries it, the upstream snapshot being over
// the size the store hands out): config/locales/<locale>.yml and
// app/javascript/dashboard/i18n/locale/<locale>/{inboxMgmt,settings}.json.
// Where the code raises each key:
//
//   - errors.inboxes.imap.*: app/helpers/api/v1/inboxes_helper.rb
//     check_imap_connection, when an inbox's IMAP settings are saved:
//     no_response_error on Net::IMAP::NoResponseError, the NO to the login
//     (auth); socket_error on SocketError, host_unreachable_error on
//     EHOSTUNREACH, connection_timed_out_error on Net::OpenTimeout and
//     connection_closed_error on any other Net::IMAP::Error (transient);
//   - INBOX_MGMT.RECONNECTION_REQUIRED (InboxReconnectionRequired.vue) and
//     SIDEBAR.REAUTHORIZE (ChannelLeaf.vue) on an inbox flagged
//     reauthorization_required, which app/jobs/inboxes/fetch_imap_emails_job.rb
//     sets for an email inbox when the Microsoft or Google token refresh
//     raises OAuth2::Error (revoked);
//   - INBOX_MGMT.ADD.MICROSOFT/GOOGLE.ERROR_MESSAGE (Microsoft.vue,
//     Google.vue and their Reauthorize.vue) when asking the product for the
//     authorization URL fails (transient);
//   - errors.inboxes.smtp.smtp_error, newer than that commit (en.yml at
//     006eb17c): check_smtp_connection on SMTPServerBusy, SMTPSyntaxError or
//     SMTPFatalError, pointing at the configuration (config).
//
// FreeScout (freescout-helpdesk/freescout commit 7c3e57aa,
// resources/lang/<locale>.json, English in the code):
//
//   - ":host is not available on :port port. ..." from
//     app/Http/Controllers/MailboxesController.php ajax (send_test,
//     fetch_test) when Helper::checkPort cannot reach the server, and "Error
//     occurred connecting to the server" when fetch_test fails with no
//     library message (transient); "There are some problems fetching
//     emails" from app/Console/Commands/FetchMonitor.php (transient);
//   - "Administrator has not configured mailbox connection settings yet."
//     (resources/views/secure/dashboard.blade.php) and "IMAP folder not found
//     on the mail server" (app/Console/Commands/FetchEmails.php) (config);
//   - the OAuth messages of MailboxesController::oauth about the mailbox's
//     OAuth client ID and secret (platform).
//
// FreeScout's "Please double check your password, and try again" and "This
// password is incorrect." concern the agent's own FreeScout password; their
// words are a refused mailbox login's, so they have no phrases and wait in
// testdata/catalogs/pending/client_l10n_helpdesk_pending.jsonl.
//
// Each phrase is the fixed text of one translation, lower-cased, without its
// trailing full stop, host, port or folder. The comment above each group
// lists the locales whose text needed a phrase; the other texts were already
// classified as labelled. testdata/catalogs/client_l10n_helpdesk.jsonl holds
// every translation.

// helpdeskRules come right after phpmailerRules: whole sentences that name
// the failure (a refused IMAP login, an inbox needing reauthorization, the
// missing connection settings, the OAuth client) and quote no server reply,
// so they decide before the generic words of languageAuthRules and
// l10nWordConnectionRules read "password" or "connection" in them.
var helpdeskRules = []rule{
	{id: "l10n_helpdesk_imap_credentials", class: ClassAuth, anyOf: p(
		// imap-no-response-error: en, ar, ca, da, de, el, fa, he, hu, id, is, it, ja, lt, lv, no, pl, ro, ru, sl, sr, tr, uk, zh_CN
		"please check the imap credentials and try again", "الرجاء التحقق من بيانات اعتماد imap ثم حاول مرة أخرى",
		"comprova les credencials imap i torna-ho a provar", "tjek venligst imap-legitimationsoplysningerne og prøv igen",
		"bitte überprüfen sie die imap-anmeldeinformationen und versuchen sie es erneut", "παρακαλούμε ελέγξτε τα διαπιστευτήρια imap και προσπαθήστε ξανά",
		"لطفا اعتبارنامه imap را بررسی کنید و دوباره امتحان کنید", "אנא בדוק את פרטי ה-imap ונסה שוב",
		"kérlek ellenőrizd az imap kapcsolódási adatokat, és próbáld újra", "periksa kembali kredensial imap dan coba lagi",
		"athugaðu imap auðkenni og reyndu aftur", "controlla le credenziali imap e riprova",
		"imapの資格情報を確認の上、再度お試しください", "patikrinkite imap prisijungimo duomenis ir bandykite dar kartą",
		"lūdzu, pārbaudiet imap akreditācijas datus un mēģiniet vēlreiz",
		"vennligst sjekk imap påloggingsinformasjonen, og prøv på nytt", "sprawdź poświadczenia imap i spróbuj ponownie",
		"verificați acreditările imap și încercați din nou", "проверьте учетные данные imap и повторите попытку",
		"preverite poverilnice imap in poskusite znova", "molim vas proverite imap kredencijale i pokušajte ponovo",
		"lütfen imap erişim bilgilerinizi kontrol edip tekrar deneyin", "будь ласка, перевірте облікові дані imap і повторіть спробу",
		"请检查 imap 凭据，然后重试", "controleer de imap-gegevens en probeer het opnieuw",
	),
		doc: "Chatwoot says in the owner's language that the IMAP server answered NO to the inbox's login (\"Please check the IMAP credentials and try again.\")"},
	{id: "l10n_helpdesk_reauthorize", class: ClassRevoked, anyOf: p(
		// reconnection-required: ca, de, es, he, it, ja, lv, pt, pt_BR, ru, zh_CN
		"la teva safata d'entrada està desconnectada. no rebràs missatges nous fins que no els tornis a autoritzar", "ihr posteingang ist nicht verbunden. sie erhalten keine neuen nachrichten, bis sie ihn erneut autorisieren",
		"tu bandeja de entrada está desconectada. no recibirás mensajes nuevos hasta que lo vuelvas a autorizar", "תיבת הדואר הנכנס שלך מנותקת. לא תקבל הודעות חדשות עד שתאשר אותה מחדש",
		"la tua inbox è disconnessa. non riceverai nuovi messaggi finché non la autorizzerai nuovamente", "受信トレイが切断されました。再認証するまで新しいメッセージを受信できません",
		"jūsu iesūtne ir atvienota. jūs nesaņemsiet jaunus ziņojumus, kamēr nebūsiet tos atkārtoti autorizējis", "a sua caixa de entrada está desconectada. não serão recebidas novas mensagens até nova autorização",
		"sua caixa de entrada está desconectada. você não receberá novas mensagens até reautorizar", "входящие сообщения отключены. вы не будете получать новые сообщения пока не пройдете авторизацию повторно",
		"您的收件箱已断开连接。在您重新授权之前，您不会收到新消息",
		// sidebar-reauthorize: en, ar, ca, de, es, he, it, ja, lv, pt_BR, ru, tr, zh_CN
		"your inbox connection has expired, please reconnect to continue receiving and sending messages", "انتهت صلاحية اتصال صندوق الوارد الخاص بك، يرجى إعادة الاتصال لمواصلة تلقي وإرسال الرسائل",
		"la vostra connexió a la safata d'entrada ha caducat, torna a connectar per continuar rebent i enviant missatges", "ihre posteingangsverbindung ist abgelaufen. bitte erneut verbinden, um weiterhin nachrichten empfangen und senden zu können",
		"su sesión ha expirado, por favor, vuelva a conectarse para continuar recibiendo y enviando mensajes", "חיבור תיבת הדואר הנכנס שלך פג, אנא התחבר מחדש כדי להמשיך לקבל ולשלוח הודעות",
		"la tua connessione alla inbox è scaduta, ricollegati per continuare a ricevere e inviare messaggi", "受信トレイの接続期限が切れました。継続してメッセージを受信および送信するには、再接続してください",
		"jūsu iesūtnes savienojuma termiņš ir beidzies. lūdzu, pievienojiet vēlreiz lai turpinātu saņemt un sūtīt ziņas", "a conexão com a sua caixa de entrada expirou. por favor, reconecte para continuar recebendo e enviando mensagens",
		"срок действия вашего источника истек, пожалуйста, переподключите чтобы снова получать и отправлять сообщения", "gelen kutusu bağlantınızın süresi doldu, lütfen yeniden bağlanarak mesaj almaya ve göndermeye devam edin",
		"您的收件箱连接已过期，请重新连接以继续接收和发送消息",
	),
		doc: "Chatwoot marks an inbox disconnected after its Microsoft or Google token refresh failed and asks the owner to reauthorize it"},
	{id: "l10n_helpdesk_settings", class: ClassConfig, anyOf: p(
		// not-configured: cs, de, es, fa, fi, fr, it, ja, ko, nl, no, pl, pt-BR, pt-PT, ru, sk, tr, zh-CN
		"správce dosud nenakonfiguroval nastavení připojení k schránce", "administrator hat noch keine verbindungseinstellungen für das e-mail-postfach konfiguriert",
		"el administrador aún no ha configurado los ajustes de conexión a las cuentas de correo", "مدیر هنوز تنظیمات اتصال صندوق پستی را پیکربندی نکرده است",
		"järjestelmänvalvoja ei ole vielä määrittänyt postilaatikon yhteysasetuksia", "l'administrateur n'a pas encore configuré la connexion à la boîte de réception",
		"l'amministratore non ha ancora configurato le impostazioni di connessione alla casella postale", "管理者はまだメールボックスの接続設定を行っていません",
		"관리자가 아직 사서함 연결 설정을 구성하지 않았습니다", "administrator heeft nog geen mailbox-verbindingsinstellingen geconfigureerd",
		"administrator har ikke konfigurert tilkoblingsinnstillingene for postkassen enda", "administrator nie skonfigurował jeszcze ustawień połączenia ze skrzynką pocztową",
		"o administrador ainda não configurou as configurações de conexão da caixa de correio", "o administrador ainda não configurou as definições de conexão da caixa de correio",
		"администратор ещё не настроил параметры подключения почтового ящика", "správca zatiaľ nenakonfiguroval nastavenie pripojenia ku mailovej schránke",
		"yönetici, posta kutusu bağlantı ayarlarını henüz yapılandırmadı", "管理员尚未配置邮箱连接设置",
		// imap-folder-not-found: en
		"imap folder not found on the mail server",
		// smtp-smtp-error: en
		"smtp server error. please check your configuration and try again",
	),
		doc: "FreeScout or Chatwoot says the mailbox's connection settings are missing or wrong (no settings yet, an IMAP folder the server lacks, an SMTP error sent back to the configuration)"},
	{id: "l10n_helpdesk_oauth_client", class: ClassPlatform, anyOf: p(
		// oauth-authorization-url: en
		"could not generate authorization url: check client id (username) and client secret (password)",
		// oauth-client-id-missing: en
		"enter oauth client id as username and save mailbox settings",
		// oauth-client-secret-missing: en
		"enter oauth client secret as password and save mailbox settings",
	),
		doc: "FreeScout's Microsoft OAuth flow lacks a usable client ID or secret for the mailbox's OAuth app: the OAuth client, not the mailbox's grant"},
	{id: "l10n_helpdesk_oauth_start", class: ClassTransient, anyOf: p(
		// microsoft-error-message: ca, de, es, fr, he, hu, id, it, ja, lt, lv, pt, pt_BR, ro, ru, zh_CN
		"s'ha produït un error en connectar amb microsoft, torna-ho a provar", "beim verbinden mit microsoft ist ein fehler aufgetreten, bitte versuchen sie es erneut",
		"hubo un error al conectarse a microsoft, por favor inténtalo de nuevo", "une erreur s'est produite lors de la connexion à microsoft, veuillez réessayer",
		"אירעה שגיאה בהתחברות ל- microsoft, אנא נסה שנית", "hiba történt a microsoft szervereihez való csatlakozáskor, kérjük próbáld később",
		"terjadi kesalahan saat menghubungkan ke microsoft, harap coba lagi", "si è verificato un errore nella connessione a microsoft, riprova",
		"microsoftへの接続中にエラーが発生しました。もう一度お試しください", "prisijungiant prie microsoft įvyko klaida, bandykite dar kartą",
		"veidojot savienojumu ar microsoft, radās kļūda. lūdzu, mēģiniet vēlreiz", "ocorreu um erro ao ligar à microsoft, por favor, tente novamente",
		"ocorreu um erro ao conectar com a microsoft, por favor, tente novamente", "a existat o eroare la conectarea la microsoft, încercați din nou",
		"произошла ошибка при подключении к microsoft, попробуйте еще раз", "连接microsoft时出现错误，请重试",
		// google-error-message: es, he, it, ja, lv, pt, pt_BR, ru, zh_CN
		"se ha producido un error al conectar a google, por favor inténtelo nuevamente", "אירעה שגיאה בחיבור ל-google, אנא נסה שוב",
		"si è verificato un errore nella connessione a google, riprova", "googleへの接続中にエラーが発生しました。もう一度お試しください",
		"veidojot savienojumu ar google, radās kļūda. lūdzu, mēģiniet vēlreiz", "ocorreu um erro ao conectar ao google, por favor, tente novamente",
		"houve um erro ao conectar com o google, por favor, tente novamente", "произошла ошибка при подключении к google, пожалуйста, попробуйте еще раз",
		"连接google时出现错误，请重试",
	),
		doc: "Chatwoot could not start the Microsoft or Google sign-in (its request for the authorization URL failed); try again"},
}

// helpdeskLateRules come right after phpmailerLateRules: connection sentences
// whose words (a server, a connection, a timeout) are common, so every
// earlier rule, above all one reading a server's reply or a refused login,
// decides first; they still decide before l10nWordConnectionRules.
var helpdeskLateRules = []rule{
	{id: "l10n_helpdesk_connection", class: ClassTransient, anyOf: p(
		// imap-socket-error: en, el, es, fr, he, hu, id, it, no, pl, ru
		"please check the network connection, imap address and try again", "παρακαλώ ελέγξτε τη σύνδεση δικτύου, τη διεύθυνση imap και προσπαθήστε ξανά",
		"verifique la conexión de red, la dirección imap y vuelva a intentarlo", "veuillez vérifier la connexion, l'adresse imap et réessayez",
		"אנא בדוק את חיבור הרשת, כתובת ה-imap ונסה שוב", "kérlek ellenőrizd a hálózati kapcsolatot, az imap címet, majd próbáld újra",
		"periksa sambungan jaringan, alamat imap, dan coba lagi", "controlla la connessione di rete, l'indirizzo imap e riprova",
		"kontroller nettverkstilkoblingen, imap-adressen og prøv på nytt", "sprawdź połączenie sieciowe, adres imap i spróbuj ponownie",
		"пожалуйста, проверьте сетевое подключение, адрес imap и повторите попытку",
		// imap-host-unreachable-error: ar, ca, da, de, el, es, fa, fr, he, hu, is, it, ja, lt, lv, nl, no, pt, pt_BR, ro, sl, sr, tr, uk, vi
		"المضيف لا يمكن الوصول إليه، الرجاء التحقق من عنوان imap ومنفذ imap ثم حاول مرة أخرى", "amfitrió inaccessible. comprova l'adreça imap, el port imap i torna-ho a provar",
		"vært utilgængeligt, tjek venligst imap-adressen, imap-porten og prøv igen", "host nicht erreichbar. bitte überprüfen sie die imap-adresse und den imap-port und versuchen sie es erneut",
		"μη προσβάσιμος διακομιστής, ελέγξτε τη διεύθυνση imap, τη θύρα imap και προσπαθήστε ξανά", "host inaccesible. verifique la dirección imap, el puerto imap e intente nuevamente",
		"میزبان غیرقابل دسترسی است، لطفا آدرس imap و پورت imap را بررسی کنید و دوباره امتحان کنید", "hôte injoignable, veuillez vérifier l'adresse imap, le port imap et réessayer",
		"מארח לא נגיש, אנא בדוק את כתובת ה-imap, יציאת ה-imap ונסה שוב", "a host nem érhető el, kérlek ellenőrizd az imap címet és portot, majd próbáld újra",
		"ekki er hægt að ná til hýsingaraðila. athugaðu imap vistfangið, imap tengið og reyndu aftur", "host irraggiungibile, controlla l'indirizzo imap, la porta imap e riprova",
		"ホストに接続できません。imapアドレス、ポートを確認の上、再度お試しください", "kompiuteris nepasiekiamas. patikrinkite imap adresą, imap prievadą ir bandykite dar kartą",
		"resursdators nav pieejams. lūdzu, pārbaudiet imap adresi, imap portu un mēģiniet vēlreiz", "host onbereikbaar, controleer het imap-adres, imap-poort en probeer het opnieuw",
		"verten er ikke tilgjengelig. vennligst kontroller imap-adressen, imap-porten og prøv på nytt", "host inacessível. por favor, verifique o endereço imap, porta imap e tente novamente",
		"servidor inacessível, por favor, verifique o endereço e a porta de imap e tente novamente", "gazdă imposibil de găsit, verificați adresa imap, portul imap și încercați din nou",
		"gostitelj nedosegljiv. preverite naslov imap, vrata imap in poskusite znova", "domaćin je nedostupan, molim vas proverite imap adresu, imap port i pokušajte ponovo",
		"host ulaşılamaz, lütfen imap adresini, imap portunu kontrol edin ve tekrar deneyin", "хост недоступний. будь ласка, перевірте адресу imap, порт imap і повторіть спробу",
		"máy chủ không thể truy cập được, vui lòng kiểm tra địa chỉ imap, cổng imap và thử lại",
		// host-not-available: en, cs, de, es, fa, fi, fr, hr, it, ja, ko, nl, no, pl, pt-BR, pt-PT, sk, zh-CN
		"address is correct and that outgoing port", "adresa je správná a že odchozí port",
		"die richtige adresse ist und der ausgehende port", "verificar que el puerto de salida",
		"در دسترس نیست. مطمئن شوید که آدرس", "osoite on oikea ja lähtevä port",
		"est ouvert en sortie sur votre serveur", "isprvna adresa i je li izlazni port",
		"sia corretto e che la porta in uscita", "が開放されていることを確認してください",
		"주소가 올바르고 서버 송신 포트", "correct is en dat de uitgaande poort",
		"adressen er korrekt og at utgående port", "jest poprawny i że port wychodzący",
		"está correto e se a porta de saída", "está correcto e que a porta de saída",
		"adresa je správna a že odchádzahúci port", "地址正确，并且您服务器上的传出端口",
		// error-connecting: en, cs, de, es, fi, it, ja, ko, nl, no, pl, pt-BR, ru, sk, zh-CN
		"error occurred connecting to the server", "došlo k chybě při připojování k serveru",
		"fehler beim verbinden mit dem server", "ocurrió un error conectando con el servidor",
		"yhteyden muodostamisessa palvelimeen tapahtui virhe", "si è verificato un errore durante la connessine al server",
		"サーバーへの接続でエラーが発生しました", "서버에 연결하는 동안 오류가 발생했습니다",
		"er is een fout opgetreden bij het verbinden met de server", "feil oppstod ved tilkobling til serveren",
		"wystąpił błąd podczas łączenia z serwerem", "erro ao conectar-se ao servidor",
		"произошла ошибка при подключении к серверу", "pri pripájaní k serveru sa vyskytla chyba",
		"连接服务器时发生错误",
		// fetch-monitor: en
		"there are some problems fetching emails: last time emails were successfully fetched",
		// imap-connection-timed-out-error: ca, el, es, fr, he, it, lt, lv, nl, no, pt_BR, sl
		"s'ha esgotat el temps d'espera de la connexió per a", "λήξη χρονικού ορίου σύνδεσης για",
		"se agotó el tiempo de conexión para", "la connexion a expiré pour",
		"חיבור פג זמן עבור", "connessione scaduta per",
		"sujungimo laukimo laikas", "iestājās taimauts",
		"verbinding time-out voor", "tilkobling ble tidsavbrutt for",
		"tempo esgotado de conexão para", "povezava je potekla za",
		// imap-connection-closed-error: Chatwoot's "Connection closed." is the
		// whole sentence; several translations are 15 to 19 bytes long and
		// stay specific only because they come this late.
		"connexió tancada", "verbindung geschlossen",
		"η σύνδεση έκλεισε", "conexión cerrada",
		"connexion fermée", "החיבור נסגר",
		"kapcsolódás bezárva", "connessione chiusa",
		"接続が閉じられました", "sujungimas uždarytas",
		"savienojums slēgts", "połączenie zakończone",
		"ligação encerrada", "conexão fechada",
		"conexiune închisă", "povezava zaprta",
		"з'єднання закрито", "kêt nối bị đóng",
		"连接已关闭",
	),
		doc: "Chatwoot or FreeScout says the mail server could not be reached or dropped the connection (host unreachable, timeout, name not resolved, port closed, connection closed)"},
	// "expirou" (7 bytes) counts only with "a ligação para" in the same text:
	// the host and port stand between the two, so no single phrase holds
	// the Portuguese sentence.
	{id: "l10n_helpdesk_timeout_pt", class: ClassTransient, allOf: p("a ligação para", "expirou"),
		doc: "Chatwoot's Portuguese \"A ligação para <host>:<port> expirou\": the IMAP connection timed out"},
}
