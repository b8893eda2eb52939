package classify

import (
	"testing"
)

// Round 38's mail sync/check tools and OAuth helpers (round38_tools.go): the
// round's texts, sibling messages of the same tools and helpers that the
// round does not hold, and look-alikes that must not read as a refused login
// or a revoked grant.
func TestRound38ToolsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// lieer's backoff for Gmail's per-user rate limit.
		{"remote: user rate error, increasing delay to 3", ClassRateLimited, "tools_sync_rate_backoff"},
		{"remote: request failed, increasing delay between requests to: 7 s", ClassRateLimited, "tools_sync_rate_backoff"},
		{"cannot increase delay more to more than maximum 100 s", ClassRateLimited, "tools_sync_rate_backoff"},
		// Connection failures of sync tools and mail checkers.
		{"too many connection errors", ClassTransient, "tools_sync_connection"},
		{"Unable to connect to mail server", ClassTransient, "tools_sync_connection"},
		{"trying IMAP connection again for anna@imap.example.org (try 1/5)", ClassTransient, "tools_sync_connection"},
		{"trying POP3 connection again for anna@pop.example.org (try 3/5)", ClassTransient, "tools_sync_connection"},
		{"cannot dial to imap.example.org:993, tls: true, start TLS: false. error: dial tcp 192.0.2.1:993: connect: connection refused", ClassTransient, "tools_sync_connection"},
		{"TokenStore::Refresh: http error: Couldn't resolve host name", ClassTransient, "tools_sync_connection"},
		// The helper's own OAuth client file and setup.
		{"error: no secret client API key file found for authentication at: /home/anna/mail/.credentials.json", ClassConfig, "tools_oauth_client_setup"},
		{"invalid credentials: opening credentials: open /home/anna/.gmailctl/credentials.json: no such file or directory", ClassConfig, "tools_oauth_client_setup"},
		{"invalid credentials: creating config from credentials: oauth2/google: no credentials found", ClassConfig, "tools_oauth_client_setup"},
		{"Your client secrets file:\n\n/home/anna/gyb/client_secrets.json\n\nis missing. Please recreate the file.", ClassConfig, "tools_oauth_client_setup"},
		{"sasl-xoauth2: Missing required value: client_secret", ClassConfig, "tools_oauth_client_setup"},
		{"Token file has unsafe mode. Suggest deleting and starting over.", ClassConfig, "tools_oauth_client_setup"},
		{"XOAUTH2 and OAUTHBEARER are not supported by the server", ClassConfig, "tools_oauth_client_setup"},
		// No usable stored grant: authorize again.
		{"missing or invalid cached token: open /home/anna/.gmailctl/token.json: no such file or directory", ClassRevoked, "tools_cached_grant_missing"},
		{"cannot connect to Gmail: in Authenticator.Service: decoding token: unexpected EOF", ClassRevoked, "tools_cached_grant_missing"},
		{"Invalid Gmail authorization", ClassRevoked, "tools_cached_grant_missing"},
		{"Missing Gmail integration", ClassRevoked, "tools_cached_grant_missing"},
		{"Gmail authorization not found for account", ClassRevoked, "tools_cached_grant_missing"},
		{"TokenStore::Read: missing refresh_token", ClassRevoked, "tools_cached_grant_missing"},
		{"ERROR: No refresh token. Run script with \"--authorize\".", ClassRevoked, "tools_cached_grant_missing"},
		// The token refused or the sign-in not completed.
		{"init: repository is set up, but authorization failed. re-run 'gmi auth' with proper parameters to complete authorization", ClassAuth, "tools_token_refused"},
		{"bearer token is not valid: ya29.a0AfH6SMB", ClassAuth, "tools_token_refused"},
		{"no bearer token found for user anna@example.org", ClassAuth, "tools_token_refused"},
		// A catch-all naming both the settings and the credentials.
		{"Wrong IMAP or PEC parameters or credentials", ClassUnknown, ""},
	})
	// Look-alikes: the tools' local files, retries and catch-alls are never a
	// refused login or a revoked grant.
	assertNotClasses(t, []string{
		"opening credentials: open /home/anna/.gmailctl/credentials.json: permission denied",
		"The format of your client secrets file:\n\n/home/anna/gyb/client_secrets.json\n\nis incorrect. Please recreate the file.",
		"Difficulty decrypting token file. Is your decryption agent primed for non-interactive usage?",
		"sasl-xoauth2: Unable to open config file /etc/sasl-xoauth2.conf: No such file or directory",
		"trying IMAP connection again for anna@imap.example.org (try 5/5)",
		"Wrong IMAP or PEC parameters or credentials",
		"remote: user rate error, increasing delay to 15",
	}, ClassAuth, ClassRevoked)
}
