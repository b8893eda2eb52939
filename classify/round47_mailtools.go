package classify

// Round 47's mail sync, backup and gateway tools (testdata/heldout/
// round47.jsonl, rows h47q-): each tool's own messages read whole from its
// repository, labelled by what the tool means: the owner must sign in again
// or pass a verification (auth; revoked when the tool holds no grant), the
// integrator's OAuth client refused (platform), the tool's own setup
// (config), the server not reached and retried (transient), a catch-all
// (unknown). Phrases are the fixed text of each message, lower-cased,
// without placeholders.
//
// Sources:
//   - simonrob/email-oauth2-proxy 5682d755, emailproxy.py (English only),
//     and 803f3a85 (before 785b069, Nov 2022) for the older wording.
//     get_oauth2_authorisation_code fails when the owner did not finish the
//     browser sign-in in time: "Authentication request failed or expired for
//     account %s - aborting login" (old), "Authorisation request timed out"
//     and "No-GUI authorisation request failed or timed out for account %s"
//     (now, after "Authorisation result error for account %s - aborting
//     login." and inside "Login failed for account %s: ..."): no token
//     exists until the owner signs in (auth). The token request's catch-all
//     "Caught exception while requesting OAuth 2.0 credentials" with an
//     HTTPError 401: a token endpoint answers 401 only to a refused client
//     authentication (RFC 6749 5.2 invalid_client), the integrator's client
//     secret or registration (platform). Its own setup (config): "Local
//     server auth mode (...): unable to start local server. Please check that
//     `redirect_uri` ... is unique across accounts, specifies a port number,
//     and is not already in use" and "request failed - ... is not specified
//     as `https` mistakenly", the account's config file entry missing or
//     incomplete ("No config file entry found", "Incomplete config file
//     entry found", "Proxy config file entry missing/incomplete", "No
//     `oauth2_flow` value specified"), "Login failed - no password provided
//     for account" (the mail client sent none), "OAuth 2.0 authorisation
//     response ... is missing or does not match `redirect_uri`", the server
//     sections ("remote server address is missing in section", "invalid
//     value ... for local/remote server port in section", "Abandoning setup
//     as/because one or more servers failed to start", "config file not
//     found") and the service account key file ("Unable to open service
//     account key file", "Service account key type not specified"). "Login
//     failed for account %s - please check your internet connection and
//     retry" is what the proxy answers for any other exception of the token
//     request, which it takes for a network failure (its comment: "refresh
//     token request exceptions are temporal"), also inside its "535 5.7.8"
//     and "-ERR Authentication failed." replies to the mail client
//     (transient). "... is shutting down", "authorisation response ... has
//     neither code nor error message" and "No OAuth 2.0 authorisation code
//     returned" carry no verdict (unknown).
//   - GAM-team/got-your-back eb253e00, gyb.py: "ERROR: --email is
//     required.", "--search does not work with restores.", "Folder %s does
//     not exist. Cannot restore." and "this backup folder should only be used
//     with the %s account that it was created with" are the command line and
//     the local backup folder (config); the Gmail API batch endpoint's
//     "Inner request count exceeds the limit" answers GYB's --batch-size
//     (config); "Some scopes failed! To authorize them, please go to: ...
//     Google Workspace admin console" is domain-wide delegation that a
//     Workspace administrator must authorize (admin); "Message is to large
//     for groups (%smb limit)" is the Groups Migration API's size limit
//     (rejected). doesTokenMatchEmail's "you did not authorize the OAuth
//     token in the browser with the %s Google Account" is read (auth) by
//     grant_other_account already, and its client_secrets.json and
//     oauth2service.json messages by tools_oauth_client_setup.
//   - gaubert/gmvault 236fa56d, src/gmv/imap_utils.py and gmv_cmd.py: the
//     retry decorator's "Cannot reach the Gmail server. Wait %s second(s) and
//     retrying." (older "Wait %s seconds"), "Received an IMAP abort error.
//     Wait ...", "Error when reaching Gmail server. Wait ... and retry up to 2
//     times.", "Disconnecting from Gmail Server and sleeping ..." and "Stop
//     retrying, tried too many times ..." are a dropped connection retried
//     (transient); "Cannot find global 'All Mail' / 'Chats' folder ! Check
//     whether 'Show in IMAP ...' is enabled in Gmail" and "GIMAPFetcher is
//     not connected to a IMAP GMAIL server. Please check host ... and port"
//     are the account's settings (config).
//   - Proton API codes as emersion/hydroxide a08bcca1 (protonmail/
//     protonmail.go prints "[code] message"; auth/auth.go) and its fork
//     acheong08/ferroxide f277d4c5 report them, named in
//     ProtonMail/go-proton-api 0f1b6041 response.go and handled in
//     ProtonMail/proton-bridge dbef40cf internal/frontend/grpc/
//     service_methods.go and internal/hv/hv.go: 9001
//     HumanVerificationRequired "For security reasons, please complete
//     CAPTCHA" (the owner passes the challenge in Proton's own app or web
//     before any login works: auth; its "Login temporarily not permitted
//     from your connection ... please try again later" stays auth_temporary,
//     as rounds 21 and 47 label it), Bridge's "Human Verification requested.
//     Please open the URL below in a browser" and "Human verification failed.
//     Please try again." (auth); 5003 AppVersionBad "Update required: Please
//     refresh the page to load the latest version of the application" /
//     "This web page is out of date, please refresh the page" and Bridge's
//     "This version of Bridge is no longer supported, please update." (the
//     client must be updated: config); 2001 InvalidValue "Message signature
//     is missing or invalid", relayed by hydroxide's SMTP for mail to
//     non-Proton recipients after a Proton API change (a client bug: unknown);
//     hydroxide's "cannot re-authenticate: two factor authentication enabled,
//     please login again manually" after 10013 AuthRefreshTokenInvalid (the
//     session is dead and the owner runs `hydroxide auth` again: revoked, as
//     10013 is labelled).
//   - mguessan/davmail 3b87d523, src/java/davmailmessages{,_fr,_it,_ru}.
//     properties (the four locales it ships) with ExchangeFormAuthenticator
//     and ExchangeSessionFactory.java: EXCEPTION_EXCHANGE_LOGIN_FAILED
//     "Exchange login exception: {0}" around the HTTP status of the
//     configured URL ("404 Not Found at ...", older "Not Found") and
//     EXCEPTION_CONNECTION_FAILED "Unable to connect to OWA at {0}, status
//     code {1}, check configuration" with 404: the endpoint URL is wrong
//     (config; other statuses keep their reading);
//     EXCEPTION_AUTHENTICATION_FAILED_MISMATCH in French ("Utilisateur
//     authentifié {0} ne correspond par à {1}", the translator's "par"): the
//     owner signed in with another account (auth; English is read already).
//   - norbusan/debian-isync 74772c14, src/drv_imap.c: the imap_free_store
//     assertion (mbsync aborting with commands pending, as after a SASL
//     plugin that could not load) and "Error initializing SASL client /
//     context": the local installation (config).
//   - pdobsan/oama e419ef10, lib/OAMa/Authorization.hs and Environment.hs:
//     "You must run `oama authorize ...` before using other operations." and
//     "Can't find authorization record for %s" (oama holds no grant for the
//     mailbox: revoked, as round 45 labels DavMail's missing refresh token);
//     "Can't find/read configuration file" and "No service named '%s' is
//     configured." (config).

// round47MailtoolsEarlyRules come right before headRules:
// too_many_login_attempts (msCodeRules) reads gmvault's "tried too many
// times" as a login lockout, credentials_rejected the proxy's "Login
// failed" wrapper as a refused password, temporary_wording Bridge's "Please
// try again" and network_timeout the proxy's "timed out", and the code
// rules the 401, 404 and 554 inside these messages.
var round47MailtoolsEarlyRules = []rule{
	{id: "mailtools_token_client_refused", class: ClassPlatform,
		anyOf:   p("caught exception while requesting oauth 2.0 credentials"),
		alsoAny: p("httperror 401", "http error 401"),
		doc:     "Email OAuth 2.0 Proxy: the token endpoint answered 401 to its token request, a refused client authentication (invalid_client): the integrator's client ID or secret"},
	{id: "mailtools_sign_in_again", class: ClassAuth, anyOf: p(
		// Email OAuth 2.0 Proxy: the browser sign-in was not finished
		"authentication request failed or expired for account",
		"authorisation request timed out", "authorisation request failed or timed out",
		// Proton 9001 human verification (hydroxide, ferroxide, Bridge)
		"please complete captcha", "human verification failed. please try again",
		"human verification requested. please open the url",
		// DavMail EXCEPTION_AUTHENTICATION_FAILED_MISMATCH, fr
		"ne correspond par à",
	),
		doc: "a mail gateway needs the owner: the browser sign-in was not completed in time (Email OAuth 2.0 Proxy), Proton asks for its CAPTCHA (code 9001), or the account signed in is another one (DavMail)"},
	{id: "mailtools_grant_missing", class: ClassRevoked, anyOf: p(
		"you must run oama authorize", "can't find authorization record for",
		"two factor authentication enabled, please login again manually",
	),
		doc: "a token helper holds no usable grant for the mailbox (oama has no authorization record; hydroxide cannot renew its dead Proton session): the owner authorizes again"},
	{id: "mailtools_tool_setup", class: ClassConfig, anyOf: p(
		// Email OAuth 2.0 Proxy
		"unable to start local server", "is not specified as https mistakenly",
		"no config file entry found for account", "incomplete config file entry found for account",
		"proxy config file entry missing for account", "proxy config file entry incomplete for account",
		"no oauth2_flow value specified for", "no password provided for account",
		"is missing or does not match redirect_uri", "remote server address is missing in section",
		"for local server port in section", "for remote server port in section",
		"as one or more servers failed to start", "because one or more servers failed to start",
		"oauth 2.0 proxy config file not found", "unable to open service account key file",
		"service account key type not specified",
		// Got Your Back
		"error: --email is required", "--search does not work with restores",
		"does not exist. cannot restore", "this backup folder should only be used with the",
		"inner request count exceeds the limit",
		// gmvault
		"cannot find global 'all mail' folder", "cannot find global 'chats' folder",
		"is not connected to a imap gmail server",
		// Proton 5003 and Bridge: the client is too old
		"update required: please refresh the page to load the latest version",
		"this web page is out of date, please refresh the page", "this webpage is out of date, please refresh the page",
		"this version of bridge is no longer supported",
		// DavMail: the configured URL answered 404 (en, fr, it, ru)
		"exchange login exception: not found", "exchange login exception: 404 not found",
		"exception lors de la connexion exchange : not found", "exception lors de la connexion exchange : 404 not found",
		"exchange errore di accesso: not found", "exchange errore di accesso: 404 not found",
		"исключение входа в exchane: not found", "исключение входа в exchane: 404 not found",
		"status code 404, check configuration", "code retour 404, vérifier la configuration",
		"codice di stato 404, controllare la configurazione", "код состояния 404, проверьте параметры конфигурации",
		// mbsync
		"imap_free_store: assertion", "error initializing sasl client", "error initializing sasl context",
		// oama
		"can't find/read configuration file", "getserviceapi: no service named",
	),
		doc: "a mail sync, backup or gateway tool names its own setup: its config file, local port or redirect URI, command line, batch size, the account's IMAP folders, an outdated client, a wrong endpoint URL, a broken SASL installation"},
	{id: "mailtools_server_retry", class: ClassTransient, anyOf: p(
		// gmvault
		"cannot reach the gmail server", "received an imap abort error. wait",
		"error when reaching gmail server. wait", "disconnecting from gmail server and sleeping",
		"stop retrying, tried too many times",
		// Email OAuth 2.0 Proxy's catch-all, which it reads as the network
		"please check your internet connection and retry",
	),
		doc: "a mail tool lost the server and retries (gmvault), or says the token request failed for the network (Email OAuth 2.0 Proxy)"},
	{id: "mailtools_no_verdict", class: ClassUnknown, anyOf: p(
		// Proton 2001 through hydroxide's SMTP
		"message signature is missing or invalid",
		// Email OAuth 2.0 Proxy
		"oauth 2.0 proxy is shutting down", "has neither code nor error message",
		"no oauth 2.0 authorisation code returned",
	),
		doc: "a tool's message that carries no verdict on the account: Proton's 2001 on a message hydroxide built, the proxy shutting down or an authorisation response without code or error"},
	{id: "mailtools_workspace_delegation", class: ClassAdmin, anyOf: p("some scopes failed! to authorize them"),
		doc: "Got Your Back: the service account's domain-wide delegation lacks scopes that a Google Workspace administrator must authorize in the admin console"},
	{id: "mailtools_groups_size_limit", class: ClassRejected, anyOf: p("message is to large for groups"),
		doc: "Got Your Back: the Groups Migration API refuses a message over its size limit"},
}
