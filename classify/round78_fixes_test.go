package classify

import "testing"

// Held-out round 78's misses as families, on composed texts (none is a
// held-out text).
func TestRound78Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A mailbox not connected and asked to connect, access not
		// authorized or not all granted.
		{"Outlook is not connected. Please connect it from the sender page.", ClassRevoked, "prompts_not_connected"},
		{"Outlook access not authorized for this workspace", ClassRevoked, "prompts_not_connected"},
		{"Microsoft did not grant all required mail permissions", ClassRevoked, "prompts_not_connected"},
		{"Token rejected due to sign-in frequency checks by the tenant", ClassRevoked, "oauth_invalid_grant"},
		// A tenant's security policy, never a tool reading a policy's
		// structure.
		{"Sign-in blocked: the tenant admin has configured a security policy for this app", ClassAdmin, "entra_device_policy"},
		{"Unexpected conditional access policy structure in the export", ClassUnknown, ""},
		// The product's OAuth client, service account and forms.
		{"missing Microsoft OAuth client credentials; see the setup guide", ClassPlatform, ""},
		{"Authentication failed. Check the service account configuration file.", ClassUnknown, ""},
		{"Cannot obtain a token: check TenantId, ClientId and secret", ClassPlatform, "oauth_client_credentials_invalid"},
		// A form asking for a mail server's password: config since round 99
		// (held-out rounds 74 to 99 label such forms so).
		{"Username and app password are required for SMTP", ClassConfig, "mail_password_unset"},
	})
}
