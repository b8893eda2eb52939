package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Evolution's translated messages as the owner sees them, placeholders
// filled. Texts from GNOME/evolution-data-server po/<lang>.po (commit
// ccb3cba2); the class follows from the English source string's meaning (see
// testdata/catalogs/README.md).
func TestL10nDesktopFilled(t *testing.T) {
	for _, tc := range []struct {
		text  string
		class Class
	}{
		{"Vennligst oppgi passordet for e-postkonto «anna@example.com».", ClassAuth},             // nb mail account prompt
		{"Ange lösenordet för e-posttransport ”smtp.example.com”.", ClassAuth},                   // sv mail transport prompt
		{"A(z) imap.example.com IMAP-kiszolgáló nem támogat CRAM-MD5 hitelesítést", ClassConfig}, // hu mechanism not offered
		{"SMTP-server smtp.example.com ondersteunt authenticatie ‘NTLM’ niet", ClassConfig},      // nl mechanism not offered
		{"Klartextautentisering tillåts inte på osäkra anslutningar. Ändra kryptering till STARTTLS eller TLS för kontot ”Arbete”.", ClassConfig},
		{"Ideiglenes hitelesítési hiba", ClassAuthTemporary},                          // hu 454 4.7.0
		{"AUTH-kommando feilet: Ikke koblet til.", ClassTransient},                    // nb not connected
		{"Kan ikke sende melding: en eller flere ugyldige mottakere", ClassRecipient}, // nb invalid recipients
	} {
		v := Text(tc.text)
		assert.Equal(t, tc.class, v.Class, "%s (rule %s)", tc.text, v.Rule)
	}
}

// Look-alike bounds: Evolution's phrases do not reach beyond their sentences.
// A password prompt beside words for a lost connection never asks the owner
// for a new password; "does not support" with a server's name is not read
// into a refused login; a quoted server reply after "AUTH command failed"
// decides before the client's words for a lost connection.
func TestL10nDesktopLookalikes(t *testing.T) {
	for _, tc := range []struct {
		text string
		not  Class
	}{
		{"Vennligst oppgi passordet for e-postkonto «anna@example.com»: tilkobling tidsavbrutt", ClassAuth}, // nb: the prompt after a timed-out connection
		{"Ange lösenordet för e-postkonto ”anna”. Anslutningen till servern bröts.", ClassAuth},             // sv: the connection to the server was lost
		{"Az SMTP-kiszolgáló elutasította a hitelesítést", ClassConfig},                                     // hu: the SMTP server refused the authentication
		{"SMTP serveris atmetė tapatybės nustatymą", ClassConfig},                                           // lt: the SMTP server rejected the authentication
		{"Kan ikke sende melding: en eller flere ugyldige mottakere", ClassAuth},                            // nb: recipients, not the login
	} {
		v := Text(tc.text)
		assert.NotEqual(t, tc.not, v.Class, "%s (rule %s)", tc.text, v.Rule)
	}
	// nb "AUTH command failed:" quoting the server's 535 (RFC 4954: the
	// credentials are invalid): the reply decides, not "not connected".
	v := Text("AUTH-kommando feilet: 535 5.7.8 Authentication credentials invalid")
	assert.Equal(t, ClassAuth, v.Class, v.Rule)
	assert.True(t, v.NeedsReconnect, v.Rule)
	// The 454 text is never a reason to reconnect.
	assert.False(t, Text("Legitimierung vorübergehend gescheitert").NeedsReconnect)
}

// Geary's translated messages (GNOME/geary po/<lang>.po, commit 3e8d4f1a),
// placeholders filled; the class follows from the English source string's
// meaning and the code that shows it.
func TestL10nDesktopGeary(t *testing.T) {
	for _, tc := range []struct {
		text  string
		class Class
	}{
		{"Anmeldung erneut versuchen, Sie werden nach einem Passwort gefragt", ClassAuth},                                           // de login-problem info bar
		{"Un account ha segnalato un nome di accesso o una password non corretti.", ClassAuth},                                      // it incorrect login or password
		{"Proszę sprawdzić poprawność loginu i hasła odbierania", ClassAuth},                                                        // pl receiving login refused
		{"Alıcı giriş ve parolanızı gözden geçirin", ClassAuth},                                                                     // tr receiving login refused
		{"Você não poderá enviar ou receber e-mails até que seja reconectado.", ClassTransient},                                     // pt_BR working offline
		{"Det gick inte att ansluta, kontrollera ditt nätverk", ClassTransient},                                                     // sv no network
		{"Die Identität des IMAP E-Mail-Servers an der Adresse imap.example.com:993 konnte nicht verifiziert werden.", ClassConfig}, // de certificate
		{"Sprawdza poprawność informacji o zabezpieczeniach połączenia", ClassConfig},                                               // pl security details, not the connection
	} {
		v := Text(tc.text)
		assert.Equal(t, tc.class, v.Class, "%s (rule %s)", tc.text, v.Rule)
	}
	// A revoked certificate is the connection's setup, not a revoked grant,
	// and working offline until reconnected is not a mailbox to reconnect.
	for _, text := range []string{
		"Das Zertifikat des Servers wurde widerrufen und ist jetzt ungültig",
		"Se ha revocado el certificado del servidor y ya no es válido",
		"Vous ne pourrez pas envoyer ou recevoir de courriels jusqu’à ce que vous soyez reconnecté.",
		"Proszę sprawdzić poprawność loginu i hasła odbierania: brak połączenia z siecią", // pl: the login check beside a lost network
		"Alıcı giriş ve parolanızı gözden geçirin, daha sonra tekrar deneyin",             // tr: beside "try again later"
	} {
		v := Text(text)
		assert.NotEqual(t, ClassRevoked, v.Class, "%s (rule %s)", text, v.Rule)
		assert.False(t, v.NeedsReconnect, "%s (rule %s)", text, v.Rule)
	}
	// "could not be verified" alone is not the certificate: the rule asks for
	// the words for the server's identity too.
	for _, text := range []string{
		"Das Passwort konnte nicht verifiziert werden",        // de: the password could not be verified
		"Your password could not be verified",                 // en
		"Adgangskoden kunne ikke godkendes af e-mailserveren", // da: the password was not approved
	} {
		v := Text(text)
		assert.NotEqual(t, ClassConfig, v.Class, "%s (rule %s)", text, v.Rule)
	}
}

// KMail's translated messages (KDE/kdepim-runtime's IMAP and POP3 resources,
// KDE/kimap, KDE/ksmtp; po/<lang>/*.po), placeholders filled; the class
// follows from the English source string's meaning and the code that raises
// it.
func TestL10nDesktopKDE(t *testing.T) {
	for _, tc := range []struct {
		text  string
		class Class
	}{
		{"Der IMAP-Server für den Zugang „Arbeit“ hat den angegebenen Benutzernamen und das Passwort zurückgewiesen.\nMöchten Sie die Anmeldung erneut versuchen oder die Einstellungen anzeigen?\n\nAUTHENTICATIONFAILED", ClassAuth}, // de
		{"Impossibile accedere a pop.example.com. La password potrebbe essere sbagliata.\n\n-ERR invalid password", ClassAuth},                                                                                                         // it POP3
		{"Du tillfrågas här eftersom föregående inloggning inte lyckades.", ClassAuth},                                                                                                                                                 // sv POP3 prompt
		{"Anmeldung fehlgeschlagen, PLAIN-Anmeldung wird von diesem Server abgelehnt.", ClassConfig},                                                                                                                                   // de LOGINDISABLED
		{"Accesso non riuscito, la modalità di autenticazione XOAUTH2 non è supportata dal server.", ClassConfig},                                                                                                                      // it mechanism
		{"Anmeldung fehlgeschlagen, die SASL-Bibliothek kann nicht initialisiert werden.", ClassConfig},                                                                                                                                // de SASL library
		{"Uw POP3-server (pop.example.com) ondersteunt geen APOP.\nKies een andere authenticatiemethode.", ClassConfig},                                                                                                                // nl APOP
		{"Rozłączono podczas logowania.", ClassTransient},                                                                                                                                                                              // pl disconnected during login
	} {
		v := Text(tc.text)
		assert.Equal(t, tc.class, v.Class, "%s (rule %s)", tc.text, v.Rule)
	}
	// The "login failed" that KIMAP's and KSMTP's setup sentences share stays
	// a refused login on its own (RFC 3501 NO to LOGIN, as clients report it).
	for _, text := range []string{"Anmeldung fehlgeschlagen", "Accesso non riuscito", "Logowanie nie powiodło się"} {
		v := Text(text)
		assert.Equal(t, ClassAuth, v.Class, "%s (rule %s)", text, v.Rule)
	}
	// The IMAP resource's refusal beside a lost network is not a refusal.
	v := Text("De IMAP-server weigerde de ingegeven gebruikersnaam en wachtwoord: geen netwerkverbinding")
	assert.NotEqual(t, ClassAuth, v.Class, v.Rule)
}
