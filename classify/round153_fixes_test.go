package classify

import "testing"

// Round 153's misses as families, on composed texts (none equal to or
// holding a held-out text).
func TestRound153Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A Google or Microsoft account not connected, none connected, no
		// token held for it, its access to renew: in English, French,
		// Italian, Spanish, Portuguese and Dutch.
		{"Nessun account Outlook collegato: connetti la casella", ClassRevoked, "prompts_not_connected"},
		{"Compte Gmail non connecté à l'application", ClassRevoked, "prompts_not_connected"},
		{"Ninguna cuenta de Gmail vinculada", ClassRevoked, "prompts_not_connected"},
		{"Nenhuma conta Google ligada ao envio", ClassRevoked, "prompts_not_connected"},
		{"Outlook-account niet verbonden", ClassRevoked, "prompts_not_connected"},
		{"No token for the shared Gmail mailbox", ClassRevoked, "prompts_not_connected"},
		{"Open the app to renew access to Gmail", ClassRevoked, "prompts_not_connected"},
		// The mail server not connected is no grant.
		{"Serveur IMAP non connecté", ClassUnknown, ""},
		// Settings: a mechanism not advertised, a Send As permission, a
		// value not specified or null, "must be defined" in French,
		// Spanish and Italian, Chinese "configuration error", "specify by
		// hand", "the address is not valid".
		{"PLAIN requested, but not advertised by the relay", ClassConfig, "settings_unset"},
		{"The mailbox lacks Send As permission for the shared address", ClassConfig, "settings_unset"},
		{"You haven't specified the relay port", ClassConfig, "settings_unset"},
		{"SMTP host cannot be null", ClassConfig, ""},
		{"Les paramètres du relais doivent être définis", ClassConfig, "settings_unset"},
		{"Los datos del servidor deben ser definidos", ClassConfig, "settings_unset"},
		{"邮件发送配置错误", ClassConfig, "settings_unset"},
		{"请手动指定发件服务器", ClassConfig, "settings_unset"},
		{"发件人地址不合法", ClassConfig, "settings_unset"},
		// A recipient refused or not valid, in Chinese.
		{"收件人地址不合法", ClassRecipient, "lang_recipient_refused"},
		{"邮件服务器拒绝了该收件人", ClassRecipient, "lang_recipient_refused"},
		// Network problems.
		{"Network problems while fetching the mailbox", ClassTransient, "network_dropped"},
	})
}
