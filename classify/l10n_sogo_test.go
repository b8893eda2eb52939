package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSOGoL10n checks the rules of l10n_sogo.go on SOGo's translations.
// Labels come from when SOGo shows each message (Alinto/sogo
// UI/WebServerResources/js/Common/Authentication.service.js: the LDAP password
// policy's PolicyAccountLocked is a lockout after failed logins, a password
// expired must be changed; SoObjects/SOGo/SOGoMailer.m: the SMTP server
// refused the recipients, or could not be reached), not from the rules.
func TestSOGoL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// French lockout after failed attempts: lang_account_blocked's
		// "compte a été bloqué" would call it a provider's block.
		{"Votre compte a été bloqué suite à un nombre élevé de tentatives d'authentification infructueuses.", ClassAuthTemporary, "l10n_sogo_locked_attempts"},
		// German: "zu vieler" would read as a rate limit.
		{"Ihr Konto wurde wegen zu vieler fehlgeschlagener Anmeldeversuche gesperrt.", ClassAuthTemporary, "l10n_sogo_locked_attempts"},
		// Spanish lock for an expired password: the owner must change it.
		{"Su cuenta ha sido bloqueada debido a una contraseña caducada.", ClassAuth, "l10n_sogo_locked_password_expired"},
		{"Zła nazwa użytkownika lub hasło.", ClassAuth, "l10n_sogo_login_refused"},
		{"Su contraseña ha caducado, por favor, introduzca una nueva abajo", ClassAuth, "l10n_sogo_login_refused"},
		{"Kann Nachricht nicht versenden: Die folgenden Adressen sind ungültig:\nbob@example.org", ClassRecipient, "l10n_sogo_recipients_discarded"},
		// Hebrew "התחברות" is both a login and a connection: SOGo's
		// sentence is the SMTP connection, never a refused login.
		{"לא ניתן לשלוח הודעה: שגיאה בהתחברות לשרת SMTP.", ClassTransient, "l10n_sogo_smtp_unreachable"},
	})
	// A provider's own block, without the failed attempts, stays a block.
	v := Text("Votre compte a été bloqué pour des raisons de sécurité.")
	assert.Equal(t, ClassBlocked, v.Class, v.Rule)
	// Never a refused login: SOGo's words beside a network failure.
	v = Text("Zła nazwa użytkownika lub hasło: błąd sieci")
	assert.NotEqual(t, ClassAuth, v.Class, v.Rule)
}
