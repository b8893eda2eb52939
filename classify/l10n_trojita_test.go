package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTrojitaL10n checks the rules of l10n_trojita.go on Trojitá's messages as
// it shows them: OpenConnectionTask.cpp puts the translated sentence for the
// RFC 5530 code before the server's own text ("%1 %2"), or the server's text
// into "Login failed: %1". Labels come from RFC 5530's meaning of each code
// and from when Trojitá shows the sentence (KDE/trojita
// src/Imap/Tasks/OpenConnectionTask.cpp), not from the rules.
func TestTrojitaL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// pl AUTHENTICATIONFAILED with a server text that decides nothing.
		{"Nieudane uwierzytelnienie.  Często dzieje się tak ze względu na złe hasło lub nazwę użytkownika. Nope", ClassAuth, "l10n_trojita_login_refused"},
		// de EXPIRED: the password is no longer valid.
		{"Entweder war die Authentifizierung erfolgreich oder der Server hat nicht mehr die nötigen Daten. Auf jeden Fall ist der Zugriff nicht mehr mit dieser Passphrase erlaubt. Sie benötigen eine neue Passphrase. Nope", ClassAuth, "l10n_trojita_login_refused"},
		// sv "Login failed: %1".
		{"Inloggning misslyckades: Nope", ClassAuth, "l10n_trojita_login_refused"},
		// lv IMAP password prompt, placeholders filled.
		{"<p>Ievadi IMAP servera <b>imap.example.com</b> lietotāja <b>anna@example.com</b> paroli:</p>", ClassAuth, "l10n_trojita_password_prompt_parts"},
		// es CONTACTADMIN.
		{"Debería contactar con el administrador del sistema o con el servicio de soporte. Nope", ClassAdmin, "l10n_trojita_contact_admin"},
		// fr AUTHORIZATIONFAILED: the credentials were accepted.
		{"L'authentification a réussi à utiliser l'identité par authentification, mais le serveur ne peut pas laisser ou n'autorise pas l'identité d'authentification à agir comme l'identité d'autorisation requise. Nope", ClassConfig, "l10n_trojita_setup"},
		// pl STARTTLS refused: TLS negotiation, never a refused login.
		{"Nie można ustanowić bezpiecznego połączenia.\nNieudane wykonywanie polecenia STARTTLS: Nope", ClassConfig, "l10n_trojita_setup"},
		// sv UNAVAILABLE.
		{"Tillfälligt fel eftersom ett delsystem inte är tillgängligt. Nope", ClassTransient, "l10n_trojita_subsystem_down"},
	})
	// The server's text Trojitá appends decides before its sentence.
	v := Text("Nieudane logowanie: [UNAVAILABLE] Temporary authentication failure")
	assert.Equal(t, ClassAuthTemporary, v.Class, v.Rule)
	// Never a refused login: Trojitá's words beside a network or connection
	// failure, and its Latvian prompt's first part alone.
	for _, text := range []string{
		"Nieudane logowanie: błąd sieci",
		"Inloggning misslyckades: anslutning nekad",
		"Ievadi IMAP servera adresi",
	} {
		v := Text(text)
		assert.NotEqual(t, ClassAuth, v.Class, "%s (rule %s)", text, v.Rule)
	}
}
