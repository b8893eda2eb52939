package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestZammadL10n checks the rules of l10n_zammad.go on Zammad's own
// sentences. lib/email_helper/probe.rb returns the sentence alone as
// message_human (EmailHelper::Probe.translation picks it by the driver
// exception's words; the raw exception goes to a separate message field),
// and the channel controllers raise message_human unchanged
// (app/controllers/channels_google_controller.rb:
// raise Exceptions::UnprocessableEntity, (result[:message_human] ||
// result[:message])), so each text below is exactly what the owner sees.
// Labels come from the code, not from the rules.
func TestZammadL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// 'authentication not enabled' (Net::SMTP): the settings, not the password.
		{"Authentication not possible (not offered by the service)", ClassConfig, "l10n_zammad_auth_not_offered"},
		{"Authentifizierung ist nicht möglich (nicht vom Dienst angeboten)", ClassConfig, "l10n_zammad_auth_not_offered"},
		// 'execution expired', 'Connection refused', 'getaddrinfo', 'No route to host'.
		{"This host cannot be reached.", ClassTransient, "l10n_zammad_server_unreachable"},
		{"Die Verbindung wurde abgelehnt.", ClassTransient, "l10n_zammad_server_unreachable"},
		{"The hostname could not be found.", ClassTransient, "l10n_zammad_server_unreachable"},
		{"Маршрут к этому хосту отсутствует.", ClassTransient, "l10n_zammad_server_unreachable"},
		// email.coffee: the wizard gives up and asks for the settings.
		{"The server settings could not be automatically detected. Please configure them manually.", ClassConfig, "l10n_zammad_settings"},
		{"Versand und Empfang von E-Mails konnte nicht verifiziert werden. Bitte prüfen Sie ihre Einstellungen.", ClassConfig, "l10n_zammad_settings"},
		// 'Invalid credentials' / 'Incorrect username': the server refused the login.
		{"Yanlış kimlik bilgilerinden dolayı yetkilendirme başarısız oldu.", ClassAuth, "l10n_zammad_login_refused"},
		{"Autentiseringen misslyckades på grund av ett felaktigt användarnamn.", ClassAuth, "l10n_zammad_login_refused"},
	})
	// Look-alikes: Zammad's own sign-in, an importer's API token and its own
	// REST API's Basic credentials are no mailbox login.
	for _, text := range []string{
		"Login failed. Have you double-checked your credentials and completed the email verification step?",
		"Anmeldung fehlgeschlagen. Haben Sie Ihre Anmeldedaten überprüft und den E-Mail-Verifizierungsschritt abgeschlossen?",
		"The provided credentials are invalid.",
		"Invalid BasicAuth credentials",
	} {
		v := Text(text)
		assert.NotEqual(t, ClassAuth, v.Class, text)
		assert.NotEqual(t, ClassRevoked, v.Class, text)
		assert.False(t, v.NeedsReconnect, text)
	}
}
