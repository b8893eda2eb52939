package classify

import (
	"testing"
)

// TestPostal checks replies of Postal's SMTP server and errors of its HTTP
// sending API (postalserver/postal commit 8ef89606, release 3.3.6), labelled
// from the code that raises each (testdata/catalogs/server_postal.jsonl), not
// from the rules.
func TestPostal(t *testing.T) {
	assertTextRules(t, []textCase{
		// app/lib/smtp_server/client.rb: the reply lines as the server writes them.
		{"501 RCPT TO should not be empty", ClassRecipient, "recipient_mailbox_disabled"},
		{"550 Route does not accept incoming messages", ClassRecipient, "recipient_mailbox_disabled"},
		{"550 Loop detected", ClassConfig, "mail_config_refused"},
		// legacy_api/base_controller.rb render_error: the JSON body, composed
		// as render json: {status, time, flags, data: data.merge(code: code)}
		// (token: the key the request sent).
		{`{"status":"error","time":0.004,"flags":{},"data":{"message":"The API token provided in X-Server-API-Key was not valid.","token":"Kq3XbT9mR2vLw8yN","code":"InvalidServerAPIKey"}}`, ClassAuth, "relay_key_refused"},
		{`{"status":"error","time":0.003,"flags":{},"data":{"code":"ServerSuspended"}}`, ClassBlocked, "relay_account_held"},
		// postal-php src/Client.php throws "<code>: <message>", or "<code>: An
		// unexpected error was received" when data has no message.
		{"InvalidServerAPIKey: The API token provided in X-Server-API-Key was not valid.", ClassAuth, "relay_key_refused"},
		{"ServerSuspended: An unexpected error was received", ClassBlocked, "relay_account_held"},
		{"TooManyToAddresses: The maximum number of To addresses has been reached (maximum 50)", ClassConfig, "relay_request_invalid"},
		{"MessageNotFound: No message found matching provided ID", ClassUnknown, "postal_message_not_found"},
	})
	// Look-alikes: a malformed AUTH PLAIN under 535, no key sent at all, and
	// a From the server has no verified domain for.
	assertNotClasses(t, []string{
		"535 Authenticated failed - protocol error",
		"AccessDenied: Must be authenticated as a server.",
		"UnauthenticatedFromAddress: The From address is not authorised to send mail from this server",
		// send_controller.rb #raw renders the code alone; postal-php fills the message.
		"UnauthenticatedFromAddress: An unexpected error was received",
	}, ClassAuth, ClassRevoked)
}
