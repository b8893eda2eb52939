package classify

// clientWrapperRules read a mail client's own sentence around the server's
// reply: the client names the command the server refused (MAIL FROM, RCPT
// TO), or the setting it could not use, whatever the reply says. They come
// after the English wording, so the words of the reply inside decide first
// ("550 5.7.1 Relaying denied" stays the relay, "554 spam" the message).
//
//   - Thunderbird: mozilla/releases-comm-central mail/locales/en-US/chrome/
//     messenger/messengercompose/composeMsgs.properties (errorSendingFromCommand,
//     errorSendingRcptCommand, errorIllegalLocalPart2, smtpTooManyRecipients,
//     smtpSendFailedUnknownServer, smtpHintAuthPlainToEncrypt, startTlsFailed),
//     imapMsgs.properties (imapAuthChangePlainToEncrypt,
//     imapAuthChangeEncryptToPlainSSL) and localMsgs.properties
//     (pop3UsernameUndefined, nsErrorCouldNotConnectViaTls), as
//     thunderbird/thunderbird-l10n en-GB holds them; smtpTooManyRecipients and
//     smtpSendFailedUnknownServer also in every translation of
//     thunderbird/thunderbird-l10n <locale>/mail/chrome/messenger/
//     messengercompose/composeMsgs.properties (testdata/catalogs/client_l10n.jsonl
//     holds each message), as the words for "the allowed number of
//     recipients" and "the server may be incorrectly configured".
//   - Horde_Smtp (horde/Smtp lib/Horde/Smtp.php), its messages in English and
//     in every translation, locale/<lang>/LC_MESSAGES/Horde_Smtp.po (da, el,
//     es, hu, ja, tr): "Server requires authentication.", "Server does not
//     support TLS connections.", "Mailbox unavailable.", and the connection's
//     and server's own failures (l10n_client_connection); "Server denied
//     authentication." is l10n_client_auth_failed's.
//   - Outlook's 0x800CCC78, "Cannot send the message. Verify the e-mail
//     address in your account properties": the server refused the sender,
//     most often because the client does not log in to send
//     (www.att.com/support/smallbusiness/article/smb-email-support/KM1189242).
var clientWrapperRules = []rule{
	{id: "client_sender_settings", class: ClassConfig, anyOf: p(
		"email address is correct in your account settings", "e-mail address in your account properties", "email address in your account properties", "0x800ccc78", // the sender (MAIL FROM)
		"is unknown. the server may be", "not supplied a username", "unable to establish tls connection", "doesn't advertise that feature", // the server's name, the user name, TLS
		"does not allow plaintext passwords", "does not seem to support encrypted passwords", // the password method
		// smtpSendFailedUnknownServer in every translation: "The server may be incorrectly configured".
		"قد يكون الخادوم معدًا بشكل مغلوط", "неправилно конфигуриран", "n'eo ket bet kefluniet mat an dafariad", "postavke servera mogu biti netačne", // ar, bg, br, bs
		"pot estar configurat de forma incorrecta", "může být špatně nakonfigurován", "wedi'i ffurfweddu yn anghywir", "serveren er måske forkert sat op", // ca, cs, cy, da
		"eventuell falsch konfiguriert", "jo snaź wopaki konfigurěrowany", "σωστά τις ρυθμίσεις smtp", "puede estar mal configurado", "puede estar configurado incorrectamente", // de, dsb, el, es
		"võib olla valesti seadistatud", "gaizki konfiguratuta egon daiteke", "asetukset voivat olla virheelliset", "est peut-être mal configuré", "net korrekt konfigurearre", // et, eu, fi, fr, fy
		"cumraíocht mhícheart ar an bhfreastalaí", "air a dhroch rèiteachadh", "estea configurado incorrectamente", "שהשרת אינו מוגדר כראוי", "postavke poslužitelja mogu biti netočne", // ga, gd, gl, he, hr
		"je wopak skonfigurowany", "hibásan állították be", "կարգավորումները սխալ են", "սխալ կարգաբերուած լինել", "pote esser configurate incorrectemente", "mungkin tidak dikonfigurasi dengan benar", // hsb, hu, hy, ia, id
		"rangt stilltur", "configurato in modo non corretto", "設定に誤りがある可能性", "არაა სწორად გამართული", "ur yettwaswel ara akken iwata", "сервер қате баптал", "서버 설정이 틀릴 가능성", // is, it, ja, ka, kab, kk, ko
		"gali būti neteisingai aprašytas", "serveris ir iestatīts nepareizi", "pelayan mungkin tersilap konfigurasi", "kan være feilkonfigurert", "kan vere feilkonfigurert", "niet juist geconfigureerd", // lt, lv, ms, nb, nn, nl
		"może być niewłaściwie skonfigurowany", "pode ter sido configurado incorretamente", "servidor esteja mal configurado", "betg configurà endretg", "problemă de configurare a serverului", // pl, pt, rm, ro
		"неверно сконфигурирован", "môže byť nesprávne nakonfigurovaný", "strežnik ni pravilno nastavljen", "mund të jetë formësuar pasaktësisht", "можда лоше подешен", // ru, sk, sl, sq, sr
		"servern kan vara felaktigt konfigurerad", "กำหนดค่าอย่างไม่ถูกต้อง", "yanlış yapılandırılmış olabilir", "неправильну конфігурацію", "noto‘g‘ri sozlangan", // sv, th, tr, uk, uz
		"định cấu hình không chính xác", "服务器可能配置错误", "伺服器可能設定錯誤", // vi, zh-CN, zh-TW
		// Horde_Smtp: no TLS, a missing extension, authentication required.
		"kunne ikke åbne en sikker tls forbindelse til serveren", "serveren understøtter ikke tls forbindelser", "serveren kræver godkendelse", "αδυναμία δημιουργίας ασφαλούς σύνδεσης tls με το διακομιστή", "ο διακομιστής δεν υποστηρίζει tls συνδέσεις", "ο διακομιστής δεν υποστηρίζει μία αναγκαία επέκταση", "no se pudo iniciar una conexión tls segura al servidor", "el servidor no admite conexiones tls", "el servidor no admite una extensión de servidor necesaria", "nem sikerült biztonságos tls kapcsolat létrehozása a szerverhez", "a szerver nem támogat tls kapcsolatat", "a szerverhez ezonosítás szükséges", "サーバは tls 接続をサポートしていません", "サーバは必要な拡張をサポートしていません", "サーバは認証を要求しました", "sunucuya güvenli tls bağlantısı açılamadı", "sunucu tls bağlantılarını desteklemez", "sunucu kimlik doğrulaması gerektiriyor", "server does not support a necessary server extension",
	),
		doc: "a mail client says the server refused the sender address, or names a setting of the account (the server's name, the user name, the password method, TLS, an extension the server lacks): the configuration"},
	{id: "client_recipient_refused", class: ClassRecipient, anyOf: p("check the message recipient", "local part of the recipient address",
		"mailmappen er ikke tilgængelig", "μη διαθέσιμο γραμματοκιβώτιο", "buzón no disponible", "a postafiók nem elérhető", "メールボックスがありません", "dizin kullanılamıyor"), /* Horde_Smtp "Mailbox unavailable." */
		doc: "a mail client says the server refused a recipient (RCPT TO) or a recipient address it cannot send: check the recipient"},
	{id: "client_recipients_limit", class: ClassRateLimited, anyOf: p("allowed number of recipients",
		// smtpTooManyRecipients in every translation: "exceeding the allowed number of recipients".
		"брой получатели", "nombre de destinataris permès", "povolený počet příjemců", "ganiatáu o dderbynwyr", "antallet af modtagere overskrider", "erlaubte anzahl an empfängern", // bg, ca, cs, cy, da, de
		"dowólona licba dostawarjow", "αριθμού παραληπτών", "número permitido de destinatarios", "lubatud adressaatide arvu", "hartzaile kopurua gainditzeagatik", // dsb, el, es and gl, et, eu
		"vastaanottajien sallittu määrä", "nombre de destinataires autorisé", "tefolle ûntfangers", "dopuštenog broja primatelja", "dowolena ličba přijimarjow", "címzettek engedélyezett számát", // fi, fr, fy, hr, hsb, hu
		"numero de recipientes permittite", "cacah penerima yang diizinkan", "leyfilegan fjölda viðtakenda", "numero di destinatari supera", "受信者の許容数", "მიმღებების ნებადართულ", // ia, id, is, it, ja, ka
		"алушылардың саны", "받는 사람 수의 한도", "leistinas gavėjų skaičius", "tillatte antallet mottakere", "tillatne antal mottakarar", "toegestane aantal ontvangers", // kk, ko, lt, nb, nn, nl
		"dozwolonej liczby adresatów", "número permitido de destinatários", "dumber maximal da destinaturs", "numărului permis de destinatari", "количества получателей", // pl, pt, rm, ro, ru
		"povoleného počtu príjemcov", "prevelikega števila prejemnikov", "numrit të lejuar të marrësive", "број прималаца", "tillåtna antalet mottagare", "ผู้รับเกินกว่าจำนวน", // sk, sl, sq, sr, sv, th
		"verilen alıcı sayısı", "кількості отримувачів", "số lượng người nhận cho phép", "收件人数量超出上限", "允許的收件者數量"), // tr, uk, vi, zh-CN, zh-TW
		retry: hour,
		doc:   "a mail client says the message exceeds the number of recipients the server allows"},
}
