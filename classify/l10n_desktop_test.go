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
