package classify

import "testing"

// Round 125's misses, as families (testdata/heldout/README.md).
func TestRound125Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// "Not valid" in Spanish and Portuguese, with a word for the login,
		// is a refused login, as "inválidas" already was.
		{"Error SMTP: el usuario o la contraseña no son válidos", ClassAuth, "l10n_words_refused_login"},
		{"IMAP: a senha informada não é válida para esta conta", ClassAuth, "l10n_words_refused_login"},
		// A format or a port that is not valid is a setting, not a
		// refused login, whatever login word stands beside it.
		{"El formato del nombre de usuario no es válido", ClassUnknown, ""},
		{"O número da porta não é válido para a autenticação SMTP", ClassConfig, ""},
		{"Le format de l'identifiant est invalide", ClassUnknown, ""},
		// AADSTS50034's sentence without its code: the mailbox's account is
		// gone from the directory.
		{"Sign-in failed for ops@contoso.com. To sign into this application, the account must be added to the directory.", ClassRevoked, "ms_signin_account_missing"},
		// Azure Communication Services: the sending subscription blocked
		// for its reputation, and the sender's domain not linked.
		{`{"error":{"code":"SubscriptionBlocked","message":"requests blocked for poor sender reputation"}}`, ClassBlocked, "account_blocked"},
		{"DomainNotLinked: the sender domain has not been linked to this resource", ClassConfig, "sender_not_owned"},
		// A mail client's "host could not be found" for a mistyped 'SMPT' host.
		{"Sending failed: the host 'SMPT' could not be found; check the outgoing server name", ClassConfig, "mail_host_mistyped"},
		// A blocklist's refusal stays a rejection.
		{"554 5.7.1 Service unavailable; client host blocked using zen.spamhaus.org: poor reputation", ClassRejected, ""},
	})
}
