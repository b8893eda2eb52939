package classify

import (
	"testing"
)

// TestGroupware2L10n checks the rules of l10n_groupware2.go on messages as
// grommunio Web (grommunio/grommunio-web commit 353ea1ae) and Group-Office
// (Intermesh/groupoffice commit 63bb0bc3) show them. Labels come from the
// code that raises each message, not from the rules.
func TestGroupware2L10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// server/includes/core/class.webappauthentication.php getErrorMessage(): MAPI_E_LOGON_FAILED,
		// shown alone on the logon page; the English words are read by textRules first.
		{"Logon failed. Please verify your credentials and try again.", ClassAuth, "credentials_rejected"},
		{"登入失敗。請驗證您的憑證並重試。", ClassAuth, "l10n_groupware2_logon_failed_early"},
		{"Échec de l'ouverture de session. Veuillez vérifier vos informations d'identification et réessayer à nouveau.", ClassAuth, "l10n_groupware2_logon_failed"},
		// the same function, MAPI_E_NETWORK_ERROR.
		{"Cannot connect to Gromox.", ClassTransient, "l10n_groupware2_cannot_connect"},
		{"Konnte keine Verbindung zum grommunio-Server aufbauen.", ClassTransient, "l10n_groupware2_cannot_connect"},
		// www/modules/email/AccountsTree.js _handleFailedIMAPConnections():
		// t("Authentication failed for user \"%username\".").replace('%username', errorNode.name)+' '+
		// t("Please enter try with a different IMAP password."), for a node whose load threw
		// ImapAuthenticationFailedException.
		{"Authentication failed for user \"anna@example.com\". Please enter try with a different IMAP password.", ClassAuth, "credentials_rejected"},
		{"Authentifikation für den Nutzer \"anna@example.com\" fehlgeschlagen. Versuchen Sie ein alternatives IMAP-Kennwort einzugeben.", ClassAuth, "l10n_groupware2_imap_login_refused"},
		{"Authententicatie mislukt voor gebruiker \"anna@example.com\". Probeert u het a.u.b. met een andere IMAP wachtwoord.", ClassAuth, "l10n_groupware2_imap_login_refused"},
		// www/go/base/mail/Imap.php: the exception's own message, as the tree's tooltip shows it:
		// 'Authentication failed for user ' . $username . ' on IMAP server ' . $this->server.
		{"Authentication failed for user anna@example.com on IMAP server imap.example.com", ClassAuth, "credentials_rejected"},
		// www/modules/email/EmailClient.js: the messages store's feedback names OAuth2; the dialog
		// opens oauth2client's authenticate page.
		{"Your token has possibly expired. A new window will be opened in which you can renew your token.", ClassRevoked, "l10n_groupware2_oauth2_token_expired"},
		{"Ihr Token ist möglicherweise abgelaufen. Es wird ein neues Fenster geöffnet, in dem Sie Ihren Token erneuern können.", ClassRevoked, "l10n_groupware2_oauth2_token_expired"},
	})
	// Look-alikes: grommunio Web's own browser session, its files plugin's
	// file server account, its password change form and a duplicate session
	// that the code already cleared; none of them a refused mailbox login.
	assertNotClasses(t, []string{
		"The session has expired, reauthentication is required.",                                                    // client/zarafa/Zarafa.js
		"Ihre Sitzung ist abgelaufen, bitte melden Sie sich erneut an.",                                             // the same, German
		"Unauthorized. Wrong username or password.",                                                                 // plugins/files, WebDAV 401
		"Nicht angemeldet. Benutzername oder Passwort falsch.",                                                      // the same, German
		"Your password is wrong or you have insufficient permission to change password",                             // plugins/passwd
		"Das Passwort ist falsch oder Sie haben keine Berechtigung, Passwörter zu ändern",                           // the same, German
		"Login did not work due to a duplicate session. The issue was automatically resolved, please log in again.", // MAPI_E_INVALID_WORKSTATION_ACCOUNT
	}, ClassAuth, ClassRevoked)
}
