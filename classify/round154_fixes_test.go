package classify

import "testing"

// Round 154's misses as families, on composed texts (none equal to or
// holding a held-out text).
func TestRound154Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A token marked for a manual refresh: a new sign-in.
		{"Stored token is invalid; manual refresh of the mailbox sign-in needed", ClassRevoked, "token_invalid_reauthenticate"},
		// Authenticated SMTP turned off, in a product's words.
		{"Authenticated SMTP turned off for the shared mailbox", ClassAdmin, "smtp_auth_disabled"},
		// A port blocked by an ISP is the network, no rejected message; a
		// timeout to set is no timeout.
		{"Connection to smtp.example.org on port 587 failed; the port is blocked by your ISP", ClassUnknown, ""},
		{"IMAP timeout must be a number", ClassUnknown, ""},
		// A recipient refused, in English, German and French.
		{"Die Nachricht wurde nicht zugestellt: Empfänger abgelehnt", ClassRecipient, "recipient_mailbox_disabled"},
		{"Message non remis : le destinataire a refusé le courrier", ClassRecipient, "recipient_mailbox_disabled"},
		{"The recipient was refused by the relay", ClassRecipient, "recipient_mailbox_disabled"},
		// Settings: absent, invalid, none stored, empty, not supplied;
		// Spanish "must provide", "must indicate".
		{"Sender address is absent from the relay profile", ClassConfig, "settings_unset"},
		{"Relay config invalid", ClassConfig, "settings_unset"},
		{"No stored password for the relay account", ClassConfig, "settings_unset"},
		{"Port cannot be an empty value", ClassConfig, "settings_unset"},
		{"Relay credentials not supplied", ClassConfig, "settings_unset"},
		{"Debe proporcionar un servidor SMTP", ClassConfig, "settings_unset"},
		{"Debe indicar el puerto del servidor", ClassConfig, "settings_unset"},
	})
}
