package classify

import (
	"testing"
)

// Round 26's families (testdata/heldout/README.md), on the round's own
// texts: devices and appliances, business software, migration and backup
// tools, web platforms.
func TestRound26Families(t *testing.T) {
	assertTextRules(t, []textCase{
		// Devices' and tools' own words for a connection that failed, and
		// nodemailer's connection error code.
		{"15:17:32.583 -> ! E: could not get ip from host", ClassTransient, "network_dropped"},
		{"[E][ssl_client.cpp:84] start_ssl_client(): Connect to Server failed!\n[E][WiFiClientSecure.cpp:132] connect(): start_ssl_client: -1\nError sending message: Could not connect to mail server", ClassTransient, "network_dropped"},
		{"Unable to create socket connection", ClassTransient, "network_dropped"},
		{"No TCP/IP connection could be established to the SMTP server.", ClassTransient, "network_dropped"},
		{"Establishment of a connection is not possible.", ClassTransient, "network_dropped"},
		{"This operation cannot be done. The network connection may be unstable or the system may be busy. Error code: 9091", ClassTransient, "network_dropped"},
		{"Outlook Live couldn't connect to the IMAP server.", ClassTransient, "network_dropped"},
		{"E, [2024-01-27T05:53:31.561444 #1] ERROR -- : Backup for account 'XX@XX.XX' failed with error closed stream", ClassTransient, "network_dropped"},
		{"Error: Network problem. Please check your gmail server hostname, the internet connection or your network setup.", ClassTransient, "network_dropped"},
		{`Error while trying to send test email: {"errno":-111,"code":"ECONNECTION","syscall":"connect","address":"172.105.212.147","port":587,"command":"CONN"} [other-email-sending-error]`, ClassTransient, "network_dropped"},
		{"Temp error backendError. Backing off 16 seconds...attempt 5/10", ClassTransient, "temporary_wording"},
		// A setting, in a device's, business software's or web platform's
		// words.
		{"Smtp setup fail", ClassConfig, "setup_words"},
		{"SMTP-Auth configuration invalid.", ClassConfig, "setup_words"},
		{"Error in technical configuration", ClassConfig, "setup_words"},
		{"Exception: Error: EHLO not accepted from server!", ClassConfig, "setup_words"},
		{"MAIL FROM not accepted from server!", ClassConfig, "setup_words"},
		{"SMTP hostname required!", ClassConfig, "setup_words"},
		{"Request to use SSL was denied.", ClassConfig, "setup_words"},
		{"ValueError: EMAIL_USE_TLS/EMAIL_USE_SSL are mutually exclusive, so only set one of those settings to True.", ClassConfig, "setup_words"},
		{`Connection to "process /usr/sbin/sendmail -bs" has been closed unexpectedly.`, ClassConfig, "setup_words"},
		{`Sending failed. Reason:: Emailaddress "" is not valid according to RFC 2822 standards`, ClassConfig, "setup_words"},
		{"Host2: Will just connect to imap.gmail.com without login", ClassConfig, "setup_words"},
		{"ERROR: NO_PROTOCOLS_AVAILABLE - Please adjust your --tls-min-version and --tls-max-version arguments.", ClassConfig, "setup_words"},
		{"Server SSL fingerprint(s) '%s' for hostname '%s' does not match configured fingerprint(s) %s.  Please verify and set 'cert_fingerprint' accordingly if not set yet.", ClassConfig, "setup_words"},
		{"The call to 'https://<ServerName>/EWS/mrsproxy.svc' failed. Error details: Access is denied.", ClassConfig, "setup_words"},
		{"TenantId is required for application-permission OAuth (client credentials flow).", ClassConfig, "library_setup_missing"},
		{"The authentication method proposed by the mail server\nis not supported by the CP.", ClassConfig, "auth_mechanism_unsupported"},
		{"SMTPSenderRefused: (551, 'Sender address is not valid for your login. Check your email program settings.', u'Administrator <admin@example.com>')", ClassConfig, "sender_not_owned"},
		{`Expected response code 250 but got code "550", with message "550 5.7.1 Username info@xxxxxxx-xxxxxx.com and sender blxxxxx2xx8@gmail.com doesn't match "`, ClassConfig, "sender_login_mismatch"},
		// A grant the product does not hold, or holds for another account.
		{`This Microsoft account is not yet authorized. Please click "Authorize with Microsoft" on the account's edit page first.`, ClassRevoked, "oauth_invalid_grant"},
		{"MSA account '{account.Name}' has no OAuth refresh token. Please authorize the account first.", ClassRevoked, "oauth_invalid_grant"},
		{`Dieses Microsoft-Konto ist noch nicht autorisiert. Bitte zuerst auf "Mit Microsoft autorisieren" auf der Bearbeitungsseite des Kontos klicken.`, ClassRevoked, "lang_reconnect_asked"},
		{"Ce compte Microsoft n'est pas encore autorisé. Veuillez d'abord cliquer sur « Autoriser avec Microsoft » sur la page de modification du compte.", ClassRevoked, "lang_reconnect_asked"},
		{`Esta cuenta de Microsoft aún no está autorizada. Primero haz clic en "Autorizar con Microsoft" en la página de edición de la cuenta.`, ClassRevoked, "lang_reconnect_asked"},
		{"Эта учётная запись Microsoft ещё не авторизована. Сначала нажмите «Авторизовать через Microsoft» на странице редактирования учётной записи.", ClassRevoked, "lang_reconnect_asked"},
		{"Error: you did not authorize the OAuth token in the browser with the %s Google Account. Please make sure you are logged in to the correct account when authorizing the token in the browser.", ClassAuth, "grant_other_account"},
		{"Status 403: Office 365 returned us an email address different from the one that started the authentication process.", ClassAuth, "grant_other_account"}, // round 12
		{"Outlook Live couldn't sign in to the user account on the IMAP messaging system.", ClassAuth, "credential_words"},
		// The product's own OAuth client.
		{"Ooops!!\n\n%s\n\nIs not a valid client ID. Please make sure you are following the directions exactly and that there are no extra spaces in your client ID.", ClassPlatform, "oauth_invalid_client"},
		{"Ooops!!\n\n%s\n\nIs not a valid client secret. Please make sure you are following the directions exactly and that there are no extra spaces in your client secret.", ClassPlatform, "oauth_invalid_client"},
		{"A DotNet variable has not been instantiated. Attempting to call Microsoft.Dynamics.Nav.Runtime.ALAzureAdCodeGrantFlow.LastErrorMessage in CodeUnit OAuth2Impl: GetLastErrorMessage", ClassPlatform, "oauth_invalid_client"},
		// A login limit is a login lockout for a while.
		{`2 NO login not available on this server. 451 Already reached per-10 minute limit for logins by \" of 500, try again later - ti_f6690bb8b3871ca46b2d5d7d9e81ba56`, ClassAuthTemporary, "too_many_login_attempts"},
	})
	// Look-alikes: grants of other APIs, a product's or device's own
	// sign-in, login attempts locked for a while.
	assertTextRules(t, []textCase{
		{"Error while connecting to QuickBooks: Recent changes to your configuration require you (the QuickBooks Administrator) to go into the Integrated Applications preferences and re-authorize your integrated application to login automatically.", ClassUnknown, "other_api_grant"},
		{`League\OAuth2\Client\Provider\Exception\IdentityProviderException: invalid_grant in /var/www/html/payroll/xero/vendor/league/oauth2-client/src/Provider/GenericProvider.php on line 222`, ClassUnknown, "other_api_grant"},
		{"Invalid authentication code. Please try again.", ClassUnknown, "own_login_code"},
		{"nut-monitor[3427]: Login on UPS [ups@upsserver.internal] failed - got [ERR ACCESS-DENIED]", ClassUnknown, "own_login_code"},
	})
	assertTextClasses(t, map[string]Class{
		"По соображениям безопасности попытки входа с вашего IP-адреса временно заблокированы из-за множества неудачных попыток аутентификации. Пожалуйста, подождите 10 минут перед повторной попыткой.": ClassAuthTemporary,
	})
}

// "Can't sign in" names a refused login only where nothing says which kind of
// account the service takes: Microsoft's sign-in page for a personal account
// at a work-or-school-only app is the app's setting.
func TestCantSignInAccountKind(t *testing.T) {
	v := Text("You can't sign in here with a personal account. Use your work or school account instead.")
	if v.Class.Reconnect() {
		t.Errorf("got %s (rule %s), want no reconnect", v.Class, v.Rule)
	}
}
