package classify

import "testing"

// Held-out round 71's misses as families, on composed texts (none is a
// held-out text).
func TestRound71Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Consent for the mailbox not given yet.
		{"The owner has not granted consent for the Outlook mailbox yet", ClassRevoked, "consent_declined"},
		{"Connect Gmail: please grant permission to access your email in the popup", ClassRevoked, "consent_declined"},
		// A library's atom for a missing refresh token.
		{"{:error, :no_refresh_token} for the warmup inbox", ClassRevoked, "refresh_token_missing"},
		// The sender's own settings.
		{"Mailer: no SMTP password provided for the outgoing server", ClassConfig, ""},
		{"Campaign stopped: invalid sender address 'sales@'", ClassConfig, ""},
		// Recipients in the message's lists.
		{"SMTP.send: invalid to address in row 14", ClassRecipient, "recipient_address_list_invalid"},
		{"Could not send: there is an error in the Bcc list", ClassRecipient, "recipient_address_list_invalid"},
		// Apps Script's own limits.
		{"Exception: Too many simultaneous invocations: Gmail", ClassRateLimited, "sending_quota_exceeded"},
		{"Apps Script: a server error occurred. Please wait and retry the trigger.", ClassTransient, "service_unavailable_now"},
	})
}
