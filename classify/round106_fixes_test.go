package classify

import "testing"

// Held-out round 106's misses as families, on composed texts (none is a
// held-out text).
func TestRound106Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// No refused mailbox login: an authentication or login that timed
		// out, a mechanism the client has not implemented, a product's REST
		// token, a key's or vault's password, a SOCKS proxy's own login, an
		// authentication option the tool does not know.
		{"IMAP error: login timeout after 20 s", ClassTransient, ""},
		{"Authentication timeout while talking to smtp.example.org", ClassTransient, ""},
		{"Authentication error: XOAUTH2 not implemented in this build", ClassConfig, "settings_unset"},
		{"REST token: token expired", ClassUnknown, ""},
		{"Could not unlock: wrong key or password", ClassUnknown, ""},
		{"socks5 proxy: username or password rejected", ClassConfig, "other_service_login"},
		{"Invalid authentication method plain specified in the config", ClassUnknown, ""},

		// Settings: an app password a form asks for beside another field, an
		// extension not available, the settings page, HTTPS to
		// use, a CA bundle, SASL, only one of two, one given without the
		// other, STLS and TLS required; Chinese, Portuguese, Romanian,
		// German, Czech and Polish form words.
		{"User name and app password are required for IMAP", ClassConfig, "mail_password_unset"},
		{"The intl extension is not available on this PHP", ClassConfig, "settings_unset"},
		{"Fill in the SMTP host on the settings page", ClassConfig, "settings_unset"},
		{"The token endpoint must use HTTPS", ClassConfig, "settings_unset"},
		{"CA bundle not found at /etc/ssl/cert.pem", ClassConfig, "settings_unset"},
		{"SASL not found: install the sasl2 modules", ClassConfig, "settings_unset"},
		{"Set only one of password and password_file", ClassConfig, "settings_unset"},
		{"IMAP user provided without a password file", ClassConfig, "settings_unset"},
		{"The POP3 server does not support STLS", ClassConfig, "libs_tls_required"},
		{"Server requires TLS on port 143", ClassConfig, "libs_tls_required"},
		{"SMTP 配置缺失，请检查", ClassConfig, "settings_unset"},
		{"O servidor SMTP não pode estar em branco", ClassConfig, "settings_unset"},
		{"Serverul SMTP și portul nu pot fi goale", ClassConfig, "settings_unset"},
		{"Der IMAP-Port ist erforderlich", ClassConfig, "settings_unset"},
		{"Die Felder für den Postausgang sind nicht ausgefüllt", ClassConfig, "settings_unset"},
		{"Port serveru je povinný", ClassConfig, "settings_unset"},
		{"Host i port są wymagane", ClassConfig, "settings_unset"},

		// The product's OAuth client by Entra's name for it.
		{"Application (client) ID is missing from the settings", ClassPlatform, "oauth_client_unset"},
		{"No application ID or client secret for the Graph app", ClassPlatform, "oauth_client_unset"},

		// The network: a connect error, Polish "while connecting to the
		// server"; the Gmail API's quota is no recipient's mailbox.
		{"Fetch failed (connect error), retrying", ClassTransient, "network_dropped"},
		{"Problem podczas łączenia z serwerem IMAP", ClassTransient, "lang_connection_failed"},
		{"Gmail API quota exceeded for project 123", ClassRateLimited, ""},
		{"Daily Gmail quota exceeded, try tomorrow", ClassRateLimited, ""},
	})
}
