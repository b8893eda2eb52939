package classify

// Znuny's own sentences when a mailbox (PostMaster mail account or the
// SendmailModule) fails to connect, read from znuny/Znuny: the translated keys
// in every Kernel/Language/<locale>.pm of commit 02faa158, the code that
// raises them and the English-only log texts in the files named below. Where
// the code raises each key:
//
//   - Kernel/Output/HTML/Notification/OAuth2TokenManagementTokenExpired.pm
//     (commit 55caabdb): 'OAuth2 token for "%s" has expired.' when
//     HasTokenExpired() is true and 'OAuth2 refresh token for "%s" has
//     expired.' when HasRefreshTokenExpired() is true, both linking the admin
//     to AdminOAuth2TokenManagement to request a new token (revoked: the grant
//     has run out); Kernel/System/OAuth2Token.pm GetToken() (commit 14ceae5e)
//     logs "Refresh token for token config with ID <n> has expired or is not
//     present. Token must be retrieved manually via authorization code."
//     (revoked);
//   - Kernel/Output/HTML/Preferences/Password.pm: "The current password is not
//     correct. Please try again!" when an agent or customer changing their own
//     Znuny password mistypes the current one: a look-alike that concerns no
//     mailbox (unknown);
//   - Kernel/System/MailAccount/IMAP.pm (commit cd69c537) and POP3.pm (commit
//     96bcfeb7): "Param OAuth2TokenConfigID is missing." for an OAuth2 mail
//     account without a token config; MSGraph.pm (commit 34016fed):
//     "AuthenticationType must be 'oauth2_token'." and "No folder ID found for
//     folder <name>. Available folders: ..."; Kernel/System/Email/SMTP.pm
//     (commit 0482a3e7) Check(): "SysConfig option
//     SendmailModule::OAuth2TokenConfigName is not set." and "OAuth2 token
//     config with name '<name>' could not be found."; Kernel/Modules/Installer.pm
//     (commit 29c22ccc): "No SMTP Host given!" (config: the settings);
//   - IMAP.pm, IMAPS.pm (commit 183da4c8) and POP3.pm Connect(): "<IMAPS|POP3S|
//     ...>: Can't connect to <host>" (IMAP.pm appends $@), and _Fetch()'s
//     "Something went wrong while trying to connect to '<type> =>
//     <login>/<host>': <exception>" (transient: the connection failed; the
//     exception that follows decides first where an earlier rule reads it);
//   - SMTP.pm Send(): "Envelope from '<from>' not accepted by the server:
//     <code>, <reply>!" (config: the sender setup) and "Envelope to '<to>' not
//     accepted by the server: <code>, <reply>!" (recipient); the server's reply
//     decides first where an earlier rule reads it.
//
// "<type>: Auth for user <login>/<host> failed!" (IMAPS.pm, POP3.pm), SMTP.pm's
// "Could not connect to host ...", "Can't connect to <host>: <errno>!" and
// "SMTP authentication failed (...)" and the three "OAuth2 token ... could not
// be retrieved." sentences (GetToken() returned nothing, for an expired refresh
// token and a failed refresh request alike: unknown) were already classified
// as labelled and have no phrase here.
//
// Each phrase is the fixed text of one published translation, lower-cased,
// without its trailing punctuation and never with the token config name,
// host, login or reply that Znuny fills in. Only translations the earlier
// rules did not already classify as labelled have a phrase; the comment above
// each group names their locales. testdata/catalogs/client_l10n_znuny.jsonl
// holds every translation.

// znunyEarlyRules come right after zammadRules, before languageRules: these
// sentences quote no server reply, and the generic words of languageRules,
// textRules and the l10n word rules would read the own-password look-alike as
// a refused mailbox login and "authorization code" as an app password
// request before the sentence decides.
var znunyEarlyRules = []rule{
	{id: "l10n_znuny_oauth2_token_expired", class: ClassRevoked, anyOf: p(
		// OAuth2TokenManagementTokenExpired.pm: en, de, pt_BR
		"oauth2 token for \"", "oauth2 refresh token for \"", "oauth2-token für \"", "oauth2-refresh-token für \"",
		"token oauth2 para \"",
	), alsoAny: p("\" has expired", "\" ist abgelaufen", "\" foi expirado"),
		doc: "Znuny warns the admin that the OAuth2 token or refresh token of a token configuration (a mail account's or the sending's) has expired and must be requested again"},
	{id: "l10n_znuny_refresh_token_gone", class: ClassRevoked, anyOf: p(
		// OAuth2Token.pm GetToken() log: en
		"has expired or is not present. token must be retrieved manually via authorization code",
	),
		doc: "Znuny logs that a token configuration's refresh token has expired or is missing, so a new token must be requested through the authorization code flow"},
	{id: "l10n_znuny_own_password", class: ClassUnknown, anyOf: p("aktualne hasło jest niepoprawne",
		// Preferences/Password.pm: en, ca, de, es, es_CO, es_MX, hr, ja, lt, ro, sk_SK, th_TH, tr, vi_VN, zh_CN, zh_TW
		"the current password is not correct. please try again",
		"la contrasenya actual no és correcta. per favor, intenti-ho de nou",
		"das eingegebene passwort ist nicht korrekt. bitte versuchen sie es erneut",
		"la contraseña actual no es correcta. ¡inténtelo de nuevo",
		"¡contraseña incorrecta! por favor, intente de nuevo",
		"contraseña incorrecta. ¡por favor intente de nuevo",
		"unijeli ste pogrešnu lozinku. molimo pokušajte ponovno",
		"パスワードが正しくありません。再入力してください",
		"dabartinis slaptažodis įvestas neteisingai. bandykite iš naujo",
		"parola este greșită. vă rog încercați din nou",
		"aktuálne heslo je nesprávne. opakujte znovu prosím",
		"รหัสผ่านปัจจุบันไม่ถูกต้อง กรุณาลองอีกครั้ง",
		"mevcut şifreniz hatalı. tekrar deneyin",
		"mật khẩu hiện tại là không đúng. vui lòng thử lại",
		"当前密码不正确，请重新输入", "當前密碼不正確，請重新輸入",
		// he: read as a refused login once Hebrew "not correct" was (round 152)
		"הסיסמה הנוכחית אינה נכונה",
	),
		doc: "Znuny says that the current password an agent or customer typed while changing their own Znuny password is wrong; no mailbox is involved"},
	{id: "l10n_znuny_oauth2_settings", class: ClassConfig, anyOf: p(
		// IMAP.pm/POP3.pm, MSGraph.pm, SMTP.pm, Installer.pm: en
		"param oauth2tokenconfigid is missing", "authenticationtype must be 'oauth2_token'",
		"sysconfig option sendmailmodule::oauth2tokenconfigname is not set", "oauth2 token config with name '",
		"no folder id found for folder", "no smtp host given",
	),
		doc: "Znuny says that a mail account's or the sending's settings are incomplete: no OAuth2 token configuration chosen or found, a Graph account not set to OAuth2, a folder the mailbox does not have, no SMTP host"},
}

// znunyLateRules come right after phpmailerLateRules: the exception or the
// server reply that Znuny appends to these sentences ("...: Connection
// refused", "Envelope from '...' not accepted by the server: 550, 5.7.1 ...")
// decides first wherever an earlier rule reads it.
var znunyLateRules = []rule{
	{id: "l10n_znuny_connect_failed", class: ClassTransient, anyOf: p(
		// IMAP.pm, IMAPS.pm, POP3.pm Connect() and _Fetch(): en
		"imap: can't connect to", "imaps: can't connect to", "imaptls: can't connect to",
		"pop3: can't connect to", "pop3s: can't connect to", "pop3tls: can't connect to",
		"something went wrong while trying to connect to '",
	),
		doc: "Znuny could not connect to a mail account's IMAP or POP3 server, or the connection attempt broke"},
	{id: "l10n_znuny_envelope_from", class: ClassConfig, anyOf: p(
		// SMTP.pm Send(): en
		"envelope from '",
	), alsoAny: p("' not accepted by the server"),
		doc: "Znuny's SMTP backend says the server refused the envelope sender (MAIL FROM): the sender address setup"},
	{id: "l10n_znuny_envelope_to", class: ClassRecipient, anyOf: p(
		// SMTP.pm Send(): en
		"envelope to '",
	), alsoAny: p("' not accepted by the server"),
		doc: "Znuny's SMTP backend says the server refused a recipient (RCPT TO)"},
}
