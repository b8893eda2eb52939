package classify

import (
	"testing"
)

// TestGromoxReplies checks replies of grommunio's gromox (grommunio/gromox
// commit 1892eb3d), labelled from the code that raises each
// (testdata/catalogs/server_gromox.jsonl), not from the rules. IMAP replies
// are composed as icp_dval() (mra/imap/cmd.cpp) writes them: the tag, a
// space and the resource string (mra/imap/resource.cpp); a midb error adds
// midb's string after "NO server internal error, " (code 1907). POP3 replies
// are the resource strings of mra/pop3/resource.cpp with their placeholder
// filled as cmdh_user() or main.cpp fill it.
func TestGromoxReplies(t *testing.T) {
	assertTextRules(t, []textCase{
		// cmdh_pass(): system_services_auth_login() refused the password (1714).
		{"-ERR Wrong username or password, or administratively blocked", ClassAuth, "credentials_rejected"},
		// cmdh_user(): user_filter refused the name (1717, "<user>" filled).
		{"-ERR access denied by user filter for anna@example.com", ClassAuthTemporary, "too_many_login_attempts"},
		// icp_login(): the same refusal over IMAP (1901), tag "a1".
		{"a1 NO access denied by user filter", ClassAuthTemporary, "too_many_login_attempts"},
		// p3ls_thrwork(): dnsbl_filter refused the client address (1712).
		{"-ERR access denied by ipaddr filter for 203.0.113.5", ClassRejected, "blocklisted"},
		// cmdh_user(): pop3_force_tls on a plain connection (1726).
		{"-ERR must issue a STLS command first", ClassConfig, "starttls_required"},
		// icp_login() after a successful login (1803).
		{"a1 BAD cannot relogin in authenticated state", ClassConfig, "gromox_client_protocol"},
		// icp_dval(): 1907 + MIDB_E_NOTPERMITTED, RENAME INBOX.
		{"a1 NO server internal error, Operation not permitted", ClassConfig, "gromox_client_protocol"},
		// mda/smtp/parser.cpp: an envelope line too long (525).
		{"554 Requested mail action aborted: exceeded storage allocation; too much mail data", ClassConfig, "gromox_client_protocol"},
		// icp_login(): the '!'-target mailbox's location lookup failed (1902).
		{"a1 NO cannot get mailbox location from database", ClassTransient, "gromox_server_trouble"},
		// icp_dval(): 1907 + MIDB_E_SSGETID.
		{"a1 NO server internal error, User unresolvable", ClassTransient, "gromox_server_trouble"},
		// icp_create() (1926), icp_delete() (1924).
		{"a1 NO CREATE: folder already exists", ClassConfig, "imap_folder_command_refused"},
		{"a1 NO DELETE subfolders first", ClassConfig, "imap_folder_command_refused"},
	})
	// Look-alikes: words of a refused login that are the client's encoding,
	// its command sequence, a temporary ban or a blocklisted address.
	assertNotClasses(t, []string{
		// icp_password2(): the AUTHENTICATE LOGIN password is not base64 (1820).
		"a1 BAD decode password error",
		// icp_username2(): the user name is not base64 (1819).
		"a1 BAD decode username error",
		// cmdh_user()/cmdh_pass() in a logged-in session (1720).
		"-ERR cannot relogin under login stat",
		// cmdh_pass() without USER (1705).
		"-ERR input username first",
		// imls_thrwork(): dnsbl_filter refused the client address (1816).
		"* BAD access is denied from your IP address 203.0.113.5",
		"a1 NO access denied by user filter",
	}, ClassAuth, ClassRevoked, ClassBlocked, ClassAdmin)
}
