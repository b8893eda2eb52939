package classify

// Round 43's help desks and trackers that fetch a mailbox
// (testdata/heldout/round43.jsonl, rows h43b-hesk-, h43b-roundup-,
// h43b-wperp-): the sentences their code prints while fetching mail, each with
// its siblings in the same file, in every language the product ships. Phrases
// are the fixed text of the sentence, lower-cased, without placeholders.
//
// Sources, at the commit the round's rows cite:
//   - agutrachitti-lang/hesk-railway bdfdac49 (HESK 3.7.0, which ships en and
//     es): language/{en,es}/text.php oauth_error_retrieve (the refresh of the
//     stored OAuth grant failed, the owner must sign in again: revoked),
//     oauth_error_invalid_state, oauth_error_no_token, oauth_error_unknown
//     (HESK's own authorization-code flow and token storage: platform), iei
//     (PHP IMAP extension missing), ifd and pfd (fetching disabled in the
//     settings) (config), ifr and pfr (another fetching task still running:
//     transient); inc/mail/pop3.php, Manuel Lemos's POP3 class modified for
//     HESK: "Server does not seem to support APOP authentication" and "Could
//     not retrieve the supported authentication methods" (config), and the
//     lines written or read around USER, PASS, APOP, CAPA, AUTH and AUTH
//     XOAUTH2 that failed on the socket, and the missing greeting (transient:
//     no server verdict);
//   - roundup-tracker/roundup 3ed0c6de: roundup/mailgw.py "IMAP server error",
//     "POP server error" (opening the connection failed: transient), "Failed
//     to get mailbox" (SELECT of the configured mailbox refused after a
//     working login) and "For OAUTH, the requests library must be installed"
//     (config), "OAUTH token renew failed" (the refresh grant was refused:
//     revoked). Roundup's log lines are not translated (its locale/*.po hold
//     only the web interface);
//   - wp-erp/wp-erp afecab3d: includes/Admin/Ajax.php imap_test_connection
//     "No host address provided", "No email address provided", "No email
//     password provided", "No port address provided", includes/Imap.php
//     "Your server isn't connected with imap." (the PHP imap extension is
//     missing) (config). WP ERP ships only its erp.pot, no translations.

// round43HelpdeskEarlyRules come before languageRules: the words "settings"
// and "re-save" would read HESK's lost grant as a setting, and the server's
// "mailbox does not exist" answer after Roundup's "Failed to get mailbox"
// would read as a missing recipient.
var round43HelpdeskEarlyRules = []rule{
	{id: "helpdesk_oauth_grant_lost", class: ClassRevoked, anyOf: p(
		"unable to retrieve an access token. please confirm your oauth provider settings",
		"no se puede recuperar un token de acceso. confirme la configuración de su proveedor de oauth",
		"oauth token renew failed",
	),
		doc: "HESK and Roundup could not renew the stored OAuth access token (the refresh grant was refused): the owner must sign in again"},
	{id: "helpdesk_mailbox_select_failed", class: ClassConfig, anyOf: p(
		"failed to get mailbox",
	),
		doc: "Roundup's mail gateway logged in but the server refused to SELECT the configured mailbox: the mailbox name setting is wrong"},
}

// round43HelpdeskRules come after helpdeskLateRules: a refusal the server
// states in the same text is read by the auth rules first.
var round43HelpdeskRules = []rule{
	{id: "helpdesk_oauth_flow", class: ClassPlatform, anyOf: p(
		"oauth state does not match the state sent to oauth provider",
		"el estado de oauth no coincide con el estado enviado al proveedor de oauth",
		"access token missing in the json response",
		"falta el token de acceso en la respuesta json",
		"an unknown error occurred when attempting to save oauth tokens",
		"error desconocido al intentar guardar tokens de oauth",
	),
		doc: "HESK's own OAuth authorization-code flow for a mail provider failed (state mismatch, no token in the answer, tokens not saved): the help desk's OAuth provider setup, not the owner's grant"},
	{id: "helpdesk_fetch_setup", class: ClassConfig, anyOf: p(
		"php imap extension is not installed",
		"la extensión php imap no esta instalada",
		"imap fetching is disabled in settings", "pop3 fetching is disabled in settings",
		"imap fetching esta deshabilitado en configuraciones", "pop3 fetching esta deshabilitado en los ajustes",
		"server does not seem to support apop authentication",
		"could not retrieve the supported authentication methods",
		"for oauth, the requests library must be installed",
		"your server isn't connected with imap",
		"no host address provided", "no email address provided", "no email password provided", "no port address provided",
	),
		doc: "a help desk's mail fetching cannot start from its own setup: PHP's imap extension or a library missing, fetching disabled, a login method the server lacks, a settings field left empty (HESK, Roundup, WP ERP)"},
	{id: "helpdesk_fetch_connection", class: ClassTransient, anyOf: p(
		"imap server error", "pop server error",
		"pop3 server greeting was not found",
		"could not send the user command", "could not get user login entry response",
		"could not send the pass command", "could not get login password entry response",
		"could not send the apop command", "could not get apop login command response",
		"could not send the capa command", "could not get capa command response",
		"could not send the auth command", "could not send the auth xoauth2 command", "could not get auth command response",
		"could not send message authentication step message", "could not get authentication step message response",
		"another imap fetching task is still in progress", "another pop3 fetching task is still in progress",
		"otra tarea de búsqueda imap esta aun en curso", "otra tarea de pop3 fetching está aún en curso",
	),
		doc: "a help desk's mail fetching lost the connection or got no answer before any verdict on the login (Roundup's connection errors, HESK's POP3 class), or another fetch is still running"},
}
