package classify

import (
	"testing"
)

// Round 35's families for a group of products' own mail messages
// (round35_apps.go): the round's texts, another locale of each key the
// round does not hold, and look-alikes that must not read as a refused
// login or a revoked grant. 1C's BSP ships its texts in Russian only, Oro's
// and Plane's in English only: their rows stand alone.
func TestRound35AppsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// The round's texts.
		{"Тайм-аут з'єднання з сервером SMTP перевищено.", ClassTransient, ""},                                                                   // h35a-onlyoffice-uk-smtp-connection-timeout
		{"Настройки авторизации Интернет-сервиса \"%1\" не найдены для домена \"%2\". Необходимо перенастроить почту.", ClassPlatform, ""},       // h35a-1c-ssl-oauth-app-settings-missing
		{"Не указано имя почтового сервиса для авторизации. Необходимо перенастроить почту.", ClassConfig, ""},                                   // h35a-1c-ssl-oauth-service-name-missing
		{"Не удалось получить ключи доступа к учетной записи почты %1 по причине:\nЗапрос не выполнен.\nОтвет сервера:\n%2", ClassTransient, ""}, // h35a-1c-ssl-oauth-refresh-request-failed
		{"Следующие почтовые адреса не были приняты почтовым сервером:", ClassRecipient, ""},                                                     // h35a-1c-ssl-recipients-not-accepted
		{"Не удалось войти в аккаунт", ClassAuth, ""},                                                                                            // h35a-unifiedemail-ru-sync-status-auth-error
		{"Немає з’єднання", ClassTransient, ""}, // h35a-unifiedemail-uk-sync-status-connection-error
		{"فشل في التحقق من القدرات. يرجى التحقق من وضع المنفذ ووضع الاستيثاق.", ClassConfig, ""},                                                                                                     // h35b-kmailtransport-ar-check-capabilities-failed
		{"בדיקת היכולות נכשלה. נא לוודא שהפתחה ומצב האימות נכונים.", ClassConfig, ""},                                                                                                                // h35b-kmailtransport-he-check-capabilities-failed
		{"Bu SMTP sunucusunu kullanmak için bir kullanıcı adı ve parola sağlamanız gerekiyor.", ClassConfig, ""},                                                                                     // h35b-kmailtransport-tr-supply-username-password
		{"יש לספק שם משתמש וסיסמה כדי להשתמש בשרת ה־SMTP הזה.", ClassConfig, ""},                                                                                                                     // h35b-kmailtransport-he-supply-username-password
		{"{0} takma adından gönderme izniniz yok. Başka bir takma ad seçin veya posta kutusu izinlerinizi güncelleyin.", ClassConfig, ""},                                                            // h35b-wino-tr-outlook-alias-send-as-denied
		{"Ssl doğrulaması kabul edilmedi.", ClassConfig, ""},                                                                                                                                         // h35b-wino-tr-imap-certificate-not-accepted
		{"Mailvelope uygulamasına e-posta gönderme izni verilmemiş. Bu özelliği kullanabilmek için Gmail API uygulamasına Mailvelope erişimi izni vermelisiniz.", ClassRevoked, ""},                  // h35b-mailvelope-tr-gmail-api-not-authorized-send
		{"ليس لـ Mailvelope الصلاحية لإرسال الرسائل الإلكترونية. يجب عليك منح Mailvelope حق الوصول إلى واجهة برمجة تطبيقات Gmail لاستخدام هذه الوظيفة.", ClassRevoked, ""},                           // h35b-mailvelope-ar-gmail-api-not-authorized-send
		{"Mailvelope אינו מורשה לשלוח דוא״לים. אתה צריך להעניק אל Mailvelope גישה אל API של Gmail כדי להשתמש בתפקודיות זו.", ClassRevoked, ""},                                                       // h35b-mailvelope-he-gmail-api-not-authorized-send
		{"ليس لـ Mailvelope الصلاحية لتنزيل المرفقات. يجب عليك منح Mailvelope حق الوصول إلى واجهة برمجة تطبيقات Gmail لاستخدام هذه الوظيفة.", ClassRevoked, ""},                                      // h35b-mailvelope-ar-gmail-api-not-authorized-download
		{"Chúng tôi thiếu các quyền cần thiết để tạo trải nghiệm đầy đủ cho bạn. Vui lòng đăng nhập lại và cho phép quyền truy cập được yêu cầu.", ClassRevoked, ""},                                 // h35c-zero-required-scopes-missing-vi
		{"आपके पूर्ण अनुभव को बनाने के लिए आवश्यक अनुमतियां हमारे पास नहीं हैं। कृपया फिर से साइन इन करें और अनुरोधित पहुंच की अनुमति दें।", ClassRevoked, ""},                                       // h35c-zero-required-scopes-missing-hi
		{"Synchronization with your mailbox (username \"%username%\" hosted at \"%host%\") has failed. Please, check the connection credentials on the email configuraton page.", ClassAuth, ""},     // h35d-oro-user-mailbox-sync-failed-check-credentials
		{"Synchronization of the system mailbox (username \"%username%\" hosted at \"%host%\") has failed. Please, check the connection credentials on the email configuraton page.", ClassAuth, ""}, // h35d-oro-system-mailbox-sync-failed-check-credentials
		{"Office365-Authentifizierung abgelaufen ist. Klicken Sie auf Anmelden mit Office365-Taste, um neu autorisieren.", ClassRevoked, ""},                                                         // h35d-vtiger-dede-office365-auth-expired-reauthorize
		{"La autenticación de Office365 ha caducado. Haga clic en el botón de Iniciar sesión con Office365 para volver a autorizarla.", ClassRevoked, ""},                                            // h35d-vtiger-esmx-office365-auth-expired-reauthorize
		{"Office365 Authentification a expiré. Cliquez sur ouvrir une session avec Office365 bouton pour autoriser à nouveau.", ClassRevoked, ""},                                                    // h35d-vtiger-frfr-office365-auth-expired-reauthorize
		{"Office365 di Autenticazione è scaduto. Fare clic su accedi con Office365 pulsante di ri-autorizzare.", ClassRevoked, ""},                                                                   // h35d-vtiger-itit-office365-auth-expired-reauthorize
		{"A autenticação do Office365 expirou. Clique no botão Iniciar sessão no Office365 para reautorizar.", ClassRevoked, ""},                                                                     // h35d-vtiger-ptbr-office365-auth-expired-reauthorize
		{"Office365 аутентификации истек. Нажмите на знак в с Office365 кнопку, чтобы выполнить повторную авторизацию.", ClassRevoked, ""},                                                           // h35d-vtiger-ruru-office365-auth-expired-reauthorize
		{"Office365 uwierzytelniania wygasła. Kliknij na znak z Office365 przycisk, aby wykonać ponowną autoryzację.", ClassRevoked, ""},                                                             // h35d-vtiger-plpl-office365-auth-expired-reauthorize
		{"Office365-Verificatie is verlopen. Klik op Sign in met Office365-knop om opnieuw te machtigen.", ClassRevoked, ""},                                                                         // h35d-vtiger-nlnl-office365-auth-expired-reauthorize
		{"Office365 Autentisering har löpt ut. Klicka på Logga in med Office365-knappen för att åter tillåta.", ClassRevoked, ""},                                                                    // h35d-vtiger-svse-office365-auth-expired-reauthorize
		{"Failed to connect with email account using the settings provided.", ClassConfig, ""},                                                                                                       // h35d-friendica-en-email-account-connect-failed-settings
		{"Verbindung zum E-Mail-Konto mit den angegebenen Einstellungen nicht möglich.", ClassConfig, ""},                                                                                            // h35d-friendica-de-email-account-connect-failed-settings
		{"Impossible de se connecter au compte courriel configuré.", ClassConfig, ""},                                                                                                                // h35d-friendica-fr-email-account-connect-failed-settings
		{"提供された設定を使用してメールアカウントに接続できませんでした。", ClassConfig, ""},                                                                                                                                        // h35d-friendica-ja-email-account-connect-failed-settings
		{"Не удалось подключиться к аккаунту e-mail, используя указанные настройки.", ClassConfig, ""},                                                                                               // h35d-friendica-ru-email-account-connect-failed-settings
		{"Não foi possível conectar à conta de e-mail com as configurações fornecidas.", ClassConfig, ""},                                                                                            // h35d-friendica-ptbr-email-account-connect-failed-settings
		{"Error al conectar con el Correo mediante esa configuración.", ClassConfig, ""},                                                                                                             // h35d-friendica-es-email-account-connect-failed-settings
		{"Impossibile collegarsi all'account email con i parametri forniti.", ClassConfig, ""},                                                                                                       // h35d-friendica-it-email-account-connect-failed-settings
		{"Ik kon geen verbinding maken met het e-mail account met de gegeven instellingen.", ClassConfig, ""},                                                                                        // h35d-friendica-nl-email-account-connect-failed-settings
		{"Połączenie z kontem email używając wybranych ustawień nie powiodło się.", ClassConfig, ""},                                                                                                 // h35d-friendica-pl-email-account-connect-failed-settings
		{"Mail support can't be enabled because the PHP IMAP module is not installed.", ClassConfig, ""},                                                                                             // h35d-friendica-en-php-imap-module-not-installed
		{"Incorrect username or password. Note, usernames are case sensitive.", ClassUnknown, ""},                                                                                                    // h35d-x2crm-en-own-login-incorrect-username-password
		{"Benutzername oder Passwort sind nicht korrekt. Beachten Sie, sind Benutzernamen Groß- und Kleinschreibung.", ClassUnknown, ""},                                                             // h35d-x2crm-de-own-login-incorrect-username-password
		{"ユーザーネームまたはパスワードが違います。 （注）、ユーザ名は大文字と小文字が区別されます。", ClassUnknown, ""},                                                                                                                         // h35d-x2crm-ja-own-login-incorrect-username-password
		{"Niepoprawna nazwa użytkownika lub hasło. Uwaga, nazwy użytkowników są wielkość liter.", ClassUnknown, ""},                                                                                  // h35d-x2crm-pl-own-login-incorrect-username-password
		{"The Email Module requires the PHP IMAP extension.", ClassConfig, ""},                                                                                                                       // h35d-x2crm-en-email-module-requires-php-imap
		{"Die E-Mail-Modul erfordert die PHP IMAP-Erweiterung.", ClassConfig, ""},                                                                                                                    // h35d-x2crm-de-email-module-requires-php-imap
		{"メールモジュールは、PHPのIMAP拡張モジュールを必要とします。", ClassConfig, ""},                                                                                                                                       // h35d-x2crm-ja-email-module-requires-php-imap
		{"Модуль E-mail требует расширение PHP IMAP.", ClassConfig, ""},                                                                                                                              // h35d-x2crm-ru-email-module-requires-php-imap
		{"Inbox usage is disabled for these credentials. Please update the settings on the \"Manage Apps\" page to enable inbox access.", ClassConfig, ""},                                           // h35d-x2crm-en-inbox-usage-disabled-for-credentials
		{"受信トレイの使用は、これらの資格は無効になっています。受信トレイへのアクセスを有効にするには、「アプリ管理」ページの設定を更新してください。", ClassConfig, ""},                                                                                                  // h35d-x2crm-ja-inbox-usage-disabled-for-credentials
		{"收件箱的使用为这些凭据禁用。请“管理应用程序”页面上更新设置，以使收件箱访问。", ClassConfig, ""},                                                                                                                                 // h35d-x2crm-zhcn-inbox-usage-disabled-for-credentials
		{"Authentication with gmail.com failed, you need to unblock the access to your account using the unlock captcha feature", ClassAuth, ""},                                                     // h35d-fengoffice-enus-gmail-auth-failed-unlock-captcha
		{"Please ensure that the entered password is correct.", ClassAuth, ""},                                                                                                                       // h35d-fengoffice-enus-ensure-entered-password-correct
		{"Veuillez vous assurer que le mot de passe saisi est correct.", ClassAuth, ""},                                                                                                              // h35d-fengoffice-frfr-ensure-entered-password-correct
		{"Assicurati che la password inserita sia corretta.", ClassAuth, ""},                                                                                                                         // h35d-fengoffice-itit-ensure-entered-password-correct
		{"La cuenta \"{0}\" no se pudo autenticar para enviar notificaciones. Por favor asegúrese de que la contraseña de la cuenta sea la correcta.", ClassAuth, ""},                                // h35d-fengoffice-eses-could-not-authenticate-account-notifications
		{"Bildirimlerin gönderileceği \"{0}\" hesabının kimliği doğrulanamadı. Lütfen kullanıcı adı ve parolanın doğru olduğuna emin olun.", ClassAuth, ""},                                          // h35d-fengoffice-trtr-could-not-authenticate-account-notifications
		{"Konnte E-Mail-Konto nicht bestätigen.", ClassAuth, ""},                                                                                                                                     // h35d-fengoffice-dede-failed-to-authenticate-email-account-title
		{"Error na autenticação da conta de e-mail.", ClassAuth, ""},                                                                                                                                 // h35d-fengoffice-ptbr-failed-to-authenticate-email-account-title
		{"E-posta hesabının kimliği doğrulanamadı", ClassAuth, ""},                                                                                                                                   // h35d-fengoffice-trtr-failed-to-authenticate-email-account-title
		{"No se pudo autenticar la cuenta de correo", ClassAuth, ""},                                                                                                                                 // h35d-fengoffice-eses-failed-to-authenticate-email-account-title
		{"All recipient addresses were refused.", ClassRecipient, ""},                                                                                                                                // h35d-plane-test-all-recipients-refused
		{"SMTP server disconnected unexpectedly.", ClassTransient, ""},                                                                                                                               // h35d-plane-test-smtp-server-disconnected-unexpectedly
		{"Network connection error. Please check your internet connection.", ClassTransient, ""},                                                                                                     // h35d-plane-test-network-connection-error-check-internet
		{"Could not connect with the SMTP server.", ClassTransient, ""},                                                                                                                              // h35d-plane-test-could-not-connect-with-smtp-server
		{"From address is invalid.", ClassConfig, ""},                                  // h35d-plane-test-from-address-is-invalid
		{"El servicio de Gmail no está disponible", ClassTransient, ""},                // h35e-huly-es-servicio-gmail-no-disponible
		{"O serviço Gmail não está disponível", ClassTransient, ""},                    // h35e-huly-ptbr-servico-gmail-nao-disponivel
		{"Časový limit připojení k serveru IMAP byl překročen.", ClassTransient, ""},   // h35f-onlyoffice-cs-imap-connection-timeout
		{"POP3 palvelimen yhteyden aikarajoitus ylittyi.", ClassTransient, ""},         // h35f-onlyoffice-fi-pop3-connection-timeout
		{"SMTP server pieslēguma laiks iztecējis.", ClassTransient, ""},                // h35f-onlyoffice-lv-smtp-connection-timeout
		{"Časový limit pripojenia k serveru IMAP bol prekročený.", ClassTransient, ""}, // h35f-onlyoffice-sk-imap-connection-timeout
		{"Nem sikerült csatlakozni a Kopano szerverhez.", ClassTransient, ""},          // h35f-kopano-webapp-hu-nem-sikerult-csatlakozni-kopano
		{"Kunne ikke koble til Kopano Core.", ClassTransient, ""},                      // h35f-kopano-webapp-nb-kunne-ikke-koble-kopano-core
		// ONLYOFFICE Mail's IMAP, POP3 and SMTP timeouts (de, nl, fr).
		{"IMAP Server-Verbindungszeitlimit überschritten.", ClassTransient, "apps_connection_failed"},
		{"POP3 serververbinding time-out overschreden.", ClassTransient, "apps_connection_failed"},
		{"Délai d'attente de la connexion avec le serveur SMTP est dépassé.", ClassTransient, "apps_connection_failed"},
		// UnifiedEmail's sync statuses (de, nl).
		{"Anmeldung nicht möglich", ClassAuth, "apps_login_refused"},
		{"Geen verbinding", ClassTransient, "apps_connection_failed"},
		// kmailtransport's capability check and credentials prompt (nl, fr).
		{"Mogelijkheden controleren is mislukt. Controleer de poort en de authenticatiemethode.", ClassConfig, "apps_setup_config"},
		{"Vous devez fournir un nom d'utilisateur et un mot de passe pour utiliser ce serveur SMTP.", ClassConfig, "apps_setup_config"},
		// Wino Mail's send-as alias denied and declined certificate (de).
		{"Sie haben keine Berechtigung, von dem Alias {0} zu senden. Wählen Sie einen anderen Alias oder passen Sie Ihre Postfachberechtigungen an.", ClassConfig, "apps_setup_config"},
		{"Der Benutzer hat den Handshake mit dem Zertifikat nicht autorisiert.", ClassConfig, ""},
		// Mailvelope's and Zero's Gmail grant, vtiger's Office365 grant (de, ru, fr, hu, tr).
		{"Mailvelope ist nicht berechtigt, E-Mails zu versenden. Um diese Funktion nutzen zu können, müssen Sie Mailvelope Zugriff auf die Gmail-API gewähren.", ClassRevoked, "apps_reauthorize_grant"},
		{"У Mailvelope нет права скачивать вложения. Вам нужно дать Mailvelope доступ к Gmail API, чтобы использовать эту функцию.", ClassRevoked, "apps_reauthorize_grant"},
		{"Il nous manque les autorisations nécessaires pour créer votre expérience complète. Veuillez vous reconnecter et autoriser l'accès demandé.", ClassRevoked, "apps_reauthorize_grant"},
		{"Office365 Hitelesítés érvényességi ideje lejárt. Kattintson a Bejelentkezés Office365 gombot, hogy újra engedélyezze.", ClassRevoked, "apps_reauthorize_grant"},
		{"Office365 kimlik Doğrulama doldu. Yeniden yetkilendirmek için Office365 düğmesi ile Oturum tıklayın.", ClassRevoked, "apps_reauthorize_grant"},
		// Friendica's failed mail settings and missing PHP IMAP (sv, hu, ru, pl).
		{"Kunde inte ansluta till e-postkontot med aktuella inställningar", ClassConfig, "apps_setup_config"},
		{"Nem sikerült kapcsolódni a megadott beállításokat használó e-mail-fiókkal.", ClassConfig, "apps_setup_config"},
		{"Поддержка почты не может быть включена, так как не установлен модуль PHP IMAP.", ClassConfig, "apps_setup_config"},
		{"Nie można włączyć obsługi poczty, ponieważ moduł PHP IMAP nie jest zainstalowany.", ClassConfig, "apps_setup_config"},
		// X2CRM's own login, PHP IMAP and inbox switch (fr, zh_cn, es, de).
		{"Identifiant ou mot de passe incorrect. Remarque, les noms d'utilisateurs sont sensibles à la casse.", ClassUnknown, "apps_x2crm_own_login"},
		{"用户名或密码错误。请注意，用户名是区分大小写的。", ClassUnknown, "apps_x2crm_own_login"},
		{"El módulo de correo electrónico requiere la extensión PHP IMAP.", ClassConfig, "apps_setup_config"},
		{"Posteingang Nutzung ist für diesen Anmeldeinformationen deaktiviert. Bitte aktualisieren Sie die Einstellungen auf den \"Apps verwalten\" Seite Posteingang Zugriff zu ermöglichen.", ClassConfig, "apps_setup_config"},
		// Feng Office's refused logins (nl, fr, it, es).
		{"Kan e-mailaccount controleren", ClassAuth, "apps_login_refused"},
		{"Kan niet verifiëren rekening \" {0} \" om een meldingen te sturen , moet u ervoor zorgen dat de rekening van de gebruikersnaam en het wachtwoord correct zijn .", ClassAuth, "apps_login_refused"},
		{"Échec de l'authentification du compte de messagerie", ClassAuth, ""},
		{"Autenticazione con gmail.com fallita, è necessario sbloccare l'accesso al tuo account utilizzando la funzione di sblocco captcha", ClassAuth, ""},
		{"Por favor verifique que la contraseña sea la correcta.", ClassAuth, ""},
		// Huly's Gmail service and Kopano WebApp's server unreachable (de, ja, cs, English msgid).
		{"Gmail-Dienst ist nicht verfügbar", ClassTransient, "apps_connection_failed"},
		{"Gmail サービスは利用できません", ClassTransient, "apps_connection_failed"},
		{"Nelze se připojit k Kopano serveru.", ClassTransient, "apps_connection_failed"},
		{"Cannot connect to Kopano Core.", ClassTransient, "apps_connection_failed"},
	})
	assertNotClasses(t, []string{
		// X2CRM's own login form, never a mailbox's password.
		"Incorrect username or password. Note, usernames are case sensitive.",
		"Benutzername oder Passwort sind nicht korrekt. Beachten Sie, sind Benutzernamen Groß- und Kleinschreibung.",
		"Identifiant ou mot de passe incorrect. Remarque, les noms d'utilisateurs sont sensibles à la casse.",
		// kmailtransport's capability check names the authentication mode, refuses nothing.
		"Ha fallado al comprobar las capacidades. Por favor, verifique el puerto y el modo de autenticación.",
		"Funktionstest fehlgeschlagen. Geben Sie bitte den Port und die Authentifizierungsmethode an.",
		"Yetenek denetimi başarısız oldu. Lütfen kapıyı ve kimlik doğrulama kipini doğrulayın.",
		// Settings, switches and setup, with credential words.
		"Inbox usage is disabled for these credentials. Please update the settings on the \"Manage Apps\" page to enable inbox access.",
		"You need to supply a username and a password to use this SMTP server.",
		"Не удалось подключиться к аккаунту e-mail, используя указанные настройки.",
		"From address is invalid.",
		"Настройки авторизации Интернет-сервиса \"%1\" не найдены для домена \"%2\". Необходимо перенастроить почту.",
		"Не удалось получить ключи доступа к учетной записи почты user@example.com по причине:\nЗапрос не выполнен.\nОтвет сервера:\n503 Service Unavailable",
		// UnifiedEmail's "Couldn't sign in" where the words mean a network connection: no phrase.
		"Impossible de se connecter.",
		"Impossible de se connecter au serveur SMTP.",
		"Nu s-a putut conecta",
		// A product's own service down.
		"El servicio de Gmail no está disponible",
		"Nem sikerült csatlakozni a Kopano szerverhez.",
	}, ClassAuth, ClassRevoked)
}
