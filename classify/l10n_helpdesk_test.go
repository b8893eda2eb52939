package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHelpdeskL10n checks the rules of l10n_helpdesk.go on messages as
// Chatwoot (commit e13e3c87) and FreeScout (commit 7c3e57aa) build them.
// Labels come from the code that raises each message, not from the rules.
// Chatwoot's InboxesHelper raises StandardError with the I18n sentence alone
// and logs "[Api::V1::InboxesHelper] check_imap_connection failed with
// #{e.message}", e being the rescued Net::IMAP error, whose message is the
// text of the server's tagged response; FetchImapEmailsJob logs
// "Authorization error for email channel - #{inbox id} : #{e.message}".
// FreeScout's MailboxesController passes the host and port to
// __(':host is not available on :port port. ...') wrapped in <strong>, and
// MailHelper::setMailDriver logs 'Error occurred refreshing oAuth Access
// Token: ' followed by the token endpoint's raw response body.
func TestHelpdeskL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// check_imap_connection: Net::IMAP::NoResponseError to the login.
		{"Please check the IMAP credentials and try again.", ClassAuth, "l10n_helpdesk_imap_credentials"},
		{"Bitte überprüfen Sie die IMAP-Anmeldeinformationen und versuchen Sie es erneut.", ClassAuth, "l10n_helpdesk_imap_credentials"},
		{"Controleer de IMAP-gegevens en probeer het opnieuw.", ClassAuth, "l10n_helpdesk_imap_credentials"},
		// The log line of the same failure, with Gmail's NO text as
		// NoResponseError#message (the words after the response code):
		// an earlier rule reads the server's words.
		{"[Api::V1::InboxesHelper] check_imap_connection failed with Invalid credentials (Failure)", ClassAuth, ""},
		// check_imap_connection: Errno::EHOSTUNREACH and Net::OpenTimeout.
		{"Host inaccesible. Verifique la dirección IMAP, el puerto IMAP e intente nuevamente.", ClassTransient, "l10n_helpdesk_connection"},
		{"A ligação para imap.example.com:993 expirou", ClassTransient, "l10n_helpdesk_timeout_pt"},
		// InboxReconnectionRequired.vue on an inbox whose token refresh failed.
		{"Tu bandeja de entrada está desconectada. No recibirás mensajes nuevos hasta que lo vuelvas a autorizar.", ClassRevoked, "l10n_helpdesk_reauthorize"},
		// MailboxesController::ajax (fetch_test), Helper::checkPort failed.
		{"<strong>imap.example.com</strong> is not available on <strong>993</strong> port. Make sure that <strong>imap.example.com</strong> address is correct and that outgoing port <strong>993</strong> on YOUR server is open.", ClassTransient, "l10n_helpdesk_connection"},
		// secure/dashboard.blade.php, Polish: the generic connection words
		// would read it as transient.
		{"Administrator nie skonfigurował jeszcze ustawień połączenia ze skrzynką pocztową.", ClassConfig, "l10n_helpdesk_settings"},
	})

	// The token endpoint's body that FreeScout appends decides: invalid_grant
	// with AADSTS50058 (body as microsoft365-x-oauth-50058-adal4j in
	// testdata/errors quotes it) means the stored grant no longer works.
	v := Text(`Error occurred refreshing oAuth Access Token: {"error_description":"AADSTS50058: A silent sign-in request was sent but no user is signed in.\r\nTrace ID: <traceId>\r\nCorrelation ID: <correlationID>\r\nTimestamp: 2019-05-07 16:27:18Z","error":"invalid_grant"}`)
	assert.Equal(t, ClassRevoked, v.Class, v.Rule)

	// Look-alikes: they read like a refused login but are not one.
	assertTextClasses(t, map[string]Class{
		// FetchImapEmailsJob's "Authorization error" prefix on Errno::ECONNREFUSED.
		`Authorization error for email channel - 12 : Connection refused - connect(2) for "imap.example.com" port 993`: ClassTransient,
		// MailboxesController::oauth: the OAuth app's client ID and secret,
		// which FreeScout keeps in the mailbox's username and password fields.
		"Could not generate authorization URL: check Client ID (Username) and Client Secret (Password)": ClassPlatform,
		// Microsoft.vue (Hebrew): the request for the authorization URL failed.
		"אירעה שגיאה בהתחברות ל- Microsoft, אנא נסה שנית": ClassTransient,
	})
}
