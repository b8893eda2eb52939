package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAdminPanelsL10n checks the rules of l10n_adminpanels.go on messages as
// Webmin/Usermin and Nextcloud server compose them. Labels come from the code
// that raises each message, not from the rules:
//   - Webmin: &text('save_elogin2', $rv[1]) substitutes the text after the
//     tagged NO of the LOGIN reply (imap_command() in folders-lib.pl keeps
//     what follows the status word), and pop3_command() keeps what follows
//     -ERR; smtp_command() in boxes-lib.pl joins send_esmtp's command and the
//     server's reply line; ldap_elogin gets Net::LDAP's error text as $3;
//     index_eperl gets the module name ($1) and a link ($2) whose text stays;
//   - Nextcloud: sendTestMail() puts the caught exception's message into
//     "(Error: %s)"; Mailer::send() reports any transport failure as failed
//     recipients, so that message is always "Email could not be sent. Check
//     your mail server log", in the same language.
func TestAdminPanelsL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// save_elogin2 (pl) + Dovecot's LOGIN refusal: the reply decides, the same class.
		{"Nie udało się zalogować na serwer IMAP: [AUTHENTICATIONFAILED] Authentication failed.", ClassAuth, "credentials_rejected"},
		// save_elogin (bg), cut at the reply.
		{"Неуспешно влизане в POP3 сървър :", ClassAuth, "l10n_adminpanels_login_refused"},
		// save_elogin2 (zh), cut at the reply.
		{"无法登录IMAP服务器：", ClassAuth, "l10n_adminpanels_login_refused"},
		// save_emailbox (de) + Dovecot's SELECT refusal for a missing mailbox: the reply's code decides, the same class.
		{"Konnte IMAP-Mailbox nicht öffnen : [NONEXISTENT] Mailbox doesn't exist: Archiv", ClassConfig, "imap_code_config"},
		// save_emailbox2 (de): save_imap.cgi checks the folder form.
		{"Fehlende oder ungültige IMAP-Mailbox", ClassConfig, "l10n_adminpanels_folder_setting"},
		// send_esmtp (fr) for MAIL FROM, cut at the reply.
		{"Impossible d'exécuter la commande SMTP mail from: <anna@example.com> :", ClassConfig, "l10n_adminpanels_sender_refused"},
		// send_esmtp (en) for MAIL FROM with Postfix's reply: the reply decides, the same class.
		{"SMTP command mail from: <anna@example.com> failed : 553 5.7.1 <anna@example.com>: Sender address rejected: not owned by user anna@example.com", ClassConfig, "sender_not_owned"},
		// send_esmtp (de) for RCPT TO with Postfix's unknown-user reply: the reply decides, the same class.
		{"SMTP-Befehl rcpt to: <bob@example.net> fehlgeschlagen : 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table", ClassRecipient, "recipient_mailbox_disabled"},
		// send_esmtp (ja) for the "." ending DATA, cut at the reply.
		{"SMTP コマンド . が失敗しました:", ClassRejected, "l10n_adminpanels_message_refused"},
		// The English SASL refusal with Postfix's 535 reply.
		{"SMTP authentication failed : 535 5.7.8 Error: authentication failed: authentication failure", ClassAuth, "credentials_rejected"},
		// open_socket() for a host name that does not resolve.
		{"Failed to lookup IP address for imap.example.com", ClassConfig, "l10n_adminpanels_connection_setup"},
		// Nextcloud (fa): the settings test failed, no cause kept.
		{"ارسال پست الکترونیک با خطا مواجه شد، لطفاً تنظیمات خود را مورد بازبینی قرار دهید. (خطا:پست الکترونیک قابل ارسال نیست. ورود به سیستم سرور پست الکترونیک خود را بررسی کنید)", ClassUnknown, "l10n_adminpanels_nc_test_failed"},
	})

	// Look-alikes: they read like a refused login, but no mail server refused one.
	assertTextRules(t, []textCase{
		// ldap_elogin + Net::LDAP's text for result code 49: the address book's bind.
		{"Failed to bind to LDAP server ldap.example.com as cn=webmin,dc=example,dc=com : Invalid credentials", ClassConfig, "l10n_adminpanels_ldap_addressbook"},
		{"Nie udało się zalogować na serwerze LDAP ldap.example.com jako cn=webmin,dc=example,dc=com : Invalid credentials", ClassConfig, "l10n_adminpanels_ldap_addressbook"},
		// storeCredentials(): the form posted the "********" mask.
		{"Invalid SMTP password.", ClassConfig, "l10n_adminpanels_nc_password_mask"},
		{"Ungültiges SMTP-Passwort", ClassConfig, "l10n_adminpanels_nc_password_mask"},
		// index_eperl: a Perl module is missing on the host.
		{"Das benötigte Perl-Modul Authen::SASL::Perl::CRAM_MD5 für den ausgewählten SMTP-Authentifizierungsmodus ist nicht installiert oder es fehlt ein abhängiges Modul. Klicken Sie hier, um es jetzt zu installieren.", ClassConfig, "l10n_adminpanels_host_setup"},
	})

	// A reply that Webmin quotes decides before the product's words.
	v := Text("Failed to login to IMAP server : [UNAVAILABLE] Temporary authentication failure. [mail:2026-12-04 06:50:01]")
	assert.NotEqual(t, ClassAuth, v.Class, v.Rule)
}
