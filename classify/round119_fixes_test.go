package classify

import "testing"

// Held-out round 119's misses as families, on composed texts (none is a
// held-out text).
func TestRound119Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A connection to a host named as a mail server not made, one
		// closed unexpectedly by the host.
		{"Net::IMAP: couldn't connect to imap.example.net port 993", ClassTransient, "network_dropped"},
		{"mailer: can't connect to mail.example.org", ClassTransient, "network_dropped"},
		{"POP3: the connection was unexpectedly closed by the remote host", ClassTransient, "network_dropped"},
		// A POP3 server's refused USER/PASS.
		{"-ERR Access denied for this user", ClassAuth, "credentials_rejected"},
		// A lock on the mailbox another session holds.
		{"-ERR could not get a lock on the mailbox", ClassTransient, "temporary_wording"},
		// A recipient unknown on the host.
		{"550 mailbox joe@example.net unknown on host mx.example.net", ClassRecipient, "recipient_mailbox_disabled"},
		// A SASL user name without its password.
		{"relay config: no sasl_password for the relay user", ClassConfig, "settings_unset"},
	})
}

// Families of earlier rounds' misses read as settings this stop: a setting
// found empty, a From address invalid or overridden, a server that does not
// support a login mechanism or OAuth sending.
func TestSettingsLateFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Notifier: the destination folder is empty", ClassConfig, "settings_unset"},
		{"Relay refused: invalid From address in the settings", ClassConfig, "settings_unset"},
		{"Relay: invalidated From header in the message", ClassConfig, "settings_unset"},
		{"API error: from address override is not permitted for this key", ClassConfig, "settings_unset"},
		{"The relay does not support LOGIN authentication, try PLAIN", ClassConfig, "settings_unset"},
		{"This mail host does not support this type of authentication", ClassConfig, "settings_unset"},
		// Settings that must, should or must not be set, no authentication
		// method configured.
		{"The IMAP folder must be set in the sync settings", ClassConfig, "settings_unset"},
		{"An IMAP folder should be set for archiving", ClassConfig, "settings_unset"},
		{"smtp.user must not be set for sendmail transport", ClassConfig, "settings_unset"},
		{"Mailbox has no authentication method configured yet", ClassConfig, "settings_unset"},
	})
}

// A sender's plan or provider quota is no recipient's full mailbox.
func TestSenderQuotaNotRecipient(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Quota exceeded: upgrade your plan", ClassRateLimited, "rate_limited"},
		{"Gmail API: quota exceeded (403) for project mailer-prod", ClassRateLimited, "rate_limited"},
		{"Outlook quota exceeded, try tomorrow", ClassRateLimited, "rate_limited"},
		// The recipient's mailbox stays the recipient's.
		{"552 5.2.2 user@example.net: quota exceeded", ClassRecipient, ""},
	})
}

// "Try later", "timed out" and "cannot connect" in Russian, Korean and
// Spanish: families of earlier rounds' misses.
func TestTemporaryWordsMoreLanguages(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Сервер IMAP не отвечает. Попробуйте позже.", ClassTransient, "temporary_wording"},
		{"SMTP: время ожидания истекло при подключении", ClassTransient, "temporary_wording"},
		{"메일 서버 오류입니다. 잠시 후 다시 시도해 주세요.", ClassTransient, "temporary_wording"},
		{"El servidor de correo no responde; vuelve a probar en unos minutos", ClassTransient, "temporary_wording"},
		{"IMAP 서버에 접속할 수 없습니다", ClassTransient, "network_dropped"},
	})
}

// Settings in Korean, Japanese, Russian, Polish and Chinese: families of
// earlier rounds' misses.
func TestSettingsMoreLanguages(t *testing.T) {
	assertTextRules(t, []textCase{
		{"SMTP 서버 설정이 되어 있지 않습니다", ClassConfig, "settings_unset"},
		{"送信ポートは1〜65535の範囲で入力してください", ClassConfig, "settings_unset"},
		{"ユーザー名とパスワードは両方設定してください", ClassConfig, "settings_unset"},
		{"Отсутствуют обязательные параметры SMTP", ClassConfig, "settings_unset"},
		{"Błąd: nieobsługiwana wartość smtp_secure", ClassConfig, "settings_unset"},
		{"请先保存 SMTP 配置", ClassConfig, "settings_unset"},
	})
}
