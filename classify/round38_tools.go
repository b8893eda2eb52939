package classify

// Round 38's mail sync/check tools and OAuth helpers (testdata/heldout/
// round38.jsonl, rows h38d-lieer-, -gmailctl-, -papercups-, -sasl-xoauth2-,
// -conky-, -goimapnotify-, -fit-pec-): the tools' own messages about their
// token, their login and their connection. Phrases are each message's fixed
// text, lower-cased, without placeholders; catalog:
// testdata/catalogs/client_sync_tools.jsonl.
//
// Sources:
//   - gauteh/lieer 8e9be801 lieer/remote.py: the backoff of
//     get_history_since()/get_messages() for a 403 (UserRateException, Gmail's
//     userRateLimitExceeded) "remote: user rate error, increasing delay to
//     %s", and of __request_done__(False) "remote: request failed, increasing
//     delay between requests to: %d s", "remote: increased delay to more than
//     maximum of %d s.", "cannot increase delay more to more than maximum %d
//     s" (rate_limited); "too many connection errors" after
//     MAX_CONNECTION_ERRORS ConnectionErrors (transient); __get_credentials__()
//     "error: no secret client API key file found for authentication at: %s"
//     (the user's own client_secret file, config); lieer/gmailieer.py init
//     "init: repository is set up, but authorization failed. re-run 'gmi
//     auth' ..." (auth: sign in again).
//   - mbrt/gmailctl b48a982b cmd/gmailctl/localcred/local_provider.go and
//     internal/engine/api/auth.go: the OAuth client file credentials.json
//     ("opening credentials: ", "creating config from credentials: ", the
//     detail "The credentials are not initialized."): config, and it must
//     come before credentials_rejected, which reads RefreshToken()'s "invalid
//     credentials: opening credentials: ..." as a refused login; the cached
//     token ("missing or invalid cached token: ", "in
//     Authenticator.Service: decoding token: "): revoked, no grant is left.
//   - papercups-io/papercups 6a6f5adc lib/chat_api/google/
//     initialize_gmail_thread.ex "Invalid Gmail authorization", "Missing Gmail
//     integration"; lib/mix/tasks/enable_gmail_inbox_sync.ex "Gmail
//     authorization not found for account": revoked.
//   - tarickb/sasl-xoauth2 1f5d78ca src/token_store.cc "TokenStore::Read:
//     missing refresh_token", "TokenStore::Read: failed to open file"
//     (revoked), "TokenStore::Refresh: http error: " (transient);
//     src/config.cc "sasl-xoauth2: Missing required value: ",
//     "sasl-xoauth2: Unable to open config file " (config).
//   - neomutt/neomutt 3eb42860 contrib/oauth2/mutt_oauth2.py "ERROR: No
//     refresh token. Run script with", "You must run script with
//     \"--authorize\" at least once." (revoked), "Token file has unsafe mode.",
//     "Difficulty decrypting token file." (config).
//   - GAM-team/got-your-back eb253e00 gyb.py: the client secrets file ("Your
//     client secrets file:", "The format of your client secrets file", "To
//     make GYB run you will need to populate the client_secrets.json file",
//     "oauth2service.json is invalid.") and harishkrupo/oauth2ms a1ef0cab
//     ("Couldn't find configuration file. Config file must be at", "Not a
//     valild json file or it is ecrypted"): config.
//   - moriyoshi/cyrus-sasl-xoauth2 36aabca5 xoauth2_server.c: "bearer token
//     is not valid: %s" (step2 after the 401 challenge) and "no bearer token
//     found for user %s" (step1): the token refused, auth; "xoauth2: version
//     mismatch" (config). shackra/goimapnotify 73b9a0cd errors.go "XOAUTH2
//     and OAUTHBEARER are not supported by the server" (config).
//   - brndnmtthws/conky 77fe8192 src/data/network/mail.cc: mail_fail("Unable
//     to connect to mail server"), "trying IMAP|POP3 connection again for
//     {}@{} (try {}/{})"; shackra/goimapnotify client.go newClient() "cannot
//     dial to %s:%d, tls: %t, start TLS: %t. error: %w": transient.
//   - fit-project/fit 14181411 common/constants/view/pec/pec.py "Wrong IMAP
//     or PEC parameters or credentials", a bare except's sentence naming the
//     settings and the credentials together: a noneOf phrase "parameters or
//     credentials" on credential_words (libraries.go), no verdict (unknown).

// round38ToolsRules come right after round37OAuthEarlyRules, before
// languageRules, textRules (credentials_rejected reads "invalid credentials:
// opening credentials" as a refused login) and libraryRules.
var round38ToolsRules = []rule{
	{id: "tools_sync_rate_backoff", class: ClassRateLimited, anyOf: p(
		"user rate error, increasing delay", "increasing delay between requests",
		"increased delay to more than maximum", "cannot increase delay more to more than maximum"),
		doc: "lieer backs off after Gmail answered its requests with the per-user rate limit (403) and says so: throttling"},
	{id: "tools_sync_connection", class: ClassTransient, anyOf: p(
		"too many connection errors", "unable to connect to mail server",
		"trying imap connection again for ", "trying pop3 connection again for ",
		", start tls: ", "tokenstore::refresh: http error"),
		doc: "a mail checker or sync tool could not reach its server (lieer's repeated ConnectionError, conky's connect failure and retry, goimapnotify's dial error, sasl-xoauth2's token request): a connection failure"},
	{id: "tools_oauth_client_setup", class: ClassConfig, anyOf: p(
		"no secret client api key file found", "opening credentials: open ", "the credentials are not initialized",
		"creating config from credentials", "your client secrets file:", "the format of your client secrets file",
		"you will need to populate the client_secrets.json", "oauth2service.json is invalid",
		"sasl-xoauth2: missing required value", "sasl-xoauth2: unable to open config file",
		"couldn't find configuration file. config file must be at", "not a valild json file or it is ecrypted",
		"token file has unsafe mode", "difficulty decrypting token file",
		"xoauth2 and oauthbearer are not supported by the server", "xoauth2: version mismatch"),
		// oauth2client's flow_from_clientsecrets quoting the same sample
		// message is the embedding program's OAuth client (gapi_client_file).
		noneOf: p("the client secrets were invalid"),
		doc:    "an OAuth helper's own setup is missing or unreadable (the user's client_secret/credentials file, the helper's configuration or token-file permissions, a server without OAuth mechanisms): the tool's setup, no login was refused"},
	{id: "tools_cached_grant_missing", class: ClassRevoked, anyOf: p(
		"missing or invalid cached token", "authenticator.service: decoding token",
		"invalid gmail authorization", "missing gmail integration", "gmail authorization not found for account",
		"tokenstore::read: missing refresh_token", "tokenstore::read: failed to open file",
		"no refresh token. run script with", "must run script with \"--authorize\" at least once"),
		doc: "a tool or product has no usable stored OAuth grant for the mailbox (cached token file missing or unreadable, no refresh token, the stored Gmail authorization gone or refused): the owner must authorize again"},
	{id: "tools_token_refused", class: ClassAuth, anyOf: p(
		"but authorization failed. re-run 'gmi auth'", "bearer token is not valid", "no bearer token found for user"),
		doc: "the OAuth sign-in did not complete or the server refused the bearer token (lieer's init, cyrus-sasl-xoauth2): sign in again"},
}
