package classify

import "testing"

// Round 149's misses, as families, on composed texts (none equal to or
// holding a held-out text), and where each family stops.
func TestRound149Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A POP3 server's -ERR to PASS that refuses the login is the
		// password, whatever it adds; a bare "try again later" is not.
		{"S: -ERR login rejected for jdoe; please try again", ClassAuth, "credentials_rejected"},
		{"-ERR negative login for jdoe, please try again later", ClassAuth, "credentials_rejected"},
		{"-ERR server busy, please try again later", ClassTransient, ""},
		// A refusal naming the address or the password is a refused login;
		// the address alone is the EWS setting.
		{"Incorrect email address or password for IMAP account jdoe", ClassAuth, "credential_words"},
		{"Evolution EWS: Incorrect email address for autodiscover", ClassConfig, "l10n_ews_settings"},
		// A client without Internet.
		{"Mail check paused: internet not available", ClassTransient, "network_dropped"},
		// A form that asks for its fields to be filled.
		{"Please fill the SMTP host and port", ClassConfig, "settings_unset"},
	})
}
