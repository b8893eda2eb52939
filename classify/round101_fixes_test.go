package classify

import "testing"

// Held-out round 101's misses as families, on composed texts (none is a
// held-out text).
func TestRound101Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// The mailbox must be reconnected, German passive; the provider
		// named after "reconnect"; its sign-in expired.
		{"Das Postfach von Anna muss erneut verbunden werden", ClassRevoked, "lang_reconnect_asked"},
		{"Google-Konto muss neu verbunden werden, bevor E-Mails gesendet werden", ClassRevoked, "lang_reconnect_asked"},
		{"No usable token for sales@example.com -- reconnect Outlook", ClassRevoked, "prompts_reconnect_request"},
		{"The Google sign-in has expired for this inbox", ClassRevoked, "provider_reauth_needed"},
		// A refused login, asked to make sure of the credentials.
		{"Could not log in to the IMAP server; make sure your username and password are right", ClassAuth, ""},
		// The product's own session or login access: no mailbox verdict.
		{"Invalid session, sign in again to continue", ClassUnknown, ""},
		{"Login failed: session verification did not pass", ClassUnknown, ""},
		{"Your login access has been revoked by the workspace owner", ClassUnknown, ""},
		// Another service's token to re-authenticate: no verdict.
		{"The Dropbox token has expired, please re-authenticate Dropbox", ClassUnknown, ""},
		// The network: a connection refused or lost, Polish "wait time
		// exceeded".
		{"The relay refused connection on port 587", ClassTransient, ""},
		{"SMTP connection was lost during DATA", ClassTransient, ""},
		{"IMAP: przekroczono czas oczekiwania na serwer", ClassTransient, "lang_connection_failed"},
		// Settings: no password stored, credentials not found, an
		// authentication type not supported; Czech "fill in", "has no saved
		// password".
		{"No password stored for the outgoing server", ClassConfig, "settings_unset"},
		{"The stored credentials were not found for this mailbox", ClassConfig, ""},
		{"Unsupported authentication mode for this account type", ClassConfig, "settings_unset"},
		{"Vyplňte prosím adresu serveru IMAP", ClassConfig, "settings_unset"},
		{"Schránka nemá uložené heslo", ClassConfig, "settings_unset"},
	})
}
