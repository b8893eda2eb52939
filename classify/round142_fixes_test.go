package classify

import "testing"

// Round 142's misses, as families, on composed texts (none equal to or
// holding a held-out text), and where each family stops.
func TestRound142Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// Google's "less secure apps": a password sign-in refused from a
		// third-party app; the owner needs an app password. Advice appended
		// to a connection that failed is no refusal.
		{"Google blocked the sign-in: less secure app access is off", ClassAuth, "google_less_secure_app"},
		{"IMAP login refused for a less-secure app (Gmail)", ClassAuth, "google_less_secure_app"},
		{"Login prevented, see https://myaccount.google.com/lesssecureapps", ClassAuth, "google_less_secure_app"},
		{"SMTP connect() failed. Gmail users: turn on less secure apps", ClassTransient, "network_dropped"},
		// Portuguese "recusou" (refused) beside the user or the password.
		{"O servidor IMAP recusou a senha da conta", ClassAuth, "l10n_words_refused_login"},
		{"Servidor SMTP recusou o usuário configurado", ClassAuth, "l10n_words_refused_login"},
		{"O servidor recusou o destinatário", ClassRecipient, "lang_recipient_refused_romance"}, // no login word: the recipient (round 143)
		// An authentication that failed because the mailbox's token expired
		// or was revoked: the grant is gone. Another service's token, or a
		// product's own session, is not the mailbox's.
		{"IMAP authentication failed: the OAuth token has expired", ClassRevoked, "auth_failed_token_gone"},
		{"XOAUTH2 login: authentication failed, token may have expired", ClassRevoked, "auth_failed_token_gone"},
		{"Outlook auth failed: the token is expired", ClassRevoked, "auth_failed_token_gone"},
		{"Dropbox authentication failed: token expired", ClassConfig, "other_service_login"},
		{"auth error: session token expired, redirecting to login", ClassUnknown, ""},
		// Something that does not exist is a recipient only beside an
		// address, a user, a mailbox, a domain or an account.
		{"550 The mailbox you wrote to does not exist", ClassRecipient, "recipient_does_not_exist"},
		{"Recipient domain example.net does not exist", ClassRecipient, "recipient_does_not_exist"},
		{"The invitation link does not exist", ClassUnknown, ""},
		{"Project tenant contoso does not exist", ClassUnknown, ""},
	})
}
