package classify

import "testing"

// Held-out round 68's misses as families, on composed texts (none is a
// held-out text).
func TestRound68Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// No Exchange Online licence, or a mailbox still on premises.
		{"Sync stopped: the account has no Exchange Online license assigned", ClassAdmin, "mailbox_licence_missing"},
		{"bob@contoso.com is not licensed for Exchange Online", ClassAdmin, "mailbox_licence_missing"},
		{"Bob's mailbox has not been migrated to the cloud yet", ClassAdmin, "mailbox_licence_missing"},
		{"Your Microsoft 365 trial license will expire in 3 days", ClassUnknown, ""},
		// The product's service account without domain-wide delegation.
		{"Login refused: the service account does not have delegation enabled for this domain", ClassPlatform, "service_account_delegation"},
		// An OAuth code the sign-in could not get is the product's flow, not
		// NetEase's authorization code.
		{"Google sign-in: could not retrieve authorization code, try again", ClassPlatform, "oauth_code_exchange_failed"},
		// No refresh token stored, said with "is".
		{"Cannot refresh: no refresh token is stored for ops@example.com", ClassRevoked, "refresh_token_missing"},
		// A product that holds no grant for the owner's mailbox (rounds 56,
		// 57, 67: prompts_not_connected).
		{"Your inbox has not been connected yet: connect to Google first", ClassRevoked, "prompts_not_connected"},
		{"Cannot send the campaign: no Outlook account connected", ClassRevoked, "prompts_not_connected"},
		// A tool that reconnects and retries by itself has not given up.
		{"Token expired; reconnecting and retrying (2 of 3)", ClassUnknown, ""},
	})
}
