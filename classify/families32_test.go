package classify

import (
	"testing"
)

// Round 32's families (testdata/heldout/README.md): the round's own texts,
// other wordings of each family, and look-alikes each family must leave
// alone.
func TestRound32Families(t *testing.T) {
	assertTextRules(t, []textCase{
		// A client asking to check the login the server refused.
		{"Verify that the username and password are correct.", ClassAuth, "credentials_rejected"},
		{"Check that the user name and password are correct for this account.", ClassAuth, "credentials_rejected"},
		// OAuth outside Google and Microsoft: Yahoo's client and PKCE, an
		// access token to refresh, a JMAP token without the capability.
		{"Developers: Please specify a valid client and submit again.", ClassPlatform, "oauth_invalid_client"},
		{"error_description: invalid code challenge or method", ClassPlatform, "oauth_invalid_client"},
		{`[2024-06-18T15:58:13.498983+02:00] Integration.ERROR: Zoho: {"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"}`, ClassTransient, "api_access_token_expired"},
		{"Disallowed capabilities for this type/client: urn:ietf:params:jmap:submission", ClassConfig, "api_request_invalid"},
		// Settings: a mechanism not built in, a sender the relay does not
		// take, settings that contradict each other, a login two mailboxes
		// share, a configuration line too long, a library not installed.
		{"msmtp: support for authentication method XOAUTH2 is not compiled in", ClassConfig, "auth_mechanism_unsupported"},
		{"gomail: could not send email 1: 535 Authorization failed: Envelope From address <no-reply@example.com> not authorized", ClassConfig, "sender_not_owned"},
		{":enable_starttls and :tls are mutually exclusive. Set :tls if you're on an SMTPS connection. Set :enable_starttls if you're on an SMTP connection and using STARTTLS.", ClassConfig, "setup_words"},
		{"NO Ambiguous Alias", ClassConfig, "setup_words"},
		{"msmtpd    | msmtp: /etc/msmtprc: line longer than 500 characters", ClassConfig, "setup_words"},
		{"PHP Fatal error:  Uncaught Error: Class \"guzzlehttp\\Client\" not found in /usr/share/roundcube/program/include/rcmail_oauth.php:220", ClassConfig, "setup_words"},
		// The network in sync tools' words.
		{"ERROR in syncfolder for yahoo folder Inbox: abort: command: SEARCH => connection terminated", ClassTransient, "network_dropped"},
		{"Err 1/1: - msg INBOX/17219 {0} S[36592] F[] I[16-Jul-2021 12:04:15 +0000] could not be fetched", ClassTransient, "network_dropped"},
	})
	// Look-alikes: a sign-in page that fails for the product's own service
	// error is not the owner's password; a relay's refusal of the login is
	// still a refused login.
	assertNotClasses(t, []string{
		"Unable to log in to [product name]\n\nyou cannot log in with your NAVER account due to an error in the [product name] service",
	}, ClassAuth, ClassRevoked)
	assertTextClasses(t, map[string]Class{
		"535 Authorization failed: invalid username or password": ClassAuth,
	})
}
