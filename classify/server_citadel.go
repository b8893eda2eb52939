package classify

// Replies of the Citadel groupware server (mingodad/citadel commit 63a41edb,
// Citadel 9.02): its SMTP/LMTP/submission service
// (citadel/modules/smtp/serv_smtp.c), IMAP service
// (citadel/modules/imap/serv_imap.c, imap_misc.c), POP3 service
// (citadel/modules/pop3/serv_pop3.c) and ManageSieve service
// (citadel/modules/managesieve/serv_managesieve.c). Every login goes through
// CtdlLoginExistingUser() and CtdlTryPassword() (citadel/user_ops.c); the
// services differ only in how they word the refusal.
// testdata/catalogs/server_citadel.jsonl holds them.
//
// Phrases added to existing rules: the Internet-mail permission that
// CtdlCheckInternetMailPermission() withholds and the "Need to be validated"
// refusal of CtdlDoIHavePermissionToPostInThisRoom() (room_ops.c) go to
// server_account_not_authorized (admin); the strict-From refusal of
// smtp_data() to sender_not_owned; smtp_data()'s "Internal delivery error",
// imap_append()'s "Error %ld saving message to disk" and pop3_login()'s
// "Can't open your mailbox" to server_internal_error; the folder refusals of
// imap_select(), imap_create(), imap_delete(), imap_rename() and imap_append()
// to imap_folder_command_refused. The rules here cover the rest:
//
//   - the refused logins whose words other rules read otherwise: the AUTH
//     LOGIN user name answered "500 No such user." by smtp_get_user() (the
//     scan skips a leading reply code, so the rule asks for code 500) and
//     the USER name answered "-ERR No such user." by pop3_user() (both read
//     as a recipient's unknown address), and imap_login()'s "NO
//     AUTHENTICATE <password> failed", which echoes the password the client
//     sent;
//   - the client's protocol use: imap_authenticate()'s "NO AUTHENTICATE %s
//     failed" for a mechanism other than LOGIN and PLAIN, filled with the
//     command word, so it reads "AUTHENTICATE AUTHENTICATE failed"; LOGIN,
//     AUTHENTICATE or USER in a session that is already logged in; and
//     managesieve_command_loop()'s answer to a command sent before
//     AUTHENTICATE.

// citadelRules come right after gromoxRules: Citadel's own sentences decide
// before the recipient words of textRules ("no such user") and the
// credential words of credentials_rejected ("authenticate ... failed").
var citadelRules = []rule{
	{id: "citadel_smtp_user_refused", class: ClassAuth, code: "500", anyOf: p("no such user."),
		doc: "Citadel's SMTP AUTH LOGIN: smtp_get_user() answers the user name with 500 when CtdlLoginExistingUser() finds no account (mingodad/citadel serv_smtp.c); the owner's login is refused, not a recipient (500 is never a RCPT verdict)"},
	{id: "citadel_pop3_user_refused", class: ClassAuth, anyOf: p("-err no such user."),
		doc: "Citadel's POP3 USER: pop3_user() answers the name with '-ERR No such user.' when CtdlLoginExistingUser() finds no account (mingodad/citadel serv_pop3.c); the owner's login is refused, not a recipient"},
	{id: "citadel_imap_login_refused", class: ClassAuth, anyOf: p(" no authenticate "), alsoAny: p(" failed"),
		noneOf: p("authenticate authenticate failed", "(wrong host)", " no authenticate failed"),
		doc:    "Citadel's IMAP LOGIN: CtdlTryPassword() refused the password, which the reply 'NO AUTHENTICATE <password> failed' echoes (mingodad/citadel serv_imap.c imap_login()); the owner's password is refused"},
	{id: "citadel_client_protocol", class: ClassConfig, anyOf: p(
		// serv_imap.c imap_authenticate(): an unoffered mechanism
		"authenticate authenticate failed",
		// serv_imap.c imap_authenticate(), serv_pop3.c pop3_user()
		"bad already logged in.", "-err you are already logged in.",
		// serv_managesieve.c managesieve_command_loop()
		"no invalid access or command."),
		doc: "Citadel's IMAP, POP3 or ManageSieve service refuses the client's mechanism or command sequence (mingodad/citadel serv_imap.c, serv_pop3.c, serv_managesieve.c): the client's setting or protocol use, not the credentials"},
}
