package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSnappyMailL10n checks the rules of l10n_snappymail.go on SnappyMail's
// notifications. Labels come from where the-djmaze/snappymail throws each
// one (RainLoop/Actions/UserAuth.php: AuthError on a refused IMAP login,
// ConnectionError on a connection failure; RainLoop/Providers/Domain.php:
// DomainNotAllowed and AccountNotAllowed before any login), not from the
// rules.
func TestSnappyMailL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Не удалось авторизоваться", ClassAuth, "l10n_snappymail_login_refused"},
		{"Autenticación fallida", ClassAuth, "l10n_snappymail_login_refused"},
		{"Ce domaine n'est pas autorisé", ClassConfig, "l10n_snappymail_not_allowed"},
		{"Konto ist nicht zugelassen.", ClassConfig, "l10n_snappymail_not_allowed"},
		{"No se puede conectar al servidor", ClassTransient, "l10n_snappymail_server_unreachable"},
		{"Ungültige Empfängeradressen", ClassRecipient, "l10n_snappymail_invalid_recipients"},
	})
	// A server's refusal to send or relay is not SnappyMail's whitelist, and
	// the refused-login words beside a network failure are not a refusal.
	for _, c := range []struct {
		text string
		rule string
	}{
		{"Account is not allowed to send via SMTP", "l10n_snappymail_not_allowed"},
		{"Domain is not allowed to relay", "l10n_snappymail_not_allowed"},
		{"Не удалось авторизоваться: ошибка сети", "l10n_snappymail_login_refused"},
	} {
		v := Text(c.text)
		assert.NotEqual(t, c.rule, v.Rule, c.text)
	}
}
