package classify

import "testing"

// Round 141's misses, as families, on composed texts (none equal to or
// holding a held-out text), and where each family stops.
func TestRound141Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Portuguese as code and logs write it, without diacritics.
		{"Erro: nao foi possivel autenticar com o servidor IMAP", ClassAuth, "lang_auth_failed"},
		{"Falha de autenticacao no envio do e-mail", ClassAuth, "lang_auth_failed"},
		{"Usuario ou senha do e-mail incorretos", ClassAuth, "lang_auth_failed"},
		// A client assertion is the app's own credential: its failure is
		// the product's OAuth client, not a mailbox; a missing one keeps the
		// identity server's own rule.
		{"Token request failed: client assertion failed signature validation", ClassPlatform, "oauth_invalid_client"},
		{"invalid client assertion for the Graph mail profile", ClassPlatform, "oauth_invalid_client"},
	})
}
