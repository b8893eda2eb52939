package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOdooL10n checks the rules of l10n_odoo.go on messages as Odoo 19.0 builds
// them. Labels come from the code that raises each message, not from the
// rules: test_smtp_connection() in odoo/addons/base/models/ir_mail_server.py
// raises UserError(_("<sentence>\n %s", e)), so the exception's str() follows
// the sentence after a newline and a space; smtplib's exceptions print as
// "(code, b'reply')" with the reply's line breaks escaped; the MAIL FROM test
// formats the reply bytes into "with error %(repl)s"; _fetch_outlook_token() in
// addons/microsoft_outlook/models/microsoft_outlook_mixin.py appends the token
// endpoint's error_description after "An error occurred when fetching the
// access token. ".
func TestOdooL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// gaierror/timeout: socket.timeout prints "timed out".
		{"No response received. Check server address and port number.\n timed out", ClassTransient, "l10n_odoo_no_response"},
		{"Aucune réponse reçue. Vérifiez l'adresse du serveur et le numéro de port.\n timed out", ClassTransient, "l10n_odoo_no_response"},
		// SMTPNotSupportedError from smtplib's login() when EHLO lists no AUTH.
		{"An option is not supported by the server:\n SMTP AUTH extension not supported by server.", ClassConfig, "l10n_odoo_security_setting"},
		// fetchmail.py: any other exception, here ConnectionRefusedError (whose
		// words an earlier rule reads as the same class).
		{"Verbindungstest fehlgeschlagen: [Errno 111] Connection refused", ClassTransient, ""},
		// _generate_outlook_oauth2_string(): no refresh token stored.
		{"Please connect with your Outlook account before using it.", ClassRevoked, "l10n_odoo_connect_account"},
		{"Veuillez vous connecter avec votre compte Outlook avant de l'utiliser.", ClassRevoked, "l10n_odoo_connect_account"},
		// MAIL FROM refused during the test: repl is the reply's bytes.
		{"The server refused the sender address (anna@example.com) with error b'5.7.1 <anna@example.com>: Sender address rejected: not owned by user anna@example.com'", ClassConfig, ""},
	})

	// A reply quoted after "Server replied with following exception:" decides:
	// SMTPAuthenticationError for Gmail's 535 is a refused login.
	v := Text("Server replied with following exception:\n (535, b'5.7.8 Username and Password not accepted. Learn more at\\n5.7.8  https://support.google.com/mail/?p=BadCredentials i5sm8565805wrv.34 - gsmtp')")
	assert.Equal(t, ClassAuth, v.Class, v.Rule)
	// The Outlook token error's appended AADSTS description decides
	// (odoo/odoo#44943: the redirect URI of Odoo's own OAuth client).
	v = Text("An error occurred when fetching the access token. AADSTS500112: The reply address 'http://xxxxx.local/microsoft_outlook/confirm' does not match the reply address 'https://xxxxx.local:8071/microsoft_outlook/confirm' provided when requesting Authorization code. Trace ID: f38af6aa-82cd-440b-a6ca-cbc0290add00 Correlation ID: 91f2d0b4-2c7a-430a-b6c6-d50144e3d84b")
	assert.Equal(t, ClassPlatform, v.Class, v.Rule)

	// Look-alikes: they read like a refused login but are not one.
	assertTextClasses(t, map[string]Class{
		// The IAP proxy answered with an HTTP error (google_gmail_mixin.py).
		"Oops, we could not authenticate you. Please try again later.": ClassTransient,
		"おっと、認証に失敗しました。時間をおいてもう一度お試しください。":                             ClassTransient,
		// A settings constraint of the Gmail OAuth server (ir_mail_server.py).
		"Please leave the password field empty for Gmail mail server “anna@example.com”. The OAuth process does not require it": ClassConfig,
		// The authorization code exchange of Odoo's own Google client.
		"Something went wrong during your token generation. Maybe your Authorization Code is invalid or already expired": ClassPlatform,
		// The client certificate for certificate authentication cannot be parsed.
		"The private key or the certificate is not a valid file.": ClassConfig,
	})
}
