package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestZimbraL10n checks the rules of l10n_zimbra.go on the Zimbra web
// client's translations. Labels come from the SOAP faults that show each
// message (Zimbra/zm-ajax WebRoot/messages/ZMsg.properties: AUTH_FAILED,
// CHANGE_PASSWORD, MAINTENANCE_MODE), not from the rules.
func TestZimbraL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// English: recipient_mailbox_disabled's "no longer valid" would
		// call it a recipient.
		{"Your password is no longer valid. Please choose a new password.", ClassAuth, "l10n_zimbra_password_must_change"},
		{"Ваш пароль больше не действителен. Выберите новый пароль.", ClassAuth, "l10n_zimbra_password_must_change"},
		{"사용자 이름이나 비밀번호가 틀립니다. CAPS LOCK 키가 켜져 있지 않도록 하고 현재 사용자 이름과 비밀번호를 다시 입력하세요.", ClassAuth, "l10n_zimbra_login_refused"},
		{"Impossible d’authentifier le compte \"alice@example.com\".<br>Affichez Configurer le compte pour plus de détails.", ClassAuth, "l10n_zimbra_login_refused"},
		{"Postvak is momenteel in onderhoudsmodus.", ClassTransient, "l10n_zimbra_maintenance"},
		{"Kontot alice@example.com är inte tillgängligt just nu på grund av systemunderhåll.", ClassTransient, "l10n_zimbra_maintenance"},
	})
	// A recipient's address that is no longer valid stays the recipient's.
	v := Text("550 5.1.1 The email address is no longer valid")
	assert.Equal(t, ClassRecipient, v.Class, v.Rule)
	// The refused-login words beside a lost connection are not a verdict.
	v = Text("รหัสผ่านไม่ถูกต้อง: network timeout")
	assert.NotEqual(t, ClassAuth, v.Class, v.Rule)
}
