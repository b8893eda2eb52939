package classify

// Round 40's business and organisation applications (testdata/heldout/round40.jsonl,
// rows h40d-): each missed key with every locale its product ships. Phrases
// are the fixed text of one translation, lower-cased, without placeholders.
//
// Sources, at the commit the round's row cites:
//   - formbricks/formbricks b66c1dd: apps/web/modules/email/index.tsx
//     "Incorrect SMTP credentials" (thrown by the catch-all around
//     nodemailer's sendMail for any failure: unknown, a look-alike);
//     apps/web/locales/{de-DE,en-US,es-ES,fr-FR,hu-HU,ja-JP,nl-NL,pt-BR,
//     pt-PT,ro-RO,ru-RU,sv-SE,tr-TR,zh-Hans-CN,zh-Hant-TW}.json keys
//     auth.email_not_configured_description and smtp_not_configured_description
//     (no SMTP server configured: config);
//   - midday-ai/midday 47d252a: packages/inbox/src/providers/gmail.ts and
//     outlook.ts, the InboxAuthError messages with requiresReauth ("No access
//     token available. Authentication required.", "Access token is invalid or
//     expired. Authentication required.", "Multi-factor authentication
//     required. Re-authentication needed.", "User consent required.
//     Re-authentication needed.": revoked) and token_invalid "Invalid refresh
//     token request. Check OAuth2 client configuration." (platform; a noneOf on
//     oauth_invalid_grant keeps it from reading as a dead grant). English only;
//   - DSaraf-Work/finance-buddy f7c92ba: src/lib/gmail/error-handler.ts
//     invalid_client "OAuth client credentials are invalid" (platform),
//     network "Network error while refreshing token" (transient). English only;
//   - IronLadyTech/hr-onboarding-automation 9021120:
//     backend/src/services/emailMonitor.js "Your GOOGLE_REFRESH_TOKEN is
//     expired or invalid!" (revoked). English only;
//   - zainshahid630/Invoices 3365afc: app/api/seller/email/test-connection/
//     route.ts ENOTFOUND "SMTP host not found. Please check the hostname."
//     (transient as the round labels it; dns_not_found reads it as config).
//     English only;
//   - bugzilla/bugzilla 71e3af4: Bugzilla/Config/Common.pm check_smtp_server
//     "Cannot connect to $host using port $port" (transient; the variant
//     without a port is too bare to read), check_smtp_auth "SMTP
//     Authentication is not available. Run checksetup.pl for more details",
//     check_smtp_ssl "SSL support is not available. Run checksetup.pl for more
//     details" (config). English only (no templates hold these);
//   - Enalean/tuleap f379e21: src/common/Mail/Transport/
//     NotConfiguredSmtpTransport.php "No mail has been sent. The option '%s' is
//     not configured but is mandatory when using '%s' mail transport method."
//     and InvalidDefinedTransport.php "No mail has been sent. The value '%s' of
//     '%s' is not recognized. It must be either '%s' or '%s'" (config; the
//     phrases are the fixed text between the quoted placeholders). English
//     only;
//   - MaharaProject/mahara 0881d0f: htdocs/lang/en.utf8/account.php
//     maildisabledbounce (recipient: mail TO the member bounced),
//     htdocs/lang/en.utf8/error.php noreplyaddressmissingorinvalid (config).
//     The repository ships en.utf8 only;
//   - edgewall/trac 25c4b3a: trac/notification/mail.py "TLS enabled but server
//     does not support TLS" and its msgstr in trac/locale/*/LC_MESSAGES/
//     messages.po (config): read by round40_cms.go's cms_tls_unavailable,
//     which holds every locale;
//   - dhis2/dhis2-core 3f8c14a: dhis-api .../feedback/ErrorCode.java E6203,
//     .../user/job/AccountExpiryAlertJob.java, CredentialsExpiryAlertJob.java
//     and HtmlPushAnalyticsJob.java "EMAIL gateway configuration does not
//     exist", .../webapi/controller/EmailController.java "no email configured
//     for current user", .../user/DefaultUserService.java "as email is not
//     configured" (config). English only;
//   - LibreHealthIO/lh-ehr 144776e: library/direct_message_check.inc
//     phimail_check logs xl('could not connect to server') and the code
//     phimail_connect set: C1 (phiMail disabled in the settings), C2 (an
//     unsupported URL scheme in the phiMail address setting), C3 (the CA file
//     could not be set on the TLS context): config; C4 (the socket failed) stays
//     transient. The code is part of the logged sentence, so the phrases hold
//     it. Translations of the fixed text from
//     modules/language_translations/current_spreadsheet.tsv constant 1291 (es,
//     du, tr, it, cs, fi; the other columns there are mangled to "?").

// round40OrgEarlyRules come right after sabnzbdEarlyRules, before
// languageRules: credential_words, dns_not_found, auth_required_first,
// recipient_mailbox_disabled, rate_limited and unixmail_connection_failed read
// these sentences wrongly.
var round40OrgEarlyRules = []rule{
	{id: "formbricks_send_catch_all", class: ClassUnknown, anyOf: p(
		"incorrect smtp credentials",
	),
		doc: "Formbricks throws this for any failure of sendMail (connection, TLS, recipient or login); the sentence carries no verdict"},
	{id: "org_reauth_required", class: ClassRevoked, anyOf: p(
		"no access token available. authentication required",
		"access token is invalid or expired. authentication required",
		"multi-factor authentication required. re-authentication needed",
		"user consent required. re-authentication needed",
		"your google_refresh_token is expired or invalid",
	),
		doc: "Midday's inbox connector or an HR app lost the mailbox's grant (no token, MFA or consent now required, dead refresh token): the owner reconnects"},
	{id: "org_oauth_client_wrong", class: ClassPlatform, anyOf: p(
		"invalid refresh token request. check oauth2 client configuration",
		"oauth client credentials are invalid",
	),
		doc: "the token endpoint refused the product's own OAuth client (invalid_request, invalid_client): Midday, Finance Buddy"},
	{id: "org_connection_failed", class: ClassTransient, anyOf: p(
		"network error while refreshing token",
		"smtp host not found. please check the hostname",
	),
		doc: "the token refresh or the SMTP test never reached the server (network error, DNS lookup failed): Finance Buddy, an invoicing app"},
	{id: "bugzilla_cannot_connect_port", class: ClassTransient, allOf: p(
		"cannot connect to", "using port",
	),
		doc: "Bugzilla's smtpserver check opened neither an SSL nor a plain connection: a connection failure"},
	{id: "mahara_mail_disabled_bounce", class: ClassRecipient, anyOf: p(
		"has been disabled as too many messages have been returned to the server",
	),
		doc: "Mahara stopped mailing a member whose address bounced too often: the recipient's mailbox, not the sending account"},
	{id: "org_mail_settings_missing", class: ClassConfig, anyOf: p(
		// Bugzilla
		"smtp authentication is not available. run checksetup.pl",
		"ssl support is not available. run checksetup.pl",
		// Tuleap
		"' is not configured but is mandatory when using '",
		"' is not recognized. it must be either '",
		// Mahara
		"the noreply address setting is either empty or has an invalid email address",
		// DHIS2
		"smtp server/email sending is not available",
		"email gateway configuration does not exist",
		"could not send test email, no email configured for current user",
		"could not send restore/invite message as email is not configured",
		// LibreHealth EHR
		"could not connect to server c1", "could not connect to server c2", "could not connect to server c3",
		"no pudo conectar servidor c1", "no pudo conectar servidor c2", "no pudo conectar servidor c3",
		"kon niet met de serververbinden c1", "kon niet met de serververbinden c2", "kon niet met de serververbinden c3",
		"sunucuya baglanilamadi c1", "sunucuya baglanilamadi c2", "sunucuya baglanilamadi c3",
		"impossibile connettersi al server c1", "impossibile connettersi al server c2", "impossibile connettersi al server c3",
		"nelze se pripojit k serveru c1", "nelze se pripojit k serveru c2", "nelze se pripojit k serveru c3",
		"yhdistäminen palvelimelle ei onnistunut c1", "yhdistäminen palvelimelle ei onnistunut c2", "yhdistäminen palvelimelle ei onnistunut c3",
	),
		doc: "a mail setting is missing or wrong (Bugzilla's missing SASL/SSL modules, Tuleap's transport, Mahara's noreply address, DHIS2 without an email gateway, LibreHealth's phiMail address scheme)"},
}

// round40OrgRules come right after phpmailerRules.
var round40OrgRules = []rule{
	{id: "formbricks_email_not_configured", class: ClassConfig, anyOf: p(
		// auth.email_not_configured_description
		"formbricks instance has no email server set up",
		"formbricks-instanz ist kein e-mail-server eingerichtet",
		"instancia de formbricks no tiene un servidor de correo configurado",
		"instance formbricks n'a pas de serveur email configuré",
		"formbricks-példányhoz nincs beállítva e-mail-kiszolgáló",
		"formbricks インスタンスにはメールサーバーが設定されていない",
		"formbricks-instantie is geen e-mailserver ingesteld",
		"instância do formbricks não tem um servidor de e-mail configurado",
		"instância do formbricks não tem um servidor de email configurado",
		"instanță formbricks nu are un server de email configurat",
		"для этого экземпляра formbricks не настроен почтовый сервер",
		"formbricks-instansen har ingen e-postserver konfigurerad",
		"formbricks örneğinde yapılandırılmış bir email sunucusu yok",
		"formbricks 实例未配置邮件服务器",
		"formbricks 實例未設定電子郵件伺服器",
		// smtp_not_configured_description
		"invitations cannot be sent at this time because the email service is not configured",
		"einladungen können derzeit nicht versendet werden, da der e-mail-dienst nicht konfiguriert ist",
		"las invitaciones no pueden enviarse en este momento porque el servicio de correo electrónico no está configurado",
		"les invitations ne peuvent pas être envoyées pour le moment car le service de messagerie n'est pas configuré",
		"jelenleg nem lehet meghívókat küldeni, mert az e-mail-szolgáltatás nincs beállítva",
		"メールサービスが設定されていないため、現時点では招待を送信できません",
		"er kunnen momenteel geen uitnodigingen worden verzonden omdat de e-mailservice niet is geconfigureerd",
		"convites não podem ser enviados agora porque o serviço de e-mail não está configurado",
		"os convites não podem ser enviados neste momento porque o serviço de email não está configurado",
		"invitațiile nu pot fi trimise în acest moment deoarece serviciul de e-mail nu este configurat",
		"невозможно отправить приглашения, так как почтовый сервис не настроен",
		"inbjudningar kan inte skickas just nu eftersom e-posttjänsten inte är konfigurerad",
		"email servisi yapılandırılmadığı için şu anda davetiye gönderilemiyor",
		"无法 发送 邀请，因为 电子邮件 服务 未 配置",
		"由於未設定電子郵件服務，因此目前無法發送邀請",
	),
		doc: "Formbricks has no SMTP server configured, so no verification link or invitation can be sent: a missing setting"},
}
