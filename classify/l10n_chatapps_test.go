package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestChatappsL10n checks the rules of l10n_chatapps.go on the messages
// Mattermost and Rocket.Chat build. Labels come from the code that builds each
// message, not from the rules:
//
//   - Mattermost's App.TestEmail() (server/channels/app/admin.go) returns
//     app.admin.test_email.failure with {{.Error}} = err.Error() of
//     mail.SendMailUsingConfig(), translated into the admin's locale; the
//     error is the chain of server/platform/shared/mail/mail.go:
//     ConnectToSMTPServerAdvanced() wraps the dial error as "unable to connect
//     to the SMTP server", NewSMTPClientAdvanced() wraps the AUTH error as
//     "authentication failed" (loginAuth.Start() returns "unencrypted
//     connection" or "wrong host name" itself, before sending a password) and
//     the EHLO error as "unable to send hello message", sendMail() wraps RCPT
//     TO as "failed to set the to address";
//   - Rocket.Chat's sendSMTPTestEmail() (apps/meteor/app/lib/server/methods/
//     sendSMTPTestEmail.js) throws `Error trying to send email: ${message}`
//     with nodemailer's error message.
func TestChatappsL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// TestEmail prefix + "unable to connect to the SMTP server: " + Go's dial error.
		{"Connection unsuccessful: unable to connect to the SMTP server: dial tcp 203.0.113.5:587: connect: connection refused", ClassTransient, "network_dropped"},
		// German prefix + "authentication failed: " + the server's 535 reply (textproto.Error).
		{"Verbindung nicht erfolgreich: authentication failed: 535 5.7.8 Username and Password not accepted. For more information, go to", ClassAuth, "google_bad_credentials"},
		// Prefix + "failed to set the to address: " + the RCPT TO reply.
		{"Connection unsuccessful: failed to set the to address: 550 5.1.1 The email account that you tried to reach does not exist.", ClassRecipient, "recipient_mailbox_disabled"},
		// Polish prefix + "unable to send hello message: " + the EOF of a dropped connection.
		{"Połączenie nie powiodło się: unable to send hello message: EOF", ClassTransient, "network_dropped"},
		// The translated sentences cut at {{.Error}}: only the late rule reads them.
		{"Connection unsuccessful:", ClassTransient, "l10n_chatapps_test_connection_unsuccessful"},
		{"Verbindung nicht erfolgreich:", ClassTransient, "l10n_chatapps_test_connection_unsuccessful"},
		{"La connexion n'a pas pu être établie :", ClassTransient, "l10n_chatapps_test_connection_unsuccessful"},
		// TestEmail's checks before any connection.
		{"SMTP Server is required", ClassConfig, "l10n_chatapps_smtp_server_required"},
		{"Invalid connection security for email settings. Must be '', 'TLS', or 'STARTTLS'.", ClassConfig, "l10n_chatapps_connection_security_invalid"},
		{"SMTP ist in der Systemkonsole nicht konfiguriert", ClassConfig, "l10n_chatapps_smtp_not_configured"},
		// Rocket.Chat's test mail: the nodemailer error it appends decides.
		{"Error trying to send email: Invalid login: 535-5.7.8 Username and Password not accepted.", ClassAuth, "google_bad_credentials"},
		{"Error trying to send email: connect ECONNREFUSED 203.0.113.5:587", ClassTransient, "network_dropped"},
		// EmailInbox_Outgoing.ts sendErrorReplyMessage(): `@${sender} something went wrong when
		// replying email, sorry. **Error:**: ${error}` with nodemailer's message (Office 365's 535).
		{"@anna something went wrong when replying email, sorry. **Error:**: Invalid login: 535 5.7.3 Authentication unsuccessful", ClassAuth, "ms_auth_unsuccessful"},
		// Rocket.Chat's Direct Reply log after a failed LIST.
		{"Cannot Get Emails ....", ClassTransient, "l10n_chatapps_rocketchat_mailbox_log"},
	})
	// Look-alikes: they read like a refused login but no server refused one.
	for _, s := range []string{
		// loginAuth.Start() refuses to send the password over a connection without TLS.
		"Connection unsuccessful: authentication failed: unencrypted connection",
		// loginAuth.Start() finds the server's name differs from SMTPServerName.
		"Połączenie nie powiodło się: authentication failed: wrong host name",
		// TestEmail will not reuse the saved password for a changed server, port or username.
		"The SMTP server, port, or username has changed. Please re-enter the SMTP password to test connection.",
		"SMTP сервер, порт или имя пользователя изменены. Пожалуйста, повторно введите пароль SMTP для проверки соединения.",
		"Il server SMTP, la porta o lo username sono cambiati. Per favore reinserisci la password SMTP per testare la connessione.",
		// Config.IsValid(): the Global Relay export's SMTP password is unset.
		"Message export job GlobalRelaySettings.SmtpPassword must be set.",
		// EmailInbox_Outgoing.ts: `Email inbox ${room.email.inbox} not found or disabled.`, the
		// product's inbox switched off, not the account disabled.
		"Email inbox support@example.com not found or disabled.",
	} {
		v := Text(s)
		assert.Equal(t, ClassConfig, v.Class, "%s (rule %s)", s, v.Rule)
		assert.NotContains(t, []Class{ClassAuth, ClassRevoked}, v.Class, s)
	}
}
