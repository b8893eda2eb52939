package classify

import (
	"testing"
)

// Round 47's mail sync, backup and gateway tools (Email OAuth 2.0 Proxy,
// Got Your Back, gmvault, hydroxide and ferroxide with Proton's codes,
// DavMail in its four locales, mbsync, oama): each tool's messages labelled
// by what the tool means, and look-alikes that keep their reading.
func TestRound47MailtoolsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Email OAuth 2.0 Proxy: the owner did not finish the browser sign-in.
		{"Authentication request failed or expired for account mail@company.com - aborting login", ClassAuth, "mailtools_sign_in_again"},
		{"Email OAuth 2.0 Proxy: Login failed - the authentication request expired or was cancelled for account mail@company.com", ClassAuth, ""},
		{"Authorisation result error for account mail@company.com - aborting login. Authorisation request timed out", ClassAuth, "mailtools_sign_in_again"},
		{"Email OAuth 2.0 Proxy: Login failed for account mail@company.com: Authorisation request timed out", ClassAuth, "mailtools_sign_in_again"},
		{"Authorisation result error for account mail@company.com - aborting login. No-GUI authorisation request failed or timed out for account mail@company.com", ClassAuth, "mailtools_sign_in_again"},
		{"Email OAuth 2.0 Proxy: Login failed for account mail@company.com: No-GUI authorisation request failed or timed out for account mail@company.com", ClassAuth, "mailtools_sign_in_again"},
		{"Email OAuth 2.0 Proxy: Login failed - the password for account mail@company.com is incorrect", ClassAuth, ""},
		{"a1 NO AUTHENTICATE Email OAuth 2.0 Proxy: Login failed - the password for account mail@company.com is incorrect", ClassAuth, ""},
		// Its token request refused with 401: the integrator's OAuth client.
		{"2022-04-01 12:19:30: Caught exception while requesting OAuth 2.0 credentials: <HTTPError 401: 'Unauthorized'>", ClassPlatform, "mailtools_token_client_refused"},
		{"Caught exception while requesting OAuth 2.0 credentials for account mail@company.com: HTTPError: HTTP Error 401: Unauthorized", ClassPlatform, "mailtools_token_client_refused"},
		// Its own setup.
		{"2024-04-25 23:07:33: Local server auth mode (localhost:20901): unable to start local server. Please check that `redirect_uri` for sharedinbox1@mydomain.com is unique across accounts, specifies a port number, and is not already in use. See the documentation in the proxy's sample configuration file. OSError(98, 'Address in use')", ClassConfig, "mailtools_tool_setup"},
		{"Local server auth mode (localhost:8080): error; unable to start local server. Please check that the redirect_uri for mail@company.com is unique across accounts, specifies a port number, and is not already in use. [Errno 48] Address already in use", ClassConfig, "mailtools_tool_setup"},
		{"Local server auth mode (localhost:8080): request failed - if this error reoccurs, please check `redirect_uri` for mail@company.com is not specified as `https` mistakenly. See the sample configuration file for documentation", ClassConfig, "mailtools_tool_setup"},
		{"Proxy config file entry missing for account mail@company.com - aborting login", ClassConfig, "mailtools_tool_setup"},
		{"Email OAuth 2.0 Proxy: No config file entry found for account mail@company.com - please add a new section with values for permission_url, token_url, oauth2_scope, redirect_uri, client_id and client_secret", ClassConfig, "mailtools_tool_setup"},
		{"Proxy config file entry incomplete for account mail@company.com - aborting login", ClassConfig, "mailtools_tool_setup"},
		{"Email OAuth 2.0 Proxy: Incomplete config file entry found for account mail@company.com - please make sure all required fields are added (at least token_url, oauth2_scope and client_id)", ClassConfig, "mailtools_tool_setup"},
		{"No `oauth2_flow` value specified for account mail@company.com - aborting login", ClassConfig, "mailtools_tool_setup"},
		{"No password provided for account mail@company.com - aborting login", ClassConfig, "mailtools_tool_setup"},
		{"Email OAuth 2.0 Proxy: Login failed - no password provided for account mail@company.com", ClassConfig, "mailtools_tool_setup"},
		{"Email OAuth 2.0 Proxy: Login failed for account mail@company.com: OAuth 2.0 authorisation response for account mail@company.com is missing or does not match`redirect_uri`", ClassConfig, "mailtools_tool_setup"},
		{"Error: remote server address is missing in section IMAP-1993", ClassConfig, "mailtools_tool_setup"},
		{"Error: invalid value 99999 for local server port in section IMAP-1993", ClassConfig, "mailtools_tool_setup"},
		{"Error: invalid value x for remote server port in section IMAP-1993", ClassConfig, "mailtools_tool_setup"},
		{"Abandoning setup as one or more servers failed to start - is the proxy already running?", ClassConfig, "mailtools_tool_setup"},
		{"Abandoning setup because one or more servers failed to start - is the proxy already running?", ClassConfig, "mailtools_tool_setup"},
		{"Email OAuth 2.0 Proxy config file not found - see https://github.com/simonrob/email-oauth2-proxy for full documentation", ClassConfig, "mailtools_tool_setup"},
		{"Unable to open service account key file /etc/key.json for account mail@company.com", ClassConfig, "mailtools_tool_setup"},
		{"Service account key type not specified for account mail@company.com - `client_id` must be set to `file` or `key`", ClassConfig, "mailtools_tool_setup"},
		{"Email OAuth 2.0 Proxy: Unable to create credentials assertion for account mail@company.com - please check that the config file entry's `jwt_certificate_path` and `jwt_key_path` values are correct", ClassConfig, ""},
		// Its catch-all, which it reads as the network, also in its replies to the mail client.
		{"Email OAuth 2.0 Proxy: Login failed for account mail@company.com - please check your internet connection and retry", ClassTransient, "mailtools_server_retry"},
		{"-ERR Authentication failed. Email OAuth 2.0 Proxy: Login failed for account mail@company.com - please check your internet connection and retry", ClassTransient, "mailtools_server_retry"},
		{"535 5.7.8  Authentication credentials invalid. Email OAuth 2.0 Proxy: Login failed for account mail@company.com - please check your internet connection and retry", ClassTransient, "mailtools_server_retry"},
		// No verdict.
		{"Email OAuth 2.0 Proxy: Login failed for account mail@company.com: Email OAuth 2.0 Proxy is shutting down", ClassUnknown, "mailtools_no_verdict"},
		{"Email OAuth 2.0 Proxy: Login failed for account mail@company.com: OAuth 2.0 authorisation response for account mail@company.com has neither code nor error message", ClassUnknown, "mailtools_no_verdict"},
		{"Email OAuth 2.0 Proxy: Login failed for account mail@company.com: No OAuth 2.0 authorisation code returned for account mail@company.com", ClassUnknown, "mailtools_no_verdict"},

		// Got Your Back.
		{"Error: you did not authorize the OAuth token in the browser with the myemail@gmail.com Google Account. Please make sure you are logged in to the correct account when authorizing the token in the browser.", ClassAuth, "grant_other_account"},
		{"ERROR: --email is required.", ClassConfig, "mailtools_tool_setup"},
		{"ERROR: --search does not work with restores.", ClassConfig, "mailtools_tool_setup"},
		{"ERROR: Folder GYB-GMail-Backup-me@example.com does not exist. Cannot restore.", ClassConfig, "mailtools_tool_setup"},
		{"Sorry, this backup folder should only be used with the a@example.com account that it was created with for incremental backups. You specified the b@example.com account", ClassConfig, "mailtools_tool_setup"},
		{`400: b'{\n  "error": {\n    "code": 400,\n    "message": "Inner request count exceeds the limit. Received: 100, Limit: 50",\n    "status": "INVALID_ARGUMENT"\n  }\n}\n' - b'{\n  "error": {\n    "code": 400,\n    "message": "Inner request count exceeds the limit. Received: 100, Limit: 50",\n    "status": "INVALID_ARGUMENT"\n  }\n}\n'`, ClassConfig, "mailtools_tool_setup"},
		{"Inner request count exceeds the limit. Received: 100, Limit: 50", ClassConfig, "mailtools_tool_setup"},
		{"Some scopes failed! To authorize them, please go to:\n\n  https://goo.gl/abc\n\nYou will be redirected to the Google Workspace admin console. The Client Name and API Scopes fields will be pre-populated. Please click Authorize to allow these scopes access.", ClassAdmin, "mailtools_workspace_delegation"},
		{"ERROR: Message is to large for groups (25mb limit). Skipping...", ClassRejected, "mailtools_groups_size_limit"},
		{"ERROR: Please configure a project\n\nTo make GYB run you will need to populate the client_secrets.json file.", ClassConfig, ""},
		{"Temp error backendError. Backing off 16 seconds...attempt 5/10", ClassTransient, ""},

		// gmvault.
		{"Cannot reach the Gmail server. Wait 1 seconds and retrying.", ClassTransient, "mailtools_server_retry"},
		{"Cannot reach the Gmail server. Wait 2 second(s) and retrying.", ClassTransient, "mailtools_server_retry"},
		{"Received an IMAP abort error. Wait 4 second(s) and retrying.", ClassTransient, "mailtools_server_retry"},
		{"Error when reaching Gmail server. Wait 1 second(s) and retry up to 2 times.", ClassTransient, "mailtools_server_retry"},
		{"Disconnecting from Gmail Server and sleeping ...", ClassTransient, "mailtools_server_retry"},
		{"Stop retrying, tried too many times ...", ClassTransient, "mailtools_server_retry"},
		{"Error: Network problem. Please check your gmail server hostname, the internet connection or your network setup.", ClassTransient, ""},
		{"ERROR: Invalid credentials, cannot login to the gmail server. Please check your login and password or xoauth token.", ClassAuth, ""},
		{"Cannot find global 'All Mail' folder (maybe localized and translated into your language) ! Check whether 'Show in IMAP for 'All Mail' is enabled in Gmail (Go to Settings->Labels->All Mail)", ClassConfig, "mailtools_tool_setup"},
		{"Cannot find global 'Chats' folder ! Check whether 'Show in IMAP for 'Chats' is enabled in Gmail (Go to Settings->Labels->All Mail)", ClassConfig, "mailtools_tool_setup"},
		{"GIMAPFetcher is not connected to a IMAP GMAIL server. Please check host (imap.gmail.com) and port (993)", ClassConfig, "mailtools_tool_setup"},

		// Proton's codes through hydroxide, ferroxide and Bridge.
		{"2026/05/30 16:52:07 request failed: POST https://mail.proton.me/api/auth: [9001] For security reasons, please complete CAPTCHA. If you can't pass it, please try updating your app or contact us here: https://proton.me/support/appeal-abuse", ClassAuth, "mailtools_sign_in_again"},
		{"2022/09/29 19:26:44 [9001] For security reasons, please complete captcha. If you can't pass it, please try updating your app or contact us here: https://proton.me/support/abuse", ClassAuth, "mailtools_sign_in_again"},
		{"Human Verification requested. Please open the URL below in a browser and press ENTER when the challenge has been completed.", ClassAuth, "mailtools_sign_in_again"},
		{"Human verification failed. Please try again.", ClassAuth, "mailtools_sign_in_again"},
		{"Human verification requested, but an issue occurred. Please try again.", ClassTransient, ""},
		{"2019/11/13 08:45:32 request failed: POST https://mail.protonmail.com/api/auth/info: [5003] Update required: Please refresh the page to load the latest version of the application", ClassConfig, "mailtools_tool_setup"},
		{"2023/03/30 12:12:37 [5003] This web page is out of date, please refresh the page to continue using it", ClassConfig, "mailtools_tool_setup"},
		{"2023/03/02 20:38:10 [5003] This webpage is out of date, please refresh the page to continue using it", ClassConfig, "mailtools_tool_setup"},
		{"This version of Bridge is no longer supported, please update.", ClassConfig, "mailtools_tool_setup"},
		{"SMTP session failed: 554 5.0.0 Error: transaction failed: cannot send message: [2001] Message signature is missing or invalid", ClassUnknown, "mailtools_no_verdict"},
		{"cannot re-authenticate: two factor authentication enabled, please login again manually", ClassRevoked, "mailtools_grant_missing"},
		{"2024/09/19 23:29:48 request failed: POST https://mail.proton.me/api/auth/refresh: [10013] Invalid refresh token", ClassRevoked, ""},
		{"2021/09/13 15:55:02 request failed: POST https://old.protonmail.com/api/auth: [9001] Login temporarily not permitted from your connection for security reasons, please try again later. Using a VPN may cause this error", ClassAuthTemporary, ""},

		// DavMail: the configured URL answered 404, in its four locales.
		{"Exchange login exception: Not Found", ClassConfig, "mailtools_tool_setup"},
		{"Exchange login exception: 404 Not Found at https://mail.example.com/owa/", ClassConfig, "mailtools_tool_setup"},
		{"Exception lors de la connexion Exchange : 404 Not Found at https://mail.example.com/owa/", ClassConfig, "mailtools_tool_setup"},
		{"Exchange errore di accesso: 404 Not Found at https://mail.example.com/owa/", ClassConfig, "mailtools_tool_setup"},
		{"Исключение входа в Exchane: 404 Not Found at https://mail.example.com/owa/", ClassConfig, "mailtools_tool_setup"},
		{"Unable to connect to OWA at https://mail.example.com/owa/, status code 404, check configuration", ClassConfig, "mailtools_tool_setup"},
		{"Connection OWA à https://mail.example.com/owa/ impossible, code retour 404, vérifier la configuration", ClassConfig, "mailtools_tool_setup"},
		{"Impossibile connettersi a OWA a https://mail.example.com/owa/, codice di stato 404, controllare la configurazione", ClassConfig, "mailtools_tool_setup"},
		{"Не удалось установить соединение с OWA на https://mail.example.com/owa/, код состояния 404, проверьте параметры конфигурации", ClassConfig, "mailtools_tool_setup"},
		// The account signed in is another one.
		{"Authenticated username a@example.com does not match b@example.com", ClassAuth, ""},
		{"Utilisateur authentifié a@example.com ne correspond par à b@example.com", ClassAuth, "mailtools_sign_in_again"},
		{"Authentication failed: invalid user or password", ClassAuth, ""},
		{"Echec d'authentification : identifiant ou mot de passe invalide", ClassAuth, ""},
		{"Autenticazione non riuscita: Utente o password errate", ClassAuth, ""},
		{"Ошибка аутентификации: неверное имя или пароль", ClassAuth, ""},

		// mbsync: the local installation.
		{"mbsync: drv_imap.c:2030: imap_free_store: Assertion `!ctx->pending && !ctx->in_progress' failed.", ClassConfig, "mailtools_tool_setup"},
		{"Error initializing SASL client: generic failure", ClassConfig, "mailtools_tool_setup"},
		{"Error initializing SASL context: no mechanism available", ClassConfig, "mailtools_tool_setup"},
		{"IMAP error: server supports no acceptable authentication mechanism", ClassConfig, ""},
		{"Skipping account gmail, no password", ClassConfig, ""},

		// oama.
		{"You must run `oama authorize ...` before using other operations.", ClassRevoked, "mailtools_grant_missing"},
		{"getAuthRecord: Can't find authorization record for me@example.com", ClassRevoked, "mailtools_grant_missing"},
		{"readConfig: Can't find/read configuration file: /home/me/.config/oama/config.yaml", ClassConfig, "mailtools_tool_setup"},
		{"getServiceAPI: No service named 'google' is configured.", ClassConfig, "mailtools_tool_setup"},

		// Look-alikes that keep their reading.
		{"Caught exception while requesting OAuth 2.0 credentials for account mail@company.com: HTTPError: HTTP Error 400: Bad Request", ClassTransient, ""},
		{"Caught exception while requesting OAuth 2.0 credentials for account mail@company.com: URLError: <urlopen error [Errno 8] nodename nor servname provided, or not known>", ClassConfig, ""},
		{"HTTPError 401: Unauthorized", ClassTransient, "oauth_http_4xx"},
		{"Exchange login exception: 500 Internal Server Error at https://mail.example.com/owa/", ClassTransient, ""},
		{"Exchange login exception: 503 Service Unavailable at https://mail.example.com/owa/", ClassTransient, ""},
		{"550 5.7.1 DKIM signature is missing or invalid", ClassRejected, ""},
		{"IMAP error: bogus greeting response * BYE", ClassTransient, ""},
		{"Too many login attempts, please try again later", ClassAuthTemporary, ""},
		{"Authorization request timed out", ClassTransient, ""},
	})
	assertNotClasses(t, []string{
		"Email is required to log in",
		"Cannot reach the server",
	}, ClassConfig, ClassAuth, ClassRevoked)
}
