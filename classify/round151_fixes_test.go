package classify

import "testing"

// Round 151's misses, as families, on composed texts (none equal to or
// holding a held-out text), and where each family stops.
func TestRound151Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A configuration file whose password key is missing or invalid is
		// the settings; a password the server refused is not.
		{"config file ~/.mailcheckrc: the password entry is wrong", ClassConfig, "config_file_setting"},
		{"IMAP login failed: wrong password for jdoe", ClassAuth, ""},
	})
}
