package classify

import (
	"testing"
)

// Generic vocabulary 55, "osaccounts" (gen55_osaccounts.go): the mail-account
// errors of operating systems' account frameworks, Windows' Email & accounts
// and Sailfish OS's accounts and sign-on UI, in every language the sources
// ship. The catalog os_account_mail_errors.jsonl holds each message in each
// language once; here are the messages as apps and logs carry them, and
// look-alikes from the same frameworks that must keep another reading.
func TestGen55OSAccountsFamilies(t *testing.T) {
	assertCatalogClasses(t, "os_account_mail_errors")

	assertTextRules(t, []textCase{
		// Windows' Email & accounts, as a sync log or an app's status carries it.
		{"Mail sync failed for anna@example.com: To send mail, please update the password for the outgoing server. (0x80070490)", ClassAuth, "osaccounts_password_update"},
		{"Account 'Work IMAP' needs attention: Please update the password for this account.", ClassAuth, "osaccounts_password_update"},
		{"Compte IMAP : Veuillez mettre à jour le mot de passe pour ce compte.", ClassAuth, "osaccounts_password_update"},
		{"Sign-in failed. Check your information and try again. You may have just mistyped your password.", ClassAuth, "osaccounts_password_update"},
		{"Please sign in again. To continue setting things up, we'll need to get your name and password one more time.", ClassRevoked, "osaccounts_sign_in_again"},
		{"Sync error (0x80072f0d): Your account was set up successfully, but your company won't allow you to receive email from that account on this device.", ClassAdmin, "osaccounts_company_policy"},
		{"Can't create account. Your company won't allow you to create that type of account.", ClassAdmin, "osaccounts_company_policy"},
		{"Internet connection failure: We're having a problem with the server or your connection. Please try again later.", ClassTransient, "osaccounts_server_connection"},
		{"Outlook.com: Es gibt ein Problem mit dem Server oder Ihrer Verbindung. Versuchen Sie es später erneut.", ClassTransient, "osaccounts_server_connection"},
		{"Add account failed: The email address you're using to sign in isn't a Yahoo email address.", ClassConfig, "osaccounts_account_setup"},
		{"We noticed that the email address you've used to sign in doesn't match the email address we have for this account.", ClassConfig, "osaccounts_account_setup"},
		{"We couldn't find info for that account. Make sure that the email address is correct and then try again.", ClassConfig, "osaccounts_account_setup"},

		// Sailfish OS's accounts, e-mail and sign-on UI.
		{"Sign in to refresh credentials", ClassRevoked, "osaccounts_sign_in_again"},
		{"Account needs to be updated: Google - anna@example.com", ClassRevoked, "osaccounts_sign_in_again"},
		{"Authentication failed. Go back to correct your incoming email server connection settings or skip now and add this account later.", ClassAuth, "osaccounts_password_update"},
		{"Credentials check failed. Go back to correct your credentials or skip now and add this account later.", ClassAuth, "osaccounts_password_update"},
		{"Connection timeout: Connection to your outgoing email server timeout, please check your internet connection your server connection settings.", ClassTransient, "osaccounts_server_connection"},
		{"Problem with connecting to incoming mail server. Please check your Internet connection and server connection settings.", ClassTransient, "osaccounts_server_connection"},
		{"Account's server settings and policies require the device lock to be set.", ClassAdmin, "osaccounts_company_policy"},
		{"Invalid configuration: Go back to correct your incoming email server settings or skip now and add this account later.", ClassConfig, "osaccounts_account_setup"},
		{"Unable to connect to your incoming email server due to untrusted certificates.", ClassConfig, "osaccounts_account_setup"},

		// Look-alikes: the same frameworks' other services, calendars and
		// contacts, and other products' "account needs to be updated".
		{"Sync calendar: The server request was unsuccessful. Make sure the username and calendar path are correct.", ClassUnknown, "osaccounts_calendar_lookalike"},
		{"Sign in to refresh credentials for your Google calendar", ClassUnknown, ""},
		{"Cannot access contacts", ClassUnknown, ""},
		{"Verify your identity to sync passwords across your devices.", ClassUnknown, ""},
		{"OneDrive: Please update the password for this account.", ClassUnknown, ""},
		{"Xbox: please update the password for this Xbox profile", ClassUnknown, ""},
		{"The Wi-Fi network password is incorrect. Please update the password for this network.", ClassUnknown, ""},
		{"Couldn't upload the file to OneDrive. Check your internet connection, then try again.", ClassUnknown, ""},
		{"Your Microsoft Store account needs to be updated", ClassUnknown, ""},
		{"Your developer account needs to be updated. Please visit Apple Developer Registration.", ClassUnknown, ""},
		{"The billing address on my account needs to be updated", ClassUnknown, ""},
	})
}
