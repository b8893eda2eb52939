package classify

import "testing"

// Held-out round 87's misses as families, on composed texts (none is a
// held-out text).
func TestRound87Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A tool that gets a new token by itself is no expired grant.
		{"Graph token expired; reacquiring silently", ClassUnknown, ""},
		// Settings advice: IMAP with an app password to use instead.
		{"OAuth sync is off here, use IMAP with app password", ClassConfig, "settings_unset"},
		// Asked to connect the mailbox's account.
		{"Sync stopped. Sign in to connect your Gmail account", ClassRevoked, "prompts_not_connected"},
		// A client that is trying to reconnect by itself.
		{"IMAP idle dropped, trying to reconnect in 5s", ClassTransient, ""},
	})
}
