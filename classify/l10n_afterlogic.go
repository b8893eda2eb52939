package classify

// AfterLogic WebMail Lite 8 / Aurora's own sentences when connecting a
// user's IMAP or SMTP mailbox fails, and its look-alikes, in every language
// its modules ship (i18n/<Language>.ini):
//
//   - afterlogic/aurora-module-mail commit 1577ae7d (Module.php aErrors,
//     Managers/Main/Manager.php, 8 languages);
//   - afterlogic/aurora-module-webclient-mail commit cea99fce (js/Ajax.js,
//     js/Cache.js, js/utils/Sending.js, the account settings form; 35);
//   - afterlogic/aurora-module-webclient-core commit eb3788cc (js/Api.js,
//     js/App.js, js/Ajax.js; 35);
//   - afterlogic/aurora-module-core commit eab754fb (its failed-login lockout; 5);
//   - afterlogic/aurora-module-webclient-oauth-integrator commit 77fa86b7
//     (Module.php CreateMailAccount and the OAuth sign-in; 7);
//   - afterlogic/aurora-module-two-factor-auth commit 25e94f66 (7).
//
// Where the code raises each key:
//
//   - ERROR_CONNECT_TO_MAIL_SERVER (Mail): Manager.php _getImapClient() and
//     sendMessage() wrap the IMAP or SMTP Connect() failure (socket, timeout,
//     TLS) in CannotConnectToMailServer (transient);
//   - ERROR_CREDENTIALS_INCORRECT (Mail), ERROR_CREDENTIALS_INCORRECT
//     (webclient-mail, "Can't authenticate as %EMAIL%. ..."),
//     LABEL_HINT_SPECIFY_PASSWORD (shown after that error) and
//     ERROR_PASS_INCORRECT (webclient-core, the sign-in form, which Webmail
//     Lite checks by an IMAP login in the Mail module's onLogin): the IMAP
//     LoginBadCredentialsException or the SMTP LoginException (auth);
//   - "Try deleting your GMail account and creating it again." (English only,
//     Manager.php): GetAccessToken() gives no token for the account's XOAuth
//     grant (revoked);
//   - ERROR_ACCOUNT_IMAP_VALIDATION_FAILED (oauth-integrator): the IMAP
//     XOAUTH2 login of a Gmail account just connected fails (auth);
//   - ERROR_SEND_MESSAGE_TO_RECIPIENTS (Mail): the SMTP
//     MailboxUnavailableException with the user's own SMTP login (recipient);
//     ERROR_SEND_MESSAGE_TO_EXTERNAL_RECIPIENTS the same without it: the relay
//     to other domains (config);
//   - ERROR_SEND_MESSAGE_NOT_SAVED (Mail) and CONFIRM_MESSAGES_DELETE_WITHOUT_TRASH
//     / CONFIRM_MESSAGES_MARK_SPAM_WITHOUT_SPAM (webclient-mail, on
//     CannotMoveMessageQuota): the owner's mailbox over quota (rate_limited);
//   - DOMAIN_IS_NOT_ALLOWED_FOR_LOGGING_IN (Mail onLogin): no configured mail
//     server serves the domain, before any login (config);
//   - look-alikes, all unknown: ERROR_AUTH_PROBLEM, ERROR_AUTHENTICATED_USER_CONFLICT,
//     ERROR_USER_DELETED and ERROR_CURRENT_PASSWORD_NOT_CORRECT (the
//     product's own session, user and password form), Core's
//     BLOCKED_USER_MESSAGE_ERROR and BLOCKED_USER_IP_REPUTATION_MESSAGE_ERROR
//     (its own sign-in lockout), ERROR_ACCOUNT_NOT_ALLOWED (its own OAuth
//     sign-in policy), and the two-factor ERROR_WRONG_CODE and
//     ERROR_WRONG_BACKUP_CODE.
//
// Each phrase is the fixed text of one translation, lower-cased, without
// its placeholders. The comment above each group lists the languages whose
// text needed a phrase; the others were already classified as labelled.
// testdata/catalogs/client_l10n_afterlogic.jsonl holds every translation.

// afterlogicEarlyRules come right after webframeworksRules: the look-alikes
// must decide before the generic words of languageRules, libraryRules and
// textRules ("account is blocked", "password is not correct", "internal
// error", "over quota", " blocked"), and so must the quota, relay and
// revoked-grant sentences that those words would misread. None of these
// sentences has a server reply appended by the product.
var afterlogicEarlyRules = []rule{
	{id: "l10n_afterlogic_own_login", class: ClassUnknown, anyOf: p(
		// ERROR_AUTH_PROBLEM: en, de, hu, it, zh-cn
		"the previous session was ended due to an internal error or timeout",
		"die letzte sitzung wurde aufgrund eines fehlers oder einer zeitüberschreitung beendet",
		"az előző munkamenet hiba, vagy időtúllépés miatt befejeződött",
		"la sessione precedente è terminata a causa di un errore interno o per timeout",
		"由于内部错误或超时，上一个会话已结束",
		// ERROR_USER_DELETED: en, zh-cn
		"probably user was deleted. please try to re-login", "可能用户已被删除，请尝试重新登入",
		// ERROR_CURRENT_PASSWORD_NOT_CORRECT: en, de, es, fr, pt-br, ru, uk, vi, zh-cn
		"current password is not correct", "das aktuelle passwort ist nicht korrekt",
		"la contraseña actual no es correcta", "le mot de passe actuel est incorrect",
		"a senha está incorreta.", "текущий пароль указан неверно", "поточний пароль вказаний невірно",
		"mật khẩu mà bạn vừa nhập không đúng", "当前密码不正确",
		// BLOCKED_USER_MESSAGE_ERROR: en, nl, ru, zh-cn
		"failed login attempts and will be unblocked in", "mislukte inlogpogingen. na",
		"неудачных попыток входа и будет разблокирована через", "次登入尝试失败而被阻止",
		// BLOCKED_USER_IP_REPUTATION_MESSAGE_ERROR: en, nl
		"due to bad reputation of ip address you are connecting from",
		"vanwege de slechte reputatie van het ip-adres waarmee u verbinding maakt",
		// ERROR_ACCOUNT_NOT_ALLOWED: en, fr, nl
		"this account is not allowed to log in", "ce compte n'est pas autorisé à se connecter",
		"dit account is niet toegestaan in te nloggen",
	),
		doc: "AfterLogic's own session, user, password form, sign-in lockout or OAuth sign-in policy, not a mailbox's credentials"},
	{id: "l10n_afterlogic_xoauth_token_missing", class: ClassRevoked, anyOf: p(
		// Manager.php, English only
		"try deleting your gmail account and creating it again",
	),
		doc: "AfterLogic found no access token for the account's stored OAuth grant and asks to connect the Gmail account again"},
	{id: "l10n_afterlogic_own_mailbox_quota", class: ClassRateLimited, anyOf: p(
		// ERROR_SEND_MESSAGE_NOT_SAVED: en, de, es, et, fr, nl, ru
		"could not save it in sent items as your mailbox is over quota",
		"konnte aber nicht in ihrem gesendet-ordner gespeichert werden, weil ihre quota überschritten ist",
		"no se puede guardar en la bandeja de enviados al disponer de suficiente espacio en su cuenta",
		"ei õnnestunud saadetud kirjade kataloogi salvestada, sest seal ei ole ruumi",
		"n'a pas pu être enregistré dans les éléments envoyés car votre boîte aux lettres dépasse le quota",
		"kon deze niet opslaan in verzonden items omdat uw mailbox het quotum heeft overschreden",
		"сохранить его в папку отправленные не удалось из-за превышения дисковой квоты",
		// CONFIRM_MESSAGES_DELETE_WITHOUT_TRASH, CONFIRM_MESSAGES_MARK_SPAM_WITHOUT_SPAM:
		// cs, de, en, es, et, fr, hu, it, nl, pl, pt-br, pt-pt, ro, ru, uk, vi, zh-cn
		"možná je vyčerpána quota. mám je místo toho smazat trvale",
		"möglicherweise wurde das speicherlimit des kontos überschritten. möchten sie die nachricht(en) daher permanent löschen",
		"perhaps, the account is over quota. delete permanently instead",
		"al parecer, la cuenta se encuentra llena. desea eliminar el mensaje permanentemente",
		"võib-olla on konto mahupiirang ületatud. kas kustutada",
		"le compte a peut être dépassé son quota. voulez-vous les supprimer définitivement",
		"lehetséges, hogy betelt a tárhely. töröljük véglegesen az üzenetet",
		"forse l'account è over quota. cancellare i messaggi subito in modo definitivo",
		"kan één of meerdere berichten verplaatsen naar prullenbak. permanent verwijderen",
		"kan één of meerdere berichten verplaatsen naar spam. permanent verwijderen",
		"najprawdopodobniej konto przekroczyło dopuszczalny limit",
		"talvez a conta esteja acima da quota. apagar permanentemente",
		"talvez a sua conta tenha atingido o limite de espaço. eliminar permanentemente",
		"probabil, contul a depășit cota alocată. ștergeți permanent mesajul sau mesajele",
		"возможно, квота аккаунта превышена. удалить сообщения",
		"можливо, вичерпана квота акаунту. видалити повідомлення назавжди",
		"hộp thư của bạn có thể đã đầy. xóa vĩnh viễn thay vì chuyển vào",
		"可能是该帐户已超过容量配额限制，建议进行永久删除操作",
	),
		doc: "AfterLogic says the owner's own mailbox is over quota (Sent copy not saved, move to Trash or Spam refused)"},
	{id: "l10n_afterlogic_external_relay", class: ClassConfig, anyOf: p(
		// ERROR_SEND_MESSAGE_TO_EXTERNAL_RECIPIENTS: de, en, es, et, fr, nl, ru, uk
		"das senden an externe domains könnte blockiert sein", "sending to external domains may be blocked",
		"no está permitido realizar envios a dominios externos", "välisdomeenidesse e-kirjade saatmine võib olla blokeeritud",
		"l'envoi à des domaines externes peut être bloqué", "verzenden naar externe domeinen kan worden geblokkeerd",
		"отправка на внешние домены может быть заблокирована", "відправка до зовнішніх доменів може бути заблокована",
	),
		doc: "AfterLogic's SMTP relay without the user's own login refused recipients in other domains: the server setup"},
	{id: "l10n_afterlogic_domain_not_allowed", class: ClassConfig, anyOf: p(
		// DOMAIN_IS_NOT_ALLOWED_FOR_LOGGING_IN: de, es, et, fr, ru, uk
		"diese e-mail-domain ist nicht zum login nicht erlaubt", "este dominio no está permitido para identificarse",
		"selles e-postidomeenis sisse logida ei ole lubatud", "ce domaine de messagerie n'est pas autorisé pour la connexion",
		"этот домен электронной почты не разрешен для входа в систему", "цей домен електронної пошти не дозволяється для входу в систему",
	),
		doc: "AfterLogic has no mail server configured for the e-mail's domain: the product's server list, not the credentials"},
}

// afterlogicRules come right after phpmailerRules, as the sentences of a
// mail library do: the product appends the server's reply in parentheses
// (js/Api.js getErrorByCode, js/Ajax.js), and a reply that an earlier rule
// reads decides first.
var afterlogicRules = []rule{
	{id: "l10n_afterlogic_login_refused", class: ClassAuth, anyOf: p(
		// Mail ERROR_CREDENTIALS_INCORRECT: et, nl
		"sisestatud kasutajatunnus või parool on vale",
		"de gebruikersnaam of het wachtwoord wat je invoerde is niet correct",
		// webclient-mail ERROR_CREDENTIALS_INCORRECT: it
		"non è autenticato. lo username o la password non sono corrette",
		// LABEL_HINT_SPECIFY_PASSWORD: de, en, es, et, fr, it, nl, ru, zh-cn
		"das passwort wurde möglicherweise auf dem mailserver geändert",
		"the password might have been changed on the mail server",
		"la contraseña podría haberse cambiado en el servidor de correo",
		"parooli võib olla e-postiserveris muudetud",
		"le mot de passe a peut-être été modifié sur le serveur de messagerie",
		"la password dovrebbe essere cambiata sul server email",
		"het wachtwoord is mogelijk gewijzigd op de mailserver",
		"пароль, возможно, был изменен на почтовом сервере",
		"邮件服务器上的密码可能已更改",
		// webclient-core ERROR_PASS_INCORRECT: cs, el, es, it, ro, sl, sr, vi
		"špatné jméno nebo heslo", "λάθος όνομα ή συνθηματικό χρήστη",
		"el usuario o contraseña que ingresó no es válido", "l'username o la password inserita è errata",
		"nume sau parolă gresită. nu se permite accesul în sistem", "uporabniško ime in geslo nista pravilna",
		"korisničko ime i lozinka nisu ispravno uneti", "mật khẩu bạn vừa nhập không chính xác",
		// oauth-integrator ERROR_ACCOUNT_IMAP_VALIDATION_FAILED: de, en, et, nl, ru
		"wir können ihr gmail-konto nicht hinzufügen", "we can't add your gmail account",
		"teie gmaili kontot ei õnnestunud lisada", "we kunnen uw gmail-account niet toevoegen",
		"произошла ошибка при добавлении аккаунта gmail",
	),
		doc: "AfterLogic says the mail server refused the account's login (IMAP or SMTP bad credentials, or the Gmail OAuth IMAP check)"},
	{id: "l10n_afterlogic_recipients_refused", class: ClassRecipient, anyOf: p(
		// ERROR_SEND_MESSAGE_TO_RECIPIENTS: de, en, es, et, fr, nl, ru, uk
		"nachricht kann nicht an empfänger gesendet werden", "unable to send message to recipients",
		"no se puede mandar el mensaje a los destinanatarios", "kirja ei õnnestunud kohale saata",
		"impossible d'envoyer un message aux destinataires", "kan bericht niet naar ontvangers verzenden",
		"не удалось отправить сообщение адресатам", "не вдається надіслати повідомлення адресатам",
	),
		doc: "AfterLogic's SMTP server refused the recipients"},
	{id: "l10n_afterlogic_connect_failed", class: ClassTransient, anyOf: p(
		// ERROR_CONNECT_TO_MAIL_SERVER: de, en, es, nl, uk
		"fehler beim verbinden mit dem mailserver", "error while connecting to mail server",
		"error conectando el servidor de correo", "fout bij verbinding maken met mailserver",
		"виникла помилка при спробі з'єднання з почтовим сервером",
	),
		doc: "AfterLogic could not connect to the IMAP or SMTP server (socket, timeout or TLS)"},
}
