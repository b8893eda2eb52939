package classify

import "testing"

// Held-out round 99's misses as families, on composed texts (none is a
// held-out text).
func TestRound99Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// No refused mailbox login: the product's WebSocket channel, a web
		// service's session key, a local vault's master password or its data
		// found corrupt (Chinese).
		{"Realtime updates unavailable: websocket login rejected", ClassUnknown, ""},
		{"Scrobbler error: the session key was rejected, sign in again", ClassUnknown, ""},
		{"登录失败：主密码不正确", ClassUnknown, ""},
		{"主密碼錯誤，請重試", ClassUnknown, ""},
		{"验证失败：文件数据损坏", ClassUnknown, ""},
		// A refused login in Traditional Chinese.
		{"SMTP 登入失敗，請檢查帳號或密碼", ClassAuth, "lang_auth_failed"},
		{"IMAP 伺服器認證失敗", ClassAuth, "lang_auth_failed"},
		// A stored password that could not be decrypted (Chinese, Japanese).
		{"邮箱密码无法解密，请重新输入", ClassConfig, "stored_password_undecryptable"},
		{"保存されたパスワードの復号に失敗しました", ClassConfig, "stored_password_undecryptable"},
		// A Japanese refresh token expired or invalid: the grant is gone.
		{"Outlookのリフレッシュトークンの有効期限が切れています。再度ログインしてください", ClassRevoked, ""},
		{"リフレッシュトークンが無効になりました", ClassRevoked, "lang_reconnect_asked"},
		// The product's OAuth client invalid (Japanese, Chinese) or not
		// configured (French, Spanish, German).
		{"Outlook のクライアントシークレットが無効です", ClassPlatform, "oauth_client_unset"},
		{"客户端密钥无效", ClassPlatform, "oauth_client_unset"},
		{"Erreur : l'OAuth Microsoft n'est pas configuré sur ce serveur", ClassPlatform, "settings_oauth_client_not_configured"},
		{"El OAuth de Google no está configurado", ClassPlatform, "settings_oauth_client_not_configured"},
		{"Google-OAuth ist nicht konfiguriert", ClassPlatform, "settings_oauth_client_not_configured"},
		// A mail server's password required by the product's form; a bare
		// "Password is required" is a form's field too (stop 52: 40 of 41
		// held-out texts with such words are config), a sign-in's is not.
		{"The outgoing SMTP server's password is required", ClassConfig, "mail_password_unset"},
		{"smtpPassword is required", ClassConfig, "mail_password_unset"},
		{"Password is required before saving the POP3 account", ClassConfig, "mail_password_unset"},
		{"Email address and app password are required", ClassConfig, "mail_password_unset"},
		{"Password is required", ClassConfig, "settings_unset"},
		{"Email and password are required to sign in", ClassUnknown, ""},
		// Settings: one of a list, a host not valid, French "no
		// configuration", Chinese "please enter" and "length at least",
		// both fields to enter.
		{"smtp_security must be one of: tls, starttls, none", ClassConfig, "settings_unset"},
		{"IMAP host is invalid", ClassConfig, "settings_unset"},
		{"Aucune configuration IMAP trouvée pour ce compte", ClassConfig, "settings_unset"},
		{"请填写发件人邮箱", ClassConfig, "settings_unset"},
		{"授权码长度至少为16位", ClassConfig, ""},
		{"Please enter both the Gmail address and the app password", ClassConfig, "settings_unset"},
		// Cannot connect, in Japanese; sending interrupted, in German (the
		// connection interrupted is any session's).
		{"SMTPサーバーに接続できません", ClassTransient, ""},
		{"送信サーバーへの接続ができませんでした", ClassTransient, "lang_connection_failed"},
		{"Der Versand wurde unterbrochen, bitte später erneut versuchen", ClassTransient, ""},
		// A product's sending cap reached.
		{"Hourly cap reached for this mailbox", ClassRateLimited, "sending_quota_exceeded"},
		{"The monthly cap has been reached", ClassRateLimited, "sending_quota_exceeded"},
	})
}
