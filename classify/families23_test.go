package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The families of round 23's misses (testdata/heldout/README.md), on real
// wordings with their sources and on the look-alikes that bound them.
// Composed look-alikes say so.

// A stored authorization that is gone, in products' own words and languages.
func TestStoredAuthorizationGone(t *testing.T) {
	assertTextClasses(t, map[string]Class{
		// QNAP's notification center in its Chinese, Japanese and Dutch FAQs
		// (round 23), an Outlook mail tool's own message (round 23).
		"授权已过期。请为帐户重新授权。":                                          ClassRevoked,
		"認証が切れました。アカウントを再認証しています。":                                 ClassRevoked,
		"Autorisatie is verlopen. Autoriseer het account opnieuw.": ClassRevoked,
		"账号授权已失效，请前往「刷新 Token」页面重新授权":                              ClassRevoked,
		// Frappe/ERPNext, SysCloud's backup (round 23).
		"Please Authorize OAuth for Email Account Cid Km": ClassRevoked,
		"User Revoked “Grant Access Data”":                ClassRevoked,
		// No refresh token stored: MigrationWiz (round 23), Salesforce
		// Einstein Activity Capture (round 18).
		"The refresh token must not be null nor white space":         ClassRevoked,
		"Missing refresh token. User might not have been authorized": ClassRevoked,
		// Stored credentials the service no longer accepts: a backup
		// service (round 23) and hMailServer (its catalog), both sign in
		// again.
		"Credentials no longer valid, please update":                     ClassAuth,
		"550 Login credentials no longer valid. Please re-authenticate.": ClassAuth,
		// Look-alikes: GLPI's callback when the provider returned no refresh
		// token to its code exchange (its catalog) is its integration's; a
		// recipient's address no longer valid (composed, Gmail's 5.1.1
		// wording) stays the recipient's.
		"Access token does not provide a refresh token, please verify application configuration.": ClassPlatform,
		"550 5.1.1 The email account that you tried to reach is no longer valid":                  ClassRecipient,
	})
}

// A device's or tool's login at its destination, basic authentication
// turned off behind an HTTP 401, and the product's own code exchange.
func TestDestinationLoginAndHTTPStatus(t *testing.T) {
	assertTextClasses(t, map[string]Class{
		// Kyocera error 1102 (round 23) and Ricoh's scan to email (round 12,
		// and the manual's shorter wording).
		"Authentication to the destination has failed":   ClassAuth,
		"Authentication with the destination has failed": ClassAuth,
		"Authentication with destination failed":         ClassAuth,
		// MigrationWiz (round 23): "401 " is HTTP's, so no reply prefix is
		// cut and the 4xx rule of SMTP (RFC 5321 4.2.1) does not apply.
		"401 Unauthorized - Http POST request to 'autodiscover-s.outlook.com' failed - Basic Auth Disabled: MigrationWiz has detected that Basic Authentication is not enabled for the tenant.": ClassAuth,
		// GLPI's oauthimap plugin (round 23): its own authorization code
		// could not be redeemed, not QQ's "authorization code" (an app
		// password).
		"[2024-11-14 08:34:05] glpiphplog.WARNING:   *** PHP User Warning (512): Error during authorization code fetching: Expired token in /var/www/html/marketplace/oauthimap/inc/authorization.class.php at line 423": ClassPlatform,
		// Look-alikes: an SMTP 454 with the same words stays temporary
		// (RFC 4954), and QQ's authorization code is still its app password
		// (its help text, in the fixtures).
		"454 4.7.0 Temporary authentication failure":                                    ClassAuthTemporary,
		"Invalid login: 535 Login Fail. Please enter your authorization code to login.": ClassAuth,
	})
}

// Settings named by the error, and connections that failed on the way.
func TestSettingsAndConnectionWords(t *testing.T) {
	assertTextClasses(t, map[string]Class{
		// Mautic on Symfony Mailer (round 23): a DSN that holds a password
		// is still a setting, not a refused login.
		`Symfony\Component\Mailer\Exception\InvalidArgumentException: The "smtp://email:password@smtp.google.com:587" mailer DSN is invalid.`:                       ClassConfig,
		"[2025-02-03 23:40:52] production.ERROR: Symfony\\Component\\Mailer\\Transport\\Dsn::__construct(): Argument #5 ($port) must be of type ?int, string given": ClassConfig,
		// A BMC's mechanism, Zend's TLS, Swift's RFC 2822 check, osTicket's
		// and GLPI's folders, curl's URL, PHP's php.ini (round 23).
		"Authentication type is not supported by SMTP Server":       ClassConfig,
		"[Zend_Mail_Protocol_Exception]\nUnable to connect via TLS": ClassConfig,
		"Beim Senden der E-Mail ist ein Problem aufgetreten. Bitte überprüfe Deine Einstellungen. (Fehler: Address in mailbox given [admin@] does not comply with RFC 2822, 3.6.2.)": ClassConfig,
		"Cannot select INBOX, is this a valid transport":                                                                   ClassConfig,
		"Une erreur est survenue en essayer de se connecter au collecteur.\ncannot change folder, maybe it does not exist": ClassConfig,
		"URL using bad/illegal format or missing URL":                                                                      ClassConfig,
		`Fatal error: Uncaught Nette\Mail\SendException: Unable to send email: Failed to connect to mailserver at "ssl://smtp.gmail.com" port 465, verify your "SMTP" and "smtp_port" setting in php.ini or use ini_set()`: ClassConfig,
		// A local mail program missing or not allowed to run (round 23).
		"/etc/icinga2/scripts/mail-service-notification.sh: line 20: mail: command not found":                                              ClassConfig,
		"can not chdir(/var/spool/clientmqueue/): Permission denied\nProgram mode requires special privileges, e.g., root or TrustedUser.": ClassConfig,
		"exim: setgroups() failed: Operation not permitted":                                                                                ClassConfig,
		`" Das Senden der Test-E-Mail an „***@***.com“ ist fehlgeschlagen: gomail: could not send email 1: exit status 78 "`:               ClassConfig,
		// A client that spoke TLS before the greeting (Exim's and Postfix's
		// logs, round 23).
		`SMTP protocol synchronization error (input sent without waiting for greeting): rejected connection from H=sentry-self-hosted-worker-1.sentry-self-hosted_default [172.18.0.26] input="\026\003\001\002"`: ClassConfig,
		"Aug 14 18:33:56 smtp postfix/smtpd[9521]: too many errors after UNKNOWN from ": ClassConfig,
		// imaplib's state check (rounds 15 and 22); Exchange's event 1035 for
		// a connector's ExchangeAuth (rounds 14 and 21).
		"imaplib.IMAP4.error:\ncommand LIST illegal in state NONAUTH, only allowed in states AUTH, SELECTED":                                            ClassConfig,
		"Inbound authentication failed with error IllegalMessage for Receive connector Default <Server>. The authentication mechanism is ExchangeAuth.": ClassConfig,
		// Connections that failed (round 23).
		"Error: connect EADDRNOTAVAIL ": ClassTransient,
		"[2024-04-16T11:04:09+0200] error    : Cannot open a connection to the mailserver localhost:25 -- Operation now in progress": ClassTransient,
		"Could not send message: exception 'Zend_Mail_Protocol_Exception' with message 'Could not read from smtp.web.de'":            ClassTransient,
		"Failed to connect to mail.mpdv.co.za:587 [SMTP: Failed to connect socket: Permission denied (code: -1, response: )]":        ClassTransient,
		// Look-alikes: a refused login in the same places stays a refused
		// login (composed, with the words of RFC 4954's 535 and Dovecot's
		// AUTHENTICATIONFAILED).
		"Authentication type is not supported by SMTP Server\n535 5.7.8 Authentication credentials invalid": ClassAuth,
		"Cannot select INBOX: a1 NO [AUTHENTICATIONFAILED] Authentication failed.":                          ClassAuth,
	})
	// Event 1035 for a refused password (composed, Microsoft's wording of
	// the event with LogonDenied) is no connector setup.
	logonDenied := "Inbound authentication failed with error LogonDenied for Receive connector Client Frontend <Server>. The authentication mechanism is Login."
	assert.NotEqual(t, ClassConfig, Text(logonDenied).Class)
}
