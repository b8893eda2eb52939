package classify

import "testing"

// Round 120's misses, as families (testdata/heldout/README.md).
func TestRound120Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// The most messages in a period, a provider's RCPT threshold.
		{"Mailbox reached its maximum number of emails, resuming at midnight", ClassRateLimited, "rate_limited"},
		{"Relay: maximum number of messages for this sender reached, wait an hour", ClassRateLimited, "rate_limited"},
		{"504 RCPT count for this session is at the maximum threshold", ClassRateLimited, "rate_limited"},
		// A message's size is no limit on sending.
		{"552 the message size is over the maximum threshold", ClassRejected, ""},
	})
}

// A SASL mechanism the server or the product does not take, has disabled
// or needs more for: the account's login method is a setting.
func TestMailMechanismSetting(t *testing.T) {
	assertTextRules(t, []textCase{
		{"POP3: NTLM logins are disabled on this server", ClassConfig, "mail_mechanism_setting"},
		{"CRAM-MD5 not supported by the relay, use LOGIN", ClassConfig, "mail_mechanism_setting"},
		{"GSSAPI requires a Kerberos ticket; none in the cache", ClassConfig, "mail_mechanism_setting"},
		{"Mechanism DIGEST-MD5 unsupported by this build", ClassConfig, "mail_mechanism_setting"},
		// A refused login by that mechanism stays a refused login, and a bare
		// refusal says nothing.
		{"535 5.7.8 NTLM authentication failed", ClassAuth, ""},
		{"Server responded -ERR to AUTH DIGEST-MD5", ClassUnknown, ""},
	})
}
