package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEspoCRML10n checks the rules of l10n_espocrm.go on EspoCRM's
// translations. Labels come from the code that shows each message
// (espocrm/espocrm application/Espo/Core/ExternalAccount/ClientManager.php
// disables the external account and erases its tokens after its refreshes
// kept failing), not from the rules.
func TestEspoCRML10n(t *testing.T) {
	assertTextRules(t, []textCase{
		{"External account for integration 'Google' has been disabled due not being able to connect.", ClassRevoked, "l10n_espocrm_external_account_disabled"},
		// Bulgarian: l10n_words_connection's "свързване" would call it a
		// network failure.
		{"Външен акаунт за интеграция „Google“ е деактивиран поради невъзможност за свързване.", ClassRevoked, "l10n_espocrm_external_account_disabled"},
		{"Zła nazwa użytkownika/hasło", ClassAuth, "l10n_espocrm_login_refused"},
	})
	// The refused-login words beside a lost connection are not a verdict.
	v := Text("Zła nazwa użytkownika/hasło (błąd sieci)")
	assert.NotEqual(t, ClassAuth, v.Class, v.Rule)
}

// TestRainLoopL10n checks the RainLoop rules of l10n_espocrm.go. Labels come
// from RainLoop/rainloop-webmail rainloop/v/0.0.0/app/libraries/RainLoop/
// Actions.php: AuthError on MailSo's LoginBadCredentialsException,
// ConnectionError on its ConnectionException.
func TestRainLoopL10n(t *testing.T) {
	v := Text("Autentificación fallida")
	assert.Equal(t, ClassAuth, v.Class, v.Rule)
	assert.Equal(t, "l10n_rainloop_login_refused", v.Rule)
	v = Text("No es pot connectar amb el servidor.")
	assert.Equal(t, ClassTransient, v.Class, v.Rule)
	assert.Equal(t, "l10n_rainloop_server_unreachable", v.Rule)
	// RainLoop's refused login beside a connection timeout is not a verdict.
	v = Text("Autentificación fallida: timeout")
	assert.NotEqual(t, ClassAuth, v.Class, v.Rule)
}
