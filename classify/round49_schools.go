package classify

// Round 49's learning, health, project and document tools: their own mail
// sentences (testdata/heldout/round49.jsonl, rows h49h- and h49i-), read
// from each product's repository in every locale it ships, each labelled
// by what the product's code means by it.
//
// Sources:
//   - nuxeo/nuxeo cb3c6e26: nuxeo-distribution/nuxeo-startup-wizard/src/
//     main/webapp/WEB-INF/classes/messages{,_de,_es,_fr,_it,_ja,_nl,_sv}
//     .properties, error.mail.transport.user.required and
//     .password.required (RouterServlet.java: the wizard's form when SMTP
//     authentication is chosen and the login or password field is empty;
//     nothing was sent to a server): config. The German form says
//     "Kennwort eingeben", which l10n_words_password_prompt reads as a
//     password prompt; this rule sits early so the setup form wins there.
//   - shihjay2/nosh2 397584df resources/lang/en/noshform.php
//     setup_mail_test2 "There is an error in your configuration. Please try
//     again." (set in catch(\Exception) around Mail::send for any failure):
//     catch-all, unknown, scoped to the exact sentence.
//   - learnhouse/learnhouse 6fcca071 apps/api/src/services/email/utils.py:
//     "Email service temporarily unavailable" is raised for every Resend API
//     failure (rejected key, unverified domain): catch-all, unknown, exact
//     wording only ("Email service unavailable", the OSError branch, stays
//     transient).
//   - OpenSignLabs/OpenSign f2ada473 apps/OpenSign/public/locales/
//     {en,de,es,fr,hi,it,ko}/translation.json: mail-failed ("Something went
//     wrong while sending the email. Please try again.", any send failure):
//     unknown; quota-mail ("You've reached your limit of 15 signature request
//     emails for this month"; mailStatus quotareached, the product's own
//     free-plan sending quota): rate_limited.
//   - formalms/formalms b8871be5 html/xml_language/lang[english|german|
//     italian].xml standard&_SMTP_CONFIG_DISABLED (SMTP turned off in
//     config.php): config.
//   - GibbonEdu/core c153137f modules/Finance/invoices_manage_edit.php and
//     GibbonEdu/i18n 5c157da2 <locale>/LC_MESSAGES/gibbon.po (29 locales
//     translate it): "An outgoing email address has not been set up under
//     Invoice & Receipt Settings, and so no emails can be sent." (the
//     product's sender setting is empty): config.
//   - OpenOLAT/OpenOLAT src/main/java/org/olat/core/util/mail/_i18n/
//     LocalStrings_en.properties (011f6511) mailhelper.error.sender.address
//     "Mail could not be sent: invalid sender address" (configured From
//     refused as invalid) and LocalStrings_de.properties (022f92c4)
//     mailhelper.error.undefined.smtp "Der SMTP-Server ist nicht
//     konfiguriert." (no SMTP host set): config.
//   - classroomio/classroomio 045c2508 packages/email/src/utils/services/
//     nodemailer.ts "SMTP configuration missing" (SMTP env empty) and
//     zeptomail.ts "Invalid from data" (configured From unparsable): config.
//   - Alfresco/alfresco-community-repo 72635d6c repository/src/main/
//     resources/alfresco/messages/email-service*.properties
//     email.outbound.err.test.no.to (the outbound test form has no
//     recipient; thrown before any SMTP connection): config, all 16 forms.
//   - DSpace/DSpace 3d8bdc92 dspace-api/src/main/java/org/dspace/core/
//     Email.java: "cannot test email because mail.server.disabled is set to
//     true" (the site's own setting): config.

// round49SchoolsEarlyRules come before languageRules and textRules: the
// catch-alls say "try again"/"temporarily" (temporary_wording would read
// them transient) and the German Nuxeo wizard form says "Kennwort eingeben"
// (l10n_words_password_prompt).
var round49SchoolsEarlyRules = []rule{
	{id: "schools_catch_all", class: ClassUnknown, anyOf: p(
		// NOSH
		"there is an error in your configuration. please try again",
		// LearnHouse (Resend branch)
		"email service temporarily unavailable",
		// OpenSign mail-failed
		"something went wrong while sending the email. please try again", "beim senden der e-mail ist etwas schiefgelaufen", "algo salió mal al enviar el correo electrónico", "une erreur s'est produite lors de l'envoi de l'e-mail. veuillez réessayer", "si è verificato un errore durante l'invio dell'e-mail. per favore riprova", "ईमेल भेजते समय कुछ गलत हो गया", "이메일을 보내는 중에 문제가 발생했습니다",
	), doc: "a product's sentence shown for any mail failure (NOSH, LearnHouse's Resend branch, OpenSign): it names no cause"},
	{id: "schools_wizard_smtp_login", class: ClassConfig, anyOf: p(
		"if you choose authenticated smtp, you must enter", "falls sie authentifiziertes smtp auswählen, müssen sie", "si eliges autenticación smtp, debes introducir", "si vous choisissez l'authentification smtp, vous devez saisir", "se si specifica un smtp autenticato, è necessario immettere", "認証済みsmtpを選択した場合", "als u kiest voor smtp met verificatie, moet u", "om du väljer autentiserad smtp måste du ange",
	), doc: "Nuxeo's setup wizard: SMTP authentication chosen but the login or password field left empty; a form check, nothing was refused"},
}

// round49SchoolsRules come last: each product's own setup sentence decides
// only when no reply text around it did.
var round49SchoolsRules = []rule{
	{id: "schools_mail_setup", class: ClassConfig, anyOf: p(
		// formalms
		"smtp disabled in config file", "smtp in der konfigurationsdatei deaktiviert",
		// OpenOLAT
		"mail could not be sent: invalid sender address", "der smtp-server ist nicht konfiguriert",
		// ClassroomIO
		"smtp configuration missing", "invalid from data",
		// DSpace
		"cannot test email because mail.server.disabled is set to true",
		// Alfresco email.outbound.err.test.no.to
		"'testmessageto' is empty", "'testmessageto' が空のため", "\"testmessageto\" vuoto", "'testmessageto' est vide", "veld 'testbericht naar' is leeg", "'testmessageto' er tomt", "'testmessageto' är tom", "parametr 'testmessageto' jest pusty", "'pruebamensajepara', está vacío", "'testmessageto' está vazio", "testmessageto on tyhjä", "da 'testmessageto' er tom", "feld für empfänger ist leer", "parametr 'testmessageto' je prázdný", "поле 'кому' пустое", "'testmessageto' 为空",
		// Gibbon (Finance: Invoice & Receipt Settings sender), every locale
		"an outgoing email address has not been set up under invoice & receipt settings",
		"'n uitgaande e-posadres is nie opgestel onder die faktuur- en ontvangsinstellings nie, en dus kan geen e-pos gestuur word nie",
		"adres wychodzący nie został skonfigurowany w ustawieniach dokumentów finansowych i odbioru, więc nie można wysyłać e-maili",
		"adresa e nje prej email-eve nuk eshte vendosur ne faturat dhe konfigurimet e faturave , prandaj email nuk mund te dergohet",
		"alamat email keluar belum diatur di bawah pengaturan faktur & tanda terima, sehingga tidak ada email yang dapat dikirim",
		"eine ausgehende e-mail-adresse wurde unter rechnungs- und empfangseinstellungen nicht eingerichtet, so dass keine e-mails gesendet werden können",
		"er is geen e-mailadres ingegeven bij de instellingen voor facturen & ontvangstbewijzen. e-mails kunnen daarom niet verzonden worden",
		"giden e-posta adresi, fatura ve makbuz ayarları altında ayarlanmadı ve bu nedenle e-posta gönderilemiyor",
		"no s'ha configurat una adreça de correu electrònic sortint a la configuració de recepció de factures, de manera que no es pot enviar cap correu electrònic",
		"o ieșire pentru orice adresă de email nu a putut fi creată în setări facturi & primire, și deci e-mailurile nu pot fi trimise",
		"odlazna adresa e-pošte nije postavljena u postavkama faktura i primitaka te se ne mogu slati poruke e-pošte",
		"siunčiamo el. pašto adresas nenustatytas dalyje sąskaitų faktūrų ir kvitų nustatymai, todėl el. laiškų siųsti negalima",
		"um endereço de e-mail de saída não foi configurado em configurações de factura e recibo, e então sem e-mails podem ser enviados",
		"um endereço de e-mail de saída não foi configurado em configurações de faturas e recibos e, portanto, não é possível enviar e-mails",
		"un courriel sortant n'a pas été défini dans les paramètres de facture et destinataire, aucun courriel ne peut donc être envoyé",
		"un indirizzo e-mail in uscita non &egrave stato impostato in impostazioni fattura e ricevuta, e quindi nessuna e-mail pu&ograve essere inviata",
		"una dirección de email saliente no se ha configurado en configuración de facturas y recibos, por lo que no se pueden enviar emails",
		"una dirección de email saliente no se ha configurado en configurar facturas y recibos, por lo que no se pueden enviar emails",
		"địa chỉ email gửi đi chưa được thiết lập trong cài đặt hoá đơn và tiếp nhận, và do đó không thể gửi email",
		"δεν έχει ρυθμιστεί μια εξερχόμενη διεύθυνση email στις ρυθμίσεις τιμολογίων και αποδείξεων και επομένως δεν είναι δυνατή η αποστολή μηνυμάτων ηλεκτρονικού ταχυδρομείου",
		"вихідна адреса електронної пошти не була встановлена в налаштуваннях рахунків-фактур і квитанцій, і тому електронні листи не можна надсилати",
		"כתובת דוא\"ל יוצאת לא הוגדרה תחת הגדרות חשבוניות וקבלות, ולכן לא ניתן לשלוח הודעות אימייל",
		"انوائس اور رسید کی ترتیبات کے تحت ایک آؤٹ گوئنگ ای میل ایڈریس قائم نہیں کیا گیا ہے، اور اس وجہ سے کوئی ای میل بھیجا نہیں جا سکتا",
		"ที่อยู่อีเมลขาออกไม่ได้รับการตั้งค่าภายใต้การตั้งค่าใบแจ้งหนี้และใบเสร็จและไม่สามารถส่งอีเมลได้",
		"インボイスに送信用のメールアドレスが設定されていない",
		"不能发送电子邮件，因为发票和收据设置里没有设置一个有效的电子邮箱地址。",
		"因為在發票和收據的設定中還沒有定電郵地址，所以沒有發出電郵。",
		"송장 & 수신 설정 아래에 발신 전자 메일 주소가 설정되지 않았으므로 전자 메일을 보낼 수 없습니다",
	), doc: "a product's own mail setup is missing or invalid (SMTP off, no sender or SMTP host, unparsable From, empty test recipient)"},
	{id: "schools_sending_quota", class: ClassRateLimited, anyOf: p(
		"reached your limit of 15 signature request emails", "monatliches limit von 15 signaturanfragen per e-mail erreicht", "límite de 15 solicitudes de firma por correo", "limite de 15 e-mails de demande de signature", "limite di 15 email di richiesta di firma", "15 हस्ताक्षर अनुरोध ईमेल की अपनी सीमा पूरी",
	), doc: "OpenSign's own free-plan quota of signature-request emails per month is used up (its Korean form reads as a limit already: l10n_words_limits)"},
}
