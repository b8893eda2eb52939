package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round 47's providers' own replies and diagnostics (round47_providers.go):
// every entry of the three tables kept as catalogs (OVHcloud's Exchange
// diagnostic guide in its seven languages, Orange's and La Poste's OFR/LPN
// codes as sisimai tables them, Google Workspace's SMTP table in pt-BR), the
// sibling sentences of the same sources, AOL's and Free's replies, and
// look-alikes that must keep their reading.
func TestRound47ProvidersFamilies(t *testing.T) {
	// Each catalog entry, as labelled from its source before any rule.
	catalogs := loadCatalogs(t)
	for _, name := range []string{"ovh_exchange_diagnostic", "franceptt_smtp", "google_workspace_smtp_ptbr"} {
		entries := catalogs[name]
		assert.NotEmpty(t, entries, name)
		for _, e := range entries {
			v := classifyEntry(e)
			assert.Equal(t, e.WantClass, v.Class, "%s: %s (rule %s): %s", name, e.ID, v.Rule, e.Text)
		}
	}

	// Replies with their codes, as a relay logs them.
	replies := []struct {
		code     int
		enhanced string
		text     string
		want     Class
	}{
		// AOL's 521 5.2.1: CON:B1, its IP block for a spike in complaints,
		// and the same refusal worded for the message; 5.2.1 names no
		// recipient mailbox here.
		{521, "5.2.1", "X=TLSv1:DHE-RSA-AES256-SHA:256: SMTP error from remote mail server after end of data: 521 5.2.1 :  AOL will not accept delivery of this message.", ClassRejected},
		{521, "5.2.1", "521 5.2.1 :  AOL will not accept delivery of this message.", ClassRejected},
		{521, "5.2.1", "SMTP error from remote mail server after end of data: host mailin-02.mx.aol.com [64.12.90.65]: 521 5.2.1 :(CON:B1) http://postmaster.info.aol.com/errors/554conb1.html", ClassRejected},
		{521, "5.2.1", "521 5.2.1 : (CON:B1)", ClassRejected},
		// AOL's overload answer of 2012, a 5xx that says to try later.
		{521, "5.2.1", "521 5.2.1 Service unavailable. Please try again later.", ClassTransient},
		// A recipient's own 5.2.1 stays the recipient's.
		{550, "5.2.1", "550 5.2.1 The email account that you tried to reach is disabled.", ClassRecipient},

		// Free's MX: a message with bare LF line ends is dropped (its form).
		{550, "", "SMTP error from remote server for TEXT command, host: mx1.free.fr (212.27.48.7) reason: 550 mail dropped, bare LF found", ClassRejected},
		{550, "", "550 mail dropped, bare LF found", ClassRejected},
		{550, "", "550 spam detected", ClassRejected},
		// Exchange Online's and Postfix's bare line-feed refusals keep their reading.
		{550, "5.6.11", "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA", ClassConfig},
		{521, "5.5.2", "521 5.5.2 mail.example.com Error: bare <LF> received", ClassConfig},

		// La Poste's and Orange's "service refused": a 5xx with code 510 or
		// 103 is the sending IP's block; the 421s are temporary, OFR_999 a
		// two-hour IP suspension.
		{550, "5.7.1", "Dec 31 10:36:25 mastodon postfix/smtp[1559044]: 45F901B95D8: to=<...@laposte.net>, relay=smtpz4.laposte.net[160.92.124.66]:25, delay=0.28, delays=0.06/0.01/0.05/0.17, dsn=5.7.1, status=bounced (host smtpz4.laposte.net[160.92.124.66] said: 550 5.7.1 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN007_510 (in reply to end of DATA command))", ClassRejected},
		{421, "", "421 mwinf5c77 ME Service refuse. Veuillez essayer plus\n    tard. Service refused, please try later. OFR_999 [999]", ClassRateLimited},
		{421, "4.2.0", "421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505] (in reply to end of DATA command)", ClassTransient},
		{0, "4.2.1", "Une erreur est survenue lors de l'envoi du message. Le serveur a répondu '4.2.1 service refusé'. Veuillez essayer plus tard. LPN 104-105", ClassTransient},
		// "Emetteur invalide": the envelope sender (config), as the held-out rows label it.
		{501, "5.1.0", "\"code\": 501,\n\t\t\"message\": \"5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]\",", ClassConfig},
		{550, "5.1.0", "host smtp.orange.fr[193.252.22.64] said: 550 5.1.0 Emetteur invalide. Invalid Sender. OFR_415 (in reply to MAIL FROM command)", ClassConfig},
		{550, "5.5.0", "Negative SMTP reply: 550 5.5.0 Emetteur invalide. Invalid Sender. LPN104_415", ClassConfig},

		// Google Workspace in English keeps its readings.
		{450, "4.2.1", "Peak SMTP relay limit exceeded for this customer. This is a temporary error. For more information on SMTP relay limits, contact your administrator or go to SMTP relay service error messages.", ClassRateLimited},
		{450, "4.2.1", "The user you are trying to contact is receiving email too quickly. Please resend your message at a later time.", ClassRecipient},
	}
	for _, r := range replies {
		v := Reply(r.code, r.enhanced, r.text)
		assert.Equal(t, r.want, v.Class, "%d %s (rule %s): %s", r.code, r.enhanced, v.Rule, r.text)
	}

	assertTextRules(t, []textCase{
		// Google Workspace's pt-BR table without the code.
		{"Limite máximo de redirecionamento SMTP excedido para o cliente. Esse erro é temporário.", ClassRateLimited, ""},
		{"O usuário com quem você está tentando entrar em contato está recebendo e-mails muito rápido. Reenvie sua mensagem mais tarde.", ClassRecipient, ""},
		{"O usuário com quem você está tentando entrar em contato está recebendo e-mails a uma taxa que impede a entrega de outras mensagens.", ClassRecipient, ""},
		{"A caixa de entrada do destinatário está sem espaço de armazenamento. Direcione o destinatário para Gerenciar arquivos do armazenamento no Google Drive.", ClassRecipient, ""},
		{"O servidor de e-mail rejeitou temporariamente esta mensagem.", ClassTransient, ""},

		// La Poste's and Orange's "try later" with a code sisimai gives no reason.
		{"Veuillez essayer plus tard. LPN003_109", ClassTransient, ""},
		{"Veuillez essayer plus tard. OFR004_201", ClassTransient, ""},

		// OVHcloud's guide: the causes it lists under "the test email could
		// not be sent", in every language (the account suspended or closed,
		// the password wrong, the spam block, an infrastructure incident).
		{"Your account has been suspended", ClassBlocked, ""},
		{"Votre compte a été suspendu", ClassBlocked, ""},
		{"Ihr Account wurde geschlossen", ClassBlocked, ""},
		{"Su cuenta ha sido suspendida", ClassBlocked, ""},
		{"Il tuo account è stato sospeso", ClassBlocked, ""},
		{"Twoje konto zostało zawieszone", ClassBlocked, ""},
		{"A sua conta foi suspensa", ClassBlocked, ""},
		{"The password that was entered is incorrect", ClassAuth, ""},
		{"Le mot de passe entré est incorrect", ClassAuth, ""},
		{"Das eingegebene Passwort ist nicht korrekt", ClassAuth, ""},
		{"La contraseña introducida es incorrecta", ClassAuth, ""},
		{"La password inserita non è corretta", ClassAuth, ""},
		{"Podane hasło jest nieprawidłowe.", ClassAuth, ""},
		{"A password introduzida está incorreta", ClassAuth, ""},
		{"Your account has been blocked for sending spam", ClassBlocked, ""},
		{"Votre compte a été bloqué pour l'envoi de courrier indésirable", ClassBlocked, ""},
		{"Ihr Account wurde wegen Spam-Versand blockiert", ClassBlocked, ""},
		{"Su cuenta ha sido bloqueada por envío de correo no deseado", ClassBlocked, ""},
		{"Il tuo account è stato bloccato per invio di posta indesiderata", ClassBlocked, ""},
		{"Twoje konto zostało zablokowane z powodu wysyłania niechcianej poczty", ClassBlocked, ""},
		{"A sua conta foi bloqueada devido ao envio de correio indesejável", ClassBlocked, ""},
		{"An incident has occurred on the infrastructure", ClassTransient, ""},
		{"Un incident s'est produit sur l'infrastructure", ClassTransient, ""},
		{"Auf der Infrastruktur ist eine Störung aufgetreten", ClassTransient, ""},
		{"Se produjo un incidente en la infraestructura", ClassTransient, ""},
		{"Si è verificato un incidente sull'infrastruttura", ClassTransient, ""},
		{"Wystąpił problem z infrastrukturą", ClassTransient, ""},
		{"Ocorreu um incidente na infraestrutura", ClassTransient, ""},
		// The diagnostic's lines as a product would log them.
		{"Exchange diagnostic: Le compte est bloqué par la politique de sécurité", ClassAuthTemporary, ""},
		{"Diagnostic failed: Account locked due to the security policy.", ClassAuthTemporary, ""},

		// Look-alikes: blocks and locks without the security policy, the
		// test email without the guide's warning, a bare "try later".
		{"Le compte est bloqué", ClassBlocked, ""},
		{"La cuenta está bloqueada", ClassBlocked, ""},
		{"Your account is locked", ClassBlocked, ""},
		{"Le compte est bloqué pour des raisons de sécurité", ClassBlocked, ""},
		{"The test email has not been received.", ClassUnknown, ""},
		{"Veuillez essayer plus tard.", ClassUnknown, ""},
		{"Invalid sender", ClassUnknown, ""},
	})
}
