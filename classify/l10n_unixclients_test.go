package classify

import "testing"

// TestUnixClientsL10n checks the rules of l10n_unixclients.go on messages as
// the clients compose them, labelled from the code that composes each, not
// from the rules.
func TestUnixClientsL10n(t *testing.T) {
	assertTextClasses(t, map[string]Class{
		// Claws Mail src/imap.c imap_auth(): "Connection to %s failed: login
		// refused.%s", the second part the OAuth2 hint for an XOAUTH2 login:
		// the server refused the token, which is a refused login.
		"Connection to imap.example.com failed: login refused.\n\nOAuth2 error. Check and correct your OAuth2 account preferences.": ClassAuth,
		// Balsa libnetclient/net-client-smtp.c net_client_smtp_eval_rescode():
		// "authentication failure %d: %s" for 534 or 535 with the reply's text
		// (here Gmail's), "transient error %d: %s" for any 4xx: a 454
		// temporary authentication failure is never a credential verdict.
		"authentication failure 535: 5.7.8 Username and Password not accepted. Learn more at": ClassAuth,
		"transient error 454: 4.7.0 Temporary authentication failure":                         ClassAuthTemporary,
		"transient error 421: 4.7.0 Try again later, closing connection.":                     ClassTransient,
	})
	// Look-alikes: no login was refused. NeoMutt found no mechanism it can
	// use (imap/auth.c), Claws Mail's server disables LOGIN (src/imap.c
	// imap_cmd_login()), Balsa shares no mechanism with the server
	// (libnetclient).
	assertTextClasses(t, map[string]Class{
		"No authenticators available":          ClassConfig,
		"Server logins are disabled.":          ClassConfig,
		"no suitable authentication mechanism": ClassConfig,
	})
}
