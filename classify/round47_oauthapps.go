package classify

// Round 47's mailbox-connection and OAuth vocabulary of six products
// (testdata/heldout/round47.jsonl, rows h47w-emailengine-, h47w-osticket-,
// h47w-wino-, h47w-twenty-, h47w-suitecrm-, h47w-paperless-): each product's
// own sentences, read whole from its source, with their siblings in the same
// code, and every locale the product ships. Phrases are the fixed text of each
// sentence, lower-cased, without placeholders.
//
// Sources:
//   - postalsys/emailengine aea45350: lib/oauth/gmail.js checkForFlags maps
//     Google's invalid_client ("The OAuth client was not found" /
//     "Unauthorized"), unauthorized_client ("Client is unauthorized to
//     retrieve access tokens", a service account's domain-wide delegation),
//     invalid_request "Invalid principal", a service account's "account not
//     found", the Gmail API's "insufficient authentication scopes" and a
//     Pub/Sub project mismatch to tips about the integration's own OAuth app
//     (platform); lib/oauth/outlook.js does the same for AADSTS700016 and
//     AADSTS7000215 (platform). checkForUserFlags answers an invalid_grant on
//     renewal with "Failed to renew the access token for the user" (revoked).
//     lib/email-client/base-client.js and lib/oauth2-apps.js: "Missing or
//     disabled OAuth2 app", "OAuth2 credentials not set up for ...", "Invalid
//     base scopes for references OAuth2 application": the OAuth app the
//     account refers to is not set up (platform). lib/account/account-state.js
//     "Requested account can not be authenticated" is the authenticationError
//     state, set when the IMAP server refused the login (auth); its
//     "Can not establish server connection" covers every other failure, a
//     refused token renewal too, and is left unknown. These strings are not
//     translated (translations/*.po hold the hosted forms only).
//   - osTicket/osTicket-plugins 2bb77179: auth-oauth2/oauth2.php callback
//     errors: "Unable to obtain Refresh Token" (the token response has no
//     refresh_token: the configured scopes or offline access of the
//     helpdesk's IdP client) and "Invalid Email Atrribute" (the plugin's
//     attribute mapping finds no email) are the integrator's OAuth client
//     (platform); "Email Mismatch: Expecting Authorization for %s not %s" in
//     strict mode: the owner signed in with another account and must sign in
//     with the mailbox's own (auth).
//   - osTicket/osTicket 4689926b: include/class.email.php account forms:
//     "Configure Mailbox Authentication" (SMTP set to use the mailbox's
//     credentials, none configured), "Archive folder cannot be same as fetched
//     folder", "POP mail servers do not support folders" (config);
//     "Resource Owner and Email Mismatch" (SMTP over the mailbox's OAuth2
//     grant of another account: auth, as the plugin's mismatch). The generic
//     labels of the same forms ("Configure Authentication", "Host name
//     required", "Port required", "Unknown Folder") are words of any product
//     and are left. osTicket ships en_US only; translations are separate
//     language packs.
//   - bkaankose/Wino-Mail d52f7b86: Wino.Core.Domain/Translations/*/
//     resources.json, all 25 locales: GmailServiceDisabled_Message, shown
//     when Wino.Core/Synchronizers/GmailSynchronizer.cs meets the Gmail API's
//     "Mail service not enabled" (the Workspace admin turned Gmail off for
//     the user: admin); Exception_ImapAutoDiscoveryFailed, thrown by
//     Wino.Mail.ViewModels/ImapCalDavSettingsPageViewModel.cs when the IMAP
//     settings are incomplete and autodiscovery found none (config).
//     Exception_AliasSendDenied_Message (Graph ErrorSendAsDenied) already
//     reads config in every locale; IMAPSetupDialog_ConnectionFailedMessage
//     shares its words with other clients' connection failures and is left.
//   - twentyhq/twenty 04df0b18 and 41d24255 (packages/twenty-server/src):
//     engine/core-modules/imap-smtp-caldav-connection/services/
//     imap-smtp-caldav-connection-validator.service.ts: the zod form check
//     ("Protocol connection validation failed: <field>: ...", "Please check
//     your connection settings. Make sure the server host, port, and password
//     are correct."), no parameters, a private host (config); its last
//     fallback "There was an issue with your connection settings. Please try
//     again." follows an unexpected error (unknown). modules/connected-account/
//     refresh-tokens-manager/drivers/google/utils/parse-google-oauth-error.
//     util.ts: "Google refresh token network error: <code> - <message>" when
//     isGmailNetworkError matches, and "Google refresh token failed (no
//     status): ..." when no response came, both TEMPORARY_NETWORK_ERROR
//     (transient). modules/messaging/message-import-manager/drivers/imap/
//     utils/parse-imap-error.util.ts: "IMAP mailbox not found: ..." for the
//     NONEXISTENT response code, a folder of the connected mailbox (config).
//     Its translations (engine/core-modules/i18n/locales/*.po) are beyond
//     the index's first 100,000 characters of each file and the snapshot is
//     too large to fetch: English only.
//   - salesagility/SuiteCRM e572230a (the held-out row cites b2f9811e):
//     include/language/en_us.lang.php, the only locale it ships:
//     LBL_EMAIL_ERROR_NO_OUTBOUND, _SERVER, _USER, _PORT, _PROTOCOL,
//     _MONITORED_FOLDER, _TRASH_FOLDER, _FROM_ADDRESS (modules/Emails/
//     javascript/EmailUI.js mail account form checks: config),
//     modules/OutboundEmailAccounts LBL_MISSING_DEFAULT_OUTBOUND_SMTP_SETTINGS
//     and InboundEmail ERR_NO_IMAP (config); WARN_OAUTH_TOKEN_SESSION_EXPIRED
//     "Your IMAP OAuth session has expired, please login again" and
//     modules/ExternalOAuthConnection/services/OAuthAuthorizationService.php
//     "Refresh token not set. Need to re-login", "Was not able to refresh the
//     token. Your session may have expired" (reLogin true: revoked);
//     ERR_IMAP_OAUTH_CONNECTION_ERROR "Not able to connect using OAuth login
//     with Inbound Email server" and "The specified OAuth2 provider ... is not
//     supported or not properly configured / was not found" (reLogin false:
//     the CRM's provider setup, platform).
//   - paperless-ngx/paperless-ngx b0e0e8a3: src/paperless_mail/views.py logs
//     "Mail account connectivity test failed: Unable to refresh oauth token"
//     when refresh_account_oauth_token (src/paperless_mail/oauth.py) returned
//     False; that function catches every RefreshTokenError, a dead grant and
//     an outage alike (unknown). src/paperless_mail/mail.py: "Connection
//     blocked: <host> resolves to a non-public address" (the configured
//     server: config). "Rule <rule>: Folder <folder> does not exist in account
//     <account>" (the rule's folder, config too) still reads as a recipient:
//     its only fixed words, "does not exist in account", are no product's
//     own and no round row exercises a rule of its own. These strings are
//     not marked for translation.

// round47OauthappsEarlyRules come before msCodeRules: oauth_refresh_failed
// would read paperless-ngx's connectivity test as a dead grant, and later
// rules read these sentences' words as a recipient (Twenty's "IMAP mailbox
// not found: Mailbox doesn't exist"), a rejection (paperless-ngx's
// "Connection blocked"), a refused login (EmailEngine's "service account
// credentials"), the network (Twenty's fallback "Please try again") or a
// host name typed wrong (Twenty's Google refresh network error naming
// getaddrinfo ENOTFOUND for Google's own token host).
var round47OauthappsEarlyRules = []rule{
	{id: "oauthapps_product_oauth_client", class: ClassPlatform, anyOf: p(
		// EmailEngine lib/oauth/gmail.js and outlook.js flags
		"the oauth client id is invalid", "the oauth client secret is incorrect",
		"client is not authorized to retrieve access tokens", "client is unauthorized to retrieve access tokens",
		"the oauth client email provided is invalid", "the service client email is invalid or unrecognized",
		"oauth2 permission scopes are not sufficient", "mismatch between your cloud pub/sub configuration",
		"the outlook oauth application id provided is invalid", "the outlook oauth client secret is invalid",
		// EmailEngine: the account's OAuth2 app is not set up
		"missing or disabled oauth2 app", "oauth2 credentials not set up for", "invalid base scopes for references oauth2 application",
		// osTicket auth-oauth2 plugin
		"unable to obtain refresh token", "invalid email atrribute",
		// SuiteCRM inbound email over an external OAuth connection
		"not able to connect using oauth login with inbound email server", "the specified oauth2 provider",
	),
		doc: "a product says its own OAuth app or client is set up wrong (EmailEngine's client ID, secret, service account, scopes or delegation; osTicket's IdP client that returns no refresh token; SuiteCRM's OAuth provider): the integrator's setup, never the mailbox owner"},
	{id: "oauthapps_grant_renewal_failed", class: ClassRevoked, anyOf: p(
		// EmailEngine checkForUserFlags (Google invalid_grant)
		"failed to renew the access token for the user",
		// SuiteCRM IMAP OAuth connection
		"your imap oauth session has expired, please login again", "refresh token not set. need to re-login",
		"was not able to refresh the token. your session may have expired",
	),
		doc: "a product says the mailbox's OAuth grant could not be renewed and the owner must sign in again (EmailEngine's invalid_grant flag, SuiteCRM's expired IMAP OAuth session)"},
	{id: "oauthapps_owner_signin_refused", class: ClassAuth, anyOf: p(
		// osTicket auth-oauth2 strict mode; osTicket SMTP over the mailbox's grant
		"email mismatch: expecting authorization for", "resource owner and email mismatch",
		// EmailEngine authenticationError state
		"requested account can not be authenticated",
	),
		doc: "the mailbox's sign-in was refused: osTicket's owner authorized another account than the mailbox's, EmailEngine's account whose IMAP login failed; the owner signs in again with the right account or credentials"},
	{id: "oauthapps_workspace_gmail_disabled", class: ClassAdmin, anyOf: p(
		// Wino Mail GmailServiceDisabled_Message, every locale
		"вашият акаунт в google workspace изглежда е деактивиран за услугата gmail",             // bg_BG
		"el vostre compte de google workspace sembla estar deshabilitat per al servei de gmail", // ca_ES
		"váš účet google workspace se zdá být deaktivován pro službu gmail",                     // cs_CZ
		"din google workspace-konto ser ud til at være deaktiveret for gmail-tjenesten",         // da_DK
		"ihr google workspace-konto scheint für den google mail-dienst deaktiviert zu sein",     // de_DE
		"ο λογαριασμός σας στο google workspace φαίνεται να είναι απενεργοποιημένος",            // el_GR
		"your google workspace account seems to be disabled for gmail service",                  // en_US
		"su cuenta de google workspace parece estar deshabilitada para el servicio de gmail",    // es_ES
		"google workspace -tilisi näyttää olevan gmail-palvelun käytön estetty",                 // fi_FI
		"votre compte google workspace semble être désactivé pour le service gmail",             // fr_FR
		"a súa conta de google workspace parece estar desactivada para o servizo de gmail",      // gl_ES
		"akun google workspace anda tampaknya dinonaktifkan untuk layanan gmail",                // id_ID
		"il tuo account google workspace sembra essere disabilitato per il servizio gmail",      // it_IT
		"google workspace アカウントは gmail サービスの利用が無効になっているようです",                                    // ja_JP
		"google 워크스페이스 계정이 gmail 서비스에 대해 비활성화된 것 같습니다",                                          // ko_KR
		"jūsų google workspace paskyra atrodo išjungta gmail paslaugai",                         // lt_LT
		"uw google workspace account is mogelijk uitgeschakeld voor gmail service",              // nl_NL
		"twoje konto google workspace wydaje się mieć wyłączoną usługę gmail",                   // pl_PL
		"sua conta do google workspace parece estar desativada para serviços do gmail",          // pt_BR
		"contul dvs google workspace pare să fie dezactivat pentru serviciul gmail",             // ro_RO
		"учетная запись google workspace, похоже, отключена для службы gmail",                   // ru_RU
		"zdá sa, že váš účet google workspace je pre službu gmail vypnutý",                      // sk_SK
		"google workspace hesabınız gmail kullanımına kapalı görünüyor",                         // tr_TR
		"здається, gmail вимкнено для вашого облікового запису google workspace",                // uk_UA
		"你的 google workspace 账户似乎无法使用 gmail 服务",                                                 // zh_CN
	),
		doc: "Wino Mail: the Google Workspace administrator turned the Gmail service off for this account (the Gmail API's \"Mail service not enabled\"); only the administrator can turn it on"},
	{id: "oauthapps_mail_settings_form", class: ClassConfig, anyOf: p(
		// osTicket class.email.php account forms
		"configure mailbox authentication", "archive folder cannot be same as fetched folder", "pop mail servers do not support folders",
		// Twenty IMAP/SMTP/CalDAV connection form and IMAP NONEXISTENT
		"make sure the server host, port, and password are correct", "protocol connection validation failed: ",
		"please provide connection details to configure your email account", "the server address you entered is not allowed",
		"connection to private or internal network addresses is not allowed", "imap mailbox not found: ",
		// SuiteCRM mail account forms
		"no outgoing mail server specified", "a mail server address is required", "a login name is required",
		"a mail server port is required", "a server protocol is required", "monitored folder is required",
		"trash folder is required", "from address is required. please enter a valid email address",
		"has not yet configured the default outbound account", "no imap libraries found",
		// paperless-ngx: the configured server resolves to a private address
		"resolves to a non-public address",
		// Wino Mail Exception_ImapAutoDiscoveryFailed, every locale
		"не могат да се намерят настройките на пощенската кутия",        // bg_BG
		"no s'ha pogut trobar la configuració de la safata d'entrada",   // ca_ES
		"nastavení poštovní schránky se nepodařilo najít",               // cs_CZ
		"kunne ikke finde postkasseindstillinger",                       // da_DK
		"mailbox-einstellungen konnten nicht gefunden werden",           // de_DE
		"δεν βρέθηκαν οι ρυθμίσεις γραμματοκιβωτίου",                    // el_GR
		"couldn't find mailbox settings",                                // en_US
		"no se pudo encontrar la configuración del buzón",               // es_ES
		"postilaatikon asetuksia ei löytynyt",                           // fi_FI
		"impossible de trouver les paramètres de la boîte de réception", // fr_FR
		"non se puido encontrar os axustes da bandexa de correo",        // gl_ES
		"tidak dapat menemukan pengaturan kotak masuk",                  // id_ID
		"impossibile trovare le impostazioni della casella postale",     // it_IT
		"メールボックス設定を見つけられませんでした",                                         // ja_JP
		"메일함 설정을 찾을 수 없습니다",                                             // ko_KR
		"negalima rasti pašto dėžutės nustatymų",                        // lt_LT
		"instellingen mailbox niet gevonden",                            // nl_NL
		"nie znaleziono ustawień skrzynki pocztowej",                    // pl_PL
		"não foi possível encontrar configurações da caixa de e-mail",   // pt_BR
		"nu s-au putut găsi setările căsuței poștale",                   // ro_RO
		"не удалось найти настройки почтового ящика",                    // ru_RU
		"nepodarilo sa nájsť nastavenia poštovej schránky",              // sk_SK
		"klasör ayarları bulunamadı",                                    // tr_TR
		"не вдалося знайти налаштування поштової скриньки",              // uk_UA
		"找不到邮箱配置",                                                       // zh_CN
	),
		doc: "a product's mail account form or setup names a missing or wrong setting (osTicket, Twenty, SuiteCRM, paperless-ngx, Wino Mail's autodiscovery that found no settings): nothing was refused"},
	{id: "oauthapps_catch_all", class: ClassUnknown, anyOf: p(
		// paperless-ngx: refresh_account_oauth_token returned False for any RefreshTokenError
		"mail account connectivity test failed: unable to refresh oauth token",
		// Twenty: the validator's fallback after an unexpected error
		"there was an issue with your connection settings",
	),
		doc: "a product's catch-all that does not tell a dead grant, a refused login and an outage apart (paperless-ngx's connectivity test after any failed token refresh, Twenty's connection form fallback)"},
	{id: "oauthapps_refresh_network", class: ClassTransient, anyOf: p(
		// Twenty parse-google-oauth-error.util.ts, TEMPORARY_NETWORK_ERROR
		"google refresh token network error", "google refresh token failed (no status)",
	),
		doc: "Twenty: the Google token refresh failed on the network (a connection reset, a timeout, no answer at all): the grant is fine"},
}
