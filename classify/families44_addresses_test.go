package classify

import (
	"testing"
)

// Round 44's sentences about a recipient or sender address
// (round44_addresses.go): clients' and servers' own words, in every locale
// each ships, with the sibling sentences of the same code, and look-alikes
// that must keep their reading.
func TestRound44AddressesFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// msmtp smtp.c: "recipient address %s not accepted by the server",
		// every locale of po/ (ka and ta leave it untranslated).
		{"msmtp: recipient address root not accepted by the server", ClassRecipient, "addresses_msmtp_recipient"},
		{"sendmail: recipient address root not accepted by the server", ClassRecipient, "addresses_msmtp_recipient"},
		{"msmtp: Empfängeradresse root wird vom Server nicht akzeptiert", ClassRecipient, "addresses_msmtp_recipient"},
		{"msmtp: ricevonto-retpoŝtadreso root ne estas akceptata de la servilo", ClassRecipient, "addresses_msmtp_recipient"},
		{"msmtp: el servidor no acepta la dirección de destinatario root", ClassRecipient, "addresses_msmtp_recipient"},
		{"msmtp: l'adresse de destinataire root n'est pas acceptée par le serveur", ClassRecipient, "addresses_msmtp_recipient"},
		{"msmtp: o endereço do recipiente root não foi aceito pelo servidor", ClassRecipient, "addresses_msmtp_recipient"},
		{"msmtp: adresa destinatarului root nu este acceptată de server", ClassRecipient, "addresses_msmtp_recipient"},
		{"msmtp: адрес получателя root отклонён сервером", ClassRecipient, "addresses_msmtp_recipient"},
		{"msmtp: сервер није прихватио адресу примаоца „root“", ClassRecipient, "addresses_msmtp_recipient"},
		{"msmtp: mottagaradress root accepteras inte av servern", ClassRecipient, "addresses_msmtp_recipient"},
		{"msmtp: адреса отримувача root є неприйнятною для сервера", ClassRecipient, "addresses_msmtp_recipient"},
		{"msmtp: 收件人地址 root 未被服务器接受", ClassRecipient, "addresses_msmtp_recipient"},
		// The round's rows, and the server's own reply decides when a rule
		// reads it.
		{"msmtp: recipient address root not accepted by the server\nmsmtp: server message: 501 <root>: recipient address must contain a domain", ClassRecipient, ""},
		{"msmtp: recipient address bob@example.org not accepted by the server\nmsmtp: server message: 554 5.7.1 <bob@example.org>: Relay access denied", ClassConfig, "relay_denied"},
		{"msmtp: recipient address bob@example.org not accepted by the server\nmsmtp: server message: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table", ClassRecipient, ""},
		// A temporary reply leaves the sentence to the reply's words or code.
		{"msmtp: recipient address bob@example.org not accepted by the server\nmsmtp: server message: 451 4.3.0 <bob@example.org>: Temporary lookup failure", ClassTransient, ""},
		{"smtpstatus=450 smtpmsg='450 4.7.1 <bob@example.org>: Recipient address rejected: greylisted' errormsg='recipient address bob@example.org not accepted by the server' exitcode=EX_TEMPFAIL", ClassTransient, ""},
		// msmtp smtp.c (LMTP): "the server refuses to send the mail to %s",
		// every locale (ka leaves it untranslated).
		{"msmtp: the server refuses to send the mail to bob@example.org", ClassRecipient, "addresses_recipient_refused"},
		{"msmtp: der Server weigert sich, die Mail an bob@example.org zu schicken", ClassRecipient, "addresses_recipient_refused"},
		{"msmtp: la servilo rifuzas sendi la retpoŝtaĵon al bob@example.org", ClassRecipient, "addresses_recipient_refused"},
		{"msmtp: el servidor rechazó enviar el correo a bob@example.org", ClassRecipient, "addresses_recipient_refused"},
		{"msmtp: le serveur refuse d'envoyer le courriel à bob@example.org", ClassRecipient, "addresses_recipient_refused"},
		{"msmtp: o servidor se recusa a enviar a mensagem para bob@example.org", ClassRecipient, "addresses_recipient_refused"},
		{"msmtp: serverul refuză să trimită e-mailul către bob@example.org", ClassRecipient, "addresses_recipient_refused"},
		{"msmtp: сервер отказался пересылать письмо bob@example.org", ClassRecipient, "addresses_recipient_refused"},
		{"msmtp: сервер одбија да пошаље поштуза „bob@example.org“", ClassRecipient, "addresses_recipient_refused"},
		{"msmtp: servern vägrar att skicka e-post till bob@example.org", ClassRecipient, "addresses_recipient_refused"},
		{"msmtp: வழங்கி மடலை bob@example.org க்கு அனுப்ப மறுக்கிறது", ClassRecipient, "addresses_recipient_refused"},
		{"msmtp: сервером відмовлено у надсиланні пошти до bob@example.org", ClassRecipient, "addresses_recipient_refused"},
		{"msmtp: 服务器拒绝向 bob@example.org 发送邮件", ClassRecipient, "addresses_recipient_refused"},
		{"msmtp: the server refuses to send the mail to bob@example.org\nmsmtp: LMTP server message: 554 5.7.1 <bob@example.org>: Relay access denied", ClassConfig, "relay_denied"},
		// msmtp smtp.c: "envelope from address %s not accepted by the
		// server": the sender setting (config), every locale.
		{"msmtp: envelope from address anna@example.com not accepted by the server", ClassConfig, ""},
		{"msmtp: Umschlagabsenderadresse anna@example.com wird vom Server nicht akzeptiert", ClassConfig, "addresses_msmtp_sender"},
		{"msmtp: envelope-from-retpoŝtadreso anna@example.com ne estas akceptata de la servilo", ClassConfig, "addresses_msmtp_sender"},
		{"msmtp: el servidor no acepta la dirección de remitente anna@example.com", ClassConfig, "addresses_msmtp_sender"},
		{"msmtp: l'adresse d'expéditeur d'enveloppe anna@example.com n'est pas acceptée par le serveur", ClassConfig, "addresses_msmtp_sender"},
		{"msmtp: o envelope do endereço anna@example.com não foi aceito pelo servidor", ClassConfig, "addresses_msmtp_sender"},
		{"msmtp: adresa expeditorului plicului anna@example.com nu este acceptată de server", ClassConfig, "addresses_msmtp_sender"},
		{"msmtp: адрес отправителя anna@example.com отклонён сервером", ClassConfig, "addresses_msmtp_sender"},
		{"msmtp: сервер није прихватио адресу за „коверту шаље“ „anna@example.com“", ClassConfig, "addresses_msmtp_sender"},
		{"msmtp: kuvert från adress anna@example.com accepteras inte av servern", ClassConfig, "addresses_msmtp_sender"},
		{"msmtp: обгортка із адресою відправника anna@example.com є неприйнятною для сервера", ClassConfig, "addresses_msmtp_sender"},
		{"msmtp: 发件人地址 anna@example.com 未被服务器接受", ClassConfig, "addresses_msmtp_sender"},
		// msmtp conf.c: "envelope-from address is missing", every locale.
		{"msmtp: account default from /etc/msmtprc: envelope-from address is missing", ClassConfig, "addresses_address_syntax"},
		{"msmtp: Umschlagabsenderadresse fehlt", ClassConfig, "addresses_address_syntax"},
		{"msmtp: adresse de l'expéditeur d'enveloppe est manquante", ClassConfig, "addresses_address_syntax"},
		{"msmtp: envelope-from-retpoŝtadreso mankas", ClassConfig, "addresses_address_syntax"},
		{"msmtp: falta la dirección del remitente", ClassConfig, "addresses_address_syntax"},
		{"msmtp: falta o endereço envelope-from", ClassConfig, "addresses_address_syntax"},
		{"msmtp: kuvert-från-adress saknas", ClassConfig, "addresses_address_syntax"},
		{"msmtp: lipsește adresa expeditorului de pe plic", ClassConfig, "addresses_address_syntax"},
		{"msmtp: недостаје адреса за „коверту шаље“", ClassConfig, "addresses_address_syntax"},
		{"msmtp: пропущен адрес-обёртка «От» (envelope-from)", ClassConfig, "addresses_address_syntax"},
		{"msmtp: пропущено адресу-обгортку «Від» (envelope-from)", ClassConfig, "addresses_address_syntax"},
		{"msmtp: 缺少发件人地址", ClassConfig, "addresses_address_syntax"},

		// qmail-remote.c: "does not like recipient." with the remote
		// host's reply, as a bounce and as qmail-send's log line.
		{"192.168.41.48 does not like recipient.\nRemote host said: 550 No such user\nGiving up on 192.168.41.48.", ClassRecipient, ""},
		{"failure: 192.168.41.48_does_not_like_recipient./Remote_host_said:_/\n_Zdalny_host_odpowiedzial:_500_No_such_user/Giving_up_on_192.168.41.48.", ClassRecipient, "addresses_recipient_refused"},
		{"192.0.2.25 does not like recipient.", ClassRecipient, "addresses_recipient_refused"},
		{"192.0.2.25 does not like recipient.\nRemote host said: 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)\nGiving up on 192.0.2.25.", ClassConfig, "relay_denied"},
		{"deferral: 192.0.2.25_does_not_like_recipient./Remote_host_said:_451_4.3.0_temporary_failure/", ClassTransient, ""},
		// qmail-remote.c: a refused sender always comes with the remote
		// host's reply, which decides.
		{"Connected to 192.0.2.25 but sender was rejected.\nRemote host said: 553 5.1.8 <anna@example.com>: Sender address rejected: Domain not found", ClassRejected, "sender_domain_dns"},
		{"Connected to 192.0.2.225 but sender was rejected. Remote host said: 550 5.7.1 <root@nijo.example.jp>... Access denied", ClassRejected, ""},
		{"Connected to 192.0.2.25 but sender was rejected./Remote host said: 553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)", ClassRejected, ""},

		// Horde_Smtp (Nextcloud Mail's SMTP client) for any 550 reply, in
		// English and in each locale/ it ships that translates it.
		{"Could not send message: Message could not be delivered - the address was not found, is unknown, or is not receiving messages.", ClassRecipient, "addresses_recipient_refused"},
		{"Το μήνυμα δεν μπόρεσε να παραδοθεί - η διεύθυνση δεν βρέθηκε, είναι άγνωστη, ή δεν λαμβάνει μηνύματα.", ClassRecipient, "addresses_recipient_refused"},
		{"No se pudo enviar el mensaje - la dirección no se encontró, es desconocida o no acepta la recepción de mensajes.", ClassRecipient, "addresses_recipient_refused"},
		{"メッセージは配送されませんでした - アドレスが見つからないか不明、あるいは受信メッセージではありません。", ClassRecipient, "addresses_recipient_refused"},
		{"İleti teslim edilemedi - adres bulunamadı, bilinmiyor veya iletileri kabul etmiyor.", ClassRecipient, "addresses_recipient_refused"},
		// Horde_Mail's sendmail transport for EX_NOUSER.
		{"sendmail: addressee unknown (67)", ClassRecipient, "addresses_recipient_refused"},
		// Horde_Mail's local transports and missing From (config).
		{"Sending mail failed: Could not send message: mail() returned failure.", ClassConfig, "addresses_local_transport"},
		{"Failed to open sendmail [/usr/sbin/sendmail] for execution.", ClassConfig, "addresses_local_transport"},
		{"No From: address has been provided", ClassConfig, "addresses_address_syntax"},

		// Exim: smtp_in.c's unqualified recipient, dnslookup.c's broken MX.
		{"501 <null>: recipient address must contain a domain", ClassRecipient, "addresses_recipient_refused"},
		{"all relevant MX records point to non-existent hosts", ClassRecipient, "addresses_recipient_refused"},
		{"MX records point to non-existent hosts or (invalidly) to IP addresses", ClassRecipient, "addresses_recipient_refused"},
		{"an MX or SRV record indicated no SMTP service", ClassRecipient, "addresses_recipient_refused"},
		{"501 <anna>: sender address must contain a domain", ClassConfig, ""},
		// SMTP2GO: the recipient's domain does not resolve.
		{"550 unroutable domain: imdb.agregarr 'imdb.agregarr' could not be found on the internet, please re-check the email address.", ClassRecipient, "addresses_recipient_refused"},

		// gomail and Go's net/mail address parser: an address the client
		// composed is malformed (config).
		{"Failed to send notification to email addresses: xx@xxxxx.xx: gomail: could not send email 1: gomail: invalid address \\\"xx@xxxxx.xx <xx@xxxxx.xx>\\\": mail: expected single address, got \\\"<xx@xxxxx.xx>\\\"", ClassConfig, "addresses_address_syntax"},
		{`gomail: invalid address "bob": mail: missing '@' or angle-addr`, ClassConfig, "addresses_address_syntax"},
		{"mail: no address", ClassConfig, "addresses_address_syntax"},
		{"mail: missing @ in addr-spec", ClassConfig, "addresses_address_syntax"},
		{"mail: no domain in addr-spec", ClassConfig, "addresses_address_syntax"},
		{"mail: no angle-addr", ClassConfig, "addresses_address_syntax"},
		{"mail: unclosed angle-addr", ClassConfig, "addresses_address_syntax"},
		{"mail: expected comma", ClassConfig, "addresses_address_syntax"},
		{"mail: empty group", ClassConfig, "addresses_address_syntax"},
		{"mail: group with multiple addresses", ClassConfig, "addresses_address_syntax"},
		{"mail: no addr-spec", ClassConfig, "addresses_address_syntax"},
		{"mail: empty quoted string in addr-spec", ClassConfig, "addresses_address_syntax"},
		{"mail: missing word in phrase: mail: invalid string", ClassConfig, "addresses_address_syntax"},
		{"mail: unclosed quoted-string", ClassConfig, "addresses_address_syntax"},
		{`mail: invalid utf-8 in address: "\xff@example.com"`, ClassConfig, "addresses_address_syntax"},
		{`mail: bad character in quoted-string: '\x00'`, ClassConfig, "addresses_address_syntax"},
		{"mail: leading dot in atom", ClassConfig, "addresses_address_syntax"},
		{"mail: double dot in atom", ClassConfig, "addresses_address_syntax"},
		{"mail: trailing dot in atom", ClassConfig, "addresses_address_syntax"},
		{"mail: unclosed domain-literal", ClassConfig, "addresses_address_syntax"},
		{`mail: invalid IP address in domain-literal: "999.1.1.1"`, ClassConfig, "addresses_address_syntax"},
		{"mail: misformatted parenthetical comment", ClassConfig, "addresses_address_syntax"},
		{"smtp: A line must not contain CR or LF", ClassConfig, "addresses_address_syntax"},
		// Look-alikes: a message header that does not parse is no address,
		// and gomail's other sentences keep their rules.
		{"mail: header could not be parsed", ClassUnknown, ""},
		{`gomail: invalid message, "From" field is absent`, ClassConfig, "settings_sender_not_set"},
		{"gomail: could not send email 1: 535 Authorization failed: Envelope From address <no-reply@example.com> not authorized", ClassConfig, "sender_not_owned"},
		{"gomail: could not send email 1: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown", ClassRecipient, ""},

		// Outlook's localized "one of the recipients was rejected" with the
		// server's relay refusal inside, as Microsoft's article on 550, 553
		// and relay errors prints it in each language.
		{"Die Nachricht konnte nicht gesendet werden, da einer der Empfänger vom Server nicht akzeptiert wurde. Die nicht akzeptierte E-Mail-Adresse ist <jemand@beispiel.com>. Betreff: \"<Test>\", Konto: \"<Test>\", Server: \"<smtp.beispiel.com>\", Protokoll: SMTP, Serverantwort: \"550 <jemand@beispiel.com>... Relay verweigert\", Anschluss: 25, Secure (SSL): Nein, Serverfehler: 550, Fehlernummer: 0x800CCC79.", ClassConfig, "addresses_outlook_relay"},
		{"Die Nachricht konnte nicht gesendet werden, da einer der Empfänger vom Server abgelehnt wurde. Die abgelehnte E-Mail-Adresse lautete „<jemand@example.com>\". Betreff: „<Test>\", Konto: „<Test>\", Server: '<smtp.example.com>', Protokoll: SMTP, Serverantwort: '550 <jemand@example.com>... Weiterleitung verweigert', Port: 25, Sicher (SSL): Nein, Serverfehler: 550, Fehlernummer: 0x800CCC79.", ClassConfig, "addresses_outlook_relay"},
		{"Impossibile inviare il messaggio perché uno dei destinatari è stato rifiutato dal server. L'indirizzo di posta elettronica rifiutato era \"<someone@example.com>\". Oggetto: '<test>', Account: '<Test>', Server: '<smtp.example.com>', Protocollo: SMTP, Risposta server: '550 <someone@example.com>... Inoltro negato', porta: 25, sicuro (SSL): No, errore del server: 550, numero di errore: 0x800CCC79", ClassConfig, "addresses_outlook_relay"},
		{"El mensaje no se pudo enviar porque el servidor rechazó uno de los destinatarios. La dirección de correo electrónico rechazada era \"<someone@example.com>\". Asunto: '<Prueba>', Cuenta: '<Prueba>', Servidor: '<smtp.example.com>', Protocolo: SMTP, Respuesta del servidor: '550 <someone@example.com>... Retransmisión denegada', Puerto: 25, Seguro (SSL): No, Error del servidor: 550, Número de error: 0x800CCC79", ClassConfig, "addresses_outlook_relay"},
		{"Kan het bericht niet verzenden omdat één van de geadresseerden door de server is geweigerd. Het geweigerde e-mailadres is <e-mailadres>. Onderwerp: '<Test>', account: '<Test>', server: 'smtp.example.com>', protocol: SMTP, reactie van server: '553, dat domein is niet in mijn lijst met toegestane rcpt-hosts (#5.7.1)', poort: 25, beveiligd (SSL): Nee, serverfout: 553, foutnummer: 0x800CCC79.", ClassConfig, "addresses_outlook_relay"},
		{"Zprávu nebylo možné odeslat, protože jeden z příjemců byl serverem odmítnut. Odmítnutá e-mailová adresa je '<adresa@example.com>'. Předmět: '<Test>', Účet: '<Test>', Server: '<smtp.example.com>', Protokol: SMTP, Odpověď serveru: '550 <adresa@example.com>... Přenos byl odepřen', Port: 25, Zabezpečení (SSL): Ne, Chyba serveru: 550, Číslo chyby: 0x800CCC79.", ClassConfig, "addresses_outlook_relay"},
		{"Správu nebolo možné odoslať, pretože jeden z príjemcov bol zamietnutý serverom. Odmietnutá e-mailová adresa je „<meno@example.com>“. Predmet: „<Test>“, Konto: „<Test>“, Server: „<smtp.example.com>“, protokol: SMTP, odpoveď servera: „550 <meno@example.com>... Prenos odmietnutý“, port: 25, zabezpečenie (SSL): nie, chyba servera: 550, číslo chyby: 0x800CCC79.", ClassConfig, "addresses_outlook_relay"},
		{"Správu nebolo možné odoslať, pretože jeden z príjemcov bol zamietnutý serverom. Odmietnutá e-mailová adresa je '<e-mailová adresa>'. Predmet '<Test>', Konto: '<Test>', Server: '<smtp.example.com>', Protokol: SMTP, odpoveď servera: '553 Doména nie je uvedená v zozname povolených hostiteľov rcpthost (#5.7.1)', port: 25, zabezpečenie(SSL): nie, chyba servera: 553, číslo chyby: 0x800CCC79.", ClassConfig, "addresses_outlook_relay"},
		{"A mensagem não pode ser enviada porque um dos destinatários foi rejeitado pelo servidor. O endereço de correio electrónico rejeitado foi '<endereço do correio electronico>'. Assunto '<Teste>', Conta: '<Teste>', Servidor: '<smtp.examplo.com>', Protocolo: SMTP, Resposta do Servidor: '553 este domínio não faz parte da minha lista de anfitriões rcpt (#5.7.1)', Porta: 25, Secure(SSL): Não, Erro do Servidor: 553, Número do Erro: 0x800CCC79.", ClassConfig, "addresses_outlook_relay"},
		// The languages whose relay words the rules read already.
		{"Impossible d'envoyer le message car l'un des destinataires a été refusé par le serveur. L'adresse de messagerie refusée était '<personne@exemple.com>'. Objet : '<Test>', Compte : '<Test>', Serveur : '<smtp.exemple.com>', Protocole : SMTP, Réponse du serveur : '550 <personne@exemple.com>... Relais refusé', Port : 25, Sécurisé (SSL) : Non, Erreur du serveur : 550, Numéro d'erreur : 0x800CCC79", ClassConfig, ""},
		{"A mensagem não pôde ser enviada porque um de seus destinatários foi recusado pelo servidor. O endereço de email recusado era nome@exemplo.com'. Assunto: '<Teste>', Conta: '<Teste>', Servidor: 'smtp.exemplo.com', Protocolo: SMTP, Resposta do Servidor: '550 nome@exemplo.com... Retransmissão Negada', Porta: 25, Secure Sockets Layer (SSL): Não, Erro do Servidor: 550, Número do Erro: 0x800CCC79.", ClassConfig, ""},
		// An unknown user inside the same sentence is the recipient.
		{"The message could not be sent because one of the recipients was rejected by the server. The rejected e-mail address was 'bob@example.org'. Subject 'Test', Account: 'x', Server: 'smtp.example.com', Protocol: SMTP, Server Response: '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table', Port: 25, Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79", ClassRecipient, ""},
		{"Det gick inte att skicka meddelandet på grund av att servern inte godkände en av mottagarna. E-postadressen som inte godkändes är '<namn@example.com>'. Ämne: '<Test>', Konto: '<Test>', Server: '<smtp.example.com>', Protokoll: SMTP, Serversvar: '550 <namn@example.com>... User unknown', Port: 25, Secure (SSL): Nej, Serverfel: 550, Felnummer: 0x800CCC79.", ClassRecipient, ""},
		{"Kan het bericht niet verzenden omdat één van de geadresseerden door de server is geweigerd. Het geweigerde e-mailadres is <iemand@example.com>. Onderwerp: '<Test>', account: '<Test>', server: 'smtp.example.com>', protocol: SMTP, reactie van server: '550 <iemand@example.com>... Mailbox unavailable', poort: 25, beveiligd (SSL): Nee, serverfout: 550, foutnummer: 0x800CCC79.", ClassRecipient, ""},
		// The relay words alone, outside Outlook's sentence, keep their
		// reading: forwarding refused is not always a relay.
		{"Automatische Weiterleitung verweigert", ClassUnknown, ""},
		{"Inoltro negato", ClassUnknown, ""},
		{"Vidarebefordran nekades", ClassUnknown, ""},
		{"Doorsturen geweigerd", ClassUnknown, ""},
	})
	// The round's rows that come with their reply code.
	for _, tc := range []struct {
		code     int
		enhanced string
		text     string
		want     Class
	}{
		{501, "", "msmtp: recipient address root not accepted by the server\nmsmtp: server message: 501 <root>: recipient address must contain a domain", ClassRecipient},
		{501, "", "com.sun.mail.smtp.SMTPAddressFailedException: 501 <null>: recipient address must contain a domain", ClassRecipient},
		{500, "", "failure: 192.168.41.48_does_not_like_recipient./Remote_host_said:_/\n_Zdalny_host_odpowiedzial:_500_No_such_user/Giving_up_on_192.168.41.48.", ClassRecipient},
		{550, "", "550 unroutable domain: imdb.agregarr 'imdb.agregarr' could not be found on the internet, please re-check the email address.", ClassRecipient},
		{550, "", "Det gick inte att skicka meddelandet på grund av att servern inte godkände en av mottagarna. E-postadressen som inte godkändes är '<namn@example.com>'. Ämne: '<Test>', Konto: '<Test>', Server: '<smtp.example.com>', Protokoll: SMTP, Serversvar: '550 <namn@example.com>... Vidarebefordran nekades', Port: 25, Secure (SSL): Nej, Serverfel: 550, Felnummer: 0x800CCC79.", ClassConfig},
		{553, "5.7.1", "Det gick inte att skicka meddelandet på grund av att servern inte godkände en av mottagarna. E-postadressen som inte godkändes är '<e-postadress>'. Ämne: '<Test>', Konto: '<Test>', Server: '<smtp.example.com>', Protokoll: SMTP, Serversvar: '553 domänen finns inte i listan över tillåtna rcpt-värdar (5.7.1)', Port: 25, Secure (SSL): Nej, Serverfel: 553, Felnummer: 0x800CCC79.", ClassConfig},
		{550, "", "Kan het bericht niet verzenden omdat één van de geadresseerden door de server is geweigerd. Het geweigerde e-mailadres is <iemand@example.com>. Onderwerp: '<Test>', account: '<Test>', server: 'smtp.example.com>', protocol:</Test> </Test> SMTP, reactie van server: '550 <iemand@example.com>... Doorsturen geweigerd ', poort: 25, beveiligd (SSL): Nee, serverfout: 550, foutnummer: 0x800CCC79.", ClassConfig},
		{550, "", "Zprávu nebylo možné odeslat, protože server odmítl jednoho z příjemců. Odmítnutá e-mailová adresa byla \"<someone@example.com>\". Předmět: \"<Test>\", Účet: \"<Test>\", Server: \"<smtp.example.com>\", Protokol: SMTP, Odpověď serveru: '550 <someone@example.com>... Přenos byl odepřen, port: 25, zabezpečení (SSL): Ne, chyba serveru: 550, číslo chyby: 0x800CCC79.", ClassConfig},
		{553, "5.7.1", "El mensaje no se pudo enviar porque el servidor rechazó uno de los destinatarios. La dirección de correo electrónico rechazada era \"<dirección de correo electrónico>\". Asunto \"<prueba>\", Cuenta: \"<Prueba>\", Servidor: \"<smtp.example.com>\", Protocolo: SMTP, Respuesta del servidor: \"553 lo sentimos, ese dominio no está en mi lista de rcpthosts permitidos (#5.7.1)\", Puerto: 25, Seguro(SSL): No, Error del servidor: 553, Número de error: 0x800CCC79", ClassConfig},
		// A temporary reply to RCPT keeps its code's reading.
		{450, "4.2.0", "msmtp: recipient address bob@example.org not accepted by the server\nmsmtp: server message: 450 4.2.0 <bob@example.org>: mailbox busy", ClassRecipient},
		{451, "", "msmtp: recipient address bob@example.org not accepted by the server\nmsmtp: server message: 451 local error in processing", ClassTransient},
	} {
		if v := Reply(tc.code, tc.enhanced, tc.text); v.Class != tc.want {
			t.Errorf("Reply(%d, %q, %q) = %s (rule %s), want %s", tc.code, tc.enhanced, tc.text, v.Class, v.Rule, tc.want)
		}
	}
}
