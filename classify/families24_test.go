package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round 24's families (testdata/heldout/README.md). The first texts of each
// group are the round's own rows; texts marked composed were written for
// this test from the same sources' wording.
func TestMailboxPlatformsAndConsent(t *testing.T) {
	assertTextRules(t, []textCase{
		// An administrator must approve the product's app (Entra consent,
		// Google Workspace API access control).
		{"Your administrator hasn't approved this app", ClassAdmin, "admin_app_not_approved"},
		{"Does not have access to consent.", ClassAdmin, "admin_app_not_approved"},
		{"This application is not allowed by your administrator", ClassAdmin, "admin_app_not_approved"},
		// Mailbox platforms' own codes for a grant that needs the owner again.
		{"grant.expired", ClassRevoked, "mail_platform_grant_gone"},
		{"profile_disconnected", ClassRevoked, "mail_platform_grant_gone"},
		{"mailbox.needs_reauth", ClassRevoked, "mail_platform_grant_gone"},
		{"provider/invalid_authorization", ClassRevoked, "mail_platform_grant_gone"},
		{`{"type":"grant.expired","data":{"object":{"grant_id":"e8cd7b1a"}}}`, ClassRevoked, "mail_platform_grant_gone"}, // composed: a notification's body
		// Google's screen for the product's unverified OAuth app.
		{"This app isn't verified", ClassPlatform, "oauth_invalid_client"},
		{"SMTP server does not authorize you.", ClassAuth, "library_auth_failed"},
		{"Your Mailbox and Calendar integration needs attention", ClassRevoked, "product_reconnect_asked"},
	})
	// An administrator's consent screen is the tenant's, never a lost grant
	// or a refused password, though it names consent and approval
	// (composed).
	for _, s := range []string{
		"Need admin approval: unverified app. Ask your administrator to grant consent.",
		"AADSTS90094: Admin consent is required for the permissions requested by this application.",
	} {
		c := Text(s).Class
		assert.NotContains(t, []Class{ClassRevoked, ClassAuth}, c, s)
	}
}
