package classify

import "testing"

// settings_unset reads the kind of sentence a product writes when one of its
// settings is missing, empty or invalid, in whatever product and language,
// and decides only what nothing else recognised (composed texts; none is a
// held-out text).
func TestSettingsUnset(t *testing.T) {
	assertTextRules(t, []textCase{
		{"imap.port is required", ClassConfig, "settings_unset"},
		{"MAILER_DSN environment variable is empty", ClassConfig, "settings_unset"},
		{"invalid option 'tls_mode': expected none, starttls or implicit", ClassConfig, "settings_unset"},
		{"Mailbox sync settings are incomplete: missing parameter 'folder'", ClassConfig, "settings_unset"},
		{"The mail transport is only supported with Microsoft Graph", ClassConfig, "settings_unset"},
		{"please provide the sender name before sending the campaign", ClassConfig, "settings_unset"},
		{"El servidor de correo no está configurado.", ClassConfig, "settings_unset"},
		{"Il server di posta non è configurato.", ClassConfig, "settings_unset"},
		{"SMTP-сервер не настроен", ClassConfig, "settings_unset"},
		{"邮件服务器未配置", ClassConfig, "settings_unset"},
		{"SMTPサーバーが設定されていません", ClassConfig, "settings_unset"},
		{"메일 서버가 설정되지 않았습니다", ClassConfig, "settings_unset"},
		{"Serwer SMTP nie skonfigurowany.", ClassConfig, "settings_unset"},
		{"De mailserver is niet geconfigureerd.", ClassConfig, "settings_unset"},
		{"Máy chủ thư chưa được cấu hình", ClassConfig, "settings_unset"},
		// A setting that concerns no mail is the product's setup all the same.
		{"Queue connection [sqs] is not defined.", ClassConfig, "settings_unset"},
		{"WEBHOOK_SECRET environment variable is empty", ClassConfig, "settings_unset"},
		// A guess at the cause, a sign-in form's field and a missing OAuth
		// client are not a setting known to be missing.
		{"Could not send the message. Your mail server may not be configured for this.", ClassUnknown, ""},
		{"Username is required", ClassUnknown, ""},
		{"client_id is not set for the sign-in app", ClassUnknown, ""},
		// Other rules keep their readings: the rule decides only what they
		// left unrecognised.
		{"The refresh token expired; please configure the account again", ClassRevoked, ""},
		{"535 5.7.8 Authentication failed: check the port", ClassAuth, ""},
		{"Sending failed: connection timed out. Please check the host setting.", ClassTransient, ""},
	})
}
