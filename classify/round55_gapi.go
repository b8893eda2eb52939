package classify

// Round 55's Gmail API and Microsoft Graph mail client libraries and their
// wrappers: their own errors while setting up the OAuth client and while
// reading or writing the local token store, before (or instead of) any
// answer from Google or Microsoft. Every sentence read is in
// testdata/catalogs/mail_api_client_setup.jsonl. All read 2026-12-05.
//
// Sources, and why each class:
//   - googleapis/oauth2client 50d20532 (4.1.3, the last release):
//     clientsecrets.py (InvalidClientSecretsError: "Error opening file",
//     "Invalid file format. See .../aaa_client_secrets", "Expected a JSON
//     object with a single property for a "web" or "installed" application",
//     "Unknown client type: ", "Missing property "x" in a client type of
//     "y".", "Property "x" is not configured."), client.py
//     (flow_from_clientsecrets "The client secrets were invalid:",
//     UnknownClientSecretsFlowError "This OAuth 2.0 flow is unsupported",
//     AccessTokenCredentialsError "The access_token is expired or invalid and
//     can't be refreshed.", _do_refresh_request's HttpAccessTokenRefreshError
//     "<error>: <description>" or "Invalid response <status>."), tools.py
//     (_CLIENT_SECRETS_MESSAGE "WARNING: Please configure OAuth 2.0",
//     run_flow's 'Failed to find "code" in the query parameters of the
//     redirect.', "Try running with --noauth_local_webserver.", "Authentication
//     has failed: "), _helpers.py validate_file ("Cannot access <file>: No such
//     file or directory", "File: <file>: Is a symbolic link.", called by
//     file.Storage on the token file), and 0fd1853 file.py
//     (CredentialsFileSymbolicLinkError).
//   - googleapis/google-auth-library-python-oauthlib d77c874c flow.py and
//     helpers.py ("Client secrets must be for a web or installed app.",
//     "Client secrets is not in the correct format.", "There is no access
//     token for this session, did you call fetch_token?"), and
//     Flow.from_client_secrets_file's open() of the quickstart's
//     credentials.json; googleapis/google-auth-library-python 2ea24b03
//     google/oauth2/credentials.py ("Authorized user info was not in the
//     expected format, missing fields ...", from_authorized_user_file on
//     token.json) and _client.py (RefreshError "<error>: <description>").
//   - jeremyephron/simplegmail b0c99652 and c828c24c simplegmail/gmail.py
//     (the client secret file "is nonexistent", both wordings);
//     asweigart/ezgmail 4a464274 ("Can't find credentials file at", "multiple
//     possible credential files exist in"); r-lib/gmailr 1ae3f5be ("No OAuth
//     client has been configured.", "OAuth client can't be automatically
//     discovered."); the Gmail quickstarts googleworkspace/go-samples 0333fc5d
//     ("Unable to read client secret file", "Unable to parse client secret
//     file to config", golang/oauth2's "oauth2/google: no credentials found",
//     "Unable to cache oauth token"), googleworkspace/node-samples 0221d857
//     ("Error loading client secret file") and java-samples ("Resource not
//     found: /credentials.json"); googleapis/nodejs-local-auth 2da92bf9
//     ("keyfilePath must be set to the fully qualified path", "The provided
//     keyfile does not define a valid redirect URI", "Cannot read
//     authentication code.", Node's "Cannot find module" for the keyfile);
//     googleapis/google-auth-library-nodejs a95b8272 googleauth.ts ("The file
//     at <path> does not exist, or it is not a file.") and refreshclient.ts
//     ("The incoming JSON object does not contain a refresh_token field" and
//     its siblings, UserRefreshClient.fromJSON on the stored token);
//     googleapis/google-api-php-client f745b310 src/Client.php ('file "<path>"
//     does not exist', "invalid json for auth config", "refresh token must be
//     passed in or set as part of setAccessToken", "domain-wide authority
//     requires service account credentials").
//   - O365/python-o365 f8537234 (and 7ab2038 for the 2018 wording)
//     connection.py ("No auth token found. Authentication Flow needed",
//     "Provide valid auth credentials", "Provide client id only for public or
//     password flow credentials", 'the "tenant_id" must be set', "needs the
//     default scope for a resource", "Tried to update the session auth header
//     but no access token was provided nor found in the token backend.",
//     "Fist call 'get_authorization_url'") and utils/token.py (every token
//     backend's load and save messages); AzureAD/microsoft-authentication-
//     extensions-for-python 5a27660e (msal_extensions persistence.py
//     PersistenceNotFound "Persistence not initialized", the Keychain and
//     Keyring variants, PersistenceDecryptionError and
//     PersistenceEncryptionError, the DPAPI migration hint; filelock.py
//     LockError; libsecret.py trial_run).
//
// The product's own OAuth client file or app registration values missing or
// malformed, and a flow the program drove wrong (no code at the callback, no
// refresh token handed to the library), are platform: no owner's sign-in
// mends them. A token store that does not exist yet, cannot be read, written,
// decrypted or locked is config: the deployment's local store, not the grant.
// oauth2client's "Invalid response 5xx." is the token endpoint failing
// (transient). A refresh refused with invalid_grant keeps oauth_invalid_grant
// (revoked); the refresh error classes alone (HttpAccessTokenRefreshError,
// AccessTokenRefreshError, RefreshError) stay unknown: oauth2client raises
// HttpAccessTokenRefreshError for every non-200 token answer and google-auth
// RefreshError for every refused or failed refresh, never only for a refused
// grant. Gmail's bare 400 "Precondition check failed." keeps api_precondition
// (unknown): OAuth users report it intermittently too
// (google-api-php-client#2558, google-api-go-client#645).

// round55GapiEarlyRules come before languageRules and textRules:
// "FileNotFoundError" holds dns_not_found's "enotfound", "does not exist"
// reads as recipient_mailbox_disabled, and a Cloud-credentials sentence
// (tokens_mailbox_credentials_state) as a lost grant.
var round55GapiEarlyRules = []rule{
	{id: "gapi_client_file", class: ClassPlatform, anyOf: p(
		// oauth2client
		"invalidclientsecretserror",
		"aaa_client_secrets",
		`expected a json object with a single property for a "web" or "installed" application`,
		"unknown client type: ",
		`" in a client type of "`,
		`property "client_id" is not configured`,
		`property "client_secret" is not configured`,
		"the client secrets were invalid",
		"warning: please configure oauth 2.0",
		"this oauth 2.0 flow is unsupported",
		// google-auth-oauthlib
		"client secrets must be for a web or installed app",
		"client secrets is not in the correct format",
		// simplegmail, ezgmail, gmailr
		"is nonexistent. follow the setup instructions at",
		"file is nonexistent. make sure the file is in the root directory",
		"can't find credentials file at",
		"multiple possible credential files exist in",
		"no oauth client has been configured",
		"oauth client can't be automatically discovered",
		// quickstarts, local-auth, Node google-auth, PHP client
		"unable to read client secret file",
		"unable to parse client secret file to config",
		"oauth2/google: no credentials found",
		"error loading client secret file",
		"keyfilepath must be set to the fully qualified path",
		"the provided keyfile does not define a valid redirect uri",
		"does not exist, or it is not a file",
		"invalid json for auth config",
		"domain-wide authority requires service account credentials",
		// O365's app registration values
		"provide valid auth credentials",
		"provide client id only for public or password flow credentials",
		`the "tenant_id" must be set`,
		"needs the default scope for a resource"),
		doc: "a Gmail API or Microsoft Graph client library cannot use the product's own OAuth client: its client secrets file is missing, malformed or of the wrong type, or its app registration values are absent"},
	{id: "gapi_client_file_missing", class: ClassPlatform,
		anyOf:   p("credentials.json", "client_secret.json", "client_secrets.json", "client_secret_", "credentials-sheets.json"),
		alsoAny: p("no such file or directory", "does not exist", "resource not found", "cannot find module", "enoent"),
		noneOf:  p("defaultcredentialserror", "application default credentials", "google_application_credentials", "service_account", "service account", "gcloud"),
		doc:     "the OAuth client file a Gmail API program loads (the quickstarts' credentials.json, the console's client_secret*.json) is absent: the product's own OAuth client"},
	{id: "gapi_refresh_unset", class: ClassPlatform, anyOf: p(
		"the access_token is expired or invalid and can't be refreshed",
		"refresh token must be passed in or set as part of setaccesstoken",
		"there is no access token for this session, did you call fetch_token"),
		doc: "the program handed the Google client library a bare access token or no token at all (oauth2client AccessTokenCredentials, the PHP client, google-auth-oauthlib): the integration's OAuth use"},
	{id: "gapi_flow", class: ClassPlatform, anyOf: p(
		`failed to find "code" in the query parameters of the redirect`,
		"try running with --noauth_local_webserver",
		"cannot read authentication code.",
		"fist call 'get_authorization_url'"),
		doc: "the program's own authorization-code flow broke before any grant was stored: no code at the local redirect (oauth2client tools, local-auth), or no flow started (O365)"},
	{id: "gapi_token_store", class: ClassConfig, anyOf: p(
		// python-o365's token backends
		"no auth token found. authentication flow needed",
		"the token you are trying to load is not valid anymore",
		"token could not be saved:",
		"could not be retrieved from the backend:",
		"token file could not be saved", "token file could not be created", "token file could not be deleted",
		"token secret could not be saved", "token secret could not be created", "token secret could not be deleted",
		"existing token could not be decoded",
		"no token found in the database, creating a new one",
		"nor found in the token backend",
		// google-auth, the Go quickstart, Node's UserRefreshClient
		"authorized user info was not in the expected format",
		"unable to cache oauth token",
		"the incoming json object does not contain a refresh_token field",
		"the incoming json object does not contain a client_id field",
		"the incoming json object does not contain a client_secret field",
		"must pass in a json object containing the user refresh token",
		"credentialsfilesymboliclinkerror",
		// msal-extensions' token cache
		"persistence not initialized. you can recover by call",
		"persistencedecryptionerror", "persistenceencryptionerror",
		"consider disable encryption",
		"dpapi error likely caused by file content not previously encrypted",
		"unable to obtain lock, despite trying for",
		"manually remove the stale lock file",
		"libsecret did not perform properly"),
		doc: "a Gmail API or Microsoft Graph client library cannot find, read, write, decrypt or lock its local token store (python-o365's token backends, msal-extensions' cache, google-auth's and Node's stored token file): the deployment's store, not the grant"},
	{id: "gapi_token_file_missing", class: ClassConfig,
		anyOf:   p("cannot access ", ": is a symbolic link.", "no such file or directory: 'token.json'", "no such file or directory: 'token.pickle'"),
		alsoAny: p(".json: no such file or directory", ".json: is a symbolic link", "oauth2client", "userwarning", "no such file or directory: 'token."),
		noneOf:  p("ls: cannot access", "': no such file or directory"),
		doc:     "oauth2client's file storage warns that the token file does not exist yet or refuses a symbolic link, or google-auth opens a token.json no sign-in wrote: the local token store"},
	{id: "gapi_refresh_server_error", class: ClassTransient, anyOf: p("accesstokenrefresherror: invalid response 5"),
		doc: "oauth2client: the token endpoint answered 5xx without an OAuth error body (HttpAccessTokenRefreshError 'Invalid response 5xx.'): temporary"},
}
