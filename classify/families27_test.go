package classify

import (
	"testing"
)

// Round 27's families (testdata/heldout/README.md), on the round's own
// texts: home automation, monitoring and newsletter software, and
// European-language posts.
func TestRound27Families(t *testing.T) {
	assertTextRules(t, []textCase{
		{"err=\"server_error: send STARTTLS command: tls: failed to verify certificate: x509: cannot validate certificate for 10.X.X.X because it doesn't contain any IP SANs\"", ClassConfig, "tls_certificate"},
		{"The Graylog server encountered an error while trying to send an email. This is the detailed error message: org.apache.commons.mail.EmailException: javax.mail.internet.AddressException: Illegal address in string ``'' (javax.mail.internet.AddressException: Illegal address in string ``'')", ClassConfig, "setup_words"},
		{"WRN Unable to send alert error=\"send failed: getting sender address: no FROM address set\" event_id=xxx", ClassConfig, "setup_words"},
		{"Error: Email service not set up correctly. Check your pialert.conf SMTP_*, REPORT_FROM and REPORT_TO variables.", ClassConfig, "setup_words"},
		{"/etc/icinga2/scripts/mail-host-notification.sh') terminated with exit code 36, output: mail: cannot stat `/root/.mail': Permission denied", ClassConfig, "setup_words"},
		{"Connection could not be established with host smtp.mailgun.org [Permission denied #13] Log data: ++ Starting MauticPlugin\\AFMailgunBundle\\Swiftmailer\\Transport\\MailgunTransport !! Connection could not be established with host smtp.mailgun.org [Permission denied #13] (code: 0)", ClassConfig, "setup_words"},
		{"2024/06/20 11:21:34 manager.go:513: error sending message 'Finished: campaingn': tls: server selected unsupported protocol version 301", ClassConfig, "setup_words"},
		{"notifications - ERROR - SMTP error: The SMTP AUTH extension is not supported by this server. Try connecting via TLS (or STARTTLS).", ClassConfig, "auth_mechanism_unsupported"},
		{"2021/11/08 20:56:19error sending message in campaign Test campaign: subscriber 56662a42-b0d7-4bc9-830d-b784ef7fca03: SMTP AUTH extension not found", ClassConfig, "auth_mechanism_unsupported"},
		{"2019-05-02 18:33:11.581 [INFO ] [inding.mail.internal.POP3IMAPHandler] - error when trying to refresh IMAP: No login methods supported!", ClassConfig, "auth_mechanism_unsupported"},
		{"INFO[4332] statping emailer response {\"method\":\"unknown email address: 550 5.7.1 \\u003cpost@davidak.de\\u003e: Recipient address rejected: temporarily blocked because of previous errors - retrying too fast. penalty: 30 seconds x 0 retries.\",\"success\":false}  type=notifier", ClassRateLimited, "rate_limited"},
		{"535 [E1] Package exceeded", ClassRateLimited, "rate_limited"},
		{"2022/04/28 14:38:01error sending message in campaign [REDACTED]: subscriber 2572b6a1-3e78-4d9e-9494-ffcb2d9533a7: 451 4.3.0 You have reached the maximum number of sent emails within a 24-hours period. For more information: https://faq.infomaniak.com/2065", ClassRateLimited, "rate_limited"},
		{"2024/01/06 08:42:18 manager.go:398: error sending message in campaign Thanks 2024-01-06 3k: subscriber 695968: 501 Invalid RCPT TO address provided", ClassRecipient, "recipient_mailbox_disabled"},
		{"Aug 22 13:17:17 newsletter zone-mta[12239]: (Sender/default/12239) 15e091ac6130002871.001 DEFERRED[dns] from=SkyQbFDuW.BkPpltD_Z.rkMrRPKu-@newsletter.xxxxx.com[SkyQbFDuW.BkPpltD_Z.rkMrRPKu-@newsletter.xxxxx.com] to=asdasd23erasd@casfcasc.com mx=casfcasc.com (450 Can't find an MX server for casfcasc.com)", ClassRecipient, "recipient_mailbox_disabled"},
		{"Fehler beim Senden von E-Mail: Für den SMTP-Server ist eine sichere Verbindung erforderlich, oder der Client wurde nicht authentifiziert. Die Serverantwort war: „5.7.1 Client wurde nicht authentifiziert. E-Mails werden nicht erneut gesendet“.", ClassConfig, "auth_required_first"},
		{"Access blocked: home-assistant.io failed to complete the Google verification process\n\nFout 403: access_denied", ClassPlatform, "oauth_invalid_client"},
	})
	// The codes each text carries, as a client passes them.
	for _, tc := range []struct {
		code     int
		enhanced string
		text     string
		want     Class
	}{
		{535, "", "535 [E1] Package exceeded", ClassRateLimited},
		{451, "4.3.0", "451 4.3.0 You have reached the maximum number of sent emails within a 24-hours period. For more information: https://faq.infomaniak.com/2065", ClassRateLimited},
		{501, "", "501 Invalid RCPT TO address provided", ClassRecipient},
	} {
		if v := Reply(tc.code, tc.enhanced, tc.text); v.Class != tc.want {
			t.Errorf("Reply(%d, %q, %q) = %s (rule %s), want %s", tc.code, tc.enhanced, tc.text, v.Class, v.Rule, tc.want)
		}
	}
}
