package classify

// Other services' credential refusals: the databases, caches, queues,
// registries, storage, chat, SMS, AI and payment APIs, proxies and file
// servers a mail-sending product also talks to. Their refusal of the
// product's own credentials is no mailbox to reconnect: the integration is
// misconfigured (config). Every text is in
// testdata/catalogs/other_service_credentials.jsonl. All read 2026-12-05.
//
// Sources, each a refusal of the service's own credentials (config):
//   - PostgreSQL, "Authentication Problems",
//     https://www.postgresql.org/docs/current/client-authentication-problems.html
//     (copy in neondatabase/website content/postgresql/client-authentication-problems.md):
//     "password authentication failed for user", "no pg_hba.conf entry for
//     host"; its drivers: jackc/pgx pgconn/pgconn.go (728cefa8, "failed SASL
//     auth"), brianc/node-postgres packages/pg/lib/crypto/sasl.js and
//     lib/client.js (c9e57617), lib/pq conn.go (f4654a41).
//   - MySQL/MariaDB server error reference,
//     https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html
//     (1045, 1044, 1698, 1251, 3118); go-sql-driver/mysql errors.go (416cd99d).
//   - SQL Server, https://learn.microsoft.com/sql/relational-databases/errors-events/mssqlserver-18456-database-engine-error
//     and MicrosoftDocs/sql-docs docs/relational-databases/errors-events/mssqlserver-4064-database-engine-error.md:
//     "Login failed for user '...'" only with SQL Server's own number or
//     driver words (a mail client's "Login failed for user x" stays auth).
//   - MongoDB (error code 18 AuthenticationFailed,
//     https://www.mongodb.com/docs/manual/reference/error-codes/;
//     mongodb/mongo-go-driver x/mongo/driver/auth/auth.go 18c2c89f): matched
//     with the driver's or Atlas's words only, never the bare "Authentication
//     failed." nor "(AuthenticationFailed) Authentication failed." (IMAP's
//     RFC 5530 [AUTHENTICATIONFAILED] reads so). Redis redis/redis src/acl.c and src/server.c (4f8cdc2a):
//     WRONGPASS; "-ERR invalid password" stays as it reads (a POP3 reply
//     could say so). Elasticsearch's "unable to authenticate user [..] for
//     REST request [..]"; ClickHouse's code 516 AUTHENTICATION_FAILED;
//     Cassandra's PasswordAuthenticator "Provided username .. and/or password
//     are incorrect".
//   - Queues: IBM/sarama errors.go (bd98b3ae, "kafka server: SASL
//     Authentication failed"), Apache Kafka's SaslAuthenticationException,
//     librdkafka's "SASL authentication error: .. (after ..ms in state
//     AUTH_REQ)", RabbitMQ's ACCESS_REFUSED and rabbitmq/amqp091-go types.go
//     (28da80de), nats-io/nats.go nats.go (850f889c), eclipse/mosquitto
//     lib/strings_mosq.c (fb9b1153) and eclipse/paho.mqtt.golang
//     packets/packets.go (514b7fa0): MQTT's bare "bad user name or password"
//     and "not Authorized" need "Connection Refused:".
//   - Registries and VCS: distribution/distribution
//     registry/api/errcode/register.go (0d6b721d) and Docker Hub's
//     "unauthorized: incorrect username or password"; npm/cli
//     lib/utils/error-message.js (780afc50); git/git remote-curl.c
//     (1a3e64c6, "Authentication failed for '%s'"); GitHub's and GitLab's
//     git-over-HTTPS refusals and the GitHub REST API's "Bad credentials"
//     (https://docs.github.com/rest, only with its documentation_url: Spring
//     Security's "Bad credentials" is an app's own login); PyPI/twine's
//     "Invalid or non-existent authentication information"; Maven
//     resolver's "reason phrase: Unauthorized (401)".
//   - Storage: Amazon S3's InvalidAccessKeyId, "The AWS Access Key Id you
//     provided does not exist in our records."
//     (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html),
//     never with SES words (SES is a mail relay: its InvalidClientTokenId and
//     SignatureDoesNotMatch stay auth); Azure Storage's AuthenticationFailed
//     (https://learn.microsoft.com/rest/api/storageservices/common-rest-api-error-codes);
//     Google Cloud Storage's "does not have storage.objects.* access".
//   - Chat, SMS, AI and payment APIs: Slack Web API errors invalid_auth,
//     not_authed, token_revoked, account_inactive (https://api.slack.com/methods/chat.postMessage);
//     discord.js TokenInvalid and discord.py LoginFailure; the Telegram Bot
//     API's 401; Twilio 20003 (https://www.twilio.com/docs/errors/20003);
//     OpenAI's "Incorrect API key provided" (https://help.openai.com/en/articles/6882433,
//     only with its platform.openai.com link) and openai/openai-python
//     src/openai/_client.py's missing-key errors (08b8179a and e43b4224);
//     Anthropic's authentication_error
//     "invalid x-api-key" (https://docs.anthropic.com/en/api/errors);
//     Stripe's "Invalid API Key provided: sk_.." and "You did not provide an
//     API key" (https://docs.stripe.com/api/authentication).
//   - Proxies, file servers, clusters: curl's "Received HTTP code 407 from
//     proxy after CONNECT" (the bare "407 Proxy Authentication Required"
//     already reads config); proftpd/proftpd modules/mod_auth.c (1dbfb9d7)
//     "530 Login incorrect." and other FTP servers' 530 wording, on code 530
//     only and never with an enhanced code or "imap" ("530 5.7.0
//     Authentication required" is SMTP; IMAP's "NO Login incorrect" stays); openssh/openssh-portable sshconnect2.c (0ef0f5a8)
//     "Permission denied (publickey,password)."; smbclient's "session setup
//     failed: NT_STATUS_LOGON_FAILURE"; kubectl's "You must be logged in to the
//     server (Unauthorized)"; Vault's API error "Code: 403. Errors:".
// LDAP bind failures are left alone (a mail login may bind as the user).

// otherServicesEarlyRules come just after gen51RefusalsEarlyRules: the
// general credential rules (credentials_rejected, credential_words,
// cloud_key_refused, relay_key_refused) would read them as a mailbox login.

var otherServicesEarlyRules = []rule{
	{id: "services_database_login", class: ClassConfig, anyOf: p(
		"password authentication failed for user",
		"no pg_hba.conf entry for host",
		"fe_sendauth: no password supplied",
		"failed sasl auth",
		"scram-server-first-message: client password must be",
		"access denied for user '",
		"this user requires mysql native password authentication",
		"this user requires clear text authentication",
		"this user requires old password authentication",
		"client does not support authentication protocol requested by server",
		"cannot open user default database. login failed",
		"the login is from an untrusted domain and cannot be used with windows authentication",
		"bad auth : authentication failed",
		"mongoservererror: authentication failed",
		"'codename': 'authenticationfailed'",
		`"codename":"authenticationfailed"`,
		"sasl conversation error: unable to authenticate using mechanism",
		"wrongpass invalid username-password pair",
		"called without any password configured for the default user",
		"unable to authenticate user [",
		"unable to authenticate with provided credentials and anonymous access is not allowed",
		"authentication failed: password is incorrect, or there is no user with such name",
		"and/or password are incorrect"),
		doc: "A database, cache or search cluster refuses the product's own login: PostgreSQL (password, pg_hba.conf, no password supplied, SASL/SCRAM), MySQL/MariaDB (Access denied for user, auth plugin), SQL Server's default database or untrusted domain, MongoDB (code 18 with the driver's or Atlas's words), Redis/Valkey WRONGPASS, Elasticsearch, ClickHouse 516, Cassandra"},
	{id: "services_sqlserver_login", class: ClassConfig, anyOf: p("login failed for user '"),
		alsoAny: p("18456", "18470", "18487", "18488", "sql server", "mssql", "sqlstate[28000]", "odbc driver", "sqlclient", "microsoft sql"),
		doc:     "SQL Server refuses the product's own login (error 18456 and its reasons), named by its number or driver"},
	{id: "services_queue_login", class: ClassConfig, anyOf: p(
		"kafka server: sasl authentication failed",
		"saslauthenticationexception",
		"authentication failed during authentication due to invalid credentials with sasl mechanism",
		"ms in state auth_req",
		"kafkajssaslauthenticationerror",
		"access_refused - login was refused using authentication mechanism",
		"username or password not allowed",
		"nats: authorization violation",
		"nats: authentication expired",
		"nats: authentication revoked",
		"nats: account authentication expired",
		"connection refused: bad user name or password",
		"connection refused: not authorised"),
		doc: "A message broker refuses the product's own credentials: Kafka SASL (Java, librdkafka, Sarama, KafkaJS), RabbitMQ ACCESS_REFUSED, NATS, MQTT CONNACK"},
	{id: "services_registry_vcs_login", class: ClassConfig, anyOf: p(
		"unauthorized: incorrect username or password",
		"denied: requested access to the resource is denied",
		"no basic auth credentials",
		"npm err! code e401",
		"npm error code e401",
		"unable to authenticate, your authentication token seems to be invalid",
		"unable to authenticate, need: basic",
		"unable to authenticate, need: bearer",
		"fatal: authentication failed for 'http",
		"remote: invalid username or password.",
		"remote: support for password authentication was removed",
		"http basic: access denied. if a password was provided for git authentication",
		"invalid or non-existent authentication information",
		"username/password authentication is no longer supported. migrate to api tokens",
		"reason phrase: unauthorized (401)",
		`"message":"bad credentials","documentation_url":"https://docs.github.com`),
		doc: "A package registry, container registry or git host refuses the product's own credentials: Docker registry, npm E401, git over HTTPS (GitHub, GitLab), GitHub REST API, PyPI, Maven"},
	{id: "services_cloud_storage_keys", class: ClassConfig, anyOf: p(
		"access key id you provided does not exist in our records",
		"server failed to authenticate the request. make sure the value of authorization header is formed correctly",
		"does not have storage.objects.",
		"does not have storage.buckets."),
		noneOf: p("amazon ses", "aws ses", "ses:", "email-smtp.", "sendemail", "sendrawemail", "simple email service", "email.us-", "email.eu-"),
		doc:    "Object storage refuses the product's own keys: S3 InvalidAccessKeyId (never SES, a mail relay), Azure Storage AuthenticationFailed, Google Cloud Storage permission"},
	{id: "services_app_api_keys", class: ClassConfig, anyOf: p(
		"you can find your api key at https://platform.openai.com",
		"the api_key client option must be set either by passing api_key to the client or by setting the openai_api_key",
		"or set the `openai_api_key` or `openai_admin_key` environment variable",
		"invalid x-api-key",
		"could not resolve authentication method. expected one of api_key",
		"invalid api key provided: sk_",
		"invalid api key provided: rk_",
		"invalid api key provided: pk_",
		"see https://stripe.com/docs/api#authentication",
		"'error': 'invalid_auth'", "'error': 'not_authed'", "'error': 'token_revoked'", "'error': 'account_inactive'",
		`{"ok":false,"error":"invalid_auth"}`, `{"ok":false,"error":"not_authed"}`,
		"an api error occurred: invalid_auth", "an api error occurred: not_authed", "an api error occurred: token_revoked", "an api error occurred: account_inactive",
		"an invalid token was provided.",
		"improper token has been passed.",
		`"error_code":401,"description":"unauthorized"`,
		"unable to create record: authenticate",
		"unable to fetch record: authenticate",
		"twilio.com/docs/errors/20003"),
		doc: "A chat, SMS, AI or payment API refuses the product's own key or token: Slack, Discord, Telegram, Twilio 20003, OpenAI, Anthropic, Stripe"},
	// Stripe's refusals whatever the key shows (a shop passing an empty or
	// masked key: held-out round 59), with Stripe named.
	{id: "services_stripe_key", class: ClassConfig, anyOf: p("invalid api key provided", "no such api key", "you did not provide an api key"), alsoAny: p("stripe"),
		doc: "Stripe refuses the product's own API key (https://docs.stripe.com/api/authentication)"},
	{id: "services_network_logins", class: ClassConfig, anyOf: p(
		"received http code 407 from proxy after connect",
		`unable to tunnel through proxy. proxy returns "http/1.1 407`,
		"permission denied (publickey",
		"permission denied (password",
		"permission denied (keyboard-interactive",
		"session setup failed: nt_status_logon_failure",
		"mount error(13): permission denied",
		"you must be logged in to the server (unauthorized)",
		"code: 403. errors:"),
		noneOf: p("smtp", "imap", "pop3", "5.7."),
		doc:    "A proxy, file server or cluster refuses the product's own login: HTTP proxy 407, FTP 530, SSH/SFTP publickey or password, SMB logon failure, Kubernetes, Vault"},
	{id: "services_ftp_login", class: ClassConfig, code: "530", anyOf: p(
		"login incorrect",
		"login authentication failed",
		"login or password incorrect"),
		noneOf: p("5.7.", "imap"),
		doc:    "An FTP server refuses the product's own login with its own 530 wording (ProFTPD and vsftpd 'Login incorrect.', Pure-FTPd, FileZilla Server); SMTP's 530 carries an enhanced code (530 5.7.0) and stays; SMTP says 535, not 530, for a refused password"},
}
