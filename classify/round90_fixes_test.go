package classify

import "testing"

// Held-out round 90's misses as families, on composed texts (none is a
// held-out text).
func TestRound90Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// No refused mailbox login: a form asking for the password or an
		// app password, a calendar connection's credentials, an OCR
		// service's login, an open-banking requisition, a sign-up's token,
		// the product's own session, an OAuth code not provided, a product
		// falling back to an app password by itself.
		{"IMAP: enter your password or an app token to continue", ClassConfig, "settings_unset"},
		{"Calendar sync stopped: credentials invalid", ClassUnknown, ""},
		{"Receipt import: the OCR authentication step failed (401)", ClassUnknown, ""},
		{"Bank feed requisition expired, please reauthenticate", ClassUnknown, ""},
		{"Link de cadastro inválido: token expirado", ClassUnknown, ""},
		{"Your session is invalid, please login again to the dashboard", ClassUnknown, ""},
		{"Google sign-in: the OAuth code was not provided", ClassPlatform, "oauth_code_exchange_failed"},
		{"[mailer] Outlook: haciendo fallback a contraseña de aplicación", ClassUnknown, ""},
		// The grant: Spanish "refresh token invalid" and "expired";
		// the e-mail account to connect, an account not authenticated yet;
		// Ukrainian "not connected", "access revoked", "renew access",
		// German "the mail account is not connected"; French "token not
		// found", "required".
		{"Outlook: refresh token inválido, vuelve a conectar", ClassRevoked, "oauth_invalid_grant"},
		{"Sync paused. Please connect your email account to resume.", ClassRevoked, "prompts_not_connected"},
		{"Mailbox 'sales' has not been authenticated yet", ClassRevoked, "prompts_not_connected"},
		{"Outlook-акаунт не підключено", ClassRevoked, "prompts_not_connected"},
		{"Gmail: доступ відкликано власником", ClassRevoked, "prompts_not_connected"},
		{"Outlook: потрібно оновити доступ", ClassRevoked, "prompts_not_connected"},
		{"Ihr E-Mail-Konto ist nicht verbunden", ClassRevoked, "prompts_not_connected"},
		{"Token Outlook non trouvé pour la boîte", ClassRevoked, "tokens_mailbox_token_state"},
		// Refused logins: Portuguese without accents.
		{"SMTP: credenciais invalidas para o usuario", ClassAuth, "credentials_rejected"},
		// The product's OAuth app: Portuguese "authorization code invalid", German "the callback
		// needs code", Spanish "OAuth client deleted", Portuguese "OAuth
		// credentials invalid", "redirect URI does not match", no client
		// file, French for an OAuth configuration not found.
		{"Microsoft: código de autorização inválido", ClassPlatform, "oauth_code_exchange_failed"},
		{"Der OAuth-Callback benötigt code", ClassPlatform, "oauth_code_exchange_failed"},
		{"Gmail: cliente OAuth eliminado en la consola", ClassPlatform, "oauth_invalid_client"},
		{"Erro: credenciais OAuth inválidas no servidor", ClassPlatform, "oauth_invalid_client"},
		{"Google: redirect URI não corresponde ao registrado", ClassPlatform, "oauth_invalid_client"},
		{"Gmail sender: no OAuth client secret JSON on disk", ClassPlatform, "oauth_client_unset"},
		{"Configuration OAuth non trouvée pour gmail", ClassPlatform, "oauth_client_unset"},
		// Settings in Chinese, Portuguese and German, a provider
		// not properly configured, a form's fields, a sender not allowed.
		{"请填写 SMTP 端口", ClassConfig, "settings_unset"},
		{"发件邮箱配置不完整", ClassConfig, "settings_unset"},
		{"Configurações SMTP não encontradas no banco", ClassConfig, "settings_unset"},
		{"Kein Passwort für das Postfach hinterlegt", ClassConfig, "settings_unset"},
		{"IMAP-Host fehlt in der Konfiguration", ClassConfig, "settings_unset"},
		{"Mail provider not properly configured for tenant 4", ClassConfig, "settings_unset"},
		{"Relay: sender address not allowed for this token", ClassConfig, "settings_unset"},
		// Temporary: Chinese "server not responding", Spanish "could not
		// resolve".
		{"IMAP 服务器无响应", ClassTransient, "service_unavailable_now"},
		{"No se pudo resolver smtp.example.org", ClassTransient, "service_unavailable_now"},
	})
}
