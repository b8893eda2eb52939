package classify

import (
	"testing"
)

// Round 40's business and organisation applications (round40_org.go): each
// missed key in the round's wording and in a locale or sibling wording the
// round does not hold, and look-alikes that must not read as a refused login
// or a dead grant.
func TestRound40OrgFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Formbricks' catch-all around sendMail: no verdict.
		{"Incorrect SMTP credentials", ClassUnknown, "formbricks_send_catch_all"},
		// Formbricks without an SMTP server (the round's en/de/ja, then es, nl, zh-Hant, tr).
		{"This Formbricks instance has no email server set up, so no verification link could be sent. Please contact your administrator.", ClassConfig, "formbricks_email_not_configured"},
		{"Für diese Formbricks-Instanz ist kein E-Mail-Server eingerichtet, daher konnte kein Bestätigungslink gesendet werden. Bitte wende dich an deinen Administrator.", ClassConfig, "formbricks_email_not_configured"},
		{"この Formbricks インスタンスにはメールサーバーが設定されていないため、確認リンクを送信できませんでした。管理者にお問い合わせください。", ClassConfig, "formbricks_email_not_configured"},
		{"Esta instancia de Formbricks no tiene un servidor de correo configurado, por lo que no se pudo enviar ningún enlace de verificación. Ponte en contacto con tu administrador.", ClassConfig, "formbricks_email_not_configured"},
		{"Voor deze Formbricks-instantie is geen e-mailserver ingesteld, waardoor er geen verificatielink kon worden verzonden. Neem contact op met uw beheerder.", ClassConfig, "formbricks_email_not_configured"},
		{"此 Formbricks 實例未設定電子郵件伺服器，因此無法發送驗證連結。請聯絡您的管理員。", ClassConfig, "formbricks_email_not_configured"},
		// The invite dialog's key (the round's ru; then sv, zh-Hans, pt-PT).
		{"В данный момент невозможно отправить приглашения, так как почтовый сервис не настроен. Позже вы сможете скопировать ссылку для приглашения в настройках организации.", ClassConfig, "formbricks_email_not_configured"},
		{"Inbjudningar kan inte skickas just nu eftersom e-posttjänsten inte är konfigurerad. Du kan kopiera inbjudningslänken i organisationsinställningarna senare.", ClassConfig, "formbricks_email_not_configured"},
		{"无法 发送 邀请，因为 电子邮件 服务 未 配置。您 可以 稍后 在 组织 设置 中 复制 邀请 链接。", ClassConfig, "formbricks_email_not_configured"},
		{"Os convites não podem ser enviados neste momento porque o serviço de email não está configurado. Pode copiar o link de convite nas definições da organização mais tarde.", ClassConfig, "formbricks_email_not_configured"},
		// Midday's inbox connector lost the grant (the round's texts, then the
		// 401 sibling of both providers).
		{"No access token available. Authentication required.", ClassRevoked, "org_reauth_required"},
		{"Multi-factor authentication required. Re-authentication needed.", ClassRevoked, "org_reauth_required"},
		{"User consent required. Re-authentication needed.", ClassRevoked, "org_reauth_required"},
		{"Access token is invalid or expired. Authentication required.", ClassRevoked, "org_reauth_required"},
		{"⚠️  Your GOOGLE_REFRESH_TOKEN is expired or invalid!", ClassRevoked, "org_reauth_required"},
		// The product's own OAuth client.
		{"Invalid refresh token request. Check OAuth2 client configuration.", ClassPlatform, "org_oauth_client_wrong"},
		{"OAuth client credentials are invalid", ClassPlatform, "org_oauth_client_wrong"},
		// Never reached the server.
		{"Network error while refreshing token", ClassTransient, "org_connection_failed"},
		{"SMTP host not found. Please check the hostname.", ClassTransient, "org_connection_failed"},
		{"Cannot connect to smtp.example.com using port 587", ClassTransient, "bugzilla_cannot_connect_port"},
		{"Cannot connect to mail.example.org using port 25", ClassTransient, "bugzilla_cannot_connect_port"},
		// Mahara's bounce handling: the recipient.
		{"Sending of email to your email address has been disabled as too many messages have been returned to the server.", ClassRecipient, "mahara_mail_disabled_bounce"},
		// Missing or wrong mail settings.
		{"SMTP Authentication is not available. Run checksetup.pl for more details", ClassConfig, "org_mail_settings_missing"},
		{"SSL support is not available. Run checksetup.pl for more details", ClassConfig, "org_mail_settings_missing"},
		{"No mail has been sent. The value 'smpt' of 'email_transport' is not recognized. It must be either 'sendmail' or 'smtp'", ClassConfig, "org_mail_settings_missing"},
		{"The noreply address setting is either empty or has an invalid email address. Please check the configuration in the <a href=\"https://mahara.example.org/admin/site/options.php?fs=emailsettings\">site options in the email settings</a>.", ClassConfig, "org_mail_settings_missing"},
		{"SMTP server/email sending is not available", ClassConfig, "org_mail_settings_missing"},
		{"EMAIL gateway configuration does not exist, job aborted", ClassConfig, "org_mail_settings_missing"},
		{"EMAIL gateway configuration does not exist", ClassConfig, "org_mail_settings_missing"},
		{"Could not send test email, no email configured for current user", ClassConfig, "org_mail_settings_missing"},
		{"No mail has been sent. The option 'email_relayhost' is not configured but is mandatory when using 'smtp' mail transport method.", ClassConfig, "org_mail_settings_missing"},
		{"could not connect to server C2", ClassConfig, "org_mail_settings_missing"},
		{"impossibile connettersi al server C2", ClassConfig, "org_mail_settings_missing"},
		{"nelze se pripojit k serveru C1", ClassConfig, "org_mail_settings_missing"},
		// Trac's TLS setting (the round's pt_BR and ko, then de, ja, ru, zh_TW, he), read by round40_cms.go.
		{"Criptografia TLS habilitada, porém o servidor não suporta TLS", ClassConfig, "cms_tls_unavailable"},
		{"TLS가 활성화되었지만, 서버가 TLS를 지원하지 않습니다.", ClassConfig, "cms_tls_unavailable"},
		{"TLS ist aktiviert, aber dieser Server unterstützt kein TLS", ClassConfig, "cms_tls_unavailable"},
		{"TLS が有効になっていますが、サーバは TLS をサポートしていません", ClassConfig, "cms_tls_unavailable"},
		{"TLS включён, но сервер не поддерживает TLS", ClassConfig, "cms_tls_unavailable"},
		{"啟用 TLS 但是伺服器不支援 TLS", ClassConfig, "cms_tls_unavailable"},
		{`TLS מאופשר אך לא נתמך ע"י השרת`, ClassConfig, "cms_tls_unavailable"},
		// Siblings that stay where they were.
		{"Refresh token is invalid or expired. Re-authentication required.", ClassRevoked, "oauth_invalid_grant"},
		{"could not connect to server C4 111 (Server may be offline)", ClassTransient, ""},
	})
	// Look-alikes: none of these is a refused mailbox login or a dead grant.
	assertNotClasses(t, []string{
		"Incorrect SMTP credentials",
		"OAuth client credentials are invalid",
		"Invalid refresh token request. Check OAuth2 client configuration.",
		"SMTP Authentication is not available. Run checksetup.pl for more details",
		"Network error while refreshing token",
		"Sending of email to your email address has been disabled as too many messages have been returned to the server.",
		"Cannot connect to smtp.example.com using port 587",
		"impossibile connettersi al server C4 111 (Server may be offline)",
	}, ClassAuth, ClassRevoked, ClassBlocked)
	// Real refusals keep their class.
	assertTextClasses(t, map[string]Class{
		"535-5.7.8 Username and Password not accepted.":                                       ClassAuth,
		"invalid_grant: Token has been expired or revoked.":                                   ClassRevoked,
		"Refresh token is invalid, expired, or revoked":                                       ClassRevoked,
		"Your Gmail connection has expired. Please reconnect your Gmail account in Settings.": ClassRevoked,
	})
}
