package classify

import (
	"testing"
)

// Round 53's mail-sending and mail-fetching libraries' checks of their own
// configuration, their client-side protocol refusals, the SIZE check against
// the server's advertised limit and the IDLE loops that say they will retry
// (round53_libchecks.go). The catalog mail_library_config_checks.jsonl holds
// the libraries' messages as their source raises them; here are the forms
// apps log them in, and look-alikes that must keep their reading.
func TestRound53LibchecksFamilies(t *testing.T) {
	assertCatalogClasses(t, "mail_library_config_checks")

	assertTextRules(t, []textCase{
		// DKIM signer setup (emersion/go-msgauth, mail-send, simple-java-mail).
		{"failed to sign: dkim: no signer specified", ClassConfig, "libchecks_dkim_signer_setup"},
		{"dkim: hash algorithm too weak: sha1", ClassConfig, "libchecks_dkim_signer_setup"},
		{"error: dkim: no selector specified", ClassConfig, "libchecks_dkim_signer_setup"},
		{"DKIM signing error: Failed to parse private key", ClassConfig, "libchecks_dkim_signer_setup"},
		{"level=error msg=\"sending mail\" err=\"dkim: no domain specified\"", ClassConfig, "libchecks_dkim_signer_setup"},

		// Credentials or keys missing from the settings.
		{"** (ArgumentError) There was no API key set for the SparkPost adapter.", ClassConfig, "libchecks_credentials_missing"},
		{"There was no api_key set for the Mailgun adapter.\n\n* Here are the config options that were passed in:\n\n%{adapter: Bamboo.MailgunAdapter}", ClassConfig, "libchecks_credentials_missing"},
		{"Unhandled exception: You need to provide a password when setting a username (Exception)", ClassConfig, "libchecks_credentials_missing"},
		{"Unhandled exception: You need to set a username when providing a password (Exception)", ClassConfig, "libchecks_credentials_missing"},
		{"mailer: driver requires a password", ClassConfig, "libchecks_credentials_missing"},
		{"could not create mailer: driver requires api key", ClassConfig, "libchecks_credentials_missing"},
		{"** (MatchError) no match of right hand side value: {:error, :no_credentials}", ClassConfig, ""},
		{"send failed: {error,no_credentials}", ClassConfig, "libchecks_credentials_missing"},
		{"Error: Missing authentication credentials", ClassConfig, "libchecks_credentials_missing"},
		{"Caused by: java.lang.IllegalArgumentException: Proxy username provided but not a password", ClassConfig, "libchecks_credentials_missing"},
		{"Error: Authentication info was not provided", ClassConfig, "libchecks_credentials_missing"},

		// Host, relay, port or sender missing from the settings.
		{"org.apache.commons.mail2.core.EmailException: Cannot find valid hostname for mail session", ClassConfig, "libchecks_settings_missing"},
		{"org.apache.commons.mail.EmailException: From address required", ClassConfig, "libchecks_settings_missing"},
		{"** (ArgumentError) expected [:relay] to be set, got: [adapter: Swoosh.Adapters.SMTP]", ClassConfig, "libchecks_settings_missing"},
		{"{:error, %Swoosh.DeliveryError{reason: :from_not_set}} delivery error: expected \"from\" to be set", ClassConfig, "libchecks_settings_missing"},
		{"java.lang.IllegalArgumentException: The 'host', 'username', and 'password' properties should not be provided when using a 'mail-sender' reference.", ClassConfig, "libchecks_settings_missing"},
		{"failed to create client: hostname for client cannot be empty", ClassConfig, "libchecks_settings_missing"},
		{"Mail Error: No From email specifier", ClassConfig, "libchecks_settings_missing"},
		{"Missing message sender", ClassConfig, "libchecks_settings_missing"},
		{"driver requires from name", ClassConfig, "libchecks_settings_missing"},
		{"{error,no_relay}", ClassConfig, "libchecks_settings_missing"},

		// No usable mechanism, TLS demanded, OAuth bearer kept off a plain
		// connection: the client's settings, nothing refused.
		{"No supported auth method found.", ClassConfig, "libchecks_mechanism_refused"},
		{"Failed to send email: No supported auth method found.", ClassConfig, "libchecks_mechanism_refused"},
		{"SmtpAuthError: OAuth 2.0 authentication requires a TLS-secured connection to protect the access token; use `secure: true` or STARTTLS.", ClassConfig, "libchecks_mechanism_refused"},
		{"** (Mua.ProtocolError) the server did not advertise a supported authentication mechanism", ClassConfig, "libchecks_mechanism_refused"},
		{"The server does no support any of the available authentication methods", ClassConfig, "libchecks_mechanism_refused"},
		{"dial failed: SMTP Auth autodiscover was not able to detect a supported authentication mechanism", ClassConfig, "libchecks_mechanism_refused"},
		{"REQUIRETLS can only be used over TLS connections (RFC 8689)", ClassConfig, "libchecks_mechanism_refused"},
		{"SmtpAuthError: Server does not support authentication.", ClassConfig, ""},
		{"smtp server requires authentication, but no credentials found", ClassConfig, ""},

		// The message over the server's advertised SIZE.
		{"io.github.youndie.smtp.protocol.SmtpProtocolException: The message is 31457280 octets and the server accepts at most 26214400", ClassRejected, "libchecks_size_over_advertised"},
		{"Error: Message size larger than allowed 26214400", ClassRejected, ""},

		// IDLE and transport loops that retry.
		{"java.lang.IllegalStateException: Failure in 'idle' task. Will resubmit.", ClassTransient, "libchecks_retrying_loop"},
		{"INFO o.s.i.mail.ImapIdleChannelAdapter - Failed to execute IDLE task. Will attempt to resubmit in 10000 milliseconds.", ClassTransient, "libchecks_retrying_loop"},
		{"** (Mua.TransportError) socket closed", ClassTransient, "libchecks_retrying_loop"},
		{"** (Mua.TransportError) non-existing domain", ClassTransient, "libchecks_retrying_loop"},
		{"{:error, %Mua.TransportError{reason: :timeout}}", ClassTransient, ""},

		// Look-alikes that keep their reading: a server's refusal relayed by
		// a library, Gmail's second-factor and XOAUTH2 replies, a receiver's
		// DMARC or DKIM verdict, a loop that stops, a form's "resubmit".
		{`Failed to authenticate on SMTP server with username "app@example.com" using the following authenticators: "LOGIN", "PLAIN". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "535 5.7.8 Username and Password not accepted. For more information, go to 5.7.8  https://support.google.com/mail/?p=BadCredentials"".`, ClassAuth, ""},
		{"io.github.youndie.smtp.protocol.SmtpRefusedException: AUTH refused: 534 5.7.9 Application-specific password required. Learn more at https://support.google.com/mail/?p=InvalidSecondFactor", ClassAuth, ""},
		{"DATA body rejected: 550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.", ClassRejected, ""},
		{`XOAUTH2 authentication failed: {"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}`, ClassAuth, ""},
		{`{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}`, ClassAuth, ""},
		{"Error: Invalid login: 535-5.7.8 Username and Password not accepted.", ClassAuth, ""},
		{"** (Mua.SMTPError) 535 5.7.8 Username and Password not accepted.", ClassAuth, ""},
		{"dkim: key revoked", ClassRejected, ""},
		{"dkim: signature did not verify: crypto/rsa: verification error", ClassRejected, ""},
		{"550 5.7.1 DKIM signature verification failed", ClassRejected, ""},
		{"552 5.3.4 Message size exceeds fixed maximum message size", ClassRejected, ""},
		{"org.springframework.messaging.MessagingException: Failure in 'idle' task. Will NOT resubmit.", ClassUnknown, ""},
		{"The CSRF token is invalid. Please try to resubmit the form.", ClassUnknown, ""},
		{"org.apache.commons.mail2.core.EmailException: Sending the email to the following server failed : smtp.office365.com:587", ClassUnknown, ""},
		{"** (Mua.TransportError) TLS client: In state certify at ssl_handshake.erl:2138 generated CLIENT ALERT: Fatal - Unknown CA", ClassConfig, ""},
		{"SMTP Error: Could not authenticate.", ClassAuth, ""},
	})
}
