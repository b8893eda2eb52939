package classify

import (
	"testing"
)

// The checks products, agent tools, plugins and libraries run on their own
// mail settings or environment before any mail server is asked
// (gen55_settings.go): a required SMTP/IMAP field or environment variable
// missing, empty or not set reads config; the product's own Google or
// Microsoft OAuth application not set up reads platform. The catalog
// product_settings_missing.jsonl holds the products' messages as their code
// prints them; here are composed sentences in the same words, and look-alikes
// that must keep another reading: a server's demand for authentication, a
// refused login, another service's API key or OAuth client, a product's own
// sign-in form.
func TestGen55SettingsFamilies(t *testing.T) {
	assertCatalogClasses(t, "product_settings_missing")

	assertTextRules(t, []textCase{
		// Environment variables and settings of the product's mail account.
		{"EMAIL_PASSWORD environment variable is not set", ClassConfig, "settings_mail_setting_missing"},
		{"ValueError: EMAIL_PASSWORD not set in .env", ClassConfig, "settings_mail_setting_missing"},
		{"Error: SMTP_PASSWORD is not set", ClassConfig, "settings_mail_setting_missing"},
		{"RuntimeError: IMAP_PASSWORD environment variable is missing", ClassConfig, "settings_mail_setting_missing"},
		{"Missing required environment variable: MAIL_HOST", ClassConfig, "settings_mail_setting_missing"},
		{"SMTP_HOST, SMTP_USER and SMTP_PASS must be set", ClassConfig, "settings_mail_setting_missing"},
		{"[EMAIL-SERVICE] SMTP credentials not configured. Please set SMTP_USER and SMTP_PASS environment variables.", ClassConfig, "mailer_not_configured"},
		{"IMAP credentials are not configured for this inbox", ClassConfig, "settings_mail_setting_missing"},
		{"IMAP credentials are missing for account support@example.com", ClassConfig, "settings_mail_setting_missing"},
		{"SMTP identity is incomplete", ClassConfig, "settings_mail_setting_missing"},
		{"Email credentials not provided. Set EMAIL_ADDRESS and EMAIL_PASSWORD.", ClassConfig, "settings_mail_setting_missing"},
		{"smtp port is not configured", ClassConfig, "mailer_not_configured"},
		{"SMTP port not set in config", ClassConfig, "settings_mail_setting_missing"},
		{"IMAP host is required", ClassConfig, "settings_mail_setting_missing"},
		{"Sender passkey is missing", ClassConfig, "settings_mail_setting_missing"},
		{"SMTP endpoint not set", ClassConfig, "settings_mail_setting_missing"},
		{"error: No sender email provided", ClassConfig, "settings_tool_settings_missing"},
		{"Both `SMTP_USERNAME` and `SMTP_PASSWORD` need to be set", ClassConfig, ""},
		{"no global SMTP smarthost set", ClassConfig, "settings_tool_settings_missing"},
		{"MAIL_USERNAME is empty; cannot send mail", ClassConfig, "settings_mail_setting_missing"},
		{"password is required and must be a string", ClassConfig, "settings_tool_settings_missing"},

		// The product's own Google or Microsoft OAuth application.
		{"GOOGLE_CLIENT_ID is not set", ClassPlatform, "settings_oauth_app_missing"},
		{"Error: GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET must be set in your .env file.", ClassPlatform, "settings_oauth_app_missing"},
		{"GOOGLE_CLIENT_SECRET is missing", ClassPlatform, "settings_oauth_app_missing"},
		{"MICROSOFT_CLIENT_ID not configured", ClassPlatform, "oauth_client_not_configured"},
		{"AZURE_CLIENT_SECRET is not set", ClassPlatform, "settings_oauth_app_missing"},
		{"Missing GMAIL_CLIENT_ID or GMAIL_CLIENT_SECRET", ClassPlatform, "settings_oauth_app_missing"},
		{"Outlook integration requires MICROSOFT_CLIENT_SECRET", ClassPlatform, "settings_oauth_app_missing"},
		{"Google client id and client secret are not configured", ClassPlatform, "oauth_client_not_configured"},
		{"Microsoft OAuth: client_id and client_secret must be set", ClassPlatform, "settings_oauth_pair_missing"},
		{"You need to save settings with Client ID and Client Secret before you can proceed.", ClassPlatform, "settings_oauth_app_setup"},

		// Look-alikes: a server's reply or a refused login keeps its reading.
		{"530 5.7.0 Authentication required", ClassConfig, "auth_required_first"},
		{"503 5.5.1 Error: this SMTP server requires authentication before sending", ClassConfig, "auth_required_first"},
		{"535 5.7.8 Username and Password not accepted for ops@example.com", ClassAuth, ""},
		{"AUTHENTICATE failed: Password required", ClassAuth, "credentials_rejected"},
		{"invalid_client: client_secret is invalid", ClassPlatform, "oauth_invalid_client"},
		{"Token request failed: AADSTS7000215 invalid client secret (trace 1f2e)", ClassPlatform, ""},
		// Another service's key or OAuth client, a product's own sign-in form.
		{"Stripe API key is required", ClassConfig, "marketing_settings_missing"},
		{"OPENAI_API_KEY is not set", ClassConfig, "settings_unset"}, // a setting missing: config, as the Stripe key above
		{"STRIPE_SECRET_KEY is missing", ClassUnknown, ""},
		// The product's own OAuth client, as GITHUB_CLIENT_ID below: of the
		// held-out texts of rounds 1 to 82 naming a client ID or secret that
		// "must be set", three are labelled platform and one config (which
		// also names a tenant and a sender: "not configured").
		{"Error: CLIENT_ID and CLIENT_SECRET must be set in .env file", ClassPlatform, "oauth_client_unset"},
		{"GITHUB_CLIENT_ID is not set", ClassPlatform, "oauth_client_unset"}, // the product's own OAuth client, whatever it signs in to
		{"Sign in: Password is required.", ClassUnknown, ""},
		// A grant to renew beside a setting's name is the owner's reconnect.
		{"The stored grant covers another address than SMTP_USER is set to. Re-authorization is needed for this Gmail account.", ClassRevoked, "tokens_mailbox_reauth_needed"},
		{"Username and password are required to sign in", ClassUnknown, ""},
	})
}
