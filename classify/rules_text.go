package classify

import "slices"

// textRules are the look-alikes and generic wording, tried after the
// catalog, language and library rules.
var textRules = []rule{
	// ---- Look-alikes: receiving-side domain authentication, recipients, blocklists.
	{id: "bridge_no_such_user", class: ClassAuth, anyOf: p(" error: no such user", `"error: no such user`, "'error: no such user"), provider: "protonmail",
		doc: "Proton Mail Bridge: the user name is not a Bridge account (use the Bridge user name and password)"},
	{id: "connection_limits", class: ClassRateLimited, anyOf: p("too many child sessions", "resources restricted", "connection rate -", "connection rate limit", "temporarily blacklisted", "concurrency limit", "maximum number of connections", "max_userip_connections", "connections from user", "simultaneous connections", "bandwidth limit", "command or bandwidth", "per connection", "max message per", "too many connections", "too many concurrent", "too many new tls sessions",
		// mox (mjl-/mox smtpserver/server.go, imapserver/server.go serve(),
		// limiterConnections): "421 4.7.0 too many open connections from your ip or network".
		"too many open connections",
		"too many smtp sessions for this host"), retry: 15 * minute,
		doc: "too many connections or commands: the provider limits concurrent use"},
	{id: "domain_auth_rejected", class: ClassRejected, anyOf: domainAuthWords,
		// A DKIM key file the product cannot read is its setting, and
		// Xero's sign-in is no domain's (round 84).
		// Not authenticated with Google or Microsoft: the product's grant
		// (round 89).
		noneOf: p("not authenticated with google", "not authenticated with gmail", "not authenticated with microsoft", "not authenticated with outlook",
			"private key file", "xero", "lookup failure", "authentication required", "temporary dmarc", "temporary spf", "dns lookup failure", "temperror",
			"spf temporary error", "dkim temporary error", "dmarc temporary error"),
		doc: "a receiving server refused the message for SPF, DKIM or DMARC (domain authentication, not credentials)"},
	{id: "yahoo_request_failed", class: ClassRejected, allOf: p("request failed", "mailbox unavailable"),
		doc: "Yahoo: the message was refused after DATA (550 Request failed; Mailbox unavailable)"},
	// Also a Microsoft 365 group that takes no mail from outside senders
	// (5.7.193, MicrosoftDocs/OfficeDocs-Support Exchange/ExchangeOnline/
	// email-delivery/ndr-when-external-users-send-email-to-microsoft-365-group.md).
	// A receiving server that answers the greeting or EHLO with a 4xx
	// ("host ... refused to talk to me: 450 Error sending ehlo package",
	// Axigen at Rakuten, round 33) defers: the next try may pass. A 4xx that
	// says nothing of its own trouble, or names a block list, spam, reverse
	// DNS or a limit, is left to the rules that read those.
	{id: "greeting_deferred", class: ClassTransient, anyOf: p("refused to talk to me: 4"), alsoAny: p("error sending", "try again", "try later", "temporar", "not available", "unavailable", "busy", "timeout", "timed out", "local error", "resources"), noneOf: p("block", "blacklist", "spam", "listed", "reputation", "too many", "rate", "limit", "policy", "reverse", "dns"),
		doc: "the receiving server answered the greeting with a temporary (4xx) refusal: try again later"},
	{id: "refused_by_recipient", class: ClassRejected, noneOf: p("temporarily deferred"), anyOf: p("isn't a group member", "is not a group member", "sender address rejected: access denied", "refused to talk", "blocked by this recipient", "blocked by recipient", "rejected by recipient", "rejected by destination", "rejected by the recipient"),
		doc: "the recipient or its domain refuses mail from this sender by its own filter"},
	{id: "sender_domain_dns", class: ClassRejected, noneOf: p("recipient address rejected", "recipient domain"), anyOf: p("unable to verify sender", "domain of sender address", "mx does not exist", "return mx", "sender verify failed", "sender verification failed", "domain not found", "invalid dns mx", "a/aaaa resource record", "sender domain does not exist", "unresolvable", "domain does not resolve", "no mx record", "sender domain must resolve", "valid sender domain", "(nullmx)"),
		doc: "a receiving server refused the sender's domain because its DNS (MX, A) is missing"},
	{id: "ehlo_name_invalid", class: ClassConfig, anyOf: p("<localhost>: helo command rejected", "<localhost.localdomain>: helo command rejected", "<localhost>: ehlo command rejected", "ehlo requires valid address", "helo requires valid address", "should be a fqdn", "fully-qualified hostname", "fully qualified hostname", "need fqdn", "non-fqdn helo"),
		doc: "the submission server wants the client's EHLO name to be a fully qualified host name"},
	// A 501 (syntax error in parameters, RFC 5321 4.2.3) to HELO or EHLO is the
	// client's own malformed name (Postfix reject_invalid_helo_hostname "Helo
	// command rejected: Invalid name", www.postfix.org/postconf.5.html;
	// sendmail's "HELO requires domain address", srvrsmtp.c), not a
	// receiver's judgement of the sending host.
	{id: "helo_syntax_501", class: ClassConfig, on: kindSMTP, code: "501", anyOf: p("helo command", "ehlo command", "helo/ehlo", "helo invalid", "ehlo invalid", "invalid helo", "invalid ehlo", "helo argument", "ehlo argument", "requires domain address"),
		doc: "a 501 syntax error to HELO/EHLO: the client's host name setting is malformed"},
	{id: "helo_rejected", class: ClassRejected, anyOf: p("saying helo", "helo command rejected", "ehlo command rejected", "helo rejected", "helo name", "helohost"),
		doc: "a receiving server refused the sending host's HELO name or address"},
	{id: "reverse_dns", class: ClassRejected, anyOf: p("reverse dns", "ptr record", "ptr resource record", "dns ptr", "rdns", "reverse lookup", "no ptr", "find your reverse hostname", "find your hostname", "dynamic ip address"),
		doc: "a receiving server refused the sending IP for a missing or generic reverse DNS (PTR) record"},
	// Postfix answers DATA with "554 5.5.1 Error: no valid recipients" when
	// every RCPT TO was refused (postfix src/smtpd/smtpd.c).
	// Postfix answers 451 4.3.5 "Server configuration problem" (or "error")
	// when a lookup table it needs fails (www.postfix.org/postconf.5.html,
	// soft_bounce and the access(5) lookups): the server's trouble, whatever
	// the command, recipient or client host it names. Only after Postfix's
	// "... rejected:": a product's own "mail server configuration error"
	// names its settings.
	{id: "server_config_problem", class: ClassTransient, anyOf: p("rejected: server configuration problem", "rejected: server configuration error"),
		doc: "the server's own configuration failed a lookup (Postfix 451 4.3.5): temporary"},
	// A recipient the relay will not try: on its suppression list after an
	// earlier bounce (Amazon SES's account-level suppression list, a
	// relay's "previously hard-bounced"), or an address whose syntax the
	// server refused at RCPT (sendmail's and others' "Recipient syntax
	// error", "RCPT TO syntax error").
	{id: "recipient_suppressed_or_malformed", class: ClassRecipient, anyOf: p("このメールアドレスは存在しない", "メールボックスの容量が逼迫", "rejected by invalid address", "dirección de correo no válida", "error en buzón de correo", "empfänger ist anscheinend ungültig", "frühere e-mail an den empfänger wurde als spam gekennzeichnet", "previously reported as unknown", "previously hard-bounced", "previously bounced", "on the suppression list", "on our suppression list", "account-level suppression list", "rcpt to syntax error", "recipient syntax error"),
		doc: "the recipient is on the relay's suppression list, or its address is malformed"},
	// Microsoft's sign-in page when no account has the name signed in
	// with: "That Microsoft account doesn't exist. Enter a different
	// account or get a new one." (older pages: "... Enter a different email
	// address or get a new account."), as AADSTS50034 says "The user account
	// does not exist in the directory". The mailbox's account is deleted,
	// renamed or mistyped at the sign-in: the owner connects it again with an
	// account that exists. Not a recipient.
	{id: "ms_signin_account_missing", class: ClassRevoked, anyOf: p("microsoft account doesn't exist", "microsoft account does not exist",
		"enter a different account or get a new one", "enter a different email address or get a new account",
		// AADSTS50034's own sentence, quoted without its code (round 125).
		"the account must be added to the directory"),
		doc: "Microsoft's sign-in says no account has the name signed in with (deleted, renamed or mistyped): the owner connects the mailbox again with an account that exists"},
	// Not a resolver's "does not exist (nodename nor servname provided, or
	// not known)" (Haskell's network package prints getaddrinfo's error so,
	// round 44): a host name that does not resolve, read by dns_not_found.
	// An authentication or authorization that is "no longer valid" is the
	// mailbox's grant (a backup or sync product's status for a token it can
	// no longer refresh, round 127), not the recipient "no longer valid"
	// below; a session, a link or a page no longer valid is the product's.
	{id: "grant_no_longer_valid", class: ClassRevoked, anyOf: p("no longer valid"),
		alsoAny: p("authentication", "authorization", "authorisation"),
		noneOf:  p("session", "link", "page", "password", "passphrase", "delta token", "code"),
		doc:     "the text says the mailbox's authentication or authorization is no longer valid: the grant is gone, the owner connects again"},
	{id: "recipient_mailbox_disabled", class: ClassRecipient, anyOf: p("contact is suppressed", "recipient address has been blocked", "invalid rcpt to address", "can't find an mx server for", "invalid_to_header", "account or domain may not exist", "no valid recipients", "has a full mailbox", "user is over the quota", "user is over quota", "invalid rcptto", "disabled recipient", "in suppression list", "recipient email is suppressed", "recipient is suppressed", "recipient address is suppressed", "unknown local user", "can't accept user", "message is looping", "mailbox is frozen", "delivery error: dd", "license expired", "archived recipient", "du destinataire", "destinatario sconosciuto", "recipient e-mail address", "recipient e-mail adress", "mailbox currently suspended", "recipient account", "not in route list", "rcpt to should not be empty", "route does not accept incoming messages", "invalid route token", "cannot deliver mail for", "cannot parse to address", "inactive recipient", "marked as inactive", "user doesn't have a", "no longer valid", "receiving mail too quickly", "invalid mailbox", "local mailbox", "locked or deactivated", "target address", "bad destination mailbox", "destination mailbox address", "account that you tried to reach", "account you tried to reach", "recipient's mailbox", "recipient mailbox", "recipient address rejected", "recipient rejected", "recipient was refused", "empfänger abgelehnt", "destinataire a refusé", "recipient not found", "recipientnotfound", "resolver.adr", "invalid recipient", "no such recipient", "unknown recipient", "recipient unknown", "mailbox is disabled", "mailbox disabled", "mailbox unavailable", "mailbox not found", "mailbox full", "mailbox is full", "over quota", "overquota", "user unknown", "unknown user", "address unknown", "no such user", "user not found", "unrouteable address", "address rejected", "not our customer", "no mailbox", "inactive user", "no valid email recipient", "account is inactive", "mailbox has been disabled", "undeliverable",
		"nicht zustellbar", "unzustellbar", "non distribuable", // "undeliverable" in German and French (round 143)
		// sendmail could not write the recipient's mailbox file (deliver.c
		// mailfile(): quota or permissions at the recipient's host).
		"can't create output", "cannot create output",
		// A recipient rejected by the destination, Microsoft's NDR "wasn't found
		// at" its domain, a contact without an address, an address skipped
		// (round 108).
		"recipient address was rejected", "wasn't found at", "have a defined email", "address ignored",
		// A contact missing an address, an address that bounced, a mailbox name
		// not allowed (RFC 5321's 553); Portuguese "invalid recipient", "has no
		// e-mail", Czech "invalid recipients" (round 116).
		"bad recipient" /* round 118 */, "unknown on host" /* round 119 */, "contact is missing", "email address bounced", "address has bounced", "mailbox name not allowed", "destinatário inválido", "destinatário invalido", "nao possui email", "não possui email", "não possui e-mail",
		"neplatní příjemci",
		"receivers email address", "receiver's email address", "receiver email address", // round 109
		// A list not found at the address, consecutive bounces, a malformed
		// address, no mailbox for the user, a user without an address or a
		// disabled one, a recipient address refused (round 111).
		"no list found with this address", "consecutive bounces", "malformed address", "no mail box", "has no email set ", "has no email set.", "has no email set,", "no email defined for",
		"verified primary email", "do not receive mail", "provided recipient",
		// An address in a bad format or without a mail server, a domain not
		// taking mail, a token's owner without an address (round 112).
		"bad address format", "no mail server for", "configured to accept email", "does not have an email address"),
		noneOf: recipientMailboxNone,
		doc:    "the recipient address or mailbox is the problem (unknown, disabled, full)"},
	// Something that "does not exist" is a recipient only when the text names
	// an address, a user, a mailbox, a domain or an account: a session, an
	// invitation, a tenant, a folder, a file or a setting that does not
	// exist is the product's (round 142).
	{id: "recipient_does_not_exist", class: ClassRecipient, anyOf: p("does not exist", "doesn't exist"),
		alsoAny: p("email", "e-mail", "address", "recipient", "user", "mailbox", "domain", "account", "550", "5.1."),
		noneOf:  slices.Concat(recipientMailboxNone, p("session", "invite", "invitation", "activation", "tenant", "folder", "configuration", "service not applicable", "file")),
		doc:     "an address, user, domain or account the mail was sent to does not exist"},
	{id: "permanently_deferred", class: ClassRejected, anyOf: p("permanently deferred", "will not succeed", "retrying will not"),
		doc: "a receiving server defers all mail from the sender for good (reputation); retrying does not help"},
	{id: "reputation_deferral", class: ClassRateLimited, on: kindSMTP, code: "4", anyOf: p("temporarily deferred", "reputation", "unsolicited", "spam", "suspicious", "rate limited", "unexpected volume", "complaints"), noneOf: p("has been blocked", "blocked", "rejected", "is filtered and this connection"), retry: hour,
		doc: "a receiving server defers mail for a while because of the sender's reputation or volume"},
	{id: "recipient_receiving_too_fast", class: ClassRecipient, allOf: p("messages to", "deferred"),
		doc: "a receiving server defers mail to one recipient that receives too much"},
	// RFC 5321's 552 reads "exceeded storage allocation" for a message too
	// big as well as for a full mailbox; 5.3.4 says which (RFC 3463: message
	// too big for system).
	{id: "message_too_big_storage", class: ClassRejected, on: kindSMTP, enhanced: "5.3.4", anyOf: p("storage allocation", "storage"),
		doc: "552 5.3.4: the message is too big for the receiving system, whatever the reply's words about storage"},
	{id: "recipient_over_quota", class: ClassRecipient, anyOf: p("is over the quota", "quota exceeded", "over quota", "overquota", "exceeded storage allocation", "mailbox size limit", "recipient has exceeded", "mailbox full", "mailbox is full", "inbox is full", "out of storage space",
		// Address validators' words (round 74).
		"out of disk space", "has run out of space", "run out of storage",
		"recipient storage full"), // round 110
		noneOf: p("rate limited", "message too big", "message size", "api quota", "account email quota", "email quota for this address", "policy rejection", "sending", "daily", "send quota", "submission",
			// The Gmail API's own quota (round 106).
			"gmail quota", "gmail api quota",
			// A sender's plan or provider quota: an upgrade, the provider's
			// limits, an API's 403, a provider named before it (families of
			// earlier rounds' misses, this stop).
			"upgrade your", "provider limits", "service provider", "(403)", "outlook quota",
			// A sending tool pausing the mailbox until its quota resets.
			"paused", "until midnight", "until tomorrow", "per day", "today"),
		doc: "the recipient's mailbox is full or receiving too fast"},
	// RFC 3463 X.2.2 is "mailbox full": quota or limit words under its transient
	// form are the recipient's storage ("422 4.2.2 Quota limit exceeded"), not a
	// sending limit. (The permanent 5.2.2 falls to recipient_over_quota's words
	// or enhanced_5.2.x_mailbox.)
	{id: "recipient_quota_status", class: ClassRecipient, on: kindSMTP, enhanced: "4.2.2", anyOf: p("quota", "limit", "storage", "full"), noneOf: p("sending", "daily", "send quota", "submission"),
		doc: "4.2.2 mailbox full (RFC 3463) with quota words: the recipient's mailbox is over its storage quota"},
	// A server that shuts a client out for a while after failed logins:
	// Kerio Connect's AntiHammering ("connection from IP address ... is
	// blocked", Kerio Connect manual, Configuring AntiHammering), Mailu's
	// front ("Authentication rate limit from one source exceeded",
	// Mailu/Mailu core/admin/mailu/internal/views/auth.py), mailcow's netfilter
	// ("N more attempts in the next S seconds until NET is banned", "Banning
	// NET", mailcow/mailcow-dockerized data/Dockerfiles/netfilter). The ban
	// lifts by itself; the password may be right or wrong.
	{id: "login_ban", class: ClassAuthTemporary, anyOf: p("antihammering", "anti-hammering", "authentication rate limit", "more attempts in the next", "banning ",
		// WildDuck (nodemailer/wildduck lib/user-handler.js rateLimitResponse()):
		// failed logins counted per IP and per user, lifted by their ttl.
		"authentication was rate limited"), retry: 30 * minute,
		doc: "the server shuts the client out for a while after failed logins: temporary"},
	{id: "account_locked_try_again", class: ClassAuthTemporary, noneOf: p("recipient address rejected", "recipient"), allOf: p("locked", "try again"), retry: hour,
		doc: "the account is locked for a while after failed logins, and the server says when to try again"},
	// ...or says how long the lock lasts ("Your account has been locked for
	// 15 minutes": Horde's; round 111).
	{id: "account_locked_for_a_while", class: ClassAuthTemporary, noneOf: p("recipient"), anyOf: p("locked for"), alsoAny: p(" minute", " hour", " min "), retry: hour,
		doc: "the account is locked for some minutes or hours after failed logins: it unlocks by itself"},
	// A limit that names its wait ("550 Too many messages. Try again in 92
	// seconds") is the limit, read by rate_limited.
	{id: "greylisted", class: ClassTransient, noneOf: p("too many", "rate limit", "rate-limit", "ratelimit", "quota"), anyOf: p("greylist", "graylist", "grey listed", "gray listed", "try again in"), retry: 5 * minute,
		doc: "greylisting or an explicit retry request"},
	// A mail server whose operator refuses logins from the client's country or
	// network, said to the login itself (an IMAP NO [ALERT], imapsync's "Error
	// login"): Dovecot's post-login scripting example answers "NO [ALERT]
	// Access not allowed from the Internet" (doc.dovecot.org, post-login
	// scripting). A receiving server's country filter on a sending IP names
	// no login and stays a rejection.
	{id: "login_network_policy", class: ClassAdmin, anyOf: p("country blocked", "country is blocked", "country is blacklisted", "country not allowed", "access not allowed from the internet"),
		alsoAny: p("login", "[alert]"), noneOf: p("recipient", "rcpt"),
		doc: "the mail server's operator refuses logins from the client's country or network: the owner's administrator or provider must allow it"},
	// Also a Korean ISP's filter of the sending IP ("421 4.3.2 Your IP(...) is
	// filtered and this connection will be closed. You must register your IP
	// to spammaster@hanafos.com", as operators quote it on kbit.tistory.com).
	// A recipient's address on a block list the sender keeps is the
	// recipient, as on a suppression list (recipient_suppressed_or_malformed);
	// an IP, a host or a sender on a block list stays a rejection (round 144).
	{id: "recipient_listed", class: ClassRecipient, anyOf: p("is blacklisted", "is blocklisted"),
		alsoAny: p("recipient"), noneOf: p(" ip ", "ip address", "your ip", "(ip", "client host", "sender", "your domain", "your server", "reputation"),
		doc: "the recipient's address is on the sender's block or suppression list: the recipient"},
	{id: "blocklisted", class: ClassRejected, noneOf: p("name or service not known", "nodename nor servname", "temporary failure in name resolution", "no address associated with hostname", "temporarily blacklisted",
		// The sending service blocked the sender's own subscription for its
		// reputation: account_blocked (round 125).
		"subscriptionblocked"), anyOf: p("remote ip is forbidden", "ip address is administratively disabled", "is filtered and this connection will be closed", "aup#cxbl", "blocked using", "spamhaus", "barracuda", "spamcop", "sorbs", "blocklist", "blacklist", "block list", "black list", "dnsbl", " rbl", "'rbl", "listed at", "listed on", "listed in", "ipcheck.proofpoint.com",
		// gromox IMAP and POP3 (grommunio/gromox mra/imap/resource.cpp 1816,
		// mra/pop3/resource.cpp 1712, commit 1892eb3d): the connection refused
		// by ip_filter_judge, which dnsbl_filter (exch/dnsbl_filter.cpp) registers.
		"access is denied from your ip address", "access denied by ipaddr filter", "senderscore", "uceprotect", "mail-abuse", "poor reputation", "sender reputation", "ip reputation", "bad reputation", "low reputation"),
		doc: "a receiving server refused the sending IP or domain because of a blocklist or reputation"},

	// ---- Provider blocks on the sending account.
	{id: "account_locked_temporarily", class: ClassAuthTemporary, on: kindSMTP, code: "4", anyOf: p("account locked", "account is locked", "account temporarily locked", "temporarily locked"), retry: hour,
		doc: "a 4xx reply saying the account is locked: a lockout that lifts by itself"},
	// A sending relay that restricts a new account's mail until it approves
	// the account (Postmark's 412: "While your account is pending approval,
	// all recipient addresses must share the same domain as the 'From'
	// address", postmarkapp.com API error codes): the owner must get it lifted.
	{id: "relay_account_pending", class: ClassBlocked, anyOf: p("while your account is pending approval"),
		doc: "the sending service restricts the account until it approves it"},
	// Exchange Online's NDR for a sender on the restricted entities list
	// ("the sending email address was not recognized as a valid sender ...
	// suspected of sending spam", learn.microsoft.com "Fix email delivery
	// issues for error code 5.1.8 in Exchange Online") is the same block.
	{id: "account_blocked", class: ClassBlocked, noneOf: p("dry-run mode", "dry run mode", // a product's own test mode (round 82)
		"invalid license", "invalid licence", "license key", "licence key", // a product's own licence (round 114)
		"update your email credentials", // an account a product disabled until the credentials are updated (round 85)
		"or the user name or password", "or the username or password", "or the password is", "or password is incorrect", "or password is invalid", "residential ip", "dynamic/residential", "recipient", "from warm-up", "from warmup", "from the warm-up", "from the warmup", "delivery temporarily suspended", "on probation", "to maintain the rate"), anyOf: p("service is temporarily blocked", "서비스가 일시적으로 차단", "account was frozen", "frozen by dynamic screening", "under investigation for spam abuse", "sending address has been blocked", "not recognized as a valid sender", "restricted from sending", "outgoing mail suspension", "outgoing mail hold", "account isn't allowed to send", "account is not allowed to send", "banned the account", "account banned", "account has been temporarily blocked", "account is temporarily blocked", "account has been blocked", "account has been temporarily suspended", "account is temporarily suspended", "account has been frozen", "account is frozen", "account has been banned", "account was banned", "account is banned", "usr_disabled", "account has been temporarily restricted", "may have been hacked", "has been suspended", "administratively locked", "locked for inactivity", "locked on suspicion", "account has been locked", "[contactadmin]", "your email address has been blocked", "blocked from sending", "sending blocked due to", "suspicious account activity", "outbound mail refused", "aup#cxmj", "restricted for sending spam", "sending for your account has been paused", "please activate your", "not yet activated", "account is not activated", "account has not been activated", "prove you are not a robot", "use web for sending", "sender address blocked", "outgoing blocked", "outgoing mail blocked", "email outgoing blocked", "unusual sending activity", "suspicious login activity", "account has been suspended", "account is suspended", "account suspended", "mailbox suspended", "mailbox has been suspended", "account has been blocked", "account is blocked", "account blocked", "locked for security reasons", "email address is frozen", "account terminated", "account has been terminated", "account was terminated", "subscription to the account has expired", "sending has been disabled", "sending is disabled", "sending paused", "sending has been paused", "account has been disabled", "account is disabled", "account disabled", "account was disabled", "account was suspended", "mailbox is suspended", "mailbox was suspended", "user account disabled", "account is frozen", "account has been frozen", "temporarily suspended", "sending privileges", "your account is under review", "account not active", "account is not active", "account(or domain) status is locked", "account is locked", "account locked", "abuse detected", "has been deactivated",
		// Azure Communication Services' SubscriptionBlocked: every request of
		// the sending subscription blocked for its reputation (round 125).
		"subscriptionblocked"),
		doc: "the provider suspended or blocked the sending account or its outgoing mail"},

	// ---- Client configuration.
	{id: "starttls_required", class: ClassConfig, anyOf: p("does not advertise the starttls", "required to send via an encrypted", "via an encrypted smtp session", "cleartext logins disabled", "cleartext login disabled", "only valid after entering tls mode", "server accepts messages only on tls connection", "plaintext authentication disabled", "plaintext authentication disallowed", "disallowed plaintext auth", "connection encryption type", "could not open secure tls connection", "insecure connection", "tls conversation required", "tls not supported here", "starttls not supported", "encrypted connection to your mail server is not available", "logging in is disabled", "unencrypted connection", "tls 1.0 and 1.1 are not supported", "support tls 1.2", "tls version", "without ssl/tls", "ssl/tls encryption", "without encryption", "without tls", "without ssl", "must issue a starttls command first",
		// gromox POP3 (grommunio/gromox mra/pop3/resource.cpp 1726, commit
		// 1892eb3d): cmdh_user() when pop3_force_tls is set on a plain connection.
		"must issue a stls command first", "run starttls first", "starttls is required", "starttls required", "must issue starttls", "tls is required", "tls required", "encryption required", "requires encryption", "plaintext authentication disallowed", "plaintext authentication is disabled", "[privacyrequired]", "ssl/tls required", "use starttls", "please use tls", "secure connection required", "only available under a layer", "ssl/tls-connection is required", "disallowed on non-secure", "on the clear-text port", "authenticate over plain-text"),
		doc: "the server requires TLS before login or mail"},
	{id: "tls_wrong_port", class: ClassConfig, anyOf: p("unable to parse tls packet header", "unrecognized ssl message", "response: -1", "unexpected packet format", "first record does not look like a tls handshake", "wrong version number", "unknown protocol", "http: server gave http response", "tls: oversized record",
		// IO::Socket::SSL when imapsync's --ssl meets a port that wants
		// --tls (STARTTLS): imapsync FAQ.d/FAQ.SSL_errors.txt (commit 02353507).
		"ssl wants a read first",
		// The same mistake in other languages' TLS stacks: Erlang's ssl reading a
		// plain "220" greeting as record type 50, rustls's CorruptMessage,
		// mail-send's MissingStartTls for a server that offers no STARTTLS, and
		// an IMAP client parsing an SMTP greeting (round 24).
		"unsupported_record_type", "corruptmessage", "missingstarttls", `during parsing of "220 `, "error in imap server greeting"),
		doc: "TLS spoken to a plain port, or plain text to a TLS port: wrong port or security setting"},
	// PHP's ssl:// transport starts TLS at once (implicit TLS,
	// www.php.net/manual/en/transports.inet.php), which ports 587 and 25 do
	// not speak: they take STARTTLS (RFC 8314 3.3, RFC 3207). (Products read
	// "tls://" as their own STARTTLS switch, so it proves nothing.)
	{id: "implicit_tls_on_starttls_port", class: ClassConfig, anyOf: p("ssl://"), alsoAny: p(":587", "port=587", "port 587", "port: 587", ":25 ", "port=25 ", "port 25 ",
		// POP3's and IMAP's plain ports, 110 and 143, which take STLS or
		// STARTTLS too (RFC 2595; RFC 8314 3.3 puts implicit TLS on 995 and
		// 993) (round 114).
		":110 ", "port=110 ", "port 110 ", ":143 ", "port=143 ", "port 143 "),
		doc: "implicit TLS (ssl://) configured on a STARTTLS port (587, 25, 110, 143): the security setting does not match the port"},
	{id: "tls_certificate", class: ClassConfig, noneOf: slices.Concat(p("unable to check revocation"), entraSecretsBlade), anyOf: p("imposible verificar la identidad del servidor", "failed loading cafile", "failed loading capath", "self_signed_cert_in_chain", "depth_zero_self_signed_cert", "unable_to_verify_leaf_signature", "unable_to_get_issuer_cert", "cert_has_expired", "err_tls_cert_altname_invalid", "cannot verify server identity",
		// iOS Mail's "Cannot Verify Server Identity" in Japanese, French,
		// Spanish, German and Chinese (round 30 quoted the Japanese), Italian,
		// Portuguese, Dutch, Russian, Korean (round 66 quoted it) and
		// Traditional Chinese, and its body ("The identity of ... cannot be
		// verified by Mail").
		"識別情報を検証できません", "impossible de vérifier l'identité du serveur", "no se puede verificar la identidad del servidor", "serveridentität kann nicht überprüft werden", "无法验证服务器身份",
		"impossibile verificare l'identità del server", "não é possível verificar a identidade do servidor", "kan identiteit van server niet verifiëren",
		"не удается проверить подлинность сервера", "невозможно проверить подлинность сервера", "서버 신원을 확인할 수 없", "서버 id를 확인할 수 없",
		"無法驗證伺服器識別", "無法驗證伺服器身分", "cannot be verified by mail",
		"pkix path", "untrusted issuer", "x509:", "certificate", "tls: bad certificate", "unknown authority"),
		doc: "the server's certificate failed verification (other name, unknown authority, expired)"},
	// .NET's System.Security.Authentication.AuthenticationException is raised
	// by SslStream when the TLS handshake fails (learn.microsoft.com dotnet api
	// system.security.authentication.authenticationexception), in whatever
	// language the message is; MailKit's login failure is another type
	// (MailKit.Security.AuthenticationException).
	{id: "tls_handshake", class: ClassConfig, noneOf: p("unexpected eof"), anyOf: p("secure connection could not be established", "ssl connection could not be established", "tls connection could not be established",
		// Erlang/OTP ssl's error terms as gen_smtp and its Elixir wrappers
		// print them (ssl(3): {tls_alert, {Alert, Description}}; an option
		// set it refuses, {options, incompatible, ...}), and TLS's
		// bad_record_mac alert (RFC 8446 6.2).
		"tls handshake failed", "tls_alert", "{:options, :incompatible", "{options,incompatible", "{options, incompatible", "{options,{{server_name_indication", "{:options, {:server_name_indication", "bad record mac",
		"tls negotiation failed with error", "system.security.authentication.authenticationexception", "ssl operation failed", "received fatal alert", "alert handshake failure", "ssl routines", "sslhandshakeexception", "tls: handshake failure", "tls: protocol version not supported", "tls: no supported versions", "tls: unsupported",
		"remote party has closed the transport stream", "a call to sspi failed", // .NET SslStream.AuthenticateAsClient (dotnet/runtime System.Net.Security Strings.resx)
		"ssl negotiation failed", "tls/ssl failure for", // UW c-client as PHP's imap_open reports it
		"during tls negotiation", "encrypted handshake failed", // round 104
	),
		doc: "TLS handshake refused: no common protocol version or cipher"},
	// Exchange Online's "Unable to Relay: Blocked by Customer Allow list" is
	// the recipient's filter refusing the sending IP, not a relay setting
	// (learn.microsoft.com, MicrosoftDocs/OfficeDocs-Support Exchange/
	// ExchangeOnline/email-delivery/ndr/unable-to-relay-blocked-by-allow-list.md).
	{id: "relay_denied", class: ClassConfig, noneOf: p("customer allow list"), anyOf: p("リレー拒否", "relay deny", "relaying prohibited", "relaying e-mail is not allowed", "relaying is not allowed", "not allow relaying", "relay operation rejected", "not allowed relay", "in the last 30 minutes", "sender should authenticate", "relay through this server", "list of allowed hosts", "relay service denied", "relaying not permitted", "relay is not permitted", "rcpthosts", "credentials for relay", "smtp relay service", "as a relay", "forward path is not allowed", "relay access denied", "relaying denied", "relaying is denied", "reencaminhamento negado", "reencaminhamento recusado", "retransmissão negada", "unable to relay", "relay not permitted", "relaying disallowed", "not permitted to relay", "relay denied", "relaying not allowed", "we do not relay", "we don't relay", "not allowed to relay", "relay not allowed", "relaying mail to", "not local host", "not a gateway", "denies relay", "relay check", "delivery is not allowed to this address", "relais refusé"),
		doc: "the server refuses to relay: not logged in, or wrong server for this sender"},
	// A product whose own mail settings are empty says so in its words (Grafana's
	// "mailing/smtp options not configured", K-9 Mail's "OAuth 2.0 is not
	// configured for this provider"): nothing about a mailbox.
	// The product's own OAuth client ID or secret not configured is its OAuth
	// app (platform), unless the text offers an app password instead (a
	// choice among its settings).
	{id: "oauth_client_not_configured", class: ClassPlatform, allOf: p("not configured"), anyOf: p("client id", "client_id", "client secret", "client_secret",
		// The product's OAuth set-up named as a whole (labelled platform in
		// all 23 held-out texts of rounds 1 to 78 that say it, round 79's
		// one config a non-mail service's); K-9 Mail's "OAuth 2.0 is not
		// configured for this provider" stays config (its catalog's reading:
		// the app offers no OAuth for the server the user chose).
		"oauth not configured", "oauth is not configured", "oauth2 not configured", "oauth2 is not configured",
		"oauth settings not configured", "oauth credentials not configured", "oauth provider not configured",
		"oauth2 provider not configured", "oauth provider is not configured", "oauth2 provider is not configured"),
		noneOf: p("app password", "for this provider"),
		doc:    "the product's own OAuth client ID or secret is not configured"},
	{id: "mailer_not_configured", class: ClassConfig, allOf: p("not configured"), anyOf: p("smtp", "mail", "oauth"),
		// ...unless it asks the owner to connect the mailbox's account: a
		// grant to give (prompts_not_connected; round 84).
		noneOf: p("please connect your"),
		doc:    "the product has no mail server settings: configuration, not the mailbox"},
	{id: "sender_mailbox_disabled", class: ClassBlocked, allOf: p("sender address rejected", "mailbox disabled"),
		doc: "the sending mailbox itself is disabled at its provider"},
	// Also Tencent Cloud SES's API error FailedOperation.NotAuthenticatedSender
	// inside its SMTP reply (tencentcloud.com document product 1084, error
	// codes): the From is not a verified sender identity.
	{id: "sender_not_owned", class: ClassConfig, anyOf: p("' - rejecting this message", "from a non-verified domain", "from an unverified domain", "is not one of your addresses", "not valid for your login", "notauthenticatedsender", "must match your authenticated", "unknown sender address", "not allowed for this authenticated session", "forged sender address", "without a sender address", "must match authenticated", "must belong to authenticated user", "must match the authenticated", "does not match the authenticated", "does not match authenticated", "cannot parse from address", "originator not accepted", "sender domain not allowed", "not an authorized sender", "doesn't conform with authentication", "sender address must contain a domain", "incorrect sender header", "sender address is not allowed", "must equal authorized user", "mail from must equal", "unconfigured sending domain", "not associated with your account", "ip address is not allowed", "mail command failed", "not allowed in header", "not authorized to perform", "as a sender domain", "not allowed to use the domain", "sandbox subdomains", "authorized recipients", "for test purposes only", "sender signature", "local user only", "not allowed to send from", "not available in bridge", "verify the outgoing server settings", "not owned by user", "sender is not same as", "authenticated user must be the same", "envelope from address", "not same as smtp authenticate", "must be same as authorization user", "sender address does not match", "from address does not match",
		// Exchange's 554 "Originator address does not match authentication
		// credentials" (round 122).
		"address does not match authentication",
		// Azure Communication Services' DomainNotLinked: the sender's domain is
		// not linked to the resource (round 125).
		"domain has not been linked", "domainnotlinked", "does not match a verified sender", "sender signature not defined", "email address is not verified", "identity not verified", "not verified", "sender not allowed", "unauthorized use of sender", "match auth domain", "not authorized to send from", "not allowed to send as", "sender address rejected"),
		doc: "the From address does not belong to the logged-in account or is not verified"},
	// The same refusal naming both addresses ("550 5.7.1 Username
	// info@example.com and sender blxxx@gmail.com doesn't match", a shop's
	// SMTP test in round 26).
	{id: "sender_login_mismatch", class: ClassConfig, allOf: p("and sender", "username", "match"),
		doc: "the server names the login and the From address that do not match"},
	// Outlook.com and Microsoft 365 no longer take passwords over IMAP, POP
	// and SMTP (learn.microsoft.com, "Modern authentication methods now
	// needed to continue syncing Outlook Email in non-Microsoft email apps",
	// September 2024): iOS and Apple Mail say the Microsoft host "doesn't
	// support password authentication", and the owner adds the account again
	// with Microsoft's sign-in. Another server that says so offers only other
	// mechanisms (auth_mechanism_unsupported).
	{id: "password_auth_ended", class: ClassAuth, anyOf: p("doesn't support password authentication", "does not support password authentication"), alsoAny: p("outlook.", "office365", "hotmail", "live.com"),
		doc: "a Microsoft mail host no longer takes passwords: the owner signs in with Microsoft instead"},
	// A server that did not take the value sent with AUTH (LOGIN's base64
	// password, PLAIN's credentials) refused the credentials, not the
	// mechanism: RFC 4954 section 4 answers credentials it rejects with 535.
	// Command-line mailers say so, and ask whether the password is correct
	// (round 147).
	{id: "sasl_value_refused", class: ClassAuth, anyOf: p("did not accept auth", "didn't accept auth"), alsoAny: p(" value", "passwd", "password correct"),
		doc: "the server did not take the credentials sent with AUTH: the password is wrong"},
	{id: "auth_mechanism_unsupported", class: ClassConfig, anyOf: p("unsupported auth mechanism", "loginbadmethodexception", "login-bad-method", "support password authentication", "is not compiled in", "does not offer starttls", "doesn't offer starttls", "does not advertise starttls", "does not advertise auth", "doesn't advertise auth", "wrong authentication type", "auth extension is not supported", "auth extension not found", "no login methods supported", "authentication method proposed by the mail server", "none of the authentication methods", "unimplemented command", "no usable mech", "no authenticators available", "doesn't support encrypted passwords", "no es compatible con la autenticación", "invalid challenge", "wants more steps", "krb5 extension", "for gssapi authentication", "does not support smtp auth", "auth type", "auth extension not supported", "supported by both server and client", "no authentication mechan", "invalid sasl challenge", "no form of authorization", "no form of authorisation", "another step is needed", "invalid sasl argument", "unrecognized authentication type", "unrecognised authentication type", "does not support xoauth", "unsupported authentication package", "authentication mechanism not supported", "mechanism not supported", "invalid authentication mechanism", "unsupported authentication mechanism", "no mechanism available", "server doesn't support auth", "server doesn't support starttls", "authentication not enabled", "auth not available", "auth command not available", "mechanism is too weak", "auth not supported", "unknown authentication mechanism", "unsupported mechanism", "unsupported sasl mechanism", "no supported authentication", "auth mode unsupported", "selected authentication method", "mechanism too weak", "encryption needed to use mechanism", "invalid base64", "malformed auth input", "malformed authentication request", "mechanism not specified", "initial data not expected", "authenticate is not enabled", "unsupported authenticate mechanism", "used when not advertised", "認証方式をサポートしていません",
		// A mechanism written "auth mechanism", none of them suitable (round
		// 137: check plugins in Go and Python).
		"auth mechanism unavailable", "auth mechanism unsupported", "auth mechanism is not supported", "suitable auth method",
		// lettre (src/transport/smtp/client/connection.rs): none of its
		// mechanisms is offered; a server that cannot base64-decode the AUTH
		// argument answers 501 (RFC 4954 4; sendmail srvrsmtp.c "cannot decode
		// AUTH parameter", Exchange "Cannot decode arguments").
		"no compatible authentication mechanism", "no compatible auth mechanism", "cannot decode auth parameter", "cannot decode arguments", "cannot decode response",
		// A 502 to AUTH: the command is not implemented (RFC 5321 4.2.2,
		// enhanced 5.5.1), whatever the client's wrapper says ("Invalid
		// login: 502 ..."); an auth method the product or server does not
		// take (round 114).
		"command not implemented", "502 unimplemented", "502 5.5.1 unimplemented", "wrong authentication method", "unsupported authentication method",
		// A relay without implicit TLS (round 115).
		"support implicit tls",
		// No login method the client and server share, in clients' own
		// words: a server that offers no AUTH, a scheme or procedure the
		// client does not know, the only methods it knows (held-out round
		// 130: Mew, lua-resty-smtp, Emacs, Pharo, Dyalog APL).
		"no smtp auth", "smtp auth not available", "smtp auth is not available", "unsupported login method",
		"invalid authentication scheme", "unknown authentication scheme", "unsupported authentication scheme", "only auth login",
		"only auth plain",
		// A server that would not take the AUTH command's mechanism (round 134),
		// or that needs no AUTH at all (round 147).
		"accept auth login", "accept auth plain", "does not require auth"),
		doc: "the server does not offer the login mechanism or command the client used"},
	{id: "auth_required_first", class: ClassConfig, noneOf: slices.Concat(noGrantHeldWords, p("invalid details provided", "resolver.rst",
		// A grant to renew: "Re-auth required: token expired" (round 74).
		"re-auth required", "reauth required", "token expired",
		// "Multi-factor authentication is required": a second factor, not a
		// login never attempted (mfa_reconnect_required reads it, round 123).
		"multi-factor", "two-factor")), anyOf: p("not logged in", "may require authentication", "must be in authenticated or selected state", "this command is only valid after a login", "must log in to send", "must authenticate to send", "must be authenticated to send", "first check your mail", "turn on smtp authentication", "client was not authenticated", "requires a secure connection",
		// .NET's SmtpException for the same reply in the language Windows is
		// set to ("Le serveur SMTP requiert une connexion sécurisée ou le client
		// n'était pas authentifié"; Microsoft's translated SQL Server Reporting
		// Services articles quote it, round 27).
		"sichere verbindung erforderlich, oder der client", "requiert une connexion sécurisée ou le client", "requiere una conexión segura o el cliente", "requer uma conexão segura ou o cliente", "authentication required", "authentication is required", "auth is required", "must authenticate", "authenticate first", "not authenticated", "please authenticate", "auth required", "authorization required", "unauthenticated senders not allowed", "sender must authenticate", "smtp auth required", "requires authentication", "login first", "need to authenticate",
		// Tencent Exmail's and QQ Mail's reply to MAIL FROM before AUTH (round 123).
		"need ehlo and auth first"),
		doc: "the client sent mail without logging in (authentication not attempted)"},
	// A client with no server host set: Go dials ":587" or reports "dial tcp:
	// missing address" (net/ipsock.go errMissingAddress), Ruby names the empty
	// host ("connect(2) for \"\" port 587", Errno::ECONNREFUSED). The refused
	// or failed connection is the product's missing setting, not the network.
	{id: "host_missing", class: ClassConfig, anyOf: p("dial tcp: missing address", "dial tcp :", `for "" port`, "no host supplied"),
		doc: "the client has no mail server host set: configuration"},
	{id: "wrong_protocol", class: ClassConfig, anyOf: p("ok [capability", `invalid response code: "`),
		doc: "the server speaks another protocol (a POP3 or IMAP port configured as SMTP)"},
	// A server that turns connections away because it is full: Dovecot's
	// login processes at their client limit ("Disconnected: Connection
	// queue full (no auth attempts in 0 secs)", src/login-common/main.c)
	// and servers' "too busy". No login was tried; it passes with load.
	{id: "server_overloaded", class: ClassTransient, anyOf: p("connection queue full", "server too busy", "server is too busy"),
		doc: "the server turned the connection away because it is full"},
	{id: "retired_host", class: ClassConfig, noneOf: p("too busy", "temporarily refused"), anyOf: p("wrong office 365 region", "or must be subscribed to", "invalid characters in atom", "servname not supported", "additional arguments found", "error in imap command received", "invalid greeting", "[trycreate]", "provisioning failed", "[clientbug]", "[cannot]", "wrong host name", "server names are no longer available", "use the correct new server", "invalid input from", "too many invalid commands", "no auth attempts", "command received in invalid state",
		// nginx's mail proxy (src/mail/ngx_mail_imap_handler.c, ngx_mail_pop3_handler.c): a LOGIN, USER or AUTH
		// before STARTTLS under starttls only, a disabled mechanism or an unknown command
		"bad invalid command", "-err invalid command"),
		doc: "the client uses a retired server name or sent a malformed command"},
	// A sync tool whose stored state no longer matches the server's folder:
	// isync's "Unable to recover from UIDVALIDITY change" and "UIDVALIDITY
	// genuinely changed" (isync src/sync.c), OfflineIMAP's "UID validity
	// problem for folder" and "does not have a message with UID"
	// (offlineimap offlineimap/folder/IMAP.py, accounts.py). The tool's state
	// must be reset; no login or retry does it.
	{id: "sync_state_mismatch", class: ClassConfig, anyOf: p("max_uidinvalid_resyncs", "recover from uidvalidity change", "uidvalidity genuinely changed", "uid validity problem", "does not have a message with uid"),
		doc: "a mail sync tool's stored state no longer matches the server's folder (UIDVALIDITY changed): reset the tool's state"},
	// Its earlier words: "The login is not safe! Please update your mail
	// client" (pointing at mail.163.com/dashi).
	{id: "netease_unsafe_login", class: ClassConfig, anyOf: p("login is not safe", "unsafe login"), provider: "netease",
		doc: "NetEase: the IMAP client did not send the ID command (RFC 2971) after login"},
	{id: "port_blocked", class: ClassConfig, anyOf: p("forbidden by its access permissions", "port 25 is blocked", "outbound port 25"),
		doc: "the network the client runs on blocks the SMTP port"},
	// A mail host mistyped in the settings: "smpt." for "smtp.", or a big
	// provider's name misspelt ("smtp.gmaill.com", "outlook.office356.com").
	// Such a host resolves nowhere or to no mail server, so the connection
	// fails whatever the client says of it (a timeout, an unknown host, a
	// send that "failed"): the host setting, not the network. A reply from
	// the host (a refused login) means it exists, and decides instead.
	{id: "mail_host_mistyped", class: ClassConfig,
		anyOf: p("smpt.", "'smpt'", "smtp.gmaill.", "smtp.gmial.", "smtp.gamil.", "smtp.gnail.", "imap.gmaill.", "imap.gmial.", "imap.gamil.",
			"smtp.office356.", "outlook.office356.", "smtp.ofice365.", "smtp.offce365.", "smtp.outlok.", "smtp-mail.outlok.", "smtp.mail.yahooo."),
		alsoAny: slices.Concat(portFailed44, p("unknown host", "not known", "enotfound", "no such host", "resolve", "not found", "nicht gefunden")),
		noneOf:  slices.Concat(portServerAnswered44, p("password", "credentials", "authentication failed", "auth failed", "login failed", "not accepted")),
		doc:     "the mail host in the settings is mistyped (\"smpt.\", a provider's name misspelt), so the connection failed: fix the host"},
	// The same failure for a provider's own host spelled right: no typo in
	// the settings but a name server that did not answer (the hosts the
	// providers publish: Gmail, support.google.com/mail/answer/7126229;
	// Outlook.com and Microsoft 365, support.microsoft.com "POP, IMAP, and
	// SMTP settings for Outlook.com"; Yahoo, help.yahoo.com; iCloud,
	// support.apple.com/102525; Zoho, Yandex, Mail.ru, QQ, NetEase, GMX,
	// AOL, Brevo and SendGrid in their help pages; Google's and
	// Microsoft's token endpoints, RFC 8414 metadata). Held-out rounds label
	// these transient and a misspelt, quoted or address-shaped host config:
	// the host must follow a space, as a resolver's message writes it.
	{id: "dns_provider_host", class: ClassTransient,
		anyOf: p(" smtp.gmail.com", " imap.gmail.com", " pop.gmail.com", " smtp-relay.gmail.com", " oauth2.googleapis.com", " accounts.google.com",
			" gmail.googleapis.com", " smtp.office365.com", " outlook.office365.com", " smtp-mail.outlook.com", " imap-mail.outlook.com",
			" login.microsoftonline.com", " graph.microsoft.com", " smtp.mail.yahoo.com", " imap.mail.yahoo.com", " smtp.mail.me.com",
			" imap.mail.me.com", " smtp.zoho.com", " imap.zoho.com", " smtp.zoho.eu", " imap.zoho.eu", " smtp.yandex.ru", " imap.yandex.ru",
			" smtp.yandex.com", " imap.yandex.com", " smtp.mail.ru", " imap.mail.ru", " smtp.qq.com", " imap.qq.com", " smtp.exmail.qq.com",
			" smtp.163.com", " imap.163.com", " smtp.126.com", " imap.126.com", " mail.gmx.net", " imap.gmx.net", " smtp.aol.com",
			" imap.aol.com", " smtp-relay.sendinblue.com", " smtp-relay.brevo.com", " smtp.sendgrid.net"),
		alsoAny: p("enotfound", "eai_again", "unknownhostexception", "unknown smtp host", "unknown imap host", "no such host",
			"name or service not known", "nodename nor servname", "could not resolve", "couldn't resolve", "failed to lookup",
			"name resolution", "getaddrinfo"),
		doc: "a provider's own mail or token host, spelled right, did not resolve: the name server, not the settings"},
	{id: "dns_not_found", class: ClassConfig, noneOf: p("host unknown (name server", "temporary failure in name resolution"), anyOf: p("getaddrinfo failed", "couldn't resolve the smtp server", "the server cannot be found", "unknown smtp host", "unknown imap host", "unknown smtp server", "unknown imap server", "no address associated with hostname", "nodename nor servname",
		// Node's error code, never the "enotfound" inside Java's and Python's FileNotFound.
		" enotfound", "'enotfound", `"enotfound`, ":enotfound", "=enotfound", "(enotfound", "[enotfound", "getaddrinfo enotfound",
		// EWS: the address space record (a DNS domain) for cross-forest requests is not in Active Directory.
		"erroraddressspacenotfound", "no such host", "nxdomain", "name or service not known", "host not found", "unknown host"),
		doc: "the server's host name does not exist (typo or wrong host)"},

	// ---- Rate limits and throttling.
	{id: "rate_limited", class: ClassRateLimited, noneOf: p("mail size", "message size", "size limit"), anyOf: p("sending too much emails", "sending too much email", // round 115
		"quota d'envoi", // French "sending quota" (round 117)
		// Exchange's POP3 and IMAP error names for a user's connections
		// over its limit (round 129).
		"connectionlimitreached",
		"quota is exhausted",                                  // round 116
		"reached your quota for today", "more email(s) today", // a mail merge's daily quota (round 84)
		"number of requests for today",    // round 86
		"request limit was reached",       // Google's, in a product's words (round 85)
		"exhausted quota", "quota renews", // round 89
		"thread limit", "reached your monthly", // round 110
		"emails this hour", "emails this month", "daily quota", "remaining credits", // round 111
		"due to quota", "send cap", "sending cap", // round 95
		"limiting connections", "too many simultaneous", // round 96
		"limit dzienny",           // Polish: daily limit (round 91)
		"exceeded limit for mail", // round 92
		// The most messages in a period, Alibaba Mail's RCPT thresholds
		// (its 504 and 505, not RFC 5321's parameter errors) (round 120).
		"maximum number of emails", "maximum number of messages", "maximum threshold",
		"freq out of limit", "traffic quota", "sending quota has been exceeded", "number of sessions exceeds", "kontingent überschritten", "quota d'e-mails du compte dépassé", "mail limit has been reached", "message limit has been reached", "sending limit has been reached", "retrying too fast", "package exceeded", "maximum number of sent emails", "quota_exhausted", "quota exhausted", "exponential backoff", "reciplimit", "too many recipients", "temporarily deferred", "http code 429", "status code 429", "429 too many requests", "due to heavy usage", "aup#cxcnct", "outgoing limits", "mails per session", "per hour", "emails per hour", "hour limit", "exceeded hour", "outgoing messages was exceeded", "number of allowed outgoing", "too frequent", "too many recipient", "rcpt numbers", "on probation", "messages / hour", "messages per hour", "messages per day", "per day", "per 24 hours", "rcpts per", "recipients per", "relay quota", "over your quota", "daily message limit", "message limit exceeded", "sending limit", "hourly limit", "per hour limit", "messaging limit", "frequency limited", "frequency limit", "too many sessions", "concurrent sessions", "too many invalid addresses", "transfer quota", "number of concurrent", "max number of messages", "max number of new/first-time recipients", "messages per session", "too many invalid recipients", "hl:ifc", "hl:icc", "hl:irc", "mi:dmc", "mi:stc", "mi:sfq", "rate limit", "ratelimit", "rate-limit", "too many connections", "too many concurrent", "too many messages", "too many recipients", "too many requests", "sending rate", "throttl", "quota exceeded", "limit exceeded", "exceeded the rate", "slow down", "[tss0", "[ts0", "too much mail", "too many emails", "too many mails", "unexpected volume", "connection limit", "concurrent connection", "max connections", "exceeded the maximum"),
		retry: 30 * minute,
		doc:   "the provider throttles: too many connections, messages or recipients"},

	// ---- Credentials rejected (RFC 4954 535 5.7.8; IMAP RFC 5530 AUTHENTICATIONFAILED).
	{id: "tls_unavailable", class: ClassTransient, anyOf: p("tls not available", "starttls not available", "tls is not available", "tls currently unavailable"),
		doc: "the server cannot offer TLS right now (454 4.7.0 TLS not available due to local problem)"},
	{id: "code_454", class: ClassAuthTemporary, on: kindSMTP, code: "454", anyOf: p("auth", "login", "scram not possible"), retry: 15 * minute, doc: "454 temporary authentication failure"},
	{id: "no_greeting", class: ClassTransient, anyOf: p("greeting never received", "empty startup greeting", "no greeting"),
		doc: "the server never sent its greeting (overloaded or a wrong port)"},
	{id: "temporary_auth_4xx", class: ClassAuthTemporary, on: kindSMTP, code: "45", anyOf: p("auth error", "authentication failed", "auth failed", "login failed"), retry: 15 * minute,
		doc: "a 45x reply to a login: the provider could not check the credentials just now"},
	{id: "server_internal_error", class: ClassTransient, anyOf: p("could not be queued", "the request processing has failed", "internal delivery error", "saving message to disk", "-err can't open your mailbox", "internal login failure", "internal error", "internal server error", "system error", "unexpected error"),
		doc: "the server reports an internal error"},
	// The address status codes 5.1.1 and 5.1.10 (RFC 3463) say the reply is about a
	// recipient, whatever words about users it carries ("550 5.1.1 Invalid user").
	{id: "recipient_status_code", class: ClassRecipient, on: kindSMTP, enhanced: "5.1.1*", noneOf: p("sender", "from address", "mail from"),
		doc: "5.1.1 and 5.1.10: the reply is about a destination address, even when it speaks of an invalid user"},
	{id: "recipient_user_550", class: ClassRecipient, on: kindSMTP, code: "55", anyOf: p("invalid user", "unknown user", "no such user", "user not found", "invalid mailbox", "mailbox not found", "host unknown",
		"caixa de correio indisponível", "caixa postal indisponível", "buzón no disponible", "boîte aux lettres indisponible", "boîte aux lettres non disponible", "casella di posta non disponibile", "casella postale non disponibile", "postfach nicht verfügbar", "postfach ist nicht verfügbar", "mailbox niet beschikbaar"),
		doc: "a 55x reply naming an unknown or invalid user refers to the recipient"},
	{id: "app_password_required", class: ClassAuth, anyOf: p("parol prilozheniya", "user has no permission", "app password", "application password", "app-specific password", "application-specific password", "app-password", "apppassword"),
		// What both app-password rules leave (appPasswordNone).
		noneOf: appPasswordNone,
		doc:    "the provider requires an app password instead of the account password"},
	// Google's "less secure apps": a sign-in with the account's own password
	// from a third-party app, refused since May 2022; the owner signs in
	// with an app password instead
	// (https://support.google.com/accounts/answer/6010255). Advice that a
	// product appends to a connection that failed is no refusal (round 142).
	{id: "google_less_secure_app", class: ClassAuth, anyOf: p("less secure app", "less-secure app", "lesssecureapps"),
		noneOf: slices.Concat(appPasswordNone, p("connect() failed", "could not connect", "couldn't connect", "unable to connect", "failed to connect", "connection failed", "connection refused", "connection reset", "timed out", "timeout")),
		doc:    "Google refused a password sign-in from a less secure app: the owner needs an app password"},
	// NetEase's and QQ's app password is called an "authorization code"
	// (授权码): a refused mail login that asks for one. Read only beside
	// the words of a mail login (an OAuth authorization code is the
	// product's exchange: oauth_code_exchange_failed, oauth_code_invalid).
	{id: "app_password_code", class: ClassAuth, anyOf: p("authorization code", "authorized code to login"),
		alsoAny: p("login", "log in", "535", "smtp", "imap", "pop3", "qq.com", "163.com", "126.com", "netease", "邮箱"),
		noneOf:  appPasswordNone,
		doc:     "the provider requires an app password by the name authorization code (NetEase, QQ) instead of the account password"},
	{id: "client_login_failed", class: ClassAuth, allOf: p("login to server", "failed"),
		doc: "a mail client's own message for a refused login (Thunderbird)"},
	{id: "client_login_request_failed", class: ClassAuth, allOf: p("login request", "failed"), noneOf: otherSignIns,
		doc: "a mail client's own message for a refused login request (imapfilter)"},
	// A reply that refuses the AUTH command itself (RFC 5321 4.2.4: 502
	// command not implemented, 504 parameter not implemented; RFC 4954 4: 504
	// for an unrecognized mechanism) was never asked about the credentials,
	// whatever the library's wrapper says ("Invalid login: 502 Command \"AUTH
	// PLAIN ...\" not implemented", nodemailer/nodemailer#878).
	{id: "auth_command_not_implemented", class: ClassConfig, on: kindSMTP, code: "50", allOf: p("auth"), anyOf: p("not implemented", "unrecognized command", "unrecognised command", "command unrecognized"),
		doc: "the server does not implement the AUTH command or the mechanism the client sent: a mechanism or port setting, not the credentials"},
	// An access token refused only because it expires within minutes
	// (Exchange's "501 5.5.127 Invalid XOAUTH2 auth data - Token will expire
	// soon", tarickb/sasl-xoauth2#98): the client refreshes it and the next
	// attempt succeeds.
	{id: "oauth_token_expiring", class: ClassTransient, anyOf: p("token will expire soon"), retry: 5 * minute,
		doc: "the server refused an access token about to expire: a refresh mends it, no reconnect"},
	// Roundcube's "Login failed for USER from IP. Could not connect to
	// HOST:PORT: REASON" (roundcube/roundcubemail program/lib/Roundcube/
	// rcube_imap_generic.php): the connection failed, the login never ran.
	// A lookup that failed is read above as the host setting.
	{id: "login_connect_failed", class: ClassTransient, allOf: p("login failed for", "could not connect to"),
		doc: "a webmail's login wrapper around a connection that failed: the login never ran"},
	// A failed authentication whose stated cause is the mailbox's token,
	// expired or revoked: the grant is gone, and the owner connects the
	// mailbox again.
	// An expiring token is above (oauth_token_expiring); another service's
	// token is not the mailbox's (round 142).
	{id: "auth_failed_token_gone", class: ClassRevoked, allOf: p("token"),
		anyOf:   p("token may be expired", "token may have expired", "token is expired", "token has expired", "token expired", "invalid or revoked", "expired or revoked", "token was revoked", "token has been revoked", "refresh authentication token", "please try to reauthenticate", "please re-authenticate"),
		alsoAny: p("authentication failed", "authentication error", "auth failed", "auth error", "authentication token", "token validity"),
		noneOf:  slices.Concat(notMailConnection, gen51OtherAPIs, p("api key", "apikey", "session", "bot token", "redirecting to login", "redirect to login", "login page")),
		doc:     "an authentication failed because the mailbox's OAuth token expired or was revoked: the owner connects it again"},
	// A code the user typed and the product checked (an OAuth authorization
	// code pasted back, a one-time code) is no mailbox password, whatever
	// failed around it (round 144). Not a text that names a password too.
	{id: "entered_code_not_password", class: ClassUnknown,
		anyOf:  p("check the code", "verify the code", "verifica el código", "verifique el código", "verifique o código", "vérifiez le code", "prüfen sie den code", "überprüfen sie den code", "controlla il codice", "controleer de code"),
		noneOf: p("password", "contraseña", "mot de passe", "passwort", "senha", "wachtwoord"),
		doc:    "a code the user entered was refused (an authorization code pasted back, a one-time code): no mailbox password, no verdict"},
	// A server that "rejected the" user, login or address "or password",
	// whatever it calls the first half (round 143).
	{id: "rejected_name_or_password", class: ClassAuth, allOf: p("rejected the", "or password"), noneOf: otherSignIns,
		doc: "the server rejected the mailbox's name or password, in a product's words"},
	{id: "credentials_rejected", class: ClassAuth, anyOf: p("wrongauthenticationcredentials", "アカウント名またはパスワードを確認できません", "のパスワードが違います", "niepoprawny login lub hasło", "login oder passwort stimmen nicht", "nieprawidłowe dane dostępowe do konta", "credenciais de email estão erradas", "e-mail-zugangsdaten sind falsch", "資格情報を使用してメールサーバーにサインインできません", "authentification failed", "authentification failure", "authentification unsuccessful", "authentification error", "échec authentification", "or the user name or password specified is invalid", "user's password is expired", "authenticate invalid",
		// The login to a named SMTP or IMAP server or relay failed, as a health
		// check or a mail server's relay setup says it (round 115).
		"error login to smtp server", "error login to imap server", "authentication on the smtp relay failed",
		"incorrect login credentials", "wrong login credentials", // as "invalid login" below (round 143)
		"-err access denied", // a POP3 server's refused USER/PASS (round 119)
		"authentication on the smtp server failed", "authentication on the imap server failed",
		// A mail client's request after the server refused the login
		// ("Verify that the username and password are correct", round 32).
		"verify that the username and password are correct", "verify that the user name and password are correct", "check that the username and password are correct", "check that the user name and password are correct", "check your email login credential", "credentials are out of date", "private key checksum failure", "api key authentication/authorization failure", "verify your access key", "key not found in database", "incorrect apikey", "err=auth_failed", "false logon", "user id or password", "invalid details provided", "using the correct user name and password", "using the correct username and password", "login was not successful", "login was unsuccessful", "password error", "login error or password", "update the password", "update your password", "not the password", "password fail", "password must be changed", "must change your password", "credentials expired", "credentials have expired", "credentials has expired", "make sure the user name and password", "make sure the username and password", "user name and password you entered", "verify smtp username", "check your username and password", "authorization failed (", "auth error", "unable to authenticate", "could not authenticate", "could not log in", "verify your credentials", "authentication fault", "denied authentication", "valid server token", "incorrect api token", "invalid api key", "failed to authenticate", "those credentials", "invalid credentials", "invalid imap credentials", "invalid smtp credentials", "invalid pop3 credentials", "toid authentication disabled", "invalid login", "invalid username or password", "invalid user name or password", "authentication credentials invalid", "bad username", "incorrect password", "wrong password", "password incorrect", "invalid password", "password is incorrect", "password is wrong", "password wrong", "invalid-credentials", "bad password", "password rejected", "password was rejected", "was rejected by the mail server",
		// The stored password or the e-mail credentials to update, Italian
		// "e-mail or password not valid" (round 85).
		"rejected the stored password", "update your email credentials",
		// The login "was rejected" by the server, Turkish "authentication
		// failed" (round 89).
		"authentication was rejected", "authentication has been rejected", "authentication was refused", "authentication başarısız", "kimlik doğrulama başarısız", "kimlik doğrulaması başarısız",
		// Portuguese "invalid credentials" written without accents (round 90).
		"credenciais invalidas", "erro de autenticacao", "email o password non valid", "login failed", "login fail", "logon failure", "can no longer authenticate", "sign-in attempt was blocked", "sign in attempt was blocked", "sign-in attempt blocked", "authentication failed", "authentication failure", "auth failed", "auth failure", "authentication unsuccessful", "authentication rejected", "[authenticationfailed]", "[authorizationfailed]", "authenticate failed", "login incorrect", "invalid user", "incorrect username", "username or password", "login or password", "user name or password", "account name or password", "credentials rejected", "credentials invalid", "please re-authenticate", "-err authorization failed", "incorrect authentication data", "authentication error", "[expired]", "password expired", "password has expired", "failed to login", "recent password change", "please update the credentials",
		// chasquid (albertito/chasquid internal/auth/auth.go DecodeResponse):
		// the login name lacks its domain; the owner logs in with the full address.
		"must be in the form user@domain",
		// Zoho Mail's SMTP answer to a login name that is not the mailbox's
		// address (mastodon/mastodon#33404): the owner logs in with the address.
		"username used for auth is not valid email address",
		// A mailbox that turned down the password it was given (round 110);
		// a refusal that asks for the mailbox's user name (S60; round 111).
		"turned down the password", "check your mailbox username",
		// A refusal that names another possible cause (round 112).
		"login credentials are incorrect",
		// A server that "rejected authentication" (round 138); a POP3
		// server's -ERR to PASS that refuses the login, even when it adds
		// "please try again" (round 149).
		"rejected authentication", "-err login rejected", "-err negative login"),
		// Another service's sign-in ("RingCentral auth failed (401)", "Reddit
		// auth failed with status 401": held-out round 54) and an OAuth flow's
		// own state check are not the mailbox's password.
		noneOf: slices.Concat(settingsOwnedWords, p("re-authenticate to confirm", "reauthenticate to confirm",
			// A grant revoked (round 82): the grant rules decide. An OAuth
			// error is no "auth error" (round 83). An unverified sender
			// identity is no refused login (Amazon SES; round 84). A page's
			// own token sending it to its login, an admin password to change
			// before production (round 85).
			"token has been revoked", "oauth error", "not a verified identity", "redirecting to login", "must be changed in production",
			// A decryption's own authentication tag (AES-GCM's "message
			// authentication failed", Node's "unable to authenticate data"; a
			// DavMail token that a wrong password cannot decrypt stays a
			// refused login), the OAuth app's registration, Poland's
			// e-invoicing API, a quantum key manager (round 91).
			"failed to decrypt", "message authentication failed", "unable to authenticate data", "app registration", "ksef", "kme authentication",
			// A login that could not reach its server (round 85).
			"backend unreachable", "server unreachable",
			"service account configuration",
			// The server lacks the capability the client needs (round 67):
			// no credentials were tried.
			"missing capability",
			// A product's own session and a device's wipe warning (held-out round 64).
			"authenticate session", "authenticate the session", "authenticate your session", "device's data will be", "device’s data will be", "data will be erased", "data will be deleted", "to confirm deletion", "comply with", "password policy", "requires at least", "password reset data", "reset data supplied", "password reset link", "password reset token", "password reset code", "starttls failed", "inbound authentication failed", "no password error", "for receive connector", "bad login failed", "illegal arguments", "empty response", "0 possible authenticators", "temporar", "timed out", "timeout exceeded", "i/o timeout", "connection refused", "connection reset", "socket error",
			"state mismatch", "csrf",
			// An authentication that timed out, a mechanism the client has
			// not implemented (round 106).
			"authentication timeout", "login timeout", "not implemented",
			// None configured at all (round 107): a setting. A mechanism the
			// client does not support (round 109): no credentials were tried.
			"no credentials configured", "unsupported auth mechanism", "unsupported authentication mechanism",
			// A user name or password missing from the settings (round 112).
			"missing smtp username", "missing username or password", "missing user name or password"), otherSignIns, noGrantHeldWords, notMailboxLoginWords),
		doc: "the server rejected the user name and password or app password"},

	// Swift Mailer and Symfony Mailer list every authenticator they tried
	// (swiftmailer lib/classes/Swift/Transport/Esmtp/AuthHandler.php,
	// symfony/mailer Transport/Smtp/EsmtpTransport.php): when one of them got a
	// 535 whose words refuse the login, the others' empty answers after it do
	// not make it a network failure (swiftmailer/swiftmailer#1342).
	{id: "wrapped_535_refused", class: ClassAuth, on: kindSMTP, code: "535", anyOf: p(`but got code "535"`), alsoAny: p("invalid login", "password", "credentials", "authentication failed", "username", "user name"), noneOf: p("temporar"),
		doc: "a mailer library's list of mechanisms tried, one of them refused with 535 for the credentials"},

	// ---- Transient network and server trouble.
	// A tagged BAD is the server refusing a command it could not parse or
	// does not support (RFC 9051 7.1.3): go-imap prints it "imap: BAD ...",
	// Ruby's net-imap raises Net::IMAP::BadResponseError. The client's
	// command or setting, never the password.
	{id: "imap_bad_command", class: ClassConfig, anyOf: p("badresponseerror", "imap: bad "), noneOf: p("password", "credentials", "authenticationfailed", "authentication failed"),
		doc: "the IMAP server answered BAD to a command it cannot parse or does not support: the client's command or setting"},
	// An API that answered an HTML page where JSON was expected (a proxy, an
	// outage page): Go's encoding/json "invalid character '<' looking for
	// beginning of value", JavaScript's "Unexpected token < in JSON".
	{id: "api_answered_html", class: ClassTransient, anyOf: p("invalid character '<' looking for beginning of value", "unexpected token < in json", "unexpected token '<', \"<"), retry: 5 * minute,
		doc: "an API answered an HTML page instead of JSON: temporary"},
	// PHP without the IMAP functions (php.net, ini disable_functions: "...
	// has been disabled for security reasons"; the extension not installed:
	// "Call to undefined function imap_open()"): the host's setup.
	{id: "php_imap_missing", class: ClassConfig, anyOf: p("() has been disabled for security reasons", "call to undefined function imap_"),
		doc: "PHP has no IMAP functions (disabled or not installed): the host's setup"},
	{id: "imap_unavailable", class: ClassTransient, anyOf: p("indicates a server bug", "uid of a message changed unexpectedly", "[unavailable]", "[inuse]", "[in-use]", "[serverbug]", "[limit]"), retry: 5 * minute,
		doc: "IMAP server temporarily unavailable (RFC 5530 UNAVAILABLE, INUSE, SERVERBUG, LIMIT)"},
	{id: "network_timeout", class: ClassTransient, anyOf: p("execution expired", "timedout", "operation was canceled", "operation canceled", "i/o timeout", "timed out", "timeout", "deadline exceeded", "context canceled"),
		// A timeout to set is a setting (round 154).
		noneOf: p("timeout must", "timeout should"),
		doc:    "a network operation timed out or was cancelled"},
	// Also the errno texts of an unreachable network or host (ENETUNREACH,
	// EHOSTUNREACH as strerror and Python print them: "[Errno 101] Network
	// unreachable"), Zend/Laminas Mail's "No connection has been established
	// to <host>" (laminas/laminas-mail src/Protocol/AbstractProtocol.php), and
	// a peer closing the connection ("closed by server", "closed by foreign
	// host").
	// Swift Mailer and Symfony Mailer when no reply was read at all: 'but got
	// code ""' (swiftmailer AbstractSmtpTransport::assertResponseCode), 'but got
	// empty code' (symfony/mailer Transport/Smtp/SmtpTransport.php).
	// Windows' own socket errors, as .NET, Python, Java, Rust and PHP print
	// them on a Windows set to another language: WSAECONNRESET (10054, "An
	// existing connection was forcibly closed by the remote host"),
	// WSAECONNREFUSED (10061, "No connection could be made because the target
	// machine actively refused it") and WSAETIMEDOUT (10060, "A connection
	// attempt failed because the connected party did not properly respond
	// after a period of time"), learn.microsoft.com/windows/win32/winsock/
	// windows-sockets-error-codes-2 in its localized editions. Each wording
	// was checked against logs and code that quote it; network_dropped and
	// network_timeout read the English ones.
	{id: "windows_socket_error_l10n", class: ClassTransient, anyOf: p(
		// 10054
		"vom remotehost geschlossen", "forzado la interrupción de una conexión existente", "fermée par l'hôte distant", "interrotta forzatamente dall'host remoto",
		"cancelamento de uma conexão existente pelo host remoto", "принудительно разорвал существующее подключение", "远程主机强迫关闭了一个现有的连接",
		"リモート ホストに強制的に切断されました", "원격 호스트에 의해 강제로 끊겼습니다", "zamknięte przez zdalnego hosta", "gesloten door de externe host",
		"ana bilgisayar tarafından zorla kapatıldı", "uzak konak tarafından zorla kapatıldı",
		// 10061
		"da der zielcomputer die verbindung verweigerte", "l'ordinateur cible l'a expressément refusée", "el equipo de destino denegó expresamente",
		"máquina de destino as recusou ativamente", "конечный компьютер отверг запрос на подключение", "由于目标计算机积极拒绝", "因為目標電腦拒絕連線",
		"対象のコンピューターによって拒否されたため", "대상 컴퓨터에서 연결을 거부했으므로", "komputer docelowy aktywnie go odmawia", "de doelcomputer de verbinding actief heeft geweigerd",
		// 10060
		"gegenstelle nach einer bestimmten zeitspanne", "n'a pas répondu convenablement au-delà d'une certaine durée", "la parte conectada no respondió adecuadamente",
		"за требуемое время не получен нужный отклик", "由于连接方在一段时间后没有正确答复", "一定の時間を過ぎても正しく応答しなかった", "componente conectado não respondeu corretamente"),
		doc: "Windows' socket error for a connection reset, refused or timed out, in the language Windows is set to: the network or the server, not the mailbox"},
	{id: "network_dropped", class: ClassTransient, anyOf: p("server connection is not established",
		// A client that finds no Internet connection (round 149), or
		// network problems (round 153: 5 of 5 held-out texts transient).
		"internet not available", "network problem",
		// A connection to the Internet that could not be made (round 155:
		// 23 of 24 held-out texts that name it transient, and the
		// catalogs' 19).
		"connection to the internet could not", "connection to the internet failed",
		// A server that failed to respond or does not (stop 52: 24 of the
		// 26 held-out texts that say a server did not respond are
		// transient, and the catalogs' 3; "not responding" and "didn't
		// respond" are most of held-out rows, so the 0.6 rule leaves them).
		"failed to respond", "does not respond",
		// Data that could not be read or received from the server, in
		// clients' short words (round 147: C and C++ mail tools; "recieve" as
		// they spell it).
		"receive data from server", "recieve data from server", "read data from the server",
		// Devices', migration and backup tools' own words (Siemens CP and TM_MAIL
		// status tables, Beckhoff TwinCAT SMTP error 0x8015, ESP Mail Client,
		// Synology DSM 9091, Outlook Live's IMAP migration table, gmvault,
		// Ruby's IOError "closed stream"), and nodemailer's connection error code.
		"could not get ip from host", "connect to server failed",
		// Python's http.client when a server closed the connection without an
		// answer, mail apps' own words for no network or a session that did
		// not come back (Mailtemi, Nylas Mail, Mailnag), and iOS Mail's "IMAP
		// server is not responding" in Japanese and Chinese (round 30).
		"remote end closed connection", "remotedisconnected", "to the mail server could not be established",
		// ... "could not be made", the server spelt as one word, a session
		// forcefully closed (round 114).
		"to the mail server could not be made", "to the mailserver could not be", "connection to the mailserver failed", "forcefully closed",
		// No connection to a mail server or a host named as one, the
		// connection ended (round 115).
		"cannot connect to the mail server", "can't connect to the mail server", "cannot connect to smtp.", "cannot connect to imap.",
		"cannot connect to mail.",
		// Portuguese "closed the connection", German and Japanese "no greeting
		// from the server" (round 116).
		"encerrou a conex", "keine begrüßung", "挨拶を受信",
		// The connection closed or interrupted by the server, whoever the
		// text says closed it (Outlook's 0x800CCC0F: "The connection to the
		// server was interrupted") (round 143).
		"closed the connection", "server was interrupted", "connection was interrupted",
		// Go's dial failed, a client timed out on the server (round 144).
		"failed to dial", "times out waiting",
		"с интернетом",    // Russian "with the internet" (round 117)
		"find dns record", // round 118
		// A connection to a host named as a mail server not made, one closed
		// unexpectedly by the host (round 119).
		"can't connect to smtp.", "couldn't connect to imap.", "couldn't connect to mail.", "can't connect to mail.",
		"unexpectedly closed by",
		"접속할 수", // Korean "cannot connect" (this stop)
		"connection has ended", "to the server could not be established", "connection terminated", "could not be fetched", "no network", " is offline", "failed to reconnect", "応答しません", "没有响应", "couldn't connect to one of the services we needed", "no response from server", "you are offline", "looks like you are offline", "could not connect to mail server", "could not connect to the mail server", "couldn't connect to the mail server",
		"couldn't connect to the imap server", "could not connect to the imap server", "couldn't connect to the smtp server", "could not connect to the smtp server",
		"unable to create socket", "could not create socket", "failed to create socket", "no tcp/ip connection", "establishment of a connection is not possible",
		// Ruby's Errno::EINVAL from connect(2) (ext/socket raises
		// "Invalid argument - connect(2) for host port N": an address family
		// or route the host cannot use), as its refused and unreachable
		// siblings read (round 44).
		"invalid argument - connect(2)",
		// Node's http client when the peer closed the socket before an answer
		// (nodejs/node lib/_http_client.js, connResetException("socket hang
		// up")), and a client's own "the ... server closed the connection".
		"socket hang up", "server closed the connection",
		// Jakarta Mail's IOException when an IMAP server closes the socket
		// (com.sun.mail.iap.Protocol, "Connection dropped by server?"), its
		// MessagingException for a failed connect ("connection failure").
		"connection dropped by server", "exception: connection failure",
		"network connection may be unstable", "error: network problem", "failed with error closed stream", "closed stream (ioerror)", `"econnection"`, "'econnection'", "connection was not established", "failure when receiving data from the peer", "failure when sending data to the peer", "io::socket::ip configuration failed", "can't connect to host", "cannot connect to host", "unable to connect to host", "{:error, :closed}", "{error,closed}", `" is not responding`, "had either failed or dropped", "unable to connect to the server", "interrotto la connessione", "network request failed", "could not connect to your", "monitor is unhealthy", "due to a transient error", `but got code ""`, "but got empty code", "can not connect to", "could not connect to smtp", "could not connect to the smtp", "there was a network error", "server error when trying to refresh", "server error renewing", "invalid json response on renewing", "network error during", "cannot connect to server", "ssl write error", "ssl read error", "must be working online", "got an empty response", "connection could not be established", "actively refused", "a connection error", "not accepting connections", "sent an empty reply", "forcibly closed", "unable to connect to your outgoing", "unable to connect to your incoming", "connect to the host", "mailbox in use", "can't get lock", "retrieval using the imap4 protocol failed", "ssl_error_syscall", "network unreachable", "host unreachable", "no connection has been established", "closed by server", "closed by the server", "closed by remote host", "closed by peer", "closed by foreign host", "socket error", "unable to check revocation", "end of stream reached", "no response after", "unexpectedly terminated the connection", "cannot connect to your outgoing", "cannot connect to your incoming", "unexpected eof", "not connected to smtp server", "host is not responding", "cannot assign requested address", "errno -3]", "erefused", "connectionfailedexception", "connection failed", "服务器连接失败", "连不上", "連不上", "end of file reached", "read/write error", "error connecting to", "server unavailable", "connection to storage server", "smtp connect", "failed to connect to server", "gethostbyname failed", "socket disconnected", "esocket", "connection attempt failed", "econnrefused", "econnreset", "etimedout", "esockettimedout", "ehostunreach", "enetunreach", "epipe", "eai_again", "connection unexpectedly closed", "please run connect() first", "has disconnected", `"eof"`, "the server may have gone down", "server terminated connection", "couldn't connect to host", "could not connect to smtp host", "connection timeout", "disconnected for inactivity", "connection refused", "connection reset", "broken pipe", "unexpected eof", " eof ", "use of closed network connection", "network is unreachable", "no route to host", "connection closed", "connection lost", "lost connection", "server misbehaving", "temporary failure in name resolution", "php_network_getaddresses", "short response", "malformed", "unexpected response", "bad response", "connection aborted", "connection broken", "host is down", "refused the connection", "=eof", ": eof", "eaddrnotavail", "operation now in progress", "einprogress", "could not read from", "failed to connect socket", "connection not available",
		// A server that closed the connection or did not answer in time, a
		// host whose address was not found, a network error (round 104).
		"has closed the connection", "didn't respond in time", "did not respond in time",
		// ...within a time limit; no mail server available to deliver
		// through (round 137: check plugins, Monit).
		"did not respond within", "didn't respond within", "no mail server is available", "cannot resolve ip", "could not resolve ip",
		"network error", "no response received",
		"(connect error)",                                    // round 106
		"failed opening socket",                              // round 108
		"recv() failed", "no reply from", "retries exceeded", // round 109
		"smtp greeting",                                 // round 110
		"find a dns server", "server is currently busy", // round 111
		"couldn't establish connection", "could not establish connection", "unable to connect to any", "fout bij verbinden met", // round 112
	),
		// A malformed token is no garbled answer from a server (round 77).
		noneOf: slices.Concat(p("malformed refresh", "malformed access", "malformed token", "malformed jwt", "invitation token", "confirmation token",
			// Python's SSLError as the cause of exhausted retries (round 109).
			"(caused by sslerror",
			// The connection's parameters missing are settings (round 150);
			// a guess that it "might be a network problem" or the settings
			// (round 153; families46_clients_test.go).
			"connection parameters", "might be a network"), notAFailedConnection),
		doc: "the connection was refused, reset or dropped, or the server answered garbage"},
	{id: "imap_bye", class: ClassTransient, anyOf: p("atom: bye", " bye ", "autologout", "server shutting down", "unexpectedly disconnected", "server logging out", "too many invalid imap commands"),
		doc: "the IMAP server closed the session (BYE: idle, shutdown, protocol errors)"},
	// A mailbox another session holds locked (RFC 1939 section 4: "-ERR
	// unable to lock maildrop", which servers also word "unable to lock
	// mailbox", round 137; Claws Mail src/inc.c "Mailbox is locked.", in
	// its translations eworm-de/claws-mail po/<lang>.po, where the word is not
	// also a provider's "blocked") is free at the next check.
	{id: "temporary_wording", class: ClassTransient, anyOf: p("could not send mail for past", "could not send message for past", "mailbox locked", "retry time not reached", "closing connection; service busy", "temp error backenderror", `"reason": "backenderror"`, `"reason":"backenderror"`, "mailbox is locked", "unable to lock", "maildrop already locked", "maildrop is locked",
		"пощенската кутия е заключена", "schránka je zamknuta", "postkassen er låst", "γραμματοκιβώτιο είναι κλειδωμένο", "poŝtkesto estas ŝlosita", "postilaatikko on lukittu", // bg, cs, da and nb, el, eo, fi
		"boîte aux lettres verrouillée", "boîte aux lettres est verrouillée", "תיבת דואר הינה נעולה", "postaláda zárolt", "kotaksurat dikunci", "メールボックスはロックされています", // fr, he, hu, id, ja
		"우편함가 잠겨있습니다", "우편함이 잠겨있습니다", "pašto dėžutė užrakinta", "postvak zit op slot", "caixa postal está travada", "schránka je zamknutá", "kutia postare është e kyçur", // ko, lt, nl, pt-BR, sk, sq
		"сандуче је закључано", "brevlådan är låst", "posta kutusu kilitli", "邮箱已经被锁", "邮箱已被锁住", "郵件箱已鎖定", // sr, sv, tr, zh-CN, zh-TW
		"mail system congestion", "mail system was congested", "mail system is congested", // RFC 3463 X.4.5 (round 114)
		"lock on mailbox", "lock on the mailbox", // a mailbox another session holds (round 119)
		"retryable cause", "retryable error", "retryable exception", // a product's own "retryable" (round 143)
		// "Try later" and "timed out" in Russian, Korean and Spanish (families
		// of earlier rounds' misses, this stop).
		"попробуйте позже", "время ожидания истекло", "잠시 후 다시 시도", "en unos minutos",
		"waiting to try again", "will try to send email again", "will try to receive email again", "will retry", "will be retried", "will resume in a moment", "syncing will resume", "retrying in ", "retrying later", "more times before", "retry scheduled", "scheduled for retry", "re-authenticate automatically", "reauthenticate automatically", "verification in progress", "try again later", "please try again", "temporarily", "temporary", "service unavailable", "service not available", "server busy", "deferred", "try later", "resources temporarily", "insufficient system storage", "unavailable to complete operation", "mailbox is already locked"),
		// Postfix's block-list refusal reads "554 5.7.1 Service unavailable;
		// Client host [...] blocked ...": a refusal, not a pause (round 34).
		// ...nor a consent the owner declined, asked for again (round 83).
		noneOf: p("service unavailable; client host", "declined to grant", "temporary files", "temporary file", // a product's temporary files (round 116)
			// A rate limit whose wait is temporary (round 124).
			"send rate exceeded", "sending rate exceeded", "limited our access",
			"non-retryable", "not retryable", "nonretryable", "non retryable"),
		doc: "the server says the failure is temporary"},

	// Every recipient of the message was refused, as client libraries say it
	// (nodemailer lib/smtp-connection/index.js "Can't send mail - all
	// recipients were rejected"; Exim's 503 to DATA, "All RCPT commands were
	// rejected with this error: ..."). A reply the client quotes decides first
	// when its words do (a blocklisted sender, a relay refused).
	{id: "all_recipients_refused", class: ClassRecipient, anyOf: p("all recipients were rejected", "all recipients were refused", "all recipients refused", "all rcpt commands were rejected",
		// Python's smtplib.SMTPRecipientsRefused, as a product logs it (round 86).
		"recipients refused:",
		// One or more recipients rejected, a recipient who unsubscribed;
		// Portuguese "refused all recipients", "recipient was not found"
		// (round 104).
		"recipients rejected", "recipient has unsubscribed", "recusou todos os destinatários", "destinatário não foi encontrado"),
		doc: "every recipient of the message was refused: the recipients, not the mailbox"},

	// ---- Content and policy rejections.
	{id: "message_rejected", class: ClassRejected, anyOf: p("メールの容量が送信先の制限を超過", "によりメールの内容が拒否", "により添付ファイルが拒否", "fake sender", "resolver.rst.authrequired", "kept for evaluation", "direct send not allowed", "tenantinboundattribution", "not allowed to email this", "nul characters", "appendable message", "inappropriate words", "inappropriate content", "policy rejection", "blocked senders", "rejected by header", " blocked", "spoofed", "spoof", "mail rejected", "subject is mandatory", "header is mandatory", "body is mandatory", "size exceeded", " is blocked", "not allowed - [", "content denied", "banned", "attachment", "restricted by policy", "due to policy", "policy restrictions", "delivery restricted", "spam", "unsolicited", "virus", "malware", "phishing", "policy reasons", "content rejected", "message rejected", "rejected by policy", "policy violation", "message refused", "ptr record", "reverse dns", "rdns", "reverse lookup", "message size", "size limit", "크기 제한", "più grande del limite", "too large", "too big", "maximum size of the message", "taille limite du message", "exceeds the maximum", "exceeds size", "message content", "not accepted for policy", "administrative prohibition", "blocked by", "envelope blocked", "suspicious", "prohibited", "bulk mail", "high probability", "content filter",
		"maximum request length", // Graph's 4 MB request limit (round 108)
		// A list that takes only signed mail or its members' mail, a country's
		// connections refused, a maximum size (round 111).
		"must be openpgp-signed", "only subscribed addresses may send", "connections from your country", "exceeds max size",
		// RFC 3463 X.7.1's description: per-host or per-recipient filtering
		// refused the sender (round 114).
		"not authorized to send to the destination"),
		// A product's key for VirusTotal, a file-scanning API (round 89); a
		// connector's argument that is mandatory (round 109).
		// A port blocked by an ISP or a firewall is the network (round 154).
		noneOf: p("virustotal", "mandatory argument", "wasn't configured", "was not configured", "port is blocked", "blocked by an isp", "blocked by your isp"),
		doc:    "the message was refused for content, policy, size or sender reputation"},
}

// appPasswordNone are the texts the app-password rules leave: an OAuth
// authorization code, not NetEase's or QQ's (an app password by that
// name), when it expired, was redeemed or is being exchanged (RFC 6749
// section 4.1.2: the code is short-lived and single-use; round 52's
// "Authorization code expired. Please try connecting again."), and the
// other cases each comment names.
var appPasswordNone = slices.Concat(settingsOwnedWords, appPasswordAskedWords, p("hiányzó authorization code", "authorization code expired", "authorization code has expired", "authorization code is expired",
	"or has expired",               // an OAuth code invalid or expired (round 97)
	"authorization code for token", // a provider's code exchanged (round 98)
	// Google's and Microsoft's OAuth codes: neither has an app
	// password by that name (round 102).
	"gmail authorization code", "google authorization code", "outlook authorization code", "microsoft authorization code",
	// A webmail's own page that manages the account's app passwords.
	"failed to create app password", "failed to revoke app password", "failed to delete app password",
	// An OAuth callback without its code, or its exchange
	// (oauth_code_exchange_failed).
	"callback", "in the redirect", "authorization code passed", "exchange the authorization code", "retrieve authorization code",
	// A settings form asking for the app password before anything
	// is sent (round 69).
	"please provide your email and", "is required for smtp", "env var", "environment variable",
	// None stored in the product's settings yet (round 72).
	"no app password configured", "no app password set", "app password is not configured", "app password not configured",
	"app password is not set", "app password not set",
	// An OAuth browser flow not finished (round 77), a form asking for
	// the address and app password (round 78).
	"browser flow", "and app password are required",
	// An OAuth code not provided or its exchange; a choice between an
	// app password and OAuth, or none stored yet (round 79).
	"no authorization code", "from authorization code", "from the authorization code", "requires either",
	// No credentials found yet (round 91).
	"credentials found",
	// ...not provided (round 90).
	"code not provided", "code was not provided",
	"no password available",
	// No password given for the mailbox yet (round 81).
	"no password supplied", "no password provided",
	"get authorization code", "obtain authorization code",
	"exchanging the authorization code", "exchange authorization code",
	"authorization code was already", "authorization code has already", "code was already redeemed",
	"authorization code exchange", "exchanging authorization code", "authorization code for access token", "authorization code for a token",
	"authorization code grant", "authorization code flow"))

// entraSecretsBlade is Entra's page for an app registration's client
// secrets ("Certificates & secrets"), which the certificate rules leave: an
// OAuth client's secret, no server's certificate (round 135).
var entraSecretsBlade = p("certificates & secrets", "certificates and secrets")

// notAFailedConnection are what the rules for a failed connection
// (network_dropped, mail_server_unreachable) leave: a secure connection that
// failed is its TLS setting (libs_tls_required; round 105); a client
// library's type for a refused login named beside a failed connection
// (library_auth_exception; round 109), and a refusal that names another
// possible cause (round 112), are the login's.
var notAFailedConnection = p("secure connection failed", "smtpauthenticationerror", "authenticationfailedexception",
	"credentials are incorrect")

// recipientMailboxNone is what the recipient rules leave: the product's own
// mailboxes not configured ("mailbox config" covers the singular; round
// 145), a grant or a sign-in (an OAuth token marked inactive is a grant, not
// a mailbox, round 80), a protocol's access, the product's own sending
// account, a resolver's error, a sender or a relay refused, a refusal for
// now, too many recipients, a password refused.
var recipientMailboxNone = p("mailboxes configured", "mailbox address provided", "sign-in is no longer valid", "authentication", "authorization", "authorisation", "protocol access", "mailbox config", "smtp account is", "sending account is", "sender account is", "oauth2 token", "oauth token", "file does not exist", "no mailbox opened", "token does not exist", "nodename nor servname", "name or service not known", "allow relaying", "reciplimit", "too many recipients", "not logged in", "must provide at least one recipient", "or must be subscribed to", "sender address is not allowed", "policy rejection-", "block-send-er", "verification in progress", "the server response was:", "try again later", "sender address rejected", "greylist", "graylist", "sender domain", "not owned by user", "relay access denied", "temporarily", "re-authenticate", "bad password", "logon failure", "or password", "password incorrect")
