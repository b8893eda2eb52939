package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Mailspring's own error sentences (round44_mailspring.go): every
// LocalizedErrorStrings entry that l10n_mailspring.go does not cover, in every
// locale of app/lang (the catalog client_mailspring_errors, each entry
// labelled from the code that raises it before any rule), the sentences as
// Mailspring shows them with the service appended (" (IMAP)", " (SMTP)"),
// and look-alikes that must keep their reading: the server replies the
// sentences stand for, RFC 3207's 454 "TLS not available", other products'
// "server not found" and "authentication required".
func TestRound44MailspringFamilies(t *testing.T) {
	// Each catalog entry, as labelled from the source before any rule.
	for _, e := range assertCatalogClasses(t, "client_mailspring_errors") {
		v := classifyEntry(e)
		assert.False(t, v.NeedsReconnect && !e.WantClass.Reconnect(), "%s: a reconnect (rule %s)", e.ID, v.Rule)
	}

	assertTextRules(t, []textCase{
		// As Mailspring shows them: the service appended to the sentence.
		{"Gmail bandwidth exceeded. Please try again later. (IMAP)", ClassRateLimited, "mailspring_gmail_limits"},
		{"There are too many active connections to your Gmail account. Please try again later. (IMAP)", ClassRateLimited, "mailspring_gmail_limits"},
		{"Gmail IMAP nie jest włączony. Przejdź do ustawień Gmaila, aby go włączyć. (IMAP)", ClassAdmin, ""},
		{"StartTLS is not available. (SMTP)", ClassConfig, "mailspring_setup_early"},
		{"StartTLS ist nicht verfügbar. (SMTP)", ClassConfig, "mailspring_setup_early"},
		{"The message has been blocked because no sender is configured. (SMTP)", ClassConfig, "mailspring_setup_early"},
		{"MobileMe has moved. (IMAP)", ClassConfig, "mailspring_setup"},
		{"No valid server found. (IMAP)", ClassConfig, "mailspring_setup"},
		{"Aucun serveur valide trouvé. (SMTP)", ClassConfig, "mailspring_setup"},
		{"Entschuldigung, dieser Ordner existiert nicht. (IMAP)", ClassConfig, "mailspring_setup"},
		{"Certificaatfout (IMAP)", ClassConfig, ""},
		{"Autentisering krävs. (SMTP)", ClassConfig, "mailspring_setup"},
		{"Yahoo is unavailable. (IMAP)", ClassTransient, "mailspring_unreachable"},
		{"Yahoo ist nicht verfügbar. (IMAP)", ClassTransient, "mailspring_unreachable"},
		{"TLS niet beschikbaar (IMAP)", ClassTransient, "mailspring_unreachable"},
		{"Erreur de connexion - Impossible de se connecter au serveur / port que vous avez fourni. (IMAP)", ClassTransient, ""},
		{"Verbindungsfehler - Verbindung zum angegebenen Server/Port konnte nicht hergestellt werden. (SMTP)", ClassTransient, ""},
		{"Gmail IMAP is not enabled. Visit Gmail settings to turn it on. (IMAP)", ClassAdmin, "mailspring_imap_off"},
		{"The message contains an illegal attachment that is not allowed by the server. (SMTP)", ClassRejected, ""},
		{"Die Nachricht enthält eine illegale Anlage, die vom Server nicht zugelassen wird. (SMTP)", ClassRejected, ""},

		// ErrorConnection's English: held-out rows label the same sentence
		// transient (round 20, SMTP) and config (round 44, IMAP); mailsync
		// marks the code retryable and offline, and the rules keep transient.
		{"Connection Error Unable to connect to the server / port you provided. (SMTP)", ClassTransient, ""},
		{"Connection Error - Unable to connect to the server / port you provided. (IMAP)View Log", ClassTransient, ""},
		// The ambiguous codes stay without a class, never a reconnect.
		{"Parsing Error", ClassUnknown, ""},
		{"Sending is not enabled for this account. (SMTP)", ClassUnknown, ""},
		{"このアカウントが無効であるか、Mailspringが受信トレイまたはすべてのメールフォルダを見つけられませんでした。 http://support.getmailspring.com/hc/en-us/articles/115001881912", ClassUnknown, "mailspring_no_class"},
		{"Seu ID de Mailspring não possui campos obrigatórios - talvez seja necessário redefinir o Mailspring. http://support.getmailspring.com/hc/en-us/articles/115002012491", ClassUnknown, "mailspring_no_class"},

		// Look-alikes that keep their reading: the replies the sentences
		// stand for decide by themselves.
		{"[ALERT] Your account is not enabled for IMAP use. Please visit your Gmail settings page and enable your account for IMAP access. (Failure)", ClassAdmin, "imap_disabled_by_admin"},
		{"[OVERQUOTA] Account exceeded bandwidth limits. (Failure)", ClassRateLimited, ""},
		{"Too many simultaneous connections. (Failure)", ClassRateLimited, ""},
		{"Parsing Error (IMAP):", ClassConfig, "servers_imap_reply_unparsed"},
		{"Sorry, this folder does not exist. (IMAP)", ClassConfig, ""},
		// RFC 3207's 454 and a server without STARTTLS keep their readings;
		// STARTTLS "not available" without Mailspring's "is" stays the 454's.
		{"454 4.7.0 TLS not available due to temporary reason", ClassTransient, "tls_unavailable"},
		{"454 4.7.0 STARTTLS is not available due to a temporary reason", ClassTransient, ""},
		{"STARTTLS not available", ClassTransient, "tls_unavailable"},
		{"503 5.5.0 TLS not available", ClassConfig, "server_tls_not_offered"},
		{"TLS nicht verfügbar", ClassTransient, "l10n_fe_tls_unavailable"},
		// Other products' "server not found" (Zammad's hr) and "authentication
		// required"; a refused password stays a refused password.
		{"Server nije pronađen.", ClassTransient, "l10n_zammad_server_unreachable"},
		{"Server not found.", ClassUnknown, ""},
		{"530 5.7.0 Authentication required", ClassConfig, ""},
		{"535 5.7.8 Username and Password not accepted.", ClassAuth, ""},
		{"Authentication Error - Check your username and password. (IMAP)", ClassAuth, ""},
		{"Autentisering krävs. 535 5.7.8 Error: authentication failed", ClassAuth, ""},
		// A quoted temporary reply decides before the sentence's setting.
		{"StartTLS is not available. 454 4.7.0 TLS not available due to temporary reason", ClassTransient, ""},
	})
}
