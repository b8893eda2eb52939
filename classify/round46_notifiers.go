package classify

// Round 46's products that send notifications through a configured mailbox
// (testdata/heldout/round46.jsonl, rows h46m-): their own sentences about
// the mail they send, in every locale each ships, with the sibling sentences
// of the same code. Phrases are the fixed text of each sentence, lower-cased,
// without placeholders.
//
// Sources, at the commit the round's rows cite:
//   - logto-io/logto 1fbc5544: packages/phrases/src/locales/<18 locales>/
//     errors/connector.ts, the keys the email connectors throw
//     (packages/connectors/connector-{smtp,logto-email,aws-ses,sendgrid-email,
//     mailgun,postmark}/src/index.ts) or the connector routes answer
//     (packages/core/src/routes/connector/index.ts):
//     invalid_config (connector-kit's validateConfig refused the stored
//     settings), template_not_found (no template for the message type in
//     the connector's settings) and more_than_one_email (two email
//     connectors set up) are the product's setup (config);
//     usage_limit_exceeded is the hosted email service's usage cap, which
//     connector-kit's error.ts calls exhausted until the quota resets or is
//     raised (rate_limited, as the round labels it); general (any nodemailer
//     or API failure, whose description follows) and invalid_response (any
//     SES exception) are catch-alls (unknown). They read unknown already in
//     every locale but Persian, where the word for connector
//     ("اتصال‌دهنده") reads as a connection failure: the Persian catch-alls
//     are held unknown after every rule a cause appended to them could meet.
//     rate_limit_exceeded is thrown by SMS connectors only and is left alone.
//   - openmediavault/openmediavault 45858fa9:
//     deb/openmediavault/usr/share/openmediavault/engined/rpc/
//     notification.inc sendTestEmail throws "Email notification service is
//     disabled." when the service is switched off (config; its "... is not
//     configured." sibling reads config already);
//     deb/openmediavault-2fa-emailotp/usr/share/openmediavault/engined/rpc/
//     tfaemailotp.inc "Notifications need to be enabled on this system.
//     Please contact the administrator." and "No email address is configured
//     for this account.", no code can be mailed because of the settings
//     (config), with the locale/*/openmediavault-2fa-emailotp.po msgstrs
//     that translate them (el_GR, hu_HU, it_IT, nl_NL, sv_SE, zh_CN, zh_TW;
//     the other locales leave them empty). email.inc's "Failed to send the
//     email. Please check the logs." is a catch-all and reads unknown.
//   - advplyr/audiobookshelf 1b46d680: server/managers/EmailManager.js
//     answers "Failed to verify SMTP connection configuration" (HTTP 400)
//     whenever nodemailer's transporter.verify() rejects, for a refused
//     login, a bad host or a TLS mismatch alike: unknown; its log line
//     "[EmailManager] Failed to verify SMTP connection config" carries
//     nodemailer's error, which decides. The test-email and send-ebook
//     toasts (client/strings/*.json) read unknown already.
//   - SickChill/sickchill e1f8475d: sickchill/gui/slick/js/core.js
//     test-email form checks ("You must specify an SMTP hostname!", "... an
//     SMTP port!", "SMTP port must be between 0 and 65535!", "You must
//     provide a recipient email address!") and
//     sickchill/oldbeard/notifiers/emailnotify.py "Skipping email notify
//     because there are no configured recipients": settings, nothing sent
//     (config). Its "Exception generated while sending e-mail: {error}" is a
//     catch-all whose error decides. English only (core.js strings are not
//     in sickchill/locale).
//   - SickGear/SickGear 8769b3d1: gui/slick/js/configNotifications.js
//     "Required: SMTP server hostname, SMTP server host port", "SMTP server
//     host port must be between 0 and 65535", "Required: A valid address for
//     email test" and sickgear/notifiers/emailnotify.py "No email recipients
//     to notify, skipping": config. English only.
//   - documenso/documenso 75330166: packages/email/mailer.ts "Resend
//     transport requires NEXT_PRIVATE_RESEND_API_KEY", "SMTP API transport
//     requires NEXT_PRIVATE_SMTP_HOST and NEXT_PRIVATE_SMTP_APIKEY" (the
//     instance's environment); packages/trpc/server/admin-router/
//     email-transport/send-test-email-transport.ts "Email transport not
//     found" and "Failed to build transport from stored configuration.",
//     logged by packages/lib/server-only/email/resolve-email-transport.ts as
//     "Failed to decrypt or build the configured email transport": the
//     stored transport settings, nothing sent (config). Not translated.

// round46NotifiersEarlyRules come before languageRules: "smtp connect" in
// Audiobookshelf's catch-all and "recipient email address" in SickChill's
// form check would read as a network failure and a refused recipient, and
// the Persian connector word as a connection failure.
var round46NotifiersEarlyRules = []rule{
	{id: "notifiers_connector_config", class: ClassConfig, anyOf: p(
		// Logto connector.invalid_config
		"the connector's config is invalid", "تكوين الموصل غير صالح", "die konfiguration des connectors ist ungültig",
		"la configuración del conector es inválida", "پیکربندی اتصال‌دهنده نامعتبر است", "la configuration du connecteur n'est pas valide",
		"la configurazione del connettore non è valida", "コネクタの設定が無効です", "연동 설정이 유효하지 않아요",
		"konfiguracja łącznika jest nieprawidłowa", "a configuração do conector é inválida", "конфигурация коннектора недействительна",
		"การตั้งค่าของคอนเนคเตอร์นี้ไม่ถูกต้อง", "bağlayıcının ayarları geçersiz", "连接器配置错误", "連接器配置錯誤",
		// Logto connector.template_not_found
		"unable to find correct template in connector config", "تعذر العثور على القالب الصحيح في تكوين الموصل",
		"die richtige vorlage in der connector-konfiguration konnte nicht gefunden werden",
		"no se puede encontrar la plantilla correcta en la configuración del conector", "قالب صحیح در پیکربندی اتصال‌دهنده یافت نشد",
		"impossible de trouver le bon modèle dans la configuration du connecteur",
		"impossibile trovare il modello corretto nella configurazione del connettore", "コネクタ構成から正しいテンプレートを見つけることができませんでした",
		"연동 예제 설정을 찾을 수 없어요", "nie można znaleźć poprawnego szablonu w konfiguracji łącznika",
		"não foi possível encontrar o modelo correto na configuração do conector", "невозможно найти правильный шаблон в конфигурации коннектора",
		"ไม่พบเทมเพลตที่ถูกต้องในตั้งค่าคอนเนคเตอร์", "bağlayıcı yapılandırmasında doğru şablon bulunamıyor",
		"无法从连接器配置中找到对应的模板", "無法從連接器配置中找到對應的模板",
		// Logto connector.more_than_one_email
		"the number of email connectors is larger then 1", "عدد موصلات البريد الإلكتروني أكبر من 1", "die anzahl der e-mail-connectors ist größer als 1",
		"el número de conectores de correo electrónico es mayor que 1", "تعداد اتصال‌دهنده‌های ایمیل بیش از ۱ است", "le nombre de connecteurs email est supérieur à 1",
		"il numero di connettori email è maggiore di 1", "電子メールコネクタの数が1より大きいです", "이메일 서비스는 1개만 연동되어야 해요",
		"ilość łączników e-mail jest większa niż 1", "o número de conectores de e-mail é maior que 1", "количество email-коннекторов больше 1",
		"มีจำนวนคอนเนคเตอร์อีเมลมากกว่า 1", "e-posta adresi bağlayıcılarının sayısı 1'den fazla", "同时存在超过 1 个邮件连接器", "同時存在超過 1 個郵件連接器",
	),
		doc: "Logto's connector settings are at fault: the stored email connector config is invalid, has no template for the message, or more than one email connector is set up"},
	{id: "notifiers_email_usage_limit", class: ClassRateLimited, retry: hour, anyOf: p(
		// Logto connector.usage_limit_exceeded (ko reads rate_limited already)
		"the email service usage limit has been reached", "تم بلوغ الحد الأقصى لاستخدام خدمة البريد الإلكتروني",
		"das nutzungslimit des e-mail-dienstes wurde erreicht", "se ha alcanzado el límite de uso del servicio de correo electrónico",
		"محدودیت استفاده از سرویس ایمیل به پایان رسیده است", "la limite d'utilisation du service e-mail a été atteinte",
		"è stato raggiunto il limite di utilizzo del servizio email", "電子メールサービスの利用上限に達しました",
		"osiągnięto limit użycia usługi e-mail", "o limite de uso do serviço de e-mail foi atingido", "o limite de utilização do serviço de e-mail foi atingido",
		"достигнут лимит использования сервиса электронной почты", "ถึงขีดจำกัดการใช้งานบริการอีเมลแล้ว", "e-posta hizmeti kullanım sınırına ulaşıldı",
		"已达到邮件服务使用上限", "已達到電子郵件服務使用上限",
	),
		doc: "Logto's hosted email service reached its usage cap: sending resumes when the quota resets or is raised"},
	{id: "notifiers_notification_service_off", class: ClassConfig, anyOf: p(
		// openmediavault sendTestEmail (English only)
		"email notification service is disabled",
		// openmediavault-2fa-emailotp: en, el, hu, it, nl, sv, zh_CN, zh_TW
		"notifications need to be enabled on this system", "πρέπει να ενεργοποιηθούν οι ειδοποιήσεις για αυτό το σύστημα",
		"ezen a rendszeren engedélyezni kell az értesítéseket", "è necessario abilitare le notifiche su questo sistema",
		"meldingen moeten op dit systeem worden ingeschakeld", "aviseringar måste vara aktiverade i systemet",
		"需要在此系统上启用通知功能", "此系統上必須將通知啟用",
		"no email address is configured for this account", "δεν έχει ρυθμιστεί διεύθυνση email για αυτόν τον λογαριασμό",
		"ehhez a fiókhoz nincs beállítva e-mail-cím", "per questo account non è configurato alcun indirizzo e-mail",
		"er is geen e-mailadres geconfigureerd voor dit account", "ingen e-postadress har konfigurerats för det här kontot",
		"此账户未设置电子邮箱地址", "此帳戶並未設置電子郵件地址",
	),
		doc: "openmediavault cannot mail a notification or an email one-time code: the email notification service is switched off, or the account has no email address set"},
	{id: "notifiers_mail_form_settings", class: ClassConfig, anyOf: p(
		// SickChill core.js and emailnotify.py
		"you must specify an smtp hostname", "you must specify an smtp port", "smtp port must be between 0 and 65535",
		"you must provide a recipient email address", "email notify because there are no configured recipients",
		// SickGear configNotifications.js and emailnotify.py
		"required: smtp server host", "smtp server host port must be between 0 and 65535",
		"required: a valid address for email test", "no email recipients to notify",
		// Documenso mailer.ts and its admin email transports
		"transport requires next_private_", "failed to build transport from stored configuration",
		"failed to decrypt or build the configured email transport", "email transport not found",
	),
		doc: "a notifier's mail settings are incomplete or wrong before anything is sent: SickChill's and SickGear's test-email form (host, port, recipient), Documenso's transport environment or stored transport"},
	{id: "notifiers_smtp_verify_catchall", class: ClassUnknown, anyOf: p("failed to verify smtp connection configuration"),
		doc: "Audiobookshelf's answer when nodemailer's transporter.verify() failed, for a refused login, a bad host or a TLS mismatch alike: no cause given"},
}

// round46NotifiersRules come right before mailpileConnectionRules, after the
// rules a cause appended to Logto's catch-all would meet: the Persian
// catch-alls then keep no verdict instead of the connection reading of their
// word for connector.
var round46NotifiersRules = []rule{
	{id: "notifiers_connector_catchall", class: ClassUnknown, anyOf: p(
		// Logto connector.general and connector.invalid_response, fa-ir
		"خطا در اتصال‌دهنده رخ داد", "پاسخ اتصال‌دهنده نامعتبر است",
	),
		doc: "Logto's connector catch-alls in Persian (an error occurred in the connector, the connector's response is invalid): no cause given"},
}
