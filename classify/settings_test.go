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
		// A guess at the cause and a sign-in form's field are not a setting
		// known to be missing; a form's bare field is (stop 52).
		{"Could not send the message. Your mail server may not be configured for this.", ClassUnknown, ""},
		{"Sign in: Username is required", ClassUnknown, ""},
		{"Username is required", ClassConfig, "settings_unset"},
		// The product's own OAuth client missing or wrong, and its redirect's
		// state not matching, are the product's OAuth app (platform); a
		// state that expired is the signer's timing.
		{"client_id is not set for the sign-in app", ClassPlatform, "oauth_client_unset"},
		{"OAuth client secret missing: paste it before connecting mailboxes", ClassPlatform, "oauth_client_unset"},
		{"Identifiant client manquant pour la connexion Gmail", ClassPlatform, "oauth_client_unset"},
		{"Callback rejected: OAuth state mismatch (possible CSRF)", ClassPlatform, "oauth_state_failed"},
		{"Callback error: the state does not match the one kept in the session", ClassPlatform, "oauth_state_failed"},
		{"The sign-in state expired; start again", ClassUnknown, ""},
		// In a mailer's log too ("not configured" beside "mail"), unless the
		// text offers an app password instead.
		{"mailer: client secret not configured for the Outlook connector", ClassPlatform, "oauth_client_not_configured"},
		{"Gmail OAuth client ID is not configured; sign in with an app password instead", ClassConfig, "mailer_not_configured"},
		// Other rules keep their readings: the rule decides only what they
		// left unrecognised.
		{"The refresh token expired; please configure the account again", ClassRevoked, ""},
		{"535 5.7.8 Authentication failed: check the port", ClassAuth, ""},
		{"Sending failed: connection timed out. Please check the host setting.", ClassTransient, ""},
	})
}
