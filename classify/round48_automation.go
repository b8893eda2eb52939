package classify

// Round 48's automation and integration platforms' mail nodes
// (testdata/heldout/round48.jsonl, rows h48d-): each product's mail-failure
// vocabulary read whole from its repository, in every locale it ships, each
// message labelled by what the product means where it raises it.
//
// Sources:
//   - Shuffle/python-apps ab2f5f54989e3c94b68e4c4e5ae856813fcd7bd8,
//     email/1.3.0/src/app.py (send_email_smtp, get_emails_imap) and
//     outlook-exchange/1.0.0/src/app.py (authenticate, parse_folder,
//     send_email ...). The app's own checks before or around the connection
//     are config: "SMTP port needs to be a number", "Bad SMTP host or port"
//     (socket.gaierror only), "No username provided (sender)" (the From
//     field is empty, nothing was sent), "Amount needs to be a number",
//     "Can't connect to IMAP server %s: %s" (socket.gaierror only: a host
//     that does not resolve; the rendered resolver text is read as config
//     already, the template is read here), "Couldn't find folder %s." (the
//     configured folder after a good login), the EWS app's "Build requires
//     ..."/"Build needs to be ..." and "Root folder ... not supported".
//     "Office 365 does not easily support SMTP anymore ... use the Outlook
//     Office365 app" and "Use the Outlook Office365 app to connect to
//     Office365. Basic auth is deprecated." say basic sign-in is gone for
//     Microsoft 365 and the owner must sign in with OAuth: auth
//     (testdata/README.md: basic authentication disabled). "Bad username or
//     password" and "Failed to log into" are read as auth already; "General
//     login exception", "Failed to send mail", "Can't connect to Exchange
//     server" (any exception, a refused login too), "Couldn't retrieve
//     email", "Error during email processing" are catch-alls (unknown).
//   - lowcoder-org/lowcoder db7aae37ded3c4bf64bfa21042aa8787b984fd9c,
//     server/api-service/lowcoder-sdk/src/main/resources/locale_{en,zh,de}
//     .properties with lowcoder-plugins/smtpPlugin/.../SmtpPlugin.java:
//     INVALID_SMTP_CONFIG (en, zh; de lacks the key), HOST_EMPTY and
//     INVALID_PORT (the data source's settings) and SENDING_EMAIL_FAILED
//     ("check the smtp settings for the org", en, zh, de): config.
//     QUERY_EXECUTION_ERROR wraps any MessagingException: unknown.
//   - jeedom/plugin-mail 0554a4078fa20c294720ab4c5f4375e352e9e651,
//     core/class/mail.class.php and core/i18n/*.json (de, en, es, pt
//     translate; id, it, ja, ru, tr ship the French): "Mode d'envoi non
//     reconnu" (the equipment's send mode is none the plugin knows), "L'adresse
//     mail ne peut être vide" (the command's recipient setting, at save) and
//     "[Mail] Le message et le sujet ne peuvent être vides" (the scenario's
//     action): config. "Erreur sur l'envoi du mail : " (Jeedom's cloud
//     answer, any) and "[Mail] Les options de la fonction ne peuvent être
//     null" (a caller's bug): unknown. "L'adresse mail n'est pas valide"
//     (en "Email address is not empty") is left: its words are any invalid
//     address's.
//   - FlowiseAI/Flowise ababf4c8ebc0263e03aeeb917832251d3fd785e4,
//     packages/components/src/utils.ts refreshOAuth2Token: "Failed to refresh
//     access token: ${...}. Please re-authorize the credential." wraps every
//     failure of the call to Flowise's own refresh endpoint (a 5xx, the
//     network, a dead grant alike) and the inner "Failed to refresh token:
//     ${status} ..."; packages/server/src/routes/oauth2/index.ts: "Token
//     refresh failed: ${error_description || statusText}" (any answer >= 400)
//     and "OAuth2 token refresh error: ${...}" (any other error). Catch-alls:
//     unknown, unless the text names the dead grant (invalid_grant, "expired
//     or revoked"), which the token-endpoint rules read as before. "Access
//     token is expired and no refresh token is available. Please re-authorize
//     the credential." stays revoked. The route's "Missing required OAuth
//     configuration", "Missing clientId in credential data", "No
//     authorizationUrl/Access Token URL specified in credential data", "Token
//     endpoint URL is not allowed" and the Gmail/Outlook tools' "No access
//     token found in credential" (packages/components/nodes/tools/Gmail/
//     Gmail.ts, MicrosoftOutlook/MicrosoftOutlook.ts; the credential was
//     never authorized): config. Their "Gmail API Error ${status}", "Graph
//     API Error ${status}", "Error sending message: ${error}": unknown.
//   - apache/nifi 60319e26f8549a6965d29feaf7c8103294882732,
//     nifi-extension-bundles/nifi-standard-bundle/nifi-standard-processors/
//     src/main/java/org/apache/nifi/processors/standard/PutEmail.java:
//     property validation ("Must specify at least one To/CC/BCC address",
//     "[%s] does not start with mail.smtp", "[%s] overwrites standard
//     properties", "Required property '%s' evaluates to an empty string.",
//     "Unable to parse a valid address for property"): config; "Failed to send
//     email for {}" and nifi-email-bundle/.../AbstractEmailProcessor.java's
//     "Failed to receive messages from server", "Message [%d] serialization
//     failed": unknown.
//   - jogetworkflow/jw-community 2e6cb9c6dc52e99e2a13d2c3d85c27a3a11ab28b,
//     wflow-consoleweb/src/main/resources/plugin{,_ar,_zh_CN,_zh_TW}.properties
//     app.emailtool.error.smtp (EmailTool.java: From, SMTP host or port not
//     set, no server contacted): config; app.emailtool.testEmailFail ("Test
//     email fail to sent.", followed by the exception's text): unknown.
//   - nymea/nymea-plugins 22656bdeec62e25b00e9c5a77fd0ce1c80f172ea,
//     mailnotification/smtpclient.cpp handleUnexpectedSmtpCode: "Received
//     unexpected error code from smtp server" for any reply the state
//     machine did not expect, followed by the code and text: unknown when
//     they are not there (when they are, the server's reply decides).
//     integrationpluginmailnotification.cpp's "The email account cannot be
//     accessed. Wrong username or password?" (ThingErrorAuthenticationFailure)
//     is read as auth already; "Error sending email." is unknown.
//   - wso2-extensions/esb-connector-email
//     707817e58d732103a787e77df4a16c3df2634e0d,
//     src/main/java/org/wso2/carbon/connector/connection/oauth/: OAuthUtils
//     "Invalid configurations provided for client credentials grant type." /
//     "... authorization code grant type." (client id, secret, refresh token,
//     scope or token URL blank, before any request): config ("Grant type %s
//     is invalid.", the connection's grant type setting, is config too, but
//     its only fixed words are any grant type's: left); OAuthHandler
//     "An error occurred while refreshing access token" (thrown only on an
//     IOException calling the token URL): transient; OAuthClient "Error
//     occurred while accessing the Token URL. <status line>" and "Missing key
//     [...] in the response from the OAuth server": unknown.

// round48AutomationEarlyRules come before headRules: oauth_invalid_grant
// reads Flowise's "Please re-authorize the credential" and
// oauth_refresh_failed its "Token refresh failed" as a dead grant,
// server_internal_error reads nymea's "error code from smtp server" as the
// server's, credential_words and app_password_required read WSO2's
// "invalid configurations ... grant type" as a refused login,
// oauth_code_exchange reads it as the product's OAuth app, and
// l10n_unixclients_unreachable reads Shuffle's "can't connect to IMAP
// server" as the network.
var round48AutomationEarlyRules = []rule{
	{id: "automation_flowise_refresh_wrapper", class: ClassUnknown,
		allOf:  p("failed to refresh access token: ", "please re-authorize the credential"),
		noneOf: p("invalid_grant", "invalid grant", "expired or revoked", "been revoked", "was revoked", "invalid_rapt"),
		doc:    "Flowise wraps every failure of its OAuth2 credential refresh (network, 5xx, dead grant alike) in one sentence; a cause named in it decides"},
	{id: "automation_flowise_refresh_template", class: ClassUnknown,
		anyOf: p("token refresh failed: ${tokenresponse.", "token refresh failed: ${axioserror.", "failed to refresh token: ${refreshresponse.", "oauth2 token refresh error: ${error instanceof error"),
		doc:   "Flowise's OAuth2 refresh route and component, as written: any answer of the token endpoint or any error; the cause is not in the fixed text"},
	{id: "automation_smtp_unexpected_code", class: ClassUnknown,
		anyOf: p("received unexpected error code from smtp server"),
		// The reply code and text that nymea logs after it decide.
		noneOf: p("smtp server 2", "smtp server 3", "smtp server 4", "smtp server 5"),
		doc:    "nymea's mail plugin met a reply its SMTP state machine did not expect; without the reply, no cause"},
	{id: "automation_connector_setup", class: ClassConfig,
		anyOf: p("invalid configurations provided for client credentials grant type", "invalid configurations provided for authorization code grant type",
			// Shuffle's IMAP template: raised on socket.gaierror only.
			"can't connect to imap server %s: %s"),
		doc: "an integration's mail connector lacks its OAuth settings, or its IMAP host does not resolve: its setup, no server refused anything"},
}

// round48AutomationRules come late: nothing else reads these products' own
// wording.
var round48AutomationRules = []rule{
	{id: "automation_mail_node_setup", class: ClassConfig, anyOf: p(
		// Shuffle email app and Exchange app.
		"smtp port needs to be a number", "bad smtp host or port", "no username provided (sender)", "amount needs to be a number, not",
		"couldn't find folder", "build requires at least major and minor version", "build needs to be a sequence of numbers",
		"not supported. valid values are: inbox, outbox, sent, trash, draft",
		// Lowcoder SMTP data source (en, zh, de).
		"fail to parse the smtp configuration", "无法解析 smtp 配置", "host cannot be empty.", "主机不能为空", "port number cannot be negative", // zh "端口号不能为负数" is read so by l10n_fe_settings first
		"please check the smtp settings for the org", "请检查组织的 smtp 设置", "überprüfen sie die smtp-einstellungen für den workspace",
		// Jeedom mail plugin (fr, de, en, es, pt; id, it, ja, ru, tr ship fr).
		"mode d'envoi non reconnu", "nicht erkannte versandart", "unrecognized shipping method", "método de envío no reconocido", "método de envio não reconhecido",
		"l'adresse mail ne peut être vide", "l'adresse mail ne peut etre vide", "die e-mail-adresse darf nicht leer sein", "email address cannot be empty", "la dirección de correo electrónico no puede estar vacía", "o endereço de email não pode estar vazio",
		"le message et le sujet ne peuvent être vides", "nachricht und betreff dürfen nicht leer sein", "message and subject cannot be empty", "el mensaje y el asunto no pueden estar vacíos", "mensagem e assunto não podem ficar vazios",
		// Flowise OAuth2 credential and Gmail/Outlook tools.
		"missing required oauth configuration", "missing clientid in credential data", "no authorizationurl specified in credential data", "no access token url specified in credential data", "token endpoint url is not allowed", "no access token found in credential",
		// Apache NiFi PutEmail.
		"must specify at least one to/cc/bcc address", "does not start with mail.smtp", "overwrites standard properties", "evaluates to an empty string", "unable to parse a valid address for property",
		// Joget email tool (en, ar, zh_CN, zh_TW).
		"fields or configure it in \"general settings\" page", "أو تكوينها في صفحة \"الإعدادات العامة\"", "或前往\"常规设置\"配置", "或前往\"常規設置\"配置"),
		doc: "an automation platform's mail node or connector says its own settings are missing or invalid (host, port, sender, folder, OAuth fields, send mode): its setup"},
	{id: "automation_basic_auth_gone", class: ClassAuth,
		anyOf: p("office 365 does not easily support smtp anymore", "use the outlook office365 app to connect to office365"),
		doc:   "Shuffle says basic SMTP/EWS sign-in no longer works for Microsoft 365 and the owner must connect through its OAuth (Graph) app"},
	{id: "automation_token_url_io", class: ClassTransient,
		anyOf:  p("an error occurred while refreshing access token"),
		noneOf: p("invalid_grant", "invalid grant", "expired or revoked", "invalid_client", "unauthorized_client"),
		doc:    "WSO2's email connector could not reach the token URL (an I/O error) while refreshing the access token: the network"},
}
