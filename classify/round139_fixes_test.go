package classify

import "testing"

// Round 139's misses, as families, on composed texts (none equal to or
// holding a held-out text), and where each family stops.
func TestRound139Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Indonesian "e-mail configuration" in its own word, surel.
		{"Pengaturan surel untuk notifikasi tidak lengkap", ClassConfig, "settings_unset"},
		{"Konfigurasi email belum lengkap", ClassConfig, "settings_unset"},
		// Portuguese "a communication failure with the server".
		{"Houve uma falha na comunicação com o servidor SMTP", ClassTransient, "lang_connection_failed"},
		{"Falha de comunicacao com o servidor IMAP", ClassTransient, "lang_connection_failed"},
	})
}
