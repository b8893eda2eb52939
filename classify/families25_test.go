package classify

import (
	"testing"
)

// Round 25's families (testdata/heldout/README.md), on the round's own
// texts: integration platforms, CJK and Russian developers' posts, and mail
// apps' dialogs.
func TestRound25Families(t *testing.T) {
	assertTextRules(t, []textCase{
		// A password that was never given is a setting, not a refused one.
		{"BW-MAIL-100003:  Invalid input data: password not specified.", ClassConfig, "library_setup_missing"},
		{"raise TypeError(\"IMAP password is not provided\")\nTypeError: IMAP password is not provided", ClassConfig, "library_setup_missing"},
		// Ruby's timeout, a folder the settings name, a workflow tool's
		// connection that was never defined.
		{"Exception during receive. execution expired: /usr/lib/ruby/2.4.0/net/smtp.rb:539:in `initialize'", ClassTransient, "network_timeout"},
		{"Specified mail-folder doesn't exist", ClassConfig, "setup_words"},
		{"Import failed with unexpected Error: The requested folder could not be found.", ClassConfig, "setup_words"},
		{"AirflowException: SMTP connection is not found.\nAirflowNotFoundException: The conn_id `smtp_default` isn't defined", ClassConfig, "setup_words"},
		// Tencent's refusal that lists every cause at once.
		{"未获取到验证码，发生错误: b'Login fail. Account is abnormal, service is not open, password is incorrect, login frequency limited, or system is busy.'", ClassAuth, "qq_login_fail_causes"},
		// Mail apps' dialogs.
		{"Enter the password for the account ‘(null)‘. Google requires completing authentication in Safari.", ClassAuth, "google_web_login_required"},
		{"Your account is temporarily locked for security reasons.", ClassBlocked, "account_blocked"},
		{"Too many child sessions.", ClassRateLimited, "connection_limits"},
		{"Syntax error in IMAP server greeting. Unexpected token '+'", ClassConfig, "tls_wrong_port"},
		{"Synchronization Failed. Server connection is not established.", ClassTransient, "network_dropped"},
		{"An error occurred while syncing your mailbox. Syncing will resume in a moment...", ClassTransient, "temporary_wording"},
	})
}

// Earlier rounds' misses that round 24 and 25's families reach in other
// words (the rounds' own texts): Romanian written with the cedilla
// (round 18's Zimbra), a Korean token refresh (round 12's Freshdesk), a
// German terminated account (round 15's Mailgun), a frozen address
// (round 7's Alibaba Mail), an expired account subscription (round 12's
// OVH), and mail clients' password prompts in Portuguese and Italian
// (round 9).
func TestEarlierRoundsOtherWords(t *testing.T) {
	assertTextClasses(t, map[string]Class{
		"Autentificarea cu contul „{0}” a eşuat.<br>Mergeţi la Configurare cont pentru mai multe informaţii.": ClassAuth,
		"액세스 토큰 새로 고침 오류.":                                                          ClassRevoked,
		"Die Domain darf nicht senden: Konto beendet.":                              ClassBlocked,
		"Your email address is frozen or deleted. Contact the postmaster for help.": ClassBlocked,
		"Subscription to the account has expired":                                   ClassBlocked,
		"Geary requer sua senha de e-mail para continuar":                           ClassAuth,
		"È necessario passare attraverso la verifica della password":                ClassAuth,
		"Autentificarea a eșuat: parolă greșită":                                    ClassAuth, // composed, comma-below letters
	})
}

// Dynamics 365 server-side sync alerts that name a setting in the CRM
// (round 18's rows, from Microsoft's support articles): the mailbox
// user's privilege, a mailbox without an active email server profile.
func TestDynamicsSettingsRound18(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Email cannot be received because the mailbox [Mailbox Name] does not have an email server profile associated with it or the email server profile is inactive.\nEmail Server Error Code: InvalidIncomingEmailServerProfile", ClassConfig, "dynamics_product_setting"},
		{"Appointments, contacts, and tasks can't be synchronized for the mailbox <Mailbox Name> because the mailbox user doesn't have sufficient permissions on this mailbox.\nEmail Server Error Code: Crm.80048306.Not enough privilege to access the Microsoft Dynamics 365 object or perform the requested operation.", ClassConfig, "dynamics_product_setting"},
	})
}
