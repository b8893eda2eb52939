package classify

import "testing"

// Held-out rounds 80 and 81's misses as families, on composed texts (none
// is a held-out text).
func TestRound81Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A mail account or provider not connected, Gmail not authorized,
		// its send permission not granted, French "connectez-vous à Gmail",
		// Auth0's Token Vault without the user's grant.
		{"Sequence paused: no email provider connected for this seat", ClassRevoked, "prompts_not_connected"},
		{"No mail account connected yet, connect one to start", ClassRevoked, "prompts_not_connected"},
		{"Outlook is not authorized for workspace 12", ClassRevoked, "prompts_not_connected"},
		{"Send permission not granted for the Gmail mailbox", ClassRevoked, "prompts_not_connected"},
		{"Envoi impossible : connectez-vous à Outlook pour continuer", ClassRevoked, "prompts_not_connected"},
		{"Authorization required to access the Token Vault connection windowslive for user 7", ClassRevoked, "prompts_not_connected"},
		// A payment provider's credentials, a product's own setup token, an
		// AI agent platform's key, a German two-factor code: no mailbox.
		{"Mpesa credentials rejected by the gateway", ClassUnknown, ""},
		{"Setup token authentication failed, ask the admin for a new one", ClassUnknown, ""},
		{"Agent API key is invalid; create another in the console", ClassUnknown, ""},
		{"Der Authentifizierungscode ist ungültig", ClassUnknown, "own_login_code"},
		// Settings: no password supplied, placeholders, incomplete or
		// missing, no default account, no mechanism both sides take, TLS
		// needed for XOAUTH2, a library without SMTP, a port not valid,
		// Spanish "no configuradas".
		{"No password supplied for alerts@example.org", ClassConfig, "settings_unset"},
		{"Mailer still uses placeholder credentials from the sample file", ClassConfig, "settings_unset"},
		{"Notification configuration not complete: sender missing", ClassConfig, "settings_unset"},
		{"Outbound configuration is missing for tenant 4", ClassConfig, "settings_unset"},
		{"No default account chosen; pick one in preferences", ClassConfig, "settings_unset"},
		{"The relay offers CRAM-MD5 but none are supported by this client", ClassConfig, "settings_unset"},
		{"XOAUTH2 requires an encrypted connection to the relay", ClassConfig, "settings_unset"},
		{"This build does not support SMTP delivery", ClassConfig, "settings_unset"},
		{"The SMTP port is not valid: 99999", ClassConfig, "settings_unset"},
		{"Cuentas de correo no configuradas en el servidor", ClassConfig, "settings_unset"},
		// The product's OAuth flow: a callback without its code, the Gmail
		// API not enabled in its project, its consent screen in testing.
		{"Microsoft callback missing code parameter", ClassPlatform, "oauth_code_exchange_failed"},
		{"Error: the Gmail API is not enabled for project 1234", ClassPlatform, "api_wrong_audience"},
		{"Sign-in refused: add your account as a test user first", ClassPlatform, "api_wrong_audience"},
		// Temporary: an IMAP client reconnecting, a circuit breaker, a
		// provider refusing the connection, Chinese "no answer in time".
		{"worker 3: attempting IMAP reconnection (try 2)", ClassTransient, "service_unavailable_now"},
		{"Circuit breaker open for the sender, backing off until later", ClassTransient, "service_unavailable_now"},
		{"The provider turned the request away; the server may be down", ClassTransient, "service_unavailable_now"},
		{"对方邮件服务器没有在预期时间内响应，请稍后再试", ClassTransient, "service_unavailable_now"},
		// A sending rate reached (German, Chinese), a message too big
		// (Chinese), a refused login (Chinese "did not pass").
		{"Limit: 200 E-Mails pro Stunde erreicht", ClassRateLimited, "l10n_words_limits"},
		{"发送速度过快，请稍后", ClassRateLimited, "l10n_words_limits"},
		{"附件邮件太大，无法发送", ClassRejected, "l10n_words_message_size"},
		{"邮箱账号未通过认证，请检查授权", ClassAuth, "l10n_words_refused_login"},
		// An OAuth token marked inactive is no recipient's mailbox.
		{"OAuth token for sender 5 marked inactive", ClassUnknown, ""},
	})
}
