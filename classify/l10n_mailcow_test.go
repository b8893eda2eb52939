package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMailcowL10n checks the rules of l10n_mailcow.go on mailcow's and
// Mailu's translations. Labels come from the code that shows each message
// (mailcow's sync jobs report imapsync's exit codes: authentication failure
// on the remote host, TLS failure, connection failure; Mailu's
// mailu/sso/views/base.py: AUTH_RATELIMIT_USER counts one user's failed
// logins, AUTH_RATELIMIT_IP one client address's attempts), not from the rules.
func TestMailcowL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Неправильное имя пользователя или пароль", ClassAuth, "l10n_mailcow_login_refused"},
		{"Aanmelding mislukt", ClassAuth, "l10n_mailcow_login_refused"},
		// Turkish: l10n_words_connection's "bağlantı" would call it a
		// network failure.
		{"Şifreli bağlantıyla ilgili sorun", ClassConfig, "l10n_mailcow_syncjob_tls"},
		{"Problem with encrypted connection", ClassConfig, "l10n_mailcow_syncjob_tls"},
		{"Kann keine Verbindung zum Zielserver herstellen", ClassTransient, "l10n_mailcow_syncjob_unreachable"},
		// rate_limited's words would call the user's lock a sending limit.
		{"Zu viele Versuche für diesen Benutzer (Rate-Limit)", ClassAuthTemporary, "l10n_mailu_user_locked"},
		{"Troppi tentativi dal tuo indirizzo IP (limite superato)", ClassRateLimited, "l10n_mailu_ip_limited"},
	})
	// A server's refused login decides before the sync job's connection words.
	v := Text("Connection problem: NO [AUTHENTICATIONFAILED] Invalid credentials")
	assert.Equal(t, ClassAuth, v.Class, v.Rule)
	// The refused-login words beside a lost connection are not a verdict.
	v = Text("Aanmelding mislukt: netwerk timeout")
	assert.NotEqual(t, ClassAuth, v.Class, v.Rule)
}
