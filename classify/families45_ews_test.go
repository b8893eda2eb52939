package classify

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Round 45's Exchange Web Services family (round45_ews.go): the round's
// texts, the EWS client libraries' and apps' sibling sentences, every entry
// of testdata/catalogs/exchange_ews.jsonl (each EWS ResponseCode as an app
// logs it, and those sentences), and look-alikes that must keep their
// reading.
func TestRound45EWSFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// The round's rows.
		{"19-07-2024 15:30:05 [ErrorReported] ERROR (ThrottledFolderBind): Exception calling \"Bind\" with \"3\" argument(s): \"The request failed. The remote server returned an error: (403) Forbidden.\"", ClassAdmin, "ews_admin_block"},
		{"emsg: UserHasNoMailboxAndNoLicenseAssignedError\nerr: Microsoft.Exchange.Clients.Owa2.Server.Core.OwaUserHasNoMailboxAndNoLicenseAssignedException", ClassAdmin, "ews_admin_block"},
		{"Exception: SOAP client returned status of 401.\nRuntimeException: Autodiscovery failed.", ClassAuth, "ews_credentials"},
		{"Fatal error: Uncaught exception 'EWS_Exception' with message 'SOAP client returned status of 405'", ClassConfig, "ews_request_or_setup"},
		{"405 - HTTP verb used to access this page is not allowed", ClassConfig, "ews_request_or_setup"},
		{"PHP Fatal error:  Uncaught SoapFault exception: [a:ErrorSchemaValidation] The request failed schema validation: The element 'Items' in namespace 'http://schemas.microsoft.com/exchange/services/2006/messages' has incomplete content. in vendor/garethp/php-ews/src/API/NTLMSoapClient.php:118", ClassConfig, "ews_request_or_setup"},
		{"ErrorMessageDispositionRequired", ClassConfig, "ews_request_or_setup"},
		{"Error during checking of server and mailbox:\nMicrosoft.Exchange.InfoWorker.Common.Availability.NoFreeBusyAccessException: The caller does not have access to free/busy data.\nName of the server where exception originated: SERVERNAME. LID: 44348 (Code: -215)", ClassConfig, "ews_request_or_setup"},
		{"exchangelib.errors.ErrorAccessDenied: Access is denied. Check credentials and try again., Underlying MAPI stream threw exception", ClassConfig, "ews_request_or_setup"},
		{"Access is denied. Check credentials and try again., Non-system logon cannot access Audits folder.", ClassConfig, "ews_request_or_setup"},
		{"The number of items that can be opened at one time has been limited by the server administrator. First, close any open messages, or remove attachments and pictures from unsent messages you are composing.", ClassRateLimited, "ews_throttled"},
		{"2021-05-20 09:39:39,384 DEBUG [CaldavConnection-62713] davmail.exchange.ews.EWSMethod  - The server cannot service this request right now. Try again later.", ClassRateLimited, "ews_throttled"},
		{"ERROR [ImapConnection-35764] davmail.exchange.auth.O365Token  - refresh token failed javax.crypto.BadPaddingException: Given final block not properly padded. Such issues can arise if a bad key is used during decryption.", ClassAuth, "ews_credentials"},

		// EWS codes as apps log them: exchangelib's exception, a SoapFault,
		// the EWS Managed API's ServiceResponseException with the code.
		{"exchangelib.errors.ErrorSchemaValidation: The request failed schema validation: The 'Id' attribute is invalid (line: 1 position: 750)", ClassConfig, "ews_request_or_setup"},
		{"exchangelib.errors.ErrorInvalidPropertyRequest: The property does not exist for the current item type. (field: FieldURI(field_uri='folder:PermissionSet'))", ClassConfig, "ews_request_or_setup"},
		{"exchangelib.errors.ErrorFolderNotFound: Could not find distinguished folder 'inbox'", ClassConfig, "ews_request_or_setup"},
		{"exchangelib.errors.ErrorInvalidSchemaVersionForMailboxVersion: Invalid server version", ClassConfig, "ews_request_or_setup"},
		{"Exchange Web Services error: ErrorInvalidRecipientSubfilter", ClassConfig, "ews_request_or_setup"},
		{"ResponseCode: ErrorCreateItemAccessDenied", ClassConfig, "ews_request_or_setup"},
		{"ResponseCode: ErrorSendAsDenied", ClassConfig, ""},
		{"ResponseCode: ErrorInvalidSubscriptionRequest", ClassConfig, "ews_request_or_setup"},
		{"ResponseCode: ErrorInvalidSubscription", ClassTransient, "ews_server_trouble"},
		{"ResponseCode: ErrorMailboxLogonFailed", ClassTransient, "ews_server_trouble"},
		{"ResponseCode: ErrorInvalidLogonType", ClassConfig, "ews_request_or_setup"},
		{"ResponseCode: ErrorImpersonateUserDenied", ClassAdmin, "ews_admin_block"},
		{"ResponseCode: ErrorCallerIsInvalidADAccount", ClassRevoked, "ews_grant_gone"},
		{"ResponseCode: ErrorRequestStreamTooBig", ClassRejected, "ews_size_refused"},
		{"ResponseCode: ErrorMessagePerFolderCountReceiveQuotaExceeded", ClassRateLimited, "ews_throttled"},

		// The EWS Managed API's ServiceRequestException around .NET's
		// WebException.
		{"Microsoft.Exchange.WebServices.Data.ServiceRequestException: The request failed. The remote server returned an error: (404) Not Found.", ClassConfig, "ews_request_or_setup"},
		{"Microsoft.Exchange.WebServices.Data.ServiceRequestException: The request failed. The remote server returned an error: (405) Method Not Allowed.", ClassConfig, "ews_request_or_setup"},

		// jamesiarmes/php-ews processResponse() and Autodiscover.
		{"Exception: SOAP client returned status of 401.", ClassAuth, "ews_credentials"},
		{"Exception: SOAP client returned status of 301.", ClassConfig, "ews_request_or_setup"},
		{"Exception: SOAP client returned status of 302.", ClassConfig, "ews_request_or_setup"},
		{"Exception: SOAP client returned status of 404.", ClassConfig, "ews_request_or_setup"},
		{"Exception: SOAP client returned status of 405.", ClassConfig, "ews_request_or_setup"},
		{"Exception: SOAP client returned status of 429.", ClassRateLimited, "ews_throttled"},
		{"Exception: SOAP client returned status of 500.", ClassTransient, "ews_server_trouble"},
		{"Exception: SOAP client returned status of 502.", ClassTransient, "ews_server_trouble"},
		{"Exception: SOAP client returned status of 503.", ClassTransient, "ews_server_trouble"},
		{"Exception: SOAP client returned status of 504.", ClassTransient, "ews_server_trouble"},
		{"PHP Fatal error:  Uncaught RuntimeException: Autodiscovery failed. in /var/www/vendor/php-ews/php-ews/src/Autodiscover.php:270", ClassConfig, "ews_request_or_setup"},

		// Garethp/php-ews's exceptions.
		{"PHP Fatal error:  Uncaught garethp\\ews\\API\\Exception\\ServiceUnavailableException in /var/www/vendor/garethp/php-ews/src/API/ExchangeWebServices.php:522", ClassTransient, "ews_server_trouble"},
		{"PHP Fatal error:  Uncaught garethp\\ews\\API\\Exception\\NoResponseReturnedException in /var/www/vendor/garethp/php-ews/src/API/ExchangeWebServices.php:533", ClassTransient, "ews_server_trouble"},
		{"PHP Fatal error:  Uncaught garethp\\ews\\API\\Exception\\AutodiscoverFailed in /var/www/vendor/garethp/php-ews/src/API/ExchangeAutodiscover.php:105", ClassConfig, "ews_request_or_setup"},
		{`{"message":"","exception":"[object] (garethp\\ews\\API\\Exception\\AutodiscoverFailed(code: 0):  at /var/www/vendor/garethp/php-ews/src/API/ExchangeAutodiscover.php:105)"}`, ClassConfig, "ews_request_or_setup"},
		{"PHP Fatal error:  Uncaught garethp\\ews\\API\\Exception\\ExchangeException: SOAP client returned status of 404 in /var/www/vendor/garethp/php-ews/src/API/ExchangeWebServices.php:529", ClassConfig, "ews_request_or_setup"},
		{"PHP Fatal error:  Uncaught garethp\\ews\\API\\Exception\\UnauthorizedException in /var/www/vendor/garethp/php-ews/src/API/ExchangeWebServices.php:518", ClassAuth, ""},

		// exchangelib's own sentences.
		{"exchangelib.errors.UnauthorizedError: The referenced account is currently locked out", ClassAuthTemporary, "ews_account_locked_out"},
		{"exchangelib.errors.ErrorServerBusy: Caused by closed connection", ClassTransient, "ews_server_trouble"},
		{"exchangelib.errors.SessionPoolMinSizeReached: Session pool size cannot be decreased further", ClassRateLimited, "ews_throttled"},
		{"exchangelib.errors.RedirectError: We were redirected to https://login.microsoftonline.com/", ClassConfig, "ews_request_or_setup"},
		{"exchangelib.errors.AutoDiscoverFailed: All steps in the autodiscover protocol failed for email john@example.com. If you think this is an error, consider doing an official test at https://testconnectivity.microsoft.com", ClassConfig, "ews_request_or_setup"},
		{"exchangelib.errors.AutoDiscoverCircularRedirect: We were redirected to an email address we have already seen", ClassConfig, "ews_request_or_setup"},
		{"exchangelib.errors.TransportError: 'autodiscover.example.com' has no DNS entry", ClassConfig, "ews_request_or_setup"},
		{"exchangelib.errors.UnauthorizedError: Invalid credentials for https://mail.example.com/EWS/Exchange.asmx", ClassAuth, ""},
		{"exchangelib.errors.ErrorServerBusy: Caused by HTTP 401 response", ClassRateLimited, ""},
		{"exchangelib.errors.ErrorInternalServerTransientError: Caused by HTTP 503 response", ClassTransient, ""},
		{"exchangelib.errors.RateLimitError: Max timeout reached (gave up when asked to back off 3600.000 seconds)", ClassRateLimited, ""},

		// DavMail's token and throttling lines.
		{"2024-01-10 10:00:00,000 ERROR [ImapConnection-1] davmail.exchange.auth.O365Token  - refresh token failed Unable to decrypt token, invalid password", ClassAuth, ""},
		{"java.io.IOException: No valid refresh token found for john@example.com", ClassRevoked, "ews_grant_gone"},
		{"java.io.IOException: Found EWS stored token, incompatible with Graph API", ClassRevoked, "ews_grant_gone"},
		{"java.io.IOException: Found Graph stored token, incompatible with EWS", ClassRevoked, "ews_grant_gone"},
		{"WARN  davmail.exchange.auth.O365Token  - received invalid grant and scope is not set, if this is a live.com account please set davmail.oauth.scope=openid profile offline_access Mail.ReadWrite", ClassConfig, "ews_request_or_setup"},
		{"WARN  davmail.exchange.auth.O365Token  - received invalid grant and graph is disabled, if this is a live.com account please set davmail.enableGraph=true", ClassConfig, "ews_request_or_setup"},
		{"WARN  davmail.exchange.auth.O365Authenticator  - Authentication successful but user consent or validation needed, please open the following url in a browser", ClassAuth, "ews_credentials"},
		{"davmail.exchange.ews.EWSThrottlingException: The server cannot service this request right now. Try again later.", ClassRateLimited, ""},
		{"WARN  davmail.exchange.ews.EwsExchangeSession  - Throttling active on server, waiting 70 seconds", ClassRateLimited, ""},
		{"davmail.http.HttpServerErrorException: Throttled and retry count exceeded", ClassRateLimited, ""},
		{"INFO  davmail.exchange.graph.GraphExchangeSession  - Detected throttling HTTP/1.1 429 Too Many Requests", ClassRateLimited, ""},
		{"INFO  davmail.exchange.graph.GraphExchangeSession  - Detected graph request error, waiting to retry HTTP/1.1 503 Service Unavailable", ClassTransient, ""},
		// EXCEPTION_NETWORK_DOWN, thrown when the refresh meets an unknown
		// host, in the four locales DavMail ships.
		{"All network interfaces down or host unreachable !", ClassTransient, ""},
		{"Toutes les interfaces réseaux sont désactivées ou l'hôte est injoignable !", ClassTransient, ""},

		// Look-alikes that keep their reading.
		{"exchangelib.errors.ErrorAccessDenied: Access is denied. Check credentials and try again.", ClassAdmin, "api_mailbox_not_enabled"},
		{"ErrorInvalidRecipients: At least one recipient isn't valid.", ClassRecipient, ""},
		{"ResponseCode: ErrorAutoDiscoverFailed", ClassTransient, "ews_server_trouble"},
		{"ErrorServerBusy: The server cannot service this request right now. Try again later.", ClassRateLimited, ""},
		{"Microsoft.Exchange.WebServices.Data.ServiceRequestException: The request failed. The remote server returned an error: (401) Unauthorized.", ClassAuth, ""},
		{"The request failed. The remote server returned an error: (500) Internal Server Error.", ClassTransient, ""},
		{"invalid_grant AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.", ClassRevoked, ""},
		{"ErrorInvalidLicense", ClassAdmin, ""},
		{"ErrorNonExistentMailbox", ClassRevoked, ""},
		{"ErrorItemNotFound: The specified object was not found in the store.", ClassConfig, ""},
	})
	for _, e := range ewsResponseCodeEntries(t) {
		v := Text(e.Text)
		assert.Equal(t, e.WantClass, v.Class, "%s (rule %s)", e.Text, v.Rule)
	}
	// Neither an app's own "Throttled" nor an HTTP 403 elsewhere is the EWS
	// policy block; a DNS lookup for another host keeps its reading.
	assertNotClasses(t, []string{
		"HTTP/1.1 403 Forbidden",
		"The remote server returned an error: (403) Forbidden.",
		"Throttled: too many requests, retry in 30 seconds",
		"Autodiscovery failed",
		"Autodiscover failed for user@example.com",
	}, ClassAdmin, ClassAuth, ClassRevoked)
}

// ewsResponseCodeEntries reads the EWS catalog: the ResponseCodes and the
// client libraries' sentences.
func ewsResponseCodeEntries(t *testing.T) []catalogEntry {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "catalogs", "exchange_ews.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	var out []catalogEntry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var e catalogEntry
		require.NoError(t, json.Unmarshal(sc.Bytes(), &e))
		out = append(out, e)
	}
	require.NoError(t, sc.Err())
	require.Len(t, out, 469)
	return out
}
