package classify

// Round 48's help desks and ticketing tools that fetch a mailbox
// (testdata/heldout/round48.jsonl, rows h48b-itflow-, h48b-helpdesken-,
// h48b-gestsup-, h48b-trudesk-, h48b-esup-, h48b-zapdesk-): each product's
// mail-failure messages read whole from the files the rows cite, with their
// siblings, in every locale the product ships. Phrases are the fixed text of
// the message, lower-cased, without placeholders or HTML tags.
//
// Sources, at the commit the round's rows cite:
//   - itflow-org/itflow 0262707e: admin/post/settings_mail.php,
//     admin/oauth_microsoft_mail_callback.php, cron/ticket_email_parser.php,
//     cron/mail_queue.php. Config (a setting is empty or set wrong, checked
//     before any request): "Please set the SMTP or IMAP Provider to Microsoft
//     365 (OAuth) and save it before connecting", "Missing Microsoft OAuth
//     settings", "Missing host, port, or username", "Missing OAuth client
//     credentials or refresh token", "Microsoft tenant ID is required", "OAuth
//     token test failed: unsupported provider" and "...: missing client ID,
//     client secret, or refresh token", "Microsoft OAuth settings are
//     incomplete", "Standard IMAP: missing host/port/username", "IMAP polling
//     skipped: provider not configured", "... invalid sender address ... -
//     check configuration in settings". Unknown (catch-alls: the token POST's
//     non-2xx answer, its curl error or a 2xx body without a token all give
//     the same text, the provider's error body is dropped; the IMAP test's
//     catch (\Throwable) covers a refused login and an unreachable host
//     alike): "IMAP OAuth failed: Could not refresh access token" and "...:
//     Token response did not include an access token", "IMAP connection
//     failed. Check the host, port, encryption, and credentials", "OAuth
//     token test failed: $err_msg" and "...: access token missing in provider
//     response", "Microsoft OAuth token exchange failed: $reason" and "...:
//     refresh token or access token missing". The "no usable access token"
//     and "Missing OAuth access token for XOAUTH2 SMTP" catch-alls and the
//     authorize redirect's "Microsoft OAuth authorization failed: $error" are
//     read as unknown already; "callback validation failed" (a state that
//     did not match or expired, or no code) names no cause: unknown.
//   - madebykask/Helpdesken 1857ca74:
//     dhHelpdeskNG/DH.Helpdesk.Mail2Ticket/DH_Helpdesk_Mail.vb: "Pop3 Is Not
//     supported. Mailserver protocol 0" (the customer's protocol setting is
//     POP3, which Mail2Ticket dropped) and "EmailFolder '...' doesn't exist." /
//     "EmailFolderArchive '...' doesn't exist." (CheckEmailFolderExists after a
//     working IMAP Login(), or FindEwsFolder after binding with a token: the
//     folder setting is wrong) (config); "Missing UserName Or Password" is
//     read as config already. DH.Helpdesk.EmailEngine.Library/EmailProcessor.cs
//     "No token acquired" (the client_credentials POST's status is not
//     checked) is unknown already.
//   - gdepeyrot/gestsup ad1d28f9: mail2ticket.php dies with
//     T_('Impossible de se connecter au serveur de Messagerie: ') .
//     imap_last_error() when PhpImap cannot open the mailbox; a refused
//     password, an unreachable host and a TLS mismatch all end here
//     (unknown). Its msgstr in locale/en_US ("Unable to connect to Messaging
//     server "), de_DE ("Können Mail-Server zu verbinden: ") and es_ES ("No
//     se puede conectar al servidor de Correo "), all the locales it ships.
//     When imap_last_error() is appended and names the cause, the rules that
//     read that cause decide (noneOf).
//   - ernstbe/trudesk-thw 32c661c2 (fork of polonel/trudesk):
//     src/client/locales/{en,de}/translation.json settings.connectionFailed,
//     shown by Settings/Mailer/mailer.jsx when the test-mailer call (nodemailer
//     transporter.verify()) fails for any reason (unknown); src/mailer/index.js
//     "No From Address Set." is config already.
//   - EsupPortail/esup-helpdesk fe90929c:
//     src/main/java/org/esupportail/commons/services/smtp/SimpleSmtpServiceImpl.java
//     "can not test the SMTP connection when property testAddress is not set"
//     and "no testAddress attribute set, target ldap-smtp will not work"
//     (config); src/main/java/org/esupportail/helpdesk/services/feed/imap/
//     TicketAccountReaderImpl.java "could not connect to [imaps://...]: " +
//     the MessagingException (store.connect: a refused login and an
//     unreachable server alike; unknown unless the exception's text says
//     which); "folder does not exist. Available folders are: " is config
//     already.
//   - knowall-ai/zapdesk 429f0867: src/lib/email.ts, src/lib/email-poll.ts,
//     src/app/api/email/poll/route.ts: "Failed to get mail Graph token",
//     "Graph sendMail failed", "Graph list-messages failed" are unknown
//     already and "MAIL_POLL_MAILBOX not configured" config; "Graph
//     list-attachments failed (status): body" (any non-ok answer) is unknown.

// helpdesk48Causes are words a filled placeholder (curl's error,
// imap_last_error(), a MessagingException's text) uses to name the cause;
// with one of them the rules that read it decide.
var helpdesk48Causes = p("authenticationfailed", "authentication failed", "invalid credentials", "login failed", "logon failure", "password",
	"refused", "timed out", "timeout", "resolve host", "no such host", "unreachable", "getaddrinfo", "certificate", "ssl", "tls", "reset by peer",
	"invalid_grant", "invalid_client", "unauthorized_client", "aadsts",
	// Another product's sentence about its outgoing or incoming server.
	"sortant", "entrant", "saliente", "entrante", "outgoing", "incoming")

// round48HelpdeskEarlyRules come before headRules: oauth_invalid_client
// reads ITFlow's "client secret" and "token exchange failed" as the
// product's OAuth client, oauth_refresh_failed reads "could not refresh
// access token" as a dead grant, credentials_rejected reads "oauth failed",
// recipient_mailbox_disabled reads Helpdesken's "doesn't exist", and the
// localized unreachable-server rules and network_dropped read GestSup's and
// Trudesk's catch-alls as the network.
var round48HelpdeskEarlyRules = []rule{
	{id: "helpdesk_setup_missing", class: ClassConfig, anyOf: p(
		// ITFlow
		"please set the smtp or imap provider to microsoft 365 (oauth)",
		"missing microsoft oauth settings. please provide client id",
		"missing host, port, or username",
		"missing oauth client credentials or refresh token",
		"imap oauth failed: microsoft tenant id is required",
		"oauth token test failed: microsoft tenant id is required",
		"oauth token test failed: unsupported provider",
		"oauth token test failed: missing client id, client secret, or refresh token",
		"microsoft oauth settings are incomplete",
		"standard imap: missing host/port/username",
		"imap polling skipped: provider not configured",
		"- check configuration in settings",
		// Helpdesken
		"pop3 is not supported. mailserver protocol",
		// esup-helpdesk
		"can not test the smtp connection when property testaddress is not set",
		"no testaddress attribute set",
	),
		doc: "a help desk (ITFlow, Helpdesken, esup-helpdesk) stops before connecting because a mail or OAuth setting of its own is empty or set wrong"},
	{id: "helpdesk_folder_missing", class: ClassConfig, anyOf: p("emailfolder '", "emailfolderarchive '"), alsoAny: p("doesn't exist"),
		doc: "Helpdesken logged in but the configured mail or archive folder does not exist: the folder setting is wrong"},
	{id: "helpdesk_catchall", class: ClassUnknown, anyOf: p(
		// ITFlow: the token POST or the IMAP test failed for any reason.
		"imap oauth failed: could not refresh access token",
		"imap oauth failed: token response did not include an access token",
		"check the host, port, encryption, and credentials",
		"oauth token test failed:",
		"microsoft oauth token exchange failed:",
		"microsoft oauth callback validation failed",
		// GestSup: fr msgid, en_US, de_DE, es_ES.
		"impossible de se connecter au serveur de messagerie:",
		"unable to connect to messaging server",
		"können mail-server zu verbinden",
		"no se puede conectar al servidor de correo",
		// Trudesk: en, de.
		"connection failed. did you apply settings?",
		"verbindung fehlgeschlagen. wurden die einstellungen angewendet?",
		// esup-helpdesk, ZapDesk.
		"could not connect to [imaps://",
		"graph list-attachments failed (",
	),
		noneOf: helpdesk48Causes,
		doc:    "a help desk's catch-all for a failed mail connection or token request (ITFlow, GestSup, Trudesk, esup-helpdesk, ZapDesk): a refused login, an unreachable server and a failed token request all give this text"},
}
