package classify

import "testing"

// Round 57's settings checks (round57_forms.go): the validation messages of
// products' own mail settings forms and configuration loaders, in the
// wordings gen55_settings.go does not read. The catalog
// mail_form_validation.jsonl holds each product's messages in every language
// it ships; below are composed sentences in the same words, as apps log
// them, and look-alikes that must keep another reading.
func TestRound57FormsFamilies(t *testing.T) {
	assertCatalogClasses(t, "mail_form_validation")

	assertTextRules(t, []textCase{
		// CMS mail modules and WordPress plugins, as logged.
		{"form_set_error smtp_host: You must enter an SMTP server address.", ClassConfig, "forms_cms_mail_form"},
		{"Error: You must enter a IMAP server address", ClassConfig, "forms_cms_mail_form"},
		{"Validation failed: Please enter your SMTP host and port", ClassConfig, "forms_cms_mail_form"},
		{"Please enter your outgoing mail server before sending a test message", ClassConfig, "forms_cms_mail_form"},
		{"smtp: There is no submitted from address. Mail not sent.", ClassConfig, "forms_cms_mail_form"},
		{"The submitted from address (noreply@localhost) is not valid.", ClassConfig, "forms_cms_mail_form"},
		{"Zulu eDM plugin cannot send email until you enter your credentials in the settings.", ClassConfig, "forms_cms_mail_form"},
		{"FluentSMTP: There is no matching provider found by email: shop@example.org", ClassConfig, "forms_cms_mail_form"},
		{`{"success":false,"data":{"message":"The Access Key ID must be set."}}`, ClassConfig, "forms_cms_mail_form"},
		{"WP Offload SES: The Secret Access Key must be at least 40 characters long.", ClassConfig, "forms_cms_mail_form"},
		{"RuntimeException: Please configure a 'from' address in the Email Plugin settings, or in the form", ClassConfig, "forms_plugin_mailbox_not_configured"},
		{"Sending emails need to be configured for the mailbox in order to send emails to customers and support agents (mailbox #2)", ClassConfig, "forms_plugin_mailbox_not_configured"},

		// Clients' and tools' account configuration.
		{"Error: SMTP config is missing for account `perso`", ClassConfig, "forms_client_account_config"},
		{"error: No send-capable backend (JMAP/Gmail/Graph) or SMTP is configured for this account", ClassConfig, "forms_client_account_config"},
		{"aerc: failed to load account [Work]: missing 'from' parameter", ClassConfig, "forms_client_account_config"},
		{"failed to read password: gpg: public key decryption failed: Operation cancelled: exit status 2", ClassConfig, ""},
		{"IMAP password command failed with exit code 1", ClassConfig, "forms_password_command_failed"},
		{"imapnotify: Config file does not exist: /root/.config/imap_inotify/config.js", ClassConfig, "forms_local_config_unreadable"},
		{"mailsync: cannot read config file ~/.config/mailsync/config.toml: permission denied", ClassConfig, "forms_local_config_unreadable"},

		// The family in other products' words and languages.
		{"IMAP account missing password for support@example.org", ClassConfig, ""},

		// The product's own OAuth application.
		{"Outlook connection: Please provide application client secret", ClassPlatform, "forms_oauth_app_fields"},
		{"Error: Microsoft 365 credentials are required for app-only Graph access.", ClassPlatform, "forms_oauth_app_fields"},

		// Look-alikes: the product's own login form, a server's refusals,
		// another service's keys keep their reading.
		{"Please enter your password", ClassUnknown, ""},
		{"Username is required to sign in", ClassUnknown, ""},
		{"Password mancante", ClassUnknown, ""},
		{"Account missing password. Please sign up.", ClassUnknown, ""},
		{"The AWS access key ID must be set!", ClassUnknown, ""},
		{"OpenAI API key is not set", ClassConfig, "settings_unset"}, // a setting missing, whatever it serves
		{"530 5.7.0 Authentication required", ClassConfig, ""},
		{"535 5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials", ClassAuth, ""},
		{"SMTP-Authentifizierung fehlgeschlagen: 535 Passwort falsch", ClassAuth, ""},
		{"SMTP ERROR: Password command failed: 535 5.7.8 Authentication credentials invalid", ClassAuth, ""},
		{"Failed to send: authentication failure [SMTP: STARTTLS failed (code: 220, response: TLS go ahead)]", ClassConfig, "starttls_before_login"},
	})
}
