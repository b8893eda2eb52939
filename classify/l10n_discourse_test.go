package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDiscourseL10n checks the rules of l10n_discourse.go on the messages
// Discourse (discourse/discourse commit 16bb0bee) composes. Labels come from
// the code that raises each message, not from the rules:
// app/services/email_settings_exception_handler.rb builds
// I18n.t(key, message: exception.message) for its prefixes, and
// lib/group_email_credentials_check.rb with app/models/admin_dashboard_data.rb
// fills dashboard.group_email_credentials_warning with base_path (empty on a
// site at the root), the group's name and full name, and the handler's
// sentence as %{error}.
func TestDiscourseL10n(t *testing.T) {
	const group = `There was an issue with the email credentials for the group <a href="/g/support/manage/email">Support</a>. No emails will send from the group inbox until this problem is addressed. `
	assertTextRules(t, []textCase{
		// Net::SMTPAuthenticationError, the group warning with the handler's sentence.
		{group + "There was an issue with the SMTP credentials provided, check the username and password and try again.", ClassAuth, "l10n_discourse_login_refused"},
		// Net::POPAuthenticationError while polling (app/jobs/scheduled/poll_mailbox.rb), German.
		{"Die Verbindung zum POP3-Server schlägt mit einem Authentifizierungsfehler fehl. Überprüfe deine <a href='/admin/site_settings/category/email'>POP3-Einstellungen</a>.", ClassAuth, "l10n_discourse_login_refused"},
		// The POP3 login test on enabling polling, Swedish (lib/validators/pop3_polling_enabled_setting_validator.rb).
		{"POP3-autentisering misslyckades. Verifiera dina pop3-certifikat.", ClassAuth, "l10n_discourse_early_login_refused"},
		// Net::SMTPServerBusy, Spanish.
		{"El servidor SMTP está ocupado actualmente, inténtalo de nuevo más tarde.", ClassTransient, "l10n_discourse_server_busy"},
		// Net::OpenTimeout, French: it names the port, yet the server did not answer.
		{"Le délai d'établissement de la connexion au serveur s'est écoulé. Vérifiez le nom du serveur et le numéro de port avant de réessayer.", ClassTransient, "l10n_discourse_early_unreachable"},
		// An empty pop3 polling password setting: no login was tried.
		{"You must set a 'pop3 polling password' before enabling POP3 polling.", ClassConfig, "l10n_discourse_setting_empty"},
	})
	// Net::OpenTimeout inside the group warning: the handler's sentence, not
	// the warning's word "credentials", decides.
	v := Text(group + "Connection to the server timed out, check the server name and port and try again.")
	assert.Equal(t, ClassTransient, v.Class, v.Rule)
	// smtp_unhandled_error quoting the server's reply (a Net::SMTPFatalError
	// from Postfix's smtpd.c when STARTTLS was not used): the reply decides.
	v = Text("There was an unhandled error when communicating with the SMTP server. 530 5.7.0 Must issue a STARTTLS command first")
	assert.Equal(t, ClassConfig, v.Class, v.Rule)
	// imap_no_response_error with the spec's NO text (" (Failure)" stripped): no cause.
	v = Text("An error occurred when communicating with the IMAP server. NO bad problem")
	assert.Equal(t, ClassUnknown, v.Class, v.Rule)
	// Look-alikes: the forum's own sign-in, and the group's own SMTP switch.
	assertNotClasses(t, []string{
		"Incorrect username, email or password",
		"Nom d'utilisateur, adresse courriel ou mot de passe incorrect(e)",
		"smtp has been disabled for the group",
	}, ClassAuth, ClassRevoked, ClassAdmin)
	assert.Equal(t, "l10n_discourse_own_login", Text("Incorrect username, email or password").Rule)
	assert.Equal(t, "l10n_discourse_group_smtp_off", Text("smtp has been disabled for the group").Rule)
}
