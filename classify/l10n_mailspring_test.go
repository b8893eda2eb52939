package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMailspringL10n checks the rules of l10n_mailspring.go on Mailspring's
// translations with their placeholders filled. Labels come from the
// mailsync error code each sentence stands for (Foundry376/Mailspring
// app/src/mailsync-process.ts) and from the provider's meaning (Yahoo's
// daily limit, its spam filter), not from the rules.
func TestMailspringL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// de: the account's password or authentication changed.
		{"Mailspring kann sich nicht mehr mit anna@example.com authentifizieren. Das Passwort oder die Authentifizierung hat sich möglicherweise geändert.", ClassAuth, "l10n_mailspring_login_refused"},
		{"Сервер Outlook сказал, что вы должны войти в систему через веб-браузер.", ClassAuth, "l10n_mailspring_login_refused"},
		// pl: "internetowej" keeps the general rule off; its own rule reads it.
		{"Serwer wymaga zalogowania się za pośrednictwem poczty internetowej.", ClassAuth, "l10n_mailspring_browser_sign_in"},
		{"该邮件已被Yahoo阻止 - 您已超出每日发送限制。", ClassRateLimited, "l10n_mailspring_daily_limit"},
		{"该邮件已被Yahoo的出站垃圾邮件过滤器阻止。", ClassRejected, "l10n_mailspring_spam_filter"},
		// The relay look-alike: never a refused password.
		{"SMTP服务器不会中继邮件。您可能需要进行身份验证。", ClassConfig, "l10n_mailspring_setup"},
	})
	// A quoted temporary reply decides before the sentence, and the words
	// beside a network failure are not a refused login.
	v := Text("454 4.7.0 Temporary authentication failure. Сервер Outlook сказал, что вы должны войти в систему через веб-браузер.")
	assert.Equal(t, ClassAuthTemporary, v.Class, v.Rule)
	// ErrorNoImplementedAuthMethods has no phrases of its own (the phrase
	// budget): whatever reads it, never a refused password.
	v = Text("Entschuldigung, Ihr SMTP-Server unterstützt keine grundlegende Benutzername/Passwort-Authentifizierung.")
	assert.NotEqual(t, ClassAuth, v.Class, v.Rule)
	v = Text("Serwer wymaga zalogowania się za pośrednictwem poczty internetowej: błąd tymczasowy")
	assert.NotEqual(t, ClassAuth, v.Class, v.Rule)
}
