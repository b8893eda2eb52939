package classify

import "testing"

// Round 35's families of PHP (and Perl) webmail and web products
// (classify/round35_php.go): for each key a missed row held, the round's own
// text and the same key in a locale the round does not hold, from the
// product's own files, and look-alikes that must not read as a refused login
// or a revoked grant.
func TestRound35PHPFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// SquirrelMail sqimap_login: "Unknown user or password incorrect." (auth).
		{"Istmeretlen felhasználó vagy jelszó.", ClassAuth, "php_mail_login_refused"},
		{"Tuntematon käyttäjä tai väärä tunnussana.", ClassAuth, "php_mail_login_refused"},
		{"Nežinomas vartotojas arba klaidingas slaptažodis.", ClassAuth, "php_mail_login_refused"},
		{"مستخدم غير معروف أو كلمة مرور غير صحيحة.", ClassAuth, "php_mail_login_refused"},
		{"অজ্ঞাত ব্যবহারকারী অথবা ভূল পাসওয়ার্ড।", ClassAuth, "php_mail_login_refused"},
		// mail_fetch class.POP3.php: "apop authentication failed" (auth).
		{"POP3 apop: apop autentifikace selhala", ClassAuth, "php_mail_login_refused"},
		{"apop-validering misslyckades", ClassAuth, "php_mail_login_refused"},
		{"apop autentifisering misslukkast.", ClassAuth, "php_mail_login_refused"},
		{"apop käyttäjäntarkistus epäonnistui", ClassAuth, "php_mail_login_refused"},
		{"apop kautotzeak huts egin du", ClassAuth, "php_mail_login_refused"},
		// Deliver_SMTP errorCheck 535 "Authentication failed" (auth).
		{"autentifikace se nezdaříla", ClassAuth, "php_mail_login_refused"},
		{"Autorizacija nepavyko", ClassAuth, "php_mail_login_refused"},
		{"Неуспешна аутентикация", ClassAuth, "php_mail_login_refused"},
		// 454 "Temporary authentication failure" (auth_temporary).
		{"Dočasna chyba autentifikace selhala", ClassAuthTemporary, "squirrelmail_smtp_auth_temporary"},
		{"Laikina autorizavimo klaida", ClassAuthTemporary, "squirrelmail_smtp_auth_temporary"},
		{"Временен проблем с аутентикацията", ClassAuthTemporary, "squirrelmail_smtp_auth_temporary"},
		{"Tempor&auml;rer Authentifizierungsfehler", ClassAuthTemporary, "squirrelmail_smtp_auth_temporary"},
		// 530, 534, 538, 432 and STARTTLS not offered (config).
		{"autentifikace je nutná", ClassConfig, "php_mail_auth_setup"},
		{"Būtina autorizacija", ClassConfig, "php_mail_auth_setup"},
		{"Изисква се аутентикация", ClassConfig, "php_mail_auth_setup"},
		{"Mecanismo de identificación demasiado simple", ClassConfig, "php_mail_auth_setup"},
		{"Příliš nedokonalá metoda autentifikace", ClassConfig, "php_mail_auth_setup"},
		{"Per silpnas autorizavimo tipas", ClassConfig, "php_mail_auth_setup"},
		{"Authentifizierungsmechanismus ist zu schwach", ClassConfig, "php_mail_auth_setup"},
		{"Pro použití této autentifikační metody je nutné použít šifrování", ClassConfig, "php_mail_auth_setup"},
		{"Nurodytas autorizavimo mechanizmas reikalauja kodavimo", ClassConfig, "php_mail_auth_setup"},
		{"Заявения метод на аутентикация изисква криптиране", ClassConfig, "php_mail_auth_setup"},
		{"Přeměna hesla je nutná", ClassConfig, "php_mail_auth_setup"},
		{"Απαιτείται μετάβαση κωδικού", ClassConfig, "php_mail_auth_setup"},
		{"SMTP STARTTLS está habilitado en la configuración de SquirrelMail, pero el servidor SMTP usado no lo soporta.", ClassConfig, "php_mail_auth_setup"},
		{"SMTP STARTTLS gaiturik dago SquirrelMail konfigurazioan, baina erabilitako SMTP zerbitzariak ez du berau onartzen", ClassConfig, "php_mail_auth_setup"},
		// 421 and 550 (transient, recipient).
		{"Služba nedostupná, zavírám kanál", ClassTransient, "php_mail_connection"},
		{"Paslauga nepasiekiama, uždaromas kanalas", ClassTransient, "php_mail_connection"},
		{"Услугана не е достъпна, затварянен на канала", ClassTransient, "php_mail_connection"},
		{"Nurodytas veiksmas neįvykdytas: pašto dėžė nepasiekiama", ClassRecipient, "squirrelmail_mailbox_unavailable"},
		{"Заявеното действие не е извършено: пощенската кутия е недостъпна", ClassRecipient, "squirrelmail_mailbox_unavailable"},
		{"Запрос не выполнен: почтовый ящик недоступен", ClassRecipient, "squirrelmail_mailbox_unavailable"},
		// The IMAP and SMTP connections and mail_fetch's socket (transient).
		{"Erro ao conectar com o servidor IMAP: %s.", ClassTransient, "php_mail_connection"},
		{"Error conectando al servidor IMAP: %s.", ClassTransient, "php_mail_connection"},
		{"שגיאה בהתחברות לשרת IMAP: 111 Connection refused", ClassTransient, "php_mail_connection_early"},
		{"ERRO: O servidor IMAp fechou a conexão.", ClassTransient, "php_mail_connection"},
		{"ERREUR&#160;: Le serveur IMAP a rompu la connexion.", ClassTransient, "php_mail_connection"},
		{"ERROR : Conexión descartada por servidor Imap", ClassTransient, "php_mail_connection"},
		{"FEHLER: Verbindung wurde vom IMAP-Server abgebrochen.", ClassTransient, "php_mail_connection"},
		{"No puedo abrir la conexión SMTP", ClassTransient, "php_mail_connection"},
		{"Ezin izan da SMTP isuria ireki.", ClassTransient, "php_mail_connection"},
		{"Nieje pipojenie na server", ClassTransient, "php_mail_connection"},
		{"Nu mă pot conecta la server", ClassTransient, "php_mail_connection"},
		{"Ingen forbindelse til serveren", ClassTransient, "php_mail_connection"},
		{"Kunne ikkje koble til tjenaren", ClassTransient, "php_mail_connection"},
		{"Няма връзка към сървъра", ClassTransient, "php_mail_connection"},
		// CodeIgniter 4 SMTPAuthenticate (auth, config) and Map-OS's CodeIgniter 3 (config).
		{"Ha fallado la autentificación de la contraseña. Error: 535 5.7.8", ClassAuth, "php_mail_login_refused"},
		{"No se pudieron autenticar las credenciales del usuario. Error: {0}", ClassAuth, "php_mail_login_refused"},
		{"فشلت مصادقة بيانات اعتماد المستخدم. الخطأ: {0}", ClassAuth, "php_mail_login_refused"},
		{"Kunde inte verifiera lösenordet. Fel: {0}", ClassAuth, "php_mail_login_refused"},
		{"No se puede iniciar el comando AUTH. Es posible que su servidor no esté configurado para usar el método de autenticación AUTH {0}.", ClassConfig, "php_mail_auth_setup_early"},
		{"Nie można zainicjować polecenia AUTH. Twój serwer może nie być skonfigurowany do korzystania z metody uwierzytelniania AUTH {0}.", ClassConfig, "php_mail_auth_setup_early"},
		{"تعذر بدء أمر AUTH. قد لا يكون خادمك مهيئاً لاستخدام طريقة المصادقة AUTH {0}.", ClassConfig, "php_mail_auth_setup"},
		{"Error: Debe especificar un usuario y contraseña SMTP.", ClassConfig, "php_mail_auth_setup"},
		{"Грешка: Трябва да зададете SMTP потребителско име и парола.", ClassConfig, "php_mail_auth_setup"},
		{"Ошибка: необходимо указать логин и пароль SMTP.", ClassConfig, "php_mail_auth_setup_early"},
		{"Falha ao enviar comando AUTH LOGIN. Erro: %s", ClassConfig, "php_mail_auth_setup_early"},
		{"Erro: Você deve atribuir um usuário e senha do SMTP.", ClassConfig, "php_mail_auth_setup"},
		// MyBB, SMF, phpList (config, transient).
		{"The SMTP server did not respond correctly to the AUTH LOGIN command", ClassConfig, "php_mail_auth_setup"},
		{"The server did not understand the AUTH command", ClassConfig, "php_mail_auth_setup"},
		{"Unable to send the data to the SMTP server", ClassTransient, "php_mail_connection"},
		{"SMTP port setting incorrect; it should be 465 for SSL servers. Hostname may need ssl:// prefix.", ClassConfig, "php_mail_auth_setup"},
		{"IMAP در  PHP فعال نشده، ادامه امکان پذیر نیست", ClassConfig, "php_mail_auth_setup"},
		{"IMAP není ve vašem PHP povolen, nebo nainstalován, proto nelze pokračovat", ClassConfig, "php_mail_auth_setup"},
		{"IMAP не включен в текущую установку PHP, продолжение невозможно", ClassConfig, "php_mail_auth_setup_early"},
		// Open WebMail and Telaen (transient).
		{"Acceso falló: error de sistema de autenticación.", ClassTransient, "php_mail_connection_early"},
		{"Přihlášení se nezdařilo: chyba v ověření.", ClassTransient, "php_mail_connection_early"},
		{"Login fallito: errore nel sistema di autenticazione.", ClassTransient, "php_mail_connection_early"},
		{"Não foi possível acessar nenhum dos seguintes servidores SMTP:", ClassTransient, "php_mail_connection"},
		{"Nelze otevřít nějaký z těchto SMTP serverů: smtp.example.com:25", ClassTransient, "php_mail_connection"},
		{"No fue posible la conexión con el servidor", ClassTransient, "php_mail_connection"},
		{"Nie mogę połączyć się z serwerem", ClassTransient, "php_mail_connection"},
		// The products' own accounts (unknown).
		{"This user is marked as inactive. Please contact the system administrator.", ClassUnknown, "php_own_account_unknown"},
		{"Contraseña de base de datos incorrecta", ClassUnknown, "php_own_account_unknown"},
		{"Nesprávné heslo databáze", ClassUnknown, "php_own_account_unknown"},
		{"¡Error! La contraseña actual dada es incorrecta.", ClassUnknown, "php_own_account_unknown"},
		{"Erro! A senha atual fornecida está incorreta.", ClassUnknown, "php_own_account_unknown"},
		{"Fehler! Das angegebene aktuelle Passwort ist falsch.", ClassUnknown, "php_own_account_unknown"},
		{"El usuario o la contraseña son incorrectos. Intenta de nuevo.", ClassUnknown, "php_own_account_unknown"},
		{"¡Ouch! Esta cuenta ha sido bloqueada debido a intentos de acceso fallidos.", ClassUnknown, "php_own_account_unknown"},
		{"Ouch! This account has been blocked due to failed access attempts.", ClassUnknown, "php_own_account_unknown"},
	})
	// Look-alikes: mechanism, setup, connection and own-account sentences that
	// name authentication or a password.
	assertNotClasses(t, []string{
		"Dočasna chyba autentifikace selhala",
		"Falló de identificación temporal",
		"Mecanismo de identificación demasiado simple",
		"Nurodytas autorizavimo mechanizmas reikalauja kodavimo",
		"Přeměna hesla je nutná",
		"Acceso falló: error de sistema de autenticación.",
		"Anmeldung fehlgeschlagen: Fehler des Legitimationssystems.",
		"No se puede iniciar el comando AUTH. Es posible que su servidor no esté configurado para usar el método de autenticación AUTH login.",
		"Falha ao enviar comando AUTH LOGIN. Erro: 503 5.5.1 Error: authentication not enabled",
		"Erro: Você deve atribuir um usuário e senha do SMTP.",
		"The SMTP server did not respond correctly to the AUTH LOGIN command",
		"Contraseña de base de datos incorrecta",
		"Mot de passe de la base de données incorrect",
		"Erro! A senha atual fornecida está incorreta.",
		"El usuario o la contraseña son incorrectos. Intenta de nuevo.",
		"This user is marked as inactive. Please contact the system administrator.",
	}, ClassAuth, ClassRevoked)
	assertNotClasses(t, []string{
		"¡Ouch! Esta cuenta ha sido bloqueada debido a intentos de acceso fallidos.",
		"This user is marked as inactive. Please contact the system administrator.",
	}, ClassBlocked, ClassRecipient)
	// A mailbox's own refused login in the same languages stays a refused login.
	assertTextRules(t, []textCase{
		{"Authentifizierung fehlgeschlagen", ClassAuth, ""},
		{"Usuario o contraseña incorrectos", ClassAuth, ""},
	})
}
