package classify

import "testing"

// Held-out round 114's misses as families, on composed texts (none is a
// held-out text).
func TestRound114Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Implicit TLS on POP3's and IMAP's plain ports.
		{"stream_socket_client(): unable to connect to ssl://mail.example.net:143 (Connection timed out)", ClassConfig, "implicit_tls_on_starttls_port"},
		{"Could not open ssl://pop.example.org:110 (Unknown error)", ClassConfig, "implicit_tls_on_starttls_port"},
		// A 502 to AUTH, whatever the wrapper says; an auth method wrong or
		// not supported.
		{"Error: Invalid login: 502 5.5.1 Command not implemented", ClassConfig, "auth_mechanism_unsupported"},
		{"SMTP AUTH failed: 502 unimplemented", ClassConfig, "auth_mechanism_unsupported"},
		{"mailer: wrong authentication method for this server", ClassConfig, "auth_mechanism_unsupported"},
		{"Unsupported authentication method LOGIN", ClassConfig, "auth_mechanism_unsupported"},
		// AADSTS700016's second sentence without its code.
		{"Sign-in to the mail connector failed: the application has not been installed by the administrator of the tenant", ClassPlatform, "oauth_invalid_client"},
		// A product's licence is no account blocked.
		{"Your account has been deactivated due to an invalid license", ClassUnknown, ""},
		{"Your license key has been deactivated", ClassUnknown, ""},
		// The connection not made, a session forcefully closed.
		{"Sorry, the connection to the mail server could not be made right now", ClassTransient, "network_dropped"},
		{"IMAP: connection to the mailserver failed", ClassTransient, "network_dropped"},
		{"The IMAP session was forcefully closed", ClassTransient, "network_dropped"},
		// RFC 3463's descriptions in words.
		{"Mail system congestion at the destination", ClassTransient, "temporary_wording"},
		{"Bounce: the sender is not authorized to send to the destination", ClassRejected, "message_rejected"},
		// A refused login in Luxembourgish.
		{"D'Passwuert fir de Mailserver ass net korrekt.", ClassAuth, "l10n_words_refused_login"},
		{"Umeldung mam Benotzernumm ass feelgeschloen", ClassAuth, "l10n_words_refused_login"},
		// Settings, in several languages.
		{"SMTP user and password must both be set", ClassConfig, "settings_unset"},
		{"TLS options are not applicable when transport is sendmail", ClassConfig, "settings_unset"},
		{"IMAP port has to be between 1 and 65535", ClassConfig, "settings_unset"},
		{"Bitte einen Port zwischen 1 und 65535 wählen", ClassConfig, "settings_unset"},
		{"Outlook requires SMTP host smtp.office365.com", ClassConfig, "settings_unset"},
		{"Bitte geben Sie den SMTP-Servernamen angeben", ClassConfig, "settings_unset"},
		{"Für Benachrichtigungen ist keine Absenderadresse eingerichtet", ClassConfig, "settings_unset"},
		{"Укажите имя хоста SMTP-сервера", ClassConfig, "settings_unset"},
		{"Du skal angive en SMTP-server", ClassConfig, "settings_unset"},
		{"Du måste ange en e-postserver", ClassConfig, "settings_unset"},
		{"Le chiffrement TLS n'est pas supporté par ce serveur", ClassConfig, "settings_unset"},
		{"送信サーバーを設定する必要があります。", ClassConfig, "settings_unset"},
	})
}
