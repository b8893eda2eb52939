package classify

import "testing"

// Held-out round 66's misses as families, on composed texts (none is a
// held-out text).
func TestRound66Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// The product's own web API and its own password reset are no
		// mailbox.
		{"[WebAPI] Authentication failed for POST /api/login request", ClassUnknown, ""},
		{"auth middleware: authentication failed for GET /api/v2/cameras", ClassUnknown, ""},
		{"Login failed: this password reset link is invalid, request a new one", ClassUnknown, ""},
		// A mail API's request keeps its reading.
		{"Authentication failed for POST /gmail/v1/users/me/messages/send", ClassAuth, ""},
		// iOS Mail's alert that it cannot verify the server's identity, in more languages.
		{"Impossibile verificare l'identità del server imap.example.it", ClassConfig, "tls_certificate"},
		{"Не удается проверить подлинность сервера mail.example.ru", ClassConfig, "tls_certificate"},
		{"서버 신원을 확인할 수 없음: imap.example.kr", ClassConfig, "tls_certificate"},
		// A product's words for the mailbox's refresh token it does not
		// have, with the field's name and in other languages.
		{"Gmail refresh token is not available for sales@example.com", ClassRevoked, "refresh_token_missing"},
		{"Stored credentials have no refresh_token for the Outlook mailbox", ClassRevoked, "refresh_token_missing"},
		{"邮箱授权失败：缺少 refresh_token，请重新授权", ClassRevoked, ""},
		{"Kein refresh_token für das Postfach gespeichert", ClassRevoked, "refresh_token_missing"},
		// The product's own OAuth request that asked for no refresh token,
		// and another service's token, are no lost grant.
		{"No refresh_token returned by Google: add access_type=offline and prompt=consent", ClassUnknown, ""},
		{"Slack: the refresh token is not available", ClassUnknown, ""},
	})
}
