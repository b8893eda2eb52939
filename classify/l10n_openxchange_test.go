package classify

import "testing"

// TestOpenXchangeL10n checks the rules of l10n_openxchange.go on the display
// messages Open-Xchange App Suite's middleware shows for a mail account, as
// the code composes them: OXException formats the display string of the
// exception code with the arguments the code passes (String.format, %1$s,
// %2$s), e.g. MailAccountExceptionCodes.VALIDATE_FAILED_MAIL.create(server,
// login) and MimeMailExceptionCode.INVALID_CREDENTIALS_EXT.create(server, ...).
// Labels come from the code that raises each message, not from the rules.
func TestOpenXchangeL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// MimeMailExceptionCode.INVALID_CREDENTIALS_EXT (MSG-1001), display text with the server filled in.
		{"The provided login information to access mail server imap.example.com seem to be wrong. Please try again.", ClassAuth, "l10n_openxchange_login_refused_early"},
		{"Die angegebenen Anmelde-Informationen zum Zugriff auf den Mailserver imap.example.com scheinen falsch zu sein. Bitte versuchen Sie es erneut.", ClassAuth, "l10n_openxchange_login_refused"},
		// MimeMailExceptionCode.TRANSPORT_INVALID_CREDENTIALS (MSG-1030) with the SMTP server filled in.
		{"Wrong or missing login data to access mail transport server smtp.example.com. Please check associated account's settings/credentials.", ClassAuth, "l10n_openxchange_login_refused"},
		// MimeMailExceptionCode.STORE_CLOSED_EXT (MSG-1014) with the server filled in.
		{"Die Verbindung zum Mailserver imap.example.com ist abgebrochen.", ClassTransient, "l10n_openxchange_connection_lost"},
		// MimeMailExceptionCode.QUOTA_EXCEEDED_EXT (MSG-1024) with the server filled in.
		{"Le quota autorisé sur le serveur de courrier « imap.example.com » est dépassé.", ClassRateLimited, "l10n_openxchange_quota"},
		// MailAccountExceptionStrings: the host name the owner entered, filled in.
		{"Il nome host specificato \"imap.example.con\" non è consentito.", ClassConfig, "l10n_openxchange_host_name"},
		// MailExceptionStrings' invalid-credentials check in zh_CN, whose translator wrote 证书
		// (certificate) for "credentials": the code raises it for refused credentials.
		{"因为无效证书，所以验证服务器 imap.example.com 失败。", ClassAuth, "l10n_openxchange_login_refused_early"},
		// TEMPORARY_AUTH_FAILURE_MSG_DISPLAY (no argument).
		{"A temporary failure occurred during login. Please try again later.", ClassAuthTemporary, "l10n_openxchange_temporary_login_early"},
	})

	// Look-alikes: they name a login, an authentication type or access, but
	// none is a refused password.
	assertTextClasses(t, map[string]Class{
		// MailAccountExceptionCodes.VALIDATE_FAILED_MAIL (a warning of the account check: connecting failed).
		"Could not connect to mail server \"imap.example.com\" for login anna@example.com. Please review your settings.": ClassTransient,
		// MailExceptionStrings: the account's authentication type (OAuth) is not offered by the server.
		"The selected authentication type is not supported by server imap.example.com": ClassConfig,
		// AUTHORIZATION_FAILED_MSG_DISPLAY (IMAP AUTHORIZATIONFAILED).
		"Mail server denies access.": ClassConfig,
		// PRIVACY_REQUIRED_MSG_DISPLAY (IMAP PRIVACYREQUIRED: use TLS).
		"Access to mail server is not permitted due to a lack of privacy.": ClassConfig,
	})
}

// TestOpenXchangeL10nMoreLocales checks the same display messages in the
// languages taken from aravindb26/middleware (commit 3f2b9682, a copy of
// open-xchange/appsuite-middleware), composed as above: the display string of
// the exception code, translated, with the code's arguments filled in.
func TestOpenXchangeL10nMoreLocales(t *testing.T) {
	assertTextRules(t, []textCase{
		// MimeMailExceptionCode.INVALID_CREDENTIALS_EXT, newer wording (fi_FI), with the server filled in.
		{"Annetut sisäänkirjautumistiedot postipalvelimelle imap.example.com näyttävät olevan virheelliset. Korjaa tiedot.", ClassAuth, "l10n_openxchange_login_refused"},
		// MimeMailExceptionCode.TEMPORARY_AUTH_FAILURE (tr_TR, no argument).
		{"Giriş sırasında geçici bir hata oluştu. Lütfen daha sonra yeniden deneyin.", ClassAuthTemporary, "l10n_openxchange_temporary_login_early"},
		// MimeMailExceptionCode.FOLDER_CLOSED_EXT (MSG-1003, hu_HU) with the folder and server filled in.
		{"A(z) „INBOX” mappa bezárva a(z) imap.example.com levélkiszolgálón. Valószínűleg a kérés túl sokáig tartott.", ClassTransient, "l10n_openxchange_connection_early"},
		// MimeMailExceptionCode.STORE_CLOSED_EXT (MSG-1014, sk_SK) with the server filled in.
		{"Spojenie s poštovým serverom imap.example.com bolo stratené.", ClassTransient, "l10n_openxchange_connection_lost"},
		// MailAccountExceptionStrings: the host blacklist (cs_CZ), the host name filled in.
		{"Jméno hostitele „imap.example.con“ není povolené.", ClassConfig, "l10n_openxchange_settings_early"},
	})

	// Look-alikes: a failed account check, access denied and privacy required
	// read like a refused login but are none.
	assertTextClasses(t, map[string]Class{
		// MailAccountExceptionCodes.VALIDATE_FAILED_MAIL (sv_SE), server and login filled in.
		"Kunde inte ansluta till e-postservern ”imap.example.com” för inloggning anna@example.com. Kontrollera dina inställningar.": ClassTransient,
		// AUTHORIZATION_FAILED_MSG_DISPLAY (sv_SE).
		"E-postservern nekar åtkomst.": ClassConfig,
		// PRIVACY_REQUIRED_MSG_DISPLAY (el_GR).
		"Η πρόσβαση στον διακομιστή email δεν επιτρέπεται λόγω έλλειψης απορρήτου.": ClassConfig,
	})
}
