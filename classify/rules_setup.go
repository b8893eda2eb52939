package classify

import "slices"

// setupRules read what round 23 of the held-out errors showed that products
// say in their own words (testdata/heldout/README.md): a stored
// authorization that expired, in the languages products ship; a scanner's or
// printer's refused login at its "destination"; a mailer's connection
// string, a local mail program, a mechanism or an IMAP folder that the
// settings got wrong; an OAuth authorization code the product's own flow
// could not redeem. They come right before libraryRules, whose generic login
// words ("password" and "invalid" in a DSN) and textRules, whose recipient
// words ("no longer valid") and QQ words ("authorization code") would
// otherwise decide.
var setupRules = []rule{
	// The stored authorization expired and the product asks for it again:
	// Chinese 授权已过期/授权已失效 ... 重新授权 (QNAP's notification
	// center, Outlook mail tools), Japanese 認証が切れ... 再認証, Dutch
	// "Autorisatie is verlopen. Autoriseer het account opnieuw.". (A grant
	// the user revoked is oauth_invalid_grant's; Frappe's "Please
	// Authorize OAuth for Email Account" is l10n_frappe_authorize_oauth's.)
	{id: "authorization_expired_words", class: ClassRevoked,
		anyOf:   p("授权已过期", "授权已失效", "授权过期", "授权失效", "認証が切れ", "認証の有効期限が切れ", "autorisatie is verlopen", "autorisatie verlopen"),
		alsoAny: p("重新授权", "再認証", "opnieuw"),
		doc:     "a product says the mailbox's stored authorization expired or was revoked and asks for it again: the owner connects the mailbox again"},
	// Stored credentials that the service no longer accepts (hMailServer's
	// "550 Login credentials no longer valid. Please re-authenticate.", a
	// backup service's "Credentials no longer valid, please update"): the
	// owner signs in again.
	{id: "credentials_no_longer_valid", class: ClassAuth,
		anyOf: p("credentials no longer valid", "credentials are no longer valid"),
		doc:   "the service no longer accepts the stored credentials: the owner signs in again"},
	// No refresh token is stored for the mailbox (Salesforce's "Missing
	// refresh token. User might not have been authorized", MigrationWiz's
	// "The refresh token must not be null nor white space"): the owner never
	// finished connecting it, or the grant was dropped.
	{id: "refresh_token_missing", class: ClassRevoked,
		anyOf: p("missing refresh token", "refresh token is missing", "refresh token must not be null", "refresh token is null", "refresh token is empty", "no refresh token stored", "refresh token not found", "no delegated refresh token",
			"no refresh token found", "no refresh token for", "refresh token missing",
			"no oauth2 refresh token", "no oauth refresh token", // round 85
			// The same with the field's name, "not available", and in other
			// languages (round 55, 56 and 65 quoted some).
			"refresh token not available", "refresh token is not available", "refresh token unavailable", "no refresh token is stored", "no_refresh_token",
			"has no refresh token", "no refresh_token", "refresh_token is missing", "no valid refresh token", "malformed refresh token",
			"refresh_token_missing", "no oauth2 credentials stored", "no oauth credentials stored", "missing refresh_token", "refresh_token not found",
			"refresh_token missing", "refresh_token is null", "refresh_token is empty", "pas de refresh_token", "pas de jeton d'actualisation",
			"sin refresh_token", "kein refresh_token", "kein refresh-token", "无 refresh_token", "没有 refresh_token", "缺少 refresh_token",
			"refresh_token 不存在", "нет refresh_token", "отсутствует refresh_token",
			// Italian "no refresh token available" (round 89).
			"nessun refresh token", "nessun token di aggiornamento", "refresh token non disponibile",
			// With its article (round 152).
			"missing a refresh token", "missing a refresh_token"),
		noneOf: slices.Concat(p("did not return", "does not provide", "not returned", "returned", "in the response", "prompt=consent", "no refresh token in the token", "application configuration", "offline_access", "access_type",
			// The product's own sign-in sessions, whose refresh tokens travel
			// in its requests and cookies (SuperTokens, Stack Auth).
			"session", "in the request", "cookie",
			// Another Google or Microsoft service's grant (round 76).
			"calendar", "google drive", "onedrive", "contacts"), otherSignIns),
		doc: "a product finds no refresh token stored for the mailbox: the owner connects it again"},
	// Tencent's IMAP and SMTP refusal of a login, which lists every cause
	// at once ("Login fail. Account is abnormal, service is not open,
	// password is incorrect, login frequency limited, or system is busy.";
	// QQ Mail's help, service.mail.qq.com, ids 108 and 1023): most often the
	// service is off or the authorization code is wrong, the owner's to mend.
	// Its "frequency limited" would otherwise read as a rate limit (round 25).
	{id: "qq_login_fail_causes", class: ClassAuth, anyOf: p("account is abnormal, service is not open, password is incorrect"),
		doc: "Tencent (QQ Mail, Exmail) refused the login with its list of causes: the IMAP/SMTP service is off or the authorization code is wrong"},
	// Multifunction printers' scan-to-email: the "destination" is the mail
	// server, and its refusal of the login is the device's account (Ricoh
	// "Authentication with the destination has failed", Kyocera error 1102
	// "Authentication to the destination has failed").
	{id: "device_destination_auth", class: ClassAuth,
		anyOf:   p("authentication with destination", "authentication with the destination", "authentication to destination", "authentication to the destination"),
		alsoAny: p("failed", "failure"),
		doc:     "a scanner or printer says the mail server (its destination) refused its login"},
	// The product's own OAuth flow failed to redeem an authorization code
	// (GLPI's oauthimap "Error during authorization code fetching"): the
	// integration's, never the owner's password.
	{id: "oauth_code_redeem_failed", class: ClassPlatform,
		anyOf: p("authorization code fetching", "error fetching authorization code", "authorization code exchange failed", "failed to exchange authorization code", "failed to exchange the authorization code"),
		doc:   "the product's OAuth flow could not redeem an authorization code: its integration, not the mailbox"},
	// A mailer's connection string that does not parse (Symfony Mailer's
	// `The "smtp://user:pass@host:587" mailer DSN is invalid.`, its Dsn
	// constructor's type errors, Laravel's mail settings feeding it).
	{id: "mailer_dsn_invalid", class: ClassConfig,
		anyOf: p("mailer dsn is invalid", "dsn is invalid", "transport\\dsn::__construct", "dsn::__construct()", "mailer dsn must contain"),
		doc:   "the mailer's connection string (DSN) in the settings does not parse"},
	// Settings named by the error: the server offers no mechanism the
	// device or client knows, a TLS connection the settings ask for fails,
	// a sender address the mailer's RFC 2822 check refuses, the IMAP folder
	// to read, curl's malformed smtp:// URL, PHP mail()'s php.ini, a local
	// mail program missing or not allowed to run (sh's "command not found"
	// and exit status 127, sysexits' EX_CONFIG 78, sendmail's "Program mode
	// requires special privileges", Exim's setgroups()), a client that sent
	// TLS or other bytes before the greeting, a command the IMAP session's
	// state does not allow (imaplib's "command LIST illegal in state
	// NONAUTH": the client's sequence, rounds 15 and 22).
	{id: "setup_words", class: ClassConfig,
		anyOf: p("msg=noprimarysmtpaddress", "imap設定が正しくありません", "paramètres imap incorrects", "paramètres smtp incorrects", "imap-instellingen onjuist", "imap settings incorrect", "smtp settings incorrect", "受信トレイとカレンダーが見つからない", "boîte de réception ou calendrier office 365 introuvable", "下書きまたは受信トレイフォルダがありません", "exchange urlが無効", "転送確認に失敗しました", "spfにzendesk supportが含まれていません", "spf record does not include", "のtxtレコードがありません", "vérifier l'hôte, le port et le ssl", "compruebe host, puerto y ssl", "no recipients provided for the mail", "router services: unknown service", "attempted to call function \"mail\"", "call to undefined function mail()", "smtppluginmanager::get was unable to fetch", "failed to convert configuration value at 'smtp:",
			// A product's own mail settings that are missing or of the wrong type
			// (OneUptime's "Global configuration for SMTP not found", Rhymix's
			// Mail::setFrom() given null: round 30).
			"configuration for smtp not found", "smtp configuration not found", "setfrom() must be",
			// Dovecot's answer to a folder outside the server's namespaces
			// (src/imap/cmd-create.c via mail-namespace: "Client tried to access
			// nonexistent namespace. (Mailbox name should probably be prefixed
			// with: INBOX.)"), and an address without its domain as Amazon SES
			// and Ruby's mail gem read one ("Missing final '@domain'", round 31).
			"nonexistent namespace", "should probably be prefixed with", "missing final '@domain'",
			// Settings that contradict each other or a server that cannot tell
			// the login apart (GitLab's ":enable_starttls and :tls are mutually
			// exclusive", msmtp's "line longer than 500 characters" in its
			// configuration, Exchange's "NO Ambiguous Alias" to LOGIN as
			// fetchmail's FAQ quotes it, a PHP mailer's class not installed:
			// round 32).
			"mutually exclusive", "line longer than", "ambiguous alias", "uncaught error: class",
			"authentication type is not supported", "authentication type not supported", "unable to connect via tls", "does not comply with rfc 2822", "does not comply with rfc2822",
			"cannot select inbox", "cannot change folder", "url using bad/illegal format", `"smtp_port" setting in php.ini`, "smtp_port setting in php.ini",
			"mail: command not found", "sendmail: command not found", "msmtp: command not found", "exit status 127", "exit status 78", "requires special privileges", "setgroups() failed",
			"input sent without waiting for greeting", "errors after unknown from", "connection after unknown from", "illegal in state",
			// A local mail program or PHP's mail() that is not there (round 24:
			// MediaWiki, NodeBB, WordPress), and a product's own switch that
			// stopped the sending (WHMCS) or an option its mail library dropped.
			"sendmail: not found", "spawn sendmail enoent", "sendmail-not-found", "mail package is not installed", "unknown error in php's mail() function",
			"disabled the mail() function", "mail() function is disabled", "mail() function has been disabled",
			"context is not properly configured", "email sending aborted by configuration",
			// No mail program to send with: mailx missing or none set
			// (round 138: unattended-upgrades in several languages, a
			// SnapRAID script).
			"mailx package", "mailx not found", "»mailx«", "mailx パッケージ", "no mail program",
			// Postfix's SASL password map missing (round 138: a relay's
			// setup script).
			"find /etc/postfix/sasl_passwd", "sasl_passwd.db: no such file", "sasl_passwd: no such file",
			// A folder the settings name that is not there, and a workflow
			// tool's mail connection that was never defined (round 25: Power
			// Automate for desktop, Airflow).
			"folder doesn't exist", "folder does not exist", "mail-folder doesn't exist", "requested folder could not be found", "smtp connection is not found", "airflownotfoundexception", "email send aborted by hook", "unsupported configuration, downgrade nodemailer",
			// Round 26: devices', business software's and web platforms' own
			// words for a setting (a cellular modem's "Smtp setup fail", SAP's
			// "SMTP-Auth configuration invalid" and "Error in technical
			// configuration", OpenCart's SMTP class, a Siemens CP's "Request
			// to use SSL was denied", Django's EMAIL_USE_TLS/EMAIL_USE_SSL
			// check, Symfony Mime's missing From and its sendmail process
			// stream, yagmail's RFC 2822 check, imapsync run without a user, OpenSSL's TLS
			// version bounds, offlineimap's pinned fingerprint, the MRS proxy
			// endpoint of an Exchange hybrid move).
			"smtp setup fail", "smtp-auth configuration invalid", "error in technical configuration", "smtp hostname required", "smtp host required", "smtp host is required",
			"ehlo not accepted from server", "helo not accepted from server", "tls not accepted from server", "mail from not accepted from server",
			"request to use ssl was denied", "email_use_tls/email_use_ssl are mutually exclusive", `must have a "from" or a "sender" header`, `connection to "process `,
			"not valid according to rfc 2822", "not valid according to rfc2822", "will just connect to", "no_protocols_available",
			"does not match configured fingerprint", "/mrsproxy.svc' failed",
			// Round 27: JavaMail's AddressException for an empty sender, and
			// monitoring tools that name the sender or mail settings missing
			// (frigate-notify, NetAlertX).
			"illegal address in string", "no from address set", "email service not set up",
			// A connection the host's own policy forbids (EACCES from connect,
			// as SELinux refuses a web server's outgoing SMTP: "[Permission
			// denied #13]", round 27), and TLS versions that do not meet.
			"[permission denied #13]", "server selected unsupported protocol version", "mail: cannot stat",
			// Round 28: a client that read the server's multi-line greeting
			// as its EHLO reply (PHPMailer's "Server rejected EHLO command.
			// Response: 220-..."), a host's autodiscover service switched off.
			"ehlo command. response: 220", "autodiscover and autoconfig support is disabled", "autodiscovery must be provided a valid email address",
			// Round 29: Outlook's and Exchange's words for a profile, an
			// Autodiscover or a hybrid setup that is wrong (Microsoft's
			// Outlook and Exchange troubleshooting articles).
			"outlook cannot log on. verify you are connected", "encrypted connection to your mail services is not available", "requires you quit and restart outlook",
			"another account from your organization is already signed in", "this feature has been disabled by your administrator", "mutual authentication could not be established",
			"proxy web request failed", "autodiscover failed for email address", "user specified by the user-context in the token does not exist"),
		noneOf: p("password", "credentials", "authenticationfailed", "authentication failed"),
		doc:    "the error names a setting: a mechanism, TLS, the sender's syntax, the folder, the server URL, php.ini, the local mail program or PHP's mail(), a product's switch that stopped the sending, or a client speaking before the greeting"},
	// Exchange's event 1035 for a receive connector's ExchangeAuth (server
	// to server) mechanism that got a malformed or unexpected blob (rounds
	// 14 and 21): the connector's or the sending server's setup, not a
	// mailbox's password (LogonDenied stays a refused login).
	{id: "exchange_connector_auth_setup", class: ClassConfig,
		anyOf:   p("inbound authentication failed with error"),
		alsoAny: p("mechanism is exchangeauth", "illegalmessage", "unexpectedexchangeauthblob"),
		noneOf:  p("logondenied"),
		doc:     "Exchange's receive connector could not read a server's ExchangeAuth: the connector's setup"},
}
