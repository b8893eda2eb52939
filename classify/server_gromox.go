package classify

// Replies of grommunio's mail server gromox (grommunio/gromox commit
// 1892eb3d, after 3.10): the IMAP service's numbered responses
// (mra/imap/resource.cpp, raised in mra/imap/cmd.cpp, parser.cpp, main.cpp;
// midb's error strings follow "NO server internal error, " from icp_dval()),
// the POP3 service's (mra/pop3/resource.cpp, raised in mra/pop3/cmd.cpp,
// parser.cpp, main.cpp) and the LMTP/SMTP delivery listener's
// (mda/smtp/resource.cpp, raised in mda/smtp/cmd.cpp and parser.cpp).
// testdata/catalogs/server_gromox.jsonl holds them. Phrases added to existing
// rules: "must issue a stls command first" (starttls_required), the
// ip_filter_judge refusals (blocklisted), "access denied by user filter"
// (too_many_login_attempts), and the folder refusals of icp_create(),
// icp_delete() and icp_rename() (imap_folder_command_refused). The
// rules here cover the rest:
//
//   - the client's protocol use, which other rules read as a refused
//     password or a full mailbox: LOGIN/AUTHENTICATE in an authenticated
//     session (1803, POP3 1720), an AUTHENTICATE LOGIN user name or password
//     that is not base64 (1819, 1820), PASS without USER (POP3 1705), STLS
//     after login (POP3 1725), a command or literal over the 64 KiB buffer
//     (1817), commands that need a selected or writable folder (1805,
//     1806), renaming INBOX (midb's MIDB_E_NOTPERMITTED from me_mrenf() in
//     exch/midb/mail_engine.cpp), and the delivery listener's reply to an
//     envelope line too long for its stream (mda/smtp/parser.cpp 525, whose
//     RFC 5321 words "exceeded storage allocation" concern no mailbox);
//   - the server's own trouble after the password was accepted: the user
//     database lookup of the mailbox location (1902, POP3 1715), midb's
//     MIDB_E_SSGETID "User unresolvable", midb errors during POP3 (1716,
//     1722), and SSL_new() failing for the POP3 STLS session (1723).

// gromoxRules come right after imapsyncFAQRules: gromox's own sentences
// decide before the credential words of libraryRules ("relogin",
// "password error"), the recipient quota words of textRules ("exceeded
// storage allocation") and the DNS words of sender_domain_dns
// ("unresolvable").
var gromoxRules = []rule{
	{id: "gromox_client_protocol", class: ClassConfig, anyOf: p(
		// mra/imap/resource.cpp 1803, 1819, 1820, 1817, 1805, 1806
		"cannot relogin in authenticated state", "bad decode username error", "bad decode password error",
		"unacceptable size for literal", "can only process in select state", "can not store with read-only status",
		// mra/pop3/resource.cpp 1720, 1705, 1725
		"cannot relogin under login stat", "err input username first", "tls negotiation only begin in authorization state",
		// icp_dval(): 1907 with midb's MIDB_E_NOTPERMITTED (renaming INBOX)
		"server internal error, operation not permitted",
		// mda/smtp/resource.cpp 525, sent for an envelope line too long
		"exceeded storage allocation; too much mail data"),
		doc: "gromox's IMAP, POP3 or LMTP service refuses the client's command in this state or form (grommunio/gromox resource.cpp): the client's protocol use, not the credentials or a mailbox"},
	{id: "gromox_server_trouble", class: ClassTransient, anyOf: p(
		// mra/imap/resource.cpp 1902, mra/pop3/resource.cpp 1715
		"cannot get mailbox location from database",
		// icp_dval(): 1907 with midb's MIDB_E_SSGETID
		"server internal error, user unresolvable",
		// mra/pop3/resource.cpp 1722, 1716, 1723
		"fail to execute command in midb", "failed to open/read inbox index", "err failed to initialize tls"),
		doc: "gromox's IMAP or POP3 service cannot reach its user database, its midb index or a TLS object after the login was accepted (grommunio/gromox resource.cpp): the server's trouble, try again"},
}
