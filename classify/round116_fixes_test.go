package classify

import "testing"

// Held-out round 116's misses as families, on composed texts (none is a
// held-out text).
func TestRound116Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Refused logins in Italian, Latvian, Greek and European Portuguese.
		{"Accesso alla casella non riuscito: la password non è corretta", ClassAuth, "l10n_words_refused_login"},
		{"Utente o password errati per imap.example.it", ClassAuth, "l10n_words_refused_login"},
		{"Autorizācijas process IMAP serverī neizdevās", ClassAuth, "l10n_words_refused_login"},
		{"Είσοδος IMAP: απέτυχε για τον χρήστη", ClassAuth, "l10n_words_refused_login"},
		{"A palavra-passe do servidor de correio não correspondem", ClassAuth, "l10n_words_refused_login"},
		// Laravel's auth.failed is the product's own sign-in.
		{"Estas credenciales no coinciden con nuestros registros.", ClassUnknown, ""},
		// The product's OAuth client not registered.
		{"The Graph client id is not registered", ClassPlatform, "oauth_client_unset"},
		// Recipients: a contact without an address, an address that
		// bounced, a mailbox name not allowed; Portuguese and Czech.
		{"Lead #42: contact is missing an e-mail", ClassRecipient, "recipient_mailbox_disabled"},
		{"Skipped: the email address bounced twice", ClassRecipient, "recipient_mailbox_disabled"},
		{"553 5.1.3 mailbox name not allowed here", ClassRecipient, "recipient_mailbox_disabled"},
		{"Fatura 12: destinatário inválido", ClassRecipient, "recipient_mailbox_disabled"},
		{"O contato não possui e-mail", ClassRecipient, "recipient_mailbox_disabled"},
		{"Zpráva nebyla odeslána: neplatní příjemci", ClassRecipient, "recipient_mailbox_disabled"},
		// A provider's quota exhausted.
		{"Provider quota is exhausted", ClassRateLimited, "rate_limited"},
		// Portuguese "closed the connection", German and Japanese "no
		// greeting from the server".
		{"O servidor SMTP encerrou a conexão", ClassTransient, "network_dropped"},
		{"SMTP: keine Begrüßung erhalten", ClassTransient, "network_dropped"},
		{"SMTPサーバーからの挨拶を受信できません", ClassTransient, "network_dropped"},
		// A product's temporary files are no temporary failure.
		{"Upload failed: the temporary files were removed", ClassUnknown, ""},
		// Settings, in English and Portuguese.
		{"Relay host must be a valid hostname", ClassConfig, "settings_unset"},
		{"Campaign paused: no sending servers", ClassConfig, "settings_unset"},
		{"Unable to auto-detect your IMAP settings", ClassConfig, "settings_unset"},
		{"Porta SMTP e obrigatorio", ClassConfig, "settings_unset"},
		{"O servidor não anunciou AUTH", ClassConfig, "settings_unset"},
	})
}
