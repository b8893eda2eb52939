package classify

import "testing"

// Round 46's groupware and webmail family (classify/round46_groupware.go):
// every message labelled from sonicle-webtop/webtop-core 2ccaa030, offsoc/kolab
// 61ed2499, sicherha/pykolab cf7712fc, linagora/tmail-flutter e9b412db and
// zentyal/zentyal 08030fe9, in every locale each ships, and look-alikes from
// other products that must keep their reading.
func TestRound46GroupwareFamilies(t *testing.T) {
	// Each catalog entry, as labelled from the source before any rule.
	assertCatalogClasses(t, "client_l10n_groupware46")

	// The held-out rows, and look-alikes from other products.
	assertTextRules(t, []textCase{
		// WebTop core login page (tpl.login.error.*), every locale
		{"Authentification échouée. Veuillez réessayer.", ClassUnknown, ""}, // webtop tpl.login.error.failure fr
		// Kolab 4 (DAV migrator, auth.php)
		{"Invalid DAV credentials or server.", ClassUnknown, ""},       // kolab dav
		{"Connection to IMAP failed", ClassUnknown, ""},                // kolab imap
		{"Nom d'utilisateur et mot de passe invalide.", ClassAuth, ""}, // kolab auth.failed fr
		// pykolab and wallace log lines, with their de and fr translations
		{"Could not connect to Cyrus IMAP server %r", ClassTransient, ""},           // pykolab en
		{"Verbindung zum Cyrus IMAP-Server %r nicht möglich", ClassTransient, ""},   // pykolab de
		{"Impossible de se connecter au serveur Cyrus IMAP %r", ClassTransient, ""}, // pykolab fr
		{"Could not connect to Dovecot IMAP server %r", ClassTransient, ""},         // pykolab dovecot
		{"SMTP sendmail error: %r", ClassUnknown, ""},                               // pykolab
		{"SMTP sendmail-Fehler: %r", ClassUnknown, ""},                              // pykolab de
		// Twake Mail AuthorizationInterceptors log lines
		{"AuthorizationInterceptors: auth_error_type=token_endpoint_400 | will_logout=true — error=$refreshError", ClassRevoked, ""},                                                      // tw
		{"AuthorizationInterceptors::_handleRefreshErrorOnWeb: will_logout=true — error=$error", ClassRevoked, ""},                                                                        // tw
		{"AuthorizationInterceptors: auth_error_type=token_endpoint_other | statusCode=${refreshError.response?.statusCode} | will_logout=false — error=$refreshError", ClassUnknown, ""}, // tw
		{"AuthorizationInterceptors: auth_error_type=token_refresh_platform_network_failure | platformCode=${e.code} | will_logout=false — error=$e", ClassTransient, ""},                 // tw
		// Twake Mail l10n (lib/l10n/intl_*.arb)
		{"Falsche Anmeldedaten", ClassAuth, ""},                                                     // twake badCredentials de
		{"Server URL is not valid, please try again", ClassConfig, ""},                              // twake wrongUrlMessage en
		{"Temporary network issue. Messages queued for retry when connected.", ClassTransient, ""},  // twake messageHasBeenSavedToTheSendingQueue en
		{"Identifiants invalides", ClassAuth, ""},                                                   // twake badCredentials fr
		{"L'URL du serveur n'est pas valide, veuillez réessayer", ClassConfig, ""},                  // twake wrongUrlMessage fr
		{"Handshake error in client: {errorMessage}", ClassConfig, ""},                              // twake handshakeException messages
		{"Sending of the message failed.\nAn error occurred while sending mail.", ClassUnknown, ""}, // twake warningMessageWhenSendEmailFailure messages
		// Zentyal mail log events (Mail.pm) and their po translations
		{"Relay rejected by the smarthost", ClassUnknown, ""},   // zentyal en
		{"Hostrechner nicht erreichbar", ClassTransient, ""},    // zentyal Host unreachable de
		{"Máquina inalcanzable", ClassTransient, ""},            // zentyal Host unreachable es
		{"Reenvío denegado por el smarthost", ClassUnknown, ""}, // zentyal Relay rejected by the smarthost es

		// Look-alikes: other products' wording and the family's catch-alls keep their class.
		{"Authentication failed", ClassAuth, ""},
		{"Authentication failed.", ClassAuth, ""},
		{"Authentication failed: invalid credentials", ClassAuth, ""},
		{"535 5.7.8 Error: authentication failed: authentication failure", ClassAuth, ""},
		{"Authentification échouée", ClassAuth, ""},
		{"Autenticazione fallita", ClassAuth, ""},
		{"Autenticación fallida", ClassAuth, ""},
		{"Invalid credentials", ClassAuth, ""},
		{"Could not connect to IMAP server", ClassTransient, ""},
		{"Refresh token failed with status $code. Session invalid or revoked.", ClassRevoked, ""},
		{"Error while ensuring imap connection", ClassUnknown, ""},
		{"Could not authenticate. Reason: {}", ClassAuth, ""},
		{"Error initializing Sieve client [{}, {}, {}]", ClassUnknown, ""},
		{"Authentication failed. Please check your password and try again.", ClassAuth, ""},
		{"Login failed. Please try again.", ClassAuth, ""},
		{"Please contact the administrator.", ClassUnknown, ""},
		{"554 5.7.1 <a@example.com>: Relay access denied", ClassConfig, ""},
		{"No route to host", ClassTransient, ""},
		{"Server URL is required", ClassConfig, "settings_unset"}, // a setting missing, whatever it serves
		{"Invalid DAV credentials", ClassAuth, ""},
		{"Connection error", ClassUnknown, ""},
		{"Greylisted, please try again later", ClassTransient, ""},
		{"552 5.3.4 Message size exceeds fixed limit", ClassRejected, ""},
		{"Failure to send your message, because it is over quota.", ClassRecipient, ""},
	})
}
