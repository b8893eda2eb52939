package classify

import "testing"

// Round 127's misses, as families, on composed texts (none equal to or
// holding a held-out text).
func TestRound127Fixes(t *testing.T) {
	assertTextRules(t, []textCase{
		// An authentication or authorization "no longer valid" is the
		// grant's, not a recipient's; a recipient's address still is.
		{"Mailbox authorization is no longer valid, connect it again", ClassRevoked, "grant_no_longer_valid"},
		{"Backup paused: authentication is no longer valid", ClassRevoked, "grant_no_longer_valid"},
		{"554 delivery error: bob@example.net is no longer valid", ClassRecipient, ""},
		// Serbian and Croatian "invalid" beside a login word.
		{"Неважећа лозинка за налог", ClassAuth, "l10n_words_refused_login"},
		{"Nevažeća prijava na poslužitelj", ClassAuth, "l10n_words_refused_login"},
		// A connection in Finnish, Romanian and Polish words.
		{"Yhteyden muodostaminen IMAP-palvelimeen epäonnistui", ClassTransient, "l10n_words_connection"},
		{"A expirat timpul de așteptare al clientului", ClassTransient, "l10n_words_connection"},
		{"Połączenie z serwerem przerwane", ClassTransient, "l10n_words_connection"},
		// A mail server's host missing in Nordic words.
		{"SMTP-värd saknas i inställningarna", ClassConfig, "mail_server_field_invalid"},
		{"IMAP-vært mangler", ClassConfig, "mail_server_field_invalid"},
		// The mail credentials not found in the environment file, or
		// missing in Chinese words.
		{"E-mail credentials not found in .env; set them first", ClassConfig, "settings_mail_setting_missing"},
		{"缺少 SMTP 认证信息", ClassConfig, "settings_mail_setting_missing"},
		// A mail API's own server error; with a grant's word beside it the
		// grant decides.
		{"Outlook.com said: server error, please wait", ClassTransient, "mail_api_server_error"},
		{"Exchange Online: server error on send", ClassTransient, "mail_api_server_error"},
		{"Graph server error while refreshing the token: invalid_grant", ClassRevoked, ""},
	})
}
