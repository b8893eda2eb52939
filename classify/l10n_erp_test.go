package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestErpL10n checks the rules of l10n_erp.go on messages Dolibarr and GLPI
// compose. Labels come from the code that builds each message, not from the
// rules:
//   - GLPI src/MailCollector.php collect(): __('An error occurred trying to
//     connect to collector.') . "<br/>" . $e->getMessage(), the message of
//     laminas-mail's exception;
//   - Dolibarr emailcollector.class.php: 'Failed to open IMAP connection '
//     .$connectstringsource.' '.imap_last_error();
//   - Dolibarr smtps.class.php getErrors(): every _setErr() as
//     'Error [num]: msg', joined with "\n" (server_parse() records the
//     server's reply as error 120 before _server_authenticate() adds its own);
//   - Dolibarr admin/mails.php testconnect: ServerNotAvailableOnIPOrPort
//     . ' - ' . $mail->error, where check_server_port() set
//     'Error '.$errno.' - '.$errstr.
func TestErpL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// The collector's sentence alone, and with laminas-mail's reason after it.
		{"An error occurred trying to connect to collector.", ClassTransient, "l10n_erp_unreachable"},
		{"An error occurred trying to connect to collector.<br/>cannot login, user or password wrong", ClassAuth, "credentials_rejected"},
		{"Une erreur est survenue lors de la connexion au collecteur.<br/>cannot login, user or password wrong", ClassAuth, "credentials_rejected"},
		{"An error occurred trying to connect to collector.<br/>cannot connect to host; error = Connection refused (errno = 111 )", ClassTransient, "network_dropped"},
		{"Could not connect to mailgate server", ClassTransient, "l10n_erp_unreachable"},
		// Dolibarr's collector: imap_last_error() decides when it says something.
		{"Failed to open IMAP connection {imap.example.com:993/ssl}INBOX ", ClassTransient, "l10n_erp_unreachable"},
		{"Failed to open IMAP connection {imap.example.com:993/ssl}INBOX Can not authenticate to IMAP server: [AUTHENTICATIONFAILED] Authentication failed.", ClassAuth, "credentials_rejected"},
		// Dolibarr's SMTPs: the reply first, then the library's own lines.
		{"Error [120]: Ran into problems sending Mail. Response: 535 5.7.8 Username and Password not accepted.\nError [130]: Invalid Authentication Credentials.", ClassAuth, "google_bad_credentials"},
		{"Error [120]: Ran into problems sending Mail. Response: 504 5.7.4 Unrecognized authentication type\nError [130]: Error when asking for AUTH LOGIN\nError [130]: Invalid Authentication Credentials.", ClassConfig, "l10n_erp_setup"},
		{"Error [130]: Error when asking for AUTH XOAUTH2\nError [130]: Invalid Authentication Credentials.", ClassAuth, "l10n_erp_smtps_login_refused"},
		// Dolibarr's SMTP test with fsockopen's reason appended.
		{"Server is not available at address smtp.example.com on port 465 - Error 111 - Connection refused", ClassTransient, "network_dropped"},
		// GLPI's SMTP OAuth callback: its own flow, not the QQ "authorization code" (app password).
		{"Impossible de vérifier le code d’autorisation.", ClassPlatform, "l10n_erp_oauth_client"},
		{"无法校验授权码", ClassPlatform, "l10n_erp_oauth_client"},
		// Dolibarr's PHP mail() advice after "Failed to send mail with php mail." (CMailFile::sendfile).
		{"Failed to send mail with php mail.<br>Check that you don't use a too high number of recipients and that your email content is not similar to a Spam. Ask also your administrator to check firewall and server logs files for a more complete information.", ClassConfig, "l10n_erp_setup"},
	})
	// Look-alikes: the products' own user accounts, never a mailbox's login.
	for _, s := range []string{
		"La session a été invalidée suite à un changement de mot de passe, d'email, de statut ou de dates de validité. Veuillez vous reconnecter.",
		"The session was been invalidated following a change of password, email, status or dates of validity. Please relogin.",
		"Your password was modified. For security purpose you will have to login now with your new password.",
		"Die Sitzung wurde aufgrund einer Änderung des Passworts, der E-Mail-Adresse, des Status oder des Gültigkeitsdatums ungültig. Bitte melden Sie sich erneut an.",
		"User not authorized to connect in GLPI",
	} {
		v := Text(s)
		assert.NotEqual(t, ClassAuth, v.Class, s)
		assert.NotEqual(t, ClassRevoked, v.Class, s)
	}
}
