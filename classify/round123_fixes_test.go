package classify

import "testing"

// Round 123's misses, as families (testdata/heldout/README.md).
func TestRound123Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// The mailbox's account now needs multi-factor authentication and
		// the product asks for a new sign-in: the grant is renewed by the
		// owner.
		{"Sync stopped: your organization requires multi-factor authentication. Please sign in again.", ClassRevoked, "mfa_reconnect_required"},
		{"Token renewal failed - MFA is required for this account, an interactive sign-in is needed", ClassRevoked, "mfa_reconnect_required"},
		{"Graph token refresh failed (error code 50076): multi-factor authentication is required, please sign in again", ClassRevoked, "mfa_reconnect_required"},
		// Setting MFA up, a code typed wrong, or another service's MFA is
		// no mailbox grant.
		{"MFA required: type the code from your authenticator app to sign in", ClassUnknown, ""},
		// A second factor required is no login never attempted.
		{"Two-factor authentication is required for this account", ClassUnknown, ""},
		{"Your workspace requires multi-factor authentication; enrol a device before you sign in", ClassUnknown, ""},
		// Exchange's x-ms-diagnostics for an app-only token got with a
		// client secret where a certificate is needed: the product's app.
		{`WWW-Authenticate: Bearer; x-ms-diagnostics: 2000001;reason="token acquired using an authentication method that is too weak"`, ClassPlatform, "identity_token_not_for_resource"},
		// Microsoft's sign-in page: no account has that name. The
		// mailbox's account, not a recipient; a 550 for a recipient stays
		// the recipient's.
		{"OAuth sign-in failed: That Microsoft account doesn't exist. Enter a different account or get a new one.", ClassRevoked, "ms_signin_account_missing"},
		{"Sign-in: That Microsoft account doesn't exist. Enter a different email address or get a new account.", ClassRevoked, "ms_signin_account_missing"},
		{"550 5.1.1 RESOLVER.ADR.RecipientNotFound; the account does not exist", ClassRecipient, ""},
		// Tencent Exmail's reply to a send before the login: the client
		// never authenticated.
		{"SmtpException: Mailbox unavailable. The server response was: Error: need EHLO and AUTH first", ClassConfig, "auth_required_first"},
	})
}
