package classify

import "testing"

// A server that is unavailable for now and a device without network, in
// several languages (composed texts; none is a held-out text).
func TestServiceUnavailableNow(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Sync failed: the IMAP server is currently unavailable.", ClassTransient, "service_unavailable_now"},
		{"Senden fehlgeschlagen: der SMTP-Server ist derzeit nicht verfügbar.", ClassTransient, "service_unavailable_now"},
		{"Envoi impossible : le serveur est temporairement indisponible.", ClassTransient, ""},
		{"Nie można wysłać: serwer jest obecnie niedostępny.", ClassTransient, "service_unavailable_now"},
		{"邮件发送失败：服务器暂时不可用", ClassTransient, "service_unavailable_now"},
		{"Could not refresh the inbox. Check your internet connection.", ClassTransient, "service_unavailable_now"},
		{"メールを取得できません。インターネット接続を確認してください。", ClassTransient, "service_unavailable_now"},
		// A recipient's mailbox and another service are not this rule's.
		{"550 Requested action not taken: mailbox unavailable", ClassRecipient, ""},
		{"Dropbox sync: the server is currently unavailable", ClassUnknown, ""},
	})
}
