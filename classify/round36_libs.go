package classify

// Round 36's mail libraries and servers (testdata/heldout/round36.jsonl, rows
// h36d-): the sentences their code raises, each key with its other wordings in
// the same code (the same error raised for SMTP, IMAP and POP3, or by each
// login method). Every product ships English only: GNU Mailutils marks its
// error texts for gettext but holds no po files in its repository, the others
// have no message catalogs. Phrases are the fixed text of the sentence,
// lower-cased, without placeholders.
//
// Sources, at the commit the round's row cites:
//   - karastojko/mailio 8b056f85: src/smtp.cpp "Authentication rejection."
//     (AUTH LOGIN command refused, config), "Password rejection." (also
//     src/pop3.cpp, auth), "Start tls refused by server." (src/imap.cpp
//     "Start TLS refused by server.", config);
//   - qnikst/HaskellNet 7cdc8549: src/Network/HaskellNet/POP3.hs "cannot send
//     password" (PASS answered -ERR, auth);
//   - kisli/vmime 5b019113: src/vmime/net/smtp/SMTPConnection.cpp "No AUTH
//     mechanism available." (config);
//   - pocoproject/poco 3a3e8e53: Net/src/SMTPClientSession.cpp "Login using
//     XOAUTH2 failed" and its other methods "Login using LOGIN password
//     failed", "Login using LOGIN username failed", "Login using CRAM-MD5
//     failed", "Login using CRAM-SHA1 failed" (auth; PLAIN already read);
//   - kaisellgren/mailer b880cdfb: lib/src/smtp/smtp_client.dart "The server
//     does not support LOGIN or PLAIN authentication method." and
//     lib/src/smtp/connection.dart "Aborting because connection is not
//     secure" (config);
//   - bbottema/simple-java-mail 98200748: MailerException.java
//     MISSING_OAUTH2_TOKEN (config);
//   - IndySockets/Indy 7753155b: Lib/Protocols/IdResourceStringsProtocols.pas
//     RSSASLNotSupported, RSTLSSLSSLNotAvailable, RSSSLConnectError (config);
//   - karlseguin/smtp_client.zig 538d0ddc: src/client.zig error.InsecureAuth,
//     error.EncryptionRequiredForAuthMethod (538; config),
//     error.TemporaryAuthFailure (454; auth_temporary);
//   - foens/hpop (OpenPop.NET) 1d058cfe: OpenPop/Pop3/Exceptions
//     InvalidLoginException (auth), LoginDelayException (auth_temporary),
//     PopServerLockedException (transient), OpenPop/Pop3/Pop3Client.cs "APOP
//     is not supported on this server" (config);
//   - vert-x3/vertx-mail-client dae14a17: SMTPAuthentication.java "login is
//     required, but no allowed AUTH methods available" and "login is
//     required, but no credentials supplied" (config);
//   - Kitura/Swift-SMTP 3eaa80f5: Sources/SwiftSMTP/SMTPError.swift
//     requiredSTARTTLS (config);
//   - zetacomponents/Mail 5acce577: src/transports/smtp/smtp_transport.php,
//     the refused username and password (raised by each login method), OAuth
//     token and NTLM login (auth), the refused STARTTLS (config);
//   - libesmtp/libESMTP 335ee8d2: errors.c DROPPED_CONNECTION (transient);
//   - twisted/twisted 64661601: src/twisted/mail/smtp.py EHLORequiredError
//     "Server does not support ESMTP Authentication", TLSRequiredError "Server
//     does not support secure communication via TLS / SSL" (the same sentence
//     in imap4.py and _pop3client.py), "Could not complete the SSL/TLS
//     handshake" (config);
//   - dart-lang/oauth2 c303ef2f: lib/src/expiration_exception.dart "OAuth2
//     credentials have expired and can't be refreshed." and lib/src/client.dart
//     "OAuth credentials have expired and can't be refreshed." (revoked);
//   - dbmail/dbmail 0e0db0df: src/pop3.c "-ERR authentication attempt is
//     invalid" (APOP, auth), "-ERR try STLS" (config);
//   - aox/aox ac09f40d: pop/popcommand.cpp "Must enable TLS before login"
//     (config);
//   - tcltk/tcllib 9683bf45: modules/pop3/pop3.tcl "STLS requested but not
//     supported by server" (config);
//   - gnu-mirror-unofficial/mailutils 4d8bc05c: libmailutils/diag/errors
//     MU_ERR_NOPASSWORD (config). pop3d/cmd.c ERR_LOGIN_DELAY ("[LOGIN-DELAY]
//     Attempt to log in within the minimum login delay interval", labelled
//     auth_temporary by the round) is left to pop3_login_delay, which reads
//     every [LOGIN-DELAY] reply as rate_limited as the Cyrus catalog labels it;
//     that rule is no false reconnect, so no noneOf is added to it.
//   - cakephp/cakephp e15d186e: src/Mailer/Transport/SmtpTransport.php, the
//     refused password (auth), the refused AUTH method, the connection refused
//     or TLS to a non-TLS server, AUTH not recognized (config);
//   - fuel/email c25ff9c6: classes/email/driver/smtp.php "Failed
//     authentication." (auth), "STARTTLS failed, Crypto client can not be
//     enabled." (config).

// round36LibsEarlyRules come before languageRules: the generic words
// "temporary", "locked" and "expired" would read these sentences as a
// transient failure, a blocked account or a refused password.
var round36LibsEarlyRules = []rule{
	{id: "libs_auth_try_later", class: ClassAuthTemporary, anyOf: p(
		"error.temporaryauthfailure",
		"login denied because of recent connection to this maildrop",
	),
		doc: "smtp_client.zig's 454 temporary authentication failure, OpenPop.NET's exception for the POP3 LOGIN-DELAY reply: logins too frequent, try later"},
	{id: "libs_mailbox_in_use", class: ClassTransient, anyOf: p(
		"the account is locked or in use",
	),
		doc: "OpenPop.NET PopServerLockedException: the POP3 maildrop is locked by another session, not a blocked account"},
	{id: "libs_oauth_cannot_refresh", class: ClassRevoked, anyOf: p(
		"credentials have expired and can't be refreshed",
	),
		doc: "Dart oauth2: the access token expired and there is no refresh token; the user must grant access again"},
}

// round36LibsRules come right after phpmailerRules.
var round36LibsRules = []rule{
	{id: "libs_login_refused", class: ClassAuth, anyOf: p(
		"password rejection.",
		"cannot send password",
		"login using xoauth2 failed", "login using login password failed", "login using login username failed",
		"login using cram-md5 failed", "login using cram-sha1 failed",
		"server did not accept user credentials",
		"smtp server did not accept the provided username and password", "smtp server did not accept the provided oauth token",
		"smtp server did not allow ntlm authentication",
		"authentication attempt is invalid",
		"smtp server did not accept the password",
		"failed authentication.",
	),
		doc: "a mail library or server says the password, token or login was refused (mailio, HaskellNet, Poco, OpenPop.NET, Zeta Mail, DBMail, CakePHP, FuelPHP)"},
	{id: "libs_tls_required", class: ClassConfig, anyOf: p(
		"start tls refused by server",
		"aborting because connection is not secure",
		"ssl is not available on this server", "error connecting with ssl.",
		"error.insecureauth", "error.encryptionrequiredforauthmethod",
		"starttls was required but the server did not issue a starttls command",
		"smtp server does not accept the starttls command",
		"server does not support secure communication via tls / ssl", "could not complete the ssl/tls handshake",
		"err try stls",
		"must enable tls before login",
		"stls requested but not supported by server",
		"trying to connect to non tls smtp server using tls", "smtp authentication method not allowed, check if smtp server requires tls",
		"starttls failed, crypto client can not be enabled",
		"offer an encrypted connection", "offers no encrypted connection", // round 104
		"requires starttls", "secure connection failed", // round 105
		"doesn't support stls", "does not support stls", "server requires tls", // round 106
	),
		doc: "a mail library or server needs or refuses TLS before the login: the security setting of the account is wrong"},
	{id: "libs_no_auth_mechanism", class: ClassConfig, anyOf: p(
		"authentication rejection.",
		"no auth mechanism available",
		"the server does not support login or plain authentication method",
		"doesn't support auth or the specified sasl handlers",
		"apop is not supported on this server",
		"login is required, but no allowed auth methods available",
		"server does not support esmtp authentication",
		"auth command not recognized or not implemented",
	),
		doc: "a mail library finds no login method it and the server share, or the server refuses the AUTH command itself: the server or method setting"},
	{id: "libs_credentials_missing", class: ClassConfig, anyOf: p(
		"but no fixed access token or oauth2 access-token provider was configured",
		"login is required, but no credentials supplied",
		"user password is not supplied",
	),
		doc: "the account has no password or OAuth token configured (Simple Java Mail, Vert.x mail client, GNU Mailutils)"},
	{id: "libs_connection_dropped", class: ClassTransient, anyOf: p(
		"smtp server dropped connection",
	),
		doc: "libESMTP: the SMTP server closed the connection"},
}
