package classify

import (
	"testing"
)

// Round 39's developer tools and self-hosted services (round39_devtools.go):
// for each key a missed row held, the round's text and translations of the
// same key in locales the round does not hold, sibling messages of the same
// code, and look-alikes that must not read as a refused login or a revoked
// grant.
func TestRound39DevtoolsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Gerrit: the SMTP server refused AUTH.
		{"SMTP server rejected auth: 535 5.7.8 Authentication credentials invalid", ClassAuth, ""},
		{"SMTP server rejected auth: ", ClassAuth, "devtools_smtp_auth_rejected"},
		// OneDev's mail service not configured, each locale.
		{"Benutzer konnte nicht benachrichtigt werden, da der Mail-Service nicht konfiguriert ist.", ClassConfig, "devtools_mail_service_not_configured"},
		{"No se puede notificar al usuario ya que el servicio de correo no está configurado", ClassConfig, "devtools_mail_service_not_configured"},
		{"Impossible de notifier l'utilisateur car le service de messagerie n'est pas configuré", ClassConfig, "devtools_mail_service_not_configured"},
		{"Impossibile notificare l'utente poiché il servizio di posta non è configurato", ClassConfig, "devtools_mail_service_not_configured"},
		{"메일 서비스가 구성되지 않아 사용자를 알릴 수 없습니다", ClassConfig, "devtools_mail_service_not_configured"},
		{"Não foi possível notificar o usuário, pois o serviço de e-mail não está configurado", ClassConfig, "devtools_mail_service_not_configured"},
		{"无法发送验证电子邮件，因为邮件服务未配置", ClassConfig, "devtools_mail_service_not_configured"},
		{"Não foi possível enviar o e-mail de verificação, pois o serviço de e-mail ainda não está configurado", ClassConfig, "devtools_mail_service_not_configured"},
		{"Bestätigungs-E-Mail konnte nicht gesendet werden, da der Mail-Service noch nicht konfiguriert ist.", ClassConfig, "devtools_mail_service_not_configured"},
		{"メールサービスが構成されていません", ClassConfig, "devtools_mail_service_not_configured"},
		{"メールサービスが構成されていないため、ユーザーに通知できません", ClassConfig, "devtools_mail_service_not_configured"},
		{"Mail-Dienst nicht konfiguriert", ClassConfig, "devtools_mail_service_not_configured"},
		{"Servicio de correo no configurado", ClassConfig, "devtools_mail_service_not_configured"},
		{"Service de messagerie non configuré", ClassConfig, "devtools_mail_service_not_configured"},
		{"Servizio di posta non configurato", ClassConfig, "devtools_mail_service_not_configured"},
		{"메일 서비스가 구성되지 않음", ClassConfig, "devtools_mail_service_not_configured"},
		{"Serviço de email não configurado", ClassConfig, "devtools_mail_service_not_configured"},
		// TeamPass: SMTP server address missing (the locales that translate it).
		{"电子邮件尚未配置——缺少SMTP服务器地址，点击进行配置。", ClassConfig, "devtools_mail_service_not_configured"},
		{"Email n’est pas configuré - l’adresse du serveur SMTP est manquant. Cliquer pour configurer.", ClassConfig, "devtools_mail_service_not_configured"},
		{"L’email non è configurata — manca l’indirizzo del server SMTP. Fare clic per configurarla.", ClassConfig, "devtools_mail_service_not_configured"},
		// Nexus, Joplin Server, Gerrit, Outline, Buildbot.
		{"Email Settings are not yet configured", ClassConfig, "devtools_mail_service_not_configured"},
		{"No-reply email must be set for email service to work (Set env variable MAILER_NOREPLY_EMAIL)", ClassConfig, "devtools_mail_service_not_configured"},
		{"Service will be disabled because mailer config is not set or is explicitly disabled", ClassConfig, "devtools_mail_service_not_configured"},
		{"Sending email is disabled", ClassConfig, "devtools_mail_service_not_configured"},
		{"No mail transport available", ClassConfig, "devtools_mail_service_not_configured"},
		{"twisted-mail is not installed - cannot send mail", ClassConfig, "devtools_mail_service_not_configured"},
		// Hoppscotch: mailer settings undefined, invitations not mailed.
		{"mailer/smtp_url_undefined", ClassConfig, "devtools_invites_mail_disabled"},
		{"mailer/smtp_user_undefined", ClassConfig, "devtools_invites_mail_disabled"},
		{"mailer/smtp_password_undefined", ClassConfig, "devtools_invites_mail_disabled"},
		{"mailer/from_address_undefined", ClassConfig, "devtools_invites_mail_disabled"},
		{"Sending invite emails is disabled for this instance of Hoppscotch. Please use the Copy link button to copy and share the invite link manually.", ClassConfig, "devtools_invites_mail_disabled"},
		{"发送邀请邮件在此 Hoppscotch 实例中已禁用。请使用“复制链接”按钮手动复制并分享邀请链接。", ClassConfig, "devtools_invites_mail_disabled"},
		{"Das Versenden von Einladungsemails ist für diese Instanz von Hoppscotch deaktiviert. Bitte verwende die Schaltfläche 'Link kopieren', um den Einladungslink manuell zu kopieren und zu teilen.", ClassConfig, "devtools_invites_mail_disabled"},
		{"Bu Hoppscotch örneği için davet e-postaları gönderme devre dışı bırakıldı. Lütfen davet bağlantısını manuel olarak kopyalamak ve paylaşmak için Bağlantıyı kopyala düğmesini kullanın.", ClassConfig, "devtools_invites_mail_disabled"},
		{"L'envoi d'invitations par e-mail est désactivé pour cette instance d'Hoppscotch. Veuillez utiliser le bouton dédié pour copier le lien d'invitation et le partager manuellement.", ClassConfig, "devtools_invites_mail_disabled"},
		{"إرسال رسائل الدعوة معطل لهذه النسخة من هوبسكوتش. يرجى استخدام زر نسخ الرابط لنسخ الرابط ومشاركته يدويًا.", ClassConfig, "devtools_invites_mail_disabled"},
		// OneDev's and SFTPGo's OAuth2 client, SFTPGo's sender, each locale.
		{"Client ID needs to be specified to generate refresh token", ClassConfig, "devtools_smtp_setting_missing"},
		{"Directory (tenant) ID needs to be specified to generate refresh token", ClassConfig, "devtools_smtp_setting_missing"},
		{"User principal name needs to be specified to generate refresh token", ClassConfig, "devtools_smtp_setting_missing"},
		{"Account name needs to be specified to generate refresh token", ClassConfig, "devtools_smtp_setting_missing"},
		{"smtp oauth2: refresh token is required", ClassConfig, "devtools_smtp_setting_missing"},
		{"smtp oauth2: unsupported provider 3", ClassConfig, "devtools_smtp_setting_missing"},
		{"Aktualisierungstoken ist erforderlich!", ClassConfig, "devtools_smtp_setting_missing"},
		{"Token de Actualización es obligatorio", ClassConfig, "devtools_smtp_setting_missing"},
		{"Le jeton de rafraîchissement est requis", ClassConfig, "devtools_smtp_setting_missing"},
		{"Il Refresh Token è obbligatorio", ClassConfig, "devtools_smtp_setting_missing"},
		{"需要刷新令牌", ClassConfig, "devtools_smtp_setting_missing"},
		{"Kunden-ID ist erforderlich!", ClassConfig, "devtools_smtp_setting_missing"},
		{"smtp: from address and user cannot both be empty", ClassConfig, "devtools_smtp_setting_missing"},
		{"发件人地址和用户名不能同时为空", ClassConfig, "devtools_smtp_setting_missing"},
		{"From address and Username cannot be both empty", ClassConfig, "devtools_smtp_setting_missing"},
		{"Absenderadresse und Benutzername dürfen nicht beide leer sein!", ClassConfig, "devtools_smtp_setting_missing"},
		{"La dirección del remitente y el nombre de usuario no pueden estar ambos vacíos", ClassConfig, "devtools_smtp_setting_missing"},
		{"L'indirizzo del mittente e lo username non possono essere entrambi vuoti", ClassConfig, "devtools_smtp_setting_missing"},
		// Pydio Cells, OpenCloud, Kratos, Keep, Gatus.
		{"cannot configure mailer: missing compulsory password", ClassConfig, "devtools_smtp_setting_missing"},
		{"cannot configure mailer: missing compulsory host address", ClassConfig, "devtools_smtp_setting_missing"},
		{"cannot configure mailer: missing compulsory user name", ClassConfig, "devtools_smtp_setting_missing"},
		{"cannot configure mailer: missing compulsory port", ClassConfig, "devtools_smtp_setting_missing"},
		{"unknown mail authentication method", ClassConfig, "devtools_smtp_setting_missing"},
		{"unknown mail encryption method", ClassConfig, "devtools_smtp_setting_missing"},
		{"failed to send a message. SMTP host is  not set", ClassConfig, "devtools_smtp_setting_missing"},
		{"the 'smtp_sender' must be a valid single RFC 5322 address. parsing error: the address cannot be empty", ClassConfig, "devtools_smtp_setting_missing"},
		{"Courier tried to deliver an email but SMTP channel is misconfigured.", ClassConfig, "devtools_smtp_setting_missing"},
		{"SMTP_PASSWORD is required", ClassConfig, "devtools_smtp_setting_missing"},
		{"from and to fields are required", ClassConfig, "devtools_smtp_setting_missing"},
		// Apache Answer's SMTP port and authentication fields, Gatus' port.
		{"SMTP port must be number 1 ~ 65535.", ClassConfig, "devtools_smtp_port_range"},
		{"SMTP-Port muss Nummer 1 ~ 65535 sein.", ClassConfig, "devtools_smtp_port_range"},
		{"Le port SMTP doit être compris entre 1 et 65535.", ClassConfig, "devtools_smtp_port_range"},
		{"SMTPポートは1〜65535でなければなりません。", ClassConfig, "devtools_smtp_port_range"},
		{"Порт SMTP должен быть числом 1 ~ 65535.", ClassConfig, "devtools_smtp_port_range"},
		{"SMTP 端口必须在 1 ~ 65535 之间。", ClassConfig, "devtools_smtp_port_range"},
		{"port must be between 1 and 65535 inclusively", ClassConfig, "devtools_smtp_port_range"},
		{"SMTP認証は空にできません。", ClassConfig, "devtools_smtp_auth_setting_empty"},
		{"SMTP authentication cannot be empty.", ClassConfig, "devtools_smtp_auth_setting_empty"},
		{"Die SMTP-Authentifizierung darf nicht leer sein.", ClassConfig, "devtools_smtp_auth_setting_empty"},
		{"L'authentification SMTP ne peut pas être vide.", ClassConfig, "devtools_smtp_auth_setting_empty"},
		{"Аутентификационные данные для SMTP не могут быть пустыми.", ClassConfig, "devtools_smtp_auth_setting_empty"},
		{"SMTP kimlik doğrulaması boş olamaz.", ClassConfig, "devtools_smtp_auth_setting_empty"},
		{"SMTP 身份驗證不能為空。", ClassConfig, "devtools_smtp_auth_setting_empty"},
		// PLANKA's SMTP test hints.
		{"💡 Hint: Try toggling \"Use secure connection\".", ClassConfig, "devtools_planka_smtp_hint"},
		{"💡 Hint: Check your host setting.", ClassConfig, "devtools_planka_smtp_hint"},
	})
	// Look-alikes: settings and setup sentences that must not read as a
	// refused login or a revoked grant.
	assertNotClasses(t, []string{
		"Mail service not configured",
		"Sending invite emails is enabled for this instance of Hoppscotch.",
		"Client secret needs to be specified to generate refresh token",
		"Le secret du client est requis",
		"SMTP authentication",
		"SMTP認証",
		"mailer/sender_email_invalid",
		"cannot configure mailer: missing compulsory port",
		"SMTP server rejected HELO/EHLO greeting: 421 busy",
		"Not emailing anna@example.org (email is disabled)",
	}, ClassAuth, ClassRevoked)
}
