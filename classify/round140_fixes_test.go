package classify

import "testing"

// Round 140's one family, on composed texts (none equal to or holding a
// held-out text): Russian's loanword for a connection's timeout.
func TestRound140Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		{"Ошибка: таймаут соединения с IMAP-сервером", ClassTransient, "l10n_client_connection"},
		{"Таймаут при подключении к почтовому серверу", ClassTransient, "l10n_client_connection"},
	})
}
