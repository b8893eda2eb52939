package classify

import "testing"

// Held-out round 108's misses as families, on composed texts (none is a
// held-out text).
func TestRound108Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// The network: a socket not opened.
		{"Mailer: failed opening socket connection to ssl://mail.example.net:465", ClassTransient, "network_dropped"},
		// The recipient: rejected by the destination, Microsoft's NDR, a
		// contact without an address, an address skipped.
		{"Test mail failed: the recipient address was rejected by the remote server", ClassRecipient, "recipient_mailbox_disabled"},
		{"Delivery has failed. carol wasn't found at example.net.", ClassRecipient, "recipient_mailbox_disabled"},
		{"This contact doesn't have a defined email address", ClassRecipient, "recipient_mailbox_disabled"},
		{"Invalid e-mail for 'dave@@example.net', address ignored", ClassRecipient, "recipient_mailbox_disabled"},
		// Graph's request size limit.
		{`{"error":{"code":"RequestBodyTooLarge","message":"The maximum request length supported is 4 MB."}}`, ClassRejected, "message_rejected"},
		// The product's settings.
		{"Unknown transport: sparkpost", ClassConfig, "settings_unset"},
		{"Error: unsupported transport 'sendgrid' in mail settings", ClassConfig, "settings_unset"},
		{"Mail settings: unsupported SSL mode 'tls1'", ClassConfig, "settings_unset"},
		{"Sending aborted: no email account could be found for this store", ClassConfig, "settings_unset"},
		{"Versand fehlgeschlagen: kein E-Mail-Konto hinterlegt", ClassConfig, "settings_unset"},
		{"sendmail binary not found at /usr/sbin/sendmail", ClassConfig, "settings_unset"},
		{"Notification not sent: missing sender.", ClassConfig, "settings_unset"},
		{"The port given in mail.smtp.port is not a number", ClassConfig, "settings_unset"},
		{"The sender email must be an address on your domain", ClassConfig, "settings_unset"},
		{"MAIL_USER is set but MAIL_PASSWORD is not", ClassConfig, "settings_unset"},
		// The product's OAuth client: no scopes defined.
		{"Microsoft connector: no scopes defined for the mail authorization", ClassPlatform, "api_wrong_audience"},
		// The product's own account, not yet activated: no mailbox login.
		{"Login failed: wrong password, or you have not activated your account", ClassUnknown, ""},
		{"Invalid credentials. Please confirm your registration first.", ClassUnknown, ""},
	})
}
