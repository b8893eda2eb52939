package classify

// Round 53's mail-sending and mail-fetching libraries: the checks they run
// on their own configuration before (or instead of) talking to a server,
// their client-side protocol refusals, the SIZE check against the server's
// advertised limit and the IDLE and transport loops that say they will try
// again (testdata/heldout/round53.jsonl, rows h53u-). Each library's error
// definitions were read whole; the messages are in
// testdata/catalogs/mail_library_config_checks.jsonl. All read 2026-12-05.
//
// Sources, and why each class:
//   - Bamboo (Elixir), beam-community/bamboo lib/bamboo/adapters/
//     send_grid_adapter.ex and mandrill_adapter.ex (00b24cc3),
//     mailgun_adapter.ex (029e020e), smtp_adapter.ex (05682484):
//     handle_config/1 raises ArgumentError "There was no API key set for the
//     <X> adapter", "There was no <setting> set for the Mailgun adapter" and
//     "The following settings have not been found in your settings: * Key
//     <k> is required for SMTP Adapter" before any request: config.
//   - Swoosh, swoosh/swoosh lib/swoosh/adapter.ex and exceptions.ex
//     (38ae07c1), adapters/mua.ex (23480201): validate_config/1's "expected
//     [<keys>] to be set, got: ...", DeliveryError's "expected \"from\" to be
//     set", the Mua adapter's MultihostError (no relay configured): config.
//   - Mua, ruslandoga/mua lib/mua/protocol_error.ex (017f95ec): "the server
//     did not advertise a supported authentication mechanism" (config; its
//     STARTTLS twin already read so); lib/mua/transport_error.ex (31a5293f)
//     and lib/mua.ex: a TransportError is a socket closed, timed out or
//     refused, which easy_send retries on the next host: transient, unless
//     an earlier rule reads its reason (a TLS alert, nxdomain).
//   - gen_smtp, gen-smtp/gen_smtp src/gen_smtp_client.erl (a07e8b73):
//     check_options/1's {error,no_credentials} and {error,no_relay} before
//     connecting, ssl_not_started (the client VM's ssl application): config.
//   - Carbon (Crystal), luckyframework/carbon_smtp_adapter
//     src/carbon/adapters/smtp_adapter.cr (8b2c14ab): "You need to provide a
//     password when setting a username" and its converse: config.
//   - ainsleyclark/go-mail mail/config.go (14ccdf2c), drivers/smtp.go
//     (7aa284ae), drivers/mailgun.go (65b4f089): "driver requires ..." and
//     "mailer requires ..." from Config validation: config.
//   - wneessen/go-mail client.go (2084526c) and auth.go (00075096):
//     ErrNoHostname, "SMTP Auth autodiscover was not able to detect a
//     supported authentication mechanism", "STARTTLS mode set to: ..., but
//     target host does not support STARTTLS": config (its "server does not
//     support SMTP AUTH type" texts already read so).
//   - xhit/go-simple-mail email.go (a5ceaf25): "Mail Error: No SMTP Client
//     Provided", "Mail Error: No From email specifier": config.
//   - emersion/go-msgauth dkim/sign.go (0ef3cb32): NewSigner's "dkim: no
//     options/domain/selector/signer specified", unknown canonicalizations,
//     unsupported key algorithm, "hash algorithm too weak: sha1", the From
//     header not signed: the signer's setup, config. These come before
//     domain_auth_rejected, which reads "dkim" as a receiver's verdict; the
//     verifier's own words (dkim/verify.go: "key revoked", "signature did
//     not verify") keep that reading. verify.go also says "hash algorithm
//     too weak" for an incoming sha1 signature; a mailbox's own send logs
//     the signer's, so the phrase stays here.
//     stalwartlabs/mail-send src/lib.rs (99733c80): "DKIM signing error: ..."
//     and bbottema/simple-java-mail's "Error signing MimeMessage with DKIM"
//     (the configured domain key): config.
//   - lettre/lettre (fa402db5) src/transport/smtp/client: "No compatible
//     authentication mechanism was found", "STARTTLS is not supported on
//     this server": already config. stalwartlabs/mail-send src/lib.rs:
//     MissingCredentials, MissingMailFrom and UnsupportedAuthMechanism ("The
//     server does no support any of the available authentication methods",
//     its spelling): config.
//   - nodemailer/nodemailer (2f667f42) lib/smtp-connection/index.js and
//     lib/xoauth2/index.js: "Missing credentials for ..." (code EAUTH, command
//     API: nothing sent) and "Unknown authentication method" already config;
//     XOAuth2's "Authentication info was not provided", "Can't generate
//     token. Check your auth options", service-account options missing, and
//     REQUIRETLS refused on a plain connection or by the server: config;
//     "Message size larger than allowed" (EMESSAGE) already rejected.
//     "Invalid login: 535 ..." is the server's refusal (EAUTH), auth.
//   - dahlia/upyo packages/smtp/src/smtp-connection.ts (2b741dca): "OAuth
//     2.0 authentication requires a TLS-secured connection to protect the
//     access token" (a bearer token is never sent in clear), "Server does
//     not support authentication.", "Unsupported authentication method":
//     config.
//   - zou-yu/worker-mailer src/mailer.ts (18c3d1c9): "No supported auth
//     method found." (none of the allowed types is offered): config; "smtp
//     server requires authentication, but no credentials found" already so.
//   - apache/commons-email (9e096fb9) Email.java: "Cannot find valid
//     hostname for mail session", "From address required", a port below 1:
//     config. "Sending the email to the following server failed" names no
//     cause and stays unknown.
//   - spring-projects/spring-integration (f369e899) spring-integration-mail:
//     MailOutboundChannelAdapterParser's host and mail-sender checks, the
//     inbound specs' session conflict: config; ImapIdleChannelAdapter's
//     "Failure in 'idle' task. Will resubmit." and "Failed to execute IDLE
//     task. Will attempt to resubmit in N milliseconds." (it reconnects
//     after reconnectDelay): transient. "Will NOT resubmit" and "Won't
//     resubmit" end the loop and name no cause: unknown.
//   - bbottema/simple-java-mail (98200748): "Password provided but not a
//     username", the proxy's username/password pairs and bridge port,
//     "Email is not valid: missing sender": config.
//   - PHPMailer/PHPMailer src/SMTP.php (4a489474): "The requested
//     authentication method ... is not supported by the server",
//     "Authentication is not allowed before HELO/EHLO": config (the
//     language file's config messages were read in round 35).
//   - symfony/mailer (eb0c3187) and laravel/framework MailManager.php: the
//     DSN and transport factory errors already read config.
//   - youndie/kmp-smtp-client SmtpSession.kt (9b1d3e6d): "The message is N
//     octets and the server accepts at most M", refused before MAIL FROM
//     against the server's SIZE: the message's size, rejected.
//   - Spring Framework's mail (JavaMailSenderImpl) checks nothing of its own
//     configuration; its wrappers carry the server's words, which decide.

// round53LibchecksEarlyRules come before languageRules: "dkim" reads as a
// receiver's DKIM verdict in the general text rules, and "credentials" with
// "failed" around it as a refused login.
var round53LibchecksEarlyRules = []rule{
	{id: "libchecks_dkim_signer_setup", class: ClassConfig, anyOf: p(
		"dkim: no signer specified",
		"dkim: no options specified",
		"dkim: no domain specified",
		"dkim: no selector specified",
		"dkim: unknown header canonicalization",
		"dkim: unknown body canonicalization",
		"dkim: unsupported key algorithm",
		"dkim: hash algorithm too weak",
		"dkim: the from header field must be signed",
		"dkim signing error:",
		"error signing mimemessage with dkim"),
		doc: "a library's DKIM signer is not set up (no key, domain or selector, an unknown canonicalization or key type, a too weak hash): the sender's signing configuration, not a receiver's DKIM verdict"},
	{id: "libchecks_credentials_missing", class: ClassConfig, anyOf: p(
		"there was no api key set for the",
		"there was no api_key set for the",
		"key password is required for smtp adapter",
		"key username is required for smtp adapter",
		"provide a password when setting a username",
		"set a username when providing a password",
		"driver requires a password",
		"driver requires api key",
		"mailer requires api key",
		"{error,no_credentials}",
		"{error, no_credentials}",
		"{:error, :no_credentials}",
		"missing authentication credentials",
		"password provided but not a username",
		"username provided but not a password",
		"cannot authenticate with proxy if no proxy bridge port",
		"authentication info was not provided",
		"can't generate token. check your auth options",
		`options "privatekey" and "user" are required for service account`),
		doc: "a mail library refuses to start: its settings lack the password, user name, API key or token source (Bamboo, Carbon, go-mail, gen_smtp, mail-send, simple-java-mail, nodemailer's XOAuth2)"},
}

// round53LibchecksRules come late: every text they read was unrecognized, and
// any earlier rule that reads a server's reply in the same text decides.
var round53LibchecksRules = []rule{
	{id: "libchecks_settings_missing", class: ClassConfig, anyOf: p(
		"there was no domain set for the",
		"the following settings have not been found in your settings",
		"is required for smtp adapter",
		"] to be set, got:",
		`expected "from" to be set`,
		"expected all recipients to be on the same host",
		"{error,no_relay}",
		"{error, no_relay}",
		"{:error, :no_relay}",
		",ssl_not_started}",
		"driver requires a url",
		"driver requires from address",
		"driver requires from name",
		"driver requires a domain",
		"mailer requires from address",
		"mailer requires from name",
		"hostname for client cannot be empty",
		"mail error: no smtp client provided",
		"mail error: no from email specifier",
		"missing message sender",
		"cannot find valid hostname for mail session",
		"emailexception: from address required",
		"cannot connect to a port number that is less than 1",
		"properties should not be provided when using a 'mail-sender' reference",
		"reference or 'host' property is required",
		"nor 'javamailauthenticator' references are allowed",
		"email is not valid: missing sender"),
		doc: "a mail library refuses to start: its settings lack the host, relay, port, domain or sender, or mix settings that exclude each other (Bamboo, Swoosh, gen_smtp, go-mail, go-simple-mail, mail-send, Commons Email, Spring Integration, simple-java-mail)"},
	{id: "libchecks_mechanism_refused", class: ClassConfig, anyOf: p(
		"no supported auth method found",
		"did not advertise a supported authentication mechanism",
		"does no support any of the available authentication methods",
		"autodiscover was not able to detect a supported authentication mechanism",
		"but target host does not support starttls",
		"authentication requires a tls-secured connection",
		"requiretls can only be used over tls connections",
		"server does not support requiretls extension",
		"smtpautherror: unsupported authentication method",
		"the requested authentication method",
		"authentication is not allowed before helo/ehlo"),
		doc: "a mail library will not log in: no mechanism both sides support, TLS it requires is not there, or an OAuth bearer token would go over a plain connection; the client's settings, nothing refused"},
	{id: "libchecks_size_over_advertised", class: ClassRejected, anyOf: p("octets and the server accepts at most"),
		doc: "a mail library refuses to send a message larger than the SIZE the server advertised: the message, as the server would refuse it"},
	{id: "libchecks_retrying_loop", class: ClassTransient, anyOf: p(
		"will resubmit",
		"will attempt to resubmit in",
		"mua.transporterror"),
		noneOf: p("will not resubmit", "won't resubmit", "certificate", "unknown ca", "handshake"),
		doc:    "a mail library's loop failed once and tries again (Spring Integration's IDLE task resubmitted, Mua's transport errors retried on the next host): a passing failure"},
}
