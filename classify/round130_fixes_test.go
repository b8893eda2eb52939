package classify

import "testing"

// Rounds 130 and 131's misses, as families, on composed texts (none equal
// to or holding a held-out text), and where each family stops.
func TestRound130Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A client could not reach its mail server, in any of the verbs and
		// server nouns clients use; a refused login named beside it stays a
		// refusal.
		{"Cannot connect to the IMAP host right now", ClassTransient, "mail_server_unreachable"},
		{"Unable to connect to e-mail server", ClassTransient, "mail_server_unreachable"},
		{"can't connect to the outgoing mail server", ClassTransient, "mail_server_unreachable"},
		{"Cannot connect to the SMTP server: SMTPAuthenticationError (535)", ClassAuth, ""},
		// No login method the client and the server share.
		{"The server offers no SMTP AUTH, cannot log in", ClassConfig, "auth_mechanism_unsupported"},
		{"IMAP: unknown authentication scheme XOAUTH", ClassConfig, "auth_mechanism_unsupported"},
		{"This client knows only AUTH PLAIN", ClassConfig, "auth_mechanism_unsupported"},
		// A mail server's field named by a client's own words for it; a
		// value it must not have.
		{"Incoming port is invalid", ClassConfig, "mail_server_field_invalid"},
		{"The outgoing server must not point to a private address", ClassConfig, "mail_server_field_invalid"},
		// The sender's address, a setting of the product's.
		{"From email 'noreply' invalid", ClassConfig, "mail_setting_missing_named"},
		{"Sender e-mail 'alerts@' invalid", ClassConfig, "mail_setting_missing_named"},
		// The product's own password-change form.
		{"Wrong old password, nothing was changed", ClassUnknown, "own_password_change"},
		{"Your current password is wrong.", ClassUnknown, "own_password_change"},
		// A directory, primary password or PIN sign-in refused, with no mail
		// word: no mailbox. A mail word keeps the refusal.
		{"LDAP bind: wrong password for cn=admin", ClassUnknown, "own_signin_subject"},
		{"The primary password you entered is incorrect", ClassUnknown, "own_signin_subject"},
		{"Wrong PIN, login refused", ClassUnknown, "own_signin_subject"},
		{"IMAP login failed: wrong password (LDAP backend)", ClassAuth, ""},
		// A push service's or a database connection's refusal: the
		// product's key for that service, not the mailbox.
		{"Prowl push failed: invalid API key", ClassConfig, "other_service_login"},
		{"Database connection: access denied for user app, wrong password", ClassConfig, "other_service_login"},
		// Too many logons: held back for a while, not a block.
		{"Account locked: too many logon attempts, wait and try again", ClassAuthTemporary, "too_many_login_attempts"},
	})
}
