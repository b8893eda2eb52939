package classify

import "testing"

// Held-out round 84's misses as families, on composed texts (none is a
// held-out text).
func TestRound84Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A member who has not connected their Gmail or Outlook (a
		// calendar or another service stays never_connected), Gmail
		// permissions not granted or denied, not signed in to Google or
		// Gmail, Office 365 to connect, Portuguese "log in again with
		// Gmail", German "reconnect", a sync to resume.
		{"The rep has not connected their Outlook yet", ClassRevoked, "prompts_not_connected"},
		{"Sam has not connected Google Calendar", ClassConfig, "never_connected"},
		{"Outlook permissions not granted for this seat", ClassRevoked, "prompts_not_connected"},
		{"Import stopped: not signed in to Microsoft", ClassRevoked, "prompts_not_connected"},
		{"Please sign in to Outlook to import receipts", ClassRevoked, "prompts_not_connected"},
		{"Mailbox paused; connect your Office 365 account again", ClassRevoked, ""},
		{"É preciso fazer login novamente com o Gmail", ClassRevoked, "prompts_not_connected"},
		{"Postfach getrennt: bitte das Google-Konto neu verbinden", ClassRevoked, "prompts_reconnect_request"},
		{"Please re-authenticate to resume Outlook sync", ClassRevoked, ""},
		// An access token expired with a request to sign in again is no
		// token to refresh by itself.
		{"Outlook access token expired. Please sign in again.", ClassRevoked, ""},
		// A mail server that rejected the stored password.
		{"The stored password was rejected by the mail server", ClassAuth, "credentials_rejected"},
		// A settings form asking for the app password, none stored: no
		// provider's demand for one.
		{"Setup: enter your email and app password below", ClassConfig, "settings_unset"},
		{"sales@example.org has no app password yet", ClassConfig, "settings_unset"},
		{"Enter the app password for imap.example.org first", ClassConfig, "settings_unset"},
		{"設定が未完了です。アプリパスワードを入力してください。", ClassUnknown, ""},
		// An unverified sender identity, a DKIM key file, Xero's sign-in:
		// no refused login, no domain authentication.
		{"SES authentication failed: noreply@example.org is not a verified identity", ClassUnknown, ""},
		{"DKIM private key file missing", ClassUnknown, ""},
		{"Stored Xero credentials are corrupted", ClassUnknown, ""},
		// The product's OAuth flow and client: no code_verifier, Chinese "no
		// code returned" and "state does not match", Japanese "please set"
		// the client ID, both to enter.
		{"Token exchange aborted: missing code_verifier", ClassPlatform, "oauth_code_exchange_failed"},
		{"微软授权失败：未返回 code", ClassPlatform, "oauth_code_exchange_failed"},
		{"回调失败：state 不匹配", ClassPlatform, "oauth_state_failed"},
		{"Client IDを設定してください", ClassPlatform, "oauth_client_unset"},
		{"Enter both the client ID and the tenant", ClassPlatform, "oauth_client_unset"},
		// Settings: credentials or a key missing, no password saved, no
		// mail accounts configured.
		{"Relay credentials are missing", ClassConfig, "settings_unset"},
		{"No saved password for this inbox", ClassConfig, "settings_unset"},
		{"The Postmark server key is missing", ClassConfig, "settings_unset"},
		{"No email accounts configured yet", ClassConfig, "settings_unset"},
		// Temporary: a computer offline, a server it cannot reach; a mail
		// merge's daily quota.
		{"The laptop may be offline; retry later", ClassTransient, ""},
		{"Error: cannot reach imap.example.org", ClassTransient, "service_unavailable_now"},
		{"You reached your quota for today on this account", ClassRateLimited, "rate_limited"},
	})
}
