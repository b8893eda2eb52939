package classify

import "testing"

// Held-out round 111's misses as families, on composed texts (none is a
// held-out text).
func TestRound111Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A server that refused to allow a connection declined no consent:
		// with the mailbox's user name to check it is a refused login, busy
		// it is the server.
		{"POP3: the server refused to allow a connection; check your mailbox username and password", ClassAuth, "credentials_rejected"},
		{"IMAP4 refused to allow connection: the server is currently busy", ClassTransient, "network_dropped"},
		// A lock that says how long it lasts.
		{"Mailbox locked for 5 minutes after repeated errors", ClassAuthTemporary, "account_locked_for_a_while"},
		// The grant: re-consent required, a saved sign-in no longer valid.
		{"Gmail sync stopped: this account requires re-consent", ClassRevoked, ""},
		{"Your Outlook sign-in is no longer valid. Connect it again.", ClassRevoked, ""},
		// Recipients.
		{"Bounce: no list found with this address", ClassRecipient, "recipient_mailbox_disabled"},
		{"Member removed after 3 consecutive bounces", ClassRecipient, "recipient_mailbox_disabled"},
		{"553 5.1.3 malformed address: <bob@>", ClassRecipient, ""},
		{"550 no mail box here by that name", ClassRecipient, "recipient_mailbox_disabled"},
		{"Skipped: contact has no email set.", ClassRecipient, "recipient_mailbox_disabled"},
		{"Skipped: Bob has no email set, no invitation sent", ClassRecipient, "recipient_mailbox_disabled"},
		{"Skipped: no email defined for user carol", ClassRecipient, "recipient_mailbox_disabled"},
		{"Skipped: dave has no verified primary email", ClassRecipient, "recipient_mailbox_disabled"},
		{"Archived users do not receive mail.", ClassRecipient, "recipient_mailbox_disabled"},
		{"Provided recipient is not a valid address", ClassRecipient, "recipient_mailbox_disabled"},
		// Rejected: a list for signed mail or members only, a country, a size.
		{"550 Mail to this list must be OpenPGP-signed", ClassRejected, "message_rejected"},
		{"Only subscribed addresses may send to the list", ClassRejected, "message_rejected"},
		{"554 connections from your country are not allowed here", ClassRejected, "message_rejected"},
		{"Attachment set exceeds max size of 10 MB", ClassRejected, "message_rejected"},
		// Limits.
		{"Sent 50 emails this hour, the plan's maximum", ClassRateLimited, "rate_limited"},
		{"Relay account has no remaining credits", ClassRateLimited, "rate_limited"},
		{"Campaign paused: insufficient daily quota", ClassRateLimited, "rate_limited"},
		// The network.
		{"Could not find a DNS server for this connection", ClassTransient, "network_dropped"},
		// Settings.
		{"Serveur SMTP invalide : mail.exemple.fr", ClassConfig, "settings_unset"},
		{"Indiquez un serveur de messagerie sortant.", ClassConfig, "settings_unset"},
		{"Cannot run executable sendmail at /usr/bin/sendmail", ClassConfig, "settings_unset"},
		{"Could not start mailer program msmtp", ClassConfig, "settings_unset"},
		{"empty hostname given for the SMTP account", ClassConfig, "settings_unset"},
		{"Failed creating transport for identity bob", ClassConfig, "settings_unset"},
		{"Outbound mail transport is not enabled in server configuration (mail.enabled)", ClassConfig, "settings_unset"},
		{"STARTTLS encryption requested but not offered", ClassConfig, "settings_unset"},
		{"Secure connections are not available on mail.example.net", ClassConfig, "settings_unset"},
		{"Pick a Drafts folder in the account settings", ClassConfig, "settings_unset"},
		{"Invalid return address in the identity", ClassConfig, "settings_unset"},
		{"Illegal port number 70000", ClassConfig, "settings_unset"},
		{"implicit TLS and STARTTLS cannot be used at the same time", ClassConfig, "settings_unset"},
		{"Invalid encryption mode 'tls13'", ClassConfig, "settings_unset"},
		{"sasl: wrong mechanism configured", ClassConfig, "settings_unset"},
		{"bad host 'smtp..example.net'", ClassConfig, "settings_unset"},
		{"check_imap: no authpass given", ClassConfig, "settings_unset"},
		{"failed to load cert bundle /etc/app/mail.pem", ClassConfig, "settings_unset"},
		{"msmtp not found in $PATH", ClassConfig, "settings_unset"},
		{"notifications require that both host and port be set", ClassConfig, "settings_unset"},
		{"No SMTP server configured for profile 2", ClassConfig, "settings_unset"},
		{"Invalid SMTP authentication scheme 'ntlm'", ClassConfig, "settings_unset"},
		{"username given but no password provided", ClassConfig, "settings_unset"},
		{"Cannot open truststore /etc/app/trust.jks", ClassConfig, "settings_unset"},
		{"No mailers available for outbound mail", ClassConfig, "settings_unset"},
		{"Unknown mailer 'postmark-v2'", ClassConfig, "settings_unset"},
		{"Invalid default sender in mail.conf", ClassConfig, "settings_unset"},
		{"You must have a verified domain before sending", ClassConfig, "settings_unset"},
	})
}
