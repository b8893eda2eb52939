package classify

import "testing"

// Held-out round 59's false reconnects, as families on composed texts (none
// is a held-out text): a non-mail API's access that expired, an
// application's own LDAP bind, a product's own "Sign in with ..." page whose
// code exchange failed, Stripe's key refusals however the key is shown, and
// other services' logins (a VPN, a CI server, a dashboard, Wi-Fi, FTP). The mailbox's own prompts and a mail server's LDAP-backed login keep
// their readings.
func TestRound59Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Nordigen: access to account 12 has expired or it has been revoked. Reconnect the bank account.", ClassUnknown, ""},
		{"GoCardless bank account disconnected. Please reconnect the account.", ClassUnknown, ""},
		{"LDAP bind failed: check the bind DN and password in the settings", ClassConfig, "signins_directory_bind"},
		{"LDAP access failed: invalid credentials for the given DN", ClassConfig, "signins_directory_bind"},
		{"Sign-in failed: couldn't complete sign-in with Microsoft (invalid_grant)", ClassPlatform, "signins_signin_code_exchange"},
		{"Stripe error: Invalid API Key provided: ****", ClassConfig, "services_stripe_key"},
		{"Stripe: No such API key: rk_live_xxx", ClassConfig, "services_stripe_key"},
		{"Jenkins: Invalid password/token for user: admin", ClassConfig, "other_service_login"},
		{"Grafana: invalid username or password", ClassConfig, "other_service_login"},
		{`Wi-Fi: Incorrect password for network "Home"`, ClassUnknown, ""},
		{"ftp: Login failed.", ClassUnknown, ""},
		// Kept.
		{"Gmail access expired. Please reconnect your account.", ClassRevoked, ""},
		{"Your mailbox was disconnected. Click reconnect to restore access.", ClassRevoked, "product_disconnected"},
		{"dovecot: auth: ldap(user@example.com,1.2.3.4): invalid credentials", ClassAuth, ""},
		{"535 5.7.8 Error: authentication failed: VXNlcm5hbWU6", ClassAuth, ""},
		{"The Stripe integration could not send the receipt: 535 5.7.8 Username and Password not accepted.", ClassAuth, ""},
	})
	// A VPN's refusal is no mailbox's; the Firefox OS strings read it as a
	// network setting.
	if v := Text("VPN authentication failed: invalid username or password"); v.Class == ClassAuth || v.Class == ClassRevoked {
		t.Errorf("VPN login read as a reconnect (%s, rule %s)", v.Class, v.Rule)
	}
}
