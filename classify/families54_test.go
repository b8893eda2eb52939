package classify

import "testing"

// Round 54's families: other services' sign-ins and reconnect prompts are
// not the mailbox's (LinkedIn seats, RingCentral, Reddit, Zoom), agent
// platforms' words for a mailbox not connected, a suggestion to reconnect
// beside another cause, and Arabic "a problem in" signing in.
func TestRound54Families(t *testing.T) {
	assertTextRules(t, []textCase{
		{"No connected account found for app `outlook`", ClassRevoked, "prompts_not_connected"},
		{"No connected accounts found for toolkit gmail", ClassRevoked, "prompts_not_connected"},
		{"Outlook not authorized. Connect Outlook first.", ClassRevoked, "prompts_not_connected"},
		{"Sending stopped. Reconnect the mailbox in Settings.", ClassRevoked, "prompts_reconnect_request"},
		{"مشكلة في تسجيل الدخول إلى حساب البريد", ClassAuth, "l10n_words_refused_login"},
		// Look-alikes.
		{"RingCentral auth failed (401): no detail", ClassUnknown, ""},
		{"Zoom authentication failed; reconnect your Zoom account", ClassUnknown, ""},
		{"This LinkedIn seat has no account id yet - reconnect it in Settings", ClassUnknown, ""},
		{"Your Gmail connection had several delivery failures; you may want to reconnect your account.", ClassUnknown, ""},
		{"Authentication failed: State mismatch - possible CSRF attack", ClassPlatform, "oauthlibs_state_check"},
		// A Java package or a URL naming GitHub does not hide a refusal.
		{"io.github.example.smtp.AuthException: 535 5.7.8 Authentication failed", ClassAuth, ""},
		{"com.github.scribejava.core.oauth: invalid_grant: Token has been expired or revoked.", ClassRevoked, ""},
	})
}
