package classify

// Bitrix24's mail module: its own sentences for a mailbox connection that
// fails, in every language of the module's lang files
// (bitrix/modules/mail/lang/<lang>/, components/bitrix/mail.client.config/
// lang/<lang>/class.php; read in Malifikus/BITRIX_LOCAL-2026-02 commit
// b6b29f4c and bziksv/polimer commit 992cb579), each phrase the distinctive
// fixed part of one translation. The locale codes are Bitrix's: ua
// Ukrainian, kz Kazakh, la Latin-American Spanish, br Brazilian Portuguese.
//
//   - lib/helper/mailbox/mailboxconnector.php MailboxConnector::addErrors and
//     mail.client.config class.php error(): when the only error of a check is
//     Imap::ERR_AUTH, an OAuth mailbox's incoming server refusing the login
//     ("Authentication at external incoming mail server has failed"): auth;
//     an OAuth sender's SMTP login failing ("Make sure that the email server
//     allows sending emails via the SMTP ... contact [your administrator]"):
//     admin, SMTP AUTH switched off for the tenant or mailbox;
//   - mail.client.config script.js, on a mailbox whose last sync failed: the
//     OAuth mailbox's "Please authenticate again to continue using the
//     mailbox" (revoked) and the password mailbox's "Please create a new
//     password in your mail service" (auth);
//   - lib/imap.php and lib/smtp.php decodeError: ERR_AUTH ("Please authorize
//     again in the mailbox settings", older "Authentication error"): auth;
//     ERR_AUTH_MECH: config; ERR_AUTH_OAUTH ("Cannot get permission", the
//     stored grant gave no token), always joined after the ERR_AUTH text:
//     revoked; ERR_CONNECT, ERR_REJECTED, ERR_COMMUNICATE,
//     ERR_EMPTY_RESPONSE, ERR_CAPABILITY: transient; ERR_STARTTLS: config;
//   - classes/general/mail.php CMailbox (POP3): PASS refused: auth; the
//     socket not opened in time: transient;
//   - the product's own checks before any login (an SMTP password starting
//     with "^", holding a NUL byte or a leading or trailing space, an invalid
//     server address or port, an address that is not the signed-in
//     account's, a mail service missing from the portal's table): config;
//     no OAuth application set up in the Social services module: platform.
//
// testdata/catalogs/client_l10n_bitrix.jsonl holds every translation; the
// comment above each group lists the locales whose text needed a phrase here
// (the other locales' texts were already classified as labelled).

// bitrixEarlyRules come right after mailcowEarlyRules: the product's whole
// sentences decide before the generic words in them ("authentication
// failed", "authenticate again", "password") call them a refused login or a
// missing login. None of them quotes a server's reply.
var bitrixEarlyRules = []rule{
	{id: "l10n_bitrix_oauth_smtp_disabled", class: ClassAdmin, anyOf: p(
		// MAIL_MAILBOX_CONNECTOR_CLIENT_ERR_OAUTH_SMTP, MAIL_CLIENT_CONFIG_IMAP_AUTH_ERR_OAUTH_SMTP: en, ru, de, ua, kz, la, br, fr, it, pl
		"make sure that the email server allows sending emails via the smtp", "убедитесь, что на почтовом сервере настроена отправка писем по протоколу smtp",
		"dass der e-mail-server das senden von e-mails über smtp erlaubt", "переконайтеся, що на поштовому сервері налаштовано надсилання листів за протоколом smtp",
		"электрондық пошта серверінде smtp хаттамасы арқылы электрондық хаттарды жіберу бапталғанына көз жеткізіңіз",
		"asegúrese de que el servidor de correo permite enviar correos electrónicos mediante el smtp", "verifique se o servidor de e-mail permite enviar e-mails pelo smtp",
		"assurez-vous que le serveur de messagerie autorise l'envoi d'e-mails via le smtp", "assicurati che il server di posta elettronica consenta l'invio di e-mail tramite smtp",
		"upewnij się, że serwer pocztowy umożliwia wysyłanie wiadomości e-mail poprzez smtp",
	),
		doc: "Bitrix24 says in the owner's language that SMTP authentication after an OAuth sign-in failed and asks to make sure the mail server allows sending over SMTP, or to ask the administrator who supervises the accounts: SMTP AUTH switched off for the tenant or mailbox"},
	{id: "l10n_bitrix_oauth_login_refused", class: ClassAuth, anyOf: p(
		// MAIL_MAILBOX_CONNECTOR_CLIENT_ERR_OAUTH, MAIL_CLIENT_CONFIG_IMAP_AUTH_ERR_OAUTH: en, ru, ua, kz
		"authentication at external incoming mail server has failed", "не прошла авторизация на внешнем сервере входящей почты",
		"не пройшла авторизація на зовнішньому сервері вхідної пошти", "кіріс поштасының сыртқы серверінде авторландырудан өткен жоқ",
	),
		doc: "Bitrix24 says in the owner's language that the incoming mail server refused an OAuth sign-in and asks to make sure a user with that address exists there (its words \"connected to the mail server\" are not a network failure)"},
	{id: "l10n_bitrix_sync_reauthenticate", class: ClassRevoked, anyOf: p(
		// MAIL_CONFIG_OAUTH_ERROR_TOUR_TEXT: en, ru, de, ua, kz, la, br, fr, it, pl
		"please authenticate again to continue using the mailbox", "авторизуйтесь повторно, чтобы продолжить работу с почтой",
		"authentifizieren sie sich erneut, um die mailbox weiterhin verwenden zu können", "авторизуйтесь ще раз, щоб продовжити роботу з поштою",
		"поштамен жұмыс істеуді жалғастыру үшін қайта авторланыңыз", "vuelva a autenticarse para seguir utilizando el buzón",
		"autentique novamente para continuar usando a caixa de correio", "veuillez vous authentifier à nouveau pour continuer d'utiliser la boîte de réception",
		"effettua di nuovo l'autenticazione per continuare a usare la casella di posta", "aby kontynuować korzystanie ze skrzynki pocztowej, uwierzytelnij się ponownie",
	),
		doc: "Bitrix24 says in the owner's language that an OAuth-connected mailbox could not be reached at the last sync and the owner must authenticate again: the stored grant no longer works"},
	{id: "l10n_bitrix_sync_new_password", class: ClassAuth, anyOf: p(
		// MAIL_CONFIG_PASSWORD_ERROR_TOUR_TEXT: en, ru, de, ua, kz, la, br, fr, it
		"please create a new password in your mail service to continue using the mailbox", "создайте новый пароль в вашем почтовом сервисе, чтобы продолжить работу с почтой",
		"bitte erstellen sie ein neues passwort in ihrem maildienst", "створіть новий пароль у поштовому сервісі, щоб продовжити роботу з поштою",
		"поштамен жұмысты жалғастыру үшін пошта қызметінде жаңа құпиясөз жасаңыз", "cree una nueva contraseña en su servicio de correo para seguir utilizando el buzón",
		"crie uma nova senha no seu serviço de correio para continuar usando a caixa de correio", "veuillez créer un nouveau mot de passe dans votre service de messagerie",
		"crea una nuova password per continuare a usare la casella di posta",
	),
		doc: "Bitrix24 says in the owner's language that a password-connected mailbox could not be reached at the last sync and the owner must create a new (app) password at the mail service"},
	{id: "l10n_bitrix_oauth_no_token", class: ClassRevoked, anyOf: p(
		// MAIL_IMAP_ERR_AUTH (any version), joined in front of ...
		"authentication error", "please authorize again in the mailbox settings", "ошибка авторизации", "пройдите повторную авторизацию в настройках ящика",
		"autorisierungsfehler", "sie sollten sich erneut in den einstellungen der mailbox autorisieren", "помилка авторизації", "авторландыру қатесі",
		"жәшік баптауларында қайта авторландырудан өтіңіз", "error de autenticación", "erro de autenticação", "erreur d'authentification",
		"errore di autenticazione", "błąd uwierzytelnienia",
	), alsoAny: p(
		// ... MAIL_IMAP_ERR_AUTH_OAUTH: en, ru, de, ua, kz, la, br, fr, it, pl
		"cannot get permission", "не удалось получить разрешение", "genehmigung konnte nicht erhalten werden", "не вдалося отримати дозвіл",
		"рұқсат алу мүмкін болмады", "no se puede obtener permiso", "não é possível obter permissão", "impossible de récupérer la permission",
		"impossibile ottenere l'autorizzazione", "nie można uzyskać pozwolenia",
	),
		doc: "Bitrix24's IMAP client says in the owner's language that authentication failed because no permission (access token) could be got from the stored OAuth grant: the grant is gone"},
	{id: "l10n_bitrix_auth_mechanism", class: ClassConfig, anyOf: p(
		// MAIL_IMAP_ERR_AUTH_MECH, MAIL_SMTP_ERR_AUTH_MECH: en, ru, de, kz, br, pl
		"the server does not support the required authentication method", "сервер не поддерживает необходимый механизм авторизации",
		"der server unterstützt nicht die erforderliche autorisierungsmethode", "сервер қажетті авторландыру механизмін қолдамайды",
		"o servidor não suporta o método de autenticação necessário", "serwer nie obsługuje wymaganej metody uwierzytelniania",
		// the same, for the message joined after the ERR_AUTH text: ua, la, fr, it
		"сервер не підтримує необхідний механізм авторизації", "el servidor no es compatible con el método de autenticación requerido",
		"le serveur ne prend pas en charge la méthode d'authentification requise", "il server non supporta il metodo di autenticazione richiesto",
	),
		doc: "Bitrix24's IMAP or SMTP client says in the owner's language that the server supports none of the authentication methods it needs: the connection's setup, not the password"},
	{id: "l10n_bitrix_password_rejected_by_form", class: ClassConfig, anyOf: p(
		// MAIL_MAILBOX_CONNECTOR_SMTP_PASS_BAD_SYMBOLS: en, ru, de, ua, kz, la, br, fr, it, pl
		"smtp password includes invalid characters", "пароль smtp содержит запрещённые символы", "smtp-passwort enthält ungültige zeichen",
		"пароль smtp містить заборонені символи", "smtp құпиясөзінде тыйым салынған символдар бар", "la contraseña smtp incluye caracteres no válidos",
		"a senha smtp inclui caracteres inválidos", "le mot de passe smtp inclut des caractères non valides", "la password smtp comprende caratteri non validi",
		"hasło smtp zawiera nieprawidłowe znaki",
		// MAIL_CLIENT_CONFIG_SMTP_PASS_BAD, _BAD_CARET: en, ru, de, ua, kz, la, br, fr, it, pl
		`password cannot start with a "^"`, `пароль не может начинаться с символа "^"`, `passwort kann nicht mit einem "^" anfangen`,
		`пароль не може починатися із символу "^"`, `құпиясөз "^" белгісінен басталмайды`, `құпиясөз "^" символынан бастала алмайды`,
		`la contraseña no puede comenzar con un "^"`, `a senha não pode começar com um "^"`, `le mot de passe ne peut pas commencer par le caractère "^"`,
		`la password non può iniziare con "^"`, `la password non può iniziare con il simbolo "^"`, `hasło nie może zaczynać się od "^"`,
		`hasło nie może zaczynać się symbolem "^"`,
		// MAIL_CLIENT_CONFIG_SMTP_PASS_BAD_NULL: en, ru, de, ua, kz, la, br, fr, it, pl
		"password cannot contain null bytes", "пароль не должен содержать нулевых байтов", "passwort soll keine null-bytes enthalten",
		"пароль не повинен містити нульових байтів", "құпиясөзде нөлдік байт болмауы керек", "la contraseña no puede contener caracteres nulos",
		"a senha não pode conter bytes nulos", "le mot de passe ne doit pas contenir d'octets nuls", "la password non può contenere byte null",
		"hasło nie może zawierać pustych bajtów",
		// MAIL_CLIENT_CONFIG_SMTP_PASS_SPACE: en, ru, de, ua, kz, la, br, fr, it, pl
		"password starts or ends with a space character", "пароль начинается или оканчивается пробелом", "passwort fängt an oder endet mit einem leerzeichen",
		"пароль починається або закінчується пробілом", "құпиясөз бос орыннан басталады немесе аяқталады", "la contraseña comienza o termina con un espacio",
		"a senha começa ou termina com um espaço", "le mot de passe commence ou se termine par un espace", "la password inizia o termina con uno spazio",
		"hasło zawiera spację na początku lub na końcu",
	),
		doc: "Bitrix24's mailbox form says in the owner's language that the SMTP password has characters it cannot take (a leading \"^\", a NUL byte, a leading or trailing space): the product's own check before any login"},
	{id: "l10n_bitrix_form_settings", class: ClassConfig, anyOf: p(
		// MAIL_MAILBOX_CONNECTOR_CLIENT_THERE_ARE_NO_MAIL_SERVICES: en, ru, de, ua, kz, la, br, fr, it, pl
		"email service provider is not in the service list", "почтовый сервис должен быть добавлен в таблицу сервисов", "der e-mail-anbieter ist nicht in der service-liste",
		"поштовий сервіс має бути доданий у таблицю сервісів", "пошта сервисі сервистер кестесіне қосылуы керек",
		"el proveedor de servicios de correo electrónico no está en la lista de servicios", "o provedor de serviços de e-mail não está na lista de serviços",
		"le fournisseur de services de messagerie ne figure pas dans la liste des services", "il provider del servizio di posta non è nell'elenco dei servizi",
		"dostawca usług poczty elektronicznej nie znajduje się na liście z usługami",
		// MAIL_CLIENT_CONFIG_EMAIL_OAUTH_FIELD_ERROR: en, ru, de, ua, kz, la, br, fr, it, pl
		"please enter e-mail address that is associated with the selected account", "введите e-mail, который привязан к выбранному аккаунту",
		"die mit dem ausgewählten account verknüpft ist", "уведіть адресу електронної пошти, яка прив'язана до вибраного облікового запису",
		"таңдалған аккаунтпен байланыстырылған e-mail енгізіңіз", "introduzca la dirección de correo electrónico asociada a la cuenta seleccionada",
		"insira o endereço de e-mail associado à conta selecionada", "veuillez saisir celle associée au compte sélectionné",
		"inserisci l'indirizzo e-mail associato all'account selezionato", "wprowadź adres e-mail powiązany z wybranym kontem",
	),
		doc: "Bitrix24's mailbox form says in the owner's language that the mail service is missing from the portal's service list, or that the address typed is not the signed-in account's: the settings, before any login"},
	{id: "l10n_bitrix_oauth_app_missing", class: ClassPlatform, anyOf: p(
		// MAIL_MAILBOX_CONNECTING_ERROR_MAIL_MODULE_OAUTH_SERVICE_IS_NOT_CONFIGURED: ru, kz
		"этот сервис не настроен для oauth авторизации", "модулінде oauth авторландыру үшін бапталмаған",
	),
		doc: "Bitrix24 says in the owner's language that the mail service has no OAuth application set up in the portal's Social services module: the integrating product's own OAuth client"},
}

// bitrixRules come right after nextcloudRules: a reply the product quotes
// ("(IMAP: ...)") decides before its sentence, and the refused-login rule
// takes no text that also says temporary, later, network, connection or
// recipient.
var bitrixRules = []rule{
	{id: "l10n_bitrix_login_refused", class: ClassAuth, anyOf: p(
		// MAIL_IMAP_ERR_AUTH: en, ru, de, kz, pl
		"please authorize again in the mailbox settings", "пройдите повторную авторизацию в настройках ящика",
		"sie sollten sich erneut in den einstellungen der mailbox autorisieren", "жәшік баптауларында қайта авторландырудан өтіңіз",
		"błąd uwierzytelnienia",
		// MAIL_SMTP_ERR_AUTH: de, kz
		"autorisierungsfehler", "авторландыру қатесі",
		// MAIL_CLIENT_CONFIG_IMAP_AUTH_ERR_EXT: de
		"fehler der authentifizierung",
		// MAIL_CL_ERR_PASSWORD: ru, ua, kz, it, pl
		"неправильный пароль", "неправильний пароль", "дұрыс емес құпиясөз", "password non corretta", "niepoprawne hasło",
	),
		noneOf: l10nClientNotRefused,
		doc:    "Bitrix24's mail module says in the owner's language that the mail server refused the login or password, or asks to authorize again in the mailbox settings"},
}

// bitrixConnectionRules come right after nextcloudConnectionRules: a refused
// login, a TLS failure or a limit that the text also names decides first.
var bitrixConnectionRules = []rule{
	{id: "l10n_bitrix_tls", class: ClassConfig, anyOf: p(
		// MAIL_IMAP_ERR_STARTTLS, MAIL_SMTP_ERR_STARTTLS: en, ru, de, ua, kz, la, br, fr, it, pl
		"error initializing crypto api", "ошибка инициализации шифрования", "fehler bei initialisierung der api-verschlüsselung",
		"помилка ініціалізації шифрування", "шифрлауды инициализациялау қатесі", "error al inicializar crypto api",
		"erro ao inicializar a api de criptografia", "erreur lors de l'initialisation de l'api crypto", "errore durante l'inizializzazione della cryptoapi",
		"błąd podczas inicjowania crypto api",
	),
		doc: "Bitrix24's IMAP or SMTP client says in the owner's language that encryption (STARTTLS) could not be set up: the connection's security settings"},
	{id: "l10n_bitrix_bad_settings", class: ClassConfig, anyOf: p(
		// MAIL_CLIENT_CONFIG_IMAP_SERVER_BAD: en, ru, de, ua, kz, la, br, fr, it, pl
		"invalid imap server address", "недопустимый адрес imap-сервера", "ungültige adresse des imap-servers", "недопустима адреса imap-сервера",
		"imap серверінің жарамсыз мекенжайы", "dirección de servidor imap no válida", "endereço do servidor imap inválido", "adresse du serveur imap non valide",
		"indirizzo server imap non valido", "błędny adres serwera imap",
		// MAIL_CLIENT_CONFIG_IMAP_PORT_BAD: en, ru, de, ua, kz, la, br, fr, it, pl
		"invalid imap server port", "недопустимый порт imap-сервера", "ungültiger port des imap-servers", "недопустимий порт imap-сервера",
		"жарамсыз imap сервер порты", "puerto de servidor imap no válido", "porta do servidor imap inválida", "port du serveur imap non valide",
		"porta server imap non valida", "błędny adres portu imap",
		// MAIL_CLIENT_CONFIG_SMTP_SERVER_BAD: en, ru, de, ua, kz, la, br, fr, it, pl
		"smtp server address is invalid", "недопустимый адрес smtp-сервера", "die adresse des smtp-servers ist ungültig", "недопустима адреса smtp-сервера",
		"smtp-серверінің жарамсыз мекенжайы", "la dirección del servidor smtp no es válida", "o endereço do servidor smtp é inválido",
		"l'adresse du serveur smtp n'est pas valide", "l'indirizzo del server smtp non è valido", "adres serwera smtp jest nieprawidłowy",
		// MAIL_CLIENT_CONFIG_SMTP_PORT_BAD: en, ru, de, ua, kz, la, br, fr, it, pl
		"smtp server port is invalid", "недопустимый порт smtp-сервера", "der port des smtp-servers ist ungültig", "недопустимий порт smtp-сервера",
		"smtp-серверінің жарамсыз порты", "el puerto del servidor smtp no es válido", "a porta do servidor smtp é inválida",
		"le porte du serveur smtp n'est pas valide", "la porta del server smtp non è valida", "port serwera smtp jest nieprawidłowy",
		// MAIL_CLIENT_CONFIG_SERVER_BAD: en, ru, de, ua, kz, la, br, fr, it, pl
		"invalid server address", "недопустимый адрес сервера", "ungültige serveradresse", "недопустима адреса сервера", "жарамсыз сервер мекенжайы",
		"dirección de servidor no válida", "endereço do site inválido", "adresse de serveur non valide", "indirizzo server non valido", "błędny adres serwera",
		// MAIL_CLIENT_CONFIG_PORT_BAD: en, ru, de, ua, kz, la, br, fr, it, pl
		"invalid port", "недопустимый порт", "ungültiger port", "недопустимий порт", "жарамсыз порт", "puerto inválido", "porta inválida",
		"port non valide", "porta non valida", "błędny port",
	),
		doc: "Bitrix24's mailbox form says in the owner's language that the server address or port typed is not valid: the mailbox's settings"},
	{id: "l10n_bitrix_connection", class: ClassTransient, anyOf: p(
		// MAIL_MAILBOX_CONNECTOR_CLIENT_FORM_ERROR: en, ru, de, ua, kz, br, fr, it
		"refresh the page or restart the application", "не удалось подключить почтовый ящик", "bitte aktualisieren sie die seite oder starten sie die anwendung neu",
		"не вдалося під'єднати поштову скриньку", "пошта жәшігін қосу мүмкін болмады", "atualize a página ou reinicie o aplicativo",
		"actualisez la page ou redémarrez l'application", "aggiorna la pagina o riavvia l'applicazione",
		// MAIL_IMAP_ERR_CONNECT, MAIL_SMTP_ERR_CONNECT: en, ru, br, it
		"server connection error", "ошибка подключения к серверу", "erro de conexão ao servidor", "errore di connessione server",
		// MAIL_IMAP_ERR_REJECTED, MAIL_SMTP_ERR_REJECTED: ru, de, ua
		"подключение отклонено", "verbindung verweigert", "підключення відхилено",
		// MAIL_IMAP_ERR_COMMUNICATE, MAIL_SMTP_ERR_COMMUNICATE: en, ru, de, ua, kz, la, br, fr, it, pl
		"communication error", "ошибка передачи данных", "fehler der datenübertragung", "помилка передавання даних", "деректерді беру қатесі",
		"error de comunicación", "erro de comunicação", "erreur de communication", "errore di comunicazione", "błąd komunikacyjny",
		// MAIL_IMAP_ERR_EMPTY_RESPONSE, MAIL_SMTP_ERR_EMPTY_RESPONSE: en, ru, de, ua, kz, la, br, fr, it, pl
		"server returned no response", "нет ответа от сервера", "keine antwort vom server", "немає відповіді від сервера", "серверден жауап жоқ",
		"el servidor no devolvió ninguna respuesta", "o servidor não retornou resposta", "le serveur n'a renvoyé aucune réponse",
		"il server non ha restituito alcuna risposta", "serwer nie odpowiedział",
		// MAIL_IMAP_ERR_CAPABILITY, MAIL_SMTP_ERR_CAPABILITY: en, ru, de, ua, kz, la, br, fr, it, pl
		"error getting capabilities", "ошибка получения списка возможностей", "fehler beim abrufen der fähigkeiten", "помилка отримання списку можливостей",
		"мүмкіндіктер тізімін алу қатесі", "error al obtener capacidades", "erro ao obter recursos", "erreur lors de la récupération des capacités",
		"errore durante il recupero di funzionalità", "błąd podczas uzyskiwania możliwości",
		// MAIL_CL_TIMEOUT: ua, la, br, fr
		"таймаут з'єднання", "tiempo de espera de conexión", "tempo limite de conexão", "délai de connexion",
	),
		doc: "Bitrix24's mail module says in the owner's language that the mail server could not be reached, closed the connection, stopped answering or timed out: try again later"},
}
