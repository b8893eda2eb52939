package classify

import (
	"testing"
)

// Round 28's families (testdata/heldout/README.md), on the round's own
// texts: mailbox providers' replies and help pages.
func TestRound28Families(t *testing.T) {
	assertTextRules(t, []textCase{
		{"550 [IP:62.210.105.116] polaczenia z Twojego adresu IP sa zablokowane administracyjnie / mail from your IP address is administratively disabled", ClassRejected, "blocklisted"},
		{"554 Access denied - Under investigation for spam abuse. Contact your email provider for more info", ClassBlocked, "account_blocked"},
		{"421 4.5.1. Connection Rate - See https://helpdesk.ugent.be/email/", ClassRateLimited, "connection_limits"},
		{"Unable to connect to email server to verify you account information. No response from server.", ClassTransient, "network_dropped"},
		{"You are offline. Upgrade to a paid plan to enable offline login", ClassTransient, "network_dropped"},
		{"{\n\t\"Code\": 2028,\n\t\"Error\": \"We are detecting potentially abusive traffic coming from your network and have temporarily blocked logins. If you believe this is in error, please contact us here: https://proton.me/support/appeal-abuse\",\n\t\"Details\": {}\n}", ClassAuthTemporary, "too_many_login_attempts"},
		{"Invalid response: VXNlcm5hbWU6CG", ClassConfig, "library_auth_prompt_only"},
		{"It says: SMTP Protocol Error: Server rejected EHLO command. Response: 220-We do not authorize the use of this system to transport unsolicited, 220 and/or bulk e-mail.", ClassConfig, "setup_words"},
		{"Autodiscover and Autoconfig support is disabled.", ClassConfig, "setup_words"},
		{"autodiscovery must be provided a valid email address", ClassConfig, "setup_words"},
		{"L’accès à votre adresse mail est actuellement bloqué. Nous vous invitons à contacter votre administrateur.", ClassBlocked, "lang_account_blocked"},
		{"Altes Passwort nicht korrekt", ClassUnknown, "own_password_change"},
	})
	// Comcast's block of a residential IP range is no account's ban.
	if v := Text("ES000001\nYou have been blocked from sending to the Comcast network because we have determined that you are sending email from a dynamic/residential IP address within the Comcast domain."); v.Class == ClassBlocked {
		t.Errorf("residential IP block read as a blocked account (rule %s)", v.Rule)
	}
}
