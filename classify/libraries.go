package classify

import "slices"

// Client libraries that strip the server's reply: their own sentences and
// exception types, read from each library's source (the rows of
// testdata/catalogs/client_libraries.jsonl name the file). libraryRules come
// before the generic wording of rules.go; libraryFallbackRules, the bare
// exception types, come after every text rule, so a reply the library kept
// decides first.
var libraryRules = []rule{
	// What mail apps show when the stored password stops working: iOS Mail's
	// "Account Not Authenticated" and password prompt, Windows Mail's "Your
	// account settings are out of date" (support.microsoft.com "Fix sync
	// problems in the Mail app"), K-9's bare AUTHENTICATIONFAILED response
	// code, Airmail's "Err Authentication Needed" after the password changed
	// (Airmail/Airmail_Public#561), Outlook's "Needs Password" in its status bar and iOS Mail's "Enter
	// the password for the email account", as troubleshooting pages quote them
	// Windows Live Mail's and Outlook Express's "Please enter your user
	// name and password for the following server" (round 30)
	// (infodaily.online "How to fix Outlook repeatedly prompting for
	// password", visualfoodie.com "How to fix iPhone email password change
	// issues").
	{id: "client_dialog_password", class: ClassAuth, anyOf: p("la configuración de la cuenta está desactualizada", "kontoeinstellungen sind veraltet", "アカウントの設定が最新ではありません", "exchangeパスワードを入力してください", "exchange のパスワードを入力してください", "err authentication needed", "needs password", "enter the password for the email account", "account not authenticated", "please enter the password for the", "password for the following server", "account settings are out of date", "account settings are out-of-date", "no, authenticationfailed", "no authenticationfailed"),
		doc: "a mail app's own dialog for a password the server no longer accepts"},
	// Roundcube reports a failed login as "SMTP Error (<code>): Authentication
	// failed." in the user's language, with the last code the SMTP library saw
	// (roundcube/roundcubemail program/lib/Roundcube/rcube_smtp.php, label
	// smtpautherror). A 250 there is the EHLO: the server refused no login,
	// the client never sent one (no AUTH offered, TLS not started).
	{id: "library_auth_not_answered", class: ClassConfig, anyOf: p("(250):"),
		alsoAny: p("authentication", "authentisierung", "authentifizierung", "authentification", "autenticación", "autenticazione", "autenticação", "uwierzytelni", "аутентификац", "авторизац", "認証", "身份验证", "인증"),
		doc:     "a library's login failure reported with a 250 reply: the server was never asked, so the settings (AUTH offered, TLS) are wrong"},
	// Swift Mailer and Symfony Mailer report every authenticator's answer; when one
	// of them is a 235 success (RFC 4954) and the next command fails ("503 5.5.2
	// Auth command already specified"), the login worked and the client misbehaved
	// (swiftmailer lib/classes/Swift/Transport/Esmtp/AuthHandler.php).
	{id: "library_login_succeeded", class: ClassConfig, anyOf: p(`but got code "235"`, "auth command already specified", "already authenticated"),
		doc: "the login succeeded (235) and the client then sent a command out of sequence: a client bug, never the credentials"},
	// An auth exception whose message is a 334 continuation (base64 "Username:" or
	// "Password:", RFC 4954 4) means the exchange stopped before the server judged
	// any credential: the client had no user name or password to send
	// (simple-java-mail over JavaMail SMTPTransport).
	{id: "library_auth_prompt_only", class: ClassConfig, anyOf: p("exception: 334 ", "- 334 vxnlcm5hbwu6", "- 334 ugfzc3dvcmq6", "invalid response: vxnlcm5hbwu6", "invalid response: ugfzc3dvcmq6"), noneOf: p("535", "534"),
		doc: "the login stopped at the server's prompt (334): no user name or password configured"},
	{id: "library_setup_missing", class: ClassConfig, anyOf: p(
		"no password specified", "no user name specified", // Jakarta Mail / Angus Mail SMTPTransport, IMAPStore
		"password not specified", "user name not specified", "username not specified", "password not provided", "password is not provided", "password is not specified", // the same, as other products word it (round 25: TIBCO's BW-MAIL-100003)
		"empty username or password", "empty user name or password", // a client that sent no credentials (Thunderbird add-ons' OAuth fallbacks)
		"tenantid is required", "tenant id is required", // a Microsoft 365 app-only (client credentials) login set up without its tenant (round 26: a mail archiver)
		"the login command is disabled", "no credentials could be found", "does not support authentication", // MailKit
		"server does not support secure connections",                                  // System.Net.Mail SmtpClient
		"no suitable authentication method found", "starttls extension not supported", // Python smtplib, aiosmtplib
		"missing credentials for", "unknown authentication method", // Nodemailer smtp-connection
		"failed to find an authenticator",                                                             // Symfony Mailer EsmtpTransport
		"authentication was successful, but authorization failed", "does not support tls connections", // Horde Imap_Client
		"auth_sasl package is required",                 // javanile/php-imap2 (Roundcube rcube_imap_generic): DIGEST-MD5 without PEAR Auth_SASL
		"invalid remote specification",                  // UW c-client mail_open: an unknown {host/flags} mailbox specification
		"can't open mailbox", "couldn't open stream {:", // UW c-client mail_open: a mailbox name with no {host} or an empty one, read as a local file
		"no auth info found",                                                                                                            // Postfix smtp_sasl_passwd_lookup: no credentials configured for the relay
		"insecure server advertised auth=plain",                                                                                         // UW c-client auth_pla.c (PHP imap_open): PLAIN offered on a link without TLS
		"unable to find a callback",                                                                                                     // Cyrus SASL lib/common.c _sasl_getcallback: the client's SASL plugin needs a callback it was not given
		"does not support tls/ssl connections", "does not support starttls connections", "mobileme is no longer an active mail service", // MailCore2 MCOErrorTLSNotAvailable, MCOErrorStartTLSNotAvailable, MCOErrorMobileMeMoved
		"[errno 13] permission denied", // Python's PermissionError (EACCES) on the product's own token or settings file
		// Sending relays' APIs refusing a request for its settings: no API key
		// header (Brevo), the server's IP not on the account's allowed list
		// (Brevo's authorized IPs), no sending domain (SparkPost 7001), a
		// message stream that cannot send (Postmark).
		"authentication not found in headers", "ip not authorized", "no sending domain specified", "sending is not supported on the supplied",
		// libetpan's codes for a session that could not log in for its settings
		// (include/libetpan/mailsmtp_types.h).
		"mailsmtp_error_auth_not_supported", "mailsmtp_error_auth_required", "mailsmtp_error_starttls_not_supported", "mailsmtp_error_auth_encryption_required",
		// PHP without the openssl extension cannot open https:// or ssl://
		// at all (php-src main/streams/streams.c "No suitable wrapper could be
		// found"; main/streams/transports.c "Unable to find the socket transport").
		"no suitable wrapper could be found", "unable to find the socket transport",
	),
		doc: "a client library refused before or after the login for its own setup: no user or password given, no common mechanism, no TLS, authorization identity refused"},
	{id: "library_connection_failed", class: ClassTransient, anyOf: p("unable to read data from the transport", "connection to server failed", "stable connection to the server could not be established",
		"unable to send command",                     // Roundcube rcube_imap_generic: the command could not be written to the IMAP connection
		"yahoo!'s servers are currently unavailable", // MailCore2 MCOErrorYahooUnavailable
	),
		doc: "a client library lost or could not open the connection (System.Net.Mail, Roundcube, MailCore)"},
	{id: "library_limit", class: ClassRateLimited, anyOf: p("over the limit for messages allowed to be sent", "bandwidth limits were exceeded"), retry: 24 * hour,
		doc: "MailCore: Gmail's daily sending and bandwidth limits, as the library words them"},
	// pimalaya's email-lib (himalaya): "cannot authenticate to IMAP server
	// using LOGIN mechanism" wraps the server's refusal of the login
	// (pimalaya/core email/src/imap/mod.rs Error::LoginError); the cause it
	// chains decides first when it names the network or TLS.
	{id: "library_login_refused_wrapper", class: ClassAuth, anyOf: p("cannot authenticate to imap server using"), noneOf: loginWrapperNone,
		doc: "himalaya's email-lib: the IMAP server refused the login by the named mechanism"},
	// A client's or check's own "Cannot authenticate to (the) SMTP server"
	// (round 137: a Nagios check's words for smtplib's
	// SMTPAuthenticationError), with the wrapper's exceptions.
	{id: "client_cannot_authenticate", class: ClassAuth, anyOf: p("cannot authenticate to", "can't authenticate to", "cannot authenticate against", "can't authenticate against"), noneOf: slices.Concat(loginWrapperNone, p("proxy",
		// Postfix's SMTP client says it after its own SASL failure, whose
		// cause mta_sasl_client_failure reads.
		"sasl authentication failed")),
		doc: "a mail client or check could not log in to the named server: the server refused the login"},
	// "SMTP authentication for 'user' rejected!" (round 137: a check
	// plugin's words for smtplib's SMTPAuthenticationError).
	{id: "client_login_for_rejected", class: ClassAuth, anyOf: p("smtp authentication for", "imap authentication for", "pop3 authentication for", "pop authentication for"),
		alsoAny: p("rejected", "refused", "denied"), noneOf: slices.Concat(loginWrapperNone, p("sasl authentication failed")),
		doc: "a mail client or check says the server rejected its SMTP, IMAP or POP3 login for the named user: the server refused the login"},
	// emailjs: the server answered the AUTH command with an unexpected code
	// (eleith/emailjs src/connection.ts: "bad response on command 'AUTH'",
	// wrapped as SMTPErrorStates.AUTHFAILED "authorization.failed"). A reply
	// the library quotes after it decides first when it says more.
	{id: "library_auth_command_refused", class: ClassAuth, anyOf: p("bad response on command 'auth'"), noneOf: p("mechanism", "not supported", "not implemented", "unrecognized", "temporar", "try again"),
		doc: "emailjs: the server refused the AUTH command, which is what a wrong password gets"},
	{id: "library_imap_disabled", class: ClassAdmin, anyOf: p("imap is not enabled for this gmail account"), provider: "gmail",
		doc: "MailCore: IMAP is turned off for the Gmail account (in a Workspace, by the administrator)"},
	{id: "library_auth_failed", class: ClassAuth, anyOf: p(
		"could not authenticate",                                                                        // PHPMailer (translated below)
		"server does not authorize you",                                                                 // SenderMatic's help for its SMTP settings (sendermatic.com/help/smtp/settings/): the server refused the login
		"invalid response code received from server (535)", "permanent error (535)", "smtp error (535)", // Net_SMTP (Roundcube), lettre
		"autherror[102]", "loginbadcredentialsexception", // SnappyMail/RainLoop, MailSo
		"authentication credentials have expired",                                 // Horde Imap_Client
		"application specific password is required", "log in via the web browser", // MailCore's Gmail messages
		"accessing your mail on the web", "accessing your account on the web", // Windows Live Mail's HTTPMail error 0x80AA4193: Hotmail holds the account until the owner signs in on the web (round 30)
		"cannot connect to webmail",                                                                      // MailCore2 MCOErrorNeedsConnectToWebmail: Outlook.com asks the owner to sign in on the web first
		"valid mailbox. login to your account via a web browser",                                         // Outlook.com IMAP: "[AUTHORIZATIONFAILED] Account does not have a valid mailbox. Login to your account via a web browser." (MailCore/mailcore2#1314)
		"mailimap_error_login", "mailsmtp_error_auth_login", "mailsmtp_error_auth_authentication_failed", // libetpan (mailimap_types.h, mailsmtp_types.h): LOGIN or AUTH refused
		"imap authorization error",                                                                                                      // SMS Backup+ and other Android apps
		"smtperror.loginfailure",                                                                                                        // SMTPKitten Sources/SMTPKitten/Error.swift: SMTPError.loginFailure
		"password not accepted from server",                                                                                             // PHPMailer 5 class.smtp.php Authenticate, OpenCart upload/system/library/mail/smtp.php: no 235 after the password
		"authorization on the mail server", "authorisation on the mail server", "smtp authorization failed", "smtp authorization error", // desktop and Android apps that say "authorization" for the login
	),
		doc: "a client library's own sentence for a login the server refused (PHPMailer, Net_SMTP, lettre, SnappyMail, MailSo, Horde, MailCore, Android apps)"},
}

// libraryFallbackRules are the exception types that only a refused login
// raises, for logs that kept the type and lost the reply.
var libraryFallbackRules = []rule{
	// The last word on credentials, for sentences no rule above knows: a word
	// for the login or its secret together with a word for its refusal, in any
	// order and with anything between ("the password you entered is not
	// correct", "Sign-in to the mail server failed"). Only texts no earlier
	// rule recognised get here; noneOf keeps out what a refused login never
	// says (a connection, TLS, a temporary state, a missing or malformed
	// setting, domain authentication of a message).
	{id: "credential_words", class: ClassAuth,
		anyOf: p("password", "passwort", "passphrase", "credential", "login", "log in", "logon", "log on", "sign in", "sign-in", "signin", "username", "user name",
			// An authentication towards a named server (round 104).
			"authentication with ", "authentication against ", "authenticate with ", "authenticate against "),
		alsoAny: p("incorrect", "wrong", "invalid", "mismatch", "not match", "don't match", "doesn't match", "do not match", "does not match", "not correct", "isn't correct", "not valid", "not accepted", "rejected", "refused", "denied", "bad ", "failed", "failure", "unsuccessful", "not recognized", "not recognised", "could not log", "unable to log", "cannot log", "can't log", "failed to log", "couldn't sign in", "could not sign in", "unable to sign in", "cannot sign in", "can't sign in", "did not accept", "didn't accept", "couldn't log", "could not login", "couldn't login"),
		noneOf: slices.Concat(otherSignIns, settingsOwnedWords, noGrantHeldWords, notMailboxLoginWords, p("master password", "changing password", "changing the password",
			// A login that could not reach its server (rounds 85, 89).
			"backend unreachable", "server unreachable", "failed to reach", "could not reach", "unable to reach",
			// The product's own session (round 90), its form to change the
			// e-mail address (round 92).
			"your session", "change your email address",
			"provider mismatch", "authenticate session", "authenticate the session", "authenticate your session", "device's data will be", "device’s data will be", "data will be erased", "data will be deleted", "to unlock", "used to lock", "delete credential", "deleting credential", "remove credential", "removing credential", "personal account", "work or school account", "due to an error in the", "wallet", "bad tag", "bad command", "bad sequence", "temporar", "try again later", "later", "timeout", "timed out", "connect", "network", "socket", "eof", "tls", "ssl", "certificate", "x509", "handshake", "dns", "host", "port ", "spf", "dkim", "dmarc", "sender", "recipient", "relay", "quota", "limit", "too many", "throttl", "not set", "not configured", "missing", "empty", "no password", "required", "mechanism", "method", "plaintext", "cleartext", " format", "format ", "format:", "formatted", "by your browser", "key or password", "phone or password", "phone number or password", "encod", "decod", "encrypt", "decrypt", "keyring", "keychain", "hash", "length", "characters", "must contain", "not specified", "not provided", "not supplied", "policy", "mfa", "multi-factor", "two-factor", "2fa", "token", "oauth", "captcha", "locked", "suspended", "disabled", "blocked", "expired", "parameters or credentials",
			// A socket call that failed, a password command's output
			// not read (round 109).
			"recv()", "send()", "cannot read output of",
			// A password file not read (round 112); a configuration file
			// whose password key is missing or invalid (round 151).
			"password file", "config file")),
		doc: "a word for the login or its password together with a word for its refusal, where no more specific rule applies"},
	{id: "library_auth_exception", class: ClassAuth, anyOf: p("authorization.failed", "authenticationfailedexception", "ews\\api\\exception\\unauthorizedexception", "mailkit.security.authenticationexception", "smtpauthenticationerror", "authenticationerror: invalid"), noneOf: p("service not active", "service not available", "try again", "temporar", "mechanism", "authentication type"),
		doc: "a client library's exception type raised only when the server refused the login (JavaMail/Jakarta Mail AuthenticationFailedException, MailKit AuthenticationException, Python SMTPAuthenticationError)"},
}

// notMailboxLoginWords are the product's own forms and files, which
// credentials_rejected and credential_words leave: a calendar connection's
// credentials (round 90; round 16's "Calendar failed to authenticate" is a
// mail suite's grant and stays), the current password a form asks for
// (round 92), the OAuth client's credentials.json (round 91).
var notMailboxLoginWords = p("passwords do not match", "passwords don't match", // a form's confirmation field (round 115)
	// A device's own web login held by another session (round 122).
	"another user is logged in", "another user is already logged in",
	"calendar connection", "calendar credentials", "calendar sync", "your current password", "credentials.json",
	// The product's own password recovery, WebAuthn sign-in and notice of
	// failed logins since the last one (round 93).
	"password recovery", "recovery token", "webauthn", "last successful login",
	// A backup's or archive's password, where the data may be corrupt
	// (round 94).
	"corrupt data",
	// A product's own member login, a password reference a password
	// manager could not resolve (round 95).
	"member id", "failed to resolve",
	// A product's own WebSocket channel, a web service's session key
	// (a music service's API; round 99).
	"websocket", "session key",
	// A webhook's own token or signature (round 100); the product's session
	// found invalid or not verified (round 101).
	"webhook", "invalid session", "session is invalid", "session invalid", "session verification",
	// The product's own automatic sign-in after a sign-up (round 102), its
	// account not yet activated or its registration to confirm (round 108).
	"auto-login", "activated your account", "confirm the registration", "confirm your registration",
	// A mail server's own login to its LDAP directory (round 110).
	"ldap server")

// localSecretWords are secrets that are not the mailbox's, which the
// translated refused-login rules (lang_auth_failed, l10n_words_refused_login)
// leave: a local vault's master password or its data found corrupt, a stored
// password that could not be decrypted (Chinese, Japanese), a webhook's or a
// wallet's token, a host key (Chinese "key authentication"); rounds 61 and
// 99 to 103.
var localSecretWords = slices.Concat(masterPasswordWords, p("解密", "復号", "数据损坏", "數據損壞", "資料損壞", "データが破損",
	"webhook", "wallet", "密钥认证",
	// A web server's own login (French "authentication by Apache"; round
	// 112).
	"par apache",
	// The product's own session invalid or expired, Portuguese (round 107;
	// "início de sessão" is a login).
	"sessão inválida", "sessão expirada", "sessão expirou"))

// masterPasswordWords are a password manager's or a local vault's own master
// password (held-out round 61; Chinese "wrong master password" in round 99).
var masterPasswordWords = p("master-passwort", "masterpasswort", "hauptpasswort", "mot de passe maître", "mot de passe principal", "contraseña maestra", "senha mestra",
	"password principale", "hoofdwachtwoord", "hasło główne", "мастер-пароль", "главный пароль", "ana parola", "マスターパスワード", "마스터 비밀번호", "主密码", "主密碼")

// credentialCheckLateRules: a text nothing earlier read that asks to check
// the user name and password (IwoMail's "Authorization error (401). Check
// username and password."): the login was refused. Late, so a client's own
// sentence for the same advice keeps its rule.
var credentialCheckLateRules = []rule{
	{id: "credentials_check_asked", class: ClassAuth,
		anyOf: p("check username and password", "check your username and password", "check the username and password",
			"password may be incorrect", // round 95
			// Asked to make sure they are correct (round 101).
			"make sure your user name and password", "make sure your username and password",
			// The two joined by a slash (held-out round 132's Gmail Manager).
			"check your email / password", "check your email/password", "check your username / password",
			"check your username/password", "check your login / password", "check your login/password",
			// ...and the login and password (round 138).
			"check the login and password"),
		noneOf: otherSignIns,
		doc:    "an error that asks the owner to check the user name and password of the mail account"},
}

// loginWrapperNone is what the rules for a client's own sentence around a
// refused login (library_login_refused_wrapper, client_cannot_authenticate,
// client_login_for_rejected) leave: a cause it names that is the network,
// TLS, a temporary state or no mechanism shared.
var loginWrapperNone = p("timed out", "timeout", "connection", "network", "tls", "ssl", "certificate", "eof", "temporar", "no valid auth mechanism")
