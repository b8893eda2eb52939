package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEwsL10n checks the rules of l10n_ews.go on messages as Evolution EWS
// (GNOME/evolution-ews 3e4e2c1c) and the Akonadi EWS resource
// (KDE/kdepim-runtime e6bf0536) compose them, labelled from the code that
// composes each, not from the rules.
func TestEwsL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// src/EWS/evolution/e-mail-config-ews-autodiscover.c shows the alert
		// "ews:autodiscovery-query-failed" (module-ews-configuration.error.xml:
		// primary "Autodiscovery query failed.", secondary "The reported error
		// was “{0}”.") with the GError of the autodiscover parser
		// (src/EWS/common/e-ews-connection.c): the setup's lookup gave no EWS URL.
		{"Autodiscovery query failed. The reported error was “Failed to find <ASUrl> in autodiscover response”.", ClassConfig, "l10n_ews_settings"},
		// e_ews_connection_wait_ms() pushes the plural form with %d:%02d
		// while it waits out ErrorServerBusy's BackOffMilliseconds; the
		// Microsoft 365 connection the same for Graph's 429/503 Retry-After.
		{"Exchange server is busy, waiting to retry (1:30 minutes)", ClassTransient, "l10n_ews_busy"},
		{"Microsoft 365 server is busy, waiting to retry (45 seconds)", ClassTransient, "l10n_ews_busy"},
		{"Der Exchange-Server ist beschäftigt, Warten auf erneuten Versuch (1:30 Minuten)", ClassTransient, "l10n_ews_busy"},
		// e_ews_connection_utils_expired_password_to_error() with the
		// X-MS-Credential-Service-Url: the mailbox password expired.
		{"Password expired. Change password at “https://mail.example.com/owa/”.", ClassAuth, ""},
		{"Срок действия пароля истек.", ClassAuth, "l10n_ews_login_refused"},
		// The Evolution EWS 401 without X-MS-DIAGNOSTICS, in German.
		{"Legitimation gescheitert", ClassAuth, "l10n_ews_login_refused"},
		// EwsResource::reauthenticate() (resources/ews/ewsresource.cpp):
		// mReauthNotification->setText(reauthPrompt.arg(name())), the
		// resource's name in the account's place, after the refresh failed.
		{"Microsoft Exchange credentials for the account <b>akonadi_ews_resource_0</b> are no longer valid. You need to authenticate in order to continue using it.", ClassRevoked, "l10n_ews_reauth"},
		// EwsResource::connectionError(), then temporarily offline.
		{"Unable to connect to Exchange server", ClassTransient, "l10n_ews_unreachable"},
		// The Akonadi EWS autodiscovery of an address without a domain
		// (ewsautodiscoveryjob.cpp), in Russian.
		{"Неверный адрес эл. почты", ClassConfig, "l10n_ews_settings_address"},
	})
	// Look-alikes: no credential was refused. The password-expiry warning of
	// camel_ews_store_password_will_expire_cb() (src/EWS/camel/camel-ews-store.c)
	// follows a successful answer; "Requires password to continue." is the
	// setup's lookup asking for the password before any login
	// (src/EWS/evolution/e-ews-config-lookup.c); the settings dialog's test
	// (resources/ews/ewsconfigdialog.cpp) points to the parameters being edited.
	assertTextClasses(t, map[string]Class{
		"Password will expire in 3 days. Open “https://mail.example.com/owa/” to change it.":                       ClassUnknown,
		"Срок действия пароля истекает через 3 дня. Откройте “https://mail.example.com/owa/”, чтобы изменить его.": ClassUnknown,
		"Requires password to continue.": ClassConfig,
		"Connecting to Exchange failed. This can be caused by incorrect parameters. Do you still want to save your settings?": ClassConfig,
	})
	// AOSP Email's ru "Incorrect email address or password" stays a refused
	// login: the Russian address rule does not read a text naming a password.
	assert.Equal(t, ClassAuth, Text("Неверный адрес эл. почты или пароль").Class)
}
