package classify

import "testing"

// Held-out round 93's misses as families, on composed texts (none is a
// held-out text).
func TestRound93Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Another service's grant or login, with no mail word: web
		// analytics, ads and spreadsheets a report tool reads, expired or
		// to reauthorize.
		{"GA4 refresh token expired for property 12", ClassConfig, "other_service_login"},
		// To reauthorize or reconnect: no verdict since round 100.
		{"Google Analytics token was revoked; reauthorize in Integrations", ClassUnknown, "other_service_grant"},
		{"Google Sheets connection has expired. Reconnect Google to resume the export", ClassUnknown, "other_service_grant"},
		{"Matomo API login failed for site 4", ClassConfig, "other_service_login"},
		{"Meta Ads account requires reauthorization", ClassUnknown, "other_service_grant"},
		// The product's own account: a password recovery token, a
		// WebAuthn step, a notice of failed logins since the last one.
		{"Invalid password recovery token, request a new link", ClassUnknown, ""},
		{"WebAuthn login failed: unknown credential", ClassUnknown, ""},
		{"5 failed login attempts since your last successful login", ClassUnknown, ""},
		// An app password "not specified" (Russian) is a setting, not a refusal.
		{"Пароль приложения для Mail.ru не указан в настройках", ClassConfig, ""},
		// Gmail credentials missing or expired: the grant.
		{"Outlook credentials missing or expired, run the consent flow again", ClassRevoked, ""},
		// Settings in more words: not set, configuration required,
		// enabled, a value out of range, a transport not created, OAuth2
		// credentials or login information missing, a required option,
		// missing in the environment, no e-mail service or SMTP account, a
		// provider not implemented or not supported; Russian, Arabic,
		// Uzbek.
		{"Mailer: SMTP_FROM not set, alerts disabled", ClassConfig, ""},
		{"IMAP configuration required before polling", ClassConfig, "settings_unset"},
		{"retries must be between 0 and 10", ClassConfig, "settings_unset"},
		{"Unable to create SMTP transport from options", ClassConfig, "settings_unset"},
		{"nodemailer transport: missing OAuth2 credentials", ClassConfig, ""},
		{"Missing login information for the IMAP poller", ClassConfig, "settings_unset"},
		{"Required option `host` is missing", ClassConfig, "settings_unset"},
		{"Mailgun domain missing in env", ClassConfig, "settings_unset"},
		{"No email service configured for notifications", ClassConfig, ""},
		{"Queue stopped: no SMTP accounts left to send from", ClassConfig, "settings_unset"},
		{"Provider postmark is not implemented yet", ClassConfig, "settings_unset"},
		{"Transport sendmail is not supported on Windows", ClassConfig, "settings_unset"},
		{"Укажите адрес сервера в настройках", ClassConfig, "settings_unset"},
		{"لم يتم تعيين خادم البريد", ClassConfig, ""},
		{"SMTP sozlamalari topilmadi", ClassConfig, ""},
		// ...but not a form's captcha token, nor a log's note that a
		// message had no Reply-To.
		{"Turnstile challenge failed", ClassUnknown, ""},
		{"Message sent to a@example.com (reply-to not set)", ClassUnknown, ""},
		// Russian "limit exceeded".
		{"Превышен лимит сообщений, повторите через час", ClassRateLimited, ""},
	})
}
