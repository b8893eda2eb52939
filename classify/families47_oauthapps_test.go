package classify

import (
	"testing"
)

// Round 47's mailbox-connection and OAuth vocabulary of six products
// (round47_oauthapps.go): EmailEngine, osTicket and its OAuth2 plugin, Wino
// Mail (every locale it ships), Twenty, SuiteCRM and paperless-ngx. Each
// sentence is labelled by what the product means where it raises it; the
// look-alikes keep their reading.
func TestRound47OauthappsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// EmailEngine lib/oauth/gmail.js checkForFlags / checkForUserFlags and
		// lib/oauth/outlook.js checkForFlags: the integrator's OAuth app.
		{"The OAuth Client ID is invalid. Please verify that your Google integration is configured with the correct Client ID.", ClassPlatform, "oauthapps_product_oauth_client"},
		{"The OAuth Client Secret is incorrect. Please verify that you have provided the correct Client Secret for your Google integration.", ClassPlatform, "oauthapps_product_oauth_client"},
		{"The client is not authorized to retrieve access tokens. Check your OAuth2 scopes and ensure domain-wide delegation is set up correctly for your project.", ClassPlatform, "oauthapps_product_oauth_client"},
		{"The OAuth Client Email provided is invalid. Please review your Google integration settings and correct the email if needed.", ClassPlatform, "oauthapps_product_oauth_client"},
		{"The Service Client Email is invalid or unrecognized. Please verify that your service account credentials are correct.", ClassPlatform, "oauthapps_product_oauth_client"},
		{"The current OAuth2 permission scopes are not sufficient to process Gmail API requests. Please update the scopes in your configuration.", ClassPlatform, "oauthapps_product_oauth_client"},
		{"There is a mismatch between your Cloud Pub/Sub configuration and the Gmail API OAuth2 application project. Please ensure both are associated with the same project.", ClassPlatform, "oauthapps_product_oauth_client"},
		{"Please enable the Gmail API in your Google Developer Console to use this feature.", ClassPlatform, ""},
		{"The Outlook OAuth Application ID provided is invalid. Please verify your Application ID configuration.", ClassPlatform, "oauthapps_product_oauth_client"},
		{"The Outlook OAuth Client Secret is invalid. Please verify the secret and try again.", ClassPlatform, "oauthapps_product_oauth_client"},
		{"The Outlook OAuth Client Secret is either expired or not yet valid. Please update your secret accordingly.", ClassPlatform, ""},
		// Google's own description that EmailEngine keys the tip on.
		{"unauthorized_client: Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.", ClassPlatform, ""},
		{"Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.", ClassPlatform, "oauthapps_product_oauth_client"},
		// EmailEngine's account that names a missing or unset OAuth2 app.
		{"Missing or disabled OAuth2 app", ClassPlatform, "oauthapps_product_oauth_client"},
		{"OAuth2 credentials not set up for Gmail", ClassPlatform, "oauthapps_product_oauth_client"},
		{"OAuth2 credentials not set up for Outlook (delegated)", ClassPlatform, "oauthapps_product_oauth_client"},
		{"Invalid base scopes for references OAuth2 application", ClassPlatform, "oauthapps_product_oauth_client"},
		// EmailEngine's user flags: a dead grant.
		{"Failed to renew the access token for the user", ClassRevoked, "oauthapps_grant_renewal_failed"},
		{"Failed to renew the Outlook access token for the user. Please have the user sign in again to reauthorize access.", ClassRevoked, ""},
		{"The user's password may have been changed or reset, causing the OAuth2 grant to be revoked. Please ask the user to re-authenticate their account.", ClassRevoked, ""},
		{"Token request failed for gmail (refresh_token, HTTP 400): invalid_grant - Token has been expired or revoked.", ClassRevoked, ""},
		{"Token request failed for outlook (refresh_token, HTTP 401): invalid_client - AADSTS7000215: Invalid client secret provided.", ClassPlatform, ""},
		// EmailEngine account states: the IMAP server refused the login;
		// a connection error of any kind (a refused token renewal too).
		{"Requested account can not be authenticated", ClassAuth, "oauthapps_owner_signin_refused"},
		{"Can not establish server connection for requested account", ClassUnknown, ""},

		// osTicket auth-oauth2 plugin callback errors.
		{"Unable to obtain Refresh Token", ClassPlatform, "oauthapps_product_oauth_client"},
		{"Invalid Email Atrribute", ClassPlatform, "oauthapps_product_oauth_client"},
		{"Email Mismatch: Expecting Authorization for %s not %s", ClassAuth, "oauthapps_owner_signin_refused"},
		{"Email Mismatch: Expecting Authorization for support@example.com not john.doe@gmail.com", ClassAuth, "oauthapps_owner_signin_refused"},
		// osTicket core class.email.php account forms.
		{"Resource Owner and Email Mismatch", ClassAuth, "oauthapps_owner_signin_refused"},
		{"Configure Mailbox Authentication", ClassConfig, "oauthapps_mail_settings_form"},
		{"Archive folder cannot be same as fetched folder (INBOX)", ClassConfig, "oauthapps_mail_settings_form"},
		{"POP mail servers do not support folders", ClassConfig, "oauthapps_mail_settings_form"},
		{"cannot login, user or password wrong", ClassAuth, ""},

		// Twenty: the IMAP/SMTP/CalDAV connection form.
		{"Please check your connection settings. Make sure the server host, port, and password are correct.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Protocol connection validation failed: host: Host is required, password: Password is required", ClassConfig, "oauthapps_mail_settings_form"},
		{"Please provide connection details to configure your email account.", ClassConfig, "oauthapps_mail_settings_form"},
		{"The server address you entered is not allowed. Please use a public server address.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Connection to private or internal network addresses is not allowed", ClassConfig, "oauthapps_mail_settings_form"},
		{"There was an issue with your connection settings. Please try again.", ClassUnknown, "oauthapps_catch_all"},
		// Twenty: token refresh of Google and Microsoft accounts.
		{"Google refresh token network error:", ClassTransient, "oauthapps_refresh_network"},
		{"Google refresh token network error: ECONNRESET - read ECONNRESET", ClassTransient, "oauthapps_refresh_network"},
		{"Google refresh token network error: ENOTFOUND - getaddrinfo ENOTFOUND oauth2.googleapis.com", ClassTransient, "oauthapps_refresh_network"},
		{"Google refresh token failed (no status): Unknown reason - socket hang up", ClassTransient, "oauthapps_refresh_network"},
		{"Google refresh token failed (500): server_error - Internal error", ClassTransient, ""},
		{"Google auth error: invalid_grant - Token has been expired or revoked.", ClassRevoked, ""},
		{"Google auth error: invalid_client - The OAuth client was not found.", ClassPlatform, ""},
		{"Google auth error: admin_policy_enforced - Access denied by admin policy", ClassAdmin, ""},
		{"Microsoft token refresh requires re-authentication: interaction_required", ClassRevoked, ""},
		{"Microsoft rate limit exceeded", ClassRateLimited, ""},
		{"Microsoft server error (503): Service unavailable", ClassTransient, ""},
		{"Microsoft network error: network_error - Network request failed", ClassTransient, ""},
		{"Microsoft auth error: invalid_grant - AADSTS70000: The provided grant has expired", ClassRevoked, ""},
		{"Microsoft token refresh failed: something went wrong", ClassRevoked, ""},
		// Twenty: IMAP import errors.
		{"IMAP client not available: Connection not available", ClassTransient, ""},
		{"IMAP connection timeout: Socket timeout", ClassTransient, ""},
		{"IMAP connection error: Failed to connect", ClassTransient, ""},
		{"IMAP authentication error: Invalid credentials (Failure)", ClassAuth, ""},
		{"IMAP transient error [UNAVAILABLE]: Temporary server failure", ClassTransient, ""},
		{"IMAP mailbox not found: Mailbox doesn't exist: Archive", ClassConfig, "oauthapps_mail_settings_form"},

		// SuiteCRM include/language/en_us.lang.php (the only locale it
		// ships): the mail account form, and the IMAP OAuth connection.
		{"No outgoing mail server specified.", ClassConfig, "oauthapps_mail_settings_form"},
		{"A mail server address is required.", ClassConfig, "oauthapps_mail_settings_form"},
		{"A login name is required.", ClassConfig, "oauthapps_mail_settings_form"},
		{"A mail server port is required.", ClassConfig, "oauthapps_mail_settings_form"},
		{"A server protocol is required.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Monitored Folder is required.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Trash Folder is required.", ClassConfig, "oauthapps_mail_settings_form"},
		{"From Address is required. Please enter a valid email address.", ClassConfig, "oauthapps_mail_settings_form"},
		{"The administrator has not yet configured the default outbound account. Unable to send test email.", ClassConfig, "oauthapps_mail_settings_form"},
		{"No IMAP libraries found. Please resolve this before continuing with Inbound Email", ClassConfig, "oauthapps_mail_settings_form"},
		{"Login or Password Incorrect", ClassAuth, ""},
		{"Invalid Port", ClassConfig, ""},
		{"Your IMAP OAuth session has expired, please login again in the connection: Gmail support.", ClassRevoked, "oauthapps_grant_renewal_failed"},
		{"Refresh token not set. Need to re-login", ClassRevoked, "oauthapps_grant_renewal_failed"},
		{"Was not able to refresh the token. Your session may have expired. Please try to re-login.", ClassRevoked, "oauthapps_grant_renewal_failed"},
		{"Not able to connect using OAuth login with Inbound Email server. For connection: Gmail support.", ClassPlatform, "oauthapps_product_oauth_client"},
		{"The specified OAuth2 provider 'abc123' is not supported or not properly configured", ClassPlatform, "oauthapps_product_oauth_client"},
		{"The specified OAuth2 provider 'abc123' was not found", ClassPlatform, "oauthapps_product_oauth_client"},
		{"Connection to the mail server failed. Please contact your Administrator", ClassUnknown, ""},
		{"Error Sending Email. Please contact your administrator for assistance.", ClassUnknown, ""},

		// paperless-ngx src/paperless_mail (English only: log lines and
		// MailErrors are not marked for translation).
		{"Mail account connectivity test failed: Unable to refresh oauth token", ClassUnknown, "oauthapps_catch_all"},
		{"Mail account connectivity test failed", ClassUnknown, ""},
		{"Unable to connect to server", ClassUnknown, ""},
		{"Error while authenticating account Gmail OAuth 2024-05-01", ClassUnknown, ""},
		{"Connection blocked: 10.0.0.5 resolves to a non-public address", ClassConfig, "oauthapps_mail_settings_form"},
		{"Connection blocked: mail.internal resolves to a non-public address", ClassConfig, "oauthapps_mail_settings_form"},
		{"Failed to refresh oauth token for account Gmail OAuth: invalid_grant", ClassRevoked, ""},

		// Wino Mail GmailServiceDisabled_Message, every locale.
		{"Вашият акаунт в Google Workspace изглежда е деактивиран за услугата Gmail. Моля, свържете се с вашия администратор, за да активира услугата Gmail за вашия акаунт.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"El vostre compte de Google Workspace sembla estar deshabilitat per al servei de Gmail. Si us plau, contacteu amb l'administrador per habilitar el servei de Gmail al vostre compte.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Váš účet Google Workspace se zdá být deaktivován pro službu Gmail. Kontaktujte prosím správce a povolte Gmail pro svůj účet.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Din Google Workspace-konto ser ud til at være deaktiveret for Gmail-tjenesten. Kontakt venligst din administrator for at aktivere Gmail-tjenesten for din konto.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Ihr Google Workspace-Konto scheint für den Google Mail-Dienst deaktiviert zu sein. Bitte kontaktieren Sie Ihren Administrator, um den Google Mail-Dienst für Ihr Konto zu aktivieren.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Ο λογαριασμός σας στο Google Workspace φαίνεται να είναι απενεργοποιημένος για την υπηρεσία Gmail. Επικοινωνήστε με το διαχειριστή σας για να ενεργοποιήσετε την υπηρεσία Gmail για το λογαριασμό σας.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Your Google Workspace account seems to be disabled for Gmail service. Please contact your administrator to enable Gmail service for your account.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Su cuenta de Google Workspace parece estar deshabilitada para el servicio de Gmail. Por favor, póngase en contacto con su administrador para habilitar el servicio de Gmail para su cuenta.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Google Workspace -tilisi näyttää olevan Gmail-palvelun käytön estetty. Ota yhteyttä järjestelmänvalvojaan ottaaksesi Gmail-palvelun käyttöön tilillesi.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Votre compte Google Workspace semble être désactivé pour le service Gmail. Veuillez contacter votre administrateur pour activer le service Gmail pour votre compte.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"A súa conta de Google Workspace parece estar desactivada para o servizo de Gmail. Contacte co seu administrador para habilitar o servizo de Gmail na súa conta.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Akun Google Workspace Anda tampaknya dinonaktifkan untuk layanan Gmail. Silakan hubungi administrator Anda untuk mengaktifkan layanan Gmail untuk akun Anda.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Il tuo account Google Workspace sembra essere disabilitato per il servizio Gmail. Contatta l'amministratore per abilitare il servizio Gmail per il tuo account.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Google Workspace アカウントは Gmail サービスの利用が無効になっているようです。 アカウントの Gmail サービスを有効にするには、管理者に連絡してください。", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Google 워크스페이스 계정이 Gmail 서비스에 대해 비활성화된 것 같습니다. 계정의 Gmail 서비스를 활성화하려면 관리자에게 문의하십시오.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Jūsų Google Workspace paskyra atrodo išjungta Gmail paslaugai. Susisiekite su administratoriumi, kad įgalintų Gmail paslaugą jūsų paskyrai.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Uw Google Workspace account is mogelijk uitgeschakeld voor Gmail service. Contacteer uw beheerder om Gmail service voor uw account in te schakelen.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Twoje konto Google Workspace wydaje się mieć wyłączoną usługę Gmail. Skontaktuj się z administratorem, aby włączyć usługę Gmail dla swojego konta.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Sua conta do Google Workspace parece estar desativada para serviços do Gmail. Entre em contato com seu administrador para habilitar o serviço do Gmail para sua conta.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Contul dvs Google Workspace pare să fie dezactivat pentru serviciul Gmail. Vă rugăm contactați-vă administratorul pentru a activa serviciul Gmail pentru contul dvs.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Учетная запись Google Workspace, похоже, отключена для службы Gmail. Пожалуйста, свяжитесь с администратором, чтобы включить Gmail для вашей учетной записи.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Zdá sa, že váš účet Google Workspace je pre službu Gmail vypnutý. Obráťte sa na svojho správcu, aby pre váš účet povolil službu Gmail.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Google Workspace hesabınız Gmail kullanımına kapalı görünüyor. Lütfen sistem yöneticinizle iletişime geçerek Gmail servisini aktifleştirmesini isteyiniz.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"Здається, Gmail вимкнено для вашого облікового запису Google Workspace. Будь ласка, зверніться до свого адміністратора, щоб увімкнути Gmail для вашого облікового запису.", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		{"你的 Google Workspace 账户似乎无法使用 Gmail 服务。如需启用，请联系该账户的管理员。", ClassAdmin, "oauthapps_workspace_gmail_disabled"},
		// The Gmail API error Wino maps to it.
		{"Mail service not enabled", ClassAdmin, ""},

		// Wino Mail Exception_ImapAutoDiscoveryFailed, every locale: the IMAP
		// settings are incomplete and autodiscovery found none.
		{"Не могат да се намерят настройките на пощенската кутия.", ClassConfig, "oauthapps_mail_settings_form"},
		{"No s'ha pogut trobar la configuració de la safata d'entrada.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Nastavení poštovní schránky se nepodařilo najít.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Kunne ikke finde postkasseindstillinger.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Mailbox-Einstellungen konnten nicht gefunden werden.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Δεν βρέθηκαν οι ρυθμίσεις γραμματοκιβωτίου.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Couldn't find mailbox settings.", ClassConfig, "oauthapps_mail_settings_form"},
		{"No se pudo encontrar la configuración del buzón.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Postilaatikon asetuksia ei löytynyt.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Impossible de trouver les paramètres de la boîte de réception.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Non se puido encontrar os axustes da bandexa de correo.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Tidak dapat menemukan pengaturan kotak masuk.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Impossibile trovare le impostazioni della casella postale.", ClassConfig, "oauthapps_mail_settings_form"},
		{"メールボックス設定を見つけられませんでした。", ClassConfig, "oauthapps_mail_settings_form"},
		{"메일함 설정을 찾을 수 없습니다.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Negalima rasti pašto dėžutės nustatymų.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Instellingen mailbox niet gevonden.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Nie znaleziono ustawień skrzynki pocztowej.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Não foi possível encontrar configurações da caixa de e-mail.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Nu s-au putut găsi setările căsuței poștale.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Не удалось найти настройки почтового ящика.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Nepodarilo sa nájsť nastavenia poštovej schránky.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Klasör ayarları bulunamadı.", ClassConfig, "oauthapps_mail_settings_form"},
		{"Не вдалося знайти налаштування поштової скриньки.", ClassConfig, "oauthapps_mail_settings_form"},
		{"找不到邮箱配置。", ClassConfig, "oauthapps_mail_settings_form"},

		// Wino Mail Exception_AliasSendDenied_Message (Graph
		// ErrorSendAsDenied): a send-as setting, already read so in every
		// locale.
		{"Нямате разрешение за изпращане от алиас info@example.com. Изберете друг алиас или актуализирайте разрешенията за вашата пощенска кутия.", ClassConfig, ""},
		{"No teniu permisos per enviar des de l'alias info@example.com. Trieu un altre alias o actualitzeu els permisos del vostre correu.", ClassConfig, ""},
		{"Nemáte oprávnění k odesílání z aliasu info@example.com. Vyberte jiný alias nebo aktualizujte oprávnění k poštovní schránce.", ClassConfig, ""},
		{"Du har ikke tilladelse til at sende fra alias info@example.com. Vælg et andet alias eller opdater dine postkasse-tilladelser.", ClassConfig, ""},
		{"Sie haben keine Berechtigung, von dem Alias info@example.com zu senden. Wählen Sie einen anderen Alias oder passen Sie Ihre Postfachberechtigungen an.", ClassConfig, ""},
		{"Δεν έχετε δικαίωμα αποστολής από το ψευδώνυμο info@example.com. Επιλέξτε ένα άλλο ψευδώνυμο ή ενημερώστε τα δικαιώματα του ταχυδρομείου σας.", ClassConfig, ""},
		{"You do not have permission to send from alias info@example.com. Pick another alias or update your mailbox permissions.", ClassConfig, ""},
		{"No tienes permiso para enviar desde el alias info@example.com. Elige otro alias o actualiza los permisos de tu buzón.", ClassConfig, ""},
		{"Sinulla ei ole oikeutta lähettää aliaksesta info@example.com. Valitse toinen aliaksesta tai päivitä postilaatikkosi oikeudet.", ClassConfig, ""},
		{"Vous n'avez pas la permission d'envoyer depuis l'alias info@example.com. Choisissez un autre alias ou mettez à jour les autorisations de votre boîte aux lettres.", ClassConfig, ""},
		{"Non tes permiso para enviar desde o alias info@example.com. Escolla outro alias ou actualice os permisos da túa caixa de correo.", ClassConfig, ""},
		{"Anda tidak memiliki izin untuk mengirim dari alias info@example.com. Pilih alias lain atau perbarui izin kotak surat Anda.", ClassConfig, ""},
		{"Non hai l'autorizzazione per inviare dall'alias info@example.com. Seleziona un altro alias o aggiorna i permessi della tua casella di posta.", ClassConfig, ""},
		{"エイリアス info@example.com から送信する権限がありません。別のエイリアスを選択するか、メールボックスの権限を更新してください。", ClassConfig, ""},
		{"별칭 info@example.com에서 보낼 수 있는 권한이 없습니다. 다른 별칭을 선택하거나 사서함 권한을 업데이트하세요.", ClassConfig, ""},
		{"Neturite leidimo siųsti iš alias info@example.com. Pasirinkite kitą alias arba atnaujinkite savo pašto dėžutės teises.", ClassConfig, ""},
		{"U hebt geen toestemming om te verzenden vanaf alias info@example.com. Kies een andere alias of werk de machtigingen voor uw postvak bij.", ClassConfig, ""},
		{"Nie masz uprawnień do wysyłania z aliasu info@example.com. Wybierz inny alias lub zaktualizuj uprawnienia skrzynki pocztowej.", ClassConfig, ""},
		{"Você não tem permissão para enviar a partir do alias info@example.com. Escolha outro alias ou atualize as permissões da sua caixa de correio.", ClassConfig, ""},
		{"Nu aveți permisiunea să trimiteți din alias-ul info@example.com. Alegeți un alt alias sau actualizați permisiunile căsuței poștale.", ClassConfig, ""},
		{"У вас нет разрешения на отправку с алиаса info@example.com. Выберите другой алиас или обновите разрешения вашего почтового ящика.", ClassConfig, ""},
		{"Nemáte oprávnenie odosielať zo aliasu info@example.com. Vyberte iný alias alebo aktualizujte povolenia pre vašu poštovú schránku.", ClassConfig, ""},
		{"info@example.com takma adından gönderme izniniz yok. Başka bir takma ad seçin veya posta kutusu izinlerinizi güncelleyin.", ClassConfig, ""},
		{"У вас немає дозволу на відправлення з псевдоніма info@example.com. Виберіть інший псевдонім або оновіть дозволи на вашу поштову скриньку.", ClassConfig, ""},
		{"您无权使用别名 info@example.com 发送。请选择其他别名或更新邮箱权限。", ClassConfig, ""},

		// Look-alikes that keep their reading: a refresh refused with a
		// rate limit, other products' bare refresh failure, other products'
		// Google Workspace and connection sentences.
		{"Google refresh token failed (429): rate_limit_exceeded - Rate limit exceeded", ClassRateLimited, ""},
		{"Unable to refresh oauth token", ClassRevoked, ""},
		{"Failed to refresh the access token for the user: invalid_grant", ClassRevoked, ""},
		{"Could not connect to IMAP server. Connection refused", ClassTransient, ""},
		{"Failed to connect to mailbox: AUTHENTICATE failed.", ClassAuth, ""},
		{"Protocol connection validation failed", ClassUnknown, ""},
		{"Failed to renew token", ClassUnknown, ""},
	})
	// Catch-alls and form errors that must not read as a reconnect or a
	// refused login.
	assertNotClasses(t, []string{
		"Mail account connectivity test failed: Unable to refresh oauth token",
		"There was an issue with your connection settings. Please try again.",
		"Can not establish server connection for requested account",
		"Please check your connection settings. Make sure the server host, port, and password are correct.",
		"Configure Mailbox Authentication",
		"Unable to obtain Refresh Token",
		"A login name is required.",
		// paperless-ngx's rule folder (config, left: see round47_oauthapps.go).
		"Rule Invoices: Folder Archive does not exist in account Work",
		"Connection to the mail server failed. Please contact your Administrator",
	}, ClassAuth, ClassRevoked)
}
