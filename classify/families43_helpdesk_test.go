package classify

import (
	"testing"
)

// Round 43's help desks and trackers fetching a mailbox (HESK in en and es,
// Roundup's mail gateway, WP ERP's CRM inbox): the round's texts, their
// siblings in the same files, and look-alikes that must not read as a refused
// login or a lost grant.
func TestRound43HelpdeskFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// HESK oauth_error_retrieve (the round's en and es) and Roundup's
		// failed token renewal.
		{"Unable to retrieve an access token. Please confirm your OAuth Provider settings and re-save them to acquire a new token.", ClassRevoked, "helpdesk_oauth_grant_lost"},
		{"No se puede recuperar un token de acceso. Confirme la configuración de su proveedor de OAuth y vuelva a guardarla para adquirir un nuevo token.", ClassRevoked, "helpdesk_oauth_grant_lost"},
		{"OAUTH token renew failed", ClassRevoked, "helpdesk_oauth_grant_lost"},
		// HESK's own OAuth flow: the round's en, and the es and oauth_error_unknown siblings.
		{"OAuth state does not match the state sent to OAuth provider.", ClassPlatform, "helpdesk_oauth_flow"},
		{"Access token missing in the JSON response.", ClassPlatform, "helpdesk_oauth_flow"},
		{"El estado de OAuth no coincide con el estado enviado al proveedor de OAuth.", ClassPlatform, "helpdesk_oauth_flow"},
		{"Falta el token de acceso en la respuesta JSON.", ClassPlatform, "helpdesk_oauth_flow"},
		{"An unknown error occurred when attempting to save OAuth tokens.", ClassPlatform, "helpdesk_oauth_flow"},
		{"Se produjo un error desconocido al intentar guardar tokens de OAuth.", ClassPlatform, "helpdesk_oauth_flow"},
		// Setup: HESK iei, ifd, pfd, APOP; Roundup's OAuth library; WP ERP's empty fields.
		{"[HESK] PHP IMAP extension is not installed.", ClassConfig, "helpdesk_fetch_setup"},
		{"[HESK] La extensión PHP IMAP no esta instalada.", ClassConfig, "helpdesk_fetch_setup"},
		{"[HESK] IMAP FETCHING IS DISABLED IN SETTINGS", ClassConfig, "helpdesk_fetch_setup"},
		{"[HESK] POP3 FETCHING ESTA DESHABILITADO EN LOS AJUSTES", ClassConfig, "helpdesk_fetch_setup"},
		{"Server does not seem to support APOP authentication", ClassConfig, "helpdesk_fetch_setup"},
		{"Could not retrieve the supported authentication methods", ClassConfig, "helpdesk_fetch_setup"},
		{"For OAUTH, the requests library must be installed", ClassConfig, "helpdesk_fetch_setup"},
		{"No email password provided", ClassConfig, "helpdesk_fetch_setup"},
		{"No host address provided", ClassConfig, "helpdesk_fetch_setup"},
		{"No port address provided", ClassConfig, "helpdesk_fetch_setup"},
		{"Your server isn't connected with imap.", ClassConfig, "helpdesk_fetch_setup"},
		// Roundup's SELECT refused, even when the server says the mailbox does not exist.
		{"Failed to get mailbox %r: %s", ClassConfig, "helpdesk_mailbox_select_failed"},
		{"Failed to get mailbox 'Tracker': [b'Mailbox does not exist']", ClassConfig, "helpdesk_mailbox_select_failed"},
		// The connection, before any verdict on the login.
		{"IMAP server error", ClassTransient, "helpdesk_fetch_connection"},
		{"POP server error", ClassTransient, "helpdesk_fetch_connection"},
		{"Could not send the AUTH XOAUTH2 command", ClassTransient, "helpdesk_fetch_connection"},
		{"Could not get login password entry response", ClassTransient, "helpdesk_fetch_connection"},
		{"Could not send the PASS command", ClassTransient, "helpdesk_fetch_connection"},
		{"Could not get user login entry response", ClassTransient, "helpdesk_fetch_connection"},
		{"Could not get APOP login command response", ClassTransient, "helpdesk_fetch_connection"},
		{"Could not get authentication step message response", ClassTransient, "helpdesk_fetch_connection"},
		{"3 POP3 server greeting was not found", ClassTransient, "helpdesk_fetch_connection"},
		{"Another IMAP fetching task is still in progress.", ClassTransient, "helpdesk_fetch_connection"},
		{"Otra tarea de búsqueda IMAP esta aun en curso.", ClassTransient, "helpdesk_fetch_connection"},
		// The server's refusals in the same files stay refusals.
		{"Password error: -ERR [AUTH] Invalid credentials", ClassAuth, ""},
		{"APOP login failed: -ERR authentication failed", ClassAuth, ""},
	})
	// Look-alikes: a connection or setup message is no refused login nor a lost grant.
	assertNotClasses(t, []string{
		"Could not send the AUTH XOAUTH2 command",
		"Could not get login password entry response",
		"Server does not seem to support APOP authentication",
		"No email password provided",
		"OAuth state does not match the state sent to OAuth provider.",
		"Access token missing in the JSON response.",
		"Failed to get mailbox 'INBOX': [b'Mailbox does not exist']",
		"IMAP server error",
		"Usted ha sido bloqueado por el sistema durante %s minutos debido a intentos de acceso fallidos al sistema.",
	}, ClassAuth, ClassRevoked, ClassBlocked)
}
