package classify

import "testing"

// Round 135's misses, as families, on composed texts (none equal to or
// holding a held-out text), and where each family stops.
func TestRound135Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// An administrator who "has to approve" the app, or a Google
		// Workspace admin who has not trusted it in API controls.
		{"Your IT admin has to approve this mail app before it can connect.", ClassAdmin, "admin_must_approve"},
		{"The Workspace admin hasn't trusted our app: see Security > API controls.", ClassAdmin, "admin_must_approve"},
		{"Your post will appear once a moderator has to approve it", ClassUnknown, ""},
		// Entra's "Certificates & secrets" blade is no TLS certificate: the
		// app registration it names is the product's own OAuth app (stop 51).
		{"Add a new secret under Certificates & secrets in the app registration", ClassPlatform, "app_registration_named"},
		// Chinese "cannot connect" (连不上).
		{"邮件服务器连不上，请稍后重试", ClassTransient, "network_dropped"},
		// Amazon SES's quota or rate.
		{"SES: sending quota or rate exceeded for this account", ClassRateLimited, "sending_quota_exceeded"},
	})
}
