package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMailpileL10n checks the rules of l10n_mailpile.go on the messages
// Mailpile raises when a mailbox or a sending route fails, as its code
// composes them. Labels come from the code that raises each message
// (mailpile/Mailpile release/1.0 commit 229a9a0a), not from the rules.
func TestMailpileL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// smtp_client.py SendMail(): fail(_('Failed to connect to %s') % host)
		// when connect or EHLO raises IOError, OSError or SMTPServerDisconnected;
		// the compose notification shows ev.data['last_error'], the same text.
		{"Failed to connect to smtp.example.com", ClassTransient, "l10n_mailpile_connect_failed"},
		// The same in zh_CN (5ecd2ca1), the host between the translation's two parts.
		{"连接到 smtp.example.com 失败", ClassTransient, "l10n_mailpile_connect_failed_zh"},
		// SendMail(): fail(_('Server rejected recipient: %s') % rcpt) when RCPT TO
		// is not answered with 250; de and ja translations.
		{"Server rejected recipient: anna@example.com", ClassRecipient, "l10n_mailpile_recipient_refused"},
		{"Empfänger abgewiesen: anna@example.com", ClassRecipient, "l10n_mailpile_recipient_refused"},
		{"サーバーが受信者を拒否しました: anna@example.com", ClassRecipient, "l10n_mailpile_recipient_refused"},
		// imap.py _connect_imap() and SendMail(): the OAuth2 path, no fresh token
		// from the stored grant or XOAUTH2 refused; the UI offers "grant access".
		{"Access denied by mail server", ClassRevoked, "l10n_mailpile_oauth_access_denied"},
		{"Почтовый сервер отказал в доступе", ClassRevoked, "l10n_mailpile_oauth_access_denied"},
		// SendMail(): the stored credentials cannot be encoded (UnicodeDecodeError).
		{"Nieprawidłowe znaki w nazwie użytkownika lub haśle", ClassAuth, "l10n_mailpile_login_refused"},
		// imap.py, pop3.py, smtp_client.py: STARTTLS failed or an ssl error.
		{"Sichere TLS-Verbindung fehlgeschlagen", ClassConfig, "l10n_mailpile_tls"},
		// crypto/tls/getcert/index.html, opened by a 'tls' error: "{H}" is host:port.
		{"Die Identität des Remote-Servers (imap.example.com:993) konnte nicht bestätigt werden.", ClassConfig, "l10n_mailpile_tls"},
		// imap.py _connect_imap(): IMAP4.error outside the login step.
		{"sucedió un error de protocolo IMAP", ClassTransient, "l10n_mailpile_mailbox_unreadable"},
		// conn_brokers.py BrokeredContext.__str__(): _('Failed to connect to %s: %s')
		// % (host:port, the socket error), in the network activity log; the
		// errno text decides (no Mailpile rule needed).
		{"Failed to connect to imap.example.com:993: [Errno 111] Connection refused", ClassTransient, ""},
		{"Verbindung zu imap.example.com:993 fehlgeschlagen: [Errno 111] Connection refused", ClassTransient, ""},
		// Look-alikes: Mailpile's own login page (auth/shared.html), the unlock
		// of a stored account password with the Mailpile password (auth.py
		// SetPassword) and a GnuPG key passphrase after a failed decryption
		// (partials/thread_message_cryptofail.html). The plainer ones
		// ("Password incorrect! Try again?") are any login form's words and
		// read as a refused login (pending/client_l10n_mailpile_pending.jsonl).
		{"Oops, wrong password. Try again?", ClassUnknown, "l10n_mailpile_own_password"},
		{"Upps, falsches Passwort. Erneut versuchen?", ClassUnknown, "l10n_mailpile_own_password"},
		{"Password incorrect! Try again?", ClassAuth, ""},
	})
	for _, s := range []string{
		"Oops, wrong password. Try again?",
		"Failed to decrypt configuration, please log in!",
		"Falha ao descriptografar configuração, faça o login!",
		"Passwords did not match! Please try again.",
	} {
		v := Text(s)
		assert.NotContains(t, []Class{ClassAuth, ClassRevoked, ClassBlocked}, v.Class, "%s (rule %s)", s, v.Rule)
		assert.False(t, v.NeedsReconnect, "%s (rule %s)", s, v.Rule)
	}
}
