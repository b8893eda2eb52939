package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBitrixL10n checks the rules of l10n_bitrix.go on the messages Bitrix24's
// mail module builds from its lang files. Labels come from the code that
// builds each message (bitrix/modules/mail/lib/imap.php: errorMessage joins
// the error texts with ": " and appends the server's reply as
// " (IMAP: <reply>)"; authenticate() joins ERR_AUTH with ERR_AUTH_OAUTH when
// the stored OAuth grant yields no token, and with ERR_AUTH_MECH when no
// mechanism is shared), not from the rules.
func TestBitrixL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// ERR_AUTH + ERR_AUTH_OAUTH: the grant gave no token.
		{"Please authorize again in the mailbox settings.: Cannot get permission", ClassRevoked, "l10n_bitrix_oauth_no_token"},
		{"Пожалуйста, пройдите повторную авторизацию в настройках ящика: Не удалось получить разрешение", ClassRevoked, "l10n_bitrix_oauth_no_token"},
		{"Error de autenticación: No se puede obtener permiso", ClassRevoked, "l10n_bitrix_oauth_no_token"},
		{"Erreur d'authentification: Impossible de récupérer la permission", ClassRevoked, "l10n_bitrix_oauth_no_token"},
		// ERR_AUTH + ERR_AUTH_MECH: no shared mechanism, whatever the first words say.
		{"Please authorize again in the mailbox settings.: The server does not support the required authentication method.", ClassConfig, "l10n_bitrix_auth_mechanism"},
		{"Error de autenticación: El servidor no es compatible con el método de autenticación requerido.", ClassConfig, "l10n_bitrix_auth_mechanism"},
		{"Authentication error: The server does not support the required authentication method.", ClassConfig, "l10n_bitrix_auth_mechanism"},
		// ERR_AUTH alone, a reply without words of its own appended.
		{"Пожалуйста, пройдите повторную авторизацию в настройках ящика (IMAP: NO)", ClassAuth, "l10n_bitrix_login_refused"},
	})
	// The words of ERR_AUTH_OAUTH alone are too common to call a grant gone.
	assert.NotEqual(t, ClassRevoked, Text("Cannot get permission").Class)
	// A server reply the message quotes decides before the product's words.
	v := Text("Please authorize again in the mailbox settings. (IMAP: NO [UNAVAILABLE] Temporary authentication failure)")
	assert.NotEqual(t, ClassAuth, v.Class, v.Rule)
}
