package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFairEmailGOA checks the rules of l10n_fairemail.go on sentences of the
// clients (labels from what FairEmail's EmailService.java and GNOME Online
// Accounts' goautils.c mean by them) and on look-alikes they must not take.
func TestFairEmailGOA(t *testing.T) {
	assertTextRules(t, []textCase{
		// FairEmail values-de-rDE title_setup_office_auth: an administrator switched IMAP/SMTP off.
		{"Der Fehler 'AUTHENTICATE failed' kann dadurch verursacht werden, dass IMAP/SMTP vom Systemverwalter deaktiviert wurde", ClassAdmin, "l10n_fe_admin_disabled"},
		// FairEmail values-fr-rFR title_service_protocol.
		{"Veuillez vérifier le protocole (SSL/TLS ou STARTTLS)", ClassConfig, "l10n_fe_protocol"},
		// FairEmail values-de-rDE title_service_port.
		{"Bitte überprüfen Sie die Portnummer", ClassConfig, "l10n_fe_settings"},
		// FairEmail title_setup_no_auth_outlook keeps the product names in every language.
		{"Sie müssen den Assistenten »Outlook / Office 365« für dieses Konto verwenden", ClassAuth, "l10n_fe_auth"},
		// FairEmail values-fr-rCA title_service_vpn ("RPV" is Quebec French for VPN).
		{"Ceci pourrait être dû au RPV utilisé", ClassTransient, "l10n_fe_vpn"},
		// GNOME Online Accounts po/de.po "TLS not available": a 454 reply to STARTTLS (goasmtpauth.c).
		{"TLS nicht verfügbar", ClassTransient, "l10n_fe_tls_unavailable"},
		// FairEmail values/strings.xml title_service_token alone.
		{"The Android account manager could be blocked by a VPN, firewall, ad blocker, etc., preventing it from obtaining an access token", ClassTransient, "l10n_fe_token"},
		// GNOME Online Accounts po/ca.po "The certificate has been revoked."
		{"S'ha revocat el certificat.", ClassConfig, "l10n_fe_certificate"},
	})
	// Look-alikes: a server reply's own words still decide before a
	// FairEmail hint or a language's word for the port, the VPN or a
	// certificate.
	lookalikes := []struct {
		text string
		want Class
	}{
		// FairEmail appends title_service_vpn to the refused login it wraps: the reply decides.
		{"535 5.7.8 Username and Password not accepted. Dies könnte durch das verwendete VPN verursacht werden", ClassAuth},
		// A 454 about TLS is temporary, whatever language's "TLS" word is near.
		{"454 4.7.0 TLS not available due to local problem", ClassTransient},
		// Go's x509 wording keeps its own rule, not the certificate stem.
		{"tls: failed to verify certificate: x509: certificate signed by unknown authority", ClassConfig},
		// FairEmail appends title_service_token to Gmail's refused OAuth login: the reply decides.
		{"[AUTHENTICATIONFAILED] Invalid credentials (Failure)\nThe Android account manager could be blocked by a VPN, firewall, ad blocker, etc., preventing it from obtaining an access token", ClassAuth},
		// "Please check the password" (de) is no port setting.
		{"Bitte überprüfen Sie das Passwort", ClassAuth},
	}
	for _, c := range lookalikes {
		v := Text(c.text)
		assert.Equal(t, c.want, v.Class, c.text)
		assert.NotEqual(t, "l10n_fe_vpn", v.Rule, c.text)
		assert.NotEqual(t, "l10n_fe_settings", v.Rule, c.text)
	}
	// Croatian "invalid credentials" is the plural of the word GNOME's
	// Croatian uses for a certificate: never a certificate verdict.
	assert.NotEqual(t, ClassConfig, Text("Neispravne vjerodajnice za korisnika anna@example.com").Class)
	assert.Equal(t, "tls_certificate", Text("tls: failed to verify certificate: x509: certificate signed by unknown authority").Rule)
}
