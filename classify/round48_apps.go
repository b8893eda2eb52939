package classify

// Round 48's apps that log Python's mail exceptions by type name, with the
// message stripped or as a placeholder, and three products' own mail
// sentences (testdata/heldout/round48.jsonl, rows h48e-). Phrases are the
// fixed text of each message, lower-cased, without placeholders.
//
// Sources:
//   - python/cpython Lib/smtplib.py (commit 0011af77 as stored; the
//     exception docstrings are unchanged since): SMTPSenderRefused "Sender
//     address refused" (testdata labels its replies config: not logged in,
//     address not owned by the login), SMTPRecipientsRefused "All recipient
//     addresses refused" (recipient), SMTPServerDisconnected (connection
//     closed or never opened) and SMTPConnectError "Error during connection
//     establishment" (transient), SMTPNotSupportedError "The command or
//     option attempted is not supported by the server" (config, as testdata
//     labels "SMTP AUTH extension not supported"). SMTPDataError ("The SMTP
//     server didn't accept the data"), SMTPHeloError, SMTPResponseException
//     (base class carrying any code) carry no verdict on their own and are
//     left unknown. Lib/imaplib.py: IMAP4.abort is for service errors, "close
//     and retry" (transient); IMAP4.error ("logical errors") and
//     IMAP4.readonly are left unknown. Doc/library/ssl.rst:
//     SSLCertVerificationError (certificate validation failed: config),
//     SSLError (an error of the TLS layer; testdata labels "SSL error ..."
//     config). Doc/library/socket.rst and exceptions.rst: socket.gaierror
//     (address lookup failed: config, as testdata's "nodename nor servname"),
//     ConnectionRefusedError, ConnectionResetError (transient).
//     These rules sit late: any reply text after the type name decides first.
//   - tracim/tracim ba327506: backend/tracim_backend/lib/mail_notifier/
//     sender.py ("SMTP auth return error code: {} with message: {}" and
//     "check your auth params combinaison (login/password) for SMTP" in the
//     SMTPAuthenticationError branch: auth; "Mail could not be send to some
//     recipient: {}": recipient); lib/mail_fetcher/email_fetcher.py ("Socket
//     fail with IMAP connection" for socket.error/gaierror/herror: transient;
//     "SSL error on IMAP connection": config); lib/core/user.py ("Account
//     created for {email} but SMTP server refuse to send notification",
//     SMTPRecipientsRefused: recipient); config.py (ConfigurationError for an
//     invalid email.notification.smtp.encryption and check_mandatory_param's
//     "configuration is mandatory ... Set it before continuing.": config).
//     English only; Tracim's backend logs are not translated.
//   - OpenSlides/openslides-backend 755f68b3: openslides_backend/action/
//     actions/user/send_invitation_email.py (type-name results above; "email
//     {} is not a valid sender email address.", "Invalid characters in the
//     sender name configuration", "The given reply_to address '{}' is not
//     valid.": config; "'{}' has no email address." / "has no valid email
//     address.": recipient, the invited user has no usable address).
//     OpenSlides/openslides-client fb79ad9b client/src/assets/i18n/
//     {cs,de,es,fr,it,nl}.po (ru ships them empty): "The user(s) %user%
//     has/have no email, so the invitation email(s) could not be sent":
//     recipient. "Some mails could not be sent. There may be a problem
//     communicating with the mail server" hedges and is left unknown.
//   - TabbycatDebate/tabbycat 59c4d5fc: tabbycat/notifications/views.py,
//     TestEmailView: on a 550 naming "Sender Identity" it adds the hint to
//     update DEFAULT_FROM_EMAIL to the SendGrid-verified sender and logs
//     "Suspected SendGrid sender identity verification error in test email":
//     the From address is not a verified sender (config).
//     notifications/locale/{fr,id,it,tr}/LC_MESSAGES/django.po translate the
//     hint (the other locales leave it empty); every form names SendGrid and
//     DEFAULT_FROM_EMAIL. Its other test-email lines carry the server's text
//     or nothing and are left unknown.

// round48AppsEarlyRules come before languageRules and textRules: "is
// mandatory" in Tracim's setup error would read as a content rejection.
var round48AppsEarlyRules = []rule{
	{id: "apps_tracim_setup", class: ClassConfig, anyOf: p(
		"configuration is mandatory when email", "is invalid,valids values are",
	), doc: "Tracim refuses to start: a mail setting (email.notification.*, email.reply.*) is missing or has an invalid value"},
}

// round48AppsRules come last: a type name or a product's sentence decides
// only when no reply text around it did.
var round48AppsRules = []rule{
	{id: "apps_auth_refused", class: ClassAuth, anyOf: p(
		"check your auth params combinaison", "smtp auth return error code",
	), doc: "Tracim's SMTP sender after smtplib.SMTPAuthenticationError: the server refused the configured login and password"},
	{id: "apps_recipient_refused", class: ClassRecipient, anyOf: p(
		// Python smtplib, bare type name
		"smtprecipientsrefused",
		// Tracim
		"smtp server refuse to send notification", "could not be send to some recipient",
		// OpenSlides backend
		"' has no email address.", "' has no valid email address.",
		// OpenSlides client: en, cs, de, es, fr, it, nl
		"has no email, so the invitation email", "have no email, so the invitation emails",
		"takže elektronický dopis s pozváním se mu nepodařilo", "takže elektronické dopisy s pozváními se jim nepodařilo",
		"besitzt keine e-mail-adresse; eine e-mail konnte daher nicht", "besitzen keine e-mail-adressen; e-mails konnte daher nicht",
		"no se pudo enviar el email de invitación", "los correos de invitación no pudieron ser enviados",
		"le courriel d'invitation n'a donc pas pu", "les courriels d'invitation n'ont donc pas pu",
		"non è stato possibile inviare l'e-mail di invito", "non è stato possibile inviare le e-mail di invito",
		"dus de uitnodigingsmail kon niet", "dus de uitnodigingsmails konden niet",
	), doc: "All recipients refused (smtplib.SMTPRecipientsRefused) or the invited user has no usable address (Tracim, OpenSlides): the recipient, not the sending account"},
	{id: "apps_sender_settings", class: ClassConfig, anyOf: p(
		// Python smtplib, ssl, socket type names
		"smtpsenderrefused", "smtpnotsupportederror", "sslcertverificationerror", "sslerror", "gaierror",
		// Tracim
		"ssl error on imap connection",
		// OpenSlides backend
		"is not a valid sender email address", "invalid characters in the sender name configuration", "the given reply_to address",
		// Tabbycat log line
		"sendgrid sender identity verification error",
	), doc: "The sender address refused, a feature the server lacks, a TLS or certificate failure, a host name that does not resolve, or a product's sender settings invalid: the mail settings"},
	{id: "apps_sendgrid_sender_hint", class: ClassConfig, allOf: p("sendgrid", "default_from_email"),
		doc: "Tabbycat's hint (every locale) that SendGrid refused an unverified sender: DEFAULT_FROM_EMAIL must match the verified sender identity"},
	{id: "apps_connection_dropped", class: ClassTransient, anyOf: p(
		"smtpserverdisconnected", "smtpconnecterror", "connectionrefusederror", "connectionreseterror", "imap4.abort",
		"socket fail with imap connection",
	), doc: "The connection was refused, reset or dropped, or the server's greeting failed (smtplib, imaplib, socket type names; Tracim's IMAP fetcher): the network or server, retried later"},
}
