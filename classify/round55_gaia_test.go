package classify

import (
	"testing"
)

// Round 55's Firefox OS (Gaia) e-mail app (round55_gaia.go): the account
// setup, account problem and sending messages in every locale, and the
// look-alikes of the same localisation repositories. The catalog
// gaia_email_l10n.jsonl holds each message once per locale, as the
// properties files write it ({{server}} filled with imap.example.org); here
// are composed forms (card headings, other servers, log prefixes) and
// look-alikes that must keep their reading.
func TestRound55GaiaFamilies(t *testing.T) {
	assertCatalogClasses(t, "gaia_email_l10n")

	assertTextRules(t, []textCase{
		// The setup errors and fix cards as the app shows them, with headings.
		{"Bad password!\nWe could not sign in to the server. Maybe your password is wrong?\nRetry with new password", ClassAuth, "gaia_email_bad_credentials"},
		{"Account setup failed: Invalid username or password. Check for typos.", ClassAuth, "gaia_email_bad_credentials"},
		{"Kontoeinrichtung: Benutzername oder Passwort sind ungültig. Bitte überprüfen Sie die Angaben auf Tippfehler.", ClassAuth, "gaia_email_bad_credentials"},
		{"Two-Factor Enabled\nYou need to enter an application-specific password below.\nUse application password", ClassAuth, "gaia_email_bad_credentials"},
		{"Vous devez utiliser un mot de passe spécifique à l’application pour la validation en deux étapes de vos comptes Gmail", ClassAuth, "gaia_email_bad_credentials"},
		// English: an earlier rule reads "needs to be reauthorized" first, to the same class.
		{"Reauthorize Email\nEmail needs to be reauthorized to access the following account:\nanna@gmail.com\nReauthorize", ClassRevoked, ""},
		{"Email needs to be reauthorized to access the following account: anna@gmail.com", ClassRevoked, ""},
		{"Для доступа к следующей учётной записи эл. почты требуется повторная авторизация: anna@gmail.com", ClassRevoked, "gaia_email_oauth_reauth"},
		{"IMAP Disabled\nYou must enable IMAP on your Gmail account\nRetry", ClassAdmin, "gaia_email_protocol_disabled"},
		{"POP3 Disabled: Sie müssen POP3 in Ihrem Gmail-Konto aktivieren", ClassAdmin, "gaia_email_protocol_disabled"},
		{"The server said you’re not authorized to create an account", ClassAdmin, "gaia_email_protocol_disabled"},
		{"The server said you're not authorized to create an account", ClassAdmin, "gaia_email_protocol_disabled"},
		{"Le serveur répond que vous n’êtes pas autorisé à créer un compte", ClassAdmin, "gaia_email_protocol_disabled"},

		// The server's name filled in: the fixed parts decide.
		// English's head is other products' setup check too (the same class).
		{`Unable to establish a secure connection with "outlook.office365.com". There may be a problem with your network or the server.`, ClassConfig, ""},
		{`Es konnte keine sichere Verbindung mit "mail.example.de" hergestellt werden. Eventuell gibt es ein Problem mit dem Netzwerk oder dem Server.`, ClassConfig, "gaia_email_setup_config"},
		{`Unable to establish a connection with "outlook.office365.com". There may be a problem with the network.`, ClassTransient, "gaia_email_server_unreachable"},
		{`There is a problem with the server "smtp.example.net". Try again later.`, ClassTransient, "gaia_email_server_unreachable"},
		{`The server "mail.example.net" is offline for maintenance. Try again later.`, ClassTransient, "gaia_email_server_unreachable"},
		// Greek and Scottish Gaelic word both as the secure connection's
		// sentence; the longer tail is bad-security's.
		{"Αποτυχία δημιουργίας ασφαλούς σύνδεσης με τον διακομιστή «smtp.example.gr». Μπορεί να υπάρχει πρόβλημα με το δίκτυο σας ή τον διακομιστή.", ClassConfig, "gaia_email_setup_config"},
		{"Αποτυχία δημιουργίας ασφαλούς σύνδεσης με τον διακομιστή «smtp.example.gr». Μπορεί να υπάρχει πρόβλημα με το δίκτυο.", ClassTransient, "gaia_email_server_unreachable"},
		{"Cha ghabh ceangal tèarainte a stèidheachadh ri “mail.example.scot”. Dh'fhaoidte gu bheil duilgheadas aig an lìonra agad no aig an fhrithealaichte.", ClassConfig, "gaia_email_setup_config"},
		{"Cha ghabh ceangal tèarainte a stèidheachadh ri “mail.example.scot”. Dh'fhaoidte gu bheil duilgheadas aig an lìonra.", ClassTransient, "gaia_email_server_unreachable"},
		{"Invalid e-mail address. Check for typos.", ClassConfig, "gaia_email_setup_config"},
		{"Server unsupported. The POP3 server does not implement required features.", ClassConfig, "gaia_email_setup_config"},
		{"This device is currently offline. Connect to a network and try again.", ClassTransient, "gaia_email_server_unreachable"},
		{"Mail failed to send\nNetwork unavailable. Email saved to outbox.", ClassTransient, "gaia_email_server_unreachable"},
		{"Mail failed to send\nRecipient error. Email saved to outbox.", ClassRecipient, "gaia_email_recipients"},
		{"Check the spelling of the addresses above. Your mail server indicated one or more of the addresses above are incorrect.", ClassRecipient, "gaia_email_recipients"},
		{"Mail failed to send\nError occurred. Email saved to outbox.", ClassUnknown, "gaia_lookalikes"},
		{"An unknown error occurred. Check your network connection or try the manual configuration option.", ClassUnknown, "gaia_lookalikes"},

		// Look-alikes from the same repositories: no mailbox to reconnect.
		{"Facebook: Your password in Facebook has changed. Please, update it.", ClassUnknown, "gaia_lookalikes"},
		{"Your Facebook session is invalid. Please sign in.", ClassUnknown, "gaia_lookalikes"},
		{"Ihre Facebook-Sitzung ist ungültig. Bitte melden Sie sich an.", ClassUnknown, "gaia_lookalikes"},
		{"Please enter your Firefox Account password to continue.", ClassUnknown, "gaia_lookalikes"},
		{"Failed connecting to Wi-Fi\nUnable to connect to Office-WLAN, authentication failed due to bad credentials. Please re-enter the network password.", ClassUnknown, "gaia_lookalikes"},
		{"Impossible de se connecter à Bureau-5G, l’authentification a échoué à cause d’identifiants incorrects. Veuillez saisir à nouveau le mot de passe du réseau.", ClassUnknown, "gaia_lookalikes"},

		// Other products' words the phrases hold: each keeps its reading.
		{"Unable to connect to server", ClassUnknown, ""},
		{"There is a problem with the server certificate", ClassConfig, "tls_certificate"},
		{"Invalid username or password", ClassAuth, "credentials_rejected"},
		{"Authentication failed due to bad credentials", ClassAuth, "credentials_rejected"},
		{"Gmail: Application-specific password required", ClassAuth, "google_app_password_required"},
		{"Try again later.", ClassTransient, "temporary_wording"},
		{"Invalid e-mail address", ClassUnknown, ""},
		{"Error occurred.", ClassUnknown, ""},
	})
}
