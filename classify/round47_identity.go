package classify

// Round 47's identity platforms and self-hosted web apps that send through a
// configured SMTP server or hold OAuth grants (testdata/heldout/round47.jsonl,
// rows h47p-zitadel-, h47p-kanidm-, h47p-vaultwarden-, h47p-supabase-,
// h47p-misskey-, h47p-authentik-): each product's messages read whole from
// its own repository, every locale it ships, with the sibling messages of the
// same file. Phrases are the fixed text of each message, lower-cased, without
// placeholders.
//
// Sources:
//   - zitadel/zitadel a97999e5 (read from its public fork
//     cryoforgedcom/zitadel, same tree): internal/notification/channels/smtp/
//     channel.go, generic_auth.go, plain_or_login_auth.go, xoauth2_auth.go and
//     internal/static/i18n/{ar,bg,cs,de,en,es,fr,hu,id,it,ja,ko,mk,nl,pl,pt,
//     ro,ru,sv,tr,uk,zh}.yaml; the locales added since, read from
//     zitadel/zitadel: ca.yaml 3e72e56d, da.yaml 0da63141, hi.yaml 477c412a,
//     kk.yaml 4198090f, lt.yaml 761ef17f, nb.yaml 650451f9, sk.yaml 8cf181f7
//     (the English text), sl.yaml 2c98cc68, sq.yaml c540deef, th.yaml
//     32b21430, vi.yaml 36b16270, zh-TW.yaml 0b9287d4. Errors.SMTP and
//     Errors.SMTPConfig, with the error IDs channel.go gives them:
//     CouldNotAuth (EMAIL-s9kfs, the PLAIN/LOGIN exchange failed; the text
//     asks to re-check user and password first, and the round labels it
//     auth), CouldNotSplit (EMAIL-spR56, net.SplitHostPort refused the host
//     setting, as a host saved without its port), CouldNotStartTLS
//     (EMAIL-guvsQ, STARTTLS refused before any login), SMTPConfig NotFound,
//     TestPassword (the configuration holds no password to test with) and
//     SenderAdressNotCustomDomain (the From address must be a verified
//     domain of the instance), generic_auth.go "no supported auth method
//     found (server supports: ...)": config. CouldNotDial (EMAIL-skwos) and
//     CouldNotDialTLS (EMAIL-sl39s), the server could not be reached:
//     transient, as other clients' "could not connect to the SMTP server".
//     CouldNotSetRecipient (EMAIL-s4is4, EMAIL-s6is6), RCPT TO refused:
//     recipient, as Roundcube's smtptoerror reads. CouldNotSetSender,
//     CouldNotCreateClient, NotEmailMessage, RequiredAttributes,
//     AlreadyExists, AlreadyDeactivated, TestEmailNotFound, "unexpected server
//     challenge", "Failed to get token to connect with smtp server" and the
//     untranslated Errors.SMTP.CouldNotXOAuth2 name no cause: unknown, left
//     to what they wrap. A refused login whose cause names a mechanism, a
//     temporary failure or the network is left to that cause.
//   - kanidm/kanidm f72676f7: tools/mail_sender/src/main.rs "Unable to build
//     mail transport" (the mail_relay URL could not make a transport: config),
//     "invalid destination address" (the person's address: recipient),
//     "Unable to send message" and "unable to build message" (unknown);
//     lettre/lettre fa402db5, src/transport/smtp/connection_url.rs and
//     client/net.rs, the URL errors Kanidm, Vaultwarden and Lemmy build their
//     transport with: "smtp host undefined", "Unknown scheme ... or tls
//     parameter ..., note that a transport with TLS requires one of the TLS
//     features", "domain isn't a valid DNS name" (config).
//   - dani-garcia/vaultwarden 46d71107: src/mail.rs "No valid SMTP Auth
//     mechanism found for '...', using default values" (SMTP_AUTH_MECHANISM
//     names none it knows), src/config.rs's SMTP checks (SMTP_SECURITY
//     invalid, sendmail command not found or not executable, SMTP_HOST and
//     SMTP_FROM or SMTP_USERNAME and SMTP_PASSWORD set alone, SMTP_FROM not an
//     address, email 2FA without a mail transport), src/api/admin.rs "Mail is
//     not enabled" (the SMTP test with mail off): config. Its "SMTP 5xx
//     error: ...", "SMTP timeout error: ..." wrappers keep the reading of the
//     lettre error they wrap.
//   - LemmyNet/lemmy 439734dd: crates/email/src/send.rs returns
//     LemmyErrorType::NoEmailSetup (the instance has no email settings:
//     config) and EmailSendFailed (unknown), which the API writes
//     {"error":"no_email_setup"} (crates/utils/src/error.rs);
//     LemmyNet/lemmy-translations f03dfd1a, frontend/*.json, no_email_setup
//     in the 46 locales that translate it. Lemmy 0.11's panic on a server
//     without a port (crates/utils/src/email.rs:29) carries no message of
//     Lemmy's and is left alone.
//   - supabase/auth bc32168e: internal/api/mail.go, the 500 wrappers "Error
//     sending confirmation email", "... recovery email", "... invite email",
//     "... magic link email", "... reauthentication email", "... email change
//     email" and the notification emails, and their earlier wordings in the
//     same history ("Error sending confirmation mail", "Error sending magic
//     link", "Error sending change email", "Error sending recovery mail"):
//     the cause goes to the server's log only (WithInternalError), so the
//     body {"code":500,"msg":...} is Supabase's HTTP status and says nothing
//     recognisable: unknown, where the "code" would otherwise read as an SMTP
//     500 (the rule asks for that 500). Its log line ("msg":"500: Error
//     sending ...", no JSON code; an SMTP code in its "error" comes first)
//     and a wording that appends the cause after a colon (gotrue of 2017) are
//     left to the cause. The same file's email_address_not_authorized ("Email address
//     ... cannot be used as it is not authorized": the default SMTP sends
//     only to the team's addresses until a custom SMTP server is set) is
//     config; over_email_send_rate_limit already reads rate_limited.
//   - goauthentik/authentik 005f3a9f: authentik/providers/oauth2/views/
//     token.py. A refresh_token grant refused because its token is revoked
//     ("Refresh token is revoked", event "Revoked refresh token was used":
//     authentik revokes the old token on each refresh), expired or gone
//     ("Refresh token does not exist"): revoked. The same view refusing the
//     product's own request (a code exchange: "Code does not exist", "Code is
//     expired", "Invalid code: ...", "Code challenge not matching", "Missing
//     authorization code"; its client: "Invalid client secret",
//     "OAuth2Provider does not exist", "Invalid grant type"; a client
//     assertion: "Invalid assertion type", "Missing client assertion", "No
//     token could be verified", "JWT token expired", "failed to verify JWT",
//     "failed to parse JWT for kid lookup", "client_credentials grant for
//     provider without application"): platform, read only with the view's
//     logger name, as the words are common elsewhere. "User not
//     authenticated for application" (an application's policy) is left.
//   - misskey-dev/misskey 3e8b2d27: packages/backend/src/server/api/
//     openapi/errors.ts INTERNAL_ERROR "Internal error occurred. Please
//     contact us if the error persists." (id 5d37dbcb-...), the API's
//     catch-all for an unexpected exception in an endpoint (admin/send-email
//     among them): unknown, unless it carries the exception in its info.
//   - keycloak/keycloak 003569c4: services/src/main/java/org/keycloak/email/
//     DefaultEmailSenderProvider.java: "No email address configured for the
//     user" (recipient), "Invalid sender address '...' ... in the email realm
//     configuration" (the realm's From setting: config); "Error when
//     attempting to send the email to the server. More information is
//     available in the server log." and its other wrappers stay unknown.

// round47IdentityEarlyRules come before languageRules: l10n_words_mechanism
// and l10n_words_not_offered read Zitadel's refused login (which names an
// auth method) as a mechanism, l10n_words_connection reads its host and port
// message as a connection failure, recipient_mailbox_disabled reads
// authentik's "does not exist" as a recipient's, credential_words reads
// Supabase's "password changed" wrapper as a refused login,
// server_internal_error reads Misskey's catch-all as the server's, and
// codeRules read Supabase's HTTP 500 and 400 as SMTP codes.
var round47IdentityEarlyRules = []rule{
	{id: "identity_zitadel_smtp_login", class: ClassAuth, anyOf: p(
		"email-s9kfs", "errors.smtp.couldnotauth",
		// CouldNotAuth: en (sk), ar, bg, cs, de, es, fr, hu, id, it, ja, ko, mk, nl, pl, pt, ro, ru, sv, tr, uk, zh, ca, da, hi, kk, lt, nb, sl, sq, th, vi, zh-TW
		"could not add smtp auth", "تعذر إضافة مصادقة smtp", "не може да добави smtp auth", "nemohlo se přidat smtp auth",
		"die smtp-authentifizierung konnte nicht hinzugefügt werden", "no se pudo agregar la autenticación smtp",
		"impossible d'ajouter l'authentification smtp", "nem sikerült hozzáadni az smtp hitelesítést",
		"tidak dapat menambahkan autentikasi smtp", "impossibile aggiungere l'autenticazione smtp", "smtp 認証を追加できませんでした",
		"smtp 인증을 추가할 수 없습니다", "не можев да додадам smtp auth", "kon geen smtp-authenticatie toevoegen",
		"nie można dodać uwierzytelnienia smtp", "não foi possível adicionar autenticação smtp", "nu s-a putut adăuga autentificare smtp",
		"не удалось добавить аутентификацию smtp", "kunde inte lägga till smtp auth", "smtp kimlik doğrulaması eklenemedi",
		"не вдалося додати smtp аутентифікацію", "无法添加 smtp 身份验证", "no s'ha pogut afegir l'autenticació smtp",
		"kunne ikke tilføje smtp auth", "smtp ऑथेंटिकेशन विफल रहा", "smtp аутентификациясын қосу мүмкін болмады",
		"nepavyko pridėti smtp autentifikavimo", "kunne ikke legge til smtp-autentisering", "ni bilo mogoče dodati avtentikacije smtp",
		"vërtetimi smtp nuk mund të shtohej", "ไม่สามารถเพิ่มการยืนยันตัวตน smtp ได้", "không thể thêm smtp auth", "無法新增 smtp 身分驗證"),
		noneOf: p("no supported auth method found", "unrecognized authentication", "unrecognised authentication", "mechanism", "5.7.4", "unencrypted connection",
			"unexpected server challenge", "wrong host name", "temporary authentication failure", "454 4.", "i/o timeout", "timed out", "connection reset", "broken pipe", "eof"),
		doc: "Zitadel: its SMTP login (PLAIN or LOGIN) to the configured server failed; it asks the owner to re-check the user and password"},
	{id: "identity_mail_settings", class: ClassConfig, anyOf: p(
		// Zitadel CouldNotSplit, CouldNotStartTLS, SMTPConfig.NotFound, TestPassword, SenderAdressNotCustomDomain: IDs and keys
		"email-spr56", "email-guvsq", "errors.smtp.couldnotsplit", "errors.smtp.couldnotstarttls", "errors.smtpconfig.notfound",
		"errors.smtpconfig.testpassword", "errors.smtpconfig.senderadressnotcustomdomain",
		// CouldNotSplit: en, ar, bg, cs, de, es, fr, hu, id, it, ja, ko, mk, nl, pl, pt, ro, ru, sv, tr, uk, zh, ca, da, hi, kk, lt, nb, sl, sq, th, vi, zh-TW
		"could not split host and port", "تعذر تقسيم المضيف والمنفذ", "не можа да раздели хост и порт", "nemohl rozdělit hostitele a port",
		"host und port konnten für die verbindung zu smtp nicht getrennt werden", "no se pudo dividir el host y el puerto",
		"impossible de diviser l'hôte et le port", "nem sikerült szétválasztani a hostot és a portot", "tidak dapat membagi host dan port",
		"impossibile dividere l'host e la porta", "ホストとポートを分割できませんでした", "호스트와 포트를 분할할 수 없습니다",
		"не може да се подели домаќинот и портата", "kan host en poort niet splitsen", "nie można podzielić hosta i portu",
		"não foi possível dividir o host e a porta", "nu s-a putut împărți host și port", "не удалось разделить хост и порт",
		"kunde inte dela värd och port", "host ve port ayrıştırılamadı", "не вдалося розділити хост та порт", "无法拆分主机和端口",
		"no s'ha pogut dividir l'amfitrió i el port", "kunne ikke opdele vært og port", "होस्ट और पोर्ट को अलग नहीं किया जा सका",
		"хост пен портты ажырату мүмкін болмады", "nepavyko atskirti serverio ir prievado", "kunne ikke dele vert og port",
		"ni bilo mogoče ločiti gostitelja in vrat", "hosti dhe porta nuk mund të ndaheshin", "ไม่สามารถแยกโฮสต์และพอร์ต",
		"không thể phân chia máy chủ và cổng", "無法拆分主機和埠",
		// CouldNotStartTLS, the same locales (de and uk are read, as config,
		// by community_mail_setup_check and infra_relay_tls_setting first)
		"could not start tls", "تعذر بدء tls", "не можа да стартира tls", "nelze spustit tls",
		"no se pudo iniciar tls", "je n'ai pas pu démarrer tls", "nem sikerült elindítani a tls-t", "tidak dapat memulai tls", "impossibile avviare tls",
		"tlsを開始できませんでした", "tls를 시작할 수 없습니다", "не можеше да започне tls", "kon tls niet starten", "nie można rozpocząć tls",
		"não foi possível iniciar o tls", "nu s-a putut porni tls", "не удалось запустить тлс", "kunde inte starta tls", "tls başlatılamadı",
		"无法启动 tls", "no s'ha pogut iniciar tls", "kunne ikke starte tls", "tls शुरू नहीं किया जा सका",
		"tls іске қосылмады", "nepavyko paleisti tls", "ni bilo mogoče zagnati tls", "tls nuk mund të nisej", "ไม่สามารถเริ่ม tls ได้",
		"không thể bắt đầu tls", "無法啟動 tls",
		// SMTPConfig.NotFound
		"smtp configuration not found", "تكوين smtp غير موجود", "smtp конфигурацията не е намерена", "konfigurace smtp nebyla nalezena",
		"smtp konfiguration nicht gefunden", "configuración smtp no encontrada", "configuration smtp non trouvée", "smtp konfiguráció nem található",
		"konfigurasi smtp tidak ditemukan", "configurazione smtp non trovata", "smtp構成が見つかりません", "smtp 구성을 찾을 수 없습니다",
		"smtp конфигурацијата не е пронајдена", "smtp-configuratie niet gevonden", "konfiguracja smtp nie znaleziona",
		"configuração de smtp não encontrada", "configurația smtp nu a fost găsită", "конфигурация smtp не найдена",
		"smtp-konfiguration hittades inte", "smtp yapılandırması bulunamadı", "конфігурація smtp не знайдена", "未找到 smtp 配置",
		"configuració smtp no trobada", "smtp-konfiguration ikke fundet", "smtp कॉन्फ़िगरेशन नहीं मिला", "smtp конфигурациясы табылмады",
		"smtp konfigūracija nerasta", "smtp-konfigurasjon ikke funnet", "konfiguracija smtp ni bila najdena", "konfigurimi smtp nuk u gjet",
		"ไม่พบการกำหนดค่า smtp", "không tìm thấy cấu hình smtp", "找不到 smtp 設定",
		// SMTPConfig.TestPassword
		"password for test not found", "كلمة المرور للاختبار غير موجودة", "паролата за тест не е намерена", "heslo pro test nenalezeno",
		"passwort für test nicht gefunden", "contraseña para la prueba no encontrada", "mot de passe pour le test introuvable",
		"teszt jelszava nem található", "kata sandi untuk tes tidak ditemukan", "password per il test non trovata",
		"テスト用のパスワードが見つかりません", "테스트할 비밀번호가 없습니다", "лозинката за тестот не е пронајдена",
		"wachtwoord voor test niet gevonden", "nie znaleziono hasła do testu", "senha para teste não encontrada",
		"parola pentru test nu a fost găsită", "пароль для теста не найден", "lösenordet för testet hittades inte", "test için şifre bulunamadı",
		"пароль для тесту не знайдено", "未找到测试密码", "contrasenya per a la prova no trobada", "adgangskoden til testen blev ikke fundet",
		"टेस्ट पासवर्ड नहीं मिला", "тексеруге арналған құпиясөз табылмады", "testinis slaptažodis nerastas", "passord for test ikke funnet",
		"geslo za test ni bilo najdeno", "fjalëkalimi për testin nuk u gjet", "ไม่พบรหัสผ่านสำหรับทดสอบ", "không tìm thấy mật khẩu kiểm tra",
		"找不到測試密碼",
		// SMTPConfig.SenderAdressNotCustomDomain
		"the sender address must be configured as custom domain", "عنوان المرسل يجب تكوينه كنطاق مخصص",
		"адресът на изпращача трябва да бъде конфигуриран като персонализиран домейн", "adresa odesílatele musí být nakonfigurována jako vlastní doména",
		"die sender adresse muss als custom domain", "la dirección del remitente debe configurarse como un dominio personalizado",
		"l'adresse de l'expéditeur doit être configurée comme un domaine personnalisé", "a küldő címét egyéni domain névként kell beállítani",
		"alamat pengirim harus dikonfigurasi sebagai domain kustom", "l'indirizzo del mittente deve essere configurato come dominio personalizzato",
		"送信者アドレスは、インスタンスのカスタムドメインとして構成する必要があります", "발신자 주소는 인스턴스에서 사용자 정의 도메인으로 구성되어야 합니다",
		"адресата на испраќачот мора да биде конфигурирана како прилагоден домен", "het afzenderadres moet worden geconfigureerd als aangepaste domein",
		"adres nadawcy musi być skonfigurowany jako domena niestandardowa", "o endereço do remetente deve ser configurado como um domínio personalizado",
		"adresa expeditorului trebuie configurată ca domeniu personalizat", "адрес отправителя должен быть настроен как личный домен",
		"avsändaradressen måste sättas som kundanpassad domän", "gönderen adresi instance üzerinde özel domain olarak yapılandırılmalı",
		"адреса відправника повинна бути налаштована як власний домен", "发件人地址必须在在实例的域名设置中验证",
		"l'adreça del remitent s'ha de configurar com un domini personalitzat", "afsenderadressen skal angives som tilpasset domæne",
		"प्रेषक का पता कस्टम डोमेन के रूप में कॉन्फ़िगर होना चाहिए", "жіберушінің мекенжайы инстанста жеке домен ретінде бапталуы керек",
		"siuntėjo adresas turi būti sukonfigūruotas kaip pasirinktinis domenas", "avsenderadressen må være konfigurert som egendefinert domene",
		"naslov pošiljatelja mora biti konfiguriran kot domena po meri", "adresa e dërguesit duhet të konfigurohet si domen i personalizuar",
		"ต้องกำหนดที่อยู่ผู้ส่งเป็นโดเมนที่กำหนดเอง", "địa chỉ người gửi phải được định cấu hình là miền tùy chỉnh", "發件人地址必須在在執行個體的網域設定中驗證",
		// Zitadel generic_auth.go
		"no supported auth method found (server supports",
		// Kanidm mail sender; lettre's connection URL
		"unable to build mail transport", "smtp host undefined", "note that a transport with tls requires one of the tls features", "isn't a valid dns name",
		// Vaultwarden src/mail.rs, src/config.rs, src/api/admin.rs
		"no valid smtp auth mechanism found for", "needs to be one of the following options: starttls, force_tls or off",
		"sendmail not found in $path", "sendmail.exe not found in $path", "sendmail command not found at", "failed to access sendmail command at",
		"sendmail command at", "need to be set for email support without", "need to be set to enable email authentication without", "smtp_from '",
		"to enable email 2fa, a mail transport must be configured", "mail is not enabled",
		// Lemmy NoEmailSetup, and its frontend translations: ar, bg, bs, ca, cs, da, de, el, en, eo, es, eu, fa, fi, fr, ga, gl, he, hr, hu, id, it, ja, ka, ko, lt, mk, nb_NO, nl, nn, oc, pl, pt, pt_BR, ro, ru, sk, sl, sq, sr_Latn, sv, tr, uk, vi, zh, zh_Hant
		"no_email_setup",
		"لم يتم إعداد البريد الإلكتروني في هذا الخادم بشكل جيد", "този сървър няма правилно настроен имейл", "ovaj server nema ispravno postavljen e-mail",
		"aquest servidor no ha configurat correctament el correu", "na tomto serveru není správně nastavený e-mail",
		"serveren er ikke indstillet korrekt for at kunne sende email", "dieser server hat e-mails nicht korrekt eingerichtet",
		"αυτός ο διακομιστής δεν έχει στήσει σωστά το email", "this server hasn't correctly set up email", "ĉi tiu servilo ne agordis ĝuste retpoŝton",
		"este servidor no ha activado correctamente el correo", "zerbitzari honek ez du eposta ondo konfiguraturik",
		"هنوز رایانامه برای این کارساز به درستی تنظیم نشده است", "tämä palvelin ei ole asettanut sähköpostia oikein",
		"ce serveur n’a pas correctement configuré la messagerie", "níl ríomhphost curtha ar bun i gceart ag an bhfreastalaí seo",
		"este servidor non ten o correo ben configurado", "השרת הזה לא הגדיר אימייל נכון", "ovaj poslužitelj nije ispravno postavio e-poštu",
		"az email nincs megfelelően beállítva ezen a szerveren", "peladen ini belum menyiapkan surel dengan benar",
		"questo server non ha impostato un'email correttamente", "このサーバーはメール設定を正しく行っていません",
		"ამ სერვერზე ელ.ფოსტა სწორად არ არის დაყენებული", "서버의 이메일 설정이 올바르지 않습니다", "šis serveris netinkamai nustatė el. paštą",
		"овој сервер нема правилно поставено е-пошта", "denne tjeneren har ikke riktig oppsett for e-post",
		"deze server heeft de e-mailinstellingen niet correct ingesteld", "denne tenaren har ikkje riktig oppsett av e-post",
		"aqueste servidor es pas configurat corrèctament pels corrièls", "email nie został poprawnie ustawiony na tym serwerze",
		"este servidor não tem o email configurado corretamente", "esse servidor não configurou corretamente o e-mail",
		"acest server nu a configurat corect e-mail-ul", "электронная почта настроена наверно на этом сервере", "tento server nenastavil e-mail správne",
		"ta strežnik nima pravilno nastavljene e-pošte", "ky server nuk ka konfiguruar saktë e-mailin", "ovaj server nije pravilno namestio vaš email",
		"denna server har inte satt upp e-post korrekt", "bu sunucu e-posta ayarlarını doğru şekilde yapılandırmadı",
		"на цьому сервері невірно налаштована е-пошта", "máy chủ này không thiết lập email", "此服务器还未正确进行邮件发送配置", "此伺服器尚未正確設定電子郵件",
		// Supabase Auth email_address_not_authorized
		"email_address_not_authorized", "cannot be used as it is not authorized",
		// Keycloak's realm From address
		"invalid sender address '"),
		doc: "an identity platform's or self-hosted app's own mail settings are wrong or missing: SMTP host without port or unparsable relay URL, STARTTLS refused, no SMTP configuration or password, an unknown auth mechanism setting, the From address, a missing sendmail, email not set up (Zitadel, Kanidm, lettre, Vaultwarden, Lemmy, Supabase, Keycloak)"},
	{id: "identity_refresh_token_revoked", class: ClassRevoked, anyOf: p("refresh token is revoked", "revoked refresh token was used", "refresh token does not exist"),
		doc: "authentik's token endpoint refused a refresh_token grant: the refresh token was revoked (rotated or logged out), or no longer exists; the owner connects the mailbox again"},
	{id: "identity_authentik_client_request", class: ClassPlatform, anyOf: p(
		"code does not exist", "code is expired", "invalid code: invalid client or code has expired", "code challenge not matching", "missing authorization code",
		"invalid client secret", "oauth2provider does not exist", "invalid grant type", "invalid assertion type", "missing client assertion",
		"no token could be verified", "jwt token expired", "failed to verify jwt", "failed to parse jwt for kid lookup", "client_credentials grant for provider without application"),
		alsoAny: p("authentik.providers.oauth2"),
		doc:     "authentik's token endpoint refused the product's own request: an authorization code exchange, its client secret or ID, its grant type or its client assertion"},
	{id: "identity_supabase_send_wrapper", class: ClassUnknown, code: "500", anyOf: p(
		"error sending confirmation mail", "error sending confirmation email", "error sending magic link", "error sending recovery mail", "error sending recovery email",
		"error sending invite email", "error sending reauthentication email", "error sending email change email", "error sending change email",
		"error sending password changed notification email", "error sending email changed notification email", "error sending phone changed notification email",
		"error sending identity linked notification email", "error sending identity unlinked notification email",
		"error sending mfa factor enrolled notification email", "error sending mfa factor unenrolled notification email"),
		noneOf: p("mail:", "link:"),
		doc:    "Supabase Auth answered HTTP 500 with its generic mail wrapper; the cause is only in the server's log"},
	{id: "identity_misskey_internal_error", class: ClassUnknown, anyOf: p("internal error occurred. please contact us if the error persists", "5d37dbcb-891e-41ca-a3d6-e690c97775ac"),
		noneOf: p(`"info":`, "info: {"),
		doc:    "Misskey's INTERNAL_ERROR: an unexpected exception in the endpoint (such as the test mail); it names no cause"},
}

// round47IdentityRules come right before codeRules: a cause the text names
// (a DNS failure, a relay refusal) is read first.
var round47IdentityRules = []rule{
	{id: "identity_zitadel_unreachable", class: ClassTransient, anyOf: p(
		"email-skwos", "email-sl39s", "errors.smtp.couldnotdial",
		// CouldNotDial and CouldNotDialTLS: en, ar, bg, cs, de, es, fr, hu, id, it, ja, ko, mk, nl, pl, pt, ro, ru, sv, tr, uk, zh, ca, da (nb), hi, kk, lt, sl, sq, th, vi, zh-TW
		// (cs, de, ja, ko and one it wording are read, as transient, by
		// l10n_unixclients_unreachable, mailspring_unreachable and
		// l10n_snappymail_server_unreachable first)
		"could not contact with the smtp server", "تعذر الاتصال بخادم smtp", "не може да се свърже със smtp сървъра",
		"no se pudo contactar con el servidor smtp", "impossible de contacter le serveur smtp",
		"kapcsolatba lépni az smtp szerverrel", "tidak dapat menghubungi server smtp",
		"impossibile contattare con il server smtp",
		"не можев да контактираме со smtp-серверот", "geen contact maken met de smtp-server", "nie można połączyć się z serwerem smtp",
		"não foi possível entrar em contato com o servidor smtp", "nu s-a putut contacta serverul smtp", "не удалось связаться с smtp-сервером",
		"kunde inte kontakta smtp-servern", "smtp sunucusuna bağlanılamadı", "не вдалося зв'язатися з smtp сервером", "与 smtp 服务器联系",
		"no s'ha pogut contactar amb el servidor smtp", "kunne ikke kontakte smtp-serveren", "smtp सर्वर से संपर्क नहीं हो सका",
		"smtp серверіне қосылу мүмкін болмады", "tls арқылы қосылу мүмкін болмады", "nepavyko susisiekti su smtp serveriu",
		"ni bilo mogoče vzpostaviti stika s strežnikom smtp", "nuk u arrit lidhja me serverin smtp", "ไม่สามารถติดต่อกับเซิร์ฟเวอร์ smtp",
		"không liên lạc được với máy chủ smtp", "與 smtp 伺服器聯絡"),
		doc: "Zitadel could not reach the configured SMTP server (with or without TLS); it asks to check the port and the firewall"},
	{id: "identity_recipient_not_set", class: ClassRecipient, anyOf: p(
		"email-s4is4", "email-s6is6", "errors.smtp.couldnotsetrecipient",
		// CouldNotSetRecipient: en, ar, bg, cs, es, fr, hu, id, it, ja, mk, nl, pl, pt, ro, ru, sv, tr, uk, zh, ca, da, hi, kk, lt, nb, sl, sq, th, vi, zh-TW (de and ko read already)
		"could not set recipient", "تعذر تعيين المستلم", "не можа да зададе получател", "nelze nastavit příjemce", "no se pudo establecer el destinatario",
		"impossible de définir le destinataire", "nem sikerült beállítani a címzettet", "tidak dapat menyetel penerima", "impossibile impostare il destinatario",
		"受信者を設定できませんでした", "не може да се постави примач", "kan de ontvanger niet instellen", "nie można ustawić odbiorcy",
		"não foi possível definir o destinatário", "nu s-a putut seta destinatarul", "не удалось установить получателя", "kunde inte ange mottagare",
		"alıcı ayarlanamadı", "не вдалося встановити отримувача", "无法设置收件人", "no s'ha pogut establir el destinatari", "kunne ikke angive modtager",
		"प्राप्तकर्ता सेट नहीं किया जा सका", "алушыны орнату мүмкін болмады", "nepavyko nustatyti gavėjo", "kunne ikke sette mottaker",
		"ni bilo mogoče nastaviti prejemnika", "marrësi nuk mund të vendosej", "ไม่สามารถตั้งค่าผู้รับได้", "không thể đặt người nhận", "無法設定收件人",
		// Kanidm mail sender; Keycloak
		"invalid destination address", "no email address configured for the user"),
		doc: "the recipient could not be set: the server refused RCPT TO (Zitadel), or the person's address is invalid or missing (Kanidm, Keycloak)"},
}
