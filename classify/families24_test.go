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

// Round 24's third slice: CMS, forum, billing and hosting products. A
// local mail program or PHP's mail() that is not there, a product's own
// switch, a relay's key, quota, domain and suppression states, and Google's
// 401 for a request with no credential at all (the round's texts; the last
// look-alike is round 2's).
func TestProductsAndRelayStates(t *testing.T) {
	assertTextRules(t, []textCase{
		{"sh: 1: /usr/sbin/sendmail: not found", ClassConfig, "setup_words"},
		{"Error: spawn sendmail ENOENT", ClassConfig, "setup_words"},
		{"Mailer returned: Unknown error in PHP's mail() function.", ClassConfig, "setup_words"},
		{"The email could not be sent. Possible reason: your host may have disabled the mail() function.", ClassConfig, "setup_words"},
		{"Email sending aborted by configuration", ClassConfig, "setup_words"},
		{"Email quota reached", ClassRateLimited, "sending_quota_exceeded"},
		{"Recipient email is suppressed", ClassRecipient, "recipient_mailbox_disabled"},
		{"Domain is not activated", ClassConfig, "relay_request_invalid"},
		{"Missing SenderAPIKey", ClassConfig, "relay_request_invalid"},
		{`{ "Errors": [ { "Code": 13, "Message": "Invalid SenderAPIKey" } ] }`, ClassAuth, "relay_key_refused"},
		{`Server message: Can't connect to host "ssl://localhost:993"`, ClassTransient, "network_dropped"},
		{"Authorization header format is invalid", ClassPlatform, "api_token_malformed"},
		{`Mailer: Gmail { "error": { "errors": [ { "domain": "global", "reason": "required", "message": "Login Required", "locationType": "header", "location": "Authorization" } ], "code": 401, "message": "Login Required" } }`, ClassRevoked, "api_no_credentials"},
		// Google's 401 for a token it no longer takes asks for a refresh
		// (round 2), and a 45x reply to a login stays temporary.
		{"{ [Error: Invalid Credentials]\ncode: 401,\nerrors:\n[ { domain: 'global',\nreason: 'authError',\nmessage: 'Invalid Credentials',\nlocationType: 'header',\nlocation: 'Authorization' } ] }", ClassTransient, "api_access_token_expired"},
		{"454 4.7.0 Authentication failed", ClassAuthTemporary, ""},
	})
}

// Round 24's first slice: mail libraries in Erlang/Elixir, Rust, Go, Deno,
// Julia, Perl and others. A TLS stack reading a plain greeting, a client
// of one protocol reading another's, and their network errors (the
// round's texts).
func TestOtherLanguagesTLSAndNetwork(t *testing.T) {
	assertTextRules(t, []textCase{
		{"[notice] TLS :client: In state :hello at tls_record.erl:564 generated CLIENT ALERT: Fatal - Unexpected Message\n - {:unsupported_record_type, 50}", ClassConfig, "tls_wrong_port"},
		{"thread 'tokio-runtime-worker' panicked at 'Could not send email: lettre::transport::smtp::Error { kind: Network, source: Custom { kind: InvalidData, error: CorruptMessage } }', src/email_service.rs:52:19", ClassConfig, "tls_wrong_port"},
		{"thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: MissingStartTls',", ClassConfig, "tls_wrong_port"},
		{`ERROR Failed background update: Failed to get mails: Failed to log in and create IMAP session: io: Error(Error { code: Tag }) during parsing of "220 mail.server ESMTP ready\r\n"`, ClassConfig, "tls_wrong_port"},
		{"** exception error: {error,retries_exceeded,\n {network_failure,\"74.125.68.109\",\n {error,\n {options,{{server_name_indication,\"74.125.68.109\"}}}}}}", ClassConfig, "tls_handshake"},
		{"curl_easy_perform() failed: Failure when receiving data from the peer", ClassTransient, "network_dropped"},
		{"DEBUG: ...erl5/IO/Socket.pm:48: local error: IO::Socket::IP configuration failed", ClassTransient, "network_dropped"},
		{"[2025-07-27 09:37:44 16C8] [DeltaChat_1] context is not properly configured, exiting", ClassConfig, "setup_words"},
	})
}
