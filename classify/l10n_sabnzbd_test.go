package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSABnzbdL10n checks the rules of l10n_sabnzbd.go on the messages
// SABnzbd's sabnzbd/emailer.py send_email() returns and logs (sabnzbd/sabnzbd
// commit 5f933ddc). Labels come from the except branch that raises each
// message, not from the rules. send_email() returns errormsg(T(...)), which
// logs the translated sentence alone through logging.error(); SABnzbd.py's
// log format puts "%(asctime)s::%(levelname)s::[%(module)s:%(lineno)d] "
// before it, as in the logged cases below.
func TestSABnzbdL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// login() raised smtplib.SMTPAuthenticationError (emailer.py line 117), logged.
		{"2026-12-04 19:50:01,123::ERROR::[emailer:117] Falha ao autenticar com o servidor de e-mail", ClassAuth, "l10n_sabnzbd_login_refused"},
		{"无法在邮件服务器上验证身份", ClassAuth, "l10n_sabnzbd_login_refused"},
		{"Postipalvelimen varmennus epäonnistui", ClassAuth, "l10n_sabnzbd_login_refused"},
		// Both SMTP_SSL() and SMTP() with ehlo() raised (line 98), logged.
		{"2026-12-04 19:50:01,123::ERROR::[emailer:98] Verbindung zum Mail-Server konnte nicht hergestellt werden", ClassTransient, "l10n_sabnzbd_connect_failed"},
		// starttls() or the EHLO after it raised (line 108).
		{"Aufbau der TLS-Verbindung fehlgeschlagen", ClassConfig, "l10n_sabnzbd_starttls_failed"},
		{"TLS-verbinding mislukt", ClassConfig, "l10n_sabnzbd_starttls_failed"},
		// login() raised smtplib.SMTPHeloError (line 115).
		{"Keine korrekte Server-Antwort auf den HELO/EHLO-Check", ClassTransient, "l10n_sabnzbd_helo_refused"},
		// Another smtplib.SMTPException of login(): no AUTH or no usable mechanism (line 119).
		{"Nessun metodo di autenticazione adatto è stato trovato", ClassConfig, ""},
		// sendmail() raised SMTPDataError (line 134, untranslated) and SMTPRecipientsRefused (line 130).
		{"The server replied with an unexpected error code (other than a refusal of a recipient).", ClassRejected, "l10n_sabnzbd_data_refused"},
		{"The server rejected ALL recipients (no mail was sent).", ClassRecipient, "l10n_sabnzbd_recipients_refused"},
		// Mail server, recipient or sender setting empty.
		{"Absenden nicht möglich, benötigte Daten fehlen", ClassConfig, "l10n_sabnzbd_missing_settings"},
		// Look-alikes: the catch-all except Exception around login() (line 122),
		// no verdict on the password.
		{"2026-12-04 19:50:01,123::ERROR::[emailer:122] Unbekannter Authentifizierungsfehler des E-Mail-Servers", ClassUnknown, "l10n_sabnzbd_login_unknown"},
		{"Échec d'authentification inconnu dans le serveur de messagerie", ClassUnknown, "l10n_sabnzbd_login_unknown"},
		{"Onbekende authenticatiefout bij de e-mailserver", ClassUnknown, "l10n_sabnzbd_login_unknown"},
	})
	for _, s := range []string{
		// The catch-all of login() (line 122) and of sendmail() (line 137).
		"Unbekannter Authentifizierungsfehler des E-Mail-Servers",
		"Se produjo un fallo de autenticación desconocido en el servidor de correo",
		"邮件服务器出现未知身份验证错误",
		"Senden des E-Mails fehlgeschlagen",
	} {
		v := Text(s)
		assert.NotContains(t, []Class{ClassAuth, ClassRevoked, ClassBlocked}, v.Class, "%s (rule %s)", s, v.Rule)
	}
}
