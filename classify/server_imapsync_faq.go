package classify

// Replies quoted by the imapsync FAQ (imapsync/imapsync commit 02353507,
// FAQ.d/FAQ.<topic>.txt), each explained there next to the quote;
// testdata/catalogs/server_imapsync_faq.jsonl holds every quoted reply not
// already among the held-out rounds. Most of them were already read as the
// FAQ explains them; the rules here cover the rest:
//
//   - FAQ.General.txt, FAQ.Office365.txt: the destination server refuses to
//     create a folder whose name carries host1's separator ("NO Invalid
//     mailbox name"), Office365's reserved "Files" folder ("NO Folder name
//     is reserved"), and a folder that already exists under another case
//     ("Mailbox already exists"): the client's folder mapping (config);
//   - FAQ.Flags.txt, FAQ.Office365.txt: the server refuses a flag that is no
//     system flag ("BAD Invalid system flag \FORWARDED", "NO APPEND Invalid
//     flag list"): the client's commands (config);
//   - FAQ.Messages_Too_Big.txt: imapsync's summary "The most frequent error
//     is ERR_APPEND_SIZE", messages the destination refused as too big
//     (rejected);
//   - FAQ.Office365.txt: "Trying command when NOT connected!", Mail::IMAPClient
//     after the server closed the session (transient), in
//     imapsyncFAQLateRules;
//   - FAQ.ISP.txt: the exit statuses it greps as critical errors (README
//     "EXIT STATUS"): EXIT_AUTHENTICATION_FAILURE, a server refused the login
//     (auth); EXIT_CONNECTION_FAILURE (transient); EXIT_TLS_FAILURE, the
//     encryption setting (config); in imapsyncFAQLateRules. EXIT_OVERQUOTA is
//     not taken (the destination's own mailbox full; mailcow's catalog leaves
//     it out for the same reason);
//   - FAQ.SSL_errors.txt: "SSL wants a read first" (--ssl against a port
//     that wants --tls) is a phrase of tls_wrong_port in rules_text.go.

// imapsyncFAQRules come right after mailCatalogRules: an RFC 5530 code in
// the same reply ([OVERQUOTA], [NONEXISTENT], ...) is read by catalogRules
// first, and these server sentences decide before the recipient words of
// textRules ("invalid mailbox").
var imapsyncFAQRules = []rule{
	{id: "imap_folder_command_refused", class: ClassConfig, anyOf: p(
		// FAQ.General.txt: "Couldn't create [INBOX.Ops/foo/bar]: NO Invalid mailbox name: INBOX.Ops/foo/bar"
		"no invalid mailbox name",
		// FAQ.Office365.txt: "NO Folder name is reserved", "Couldn't create folder [trash] \"Mailbox already exists\""
		"folder name is reserved", "mailbox already exists",
		// FAQ.Flags.txt: "BAD Invalid system flag \FORWARDED", "58 NO APPEND Invalid flag list"
		"invalid system flag", "no append invalid flag list",
		// gromox IMAP (grommunio/gromox mra/imap/cmd.cpp, commit 1892eb3d):
		// icp_create() 1926, icp_delete() 1924 for a folder with children,
		// icp_rename() 1910 for a wildcard in the new name.
		"create: folder already exists", "delete subfolders first", "folder name format error",
		// Zimbra IMAP (Zimbra/zm-mailbox commit 2b7f9787, ImapHandler.java):
		// doRENAME() for INBOX or another user's namespace, and changes in a
		// folder selected read-only (doEXPUNGE(), doSTORE()).
		"rename of inbox not supported", "cannot rename mailbox to other user's namespace", "mailbox selected read-only",
		// Citadel IMAP (mingodad/citadel citadel/modules/imap, commit
		// 63a41edb): imap_select(), imap_create(), imap_delete(),
		// imap_rename(), and imap_append() with room_ops.c's refusal.
		"no such room, or access denied", "personal folders must be created under inbox", "no can't delete this folder",
		"you do not have permission to edit this folder", "higher access is required to post in this room"),
		doc: "an IMAP server refuses the client's folder name or flag (imapsync FAQ.General, FAQ.Flags, FAQ.Office365; gromox's CREATE, DELETE and RENAME; Zimbra's RENAME and read-only folders; Citadel's SELECT, CREATE, DELETE, RENAME and APPEND): the client's mapping or commands, not the account"},
	{id: "imapsync_faq_append_size", class: ClassRejected, anyOf: p("err_append_size"),
		doc: "imapsync's ERR_APPEND_SIZE: the destination server refused messages as too big (imapsync FAQ.Messages_Too_Big)"},
}

// imapsyncFAQLateRules come right before l10nConnectionRules: a throttling
// or refusal reply printed before Mail::IMAPClient's "NOT connected" or
// before imapsync's exit status says what happened and decides first.
var imapsyncFAQLateRules = []rule{
	{id: "imapsync_faq_exit_auth", class: ClassAuth, anyOf: p("exit_authentication_failure"),
		doc: "imapsync exited with EXIT_AUTHENTICATION_FAILURE: a server refused the login (imapsync FAQ.ISP, README EXIT STATUS)"},
	{id: "imapsync_faq_exit_tls", class: ClassConfig, anyOf: p("exit_tls_failure"),
		doc: "imapsync exited with EXIT_TLS_FAILURE: the TLS negotiation failed, the connection's encryption setting (imapsync FAQ.ISP, README EXIT STATUS)"},
	{id: "imapsync_faq_not_connected", class: ClassTransient, anyOf: p("trying command when not connected", "exit_connection_failure"),
		doc: "Mail::IMAPClient (imapsync) after the server closed the session, or imapsync's EXIT_CONNECTION_FAILURE: the connection, try again (imapsync FAQ.Office365, FAQ.ISP)"},
}
