package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAOSPEmailL10n checks the rules of l10n_aospemail.go on messages as AOSP
// Email (aosp-mirror/platform_packages_apps_email commit 9822725d) shows them.
// Labels come from the code that raises each message, not from the rules:
// CheckSettingsErrorDialogFragment.getErrorString() returns
// context.getString(id, message) when the MessagingException carries a message,
// so only the _fmt strings show it, as "<sentence>\n(<message>)"; the other
// strings have no placeholder and drop it (a refused SMTP AUTH, whose reply
// SmtpSender wraps in AuthenticationFailedException, shows only "Username or
// password is incorrect."). EmailNotificationController fills the account's
// display name into the notification tickers.
func TestAOSPEmailL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// AUTHENTICATION_FAILED (IMAP NO to LOGIN, SMTP 535 to AUTH, EAS 401).
		{"Username or password is incorrect.", ClassAuth, ""},
		{"Nutzername oder Passwort ist falsch.", ClassAuth, ""},
		// login_failed_ticker with the account's display name: a sync or send
		// ended in AuthenticationFailedException.
		{"anna@example.com signin unsuccessful.", ClassAuth, ""},
		{"Échec de la connexion au compte anna@example.com.", ClassAuth, "l10n_aospemail_login_refused"},
		// AUTHENTICATION_FAILED_OR_SERVER_ERROR: Exchange's HTTP 500.
		{"The server responded with an error. Check your username and password, then try again.", ClassAuth, ""},
		// ACCESS_DENIED: Exchange's HTTP 403 on validation.
		{"You don't have permission to sync with this server. Contact your server's administrator for more information.", ClassAdmin, "l10n_aospemail_policy"},
		{"No tienes permiso para hacer la sincronización con este servidor. Para obtener más información, ponte en contacto con el administrador del servidor.", ClassAdmin, "l10n_aospemail_policy"},
		// SECURITY_POLICIES_UNSUPPORTED, cut at the list of policies.
		{"このサーバーには、お使いのAndroid搭載端末でサポートされていない次のセキュリティ機能が必要です:", ClassAdmin, "l10n_aospemail_policy"},
		{"Account \"anna@example.com\" can't be synced due to security requirements.", ClassAdmin, "l10n_aospemail_policy"},
		// TLS_REQUIRED; CERTIFICATE_VALIDATION_ERROR without a message.
		{"TLS required but not supported by server.", ClassConfig, ""},
		{"Не удалось установить защищенное подключение к серверу.", ClassConfig, "l10n_aospemail_settings"},
		// CERTIFICATE_VALIDATION_ERROR with the SSLException's message (the
		// _fmt string), as Android's TrustManager reports an unknown issuer.
		{"Can't safely connect to server.\n(java.security.cert.CertPathValidatorException: Trust anchor for certification path not found.)", ClassConfig, ""},
		// IOERROR; any other exception without a message.
		{"Couldn't open connection to server.", ClassTransient, ""},
		{"Can't connect to server.", ClassTransient, ""},
		{"Nelze se připojit k serveru.", ClassTransient, "l10n_aospemail_unreachable"},
	})

	// A server reply quoted by the _fmt string decides: SmtpSender throws
	// MessagingException(reply) for a 4xx to AUTH (only x3x replies become
	// AuthenticationFailedException), and getErrorString() falls to its default
	// case, "Can't connect to server.\n(%s)".
	v := Text("Can't connect to server.\n(454 4.7.0 Temporary authentication failure)")
	assert.Equal(t, ClassAuthTemporary, v.Class, v.Rule)
	assert.NotEqual(t, "l10n_aospemail_unreachable", v.Rule)

	// Look-alikes: they read like a refused or expired password but are not one.
	assertTextRules(t, []textCase{
		// SecurityPolicy.wipeExpiredAccounts: the device's lock screen password
		// expired under the Exchange policy, not the mailbox password.
		{"Your lock screen PIN or password has expired.", ClassAdmin, "l10n_aospemail_lock_screen_password"},
		{"Ihre PIN bzw. Ihr Passwort zum Sperren des Bildschirms ist abgelaufen.", ClassAdmin, "l10n_aospemail_lock_screen_password"},
		{"Lock screen password expired", ClassAdmin, "l10n_aospemail_lock_screen_password"},
		// AUTH_REQUIRED: the EHLO offers neither PLAIN nor LOGIN; no login tried.
		{"Authentication methods aren't supported by server.", ClassConfig, "l10n_aospemail_settings"},
		{"Authentifizierungsmethoden werden nicht vom Server unterstützt.", ClassConfig, ""},
		// CLIENT_CERTIFICATE_REQUIRED: a settings choice.
		{"A client certificate is required. Do you want to connect to the server with a client certificate?", ClassConfig, ""},
		// AccountSetupFinal's form check: nothing was sent to a server.
		{"Type a valid email address and password.", ClassConfig, "l10n_aospemail_settings"},
	})
}
