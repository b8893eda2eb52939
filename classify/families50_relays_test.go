package classify

import (
	"testing"
)

// Round 50's outbound relays' and sending APIs' account and policy replies
// (round50_relays.go): MailChannels' SMTP replies and Send API answer,
// MailPace's API responses. The catalog relay_mailchannels_mailpace.jsonl
// holds every published message once, as the reference prints it; here are
// the round's texts, the forms apps log them in, and look-alikes that must
// keep their reading.
func TestRound50RelaysFamilies(t *testing.T) {
	assertCatalogClasses(t, "relay_mailchannels_mailpace")

	// The round's rows as SMTP replies.
	assertReplyRules(t, []replyCase{
		{452, "4.5.3", "452 4.5.3 Recipient policy mismatch", ClassTransient, ""},
		{550, "5.7.1", "550 5.7.1 [ESA] Sender blocked.", ClassBlocked, ""},
		{550, "5.7.1", "550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account.", ClassBlocked, ""},
		{550, "5.7.1", "550 5.7.1 [UNS] Recipient has unsubscribed from your list.", ClassRecipient, ""},
		// Look-alikes: other tags and other servers' 4.5.3 keep their reading.
		{452, "4.5.3", "452 4.5.3 Too many recipients", ClassRateLimited, ""},
		{550, "5.7.1", "550 5.7.1 [RBL] Sender blocked 203.0.113.5", ClassRejected, ""},
		{550, "5.7.1", "550 5.7.1 Sender blocked", ClassRejected, ""},
		{550, "5.7.1", "550 5.7.1 [SB01] Your email address has been blocked due to complaints", ClassBlocked, ""},
		{550, "5.7.1", "550 5.7.1 [BFD] Sender prohibited by SPF", ClassRejected, ""},
		{550, "5.7.1", "550 5.7.1 This sender is not authorized to send from example.com", ClassConfig, ""},
	})

	assertTextRules(t, []textCase{
		// MailChannels, as logs and apps carry the replies.
		{"452 4.5.3 Recipient policy mismatch", ClassTransient, "relays_mailchannels_recipient_policy"},
		{"postfix/smtp[2211]: 4F1A2: to=<b@example.net>, relay=mx1.mailchannels.net[23.83.209.1]:25, delay=1.2, dsn=4.5.3, status=deferred (host mx1.mailchannels.net[23.83.209.1] said: 452 4.5.3 Recipient policy mismatch (in reply to RCPT TO command))", ClassTransient, "relays_mailchannels_recipient_policy"},
		{"550 5.7.1 [ESA] Sender blocked.", ClassBlocked, "relays_mailchannels_sender_blocked"},
		{"SMTP error from remote mail server after end of data:\n550 5.7.1 [ESA] Sender blocked. See https://console.mailchannels.net/", ClassBlocked, "relays_mailchannels_sender_blocked"},
		{"550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account.", ClassBlocked, "relays_mailchannels_sender_blocked"},
		{`{"errors":["customer does not have an active subscription with tx-send capability"]}`, ClassBlocked, "relays_mailchannels_sender_blocked"},
		{`MailChannels API error 403: {"errors":["customer does not have an active subscription with tx-send capability"]}`, ClassBlocked, "relays_mailchannels_sender_blocked"},
		{`Error: {\"errors\":[\"customer does not have an active subscription with tx-send capability\"]}`, ClassBlocked, "relays_mailchannels_sender_blocked"},
		{"550 5.7.1 [UNS] Recipient has unsubscribed from your list.", ClassRecipient, "relays_recipient_refused"},

		// MailPace, the round's bodies and as apps log them.
		{`{"error":"Missing API Token"}`, ClassConfig, "relays_mailpace_setup"},
		{`Error sending email: 401 {\"error\":\"Missing API Token\"}`, ClassConfig, "relays_mailpace_setup"},
		{`Error: MailPace API error: {"error":"Missing API Token"}`, ClassConfig, "relays_mailpace_setup"},
		{`{"error:"Domain DKIM DNS not verified, please complete DKIM Verification"}`, ClassConfig, "relays_mailpace_setup"},
		{`{"error":"Domain DKIM DNS not verified, please complete DKIM Verification"}`, ClassConfig, "relays_mailpace_setup"},
		{`{"error:"Verified domain does not match domain in From address of email"}`, ClassConfig, "relays_mailpace_setup"},
		{`MailPace 403: Verified domain does not match domain in From address of email`, ClassConfig, "relays_mailpace_setup"},
		{`{"error":"Email from address not parseable"}`, ClassConfig, "relays_mailpace_setup"},
		{`{"errors":{"to":["undefined field"]}}`, ClassConfig, "relays_mailpace_setup"},
		{`{"errors":{"to":["number of email addresses exceeds maximum volume"]}}`, ClassConfig, "relays_mailpace_setup"},
		{`{"error:"Invalid request format or content type"}`, ClassConfig, "relays_mailpace_setup"},
		{`{"error:"The organization that owns this domain does not have an active plan"}`, ClassBlocked, "relays_mailpace_organization"},
		{`{"error":"The organization that owns this domain does not have an active plan"}`, ClassBlocked, "relays_mailpace_organization"},
		{`{"error:"This organization is unable to send emails. Please contact support"}`, ClassBlocked, "relays_mailpace_organization"},
		{`{"errors":{"to":["contains a blocked address"]}}`, ClassRecipient, "relays_recipient_refused"},
		{`{\"errors\":{\"to\":[\"contains a blocked address\"]}}`, ClassRecipient, "relays_recipient_refused"},
		{`{"errors":{"to":["is invalid"]}}`, ClassRecipient, "relays_recipient_refused"},
		{`{"error:"You are sending emails too quickly"}`, ClassRateLimited, "relays_mailpace_too_quickly"},
		{`{"error":"Invalid API Token"}`, ClassAuth, ""},
		{`{"errors":{"attachments.name":["Extension file type blocked, see Docs for full list of allowed file types"]}}`, ClassRejected, ""},

		// Look-alikes: other relays' and receivers' words keep their reading.
		{"ErrorCode 10: Bad or missing API token", ClassAuth, "relay_key_refused"},
		{"Bad or missing API token", ClassAuth, "relay_key_refused"},
		{"550 5.7.1 DKIM verification failed", ClassRejected, ""},
		{"554 5.7.1 Message rejected: body contains a blocked URL", ClassRejected, ""},
		{"550 5.7.1 [SS] Message blocked", ClassRejected, ""},
		{"550 5.7.1 [RBL] Sender blocked 203.0.113.5", ClassRejected, ""},
		{"550 5.7.1 Sender blocked", ClassRejected, ""},
		{"550 5.7.1 [SB01] Your email address has been blocked due to complaints", ClassBlocked, "account_blocked"},
		{"The example.com domain is not verified. Please, add and verify your domain on https://resend.com/domains", ClassConfig, ""},
		{"450 [S09] Try Again Later", ClassTransient, ""},
		{"550 [S10] Blocked", ClassRejected, ""},
	})
}
