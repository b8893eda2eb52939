package classify

import (
	"testing"
)

// Round 51's shared vocabulary of OAuth grant states (gen51_grants.go): every
// entry of oauth_grant_states.jsonl in its class, and composed sentences in
// the same words, with look-alikes that must keep their reading.
func TestGen51GrantsFamilies(t *testing.T) {
	assertCatalogClasses(t, "oauth_grant_states")
	assertTextRules(t, []textCase{
		{"refresh token revoked", ClassRevoked, "grant_revoked_sentence"},
		{"invalid_grant: refresh token revoked by upstream", ClassRevoked, ""},
		{"Access to your Google account was revoked", ClassRevoked, "grant_revoked_sentence"},
		{"Access to this Google account was revoked. Reconnect to resume syncing.", ClassRevoked, "grant_revoked_sentence"},
		{"Access to your Microsoft account has been revoked. Please reconnect your mailbox.", ClassRevoked, ""},
		{"The grant for this account has been revoked", ClassRevoked, "grant_revoked_sentence"},
		{"Mailbox grant has been revoked", ClassRevoked, ""},
		{"Token expired and could not be refreshed", ClassRevoked, "grant_token_not_refreshed"},
		{"OAuth token has expired and cannot be refreshed", ClassRevoked, "grant_token_not_refreshed"},
		{"Not all required scopes were granted", ClassPlatform, "scopes_not_granted"},
		{"Required scopes were not granted.", ClassPlatform, "scopes_not_granted"},
		{"Required Outlook scopes were not granted", ClassPlatform, "scopes_not_granted"},

		// Look-alikes: the product's own session or API token, a non-mail
		// API's grant, a revocation the product did on purpose, a runtime
		// permission, consent of another kind, an access token being renewed.
		{"Consent has been revoked. AI processing is paused.", ClassUnknown, ""},
		{"Refresh token revoked successfully", ClassUnknown, ""},
		{"Google Drive refresh token revoked for tenant=42, marked as DISCONNECTED", ClassUnknown, ""},
		{"Xero authorization has been revoked. Please reconnect Xero.", ClassUnknown, ""},
		{"The API key has been revoked", ClassUnknown, ""},
		{"The n8n session has expired and could not be refreshed. Sign in again from Settings → Instances, then retry.", ClassUnknown, ""},
		{"Location permissions were not granted", ClassUnknown, ""},
		{"Access token expired, refreshing", ClassTransient, ""},
		{"Calendar consent not granted", ClassUnknown, ""},
		{"The provided authorization grant is invalid, expired, or revoked", ClassAuth, ""},
	})
}
