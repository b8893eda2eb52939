package classify

import "testing"

// Round 122's misses, as families (testdata/heldout/README.md).
func TestRound122Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A login held back for a while (GMX's web and mail login from an
		// address it distrusts) is temporary, in English and in German.
		{"IMAP: Login temporarily not possible from this address", ClassAuthTemporary, "auth_temporary_failure"},
		{"Anmeldung vorübergehend nicht möglich, bitte später erneut versuchen", ClassAuthTemporary, "auth_temporary_failure"},
		{"Fehler: Login vorübergehend nicht möglich (Code 4)", ClassAuthTemporary, "auth_temporary_failure"},
		// A sender address that is not the logged-in user's is the sender
		// setting, not refused credentials.
		{"MAIL FROM refused: envelope address does not match authentication login bob@example.com", ClassConfig, "sender_not_owned"},
		{"554 5.7.1 Originator address does not match authentication credentials of this session", ClassConfig, "sender_not_owned"},
		// sendmail could not write the recipient's mailbox file.
		{"----- Transcript -----\n550 5.0.0 <anna@example.org>... Can't create output", ClassRecipient, "recipient_mailbox_disabled"},
		{"Delivery failed: cannot create output for local mailbox", ClassRecipient, "recipient_mailbox_disabled"},
		// Zoho's API: the token lacks the scope the call needs (the
		// product asked for too few scopes).
		{`{"code":"INVALID_OAUTHSCOPE","message":"invalid oauth scope to access this URL","status":"error"}`, ClassPlatform, "oauth_invalid_client"},
		// A device's own web login held by another session is no mailbox.
		{"Cannot login: another user is logged in on the control panel", ClassUnknown, ""},
		{"Unable to log in: another user is logged in to the web interface", ClassUnknown, ""},
		// A mail host mistyped in the settings is the host setting,
		// whatever the client says of the failed connection.
		{"MailConnectException: Couldn't connect to host, port: smpt.office365.com, 587; timeout 30000", ClassConfig, "mail_host_mistyped"},
		{"dial tcp: lookup imap.gmial.com on 127.0.0.53:53: no such host", ClassConfig, "mail_host_mistyped"},
		{"Failed to send: connection to smtp.gmaill.com:465 timed out", ClassConfig, "mail_host_mistyped"},
		// A provider's host spelled right that did not resolve stays the
		// name server's, and a host that answered with a refusal exists.
		{"dial tcp: lookup imap.gmail.com on 127.0.0.53:53: no such host", ClassTransient, ""},
		{"535 5.7.8 Authentication failed: smpt.example.net says the password is wrong", ClassAuth, ""},
		// Refused logins stay refused.
		{"535 5.7.8 Error: the password of bob was refused by the relay", ClassAuth, ""},
		{"Login failed: wrong password for user bob", ClassAuth, ""},
	})
}
