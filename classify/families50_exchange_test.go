package classify

import (
	"testing"
)

// Round 50's Exchange Server transport errors and the Microsoft Graph .NET
// SDK's wrapper sentences (round50_exchange.go): the round's texts, the
// sibling messages of the same table or file, and look-alikes that keep
// their reading. The Exchange Server NDR table itself is
// testdata/catalogs/exchange_server_ndr.jsonl.
func TestRound50ExchangeFamilies(t *testing.T) {
	assertCatalogClasses(t, "exchange_server_ndr")

	assertReplyRules(t, []replyCase{
		// 5.7.3 Exchange Server authentication, bare and in the queue wrappers.
		{451, "4.4.395", "451 4.4.395 Target host responded with error. -> 451 5.7.3 Cannot achieve Exchange Server authentication", ClassConfig, ""},
		{451, "4.4.0", `451 4.4.0 Primary target IP address responded with: "451 5.7.3 Cannot achieve Exchange Server authentication." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.`, ClassConfig, ""},
		{451, "5.7.3", "451 5.7.3 Cannot achieve Exchange Server authentication", ClassConfig, ""},
		{0, "5.7.3", "Cannot achieve Exchange Server authentication", ClassConfig, ""},
		{530, "5.7.3", "530 5.7.3 Not Authorized", ClassConfig, ""},
		// Hop count: on-premises 5.4.6 and Exchange Online 5.4.14.
		{554, "5.4.6", "554 5.4.6 Hop count exceeded - possible mail loop", ClassConfig, ""},
		{554, "5.4.14", "554 5.4.14 Hop count exceeded - possible mail loop ATTR34", ClassConfig, ""},
		{554, "5.4.14", "554 5.4.14 Hop Count exceeded - possible mail loop", ClassConfig, ""},
		// STOREDRV transient storage exceptions (disk full).
		{431, "4.3.1", "431 4.3.1 STOREDRV.Submit.Exception:StorageTransientException.IOException;\nFailed to process message due to a transient exception with message The message content has become corrupted.\nIOException: There is not enough space on the disk.", ClassTransient, ""},
		{431, "4.3.1", "431-4.3.1 STOREDRV; disk is full", ClassTransient, ""},
		{452, "4.3.1", "452 4.3.1 Insufficient system resources", ClassTransient, ""},
		{412, "4.3.2", "412 4.3.2 Service not active", ClassTransient, ""},
		// Look-alikes: the wrapper's inner reply decides, and STOREDRV's
		// permanent and content failures keep their readings.
		{451, "4.4.0", `451 4.4.0 Primary target IP address responded with: "454 4.7.0 Temporary authentication failure." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.`, ClassAuthTemporary, ""},
		{451, "4.4.0", `451 4.4.0 Primary target IP address responded with: "451 5.7.3 STARTTLS is required to send mail." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.`, ClassConfig, ""},
		{451, "4.4.0", `451 4.4.0 Primary target IP address responded with: "421 4.4.1 Connection timed out." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.`, ClassTransient, ""},
		{451, "4.4.0", `451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or deliver failed to all alternate hosts.`, ClassTransient, ""},
		{451, "4.4.0", "451 4.4.0 DNS query failed", ClassTransient, ""},
		{554, "5.6.0", "#554 5.6.0 STOREDRV.Deliver; Corrupt message content ##", ClassRejected, ""},
		{554, "5.2.0", "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.", ClassConfig, ""},
		{432, "4.3.2", "432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded", ClassRateLimited, ""},
		{535, "5.7.3", "535 5.7.3 Authentication unsuccessful", ClassAuth, ""},
		{550, "5.7.3", "550 5.7.3 Not Authorized", ClassConfig, ""},
		{550, "5.7.3", "550 5.7.3 Sender not authorized", ClassRejected, ""},
		{554, "5.7.3", "554 5.7.3 You are not authorized to send mail from this IP", ClassRejected, ""},
	})

	assertTextRules(t, []textCase{
		// Exchange texts logged without a parsed code.
		{"451 4.4.395 Target host responded with error. -> 451 5.7.3 Cannot achieve Exchange Server authentication", ClassConfig, "exchange_server_auth_connector"},
		{"554 5.4.6 Hop count exceeded - possible mail loop", ClassConfig, "exchange_hop_count_loop"},
		{"5.4.14 Hop count exceeded - possible mail loop ATTR34", ClassConfig, "exchange_hop_count_loop"},
		{"431-4.3.1 STOREDRV; disk is full", ClassTransient, "exchange_storedrv_transient"},
		// Graph .NET SDK ServiceException as logged (Error.ToString).
		{"Code: generalException  Message: An error occurred sending the request. ", ClassTransient, "graph_sdk_send_failed"},
		{"Code: generalException\r\nMessage: An error occurred sending the request.\r\n", ClassTransient, "graph_sdk_send_failed"},
		{"Status Code: 0\nMicrosoft.Graph.ServiceException: Code: generalException\nMessage: An error occurred sending the request.\n", ClassTransient, "graph_sdk_send_failed"},
		{"Code: tooManyRetries\nMessage: More than 10 retries encountered while sending the request.\n", ClassTransient, "graph_sdk_send_failed"},
		{"Too many retries performed. More than 3 retries encountered while sending the request.", ClassTransient, "graph_sdk_send_failed"},
		{"Code: timeout\nMessage: The request timed out.\n", ClassTransient, ""},
		// Siblings with no verdict stay unknown.
		{"Code: tooManyRedirects\nMessage: More than 5 redirects encountered while sending the request.\n", ClassUnknown, ""},
		{"Code: generalException\nMessage: Unexpected exception returned from the service.\n", ClassUnknown, ""},
		{"Code: generalException\nMessage: Unexpected exception returned from MSAL.\n", ClassUnknown, ""},
		{"Max redirects exceeded. Redirect count : 5", ClassUnknown, ""},
		// An inner exception that names its cause decides.
		{"Code: generalException Message: An error occurred sending the request. Inner: MsalUiRequiredException: AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication", ClassRevoked, "aadsts_grant_gone"},
		{"Code: generalException Message: An error occurred sending the request. ---> System.Net.Http.HttpRequestException: No such host is known.", ClassConfig, "dns_not_found"},
	})
	// Look-alikes: the owner's own authentication keeps its reading, and
	// Exchange's words never read as a credential failure or a block.
	assertNotClasses(t, []string{
		"451 4.4.395 Target host responded with error. -> 451 5.7.3 Cannot achieve Exchange Server authentication",
		"Cannot achieve Exchange Server authentication",
		"554 5.4.6 Hop count exceeded - possible mail loop",
		"Code: generalException  Message: An error occurred sending the request.",
	}, ClassAuth, ClassRevoked, ClassBlocked, ClassAdmin)
	assertTextClasses(t, map[string]Class{
		"535 5.7.3 Authentication unsuccessful":                                                         ClassAuth,
		"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.": ClassAdmin,
	})
}
