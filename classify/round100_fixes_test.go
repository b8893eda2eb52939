package classify

import "testing"

// Held-out round 100's misses as families, on composed texts (none is a
// held-out text).
func TestRound100Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// No refused mailbox login: a webhook's token or signature, a
		// payment wallet's token or login.
		{"Webhook authentication failed: signature mismatch", ClassUnknown, ""},
		{"Stripe-Webhook: トークン認証に失敗しました", ClassUnknown, ""},
		{"Your wallet login failed, check the credentials", ClassUnknown, ""},
		{"The wallet token has expired", ClassUnknown, ""},
		// The Google or Microsoft sign-in expired, in German: the grant.
		{"Microsoft-Anmeldung ist abgelaufen, bitte Konto erneut anmelden", ClassRevoked, "lang_reconnect_asked"},
		{"Die Anmeldung bei Google ist abgelaufen.", ClassRevoked, "lang_reconnect_asked"},
		// A client reconnecting by itself, a device offline, a server not
		// responding (English, Polish).
		{"IMAP idle dropped; reconnecting in 30 seconds", ClassTransient, "service_unavailable_now"},
		{"You are offline. Messages will be sent when the connection returns.", ClassTransient, ""},
		{"The outgoing server is not responding", ClassTransient, "service_unavailable_now"},
		{"Serwer SMTP nie odpowiada", ClassTransient, "lang_connection_failed"},
		// Too many requests in Vietnamese and Indonesian (too many login
		// attempts are a throttle's, not a limit).
		{"Quá nhiều yêu cầu gửi thư, vui lòng thử lại sau", ClassRateLimited, ""},
		{"Terlalu banyak permintaan ke server email", ClassRateLimited, "l10n_words_limits"},
		// Settings: Korean "please set", Spanish "fill in", Polish
		// "missing", a domain to verify first; the OAuth client
		// "required" in German, "missing" in Hungarian.
		{"SMTP 호스트를 설정하세요", ClassConfig, "settings_unset"},
		{"Rellene el puerto SMTP", ClassConfig, "settings_unset"},
		{"Brakuje adresu serwera IMAP", ClassConfig, "settings_unset"},
		{"The sender domain must be verified first", ClassConfig, "settings_unset"},
		{"Gmail-Anbindung benötigt Client-ID und Client-Secret", ClassPlatform, "oauth_client_unset"},
		{"A client secret hiányzik", ClassPlatform, "oauth_client_unset"},
		// Another service's grant to connect again, or its connection
		// expired: that service's, no verdict (its key refused stays a
		// setting; a mailbox's grant stays the mailbox's).
		{"Google Analytics token expired. Please reconnect Google Analytics.", ClassUnknown, ""},
		{"Your Instagram connection has expired, please reconnect your account", ClassUnknown, "other_service_grant"},
		{"YouTube authorization expired. Please reconnect YouTube.", ClassUnknown, "other_service_grant"},
		{"Google Analytics authentication failed, check the service account credentials", ClassConfig, "other_service_login"},
		{"Your Gmail connection has expired, please reconnect your account", ClassRevoked, ""},
		// The password that decrypts the product's own settings is no mail
		// password to enter.
		{"Mail settings are locked: the decryption password is required", ClassUnknown, ""},
	})
}
