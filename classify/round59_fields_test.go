package classify

import (
	"testing"
)

// Round 59's products' own mail and OAuth settings validation
// (round59_fields.go): automation platforms', low-code tools' and
// self-hosted apps' checks of their OWN mail or OAuth settings, and the
// default messages of Joi, Yup, class-validator and Zod as they show for
// mail keys. The catalog product_settings_validation.jsonl holds every
// message once; here are the forms apps log them in, and look-alikes that
// must keep their reading.
func TestRound59Fields(t *testing.T) {
	assertCatalogClasses(t, "product_settings_validation")

	assertTextRules(t, []textCase{
		// Airflow, as task logs carry the exceptions.
		{"[2026-03-02, 10:14:05 UTC] {taskinstance.py:2905} ERROR - Task failed with exception\nValueError: You should provide `from_email` or define it in the connection", ClassConfig, "fields_connection_settings"},
		{"AirflowException: You should provide `subject` or define `subject_template` in the connection.", ClassConfig, "fields_connection_settings"},
		{"RuntimeError: The connection extra field `ssl_context` must be set to 'default' or 'none' but it is set to 'tls1.2'.", ClassConfig, "fields_connection_settings"},
		{"AirflowException: auth_type='oauth2' but neither 'access_token' nor client credentials supplied in connection extra.", ClassConfig, "fields_connection_settings"},
		{"ValueError: You should set from email - either by smtp/smtp_mail_from config or `from_email` parameter", ClassConfig, "fields_connection_settings"},
		{"AirflowConfigException: section/key [smtp/smtp_user] not found in config", ClassConfig, "fields_connection_settings"},

		// Kestra, as an execution's logs show them.
		{"IllegalArgumentException: clientId is required for OAuth authentication", ClassPlatform, "fields_oauth_app_fields"},
		{"java.lang.IllegalArgumentException: Invalid email format for userEmail: ops", ClassConfig, "fields_connection_settings"},

		// Low-code tools and self-hosted apps.
		{"AppsmithPluginException: Could not find host address. Please edit the 'Hostname' field to provide the desired endpoint.", ClassConfig, "fields_product_mail_setup"},
		{"Send email failed: Unable to find SMTP configuration.", ClassConfig, "fields_product_mail_setup"},
		{`{"msg":"Email Plugin is not found. Please contact administrators to configure it in App Store first."}`, ClassConfig, "fields_product_mail_setup"},
		{`AppwriteException: Provided SMTP config is invalid. Please check the configured values and try again. (project_smtp_config_invalid, 400)`, ClassConfig, "fields_product_mail_setup"},

		// Validator defaults for mail keys, composed.
		{`Error: Config validation error: "SMTP_HOST" is required. "SMTP_PORT" must be a number`, ClassConfig, ""},
		{`Error: Config validation error: "SMTP_PORT" must be a number`, ClassConfig, "fields_validator_mail_keys"},
		{`ValidationError: "smtp.auth.user" is required`, ClassConfig, "fields_validator_mail_keys"},
		{"ValidationError: smtpHost is a required field", ClassConfig, "fields_validator_mail_keys"},
		{`BadRequestException: ["smtpPassword should not be empty","fromEmail must be an email"]`, ClassConfig, "fields_validator_mail_keys"},
		{`ZodError: [{"code":"invalid_type","expected":"string","received":"undefined","path":["SMTP_USER"],"message":"Required"}]`, ClassConfig, ""},
		{`ZodError: [{"code":"invalid_type","expected":"number","received":"string","path":["smtpPort"],"message":"Expected number, received string"},{"path":["fromEmail"],"message":"Invalid email"}]`, ClassConfig, "fields_validator_mail_keys"},

		// Look-alikes: servers' replies and other families keep their reading.
		{"530 5.7.0 Authentication Required. Learn more at https://support.google.com/mail/?p=WantAuthError", ClassConfig, ""},
		{"530 5.7.0 Must issue a STARTTLS command first", ClassConfig, ""},
		{"530 5.7.0 Password required", ClassConfig, "code_530"},
		{"Password required", ClassUnknown, ""},
		{"534-5.7.9 Application-specific password required. Learn more at https://support.google.com/mail/?p=InvalidSecondFactor", ClassAuth, ""},
		{"Re-authentication is required. Please reconnect your account.", ClassRevoked, ""},
		{"Reconnect your account to continue syncing mail", ClassRevoked, ""},
		{"421 4.7.0 Try again later, closing connection. (EHLO) rate limit exceeded", ClassRateLimited, ""},
		{"Invalid email or password", ClassAuth, ""},
		{`"email" is required`, ClassUnknown, ""},
		{"email is a required field", ClassUnknown, ""},
		{"password should not be empty", ClassUnknown, ""},
		{"Required", ClassUnknown, ""},
	})
}
