package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round 44's providers, relays and mail components (round44_providers.go):
// every entry of the four published tables kept as catalogs, the round's
// texts with their siblings in the same source, and look-alikes that must
// keep their reading.
func TestRound44ProvidersFamilies(t *testing.T) {
	// Each catalog entry, as labelled from its table before any rule.
	catalogs := loadCatalogs(t)
	for _, name := range []string{"windows_cdosys", "forpsi_smtp", "trendmicro_ers", "mailersend_smtp"} {
		entries := catalogs[name]
		assert.NotEmpty(t, entries, name)
		for _, e := range entries {
			v := classifyEntry(e)
			assert.Equal(t, e.WantClass, v.Class, "%s: %s (rule %s): %s", name, e.ID, v.Rule, e.Text)
		}
	}

	assertTextRules(t, []textCase{
		// Windows CDO: CDO_E_LOGON_FAILURE as Windows words it at run time
		// (English, Italian), alone and as the transport error code of
		// CDO_E_SMTP_SEND_FAILED; the table's own wording.
		{"The server response was not available", ClassAuth, "providers_cdo_logon_failure"},
		{"Risposta del server non disponibile", ClassAuth, "providers_cdo_logon_failure"},
		{"CDO.Message.1 error '80040217' The server response was not available /contact.asp, line 50", ClassAuth, "providers_cdo_logon_failure"},
		{"Error: The message could not be sent to the SMTP server. The transport error code was 0x80040217. The server response was not available", ClassAuth, "providers_cdo_logon_failure"},
		{"The transport was unable to log on to the server.", ClassAuth, "providers_cdo_logon_failure"},
		// The transport code decides over the missing reply.
		{"The message could not be sent to the SMTP server. The transport error code was 0x800ccc15. The server response was not available", ClassTransient, ""},
		{"The message could not be sent to the SMTP server. The transport error code was 0x800ccc0e. The server response was not available", ClassTransient, ""},
		{"The message could not be sent to the SMTP server. The transport error code was 0x80040213. The server response was not available", ClassTransient, ""},
		{"CDO.Message.1 error '80040213' The transport failed to connect to the server.", ClassTransient, ""},
		{"The transport lost its connection to the server.", ClassTransient, "hosts_transient"},
		// CDO's settings errors, and the server's reply deciding after the
		// sender and recipient templates.
		{"CDO.Message.1 error '8004020a' The SMTP server name is required, and was not found in the configuration source.", ClassConfig, ""},
		{"The \"SendUsing\" configuration value is invalid.", ClassConfig, ""},
		{"At least one of the From or Sender fields is required, and neither was found.", ClassConfig, ""},
		{"At least one recipient is required, but none were found.", ClassRecipient, ""},
		{"The server rejected the sender address. The server response was: 530 5.7.0 Must issue a STARTTLS command first", ClassConfig, ""},
		{"The server rejected the sender address. The server response was: 554 5.7.1 Sender blocked: listed at zen.spamhaus.org", ClassRejected, ""},
		{"The server rejected one or more recipient addresses. The server response was: 550 5.7.1 Unable to relay", ClassConfig, ""},
		{"The server rejected one or more recipient addresses. The server response was: 550 5.1.1 User unknown", ClassRecipient, ""},
		{"The server rejected the logon attempt due to authentication failure. The server response was: 535 5.7.8 Error: authentication failed", ClassAuth, ""},

		// Forpsi: the KB article the reply links decides.
		{"550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4077", ClassRateLimited, "hosts_rate_limited"},
		{"550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4081", ClassRateLimited, "hosts_rate_limited"},
		{"550 5.1.0 Naruszenie zasad cNkj1y0022zrrQM01NkjaD, zobacz https://support.forpsi.com/kb/a4071", ClassRateLimited, "hosts_rate_limited"},
		{"5.1.0 piWs1j0010jifNx01iWsdh policy violation, see https://support.forpsi.com/kb/a3900", ClassRateLimited, "hosts_rate_limited"},
		{"550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4656", ClassBlocked, "providers_blocked"},
		{"550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4074", ClassBlocked, "providers_blocked"},
		{"5.1.0 piWs1j0010jifNx01iWsdh authentication rejected access disabled", ClassBlocked, "providers_blocked"},
		{"5.1.0 piWs1j0010jifNx01iWsdh authentication rejected", ClassAuth, ""},
		{"Task 'jan.novak@mailtest.cz - Sending' reported error (0x800CCC78): 'Cannot send the message. Verify the e-mail address in your account properties. The server responded: 550 5.1.0 piWs1j0010jifNx01iWsdh authentication failed'", ClassAuth, ""},

		// MailerSend's quota codes.
		{"Net::SMTPServerBusy 450 Your account reached its email quota limit. Contact support to increase it. #MS42204 Your account reached its email quota limit. Contact support to increase it. #MS42204", ClassRateLimited, "hosts_rate_limited"},
		{"450 You have reached trial account unique recipients limit. #MS42225", ClassRateLimited, "hosts_rate_limited"},
		{"450 Too many requests. Try again later. #MS-ST-G", ClassRateLimited, ""},

		// Yahoo's deferrals, 4.16.5x, at the greeting too.
		{"Aug 31 14:06:36 dserv128-mtl3 m--x--mail/smtp[8516]: 4D7F314C86A3: host e.mx.mail.yahoo.com[216.39.53.1] refused to talk to me: 421 Message from (xx.xx.xx.xx)temporarily deferred - 4.16.50. Please refer to http://help.yahoo.com/help/us/mail/defer/defer-06.html", ClassRateLimited, "hosts_rate_limited"},
		{"host mta7.am0.yahoodns.net[66.196.118.34] refused to talk to me: 421 4.7.0 [TSS04] Messages from 192.0.2.4 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", ClassRateLimited, ""},
		{"421 4.7.0 [TS02] Messages from 192.0.2.4 temporarily deferred due to user complaints - 4.16.56.1; see http://postmaster.yahoo.com/421-ts02.html", ClassRateLimited, ""},
		{"451 mta1336.mail.bf1.yahoo.com Resources temporarily unavailable. Please try again later [#4.16.1].", ClassTransient, ""},
		{"553 5.7.2 [TSS09] All messages from 192.0.2.25 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes", ClassRejected, ""},

		// Trend Micro Email Reputation Services.
		{"450 4.7.1 <user@example.com>:\nRecipient address rejected: Mail from <192.0.2.10> was refused due to the sender IP found in ERS-QIL.\nFor details, query the IP reputation on https://servicecentral.trendmicro.com/en-US/ers/.", ClassRejected, "providers_rejected"},
		{"host in.hes.trendmicro.com[54.219.191.21] said: 550 5.7.1 <rec@example.com.au>: Recipient address rejected: ERS-RBL. (in reply to RCPT TO command)", ClassRejected, "providers_rejected"},

		// Debian's exim4 ACLs (the receiving side's refusals) and Exim's
		// delay warning.
		{"SMTP error from remote mail server after end of data:\nhost marmota.init7.net [213.144.129.10]: 550 No verifiable sender address in message headers", ClassRejected, "providers_rejected"},
		{"SMTP error from remote mail server after end of data: 550 header syntax", ClassRejected, "providers_rejected"},
		{"550 Sender verification failed", ClassRejected, ""},
		{"550 maximum allowed line length is 998 octets, got 1200", ClassRejected, ""},
		{"550 sender IP address 192.0.2.1 is locally blacklisted here. If you think this is wrong, get in touch with postmaster", ClassRejected, ""},
		{"550 [SPF] 192.0.2.1 is not allowed to send mail from example.org.", ClassRejected, ""},
		{"451 Temporary DNS error while checking SPF record.  Try again later.", ClassTransient, "hosts_transient"},
		{"SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550 restricted characters in address", ClassRecipient, "hosts_recipient"},
		{"550 Rejected for too many bad recipients", ClassRecipient, "hosts_recipient"},
		{"550 relay not permitted", ClassConfig, ""},
		{"Warning: message XXXXXX-XXXXXX-XX delayed 24 – 48 hours", ClassTransient, "hosts_transient"},
		{"Warning: message 1tWxYz-000AbC-12 delayed 24 hours", ClassTransient, "hosts_transient"},
		{"Warning: message 1tWxYz-000AbC-12 delayed 30 minutes", ClassTransient, "hosts_transient"},
		{"A message that you sent has not yet been delivered to one or more of its recipients after more than 24 hours on the queue on mail.example.com.", ClassTransient, "hosts_transient"},
		{"No action is required on your part. Delivery attempts will continue for some time, and this warning may be repeated at intervals if the message remains undelivered.", ClassTransient, "hosts_transient"},

		// A receiving server's SPF check in other words.
		{"Delivery Failure : 550: Remote host said Sender Authorization check failed", ClassRejected, "providers_rejected"},
		// A hosted domain's storage full: every recipient of it refuses mail.
		{"The domain size limit of 5000 MB for 'mittfinaforetag.se' has been exceeded. Incoming mail is currently being rejected.", ClassRecipient, "hosts_recipient"},
		// Entra's AADSTS7000215 wording logged without its code.
		{"Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.", ClassPlatform, "providers_platform"},
		{"Invalid client secret is provided.", ClassPlatform, "providers_platform"},
		{"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app 'a1b2'.", ClassPlatform, "aadsts_client_secret"},
	})

	// Look-alikes that must not read as a refused login, a block or a
	// revoked grant.
	assertNotClasses(t, []string{
		"Delivery Failure : 550: Remote host said Sender Authorization check failed",
		"550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4077",
		"450 4.7.1 <user@example.com>: Recipient address rejected: Mail from <192.0.2.10> was refused due to the sender IP found in ERS-QIL.",
		"The domain size limit of 5000 MB for 'example.se' has been exceeded. Incoming mail is currently being rejected.",
		"The object is not active. It may have been deleted or it may not have been opened.",
		"Warning: message 1tWxYz-000AbC-12 delayed 24 hours",
		// Another transport error code decides over CDO's missing reply.
		"The message could not be sent to the SMTP server. The transport error code was 0x80072746. The server response was not available",
	}, ClassAuth, ClassRevoked, ClassBlocked, ClassAdmin)
	assertNotClasses(t, []string{
		// A recipient's mailbox quota in MailerSend's words stays the
		// recipient's.
		"The recipient's mailbox reached its email quota limit",
	}, ClassRateLimited)
	assertNotClasses(t, []string{
		// Another Cloudmark-fronted server's "sender rejected" keeps its
		// reading (Forpsi's own is left to the rules that read it).
		"smtp; 550 5.1.0 <bounce@example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL",
	}, ClassTransient, ClassAuth, ClassRateLimited)
}
