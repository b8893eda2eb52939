package classify

import (
	"testing"
)

// TestEGroupwareL10n checks the rules of l10n_egroupware.go on messages as
// EGroupware's mail app composes them (EGroupware/egroupware commit 674781ca).
// Labels come from the code that raises each message, not from the rules.
func TestEGroupwareL10n(t *testing.T) {
	assertTextRules(t, []textCase{
		// mail/inc/class.mail_zpush.inc.php: lang('Can not open IMAP connection').': '.$e->getMessage(),
		// here with Horde_Imap_Client's SERVER_CONNECT message: the server's words decide first.
		{"Can not open IMAP connection: Error connecting to mail server.", ClassTransient, "network_dropped"},
		// the same with Horde_Imap_Client's LOGIN_AUTHENTICATIONFAILED message: the login was refused.
		{"Can not open IMAP connection: Mail server denied authentication.", ClassAuth, "credentials_rejected"},
		// the same sentence alone, in German, and the eSync line mail_zpush adds after it.
		{"Keine Verbindung zum Mail-Server möglich", ClassTransient, "l10n_egroupware_unreachable"},
		{"eSync will FAIL without a working eMail configuration!", ClassConfig, "l10n_egroupware_account_setup"},
		// mail_zpush: lang('No valid %1 folder configured!', '<b>'.lang('send').'</b>'), shown as HTML.
		{"No valid Send folder configured!", ClassConfig, "l10n_egroupware_no_valid_folder"},
		{"Kein gültiger Senden Ordner eingestellt!", ClassConfig, "l10n_egroupware_no_valid_folder"},
		// mail/inc/class.mail_sieve.inc.php: lang('error').':'.lang('Serverside Filterrules (Sieve) are not
		// activated').'. '.lang('Please contact your Administrator ... (%1) with ID:%2.', identity, acc_id).
		{"Error:Serverside filter rules (Sieve) are not activated. Please contact your Administrator to validate if your server supports serverside filterrules, and how to enable them in EGroupware for your active account (anna@example.com) with ID: 1.", ClassConfig, "l10n_egroupware_sieve_setup"},
		{"Fehler:Serverseitige Filterregeln (via Sieve) sind nicht aktiviert.", ClassConfig, "l10n_egroupware_sieve_setup"},
		// admin/inc/class.admin_mail.inc.php: lang('OAuth Authentication').': '.lang('Successful, but NO refresh-token received!').
		{"OAuth Authentication: Successful, but NO refresh-token received!", ClassPlatform, "l10n_egroupware_oauth_client"},
		// mail/js/app.ts: the quota dialog with quotafreespace filled in.
		{"Your remaining quota 9.5 MB is too low, you may not be able to send/receive further emails.\nAlthough cleaning up emails in trash or junk folder might help you to get some free space back.\nIf that didn't help, please ask your administrator for more quota.", ClassRateLimited, "l10n_egroupware_quota_low"},
		// mail/inc/class.mail_compose.inc.php error_log: lang("folder")." ".$savingDestination." ".lang("does not exist on IMAP Server.").
		{"folder Sent does not exist on IMAP Server.", ClassConfig, "l10n_egroupware_folder_missing"},
	})
	// Look-alikes: sentences about EGroupware's own login, the account's
	// administration login, an unencrypted connection that worked and the
	// S/MIME key's passphrase, none of them the mailbox owner's credentials.
	assertNotClasses(t, []string{
		"Your session timed out, please log in again.",                      // api/src/Framework/Login.php
		"Sorry, your login has expired",                                     // api/src/Framework/Login.php
		"Ihre Anmeldung ist abgelaufen!",                                    // the same, German
		"Account is expired.",                                               // api/src/Framework/Login.php
		"Connection is NOT secure! Everyone can read eg. your credentials.", // admin_mail, after a successful login
		"The entered passphrase is not correct! Please try again.",          // mail_compose, S/MIME key
		"Checking admin credentials failed",                                 // admin_mail, IMAP administration login
		"Überprüfung der Admin-Zugangsdaten fehlgeschlagen",                 // the same, German
	}, ClassAuth, ClassRevoked)
}
