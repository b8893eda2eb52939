package classify

import "slices"

// Round 57's family "prompts", in other languages than English: a product's
// own prompt asking the owner to reconnect, re-link or re-authorize the mail
// account (or its Google or Microsoft connection) it syncs or sends from. The
// English forms are gen51PromptsLateRules' (gen51_prompts.go); these read the
// translations the products ship, with the look-alikes from the same files.
// Catalog: testdata/catalogs/reconnect_prompts_l10n.jsonl. Every source read
// 2026-12-05, labelled from the English source string and the code that
// shows it, and the label carried to every translation:
//
//   - nextcloud/mail e5734fe2 l10n/*.json (src/components/AccountForm.vue):
//     "Account updated. Please follow the pop-up instructions to reconnect
//     your Google|Microsoft account": the OAuth mailbox's grant is given again
//     in the sign-in pop-up, revoked. The button labels "Reconnect Google
//     account", "Reconnect Microsoft account" report nothing (unknown, as the
//     English, French, Spanish and Chinese labels are in
//     client_reconnect_prompts.jsonl): a rule here needs the sentence's
//     addressee ("your", "please", "to reconnect"), which a label lacks.
//   - chatwoot/chatwoot app/javascript/dashboard/i18n/locale/*/ (read in the
//     fork md-riaz/chatwoot 66ab5f12, which carries the upstream locale
//     files): inboxMgmt.json MICROSOFT.SUBTITLE "Reauthorize your MICROSOFT
//     account" (the Microsoft email inbox's settings: revoked);
//     FACEBOOK_REAUTHORIZE.SUBTITLE, inbox.json REAUTHORIZE.DESCRIPTION
//     (WhatsApp), WHATSAPP_REGISTRATION_INCOMPLETE (a chat channel's grant or
//     setup, unknown), CLICK_TO_RECONNECT (a link alone) and
//     generalSettings.json NETWORK.NOTIFICATION.RECONNECTING (the dashboard's
//     own live connection): unknown. RECONNECTION_REQUIRED and
//     SIDEBAR.REAUTHORIZE are in client_l10n_helpdesk.jsonl already.
//   - thunderbird/thunderbird-android a59bd679
//     feature/settings/import/src/main/res/values-*/strings.xml
//     settings_import_oauth_description "To use this email account, you need
//     to sign in and grant the app access to your emails." (an imported OAuth
//     account has no grant on the device): revoked.
//   - nextcloud/integration_zimbra 0afc9871 l10n/*.json
//     (lib/Service/ZimbraAPIService.php): "Your Zimbra session has expired,
//     please re-authenticate in your user settings." after the token of the
//     user's Zimbra mail account could not be refreshed: revoked.
//   - Look-alikes: M66B/FairEmail e23dd9df values-*/strings.xml
//     title_setup_oauth_update "Authorize an existing account again
//     (otherwise create a new account)" (a choice in the setup wizard, no
//     failure: unknown); Foundry376/Mailspring d93a0d7f app/lang/*.json, the
//     Google contacts scope asked again (GoogleSupport.ts: unknown);
//     bkaankose/Wino-Mail d52f7b86 Translations/*/resources.json
//     TitleBarServerDisconnectedButton_Description, the app offline
//     (transient, as its other locales are labelled in
//     client_reconnect_prompts.jsonl).
//
// The words are per language: a reconnect, re-link or re-authorize verb in
// the form a sentence addressed to the owner takes (with "your", "please",
// "to ...", "must"), and a mail-account or provider word of any language
// (correo, cuenta, compte, messagerie, Postfach, Konto, konto, účet, fiók,
// hesap, учетная запись, 邮箱, メール, 메일, tài khoản, akun ...). Another
// service (calendar, contacts, drive, a chat channel), the network and a
// setup wizard's choice stay out: a calendar-only or contacts reconnection
// and a chat channel's are read as unknown before languageRules, as
// notMailConnection keeps the English ones out of gen51PromptsLateRules.
// No product read ships a Vietnamese mailbox prompt (Chatwoot's "vui lòng
// kết nối lại trang Facebook" is its Facebook page's); prompts_reconnect_vi
// carries that request form to the mail account and is asserted in the test.

// round57NotMailL10n are other services', the network's and the chat
// channels' words in the languages the rules read.
var round57NotMailL10n = p(
	// calendars and contacts
	"calendário", "calendari", "agenda google", "kalendarz", "kalendář", "kalendár", "календарь", "日曆", "カレンダー", "캘린더",
	"lịch google", "takvim", "naptár", "kalenteri", "ημερολόγιο", "calendarul",
	"kontakte", "contactos", "contatos", "contatti", "kontakty", "kontaktów", "контакт", "联系人", "聯絡人", "連絡先", "연락처",
	"névjegy", "kişiler", "yhteystie", "επαφές", "danh bạ",
	// chat channels and social pages
	"телеграм", "페이스북", "фейсбук", "fejsbuk", "meta business",
	// the network
	"netzwerk", "de la red", "réseau", "di rete", "dalla rete", "netwerk", "sieci", "sieć", "сети", "мереж", "网络", "網路",
	"ネットワーク", "네트워크", "ağ bağlant", "mạng", "jaringan", "δίκτυο", "verkko", "sítě", "siete", "nätverk", "netværk",
	"nettverk", "hálózat")

// round57PromptsEarlyRules come just after gen51RefusalsEarlyRules: before
// languageRules (lang_reconnect_asked reads "需要重新授权" and "reconecta tu
// cuenta" alone, whatever the account serves) and the connection words of
// l10nWordConnectionRules, which read a chat channel's "reconnect", and every
// Vietnamese "kết nối", as a connection failure.
var round57PromptsEarlyRules = []rule{
	{id: "prompts_channel_reconnect", class: ClassUnknown,
		anyOf: p("facebook", "whatsapp", "instagram", "tiktok", "telegram", "페이스북", "фейсбук", "fejsbuk"),
		alsoAny: p("reconect", "ricolleg", "riconnett", "neu verbinden", "erneut verbinden", "verbinden sie sich neu", "opnieuw verbinden",
			"opnieuw koppelen", "tornar a connectar", "torna a connectar", "yeniden bağla", "tekrar bağla", "kết nối lại", "hubungkan kembali",
			"sambungkan ulang", "переподключ", "подключитесь заново", "подключитесь повторно", "повторно підключ", "поновіть",
			"重新连接", "重新連接", "重新連結", "重新授权", "重新授權", "再接続", "再認証", "다시 연결", "재연결", "återanslut",
			"yhdistä uudelleen", "znovu pripoj", "znovu připoj", "ξανασυνδε", "επανασυνδ", "połącz się z nim ponownie",
			"połącz ponownie", "ponownie połącz", "kapcsold össze", "tilslut venligst", "koble til facebook", "koble til whatsapp",
			"reautoriz", "réautoris", "ré-autoris", "riautorizz", "erneut autorisieren", "yeniden yetkilendir"),
		doc: "a chat channel's or social page's connection (Facebook, WhatsApp, Instagram, TikTok, Telegram) is to be reconnected, in a product's translation: not a mailbox's grant"},
	{id: "prompts_other_service_scope", class: ClassUnknown,
		anyOf: p("kalender", "calendario", "calendrier", "calendário", "calendari", "agenda google", "kalendarz", "kalendář", "kalendár",
			"календар", "日历", "日曆", "カレンダー", "캘린더", "lịch google", "takvim", "naptár", "kalenteri", "ημερολόγιο", "calendarul",
			"联系人", "聯絡人", "連絡先", "연락처", "kontakte", "contactos", "contatos", "contatti", "kontakty", "контакт", "névjegy",
			"kişiler", "yhteystie", "επαφές", "danh bạ"),
		alsoAny: p("重新授权", "重新授權", "ré-autoriser", "réautoriser", "autorizar novamente", "autorizar de nuevo", "volver a autorizar",
			"erneut autorisieren", "újra engedélyez", "riautorizz", "再認証", "再認可", "다시 인증", "повторно авториз",
			"повторную авторизацию", "ponownie autoryz", "opnieuw autoriseren", "reautoriz",
			"reconect", "reconnect", "ricolleg", "riconnett", "erneut verbinden", "erneut zu verbinden", "neu verbinden", "verbinden sie ihr",
			"opnieuw verbinden", "opnieuw koppelen", "opnieuw te koppelen", "yeniden bağla", "kết nối lại", "hubungkan kembali",
			"переподключ", "повторно підключ", "重新连接", "重新連接", "重新連結", "再接続", "다시 연결", "재연결", "återanslut",
			"genforbind", "gentilslut", "koble til på nytt", "kobles til på nytt", "yhdistä uudelleen", "yhdistettävä uudelleen", "znovu připoj", "znovu pripoj", "ponownie połącz", "połącz ponownie",
			"επανασυνδ", "csatlakoztassa újra"),
		doc: "a product asks, in a translation, to reconnect or re-authorize a calendar's or the contacts' access (a calendar-only reconnection, Mailspring's Google contacts scope): another service's permission, not the mailbox's grant"},
	// Vietnamese "kết nối" is both "connection" and "connect", and
	// l10n_words_connection reads it as a connection failure: a request to
	// reconnect the mail account is read here first.
	{id: "prompts_reconnect_vi", class: ClassRevoked,
		anyOf:   p("vui lòng kết nối lại", "hãy kết nối lại", "cần kết nối lại", "kết nối lại tài khoản", "liên kết lại tài khoản"),
		alsoAny: p("gmail", "outlook", "google", "microsoft", "email", "tài khoản", "hộp thư"),
		noneOf:  p("mạng", "internet", "wi-fi", "wifi", "máy chủ", "facebook", "zalo", "lịch", "danh bạ"),
		doc:     "a product asks the owner, in Vietnamese, to reconnect the mail account it syncs or sends from"},
}

// round57MailWords name the mail account or its provider in the languages
// the late rules read.
var round57MailWords = p("google", "gmail", "microsoft", "outlook", "office 365", "hotmail", "yahoo", "icloud", "exchange",
	"구글", "마이크로소프트", "グーグル", "マイクロソフト", "谷歌", "微软", "微軟",
	"cuenta", "correo", "buzón", "bandeja de entrada", " conta ", " conta.", " conta,", " contas", "caixa de correio", "caixa de entrada", "e-mail", "email",
	"compte", "boîte", "messagerie", "courriel", "konto", "postfach", "posteingang", "mailbox", "account", "casella", " posta",
	"postvak", "contul", "contului", "căsuţa", "skrzynk", "poczt", "účet", "účtem", "účtu", "schránk", "hesab", "e-posta",
	"gelen kutusu", "учетн", "учётн", "аккаунт", "почт", "ящик", "обліков", "скриньк", "пошт", "brevlåd", "postkasse",
	"innboks", " tili", "sähköpost", "fiók", "λογαριασμ", "ταχυδρομ", "アカウント", "メール", "受信トレイ",
	"账号", "账户", "帐户", "帳戶", "帳號", "邮箱", "郵箱", "信箱", "邮件", "郵件", "계정", "메일", "받은편지함",
	"tài khoản", "hộp thư", "akun", "surel", "kotak masuk", " correu", "safata")

// round57NewAccountChoice are a setup wizard's words for authorizing an
// existing account rather than creating a new one (FairEmail's OAuth
// wizard): a choice, not a failure.
var round57NewAccountChoice = p("neues konto", "bestehendes konto", "nueva cuenta", "cuenta existente", "nouveau compte", "compte existant",
	"account esistente", "nieuwe account", "bestaand account", "conta existente", "nova conta", "cont existent", "cont nou",
	"istniejące konto", "nowe konto", "existující účet", "nový účet", "existujúci účet", "yeni bir hesap", "mevcut bir hesab",
	"новий обліковий", "наявний обліковий", "существующей учётной", "befintligt konto", "nytt konto", "eksisterende konto",
	"ny konto", "olemassa oleva", "uusi tili", "υπάρχοντος λογαριασμού", "καινούργιο λογαριασμό", "tài khoản mới", "sẵn có",
	"akun baru", "sudah ada", "compte existent", "compte nou", "新建账户", "新建帳戶", "现有账户", "現有帳戶", "새 계정",
	"新しいアカウント", "meglevő fiók", "új fiók")

// round57PromptsRules are read only when no other rule held.
var round57PromptsRules = []rule{
	{id: "prompts_reconnect_l10n", class: ClassRevoked,
		anyOf: p(
			// es (tú, usted, voseo)
			"reconectar tu ", "reconectar su ", "reconecta tu ", "reconectá tu ", "reconectes tu ", "reconecten su ",
			"volver a conectar tu", "volver a conectar su", "volvé a conectar tu", "vuelvas a conectar tu", "por favor, reconecta",
			"por favor reconecta", "por favor, reconecte", "por favor reconecte", "debes reconectar", "debe reconectar", "debés reconectar",
			"tenés que reconectar", "tienes que reconectar", "necesitas reconectar", "necesita reconectar", "es necesario reconectar",
			// pt
			"reconectar sua ", "reconectar a sua ", "reconecte a sua ", "por favor, reconecte", "precisa reconectar", "precisa ser reconectada",
			"religar a sua conta", "voltar a ligar a sua",
			// fr
			"veuillez reconnecter", "merci de reconnecter", "devez reconnecter", "pour reconnecter votre", "reconnecter ton", "reconnecte ton",
			"reconnecter ta ", "reconnecte ta ", "doit être reconnecté",
			// de
			"erneut zu verbinden", "neu zu verbinden", "wieder zu verbinden", "bitte erneut verbinden", "bitte neu verbinden",
			"muss erneut verbunden werden", "müssen erneut verbunden werden", "verbinden sie ihr google", "verbinden sie ihr microsoft",
			"verbinde dein konto erneut", "verbinde dein postfach erneut",
			// it
			"per riconnettere", "per ricollegare", "ricollega il tuo", "ricollegare il tuo", "riconnettere il tuo", "devi ricollegare",
			"devi riconnettere", "è necessario ricollegare", "è necessario riconnettere",
			// nl
			"opnieuw te koppelen", "opnieuw te verbinden", "moet opnieuw worden gekoppeld", "moet opnieuw worden verbonden",
			"moet opnieuw verbonden worden", "koppel je account opnieuw", "koppel uw account opnieuw",
			// ro
			"reconectaţi contul", "reconectează contul", "să reconectaţi", "trebuie reconectat",
			// pl
			"ponownie połączyć swoje", "aby ponownie połączyć", "połącz ponownie swoje", "ponownie połącz swoje", "musisz ponownie połączyć",
			"należy ponownie połączyć",
			// cs, sk
			"propojení s vaším", "znovu připojte svůj", "znovu připojte váš", "je třeba znovu připojit", "musíte znovu připojit",
			"znovu pripojili svoj", "znovu pripojte svoj", "je potrebné znovu pripojiť", "musíte znovu pripojiť",
			// hu
			"fiókja csatlakoztatásához", "fiókját újra", "csatlakoztassa újra", "csatlakoztasd újra", "újra kell csatlakoztatni",
			// tr
			"hesabınızı yeniden bağla", "hesabınızı tekrar bağla", "kutunuzu yeniden bağla", "yeniden bağlamanız gerek",
			// ru, uk
			"переподключить свою", "переподключите свою", "переподключите ваш", "пожалуйста, переподключите", "необходимо переподключить",
			"нужно переподключить", "чтобы переподключить", "під'єднання вашої", "під'єднання вашого", "щоб повторно підключити",
			"повторно підключіть ваш", "повторно підключіть свій", "будь ласка, повторно підключіть",
			// sv, da, nb, fi
			"återansluta ditt", "återanslut ditt", "återansluta din", "återanslut din", "måste återansluta", "behöver återansluta",
			"gentilslut din", "genforbind din", "for at genforbinde", "kontoen din på nytt", "for å koble til google",
			"for å koble til microsoft", "må kobles til på nytt", "tilisi uudelleen", "yhdistettävä uudelleen", "yhdistää uudelleen",
			// el
			"να επανασυνδέσετε", "επανασυνδέστε τον λογαριασμό σας",
			// ja, zh, ko
			"再接続してください", "再接続する必要", "再接続が必要", "再連携してください", "请重新连接", "請重新連接", "請重新連結",
			"重新连接您的", "重新連接您的", "重新連結您的", "需要重新连接", "需要重新連接", "请重新绑定", "請重新綁定",
			"다시 연결하십시오", "다시 연결해 주세요", "다시 연결하세요", "다시 연결해야", "재연결하십시오", "재연결해 주세요", "재연결하세요",
			// id (vi: prompts_reconnect_vi)
			"menyambungkan ulang", "hubungkan kembali akun", "silakan hubungkan kembali", "harap hubungkan kembali",
			"perlu dihubungkan kembali", "perlu disambungkan ulang",
			// ca
			"torneu a connectar el vostre", "torna a connectar el teu", "tornar a connectar el teu"),
		alsoAny: round57MailWords,
		noneOf:  slices.Concat(notMailConnection, gen51OtherAPIs, round57NotMailL10n),
		doc:     "a product asks the owner, in a translation, to reconnect or re-link the mail account (or its Google or Microsoft connection) it syncs or sends from"},
	{id: "prompts_reauthorize_l10n", class: ClassRevoked,
		anyOf: p("reautoriz", "réautoris", "ré-autoris", "riautorizz", "autoriser à nouveau", "autoriser de nouveau",
			"volver a autorizar", "vuelva a autorizar", "vuelve a autorizar", "volvé a autorizar", "vuelvas a autorizar",
			"autorizar novamente", "autorize novamente", "autorizar de novo", "autorizzare nuovamente", "autorizza nuovamente",
			"erneut autorisieren", "neu autorisieren", "erneut autorisiert werden", "erneut zu autorisieren",
			"opnieuw autoriseren", "opnieuw te autoriseren", "autorizaţi din nou", "autorizează din nou",
			"ponowna autoryzacja", "ponownie autoryzuj", "ponownie autoryzować", "autoryzuj ponownie", "znovu autorizovat",
			"znovu autorizujte", "opätovne autorizovať", "engedélyezze újra", "engedélyezd újra", "újra engedélyez",
			"tekrar yetkilendir", "yeniden yetkilendir", "повторите авторизацию", "повторную авторизацию", "повторно авторизуйте",
			"авторизуйтесь повторно", "повторно авторизува", "повторну авторизацію", "återauktorisera", "auktorisera om",
			"godkend igen", "autoriser på nytt", "valtuuta uudelleen", "valtuutettava uudelleen", "εξουσιοδοτήστε ξανά",
			"εκ νέου εξουσιοδότηση", "otorisasi ulang", "otorisasi kembali", "ủy quyền lại", "uỷ quyền lại", "cấp quyền lại",
			"torna a autoritzar", "tornar a autoritzar", "torneu a autoritzar", "tornis a autoritzar",
			"再認証してください", "再認可してください", "再度認証してください", "重新授权", "重新授權", "다시 승인", "재승인"),
		alsoAny: round57MailWords,
		noneOf:  slices.Concat(notMailConnection, gen51OtherAPIs, round57NotMailL10n, round57NewAccountChoice),
		doc:     "a product asks the owner, in a translation, to re-authorize the mail account (or its Google or Microsoft connection) it syncs or sends from"},
	{id: "prompts_grant_mail_access_l10n", class: ClassRevoked,
		anyOf: p("concedir a l'aplicació accés", "udělit přístup k e-mailům", "zugriff auf deine e-mails gewähren", "zugriff auf ihre e-mails gewähren",
			"παραχωρήσετε στην εφαρμογή πρόσβαση", "conceder a la aplicación acceso", "antaa sovellukselle oikeus",
			"accorder à l'appli l'accès", "accorder à l'application l'accès", "hozzáférést kell adnia az alkalmazásnak",
			"memberikan akses aplikasi", "autorizzare l'accesso dell'applicazione", "アプリにメールへのアクセスを許可",
			"앱에 액세스 권한을 부여", "gi programmet tilgang", "de app toegang te geven", "gje tilgjenge til e-post",
			"przyznać aplikacji dostęp", "fornecer acesso ao app", "fornecer acesso à app", "acorzi aplicaţiei acces",
			"предоставить приложению доступ", "udeliť aplikácii prístup", "ge appen åtkomst", "erişmesine izin vermeniz",
			"надати застосунку доступ", "cấp cho ứng dụng quyền truy cập", "授权应用访问", "授權應用程式存取"),
		alsoAny: round57MailWords,
		noneOf:  slices.Concat(notMailConnection, round57NotMailL10n),
		doc:     "a product says, in a translation, that the owner must sign in and grant the app access to the mailbox again (an account imported without its grant)"},
	{id: "prompts_mailserver_reauthenticate_l10n", class: ClassRevoked,
		anyOf: p("zimbra"),
		alsoAny: p("opětovné ověření", "melden sie sich erneut", "melde dich erneut", "erneut authentifizieren", "επαναπιστοποιήστε",
			"vuelva a autenticarse", "volver a autenticarse", "vuelve a autenticarte", "tunnistaudu uudelleen", "re-authentifier",
			"réauthentifier", "hitelesítsen újra", "autentikasi ulang", "autentiser på nytt", "reautentique", "повторную аутентификацию",
			"kimliğinizi yeniden doğrula", "повторну автентифікацію", "重新驗證", "重新验证"),
		doc: "a mail server integration's stored login to the user's Zimbra mail account expired and could not be refreshed: the owner signs in to the mail account again (Nextcloud's Zimbra integration, in its translations)"},
	{id: "prompts_network_offline_l10n", class: ClassTransient,
		anyOf: p("není připojeno k síti", "není připojen k síti", "odpojen od sítě", "αποσυνδέθηκε από το δίκτυο", "αποσυνδεδεμένο από το δίκτυο",
			"on irti verkosta", "ei ole yhteydessä verkkoon", "tidak tersambung ke jaringan", "terputus dari jaringan",
			"je odpojený od siete", "je odpojené od siete"),
		doc: "the app is disconnected from the network and offers to reconnect (Wino Mail's title bar, in its translations): a network reconnect, temporary"},
}
