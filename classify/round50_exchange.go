package classify

// Round 50's Exchange Server transport errors and the Microsoft Graph .NET
// SDK's wrapper sentences (testdata/heldout/round50.jsonl, rows
// h50z-exchange-* and h50z-graph-sdk-*). Phrases are the fixed text of each
// message, lower-cased, without placeholders.
//
// Sources:
//   - MicrosoftDocs/OfficeDocs-Exchange 52e8b70f (read 2025 from the stored
//     snapshot): Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-
//     bounce-messages/non-delivery-reports-and-bounce-messages.md, the
//     enhanced status code table read whole (testdata/catalogs/
//     exchange_server_ndr.jsonl). 5.7.3 "Cannot achieve Exchange Server
//     authentication" / "Not Authorized": a firewall blocks X-EXPS or
//     internal mail flows through Receive connectors without the Exchange
//     Server authentication method. It is server-to-server (connector)
//     authentication, never the mailbox owner's password: config. 5.4.6
//     "Hop count exceeded - possible mail loop": a configuration error
//     (forwarding or Inbox rules, targetAddress, routing settings) made a
//     loop: config. Exchange/ExchangeOnline/mail-flow-best-practices/
//     non-delivery-reports-in-exchange-online/fix-error-code-5-4-6-through-
//     5-4-20-in-exchange-online.md: "554 5.4.6 Hop count exceeded - possible
//     mail loop" (on-premises) and "5.4.14 Hop count exceeded - possible
//     mail loop ATTR34" (Exchange Online), both fixed in routing
//     configuration: config.
//   - MicrosoftDocs/OfficeDocs-Support 36878e0e: Exchange/ExchangeServer/
//     mailflow/failed-to-process-message-due-to-transient-exception.md ("431
//     4.3.1 STOREDRV.Submit.Exception:StorageTransientException.IOException;
//     ... There is not enough space on the disk.", and "431-4.3.1 STOREDRV;
//     disk is full"): the server's disk is full, mail submission is deferred
//     until the administrator frees space: transient. The queue wrappers of
//     the same articles ("451 4.4.0 Primary target IP address responded with:
//     "<reply>" Attempted failover ...", "451 4.4.395 Target host responded
//     with error. -> <reply>") carry the inner reply, which decides; no rule
//     reads the wrapper itself. "554 5.2.0 STOREDRV.Deliver.Exception:...
//     Failed to process message due to a permanent exception" is not
//     transient and keeps its reading.
//   - microsoftgraph/msgraph-sdk-dotnet-core 9438bd46^ (c78b39d4, the last
//     1.x/2.x form): src/Microsoft.Graph.Core/Exceptions/ErrorConstants.cs and
//     Requests/HttpProvider.cs SendRequestAsync: any exception other than a
//     cancellation thrown by HttpClient.SendAsync is wrapped as
//     ServiceException Code generalException, Message "An error occurred
//     sending the request." (Error.ToString prints "Code: ...\nMessage: ...").
//     The request never got an answer (network, DNS, TLS): transient; a
//     more specific inner exception logged with it decides first (the rule
//     comes last), and an MSAL/AADSTS inner one is never read as network.
//     Siblings: Code timeout "The request timed out." (already transient);
//     Code tooManyRetries "More than {0} retries encountered while sending the
//     request." and microsoft/kiota-dotnet f5266e2b src/http/httpClient
//     Middleware/RetryHandler.cs "Too many retries performed. More than {0}
//     retries encountered while sending the request.": the retry handler
//     gave up after retrying 429/503/504 answers: transient. Code
//     tooManyRedirects "More than {0} redirects encountered while sending the
//     request.", "Unexpected exception returned from the service." (an error
//     answer without a Graph error body, any status) and "Unexpected
//     exception returned from MSAL." carry no verdict and stay unknown.

// round50ExchangeEarlyRules come before languageRules and textRules:
// message_rejected reads "message content" in the STOREDRV disk-full text,
// and the code rules read the outer 451 4.4.x of the queue wrappers and the
// 554 of the hop count reply.
var round50ExchangeEarlyRules = []rule{
	{id: "exchange_server_auth_connector", class: ClassConfig, anyOf: p("cannot achieve exchange server authentication"),
		doc: "Exchange 5.7.3: Exchange Server (X-EXPS) authentication between servers failed (a firewall strips X-EXPS, or a Receive connector without Exchange Server authentication took the connection): connector configuration, not the mailbox password"},
	// The table's other 5.7.3 text, "Not Authorized", for the same cause;
	// read only under 5.7.3 and only when the reply names nothing else.
	{id: "exchange_not_authorized_573", class: ClassConfig, on: kindSMTP, enhanced: "5.7.3", anyOf: p("not authorized"),
		noneOf: p("sender", "recipient", "relay", "user", "account", "password", "credential", "login", "to send", "spam", "policy", " ip ", "address"),
		doc:    "Exchange 5.7.3 Not Authorized: Exchange Server authentication between servers was not achieved (X-EXPS blocked, a connector without it): connector configuration"},
	{id: "exchange_hop_count_loop", class: ClassConfig, anyOf: p("hop count exceeded - possible mail loop"),
		doc: "Exchange 5.4.6 / Exchange Online 5.4.14: the hop count was exceeded, a mail loop from routing, connector or forwarding configuration"},
	{id: "exchange_storedrv_transient", class: ClassTransient, anyOf: p("storedrv"),
		alsoAny: p("storagetransientexception", "transient exception", "disk is full", "not enough space on the disk"),
		noneOf:  p("permanent exception"),
		doc:     "Exchange STOREDRV: a transient storage exception (disk full) deferred the submission or delivery; the server retries once the administrator frees space"},
}

// round50ExchangeRules come last: the Graph SDK's wrapper sentence names no
// cause, so any more specific words logged with it (the inner exception)
// decide first.
var round50ExchangeRules = []rule{
	{id: "graph_sdk_send_failed", class: ClassTransient, anyOf: p(
		// msgraph-sdk-dotnet-core ErrorConstants.Messages.UnexpectedExceptionOnSend
		"an error occurred sending the request",
		// TooManyRetriesFormatString (Graph core) and kiota-dotnet RetryHandler
		"retries encountered while sending the request",
	), noneOf: p("msal", "aadsts"),
		doc: "Microsoft Graph .NET SDK / Kiota: the HTTP request could not be sent (network failure inside HttpClient) or the retry handler gave up on 429/503/504 answers: a temporary failure"},
}
