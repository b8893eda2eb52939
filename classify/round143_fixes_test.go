package classify

import "testing"

// Round 143's misses, as families, on composed texts (none equal to or
// holding a held-out text), and where each family stops.
func TestRound143Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A server that rejected the name "or password", whatever it calls
		// the name; a wrong or incorrect "login credentials", whatever the
		// advice after it.
		{"Posteo rejected the account name or password", ClassAuth, "rejected_name_or_password"},
		{"SMTP: the relay rejected the user ID or password (535)", ClassAuth, ""},
		{"Wrong login credentials for the IMAP account. Please try again.", ClassAuth, "credentials_rejected"},
		// The connection closed or interrupted by the server.
		{"imap.example.net closed the connection before the greeting", ClassTransient, "network_dropped"},
		{"Sync stopped: the connection was interrupted", ClassTransient, "network_dropped"},
		// "Undeliverable" in German and French.
		{"Nachricht an carla@example.de nicht zustellbar", ClassRecipient, "recipient_mailbox_disabled"},
		{"Unzustellbar: Ihre Nachricht", ClassRecipient, "recipient_mailbox_disabled"},
		{"Message non distribuable à paul@example.fr", ClassRecipient, "recipient_mailbox_disabled"},
		// The recipient refused, invalid or unknown in Spanish, Portuguese
		// and Italian; a recipient missing, a test address refused and
		// Outlook's relay dialog are not.
		{"El servidor SMTP rechazó al destinatario ana@example.es", ClassRecipient, "lang_recipient_refused_romance"},
		{"Destinatário desconhecido: joao@example.com.br inválido", ClassRecipient, "lang_recipient_refused_romance"},
		{"Il destinatario mario@example.it è sconosciuto", ClassRecipient, "lang_recipient_refused_romance"},
		{"Falta el destinatario del correo (inválido)", ClassUnknown, ""},
		{"El servidor rechazó el destinatario de prueba configurado", ClassConfig, "l10n_odoo_envelope_refused"},
		// Vietnamese bounce explanations.
		{"Không gửi được: hộp thư của người nhận bị đầy", ClassRecipient, "lang_recipient_refused_vi"},
		{"Địa chỉ người nhận không tồn tại", ClassRecipient, "lang_recipient_refused_vi"},
		{"Vượt quá số lượng người nhận không tồn tại trong danh bạ", ClassUnknown, ""},
		{"Máy chủ từ chối: thư bị xem là thư rác", ClassRejected, "lang_spam_vi"},
		// A mail setting that must be configured (Spanish), credentials
		// missing (Spanish), a faulty configuration (German).
		{"Los parámetros IMAP deben estar configurados antes de sincronizar", ClassConfig, "settings_unset"},
		{"Faltan credenciales del correo en la configuración", ClassConfig, "settings_unset"},
		{"Die SMTP-Konfiguration ist fehlerhaft", ClassConfig, "settings_unset"},
		// A product's own "retryable" failure is temporary; a
		// non-retryable one says nothing of it.
		{"Mail job failed (retryable error), rescheduling", ClassTransient, "temporary_wording"},
		{"Mail job failed: non-retryable error", ClassUnknown, ""},
	})
}
