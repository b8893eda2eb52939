package classify

// Generic vocabulary 51 "refusals": how mail clients say, in their own words,
// that the server refused the owner's login, and how they say the configured
// host does not exist or the server settings are wrong. Catalog:
// testdata/catalogs/client_refusal_sentences.jsonl.
//
// Sources (public repositories, read 2026-12-05):
//   - GNOME/geary 3e8d4f1a src/client/accounts/accounts-editor-add-pane.vala
//     and accounts-editor-servers-pane.vala, po/*.po: "Check your
//     receiving/sending login and password" and "Check your email address and
//     password" (ImapError.UNAUTHENTICATED, SmtpError.AUTHENTICATION_FAILED:
//     auth, already read by l10n_geary_login_refused and the word rules);
//     "Check your receiving/sending server details" for any other GLib.Error
//     of the validation (the pane shows the TLS row and focuses the host name
//     field): config. src/client/application/application-main-window.vala
//     "An account has reported an incorrect login or password.": auth.
//   - deltachat/deltachat-android 7a1b15a1 src/main/res/values*/strings.xml
//     login_error_cannot_login (auth) and login_error_no_internet_connection
//     (transient): already read right; catalogued as evidence.
//   - KDE/kdepim-runtime e6bf0536 resources/imap/settingspasswordrequester.cpp
//     ("The IMAP server refused the supplied username and password.") and
//     resources/pop3/pop3protocol.cpp loginPASS ("Could not login to %1. The
//     password may be wrong." / "Could not login to %1." when USER or PASS is
//     refused): auth.
//   - cakephp/cakephp e15d186e src/Mailer/Transport/SmtpTransport.php
//     _authLogin: "SMTP server did not accept the username." / "... the
//     password.": auth. "did not accept the connection or trying to connect to
//     non TLS SMTP server using TLS" is the tls setting: config.
//   - GNOME/evolution-data-server ccb3cba2 src/camel/camel-net-utils.c: "Host
//     lookup “%s” failed. Check your host name for spelling errors." when
//     getaddrinfo answers EAI_NONAME/EAI_FAIL (config; the other branch, with
//     gai_strerror such as "Temporary failure in name resolution", stays
//     transient), po/{de,fr,es,it,pt_BR}.po; src/camel/providers/imapx/
//     camel-imapx-server.c "Cannot authenticate without a username" (no user
//     name set, no login attempted): config, with po/{de,fr}.po.
//   - nextcloud/mail e5734fe2 src/components/AccountForm.vue, l10n/de.json:
//     "IMAP username or password is wrong", "IMAP server denied
//     authentication" (auth) and "IMAP server is not reachable" (transient):
//     already read right.
//
// The refusal sentences "did not accept the username/password" and "could not
// login to" are read by the generic credential_words rule (libraries.go),
// whose alsoAny list gained "did not accept", "didn't accept", "couldn't log",
// "could not login" and "couldn't login"; its noneOf list (network, host,
// TLS, temporary words) still decides the look-alikes.

// gen51RefusalsEarlyRules come right after round50RelaysEarlyRules, before
// languageRules and the l10n rules: "s'authentifier" there reads Evolution's
// French "Impossible de s’authentifier sans nom d’utilisateur" as a refused
// login.
var gen51RefusalsEarlyRules = []rule{
	{id: "refusals_host_name_spelling", class: ClassConfig, anyOf: p(
		// Evolution (camel-net-utils.c), en, de, fr, es, it, pt_BR
		"check your host name for spelling errors",
		"überprüfen sie den hostnamen auf tippfehler",
		"vérifiez l’orthographe de votre nom d’hôte",
		"compruebe que el nombre del equipo no contiene errores",
		"assicurarsi che il proprio nome host non contenga errori di battitura",
		"verifique seu nome de máquina por erros de escrita"),
		doc: "a mail client says the host lookup failed and asks to check the host name's spelling: the configured host does not exist"},
	{id: "refusals_check_server_details", class: ClassConfig, anyOf: p(
		// Geary's validation notification, en and its translations
		"check your receiving server details", "check your sending server details",
		"prüfen sie die serverdetails zum",
		"vérifiez les détails du serveur de réception", "vérifiez les détails du serveur d’envoi",
		"compruebe los detalles del servidor de recepción", "compruebe los detalles del servidor de envío",
		"controllare i dettagli del server in",
		"controleer uw servergegevens voor", "controleer uw serverdetails voor",
		"verifique seus detalhes de servidor de recebimento", "verifique seus detalhes de envio",
		"проверьте параметры сервера получения", "проверьте параметры сервера отправления"),
		noneOf: p("timed out", "timeout", "password", "passwort"),
		doc:    "a mail client's setup says to check the receiving or sending server details: the server settings are wrong, not the login"},
	{id: "refusals_no_username", class: ClassConfig, anyOf: p(
		// Evolution IMAPX/NNTP, en, de, fr
		"cannot authenticate without a username",
		"legitimierung ohne benutzername ist nicht möglich",
		"impossible de s’authentifier sans nom d’utilisateur"),
		doc: "a mail client cannot log in because no user name is set: nothing was refused"},
}
