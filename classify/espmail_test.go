package classify

import "testing"

// ESP Mail Client's own sentences, as its catalog holds them and in its
// examples' log line (composed; none is a held-out text).
func TestESPMailClient(t *testing.T) {
	assertCatalogClasses(t, "esp_mail_client")
	assertTextRules(t, []textCase{
		{"Error, Status Code: 0, Error Code: -108, Reason: set recipient failed", ClassRecipient, "espmail_recipient"},
		{"Connection error, Error Code: -101, Reason: SMTP server greeting failed", ClassTransient, "espmail_connection"},
		{"Error, Status Code: 0, Error Code: -110, Reason: OAuth2.0 log in was disabled for this server", ClassConfig, "espmail_setup"},
		{"Error, Status Code: 535, Error Code: -104, Reason: authentication failed", ClassAuth, ""},
		// The device's storage and an IMAP program's order of calls are no
		// recipient.
		{"Message appending error, Error Code: -1, Reason: file does not exist or can't access", ClassUnknown, ""},
		{"Fetch error, Reason: no mailbox opened", ClassUnknown, ""},
	})
}
