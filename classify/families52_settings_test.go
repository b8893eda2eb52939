package classify

import (
	"testing"
)

// Round 52's checks products run on their own mail settings before anything
// is sent to a mail server (round52_settings.go): a required field of the
// product's form left empty, the format of an app password typed into it, a
// PHP extension the server lacks, the integrating product's own OAuth client
// not set up. The catalog product_mail_settings_checks.jsonl holds the
// products' messages as their code and translation files print them; here
// are the forms apps log them in, composed sentences of the same kind, and
// look-alikes that must keep another reading: a provider's demand for an app
// password, a server's "Password is required" after a login attempt.
func TestRound52SettingsFamilies(t *testing.T) {
	assertCatalogClasses(t, "product_mail_settings_checks")

	assertTextRules(t, []textCase{
		// A PHP extension missing, as products log it.
		{"Cannot use IMAP authentication. The PHP IMAP module is not installed.", ClassConfig, "settings_php_imap_missing"},
		{"No se puede usar la identificación IMAP. El módulo IMAP de PHP no está instalado.", ClassConfig, "settings_php_imap_missing"},
		{"IMAP인증을 사용할 수 없음. PHP의 IMAP모듈이 설치되어 있지 않습니다.", ClassConfig, "settings_php_imap_missing"},
		{"[user_external] ERROR: PHP imap extension is not installed", ClassConfig, "helpdesk_fetch_setup"},
		{"PHP IMAP extension is not installed on the server.", ClassConfig, "helpdesk_fetch_setup"},
		{"Error: The PHP IMAP extension is not installed. Ask your hosting provider to enable php-imap.", ClassConfig, "helpdesk_fetch_setup"},
		{"Impossible d'utiliser l'authentification POP3. Le module PHP IMAP n'est pas installé.", ClassConfig, "settings_php_imap_missing"},

		// The app password's format, refused by the product's own form.
		{"App password must be at least 8 characters", ClassConfig, "settings_app_password_format"},
		{"App password must be 16 characters", ClassConfig, "settings_app_password_format"},
		{"Validation failed: App password should not contain spaces", ClassConfig, "settings_app_password_format"},
		{"Google App Password must be 16 characters (spaces will be preserved)", ClassConfig, "settings_app_password_format"},

		// The integrating product's own OAuth client not configured.
		{"Google OAuth is not configured.", ClassPlatform, "settings_oauth_client_not_configured"},
		{"Google OAuth is not configured. Set GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET in .env, then clear Laravel config cache.", ClassPlatform, "settings_oauth_client_not_configured"},
		{`{"detail":"Gmail OAuth is not configured — set GOOGLE_OAUTH_CLIENT_ID/GOOGLE_OAUTH_CLIENT_SECRET in .env."}`, ClassPlatform, "settings_oauth_client_not_configured"},
		{"Error: Missing Gmail OAuth credentials. Set GMAIL_CLIENT_ID and GMAIL_CLIENT_SECRET", ClassPlatform, "settings_oauth_client_not_configured"},
		{"Missing Gmail OAuth credentials", ClassPlatform, "settings_oauth_client_not_configured"},
		{`{"success":false,"error":"Microsoft OAuth is not configured yet."}`, ClassPlatform, "settings_oauth_client_not_configured"},
		{"AuthException: Google apis auth is not enabled", ClassPlatform, "settings_oauth_client_not_configured"},
		{"Microsoft apis auth is not enabled", ClassPlatform, "settings_oauth_client_not_configured"},

		// A required field of the product's own form missing.
		{"IMAP and SMTP passwords are required", ClassConfig, "settings_mail_form_incomplete"},
		{"Error: Custom SMTP requires password", ClassConfig, "settings_mail_form_incomplete"},
		{"Custom SMTP requires host and port configuration", ClassConfig, "settings_mail_form_incomplete"},
		{"RuntimeError: ALERT_SMTP_HOST is empty; cannot send email.", ClassConfig, "settings_mail_form_incomplete"},
		{"SMTP password is required.", ClassConfig, "settings_mail_form_incomplete"},
		{"422 Unprocessable Entity: SMTP host is required.", ClassConfig, "setup_words"},
		{"At least one SMTP block should be enabled", ClassConfig, "settings_mail_form_incomplete"},
		{"SMTP ist nicht konfiguriert: Einstellungen", ClassConfig, "settings_mail_form_incomplete"},
		{"SMTP is not configured: Preferences", ClassConfig, "mailer_not_configured"},
		{"SMTP is not configured (SMTP_HOST is empty)", ClassConfig, ""},

		// Look-alikes: a provider's demand for an app password and a server's
		// refusal after a login attempt keep their reading.
		{"534-5.7.9 Application-specific password required. Learn more at https://support.google.com/mail/?p=InvalidSecondFactor", ClassAuth, "google_app_password_required"},
		{"Application-specific password required", ClassAuth, ""},
		{"Please log in with an app password", ClassAuth, "app_password_required"},
		{"Invalid app password", ClassAuth, ""},
		{"535 5.7.8 Error: authentication failed: Password is required", ClassAuth, ""},
		{"NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)", ClassAuth, ""},
		// The client has no OAuth support for the provider (K-9 Mail): config,
		// not the integrating product's OAuth client.
		{"OAuth 2.0 is not configured for this provider", ClassConfig, "mailer_not_configured"},
		// A product's client id that the provider refuses is platform already.
		{"Application Client ID is required.", ClassPlatform, "oauth_invalid_client"},
		{"invalid_client: The OAuth client was not found.", ClassPlatform, ""},
	})
}
