package classify

import "testing"

// Held-out round 57's leftovers, as families: Microsoft's SMTP AUTH switch
// by its own name however the reply is cut, and the products' own password
// forms, keyboard locks and keyrings, which name a password without any
// mailbox refusing it. Composed in the sources' words, not copied from the
// held-out rows.
func TestRound57Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		{"SMTP: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disab", ClassAuth, ""},
		{"send failed: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled f", ClassAdmin, "smtp_auth_disabled"},
		{"Error: SmtpClientAuthentication is disabled", ClassAdmin, "smtp_auth_disabled"},
		{"The password reset link has expired or is invalid, request a new one", ClassUnknown, ""},
		{"Invalid password reset token: the password was not changed", ClassUnknown, ""},
		{"Password used to unlock the screen doesn't match", ClassUnknown, ""},
		{"keyring: failed to delete credential for account 'work' (password not found)", ClassConfig, "settings_unset"}, // the OS keyring, a setting (stop 52)
		// Refused logins keep their reading.
		{"Login failed: the password is incorrect", ClassAuth, ""},
		{"IMAP: NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)", ClassAuth, ""},
	})
}
