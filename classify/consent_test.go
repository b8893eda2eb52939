package classify

import "testing"

// The owner declining the consent screen, and a mailbox whose IMAP, POP3 or
// SMTP service is not switched on (composed texts; none is a held-out text).
func TestConsentDeclinedAndServiceOff(t *testing.T) {
	assertTextRules(t, []textCase{
		{"OAuth callback: the owner denied the authorization request for bob@example.com", ClassRevoked, "consent_declined"},
		{"Outlook connection failed: permissions were declined (Mail.Send)", ClassRevoked, "consent_declined"},
		{"The mailbox owner cancelled the authorization; connect the inbox again", ClassRevoked, ""},
		// An administrator's approval, another service's consent and a web
		// API's refusal of any bearer token are not the mailbox's.
		{"Consent was declined: an administrator must approve this app", ClassAdmin, ""},
		{"Dropbox authorization was denied by the user", ClassUnknown, ""},
		{"{\"Message\":\"Authorization has been denied for this request.\"}", ClassUnknown, ""},
		// A provider's service switched off in the mailbox's settings.
		{"IMAP is not enabled for this mailbox: turn it on at the provider", ClassAdmin, "protocol_access_disabled"},
		{"发送失败：SMTP服务未开启，请登录网页邮箱开启", ClassAdmin, "protocol_access_disabled"},
		{"收信失败：IMAP功能未启用", ClassAdmin, "protocol_access_disabled"},
		// Listed among the possible causes of a timeout it is not the cause.
		{"连接超时，可能原因：IMAP服务未开启或网络故障", ClassTransient, ""},
	})
}
