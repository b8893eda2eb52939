package classify

// Round 48's desktop and mobile mail clients in their own words
// (testdata/heldout/round48.jsonl, rows h48c-): each client's mail-failure
// messages read whole from its repository, in every locale it ships,
// labelled by what the client means by each one (read from the code that
// shows it). Phrases are the fixed text of each message, lower-cased,
// without placeholders.
//
// Sources, at the commit the round's rows cite:
//   - mbert/mulberry-main 6b7951a3 (Mulberry; it ships English only):
//     Sources_Common/Resources/ProtocolErrors.xml and Alerts.xml, with
//     Sources_Common/Mail/INET_Clients/CINETClient.cp (INETDisplayError,
//     Logon). Error::INET::ConnectionAborted is what err_TCPAbort and
//     err_TCPFailed (the TCP connection dropped) map to; "login again" means
//     open the session again (transient). NoSSLPlugin (the client's SSL
//     plugin missing), NoSSLError "SSL cannot be started." (err_TCPSSLError)
//     and NoBadStartTLS "Could not negotiate TLS with the server:" (NO/BAD to
//     STARTTLS; the server's reply is appended and decides first where an
//     earlier rule knows it) are the TLS setup (config); the certificate
//     messages read config already. Alerts::Letter::NoAuthenticate (sending
//     before any logon of this run: no login was tried) and the preferences
//     validation alerts Invalid_MailAccount, Invalid_SMTPAccount,
//     Invalid_IMAPServerIP / SMTPServerIP ("Please specify a valid server
//     address in this field"), Invalid_DefaultIdentitySMTP / IdentityFrom,
//     Invalid_AccountName and Invalid_KerberosRealm (an empty settings field,
//     despite the word "authentication") are settings (config).
//     Error::INET::NoBadLogon "Could not login to server:" heads any NO/BAD
//     or unexpected answer during the whole logon sequence (greeting,
//     CAPABILITY, STARTTLS and LOGIN/AUTHENTICATE alike): alone it is a
//     catch-all (unknown), and the appended reply decides when it names a
//     refusal or anything an earlier rule knows. NoBadOpen "Could not connect
//     to server:" keeps its transient reading.
//   - vadz/mahogany 2bb5a98f (Mahogany): src/mail/LogCircle.cpp
//     (MLogCircle::GuessError, the hint MailFolderCC appends to "Could not
//     open mailbox '%s'.", itself a catch-all left unknown), MailFolder.cpp,
//     MailFolderCC.cpp, SendMessageCC.cpp, and locale/{de,es,fi,fr,it,nl,pt,
//     pt_BR,ru}.po (fuzzy entries, which gettext does not use and which
//     mostly translate other sentences, are left out). "No such host" →
//     "The server name could not be resolved" (a wrong host name, config);
//     "SMTP SERVER BUG (invalid challenge)" → "SMTP server advertises
//     support for PLAIN ... enter "PLAIN" in the "Methods NOT to use" field"
//     (a client setting, config); "SSL support is unavailable; try disabling
//     SSL/TLS." (config). 554 "recipients failed" → "Mail server didn't
//     accept one or more of the message recipients", "User unknown" → "One
//     or more email addresses were not recognised." and c-client's
//     INVALID_ADDRESS → "The message contained an invalid address
//     specification." (recipient; the English one reads so already). POP3
//     "mailbox locked" / "lock busy" / "[IN-USE]" → "The mailbox is already
//     opened from another session, please close it first and retry."; "System
//     is offline, cannot access mailbox", "Connection to folder '%s' was
//     lost.", "Connection to the folder '%s' lost unexpectedly." and
//     "Connection lost while threading messages." (transient).
//     MailFolder::GetAuthInfo "Cannot access folder "%s" without a password."
//     (the .po files translate its older form "Cannot access this folder
//     without a password."): no password stored or given, the owner must
//     enter it (auth, as the round labels it).
//   - Enough-Software/enough_mail_app d5c7665c (Maily):
//     lib/src/localization/app_{en,de,es}.arb. addAccountVerifyingFailedInfo
//     ("check your email and password") and accountDetailsErrorLoginProblem
//     are refused sign-ins (auth); accountAddImapAccessSetupMightBeRequired,
//     shown under a failed sign-in for hosters that need IMAP access switched
//     on by the owner (GMX), is auth like our GMX row.
//     accountDetailsErrorHostProblem ("check your incoming/outgoing server
//     setting") and addAccountResolvingSettingsFailedInfo (autodiscovery
//     found nothing) are settings (config). editAccountFailureToConnectInfo
//     and accountLoadError ("Has the password been changed?"), whose arb
//     description names temporary network problems or a changed password,
//     are catch-alls (unknown); only the German accountLoadError read
//     otherwise.
//   - whiteout-io/mail-html5 c102b61e (Whiteout Mail; English only):
//     src/js/app-config.js (connDoc* strings used by
//     src/js/util/connection-doctor.js), controller/login/add-account.js,
//     controller/login/validate-phone.js, controller/app/action-bar.js and
//     email/email.js. connDocHostUnreachable / connDocHostTimeout ("Please
//     check the server settings"), connDocNoInbox and "Error fetching IMAP
//     settings" (the settings lookup for the address) are config;
//     "Client is currently offline!" and "Unable to ... message in offline
//     mode!" are transient; connDocGenericError "There was an error
//     connecting to {0}: {1}" is the catch-all for any other IMAP error with
//     the error appended (unknown unless the appended error says more);
//     connDocOffline, connDocTlsWrongCert and connDocAuthRejected read right
//     already, and oauth.js "Error fetching an OAuth token for the user!"
//     stays unknown.

// round48ClientsEarlyRules come before round35AppsEarlyRules and textRules:
// their connection words ("error connecting to", "Keine Verbindung ...
// möglich") would read a client's catch-all as the network.
var round48ClientsEarlyRules = []rule{
	{id: "clients_catch_all", class: ClassUnknown, anyOf: p(
		// Whiteout Mail connDocGenericError (English only)
		"there was an error connecting to ",
		// Maily accountLoadError, German (en and es read unknown already)
		"möglich. wurde vielleicht das passwort geändert",
	), noneOf: p("error connecting to the ", "error connecting to your ", "try again", "retry", "timed out", "timeout", "refused", "reset", "unreachable", "not known", "not found", "getaddrinfo", "enotfound", "econn", "eof", "closed", "credential", "password", "authenticat", "login", "log in", "certificate", "tls", "ssl", "offline", "socket", "network", "dns", "host", " no ", " bad ", "quota", "limit", "too many", "busy", "unavailable"),
		doc: "A mail client's catch-all for a failed connection or sign-in with nothing more said (Whiteout Mail's connection doctor generic error, Maily's account load error): the cause is not known"},
}

// round48ClientsRules come right before libraryFallbackRules: the server's
// reply appended to Mulberry's and Mahogany's messages decides first where an
// earlier rule knows it, and the credential fallback would read Mulberry's
// logon catch-all and Mahogany's mechanism hint as a refused password.
var round48ClientsRules = []rule{
	{id: "clients_client_settings", class: ClassConfig, anyOf: p(
		// Mulberry (English only): TLS setup and preferences validation
		"the ssl plugin is not correctly installed", "ssl cannot be started",
		"could not negotiate tls with the server",
		"until you have successfully logged on to the server at least once",
		"you must have at least one email account correctly setup",
		"you must have at least one smtp account correctly setup",
		"please specify a valid server address in this field",
		"please choose a valid smtp account in this field",
		"please specify your valid email address in this field",
		"email account names cannot contain any",
		"in the kerberos authentication section of the email account",
		// Mahogany hints: host not resolvable (en, de, ru), PLAIN broken (en, de, ru), no SSL
		"the server name could not be resolved", "der servername konnte nicht aufgelöst werden",
		"название сервера не было разрешено",
		"advertises support for plain authorization mechanism",
		"bietet plain als autorisierungs-methode an, aber unterstützt sie nicht",
		"рекламирует поддержку plain механизму авторизации",
		"ssl support is unavailable; try disabling ssl/tls",
		// Maily: the server settings (en, de, es) and autodiscovery (de; en, es read config already)
		"cannot reach the specified mail server. please check your incoming server setting",
		"kann den angegeben server nicht erreich",
		"no puede llegar al servidor de correo especificado",
		"bitte gehe zurück und ändere die e-mail adresse oder gebe die einstellungen manuell an",
		// Whiteout Mail connection doctor and account setup (English only)
		"please check the server settings!", "please check the server settings and encryption mode",
		"we could not detect an imap inbox folder on", "error fetching imap settings",
	),
		doc: "A mail client names its own settings: Mulberry's missing SSL plugin, TLS that cannot start or STARTTLS refused, sending before any logon, an empty account or server field; Mahogany's unresolvable server name, PLAIN to be switched off, no SSL support; Maily's and Whiteout Mail's server settings to check, no inbox found, settings lookup failed"},
	{id: "clients_sign_in_needed", class: ClassAuth, anyOf: p(
		// Maily addAccountVerifyingFailedInfo (en, de; es reads auth already)
		"sorry, but there was a problem. please check your email",
		"leider konnte ich dich nicht anmelden. überprüfe deine e-mail",
		// Maily accountAddImapAccessSetupMightBeRequired (en, de, es)
		"might require you to setup access for email apps manually",
		"musst du bei deinem anbieter den zugang für e-mail apps aktivieren",
		"puede requerir que configure el acceso para aplicaciones de correo electrónico manualmente",
		// Mahogany MailFolder::GetAuthInfo: en (current and older form) and every .po
		"\" without a password.", "cannot access this folder without a password",
		"auf diesen ordner kann nicht ohne passwort zugegriffen werden",
		"no se puede abrir esta carpeta sin clave", "kansioon pääsy estetty ilman salasanaa",
		"impossible d'ouvrir ce répertoire sans le mot de passe",
		"non è possibile aprire questa cartella senza password",
		"kan deze map niet openen zonder wachtwoord",
		"não é possível aceder a esta pasta sem uma senha", "não é possível acessar esta pasta sem uma senha",
		"не может обратиться к этому каталогу без пароля",
	),
		doc: "A mail client asks the owner for the login: Maily could not sign in with the email and password, or the provider needs access for mail apps switched on; Mahogany has no password for the folder"},
	{id: "clients_connection_lost", class: ClassTransient, anyOf: p(
		// Mulberry Error::INET::ConnectionAborted
		"you must login again to re-establish the connection to the server",
		// Mahogany: mailbox held by another session (en, de, ru), offline (ru), connection lost (de, ru)
		"the mailbox is already opened from another session",
		"die mailbox ist bereits in einer anderen sitzung offen",
		"почтовый ящик уже открыт из другого сеанса",
		"система в автономном режиме, невозможно обратиться к почтовому ящику",
		"die verbindung wurde während dem verknüpfen unterbrochen",
		"подключение потерянно при поточности сообщений",
		// Mahogany: the connection to an open folder lost (en, en, de, ru)
		"' was lost.", "' lost unexpectedly", "' ist abgebrochen", "' неожиданно потеряно",
		// Whiteout Mail email.js and action-bar.js
		"client is currently offline", "message in offline mode",
	),
		doc: "A mail client's connection dropped or is not up: Mulberry's terminated connection, Mahogany's mailbox held by another session, system offline or the connection to a folder lost, Whiteout Mail offline"},
	{id: "clients_recipients_refused", class: ClassRecipient, anyOf: p(
		// Mahogany hints: 554 recipients failed (en, de, ru)
		"didn't accept one or more of the message recipients",
		"hat einen oder mehrere der nachrichten-empfänger nicht akzeptiert",
		"не принял один или более получателей сообщения",
		// "User unknown" (en, de, it, pt, ru)
		"one or more email addresses were not recognised",
		"eine oder mehrere e-mailadressen wurden nicht erkannt",
		"uno o più indirizzi e-mail non sono stati risolti",
		"um ou mais endereços de correio electrónico não foram reconhecidos",
		"один или более адресов электронной почты не были признаны",
		// c-client INVALID_ADDRESS (de, it, pt, ru; en reads recipient already)
		"die nachricht enthielt eine ungültige adressangabe",
		"il messaggio contiene un indirizzo non valido",
		"a mensagem continha uma especificação de endereço inválida",
		"сообщение содержало недопустимую спецификацию адреса",
	),
		doc: "Mahogany's hint that the mail server refused or did not recognise one or more recipient addresses"},
	{id: "clients_mulberry_logon_catch_all", class: ClassUnknown, anyOf: p("could not login to server:"),
		noneOf: p("incorrect", "wrong", "invalid", "mismatch", "not match", "not correct", "not valid", "not accepted", "rejected", "refused", "denied", "bad ", "failed", "failure", "unsuccessful", "not recognized", "not recognised", "authenticationfailed", "password", "credential"),
		doc:    "Mulberry's head for any failed step of the logon sequence (greeting, CAPABILITY, STARTTLS, LOGIN) with no reply saying more: the cause is not known"},
}
