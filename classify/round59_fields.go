package classify

// Round 59's checks that automation platforms, low-code tools, schedulers
// and self-hosted apps run on their OWN mail or OAuth settings before any
// server is contacted, in code-style words: a field or key is required, must
// be provided, must be set to one of some values, is not found in the config
// or is not allowed to be empty; a connection or configuration is missing; no
// sender or recipient is defined; an address field has an invalid format.
// Every message is in testdata/catalogs/product_settings_validation.jsonl.
// All read 2026-12-05.
//
// Sources, and why each class:
//   - Apache Airflow's SMTP provider (apache/airflow b9584335,
//     providers/smtp/src/airflow/providers/smtp/hooks/smtp.py; 23c1fea3
//     notifications/smtp.py), its IMAP provider (06f8615a,
//     providers/imap/src/airflow/providers/imap/hooks/imap.py) and its email
//     utils (007c9e60, airflow-core/src/airflow/utils/email.py, with
//     configuration.py's "section/key [...] not found in config"): no sender
//     or template in the connection, an ssl_context value other than
//     'default' or 'none', an OAuth2 connection without access_token or
//     client credentials, an [smtp] option missing from airflow.cfg: the
//     connection's or configuration's own fields (config).
//   - Kestra plugins: kestra-io/plugin-email d79cdaf4 MailSend.java
//     ("When using SMTP_OAUTH2, either 'accessToken' or 'password' must be
//     provided": a missing token FIELD of the flow, config);
//     kestra-io/plugin-googleworkspace ae32a956 mail/AbstractMail.java and
//     mail/MailReceivedTrigger.java (clientId and clientSecret of the task's
//     own Google OAuth client: platform; refreshToken: config) and
//     mail/Send.java (invalid To/CC/BCC address: config);
//     kestra-io/plugin-microsoft365 fa2d79f8 AbstractGraphConnection.java
//     ("tenantId and clientId are required for authentication": the task's
//     own Entra app, platform) and outlook/{Get,List,MailReceivedTrigger}.java
//     ("Invalid email format for userEmail": config).
//   - Appsmith's SMTP plugin (appsmithorg/appsmith 76573719,
//     app/server/appsmith-plugins/smtpPlugin/.../SMTPErrorMessages.java): no
//     valid recipient or sender address in the action, no host in the
//     datasource's Hostname field (config).
//   - Budibase (Budibase/budibase 0349bd0d packages/worker/src/utilities/
//     email.ts, 8a70de8d email.js): "Unable to find SMTP configuration"
//     (config); NocoDB (nocodb/nocodb def91b99 packages/nocodb/src/services/
//     users/users.service.ts): "Email Plugin is not found. Please contact
//     administrators to configure it in App Store first." (config).
//   - Appwrite's app/config/errors.php (appwrite/appwrite 00322db2 and the
//     stored version with the messaging section): SMTP disabled on the
//     instance, phone provider not configured, project SMTP config invalid,
//     a messaging provider missing credentials, a message without recipients
//     or to a non-email target (config); the project's own OAuth provider
//     disabled or unsupported and an OAuth success redirect URL not
//     registered (platform).
//   - Prefect's email block (PrefectHQ/prefect 1abd05b1
//     src/integrations/prefect-email/prefect_email/credentials.py):
//     "Must be one of ['SSL', 'STARTTLS', 'INSECURE']; got ..." for the
//     block's smtp_type field (config).
//   - Validator defaults as they show for mail keys: Joi (hapijs/joi
//     47d29ecf lib/types/any.js, 55c3f6af lib/types/string.js: "is required",
//     "is not allowed to be empty", "must be a valid email", "must be one
//     of", "must be a number", label in quotes; nestjs/config d8804578
//     lib/config.module.ts prefixes "Config validation error: "), Yup
//     (jquense/yup adcdd8dd src/locale.ts: "is a required field", "must be a
//     valid email", "must be one of the following values", "must be a
//     `number` type"), class-validator (typestack/class-validator:
//     IsNotEmpty "should not be empty", IsEmail "must be an email", IsIn
//     "must be one of the following values", IsDefined "should not be null
//     or undefined") and Zod (colinhacks/zod 663dc811 v3 locales/en.ts:
//     "Required", "Invalid email", in a ZodError's path or flattened field
//     errors). The rule asks for one of these wordings AND a mail settings
//     key (SMTP_HOST, smtpHost, "smtp.host", fromEmail, ...): a bare
//     "email is a required field" (a sign-up form) stays unread.
//
// The rules are late: an SMTP or IMAP server's own replies ("530 5.7.0
// Authentication Required", "Password required", "Application-specific
// password required") and reconnect sentences are read by earlier rules.

// round59FieldsRules come just before outlookReplyNumberRules.
var round59FieldsRules = []rule{
	{id: "fields_oauth_app_fields", class: ClassPlatform, anyOf: p(
		"clientid is required for oauth authentication",
		"clientsecret is required for oauth authentication",
		"tenantid and clientid are required for authentication",
		"the chosen oauth provider is disabled",
		"the chosen oauth provider is unsupported",
		"invalid redirect url for oauth success"),
		doc: "A field of the product's OWN OAuth app is missing or not enabled (Kestra's clientId/clientSecret/tenantId, Appwrite's OAuth provider or success redirect URL): the integrating app's OAuth client"},
	{id: "fields_connection_settings", class: ClassConfig, anyOf: p(
		"or define it in the connection",
		"or define `subject_template` in the connection",
		"or define `html_content_template` in the connection",
		"the connection extra field `ssl_context` must be set to",
		"the email.ssl_context configuration variable must be set to",
		"nor client credentials supplied in connection extra",
		"either by smtp/smtp_mail_from config",
		"section/key [smtp/",
		"section/key [email/",
		"section/key [imap/",
		"when using smtp_oauth2, either 'accesstoken' or 'password' must be provided",
		"refreshtoken is required for oauth authentication",
		"invalid email format for useremail:",
		"invalid cc email address:",
		"invalid bcc email address:"),
		doc: "An automation platform's own mail connection or task settings: no sender or template in the Airflow connection, an ssl_context or [smtp]/[email] option missing or wrong, no token field for OAuth2, an address field with an invalid format (Airflow, Kestra)"},
	{id: "fields_product_mail_setup", class: ClassConfig, anyOf: p(
		"couldn't find a valid recipient address. please check your action configuration",
		"couldn't find a valid sender address. please check your action configuration",
		"could not find host address. please edit the 'hostname' field",
		"unable to find smtp configuration",
		"email plugin is not found. please contact administrators to configure it",
		"smtp is disabled on your appwrite instance",
		"phone provider is not configured. please check the _app_sms_provider",
		"provided smtp config is invalid. please check the configured values",
		"provider with the requested id is missing credentials",
		"message with the requested id has no recipients",
		"message with the target id is not an email target",
		"must be one of ['ssl', 'starttls', 'insecure']"),
		doc: "A low-code tool's or self-hosted app's own mail setup is missing or invalid: no SMTP configuration or email plugin, no host, sender or recipient in the action, a messaging provider without credentials (Appsmith, Budibase, NocoDB, Appwrite, Prefect)"},
	{id: "fields_validator_mail_keys", class: ClassConfig, anyOf: p(
		`" is required`,
		`" is not allowed to be empty`,
		`" must be a valid email`,
		`" must be one of`,
		`" must be a number`,
		"is a required field",
		"must be a valid email",
		"must be one of the following values",
		"must be a `number` type",
		"should not be empty",
		"must be an email",
		"should not be null or undefined",
		`"message":"required"`,
		`"message":"invalid email"`,
		`: [ 'required' ]`,
		`["required"]`),
		alsoAny: p(
			`"smtp_`, `"smtp.`, `"mail_`, `"mail.`, `"email_`, `"imap_`,
			`["smtp_`, `["mail_`, `["email_`, `["imap_`,
			"smtp_host:", "smtp_from:",
			"smtphost", "smtpport", "smtpuser", "smtppassword", "smtpfrom", "smtpsecure", "smtpsecurity",
			"fromemail", "senderemail", "replytoemail", "imaphost", "imappassword"),
		doc: "Joi, Yup, class-validator or Zod default messages for a key of the product's mail settings (SMTP_HOST, smtpHost, \"smtp.host\", fromEmail...): a setting missing, empty or malformed before any server was asked"},
}
