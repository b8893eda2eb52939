package classify

import "testing"

// Held-out round 110's misses as families, on composed texts (none is a
// held-out text).
func TestRound110Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Refused logins: a mailbox that turned down the password; Danish
		// "failed" and "the password".
		{"Migration stopped: the old mailbox turned down the password", ClassAuth, "credentials_rejected"},
		{"Afsendelse fejlede: kodeordet blev afvist", ClassAuth, "l10n_words_refused_login"},
		// The product's OAuth client: Entra's answer to a malformed token
		// request, an Entra ID app secret expired or invalid, an Android
		// client not registered in the console project.
		{`{"error":"invalid_grant","error_description":"AADSTS9002313: Invalid request. Request is malformed or invalid."}`, ClassPlatform, ""},
		{"Mail plugin: the Entra ID app secret expired on 2026-11-30", ClassPlatform, "oauth_client_credentials_invalid"},
		{"Warning: invalid Microsoft Entra ID app secret for tenant contoso", ClassPlatform, "oauth_client_credentials_invalid"},
		{"GoogleAuthUtil: getToken status UNREGISTERED_ON_API_CONSOLE", ClassPlatform, "api_wrong_audience"},
		// The network: Hindi "no response received"; no SMTP greeting.
		{"मेल सर्वर से प्रतिक्रिया प्राप्त नहीं हुई", ClassTransient, "l10n_words_connection"},
		{"smtp: bad SMTP greeting from mail.example.net", ClassTransient, "network_dropped"},
		// Settings: Greek "does not support TLS", "has not been configured";
		// Swedish and Norwegian "you did not configure"; Slovak "first set
		// up"; a secret not configured; the encryption; STARTTLS refused; a
		// wrong server address; a blank From.
		{"Ο διακομιστής αλληλογραφίας δεν υποστηρίζει TLS", ClassConfig, "l10n_words_settings"},
		{"Ο λογαριασμός αλληλογραφίας δεν έχει διαμορφωθεί", ClassConfig, "settings_unset"},
		{"Du konfigurerade inte avsändaren", ClassConfig, "settings_unset"},
		{"Du konfigurerte ikke SMTP-serveren", ClassConfig, "settings_unset"},
		{"Najskôr nastavte SMTP server v nastaveniach", ClassConfig, "settings_unset"},
		{"Account bob: no secret configured for OAuth", ClassConfig, "settings_unset"},
		{"Account bob: empty secret configured", ClassConfig, "settings_unset"},
		{"Sync error: encryption does not match the port", ClassConfig, "settings_unset"},
		{"imap.example.net refuses STARTTLS on 143", ClassConfig, "settings_unset"},
		{"POP3 STLS is not offered; use IMAPS instead", ClassConfig, "settings_unset"},
		{"Probably the wrong server address for this provider", ClassConfig, "settings_unset"},
		{"550 Blank From: header rejected", ClassConfig, "settings_unset"},
		// Limits: a thread limit, a plan's monthly allowance.
		{"421 too many sessions: thread limit reached", ClassRateLimited, "rate_limited"},
		{"You have reached your monthly sending allowance.", ClassRateLimited, "rate_limited"},
		// The recipient's storage full.
		{"452 4.2.2 recipient storage full", ClassRecipient, ""},
		// A mail server's own login to its directory is no refused mailbox
		// login.
		{"qmail: could not log in to the LDAP server, bad credentials", ClassUnknown, ""},
	})
}
