package classify

import (
	"testing"
)

// TestCitadelReplies checks replies of the Citadel server (mingodad/citadel
// commit 63a41edb, Citadel 9.02), labelled from the code that sends each
// (testdata/catalogs/server_citadel.jsonl), not from the rules. IMAP replies
// are composed as IReply()/IReplyPrintf() (citadel/modules/imap/imap_tools.c)
// write them: the client's tag ("a1"), a space and the text; SMTP and POP3
// replies are the cprintf() strings of serv_smtp.c and serv_pop3.c with their
// %s filled.
func TestCitadelReplies(t *testing.T) {
	assertTextRules(t, []textCase{
		// serv_smtp.c smtp_get_user(): CtdlLoginExistingUser() found no account.
		{"500 No such user.", ClassAuth, "citadel_smtp_user_refused"},
		// serv_pop3.c pop3_user(): the same refusal over POP3.
		{"-ERR No such user.", ClassAuth, "citadel_pop3_user_refused"},
		// serv_imap.c imap_login(): IReplyPrintf("NO AUTHENTICATE %s failed",
		// Params[3].Key), the password the client sent.
		{"a1 NO AUTHENTICATE Secret123 failed", ClassAuth, "citadel_imap_login_refused"},
		// serv_imap.c imap_authenticate(): IReplyPrintf("NO AUTHENTICATE %s
		// failed", Params[1].Key) for a mechanism other than LOGIN and PLAIN.
		{"a1 NO AUTHENTICATE AUTHENTICATE failed", ClassConfig, "citadel_client_protocol"},
		// serv_smtp.c smtp_rcpt(): "551 <%s> - you do not have permission to
		// send Internet mail" with the recipient, when
		// CtdlCheckInternetMailPermission() (user_ops.c) says no.
		{"551 <bob@example.org> - you do not have permission to send Internet mail", ClassAdmin, "server_account_not_authorized"},
		// imap_misc.c imap_append(): IReplyPrintf("NO %s", errbuf) with
		// room_ops.c's "Need to be validated to enter (except in %s> to
		// sysop)", MAILROOM being "Mail".
		{"a1 NO Need to be validated to enter (except in Mail> to sysop)", ClassAdmin, "server_account_not_authorized"},
		// serv_smtp.c smtp_data(): "550 Invalid sender '%s' - rejecting this
		// message." with the message's From: address.
		{"550 Invalid sender 'sales@example.org' - rejecting this message.", ClassConfig, "sender_not_owned"},
		// serv_imap.c imap_select(): no such folder, or no access.
		{"a1 NO ... no such room, or access denied", ClassConfig, "imap_folder_command_refused"},
		// imap_misc.c imap_append(): IReplyPrintf("BAD Error %ld saving
		// message to disk.", new_msgnum) after CtdlSubmitMsg() returned -1.
		{"a1 BAD Error -1 saving message to disk.", ClassTransient, "server_internal_error"},
	})
	// Look-alikes: words of a refused login that are the client's command
	// sequence, its mechanism, a folder's access rules or the server's own
	// trouble after the password was accepted.
	assertNotClasses(t, []string{
		"a1 NO AUTHENTICATE AUTHENTICATE failed",
		// serv_imap.c imap_authenticate() in an authenticated session.
		"a1 BAD Already logged in.",
		// serv_pop3.c pop3_user() in a logged-in session.
		"-ERR You are already logged in.",
		// serv_managesieve.c: a command before AUTHENTICATE.
		"No Invalid access or command.",
		// serv_pop3.c pop3_login(): the Mail room cannot be loaded.
		"-ERR Can't open your mailbox",
		// serv_imap.c imap_rename(): CtdlRenameRoom() returned crr_access_denied.
		"a1 NO You do not have permission to edit this folder.",
		// serv_smtp.c smtp_auth() when AUTH comes after a login.
		"504 Already logged in.",
	}, ClassAuth, ClassRevoked, ClassBlocked, ClassAdmin)
}

// Citadel's IMAP rule is for its own reply, which echoes the password
// between AUTHENTICATE and failed; another server's bare "NO AUTHENTICATE
// failed." (Exchange Online, Dovecot) is read by the general rules, so a
// verdict never names Citadel for it.
func TestCitadelRuleOnlyItsOwnReply(t *testing.T) {
	for _, s := range []string{
		"a1 NO AUTHENTICATE failed.",
		"Response: MBN00000002 NO AUTHENTICATE failed.",
	} {
		if v := Text(s); v.Rule == "citadel_imap_login_refused" {
			t.Errorf("%q read by %s", s, v.Rule)
		}
	}
}
