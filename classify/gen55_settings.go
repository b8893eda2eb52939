package classify

// The checks that products, agent tools, plugins and libraries run on their
// OWN mail settings or environment before any mail server is asked: a
// required SMTP/IMAP field or environment variable (host, port, user name,
// password, sender address, passkey, endpoint, credentials) missing, not set,
// not configured, empty or required reads config; the product's own Google or
// Microsoft OAuth application (GOOGLE_CLIENT_ID, AZURE_CLIENT_SECRET, "client
// id and client secret" ...) not set up reads platform. Each product words
// this its own way, so the rules read the family: a mail setting's name
// together with a missing-word, besides the products' fixed sentences. The
// messages are in testdata/catalogs/product_settings_missing.jsonl, less those
// that repeat a held-out text (listed in testdata/catalogs/README.md); the
// rules still name those products' words. All read 2026-12-05.
//
// Sources, and why each class (config: the product's own mail settings are
// incomplete, no server has judged any credential; platform: the integrating
// product's own OAuth client is not set up, which its operator fixes):
//   - AI agent tool kits: agno-agi/agno 0ea31cec libs/agno/agno/tools/email.py
//     (EmailTools: "No receiver email / sender name / sender email / sender
//     passkey provided"); Wh1isper/mcp-email-server a1668a91
//     mcp_email_server/emails/classic.py, adapters/mutations.py, web_ui/models.py
//     ("SMTP is not configured for account", "Incoming / Outgoing credential
//     must not be empty"); langchain-ai/langchain 1b45cb23
//     libs/community/langchain_community/tools/office365/utils.py ("The
//     CLIENT_ID and CLIENT_SECRET environmental variables have not been set",
//     the app's Microsoft Graph application: platform).
//   - RPA: robocorp/rpaframework 0843f9cb packages/main/src/RPA/Email/
//     ImapSmtp.py ("SMTP server address is needed for authentication",
//     "Server address, account and password are needed for authentication
//     with IMAP") and Exchange.py ("A password should be provided with basic
//     auth").
//   - Automation nodes: node-red/node-red-nodes e9ca4db9
//     social/email/locales/{en-US,de,ja}/61-email.json (already read config by
//     homeassistant_settings); huginn/huginn 9faad4ae
//     app/models/agents/imap_folder_agent.rb ("host / username / password is
//     required and must be a string").
//   - CMS mail plugins: awesomemotive/WP-Mail-SMTP 2a4d69b6
//     src/Providers/Gmail/Options.php, src/Admin/Area.php,
//     src/Providers/Gmail/Auth.php (the site's Google client ID and secret not
//     saved or not valid: platform), src/SiteHealth.php ("mailer setup is
//     incomplete": config); wpexpertsio/Post-SMTP e326e19f
//     Postman/Postman-Mail/PostmanSmtpModuleTransport.php,
//     PostmanModuleTransport.php ("Outgoing Mail Server Hostname and Port /
//     Envelope-From Email Address / Message From Address can not be empty").
//   - CRM: salesagility/SuiteCRM 002cbb5d include/language/en_us.lang.php
//     (LBL_EMAIL_ERROR_SERVER, _PORT, _FROM_ADDRESS, _NO_OUTBOUND,
//     LBL_EMAIL_INVALID_SYSTEM_OUTBOUND) and bd0e89c0
//     modules/Users/language/en_us.lang.php (ERR_SERVER_SMTP_EMPTY, "Please
//     check the Mail Transfer Agent in Email Settings").
//   - Helpdesks: osTicket/osTicket 4689926b include/class.email.php ("Host,
//     Port & Protocol Required"); Peppermint-Lab/peppermint ba6e2179
//     apps/api/src/lib/services/imap.service.ts, lib/nodemailer/transport.ts;
//     nextcloud/mail 0bb343bc lib/Integration/MicrosoftIntegration.php and
//     d60fb533 GoogleIntegration.php ("missing client secrets": platform,
//     already read by oauth_invalid_client).
//   - Notification tools: prometheus/alertmanager 68fb2d57 config/config.go
//     ("no global SMTP smarthost set", "no global SMTP from set", "at most one
//     of smtp_auth_password & smtp_auth_password_file must be configured");
//     dani-garcia/vaultwarden 46d71107 src/config.rs; binwiederhier/ntfy
//     81a486ad cmd/serve.go ("if smtp-sender-addr is set, base-url, and
//     smtp-sender-from must also be set"); TwiN/gatus 08c46354
//     alerting/provider/email/email.go with config/config.go ("Ignoring
//     provider=email due to error=host is required"); containrrr/shoutrrr
//     3c77fd56 pkg/services/smtp/smtp_config.go.
//   - Mail libraries' own checks: ruby/net-smtp 20584aa9
//     lib/net/smtp/authenticator.rb ("SMTP-AUTH requested but missing user
//     name / secret phrase") and jakartaee/mail-api b58e5896
//     api/src/main/java/jakarta/mail/Service.java ("failed to connect, no
//     password specified?"), both already read config.
//
// Look-alikes kept apart: no phrase is a bare "password is required",
// "password required", "api key" or "client_id and client_secret": a server's
// "530 5.7.0 Authentication required", a "Password required" after a login
// attempt, another service's API key or OAuth client (Stripe, OpenAI, Strava),
// a product's own sign-in form keep their reading. Post SMTP's "Username and
// password can not be empty." names no mail setting and reads as a sign-in
// form would, and its "API Key can not be empty" is no SMTP/IMAP setting; both
// are left out. The rules come late, just before
// outlookReplyNumberRules, so that a server's reply or a refused login that an
// earlier rule reads keeps that reading.

// settings55MissingWords say that a setting has no value.
var settings55MissingWords = p("not set", "isn't set", "not been set", "unset", "missing", "not configured", "not been configured",
	"isn't configured", "is empty", "are empty", "be empty", "left empty", "was empty", "must be set", "must also be set",
	"need to be set", "needs to be set", "must be configured", "must be provided", "must be specified", "is required", "are required",
	"not provided", "not specified", "not defined", "undefined", "incomplete", "is needed", "are needed", "not found in environment",
	"not filled",
	// Not found in the product's environment file, Chinese "missing"
	// (round 127).
	"not found in .env", "not found in env", "缺失", "缺少")

var gen55SettingsRules = []rule{
	{id: "settings_tool_settings_missing", class: ClassConfig, anyOf: p(
		// Agno EmailTools, rpaframework, Huginn, osTicket, Gatus, Alertmanager,
		// WP Mail SMTP, SuiteCRM, mcp-email-server, ntfy.
		"no receiver email provided", "no sender name provided", "no sender email provided", "no sender passkey provided",
		"smtp server address is needed for authentication", "server address, account and password are needed for authentication",
		"a password should be provided with basic auth",
		"host is required and must be a string", "username is required and must be a string", "password is required and must be a string",
		"host, port & protocol required", "ignoring provider=email due to error=",
		"no global smtp smarthost set", "no global smtp from set", "smtp_auth_password & smtp_auth_password_file must be configured",
		"mailer setup is incomplete", "please check the mail transfer agent in email settings",
		"incoming credential must not be empty", "outgoing credential must not be empty", "smtp-sender-from must also be set"),
		doc: "an agent tool, robot, automation, plugin, CRM, helpdesk or notifier refuses to send or fetch because its own mail settings lack a value (server, port, user, password, sender, passkey): its configuration, before any server is asked"},
	{id: "settings_oauth_app_setup", class: ClassPlatform, anyOf: p(
		// WP Mail SMTP, LangChain's Office 365 toolkit.
		"save settings with client id and client secret", "client id and client secret both valid and saved",
		"client_id and client_secret environmental variables have not been set"),
		doc: "the integrating product's own OAuth application (client ID and secret) is not saved or not set in its environment: its operator's setup"},
	{id: "settings_oauth_app_missing", class: ClassPlatform, anyOf: p(
		"google_client_id", "google_client_secret", "google_oauth_client_id", "google_oauth_client_secret",
		"gmail_client_id", "gmail_client_secret", "gmail_oauth_client_id", "gmail_oauth_client_secret",
		"microsoft_client_id", "microsoft_client_secret", "microsoft_oauth_client_id", "microsoft_oauth_client_secret",
		"azure_client_id", "azure_client_secret", "azure_ad_client_id", "azure_ad_client_secret",
		"outlook_client_id", "outlook_client_secret", "office365_client_id", "office365_client_secret", "o365_client_id", "o365_client_secret"),
		alsoAny: append(p("requires"), settings55MissingWords...),
		doc:     "an environment variable or setting of the product's own Google or Microsoft OAuth application (client id, client secret) is not set: the operator's OAuth client, not the owner's mailbox"},
	{id: "settings_oauth_pair_missing", class: ClassPlatform, anyOf: p(
		"client id and client secret", "client_id and client_secret", "client id and secret", "client id/secret", "client_id/client_secret"),
		alsoAny: p("google", "gmail", "microsoft", "outlook", "azure", "office 365", "office365", "graph api", "ms graph"),
		doc:     "the client id and secret of the product's own Google or Microsoft OAuth application are missing or not valid: the operator's OAuth client"},
	{id: "settings_mail_setting_missing", class: ClassConfig, anyOf: p(
		// Environment variables and configuration keys.
		"email_password", "email_pass", "email_user", "email_username", "email_host", "email_address", "email_port", "email_from",
		"smtp_password", "smtp_pass", "smtp_user", "smtp_username", "smtp_host", "smtp_server", "smtp_port", "smtp_from", "smtp_sender",
		"imap_password", "imap_pass", "imap_user", "imap_username", "imap_host", "imap_server", "imap_port",
		"mail_host", "mail_password", "mail_pass", "mail_username", "mail_user", "mail_port", "mail_from", "mail_server",
		"gmail_user", "gmail_password", "gmail_app_password", "sender_email", "sender_password", "sender_passkey",
		// The settings named in prose.
		"smtp host", "smtp server address", "smtp port", "smtp username", "smtp user name", "smtp password", "smtp credentials",
		"smtp identity", "smtp endpoint", "smtp smarthost", "smtp sender",
		"imap host", "imap server address", "imap port", "imap username", "imap user name", "imap password", "imap credentials",
		"email credentials", "e-mail credentials", "mail credentials",
		"email password", "e-mail password", "mail server address", "mail server port", "mail server hostname",
		"outgoing mail server", "incoming mail server", "sender email", "sender passkey", "sender address", "receiver email",
		"envelope-from email address", "message from address",
		// Chinese "SMTP authentication information" (round 127).
		"smtp 认证信息", "smtp认证信息", "smtp 认证", "smtp认证"),
		alsoAny: settings55MissingWords,
		// A grant to renew ("Re-authorization is needed") is the owner's
		// reconnect, whatever setting the sentence names.
		noneOf: p("re-authoriz", "reauthoriz", "re-authoris", "reauthoris", "re-authenticat", "reauthenticat", "reconnect",
			// ...or says the credentials may have expired (round 93).
			"or expired"),
		doc: "a required SMTP or IMAP setting or environment variable of the product (host, port, user name, password, sender, credentials) is missing, empty or not set: its configuration, before any server is asked"},
}
