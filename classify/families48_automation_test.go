package classify

import (
	"testing"
)

// Round 48's automation and integration platforms' mail nodes
// (round48_automation.go): Shuffle's email and Outlook Exchange apps,
// Lowcoder's SMTP data source (en, zh, de), Jeedom's mail plugin (every
// locale of core/i18n), Flowise's OAuth2 refresh and its Gmail/Outlook tools,
// Apache NiFi's email processors, Joget's email tool (en, ar, zh_CN, zh_TW),
// nymea's mail notification plugin and WSO2 Micro Integrator's email
// connector. Each sentence is labelled by what the product means where it
// raises it; the look-alikes keep their reading.
func TestRound48AutomationFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Shuffle/python-apps email/1.3.0/src/app.py, send_email_smtp and
		// get_emails_imap.
		{"SMTP port needs to be a number (Current: %s)", ClassConfig, ""},
		{"SMTP port needs to be a number (Current: 58x)", ClassConfig, ""},
		{"Office 365 does not easily support SMTP anymore, and recommends the Graph API. Please use the Outlook Office365 app in Shuffle with the 'send email' action.", ClassAuth, ""},
		{"Bad SMTP host or port: {e}", ClassConfig, ""},
		{"Bad SMTP host or port: [Errno -2] Name or service not known", ClassConfig, ""},
		{"General login exception: {e}", ClassUnknown, ""},
		{"Bad username or password: {e}", ClassAuth, ""},
		{"No username provided (sender). Please provide a username. Required since January 2025.", ClassConfig, ""},
		{"Failed to send mail: {e}", ClassUnknown, ""},
		{"Failed to send mail (2): {e}", ClassUnknown, ""},
		{"Amount needs to be a number, not %s", ClassConfig, ""},
		{"Can't connect to IMAP server %s: %s", ClassConfig, ""},
		{"Can't connect to IMAP server imap.example.com: [Errno -2] Name or service not known", ClassConfig, ""},
		{"Failed to log into %s: %s", ClassAuth, ""},
		// Look-alike: a refused connection, not the template, stays the
		// network's.
		{"Can't connect to IMAP server mail.example.com: Connection refused", ClassTransient, ""},
		{"Couldn't find folder %s.", ClassConfig, ""},
		{"Couldn't find folder INBOX/Alerts.", ClassConfig, ""},
		{"Couldn't retrieve email. Data: {data}", ClassUnknown, ""},
		// Shuffle/python-apps outlook-exchange/1.0.0/src/app.py.
		{"Build requires at least major and minor version [Eg. 15.1], at most 4 number [Eg. 15.0.1.2345]", ClassConfig, ""},
		{"Build needs to be a sequence of numbers dot separated, not %s", ClassConfig, ""},
		{"Can't connect to Exchange server: %s", ClassUnknown, ""},
		{"Root folder {} not supported. Valid values are: inbox, outbox, sent, trash, draft", ClassConfig, ""},
		{"Use the Outlook Office365 app to connect to Office365. Basic auth is deprecated.", ClassAuth, ""},
		{"Error during email processing: {}", ClassUnknown, ""},

		// lowcoder-org/lowcoder locale_{en,zh,de}.properties: the SMTP
		// plugin's keys.
		{"Fail to parse the SMTP configuration.", ClassConfig, ""},
		{"无法解析 SMTP 配置。", ClassConfig, ""},
		{"Host cannot be empty.", ClassConfig, ""},
		{"主机不能为空。", ClassConfig, ""},
		{"Port number cannot be negative.", ClassConfig, ""},
		{"端口号不能为负数。", ClassConfig, ""},
		{"Email could not be sent. Please check the smtp settings for the org.", ClassConfig, ""},
		{"无法发送电子邮件。请检查组织的 smtp 设置。", ClassConfig, ""},
		{"E-Mail konnte nicht gesendet werden. Bitte überprüfen Sie die SMTP-Einstellungen für den Workspace.", ClassConfig, ""},
		{"Query execution error: {0}.", ClassUnknown, ""},

		// jeedom/plugin-mail core/class/mail.class.php and core/i18n/*.json
		// (fr source; id, it, ja, ru and tr ship it untranslated).
		{"Mode d'envoi non reconnu", ClassConfig, ""},
		{"Nicht erkannte Versandart", ClassConfig, ""},
		{"Unrecognized shipping method", ClassConfig, ""},
		{"Método de envío no reconocido", ClassConfig, ""},
		{"Método de envio não reconhecido", ClassConfig, ""},
		{"L'adresse mail ne peut être vide", ClassConfig, ""},
		{"Die E-Mail-Adresse darf nicht leer sein", ClassConfig, ""},
		{"Email address cannot be empty", ClassConfig, ""},
		{"La dirección de correo electrónico no puede estar vacía", ClassConfig, ""},
		{"O endereço de email não pode estar vazio", ClassConfig, ""},
		{"[Mail] Le message et le sujet ne peuvent être vides", ClassConfig, ""},
		{"[Mail] Nachricht und Betreff dürfen nicht leer sein", ClassConfig, ""},
		{"[Mail] Message and subject cannot be empty", ClassConfig, ""},
		{"[Correo] El mensaje y el asunto no pueden estar vacíos", ClassConfig, ""},
		{"[Mail] Mensagem e assunto não podem ficar vazios", ClassConfig, ""},
		{"[Mail] Les options de la fonction ne peuvent être null", ClassUnknown, ""},
		{"[Mail] Function options cannot be null", ClassUnknown, ""},
		{"Erreur sur l'envoi du mail : {\"state\":\"nok\"}", ClassUnknown, ""},
		{"Fehler beim Senden der E-Mail: {\"state\":\"nok\"}", ClassUnknown, ""},
		{"Error sending email: {\"state\":\"nok\"}", ClassUnknown, ""},
		{"Error al enviar el correo electrónico: {\"state\":\"nok\"}", ClassUnknown, ""},
		{"Erro ao enviar e-mail: {\"state\":\"nok\"}", ClassUnknown, ""},

		// FlowiseAI/Flowise packages/components/src/utils.ts
		// refreshOAuth2Token and packages/server/src/routes/oauth2/index.ts.
		{"Failed to refresh access token: ${error instanceof Error ? error.message : 'Unknown error'}. Please re-authorize the credential.", ClassUnknown, ""},
		{"Failed to refresh access token: Failed to refresh token: 500 Internal Server Error - {\"message\":\"boom\"}. Please re-authorize the credential.", ClassUnknown, ""},
		{"Failed to refresh access token: Unknown error. Please re-authorize the credential.", ClassUnknown, ""},
		{"Failed to refresh token: ${refreshResponse.status} ${refreshResponse.statusText} - ${errorData}", ClassUnknown, ""},
		{"Token refresh failed: ${tokenResponse.data?.error_description || tokenResponse.statusText}", ClassUnknown, ""},
		{"Token refresh failed: ${axiosError.response?.data?.error_description || axiosError.message}", ClassUnknown, ""},
		{"OAuth2 token refresh error: ${error instanceof Error ? error.message : 'Unknown error'}", ClassUnknown, ""},
		{"Access token is expired and no refresh token is available. Please re-authorize the credential.", ClassRevoked, ""},
		{"Missing required OAuth configuration: clientId, clientSecret, or refresh_token", ClassConfig, ""},
		{"Missing clientId in credential data", ClassConfig, ""},
		{"No authorizationUrl specified in credential data", ClassConfig, ""},
		{"No Access Token URL specified in credential data", ClassConfig, ""},
		{"Token endpoint URL is not allowed", ClassConfig, ""},
		{"OAuth2 authorization error: ${error instanceof Error ? error.message : 'Unknown error'}", ClassUnknown, ""},
		// packages/components/nodes/tools/{Gmail,MicrosoftOutlook}.
		{"No access token found in credential", ClassConfig, ""},
		{"Gmail API Error ${response.status}: ${response.statusText} - ${errorText}", ClassUnknown, ""},
		{"Graph API Error ${response.status}: ${response.statusText} - ${errorText}", ClassUnknown, ""},
		{"Error sending message: ${error}", ClassUnknown, ""},
		// Look-alikes: a refresh whose text names the dead grant stays a
		// reconnect, in Flowise's wrapper and elsewhere.
		{"Failed to refresh access token: Failed to refresh token: 400 Bad Request - {\"error\":\"invalid_grant\"}. Please re-authorize the credential.", ClassRevoked, ""},
		{"Failed to refresh access token: Token has been expired or revoked.. Please re-authorize the credential.", ClassRevoked, ""},
		{"Token refresh failed: invalid_grant", ClassRevoked, ""},
		{"Token refresh failed: Token has been expired or revoked.", ClassRevoked, ""},
		{"Failed to refresh token: 400 Bad Request - {\"error\":\"invalid_grant\",\"error_description\":\"Bad Request\"}", ClassRevoked, ""},
		{"Failed to refresh access token", ClassRevoked, ""},
		{"Token refresh failed", ClassRevoked, ""},
		{"Failed to refresh access token. Please re-authorize the account.", ClassRevoked, ""},
		{"OAuth2 token refresh error: invalid_grant", ClassRevoked, ""},

		// apache/nifi PutEmail.java and nifi-email-processors.
		{"Must specify at least one To/CC/BCC address", ClassConfig, ""},
		{"Required property 'To' evaluates to an empty string.", ClassConfig, ""},
		{"Unable to parse a valid address for property 'To' with value 'ops@'", ClassConfig, ""},
		{"[%s] does not start with mail.smtp", ClassConfig, ""},
		{"[mail.imap.host] does not start with mail.smtp", ClassConfig, ""},
		{"[%s] overwrites standard properties", ClassConfig, ""},
		{"Failed to send email for {}: {}; routing to failure", ClassUnknown, ""},
		{"Failed to receive messages from server [%s]", ClassUnknown, ""},
		{"Message [%d] serialization failed", ClassUnknown, ""},
		{"Failed to retrieve [From] address from Message [{}]", ClassUnknown, ""},
		{"Failed to close Mail Receiver", ClassUnknown, ""},

		// jogetworkflow/jw-community plugin*.properties (en, ar, zh_CN,
		// zh_TW) and EmailTool.java's test email.
		{"Please fill \"From\" , \"SMTP Host\" and \"SMTP Port\" fields or configure it in \"General Settings\" page.", ClassConfig, ""},
		{"يرجى ملء الحقول \"من\" و \"مضيف SMTP\" و \"منفذ SMTP\" أو تكوينها في صفحة \"الإعدادات العامة\".", ClassConfig, ""},
		{"请配置此页的\"发件人\",\"SMTP主机\"和\"SMTP端口\"或前往\"常规设置\"配置。", ClassConfig, ""},
		{"請配置此頁的\"發件人\",\"SMTP主機\"和\"SMTP端口\"或前往\"常規設置\"配置。", ClassConfig, ""},
		{"Test email fail to sent.\nPlease fill \"From\" , \"SMTP Host\" and \"SMTP Port\" fields or configure it in \"General Settings\" page.", ClassConfig, ""},
		{"Test email fail to sent.", ClassUnknown, ""},
		{"فشل اختبار البريد الإلكتروني", ClassUnknown, ""},
		{"测试邮件发送失败", ClassUnknown, ""},
		{"測試郵件發送失敗", ClassUnknown, ""},

		// nymea/nymea-plugins mailnotification/smtpclient.cpp and
		// integrationpluginmailnotification.cpp.
		{"Received unexpected error code from smtp server", ClassUnknown, ""},
		{"Could not convert status code to a valid integer", ClassUnknown, ""},
		{"The email account cannot be accessed. Wrong username or password?", ClassAuth, ""},
		{"Error sending email.", ClassUnknown, ""},
		// Look-alikes: a server that says what went wrong keeps its reading.
		{"Received unexpected error code from smtp server 535 \"5.7.8 Username and Password not accepted\"", ClassAuth, ""},
		{"451 4.3.0 Internal server error, try again later", ClassTransient, ""},

		// wso2-extensions/esb-connector-email connection/oauth.
		{"An error occurred while refreshing access token", ClassTransient, ""},
		{"Invalid configurations provided for client credentials grant type.", ClassConfig, ""},
		{"Invalid configurations provided for authorization code grant type.", ClassConfig, ""},
		{"Error occurred while accessing the Token URL. HTTP/1.1 400 Bad Request", ClassUnknown, ""},
		{"Missing key [expires_in] in the response from the OAuth server", ClassUnknown, ""},
		{"Missing key [access_token] in the response from the OAuth server", ClassUnknown, ""},
		{"An invalid authHandler is returned.", ClassUnknown, ""},
		// Look-alikes: a refresh the provider refused keeps its class.
		{"An error occurred while refreshing access token: invalid_grant", ClassRevoked, ""},
		{"invalid_client: Invalid client credentials", ClassPlatform, ""},
	})
}
