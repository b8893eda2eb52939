package classify

// Round 50's outbound relays' and sending APIs' account and policy replies
// (testdata/heldout/round50.jsonl, rows h50ad-mailchannels- and
// h50ad-mailpace-), covered from each vendor's published reference read
// whole; every published message is in
// testdata/catalogs/relay_mailchannels_mailpace.jsonl. All read 2026-12-05.
//
// Sources, and why each class:
//   - MailPace API responses, https://docs.mailpace.com/reference/responses
//     (mailpace/docs commit fd42f5cb, docs/reference/responses.md; the 403,
//     406 and 429 bodies lack the quote after "error" as the page prints
//     them). 401 "Missing API Token" ("You must include an API token in
//     every request"): no credential was sent, as 5.7.57 (config), matched
//     only as the JSON string so that Postmark's "Bad or missing API token"
//     stays auth. 403 "Domain DKIM DNS not verified, please complete DKIM
//     Verification" and "Verified domain does not match domain in From
//     address of email": the sending domain's setup and a send-as mismatch
//     (config); 400 "Email from address not parseable", To "undefined
//     field", To "number of email addresses exceeds maximum volume" (over
//     50 in one request) and 406 "Invalid request format or content type":
//     the integration's request (config). 403 "The organization that owns
//     this domain does not have an active plan" and "This organization is
//     unable to send emails. Please contact support" ("Your organization has
//     been disabled"): MailPace sends nothing for the account (blocked). 400
//     To "contains a blocked address" (on the account's blocked addresses
//     list) and To "is invalid" (no valid address): the recipient
//     (recipient). 429 "You are sending emails too quickly": rate_limited.
//     "Invalid API Token" (auth) and the blocked attachment type (rejected)
//     already read so.
//   - MailChannels Inbound Filtering SMTP errors,
//     https://docs.mailchannels.com/inbound/smtp-errors: "452 4.5.3
//     Recipient policy mismatch" defers the remaining recipients of a
//     transaction, which the sender retries in a separate one ("a temporary
//     deferral"): transient, not 4.5.3's too-many-recipients quota. The
//     page's other replies already read as labelled.
//   - MailChannels sending policies,
//     https://docs.mailchannels.com/email-api/sending-policies, with
//     https://docs.mailchannels.com/outbound/smtp-errors and
//     https://docs.mailchannels.com/outbound/unblock-senders: "[ESA] Sender
//     blocked" is MailChannels' manual, permanent block of a sender after
//     confirmed abuse, lifted only when an administrator delists it; "[BR]
//     Our system has detected an excessively high number of invalid
//     recipients originating from your account" refuses the account's mail
//     for its list hygiene (like [SB01] for complaints): the relay blocks
//     the sender (blocked). The tag is required: "[RBL] Sender blocked" is
//     a blocklist (rejected) and a bare "Sender blocked" stays rejected.
//     "[UNS] Recipient has unsubscribed from your list": a suppressed
//     recipient (recipient).
//   - MailChannels Send API's account reply "customer does not have an
//     active subscription with tx-send capability" (as users pasted it in
//     github.com/giuseppelt/EmailFlare issue 14, when the free Cloudflare
//     Workers plan ended; https://docs.mailchannels.com/email-api/errors
//     gives 403 for an account not allowed to send): the account may not
//     send at all until its subscription changes (blocked).

// round50RelaysEarlyRules come before languageRules: "blocked", "DKIM",
// "rejected" and 4.5.3 would read the replies as a content rejection or a
// quota in the general text and code rules.
var round50RelaysEarlyRules = []rule{
	{id: "relays_mailchannels_recipient_policy", class: ClassTransient, code: "4", anyOf: p("recipient policy mismatch"),
		doc: "MailChannels defers the remaining recipients of a transaction whose policy differs (452 4.5.3 Recipient policy mismatch); the sender retries them in a separate transaction"},
	{id: "relays_mailchannels_sender_blocked", class: ClassBlocked, anyOf: p(
		"[esa] sender blocked",
		"[br] our system has detected an excessively high number of invalid recipients",
		"active subscription with tx-send capability"),
		doc: "MailChannels blocks the sending account: [ESA] (a manual block after confirmed abuse), [BR] (too many invalid recipients from the account), or a Send API account without a transactional sending subscription"},
	{id: "relays_mailpace_organization", class: ClassBlocked, anyOf: p(
		"the organization that owns this domain does not have an active plan",
		"this organization is unable to send emails. please contact support"),
		doc: "MailPace sends nothing for the organization: it has no active plan, or it was disabled"},
	{id: "relays_mailpace_setup", class: ClassConfig, anyOf: p(
		`"missing api token"`,
		"domain dkim dns not verified, please complete dkim verification",
		"verified domain does not match domain in from address of email",
		`"email from address not parseable"`,
		`"to":["undefined field"]`,
		`"to":["number of email addresses exceeds maximum volume"]`,
		`"invalid request format or content type"`),
		doc: "MailPace refuses the request for the integration's setup: no API token sent, the domain's DKIM not verified, a From domain other than the token's, or a malformed request"},
	{id: "relays_recipient_refused", class: ClassRecipient, anyOf: p(
		`"to":["contains a blocked address"]`,
		`"to":["is invalid"]`,
		"[uns] recipient has unsubscribed from your list"),
		doc: "The relay refuses one recipient: on the account's blocked addresses list or not a valid address (MailPace), or unsubscribed (MailChannels [UNS])"},
	{id: "relays_mailpace_too_quickly", class: ClassRateLimited, anyOf: p("you are sending emails too quickly"),
		doc: "MailPace rate-limits the sender (429 You are sending emails too quickly)"},
}
