package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The mailbox platforms' and CRMs' published errors
// (testdata/catalogs/mail_platforms.jsonl), as a product receives or logs
// them. Texts marked composed put a catalog's type and message into the
// shape the platform's page documents for its error body.
func TestMailPlatformCatalogs(t *testing.T) {
	assertTextRules(t, []textCase{
		// Nylas v3: the error body of developer.nylas.com's event-codes page
		// ({"request_id", "error": {"type", "message"}}) with the
		// grant.refresh_token_invalid row of docs/api/errors (composed).
		{`{"request_id":"5967ca40-a2d8-4ee0-a0e0-6f18ace39a90","error":{"type":"grant.refresh_token_invalid","message":"Invalid refresh_token supplied to Grant."}}`, ClassRevoked, "mail_platform_grant_gone"},
		// The same body with grant.scopes_conflict (composed): the product's
		// requested scopes, not the owner's grant.
		{`{"request_id":"5967ca40-a2d8-4ee0-a0e0-6f18ace39a90","error":{"type":"grant.scopes_conflict","message":"Some requested scopes were not included in the completed hosted auth, resulting in denied authentication."}}`, ClassPlatform, "mail_platform_product_client"},
		{"grant.reauth_email_invalid: Email addresses did not match during re-authentication.", ClassAuth, "mail_platform_signin_refused"},
		{"api.resource_blocked: Resource blocked, contact administrator.", ClassBlocked, "mail_platform_resource_blocked"},
		// Unipile: the RFC 7807 body of its error-responses page with the
		// type and status of a row (composed; title and detail left out).
		{`{"object":"Error","type":"api/invalid_auth_format","status":400}`, ClassConfig, "mail_platform_settings"},
		{"The provided IMAP configuration is invalid.", ClassConfig, "mail_platform_settings"},
		// Cronofy's 423 Locked as 'HTTP status N Name: description'
		// (composed, as in the catalog).
		{"HTTP status 423 Locked: This is returned when we do not have credentials available for the underlying provider and the request made requires active credentials to succeed.", ClassRevoked, "mail_platform_grant_gone"},
		{"BLOCKED_DOMAIN: the domain associated with this contact’s email address is blocked by HubSpot. Try a different contact or confirm this contact’s email address is up-to-date before enrolling again.", ClassRecipient, "mail_platform_contact_state"},
		{"The connectError webhook event is triggered when EmailEngine fails to establish a connection to an email server.", ClassTransient, "mail_platform_provider_trouble"},
	})
	// Look-alikes: they read like refused credentials or a dead grant, but
	// their pages say the product's key, token request, proxy or
	// connection is at fault.
	for _, s := range []string{
		"token.unauthorized_access: Invalid API key.",
		"Error 400 - Authentication failed: Invalid or revoked refresh token.",
		"Error 401 - Unauthorized: Could not verify access credentials.",
		"The provided proxy credentials are invalid.",
		"HTTP status 401 Unauthorized: The request was refused as the provided authentication credentials were not recognized.",
		"Your email provider is either having connection issues or they've failed to send your email. Please try reconnecting your inbox before you re-enroll your contact.",
	} {
		c := Text(s).Class
		assert.NotContains(t, []Class{ClassRevoked, ClassAuth}, c, s)
	}
}
