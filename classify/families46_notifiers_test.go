package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round 46's products that send notifications through a configured mailbox
// (round46_notifiers.go): Logto's connector errors about email in the 18
// locales it ships, openmediavault's notification and 2FA email OTP
// sentences, Audiobookshelf's test and e-reader mail, SickChill's and
// SickGear's test-email form and Documenso's transport setup, with their
// sibling sentences and look-alikes that must keep their reading.
func TestRound46NotifiersFamilies(t *testing.T) {
	// Each catalog entry, as labelled from the source before any rule.
	assertCatalogClasses(t, "client_l10n_logto_connector")

	assertTextRules(t, []textCase{
		// Logto packages/phrases/src/locales/*/errors/connector.ts: the keys
		// the email connectors throw or the email routes answer.
		// connector.invalid_config
		{"تكوين الموصل غير صالح.", ClassConfig, "notifiers_connector_config"},                           // ar
		{"Die Konfiguration des Connectors ist ungültig.", ClassConfig, "notifiers_connector_config"},   // de
		{"The connector's config is invalid.", ClassConfig, "notifiers_connector_config"},               // en
		{"La configuración del conector es inválida.", ClassConfig, "notifiers_connector_config"},       // es
		{"پیکربندی اتصال‌دهنده نامعتبر است.", ClassConfig, "notifiers_connector_config"},                // fa-ir
		{"La configuration du connecteur n'est pas valide.", ClassConfig, "notifiers_connector_config"}, // fr
		{"La configurazione del connettore non è valida.", ClassConfig, "notifiers_connector_config"},   // it
		{"コネクタの設定が無効です。", ClassConfig, "notifiers_connector_config"},                                    // ja
		{"연동 설정이 유효하지 않아요.", ClassConfig, "notifiers_connector_config"},                                 // ko
		{"Konfiguracja łącznika jest nieprawidłowa.", ClassConfig, "notifiers_connector_config"},        // pl-pl
		{"A configuração do conector é inválida.", ClassConfig, "notifiers_connector_config"},           // pt-br
		{"A configuração do conector é inválida.", ClassConfig, "notifiers_connector_config"},           // pt-pt
		{"Конфигурация коннектора недействительна.", ClassConfig, "notifiers_connector_config"},         // ru
		{"การตั้งค่าของคอนเนคเตอร์นี้ไม่ถูกต้อง", ClassConfig, "notifiers_connector_config"},            // th
		{"Bağlayıcının ayarları geçersiz.", ClassConfig, "notifiers_connector_config"},                  // tr-tr
		{"连接器配置错误", ClassConfig, "notifiers_connector_config"},                                          // zh-cn
		{"連接器配置錯誤", ClassConfig, "notifiers_connector_config"},                                          // zh-hk
		{"連接器配置錯誤", ClassConfig, "notifiers_connector_config"},                                          // zh-tw
		// connector.template_not_found
		{"تعذر العثور على القالب الصحيح في تكوين الموصل.", ClassConfig, "notifiers_connector_config"},                                    // ar
		{"Die richtige Vorlage in der Connector-Konfiguration konnte nicht gefunden werden.", ClassConfig, "notifiers_connector_config"}, // de
		{"Unable to find correct template in connector config.", ClassConfig, "notifiers_connector_config"},                              // en
		{"No se puede encontrar la plantilla correcta en la configuración del conector.", ClassConfig, "notifiers_connector_config"},     // es
		{"قالب صحیح در پیکربندی اتصال‌دهنده یافت نشد.", ClassConfig, "notifiers_connector_config"},                                       // fa-ir
		{"Impossible de trouver le bon modèle dans la configuration du connecteur.", ClassConfig, "notifiers_connector_config"},          // fr
		{"Impossibile trovare il modello corretto nella configurazione del connettore.", ClassConfig, "notifiers_connector_config"},      // it
		{"コネクタ構成から正しいテンプレートを見つけることができませんでした。", ClassConfig, "notifiers_connector_config"},                                                // ja
		{"연동 예제 설정을 찾을 수 없어요.", ClassConfig, "notifiers_connector_config"},                                                               // ko
		{"Nie można znaleźć poprawnego szablonu w konfiguracji łącznika.", ClassConfig, "notifiers_connector_config"},                    // pl-pl
		{"Não foi possível encontrar o modelo correto na configuração do conector.", ClassConfig, "notifiers_connector_config"},          // pt-br
		{"Não foi possível encontrar o modelo correto na configuração do conector.", ClassConfig, "notifiers_connector_config"},          // pt-pt
		{"Невозможно найти правильный шаблон в конфигурации коннектора.", ClassConfig, "notifiers_connector_config"},                     // ru
		{"ไม่พบเทมเพลตที่ถูกต้องในตั้งค่าคอนเนคเตอร์", ClassConfig, "notifiers_connector_config"},                                        // th
		{"Bağlayıcı yapılandırmasında doğru şablon bulunamıyor.", ClassConfig, "notifiers_connector_config"},                             // tr-tr
		{"无法从连接器配置中找到对应的模板", ClassConfig, "notifiers_connector_config"},                                                                  // zh-cn
		{"無法從連接器配置中找到對應的模板", ClassConfig, "notifiers_connector_config"},                                                                  // zh-hk
		{"無法從連接器配置中找到對應的模板", ClassConfig, "notifiers_connector_config"},                                                                  // zh-tw
		// connector.more_than_one_email
		{"عدد موصلات البريد الإلكتروني أكبر من 1.", ClassConfig, "notifiers_connector_config"},                       // ar
		{"Die Anzahl der E-Mail-Connectors ist größer als 1.", ClassConfig, "notifiers_connector_config"},            // de
		{"The number of Email connectors is larger then 1.", ClassConfig, "notifiers_connector_config"},              // en
		{"El número de conectores de correo electrónico es mayor que 1.", ClassConfig, "notifiers_connector_config"}, // es
		{"تعداد اتصال‌دهنده‌های ایمیل بیش از ۱ است.", ClassConfig, "notifiers_connector_config"},                     // fa-ir
		{"Le nombre de connecteurs Email est supérieur à 1.", ClassConfig, "notifiers_connector_config"},             // fr
		{"Il numero di connettori email è maggiore di 1.", ClassConfig, "notifiers_connector_config"},                // it
		{"電子メールコネクタの数が1より大きいです。", ClassConfig, "notifiers_connector_config"},                                         // ja
		{"이메일 서비스는 1개만 연동되어야 해요.", ClassConfig, "notifiers_connector_config"},                                        // ko
		{"Ilość łączników e-mail jest większa niż 1.", ClassConfig, "notifiers_connector_config"},                    // pl-pl
		{"O número de conectores de e-mail é maior que 1.", ClassConfig, "notifiers_connector_config"},               // pt-br
		{"O número de conectores de e-mail é maior que 1.", ClassConfig, "notifiers_connector_config"},               // pt-pt
		{"Количество email-коннекторов больше 1.", ClassConfig, "notifiers_connector_config"},                        // ru
		{"มีจำนวนคอนเนคเตอร์อีเมลมากกว่า 1", ClassConfig, "notifiers_connector_config"},                              // th
		{"E-posta adresi bağlayıcılarının sayısı 1'den fazla.", ClassConfig, "notifiers_connector_config"},           // tr-tr
		{"同时存在超过 1 个邮件连接器", ClassConfig, "notifiers_connector_config"},                                               // zh-cn
		{"同時存在超過 1 個郵件連接器", ClassConfig, "notifiers_connector_config"},                                               // zh-hk
		{"同時存在超過 1 個郵件連接器", ClassConfig, "notifiers_connector_config"},                                               // zh-tw
		// connector.usage_limit_exceeded
		{"تم بلوغ الحد الأقصى لاستخدام خدمة البريد الإلكتروني.", ClassRateLimited, "notifiers_email_usage_limit"},                 // ar
		{"Das Nutzungslimit des E-Mail-Dienstes wurde erreicht.", ClassRateLimited, "notifiers_email_usage_limit"},                // de
		{"The email service usage limit has been reached.", ClassRateLimited, "notifiers_email_usage_limit"},                      // en
		{"Se ha alcanzado el límite de uso del servicio de correo electrónico.", ClassRateLimited, "notifiers_email_usage_limit"}, // es
		{"محدودیت استفاده از سرویس ایمیل به پایان رسیده است.", ClassRateLimited, "notifiers_email_usage_limit"},                   // fa-ir
		{"La limite d’utilisation du service e-mail a été atteinte.", ClassRateLimited, "notifiers_email_usage_limit"},            // fr
		{"È stato raggiunto il limite di utilizzo del servizio email.", ClassRateLimited, "notifiers_email_usage_limit"},          // it
		{"電子メールサービスの利用上限に達しました。", ClassRateLimited, "notifiers_email_usage_limit"},                                                // ja
		{"이메일 서비스 사용 한도에 도달했습니다.", ClassRateLimited, "l10n_words_limits"},                                                         // ko
		{"Osiągnięto limit użycia usługi e-mail.", ClassRateLimited, "notifiers_email_usage_limit"},                               // pl-pl
		{"O limite de uso do serviço de e-mail foi atingido.", ClassRateLimited, "notifiers_email_usage_limit"},                   // pt-br
		{"O limite de utilização do serviço de e-mail foi atingido.", ClassRateLimited, "notifiers_email_usage_limit"},            // pt-pt
		{"Достигнут лимит использования сервиса электронной почты.", ClassRateLimited, "notifiers_email_usage_limit"},             // ru
		{"ถึงขีดจำกัดการใช้งานบริการอีเมลแล้ว", ClassRateLimited, "notifiers_email_usage_limit"},                                  // th
		{"E-posta hizmeti kullanım sınırına ulaşıldı.", ClassRateLimited, "notifiers_email_usage_limit"},                          // tr-tr
		{"已达到邮件服务使用上限。", ClassRateLimited, "notifiers_email_usage_limit"},                                                         // zh-cn
		{"已達到電子郵件服務使用上限。", ClassRateLimited, "notifiers_email_usage_limit"},                                                       // zh-hk
		{"已達到電子郵件服務使用上限。", ClassRateLimited, "notifiers_email_usage_limit"},                                                       // zh-tw
		// connector.general
		{"خطا در اتصال‌دهنده رخ داد: {{errorDescription}}", ClassUnknown, "notifiers_connector_catchall"}, // fa-ir
		// connector.invalid_response
		{"پاسخ اتصال‌دهنده نامعتبر است.", ClassUnknown, "notifiers_connector_catchall"}, // fa-ir
		// A cause after Logto's catch-all decides.
		{"Error occurred in connector: Invalid login: 535 5.7.8 Authentication failed", ClassAuth, ""},
		{"Error occurred in connector: connect ECONNREFUSED 203.0.113.5:587", ClassTransient, ""},
		{"خطا در اتصال‌دهنده رخ داد: connect ECONNREFUSED 203.0.113.5:587", ClassTransient, ""},

		// openmediavault: sendTestEmail's settings checks (English only),
		// Email::assertSend's catch-all.
		{"Email notification service is disabled.", ClassConfig, "notifiers_notification_service_off"},
		{"Email notification service is not configured.", ClassConfig, "mailer_not_configured"},
		{"Failed to send the email. Please check the logs.", ClassUnknown, ""},
		// openmediavault-2fa-emailotp: no code can be mailed, in the pot
		// and every locale that translates it (el, hu, it, nl, sv, zh_CN,
		// zh_TW; the others leave the msgstr empty).
		{"Notifications need to be enabled on this system. Please contact the administrator.", ClassConfig, "notifiers_notification_service_off"},
		{"Πρέπει να ενεργοποιηθούν οι ειδοποιήσεις για αυτό το σύστημα. Επικοινωνήστε με τον διαχειριστή.", ClassConfig, "notifiers_notification_service_off"},
		{"Ezen a rendszeren engedélyezni kell az értesítéseket. Kérjük, forduljon a rendszergazdához.", ClassConfig, "notifiers_notification_service_off"},
		{"È necessario abilitare le notifiche su questo sistema. Contattare l'amministratore.", ClassConfig, "notifiers_notification_service_off"},
		{"Meldingen moeten op dit systeem worden ingeschakeld. Neem contact op met de beheerder.", ClassConfig, "notifiers_notification_service_off"},
		{"Aviseringar måste vara aktiverade i systemet. Kontakta administratören.", ClassConfig, "notifiers_notification_service_off"},
		{"需要在此系统上启用通知功能。请联系管理员。", ClassConfig, "notifiers_notification_service_off"},
		{"此系統上必須將通知啟用。請聯絡管理員。", ClassConfig, "notifiers_notification_service_off"},
		{"No email address is configured for this account.", ClassConfig, "notifiers_notification_service_off"},
		{"Δεν έχει ρυθμιστεί διεύθυνση email για αυτόν τον λογαριασμό.", ClassConfig, "notifiers_notification_service_off"},
		{"Ehhez a fiókhoz nincs beállítva e-mail-cím.", ClassConfig, "notifiers_notification_service_off"},
		{"Per questo account non è configurato alcun indirizzo e-mail.", ClassConfig, "notifiers_notification_service_off"},
		{"Er is geen e-mailadres geconfigureerd voor dit account.", ClassConfig, "notifiers_notification_service_off"},
		{"Ingen e-postadress har konfigurerats för det här kontot.", ClassConfig, "notifiers_notification_service_off"},
		{"此账户未设置电子邮箱地址。", ClassConfig, "notifiers_notification_service_off"},
		{"此帳戶並未設置電子郵件地址。", ClassConfig, "notifiers_notification_service_off"},

		// Audiobookshelf EmailManager.js: the 400 answer when
		// transporter.verify() fails for any reason stays unknown; its log
		// line carries nodemailer's error, which decides.
		{"Failed to verify SMTP connection configuration", ClassUnknown, "notifiers_smtp_verify_catchall"},
		{"[EmailManager] Failed to verify SMTP connection config Error: Invalid login: 535-5.7.8 Username and Password not accepted.", ClassAuth, ""},
		{"[EmailManager] Failed to verify SMTP connection config Error: connect ECONNREFUSED 127.0.0.1:587", ClassTransient, ""},
		{"[EmailManager] Failed to send test email Error: Invalid login: 535 Authentication failed", ClassAuth, ""},
		{"[EmailManager] Failed to send ebook to device", ClassUnknown, ""},

		// SickChill core.js and emailnotify.py.
		{"You must specify an SMTP hostname!", ClassConfig, "notifiers_mail_form_settings"},
		{"You must specify an SMTP port!", ClassConfig, "notifiers_mail_form_settings"},
		{"SMTP port must be between 0 and 65535!", ClassConfig, "notifiers_mail_form_settings"},
		{"You must provide a recipient email address!", ClassConfig, "notifiers_mail_form_settings"},
		{"Skipping email notify because there are no configured recipients", ClassConfig, "notifiers_mail_form_settings"},
		{"Exception generated while sending e-mail: {error}", ClassUnknown, ""},
		{"Snatch notification error: {0}", ClassUnknown, ""},
		{"Exception generated while sending e-mail: (535, b'5.7.8 Username and Password not accepted.')", ClassAuth, ""},
		// SickGear configNotifications.js and emailnotify.py.
		{"Required: SMTP server hostname", ClassConfig, "notifiers_mail_form_settings"},
		{"Required: SMTP server host port", ClassConfig, "notifiers_mail_form_settings"},
		{"Required: SMTP server hostname, SMTP server host port", ClassConfig, "notifiers_mail_form_settings"},
		{"Required: SMTP server host port must be between 0 and 65535", ClassConfig, "notifiers_mail_form_settings"},
		{"SMTP server host port must be between 0 and 65535", ClassConfig, "notifiers_mail_form_settings"},
		{"Required: A valid address for email test", ClassConfig, "notifiers_mail_form_settings"},
		{"No email recipients to notify, skipping", ClassConfig, "notifiers_mail_form_settings"},
		{"Failed to send notification: %s", ClassUnknown, ""},
		{"Snatched notification ERROR: (535, b'5.7.8 Username and Password not accepted.')", ClassAuth, ""},

		// Documenso packages/email/mailer.ts and the admin email transports.
		{"Resend transport requires NEXT_PRIVATE_RESEND_API_KEY", ClassConfig, "notifiers_mail_form_settings"},
		{"SMTP API transport requires NEXT_PRIVATE_SMTP_HOST and NEXT_PRIVATE_SMTP_APIKEY", ClassConfig, "notifiers_mail_form_settings"},
		{"Failed to build transport from stored configuration.", ClassConfig, "notifiers_mail_form_settings"},
		{"Failed to decrypt or build the configured email transport", ClassConfig, "notifiers_mail_form_settings"},
		{"Email transport not found", ClassConfig, "notifiers_mail_form_settings"},
		{"Failed to create transport.", ClassUnknown, ""},
		{"Failed to save transport.", ClassUnknown, ""},

		// Look-alikes that keep their reading.
		{"550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table", ClassRecipient, ""},
		{"Could not connect to SMTP host: connect ECONNREFUSED 203.0.113.5:587", ClassTransient, ""},
		{"SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting", ClassTransient, ""},
		{"421 4.7.0 Try again later, closing connection. (EHLO) rate limit exceeded", ClassRateLimited, ""},
	})
	// Audiobookshelf's test-email and send-ebook toasts (client/strings/*.json,
	// ToastDeviceTestEmailFailed and ToastSendEbookToDeviceFailed) are
	// catch-alls in every locale.
	for _, s := range []string{
		"Afsendelse af test mail fejlede",
		"Det gick inte att skicka e-boken till enheten",
		"Det gick inte att skicka testmeddelandet",
		"E-Buch konnte nicht auf Gerät übertragen werden",
		"E-kitap cihaza gönderilemedi",
		"E-knjige ni bilo mogoče poslati v napravo",
		"E-könyv küldése az eszközre sikertelen",
		"E-raamatu saatmine seadmesse ebaõnnestus",
		"Ebook naar apparaat sturen mislukt",
		"Error al enviar correo de prueba",
		"Error en enviar el correu de prova",
		"Error en enviar l'ebook al dispositiu",
		"Failed to Send Ebook to device",
		"Failed to send ebook to device",
		"Failed to send test email",
		"Falha ao enviar ebook para dispositivo",
		"Falha ao enviar o e-mail de teste",
		"Gửi ebook đến thiết bị thất bại",
		"Het is niet gelukt om een test-e-mail te verzenden",
		"Impossibile inviare il libro al dispositivo",
		"Impossibile inviare l'e-mail di prova",
		"Kunne ikke sende test e-post",
		"Mislykkedes afsendelse af e-bog til enhed",
		"Misslykkes å sende ebok",
		"NIeudana próba wysłania testowego maila",
		"Nepavyko nusiųsti e-knygos į įrenginį",
		"No se pudo enviar el libro electrónico al dispositivo",
		"Odeslání e-knihy do zařízení se nezdařilo",
		"Odeslání testovacího emailu selhalo",
		"Odoslanie e-knihy do zariadenia zlyhalo",
		"Odoslanie testovacieho e-mailu zlyhalo",
		"Pošiljanje testnega e-poštnega sporočila ni uspelo",
		"S-kirjan lähettäminen laitteeseen epäonnistui",
		"Senden der Test-E-Mail fehlgeschlagen",
		"Slanje e-knjige na uređaj nije uspjelo",
		"Slanje probne poruke e-pošte nije uspjelo",
		"Test e-postası gönderilemedi",
		"Testisähköpostin lähettäminen epäonnistui",
		"Teszt email küldése sikertelen",
		"Échec de l’envoi du courriel de test",
		"Échec de l’envoi du livre numérique à l’appareil",
		"Не вдалося надіслати електронну книгу на пристрій",
		"Не вдалося надіслати тестовий електронний лист",
		"Не удалось отправить e-книгу на устройство",
		"Не удалось отправить тестовое электронное письмо",
		"Не ўдалося адправіць тэставае электроннае пісьмо",
		"Не ўдалося адправіць электронную кнігу на прыладу",
		"Неуспешно изпращане на електронна книга до устройство",
		"Неуспешно изпращане на тестов имейл",
		"שליחת הספר אל המכשיר נכשלה",
		"فشل إرسال البريد الإلكتروني التجريبي",
		"فشل إرسال الكتاب الإلكتروني إلى الجهاز",
		"ডিভাইসে ইবুক পাঠাতে ব্যর্থ",
		"পরীক্ষামূলক ইমেল পাঠাতে ব্যর্থ হয়েছে",
		"சாதனத்திற்கு மின்புத்தகத்தை அனுப்ப முடியவில்லை",
		"சோதனை மின்னஞ்சலை அனுப்ப முடியவில்லை",
		"テストメールの送信に失敗しました",
		"发送电子书到设备失败",
		"无法发送测试电子邮件",
		"發送電子書到設備失敗",
		"電子書籍のデバイスへの送信に失敗しました",
		"기기로 전자책을 보내지 못했습니다.",
		"테스트 이메일을 보내지 못했습니다.",
	} {
		assert.Equal(t, ClassUnknown, Text(s).Class, "%s (rule %s)", s, Text(s).Rule)
	}
}
