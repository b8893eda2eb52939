package classify

import "testing"

// Round 147's misses, as families, on composed texts (none equal to or
// holding a held-out text), and where each family stops.
func TestRound147Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// The value sent with AUTH refused is the password; the mechanism
		// refused, or no AUTH needed, is the settings.
		{"Mailer: the relay did not accept AUTH LOGIN password value", ClassAuth, "sasl_value_refused"},
		{"server didn't accept AUTH PLAIN; is your password correct", ClassAuth, "sasl_value_refused"},
		{"relay did not accept AUTH LOGIN", ClassConfig, "auth_mechanism_unsupported"},
		{"This relay does not require AUTH; turn authentication off", ClassConfig, "auth_mechanism_unsupported"},
		// AADSTS70008 that names only the authorization code is the
		// product's code exchange; with the refresh token, the grant gone.
		{"token call failed: AADSTS70008: The authorization code is expired. Trace ID: 0", ClassPlatform, "aadsts_app_misconfigured"},
		{"AADSTS70008: refresh token expired after 90 idle days", ClassRevoked, "aadsts_grant_gone"},
		// The Gmail API's "Invalid To header" is the address to send to;
		// no recipient at all is the product's request.
		{`{"error":{"code":400,"message":"Invalid To header","status":"INVALID_ARGUMENT"}}`, ClassRecipient, "api_to_header_invalid"},
		{"Graph: the message contains no recipients", ClassConfig, "api_request_invalid"},
		// German: could not log in to the server; a session's own
		// "log in again" is not.
		{"Konnte nicht am IMAP-Server einloggen", ClassAuth, "l10n_de_server_login_failed"},
		{"Bitte erneut einloggen", ClassUnknown, ""},
		// Data that could not be read or received from the server.
		{"IMAP: unable to receive data from server (socket)", ClassTransient, "network_dropped"},
		{"could not read data from the server imap.example.org", ClassTransient, "network_dropped"},
	})
}
