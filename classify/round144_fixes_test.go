package classify

import "testing"

// Round 144's misses, as families, on composed texts (none equal to or
// holding a held-out text), and where each family stops.
func TestRound144Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A code the user typed and the product checked is no mailbox
		// password; a text that names a password too stays a refused login.
		{"Login failed: please check the code we sent and retry", ClassUnknown, "entered_code_not_password"},
		{"Autorización fallida. Verifica el código de Google", ClassUnknown, "entered_code_not_password"},
		{"Authentication failed: check the code and the mailbox password", ClassAuth, ""},
		// Go's dial failed; a client timed out on the server.
		{"smtp: failed to dial mail.example.org:465", ClassTransient, "network_dropped"},
		{"The IMAP client times out waiting for the greeting", ClassTransient, "network_dropped"},
		// A mandatory field, one that cannot be empty; French "incomplete"
		// and "missing"; not a file's path.
		{"Sender address is a mandatory field in the mail settings", ClassConfig, "settings_unset"},
		{"smtp.username cannot be empty", ClassConfig, "settings_unset"},
		{"Paramètres POP3 incomplète, veuillez corriger", ClassConfig, "settings_unset"},
		{"Serveur SMTP : adresse de réponse absente", ClassConfig, "settings_unset"},
		{"Spool error: the path cannot be empty", ClassUnknown, ""},
		// A recipient's address on the sender's list is the recipient; an
		// IP or a sender on a block list stays a rejection.
		{"Skipped: recipient anna@example.com is blocklisted", ClassRecipient, "recipient_listed"},
		{"Not sent: the recipient address is blacklisted in this workspace", ClassRecipient, "recipient_listed"},
		{"550 5.7.1 recipient refused: your IP address is blacklisted", ClassRejected, "blocklisted"},
	})
}
