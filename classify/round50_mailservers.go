package classify

// Round 50's self-hosted mail-server bundles (testdata/heldout/round50.jsonl,
// rows h50ac-dms-, h50ac-mailu-, h50ac-ispconfig-): the Postfix and Cyrus SASL
// sentences that docker-mailserver, Mailu and ISPConfig log, read from the
// projects' sources with their siblings. Phrases are the fixed text of each
// sentence, lower-cased, without placeholders. None of these projects
// translates its log lines; Roundcube's message is matched as it ships in
// English (its other locales with the colon are library_auth_not_answered).
//
// Sources:
//   - cyrusimap/cyrus-sasl ac0c2788 lib/checkpw.c: saslauthd_verify_password
//     sets "cannot connect to saslauthd server: %m", "cannot open door to
//     saslauthd server: %m", "door call to saslauthd server failed: %m",
//     "bad response from saslauthd", "saslauthd sent an overly long
//     response"; pwcheck_verify_password "cannot connect to pwcheck server";
//     authdaemon_verify_password "cannot connect to Courier authdaemond: %m".
//     The password was never checked: the server's password-check daemon is
//     not running, not enabled or not reachable from Postfix's chroot
//     (config, as the round's docker-mailserver row with ENABLE_SASLAUTHD
//     off). A refused password comes back as "authentication failed" /
//     "Password verification failed" and stays auth. The generic "write
//     failed", "read failed", "size read failed" and the "cannot create
//     socket" lines (a resource fault) are left alone.
//     lib/server.c "unknown password verifier(s) %s" (pwcheck_method names
//     none that exists), "no plaintext password verifier?", "no users in
//     secrets db" (sasldb empty); lib/auxprop.c "could not find auxprop
//     plugin, was searching for %s"; sasldb/db_ndbm.c "Could not open db
//     `%s': %s", sasldb/db_gdbm.c "Could not open %s: gdbm_errno=%d",
//     sasldb/db_none.c "No Database Driver", and sasldb/db_berkeley.c (as of
//     0b104e52^) "unable to open Berkeley db %s: %s": the SASL password store
//     or verifier is not set up (config).
//   - vdukhovni/postfix 17830e5c postfix/src/xsasl/xsasl_cyrus_log.c: Cyrus
//     SASL's SASL_LOG_FAIL and seterror lines are logged "SASL authentication
//     failure: %s", its SASL_LOG_ERR/WARN lines "SASL authentication problem:
//     %s" (the prefixes alone say nothing; the detail decides).
//     postfix/src/smtpd/smtpd.c: XCLIENT and XFORWARD from a client outside
//     smtpd_authorized_xclient_hosts / smtpd_authorized_xforward_hosts are
//     answered "550 5.7.0 Error: insufficient authorization": the proxy in
//     front (Mailu's nginx front, which logs "upstream sent invalid
//     response") is not trusted by the server's settings (config, as the
//     round's Mailu row fixed by SUBNET).
//     postfix/src/util/dict_sockmap.c: "table %s:%s lookup error: %m|%s" when
//     the socketmap server (Mailu's podop) cannot be reached or the exchange
//     breaks, and "%s:%s socketmap server %s error: %s" with temporary,
//     timeout, unknown (DICT_ERR_RETRY) or permanent (DICT_ERR_CONFIG, which
//     smtpd answers with a 4xx "Server configuration error", transient in
//     this round): the lookup is retried, a server-side fault (transient).
//   - roundcube/roundcubemail 28b44419 program/lib/Roundcube/rcube_smtp.php
//     label smtpautherror "SMTP Error ($code): Authentication failed." with
//     the last code the SMTP library saw; 250 is the EHLO, so the server
//     refused no login (no AUTH offered without TLS, w2c/ispconfig3_roundcube
//     #127). The colon-less form as ISPConfig's users paste it is matched
//     here (config).
//
// Left missed: Postfix's "Client host rejected: Access denied" (docker-
// mailserver and Modoboa submission rows) is the submission services'
// permit_sasl_authenticated,reject (docker-mailserver target/postfix/
// master.cf) but also any access map's REJECT; earlier rounds and the Postfix
// catalog label it both ways, so the words alone do not decide.
// Mail-in-a-Box's "host lookup <name> failed" is Evolution's, not a server
// bundle's, and a name that does not resolve is config elsewhere.

// round50MailserversEarlyRules come right after round42ServersEarlyRules,
// before catalogRules: credentials_rejected and clients_login_refused read
// "SASL authentication failure/problem" as a refused login, and the 5.7.0
// table reads Postfix's XCLIENT refusal as a rejection.
var round50MailserversEarlyRules = []rule{
	{id: "mailservers_sasl_backend", class: ClassConfig, anyOf: p(
		// lib/checkpw.c: saslauthd, pwcheck, Courier authdaemond
		"cannot connect to saslauthd server", "cannot open door to saslauthd server",
		"door call to saslauthd server failed", "bad response from saslauthd",
		"saslauthd sent an overly long response", "cannot connect to pwcheck server",
		"cannot connect to courier authdaemond",
		// lib/server.c, lib/auxprop.c, sasldb drivers
		"unknown password verifier(s)", "no plaintext password verifier?", "no users in secrets db",
		"could not find auxprop plugin", "unable to open berkeley db ", "could not open db `",
		": gdbm_errno=", "no database driver",
	),
		doc: "Cyrus SASL (as Postfix logs it) cannot reach its password-check daemon (saslauthd, pwcheck, Courier authdaemond) or finds no password store or verifier: the server's SASL setup, the password was never checked"},
	{id: "mailservers_postfix_xclient_denied", class: ClassConfig, code: "550", enhanced: "5.7.0", anyOf: p("error: insufficient authorization"),
		doc: "Postfix refused XCLIENT or XFORWARD from the proxy in front of it (Mailu's nginx front): the server's authorized hosts settings"},
	{id: "mailservers_postfix_socketmap_error", class: ClassTransient, anyOf: p(
		"table socketmap:",
		"socketmap server temporary error", "socketmap server timeout error",
		"socketmap server unknown error", "socketmap server permanent error",
	), alsoAny: p(" lookup error", "socketmap server "),
		doc: "Postfix could not reach its socketmap server (Mailu's podop), the exchange broke, or the server gave no definite answer: the lookup is retried"},
	{id: "mailservers_roundcube_auth_250", class: ClassConfig, anyOf: p("smtp error (250) "),
		alsoAny: p("authentication"),
		doc:     "Roundcube's SMTP login failure with a 250 (the EHLO) pasted without its colon: the server was never asked, so the settings (AUTH offered, TLS) are wrong"},
}
