package classify

import "testing"

// Round 52's families in products' own words (round52_prompts.go), and the
// two readings round 52 corrected elsewhere: a French key of another API and
// Indonesian "server error" are no refused login, and a reply code after a
// Python dict's quoted key reads the same on a page.
func TestRound52PromptsFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Token for sender@example.com invalidated: the account exceeded the maximum number of live refresh tokens", ClassRevoked, "refresh_token_limit"},
		{"Ask your Microsoft 365 admin to approve the app; admin consent is required for this tenant", ClassAdmin, ""},
		{"Your Google Workspace administrator must approve this app before the inbox can be connected.", ClassAdmin, "admin_must_approve"},
		{"Outlook mailbox must be re-authorized before sequences resume", ClassRevoked, ""},
		{"This inbox needs to be reauthenticated.", ClassRevoked, "reauthentication_request"},
		{"Gmail connection has expired", ClassRevoked, "mail_connection_expired"},
		{"Microsoft 365 rejected the OAuth2 token for IMAP", ClassAuth, "oauth_token_rejected"},
		{"IMAP OAuth refresh token missing for mailbox 12", ClassRevoked, "refresh_token_missing"},
		{"Authorization code expired. Please connect the mailbox again.", ClassPlatform, "oauthlibs_code_missing"},
		{"Authorization code has expired; restart the Microsoft sign-in", ClassPlatform, ""},
		// Look-alikes.
		{"535 Login fail. Please enter your authorization code to login", ClassAuth, ""},
		{"Daily sending limit exceeded for this mailbox", ClassRateLimited, ""},
		{"Your admin must approve your post before it is published", ClassUnknown, ""},
		{"Slack workspace needs to be re-authorized", ClassUnknown, ""},
		{"Your session must be re-authenticated", ClassUnknown, ""},
		{"SMTP connection expired after 300 seconds idle", ClassTransient, ""},
		{"Google Calendar connection has expired", ClassUnknown, ""},
		{"Erreur de l'API OpenAI : clé API invalide ou authentification Basic invalide.", ClassUnknown, ""},
		{"Kesalahan server login", ClassUnknown, ""},
		{"Kesalahan autentikasi SMTP", ClassAuth, ""},
		{"Kata sandi salah", ClassAuth, ""},
		// A chat bot's 401 after a Python dict's quoted key names no mailbox,
		// plain and with the quote as a page escapes it (round 52's mqttwarn
		// Telegram row).
		{"{u'error_code': 401, u'description': u'Unauthorized'}", ClassUnknown, ""},
		{"{u&#39;error_code&#39;: 401, u&#39;description&#39;: u&#39;Unauthorized&#39;}", ClassUnknown, ""},
	})
}

// Round 52's leftovers covered as families: products' own sending limits
// per mailbox or plan, Google's ErrorInfo reason for missing scopes, and the
// whole WASCL region of Exchange Web Services' error codes.
func TestRound52LimitsAndWASCL(t *testing.T) {
	assertCatalogClasses(t, "ews_wascl_codes")
	assertTextRules(t, []textCase{
		{"Monthly email limit reached - upgrade to keep sending", ClassRateLimited, "sending_quota_exceeded"},
		{"This inbox has reached its sending cap for today", ClassRateLimited, "sending_quota_exceeded"},
		{"Warmup limit reached for today; resuming tomorrow", ClassRateLimited, "sending_quota_exceeded"},
		{"Daily email limit reached - sending paused until tomorrow", ClassRateLimited, "sending_quota_exceeded"},
		{`{"error":{"code":403,"message":"Request had insufficient authentication scopes.","status":"PERMISSION_DENIED","details":[{"reason":"ACCESS_TOKEN_SCOPE_INSUFFICIENT"}]}}`, ClassPlatform, "api_wrong_audience"},
		{"403 ACCESS_TOKEN_SCOPE_INSUFFICIENT", ClassPlatform, "api_wrong_audience"},
		{`{"error":{"code":"ErrorMessageSubmissionBlocked","message":"Cannot send mail. Follow the instructions in your Inbox to verify your account"}}`, ClassBlocked, "api_submission_blocked"},
		// Look-alikes: a product's pause for the account, and a recipient's
		// full mailbox, keep their readings.
		{"Sending paused: the account was suspended by Google", ClassBlocked, ""},
		{"552 5.2.2 The email account that you tried to reach is over quota", ClassRecipient, ""},
	})
}
