package classify

import "testing"

// Held-out round 91's misses as families, on composed texts (none is a
// held-out text).
func TestRound91Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// No refused mailbox login: a decryption's authentication tag,
		// Poland's e-invoicing API, a quantum key manager, a password to set
		// first through a link (Polish), an account that already exists and
		// is re-authorized on request, the OAuth client's file and app
		// registration.
		{"Could not decrypt the stored Gmail token: message authentication failed", ClassUnknown, ""},
		{"KSeF session: authentication failed for NIP 1234567890", ClassUnknown, ""},
		{"KME authentication failed, key not delivered", ClassUnknown, ""},
		{"Najpierw ustawić hasło: kliknij w e-mail z linkiem aktywacyjnym, logowanie nieudane", ClassUnknown, ""},
		{"Mailbox bob@outlook.com already exists; pass --reauth to re-authorize it", ClassUnknown, ""},
		{"Outlook sign-in failed: invalid credentials in credentials.json", ClassPlatform, ""},
		{"Graph authentication failure; check your app registration (tenant, client)", ClassPlatform, "oauth_invalid_client"},
		// The grant: Proton Mail's saved session expired, the provider to
		// authenticate with first.
		{"Bridge: Proton session expired, log in again to sync", ClassRevoked, "oauth_invalid_grant"},
		{"Cannot fetch: authenticate with Outlook first", ClassRevoked, "prompts_not_connected"},
		// A protocol switched off for the mailbox, in its protocol's words.
		{"POP protocol access is disabled for this mailbox", ClassAdmin, "protocol_access_disabled"},
		// Settings: a configuration incomplete; Polish "not configured",
		// "no password"; Spanish "no password", "IMAP host empty"; no
		// password found; a password command; a package to
		// install; a sender or domain to verify.
		{"SMTP configuration incomplete: port", ClassConfig, "settings_unset"},
		{"Serwer SMTP nie jest skonfigurowany", ClassConfig, ""},
		{"Brak hasła do skrzynki IMAP", ClassConfig, "settings_unset"},
		{"No hay contraseña para la cuenta SMTP", ClassConfig, "settings_unset"},
		{"Error: host SMTP vacío", ClassConfig, "settings_unset"},
		{"IMAP: no password found in the keychain", ClassConfig, "settings_unset"},
		{"password_cmd exited with status 1", ClassConfig, "settings_unset"},
		{"OAuth support missing: pip install google-auth", ClassConfig, "settings_unset"},
		{"From address must be a verified sender identity", ClassConfig, "settings_unset"},
		{"example.net is not a verified domain for this sender", ClassConfig, "settings_unset"},
		// Polish "daily limit".
		{"Skrzynka: limit dzienny wyczerpany", ClassRateLimited, "rate_limited"},
	})
}
