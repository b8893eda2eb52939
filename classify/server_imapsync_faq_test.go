package classify

import (
	"testing"
)

// TestImapsyncFAQ checks replies the imapsync FAQ quotes (imapsync/imapsync
// commit 02353507, FAQ.d/), labelled from the FAQ's explanation next to each
// (testdata/catalogs/server_imapsync_faq.jsonl), not from the rules.
func TestImapsyncFAQ(t *testing.T) {
	assertTextRules(t, []textCase{
		// FAQ.General.txt: imapsync's "Couldn't create [<folder>]: " followed by
		// the destination server's reply to CREATE.
		{"Couldn't create [INBOX.Ops/foo/bar]: NO Invalid mailbox name: INBOX.Ops/foo/bar", ClassConfig, "imap_folder_command_refused"},
		{"NO Folder name is reserved", ClassConfig, "imap_folder_command_refused"},
		// FAQ.Flags.txt: Mail::IMAPClient's "Error trying to append string: "
		// followed by the server's tagged reply to APPEND.
		{"Error trying to append string: 58 NO APPEND Invalid flag list", ClassConfig, "imap_folder_command_refused"},
		{"The most frequent error is ERR_APPEND_SIZE", ClassRejected, "imapsync_faq_append_size"},
		{"Trying command when NOT connected!", ClassTransient, "imapsync_faq_not_connected"},
		{"EXIT_AUTHENTICATION_FAILURE", ClassAuth, "imapsync_faq_exit_auth"},
		{"EXIT_TLS_FAILURE", ClassConfig, "imapsync_faq_exit_tls"},
		{"fatal SSL error: SSL connect attempt failed with unknown error SSL wants a read first", ClassConfig, "tls_wrong_port"},
	})
	// Look-alikes: a login line that is no verdict on the password, and a
	// folder error "in authenticated state".
	assertNotClasses(t, []string{
		// FAQ.Kerio.txt, composed as imapsync prints a login failure
		// ("Host1 failure: Error login on [host] with user [user] auth [mech]: " + reply):
		// X-MASTERAUTH not activated on the server.
		"Host1 failure: Error login on [imap.example.com] with user [anna@example.com] auth [X-MASTERAUTH]: 2 BAD AUTHENTICATE Unknown authentication method",
		// FAQ.Gmail.txt: the [Gmail] pseudo-folder cannot be examined.
		"Could not examine: 43 NO [NONEXISTENT] Unknown Mailbox: [Gmail] (now in authenticated state) (Failure)",
		"Couldn't create folder [trash] \"Mailbox already exists\"",
	}, ClassAuth, ClassRevoked, ClassBlocked, ClassAdmin)
}
