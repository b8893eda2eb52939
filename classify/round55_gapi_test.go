package classify

import (
	"testing"
)

// Round 55's Gmail API and Microsoft Graph mail client libraries: their own
// setup and token-store errors (round55_gapi.go). The catalog
// mail_api_client_setup.jsonl holds each library's sentences as it raises
// them; here are the forms apps log them in, and look-alikes that must keep
// their reading.
func TestRound55GapiFamilies(t *testing.T) {
	assertCatalogClasses(t, "mail_api_client_setup")

	assertTextRules(t, []textCase{
		// The product's own OAuth client file, missing or malformed.
		{"Traceback (most recent call last):\n  File \"send.py\", line 12, in <module>\n    flow = client.flow_from_clientsecrets('client_secret.json', SCOPES)\noauth2client.clientsecrets.InvalidClientSecretsError: ('Error opening file', 'client_secret.json', 'No such file or directory', 2)", ClassPlatform, "gapi_client_file"},
		{"gmail setup failed: InvalidClientSecretsError: Missing property \"client_id\" in a client type of \"installed\".", ClassPlatform, "gapi_client_file"},
		{"Property \"client_id\" is not configured.", ClassPlatform, "gapi_client_file"},
		{"mailer: cannot start OAuth: ValueError: Client secrets must be for a web or installed app.", ClassPlatform, "gapi_client_file"},
		{"  File \"/usr/local/lib/python3.11/site-packages/google_auth_oauthlib/flow.py\", line 198, in from_client_secrets_file\n    with open(client_secrets_file, \"r\") as json_file:\nFileNotFoundError: [Errno 2] No such file or directory: 'credentials.json'", ClassPlatform, "gapi_client_file_missing"},
		{"FileNotFoundError: Your client secret file 'secrets/client_secret_work.json' is nonexistent. Follow the setup instructions at https://developers.google.com/gmail/api/quickstart/python.", ClassPlatform, "gapi_client_file"},
		{"EZGmailException: Can't find credentials file at C:\\Users\\al\\credentials-sheets.json. Follow the instructions at https://pypi.org/project/EZGmail/ to obtain this file.", ClassPlatform, "gapi_client_file"},
		{"2024/05/01 10:00:00 Unable to read client secret file: open /etc/mailer/credentials.json: no such file or directory", ClassPlatform, "gapi_client_file"},
		{"PHP Fatal error:  Uncaught InvalidArgumentException: file \"client_secret.json\" does not exist in /var/www/vendor/google/apiclient/src/Client.php:1040", ClassPlatform, "gapi_client_file_missing"},
		{"Error: The file at /srv/app/keys/gmail.json does not exist, or it is not a file. ENOENT: no such file or directory, lstat '/srv/app/keys/gmail.json'", ClassPlatform, "gapi_client_file"},
		{"! Can't get Google credentials.\n✖ No OAuth client has been configured.", ClassPlatform, "gapi_client_file"},

		// The program gave the library no refresh token or only an access token.
		{"LogicException: refresh token must be passed in or set as part of setAccessToken in /app/vendor/google/apiclient/src/Client.php:379", ClassPlatform, "gapi_refresh_unset"},
		{"oauth2client.client.AccessTokenCredentialsError: The access_token is expired or invalid and can't be refreshed.", ClassPlatform, "gapi_refresh_unset"},
		{"Error: Cannot read authentication code.", ClassPlatform, "gapi_flow"},

		// The local token store, missing or unreadable.
		{"/opt/venv/lib/python3.8/site-packages/oauth2client/_helpers.py:255: UserWarning: Cannot access tokens/anna.json: No such file or directory", ClassConfig, "gapi_token_file_missing"},
		{"WARNING py.warnings: Cannot access creds.json: No such file or directory", ClassConfig, "gapi_token_file_missing"},
		{"RuntimeError: No auth token found. Authentication Flow needed for user support@example.com", ClassConfig, "gapi_token_store"},
		{"ERROR O365.utils.token: Token could not be saved: [Errno 2] No such file or directory: '/data/o365_token.txt'", ClassConfig, "gapi_token_store"},
		{"ValueError: Authorized user info was not in the expected format, missing fields refresh_token.", ClassConfig, "gapi_token_store"},
		{"Unable to cache oauth token: open /var/lib/mailer/token.json: read-only file system", ClassConfig, "gapi_token_store"},
		{"msal_extensions.persistence.PersistenceNotFound: [Errno 2] Persistence not initialized. You can recover by calling a save() first.: None", ClassConfig, "gapi_token_store"},
		{"FileNotFoundError: [Errno 2] No such file or directory: 'token.json'", ClassConfig, "gapi_token_file_missing"},

		// A refused refresh is the grant; a class with no cause stays unknown.
		{"oauth2client.client.HttpAccessTokenRefreshError: invalid_grant: Token has been expired or revoked.", ClassRevoked, ""},
		{"google.auth.exceptions.RefreshError: ('invalid_grant: Token has been expired or revoked.', {'error': 'invalid_grant', 'error_description': 'Token has been expired or revoked.'})", ClassRevoked, ""},
		{"RuntimeError: Refresh token operation failed: invalid_grant", ClassRevoked, ""},
		{"oauth2client.client.AccessTokenRefreshError", ClassUnknown, ""},
		{"HttpAccessTokenRefreshError: Invalid response 503.", ClassTransient, "gapi_refresh_server_error"},

		// Look-alikes: Cloud credentials of non-mail APIs, other scopes, other
		// programs' missing files keep their own reading.
		{"ls: cannot access 'token.json': No such file or directory", ClassUnknown, ""},
		{"cp: cannot access 'token.json': No such file or directory", ClassUnknown, ""},
		{"open config.yaml: no such file or directory", ClassUnknown, ""},
		{"IOError: [Errno 2] No such file or directory: 'templates/welcome.html'", ClassUnknown, ""},
		{"The Application Default Credentials are not available. They are available if running in Google Compute Engine. Otherwise, the environment variable GOOGLE_APPLICATION_CREDENTIALS must be defined pointing to a file defining the credentials.", ClassConfig, "settings_unset"},
		{"Error: The incoming JSON object does not contain a client_email field", ClassUnknown, ""},
		{"googleapiclient.errors.HttpError: <HttpError 403 when requesting https://www.googleapis.com/drive/v3/files?alt=json returned \"Request had insufficient authentication scopes.\">", ClassPlatform, "api_wrong_audience"},
		{"googleapiclient.errors.HttpError: <HttpError 403 when requesting https://www.googleapis.com/calendar/v3/calendars/primary/events?alt=json returned \"Request had insufficient authentication scopes.\">", ClassPlatform, "api_wrong_audience"},
		{"Error: No refresh token is set.\n    at OAuth2Client.refreshTokenNoCache (/app/node_modules/google-auth-library/build/src/auth/oauth2client.js:212:19)\n    at drive.files.list", ClassPlatform, "oauth_library_refresh_unset"},
		{"googleapi: Error 400: Precondition check failed., failedPrecondition", ClassUnknown, "api_precondition"},
		// GYB's own sentences for its user's OAuth client keep round 38's reading.
		{"Your client secrets file:\n\n/home/anna/gyb/client_secrets.json\n\nis missing. Please recreate the file.", ClassConfig, "tools_oauth_client_setup"},
	})
}
