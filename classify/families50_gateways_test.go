package classify

import "testing"

// Round 50's email-security-gateway family (classify/round50_gateways.go):
// every published reply of the gateway table (catalog gateway_smtp_replies:
// Mimecast, Barracuda, Cisco Secure Email / IronPort, Broadcom Email
// Security.cloud, Trend Micro Hosted Email Security and Deep Discovery Email
// Inspector in English and Japanese), the same replies as logged lines, and
// look-alikes of other products that must keep their class.
func TestRound50GatewaysFamilies(t *testing.T) {
	assertCatalogClasses(t, "gateway_smtp_replies")

	// The same sentences as Reply sees them (code and enhanced code apart).
	assertReplyRules(t, []replyCase{
		{451, "", "451 Account service is temporarily unavailable", ClassRateLimited, ""},
		{451, "", "Account service is temporarily unavailable", ClassRateLimited, ""},
		{451, "", "451 Account inbounds disabled.", ClassRecipient, ""},
		{451, "", "Account inbounds disabled.", ClassRecipient, ""},
		{550, "", "550 permanent failure for one or more recipients (email@example.com:blocked)", ClassRejected, ""},
		{521, "", "Block permanently (Sender Filtering/Authentication)", ClassRejected, ""},
		{421, "", "Block temporarily (Sender Filtering/Authentication)", ClassTransient, ""},
		{521, "", "常にブロック (送信者フィルタ/認証)", ClassRejected, ""},
		{421, "", "一時的にブロック (送信者フィルタ/認証)", ClassTransient, ""},
		{451, "4.4.3", "#4.4.3 Temporary error occurred during SPF verification.", ClassTransient, ""},
		{550, "", "550 Rejected by header-based manually Blocked Senders - Block policy for Envelope From address.", ClassRejected, ""},
	})

	assertTextRules(t, []textCase{
		// Composed log shapes around the published sentences (Text).
		{"host us-smtp-inbound-1.mimecast.com[205.139.110.1] said: 451 Account service is temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 (in reply to RCPT TO command)", ClassRateLimited, ""},
		{"smtp; 451 Account inbounds disabled. - https://community.mimecast.com/docs/DOC-1369#451", ClassRecipient, ""},
		{"521 Block permanently (Sender Filtering/Authentication)", ClassRejected, ""},
		{"451 #4.4.3 Temporary error occurred during SPF verification.", ClassTransient, ""},
		{"550 Rejected by header based manually Blocked Senders: email@example.com", ClassRejected, ""},

		// Look-alikes that keep their class.
		// Barracuda's wrapper around the recipient server's own answer: the
		// quoted answer decides, not the wrapper.
		{"550 permanent failure for one or more recipients (a@example.com:550 5.1.1 User unknown)", ClassRecipient, ""},
		// IronPort's reject text is an SPF rejection.
		{"550 #5.7.1 SPF unauthorized mail is prohibited.", ClassRejected, ""},
		// A receiving server's SPF rejection is rejected.
		{"550 5.7.23 The message was rejected because of Sender Policy Framework violation", ClassRejected, ""},
		// Zoho's sending-account block keeps blocked.
		{"Unable to connect SMTP server:smtpout.mail.zoho.com Reason:Authentication failed:554 5.1.8 Sender Address Blocked", ClassBlocked, ""},
		// A sending account's temporary login trouble is not a gateway limit.
		{"454 4.7.0 Temporary authentication failure", ClassAuthTemporary, ""},
		// A general too-many-connections reply keeps rate_limited.
		{"421 4.7.0 Too many concurrent connections", ClassRateLimited, ""},
	})
}
