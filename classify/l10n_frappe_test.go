package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFrappeL10n checks the rules of l10n_frappe.go on the messages Frappe's
// Email Account builds. Labels come from the code that builds each message
// (frappe/frappe commit adc279db), not from the rules.
func TestFrappeL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// email_account.py check_email_server_connection(), while receiving:
		// _("Email Account Disabled.") + " " + the authentication failure with
		// the account's name + "<br>" + _("Message from server: {0}") with
		// cstr() of the imaplib.IMAP4.error (Gmail's reply). Frappe disables
		// the account's receiving itself: no provider block.
		{"Email Account Disabled. Authentication failed while receiving emails from Email Account: Support.<br>Message from server: b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'", ClassAuth, "l10n_frappe_receive_login_refused"},
		// The same in the fr locale, whose .po leaves "Email Account Disabled." untranslated.
		{"Email Account Disabled. L'authentification a échoué lors de la réception des e-mails du compte de messagerie: Support.<br>Message du serveur: b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'", ClassAuth, "l10n_frappe_receive_login_refused"},
		{"E-posta Hesabı Devre Dışı Bırakıldı. E-posta Hesabından e-postalar alınırken kimlik doğrulama başarısız oldu: Support.<br>Sunucudan mesaj: b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'", ClassAuth, "l10n_frappe_receive_login_refused"},
		// smtp.py throw_invalid_credentials_exception(): the sentence + " " +
		// the traceback's last line (the line frappe/helpdesk#3172 shows).
		{"Lütfen e-posta giriş bilgilerinizi kontrol edin. imaplib.IMAP4.error: b'LOGIN failed.'", ClassAuth, ""},
		// receive.py connect_pop(): USER/PASS refused.
		{"無效的用戶名或支持密碼。請糾正，然後再試一次。", ClassAuth, "l10n_frappe_login_refused"},
		// email_account.py _frappe_mail_client: the account's name through frappe.bold().
		{"Bitte autorisieren Sie OAuth für E-Mail-Konto <strong>Support</strong>", ClassRevoked, "l10n_frappe_authorize_oauth"},
		// oauth.py Oauth._validate(): .format(self.email_account).
		{"Lütfen E-posta Hesabı için OAuth'u Yetkilendirin Support", ClassRevoked, "l10n_frappe_authorize_oauth"},
		// receive.py connect_imap()/connect_pop() on socket.error.
		{"Invalid Mail Server. Please rectify and try again.", ClassTransient, "l10n_frappe_connect_failed"},
		// email_account.py get_inbound_mails(): the log title with the account's name.
		{"Fehler beim Verbinden mit dem E-Mail-Konto Support", ClassTransient, "l10n_frappe_connect_failed"},
		// smtp.py: the errno text str(e) appends decides.
		{"Ogiltig Utgående E-Post Server eller Port: [Errno 111] Connection refused", ClassTransient, ""},
		{"E-posta Hesabı ayarlanmamış. Lütfen Ayarlar > E-posta Hesabı bölümünden yeni bir E-posta Hesabı oluşturun", ClassConfig, "l10n_frappe_account_not_set_up"},
		// Look-alikes: Frappe's own login locked (auth.py, {0} seconds) and
		// the form's missing password field (email_account.py validate()).
		{"Your account has been locked and will resume after 300 seconds", ClassUnknown, "l10n_frappe_own_login_locked"},
		{"Uw account is vergrendeld en zal na 300 seconden worden hervat", ClassUnknown, "l10n_frappe_own_login_locked"},
		{"Password is required or select Awaiting Password", ClassConfig, "l10n_frappe_password_field_required"},
		{"Şifre gerekli veya Şifre Bekleniyor'u seçin", ClassConfig, "l10n_frappe_password_field_required"},
	})
	for _, s := range []string{
		"Your account has been locked and will resume after 300 seconds",
		"Password is required or select Awaiting Password",
		"La password è necessaria o selezionare In attesa di password",
	} {
		v := Text(s)
		assert.NotContains(t, []Class{ClassAuth, ClassRevoked, ClassBlocked}, v.Class, "%s (rule %s)", s, v.Rule)
	}
}
