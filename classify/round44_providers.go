package classify

// Round 44's providers, relays and mail components whose published code
// tables the rules did not know (testdata/heldout/round44.jsonl, rows
// h44d-siscoxs-, h44d-forpsi-, h44c-placecal-mailersend-, h44e-yahoo-421-,
// h44c-cron-exim-, h44e-spf-, h44d-th-emailhosting-, h44d-bisacloud-,
// h44d-admax-, h44e-m365-oauth-smtp-invalid-client-secret-). The four tables
// are kept whole as catalogs, each entry labelled from its table before any
// rule: testdata/catalogs/windows_cdosys.jsonl, forpsi_smtp.jsonl,
// trendmicro_ers.jsonl and mailersend_smtp.jsonl. Phrases are the fixed text
// of each message, lower-cased, without placeholders.
//
// Sources (read 2026-12-05):
//   - Microsoft CDO for Windows 2000 "Error Codes" (CdoErrorCodes),
//     https://learn.microsoft.com/en-us/previous-versions/exchange-server/exchange-10/ms526287(v=exchg.10):
//     every CDO_E_ constant with its message. CDO_E_LOGON_FAILURE
//     (0x80040217, "The transport was unable to log on to the server") is
//     what Windows reports at run time as "The server response was not
//     available", alone or as the transport error code of
//     CDO_E_SMTP_SEND_FAILED; SISCOXS's FAQ
//     (https://siscoxs.it/wiki/_export/xhtml/faq:err80040217) quotes it in
//     English and Italian ("Risposta del server non disponibile") and finds
//     the cause in a refused user name or password, and Open Dental's manual
//     (e-mail troubleshooting, Yahoo) cures the 0x80040217 form with an app
//     password: auth. No other locale's text of it is public. With another
//     transport error code (Outlook Express's 0x800CCCxx connection codes,
//     Win32's 0x8007xxxx, CDO_E_FAILED_TO_CONNECT) the code decides, so
//     those are left out.
//     CDO_E_FAILED_TO_CONNECT and CDO_E_CONNECTION_DROPPED are the network
//     (transient); the server-name, SendUsing, pickup and drop directory,
//     From/Sender and sender-mailbox errors are the sending setup (config);
//     "At least one recipient is required" is the message's recipients
//     (recipient). The templates that carry the server's reply
//     (CDO_E_SENDER_REJECTED, CDO_E_RECIPIENTS_REJECTED,
//     CDO_E_AUTHENTICATION_FAILURE) are read by the reply first; the bare
//     sender template is the sender setup (config, a late rule), the bare
//     recipients template names no cause (unknown: an unknown user and a
//     refused relay share it). The object-model and HTTP errors say nothing
//     about a mailbox (unknown).
//   - Forpsi's knowledge base, the articles its smtp.forpsi.com replies link
//     ("550 5.1.0 <id> policy violation, see
//     https://support.forpsi.com/kb/aNNNN"): a3900 (sending limits per
//     minute, hour and day; podpora.forpsi.com/kb/a3904), a4071 (spam to
//     qq.com/yahoo.com from the account; support.konto.pl/kb/a2813), a4075
//     and a4081 (queued mail from the IP; support.konto.pl/kb/a2765), a4077
//     (invalid recipients from the IP; support.forpsi.pl/kb/a2873): SMTP
//     blocked for 60 minutes, lifting by itself (rate_limited); a4074 (spam
//     from the IP; podpora.forpsi.com/kb/a4074) and a4656 (spam-trap-like
//     recipients from the domain; support.forpsi.com/kb/a4656): SMTP
//     disabled up to 24 hours and enabled again only after an authorised
//     ticket (blocked). a3898 (support.forpsi.com/kb/a3898): "authentication
//     rejected access disabled" is SMTP access blocked, contact support
//     (blocked); "authentication failed" and "authentication rejected" are
//     read as auth already. Forpsi's "<address> sender rejected" is left: the
//     same Cloudmark wording is an IP-reputation refusal at Cox and Spectrum.
//   - MailerSend: its SMTP relay returns the API's validation errors with
//     450 (https://developers.mailersend.com/smtp-relay.html, "Understanding
//     error messages"); its list of #MS42xxx codes is not in any public copy
//     reachable here, so the codes are those seen in public replies: #MS42204
//     "Your account reached its email quota limit" (geeksforsocialchange/
//     PlaceCal#2297) and "... email usage limit", #MS42225 "You have reached
//     trial account unique recipients limit" (plan quotas: rate_limited); the
//     page's own validation example, a message without html, text or
//     template_id (the product's request: config).
//   - Yahoo Sender Hub "SMTP Error Codes" (testdata/catalogs/yahoo_smtp.jsonl)
//     calls "Message temporarily deferred (eg: TS* Errors)" a deferral for
//     complaints, volume or reputation (rate_limited); the TS/TSS codes are
//     read already, and the older "Message from (<ip>) temporarily deferred -
//     4.16.50" (defer-06) is too when no greeting-refusal words come first.
//   - Trend Micro Email Reputation Services: "Sender IP found in QIL"
//     (https://success.trendmicro.com/en-US/solution/KA-0001346), the ERS
//     FAQ (https://success.trendmicro.com/solution/1097055) and Deep
//     Discovery Email Inspector's SMTP error codes (450 for QIL, 550 for RBL+
//     matches): the sending IP's reputation, worded as "Recipient address
//     rejected: ERS-QIL / ERS-RBL / ERS-Customized-Block" by Trend Micro
//     Email Security (rejected, not the recipient); BLOCK-SEND-ER,
//     Invalid-Recipient and BLOCK-RCPT are read already.
//   - Debian's exim4-config ACLs (deb-store/exim4 d74e9801,
//     exim4_4.95-100.debian.tar.xz debian/debconf/conf.d/acl/
//     30_exim4-config_check_rcpt and 40_exim4-config_check_data), a
//     receiving server's refusals: "No verifiable sender address in message
//     headers" (verify = header_sender) and "header syntax" (rejected);
//     "restricted characters in address" and "Rejected for too many bad
//     recipients" (recipient); "Temporary DNS error while checking SPF
//     record" (a defer: transient); the rest ("Sender verification failed",
//     "relay not permitted", the local blacklists, "[SPF] ... is not allowed",
//     the 998-octet line) are read right already.
//   - Exim's delay warning (Exim/exim 13835a3c src/src/deliver.c
//     send_warning_message): "Warning: message <id> delayed <n> hours" (or
//     minutes), "has not yet been delivered to one or more of its recipients
//     after more than", "Delivery attempts will continue for some time":
//     the message is still queued and retried (transient).
//   - "Sender Authorization check failed" (3essentials hosting KB, article
//     1744): the recipient's server found the sending host outside the
//     sender domain's SPF record (rejected, although it reads like a login).
//   - Admax's "Fullt utrymme för e-post" (login.admax.se knowledgebase 46):
//     "The domain size limit of <n> MB for '<domain>' has been exceeded.
//     Incoming mail is currently being rejected." The receiving domain's
//     storage is full (recipient).
//   - Microsoft Entra AADSTS7000215, "Invalid client secret provided. Ensure
//     the secret being sent in the request is the client secret value, not
//     the client secret ID" (the reference's "Invalid client secret is
//     provided"), logged without its code (Jama Connect's KB): the product's
//     own app registration (platform), as aadstsTable reads the code.
//
// The Google reply "451 4.5.0 SMTP protocol violation, see RFC 2821" of the
// round (h44e-gmail-) is left: Google's own table labels 451 4.5.0 "SMTP
// protocol violation" config (testdata/catalogs/google_workspace_smtp.jsonl),
// and the same words cannot read otherwise.

// round44ProvidersEarlyRules come before languageRules: message_rejected
// reads "policy violation" and "rejected" in Forpsi's, Admax's and Trend
// Micro's replies as a refused message, recipient_mailbox_disabled reads
// "Recipient address rejected" before Trend Micro's reputation code,
// greeting_deferred reads Yahoo's deferral at the greeting as transient,
// credentials_rejected reads Forpsi's disabled access as a refused password,
// domain_auth_rejected reads Debian's SPF DNS defer as an SPF refusal, and
// code_4xx reads MailerSend's quota as transient.
var round44ProvidersEarlyRules = []rule{
	{id: "providers_blocked", class: ClassBlocked, anyOf: p(
		// Forpsi: SMTP disabled up to 24 hours, enabled again on a ticket
		"support.forpsi.com/kb/a4656", "support.forpsi.com/kb/a4074",
		// Forpsi a3898: SMTP access blocked, contact support
		"authentication rejected access disabled",
	),
		doc: "Forpsi disabled the account's or domain's SMTP access until its support enables it again (policy violation KB a4656 or a4074, \"authentication rejected access disabled\")"},
	{id: "hosts_rate_limited", class: ClassRateLimited, anyOf: p(
		// Forpsi: sending limits, or a 60-minute block that lifts by itself
		"support.forpsi.com/kb/a3900", "support.forpsi.com/kb/a4071", "support.forpsi.com/kb/a4075",
		"support.forpsi.com/kb/a4077", "support.forpsi.com/kb/a4081",
		// MailerSend plan quotas
		"#ms42204", "account reached its email quota limit", "account reached its email usage limit",
		"#ms42225", "trial account unique recipients limit",
		// Yahoo's deferral of the sending IP (4.16.50, 4.16.55, 4.16.56)
		"temporarily deferred - 4.16.5",
	),
		doc: "a relay's sending quota or temporary sending block: Forpsi's sending limits and 60-minute policy blocks (KB a3900, a4071, a4075, a4077, a4081), MailerSend's quota codes #MS42204 and #MS42225, Yahoo's 4.16.5x deferral"},
	{id: "providers_rejected", class: ClassRejected, anyOf: p(
		// Trend Micro Email Reputation Services
		"recipient address rejected: ers-", "sender ip found in ers-", "sender ip found in qil",
		// Debian exim4-config DATA ACL
		"no verifiable sender address in message headers", "550 header syntax",
		// a receiving server's SPF check
		"sender authorization check failed",
	),
		doc: "the receiving side refused the message for the sending IP's reputation (Trend Micro ERS-QIL, ERS-RBL), its headers (Debian exim4: no verifiable sender, header syntax) or SPF (\"Sender Authorization check failed\")"},
	{id: "hosts_recipient", class: ClassRecipient, anyOf: p(
		"the domain size limit of", "incoming mail is currently being rejected",
		// Debian exim4-config RCPT ACL
		"restricted characters in address", "rejected for too many bad recipients",
		// CDO_E_RECIPIENT_MISSING
		"at least one recipient is required, but none were found",
	),
		doc: "the recipients are the problem: the receiving domain's storage is full (Admax), the address has characters the server refuses or too many were bad (Debian exim4), or the message names none (CDO)"},
	// The first phrases hold alone (each is in alsoAny too); Exim's subject
	// line needs both of its fixed parts and a unit of time.
	{id: "hosts_transient", class: ClassTransient, anyOf: p(
		"warning: message ",
		"has not yet been delivered to one or more of its recipients after more than",
		"delivery attempts will continue for some time",
		"temporary dns error while checking spf record",
		"the transport lost its connection to the server", "the transport failed to connect to the server",
		"transport error code was 0x80040212", "transport error code was 0x80040213",
	), alsoAny: p(" delayed ",
		"has not yet been delivered to one or more of its recipients after more than",
		"delivery attempts will continue for some time",
		"temporary dns error while checking spf record",
		"the transport lost its connection to the server", "the transport failed to connect to the server",
		"transport error code was 0x80040212", "transport error code was 0x80040213",
	),
		doc: "the message is still queued (Exim's delay warning), the receiving side deferred on a DNS error (Debian exim4's SPF check), or Windows CDO could not connect or lost the connection"},
	{id: "providers_cdo_logon_failure", class: ClassAuth, anyOf: p(
		"the server response was not available", "risposta del server non disponibile",
		"the transport was unable to log on to the server", "transport error code was 0x80040217",
	), noneOf: p("0x800ccc", "0x8007", "0x80040211", "0x80040212", "0x80040213"),
		doc: "Windows CDO's CDO_E_LOGON_FAILURE (0x80040217, \"The server response was not available\"): the SMTP server refused the logon"},
	{id: "providers_platform", class: ClassPlatform, anyOf: p(
		"invalid client secret provided", "invalid client secret is provided",
		"ensure the secret being sent in the request is the client secret value",
	),
		doc: "Entra's AADSTS7000215 wording without its code: the product's app registration sends a wrong client secret (its ID, or an expired value)"},
}

// round44ProvidersRules come after textRules and before codeRules: the CDO
// templates that carry the server's reply are read by the reply's words
// first, and by the template only when those say nothing; MailerSend's
// validation error, a 450, must not fall to code_4xx.
var round44ProvidersRules = []rule{
	{id: "providers_config", class: ClassConfig, anyOf: p(
		// Windows CDO settings
		"smtp server name is required, and was not found in the configuration source",
		"nntp server name is required, and was not found in the configuration source",
		"\"sendusing\" configuration value is invalid", "\"postusing\" configuration value is invalid",
		"the pickup directory path is required and was not specified",
		"no default drop directory has been configured for this server",
		"at least one of the from or sender fields is required",
		"the subject, from, and newsgroup fields are all required",
		"could not find the sender's mailbox",
		"the server rejected the sender address",
		// MailerSend's validation error (its SMTP relay's example)
		"you must provide one of html, text or template_id",
	),
		doc: "the sending setup is wrong: Windows CDO has no SMTP server, SendUsing, pickup directory or sender, or the server refused the configured sender without a reason; MailerSend's relay refused a message without content"},
}
