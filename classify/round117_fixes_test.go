package classify

import "testing"

// Held-out round 117's misses as families, on composed texts (none is a
// held-out text).
func TestRound117Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A POP3 server's logins per period.
		{"-ERR exceeded the login limit, wait 15 minutes", ClassAuthTemporary, "too_many_login_attempts"},
		// A sending quota in French; Russian "with the internet".
		{"Votre quota d'envoi journalier est atteint", ClassRateLimited, "rate_limited"},
		{"Нет соединения с интернетом", ClassTransient, "network_dropped"},
		// Settings.
		{"You need to specify your SMTP password", ClassConfig, "settings_unset"},
		{"Please fill in server and port first", ClassConfig, "settings_unset"},
		{"STARTTLS encryption not supported on this port", ClassConfig, "settings_unset"},
		{"Cannot reach the outgoing server using the specified encryption", ClassConfig, "settings_unset"},
		{"IMAP 加密方式无效，请重新选择", ClassConfig, "settings_unset"},
		// A refresh token the token endpoint rejected, in more words (the
		// family of round 106's "Refresh token rejected.", which stays
		// missed: the phrase would be all of it).
		{"The refresh token was rejected by Google", ClassRevoked, "oauth_invalid_grant"},
		{"Microsoft rejected the refresh token for a@example.com", ClassRevoked, "oauth_invalid_grant"},
		{"Refresh token has been rejected by the provider", ClassRevoked, "oauth_invalid_grant"},
	})
}

// The product's OAuth set-up in other words than its client ID and secret
// (oauth_setup_unset), and the grant's own trouble it leaves alone.
func TestOAuthSetupUnset(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Outlook OAuth is not properly configured on this server", ClassPlatform, "oauth_setup_unset"},
		{"The OAuth configuration of the Gmail connector is broken", ClassPlatform, "oauth_setup_unset"},
		{"OAuth2 credentials to be set in the config file", ClassPlatform, "oauth_setup_unset"},
		{"The Zoho OAuth setup is incomplete", ClassPlatform, "oauth_setup_unset"},
		{"Configuratie: OAuth-gegevens ontbreken", ClassPlatform, "oauth_setup_unset"},
		{"Ask the site owner to set up Microsoft OAuth", ClassPlatform, "oauth_setup_unset"},
		// A grant that expired, a token to refresh, a stored grant, an
		// account to connect: not the set-up.
		{"OAuth configuration: the stored grant for a@example.com expired", ClassUnknown, ""},
		{"OAuth setup complete but the token could not refresh", ClassUnknown, ""},
	})
}
