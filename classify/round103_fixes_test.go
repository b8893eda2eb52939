package classify

import "testing"

// Held-out round 103's misses as families, on composed texts (none is a
// held-out text).
func TestRound103Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// A form asking for the password or authorization code (no refused
		// login; no setting word either); a host key's authentication
		// (Chinese); a form's choice of method.
		{"请输入授权码后再保存", ClassUnknown, ""},
		{"主机密钥认证失败，请重新上传密钥", ClassUnknown, ""},
		{"Auth method must be one of: password, oauth2, app password", ClassConfig, ""},
		// Polish: the grant expired or was revoked; a connection time
		// exceeded; no configured server.
		{"Token Google wygasł lub został cofnięty", ClassRevoked, "lang_reconnect_asked"},
		{"Przekroczono czas połączenia z serwerem SMTP", ClassTransient, "lang_connection_failed"},
		{"Skrzynka nie ma skonfigurowanego serwera IMAP", ClassConfig, "settings_unset"},
	})
}
