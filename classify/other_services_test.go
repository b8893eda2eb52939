package classify

import (
	"testing"
)

// Other services' credential refusals (other_services.go): databases,
// caches, queues, registries, storage, chat/SMS/AI/payment APIs, proxies and
// file servers refusing the product's own credentials are config, never a
// mailbox to reconnect. The catalog other_service_credentials.jsonl holds
// each service's messages as its source prints them; here are the forms
// products log them in, and look-alikes that must keep their reading.
func TestOtherServiceCredentials(t *testing.T) {
	assertCatalogClasses(t, "other_service_credentials")

	assertTextRules(t, []textCase{
		// Composed: the services' refusals inside a product's own log line.
		{`worker: database unavailable: failed to connect to host=db user=crm database=crm: password authentication failed for user "crm" (SQLSTATE 28P01)`, ClassConfig, "services_database_login"},
		{`Error: connect to Postgres failed: error: password authentication failed for user "mailer"`, ClassConfig, "services_database_login"},
		{"SQLSTATE[HY000] [1045] Access denied for user 'forge'@'10.0.0.4' (using password: YES)", ClassConfig, ""},
		{"Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'crm_app'.", ClassConfig, "services_sqlserver_login"},
		{"queue worker crashed: MongoServerError: bad auth : Authentication failed.", ClassConfig, "services_database_login"},
		{"[ioredis] Unhandled error event: ReplyError: WRONGPASS invalid username-password pair or user is disabled.", ClassConfig, "services_database_login"},
		{"%3|1712345678.123|FAIL|rdkafka#producer-1| [thrd:sasl_ssl://b1.example.net:9093/bootstrap]: sasl_ssl://b1.example.net:9093/bootstrap: SASL authentication error: Authentication failed: Invalid username or password (after 312ms in state AUTH_REQ)", ClassConfig, "services_queue_login"},
		{"amqp connect: Exception (403) Reason: \"username or password not allowed\"", ClassConfig, "services_queue_login"},
		{"mqtt: Connection Refused: bad user name or password.", ClassConfig, "services_queue_login"},
		{"Error response from daemon: Head \"https://registry.example.com/v2/app/manifests/latest\": unauthorized: incorrect username or password", ClassConfig, "services_registry_vcs_login"},
		{"deploy step failed: fatal: Authentication failed for 'https://gitlab.example.com/acme/site.git/'", ClassConfig, "services_registry_vcs_login"},
		{"attachment upload failed: InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records.\n\tstatus code: 403, request id: 8Q2", ClassConfig, "services_cloud_storage_keys"},
		{"Summarizer: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}", ClassConfig, "services_app_api_keys"},
		{"Slack notification failed: An API error occurred: invalid_auth", ClassConfig, "services_app_api_keys"},
		{"StripeAuthenticationError: Invalid API Key provided: sk_live_****9xQz", ClassConfig, "services_app_api_keys"},
		{"backup to sftp failed: backup@files.example.com: Permission denied (publickey,password).", ClassConfig, "services_network_logins"},
		{"530 Login incorrect.", ClassConfig, "services_ftp_login"},

		// Look-alikes: Amazon SES is a mail relay; its key refusals stay auth.
		{"SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.", ClassAuth, "cloud_key_refused"},
		{"InvalidClientTokenId: The security token included in the request is invalid.", ClassAuth, "cloud_key_refused"},
		{"The security token included in the request is invalid", ClassAuth, ""},
		{"InvalidClientTokenId: The X.509 certificate or AWS access key ID provided does not exist in our records.", ClassAuth, ""},
		{"Amazon SES: The AWS Access Key Id you provided does not exist in our records.", ClassAuth, ""},
		{"535 Authentication Credentials Invalid", ClassAuth, ""},
		// A mail server with a SQL or LDAP user database refusing a user's
		// mailbox password stays auth.
		{"dovecot: auth: sql(user@example.com,1.2.3.4): Password mismatch", ClassAuth, ""},
		{"dovecot: auth: ldap(user@example.com,1.2.3.4): Password mismatch", ClassAuth, ""},
		{"SMTP.login failed for user test@yandex.com (Login failed)", ClassAuth, ""},
		{"IMAP Error: Login failed for user@domain.com against domain.com. Authentication failed.", ClassAuth, ""},
		// Generic words with nothing naming a non-mail service stay.
		{"Authentication failed.", ClassAuth, ""},
		{"Invalid credentials", ClassAuth, ""},
		{"SASL authentication failed", ClassAuth, ""},
		{"bad user name or password", ClassAuth, ""},
		{"-ERR invalid password", ClassAuth, ""},
		{"Bad credentials", ClassAuth, ""},
		{"Login failed for user 'anna@example.com'", ClassAuth, ""},
		// SMTP's 530 is not FTP's.
		{"530 5.7.0 Authentication required", ClassConfig, "auth_required_first"},
		{"530 5.7.57 Client not authenticated to send mail", ClassConfig, ""},
		{"a1 NO Login incorrect", ClassAuth, ""},
		// Mail relays' API keys keep their reading.
		{"Bad or missing API token", ClassAuth, "relay_key_refused"},
		{"HTTP status 401 Unauthorized: You have specified an incorrect API Key / API Secret Key pair. You may be unauthorized to access the API or your API key may be inactive.", ClassAuth, ""},
		{"The provided authorization grant is invalid, expired, or revoked", ClassAuth, "api_key_rejected"},
		// A mail reply that merely mentions a host name stays.
		{"535 5.7.8 Error: authentication failed: authentication failure (redis.example.com)", ClassAuth, ""},
		{"535 5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials", ClassAuth, ""},
	})
}
