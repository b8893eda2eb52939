package classify

// Round 39's mail libraries (testdata/heldout/round39.jsonl, rows h39d-): the
// sentences their code raises, each key with its sibling messages in the same
// code (the other message for the same failure, the IMAP, POP3 and SMTP
// variants). Every product ships English only: none of the repositories holds
// a message catalog (po, resx, properties bundles), so a key's family is its
// wordings in the same code. Phrases are the fixed text of the sentence,
// lower-cased, without placeholders.
//
// Sources, at the commit the round's row cites:
//   - oblac/jodd-mail 0334a7d: src/main/java/jodd/mail/MailSession.java
//     "Failed to close session" (transient; "Open session error" names no
//     cause and stays unknown, as the round labels it);
//   - lukencode/FluentEmail e1379c4:
//     src/Senders/FluentEmail.Mailtrap/MailtrapSender.cs, the user name,
//     password and port checks (config);
//   - marrow/mailer f6763b2: marrow/mailer/transport/imap.py "No server
//     configured for IMAP.", transport/mailgun.py "No API key registered for:"
//     and "Must either define a `domain` and `key` configuration" (config);
//   - micronaut-projects/micronaut-email c04ac95c:
//     email-javamail/.../MailPropertiesProviderFactory.java (config);
//   - apache/commons-net c66d035a: src/main/java/org/apache/commons/net/
//     examples/mail/SMTPMail.java "SMTP server refused connection." (a
//     negative greeting, transient);
//   - knadh/smtppool 5e52179: pool.go "SMTP STARTTLS extension not found"
//     (config; its sibling "SMTP AUTH extension not found" is already read);
//   - MasoniteFramework/masonite 25693bcf: src/masonite/mail/drivers/
//     SMTPDriver.py "Server is using untrusted protocol." (STARTTLS refused,
//     config);
//   - pear/Net_IMAP 473b2af: Net/IMAPProtocol.php, no AUTH mechanism and the
//     unsupported one ("NOT supported authentication method! This IMAP server
//     supports these methods"), "Failed to set crypto" (config); "unable to
//     open socket", "Failed to receive from the  socket:", "socket disconnect
//     failed" (transient; "Failed to write to socket" is already read);
//   - rjbs/MIME-Lite 4994d6e: lib/MIME/Lite.pm "SMTP auth() command failed"
//     (auth), "SMTP auth() command not supported on" (config);
//   - markov2/perl5-Mail-Transport fca5d7c: lib/Mail/Transport/SMTP.pm
//     "authentication for {host} failed." (auth; the host sits between the
//     two fixed parts, so the rule needs both);
//   - olegwtf/p5-Mojo-SMTP-Client 25584a9: lib/Mojo/SMTP/Client.pm
//     "unrecognized auth method:" (config);
//   - anymail/django-anymail 8c40cc4: backends/sendgrid.py (username/password
//     settings, config), backends/mailgun.py "Invalid Mailgun API endpoint"
//     with its "Check your ANYMAIL MAILGUN_SENDER_DOMAIN" line (config),
//     backends/base_requests.py "Error posting to" (transient), exceptions.py
//     AnymailRecipientsRefused (recipient);
//   - mailgun/mailgun-go d7f2dd4: mailgun.go MG_API_KEY, messages.go the
//     api-key and domain checks of Send() and "with a domain that contains
//     invalid characters" (config), http.go "remote server prematurely closed
//     connection" and "while making http request" (transient);
//   - SSilence/php-imap-client 15c0037: ImapClient/ImapConnect.php and
//     ImapClient.php, the setup checks of connect() (the imap extension, the
//     mailbox, user name and password types, the connect option; config);
//   - andris9/xoauth2 168af72: src/xoauth2.js "Invalid authentication
//     response" (a malformed token-endpoint body, transient), the service
//     account options (config);
//   - WinRb/Viewpoint a98a225: lib/ews/connection.rb "Unauthorized request"
//     (HTTP 401 from EWS, auth);
//   - apache/geronimo-javamail eb04d2d: geronimo-mail_2.1_provider
//     transport/smtp/SMTPConnection.java, store/imap/connection/
//     IMAPConnection.java and IMAPResponseStream.java, store/pop3/connection/
//     POP3Connection.java, util/MailConnection.java: the refused AUTH (auth),
//     the greeting, EHLO/HELO and read failures and the lost connection
//     (transient), no login method, no SASL authenticator, no APOP, TLS
//     required, the TLS upgrade and the untrusted server (config);
//   - mxk/go-imap 531c36c: imap/imap.go NotAvailableError for LOGIN,
//     STARTTLS and AUTH= mechanisms, "imap: not available (...)" in
//     imap/client.go (config);
//   - aspineux/pyzmail e1a19ed: pyzmail/pyzmail/generate.py send_mail's
//     "not responding", the HELO greeting (transient), "sender refused"
//     (config), "SMTP protocol mismatch" (SMTPDataError, rejected);
//   - markov2/perl5-Mail-Box-POP3 64f3faf: lib/Mail/Transport/POP3.pm, the
//     missing user name and password, "does not seem to be talking POP3"
//     (config), the connect, read and write failures (transient);
//   - markov2/perl5-Mail-Box-IMAP4 c810181: lib/Mail/Transport/IMAP4.pm, the
//     missing user name or password (config), "IMAP4 cannot connect to"
//     (transient), "couldn't contact to IMAP4" after the logins failed
//     (auth);
//   - flowable/flowable-engine 53e93b6681: modules/flowable-mail/.../
//     JakartaMailFlowableMailClient.java, no SMTP host, wrong JNDI (config);
//   - wanderlust/wanderlust 06ec9fa3: elmo/elmo-net.el "Authetication is
//     failed" (auth), "Open network connection to ... failed", elmo-pop3.el
//     "Maildrop is currently in use", elmo-imap4.el "IMAP4 connection is
//     closed" (transient), elmo-pop3.el the login delay (auth_temporary);
//   - wanderlust/flim 23bb29d: smtp.el "`smtp-server' not defined", "STARTTLS
//     is not supported on this server", the invalid FQDN (config);
//   - olafmersmann/sendmailR ea90ce2: R/sendmailR.r "no data from server
//     connection" (transient);
//   - oxidizing/letters 231fd74: lib/letters.ml "Could not create
//     authenticator" (the TLS authenticator), "Config hostname is not valid
//     hostname" (config);
//   - spring-projects/spring-boot c329ffa25dc: module/spring-boot-mail/.../
//     MailSenderJndiConfiguration.java (config);
//   - jeremydumais/CPP-SMTPClient-library 8145c59: src/errorresolver.cpp, the
//     unsupported method and the SSL BIO, context and chain errors (config),
//     the socket errors (transient), src/credential.cpp the empty user name or
//     password (config);
//   - brechtsanders/libquickmail 69c74e1: quickmail.c, the greeting and
//     EHLO/HELO errors (transient), the refused sender and SMTPS not built
//     in (config), the refused To, CC and BCC addresses (recipient);
//   - seanthegeek/mailsuite 36ced38: mailsuite/imap.py, the user name OAuth2
//     needs and the password or token (config).

// round39LibsRules come right after round36LibsRules (after phpmailerRules):
// no earlier rule reads these sentences, and they must come before codeRules,
// which reads the port list "25, 465 or 2525" as a 4xx reply.
var round39LibsRules = []rule{
	{id: "libs_server_refused_login", class: ClassAuth, anyOf: p(
		"smtp auth() command failed",
		"couldn't contact to imap4",
		"error authenticating with server",
		"authetication is failed",
		"unauthorized request",
	),
		doc: "a mail library says the server refused the login (MIME::Lite, Mail::Box IMAP4 after its retries, Geronimo JavaMail, Wanderlust, Viewpoint's EWS 401)"},
	{id: "libs_auth_for_host_failed", class: ClassAuth, allOf: p(
		"authentication for ", " failed.",
	),
		doc: "Mail::Transport::SMTP: the server refused the user name and password (the host name stands between the two parts)"},
	{id: "wanderlust_login_delay", class: ClassAuthTemporary, anyOf: p(
		"not allowed to login until the login delay period",
	),
		doc: "Wanderlust: the POP3 server's LOGIN-DELAY, logins too frequent, try later"},
	{id: "libs_connection_failed", class: ClassTransient, anyOf: p(
		"failed to close session",
		"smtp server refused connection",
		"unable to open socket", "failed to receive from the socket", "socket disconnect failed",
		"error posting to",
		"remote server prematurely closed connection", "while making http request:",
		"invalid authentication response",
		"error in getting welcome msg", "error in saying ehlo to server",
		"failure sending ehlo command to smtp server", "failure sending helo command to smtp server",
		"unable to obtain a connection to the pop3 server", "read error on imap server connection",
		"unexpected read error on server connection", "connection to mail server is lost",
		"error in receving response", // "unexpected error on server stream": read by server_internal_error
		"not responding: ", "server didn't reply properly to the helo greeting",
		"cannot read pop3 from socket", "cannot write pop3 to socket", "imap4 cannot connect to",
		"maildrop is currently in use", "open network connection to", "imap4 connection is closed",
		"no data from server connection",
		"unable to connect to the socket", "unable to create the socket",
		"smtp server returned an error on connection", "smtp ehlo/helo returned error",
	),
		doc: "a mail library could not reach the server, lost the connection or got no usable greeting or answer; a temporary failure"},
	{id: "libs_pop3_connect_failed", class: ClassTransient, allOf: p(
		"cannot connect to ", " for pop3",
	),
		doc: "Mail::Box POP3: the connection to the POP3 server failed (the host and port stand between the two parts)"},
	{id: "libs_setting", class: ClassConfig, anyOf: p(
		// A setting missing or of the wrong type, checked before connecting.
		"mailtrap username needs to be supplied", "mailtrap password needs to be supplied", "mailtrap port needs to be either",
		"no server configured for imap", "no api key registered for", "must either define a `domain` and `key` configuration",
		"javamail configuration does not contain any properties",
		"v3 api doesn't support username/password auth", "invalid mailgun api endpoint", "check your anymail mailgun_sender_domain",
		"required environment variable mg_api_key not defined",
		"you must provide a valid api-key before calling send()", "you must provide a valid domain before calling send()",
		"with a domain that contains invalid characters",
		"imap function not available", "mailbox is not installed", "mailbox must be an string", "username must be an string",
		"password must be an string", "option connect must be installed",
		`and "user" are required for service account`,
		"sender refused: ",
		"pop3 requires a username and password", "imap4 requires a username and password", "imap4 username ",
		"does not seem to be talking pop3",
		"could not send email: no smtp host is configured", "could not send email: incorrect jndi configuration",
		"`smtp-server' not defined", "set smtp-fqdn or smtp-local-domain correctly",
		"config hostname is not valid hostname",
		"unable to find session in jndi location",
		"password cannot be null or empty", "username cannot be null or empty",
		"smtp server did not accept sender",
		"username is required when authenticating with oauth2", "or an oauth2 token / token_provider must be provided",
		// TLS or STARTTLS the server or the client lacks.
		"smtp starttls extension not found",
		"server is using untrusted protocol",
		"failed to set crypto",
		"unable to make tls server connection", "unable to convert connection to tls",
		"server doesn't support required transport level security", "socket is not an instance of sslsocket",
		"server is not trusted: ",
		"imap: not available (starttls)",
		"starttls is not supported on this server",
		"could not create authenticator",
		"unable to handshake with ssl bio", "unable to connect ssl bio", "unable to create the ssl bio",
		"unable to initialize the ssl context", "unable to verify the result of chain verification",
		"smtps not supported",
		// No login method the client and the server share.
		"smtp auth() command not supported on",
		"unrecognized auth method:",
		"imap server don't support any auth methods", "not supported authentication method! this imap server supports",
		"no supported login methods enabled", "unable to obtain sasl authenticator",
		"imap: not available (login)", "imap: not available (auth=",
		"the authentication method selected is not supported by the server",
	),
		doc: "a mail library's own setting is missing or does not fit the server: no host, key, user name or password configured, TLS or STARTTLS the server lacks, no login method both support"},
	{id: "libs_recipients_refused", class: ClassRecipient, anyOf: p(
		"all message recipients were rejected or invalid",
		"smtp server did not accept e-mail address",
	),
		doc: "django-anymail and libquickmail: the recipient addresses were refused"},
	{id: "libs_data_refused", class: ClassRejected, anyOf: p(
		"smtp protocol mismatch",
	),
		doc: "pyzmail: the server refused the message data (smtplib.SMTPDataError)"},
}
