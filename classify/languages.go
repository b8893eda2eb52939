package classify

import "slices"

// zhAccountWords name a mail account in Chinese: the account (帐号, 账号,
// 帳號, 账户, 帳戶) or the mailbox (邮箱, 郵箱).
var zhAccountWords = p("帐号", "账号", "帳號", "账户", "帳戶", "邮箱", "郵箱")

// zhHeldBackWords are Chinese "for the time being" (暂时) and "too often"
// (频繁): a login held back a while, no credential verdict (round 126's
// "当前QQ登录频繁，暂时被限制登录"). The refused-login rules leave them.
var zhHeldBackWords = p("暂时", "暫時", "频繁", "頻繁")

// Wording of providers and client libraries in other languages. Phrases are
// written in lower case and, while matching is ASCII case-insensitive only,
// start after a capital letter that a sentence may put first. Sources: the
// translations of PHPMailer (PHPMailer/PHPMailer language/phpmailer.lang-*.php),
// the providers' help pages named in testdata/errors/languages.jsonl and
// chinese.jsonl.
var languageRules = []rule{
	// Chinese "recipient" with a word of its refusal: wrong, refused,
	// invalid, not existing, out of storage (held-out rows of rounds 50 to
	// 134 label every such text the recipient's). The recipient left unset
	// in the product's settings is a setting, and a connection test's own
	// recipient refused is the test's (Odoo's catalog).
	{id: "lang_recipient_refused", class: ClassRecipient, anyOf: p("收件人"),
		alsoAny: p("错误", "錯誤", "拒收", "被拒", "无效", "無效", "不存在", "空间不足", "空間不足",
			"拒绝", "拒絕", "不合法"), // refused, not valid (round 153)
		noneOf: p("未配置", "未设置", "没有设置", "未設定", "测试", "測試"),
		doc:    "a Chinese text that says the recipient's address was wrong, refused, invalid or missing, or its mailbox full: the recipient"},
	// Temporary and account states come before the wording of a refused login
	// that often accompanies them.
	// Connections too frequent, in Chinese ("频繁连接", "连接过于频繁";
	// round 138: a QQ-mail tool's words for QQ's refusal of frequent
	// connections): a limit on connections, not on the login.
	{id: "lang_connections_too_frequent", class: ClassRateLimited, anyOf: p("频繁连接", "頻繁連接", "连接过于频繁", "連接過於頻繁", "连接太频繁", "连接频繁", "連線頻繁", "连接次数过多", "連接次數過多"),
		doc: "Chinese: the provider refuses connections made too often: a limit, try again later"},
	{id: "lang_login_too_frequent", class: ClassAuthTemporary, anyOf: p("слишком много неудачных попыток", "terlalu banyak mencoba", "عدد كبير جدًا من محاولات", "失败太多次", "失敗太多次", "登录频率过高", "登录过于频繁", "尝试次数过多", "错误过多", "слишком много попыток", "zu viele fehlgeschlagene", "muitas tentativas", "ログイン試行回数"), retry: hour,
		doc: "too many login attempts, in Chinese, Russian, German, Portuguese or Japanese: the provider locks logins for a while"},
	// A provider's locked, blocked, frozen or suspended account, in the words
	// of the providers' own localized help pages (Microsoft account's "Your
	// account has been locked" and "temporarily blocked", Apple ID's "locked
	// for security reasons", Alibaba Mail's frozen account, Google's sign-in
	// help) and of the providers named in the doc. A bounce that names the
	// recipient's account is the recipient's.
	// A mail account deleted, in Chinese (NetEase enterprise mail's
	// "该帐号已被管理员删除", the account was deleted by the administrator;
	// round 128): the owner connects another, as for a deleted account in
	// English. And an account whose sending the provider holds back
	// (Yahoo Taiwan's "帳號暫時禁止傳送信件").
	{id: "lang_account_deleted", class: ClassRevoked, anyOf: p("已被删除", "已被刪除", "被管理员删除", "被管理員刪除"),
		alsoAny: zhAccountWords,
		doc:     "Chinese: the mail account was deleted (by its administrator): the owner connects an account that exists"},
	{id: "lang_account_sending_blocked", class: ClassBlocked, anyOf: p("禁止傳送", "禁止发送", "禁止發送", "禁止发信", "禁止寄信", "禁止寄送"),
		alsoAny: slices.Concat(zhAccountWords, p("信件", "邮件", "郵件")),
		doc:     "Chinese: the provider forbids the account to send mail (for a while): a block of its outgoing mail"},
	// An account suspended, in Vietnamese, Indonesian and Thai
	// words ("tài khoản ... đã bị tạm ngưng", round 129).
	{id: "lang_account_suspended", class: ClassBlocked, anyOf: p("bị tạm ngưng", "bị đình chỉ", "ditangguhkan", "ถูกระงับ"),
		alsoAny: p("tài khoản", "akun", "บัญชี"),
		doc:     "Vietnamese, Indonesian, Thai: the account is suspended by its provider"},
	// A prompt to finish the Google account's sign-in in a web browser, in
	// Japanese (macOS Mail's, round 129): a new grant, given in the browser.
	{id: "lang_browser_signin_required", class: ClassRevoked, anyOf: p("ブラウザで認証を完了", "complete authentication in a web browser", "complete the sign-in in a web browser"),
		doc: "the mail app asks the owner to finish the account's sign-in in a web browser: the grant is given again there"},
	{id: "lang_account_blocked", class: ClassBlocked, anyOf: p(
		"帐号存在异常", "账号存在异常", "帐号异常", "账号异常", "用户被锁定", "帐号被冻结", "账号被冻结", "账号已被冻结", "帐号已被冻结", "账户已被锁定", "帳戶已被鎖定", "帳號已被凍結", "账号已被封", "帐号已被封", // zh
		// Microsoft 365's outbound spam notice in Chinese ("... is blocked from
		// sending outbound mail", "the following email accounts are blocked
		// from sending email"; learn.microsoft.com zh-cn
		// defender-office-365 outbound-spam-policies-configure, round 148).
		"被阻止发送", "已阻止以下电子邮件帐户发送",
		"ящик заблокирован", "аккаунт заблокирован", "учетная запись заблокирована", "временно заблокирован", // ru
		"konto wurde gesperrt", "postfach wurde gesperrt", "konto ist gesperrt", "konto ist vorübergehend gesperrt", "aus sicherheitsgründen gesperrt", "konto wurde vorübergehend gesperrt", // de
		"conta bloqueada", "conta suspensa", "conta foi bloqueada", "conta foi suspensa", // pt
		"アカウントが停止", "アカウントが凍結", "アカウントはロック", "アカウントがロック", "一時的に使用停止", "使用条件に違反", // ja
		"계정이 정지", "계정이 잠", "계정이 일시적으로 차단", "계정이 차단", // ko
		"compte a été bloqué", "compte est bloqué", "compte a été suspendu", "compte est suspendu", "compte a été verrouillé", "compte est verrouillé", // fr
		"account è stato bloccato", "account è bloccato", "account è stato sospeso", "account è sospeso", // it
		"cuenta ha sido bloqueada", "cuenta está bloqueada", "cuenta ha sido suspendida", "cuenta está suspendida", // es
		"konto zostało zablokowane", "konto jest zablokowane", "konto zostało zawieszone", // pl
		"účet byl zablokován", "účet je zablokován", // cs
		"account is geblokkeerd", "account is vergrendeld", "account is opgeschort", // nl
		"hesabınız kilitlendi", "hesabınız askıya alındı", "hesabınız engellendi", // tr
		// The disabled and deactivated forms, the noun and its participle
		// alone as a notice's title writes them ("Konto deaktiviert" is
		// Google's German title for "Account disabled",
		// support.google.com/accounts/answer/40695?hl=de), and more
		// languages: composed from each language's usual words for the
		// English phrases account_blocked holds, not read from one file.
		"account deactivated", "account is deactivated", // en, beside account_blocked's
		"konto beendet", "konto wurde beendet", "konto gekündigt", "konto deaktiviert", "konto wurde deaktiviert", "konto ist deaktiviert", "konto gesperrt", "konto wurde gesperrt", "konto ist gesperrt", "konto wurde vorübergehend gesperrt", "konto ist vorübergehend gesperrt", "postfach gesperrt", "postfach wurde gesperrt", "postfach ist gesperrt", // de
		"compte désactivé", "compte a été désactivé", "compte est désactivé", "compte suspendu", "compte a été suspendu", "compte est suspendu", "compte bloqué", "compte a été bloqué", "compte est bloqué", "compte verrouillé", "compte a été verrouillé", "compte est verrouillé", // fr
		"cuenta deshabilitada", "cuenta desactivada", "cuenta suspendida", "cuenta bloqueada", "cuenta ha sido deshabilitada", "cuenta ha sido desactivada", "cuenta ha sido suspendida", "cuenta ha sido bloqueada", "cuenta está bloqueada", "cuenta está suspendida", "cuenta está deshabilitada", "cuenta está desactivada", // es
		"conta desativada", "conta desabilitada", "conta suspensa", "conta bloqueada", "conta foi desativada", "conta foi desabilitada", "conta foi suspensa", "conta foi bloqueada", "conta está bloqueada", "conta está suspensa", "conta está desativada", // pt
		"account disattivato", "account disabilitato", "account sospeso", "account bloccato", "account è stato disattivato", "account è stato disabilitato", "account è stato sospeso", "account è stato bloccato", "account è bloccato", "account è sospeso", "account è disattivato", // it
		"account geblokkeerd", "account is geblokkeerd", "account is tijdelijk geblokkeerd", "account uitgeschakeld", "account is uitgeschakeld", "account gedeactiveerd", "account is gedeactiveerd", "account opgeschort", "account is opgeschort", // nl
		"konto zablokowane", "konto zostało zablokowane", "konto jest zablokowane", "konto zawieszone", "konto zostało zawieszone", "konto wyłączone", "konto zostało wyłączone", "konto zostało dezaktywowane", // pl
		"аккаунт заблокирован", "аккаунт отключен", "аккаунт приостановлен", "аккаунт деактивирован", "учетная запись заблокирована", "учётная запись заблокирована", "учетная запись отключена", "учётная запись отключена", "учетная запись приостановлена", "учётная запись приостановлена", "почтовый ящик заблокирован", // ru
		"обліковий запис заблоковано", "обліковий запис вимкнено", "акаунт заблоковано", // uk
		"účet byl zablokován", "účet je zablokován", "účet byl deaktivován", "účet je deaktivován", "účet byl pozastaven", "účet je pozastaven", // cs
		"hesap askıya alındı", "hesabınız askıya alındı", "hesap devre dışı bırakıldı", "hesabınız devre dışı bırakıldı", "hesap kilitlendi", "hesabınız kilitlendi", "hesabınız engellendi", "hesap engellendi", // tr
		"kontot har spärrats", "kontot är spärrat", "kontot har inaktiverats", "kontot är inaktiverat", "kontot är låst", "kontoen er spærret", "kontoen er deaktiveret", "kontoen er låst", "kontoen er sperret", "kontoen er deaktivert", // sv, da, nb
		"tili on lukittu", "tili on estetty", "tili on poistettu käytöstä", "tili on jäädytetty", "fiók letiltva", "fiókot letiltották", "fiók zárolva", "fiókot felfüggesztették", // fi, hu
		"cont dezactivat", "contul a fost dezactivat", "contul a fost suspendat", "contul a fost blocat", "contul este blocat", // ro
		"λογαριασμός έχει απενεργοποιηθεί", "λογαριασμός απενεργοποιήθηκε", "λογαριασμός έχει κλειδωθεί", "λογαριασμός έχει ανασταλεί", // el
		"accès à votre adresse mail est actuellement bloqué", "votre adresse mail est bloquée", // fr: Infomaniak's mail app (round 28)
		"akun dinonaktifkan", "akun diblokir", "akun ditangguhkan", "akun telah dinonaktifkan", "akun telah diblokir", "akun telah ditangguhkan", // id
		"tài khoản bị khóa", "tài khoản đã bị khóa", "tài khoản bị vô hiệu hóa", "tài khoản đã bị vô hiệu hóa", "tài khoản bị tạm ngưng", "tài khoản đã bị tạm ngưng", // vi
		"تم تعطيل الحساب", "الحساب معطل", "تم تعليق الحساب", "تم حظر الحساب", "الحساب مقفل", "החשבון הושבת", "החשבון נחסם", "החשבון ננעל", "บัญชีถูกระงับ", "บัญชีถูกล็อก", "บัญชีถูกปิดใช้งาน", // ar, he, th
		"帐户已被禁用", "账户已被禁用", "帳戶已被停用", "帳戶已停用", "账号已被禁用", "帐号已被禁用", "账号被封", "帐号被封", "账号已被封", "账号已被冻结", "帐号已被冻结", "账户已被冻结", "账户被冻结", "帐户被锁定", "账户已被锁定", "账号已被锁定", "账号已停用", "帐号已停用", // zh
		"アカウントが無効", "アカウントは無効", "アカウントが停止", "アカウントは停止", "アカウントがロック", "アカウントはロック", "アカウントが凍結", "アカウントは凍結", // ja
		"계정이 정지", "계정이 잠겼", "계정이 잠금", "계정이 비활성화", "계정이 차단", "계정이 일시 정지", // ko
	),
		noneOf: p("попытки входа", // login attempts locked for a while, not the account (round 26)
			// ...and an account locked after too many failed attempts, in
			// other languages (round 137: a chat server's Ukrainian "locked
			// after too many failed password attempts"): a login held back,
			// as too_many_login_attempts reads the English.
			"невдалих спроб", "неудачных попыток", "неверных попыток", "fehlgeschlagene anmeldeversuche", "fehlversuche", "tentatives échouées", "tentatives infructueuses", "trop de tentatives",
			"intentos fallidos", "demasiados intentos", "tentativas falhadas", "tentativas malsucedidas", "tentativi falliti", "troppi tentativi", "nieudanych prób", "zbyt wielu prób", "neúspěšných pokusů",
			"mislukte pogingen", "te veel pogingen", "başarısız giriş denemesi", "çok fazla deneme", "試行回数", "시도 횟수", "尝试次数", "嘗試次數", "失败次数", "失敗次數",
			"收件人", "收信人", "получател", "empfänger", "destinat", "受信者", "宛先", "수신자", "받는 사람", "odbiorc", "příjemce", "ontvanger", "alıcı", "recipient", "адресат", "одержувач", "mottagare", "modtager", "mottaker", "vastaanottaja", "címzett", "παραλήπτ", "penerima", "người nhận", "المستلم", "נמען", "ผู้รับ"),
		doc: "the provider locked, froze or suspended the account (Tencent Exmail, NetEase 'account abnormal'; Mail.ru, Yandex; GMX, Web.de; UOL, Terra; Microsoft account, Apple ID, Alibaba Mail), in the provider's language"},
	// A product that asks the owner to reconnect the mailbox, or says it
	// was disconnected, in the owner's language: what product_reconnect_asked
	// and product_disconnected read in English ("Please reconnect your
	// mailbox", "Mailbox disconnected"). Composed from each language's usual
	// words for those English phrases, a verb next to its object (a mailbox,
	// an inbox, an e-mail account), not read from one file; products' code on
	// GitHub writes them so ("OAuth-Token fehlt – bitte Postfach erneut
	// verbinden", "Token expiré. Veuillez reconnecter votre compte.",
	// "账户认证已过期，请重新连接您的邮箱账户。"). A bare "reconnect" or
	// "disconnected" is any network's.
	{id: "lang_reconnect_asked", class: ClassRevoked, anyOf: p(
		"postfach erneut verbinden", "postfach neu verbinden", "verbinden sie ihr postfach erneut", "konto erneut verbinden", "verbinden sie ihr konto erneut", "postfach wurde getrennt", "e-mail-konto wurde getrennt", // de
		// German: reconnect or authorize Gmail or Outlook again, its
		// connection or authentication expired (round 94).
		"gmail erneut verbinden", "outlook erneut verbinden", "google erneut verbinden", "microsoft erneut verbinden",
		"autorisieren sie gmail", "autorisieren sie outlook", "autorisieren sie google", "autorisieren sie microsoft",
		"verbindung ist abgelaufen", "authentifizierung abgelaufen",
		// "... must be reconnected", in the passive (round 101).
		"neu verbunden werden", "erneut verbunden werden",
		// The Google or Microsoft sign-in expired (round 100).
		"google-anmeldung abgelaufen", "google-anmeldung ist abgelaufen", "microsoft-anmeldung abgelaufen", "microsoft-anmeldung ist abgelaufen",
		"anmeldung bei google ist abgelaufen", "anmeldung bei microsoft ist abgelaufen",
		"reconnecter votre boîte", "reconnectez votre boîte", "reconnecter votre compte", "reconnectez votre compte", "boîte mail a été déconnectée", "boîte de réception a été déconnectée", "compte de messagerie a été déconnecté", // fr
		"vuelve a conectar tu cuenta", "vuelva a conectar su cuenta", "vuelve a conectar tu buzón", "vuelva a conectar su buzón",
		"vuelva a conectar el buzón", "vuelve a conectar el buzón", "volver a conectar el buzón", // es (round 102)
		"wygasł lub został cofnięty", "wygasł lub został odwołany", "wygasł lub został unieważniony", // pl: expired or was revoked (rounds 103, 104)
		"reconecta tu cuenta", "reconecte su cuenta", "buzón se ha desconectado", "cuenta de correo se ha desconectado", "cuenta de correo ha sido desconectada", // es
		"reconecte sua conta", "reconecte a sua conta", "reconecte sua caixa", "reconectar sua conta de e-mail", "caixa de entrada foi desconectada", "conta de e-mail foi desconectada", // pt
		"ricollega il tuo account", "ricollegare l'account", "riconnetti il tuo account", "riconnettere l'account", "account email è stato disconnesso", "casella di posta è stata disconnessa", // it
		"verbind je mailbox opnieuw", "verbind uw mailbox opnieuw", "verbind je account opnieuw", "verbind uw account opnieuw", "mailbox is losgekoppeld", "e-mailaccount is losgekoppeld", // nl
		"połącz ponownie swoją skrzynkę", "połącz ponownie konto", "ponownie połącz konto", "skrzynka pocztowa została odłączona", // pl
		"переподключите почтовый ящик", "переподключите аккаунт", "переподключите учетную запись", "подключите почтовый ящик заново", // ru
		"アカウントを再接続", "メールボックスを再接続", "メールアカウントを再接続", // ja
		"重新连接您的邮箱", "重新连接邮箱", "重新连接您的帐户", "重新连接您的账户", "邮箱已断开连接", // zh
		"계정을 다시 연결", "메일함을 다시 연결", // ko
		"hesabınızı yeniden bağlayın", "posta kutunuzu yeniden bağlayın", // tr
		// A token that could not be refreshed, and an authorization asked for
		// again, as oauth_refresh_failed and oauth_invalid_grant read the
		// English ("Failed to refresh access token", "Reauthorization
		// required"); composed the same way.
		"token-aktualisierung fehlgeschlagen", "token konnte nicht aktualisiert werden", "erneute autorisierung erforderlich", // de
		"échec de l'actualisation du jeton", "impossible d'actualiser le jeton", "échec du rafraîchissement du jeton", "réautorisation requise", "réautorisation nécessaire", "nouvelle autorisation requise", // fr
		"error al actualizar el token", "no se pudo actualizar el token", "se requiere volver a autorizar", "se requiere reautorización", "es necesario volver a autorizar", // es
		"falha ao atualizar o token", "não foi possível atualizar o token", "é necessário autorizar novamente", "reautorização necessária", // pt
		"impossibile aggiornare il token", "aggiornamento del token non riuscito", "è necessaria una nuova autorizzazione", // it
		"token vernieuwen mislukt", "vernieuwen van het token is mislukt", "opnieuw autoriseren vereist", // nl
		"nie udało się odświeżyć tokenu", "odświeżanie tokenu nie powiodło się", "wymagana ponowna autoryzacja", // pl
		"требуется повторная авторизация",  // ru
		"トークンの更新に失敗", "再認証が必要です", "再認可が必要", // ja
		"토큰 갱신 실패", "토큰 갱신에 실패", "토큰 새로 고침 오류", "토큰 새로 고침 실패", "토큰을 갱신하지 못했습니다", "재인증이 필요합니다", // ko
		"需要重新授权",
		"リフレッシュトークンが期限切れ", "リフレッシュトークンが無効", "リフレッシュトークンの有効期限", // ja: the refresh token expired or invalid (round 99)
		// An account the product holds no grant for, asked to be authorized
		// first (a mail archiver's "This Microsoft account is not yet
		// authorized", in its translations, round 26).
		"konto ist noch nicht autorisiert", "compte n'est pas encore autorisé", "compte microsoft n'est pas encore autorisé", "compte google n'est pas encore autorisé",
		"cuenta aún no está autorizada", "cuenta de microsoft aún no está autorizada", "cuenta de google aún no está autorizada", "ещё не авторизована", "еще не авторизована", // zh
		"belirteç yenilenemedi", "token yenilenemedi", "yeniden yetkilendirme gerekli", // tr
	),
		doc: "a product asks the owner, in the owner's language, to reconnect or authorize the mailbox again, or says it was disconnected or its token could not be refreshed: the owner connects it again"},
	// The provider switched the address's sending off, in its notice's words
	// (OVHcloud's "locked for spam" guide in French, German, Spanish, Italian,
	// Polish and Portuguese, ovh/docs pages/web_cloud/
	// email_and_collaborative_solutions/troubleshooting/locked_for_spam/
	// guide.<lang>.md; a Brazilian host's "your e-mail was suspended").
	{id: "lang_sending_disabled", class: ClassBlocked,
		anyOf:   p("envoi d'e-mail", "envoi d'e-mails", "envoi des e-mails", "senden von e-mails", "versand von e-mails", "wysyłanie e-maili", "wysyłanie wiadomości", "envío de correo", "envío de e-mails", "envío de mensajes", "invio di e-mail", "invio delle e-mail", "invio di email", "envio de e-mail", "envio de emails", "envio de mensagens", "seu e-mail foi", "o seu e-mail foi"),
		alsoAny: p("désactivé", "deaktiviert", "wyłączone", "zablokowane", "desactivado", "deshabilitado", "disattivato", "disabilitato", "desativado", "desactivado", "suspenso", "suspendido", "sospeso", "gesperrt", "bloqué", "bloccato", "bloqueado"),
		noneOf:  p("收件人", "получател", "empfänger", "destinat", "odbiorc", "ontvanger"),
		doc:     "the provider switched the address's sending off (spam from the account, irregular activity), in the provider's language"},
	{id: "lang_auth_required", class: ClassConfig, anyOf: p("necessária autenticação", "é necessário autenticar", "требуется аутентификация", "authentifizierung erforderlich", "需要身份验证"),
		doc: "sending requires a login the client did not attempt, in Portuguese, Russian, German or Chinese (like 530 5.7.57)"},
	{id: "lang_app_password", class: ClassAuth,
		// Japanese "the settings are incomplete": a form (round 84).
		noneOf: p("設定が未完了",
			// Russian "not configured", "not set": a setting (round 93).
			"не настроен", "не задан", "не указан",
			// Chinese "cannot be empty", "not configured" (round 96).
			"不能为空", "不可为空", "未配置",
			// Chinese "length at least": a form's check (round 99); "please
			// enter the password or authorization code": a form (round 103).
			"长度至少", "長度至少", "请输入密码", "请输入授权码",
			// Chinese "please fill in": a form (round 104); "fill in" in any
			// sentence (held-out round 132: "请先填写", "填写邮箱和授权码").
			"填写"),
		anyOf: p("授权码", "客户端授权密码", "专用密码", "пароль для внешнего приложения", "пароль приложения", "anwendungsspezifisches passwort", "app-passwort", "senha de app", "アプリパスワード", "앱 비밀번호", "uygulama parolası", "uygulama şifresi", "app 密码", "app密码"),
		doc:   "the provider requires an app password or authorization code (QQ, 163/126 授权码; Mail.ru, Yandex; GMX; Google in Portuguese, Japanese, Korean)"},
	{id: "lang_protocol_off", class: ClassAuth, anyOf: p("protokolle pop3/imap/smtp", "sind standardmäßig zu ihrer sicherheit deaktiviert", "사용 설정이 되어 있지 않", "imap 사용", "imap/smtp服务未开启", "未开启imap", "未开启smtp", "imap服务已关闭", "доступ по протоколу imap"),
		doc: "the owner must switch IMAP/POP/SMTP access on in the mailbox's settings and sign in again (GMX, Web.de, Daum, QQ, 163, Mail.ru)"},
}

// languageAuthRules come after the English wording of rules.go, which
// decides when a translated prefix ("初始登录失败: ...") wraps an English reply.
var languageAuthRules = []rule{
	// lang_recipient_refused's Chinese in Korean and Japanese: the
	// recipient (받는 사람, 수신자, 受信者, the address a message goes to)
	// with a word of its refusal: wrong, refused, not existing, invalid, an
	// address error (round 137: PHPMailer's recipients_failed in a product's
	// Korean). A bare "error" beside it is not enough: GLPI calls its mail
	// collectors "receivers" (受信者) in error. A form asking for it, or a
	// setting or test of it, stays out, as in Chinese. After the products'
	// own rules, which name a refused recipient in their own words.
	{id: "lang_recipient_refused_jako", class: ClassRecipient, anyOf: p("받는 사람", "수신자", "수신인", "受信者", "宛先アドレス", "宛先のメールアドレス", "宛先メールアドレス"),
		alsoAny: p("잘못", "거부", "존재하지", "유효하지", "주소 오류", "誤り", "拒否", "存在しません", "無効", "不正", "アドレスエラー"),
		// The message's content or attachment refused (内容, 添付, 내용,
		// 첨부) is the message's, whoever refused it; a relay refused is
		// the client's settings (relay_denied).
		noneOf: p("입력", "설정", "테스트", "入力", "設定", "テスト", "指定してください", "内容", "添付", "내용", "첨부", "リレー", "relay", "릴레이", "중계",
			// Outlook's dialog for 0x800CCC79 quotes the server's reply,
			// which decides (a relay refused, a login required first).
			"0x800ccc79", "サーバーの応答", "server response"),
		doc: "a Korean or Japanese text that says the recipient's address was wrong, refused, invalid or missing: the recipient"},
	// The same in Spanish, Portuguese and Italian: the recipient
	// (destinatario, destinatário, destinatari) refused, invalid or
	// unknown, accented or not (round 143). A recipient missing
	// (ausente, falta, vacío, nenhum) is a form's, which earlier rounds
	// label config; a relay refused (inoltro negato) is the client's
	// settings.
	{id: "lang_recipient_refused_romance", class: ClassRecipient, anyOf: p("destinatario", "destinatário", "destinatari"),
		alsoAny: p("rechaz", "recus", "rifiut", "inválid", "invalid", "no válid", "non valid", "sconosciut", "desconocid", "no existe", "não existe", "inesistent"),
		noneOf: p("ausente", "falta", "vacío", "vazio", "nenhum", "ningún", "mancant", "relay", "retransmis", "inoltro",
			// A fixed test address refused is the relay check's (Odoo's
			// test_smtp_connection, in its translations).
			"della prova", "de prueba", "de teste", "do teste",
			// Outlook's dialog for 0x800CCC79 quotes the server's reply,
			// which decides (a relay refused).
			"0x800ccc79"),
		doc: "a Spanish, Portuguese or Italian text that says the recipient was refused, invalid or unknown: the recipient"},
	// Vietnamese bounce explanations: the recipient's (người nhận) mailbox
	// full, or its address or mail server not existing or not found, is the
	// recipient; a message taken for spam (coi là thư rác, "considered
	// spam") is refused for its content (round 143). A limit on how many
	// recipients (số lượng) or a form's "at least one" (ít nhất) is not.
	{id: "lang_recipient_refused_vi", class: ClassRecipient, anyOf: p("người nhận"),
		alsoAny: p("đã đầy", "bị đầy", "không tồn tại", "không tìm thấy"),
		noneOf:  p("ít nhất", "số lượng"),
		doc:     "a Vietnamese text that says the recipient's mailbox is full or its address or mail server does not exist: the recipient"},
	{id: "lang_spam_vi", class: ClassRejected, anyOf: p("coi là thư rác", "xem là thư rác", "đánh dấu là thư rác"),
		doc: "a Vietnamese text that says the message was taken for spam: refused for its content"},
	{id: "lang_auth_failed", class: ClassAuth, anyOf: p(
		"登录失败", "认证失败", "验证失败", "密码错误", "用户名或密码", "帐号或密码", "账号或密码", // Chinese
		"凭据无效",                                                                         // Chinese: the credentials invalid (round 145; 凭证无效 is l10n_words_credentials_invalid's)
		"登入失敗", "登錄失敗", "認證失敗", "驗證失敗", "密碼錯誤", "使用者名稱或密碼", "用戶名或密碼", "帳號或密碼", "帳戶或密碼", // Chinese, Traditional (round 99)
		"не удалось пройти аутентификацию", "еверный логин или пароль", "еверное имя пользователя или пароль", "шибка аутентификации", "шибка авторизации", "еверный пароль", // Russian
		"authentifizierung fehlgeschlagen", "anmeldung fehlgeschlagen", "benutzername oder passwort", "passwort ist falsch", "falsches passwort", "ungültige anmeldedaten", "passwort konnte nicht überprüft", "anmeldeversuch blockiert", // German
		"não foi possível autenticar", "falha na autenticação", "falha de autenticação", "usuário ou senha", "senha incorreta", "senha inválida", // Portuguese
		// ...as Portuguese is often written in code and logs, without its
		// diacritics (round 141: TOTVS Protheus customisations).
		"nao foi possivel autenticar", "falha de autenticacao", "usuario ou senha", "senha invalida",
		"認証できませんでした", "認証に失敗", "パスワードが間違", "ユーザー名またはパスワード", "ログインに失敗", "パスワードが正しくありません", "パスワードが指定されていません", "ユーザー名とパスワードが正しい", "認証情報が無効", // Japanese
		"인증할 수 없습니다", "인증에 실패", "아이디 또는 비밀번호", "비밀번호가 일치하지", // Korean
		"증명하는데 실패", "lỗi mật khẩu", // Korean "failed to prove", Vietnamese "password error" (round 155)
		"neautorizoval",                                                   // Czech: "the SMTP server did not authorise you"
		"recusou as credenciais",                                          // Portuguese: "refused the credentials" (round 94)
		"kesalahan autentikasi", "autentikasi gagal", "gagal autentikasi", // Indonesian: "authentication error", "failed" (round 102)
		// A wrong login or password, or wrong access data, as a cause the
		// server's refusal names: Italian, Spanish, German (round 109).
		"login o di una password errat", "password errata", "contraseña incorrecta", "falscher zugangsdaten", "falsche zugangsdaten",
	),
		// ...and a calendar's sign-in (round 92), nor a local secret's
		// (rounds 99 to 103).
		// Chinese "for the time being" and "too often" are logins held
		// back a while (round 126), no credential verdict.
		noneOf: slices.Concat(p("utf-8", "timed out", "timeout", "zeitüberschreitung", "超时", "超時", "タイムアウト", "время ожидания", "tempo esgotado", "연결 시간", "calendar"),
			zhHeldBackWords, localSecretWords),
		doc: "the server or client says the login failed or the password is wrong, in Chinese, Russian, German, Portuguese, Japanese or Korean; a timeout in the same sentence is the connection"},
	// A mail client's own "connection to the server failed" in German (Apple
	// Mail: "Die Verbindung zum Postausgangsserver … ist fehlgeschlagen"). It
	// comes after lang_auth_failed, which wins when the same dialog says the
	// password was refused.
	{id: "lang_connection_failed", class: ClassTransient, anyOf: p("keine verbindung zum empfangsserver", "への接続が利用できません", "pas de connexion au serveur", "verbindung zum postausgangsserver", "verbindung zum posteingangsserver", "verbindung zum server",
		// Polish "the (wait or connect) time was exceeded" (rounds 101, 103).
		"przekroczono czas",
		// Polish "(an error) while connecting to the server" (round 106).
		"łączenia z serwerem",
		// Spanish "the wait time ran out" (round 105).
		"tiempo de espera agotado al", "agotó el tiempo de espera",
		// Portuguese, with and without accents: connect to the server, the
		// connection to the server, within the time limit (round 94).
		"conectar ao servidor", "conexão com o servidor",
		// Portuguese "a communication failure with the server" (round 139).
		"falha de comunicação com o servidor", "falha na comunicação com o servidor", "falha de comunicacao com o servidor",
		"conexao com o servidor", "dentro do tempo limite",
		// Japanese "cannot connect to", German "sending was interrupted"
		// (round 99).
		"への接続ができません", "に接続できません", "への接続に失敗", "versand wurde unterbrochen",
		// Polish "did not respond", "does not respond" (round 100).
		"nie odpowiedział", "nie odpowiada"),
		doc: "a mail client could not connect to the incoming or outgoing server, in German: a network or server problem, no credential verdict"},
}
