package classify

import (
	"testing"
)

// Round 31's families (testdata/heldout/README.md): the round's own texts,
// other wordings of each family, and look-alikes each family must leave
// alone.
func TestRound31Families(t *testing.T) {
	assertTextRules(t, []textCase{
		// A grant gone, in products' codes and words.
		{"credential_revoked", ClassRevoked, "mail_platform_grant_gone"},
		{`{"error": "grant_revoked", "mailbox": "sales@example.com"}`, ClassRevoked, "mail_platform_grant_gone"},
		{"Sender user need to re-authenticate the email link", ClassRevoked, "product_reconnect_asked"},
		{"Please re-authorise your email account to keep sending", ClassRevoked, ""},
		// A connection never made (rounds 24 and 31).
		{"No emails or calls are imported to Gong because you have not connected Gong to your email & calendar provider", ClassConfig, "never_connected"},
		{"Emails aren\u2019t imported to Gong because you haven\u2019t authorized Gong to access your emails in [provider].", ClassConfig, "never_connected"},
		{"My email provider \u2013 Not connected", ClassConfig, "never_connected"},
		{"calendar_not_connected", ClassConfig, "never_connected"},
		// The product's own OAuth scope.
		{`error: "code":"OAUTH_SCOPE_MISMATCH","details":{},"message":"invalid oauth scope to access this URL","status":"error"`, ClassPlatform, "api_token_no_permissions"},
		// Quotas and limits.
		{"Service using too much computer time for one day", ClassRateLimited, "sending_quota_exceeded"},
		{"You (uw accountnaam) have reached your message limit.", ClassRateLimited, "sending_quota_exceeded"},
		{"421 4.7.1 Resources restricted", ClassRateLimited, "connection_limits"},
		// Settings: a folder outside the namespace, STARTTLS or AUTH not
		// offered, a HELO name, relaying, a From the login must equal, an
		// address without its domain.
		{"create mailbox \"Warmbly\": imap: NO Client tried to access nonexistent namespace.\n(Mailbox name should probably be prefixed with: INBOX.)", ClassConfig, "setup_words"},
		{"... could not be established (starttls: the server does not offer STARTTLS). ...", ClassConfig, "auth_mechanism_unsupported"},
		{"\"Unspecified Error (SENT_EHLO): Smtp server does not advertise AUTH capability, code: 0", ClassConfig, "auth_mechanism_unsupported"},
		{"550 Invalid NON-FQDN HELO (xx)(in reply to RCPT TO command)", ClassConfig, "ehlo_name_invalid"},
		{"A message that you sent was rejected by the local scanning code that\nchecks incoming messages on this system. The following error was given:\n\"Relaying not permitted\"", ClassConfig, "relay_denied"},
		{"smtp-server: 550 relay is not permitted on this host.", ClassConfig, "relay_denied"},
		{"nsmtplib.SMTPSenderRefused: (552, b'the from address and the authenticated user must be the same email. #ERR_AUTH_FAIL', 'webmaster@localhost')", ClassConfig, "sender_not_owned"},
		{"Net::SMTPFatalError (554 Transaction failed: Missing final '@domain'", ClassConfig, "setup_words"},
		// Recipients the relay will not try; a message's lines too long.
		{"com.sun.mail.smtp.SMTPAddressFailedException: 550  previously hard-bounced", ClassRecipient, "recipient_suppressed_or_malformed"},
		{"554 Message rejected: Email address is on the account-level suppression list", ClassRecipient, "recipient_suppressed_or_malformed"},
		{"501 5.5.2 RCPT TO syntax error", ClassRecipient, "recipient_suppressed_or_malformed"},
		{"501 Recipient syntax error", ClassRecipient, "recipient_suppressed_or_malformed"},
		{"SMTPDataError: (550, 'maximum allowed line length is 998 octets, got 1802')", ClassRejected, "message_malformed"},
		// The network and queues.
		{"The connection to the mail server could not be established", ClassTransient, "network_dropped"},
		{"Oct 14 00:23:54 wilma splogger[1500]: 1e37Qw-0000OA-O8 ** me@example.com R=dnslookup T=remote_smtp: retry time not reached for any host after a long failure period", ClassTransient, "temporary_wording"},
	})
	// Look-alikes: a connection that was there and is gone is not a setup
	// never done; a secure connection that could not be set up is TLS,
	// not the network.
	assertTextClasses(t, map[string]Class{
		"Your mailbox is no longer connected. Please reconnect your account.": ClassRevoked,
		"Mutual Authentication could not be established.":                     ClassConfig,
		"A secure connection could not be established with the server":        ClassConfig,
	})
	assertNotClasses(t, []string{
		"You have not connected a mailbox yet",
		"The account has not authorized this application yet",
	}, ClassAuth, ClassRevoked, ClassBlocked)
}
