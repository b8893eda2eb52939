package classify

import "testing"

// Held-out round 63's misses as families, on composed texts (none is a
// held-out text).
func TestRound63Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Entra's descriptions without their codes.
		{"Sign-in failed: blocked by conditional access policy", ClassAdmin, "entra_device_policy"},
		{"Your device is required to be managed to access this resource.", ClassAdmin, "entra_device_policy"},
		{"User needs to enroll for multi-factor authentication before signing in", ClassRevoked, "entra_sign_in_again"},
		{"The grant was revoked: a fresh auth token is needed", ClassRevoked, ""},
		// Another Microsoft service behind the same policy is not the mailbox.
		{"SharePoint: access blocked by conditional access policy", ClassConfig, "other_service_login"},
		// A stored secret the product cannot decrypt.
		{"cipher: message authentication failed", ClassConfig, "stored_secret_undecryptable"},
		{"load smtp password: cipher: message authentication failed", ClassConfig, "stored_secret_undecryptable"},
		{"cryptography.exceptions.InvalidTag while reading the stored mailbox password", ClassConfig, "stored_secret_undecryptable"},
		// A server's refusal keeps its reading.
		{"535 5.7.8 Error: authentication failed: authentication failure", ClassAuth, ""},
		// WeCom's frequency limit.
		{"WeChat Work API: errcode=45009, errmsg=api freq out of limit", ClassRateLimited, ""},
	})
}
