package classify

// Round 46's mail clients and tools in their own words
// (testdata/heldout/round46.jsonl, rows h46l-): each product's mail-failure
// messages read whole from its source, in every locale it ships, labelled by
// what each one means.
//
// Sources:
//   - sailfishos-mirror/messagingframework 1e5831a8 (Qt Messaging
//     Framework, the Sailfish OS mail back end; it ships no translation of
//     these strings): src/libraries/qmfmessageserver/qmailmessageservice.cpp
//     (the status texts), src/plugins/messageservices/smtp/smtpclient.cpp,
//     imap/imapclient.cpp and pop/popclient.cpp. ErrConfiguration "Unable to
//     use account due to invalid configuration.", "Cannot open connection
//     without IMAP/POP server configuration", "Cannot send message without
//     SMTP server configuration" / "without account configuration", "Have
//     not received any greeting from SMTP server, probably configuration
//     error" (the product itself calls it a configuration error) and
//     ErrNoSslSupport "SSL is not supported." are the account's settings or
//     the build (config). ErrTimeout "Configured service failed to perform
//     action within a reasonable period of time.", ErrConnectionNotReady
//     "Outgoing connection is not ready to transmit message.",
//     ErrConnectionInUse "Outgoing connection already in use by another
//     operation." and smtpclient's "Cannot send message; transport in use",
//     and ErrNoConnection "Cannot determine the connection to transmit
//     message on." are the transport busy, slow or not up yet (transient).
//     "Login failed - check user name and password.", "No credentials
//     available", "Proxy requires authentication" and "Untrusted
//     certificate." are read right already.
//   - josh64x2/GNUMail 9e5c6255: Framework/GNUMail/TaskManager.m,
//     Bundles/Account/AccountEditorWindowController.m and
//     Resources/{Arabic,Czech,English,French,German,Russian,Spanish,Swedish,
//     Turkish}.lproj/Localizable.strings (UTF-16, read whole; the Czech file
//     holds ISO 8859-2 text read as Latin-1, as the app shows it, and the
//     proper spelling is read too). "%@ authentication failed for account
//     %@." (German "Authentifzierung fehlgeschlagen für Konto", the
//     translator's typo), "Authentication error with the IMAP server." and
//     "An error occured during the authentication with the SMTP server
//     (%@)." (the Swedish "Ett fel uppstod när SMTP servern kontaktades" and
//     the Turkish "güvenli bağlantı sırasında", this translator's word for
//     authentication throughout, translate the same refused login) and
//     "Invalid password %@ @ %@." are refused logins (auth). "Unable to
//     connect to the %@ SMTP/IMAP/POP3 server." (the task is retried in 300
//     s), "Connection timed out to ..." and "Unable to communicate with the
//     POP3/IMAP server (%@)." are the server not reached (transient). The
//     account editor's "Unable to communicate with the SMTP server
//     (%@).\nCheck the port you have specified." and "...\nSSL handshake
//     error.", "You must specify a valid SMTP host name / server name and
//     username / Mailer path ...", "You must have at least one transport
//     agent defined." and the local mailer's "The path to the mailer might be
//     incorrect in your sending preferences." are settings (config). The
//     send failure "It might be a network problem or an error in your
//     sending preferences" with the server's last reply is a catch-all and
//     stays unknown (its French wording is read as the network by
//     l10n_words_connection and is left).
//   - elizagamedev/mujmap 5f700af8 (JMAP sync for notmuch): src/config.rs,
//     src/remote.rs and src/send.rs, every snafu display string. The config
//     file, "Can only specify one of `fqdn' or `session_url'", the
//     password_command run locally before any login, "Couldn't determine
//     domain name from `username`", "Session username doesn't match
//     configured username" (the server's session is another user's than the
//     configured one: the settings, not a refused password) and "No JMAP
//     identities match sender" (send-as not set up) are config. "Could not
//     open session at {}: {}" wraps any error and stays unknown.
//   - svarshavchik/courier fe506ccc, cone/libmail/*.C (Cone's mail library;
//     no translation ships): "Failed connecting to server.", "Lost server
//     connection." and "Server connection unexpectedly shut down." are the
//     connection (transient); "Server does not support IMAP4rev1." (not a
//     usable IMAP server: wrong host or port), "Invalid SMTP/IMAP/POP3/NNTP
//     URL.", "Invalid mail account URL." and "SSL support not available."
//     are the account's settings or the build (config).

// round46ClientsEarlyRules come before languageRules: credential_words reads
// mujmap's "Session username doesn't match configured username" as a refused
// login, and l10n_words_connection reads GNUMail's Turkish refused SMTP login
// as the network.
var round46ClientsEarlyRules = []rule{
	{id: "clients_setup", class: ClassConfig, anyOf: p(
		// QMF
		"unable to use account due to invalid configuration", "without imap server configuration", "without pop server configuration",
		"without smtp server configuration", "without account configuration", "probably configuration error", "ssl is not supported",
		// GNUMail
		"check the port you have specified", "must specify a valid smtp host name", "must specify a valid server name and username",
		"must specify a valid mailer path", "mailer might be incorrect in your sending preferences", "der pfad zum mailer",
		"must have at least one transport agent defined", "يجب أن يكون لديك عميل نقْل واحد", "يجب أن يكون لديك على الأقل عميل نقل واحد",
		"musí¹ nastavit, jak mám odesílat zprávy", "au moins un agent de transport défini", "mindestens einen transportagenten definiert",
		"хотя бы один агент транспортировки", "al menos un agente de transporte definido", "du måste definiera minst en leveransmetod",
		"en az bir gönderme ajanı tanımlamalısınız",
		// mujmap
		"could not read config file", "could not parse config file", "one of `fqdn' or `session_url'", "must specify at least 1 for `concurrent_downloads'",
		"`directory_separator' must not be empty", "could not execute password command", "password command exited with",
		"could not decode password command output", "couldn't determine domain name from", "session username doesn't match configured username",
		"no jmap identities match sender",
		// Cone
		"server does not support imap4rev1", "invalid smtp url", "invalid imap url", "invalid pop3 url", "invalid nntp url", "invalid mail account url",
		"ssl support not available"),
		doc: "a mail client or tool (Qt Messaging Framework, GNUMail, mujmap, Cone) says the account's server, port, mailer, transport, identity, password command or config file is missing or wrong: its settings"},
	{id: "clients_smtp_test_tls", class: ClassConfig, allOf: p("unable to communicate with the smtp server", "ssl handshake error"),
		doc: "GNUMail's account editor could not set up SSL with the SMTP server: the security setting or the port"},
	{id: "gnumail_login_refused", class: ClassAuth, anyOf: p(
		// GNUMail, "%@ authentication failed for account %@." and "An error
		// occured during the authentication with the SMTP server (%@)."
		"authentifzierung fehlgeschlagen für konto", "während der authentifizierung mit dem smtp-server",
		"error occured during the authentication with the smtp server", "error occurred during the authentication with the smtp server",
		"lors de l'authentification avec le serveur", "error durante la autenticación con el servidor", "när smtp servern kontaktades",
		"smtp sunucusu ile güvenli bağlantı sırasında bir hata oluştu",
		// "Authentication error with the IMAP server." (ar, cs, tr)
		"التّوثيق مع خادم", "chyba pøi autentifikaci na", "chyba při autentifikaci na", "sunucusunda yetkilendirme hatası",
		// "Invalid password %@ @ %@." (ar, cs)
		"كلمة مرور غير صالحة", "©patné heslo", "špatné heslo"),
		noneOf: p("too many", "try again later", "locked"),
		doc:    "GNUMail says in the owner's language that the IMAP, POP3 or SMTP server refused the login or the password"},
}

// round46ClientsRules come last: a message that also names a refused login,
// a TLS fault or a server reply is read by the rules for those first.
var round46ClientsRules = []rule{
	{id: "clients_transport", class: ClassTransient, anyOf: p(
		// QMF
		"failed to perform action within a reasonable period of time", "outgoing connection is not ready to transmit",
		"outgoing connection already in use by another operation", "cannot send message; transport in use",
		"cannot determine the connection to transmit message on",
		// GNUMail, "Unable to communicate with the POP3/IMAP server (%@)."
		"التّواصل مع خادم", "nemù¾u se spojit s", "nemù¾u komunikovat s", "nemůžu se spojit s", "nemůžu komunikovat s",
		"impossible de communiquer avec le serveur", "kann nicht mit pop3-server kommunizieren", "kann nicht mit imap-server kommunizieren",
		"kommunikation mit dem server", "не удается наладить связь с", "не удается связаться с сервером",
		"establecer la comunicación con el servidor", "kunde inte kontakta pop3 servern", "sunucusu ile iletişim kurulamıyor",
		"sunucusu ile haberleşilemiyor",
		// Cone
		"failed connecting to server", "lost server connection", "server connection unexpectedly shut down"),
		doc: "a mail client (Qt Messaging Framework, GNUMail, Cone) could not reach or keep the server, or its transport was busy or slow: the network or the server, for now"},
	{id: "clients_server_unreachable", class: ClassTransient, anyOf: p("unable to connect to the", "unable to communicate with the"),
		alsoAny: p("smtp server", "imap server", "pop3 server"),
		noneOf:  p("check the port", "handshake"),
		doc:     "GNUMail could not connect to or talk with the SMTP, IMAP or POP3 server: the network or the server, for now"},
}
