package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAfterlogicL10n checks the rules of l10n_afterlogic.go on the messages
// AfterLogic WebMail Lite shows. Labels come from the code that raises each
// message (aurora-module-mail Managers/Main/Manager.php and Module.php,
// aurora-module-webclient-core js/Api.js, aurora-module-webclient-mail
// js/Ajax.js), not from the rules. js/Api.js getErrorByCode shows the
// module's text for the error code and appends the response's ErrorMessage
// as " (<message>)" when there is one; MailSo's ConnectionException and
// LoginBadCredentialsException carry no message of their own, so those
// sentences usually stand alone.
func TestAfterlogicL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// Manager.php _getImapClient(): GetAccessToken() gave no token for the
		// XOAuth grant, CannotLoginCredentialsIncorrect with this message; the
		// message holds no "<account id>:" so webclient-mail's js/Ajax.js lets
		// it through and js/Api.js joins Mail's ERROR_CREDENTIALS_INCORRECT
		// with it: the grant is gone, whatever the first words say.
		{"The username or password you entered is incorrect. (Try deleting your GMail account and creating it again.)", ClassRevoked, "l10n_afterlogic_xoauth_token_missing"},
		// Mail ERROR_SEND_MESSAGE_TO_EXTERNAL_RECIPIENTS (en, de): the relay, not the content.
		{"Unable to send message to recipients. Sending to external domains may be blocked.", ClassConfig, "l10n_afterlogic_external_relay"},
		{"Nachricht kann nicht an Empfänger gesendet werden. Das Senden an externe Domains könnte blockiert sein.", ClassConfig, "l10n_afterlogic_external_relay"},
		// Mail ERROR_SEND_MESSAGE_TO_RECIPIENTS (nl).
		{"Kan bericht niet naar ontvangers verzenden.", ClassRecipient, "l10n_afterlogic_recipients_refused"},
		// Mail ERROR_CONNECT_TO_MAIL_SERVER (en, uk).
		{"Error while connecting to mail server.", ClassTransient, "l10n_afterlogic_connect_failed"},
		{"Виникла помилка при спробі з'єднання з почтовим сервером.", ClassTransient, "l10n_afterlogic_connect_failed"},
		// webclient-mail LABEL_HINT_SPECIFY_PASSWORD (nl), shown after error 4002.
		{"Het wachtwoord is mogelijk gewijzigd op de mailserver. Zo ja, geef een nieuw wachtwoord op.", ClassAuth, "l10n_afterlogic_login_refused"},
		// oauth-integrator ERROR_ACCOUNT_IMAP_VALIDATION_FAILED (en).
		{"Something went wrong. We can't add your Gmail account. Please ensure the account is a valid Gmail account.", ClassAuth, "l10n_afterlogic_login_refused"},
		// Mail ERROR_SEND_MESSAGE_NOT_SAVED and webclient-mail CONFIRM_MESSAGES_DELETE_WITHOUT_TRASH (en):
		// the owner's own mailbox, not a recipient's.
		{"The e-mail has been sent but could not save it in Sent Items as your mailbox is over quota.", ClassRateLimited, "l10n_afterlogic_own_mailbox_quota"},
		{"Can't move one or more messages to Trash. Perhaps, the account is over quota. Delete permanently instead?", ClassRateLimited, "l10n_afterlogic_own_mailbox_quota"},
		// Look-alikes: the product's own password form, lockout and OAuth sign-in.
		{"Current password is not correct.", ClassUnknown, "l10n_afterlogic_own_login"},
		{"Your account is blocked due to 10 failed login attempts and will be unblocked in 3 minutes.", ClassUnknown, "l10n_afterlogic_own_login"},
		{"This account is not allowed to log in.", ClassUnknown, "l10n_afterlogic_own_login"},
	})
	// webclient-mail ERROR_CREDENTIALS_INCORRECT as js/Ajax.js fills it for a
	// non-default account: a refused login.
	assert.Equal(t, ClassAuth, Text("Can't authenticate as anna@example.com. The username or password is incorrect.").Class)
	// Look-alikes that must never ask the owner to reconnect the mailbox.
	for _, s := range []string{
		"The previous session was ended due to an internal error or timeout.",
		"Access denied. Probably user was deleted. Please try to re-login.",
		"Ваша учетная запись заблокирована вследствие 10 неудачных попыток входа и будет разблокирована через 3 минут.",
		"Your account has been blocked due to bad reputation of IP address you are connecting from.",
		"Wrong code. Try again",
		"Wrong backup code. Try again",
	} {
		v := Text(s)
		assert.NotContains(t, []Class{ClassAuth, ClassRevoked, ClassBlocked}, v.Class, "%s (rule %s)", s, v.Rule)
		assert.False(t, v.NeedsReconnect, s)
	}
}
