package classify

import "testing"

// Round 124's misses, as families (testdata/heldout/README.md).
func TestRound124Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A send rate over the relay's limit stays a rate limit when the
		// product adds that it will retry later.
		{"421 Send rate exceeded for this account, try again later", ClassRateLimited, "sending_quota_exceeded"},
		{"Relay: sending rate exceeded (max 30/min); will retry later", ClassRateLimited, "sending_quota_exceeded"},
		{"Microsoft 365 has limited our access to your account due to high traffic; syncing will resume later", ClassRateLimited, "sending_quota_exceeded"},
		// A server busy for its traffic stays temporary.
		{"The mail server is busy due to high traffic, please try again later", ClassTransient, "temporary_wording"},
	})
}
