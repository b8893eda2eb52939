package classify

import "slices"

// SnappyMail's own notifications for a refused login and its look-alikes,
// in every locale of the-djmaze/snappymail (commit ba496919,
// snappymail/v/0.0.0/app/localization/<locale>/user.json, NOTIFICATIONS),
// each phrase one published translation:
//
//   - AuthError (102): RainLoop/Actions/UserAuth.php imapConnect throws it
//     on MailSo's LoginBadCredentialsException, Actions/Messages.php on the
//     SMTP LoginException (auth);
//   - ConnectionError: MailSo's ConnectionException (transient);
//   - DomainNotAllowed, AccountNotAllowed: RainLoop/Providers/Domain.php,
//     before any login, when the webmail has no configuration for the
//     domain or the address is not on its whitelist (config);
//   - InvalidRecipients: Actions/Messages.php, no valid recipient (recipient).
//
// testdata/catalogs/client_l10n_webmail.jsonl holds every translation; the
// comment above each group lists the locales whose text needed a phrase here
// (the other locales' texts were already classified as labelled).

// snappyMailNotAllowedNot keeps SnappyMail's short "not allowed" words off a
// server's refusal to send, relay or authenticate (an account not allowed to
// send is the provider's or the tenant's matter, not the webmail's setup).
var snappyMailNotAllowedNot = slices.Concat(l10nClientNotRefused, p("to send", "sending", "smtp", "auth", "relay", "imap", "pop3"))

// snappyMailRules come right after sogoRules: a reply SnappyMail quotes
// decides before its notification.
var snappyMailRules = []rule{
	{id: "l10n_snappymail_login_refused", class: ClassAuth, anyOf: p(
		// auth-error ("Authentication failed"): ar, be, es, eu, fa, hu, ru, sl, uk
		"خطأ في كلمة السر", "не атрымалася аўтарызавацца", "autenticación fallida",
		"autentikazio errorea", "احراز هویت با موفقیت همراه نبود", "érvénytelen hitelesítés",
		"не удалось авторизоваться", "spodletelo overjanje", "не вдалося авторизуватися",
	),
		noneOf: l10nClientNotRefused,
		doc:    "SnappyMail's AuthError (102) in the owner's language: the IMAP or SMTP server refused the login"},
	{id: "l10n_snappymail_not_allowed", class: ClassConfig, anyOf: p(
		// domain-not-allowed ("Domain is not allowed"): en, ar, be, bg, cs, da, de, es, et, eu, fa, fi, fr, hu, id, is, it, ja, ko, lt, lv, nb, nl, pl, pt-BR, pt, ro, ru, sk, sl, sv, tr, uk, vi, zh-TW, zh
		"domain is not allowed", "غير مسموح لهذا الموقع", "дадзены дамен не дазволены",
		"този домейн не е разрешен", "doména není povolená", "domæne ikke tilladt",
		"diese domain ist nicht zugelassen", "dominio no permitido", "domeenil ei ole lubatud siseneda",
		"domeinu ez baimendua", "به دامنه اجازه داده نشده است", "verkkotunnus ei ole sallittu",
		"ce domaine n'est pas autorisé", "a domain nem engedélyezett", "domain tidak diizinkan",
		"lén ekki leyft", "il dominio non è autorizzato", "ドメインは、許可されていません",
		"허용된 도메인이 아닙니다", "šis subdomenas neleidžiamas", "šis domēns nav atļauts",
		"dette domenet tillates ikke", "domein is niet toegestaan", "domena jest niedozwolona",
		"este domínio não é permitido", "domeniul nu apartine de wey5", "данный домен не разрешен",
		"doména nie je povolená", "domena ni dovoljena", "domän är inte tillåtet",
		"alan adına izin verilmemiş", "цей домен заборонений", "tên miền không được cho phép truy cập",
		"不可使用該域名", "不允许此域名",
		// account-not-allowed ("Account is not allowed"): en, ar, be, bg, cs, da, de, es, et, eu, fa, fi, fr, hu, id, is, it, ja, ko, lt, nb, nl, pl, pt-BR, pt, ro, ru, sk, sl, sv, tr, uk, vi, zh-TW, zh
		"account is not allowed", "الحساب غير مسموح له", "дадзены рахунак не дазволены",
		"този акаунт не е разрешен", "účet není povolený", "konto ikke tilladt",
		"konto ist nicht zugelassen", "la cuenta no está permitida", "kasutajakontol ei ole lubatud siseneda",
		"kontu ez baimendua", "به حساب کاربری اجازه داده نشده است", "tili ei ole sallittu",
		"ce compte n'est pas autorisé", "a fiók nem engedélyezett", "akun ini tidak diizinkan",
		"aðgangur er ekki leyfður", "l'account non è autorizzato", "アカウントは、許可されていません",
		"허용된 계정이 아닙니다", "paskyra neleidžiama", "denne kontoen tillates ikke",
		"account is niet toegestaan", "konto nie jest dozwolone", "conta não permitida",
		"esta conta não é permitida", "contul nu are permisiunea de conectare", "данный аккаунт не разрешен",
		"účet nie je povolený", "račun ni dovoljen", "konto är inte tillåtet",
		"hesaba izin verilmemiş", "цей акаунт заборонений", "tài khoản không được cho phép truy cập",
		"不可使用該帳戶", "不允许此账户",
	),
		noneOf: snappyMailNotAllowedNot,
		doc:    "SnappyMail's DomainNotAllowed and AccountNotAllowed: the webmail has no configuration for the domain, or the address is not on its whitelist; no login was tried"},
	{id: "l10n_snappymail_server_unreachable", class: ClassTransient, anyOf: p(
		// connection-error ("Can't connect to server"): en, ar, bg, cs, da, de, es, fi, fr, id, ja, ko, nb, pl, pt-BR, pt, ro, sl, sv, uk, zh
		"can't connect to server", "لايمكن الإتصال بالمخدم", "не може да се свърже със сървъра",
		"nepodařilo se připojit k serveru", "kan ikke kontakte server", "serververbindung kann nicht hergestellt werden",
		"no se puede conectar al servidor", "ei voi yhdistää palvelimeen", "serveur injoignable",
		"tidak terhubung ke server", "サーバーへ接続できません", "서버에 연결할 수 없습니다",
		"klarte ikke å koble til tjeneren", "nie można połączyć z serwerem", "não foi possível conectar-se ao servidor",
		"não foi possível ligar ao servidor", "eroare la conectarea la server", "ni mogoče vzpostaviti povezave s strežnikom",
		"kan inte ansluta till servern", "помилка з'єднання з сервером", "无法连接至服务器",
	),
		doc: "SnappyMail's ConnectionError: the IMAP or SMTP server could not be reached"},
	{id: "l10n_snappymail_invalid_recipients", class: ClassRecipient, anyOf: p(
		// invalid-recipients ("Invalid recipients"): ar, be, bg, cs, da, de, es, et, eu, fa, fi, fr, hu, id, is, it, ja, ko, lt, lv, nb, nl, pl, pt-BR, pt, ro, ru, sk, sl, sv, tr, uk, vi, zh-TW, zh
		"يرجى التأكد من عناوين المرسل اليهم", "праверце правільнасць уводу ўсіх адрасоў", "невалидни получатели",
		"neplatní příjemci", "ugyldige modtagere", "ungültige empfängeradressen",
		"los destinatarios no son válidos", "puudulikud saajad", "ez-baliozko hartzaileak",
		"گیرنده نامعتبر", "vastaanottajassa virhe", "destinataires invalides",
		"érvénytelent címzettek", "penerima tidak valid", "rangir viðtakendur",
		"destinatario non valido", "無効な受信者", "유효하지 않은 수신인",
		"netinkamas gavėjas", "nepareizi saņēmēji", "ugyldige mottakere",
		"onjuiste ontvangers", "nieprawidłowy adres odbiorcy", "destinatário inválido",
		"destinatários inválidos", "verificați dacă ați introdus toate adresele", "проверьте правильность ввода всех адресов",
		"neplatný príjemcovia", "neveljavni prejemniki", "ogiltig mottagare",
		"geçersiz alıcılar", "перевірити правильність вводу всіх адрес", "người nhận thư không hợp lệ",
		"收件人無效", "无效接收人",
	),
		doc: "SnappyMail's InvalidRecipients: the message has no valid recipient address"},
}
