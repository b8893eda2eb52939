package classify

// Round 50's email security gateways (testdata/heldout/round50.jsonl rows
// h50ad-mimecast-, h50ad-barracuda-, h50ad-trendmicro-ddei-, h50ad-ironport-):
// the replies a receiving gateway gives the sending MTA, read from the
// vendors' published error-code tables whole (catalog
// testdata/catalogs/gateway_smtp_replies.jsonl holds every entry with its
// label). Nearly all are the RECIPIENT side's answers: its policy refused the
// message (rejected), its address or account is the problem (recipient), or it
// asks for a retry (transient, rate_limited). None is about the sender's login.
//
// Sources:
//   - fm/smtp-codes f506d3491e380e7538bbe579f69e04482753803e data/codes/
//     {421,422,450,451,550,553,554}.json, providers mimecast, barracuda,
//     cisco, emailsecuritycloud, trendmicro (43 distinct replies), which
//     list the vendors' pages: Mimecast SMTP Error Codes
//     (https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754),
//     Barracuda campus "SMTP error codes"
//     (https://campus.barracuda.com/product/emailsecuritygateway/doc/39815000/smtp-error-codes/),
//     Broadcom KB 165144. Read 2026-12-05.
//     "451 Account service is temporarily unavailable": too many concurrent
//     inbound connections for the account (default 20): a connection limit,
//     rate_limited. "451 Account inbounds disabled.": the receiving
//     customer's inbound mail is disabled in its Mimecast console: the
//     recipient's side, recipient. "550 Rejected by header-based manually
//     Blocked Senders - Block policy for Envelope From address.": a user at
//     the recipient blocked the sender: rejected (the general sender_not_owned
//     rule read "envelope from address" as a send-as fault: config, wrong).
//     Barracuda "550 permanent failure for one or more recipients
//     (addr:blocked)": the message was blocked for content or domain reasons:
//     rejected; the same wrapper around a recipient server's answer
//     ("(addr:550 5.1.1 User unknown)") keeps that answer's class.
//   - https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes
//     and its Japanese edition (Deep Discovery Email Inspector 5.0,
//     https://docs.trendmicro.com/ja-jp/enterprise/deep-discovery-email-inspector-50/administration_001/sender-filtering/smtp-error-codes.aspx),
//     read 2026-12-05: Sender Filtering/Authentication (DHA, bounce attack
//     protection, SMTP traffic throttling, SPF, DKIM, DMARC) sends 421 "Block
//     temporarily (Sender Filtering/Authentication)" (transient: a temporary
//     refusal by the receiving gateway, not a login) and 521 "Block
//     permanently (Sender Filtering/Authentication)" (rejected: a
//     sender-authentication or sender-filter refusal, README decision). The
//     ERS rows of the same table already read transient (450) and rejected
//     (550).
//   - Cisco IronPort AsyncOS 7.1 for Email Advanced Configuration Guide
//     (OL-22164-02), chapter 4, listener SPF "SMTP Response Settings"
//     defaults (https://manualsbrain.com/it/manuals/1649627/?page=293, read
//     2026-12-05): reject code 550 "#5.7.1 SPF unauthorized mail is
//     prohibited." (already rejected) and defer code 451 "#4.4.3 Temporary
//     error occurred during SPF verification." (transient: SPF lookup hit a
//     temporary error; must come before the SPF rejection rule).

// round50GatewaysEarlyRules come before languageRules: the general
// temporary_wording, code_4xx, sender_not_owned, domain_auth_rejected and
// l10n_words_temporary_auth rules would otherwise read these gateway
// sentences.
var round50GatewaysEarlyRules = []rule{
	{id: "gateways_mimecast_account_connection_limit", class: ClassRateLimited, anyOf: p(
		"account service is temporarily unavailable",
	), doc: "Mimecast: too many concurrent inbound connections for the receiving account (default 20); retry later"},
	{id: "gateways_mimecast_inbounds_disabled", class: ClassRecipient, anyOf: p(
		"account inbounds disabled",
	), doc: "Mimecast: the receiving customer's inbound mail is disabled in its Administration Console; the recipient's side must change"},
	{id: "gateways_mimecast_manual_block", class: ClassRejected, anyOf: p(
		"rejected by header-based manually blocked senders",
		"rejected by header based manually blocked senders",
	), doc: "Mimecast: a user at the recipient organisation blocked the sender's address or domain"},
	{id: "gateways_barracuda_blocked_verdict", class: ClassRejected,
		allOf: p("permanent failure for one or more recipients (", ":blocked)"),
		doc:   "Barracuda Email Security: the recipient's gateway blocked the message for content or domain reasons"},
	{id: "gateways_ddei_sender_filter_permanent", class: ClassRejected, anyOf: p(
		"block permanently (sender filtering/authentication)",
		"常にブロック (送信者フィルタ/認証)",
	), doc: "Trend Micro Deep Discovery Email Inspector 521: its Sender Filtering/Authentication (SPF, DKIM, DMARC, DHA, blocked senders) refused the sender permanently"},
	{id: "gateways_ddei_sender_filter_temporary", class: ClassTransient, anyOf: p(
		"block temporarily (sender filtering/authentication)",
		"一時的にブロック (送信者フィルタ/認証)",
	), doc: "Trend Micro Deep Discovery Email Inspector 421: its Sender Filtering/Authentication blocks temporarily; the sending server retries"},
	{id: "gateways_ironport_spf_temperror", class: ClassTransient, anyOf: p(
		"temporary error occurred during spf verification",
	), doc: "Cisco IronPort / Secure Email: SPF verification hit a temporary (DNS) error; retry later"},
}
