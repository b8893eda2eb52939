package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// KMail's sentences of l10n_kde_keys.go with their placeholders filled, as
// the owner sees them (texts from the po files named there; the class
// follows from the English msgid and the code that raises it, see
// testdata/catalogs/README.md).
func TestL10nKdeKeysFilled(t *testing.T) {
	assertTextClasses(t, map[string]Class{
		"Postfach nicht erreichbar. Servermeldung: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown": ClassRecipient, // de KSMTP 550
		"POP3 서버 pop.example.com의 시간 초과됨":                                                                                 ClassTransient, // ko POP3 timeout
		"POP3 伺服器 pop.example.com 逾時":                                                                                     ClassTransient, // zh_TW POP3 timeout
		"找不到 Arbeit 的 IMAP 账户密码":                                                                                          ClassConfig,    // zh_CN no stored password
		"Erreur « SSL / TLS » : The host name did not match any of the valid hosts for this certificate":                  ClassConfig,    // fr POP3 TLS
		"Der IMAP-Server imap.example.com kann nicht verwendet werden, da einige erforderliche Fähigkeiten nicht unterstützt werden: IMAP4REV1. Bitten Sie Ihren Systemverwalter, den Server entsprechend zu aktualisieren.": ClassConfig, // de missing IMAP4rev1
	})
	// KSMTP's "Token expired" (de): the server refused the OAuth token.
	v := Text("Token ist abgelaufen")
	assert.Equal(t, ClassAuth, v.Class, v.Rule)
	assert.True(t, v.NeedsReconnect, v.Rule)
}

// Look-alike bounds: the token sentence is not read into a failed refresh,
// an API's expired access token or a web form's token, and the server's own
// words after KSMTP's "Mailbox unavailable" decide before it.
func TestL10nKdeKeysLookalikes(t *testing.T) {
	for _, tc := range []struct {
		text string
		not  Class
	}{
		{"Der Zugriffs-Token ist abgelaufen und die Erneuerung ist fehlgeschlagen. Bitte melden Sie sich erneut am Server an.", ClassAuth}, // de Evolution: a failed refresh
		{"Verification token expired", ClassAuth},                                               // a confirmation link
		{"Access token expired", ClassAuth},                                                     // refreshed by the client
		{"Le lien a expiré : le token a expiré", ClassAuth},                                     // fr: a link's token
		{"Postfach nicht erreichbar. Servermeldung: 550 5.7.1 Relaying denied", ClassRecipient}, // de: relay refused
	} {
		v := Text(tc.text)
		assert.NotEqual(t, tc.not, v.Class, "%s (rule %s)", tc.text, v.Rule)
	}
}
