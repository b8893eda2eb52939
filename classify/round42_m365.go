package classify

// Round 42's Exchange Online replies in other languages
// (testdata/heldout/round42.jsonl, rows h42c-m365- and h42a-hertzbeat-):
// Microsoft's AlchemyInsights help snippets quote each SMTP reply translated,
// and clients on a localized Exchange Online (21Vianet's outlook.cn answers
// in Chinese) print those translations. Every locale the isabella232 mirrors
// hold was read (ar-SA bg-BG cs-CZ da-DK de-DE el-GR es-ES et-EE fi-FI fr-FR
// he-IL hr-HR hu-HU id-ID it-IT ja-JP ko-KR lt-LT lv-LV nb-NO nl-NL pl-PL
// pt-BR pt-PT ro-RO ru-RU sk-SK sl-SI sr-Latn-RS sv-SE th-TH tr-TR uk-UA
// vi-VN zh-CN zh-TW; isabella232/OfficeDocs-AlchemyInsights-pr.<locale>,
// AlchemyInsights/, e.g. ja-JP 0233fcd9, de-DE 15303a20, zh-CN 18dba735,
// ru-RU d76cee28; testdata/catalogs/exchange_online_l10n.jsonl):
//
//   - issues-related-to-tls-deprecation.md: "451 5.7.3 Must issue a STARTTLS
//     command first" in each language; the reply names STARTTLS in every
//     locale but hu-HU, whose machine translation renders it "KEZDÉSI
//     PARANCS" (config). Microsoft's other 5.7.3 is "Authentication
//     unsuccessful", which never names STARTTLS.
//   - 5-1-90-your-message-cant-be-sent-daily-limit.md: 5.1.90, the daily
//     recipient limit (10,000 a day, resets after 24 hours): rate_limited,
//     not the 5.1.x bad-address reading.
//   - antispam-4-7-500-server-busy-please-try-again-later-from-xxx-xxx-xxx-xxx.md:
//     4.7.500 "Server busy, please try again later" (volume over the source
//     IP's reputation limit): rate_limited. Its sibling 4.7.500 "Access
//     denied, please try again later" (antispam-4-7-500-access-denied-...md)
//     stays transient, so the rule holds only the "server busy" words.
//   - error-451-4-4-62.md: "451 4.4.62 Mail sent to the wrong Microsoft 365
//     region. ATTR35": the MX, smart host or connector setup (config).
//
// WarmySender's provider-blocks page quotes Postfix's DNSBL reply shortened
// to "554 5.7.1 Service unavailable; client blocked". Postfix's own text is
// DEF_RBL_REPLY "$rbl_code Service unavailable; $rbl_class [$rbl_what]
// blocked using $rbl_domain" (vdukhovni/postfix 17830e5c
// postfix/src/global/mail_params.h), $rbl_class being one of
// smtpd_dsn_fix.h's "Client host", "Unverified Client host", "Helo command",
// "Sender address", "Recipient address": an IP or name on a blocklist
// (rejected).
//
// The round's other h42a rows, products that hold connected mailboxes:
//
//   - EmailEngine (postalsys/emailengine aea45350, lib/account.js): the 400
//     AccountAlreadyExists "Another account for the same OAuth2 user already
//     exists", raised on create and on update (the integrator registers one
//     mailbox twice), and the 403 AccountNotOAuth2 "Not an OAuth2 account"
//     (a token asked for a password account): the integration's setup
//     (config). Its WorkerNotAvailable replies (server.js "No active handler
//     for requested account. Try again later.", "Worker handling the request
//     terminated before completion. Try again.") are the product's own
//     workers (transient).
//   - Warmbly (warmbly/warmbly 3739a36b): internal/errx/common.go
//     ErrEmailOnboardNoWorker "No mailbox workers are available right now.
//     Please try again shortly." (the troubleshooting page quotes it as "No
//     mailbox workers are available") and internal/app/worker/assignment.go
//     ErrNoAvailableWorkers "no available workers": no worker has a heartbeat,
//     the product's own infrastructure (transient).
//   - Nango (NangoHQ/nango 2f4c0af6, packages/shared/lib/utils/error.ts):
//     connection_refresh_exhausted "The refresh limit has been reached for
//     this connection.": the provider kept refusing the refresh token and
//     Nango gave up; the owner must authorize again (revoked). Its sibling
//     connection_refresh_backoff ("A recent refresh attempt failed. Backing
//     off before retrying.") is not a verdict and is left alone.

// round42M365EarlyRules come before languageRules: temporary_wording reads
// Postfix's "Service unavailable" as a transient failure, and
// recipient_mailbox_disabled reads "No mailbox workers are available" as a
// recipient's mailbox.
var round42M365EarlyRules = []rule{
	{id: "m365_postfix_rbl_reply", class: ClassRejected, anyOf: p(
		"service unavailable; client blocked", "service unavailable; client host",
		"service unavailable; unverified client host", "service unavailable; helo command",
		"service unavailable; sender address", "service unavailable; recipient address"),
		doc: "Postfix's DNSBL reply \"Service unavailable; Client host [...] blocked using ...\" (and its Helo, Sender, Recipient forms), as products quote it: a blocklist rejection"},
	{id: "products_worker_unavailable", class: ClassTransient, anyOf: p(
		"no mailbox workers are available", "no available workers",
		"worker handling the request terminated before completion"),
		doc: "a mailbox product has no worker to run the connected mailbox right now (Warmbly, EmailEngine): its own infrastructure, retry"},
	{id: "products_emailengine_account_setup", class: ClassConfig, anyOf: p(
		"another account for the same oauth2 user already exists", "accountalreadyexists",
		"not an oauth2 account", "accountnotoauth2"),
		doc: "EmailEngine: the same OAuth2 mailbox registered under a second account, or a token asked for a password account: the integration's setup"},
	{id: "products_nango_refresh_exhausted", class: ClassRevoked, anyOf: p(
		"the refresh limit has been reached for this connection", "connection_refresh_exhausted"),
		doc: "Nango gave up refreshing a connection's token after the provider kept refusing it: the owner must authorize again"},
}

// round42M365Rules come after the text rules and before the bare codes.
var round42M365Rules = []rule{
	{id: "m365_starttls_first", class: ClassConfig, on: kindSMTP, enhanced: "5.7.3", anyOf: p("starttls", "kezdési parancs"),
		noneOf: p("authentication unsuccessful"),
		doc:    "Exchange Online's 5.7.3 \"Must issue a STARTTLS command first\" in any language: the client must start TLS (1.2) first"},
	{id: "m365_daily_recipient_limit", class: ClassRateLimited, on: kindSMTP, enhanced: "5.1.90", retry: hour,
		doc: "Exchange Online 5.1.90: the sender reached the daily limit for message recipients (resets after 24 hours)"},
	{id: "m365_server_busy", class: ClassRateLimited, on: kindSMTP, enhanced: "4.7.500", retry: 15 * minute, anyOf: p(
		"خادم مشغول", "сървърът е зает", "server zaneprázdněný", "server optaget", "server ausgelastet",
		"server απασχολημένος", "servidor ocupado", "server on hõivatud", "palvelin on varattu",
		"serveur occupé", "server עמוס", "poslužitelj je zauzet", "kiszolgáló foglalt", "sibuk, silakan coba",
		"server occupato", "サーバーがビジー", "서버 사용 중", "serveris užimtas", "server aizņemts",
		"server opptatt", "server bezet", "serwer jest zajęty", "servidor está ocupado", "server ocupat",
		"занят сервер", "server zaneprázdnený", "strežnik je zaseden", "server je zauzet", "server upptagen",
		"เซิร์ฟเวอร์ไม่ว่าง", "sunucu meşgul", "máy chủ bận", "服务器繁忙", "伺服器忙碌"),
		doc: "Exchange Online 4.7.500 \"Server busy, please try again later\" in Microsoft's translations: mail from the source IP over its reputation's limit"},
	{id: "m365_wrong_region", class: ClassConfig, on: kindSMTP, enhanced: "4.4.62",
		doc: "Exchange Online 451 4.4.62 ATTR35: mail sent to the wrong Microsoft 365 region (MX, smart host or connector setup)"},
}
