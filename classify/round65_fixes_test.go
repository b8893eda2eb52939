package classify

import "testing"

// Held-out round 65's misses as families, on composed texts (none is a
// held-out text).
func TestRound65Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		{"proxy authentication failed: the SOCKS5 server refused the user", ClassConfig, "proxy_credentials"},
		{"dial: socks connect tcp 10.0.0.2:1080->smtp.gmail.com:465: username/password authentication failed", ClassConfig, "proxy_credentials"},
		{"Proxy authentication failed with status 407 while connecting to outlook.office365.com", ClassConfig, "proxy_credentials"},
		{"No refresh token for gmail bob@example.com: run the setup again", ClassRevoked, ""},
		{"Tool error: no OAuth2 token available for sales@example.com", ClassRevoked, "mail_token_missing"},
		{"Failed to refresh Gmail access token for the warmup inbox", ClassRevoked, "mail_token_missing"},
		// A mail server's refusal through a proxy keeps its reading.
		{"535 5.7.8 Username and Password not accepted (via proxy 10.0.0.2)", ClassAuth, ""},
		// Another service's missing token is not the mailbox's.
		{"No refresh token for gmail importer in Slack workspace", ClassUnknown, ""},
	})
}
