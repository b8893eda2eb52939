package classify

import "testing"

// Round 150's misses, as families, on composed texts (none equal to or
// holding a held-out text), and where each family stops.
func TestRound150Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// The connection's parameters missing are settings, not a dropped
		// connection; "SMTP connect() failed" still is one.
		{"IMAP connection parameters missing: host, port", ClassConfig, "settings_unset"},
		{"SMTP connect() failed to mail.example.org:25", ClassTransient, ""},
		// A value the user must define or give.
		{"You must define the outgoing server first", ClassConfig, "settings_unset"},
		{"you must give the mailbox user name in Options", ClassConfig, "settings_unset"},
		// Italian "it is not possible to connect".
		{"Errore: non è possibile connettersi al server POP3", ClassTransient, "l10n_client_connection"},
	})
}
