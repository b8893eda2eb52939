package classify

import "slices"

// Round 44's sentences about a recipient or a sender address
// (testdata/heldout/round44.jsonl, rows h44a-msmtp-, h44c-logwatch-msmtp-,
// h44c-jenkins-, h44d-kei-pl-qmail-, h44b-nextcloud-mail-, h44c-overseerr-,
// h44c-grafana-gomail-, h44d-th-emailhosting-mx- and h44d-outlook-): a client's
// or a server's own words that name an address, read as other classes or as
// nothing. An address the server will not deliver to is the recipient's; an
// address or sender setting the client got wrong (a From it cannot parse, a
// relay the server refuses it) is config. Phrases are the fixed text of each
// sentence, lower-cased, without placeholders.
//
// Sources (read 2026-12-05):
//   - marlam/msmtp 933d35be: src/smtp.c smtp_send_envelope sets "recipient
//     address %s not accepted by the server" when RCPT TO gets neither 250
//     nor 251 (recipient), "envelope from address %s not accepted by the
//     server" when MAIL FROM is refused (the sender setting: config), and
//     smtp_end_mail_lmtp "the server refuses to send the mail to %s" for each
//     recipient an LMTP server refused after the data (recipient); src/conf.c
//     "envelope-from address is missing" (no from configured: config). msmtp.c
//     prints the server's reply after them as "server message: %s" ("LMTP
//     server message: %s"): a reply another rule reads decides first, and a
//     4xx reply is left to its words or code. po/{de,eo,es,fr,pt_BR,ro,ru,
//     sr,sv,uk,zh_CN}.po translate them (ka leaves them empty; ta translates
//     only the LMTP sentence). "invalid mail address" (only --configure) and
//     "no recipients found" are too general to read alone.
//   - qmail-remote.c (notqmail/notqmail a7012e4f): "<host> does not like
//     recipient." followed by "Remote host said: <reply>" when RCPT TO is
//     refused (recipient; qmail-send's log writes it with underscores for
//     spaces, so the reply's words go unread). A 4xx reply ("Remote host
//     said: 4..", qmail-send's "deferral:") is temporary and left to the
//     reply. "Connected to <host> but sender was rejected." (MAIL FROM) and
//     "... but my name was rejected." (HELO) always come with the remote
//     host's reply, which decides (a sender refused with 5.7.1 "Access
//     denied" is rejected, as the sisimai fixture has it); "Sorry, I couldn't
//     find any host named ..." (#5.1.2) and "... a mail exchanger or IP
//     address" (#5.4.4) already read recipient.
//   - horde/Smtp f7bd337c, lib/Horde/Smtp/Exception.php: every 550 reply
//     becomes "Message could not be delivered - the address was not found, is
//     unknown, or is not receiving messages." (recipient), translated in
//     locale/{el,es,ja,tr}/LC_MESSAGES/Horde_Smtp.po (da and hu leave it out).
//     Nextcloud Mail (nextcloud/mail e5734fe2) sends through this library
//     (composer.json: bytestream/horde-mail, a fork of horde/Mail, and its
//     Horde_Smtp) and prefixes "Could not send message: "; its own l10n/
//     holds none of these sentences.
//   - horde/Mail c6089da9, lib/Horde/Mail/Transport/: Mail.php "mail()
//     returned failure." (PHP's mail(), the local sendmail, failed before any
//     SMTP login) and Sendmail.php "Failed to open sendmail [<path>] for
//     execution." (the local transport's setting: config); Sendmail.php
//     "sendmail: addressee unknown (67)" (EX_NOUSER: recipient); Smtp.php "No
//     From: address has been provided" (config). Its "Failed to add
//     recipient: ..." and "Failed to set sender: ..." carry the server's
//     reply and already read by it.
//   - Exim/exim 13835a3c: src/src/smtp_in.c "501 <addr>: recipient address
//     must contain a domain" (an unqualified RCPT TO such as "root" or
//     "null": recipient; its "sender address must contain a domain" already
//     reads config), src/src/routers/dnslookup.c "all relevant MX records
//     point to non-existent hosts", "... or (invalidly) to IP addresses" and
//     "an MX or SRV record indicated no SMTP service" (the recipient domain's
//     DNS: recipient).
//   - SMTP2GO's "550 unroutable domain: <domain> '<domain>' could not be found
//     on the internet, please re-check the email address." as quoted in
//     agregarr/agregarr#92 (the recipient domain does not exist: recipient).
//   - go-gomail/gomail 81ebce5c, send.go: "gomail: invalid address %q: %v"
//     when net/mail cannot parse a From, To, Cc or Bcc value the client set;
//     golang/go go1.26.8 src/net/mail/message.go, the address parser's errors
//     ("mail: expected single address", "mail: missing @ in addr-spec", ...,
//     every one from parseAddressList to consumeDisplayNameComment; the
//     header and date errors are no address and left alone), and
//     src/net/smtp/smtp.go "smtp: A line must not contain CR or LF" (an
//     address with a line break given to Mail or Rcpt): the client composed
//     an address it cannot send (config).
//   - Microsoft's support article "I get a 550, 553, or Relay Prohibited
//     error when I send email messages" (65b494a4-0a15-433e-829f-e73651e0245e)
//     on support.microsoft.com / support.office.com in de-de, it-it, es-es,
//     nl-nl, sv-se, cs-cz, sk-sk and pt-pt (and its Outlook 2003 edition
//     office.microsoft.com pt-pt HA001112833): Outlook's localized "The
//     message could not be sent because one of the recipients was rejected by
//     the server ... Server Response: '550 <addr>... Relaying Denied' ...
//     0x800CCC79" and "'553 sorry, that domain isn't in my list of allowed
//     rcpthosts (#5.7.1)'", each with the server's words translated. The
//     article's cause is the outgoing server refusing to relay for a client
//     that did not authenticate or uses another network's server: config.
//     The relay words are read only inside Outlook's sentence (a forwarding
//     refused elsewhere is not always a relay); the English, French,
//     Japanese, Portuguese (pt-br) and Spanish 553 wordings already read
//     config (relay_denied), and an unknown user inside the same sentence
//     keeps reading recipient.

// round44AddressesRules come right before codeRules: every text rule reads
// the server's reply quoted with these sentences first, and these decide
// before the reply code alone (msmtp's 501 for an unqualified recipient,
// Outlook's 553 5.7.1 for a relay refusal).
var round44AddressesRules = []rule{
	{id: "addresses_outlook_relay", class: ClassConfig, anyOf: p(
		// 550 "Relaying denied", as each edition of the article prints it
		"relay verweigert", "weiterleitung verweigert", // de (and its machine translation)
		"inoltro negato",          // it
		"retransmisión denegada",  // es
		"doorsturen geweigerd",    // nl
		"vidarebefordran nekades", // sv
		"přenos byl odepřen",      // cs
		"prenos odmietnutý",       // sk
		// 553 "that domain isn't in my list of allowed rcpthosts"
		"tillåtna rcpt-värdar",     // sv
		"toegestane rcpt-hosts",    // nl
		"lista de anfitriões rcpt", // pt-pt
		"hostiteľov rcpthost",      // sk
	), alsoAny: p(
		"0x800ccc79",
		"one of the recipients was rejected by the server",
		"einer der empfänger vom server",
		"uno dei destinatari è stato rifiutato dal server",
		"el servidor rechazó uno de los destinatarios",
		"van de geadresseerden door de server is geweigerd",
		"servern inte godkände en av mottagarna",
		"server odmítl jednoho z příjemců", "jeden z příjemců byl serverem odmítnut",
		"jeden z príjemcov bol zamietnutý serverom",
		"um dos destinatários foi rejeitado pelo servidor", "um de seus destinatários foi recusado pelo servidor",
		"l'un des destinataires a été refusé par le serveur",
	),
		doc: "Outlook's localized \"one of the recipients was rejected by the server\" quotes the outgoing server's relay refusal (550 relaying denied, 553 not in the allowed rcpthosts): the client must authenticate or use its own network's server"},
	{id: "addresses_msmtp_recipient", class: ClassRecipient, anyOf: slices.Concat(msmtpNotAccepted, p(
		"el servidor no acepta la dirección de destinatario", "сервер није прихватио адресу примаоца",
	)), alsoAny: p(
		"recipient address ", "empfängeradresse ", "ricevonto-retpoŝtadreso ", "l'adresse de destinataire ",
		"o endereço do recipiente ", "adresa destinatarului ", "адрес получателя ", "mottagaradress ",
		"адреса отримувача ", "收件人地址 ",
		"el servidor no acepta la dirección de destinatario", "сервер није прихватио адресу примаоца",
	), noneOf: temporaryReply44,
		doc: "msmtp: the server refused a recipient address at RCPT TO (\"recipient address ... not accepted by the server\", every locale), and no rule read the server's reply: the recipient"},
	{id: "addresses_msmtp_sender", class: ClassConfig, anyOf: slices.Concat(msmtpNotAccepted, p(
		"el servidor no acepta la dirección de remitente", "сервер није прихватио адресу за",
	)), alsoAny: p(
		"envelope from address ", "umschlagabsenderadresse ", "envelope-from-retpoŝtadreso ",
		"l'adresse d'expéditeur d'enveloppe ", "o envelope do endereço ", "adresa expeditorului plicului ",
		"адрес отправителя ", "kuvert från adress ", "обгортка із адресою відправника ", "发件人地址 ",
		"el servidor no acepta la dirección de remitente", "сервер није прихватио адресу за",
	), noneOf: temporaryReply44,
		doc: "msmtp: the server refused the envelope-from address at MAIL FROM (every locale), and no rule read the server's reply: the account's from setting"},
	{id: "addresses_recipient_refused", class: ClassRecipient, anyOf: p(
		// qmail-remote, as a bounce and in qmail-send's log
		"does not like recipient", "does_not_like_recipient",
		// msmtp's LMTP refusal: en, de, eo, es, fr, pt_BR, ro, ru, sr, sv, ta, uk, zh_CN
		"the server refuses to send the mail to ", "der server weigert sich, die mail an ",
		"la servilo rifuzas sendi la retpoŝtaĵon al ", "el servidor rechazó enviar el correo a ",
		"le serveur refuse d'envoyer le courriel à ", "o servidor se recusa a enviar a mensagem para ",
		"serverul refuză să trimită e-mailul către ", "сервер отказался пересылать письмо ",
		"сервер одбија да пошаље поштуза", "servern vägrar att skicka e-post till ",
		"க்கு அனுப்ப மறுக்கிறது", "сервером відмовлено у надсиланні пошти до ", "服务器拒绝向 ",
		// Horde_Smtp's 550 sentence: en, el, es, ja, tr
		"the address was not found, is unknown, or is not receiving messages",
		"η διεύθυνση δεν βρέθηκε, είναι άγνωστη, ή δεν λαμβάνει μηνύματα",
		"la dirección no se encontró, es desconocida o no acepta la recepción de mensajes",
		"アドレスが見つからないか不明", "adres bulunamadı, bilinmiyor veya iletileri kabul etmiyor",
		// Horde_Mail's sendmail transport, EX_NOUSER
		"sendmail: addressee unknown",
		// Exim
		"recipient address must contain a domain", "mx records point to non-existent hosts",
		"an mx or srv record indicated no smtp service",
		// SMTP2GO
		"unroutable domain", "could not be found on the internet, please re-check the email address",
	), noneOf: slices.Concat(temporaryReply44, p("remote host said: 4", "remote_host_said:_4", "deferral:", "try again later")),
		doc: "a client or server says the server will not deliver to a recipient address: qmail-remote's \"does not like recipient\", msmtp's LMTP refusal, Horde_Smtp's 550 sentence (Nextcloud Mail), Exim's unqualified recipient and broken MX, SMTP2GO's unroutable domain"},
	{id: "addresses_address_syntax", class: ClassConfig, anyOf: p(
		// gomail and Go's net/mail address parser
		"gomail: invalid address ",
		"mail: expected single address", "mail: no address", "mail: missing '@' or angle-addr", "mail: no angle-addr",
		"mail: unclosed angle-addr", "mail: missing @ in addr-spec", "mail: no domain in addr-spec", "mail: no addr-spec",
		"mail: empty quoted string in addr-spec", "mail: expected comma", "mail: empty group", "mail: group with multiple addresses",
		"mail: missing word in phrase", "mail: unclosed quoted-string", "mail: invalid utf-8 in quoted-string",
		"mail: bad character in quoted-string", "mail: invalid utf-8 in address", "mail: invalid string",
		"mail: leading dot in atom", "mail: double dot in atom", "mail: trailing dot in atom", "mail: unclosed domain-literal",
		"mail: invalid utf-8 in domain-literal", "mail: bad character in domain-literal", "mail: invalid ip address in domain-literal",
		"mail: misformatted parenthetical comment", "mail: comment does not start with (",
		// Go's net/smtp: an address with a line break
		"smtp: a line must not contain cr or lf",
		// msmtp conf.c "envelope-from address is missing": en, de, eo, es, fr, pt_BR, ro, ru, sr, sv, uk, zh_CN
		"envelope-from address is missing", "umschlagabsenderadresse fehlt", "envelope-from-retpoŝtadreso mankas",
		"falta la dirección del remitente", "adresse de l'expéditeur d'enveloppe est manquante", "falta o endereço envelope-from",
		"lipsește adresa expeditorului de pe plic", "пропущен адрес-обёртка", "недостаје адреса за",
		"kuvert-från-adress saknas", "пропущено адресу-обгортку", "缺少发件人地址",
		// Horde_Mail's SMTP transport
		"no from: address has been provided",
	),
		doc: "the client composed an address it cannot send or has none: gomail's and Go's net/mail parse errors, an address with a line break, msmtp's missing envelope-from, Horde_Mail's missing From"},
	{id: "addresses_local_transport", class: ClassConfig, anyOf: p(
		"mail() returned failure", "failed to open sendmail [",
	),
		doc: "Horde_Mail (Nextcloud Mail's php-mail and sendmail transports): PHP's mail() or the local sendmail failed before any SMTP login: the transport setting"},
}

// msmtpNotAccepted is msmtp's "... not accepted by the server" after a
// recipient or envelope-from address, in each locale that puts the address
// before it.
var msmtpNotAccepted = p(
	" not accepted by the server", " wird vom server nicht akzeptiert", " ne estas akceptata de la servilo",
	" n'est pas acceptée par le serveur", " não foi aceito pelo servidor", " nu este acceptată de server",
	" отклонён сервером", " accepteras inte av servern", " є неприйнятною для сервера", " 未被服务器接受",
)

// temporaryReply44 marks a 4xx reply quoted after msmtp's sentences (its
// "server message: %s" and "LMTP server message: %s" in every locale, and its
// log's smtpstatus): the reply's words or code decide.
var temporaryReply44 = p(
	"server message: 4", "smtpstatus=4", "nachricht des servers: 4", "nachricht des lmtp-servers: 4",
	"servila mesaĝo: 4", "mensaje del servidor: 4", "mensaje del servidor lmtp: 4",
	"message du serveur : 4", "message du serveur lmtp : 4", "mensagem do servidor: 4", "mensagem do servidor lmtp: 4",
	"mesajul serverului: 4", "mesajul serverului lmtp: 4",
	"сервера: 4",          // ru, sr, uk ("сообщение сервера", "порука „lmtp“ сервера", "повідомлення сервера")
	"сервера lmtp: 4",     // ru, uk LMTP
	"servermeddelande: 4", // sv (and "lmtp-servermeddelande")
	"服务器消息：4", "வழங்கிச் செய்தி: 4",
)
