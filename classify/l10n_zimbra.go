package classify

// The Zimbra web client's own sentences for a refused login, a password that
// must be changed and an account in maintenance, in every locale of
// Zimbra/zm-ajax (commit 6ed7bd04, WebRoot/messages/ZMsg_<locale>.properties)
// and Zimbra/zm-web-client (commit 518cc8b4,
// WebRoot/messages/ZmMsg_<locale>.properties and ZhMsg_<locale>.properties),
// each phrase the shortest fixed part of one published translation that still
// says its meaning (never the {0} placeholder):
//
//   - account.AUTH_FAILED, loginError, account.EXTERNAL_AUTH_FAILED ("The
//     username or password is incorrect ...") and authFailure
//     ("Authentication failed with account ...", ZmZimbraAccount.js for an
//     account in STATUS_AUTHFAIL): the server refused the credentials (auth);
//   - account.CHANGE_PASSWORD ("Your password is no longer valid. Please
//     choose a new password."): the login succeeds only after a new password
//     is set (auth);
//   - account.MAINTENANCE_MODE, mail.MAINTENANCE and accountInactiveError
//     (ZmCalItem.js: "temporarily unavailable due to system maintenance"):
//     the mailbox is in maintenance, the login was not judged (transient).
//
// testdata/catalogs/client_l10n_servers.jsonl holds every translation; the
// comment above each group lists the locales whose text needed a phrase here
// (the other locales' texts were already classified as labelled).

// zimbraEarlyRules come with sogoEarlyRules, before textRules, whose
// recipient words ("no longer valid") would otherwise take Zimbra's
// sentence for a password that must be changed.
var zimbraEarlyRules = []rule{
	{id: "l10n_zimbra_password_must_change", class: ClassAuth, anyOf: p(
		// account.CHANGE_PASSWORD ("Your password is no longer valid. ..."): en, ar, da, es, eu, fr, hi, hr, hu, in, it, iw, ja, ko, lo, ms, nl, no, pl, pt, pt_BR, ro, ru, sl, ta, th, tr, uk, vi, zh_CN, zh_HK
		// Zimbra/zm-mailbox (commit 2b7f9787) AccountServiceException.CHANGE_PASSWORD's own
		// message, the SOAP fault and audit-log text: "must change password"
		"must change password",
		"your password is no longer valid", "لم تعد كلمة مرورك صالحة", "adgangskode er ikke længere gyldig",
		"contraseña ya no es válida", "pasahitza jada ez da baliozkoa", "mot de passe n'est plus valide",
		"पासवर्ड अब मान्\u200dय नहीं है", "lozinka više nije važeća", "jelszó már nem érvényes",
		"kata sandi anda sudah tidak valid", "password non è più valida", "סיסמתך אינה חוקית יותר",
		"パスワードは無効になっています", "비밀번호가 더 이상 올바르지 않습니다", "ລະຫັດຜ່ານຂອງທ່ານໃຊ້ງານບໍ່ໄດ້ອີກຕໍ່ໄປ",
		"kata laluan anda tidak lagi sah", "wachtwoord is niet meer geldig", "passordet er ikke lenger gyldig",
		"twoje hasło wygasło", "palavra-passe já não é válida", "senha não é mais válida",
		"parola dvs. nu mai este valabilă", "пароль больше не действителен", "geslo ni več veljavno",
		"கடவுச்சொல்லை இனி பயன்படுத்த முடியாது", "รหัสผ่านของคุณใช้ไม่ได้อีกต่อไป", "parolanız artık geçerli değil",
		"пароль більше недійсний", "mật khẩu của bạn không còn hợp lệ", "密码已失效",
		"密碼已失效",
	),
		noneOf: l10nClientNotRefused,
		doc:    "the Zimbra web client's account.CHANGE_PASSWORD in the owner's language: the password is no longer valid and a new one must be chosen before the login succeeds"},
}

// zimbraRules come right after mailspringRules: a reply the web client
// quotes decides before its sentence, and the refused-login rule takes no
// text that also says temporary, later, network, connection or recipient.
var zimbraRules = []rule{
	{id: "l10n_zimbra_login_refused", class: ClassAuth, anyOf: p(
		// account.AUTH_FAILED ("The username or password is incorrect. ..."): hi, ko, uk
		"पासवर्ड ग़लत है", "비밀번호가 틀립니다", "неправильне ім'я користувача або пароль",
		// loginError (the same English): ko, ta, th
		"비밀번호가 맞지 않습니다", "கடவுச்சொல் தவறாக உள்ளது", "รหัสผ่านไม่ถูกต้อง",
		// account.EXTERNAL_AUTH_FAILED ("The email or password is incorrect. ..."): it, pt, uk
		"o la password sono errati", "a palavra-passe estão incorretos", "неправильна адреса електронної пошти або пароль",
		// authFailure ("Authentication failed with account ..."): ca, fr, lo, pt, ru, sv, ta, th, zh_CN, zh_HK
		"error d'autenticació al compte", "impossible d'authentifier le compte", "ການ\u200bຮັບ\u200bຮອງ\u200bບໍ່\u200bສຳ\u200bເລັດ",
		"autenticação sem sucesso", "сбой авторизации учетной записи", "autentiseringen misslyckades för kontot",
		"அங்கீகரிக்க முடியவில்லை", "การรับรองความถูกต้องล้มเหลว", "无法认证",
		"無法認證",
	),
		noneOf: l10nClientNotRefused,
		doc:    "the Zimbra web client says in the owner's language that the user name, email or password is incorrect, or that authentication failed for the account"},
}

// zimbraLateRules come with l10nClientLateRules: the words for a mailbox in
// maintenance decide only when nothing earlier in the text does.
var zimbraLateRules = []rule{
	{id: "l10n_zimbra_maintenance", class: ClassTransient, anyOf: p(
		// account.MAINTENANCE_MODE and mail.MAINTENANCE ("... is currently in maintenance mode."): ar, ca, da, es, eu, hi, hr, hu, in, it, iw, ja, ko, ms, nl, no, pl, pt, ro, ru, sl, sv, ta, th, tr, uk, vi, zh_HK
		"وضع الصيانة", "mode de manteniment", "under vedligeholdelse",
		"modo de mantenimiento", "mantentze moduan", "रखरखाव मोड",
		"načinu redovnog održavanja", "karbantartási mód", "mode pemeliharaan",
		"è in manutenzione", "במצב תחזוקה", "メンテナンスモード",
		"유지보수 모드", "mod penyenggaraan", "onderhoudsmodus",
		"vedlikeholdsmodus", "trybie konserwacji", "modo de manutenção",
		"modul de întreţinere", "режиме технического обслуживания", "načinu vzdrževanja",
		"underhållsläge", "பராமரிப்பு பயன்முறையில்", "โหมดการบำรุงรักษา",
		"bakım modunda", "режимі обслуговування", "chế độ bảo trì",
		"處於維護模式",
		// accountInactiveError ("... temporarily unavailable due to system maintenance."): ar, da, es, eu, hu, iw, ko, lo, no, pl, pt, ro, sv, vi, zh_CN, zh_HK
		"صيانة للنظام", "systemvedligeholdelse", "sistema se encuentra en mantenimiento",
		"sistema mantenuan", "rendszerkarbantartás", "תחזוקת מערכת",
		"시스템 유지 관리로", "ການ\u200bສ້ອມ\u200bແປງ\u200bລະ\u200bບົບ", "vedlikehold på systemet",
		"konserwacji systemu", "manutenção do sistema", "întreţinere a sistemului",
		"systemunderhåll", "bảo trì hệ thống", "因系统维护",
		"因系統維護",
		// account.MAINTENANCE_MODE on the login page, where its words differ: ko, lo
		"관리 모드에서 사용 중", "ຢູ່ໃນໂໝດການບຳລຸງຮັກສາ",
	),
		doc: "the Zimbra web client's account.MAINTENANCE_MODE and mail.MAINTENANCE in the owner's language: the account or mailbox is in maintenance for a while, its login was not judged"},
}
